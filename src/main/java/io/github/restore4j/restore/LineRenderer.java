// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.index.PoolIndex;
import io.github.restore4j.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a line's alignments into its restored form, as a row of stages that each hand on a value:
 *
 * <ol>
 *   <li>{@link Drafter}: one draft per equally good choice of places (the clean form of each piece,
 *       the sibling's text between neighbours and at the edges);
 *   <li>{@link SentenceBacking}: the sibling's sentence breaks and sentence capitals only where the
 *       line backs them;
 *   <li>{@link PunctuationBacking}: the sibling's punctuation and numbers only where its sentence is
 *       the line's (not a phrase another sentence shares) and its words were not moved;
 *   <li>{@link TieReconciler}: drafts that disagree keep only what they agree on;
 *   <li>{@link TonePlacement}: placements and punctuation the copy's tone artifact vouches for;
 *   <li>{@link ContentKeeper}: the copy's symbols, emoji and numbers between its pieces stay;
 *   <li>{@link FormGuard}: output whose key differs from the degraded piece's, or that drops the
 *       copy's content ({@link CopyContent}), is never emitted;
 *   <li>{@link ModelFill}, only with a fallback model and only on lines no sibling covers or covers in
 *       part: the uncovered words take the model's form (the guard checks the line again);
 *   <li>{@link ChangeCounter}: what the line changed.
 * </ol>
 *
 * <pre>{@code
 * renderer.render(line, List.of(map), false, counts).output()   // "EU và Nga cũng chưa phản hồi thông tin này."
 * }</pre>
 *
 * Thread-safe (stateless apart from the immutable pool).
 */
final class LineRenderer {
  private final SiblingPool pool;
  private final Drafter drafter;
  private final SentenceBacking backing;
  private final PunctuationBacking punctuation;
  private final TieReconciler reconciler;
  private final TonePlacement placement;
  private final FormGuard guard;

  /**
   * @param tones           which lines follow the tone artifact
   * @param sentencePerLine whether the copy holds one sentence per line ({@link SentenceEvidence})
   */
  LineRenderer(SiblingPool pool, PoolIndex index, Folding folding, ToneEvidence tones, boolean sentencePerLine,
      Locale caseLocale) {
    CaseTransfer casing = new CaseTransfer(caseLocale);
    this.pool = pool;
    this.drafter = new Drafter(pool, index, casing);
    this.backing = new SentenceBacking(pool, index, caseLocale, sentencePerLine);
    this.punctuation = new PunctuationBacking(pool, index);
    this.reconciler = new TieReconciler(casing);
    this.placement = new TonePlacement(folding, tones, caseLocale);
    this.guard = new FormGuard(folding);
  }

  /**
   * What the fallback model needs for one line: the worker's fill stage, the line's degradation,
   * whether its first word starts a sentence, and whether the copy as a whole lost its marks (no line
   * shows one).
   */
  record Fallback(ModelFill fill, DegradedProfile profile, boolean startsSentence, boolean copyLostMarks) {}

  /** The rendered line; unchanged when nothing was aligned or the guard refuses the output. */
  RestoredLine render(LinePlan line, List<PieceMap> choices, boolean ambiguous, Counts counts) {
    return render(line, choices, ambiguous, counts, null);
  }

  /**
   * The rendered line, with the fallback model's forms for the words no sibling covers when
   * {@code fallback} is not null; lines every word of which a sibling covers come out exactly as
   * without it.
   */
  RestoredLine render(LinePlan line, List<PieceMap> choices, boolean ambiguous, Counts counts, Fallback fallback) {
    int m = line.size;
    if (line.text.isBlank()) {
      return new RestoredLine(line.index, line.text, line.text, LineStatus.EMPTY, Optional.empty(), Span.UNTRACKED,
          Set.of(), 0, 0, 1.0);
    }
    if (choices.isEmpty() || m == 0) {
      return uncovered(line, counts, fallback);
    }
    List<Draft> drafts = new ArrayList<>(choices.size());
    for (PieceMap choice : choices) {
      drafts.add(punctuation.back(line, choice, backing.back(line, choice, drafter.draft(line, choice))));
    }
    TieReconciler.Reconciled tie = reconciler.reconcile(line, drafts);
    PieceMap map = choices.get(0);
    Draft placed = ContentKeeper.keep(line, placement.place(line, map, tie.draft()));
    FormGuard.Guarded guarded = guard.guard(line, map, placed);
    Draft draft = guarded.draft();
    String output = draft.assemble();
    if (!guard.accepts(line, output)) {
      counts.guardFallbacks += m;
      return uncovered(line, counts, fallback);
    }
    counts.guardFallbacks += guarded.fallbacks() + guarded.separatorFallbacks();
    int aligned = 0;
    double weight = 0;
    for (int i = 0; i < m; i++) {
      MatchKind k = map.kind[i];
      if (k.matchedByForm()) {
        aligned++;
      }
      weight += k.weight();
    }
    aligned = Math.max(0, aligned - guarded.fallbacks());
    LineStatus status = aligned == 0 ? LineStatus.UNCHANGED
        : aligned == m ? LineStatus.RESTORED : LineStatus.PARTIAL;
    List<ModeledWord> modeled = List.of();
    if (status == LineStatus.PARTIAL && fallback != null) {
      ModelFill.Filled filled = fallback.fill().fill(line, draft, map, fallback);
      if (filled != null) {
        String withModel = filled.draft().assemble();
        if (guard.accepts(line, withModel)) {
          draft = filled.draft();
          output = withModel;
          modeled = filled.words();
        }
      }
    }
    ChangeCounter.LineChanges changes = ChangeCounter.count(line, map, draft);
    counts.add(changes);
    if (status == LineStatus.UNCHANGED) {
      return uncovered(line, counts, fallback);
    }
    double confidence = weight / m;
    if (ambiguous && tie.disagreed()) {
      confidence *= 0.5;
      counts.ambiguous = true;
    }
    Span span = draft.spanStart >= 0 ? pool.sourceSpan(draft.doc, draft.spanStart, draft.spanEnd)
        : Span.UNTRACKED;
    Optional<String> id = draft.doc >= 0 ? Optional.of(pool.id(draft.doc)) : Optional.empty();
    return new RestoredLine(line.index, line.text, output, status, id, span, changes.kinds(), m, aligned,
        Math.min(1.0, Math.max(0.0, confidence)), modeled);
  }

  /**
   * A line no sibling covers: unchanged, or with the fallback model's forms
   * ({@link LineStatus#MODELED}).
   */
  private RestoredLine uncovered(LinePlan line, Counts counts, Fallback fallback) {
    if (fallback == null || line.size == 0) {
      return unchanged(line);
    }
    Draft copy = new Draft(line.size);
    for (int i = 0; i < line.size; i++) {
      copy.piece[i] = line.piece(i);
      copy.sep[i] = line.separator(i);
    }
    copy.sep[line.size] = line.separator(line.size);
    ModelFill.Filled filled = fallback.fill().fill(line, copy, null, fallback);
    if (filled == null) {
      return unchanged(line);
    }
    String output = filled.draft().assemble();
    if (!guard.accepts(line, output)) {
      return unchanged(line);
    }
    ChangeCounter.LineChanges changes = ChangeCounter.count(line, new PieceMap(line.size), filled.draft());
    counts.add(changes);
    return new RestoredLine(line.index, line.text, output, LineStatus.MODELED, Optional.empty(), Span.UNTRACKED,
        changes.kinds(), line.size, 0, 0.0, filled.words());
  }

  private static RestoredLine unchanged(LinePlan line) {
    return new RestoredLine(line.index, line.text, line.text, LineStatus.UNCHANGED, Optional.empty(), Span.UNTRACKED,
        Set.of(), line.size, 0, 0.0);
  }

  /** Mutable per-line counters. */
  static final class Counts {
    int caseChanges;
    int markChanges;
    int punctuation;
    int numbers;
    int guardFallbacks;
    boolean ambiguous;

    void add(ChangeCounter.LineChanges changes) {
      caseChanges += changes.caseChanges();
      markChanges += changes.markChanges();
      punctuation += changes.punctuation();
      numbers += changes.numbers();
    }

    RestoreStats.LineCounts freeze() {
      return new RestoreStats.LineCounts(caseChanges, markChanges, punctuation, numbers, guardFallbacks);
    }
  }
}
