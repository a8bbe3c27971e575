#!/usr/bin/env python3
"""Writes the committed seed corpus of the three fuzz tests (docs/fuzzing.md).

Each file is what Jazzer's FuzzedDataProvider reads: the texts from the start of the file, the
choices (small integers, booleans) from its end, last byte first, as libFuzzer's provider does.
Run from the repository root; it rewrites only the seed-* files of the corpus directories.
"""
import os
import re

ROOT = "src/test/resources/io/github/restore4j"
SEEDS = "testdata/seeds"
CLEAN = ["000_a068adbe6219557e.txt", "002_4cd0308355cadbed.txt", "003_0397d66fb00abc33.txt",
         "004_122364f8869732ab.txt"]
DEGRADED = "001_112bc054fcd8705d.txt"


def read(name):
    with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
        return f.read()


def lines(text):
    """The lines as io.github.restore4j.text.Lines.split gives them."""
    out = re.split("\r\n|[\n\r\u0085\u2028\u2029]", text)
    if out and out[-1] == "":
        out.pop()
    return out


SEED_LINES = [line for name in CLEAN for line in lines(read(name))]


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "seed-" + name), "wb") as f:
        f.write(data)


def text_files():
    folder = ROOT + "/io/TextFilesFuzzTestInputs/readText_anyBytes_givesTheirTextOrOneCleanError"
    clean = read(CLEAN[3]).encode()[:1500]
    cases = {
        "clean-vi": clean,
        "degraded-vi": read(DEGRADED).encode()[:1500],
        "bom": b"\xef\xbb\xbf" + "Київ\n".encode(),
        "two-boms": b"\xef\xbb\xbf\xef\xbb\xbfa",
        "utf16": b"\xff\xfeK\x00y\x00",
        "png": bytes([0x89]) + b"PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR",
        "nul": b"text\x00text",
        "overlong": b"a\xc0\xafb",
        "surrogate": b"a\xed\xa0\x80b",
        "truncated": "Dấu €".encode()[:-1],
        "crlf-and-separators": "một\r\nhai\rba\u2028bốn\u0085năm\u2029".encode(),
        "nbsp-only": "\u00a0 \n\t".encode(),
        "zero-width-only": "\u200b\u200d\ufeff".encode(),
        "controls": b"a\x01b\x02c\x03d\x04e\x05f\x06g\x07h",
        "emoji": "👨\u200d👩\u200d👧 ★★★ © § →".encode(),
        "empty": b"",
    }
    for name, data in cases.items():
        write(folder, name, data + b"\x00")  # boolean false: the default limit
    # a limit of 10 bytes (consumeInt(1, 65536) reads two bytes, high one first)
    write(folder, "over-limit", "Mỹ, Nga có thể từng bí mật".encode() + bytes([9, 0, 1]))


