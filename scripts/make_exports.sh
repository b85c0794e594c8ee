#!/usr/bin/env bash
# Regenerate exports/: the bundled sample corpus (corpus/sample) in every export format.
#   scripts/make_exports.sh [OUT_DIR]      (default: exports; PYTHON=... picks the interpreter)
# tests/test_exports.py runs this into a temporary folder and fails when exports/ differs.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-exports}"
python="${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}"
rm -rf "$out.tmp"
"$python" -m kg.cli build corpus/sample -o "$out.tmp" --date 2019-01-18 --format all --no-progress
rm -rf "$out"
mv "$out.tmp" "$out"
