// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.text.Folding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model on real Vietnamese news sentences: 900 to learn from, the last 100 held out. */
final class FormModelTest {
  private static List<String> learned;
  private static List<String> heldOut;
  private static FormModel model;

  @BeforeAll
  static void learn() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("testdata/corpora/vi-binhvq-sentences.txt"));
    learned = lines.subList(0, 900);
    heldOut = lines.subList(900, 1000);
    model = FormModel.learn(List.of(String.join("\n", learned)));
  }

  /** The copy as the degradations make it: lowercase, marks stripped, punctuation and digits kept. */
  private static String strip(String line) {
    return Folding.stripDiacritics(line.toLowerCase(Locale.ROOT));
  }

  @Test
  void formsOf_anyFormOfTheWord_givesEveryFormUnderItsMarkFreeKey() {
    assertThat(model.formsOf("trong")).containsKeys("trong", "trọng");
    assertThat(model.formsOf("TRỌNG")).isEqualTo(model.formsOf("trong"));
    assertThat(model.formsOf("trong").keySet()).allMatch(f -> Folding.LOOSE.key(f).equals("trong"));
  }

  @Test
  void learn_sentenceInitialCapital_countsAsTheLowercaseForm() {
    // "Trong" opens many sentences of the corpus; inside sentences the word is "trong"
    assertThat(model.formsOf("trong").get("trong")).isGreaterThan(model.formsOf("trong").getOrDefault("Trong", 0L) * 10);
  }

  @Test
  void restore_strippedLowercaseLine_putsBackMarksAndCase() {
    FormDecoder d = model.decoder();
    assertThat(d.restore("hang chuc ngan phuong tien bi ghi hinh vi pham luat giao thong o tp hcm",
        Folding.LOOSE, false))
        .isEqualTo("Hàng chục ngàn phương tiện bị ghi hình vi phạm luật giao thông ở TP HCM");
  }

  @Test
  void restore_heldOutSentences_contextBeatsUnigramBaseline() {
    FormDecoder context = model.decoder(DecodeMode.CONTEXT, 0);
    FormDecoder unigram = model.decoder(DecodeMode.UNIGRAM, 0);
    double[] c = accuracy(context);
    double[] u = accuracy(unigram);
    assertThat(c[0]).isGreaterThan(u[0]).isGreaterThan(0.8);
  }

  /** Share of held-out words whose output equals the clean word, letters compared without case. */
  private static double[] accuracy(FormDecoder d) {
    long right = 0;
    long words = 0;
    for (String clean : heldOut) {
      String out = d.restore(strip(clean), Folding.LOOSE, false);
      String[] a = out.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{Nd}]+");
      String[] b = clean.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{Nd}]+");
      assertThat(a).hasSameSizeAs(b);
      for (int i = 0; i < a.length; i++) {
        words++;
        right += a[i].equals(b[i]) ? 1 : 0;
      }
    }
    return new double[] {(double) right / words};
  }

  @Test
  void restore_everyHeldOutLine_foldsToTheCopyAndKeepsEverythingButWords() {
    FormDecoder d = model.decoder(DecodeMode.CONTEXT, 0);
    for (String clean : heldOut) {
      String copy = strip(clean);
      String out = d.restore(copy, Folding.LOOSE, false);
      assertThat(Folding.LOOSE_DIGITS.key(out)).isEqualTo(Folding.LOOSE_DIGITS.key(copy));
      assertThat(out.replaceAll("[\\p{L}\\p{M}]", "")).isEqualTo(copy.replaceAll("[\\p{L}\\p{M}]", ""));
      String marked = clean.toLowerCase(Locale.ROOT);
      assertThat(Folding.STRICT_DIGITS.key(d.restore(marked, Folding.STRICT, false)))
          .isEqualTo(Folding.STRICT_DIGITS.key(marked));
    }
  }

  @Test
  void restore_copyKeptItsMarks_onlyCaseChangesAndMarksStay() {
    FormDecoder d = model.decoder();
    String out = d.restore("công an tp hcm cho biết", Folding.STRICT, false);
    assertThat(out).isEqualTo("Công an TP HCM cho biết");
  }

  @Test
  void restore_copyKeptItsCase_onlyMarksChange() {
    FormDecoder d = model.decoder();
    assertThat(d.restore("cong an TP HCM cho biet", Folding.LOOSE, true)).isEqualTo("công an TP HCM cho biết");
  }

  @Test
  void restore_wordsWithDigitsAndUnknownWords_stayAsTheyAre() {
    FormDecoder d = model.decoder();
    String out = d.restore("xyzzy g20 nam 2017", Folding.LOOSE, false);
    assertThat(out).isEqualTo("xyzzy g20 năm 2017"); // an unknown word is not even capitalized
  }

  @Test
  void restore_afterAFullStop_startsASentence() {
    FormDecoder d = model.decoder();
    assertThat(d.restore("cho biet. trong khi do", Folding.LOOSE, false)).isEqualTo("Cho biết. Trong khi đó");
  }

  @Test
  void decode_belowTheThreshold_keepsTheCopysForm() {
    FormDecoder sure = model.decoder(DecodeMode.CONTEXT, 1.0);
    String[] words = {"ma"};
    String[] out = new String[1];
    double[] confidence = new double[1];
    int changed = sure.decode(words, 1, new boolean[1], new boolean[1], Folding.LOOSE, false, out, confidence);
    assertThat(model.formsOf("ma")).hasSizeGreaterThan(1);
    assertThat(changed).isZero();
    assertThat(out[0]).isNull();
    assertThat(confidence[0]).isBetween(0.0, 0.9999);
  }

  @Test
  void saveLoad_roundTrip_decodesTheSame(@TempDir Path dir) {
    Path file = dir.resolve("vi.r4jm");
    model.save(file);
    FormModel back = FormModel.load(file);
    assertThat(back.formCount()).isEqualTo(model.formCount());
    assertThat(back.bigramCount()).isEqualTo(model.bigramCount());
    assertThat(back.tokenCount()).isEqualTo(model.tokenCount());
    FormDecoder a = model.decoder();
    FormDecoder b = back.decoder();
    for (String clean : heldOut) {
      assertThat(b.restore(strip(clean), Folding.LOOSE, false)).isEqualTo(a.restore(strip(clean), Folding.LOOSE, false));
    }
  }

  @Test
  void load_wrongOrDamagedFile_failsWithAClearMessage(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    byte[] good = bytes.toByteArray();

    assertThatThrownBy(() -> FormModel.read(new ByteArrayInputStream("hello".getBytes()), "x.txt"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("x.txt: not a restore4j form model");
    byte[] version = good.clone();
    version[11] = 99;
    assertThatThrownBy(() -> FormModel.read(new ByteArrayInputStream(version), "m"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("version 99");
    byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
    assertThatThrownBy(() -> FormModel.read(new ByteArrayInputStream(truncated), "m"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("damaged");
    byte[] flipped = good.clone();
    flipped[good.length - 10] ^= 0x5A;
    assertThatThrownBy(() -> FormModel.read(new ByteArrayInputStream(flipped), "m"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("damaged");
    Path missing = dir.resolve("none.r4jm");
    assertThatThrownBy(() -> FormModel.load(missing)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void learn_folderOfText_sameAsTheTexts(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), String.join("\n", learned));
    assertThat(FormModel.learn(dir).formsOf("trong")).isEqualTo(model.formsOf("trong"));
  }
}
