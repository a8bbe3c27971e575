// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the restore4j authors

package io.github.restore4j.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.restore4j.Seeds;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A restoration asked to stop (its thread interrupted) stops between lines and says so. */
final class InterruptionTest {
  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void restore_interruptedThread_throwsCancellationAndKeepsTheInterrupt() {
    Thread.currentThread().interrupt();

    assertThatThrownBy(() -> Restorer.create(RestoreOptions.defaults())
        .restore(Seeds.read(Seeds.VI_DEGRADED), Seeds.cleanSeeds()))
        .isInstanceOf(CancellationException.class);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void restore_interruptedThreadWithWorkers_throwsCancellation() {
    Restorer parallel = Restorer.create(RestoreOptions.builder().parallelism(2).build());
    Thread.currentThread().interrupt();

    assertThatThrownBy(() -> parallel.restore(Seeds.read(Seeds.VI_DEGRADED), Seeds.cleanSeeds()))
        .isInstanceOf(CancellationException.class);
  }

  @Test
  void restore_afterAnInterruptIsCleared_restoresAsBefore() {
    Restorer restorer = Restorer.create(RestoreOptions.defaults());
    String expected = restorer.restore(Seeds.read(Seeds.VI_DEGRADED), Seeds.cleanSeeds()).text();
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> restorer.restore(Seeds.read(Seeds.VI_DEGRADED), Seeds.cleanSeeds()))
        .isInstanceOf(CancellationException.class);
    Thread.interrupted();

    assertThat(restorer.restore(Seeds.read(Seeds.VI_DEGRADED), Seeds.cleanSeeds()).text()).isEqualTo(expected);
  }
}
