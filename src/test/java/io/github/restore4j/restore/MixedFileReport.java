// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Lines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Measures restoration of files that mix degradations, built from a folder of clean articles (not
 * a unit test: run by hand, nothing of the corpus is kept). Each article's sentences become lines
 * degraded in turn as the seed copy, stripped of diacritics by NFD and removing nonspacing marks,
 * stripped by {@link Folding#stripDiacritics}, and with punctuation turned into spaces; the first
 * half of the lines keeps the article's order, the second half is shuffled. Every article of the
 * folder is a sibling. Prints the share of lines restored exactly as the article has them, per kind.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.restore4j.restore.MixedFileReport DIR [order]
 * </pre>
 *
 * <p>With {@code order}: the in-order lines of every article, alone and followed by shuffled
 * fragments ({@link #order}).
 */
final class MixedFileReport {
  private static final String[] KINDS = {"seed", "nfd-stripped", "fold-stripped", "punct-spaces"};
  private static final Transliterator NFD_STRIP =
      Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC");
  private static final Degrader SEED = Degrader.create(DegradeOptions.seed());

  private MixedFileReport() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Sibling> siblings = new ArrayList<>();
    for (Path f : files) {
      siblings.add(Sibling.of(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
    }
    SiblingPool pool = SiblingPool.of(siblings);
    Restorer restorer = Restorer.create(RestoreOptions.defaults());
    if (args.length > 1 && args[1].equals("order")) {
      order(siblings, pool, restorer);
      return;
    }
    int[] lines = new int[KINDS.length];
    int[] exact = new int[KINDS.length];
    int[] inOrder = new int[2];
    int[] inOrderExact = new int[2];
    double confidenceOfWrong = 0;
    int wrong = 0;
    int wrongFull = 0;
    Random rng = new Random(1);
    long t0 = System.nanoTime();
    for (Sibling s : siblings) {
      List<String> sentences = sentences(pool.text(siblings.indexOf(s)));
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        order.add(i);
      }
      int half = order.size() / 2;
      Collections.shuffle(order.subList(half, order.size()), rng);
      List<String> degraded = new ArrayList<>();
      List<Integer> kinds = new ArrayList<>();
      for (int i : order) {
        int kind = i % KINDS.length;
        kinds.add(kind);
        degraded.add(degrade(sentences.get(i), kind));
      }
      Restoration r = restorer.restore(String.join("\n", degraded), pool);
      for (int k = 0; k < order.size(); k++) {
        String expected = sentences.get(order.get(k));
        RestoredLine line = r.lines().get(k);
        boolean ok = line.output().equals(expected);
        lines[kinds.get(k)]++;
        exact[kinds.get(k)] += ok ? 1 : 0;
        int stretch = k < half ? 0 : 1;
        inOrder[stretch]++;
        inOrderExact[stretch] += ok ? 1 : 0;
        if (!ok) {
          wrong++;
          confidenceOfWrong += line.confidence();
          wrongFull += line.confidence() >= 1.0 ? 1 : 0;
          if (System.getenv("SHOW") != null) {
            System.out.println(KINDS[kinds.get(k)] + "\n  in:  " + line.input() + "\n  out: " + line.output()
                + "\n  exp: " + expected);
          }
        }
      }
    }
    int all = 0;
    int allExact = 0;
    for (int k = 0; k < KINDS.length; k++) {
      System.out.printf(Locale.ROOT, "%-14s %5d lines  exact %6.2f%%%n", KINDS[k], lines[k], 100.0 * exact[k] / lines[k]);
      all += lines[k];
      allExact += exact[k];
    }
    System.out.printf(Locale.ROOT, "%-14s %5d lines  exact %6.2f%%%n", "all", all, 100.0 * allExact / all);
    System.out.printf(Locale.ROOT, "in-order half %5d lines  exact %6.2f%%; shuffled half %d lines exact %6.2f%%%n",
        inOrder[0], 100.0 * inOrderExact[0] / inOrder[0], inOrder[1], 100.0 * inOrderExact[1] / inOrder[1]);
    System.out.printf(Locale.ROOT, "wrong lines: %d, mean confidence %.3f, at confidence 1: %d; %.1f s%n", wrong,
        wrong == 0 ? 0 : confidenceOfWrong / wrong, wrongFull, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Every article's sentences, seed-degraded and in order, restored alone and then followed by as
   * many shuffled fragments (two to four words of a sentence of any article): how many in-order
   * lines come back exact, and the confidence of those that do not.
   */
  static void order(List<Sibling> siblings, SiblingPool pool, Restorer restorer) {
    List<String> expected = new ArrayList<>();
    for (int d = 0; d < siblings.size(); d++) {
      expected.addAll(sentences(pool.text(d), 1));
    }
    List<String> inOrder = expected.stream().map(SEED::degradeLine).toList();
    Random rng = new Random(7);
    List<String> fragments = new ArrayList<>();
    for (int i = 0; i < inOrder.size(); i++) {
      String[] words = inOrder.get(rng.nextInt(inOrder.size())).split(" ");
      int len = Math.min(words.length, 2 + rng.nextInt(3));
      int from = rng.nextInt(words.length - len + 1);
      fragments.add(String.join(" ", java.util.Arrays.asList(words).subList(from, from + len)));
    }
    for (boolean withFragments : new boolean[] {false, true}) {
      List<String> lines = new ArrayList<>(inOrder);
      if (withFragments) {
        lines.addAll(fragments);
      }
      Restoration r = restorer.restore(String.join("\n", lines), pool);
      int exact = 0;
      int wrongAtOne = 0;
      for (int i = 0; i < inOrder.size(); i++) {
        boolean ok = r.lines().get(i).output().equals(expected.get(i));
        exact += ok ? 1 : 0;
        wrongAtOne += !ok && r.lines().get(i).confidence() >= 1.0 ? 1 : 0;
      }
      System.out.printf(Locale.ROOT, "in-order lines %s: %d of %d exact; wrong at confidence 1: %d%n",
          withFragments ? "followed by as many shuffled fragments" : "alone", exact, inOrder.size(), wrongAtOne);
    }
  }

  /** Sentences of 3 to 40 words, stripped, as they stand in the article (the expected lines). */
  static List<String> sentences(String text) {
    return sentences(text, 3);
  }

  /** Sentences of {@code minWords} to 40 words. */
  static List<String> sentences(String text, int minWords) {
    List<String> out = new ArrayList<>();
    BreakIterator it = BreakIterator.getSentenceInstance(ULocale.ROOT);
    for (String para : Lines.split(text)) {
      it.setText(para);
      for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
        String s = para.substring(start, end).strip();
        int words = s.isEmpty() ? 0 : s.split("\\s+").length;
        if (words >= minWords && words <= 40 && !s.contains("  ") && !SEED.degradeLine(s).isBlank()) {
          out.add(s);
        }
      }
    }
    return out;
  }

  static String degrade(String sentence, int kind) {
    switch (kind) {
      case 0:
        return SEED.degradeLine(sentence);
      case 1:
        return NFD_STRIP.transliterate(sentence);
      case 2:
        return Folding.stripDiacritics(sentence);
      default:
        return punctuationToSpaces(sentence);
    }
  }

  /** Every character that is no letter, mark, digit or space becomes a space. */
  static String punctuationToSpaces(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> sb.appendCodePoint(
        Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
            || Character.isWhitespace(cp) ? cp : ' '));
    return sb.toString();
  }
}
