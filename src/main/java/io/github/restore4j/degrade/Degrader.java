// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import io.github.restore4j.text.Chars;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Lines;
import io.github.restore4j.text.ToneArtifact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Produces degraded text from clean text: the inverse direction of the restorer, used to make test,
 * benchmark and evaluation data. What is degraded, and how, is set by {@link DegradeOptions}.
 *
 * <pre>{@code
 * Degrader d = Degrader.create(DegradeOptions.seed());
 * d.degrade("Mỹ, Nga có thể từng bí mật đàm phán về Nagorno-Karabakh \n"
 *     + "Cuộc họp diễn ra ngày 17/9, nhà ngoại giao nói. Igor Khovaev tham gia cuộc họp.")
 *   -> "mỹ nga có thể từng bí mật đàm phán về nagornokarabakh\n"
 *    + "cuộc họp diễn ra ngày nhà ngoại giao noí\nigor khovaev tham gia cuộc họp"
 * }</pre>
 *
 * <p>The output is deterministic: the same options (seed included) and text always give the same
 * output, whatever the JVM default locale. Words are NFC, separated by single spaces; lines are trimmed
 * and separated by {@code "\n"}. Without typos, degrading a line a second time gives it back (see
 * {@link #degradeLine(String)}).
 *
 * <p>Instances are immutable and thread-safe, and cheap to create.
 */
public final class Degrader {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final DegradeOptions options;
  private final Locale caseLocale;
  private final ULocale sentenceLocale;
  private final NumberWords numberWords;

  private Degrader(DegradeOptions options) {
    this.options = options;
    Locale language = options.language().orElse(Locale.ROOT);
    this.caseLocale = language;
    this.sentenceLocale = ULocale.forLocale(language);
    this.numberWords = options.spellNumbers() ? NumberWords.of(language, options.randomSeed()) : null;
  }

  /**
   * A degrader with these options.
   *
   * @param options the degradation, e.g. {@link DegradeOptions#seed()}
   * @return the degrader
   * @throws NullPointerException if {@code options} is null
   */
  public static Degrader create(DegradeOptions options) {
    return new Degrader(Objects.requireNonNull(options, "options"));
  }

  /**
   * The options this degrader was created with.
   *
   * @return the options
   */
  public DegradeOptions options() {
    return options;
  }

  /**
   * Degrades a whole document.
   *
   * <ol>
   *   <li>The text is cut into lines at {@code \n}, {@code \r\n}, {@code \r}, U+0085, U+2028 and
   *       U+2029.
   *   <li>With {@link DegradeOptions#sentencePerLine()}, each line is cut into sentences by the ICU
   *       sentence instance; each sentence becomes an output line, and sentences that degrade to
   *       nothing are dropped. With {@link DegradeOptions#singleLine()}, the document becomes one line.
   *       Otherwise each line becomes one output line, empty or not.
   *   <li>Each output line is {@linkplain #degradeLine(String) degraded}.
   *   <li>Lines are joined with {@code "\n"}; the result ends with {@code "\n"} if the input ended with
   *       a line break and there is at least one line.
   *   <li>The result is {@linkplain DegradeOptions#truncateChars() truncated}.
   * </ol>
   *
   * @param cleanText a clean document
   * @return its degraded copy
   * @throws NullPointerException if {@code cleanText} is null
   */
  public String degrade(String cleanText) {
    Objects.requireNonNull(cleanText, "cleanText");
    List<String> lines = Lines.split(cleanText);
    boolean endsWithBreak = Lines.endsWithBreak(cleanText);
    List<String> out = new ArrayList<>();
    if (options.singleLine()) {
      String line = degradeText(cleanText); // line breaks are white space here
      if (!line.isEmpty()) {
        out.add(line);
      }
    } else if (options.sentencePerLine()) {
      BreakIterator sentences = BreakIterator.getSentenceInstance(sentenceLocale);
      for (String line : lines) {
        sentences.setText(line);
        for (int start = sentences.first(), end = sentences.next();
            end != BreakIterator.DONE;
            start = end, end = sentences.next()) {
          String degraded = degradeText(line.substring(start, end));
          if (!degraded.isEmpty()) {
            out.add(degraded);
          }
        }
      }
    } else {
      for (String line : lines) {
        out.add(degradeText(line));
      }
    }
    String document = String.join("\n", out) + (endsWithBreak && !out.isEmpty() ? "\n" : "");
    document = truncate(document, options.truncateChars());
    return document.equals(cleanText) ? cleanText : document;
  }

  /**
   * Degrades one line with the word-level stages of the options (case, tone artifact, diacritics,
   * punctuation, digits, compounds, word limit, typos), without sentence splitting or truncation.
   * Line breaks inside {@code line} count as white space. Returns {@code line} itself when nothing
   * changes.
   *
   * <pre>{@code
   * Degrader.create(DegradeOptions.seed()).degradeLine("(tỉnh Hà Nam) cho biết, ngày 4/10.")
   *   -> "tỉnh hà nam cho biết ngày"
   * }</pre>
   *
   * <p>Without typos the output is a fixed point: {@code degradeLine(degradeLine(x))} equals
   * {@code degradeLine(x)}.
   *
   * @param line one clean line
   * @return the line degraded (split into no lines), or {@code line} itself when nothing changed
   * @throws NullPointerException if {@code line} is null
   */
  public String degradeLine(String line) {
    Objects.requireNonNull(line, "line");
    String out = degradeText(line);
    return out.equals(line) ? line : out;
  }

  /**
   * Removes diacritics the way {@link DegradeOptions#stripDiacritics()} does, for callers (such as
   * the restorer) that must fold letters identically: NFD, then every nonspacing mark (general
   * category Mn) is removed, then NFC. Letters that do not decompose are mapped by a small table:
   * đ Đ → d D, ł Ł → l L, ø Ø → o O, ħ Ħ → h H, ŧ Ŧ → t T, ı → i. Case is kept. Returns
   * {@code text} itself when nothing changes.
   *
   * <pre>{@code
   * Degrader.stripDiacritics("Đại diện phía Mỹ")  -> "Dai dien phia My"
   * Degrader.stripDiacritics("Україні, йдеться")  -> "Украіні, идеться"   // ї → і, й → и
   * }</pre>
   *
   * @param text any text
   * @return the text without diacritics
   * @throws NullPointerException if {@code text} is null
   */
  public static String stripDiacritics(String text) {
    return Folding.stripDiacritics(Objects.requireNonNull(text, "text"));
  }

  /**
   * Applies the seed pair's tone-mark artifact to one white-space-delimited token (word with any
   * attached punctuation): where punctuation follows a word that ends in {@code i} or {@code y}
   * without a tone, the word's last tone-type mark (grave, acute, tilde, hook above, dot below) moves
   * onto that final letter; other marks (caron, circumflex, breve, horn) stay. The rule lives in
   * {@link ToneArtifact#apply(String)}, which the restorer uses too. The result is NFC; {@code token}
   * itself is returned when the rule does not apply.
   *
   * <pre>{@code
   * "nói." -> "noí."   "này." -> "naỳ."   "lại." -> "laị."   "người," -> "ngươì,"
   * "problémy," -> "problemý,"   "příručky." -> "přiručký."
   * "nào." -> "nào."   "Mỹ,"  -> "Mỹ,"    "nói"  -> "nói"    "\"tái" -> "\"tái"
   * }</pre>
   *
   * @param token one white-space-delimited token
   * @return the token with the artifact applied
   * @throws NullPointerException if {@code token} is null
   */
  public static String toneArtifact(String token) {
    return ToneArtifact.apply(Objects.requireNonNull(token, "token"));
  }

  /**
   * Removes combining marks the way most tools strip diacritics ({@link DegradeOptions#stripMarks()}):
   * the ICU transliterator {@code NFD; [:Nonspacing Mark:] Remove; NFC}, which leaves letters that do
   * not decompose ({@code ł ı ø đ ß æ œ}). Returns {@code text} itself when nothing changes.
   *
   * <pre>{@code
   * Degrader.stripMarks("Zażółć gęślą jaźń")  -> "Zazołc gesla jazn"
   * }</pre>
   *
   * @param text any text
   * @return the text without combining marks
   * @throws NullPointerException if {@code text} is null
   */
  public static String stripMarks(String text) {
    Objects.requireNonNull(text, "text");
    String out;
    synchronized (MARK_REMOVER) { // a Transliterator is not documented as thread-safe
      out = MARK_REMOVER.transliterate(text);
    }
    return out.equals(text) ? text : out;
  }

  private static final Transliterator MARK_REMOVER =
      Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC");

  // ---------------------------------------------------------------------------------------------
  // One line

  private static final byte LETTER = 0;
  private static final byte NUMBER = 1;
  private static final byte PUNCT = 2;
  private static final byte NONE = 3;

  /** The word-level stages; returns the degraded line (possibly empty). */
  private String degradeText(String text) {
    String s = NFC.normalize(text);
    if (numberWords != null) {
      s = numberWords.spell(s);
    }
    s = applyCase(s);
    List<String> words = new ArrayList<>();
    for (int i = 0, n = s.length(); i < n; ) {
      int cp = s.codePointAt(i);
      if (Chars.isSpace(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int end = i;
      while (end < n && !Chars.isSpace(cp = s.codePointAt(end))) {
        end += Character.charCount(cp);
      }
      addToken(s.substring(i, end), words);
      i = end;
    }
    return assemble(words);
  }

  private String applyCase(String s) {
    switch (options.caseMode()) {
      case LOWER:
        return UCharacter.toLowerCase(caseLocale, s);
      case UPPER:
        return UCharacter.toUpperCase(caseLocale, s);
      case KEEP:
        return s;
      default:
        throw new AssertionError(options.caseMode());
    }
  }

  /** Adds the words that one white-space-delimited token becomes. */
  private void addToken(String token, List<String> words) {
    if (options.toneArtifact()) {
      token = ToneArtifact.apply(token);
    }
    if (options.stripDiacritics()) {
      token = Folding.stripDiacritics(token);
    } else if (options.stripMarks()) {
      token = stripMarks(token);
    }
    // Clusters: a code point and the marks after it, classified by that first code point.
    int n = 0;
    int[] starts = new int[token.length() + 1];
    byte[] kinds = new byte[token.length()];
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      if (n == 0 || !Chars.isMark(cp)) {
        starts[n] = i;
        kinds[n] = Chars.isNumber(cp) ? NUMBER : Chars.isPunctuation(cp) ? PUNCT : LETTER;
        n++;
      }
      i += Character.charCount(cp);
    }
    starts[n] = token.length();

    final boolean keepDigits = options.keepDigits();
    final boolean compounds = options.compoundJoinRate() > 0;
    final PunctuationMode mode = options.punctuation();
    StringBuilder word = new StringBuilder(token.length());
    for (int k = 0; k < n; k++) {
      byte kind = kinds[k];
      byte prev = k > 0 ? kinds[k - 1] : NONE;
      byte next = k + 1 < n ? kinds[k + 1] : NONE;
      int cp = token.codePointAt(starts[k]);
      boolean keep;
      switch (mode) {
        case DELETE:
        case SPACE:
          keep = kind == LETTER || kind == NUMBER && keepDigits;
          if (!keep && mode == PunctuationMode.SPACE) {
            flush(word, words);
          }
          break;
        case KEEP:
          if (kind == PUNCT && cp == '_' && compounds && isAlnum(prev) && isAlnum(next)) {
            flush(word, words); // an earlier join, decided anew
            keep = false;
          } else if (kind == NUMBER || kind == PUNCT && isNumberConnector(cp) && prev == NUMBER && next == NUMBER) {
            keep = keepDigits;
          } else {
            keep = true;
          }
          break;
        case TOKENIZE:
          if (kind == LETTER) {
            keep = true;
          } else if (kind == NUMBER) {
            keep = keepDigits;
          } else if (cp == '_' && compounds && isAlnum(prev) && isAlnum(next)) {
            flush(word, words); // an earlier join, decided anew
            keep = false;
          } else if (isNumberConnector(cp) && prev == NUMBER && next == NUMBER) {
            keep = keepDigits;
          } else if (prev == LETTER && next == LETTER && isLetterConnector(cp, compounds)
              || keepDigits && isAlnum(prev) && isAlnum(next) && isHyphen(cp, compounds)) {
            keep = true;
          } else {
            // A punctuation token: this cluster and any repeats of it ("...").
            flush(word, words);
            int end = k + 1;
            while (end < n && sameCluster(token, starts, k, end)) {
              end++;
            }
            words.add(token.substring(starts[k], starts[end]));
            k = end - 1;
            keep = false;
          }
          break;
        default:
          throw new AssertionError(mode);
      }
      if (keep) {
        word.append(token, starts[k], starts[k + 1]);
      }
    }
    flush(word, words);
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean sameCluster(String token, int[] starts, int a, int b) {
    int length = starts[a + 1] - starts[a];
    return starts[b + 1] - starts[b] == length && token.regionMatches(starts[a], token, starts[b], length);
  }

  private static boolean isAlnum(byte kind) {
    return kind == LETTER || kind == NUMBER;
  }

  /** Between two digits, these stay inside a number token: "100.000", "1,5", "4/10", "10:30", "1990-2000". */
  private static boolean isNumberConnector(int cp) {
    return cp == '.' || cp == ',' || cp == '/' || cp == ':' || cp == '-';
  }

  /** Between two letters or digits (digits kept), these stay inside a word token: "COVID-19". */
  private static boolean isHyphen(int cp, boolean compounds) {
    return cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '_' && !compounds;
  }

  /**
   * Between two letters, these stay inside a word token: hyphens, apostrophes ("зв'язку",
   * "дев’ятимісячну") and dots ("U.S", "Commonspace.eu"; so that sentence splitting sees the same
   * abbreviations when the output is degraded again), and "_" unless joins are redone.
   */
  private static boolean isLetterConnector(int cp, boolean compounds) {
    return isHyphen(cp, compounds) || cp == '\'' || cp == '\u2019' || cp == '.';
  }

  /** Word errors, compound joining, the word limit and typos; then the words become one NFC line. */
  private String assemble(List<String> degraded) {
    List<String> words = WordErrors.apply(degraded, options.wordErrorRate(), options.randomSeed());
    final int n = words.size();
    if (n == 0) {
      return "";
    }
    boolean[] joinNext = new boolean[n];
    double joinRate = options.compoundJoinRate();
    if (joinRate > 0) {
      long seedMix = Mix.mix(options.randomSeed() ^ 0x5DEECE66DL);
      String key = null;
      for (int i = 0; i + 1 < n; i++) {
        String a = words.get(i);
        String b = words.get(i + 1);
        String keyA = key != null ? key : UCharacter.toLowerCase(Locale.ROOT, a);
        key = UCharacter.toLowerCase(Locale.ROOT, b);
        if (isJoinable(a) && isJoinable(b)) {
          long h = Mix.fnv(Mix.fnv(keyA) ^ 0x1F, key);
          joinNext[i] = Mix.unit(Mix.mix(h ^ seedMix)) < joinRate;
        }
      }
    }
    int limit = options.maxWordsPerLine() == 0 ? Integer.MAX_VALUE : options.maxWordsPerLine();
    double typoRate = options.typoRate();
    StringBuilder line = new StringBuilder();
    int units = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || !joinNext[i - 1]) {
        if (units == limit) {
          break;
        }
        units++;
        if (i > 0) {
          line.append(' ');
        }
      } else {
        line.append('_');
      }
      String w = words.get(i);
      line.append(typoRate > 0 ? Typos.apply(w, typoRate, options.randomSeed(), i) : w);
    }
    return NFC.normalize(line);
  }

  /** A word that may be part of a compound: it starts and ends with a letter or number. */
  private static boolean isJoinable(String w) {
    int first = w.codePointAt(0);
    int i = w.length();
    int last;
    do {
      last = w.codePointBefore(i);
      i -= Character.charCount(last);
    } while (i > 0 && Chars.isMark(last));
    return !Chars.isPunctuation(first) && !Chars.isMark(first) && !Chars.isPunctuation(last);
  }

  // ---------------------------------------------------------------------------------------------
  // The document

  /** Keeps at most {@code max} code points (0: all); white space left at the end of a cut is removed. */
  private static String truncate(String document, int max) {
    if (max == 0 || document.codePointCount(0, document.length()) <= max) {
      return document;
    }
    int end = document.offsetByCodePoints(0, max);
    while (end > 0 && Chars.isSpace(document.codePointBefore(end))) {
      end -= Character.charCount(document.codePointBefore(end));
    }
    return document.substring(0, end);
  }
}
