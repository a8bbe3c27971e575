// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.bench;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import io.github.restore4j.restore.Sibling;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Pieces;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline a user would write without restore4j: fold every sibling's words, pick for a line
 * the sibling sharing the most of its words (an inverted index, so not every sibling is diffed),
 * diff the line's words against that sibling's with java-diff-utils (Myers), and copy the clean
 * text from the first to the last matched word.
 */
final class DiffUtilsBaseline {
  private final List<String> texts = new ArrayList<>();
  private final List<List<String>> words = new ArrayList<>();
  private final List<int[]> starts = new ArrayList<>();
  private final List<int[]> ends = new ArrayList<>();
  private final Map<String, int[]> docsOfWord = new HashMap<>();

  DiffUtilsBaseline(List<Sibling> siblings) {
    Map<String, Set<Integer>> docs = new HashMap<>();
    for (int d = 0; d < siblings.size(); d++) {
      String text = siblings.get(d).text();
      Pieces pieces = Pieces.of(text);
      List<String> keys = new ArrayList<>(pieces.size());
      int[] s = new int[pieces.size()];
      int[] e = new int[pieces.size()];
      for (int i = 0; i < pieces.size(); i++) {
        keys.add(Folding.STRICT.key(text, pieces.start(i), pieces.end(i)));
        s[i] = pieces.start(i);
        e[i] = pieces.end(i);
        docs.computeIfAbsent(keys.get(i), k -> new HashSet<>()).add(d);
      }
      texts.add(text);
      words.add(keys);
      starts.add(s);
      ends.add(e);
    }
    docs.forEach((k, v) -> docsOfWord.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** The line restored from its best sibling's matched span, or the line itself. */
  String restore(String line) {
    List<String> q = new ArrayList<>();
    for (String w : line.split(" ")) {
      q.add(Folding.STRICT.key(w));
    }
    int[] votes = new int[texts.size()];
    int best = -1;
    for (String w : new HashSet<>(q)) {
      for (int d : docsOfWord.getOrDefault(w, new int[0])) {
        if (++votes[d] > (best < 0 ? 0 : votes[best])) {
          best = d;
        }
      }
    }
    if (best < 0) {
      return line;
    }
    Patch<String> patch = DiffUtils.diff(q, words.get(best));
    // matched sibling words: everything outside the deltas' target ranges, walked in order
    int first = -1;
    int last = -1;
    int src = 0;
    int dst = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int gap = delta.getSource().getPosition() - src;
      if (gap > 0) {
        if (first < 0) {
          first = dst;
        }
        last = dst + gap - 1;
      }
      src = delta.getSource().getPosition() + delta.getSource().size();
      dst = delta.getTarget().getPosition() + delta.getTarget().size();
      if (delta.getType() == DeltaType.EQUAL) {
        throw new AssertionError("diff returned an equal delta");
      }
    }
    if (src < q.size()) {
      if (first < 0) {
        first = dst;
      }
      last = dst + q.size() - src - 1;
    }
    if (first < 0) {
      return line;
    }
    return texts.get(best).substring(starts.get(best)[first], ends.get(best)[last]);
  }
}
