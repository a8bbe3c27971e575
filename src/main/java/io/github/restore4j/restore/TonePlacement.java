// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import com.ibm.icu.text.Normalizer2;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.ToneArtifact;
import java.util.Locale;

/**
 * Keeps the words of a draft exactly what degrading the output gives where tone placement is
 * evidence. The seed copies' tone artifact ({@code "nói."} → {@code "noí"}) shows that punctuation
 * followed a word: in a line that follows it ({@link ToneEvidence}), {@code "noí"} becomes
 * {@code "nói"} only where the output has that punctuation (else the degraded placement stays), and
 * a word like {@code "này"} without it had no punctuation after it, so none is attached there. In a
 * line that does not follow the artifact the copy's placement is its own ({@code "problemý"} stays,
 * whatever follows it). Outside Turkic languages a sibling's capital {@code "İ"} does not turn the
 * copy's {@code "i"} into {@code "i̇"}.
 *
 * <pre>{@code
 * // copy "thông tin naỳ", sibling "thông tin này."
 * placement.place(line, map, draft).assemble()   // "thông tin này." (the artifact vouches for the stop)
 * }</pre>
 *
 * Thread-safe.
 */
final class TonePlacement {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private final Folding folding;
  private final ToneEvidence tones;
  private final boolean turkic;

  TonePlacement(Folding folding, ToneEvidence tones, Locale caseLocale) {
    this.folding = folding;
    this.tones = tones;
    String language = caseLocale.getLanguage();
    this.turkic = language.equals("tr") || language.equals("az");
  }

  /** The draft with placements and punctuation the copy vouches for; {@code d} itself when all are. */
  Draft place(LinePlan line, PieceMap map, Draft d) {
    if (folding.stripsMarks()) {
      return d; // no marks in the copy, no evidence
    }
    boolean follows = tones.follows(line.index);
    Draft out = d;
    for (int i = 0; i < line.size; i++) {
      if (map.kind[i] == MatchKind.SPLIT) {
        continue;
      }
      String deg = line.piece(i);
      String word = d.piece[i];
      // case-only differences are the common case: no NFD needed for them
      boolean changed = !word.equalsIgnoreCase(deg) && !WordForms.markSignature(word).equals(line.markSignature(i));
      if (!changed && word.indexOf('İ') < 0 && (!follows || !endsInGlide(word))) {
        continue;
      }
      String after = d.sep[i + 1];
      String next = after.isEmpty() || WordForms.isSpace(after.charAt(0))
          ? "" : after.substring(0, after.offsetByCodePoints(0, 1));
      if (word.indexOf('İ') >= 0 && !turkic && NFD.normalize(deg).indexOf('\u0307') < 0) {
        // without a Turkic language "İ" lowercases to "i̇": the copy's dotless "i" stays a letter i
        out = writable(out, d);
        out.piece[i] = WordForms.withCaseOf(deg, word);
        continue;
      }
      String shown = follows ? ToneArtifact.apply(word, next) : word;
      if (WordForms.markSignature(shown).equals(line.markSignature(i))) {
        continue;
      }
      out = writable(out, d);
      if (follows && !next.isEmpty()
          && WordForms.markSignature(ToneArtifact.apply(word, "")).equals(line.markSignature(i))) {
        out.sep[i + 1] = line.separator(i + 1); // the copy says no punctuation followed here
        out.sepFromSibling[i + 1] = false;
      } else {
        out.piece[i] = WordForms.withCaseOf(deg, word); // the placement the copy has, in the clean case
      }
    }
    return out;
  }

  private static Draft writable(Draft out, Draft d) {
    return out == d ? d.copy() : out;
  }

  /** Whether a word ends in i or y (any marks, either case): the only words the tone artifact touches. */
  private static boolean endsInGlide(String word) {
    if (word.isEmpty()) {
      return false;
    }
    String d = NFD.normalize(word.substring(word.offsetByCodePoints(word.length(), -1)));
    char c = Character.toLowerCase(d.charAt(0));
    return c == 'i' || c == 'y';
  }
}
