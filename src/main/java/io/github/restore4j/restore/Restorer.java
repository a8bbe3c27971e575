// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.index.PoolIndex;
import io.github.restore4j.model.DecodeMode;
import io.github.restore4j.model.FormModel;
import io.github.restore4j.normalize.Step;
import io.github.restore4j.normalize.TextNormalizer;
import io.github.restore4j.text.Folding;
import io.github.restore4j.text.Lines;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * Restores the lost form of a degraded text — case, diacritics and tone marks, punctuation,
 * hyphens and apostrophes, deleted numbers — from clean sibling documents, without ever changing
 * its words.
 *
 * <pre>{@code
 * Restorer restorer = Restorer.create(RestoreOptions.defaults());
 * Restoration r = restorer.restore("hội nghị g ở ấn độ", List.of(Sibling.of("004", clean)));
 * r.text();  // "hội nghị G20 ở Ấn Độ," (as the sibling has it)
 * RestoredLine line = r.lines().get(0);
 * clean.substring(line.span().start(), line.span().end());  // where it came from in the sibling
 * }</pre>
 *
 * <p>How: the text is cut into lines at every line break ({@link Lines}); the kind of degradation
 * is detected per line (diacritics present? digits kept? {@link DegradedProfile}), which chooses
 * the {@link Folding} both sides are keyed with for that line. Each line is cut into pieces and
 * segments of at most 64 pieces; the pool index proposes windows, a DP verifies them (pieces joined
 * by the degradation match the clean pieces they came from); a line of more than
 * {@link LongLineAligner#MIN_PIECES} pieces (a transcript, a page) is aligned as one sequence by
 * {@link LongLineAligner} instead, in time linear in its length; a line whose folding was a guess
 * and that does not align cleanly is tried under the other guess; among equally good places the one
 * continuing the neighbouring lines wins where the lines around keep their order; ties that remain
 * restore only what they agree on. Each line is written with its own line separator. Lines are
 * aligned and rendered in parallel when {@link RestoreOptions#parallelism()}
 * allows; the result does not depend on it.
 *
 * <p>Thread-safe and cheap to create; the expensive object is the {@link SiblingPool}: build it once
 * for many degraded texts.
 */
public final class Restorer {
  /**
   * The degraded copy is only brought to NFC without invisible characters: its letters, even
   * misplaced tone marks, are evidence and its words are never changed.
   */
  private static final TextNormalizer UNICODE_ONLY = TextNormalizer.builder()
      .disable(Step.MOJIBAKE).disable(Step.LEGACY_VIETNAMESE).disable(Step.MIXED_SCRIPT)
      .disable(Step.TONES).disable(Step.QUOTES).disable(Step.WHITESPACE).build();

  /**
   * What a line's confidence is multiplied by when a tie among its places was settled by sentence
   * edges alone, with no neighbour in an ordered stretch to decide it.
   */
  static final double GUESS_CONFIDENCE = 0.5;

  private final RestoreOptions options;

  private Restorer(RestoreOptions options) {
    this.options = options;
  }

  /**
   * A restorer with these options.
   *
   * @param options the options, e.g. {@link RestoreOptions#defaults()}
   * @return the restorer (cheap: create one per configuration and share it)
   * @throws NullPointerException if {@code options} is null
   */
  public static Restorer create(RestoreOptions options) {
    return new Restorer(Objects.requireNonNull(options, "options"));
  }

  /**
   * The options this restorer was created with.
   *
   * @return the options
   */
  public RestoreOptions options() {
    return options;
  }

  /**
   * A short description for logs.
   *
   * @return {@code "Restorer{" + options + "}"}
   */
  @Override
  public String toString() {
    return "Restorer{" + options + '}';
  }

  /**
   * Restores {@code degraded} against {@code siblings}, indexing them for this call only (to
   * restore several texts against the same siblings, build a {@link SiblingPool} once).
   *
   * @param degraded the degraded copy, any number of lines
   * @param siblings the clean documents
   * @return the restored text with each line's provenance and the counts
   * @throws NullPointerException  if an argument or a sibling is null
   * @throws IllegalArgumentException if two siblings have the same id ({@link SiblingPool#of})
   * @throws CancellationException if the calling thread is interrupted while restoring (checked
   *                               between segments and between lines); its interrupt status stays set
   * @throws InvalidInputException if the degraded text holds binary data (NUL characters) or a line
   *                               longer than {@link RestoreOptions#maxLineLength()}
   */
  public Restoration restore(String degraded, List<Sibling> siblings) {
    Objects.requireNonNull(degraded, "degraded");
    // the siblings are repaired on the restorer's threads: 800 files were a twentieth of a job
    SiblingPool pool = SiblingPool.of(siblings, (count, body) -> parallel(count, () -> i -> {
      body.accept(i);
      return null;
    }));
    return restore(degraded, pool);
  }

  /**
   * Restores {@code degraded} against a prepared pool (its index is built on first use and reused).
   *
   * @param degraded the degraded copy, any number of lines
   * @param pool     the clean documents, indexed
   * @return the restored text with each line's provenance and the counts
   * @throws NullPointerException  if an argument is null
   * @throws CancellationException as {@link #restore(String, List)}
   * @throws InvalidInputException as {@link #restore(String, List)}
   */
  public Restoration restore(String degraded, SiblingPool pool) {
    return restore(degraded, pool, ProgressListener.NONE);
  }

  /**
   * Restores {@code degraded} against a prepared pool, telling {@code progress} how many lines are
   * done and letting it cancel (see {@link ProgressListener} for when and on which threads it is
   * called).
   *
   * @param degraded the degraded text
   * @param pool     the siblings; its index is built on first use and reused
   * @param progress hears the lines done; {@link ProgressListener#NONE} for none
   * @return the restored text with each line's provenance
   * @throws NullPointerException  if an argument is null
   * @throws CancellationException if {@code progress} returned {@code false}, or as
   *                               {@link #restore(String, List)} on interruption
   * @throws InvalidInputException as {@link #restore(String, List)}
   */
  public Restoration restore(String degraded, SiblingPool pool, ProgressListener progress) {
    Objects.requireNonNull(degraded, "degraded");
    Objects.requireNonNull(pool, "pool");
    ProgressTracker tracker = new ProgressTracker(progress);
    Restoration r = restore(degraded, pool, tracker);
    tracker.finish();
    return r;
  }

  /**
   * Restores many documents against one pool, one after the other (each on
   * {@link RestoreOptions#parallelism()} threads), with one progress over all their lines. A
   * document the engine refuses ({@link InvalidInputException}: binary data, a line too long) is
   * reported in {@link BatchRestoration#failed()} and the others go on; each document is restored as
   * {@link #restore(String, SiblingPool)} would restore it alone.
   *
   * <pre>{@code
   * Map<String, String> docs = new LinkedHashMap<>();
   * docs.put("a.txt", a);
   * docs.put("b.txt", b);
   * BatchRestoration batch = restorer.restoreAll(docs, pool, ProgressListener.NONE);
   * batch.restored().forEach((name, r) -> write(name, r.text()));
   * batch.failed().forEach((name, e) -> log(name + ": " + e.getMessage()));
   * }</pre>
   *
   * @param documents the degraded texts by name, restored in the map's iteration order
   * @param pool      the siblings, indexed once for the whole batch
   * @param progress  hears the lines done over all documents and may cancel the batch;
   *                  {@link ProgressListener#NONE} for none
   * @return each document's restoration or failure, in the order of {@code documents}
   * @throws NullPointerException  if an argument, a name or a text is null
   * @throws CancellationException if {@code progress} returned {@code false} or the calling thread
   *                               was interrupted: no result for any document is returned
   */
  public BatchRestoration restoreAll(Map<String, String> documents, SiblingPool pool, ProgressListener progress) {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(pool, "pool");
    ProgressTracker tracker = new ProgressTracker(progress);
    long[] ends = new long[documents.size()]; // each document's last line, counted over the batch
    long total = 0;
    int d = 0;
    for (Map.Entry<String, String> e : documents.entrySet()) {
      Objects.requireNonNull(e.getKey(), "document name");
      total += Lines.of(Objects.requireNonNull(e.getValue(), e.getKey())).size();
      ends[d++] = total;
    }
    tracker.begin(total);
    Map<String, Restoration> restored = new LinkedHashMap<>();
    Map<String, InvalidInputException> failed = new LinkedHashMap<>();
    d = 0;
    for (Map.Entry<String, String> e : documents.entrySet()) {
      long end = ends[d++];
      try {
        restored.put(e.getKey(), restore(e.getValue(), pool, tracker));
      } catch (InvalidInputException x) {
        failed.put(e.getKey(), x);
      }
      tracker.advanceTo(end);
    }
    tracker.finish();
    return new BatchRestoration(restored, failed);
  }

  /**
   * The restoration proper; counts lines on {@code tracker}, which it begins with this text's line
   * count unless a batch began it already.
   */
  private Restoration restore(String degraded, SiblingPool pool, ProgressTracker tracker) {
    if (degraded.indexOf('\0') >= 0) {
      throw new InvalidInputException("degraded text: binary data, not text");
    }
    String text = UNICODE_ONLY.normalize(degraded);
    List<Lines.Line> split = Lines.of(text);
    if (!degraded.isEmpty() && !Lines.endsWithBreak(degraded) && (text.isEmpty() || Lines.endsWithBreak(text))) {
      // a last line of invisible characters only is empty now, and Lines.of does not count it
      split.add(new Lines.Line("", ""));
    }
    List<String> rawLines = new ArrayList<>(split.size());
    for (Lines.Line line : split) {
      if (line.text().length() > options.maxLineLength()) {
        throw new InvalidInputException("degraded text: line " + (rawLines.size() + 1) + " is longer than "
            + options.maxLineLength() + " characters");
      }
      rawLines.add(line.text());
    }
    long linesBefore = tracker.done();
    if (!tracker.begun()) {
      tracker.begin(rawLines.size());
    }
    // each line is keyed by what it lost; places are compared in the stream of the commonest folding
    DegradedProfile[] profiles = DegradedProfile.detect(rawLines);
    EnumSet<Folding> used = EnumSet.noneOf(Folding.class);
    for (DegradedProfile p : profiles) {
      used.add(p.folding());
    }
    buildIndexes(pool, used);
    Keyings keyings = new Keyings(pool, commonest(profiles));
    int lineCount = rawLines.size();
    for (Folding f : used) {
      keyings.index(f); // fetched here, before the workers share it
    }
    // cutting and keying the lines is a tenth of a job's work: in parallel too
    LinePlan[] lines = parallel(lineCount, () -> i -> {
      Folding f = profiles[i].folding();
      return new LinePlan(i, rawLines.get(i), f, keyings.index(f).vocabulary());
    }).toArray(new LinePlan[0]);
    List<Segment> segments = segments(lines);

    // 1. candidates per segment, in parallel; a segment that sits in several places splits in parts
    List<List<Part>> perSegment = parallel(segments.size(), () -> {
      SegmentAligners aligners = new SegmentAligners(keyings);
      return s -> {
        Segment seg = segments.get(s);
        List<Part> aligned = aligners.align(seg, lines[seg.line()], profiles[seg.line()]);
        if (seg.cutLast()) { // the line's last segment: the line is aligned
          tracker.advance(1);
        }
        return aligned;
      };
    });
    tracker.advanceTo(linesBefore + lineCount); // lines without pieces had no segment
    List<List<Part>> byLine = new ArrayList<>(lineCount);
    for (int i = 0; i < lineCount; i++) {
      byLine.add(new ArrayList<>());
    }
    for (List<Part> ps : perSegment) {
      for (Part p : ps) {
        byLine.get(p.line()).add(p);
      }
    }
    // 1b. a line keyed on a guess that did not align cleanly is tried under the other guess
    retryGuesses(rawLines, profiles, lines, byLine, keyings);
    tracker.check();
    List<Part> parts = new ArrayList<>();
    byLine.forEach(parts::addAll);
    for (Part p : parts) {
      Folding f = lines[p.line()].folding();
      for (Alignment a : p.candidates()) {
        keyings.place(a, f);
      }
    }

    // 2. places the lookups missed right after the previous part's; choose among ties by context
    List<List<Alignment>> candidates = new ArrayList<>(parts.size());
    for (Part p : parts) {
      candidates.add(p.candidates());
    }
    // probes only add places that continue a neighbour: the stretch keeps its order after them too
    boolean[] ordered = ContextResolver.orderedRuns(candidates);
    SegmentAligners probeAligners = new SegmentAligners(keyings);
    ContinuationProbe.extend(parts, candidates, lines, line -> probeAligners.of(profiles[line.index]), keyings,
        ordered);
    ContextResolver.Resolution resolution = ContextResolver.resolve(candidates, ordered);
    List<List<Alignment>> chosen = resolution.chosen();
    boolean[] guessedLine = new boolean[lineCount];
    for (int s = 0; s < parts.size(); s++) {
      guessedLine[parts.get(s).line()] |= resolution.guessed()[s];
    }

    // 3. render per line, in parallel
    int[] firstPart = new int[lineCount + 1];
    java.util.Arrays.fill(firstPart, -1);
    for (int s = parts.size() - 1; s >= 0; s--) {
      firstPart[parts.get(s).line()] = s;
    }
    Locale caseLocale = options.language().orElse(Locale.ROOT);
    ToneEvidence tones = ToneEvidence.of(parts, chosen, lines, keyings);
    boolean sentencePerLine = SentenceEvidence.sentencePerLine(parts, chosen, lines, keyings);
    LineRenderer[] renderers = renderers(lines, keyings, tones, sentencePerLine, caseLocale);
    LineRenderer.Counts[] counts = new LineRenderer.Counts[lineCount];
    FormModel model = options.fallback().orElse(options.fallbackFromPool() ? pool.formModel() : null);
    boolean[] startsSentence = model == null ? null : startsSentence(rawLines, profiles);
    boolean copyLostMarks = model != null && noLineShowsMarks(lines, profiles);
    tracker.check();
    List<RestoredLine> restored = parallel(lineCount, () -> {
      ModelFill fill = model == null ? null
          : new ModelFill(model.decoder(DecodeMode.CONTEXT, options.fallbackMinConfidence()));
      return l -> {
        tracker.check();
        LinePlan line = lines[l];
        counts[l] = new LineRenderer.Counts();
        List<PieceMap> maps = new ArrayList<>();
        boolean ambiguous = false;
        int s0 = firstPart[l];
        if (s0 >= 0) {
          PieceMap base = new PieceMap(line.size);
          boolean any = false;
          int ambiguousSegment = -1;
          for (int s = s0; s < parts.size() && parts.get(s).line() == l; s++) {
            List<Alignment> c = chosen.get(s);
            if (!c.isEmpty()) {
              base.put(parts.get(s).from(), c.get(0));
              any = true;
              if (c.size() > 1 && ambiguousSegment < 0) {
                ambiguousSegment = s;
              }
            }
          }
          if (any) {
            maps.add(base);
            if (ambiguousSegment >= 0) {
              ambiguous = true;
              List<Alignment> c = chosen.get(ambiguousSegment);
              for (int k = 1; k < c.size(); k++) {
                PieceMap alt = base.copy();
                alt.put(parts.get(ambiguousSegment).from(), c.get(k));
                maps.add(alt);
              }
            }
          }
        }
        LineRenderer.Fallback fallback = fill == null ? null
            : new LineRenderer.Fallback(fill, profiles[l], startsSentence[l], copyLostMarks);
        RestoredLine r = renderers[l].render(line, maps, ambiguous, counts[l], fallback);
        // a tie settled without evidence is a guess: the line may be restored from the wrong place
        return guessedLine[l] ? r.withConfidence(r.confidence() * GUESS_CONFIDENCE) : r;
      };
    });

    List<RestoreStats.LineCounts> lineCounts = new ArrayList<>(lineCount);
    int ambiguousLines = 0;
    for (LineRenderer.Counts c : counts) {
      lineCounts.add(c.freeze());
      if (c.ambiguous) {
        ambiguousLines++;
      }
    }
    // each line keeps its own separator (CRLF stays CRLF): separators are the copy's form too
    StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
    for (int i = 0; i < lineCount; i++) {
      out.append(restored.get(i).output()).append(split.get(i).separator());
    }
    return new Restoration(out.toString(), restored, RestoreStats.sum(restored, lineCounts, ambiguousLines));
  }

  /**
   * Whether each line's first word starts a sentence, for the fallback model's capitals: always in
   * a copy without punctuation (its lines are sentences or paragraphs); in one with punctuation,
   * when the line before is blank or ends with {@code . ! ? … :} or a closing quote.
   */
  private static boolean[] startsSentence(List<String> rawLines, DegradedProfile[] profiles) {
    boolean[] starts = new boolean[rawLines.size()];
    for (int l = 0; l < starts.length; l++) {
      if (!profiles[l].punctuation() || l == 0) {
        starts[l] = true;
        continue;
      }
      String prev = rawLines.get(l - 1).strip();
      char last = prev.isEmpty() ? '.' : prev.charAt(prev.length() - 1);
      starts[l] = ".!?…:\"”»'’)".indexOf(last) >= 0;
    }
    return starts;
  }

  /**
   * Whether no line of the copy shows that it kept its marks (no line keyed with marks on its own
   * evidence): only then does the fallback model choose marks. One line with a mark is evidence
   * that the copy kept them, and its lines without one (French words without accents) are as
   * written.
   */
  private static boolean noLineShowsMarks(LinePlan[] lines, DegradedProfile[] profiles) {
    for (int l = 0; l < lines.length; l++) {
      if (lines[l].size > 0 && !profiles[l].folding().stripsMarks() && profiles[l].alternative() == null) {
        return false;
      }
    }
    return true;
  }

  /** The folding most lines are keyed under: the stream places are compared in ({@link Keyings}). */
  private static Folding commonest(DegradedProfile[] profiles) {
    int[] count = new int[Folding.values().length];
    for (DegradedProfile p : profiles) {
      count[p.folding().ordinal()]++;
    }
    Folding best = Folding.STRICT;
    for (Folding f : Folding.values()) {
      if (count[f.ordinal()] > count[best.ordinal()]) {
        best = f;
      }
    }
    return best;
  }

  /**
   * Lines keyed on a guess (no digit or no mark in them, so the folding came from their run or the
   * file, {@link DegradedProfile#alternative()}) whose alignment is not clean are aligned again
   * under the other guess, and take it when more of their pieces match, or as many at a lower
   * cost: a line of a seed copy (digits deleted) in a file that otherwise keeps digits matches
   * {@code "g"} to {@code "G20"} only without digits. Clean lines, most lines of most copies, are
   * aligned once.
   */
  private void retryGuesses(List<String> rawLines, DegradedProfile[] profiles, LinePlan[] lines,
      List<List<Part>> byLine, Keyings keyings) {
    List<Integer> retry = new ArrayList<>();
    EnumSet<Folding> alternatives = EnumSet.noneOf(Folding.class);
    for (int l = 0; l < lines.length; l++) {
      if (profiles[l].alternative() != null && lines[l].size > 0 && !LineFit.of(byLine.get(l), lines[l]).clean()) {
        retry.add(l);
        alternatives.add(profiles[l].alternative());
      }
    }
    if (retry.isEmpty()) {
      return;
    }
    buildIndexes(keyings.pool(), alternatives);
    for (Folding f : alternatives) {
      keyings.index(f); // fetched here, before the workers share it
    }
    List<Retried> again = parallel(retry.size(), () -> {
      SegmentAligners aligners = new SegmentAligners(keyings);
      return k -> {
        int l = retry.get(k);
        DegradedProfile alt = profiles[l].withAlternative();
        LinePlan plan = new LinePlan(l, rawLines.get(l), alt.folding(), keyings.index(alt.folding()).vocabulary());
        List<Part> ps = new ArrayList<>();
        for (Segment seg : segments(new LinePlan[] {plan})) {
          ps.addAll(aligners.align(seg, plan, alt));
        }
        return new Retried(plan, ps);
      };
    });
    for (int k = 0; k < retry.size(); k++) {
      int l = retry.get(k);
      Retried r = again.get(k);
      LineFit retried = LineFit.of(r.parts(), r.plan());
      LineFit first = LineFit.of(byLine.get(l), lines[l]);
      // A folding that strips marks also lets the guard pass words whose marks differ: a line is
      // taken for stripped when that makes it align cleanly, as a stripped line does, or matches
      // clearly more of it; not for one word in a line of typos ("ее" of a typo is not "её" stripped).
      boolean strips = r.plan().folding().stripsMarks() && !lines[l].folding().stripsMarks();
      if (retried.betterThan(first)
          && (!strips || retried.clean() || retried.matched() - first.matched() >= MIN_STRIPPED_GAIN)) {
        profiles[l] = profiles[l].withAlternative();
        lines[l] = r.plan();
        byLine.set(l, r.parts());
      }
    }
  }

  /** Pieces a line that does not align cleanly as stripped must match more to be taken for so. */
  private static final double MIN_STRIPPED_GAIN = 2;

  /** A line keyed again under its other guess, and its parts. */
  private record Retried(LinePlan plan, List<Part> parts) {}

  /**
   * Builds the pool's indexes under {@code foldings} that it does not hold yet, one folding per
   * thread: a copy that mixes degradations (diacritics kept in some lines, stripped in others;
   * digits kept or not) is keyed under two to four foldings, and building their indexes one after
   * the other was the longest stretch of a whole job on one core (issue 12). The indexes do not
   * depend on the order they are built in.
   */
  private void buildIndexes(SiblingPool pool, Set<Folding> foldings) {
    List<Folding> missing = new ArrayList<>();
    for (Folding f : foldings) {
      if (!pool.hasIndex(f)) {
        missing.add(f);
      }
    }
    if (missing.size() > 1) {
      parallel(missing.size(), 1, () -> k -> pool.index(missing.get(k)));
    }
  }

  /** The renderer of each line: one per folding in use (it reads its folding's index). */
  private static LineRenderer[] renderers(LinePlan[] lines, Keyings keyings, ToneEvidence tones,
      boolean sentencePerLine, Locale caseLocale) {
    LineRenderer[] byFolding = new LineRenderer[Folding.values().length];
    LineRenderer[] renderers = new LineRenderer[lines.length];
    for (LinePlan line : lines) {
      Folding f = line.folding();
      if (byFolding[f.ordinal()] == null) {
        byFolding[f.ordinal()] = new LineRenderer(keyings.pool(), keyings.index(f), f, tones, sentencePerLine,
            caseLocale);
      }
      renderers[line.index] = byFolding[f.ordinal()];
    }
    return renderers;
  }

  /**
   * A run of at most {@link WindowAligner#MAX_SEGMENT} pieces of one line, aligned on its own, or a
   * whole line longer than {@link LongLineAligner#MIN_PIECES}, aligned as one sequence.
   */
  record Segment(int line, int from, int len, boolean cutLast) {}

  private static List<Segment> segments(LinePlan[] lines) {
    List<Segment> segments = new ArrayList<>();
    for (LinePlan line : lines) {
      int m = line.size;
      if (m > LongLineAligner.MIN_PIECES) {
        segments.add(new Segment(line.index, 0, m, true));
      } else if (m > 0) {
        cut(line.index, 0, m, true, segments);
      }
    }
    return segments;
  }

  /** Cuts pieces {@code [from, from + m)} of a line into segments of at most 64 pieces, of equal sizes. */
  static void cut(int line, int from, int m, boolean cutLast, List<Segment> out) {
    int parts = (m + WindowAligner.MAX_SEGMENT - 1) / WindowAligner.MAX_SEGMENT;
    int base = m / parts;
    int extra = m % parts;
    for (int p = 0; p < parts; p++) {
      int len = base + (p < extra ? 1 : 0);
      out.add(new Segment(line, from, len, cutLast && p == parts - 1));
      from += len;
    }
  }

  /** Something that maps indexes to results, created once per worker (it owns scratch). */
  private interface WorkerFactory<T> {
    IntFunction<T> create();
  }

  /**
   * {@code factory}'s results for {@code 0 .. count - 1}, on up to {@link RestoreOptions#parallelism()}
   * threads. The calling thread's interruption is honoured between items: the workers stop at their
   * next item and {@link CancellationException} is thrown, with the interrupt status kept set.
   */
  private <T> List<T> parallel(int count, WorkerFactory<T> factory) {
    return parallel(count, MIN_ITEMS_PER_THREAD, factory);
  }

  /** Lines or segments a thread is given at least: fewer are not worth a thread's start. */
  private static final int MIN_ITEMS_PER_THREAD = 16;

  /** As {@link #parallel(int, WorkerFactory)}, each thread given at least {@code grain} items. */
  private <T> List<T> parallel(int count, int grain, WorkerFactory<T> factory) {
    List<T> results = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      results.add(null);
    }
    if (Thread.currentThread().isInterrupted()) {
      throw interrupted();
    }
    int threads = Math.min(options.parallelism(), Math.max(1, count / grain));
    if (threads <= 1) {
      IntFunction<T> worker = factory.create();
      for (int i = 0; i < count; i++) {
        if (i > 0 && Thread.currentThread().isInterrupted()) {
          throw interrupted();
        }
        results.set(i, worker.apply(i));
      }
      return results;
    }
    ExecutorService own = null;
    Executor executor = options.executor().orElse(null);
    if (executor == null) {
      own = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "restore4j-worker");
        t.setDaemon(true);
        return t;
      });
      executor = own;
    }
    AtomicBoolean cancelled = new AtomicBoolean();
    try {
      List<CompletableFuture<Void>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int from = (int) ((long) count * t / threads);
        int to = (int) ((long) count * (t + 1) / threads);
        futures.add(CompletableFuture.runAsync(() -> {
          IntFunction<T> worker = factory.create();
          for (int i = from; i < to && !cancelled.get(); i++) {
            T r = worker.apply(i);
            synchronized (results) {
              results.set(i, r);
            }
          }
        }, executor));
      }
      CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).get();
    } catch (InterruptedException e) {
      cancelled.set(true);
      Thread.currentThread().interrupt();
      throw interrupted();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      if (own != null) {
        own.shutdown();
      }
    }
    synchronized (results) {
      return results;
    }
  }

  private static CancellationException interrupted() {
    return new CancellationException("restore interrupted");
  }
}
