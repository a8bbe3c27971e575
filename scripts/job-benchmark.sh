#!/usr/bin/env bash
# The whole CLI job as a user runs it, timed beside its floor in the same run (issue 12).
#
#   job:   java -jar JAR restore --degraded target/job/degraded.txt --sibling … --out target/job/out.txt
#          (a fresh JVM each time: start, reading, pool repair, index builds, alignment, rendering, writing)
#   floor: java -cp benchmarks.jar …JobFloor the same files (a fresh JVM too: read, NFC, split into
#          lines and pieces, fold and intern every word with restore4j's own classes)
#
# Input: 20,000 shuffled lines of the Vietnamese texts (SHARED/corpora/eval/vi, 20 articles, and
# testdata/corpora/vi-binhvq-sentences.txt), each degraded one of the five ways of the `mixed` eval
# profile (JobWorkload); pool: the 14 corpora of the README's Accuracy command (the Vietnamese
# originals among 800 documents of ten languages, 4.6 M chars). Deterministic.
#
# Usage (from the project root, after the README's first command and the benchmarks module's package):
#   scripts/job-benchmark.sh                          # 3 repetitions of floor and job, interleaved
#   REPS=5 BASE_JAR=/path/to/other-cli.jar scripts/job-benchmark.sh   # also time another build, same run
#   JOB_ARGS="--threads 1" …                          # more arguments for restore (job and base)
#   JAVA_FLAGS="-XX:TieredStopAtLevel=1" …            # JVM flags for every run (floor, job and base)
#   PROFILE=target/job/job.jfr …                      # then one more job under JFR, and its hottest frames
# Prints per repetition and the medians: seconds, peak RSS (/usr/bin/time -v's maximum resident set),
# the ratio job / floor, lines/s; and whether every job wrote the same output.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-cli/target/restore4j-cli.jar}
BENCH=${BENCH:-benchmarks/target/benchmarks.jar}
SHARED=${SHARED:-$( [ -d ../shared ] && echo ../shared || echo /work/shared )}
REPS=${REPS:-3}
LINES=${LINES:-20000}
JOB_ARGS=${JOB_ARGS:-}
JAVA_FLAGS=${JAVA_FLAGS:-}
OUT=target/job
mkdir -p "$OUT"
for f in "$JAR" "$BENCH" ${BASE_JAR:+"$BASE_JAR"}; do
  [ -f "$f" ] || { echo "job-benchmark: $f is missing (build it first)" >&2; exit 2; }
done
E=$SHARED/corpora/eval
POOL=("$E/vi" testdata/corpora/vi-binhvq-sentences.txt testdata/corpora/uk-uagec testdata/corpora/ru-factrueval
      testdata/seeds "$E/uk" "$E/ru" "$E/en" "$E/fr" "$E/de" "$E/cs" "$E/ro" "$E/pl" "$E/tr")
SIB=()
for p in "${POOL[@]}"; do SIB+=(--sibling "$p"); done
DEGRADED=$OUT/degraded.txt
java -cp "$BENCH" io.github.restore4j.bench.JobWorkload "$DEGRADED" "$LINES" "$E/vi" \
  testdata/corpora/vi-binhvq-sentences.txt
echo "input: $(wc -l < "$DEGRADED") lines, $(wc -c < "$DEGRADED") bytes, md5 $(md5sum < "$DEGRADED" | cut -c1-12);" \
  "$(nproc) processors; JVM flags: ${JAVA_FLAGS:-none}; load $(cut -d' ' -f1-3 /proc/loadavg)"

# runs NAME CMD…: one timed run, appends "seconds rss_kb cpu_seconds" to $OUT/NAME.times
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$OUT/$name.time1" "$@" > "$OUT/$name.stdout" 2> "$OUT/$name.stderr" \
    || { echo "job-benchmark: $name failed:" >&2; cat "$OUT/$name.stderr" >&2; exit 1; }
  awk '{print $1, $2, $3 + $4}' "$OUT/$name.time1" >> "$OUT/$name.times"
  printf '  %-6s %6.2f s %7.0f MB %6.2f s of CPU\n' "$name" $(awk '{print $1, $2/1024, $3 + $4}' "$OUT/$name.time1")
}
rm -f "$OUT"/*.times
for r in $(seq 1 "$REPS"); do
  echo "repetition $r:"
  run floor java $JAVA_FLAGS -cp "$BENCH" io.github.restore4j.bench.JobFloor "$DEGRADED" "${POOL[@]}"
  run job java $JAVA_FLAGS -jar "$JAR" restore --degraded "$DEGRADED" "${SIB[@]}" --out "$OUT/out.txt" $JOB_ARGS
  if [ -n "${BASE_JAR:-}" ]; then
    run base java $JAVA_FLAGS -jar "$BASE_JAR" restore --degraded "$DEGRADED" "${SIB[@]}" --out "$OUT/base.txt" $JOB_ARGS
  fi
done
# median NAME [COLUMN]: the median of a column of NAME's runs (1: wall seconds, 3: CPU seconds)
median() { sort -n -k"${2:-1}" "$OUT/$1.times" | awk -v k="${2:-1}" '{t[NR]=$k} END {print (NR % 2) ? t[(NR+1)/2] : (t[NR/2] + t[NR/2+1]) / 2}'; }
peak() { sort -n -k2 "$OUT/$1.times" | tail -1 | awk '{printf "%.0f", $2/1024}'; }
FLOOR=$(median floor)
echo "floor:  median $FLOOR s ($(median floor 3) s of CPU), peak $(peak floor) MB ($(cat "$OUT/floor.stdout"))"
for name in job ${BASE_JAR:+base}; do
  T=$(median $name)
  awk -v n="$name" -v t="$T" -v f="$FLOOR" -v l="$LINES" -v m="$(peak $name)" -v c="$(median $name 3)" \
    -v fc="$(median floor 3)" 'BEGIN {printf "%-6s median %.2f s, %.2f x the floor, %.0f lines/s, peak %s MB;" \
    " %.2f s of CPU, %.2f x the floor'"'"'s\n", n ":", t, t/f, l/t, m, c, c/fc}'
  echo "        $(tail -1 "$OUT/$name.stderr")"
done
if [ -n "${BASE_JAR:-}" ]; then
  cmp -s "$OUT/out.txt" "$OUT/base.txt" && echo "outputs: identical" || echo "outputs: DIFFER"
fi
if [ -n "${PROFILE:-}" ]; then
  java $JAVA_FLAGS -XX:StartFlightRecording=filename="$PROFILE",settings=profile -jar "$JAR" restore \
    --degraded "$DEGRADED" "${SIB[@]}" --out "$OUT/profiled.txt" $JOB_ARGS > /dev/null 2>&1
  echo "profile: $PROFILE; the methods most often on top of the stack (jdk.ExecutionSample):"
  jfr print --events jdk.ExecutionSample "$PROFILE" | grep -A1 'stackTrace = \[' | grep 'line:' \
    | sed 's/^ *//; s/(.*//' | sort | uniq -c | sort -rn | head -20
fi
