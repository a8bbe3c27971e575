// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.degrade;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import io.github.restore4j.text.Chars;
import java.util.Arrays;
import java.util.Locale;

/**
 * Numbers written as words, as a speech recognizer writes what was said, by ICU's rule-based
 * number format ({@link RuleBasedNumberFormat#SPELLOUT}) for the text's language (English for
 * {@code Locale.ROOT}, whose rules would keep the digits).
 *
 * <pre>{@code
 * NumberWords.of(Locale.ENGLISH, 0).spell("in 2020 sales rose 4.5% to 1,200 units")
 * // "in  twenty twenty  sales rose  four point five % to  one thousand two hundred  units"
 * //   (2020 may also become "two thousand twenty": seeded per number)
 * }</pre>
 *
 * <p>A number is a run of ASCII digits with {@code . , : / -} between digits. With {@code :},
 * {@code /} or {@code -} inside ({@code 10:30}, {@code 4/10}, {@code 1990-2000}) each run of digits
 * is spelled on its own. Otherwise {@code .} and {@code ,} followed by groups of three digits
 * group thousands ({@code 1,200}, {@code 1.200}); any other {@code .} or {@code ,} is the decimal
 * separator ({@code 4.5}, {@code 4,5}). A whole number from 1100 to 2099 is read as a year
 * ({@code %spellout-numbering-year}: "twenty twenty") or as a number ("two thousand twenty"),
 * chosen from the seed and the number. Hyphens and other non-letters of the spelled form become
 * spaces ("twenty-one" → "twenty one"), and the words are set off by spaces. Immutable and
 * thread-safe (the format is used under a lock: ICU formats are not thread-safe).
 */
final class NumberWords {
  private static final String YEAR = "%spellout-numbering-year";
  /** Digit runs longer than this are spelled digit by digit. */
  private static final int MAX_DIGITS = 15;

  private final RuleBasedNumberFormat format;
  private final boolean years;
  private final long seed;

  private NumberWords(Locale language, long seed) {
    Locale l = language.getLanguage().isEmpty() ? Locale.ENGLISH : language;
    this.format = new RuleBasedNumberFormat(ULocale.forLocale(l), RuleBasedNumberFormat.SPELLOUT);
    this.years = Arrays.asList(format.getRuleSetNames()).contains(YEAR);
    this.seed = seed;
  }

  static NumberWords of(Locale language, long seed) {
    return new NumberWords(language, seed);
  }

  /** {@code text} with every number spelled out; {@code text} itself when it has no digit. */
  String spell(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && !isDigit(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n + 32).append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && (isDigit(text.charAt(end))
          || isConnector(text.charAt(end)) && end + 1 < n && isDigit(text.charAt(end + 1)))) {
        end++;
      }
      out.append(' ').append(words(text.substring(i, end))).append(' ');
      i = end;
    }
    return out.toString();
  }

  private String words(String number) {
    if (number.indexOf(':') >= 0 || number.indexOf('/') >= 0 || number.indexOf('-') >= 0) {
      StringBuilder sb = new StringBuilder();
      for (String part : number.split("[:/-]")) {
        sb.append(sb.length() == 0 ? "" : " ").append(words(part));
      }
      return sb.toString();
    }
    String[] groups = number.split("[.,]");
    StringBuilder whole = new StringBuilder(groups[0]);
    String fraction = null;
    for (int g = 1; g < groups.length; g++) {
      if (groups[g].length() == 3 && fraction == null) {
        whole.append(groups[g]);
      } else {
        fraction = (fraction == null ? "" : fraction) + groups[g];
      }
    }
    if (whole.length() > MAX_DIGITS || fraction != null && fraction.length() > MAX_DIGITS) {
      StringBuilder sb = new StringBuilder();
      for (char d : number.replaceAll("[.,]", "").toCharArray()) {
        sb.append(sb.length() == 0 ? "" : " ").append(format(d - '0', null));
      }
      return sb.toString();
    }
    long value = Long.parseLong(whole.toString());
    if (fraction != null) {
      return format(Double.parseDouble(value + "." + fraction), null);
    }
    boolean year = years && number.length() == 4 && value >= 1100 && value <= 2099
        && (Mix.mix(seed ^ Mix.fnv(number)) & 1) == 0;
    return format(value, year ? YEAR : null);
  }

  private String format(double value, String ruleSet) {
    String s;
    synchronized (format) {
      s = ruleSet == null ? format.format(value) : format.format(value, ruleSet);
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      sb.appendCodePoint(Chars.isLetter(cp) || Chars.isMark(cp) ? cp : ' ');
    }
    return sb.toString().trim().replaceAll(" +", " ");
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isConnector(char c) {
    return c == '.' || c == ',' || c == ':' || c == '/' || c == '-';
  }
}
