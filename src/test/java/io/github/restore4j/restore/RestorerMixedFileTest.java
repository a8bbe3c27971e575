// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import io.github.restore4j.Seeds;
import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.ToneArtifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Files whose lines were degraded in different ways, or keep their order only in stretches. */
final class RestorerMixedFileTest {
  private static final Restorer RESTORER = Restorer.create(RestoreOptions.defaults());
  private static final Transliterator NFD_STRIP =
      Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC");
  private static final Degrader SEED = Degrader.create(DegradeOptions.seed());

  /**
   * The seed's degraded lines mixed with lines of the same article stripped of diacritics by either
   * tool and with punctuation turned into spaces; the second half shuffled. Each line comes back as
   * the sibling has it, but for the punctuation after a lone word that votes against the artifact.
   */
  @Test
  void restore_linesDegradedInDifferentWays_eachAsTheSiblingHasIt() {
    List<String> golden = golden();
    List<String> seedLines = Seeds.read(Seeds.VI_DEGRADED).lines().toList();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < golden.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order.subList(golden.size() / 2, golden.size()), new Random(3));
    List<String> degraded = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i : order) {
      String clean = golden.get(i);
      switch (i % 4) {
        case 0 -> degraded.add(seedLines.get(i));
        case 1 -> degraded.add(NFD_STRIP.transliterate(clean));
        case 2 -> degraded.add(Folding.stripDiacritics(clean).toLowerCase(Locale.ROOT));
        default -> degraded.add(punctuationToSpace(clean));
      }
      expected.add(i % 4 == 3 ? withheldAfterLoneVote(clean) : clean);
    }

    Restoration r = RESTORER.restore(String.join("\n", degraded), Seeds.cleanSeeds());

    assertThat(r.text().split("\n")).containsExactlyElementsOf(expected);
    assertThat(r.stats().guardFallbacks()).isZero();
  }

  /**
   * A line without the tone artifact, among lines with it, keeps the punctuation after a word the
   * artifact would change only when two such words vote for it ({@link ToneEvidence}): after a
   * lone one ("nói." kept as "nói") the punctuation is withheld, which degrades back either way.
   */
  private static String withheldAfterLoneVote(String clean) {
    String[] tokens = clean.split(" ");
    int voter = -1;
    for (int t = 0; t < tokens.length; t++) {
      if (!ToneArtifact.apply(tokens[t]).equals(tokens[t])) {
        if (voter >= 0) {
          return clean;
        }
        voter = t;
      }
    }
    if (voter < 0) {
      return clean;
    }
    tokens[voter] = tokens[voter].replaceAll("\\p{P}+$", "");
    return String.join(" ", tokens);
  }

  /** Removing combining marks leaves ł and ı: such a copy is still one without diacritics. */
  @Test
  void restore_polishAndTurkishStrippedByRemovingMarks_getTheirDiacriticsBack() {
    String polish = """
        Zażółć gęślą jaźń to zdanie, w którym są wszystkie polskie litery.
        W Łodzi otwarto w piątek nową bibliotekę miejską.
        Młodzież spędziła długi weekend nad jeziorem w Mikołajkach.
        Dyrektor szkoły powiedział, że zajęcia rozpoczną się we wrześniu.
        Żółw przeszedł przez ulicę w ciągu dwóch godzin.""";
    String turkish = """
        Işık hızı saniyede yaklaşık üç yüz bin kilometredir.
        Çocuklar okuldan sonra parkta ışıklar yanana kadar oynadılar.
        Bu kitabı okuduktan sonra fikrim tamamen değişti.
        Kış aylarında dağ köylerine ulaşmak çok zorlaşıyor.""";
    for (String clean : List.of(polish, turkish)) {
      String stripped = NFD_STRIP.transliterate(clean);
      assertThat(stripped).containsAnyOf("ł", "ı");

      assertThat(RESTORER.restore(stripped, List.of(Sibling.of("clean", clean))).text()).isEqualTo(clean);
      String lower = stripped.toLowerCase(Locale.ROOT);
      assertThat(RESTORER.restore(lower, List.of(Sibling.of("clean", clean))).text()).isEqualTo(clean);
    }
  }

  /**
   * Headings that occur ten times each ("Điều"), in order, followed by a longer shuffled stretch:
   * the in-order stretch still settles its ties by its neighbours, with full confidence.
   */
  @Test
  void restore_inOrderStretchThenShuffledLines_inOrderLinesUseTheirNeighbours() {
    List<String> law = law(12);
    List<String> news = golden();
    List<String> shuffled = new ArrayList<>(news);
    Collections.shuffle(shuffled, new Random(5));
    List<String> expected = new ArrayList<>(law);
    expected.addAll(shuffled);
    String degraded = String.join("\n", expected.stream().map(SEED::degradeLine).toList());

    Restoration r = RESTORER.restore(degraded, List.of(Sibling.of("law", String.join("\n", law)),
        Sibling.of("004", Seeds.read(Seeds.VI_CLEAN))));

    for (int i = 0; i < law.size(); i++) {
      assertThat(r.lines().get(i).output()).isEqualTo(law.get(i));
      assertThat(r.lines().get(i).confidence()).isEqualTo(1.0);
    }
  }

  /**
   * A line that is a whole sentence in one place and part of a sentence in another, in a shuffled
   * copy: the sentence is the likelier, but nothing vouches for it, and the confidence says so.
   */
  @Test
  void restore_tieSettledWithoutEvidence_lowersConfidence() {
    List<String> sentences = law(12).stream().filter(l -> !l.startsWith("Điều")).toList();
    String repeated = sentences.get(3);
    List<String> clean = new ArrayList<>(sentences);
    clean.set(7, clean.get(7).replaceAll("\\.$", "") + ", " + repeated.toLowerCase(Locale.ROOT));
    List<String> lines = new ArrayList<>(sentences);
    Collections.reverse(lines); // every line goes back before the previous one: no order to heed
    String degraded = String.join("\n", lines.stream().map(SEED::degradeLine).toList());

    Restoration r = RESTORER.restore(degraded, List.of(Sibling.of("text", String.join("\n", clean))));

    RestoredLine line = r.lines().get(lines.indexOf(repeated));
    assertThat(line.output()).isEqualTo(repeated);
    assertThat(line.confidence()).isLessThan(1.0);
    assertThat(r.lines().get(lines.indexOf(sentences.get(0))).confidence()).isEqualTo(1.0);
  }

  @Test
  void restore_everyLineSeparator_endsALineAndIsKept() {
    String clean = Seeds.read(Seeds.VI_CLEAN);
    List<String> golden = golden().subList(0, 5);
    List<String> degraded = golden.stream().map(SEED::degradeLine).toList();
    String[] separators = {"\r\n", "\r", "\u2028", "\u2029", "\u0085"};
    StringBuilder in = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      in.append(degraded.get(i)).append(separators[i]);
      expected.append(golden.get(i)).append(separators[i]);
    }

    Restoration r = RESTORER.restore(in.toString(), List.of(Sibling.of("004", clean)));

    assertThat(r.lines()).hasSize(5);
    assertThat(r.text()).isEqualTo(expected.toString());
    String crlf = String.join("\r\n", degraded);
    assertThat(RESTORER.restore(crlf, List.of(Sibling.of("004", clean))).text()).isEqualTo(String.join("\r\n", golden));
  }

  private static List<String> golden() {
    try {
      return Files.readAllLines(Path.of("src/test/resources/golden/seed-001-restored.txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every character that is no letter, mark, digit or space becomes a space; runs of spaces one. */
  private static String punctuationToSpace(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> sb.appendCodePoint(Character.isLetterOrDigit(cp)
        || Character.getType(cp) == Character.NON_SPACING_MARK || Character.isWhitespace(cp) ? cp : ' '));
    return sb.toString().replaceAll(" +", " ").strip();
  }

  /** Articles "Điều k:" with a distinct sentence of the Ukrainian testdata each, one per line. */
  private static List<String> law(int articles) {
    List<String> sentences = new ArrayList<>();
    try (var files = Files.list(Path.of("testdata", "corpora", "uk-uagec"))) {
      for (Path f : files.sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          String s = line.strip();
          int words = s.split(" ").length;
          // one sentence each, as the copy's other lines: a copy of sentences takes no sibling
          // sentence break inside a line (SentenceBacking), which is not what this test is about
          boolean oneSentence = !s.matches(".*[.!?…] .*");
          if (words >= 8 && words <= 40 && oneSentence && !s.contains("  ") && !sentences.contains(s)) {
            sentences.add(s);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> law = new ArrayList<>();
    for (int k = 1; k <= articles; k++) {
      law.add("Điều " + k + ":");
      law.add(sentences.get(k - 1));
    }
    return law;
  }
}
