package io.github.restore4j.restore;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.index.PoolIndex;
import io.github.restore4j.normalize.Step;
import io.github.restore4j.normalize.TextNormalizer;
import io.github.restore4j.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * }</pre>
 *
 * <p>How: the kind of degradation is detected from the degraded text (diacritics present?
 * digits kept?), which chooses the {@link Folding} both sides are keyed with. Each line is cut into
 * pieces and segments of at most 64 pieces; the pool index proposes windows, a DP verifies them
 * (pieces joined by the degradation match the clean pieces they came from); a line of more than
 * {@link LongLineAligner#MIN_PIECES} pieces (a transcript, a page) is aligned as one sequence by
 * {@link LongLineAligner} instead, in time linear in its length; among equally good
 * places the one continuing the neighbouring lines wins; ties that remain restore only what they
 * agree on. Lines are aligned and rendered in parallel when {@link RestoreOptions#parallelism()}
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

  private final RestoreOptions options;

  private Restorer(RestoreOptions options) {
    this.options = options;
  }

  public static Restorer create(RestoreOptions options) {
    return new Restorer(Objects.requireNonNull(options, "options"));
  }

  public RestoreOptions options() {
    return options;
  }

  /**
   * Restores {@code degraded} against {@code siblings}.
   *
   * @throws NullPointerException  if an argument or a sibling is null
   * @throws InvalidInputException if the degraded text holds binary data (NUL characters) or a line
   *                               longer than {@link RestoreOptions#maxLineLength()}
   */
  public Restoration restore(String degraded, List<Sibling> siblings) {
    Objects.requireNonNull(degraded, "degraded");
    return restore(degraded, SiblingPool.of(siblings));
  }

  /**
   * Restores {@code degraded} against a prepared pool (its index is built on first use and reused).
   *
   * @throws NullPointerException  if an argument is null
   * @throws InvalidInputException as {@link #restore(String, List)}
   */
  public Restoration restore(String degraded, SiblingPool pool) {
    Objects.requireNonNull(degraded, "degraded");
    Objects.requireNonNull(pool, "pool");
    if (degraded.indexOf('\0') >= 0) {
      throw new InvalidInputException("degraded text: binary data, not text");
    }
    String text = UNICODE_ONLY.normalize(degraded);
    List<String> rawLines = splitLines(text);
    DegradedProfile profile = DegradedProfile.detect(text);
    Folding folding = profile.folding();
    PoolIndex index = pool.index(folding);
    int lineCount = rawLines.size();
    LinePlan[] lines = new LinePlan[lineCount];
    for (int i = 0; i < lineCount; i++) {
      lines[i] = new LinePlan(i, rawLines.get(i), folding, index.vocabulary());
    }
    List<Segment> segments = segments(lines);

    // 1. candidates per segment, in parallel; a segment that sits in several places splits in parts
    List<List<Part>> perSegment = parallel(segments.size(), () -> {
      WindowAligner window = new WindowAligner(pool, index, folding);
      SegmentAligner aligner = new SegmentAligner(pool, index, profile, window);
      LongLineAligner longLines = new LongLineAligner(pool, index, window, aligner);
      return s -> {
        Segment seg = segments.get(s);
        LinePlan line = lines[seg.line()];
        return seg.len() > WindowAligner.MAX_SEGMENT ? longLines.align(line) : aligner.align(seg, line);
      };
    });
    List<Part> parts = new ArrayList<>();
    perSegment.forEach(parts::addAll);

    // 2. places the lookups missed right after the previous part's; choose among ties by context
    List<List<Alignment>> candidates = new ArrayList<>(parts.size());
    for (Part p : parts) {
      candidates.add(p.candidates());
    }
    // probes only add places that continue a neighbour: the copy keeps its order after them too
    boolean ordered = ContextResolver.keepsOrder(candidates);
    if (ordered) {
      ContinuationProbe.extend(parts, candidates, lines,
          new SegmentAligner(pool, index, profile, new WindowAligner(pool, index, folding)), index);
    }
    List<List<Alignment>> chosen = ContextResolver.resolve(candidates, ordered);

    // 3. render per line, in parallel
    int[] firstPart = new int[lineCount + 1];
    java.util.Arrays.fill(firstPart, -1);
    for (int s = parts.size() - 1; s >= 0; s--) {
      firstPart[parts.get(s).line()] = s;
    }
    Locale caseLocale = options.language().orElse(Locale.ROOT);
    boolean toneArtifact = ToneEvidence.artifactLikely(parts, chosen, lines, pool, index, folding);
    LineRenderer renderer = new LineRenderer(pool, index, folding, toneArtifact, caseLocale);
    LineRenderer.Counts[] counts = new LineRenderer.Counts[lineCount];
    List<RestoredLine> restored = parallel(lineCount, () -> l -> {
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
      return renderer.render(line, maps, ambiguous, counts[l]);
    });

    List<RestoreStats.LineCounts> lineCounts = new ArrayList<>(lineCount);
    int ambiguousLines = 0;
    for (LineRenderer.Counts c : counts) {
      lineCounts.add(c.freeze());
      if (c.ambiguous) {
        ambiguousLines++;
      }
    }
    StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
    for (int i = 0; i < lineCount; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(restored.get(i).output());
    }
    if (text.endsWith("\n")) {
      out.append('\n');
    }
    return new Restoration(out.toString(), restored, RestoreStats.sum(restored, lineCounts, ambiguousLines));
  }

  private List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int max = options.maxLineLength();
    int start = 0;
    int n = text.length();
    while (start < n) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      if (stop - start > max) {
        throw new InvalidInputException("degraded text: line " + (lines.size() + 1) + " is longer than "
            + max + " characters");
      }
      lines.add(text.substring(start, stop));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return lines;
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

  private <T> List<T> parallel(int count, WorkerFactory<T> factory) {
    List<T> results = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      results.add(null);
    }
    int threads = Math.min(options.parallelism(), Math.max(1, count / 16));
    if (threads <= 1) {
      IntFunction<T> worker = factory.create();
      for (int i = 0; i < count; i++) {
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
    try {
      List<CompletableFuture<Void>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int from = (int) ((long) count * t / threads);
        int to = (int) ((long) count * (t + 1) / threads);
        futures.add(CompletableFuture.runAsync(() -> {
          IntFunction<T> worker = factory.create();
          for (int i = from; i < to; i++) {
            T r = worker.apply(i);
            synchronized (results) {
              results.set(i, r);
            }
          }
        }, executor));
      }
      CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    } finally {
      if (own != null) {
        own.shutdown();
      }
    }
    synchronized (results) {
      return results;
    }
  }
}
