// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.restore4j.restore.ChangeKind;
import io.github.restore4j.restore.Restoration;
import io.github.restore4j.restore.RestoredLine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A restoration as JSON Lines (one JSON object per line of text, {@code \n} after each), for
 * programs: {@code restore --json FILE}.
 *
 * <pre>{@code
 * {"line":1,"input":"mỹ nga có thể","output":"Mỹ, Nga có thể","status":"RESTORED","sibling":"004.txt","span":{"start":0,"end":14},"changes":["CASE","PUNCTUATION"],"words":4,"wordsAligned":4,"confidence":1.0}
 * {"line":7,"input":"","output":"","status":"EMPTY","sibling":null,"span":null,"changes":[],"words":0,"wordsAligned":0,"confidence":0.0}
 * }</pre>
 *
 * <p>{@code line} is 1-based; {@code span} holds the UTF-16 offsets of the clean span in the
 * sibling, half-open, or is {@code null} when untracked, as {@code sibling} is when no sibling was
 * used; {@code changes} lists {@link ChangeKind} names in declaration order; {@code confidence} is
 * rounded to three decimals. Strings are escaped as JSON requires (Jackson); non-ASCII text is
 * written as UTF-8, not escaped. Stateless and thread-safe.
 */
final class JsonLines {
  private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

  private JsonLines() {}

  static String format(Restoration restoration) {
    StringWriter out = new StringWriter(160 * (restoration.lines().size() + 1));
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setRootValueSeparator(null); // each object ends with its own line break, written below
      for (RestoredLine line : restoration.lines()) {
        json.writeStartObject();
        json.writeNumberField("line", line.index() + 1);
        json.writeStringField("input", line.input());
        json.writeStringField("output", line.output());
        json.writeStringField("status", line.status().name());
        json.writeStringField("sibling", line.siblingId().orElse(null));
        if (line.span().isTracked()) {
          json.writeObjectFieldStart("span");
          json.writeNumberField("start", line.span().start());
          json.writeNumberField("end", line.span().end());
          json.writeEndObject();
        } else {
          json.writeNullField("span");
        }
        json.writeArrayFieldStart("changes");
        for (ChangeKind kind : ChangeKind.values()) {
          if (line.changes().contains(kind)) {
            json.writeString(kind.name());
          }
        }
        json.writeEndArray();
        json.writeNumberField("words", line.words());
        json.writeNumberField("wordsAligned", line.wordsAligned());
        json.writeNumberField("confidence",
            BigDecimal.valueOf(line.confidence()).setScale(3, RoundingMode.HALF_UP).doubleValue());
        json.writeEndObject();
        json.flush();
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }
}
