package io.github.restore4j.restore;

import java.util.List;
import java.util.Objects;

/**
 * Restores the lost form of a degraded text from clean sibling documents. (Engine in progress.)
 */
public final class Restorer {
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

  public Restoration restore(String degraded, List<Sibling> siblings) {
    Objects.requireNonNull(degraded, "degraded");
    Objects.requireNonNull(siblings, "siblings");
    throw new UnsupportedOperationException("engine not yet landed");
  }
}
