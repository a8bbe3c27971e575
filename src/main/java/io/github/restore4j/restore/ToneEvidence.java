// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.index.PoolIndex;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Pieces;
import io.github.restore4j.text.ToneArtifact;
import java.util.List;

/**
 * Which lines of a copy follow the seed copies' tone artifact ({@link ToneArtifact}: {@code "nói."}
 * → {@code "noí"}, Czech {@code "problémy,"} → {@code "problemý"}), decided from the aligned words in
 * any language: where a clean word that the artifact would change is followed by punctuation, the
 * copy shows either the artifact or the clean placement, a vote either way.
 *
 * <p>A line whose own votes are decisive follows them: it does not follow the artifact when at
 * least two plain votes outnumber its artifact votes, and follows it on any artifact vote otherwise.
 * A line without decisive votes (none, or a lone plain one) takes the verdict of the voted lines around it (the nearest before and after) when they
 * agree, else the copy's: its votes summed, and with no vote anywhere the artifact, which only
 * withholds punctuation after such words and so can never make an output that degrades to
 * something else. A copy made of lines of several degradations (some with the artifact, some
 * without) is so judged line by line.
 *
 * <pre>{@code
 * ToneEvidence e = ToneEvidence.of(parts, chosen, lines, keyings);
 * e.follows(3)   // true where line 3 shows "noí" for the sibling's "nói."
 * }</pre>
 *
 * Immutable.
 */
final class ToneEvidence {
  /** Plain votes that decide a line with no artifact vote on their own. */
  private static final int PLAIN_VOTES = 2;

  private final boolean[] follows;

  private ToneEvidence(boolean[] follows) {
    this.follows = follows;
  }

  /** Whether line {@code line} follows the artifact: its placements are evidence of punctuation. */
  boolean follows(int line) {
    return follows[line];
  }

  /** The verdict for every line, from the first chosen place of each part. */
  static ToneEvidence of(List<Part> parts, List<List<Alignment>> chosen, LinePlan[] lines, Keyings keyings) {
    int n = lines.length;
    int[] artifact = new int[n];
    int[] plain = new int[n];
    for (int s = 0; s < parts.size(); s++) {
      List<Alignment> c = chosen.get(s);
      Folding folding = lines[parts.get(s).line()].folding();
      if (!c.isEmpty() && !folding.stripsMarks()) { // a line without marks is no evidence
        vote(parts.get(s), c.get(0), lines, keyings.pool(), keyings.index(folding), artifact, plain);
      }
    }
    int artifactVotes = 0;
    int plainVotes = 0;
    for (int l = 0; l < n; l++) {
      artifactVotes += artifact[l];
      plainVotes += plain[l];
    }
    boolean copy = verdict(artifactVotes, plainVotes);
    boolean[] follows = new boolean[n];
    // nearest voted line before each line, then walk back for the nearest after
    int[] before = new int[n];
    int last = -1;
    for (int l = 0; l < n; l++) {
      before[l] = last;
      if (decisive(artifact[l], plain[l])) {
        last = l;
      }
    }
    int after = -1;
    for (int l = n - 1; l >= 0; l--) {
      if (decisive(artifact[l], plain[l])) {
        follows[l] = follows(artifact[l], plain[l]);
        after = l;
        continue;
      }
      int b = before[l];
      if (b >= 0 && after >= 0 && follows(artifact[b], plain[b]) == follows(artifact[after], plain[after])) {
        follows[l] = follows(artifact[b], plain[b]);
      } else {
        follows[l] = copy;
      }
    }
    return new ToneEvidence(follows);
  }

  /**
   * Whether a line's own votes decide it: any artifact vote (the artifact's placement does not
   * happen by chance), or {@value #PLAIN_VOTES} plain votes and none for the artifact. One plain vote
   * is not enough: the place it was read from may have punctuation the copy's source did not (a
   * near-quote in another document), and a line wrongly judged plain gets punctuation after a word
   * whose clean placement then degrades to something else; judged to follow, it only withholds it.
   */
  private static boolean decisive(int artifact, int plain) {
    return artifact > 0 || plain >= PLAIN_VOTES;
  }

  /** The verdict of decisive votes: plain only by at least {@value #PLAIN_VOTES} and a majority. */
  private static boolean follows(int artifact, int plain) {
    return !(plain >= PLAIN_VOTES && plain > artifact);
  }

  private static boolean verdict(int artifact, int plain) {
    return artifact > 0 ? artifact >= plain : plain == 0;
  }

  /** Adds the votes of one part's place to its line's tallies. */
  private static void vote(Part part, Alignment a, LinePlan[] lines, SiblingPool pool, PoolIndex index,
      int[] artifact, int[] plain) {
    LinePlan line = lines[part.line()];
    String text = pool.text(a.doc);
    for (int i = 0; i < a.kind.length; i++) {
      if (a.kind[i] != MatchKind.EXACT) {
        continue;
      }
      int end = index.pieceEnd(a.to[i]);
      if (end >= text.length()) {
        continue;
      }
      int cp = text.codePointAt(end);
      if (Pieces.isWordChar(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        continue;
      }
      String clean = text.substring(index.pieceStart(a.from[i]), end);
      String artifacted = ToneArtifact.apply(clean, new String(Character.toChars(cp)));
      if (artifacted.equals(clean)) {
        continue; // the artifact does not touch this word (most words: no signature needed)
      }
      String cleanSignature = WordForms.markSignature(clean);
      String artifactSignature = WordForms.markSignature(artifacted);
      if (artifactSignature.equals(cleanSignature)) {
        continue; // the artifact does not touch this word
      }
      String deg = line.markSignature(part.from() + i);
      if (deg.equals(artifactSignature)) {
        artifact[part.line()]++;
      } else if (deg.equals(cleanSignature)) {
        plain[part.line()]++;
      }
    }
  }
}
