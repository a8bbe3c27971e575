/*
 * C reference of restore4j's one-word Myers/Hyyrö infix search (findBest), to calibrate the Java
 * kernel on the same machine: same recurrence, dense Peq indexed by token id, Zipf(1.0) text over a
 * 50k vocabulary, a 40-token line. Prints text tokens per second of the best of several rounds.
 *
 * Build and run: ./run.sh  (gcc -O2)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static uint64_t rng = 0x5EED2026u;
static double next_double(void) {
  rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
  return (rng >> 11) * (1.0 / 9007199254740992.0);
}

static int zipf(const double *cum, int n) {
  double u = next_double() * cum[n - 1];
  int lo = 0, hi = n - 1;
  while (lo < hi) { int mid = (lo + hi) / 2; if (cum[mid] < u) lo = mid + 1; else hi = mid; }
  return lo;
}

/* Packed (cost << 32 | end) of the smallest cost and its first end, as InfixAligner.findBest. */
static uint64_t find_best(const uint64_t *peq, int m, const int32_t *text, int n) {
  uint64_t pv = ~0ull, mv = 0;
  const int last = m - 1;
  int score = m, best = m, best_end = 0;
  for (int j = 0; j < n; j++) {
    const uint64_t eq = peq[text[j]];
    const uint64_t xv = eq | mv;
    const uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
    const uint64_t ph = mv | ~(xh | pv);
    const uint64_t mh = pv & xh;
    score += (int) ((ph >> last) & 1) - (int) ((mh >> last) & 1);
    const uint64_t phs = ph << 1;
    pv = (mh << 1) | ~(xv | phs);
    mv = phs & xv;
    if (score < best) { best = score; best_end = j + 1; }
  }
  return ((uint64_t) best << 32) | (uint32_t) best_end;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  const int vocabulary = 50000, m = 40;
  const int n = argc > 1 ? atoi(argv[1]) : 100000;
  double *cum = malloc(sizeof(double) * vocabulary);
  double sum = 0;
  for (int i = 0; i < vocabulary; i++) { sum += 1.0 / (i + 1); cum[i] = sum; }
  int32_t line[40];
  for (int i = 0; i < m; i++) line[i] = zipf(cum, vocabulary);
  int32_t *text = malloc(sizeof(int32_t) * n);
  for (int i = 0; i < n; i++) text[i] = zipf(cum, vocabulary);
  for (int i = 0; i < m && n / 2 + i < n; i++) text[n / 2 + i] = line[i]; /* planted copy */
  text[n / 2 + 7] = 3;
  uint64_t *peq = calloc(vocabulary, sizeof(uint64_t));
  for (int i = 0; i < m; i++) peq[line[i]] |= 1ull << i;

  double best_rate = 0;
  uint64_t sink = 0;
  const long rounds_tokens = 200000000L;
  for (int round = 0; round < 5; round++) {
    const int reps = (int) (rounds_tokens / n) + 1;
    const double t0 = now();
    for (int r = 0; r < reps; r++) {
      sink += find_best(peq, m, text, n);
      __asm__ volatile("" ::: "memory");
    }
    const double rate = (double) reps * n / (now() - t0);
    if (rate > best_rate) best_rate = rate;
    printf("round %d: %.1f M tokens/s\n", round, rate / 1e6);
  }
  printf("n=%d best: %.1f M tokens/s (hit cost %u end %u, sink %llu)\n", n, best_rate / 1e6,
         (unsigned) (find_best(peq, m, text, n) >> 32), (unsigned) find_best(peq, m, text, n),
         (unsigned long long) sink);
  return 0;
}
