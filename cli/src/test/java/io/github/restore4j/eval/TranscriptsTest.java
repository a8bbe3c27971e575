// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.restore.RestoreOptions;
import io.github.restore4j.restore.Restorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TranscriptsTest {
  static final String COPY = "WELL THE UH RESULTS ARE IN SO THANK YOU ALL FOR JOINING";
  static final String REFERENCE = "Well, the results, I think, are in. So thank you all for joining.";

  @TempDir
  Path dir;

  @Test
  void sequenceBaseline_copiesCaseAndFollowingMarksOfMatchedWords() {
    SequenceBaseline.Result r = SequenceBaseline.restore(COPY, REFERENCE);

    assertThat(r.output()).isEqualTo("Well, the uh results, are in. So thank you all for joining.");
    assertThat(r.aligned()).isEqualTo(11);
  }

  @Test
  void sequenceBaseline_openingQuoteAndLoneDash_stayWithTheirWords() {
    SequenceBaseline.Result r = SequenceBaseline.restore("HE SAID THANKS US SALES", "He said – \"Thanks\", U.S. sales");

    assertThat(r.output()).isEqualTo("He said – \"Thanks\", US. sales");
  }

  @Test
  void run_syntheticPair_reportsBothSystemsPerCallAndInTotal() throws IOException {
    Files.writeString(dir.resolve("call1.asr.txt"), COPY + "\n");
    Files.writeString(dir.resolve("call1.ref.txt"), REFERENCE + "\n");
    Files.writeString(dir.resolve("README.md"), "not a pair\n");
    List<String> progress = new ArrayList<>();

    TranscriptReport r = Transcripts.run(dir, Restorer.create(RestoreOptions.builder().build()), progress::add);

    assertThat(r.calls()).extracting(TranscriptReport.Call::id).containsExactly("call1");
    TranscriptReport.Call c = r.calls().get(0);
    assertThat(c.baseline().words()).isEqualTo(12);
    assertThat(c.baseline().matched()).isEqualTo(11);
    assertThat(c.baseline().caseAccuracy()).isEqualTo(1.0);
    assertThat(c.baselineFaithful()).isTrue();
    assertThat(c.restore4j().words()).isPositive();
    assertThat(r.total().baseline()).isEqualTo(c.baseline());
    assertThat(progress).hasSize(1);
    assertThat(r.toMarkdown()).contains("| call1 | ", "| total | ");
    assertThat(r.toJson()).contains("\"id\": \"call1\"", "\"total\":");
  }

  @Test
  void run_copyWithoutReference_isAnError() throws IOException {
    Files.writeString(dir.resolve("x.asr.txt"), COPY);

    assertThatThrownBy(() -> Transcripts.run(dir, Restorer.create(RestoreOptions.builder().build()), l -> {}))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no x.ref.txt");
  }

  @Test
  void sameWords_restoredHyphenKeepsWords_digitsDoNot() {
    assertThat(Transcripts.sameWords("FORWARD LOOKING STATEMENTS", "forward-looking statements.")).isTrue();
    assertThat(Transcripts.sameWords("US SALES", "U.S. sales")).isTrue();
    assertThat(Transcripts.sameWords("IN TWENTY TWENTY", "in 2020")).isFalse();
    assertThat(Transcripts.sameWords("IN TWENTY TWENTY", "in twenty twenty (2020)")).isFalse();
  }
}
