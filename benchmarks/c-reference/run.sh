#!/usr/bin/env bash
# Builds and runs the C reference of the one-word Myers kernel: ./run.sh [textTokens]
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p ../target
gcc -O2 -o ../target/myers-c myers.c
../target/myers-c "${1:-100000}"
