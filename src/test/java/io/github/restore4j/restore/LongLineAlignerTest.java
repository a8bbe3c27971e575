// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.restore4j.Seeds;
import io.github.restore4j.index.PoolIndex;
import io.github.restore4j.text.Folding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class LongLineAlignerTest {
  private static final Pattern WORD = Pattern.compile("\\S+");

  /**
   * A clean text made one long lowercase line without punctuation, with about one word in three
   * replaced, dropped or followed by an inserted word, a phrase deleted or inserted every ~80 words,
   * and numbers spoken as words ("twenty twenty"). {@code kept} holds, per word copied unchanged,
   * its offset in the line and the clean word's offsets.
   */
  record Noisy(String line, List<int[]> kept) {
    static Noisy of(String clean, List<String> foreign, Random random) {
      StringBuilder line = new StringBuilder();
      List<int[]> kept = new ArrayList<>();
      Matcher m = WORD.matcher(clean);
      while (m.find()) {
        String word = m.group().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}]", "");
        if (word.isEmpty()) {
          continue;
        }
        double r = random.nextDouble();
        if (random.nextInt(80) == 0) {
          for (int k = 0; k < 8 && m.find(); k++) {
            // a phrase the copy does not have
          }
          continue;
        }
        if (random.nextInt(80) == 0) {
          for (int k = 0; k < 8; k++) {
            append(line, foreign.get(random.nextInt(foreign.size())));
          }
        }
        if (word.chars().anyMatch(Character::isDigit)) {
          append(line, "twenty twenty");
        } else if (r < 1.0 / 9) {
          append(line, foreign.get(random.nextInt(foreign.size())));
        } else if (r < 2.0 / 9) {
          continue; // dropped
        } else {
          kept.add(new int[] {line.length() + (line.length() > 0 ? 1 : 0), m.start(), m.end()});
          append(line, word);
          if (r < 3.0 / 9) {
            append(line, foreign.get(random.nextInt(foreign.size())));
          }
        }
      }
      return new Noisy(line.toString(), kept);
    }

    private static void append(StringBuilder sb, String word) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(word);
    }
  }

  private static final class Fixture {
    final SiblingPool pool;
    final PoolIndex index;
    final LinePlan line;
    final LongLineAligner aligner;

    Fixture(List<Sibling> siblings, String degraded) {
      pool = SiblingPool.of(siblings);
      DegradedProfile profile = DegradedProfile.detect(degraded);
      Folding folding = profile.folding();
      index = pool.index(folding);
      line = new LinePlan(0, degraded, folding, index.vocabulary());
      WindowAligner window = new WindowAligner(pool, index, folding);
      aligner = new LongLineAligner(pool, index, window, new SegmentAligner(pool, index, profile, window));
    }
  }

  /** Lowercase words of the seeds that are not in {@code except}, as another recognizer might hear them. */
  private static List<String> foreignWords(String except) {
    LinkedHashSet<String> words = new LinkedHashSet<>();
    for (String name : Seeds.CLEAN) {
      if (!name.equals(except)) {
        Matcher m = WORD.matcher(Seeds.read(name));
        while (m.find()) {
          String w = m.group().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}]", "");
          if (w.length() > 1) {
            words.add(w);
          }
        }
      }
    }
    return new ArrayList<>(words);
  }

  @Test
  void align_noisyLongLine_matchesKeptWordsInOrderAtTheirPlace() {
    String clean = Seeds.read(Seeds.VI_CLEAN);
    Noisy noisy = Noisy.of(clean, foreignWords(Seeds.VI_CLEAN), new Random(2026));
    Fixture f = new Fixture(Seeds.cleanSeeds(), noisy.line());
    assertThat(f.line.size).isGreaterThan(LongLineAligner.MIN_PIECES);

    List<Part> parts = f.aligner.align(f.line);

    int next = 0;
    int previous = -1;
    int[] docOf = new int[f.line.size];
    int[] at = new int[f.line.size];
    java.util.Arrays.fill(at, -1);
    for (Part p : parts) {
      assertThat(p.from()).isEqualTo(next);
      next = p.from() + p.len();
      for (Alignment a : p.candidates()) {
        for (int i = 0; i < p.len(); i++) {
          if (a.kind[i] != MatchKind.NONE) {
            assertThat(a.from[i]).as("in order").isGreaterThan(previous);
            previous = a.to[i];
            docOf[p.from() + i] = a.doc;
            at[p.from() + i] = a.kind[i] == MatchKind.EXACT ? a.from[i] : -1;
          }
        }
      }
    }
    assertThat(next).isEqualTo(f.line.size);
    int vi = Seeds.CLEAN.indexOf(Seeds.VI_CLEAN);
    int right = 0;
    int wrong = 0;
    for (int[] k : noisy.kept()) {
      int piece = pieceAt(f.line, k[0]);
      if (at[piece] < 0) {
        continue;
      }
      int s = f.index.pieceStart(at[piece]);
      if (docOf[piece] == vi && s >= k[1] && s < k[2]) {
        right++;
      } else {
        wrong++;
      }
    }
    assertThat(right).isGreaterThanOrEqualTo((int) (0.9 * noisy.kept().size()));
    assertThat(wrong).isLessThanOrEqualTo(noisy.kept().size() / 50);
  }

  @Test
  void restore_noisyLongLine_restoresKeptWordsAndNeverChangesTheCopysWords() {
    String clean = Seeds.read(Seeds.VI_CLEAN);
    Noisy noisy = Noisy.of(clean, foreignWords(Seeds.VI_CLEAN), new Random(7));
    Restoration r = Restorer.create(RestoreOptions.defaults()).restore(noisy.line(), Seeds.cleanSeeds());

    RestoredLine line = r.lines().get(0);
    assertThat(letters(line.output())).isEqualTo(letters(noisy.line()));
    assertThat(line.siblingId()).contains("004");
    assertThat(line.wordsAligned()).isGreaterThanOrEqualTo((int) (0.9 * noisy.kept().size()));
    assertThat(line.confidence()).isLessThanOrEqualTo((double) line.wordsAligned() / line.words());
    assertThat(line.span().isTracked()).isTrue();
    assertThat(line.span().end()).isLessThanOrEqualTo(clean.length());
    // the kept words come back with their clean case: count the capitalized ones
    long capitalizedKept = noisy.kept().stream()
        .filter(k -> Character.isUpperCase(clean.codePointAt(k[1]))).count();
    long capitalizedOut = WORD.matcher(line.output()).results()
        .filter(w -> Character.isUpperCase(w.group().codePointAt(0))).count();
    assertThat(capitalizedOut).isGreaterThanOrEqualTo((long) (0.9 * capitalizedKept));
  }

  @Test
  void restore_longLineOfAnotherArticle_staysMostlyAsItIs() {
    // two Ukrainian articles on related news: common words, no shared sentences
    String clean = Seeds.read(Seeds.UK_POLITICO);
    Noisy noisy = Noisy.of(clean, foreignWords(Seeds.UK_NBC), new Random(5));
    Restoration r = Restorer.create(RestoreOptions.defaults())
        .restore(noisy.line(), List.of(Seeds.sibling(Seeds.UK_NBC)));

    RestoredLine line = r.lines().get(0);
    assertThat(line.words()).isGreaterThan(LongLineAligner.MIN_PIECES);
    assertThat(line.wordsAligned()).isLessThanOrEqualTo(line.words() / 20);
  }

  @Test
  void align_longerLines_costWorkLinearInTheirLength() {
    List<String> vocabulary = foreignWords("");
    long first = 0;
    for (int n = 2_000; n <= 16_000; n *= 2) {
      Random random = new Random(n);
      StringBuilder clean = new StringBuilder();
      for (int i = 0; i < n; i++) {
        String w = vocabulary.get(random.nextInt(vocabulary.size()));
        clean.append(i % 12 == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w)
            .append(i % 12 == 11 ? ". " : " ");
      }
      Noisy noisy = Noisy.of(clean.toString(), vocabulary, random);
      Fixture f = new Fixture(List.of(Sibling.of("s", clean.toString())), noisy.line());
      f.aligner.align(f.line);
      long perPiece = f.aligner.work() / f.line.size;
      if (first == 0) {
        first = perPiece;
      }
      // no line × region matrix: the work per piece does not grow with the line
      assertThat(perPiece).as("n = %d", n).isLessThanOrEqualTo(2 * first);
    }
  }

  @Test
  void align_lineOfOneRepeatedWord_keepsPlacesLinearInItsLength() {
    for (int n = 1_000; n <= 4_000; n *= 2) {
      String degraded = String.join(" ", java.util.Collections.nCopies(n, "nga"));
      Fixture f = new Fixture(List.of(Sibling.of("s", "Nga, ".repeat(n))), degraded);
      List<Part> parts = f.aligner.align(f.line);
      long places = 0;
      for (Part p : parts) {
        // every place ties with every other: a repetition, not a document's structure
        assertThat(p.candidates()).hasSizeLessThanOrEqualTo(SegmentAligner.MAX_TIES);
        places += p.candidates().size();
      }
      assertThat(parts.stream().mapToInt(Part::len).sum()).isEqualTo(n);
      // no line × sibling matrix: a few places per piece, not one per piece and sibling position
      assertThat(places).as("n = %d", n).isLessThanOrEqualTo(2L * n);
    }
  }

  private static int pieceAt(LinePlan line, int offset) {
    int i = java.util.Arrays.binarySearch(line.start, offset);
    assertThat(i).as("a piece starts at %d", offset).isGreaterThanOrEqualTo(0);
    return i;
  }

  /** The letters of a text: a copy without digits gets its numbers back, its words stay. */
  private static String letters(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}]", "");
  }
}
