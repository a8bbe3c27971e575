// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.text.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes a synthetic "related article" from a clean document: another outlet's story on the same
 * events, which shares part of the document's sentences, some of them reworded, and carries
 * sentences of its own. It stands in for the document in the pool of {@link Profile#RELATED}, so
 * that a restorer must not copy form that belongs to another sentence.
 *
 * <pre>{@code
 * RelatedArticles.of(Sibling.of("a", "Sales rose 4% in 2020. Costs fell, too. Profit doubled."),
 *     donors, Rng.of(1, "a"))
 * // Article[article=Sibling "a" with e.g.
 * //   "Sales rose 7% in 2081.\nA sentence of another document.\nProfit doubled.\n",
 * //   kept=[Profit doubled., Sales rose 4% in 2020.]]
 * }</pre>
 *
 * <p>The document is cut into sentences (ICU, root locale, at every line break too; NFC, white space
 * collapsed). Each sentence
 * is kept with probability 1/2, and a kept one is, in equal shares: verbatim; reworded (one word
 * dropped when it has at least four, and two neighbouring words swapped); or with every number
 * changed to another of as many digits and its commas moved (every comma removed, one added after
 * a random word). After each kept sentence, with probability 1/2, a random sentence of a donor
 * document follows. One sentence per line. This is synthetic: real related articles reword more
 * and share less; what it tests is that form is copied only where the sentence is the same.
 * Stateless.
 */
final class RelatedArticles {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private RelatedArticles() {}

  /**
   * A related article and the document's sentences it kept (white space collapsed).
   *
   * @param article the article, with the document's id
   * @param kept    the document's sentences it holds in some form
   */
  record Article(Sibling article, Set<String> kept) {
    Article {
      kept = Set.copyOf(kept);
    }

    /**
     * Whether the article holds the sentence a degraded line came from ({@code reference}: the
     * sentence, or its prefix when the word limit cut the line).
     */
    boolean covers(String reference) {
      for (String s : kept) {
        if (s.startsWith(reference)) {
          return true;
        }
      }
      return false;
    }
  }

  static Article of(Sibling doc, List<Sibling> donors, Rng rng) {
    List<String> donorSentences = new ArrayList<>();
    for (Sibling d : donors) {
      donorSentences.addAll(sentences(d.text()));
    }
    List<String> out = new ArrayList<>();
    Set<String> kept = new TreeSet<>();
    for (String sentence : sentences(doc.text())) {
      if (rng.nextInt(2) == 0) {
        continue;
      }
      kept.add(sentence);
      switch (rng.nextInt(3)) {
        case 0 -> out.add(sentence);
        case 1 -> out.add(reword(sentence, rng));
        default -> out.add(renumber(sentence, rng));
      }
      if (!donorSentences.isEmpty() && rng.nextInt(2) == 0) {
        out.add(donorSentences.get(rng.nextInt(donorSentences.size())));
      }
    }
    return new Article(Sibling.of(doc.id(), String.join("\n", out) + "\n"), kept);
  }

  /** The sentences of {@code text}, white space collapsed, empty ones left out. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    BreakIterator it = BreakIterator.getSentenceInstance(ULocale.ROOT);
    for (String line : Lines.split(text)) {
      it.setText(line);
      for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
        String s = Scorer.collapseSpace(NFC.normalize(line.substring(start, end)));
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private static String reword(String sentence, Rng rng) {
    List<String> words = new ArrayList<>(List.of(sentence.split(" ")));
    if (words.size() >= 4) {
      words.remove(rng.nextInt(words.size()));
    }
    if (words.size() >= 2) {
      int i = rng.nextInt(words.size() - 1);
      String w = words.get(i);
      words.set(i, words.get(i + 1));
      words.set(i + 1, w);
    }
    return String.join(" ", words);
  }

  private static String renumber(String sentence, Rng rng) {
    StringBuilder sb = new StringBuilder(sentence.length() + 2);
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c >= '0' && c <= '9') {
        char d;
        do {
          d = (char) ('0' + rng.nextInt(10));
        } while (d == c);
        sb.append(d);
      } else if (c != ',') {
        sb.append(c);
      }
    }
    String[] words = sb.toString().split(" ");
    if (words.length >= 2) {
      int at = rng.nextInt(words.length - 1);
      words[at] = words[at] + ",";
    }
    return String.join(" ", words);
  }
}
