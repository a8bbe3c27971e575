// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.model;

import io.github.restore4j.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

/**
 * The file a {@link FormModel} is saved to:
 *
 * <pre>
 * magic    8 bytes  "R4JFORMS"
 * version  int      {@link #VERSION}
 * length   int      bytes of the payload before compression
 * crc      long     CRC-32 of the payload before compression
 * payload  deflate  forms: count, then each as UTF-8 (varint length) with its count (varint);
 *                   bigrams: count, then (prev delta, next, count) as varints, sorted by (prev, next)
 * </pre>
 *
 * Only counts are stored: keys, candidate lists and smoothing are derived on loading, with the
 * folding of the running version, so a model never disagrees with the fidelity guard about which
 * forms are the same word. A Vietnamese news model of 2 MB of text takes about a fifth of its text's
 * size. Stateless.
 */
final class ModelFile {
  static final int VERSION = 1;
  private static final byte[] MAGIC = "R4JFORMS".getBytes(StandardCharsets.US_ASCII);
  /** The largest payload read (a model of a few hundred MB of text stays far below it). */
  private static final int MAX_PAYLOAD = 1 << 30;

  private ModelFile() {}

  static void write(FormModel model, OutputStream out) throws IOException {
    ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 16);
    DataOutputStream p = new DataOutputStream(payload);
    int v = model.forms.length;
    varint(p, v - 1);
    for (int f = 1; f < v; f++) {
      byte[] utf8 = model.forms[f].getBytes(StandardCharsets.UTF_8);
      varint(p, utf8.length);
      p.write(utf8);
      varlong(p, model.counts[f]);
    }
    long[] keys = model.pairKeys;
    varint(p, keys.length);
    int lastPrev = 0;
    for (long k : keys) {
      int prev = PairCounts.prev(k);
      int next = PairCounts.next(k);
      varint(p, prev - lastPrev);
      varint(p, next);
      varint(p, model.pairs.get(prev, next));
      lastPrev = prev;
    }
    p.flush();
    byte[] bytes = payload.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(bytes);
    DataOutputStream d = new DataOutputStream(out);
    d.write(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(bytes.length);
    d.writeLong(crc.getValue());
    DeflaterOutputStream z = new DeflaterOutputStream(d, new Deflater(Deflater.BEST_SPEED), 1 << 16);
    z.write(bytes);
    z.finish();
    d.flush();
  }

  static FormModel read(InputStream in, String name) {
    try {
      DataInputStream d = new DataInputStream(in);
      byte[] magic = new byte[MAGIC.length];
      int got = d.readNBytes(magic, 0, magic.length);
      if (got < magic.length || !java.util.Arrays.equals(magic, MAGIC)) {
        throw new InvalidInputException(name + ": not a restore4j form model (no R4JFORMS header)");
      }
      int version = d.readInt();
      if (version != VERSION) {
        throw new InvalidInputException(name + ": form model version " + version + "; this restore4j reads version "
            + VERSION + " (train the model again)");
      }
      int length = d.readInt();
      long crcValue = d.readLong();
      if (length < 0 || length > MAX_PAYLOAD) {
        throw damaged(name, "payload length " + length);
      }
      byte[] bytes = inflate(d.readAllBytes(), length, name);
      CRC32 crc = new CRC32();
      crc.update(bytes);
      if (crc.getValue() != crcValue) {
        throw damaged(name, "checksum mismatch");
      }
      return parse(bytes, name);
    } catch (EOFException e) {
      throw damaged(name, "truncated");
    } catch (IOException e) {
      throw new InvalidInputException(name + ": cannot read the form model: " + e.getMessage(), e);
    }
  }

  private static byte[] inflate(byte[] compressed, int length, String name) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(compressed);
      byte[] out = new byte[length];
      int n = 0;
      while (n < length) {
        int r = inflater.inflate(out, n, length - n);
        if (r == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        n += r;
      }
      if (n != length) {
        throw damaged(name, "truncated");
      }
      return out;
    } catch (DataFormatException e) {
      throw damaged(name, "bad compressed data");
    } finally {
      inflater.end();
    }
  }

  private static FormModel parse(byte[] bytes, String name) {
    Reader r = new Reader(bytes, name);
    int v = r.varint() + 1;
    if (v < 1 || v > bytes.length + 1) {
      throw damaged(name, "form count");
    }
    String[] forms = new String[v];
    long[] counts = new long[v];
    forms[0] = "";
    for (int f = 1; f < v; f++) {
      int len = r.varint();
      forms[f] = r.utf8(len);
      counts[f] = r.varlong();
      if (forms[f].isEmpty() || counts[f] <= 0) {
        throw damaged(name, "form " + f);
      }
    }
    int n = r.varint();
    if (n < 0 || n > bytes.length) {
      throw damaged(name, "bigram count");
    }
    long[] keys = new long[n];
    int[] pairCounts = new int[n];
    int prev = 0;
    for (int i = 0; i < n; i++) {
      prev += r.varint();
      int next = r.varint();
      keys[i] = PairCounts.key(prev, next);
      pairCounts[i] = r.varint();
    }
    if (r.pos != bytes.length) {
      throw damaged(name, "trailing bytes");
    }
    try {
      return new FormModel(forms, counts, keys, pairCounts);
    } catch (InvalidInputException e) {
      throw damaged(name, e.getMessage());
    }
  }

  private static InvalidInputException damaged(String name, String what) {
    return new InvalidInputException(name + ": damaged form model (" + what + ")");
  }

  private static void varint(DataOutputStream out, int value) throws IOException {
    varlong(out, value & 0xFFFFFFFFL);
  }

  private static void varlong(DataOutputStream out, long value) throws IOException {
    while ((value & ~0x7FL) != 0) {
      out.write((int) ((value & 0x7F) | 0x80));
      value >>>= 7;
    }
    out.write((int) value);
  }

  /** Reads varints and UTF-8 from the inflated payload, failing as "damaged" at its end. */
  private static final class Reader {
    private final byte[] b;
    private final String name;
    int pos;

    Reader(byte[] b, String name) {
      this.b = b;
      this.name = name;
    }

    long varlong() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= b.length) {
          throw damaged(name, "truncated");
        }
        int x = b[pos++];
        v |= (long) (x & 0x7F) << shift;
        if ((x & 0x80) == 0) {
          return v;
        }
      }
      throw damaged(name, "bad number");
    }

    int varint() {
      long v = varlong();
      if (v < 0 || v > Integer.MAX_VALUE) {
        throw damaged(name, "bad number");
      }
      return (int) v;
    }

    String utf8(int len) {
      if (len < 0 || pos + len > b.length) {
        throw damaged(name, "truncated");
      }
      String s = new String(b, pos, len, StandardCharsets.UTF_8);
      pos += len;
      return s;
    }
  }
}
