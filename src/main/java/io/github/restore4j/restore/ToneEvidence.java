package io.github.restore4j.restore;

import io.github.restore4j.index.PoolIndex;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Pieces;
import java.util.List;

/**
 * Decides from the aligned words whether a copy follows the seed copies' tone artifact
 * ({@code "nói."} → {@code "noí"}): where a clean word that the artifact would change is followed
 * by punctuation, the copy either shows the artifact or not. Most votes win; with no vote the copy
 * is taken to follow it, which only withholds punctuation after such words and so can never make
 * an output that degrades to something else. Stateless.
 */
final class ToneEvidence {
  private ToneEvidence() {}

  static boolean artifactLikely(List<Part> parts, List<List<Alignment>> chosen, LinePlan[] lines,
      SiblingPool pool, PoolIndex index, Folding folding) {
    if (folding.stripsMarks()) {
      return false;
    }
    int artifact = 0;
    int plain = 0;
    for (int s = 0; s < parts.size(); s++) {
      List<Alignment> c = chosen.get(s);
      if (c.isEmpty()) {
        continue;
      }
      Alignment a = c.get(0);
      Part part = parts.get(s);
      LinePlan line = lines[part.line()];
      String text = pool.text(a.doc);
      for (int i = 0; i < a.kind.length; i++) {
        if (a.kind[i] != Alignment.EXACT) {
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
        String artifacted = LineRenderer.degradeTone(clean, new String(Character.toChars(cp)));
        if (artifacted.equals(clean)) {
          continue; // the artifact does not touch this word (most words: no signature needed)
        }
        String cleanSignature = LineRenderer.markSignature(clean);
        String artifactSignature = LineRenderer.markSignature(artifacted);
        if (artifactSignature.equals(cleanSignature)) {
          continue; // the artifact does not touch this word
        }
        String deg = line.markSignature(part.from() + i);
        if (deg.equals(artifactSignature)) {
          artifact++;
        } else if (deg.equals(cleanSignature)) {
          plain++;
        }
      }
    }
    return artifact > 0 ? artifact >= plain : plain == 0;
  }
}
