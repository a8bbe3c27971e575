// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import io.github.restore4j.restore.Restoration;

/**
 * What {@code restore} writes of a restoration: the text, and the files of {@code --provenance},
 * {@code --json} and {@code --report}; one file or a folder of them, rendered the same way.
 */
enum ResultFormat {
  TEXT, PROVENANCE, JSON, REPORT;

  /** The file's content for the input named {@code name} (the report's title). */
  String render(String name, Restoration restoration) {
    return switch (this) {
      case TEXT -> restoration.text();
      case PROVENANCE -> ProvenanceTsv.format(restoration);
      case JSON -> JsonLines.format(restoration);
      case REPORT -> HtmlReport.format(name, restoration);
    };
  }
}
