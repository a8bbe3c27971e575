// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class LegacyVietnameseTest {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void repair_issueExamples_decodes() {
    assertThat(LegacyVietnamese.repair("Xin chaøo caùc baïn")).isEqualTo("Xin chào các bạn"); // VNI
    assertThat(LegacyVietnamese.repair("ViÖt Nam")).isEqualTo("Việt Nam"); // TCVN3
    assertThat(LegacyVietnamese.repair("Ninh B×nh")).isEqualTo("Ninh Bình"); // TCVN3
  }

  @Test
  void repair_seed004InVni_decodesEveryLine() {
    for (String line : vietnameseLines()) {
      String vni = new String(vni(line), CP1252);
      assertThat(LegacyVietnamese.repair(vni)).as(vni).isEqualTo(line);
    }
  }

  @Test
  void repair_seed004InTcvn3_decodesEveryLowercaseLine() {
    // TCVN3 has no capitals with tone marks (ABC users switched to a capitals font), so the test
    // lowercases them as an ABC document would have.
    for (String line : vietnameseLines()) {
      String lower = lowercaseTonedCapitals(line);
      String tcvn3 = new String(tcvn3(lower), CP1252);
      assertThat(LegacyVietnamese.repair(tcvn3)).as(tcvn3).isEqualTo(lower);
    }
  }

  @Test
  void repair_seed004InWindows1258_decodesEveryLine() {
    Charset cp1258 = Charset.forName("windows-1258");
    for (String line : vietnameseLines()) {
      String legacy = new String(cp1258Form(line).getBytes(cp1258), CP1252);
      assertThat(LegacyVietnamese.repair(legacy)).as(legacy).isEqualTo(line);
    }
  }

  @Test
  void repair_wholeSeed004InEachEncoding_decodesTheDocument() {
    String seed = Testdata.seed(Testdata.VI_CLEAN);
    assertThat(LegacyVietnamese.repair(new String(vni(seed), CP1252))).isEqualTo(seed);
    String lower = lowercaseTonedCapitals(seed);
    assertThat(LegacyVietnamese.repair(new String(tcvn3(lower), CP1252))).isEqualTo(lower);
    Charset cp1258 = Charset.forName("windows-1258");
    assertThat(LegacyVietnamese.repair(new String(cp1258Form(seed).getBytes(cp1258), CP1252))).isEqualTo(seed);
  }

  @Test
  void repair_cleanSeeds_returnsTheSameInstance() {
    for (String text : Testdata.all().values()) {
      assertThat(LegacyVietnamese.repair(text)).isSameAs(text);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Il est né à Paris.", "Ça coûte très cher à Noël, où êtes-vous ?", "L'été, à la mer, déjà !",
      "Über den Fluß hinüber, schön!", "Grüße aus Köln und Düsseldorf.",
      "¿Dónde está el niño? Él comió.", "Não há pão.", "Tôi là ai"})
  void repair_latinTextInOtherLanguages_isLeftAlone(String text) {
    assertThat(LegacyVietnamese.repair(text)).isSameAs(text);
  }

  /**
   * Issue 10, item 12: the output of a converter we did not write, vietnamese-conversion 2.0.0
   * (npm), on 134 news sentences of testdata (testdata/legacy-vietnamese, made by
   * scripts/legacy-vietnamese-check.sh), comes back line for line. That converter writes ỹ as
   * the byte of ì, which no decoder can tell apart; those are compared as ì.
   */
  @Test
  void normalize_independentConverterOutput_comesBackLineForLine() {
    Path dir = Path.of("testdata", "legacy-vietnamese");
    List<String> original = Testdata.read(dir.resolve("sentences.txt")).lines().toList();
    for (String encoding : List.of("vni", "tcvn3")) {
      String legacy = Testdata.read(dir.resolve("sentences." + encoding + ".txt"));
      List<String> decoded = TextNormalizer.defaults().normalize(legacy).lines().toList();
      assertThat(decoded).as(encoding).hasSameSizeAs(original);
      for (int k = 0; k < original.size(); k++) {
        String expected = encoding.equals("vni")
            ? original.get(k).replace('ỹ', 'ì').replace('Ỹ', 'Ì') : original.get(k);
        assertThat(decoded.get(k)).as("%s line %d", encoding, k + 1).isEqualTo(expected);
      }
    }
  }

  @Test
  void repair_tcvn3CapitalThenTonedSmallLetter_isTheTonedCapital() {
    // TCVN3 has no toned capitals: converters write the capital, then the toned small letter.
    assertThat(LegacyVietnamese.repair("ch\u00A9u A\u00B8 v\u00B5 \u00A2\u00CAn \u00A7\u00E9"))
        .isEqualTo("châu Á và Ấn Độ");
    assertThat(LegacyVietnamese.repair("\u00A5\u00EB nhi\u00D2u n\u00AD\u00EDc, L\u00A4\u00E9C"))
        .isEqualTo("Ở nhiều nước, LỘC");
  }

  @Test
  void repair_vniLoneEDiaeresis_isYHookAbove() {
    // vietnamese-conversion writes ỷ as a lone ë; VNI has ë only after a (ặ).
    assertThat(LegacyVietnamese.repair("thaäp kë qua, të leä, ñaët")).isEqualTo("thập kỷ qua, tỷ lệ, đặt");
  }

  @Test
  void normalize_vniLinesAndOneUnicodeLine_repairsTheVniLines() {
    String text = "Xin chaøo caùc baïn\nTieáng Vieät laø ngoân ngöõ\nHà Nội, Việt Nam\n";
    assertThat(TextNormalizer.defaults().normalize(text))
        .isEqualTo("Xin chào các bạn\nTiếng Việt là ngôn ngữ\nHà Nội, Việt Nam\n");
    assertThat(LegacyVietnamese.repair(text))
        .isEqualTo("Xin chào các bạn\nTiếng Việt là ngôn ngữ\nHà Nội, Việt Nam\n");
  }

  @Test
  void decode_vniBytes_decodes() {
    byte[] bytes = vni("Xin chào các bạn, Việt Nam");
    assertThat(LegacyVietnamese.decode(bytes)).contains("Xin chào các bạn, Việt Nam");
  }

  @Test
  void decode_utf8OrForeignBytes_isEmpty() {
    assertThat(LegacyVietnamese.decode("Xin chào các bạn".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(LegacyVietnamese.decode("Grüße aus Köln".getBytes(CP1252))).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Encoders written from the code charts, independent of the decoder's tables.

  /** VNI: a vowel's quality and tone follow it as separate bytes; i, ơ, ư, đ, ỵ are single bytes. */
  static byte[] vni(String text) {
    String tones = "\u0301\u0300\u0309\u0303\u0323"; // sắc huyền hỏi ngã nặng
    String plain = "ùøûõï"; // their bytes after a, e, o, u, y, ơ, ư
    String circumflex = "áàåãä"; // after â ê ô, whose own byte is â
    String breve = "éèúüë"; // after ă, whose own byte is ê
    String i = "íìæóò";
    List<Byte> out = new ArrayList<>();
    for (int k = 0; k < text.length(); k++) {
      String d = NFD.normalize(String.valueOf(text.charAt(k)));
      char base = d.charAt(0);
      boolean upper = Character.isUpperCase(base);
      char lower = Character.toLowerCase(base);
      int tone = -1;
      char quality = 0;
      for (int m = 1; m < d.length(); m++) {
        if (tones.indexOf(d.charAt(m)) >= 0) {
          tone = tones.indexOf(d.charAt(m));
        } else {
          quality = d.charAt(m);
        }
      }
      StringBuilder bytes = new StringBuilder();
      if (text.charAt(k) == 'đ' || text.charAt(k) == 'Đ') {
        bytes.append('ñ');
      } else if (lower == 'i' && tone >= 0) {
        bytes.append(i.charAt(tone));
      } else if (lower == 'y' && tone == 4) {
        bytes.append('î');
      } else if (quality == '\u031B') { // horn: ơ is ô, ư is ö
        bytes.append(lower == 'o' ? 'ô' : 'ö');
        if (tone >= 0) {
          bytes.append(plain.charAt(tone));
        }
      } else if (quality == '\u0302') {
        bytes.append(lower).append(tone >= 0 ? circumflex.charAt(tone) : 'â');
      } else if (quality == '\u0306') {
        bytes.append(lower).append(tone >= 0 ? breve.charAt(tone) : 'ê');
      } else {
        bytes.append(lower);
        if (tone >= 0) {
          bytes.append(plain.charAt(tone));
        }
      }
      String b = upper ? bytes.toString().toUpperCase(java.util.Locale.ROOT) : bytes.toString();
      for (byte x : b.getBytes(CP1252)) {
        out.add(x);
      }
    }
    byte[] result = new byte[out.size()];
    for (int k = 0; k < result.length; k++) {
      result[k] = out.get(k);
    }
    return result;
  }

  /** TCVN3 (ABC), lowercase letters by rows: the letter, then sắc huyền hỏi ngã nặng. */
  static byte[] tcvn3(String text) {
    String[][] rows = {
        {"a", "\u00B8\u00B5\u00B6\u00B7\u00B9"}, {"ă", "\u00BE\u00BB\u00BC\u00BD\u00C6"},
        {"â", "\u00CA\u00C7\u00C8\u00C9\u00CB"}, {"e", "\u00D0\u00CC\u00CE\u00CF\u00D1"},
        {"ê", "\u00D5\u00D2\u00D3\u00D4\u00D6"}, {"i", "\u00DD\u00D7\u00D8\u00DC\u00DE"},
        {"o", "\u00E3\u00DF\u00E1\u00E2\u00E4"}, {"ô", "\u00E8\u00E5\u00E6\u00E7\u00E9"},
        {"ơ", "\u00ED\u00EA\u00EB\u00EC\u00EE"}, {"u", "\u00F3\u00EF\u00F1\u00F2\u00F4"},
        {"ư", "\u00F8\u00F5\u00F6\u00F7\u00F9"}, {"y", "\u00FD\u00FA\u00FB\u00FC\u00FE"}};
    String bases = "ăâêôơưđĂÂÊÔƠƯĐ";
    String baseBytes = "\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7";
    String tones = "\u0301\u0300\u0309\u0303\u0323";
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      String d = NFD.normalize(String.valueOf(c));
      int tone = -1;
      int at = -1;
      for (int m = 1; m < d.length(); m++) {
        if (tones.indexOf(d.charAt(m)) >= 0) {
          tone = tones.indexOf(d.charAt(m));
          at = m;
        }
      }
      if (tone >= 0) {
        String letter = NFC.normalize(d.substring(0, at) + d.substring(at + 1));
        for (String[] row : rows) {
          if (row[0].equals(letter)) {
            out.append(row[1].charAt(tone));
          }
        }
      } else if (bases.indexOf(c) >= 0) {
        out.append(baseBytes.charAt(bases.indexOf(c)));
      } else {
        out.append(c);
      }
    }
    return out.toString().getBytes(CP1252);
  }

  /** windows-1258 writes â ê ô ă ơ ư đ whole and the tone as a combining mark after them. */
  static String cp1258Form(String text) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < text.length(); k++) {
      String d = NFD.normalize(String.valueOf(text.charAt(k)));
      String tone = "";
      StringBuilder rest = new StringBuilder();
      for (int m = 0; m < d.length(); m++) {
        char c = d.charAt(m);
        if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
          tone = String.valueOf(c);
        } else {
          rest.append(c);
        }
      }
      String letter = NFC.normalize(rest);
      if (letter.length() == 1 && new String(letter.getBytes(Charset.forName("windows-1258")),
          Charset.forName("windows-1258")).equals(letter)) {
        out.append(letter).append(tone);
      } else {
        out.append(text.charAt(k));
      }
    }
    return out.toString();
  }

  private static List<String> vietnameseLines() {
    List<String> lines = new ArrayList<>();
    Testdata.seed(Testdata.VI_CLEAN).lines().filter(l -> !l.isBlank()).map(String::strip).forEach(lines::add);
    return lines;
  }

  private static String lowercaseTonedCapitals(String line) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      String d = NFD.normalize(String.valueOf(c));
      boolean toned = d.chars().anyMatch(m -> "\u0300\u0301\u0303\u0309\u0323".indexOf(m) >= 0);
      out.append(toned && Character.isUpperCase(c) ? Character.toLowerCase(c) : c);
    }
    return out.toString();
  }
}
