// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restore4j.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A progress listener hears lines done from 0 to the total, one call at a time, and may cancel. */
final class ProgressListenerTest {
  private static final SiblingPool POOL = SiblingPool.of(Seeds.cleanSeeds());
  /** The Vietnamese seed copy ten times over: 220 lines, enough for several workers' chunks. */
  private static final String TEXT = Seeds.read(Seeds.VI_DEGRADED).repeat(10);

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void restore_withListener_hearsZeroFirstTotalLastAndNeverLess(int threads) {
    Restorer restorer = Restorer.create(options(threads));
    List<long[]> calls = Collections.synchronizedList(new ArrayList<>());

    Restoration r = restorer.restore(TEXT, POOL, (done, total) -> calls.add(new long[] {done, total}));

    int n = r.lines().size();
    assertThat(calls.get(0)).containsExactly(0, n);
    assertThat(calls.get(calls.size() - 1)).containsExactly(n, n);
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i)[0]).isGreaterThanOrEqualTo(calls.get(i - 1)[0]).isLessThanOrEqualTo(n);
      assertThat(calls.get(i)[1]).isEqualTo(n);
    }
  }

  @Test
  void restore_withListener_sameRestorationAsWithout() {
    Restorer restorer = Restorer.create(options(2));

    Restoration with = restorer.restore(TEXT, POOL, (done, total) -> true);

    assertThat(with.text()).isEqualTo(restorer.restore(TEXT, POOL).text());
    assertThat(with.lines()).isEqualTo(restorer.restore(TEXT, POOL).lines());
  }

  @Test
  void restore_listenerRefusesAtTheStart_throwsCancellationBeforeAnyWork() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(() -> Restorer.create(options(2)).restore(TEXT, POOL, (done, total) -> {
      calls.incrementAndGet();
      return false;
    })).isInstanceOf(CancellationException.class);
    assertThat(calls).hasValue(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void restore_listenerRefusesMidway_throwsCancellationAndHearsNoMore(int threads) {
    // The first call outlasts the interval, so the first line aligned after it calls again.
    AtomicInteger calls = new AtomicInteger();
    AtomicBoolean after = new AtomicBoolean();
    ProgressListener slowThenStop = (done, total) -> {
      if (calls.incrementAndGet() == 1) {
        sleep(2 * ProgressListener.INTERVAL_MILLIS);
        return true;
      }
      if (calls.get() > 2) {
        after.set(true);
      }
      return false;
    };

    assertThatThrownBy(() -> Restorer.create(options(threads)).restore(TEXT, POOL, slowThenStop))
        .isInstanceOf(CancellationException.class)
        .hasMessageContaining("cancelled");
    assertThat(calls).hasValue(2);
    assertThat(after).isFalse();
  }

  @Test
  void restore_slowListenerWithWorkers_isNeverCalledByTwoThreadsAtOnce() {
    AtomicInteger inside = new AtomicInteger();
    AtomicBoolean overlapped = new AtomicBoolean();
    ProgressListener slow = (done, total) -> {
      if (inside.incrementAndGet() > 1) {
        overlapped.set(true);
      }
      sleep(ProgressListener.INTERVAL_MILLIS + 20);
      inside.decrementAndGet();
      return true;
    };

    Restorer.create(options(2)).restore(TEXT.repeat(3), POOL, slow);

    assertThat(overlapped).isFalse();
  }

  @Test
  void restore_listenerThrows_endsWithItsException() {
    assertThatThrownBy(() -> Restorer.create(options(1)).restore(TEXT, POOL, (done, total) -> {
      throw new IllegalStateException("listener broke");
    })).isInstanceOf(IllegalStateException.class).hasMessage("listener broke");
  }

  @Test
  void restore_nullListener_throwsNpe() {
    assertThatThrownBy(() -> Restorer.create(options(1)).restore(TEXT, POOL, null))
        .isInstanceOf(NullPointerException.class);
  }

  static RestoreOptions options(int threads) {
    return RestoreOptions.builder().parallelism(threads).build();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
