package io.github.restore4j.align;

/**
 * One step of an alignment of a pattern (a degraded line) against a text (a clean sibling).
 *
 * <pre>{@code
 * pattern: a b   c d
 * text:    a x y c
 * ops:     MATCH SUBSTITUTE INSERT MATCH DELETE   // cost 3
 * }</pre>
 */
public enum EditOp {
  /** A pattern token aligned to an equal text token; costs 0. */
  MATCH,
  /** A pattern token aligned to a different text token; costs 1. */
  SUBSTITUTE,
  /** A text token with no pattern counterpart; costs 1. */
  INSERT,
  /** A pattern token with no text counterpart; costs 1. */
  DELETE;

  private static final EditOp[] VALUES = values();

  static EditOp of(int ordinal) {
    return VALUES[ordinal];
  }

  /** Whether this step consumes a pattern token. */
  public boolean consumesPattern() {
    return this != INSERT;
  }

  /** Whether this step consumes a text token. */
  public boolean consumesText() {
    return this != DELETE;
  }
}
