#!/usr/bin/env bash
# Checks the legacy Vietnamese decoders (VNI, TCVN3) against an independent converter: the npm
# package vietnamese-conversion (MIT, github.com/duydev/vietnamese-conversion), installed into a
# temporary directory (never into the repository). Each input file of real Unicode Vietnamese is
# encoded to VNI and TCVN3 by that converter, written to a temporary directory, normalized by the
# restore4j CLI, and compared with the original line by line.
#
#   scripts/legacy-vietnamese-check.sh [FILE_OR_DIR...]
#
# Default input: testdata/corpora/vi-binhvq-sentences.txt. Needs node/npm (Node 20) and
# cli/target/restore4j-cli.jar (README first command). Prints per file and encoding the
# lines that do not come back exact, and the totals; KEEP=1 keeps the temporary directory, JAR=...
# runs another build of the CLI, SHOW=N prints N wrong lines per file (default 5), FIXTURE=DIR
# also copies the converter's output there (how testdata/legacy-vietnamese was made, from
# testdata/legacy-vietnamese/sentences.txt).
#
# Known loss in the converter itself (its own round trip shows it): it writes ỹ as the byte of ì
# (Ỹ as Ì), so ỹ cannot come back; the comparison counts those lines apart ("converter-lossy").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${JAR:-$root/cli/target/restore4j-cli.jar}"
[[ -f "$jar" ]] || { echo "build the CLI first: mvn -o -q -B -DskipTests package" >&2; exit 2; }
work="$(mktemp -d)"
[[ -z "${FIXTURE:-}" ]] || { mkdir -p "$FIXTURE"; FIXTURE="$(realpath "$FIXTURE")"; }
[[ -n "${KEEP:-}" ]] || trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund vietnamese-conversion@2.0.0 >/dev/null)
inputs=("$@")
[[ ${#inputs[@]} -gt 0 ]] || inputs=("$root/testdata/corpora/vi-binhvq-sentences.txt")
files=()
for i in "${inputs[@]}"; do
  i="$(realpath "$i")"
  if [[ -d "$i" ]]; then files+=("$i"/*.txt); else files+=("$i"); fi
done
mkdir -p "$work/out"
cat > "$work/encode.js" <<'JS'
const fs = require('fs');
const { toVNI, toTCVN3 } = require('vietnamese-conversion');
const [input, out] = process.argv.slice(2);
const text = fs.readFileSync(input, 'utf8').normalize('NFC');
fs.writeFileSync(out + '.orig', text);
// One line at a time, as a converter is fed a document; the strings hold the legacy bytes as
// windows-1252 shows them, which is how such text reaches us.
fs.writeFileSync(out + '.vni', text.split('\n').map(l => toVNI(l, 'unicode')).join('\n'));
fs.writeFileSync(out + '.tcvn3', text.split('\n').map(l => toTCVN3(l, 'unicode')).join('\n'));
JS
total_lines=0; total_wrong=0; total_lossy=0
for f in "${files[@]}"; do
  base="$work/out/$(basename "$f" .txt)"
  (cd "$work" && node encode.js "$f" "$base")
  if [[ -n "${FIXTURE:-}" ]]; then # the committed fixture: FIXTURE=testdata/legacy-vietnamese
    mkdir -p "$FIXTURE"
    for enc in vni tcvn3; do cp "$base.$enc" "$FIXTURE/$(basename "$f" .txt).$enc.txt"; done
  fi
  for enc in vni tcvn3; do
    java -jar "$jar" normalize --in "$base.$enc" --out "$base.$enc.fixed" 2>/dev/null || true
    read -r lines wrong lossy < <(python3 - "$base.orig" "$base.$enc.fixed" "$enc" <<'PY'
import sys
orig = open(sys.argv[1], encoding='utf-8').read().split('\n')
fixed = open(sys.argv[2], encoding='utf-8').read().split('\n')
wrong = lossy = lines = 0
for k, o in enumerate(orig):
    if not o.strip():
        continue
    lines += 1
    g = fixed[k] if k < len(fixed) else ''
    # the normalizer also trims trailing spaces and collapses runs: compare as it would
    o2 = ' '.join(o.split())
    g2 = ' '.join(g.split())
    if o2 == g2:
        continue
    if sys.argv[3] == 'vni' and o2.replace('ỹ', 'ì').replace('Ỹ', 'Ì') == g2:
        lossy += 1
        continue
    wrong += 1
    if wrong <= int(__import__('os').environ.get('SHOW', '5')):
        d = next((i for i in range(min(len(o2), len(g2))) if o2[i] != g2[i]), min(len(o2), len(g2)))
        a = max(0, d - 30)
        print(f"  {sys.argv[3]} line {k + 1}: {o2[a:d + 30]!r}\n  {'':{len(sys.argv[3])}} got    {g2[a:d + 30]!r}", file=sys.stderr)
print(lines, wrong, lossy)
PY
)
    echo "$(basename "$f") $enc: $lines lines, $wrong wrong, $lossy converter-lossy (ỹ)"
    total_lines=$((total_lines + lines)); total_wrong=$((total_wrong + wrong)); total_lossy=$((total_lossy + lossy))
  done
done
echo "TOTAL: $total_lines lines, $total_wrong wrong, $total_lossy converter-lossy"
