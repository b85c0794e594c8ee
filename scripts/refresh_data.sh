#!/usr/bin/env bash
# Refresh the repository's copy of the dev set and the benchmark files from a `shared` folder beside
# the checkout (the team's working copy). The tests, `kg eval` examples and bench/ scripts read only
# data/ inside the repository, so a clone with nothing beside it passes its tests.
#
#   bash scripts/refresh_data.sh [SHARED_DIR]     (default: the folder named shared beside the checkout)
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
src="${1:-$(dirname "$top")/shared}"
[ -d "$src/eval" ] && [ -d "$src/bench" ] || { echo "refresh_data: no eval/ and bench/ under $src" >&2; exit 1; }
rm -rf "$top/data/eval" "$top/data/bench"
mkdir -p "$top/data"
cp -r "$src/eval" "$top/data/eval"
cp -r "$src/bench" "$top/data/bench"
echo "data/eval: $(ls "$top/data/eval/articles" | wc -l) articles; data/bench: $(ls "$top/data/bench" | tr '\n' ' ')"
