package io.github.restore4j.align;

import java.util.Arrays;

/**
 * An optimal alignment of a pattern against a span of a text, as {@link TracebackAligner} fills it:
 * a reusable, mutable holder, so that aligning line after line allocates nothing once it has grown.
 *
 * <pre>{@code
 * // pattern {1, 2, 3} in text {7, 1, 9, 3, 7}
 * alignment.cost()          // 1
 * alignment.textStart()     // 1, textEnd() == 4: the span [1, 4) of the text
 * alignment.textIndexOf(1)  // 2: pattern token 2 substituted by text[2] == 9
 * alignment.op(1)           // SUBSTITUTE
 * }</pre>
 *
 * <p>Not thread-safe; valid until the next {@code align} into it.
 */
public final class TokenAlignment {
  private int cost = -1;
  private int textStart;
  private int textEnd;
  private int patternLength;
  private int opCount;
  private int[] textIndex = new int[16];
  private byte[] ops = new byte[32];

  /** An empty holder; pass it to {@link TracebackAligner#align}. */
  public TokenAlignment() {}

  /** The edit distance of the alignment: the number of steps that are not {@link EditOp#MATCH}. */
  public int cost() {
    checkFilled();
    return cost;
  }

  /** The first text index of the aligned span (absolute in the text array). */
  public int textStart() {
    checkFilled();
    return textStart;
  }

  /** The exclusive end of the aligned span (absolute in the text array). */
  public int textEnd() {
    checkFilled();
    return textEnd;
  }

  /** The number of pattern tokens aligned. */
  public int patternLength() {
    checkFilled();
    return patternLength;
  }

  /**
   * The absolute text index aligned to pattern token {@code pFrom + i} ({@link EditOp#MATCH} or
   * {@link EditOp#SUBSTITUTE}), or -1 if it was deleted.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= i < patternLength()}
   */
  public int textIndexOf(int i) {
    checkFilled();
    if (i < 0 || i >= patternLength) {
      throw new IndexOutOfBoundsException(
          "pattern offset " + i + " not in [0, " + patternLength + ")");
    }
    return textIndex[i];
  }

  /** The number of steps, matches included. */
  public int opCount() {
    checkFilled();
    return opCount;
  }

  /**
   * Step {@code k} of the alignment, in text and pattern order.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= k < opCount()}
   */
  public EditOp op(int k) {
    checkFilled();
    if (k < 0 || k >= opCount) {
      throw new IndexOutOfBoundsException("op " + k + " not in [0, " + opCount + ")");
    }
    return EditOp.of(ops[k]);
  }

  private void checkFilled() {
    if (cost < 0) {
      throw new IllegalStateException("nothing aligned into this holder yet");
    }
  }

  // ---- filling, for TracebackAligner ------------------------------------------------------------

  /** Starts a new alignment of {@code m} pattern tokens with room for {@code maxOps} steps. */
  void reset(int m, int maxOps) {
    if (textIndex.length < m) {
      textIndex = new int[Math.max(m, 2 * textIndex.length)];
    }
    if (ops.length < maxOps) {
      ops = new byte[Math.max(maxOps, 2 * ops.length)];
    }
    Arrays.fill(textIndex, 0, m, -1);
    cost = -1;
    patternLength = m;
    opCount = 0;
  }

  /** Appends a step; {@code i} and {@code t} are the pattern offset and text index it consumes. */
  void append(EditOp op, int i, int t) {
    ops[opCount++] = (byte) op.ordinal();
    if (op == EditOp.MATCH || op == EditOp.SUBSTITUTE) {
      textIndex[i] = t;
    }
  }

  /** The number of steps appended so far, while filling. */
  int steps() {
    return opCount;
  }

  /** Reverses the steps appended so far (for tracebacks that run from the end). */
  void reverseOps() {
    reverseOps(0);
  }

  /** Reverses the steps appended since step {@code first}. */
  void reverseOps(int first) {
    for (int a = first, b = opCount - 1; a < b; a++, b--) {
      final byte x = ops[a];
      ops[a] = ops[b];
      ops[b] = x;
    }
  }

  void finish(int cost, int textStart, int textEnd) {
    assert cost >= 0 && textStart <= textEnd : cost + " " + textStart + " " + textEnd;
    this.cost = cost;
    this.textStart = textStart;
    this.textEnd = textEnd;
  }
}
