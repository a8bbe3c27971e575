// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import io.github.restore4j.degrade.DegradeOptions;
import io.github.restore4j.degrade.Degrader;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.text.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Degrades a clean document sentence by sentence, the way {@link Degrader#degrade(String)} does, so
 * that each degraded line is known with the clean text it came from: its reference. The restorer is
 * not involved.
 *
 * <pre>{@code
 * new References(DegradeOptions.seed()).lines(Sibling.of("004", "Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh\n…"))
 *   .get(0)
 * // Line[source=004, degraded="mỹ nga có thể từng bí mật đàm phán về nagornokarabakh",
 * //      reference="Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh"]
 * }</pre>
 *
 * <p>The document is cut into lines at the Degrader's line breaks and each line into sentences by
 * the ICU sentence instance of the options' language ({@code Locale.ROOT} by default); each sentence
 * is degraded with {@link Degrader#degradeLine(String)}, and sentences that degrade to nothing are
 * dropped. Joined with {@code "\n"}, the degraded lines are the Degrader's whole-document output.
 *
 * <p>The reference is the sentence with white space runs made one space and none at its ends. When
 * the word limit ({@link DegradeOptions#maxWordsPerLine()}) cut the line, the reference is cut too:
 * it is the shortest prefix of whole white-space-delimited tokens that degrades to the line, plus
 * the tokens after it that degrade to nothing (punctuation, numbers), up to the next token that
 * degrades to a word. So {@code "… word40, – 2023 word41 …"} cut after {@code word40} has the
 * reference {@code "… word40, – 2023"}: the marks after the last kept word are expected back, as
 * they are between two kept words. Thread-safe.
 */
final class References {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /**
   * One degraded line and where it came from.
   *
   * @param source    the id of the clean document
   * @param degraded  the degraded line (never empty)
   * @param reference the clean text it came from
   */
  record Line(String source, String degraded, String reference) {
    Line {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reference, "reference");
      if (degraded.isEmpty()) {
        throw new IllegalArgumentException("empty degraded line");
      }
    }
  }

  private final DegradeOptions options;
  private final Degrader degrader;
  private final Degrader unlimited;
  private final ULocale sentenceLocale;

  References(DegradeOptions options) {
    if (options.singleLine() || !options.sentencePerLine() || options.truncateChars() > 0) {
      throw new IllegalArgumentException("the evaluation needs one sentence per line and no truncation: " + options);
    }
    this.options = options;
    this.degrader = Degrader.create(options);
    this.unlimited = options.maxWordsPerLine() == 0
        ? degrader
        : Degrader.create(options.toBuilder().maxWordsPerLine(0).build());
    this.sentenceLocale = ULocale.forLocale(options.language().orElse(Locale.ROOT));
  }

  DegradeOptions options() {
    return options;
  }

  /** The degraded lines of {@code doc}, in order, each with its reference. */
  List<Line> lines(Sibling doc) {
    List<Line> out = new ArrayList<>();
    BreakIterator sentences = BreakIterator.getSentenceInstance(sentenceLocale);
    for (String line : Lines.split(doc.text())) {
      sentences.setText(line);
      for (int start = sentences.first(), end = sentences.next();
          end != BreakIterator.DONE;
          start = end, end = sentences.next()) {
        String sentence = line.substring(start, end);
        String degraded = degrader.degradeLine(sentence);
        if (!degraded.isEmpty()) {
          out.add(new Line(doc.id(), degraded, reference(sentence, degraded)));
        }
      }
    }
    return out;
  }

  private String reference(String sentence, String degraded) {
    if (unlimited == degrader || unlimited.degradeLine(sentence).equals(degraded)) {
      return clean(sentence);
    }
    // Cut by the word limit: the shortest prefix of whole tokens that degrades to the line.
    List<int[]> tokens = tokens(sentence);
    int last = -1;
    for (int j = 0; j < tokens.size(); j++) {
      if (degrader.degradeLine(sentence.substring(0, tokens.get(j)[1])).equals(degraded)) {
        last = j;
        break;
      }
    }
    if (last < 0) {
      return clean(sentence); // a cut inside a token (not with the supported modes); score whole
    }
    while (last + 1 < tokens.size()) {
      int[] next = tokens.get(last + 1);
      if (!unlimited.degradeLine(sentence.substring(next[0], next[1])).isEmpty()) {
        break;
      }
      last++;
    }
    return clean(sentence.substring(0, tokens.get(last)[1]));
  }

  /** [start, end) of each white-space-delimited token. */
  private static List<int[]> tokens(String s) {
    List<int[]> tokens = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (UCharacter.isUWhiteSpace(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < s.length() && !UCharacter.isUWhiteSpace(cp = s.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      tokens.add(new int[] {start, i});
    }
    return tokens;
  }

  private static String clean(String s) {
    return Scorer.collapseSpace(NFC.normalize(s));
  }

}
