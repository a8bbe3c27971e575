// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import com.ibm.icu.lang.UCharacter;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.text.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes "another edition" of a clean document, as the same article republished elsewhere: a few
 * words differ and the page carries boilerplate.
 *
 * <pre>{@code
 * Editions.of(Sibling.of("a.txt", "Mỹ, Nga có thể từng bí mật đàm phán.\n"), "Other title", Rng.of(1, "a"))
 * // Sibling "a.txt", text:
 * // "Subscribe to our newsletter | Advertise | Contact\n\nMỹ, Nga có thể từng bí mật đàm phán.\n\n
 * //  Read also: Other title\n\nShare this article: Facebook, Twitter, Telegram\n\n© 2024 …"
 * }</pre>
 *
 * <p>Each white-space-delimited token with a letter is changed with probability
 * {@link #WORD_CHANGE_RATE}, by one of three equally likely edits: its word (the part from its first
 * to its last letter or digit, so attached punctuation stays) is replaced by another word of the
 * document; it is dropped (a token with punctuation attached is replaced instead); or another word
 * of the document is inserted after it. White space inside a line becomes single spaces; line and
 * paragraph breaks stay. A header paragraph is put first, a "Read also: TITLE" paragraph (TITLE is
 * another document's first line) after the middle paragraph, and two footer paragraphs last.
 * Stateless.
 */
final class Editions {
  /** The share of word tokens an edition changes. */
  static final double WORD_CHANGE_RATE = 0.04;

  static final String HEADER = "Subscribe to our newsletter | Advertise | Contact";
  static final String READ_ALSO = "Read also: ";
  static final String SHARE = "Share this article: Facebook, Twitter, Telegram";
  static final String COPYRIGHT = "© 2024 The Example Herald. All rights reserved. Reproduction without permission is prohibited.";

  private Editions() {}

  /** An edition of {@code doc} with the same id; {@code otherTitle} is quoted in the "Read also" line. */
  static Sibling of(Sibling doc, String otherTitle, Rng rng) {
    List<String> lines = Lines.split(doc.text());
    List<String> vocabulary = new ArrayList<>();
    for (String line : lines) {
      for (String token : line.trim().split("\\s+")) {
        int[] core = core(token);
        if (core != null && core[1] - core[0] >= 2) {
          vocabulary.add(token.substring(core[0], core[1]));
        }
      }
    }
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : lines) {
      if (line.isBlank()) {
        if (paragraph.length() > 0) {
          paragraphs.add(paragraph.toString());
          paragraph.setLength(0);
        }
        continue;
      }
      if (paragraph.length() > 0) {
        paragraph.append('\n');
      }
      paragraph.append(edit(line, vocabulary, rng));
    }
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
    }
    List<String> out = new ArrayList<>();
    out.add(HEADER);
    int middle = (paragraphs.size() + 1) / 2;
    for (int p = 0; p < paragraphs.size(); p++) {
      out.add(paragraphs.get(p));
      if (p + 1 == middle && !otherTitle.isBlank()) {
        out.add(READ_ALSO + otherTitle.strip());
      }
    }
    out.add(SHARE);
    out.add(COPYRIGHT);
    return Sibling.of(doc.id(), String.join("\n\n", out) + "\n");
  }

  private static String edit(String line, List<String> vocabulary, Rng rng) {
    List<String> out = new ArrayList<>();
    for (String token : line.trim().split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      int[] core = core(token);
      if (core == null || vocabulary.isEmpty() || rng.nextDouble() >= WORD_CHANGE_RATE) {
        out.add(token);
        continue;
      }
      int op = rng.nextInt(3);
      String other = vocabulary.get(rng.nextInt(vocabulary.size()));
      if (op == 1 && core[0] == 0 && core[1] == token.length()) {
        continue; // dropped
      }
      if (op == 2) {
        out.add(token);
        out.add(other);
      } else {
        out.add(token.substring(0, core[0]) + other + token.substring(core[1]));
      }
    }
    return String.join(" ", out);
  }

  /** [first, last + 1) of the token's letters and digits, or null when it has no letter. */
  private static int[] core(String token) {
    int first = -1;
    int last = -1;
    boolean letter = false;
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (UCharacter.isLetterOrDigit(cp) || WordSpans.isMark(cp) && first >= 0) {
        if (first < 0) {
          first = i;
        }
        last = next;
        letter |= UCharacter.isLetter(cp);
      }
      i = next;
    }
    return letter ? new int[] {first, last} : null;
  }
}
