// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restore4j.InvalidInputException;
import io.github.restore4j.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Many documents against one pool: each as if alone, a bad one set aside, one progress over all. */
final class RestoreAllTest {
  private static final SiblingPool POOL = SiblingPool.of(Seeds.cleanSeeds());
  private static final String VI = Seeds.read(Seeds.VI_DEGRADED);

  @Test
  void restoreAll_documents_eachRestoredAsAloneInTheGivenOrder() {
    Restorer restorer = Restorer.create(RestoreOptions.builder().parallelism(2).build());
    List<String> lines = VI.lines().toList();
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("z-first.txt", String.join("\n", lines.subList(10, 22)) + "\n");
    docs.put("a-second.txt", VI);
    docs.put("m-third.txt", lines.get(3));

    BatchRestoration batch = restorer.restoreAll(docs, POOL, ProgressListener.NONE);

    assertThat(batch.allRestored()).isTrue();
    assertThat(batch.restored()).containsOnlyKeys(docs.keySet());
    assertThat(new ArrayList<>(batch.restored().keySet())).containsExactly("z-first.txt", "a-second.txt", "m-third.txt");
    docs.forEach((name, text) ->
        assertThat(batch.restored().get(name).lines()).isEqualTo(restorer.restore(text, POOL).lines()));
  }

  @Test
  void restoreAll_binaryDocumentAmongGoodOnes_failsAloneAndTheOthersAreRestored() {
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("good.txt", VI);
    docs.put("bad.txt", "mỹ nga\0có thể");
    docs.put("long.txt", "x".repeat(1001));
    docs.put("also-good.txt", VI.lines().findFirst().orElseThrow());
    Restorer restorer = Restorer.create(RestoreOptions.builder().maxLineLength(1000).build());

    BatchRestoration batch = restorer.restoreAll(docs, POOL, ProgressListener.NONE);

    assertThat(batch.restored()).containsOnlyKeys("good.txt", "also-good.txt");
    assertThat(batch.failed()).containsOnlyKeys("bad.txt", "long.txt");
    assertThat(batch.failed().get("bad.txt")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("binary data");
    assertThat(batch.allRestored()).isFalse();
    assertThat(batch.restored().get("good.txt").text()).isEqualTo(restorer.restore(VI, POOL).text());
  }

  @Test
  void restoreAll_progress_countsEveryLineOfEveryDocumentOnce() {
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("a", VI);
    docs.put("b", "\n\n");
    docs.put("bad", "\0");
    docs.put("c", (VI + "\n").repeat(3));
    long vi = VI.lines().count();
    long total = vi + 2 + 1 + 3 * vi;
    List<long[]> calls = Collections.synchronizedList(new ArrayList<>());

    Restorer.create(RestoreOptions.builder().parallelism(2).build())
        .restoreAll(docs, POOL, (done, all) -> calls.add(new long[] {done, all}));

    assertThat(calls.get(0)).containsExactly(0, total);
    assertThat(calls.get(calls.size() - 1)).containsExactly(total, total);
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i)[0]).isBetween(calls.get(i - 1)[0], total);
    }
  }

  @Test
  void restoreAll_listenerRefuses_throwsCancellation() {
    Map<String, String> docs = Map.of("a", VI, "b", VI);

    assertThatThrownBy(() -> Restorer.create(RestoreOptions.defaults()).restoreAll(docs, POOL, (d, t) -> false))
        .isInstanceOf(CancellationException.class);
  }

  @Test
  void restoreAll_noDocuments_emptyBatch() {
    BatchRestoration batch = Restorer.create(RestoreOptions.defaults()).restoreAll(Map.of(), POOL, ProgressListener.NONE);

    assertThat(batch.restored()).isEmpty();
    assertThat(batch.failed()).isEmpty();
  }

  @Test
  void batchRestoration_documentBothRestoredAndFailed_isRefused() {
    Restoration r = Restorer.create(RestoreOptions.defaults()).restore("", POOL);

    assertThatThrownBy(() -> new BatchRestoration(Map.of("a", r), Map.of("a", new InvalidInputException("x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a: both restored and failed");
  }
}
