// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import java.util.List;
import java.util.Objects;

/**
 * How a corpus took part in a run.
 *
 * <pre>{@code
 * CorpusSummary[name=seeds, language=und, source=testdata/seeds, documents=4, sampled=4,
 *               skipped=[001_112bc054fcd8705d.txt (no form to restore)]]
 * }</pre>
 *
 * @param name      the corpus name
 * @param language  its language tag
 * @param source    where it was read from
 * @param documents documents used (all serve as siblings)
 * @param sampled   of those, documents degraded and restored
 * @param skipped   documents left out as not clean text, each {@code "ID (REASON)"}
 */
public record CorpusSummary(String name, String language, String source, int documents, int sampled, List<String> skipped) {
  public CorpusSummary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(source, "source");
    skipped = List.copyOf(skipped);
    if (sampled < 0 || sampled > documents) {
      throw new IllegalArgumentException("sampled " + sampled + " of " + documents);
    }
  }
}
