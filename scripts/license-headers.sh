#!/usr/bin/env bash
# Adds the licence header to every Java source of the project that lacks it (idempotent: a file
# whose first line is already the SPDX line is left alone). LicenseHeaderTest checks the result.
#
#   scripts/license-headers.sh          # add where missing
#   scripts/license-headers.sh --check  # list the files without it; exit 1 if there are any
set -euo pipefail
cd "$(dirname "$0")/.."

readonly SPDX='// SPDX-License-Identifier: Apache-2.0'
readonly COPYRIGHT='// Copyright 2026 the restore4j authors'

check=false
[[ "${1:-}" == "--check" ]] && check=true

missing=0
while IFS= read -r -d '' file; do
  if [[ "$(head -n 1 "$file")" == "$SPDX" ]]; then
    continue
  fi
  missing=$((missing + 1))
  if $check; then
    echo "$file"
    continue
  fi
  tmp="$(mktemp)"
  { printf '%s\n%s\n\n' "$SPDX" "$COPYRIGHT"; cat "$file"; } > "$tmp"
  cat "$tmp" > "$file"   # keeps the file's mode
  rm -f "$tmp"
done < <(find src cli/src benchmarks/src spark/src examples -name '*.java' -not -path '*/target/*' -print0 2>/dev/null | sort -z)

if $check; then
  [[ $missing -eq 0 ]] || { echo "$missing Java file(s) without the licence header: run scripts/license-headers.sh" >&2; exit 1; }
else
  echo "licence header added to $missing file(s)"
fi