def text_normalizer():
    folder = ROOT + "/normalize/TextNormalizerFuzzTestInputs/normalize_anyText_isIdempotentAndLineGatingChangesNothing"
    # Codepage's three, latin-1, then Java's lossy decoders (U+FFFD for an undefined byte)
    cp = {"windows-1252": 0, "windows-1251": 1, "KOI8-R": 2, "ISO-8859-1": 3, "java-windows-1251": 4,
          "java-windows-1250": 5}

    def case(name, text, layers=(), normalizer=0):
        choices = [cp[c] for c in reversed(layers)] + [len(layers), 0, normalizer]
        write(folder, name, text.encode() + bytes(choices))

    case("seed-uk", "\n".join(lines(read(CLEAN[0]))[:6]))
    case("seed-ru", "\n".join(lines(read(CLEAN[1]))[:6]), normalizer=1)
    case("seed-vi", "\n".join(lines(read(CLEAN[3]))[:4]), normalizer=3)
    case("mojibake-fr", "café crème brûlée", ["windows-1252"])
    case("mojibake-ru-twice", "дома и в городе", ["windows-1251", "windows-1251"])
    case("mojibake-three-layers", "дома", ["windows-1251", "windows-1251", "ISO-8859-1"])
    case("mojibake-lossy-three-layers", "дома", ["java-windows-1251", "java-windows-1251", "ISO-8859-1"])
    case("mojibake-pl", "Zażółć gęślą jaźń", ["java-windows-1250"])
    case("mojibake-koi8", "Привет, мир", ["KOI8-R"])
    case("quoted-mojibake", "Znak „é” zapisany w UTF-8 i odczytany jako Latin-1 daje “Ã©”.")
    case("vni", "Xin chaøo caùc baïn, Myõ Ñình")
    case("tones", "nhà ngoại giao noí  hoà bình\r\n", normalizer=2)
    case("mixed-script", "Kиїв і Mоskва")
    case("mark-storm", "a" + "\u0301\u0323\u0300" * 60 + " b")
    case("whitespace", "  a\u00a0\u00a0b\t\tc \u2028d\u200b\u200be  \n\n\n")
    case("quotes", "\"Hoà bình\" and 'single' «кавички» „tak”", normalizer=2)
    case("controls", "a\u0000b\u0007c\u0094d\ufffd")
    # clean mode: whatever the choices, words of the seeds
    write(folder, "clean-words", bytes(range(1, 200, 3)) + bytes([1, 0]))


def restorer():
    folder = ROOT + "/restore/RestorerFuzzTestInputs/restore_anyCopy_keepsItsLinesLettersAndContent"
    vi = [SEED_LINES.index(l) for l in lines(read(CLEAN[3]))]
    uk = [SEED_LINES.index(l) for l in lines(read(CLEAN[0]))]
    ru = [SEED_LINES.index(l) for l in lines(read(CLEAN[1]))]

    def case(name, seed_lines=(), profile=0, clean="", inserted="", other="", raw="", where=255):
        c, i, o = clean.encode(), inserted.encode(), other.encode()
        assert len(c) < 256 and len(i) < 64 and len(o) < 256 and len(seed_lines) <= 4
        front = c + i + o + raw.encode()
        # consumed from the end: count, indices, profile (0..5, 6 for none), where, three lengths
        choices = [len(o), len(i), len(c), where, profile if profile >= 0 else 6] + list(reversed(seed_lines)) + [len(seed_lines)]
        write(folder, name, front + bytes(choices))

    case("vi-seed-emoji", vi[:3], profile=0, inserted=" 👍")
    case("uk-ascii", uk[1:4], profile=1, inserted=" © 2020", where=0)
    case("ru-split", ru[2:5], profile=2, other="Москва, 2021 год.")
    case("vi-digits", vi[3:5], profile=3, inserted=" → ")
    case("uk-tokenizer", uk[4:7], profile=4)
    case("vi-asr", vi[:4], profile=5, inserted=" ★★★")
    degraded = lines(read(DEGRADED))
    case("vi-degraded-raw", vi[:3], profile=-1, raw="\n".join(degraded[:3]))
    case("repeated-words", (), profile=-1, clean="Nga, " * 40, raw="nga " * 60)
    case("mark-storm", vi[:1], profile=-1, raw="a" + "\u0301" * 300)
    case("line-separators", vi[:2], profile=-1, raw=degraded[0] + "\r\n" + degraded[1] + "\u2028\u2029\u0085x\r")
    case("symbols-only", vi[:1], profile=-1, raw="© § → ★★★ 👨\u200d👩\u200d👧 ⚡\ufe0f 7 € 👋🏽")
    case("invisible", vi[:1], profile=-1, raw="\u200b\u200b\n\u00a0\n\ufeff" + degraded[0])
    case("nul", vi[:1], profile=-1, raw="mỹ\u0000nga")


if __name__ == "__main__":
    text_files()
    text_normalizer()
    restorer()
