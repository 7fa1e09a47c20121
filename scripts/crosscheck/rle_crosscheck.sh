#!/usr/bin/env bash
# Cross-checks our COCO RLE code (annotations/mask) against pycocotools on random masks, polygons and boxes.
# Usage: scripts/crosscheck/rle_crosscheck.sh [CASES] [SEED]
# Env: VENV (python venv with numpy + pycocotools; created under target/pyenv when unset),
#      MVN_FLAGS (extra Maven flags, e.g. -o), SKIP_BUILD=1 (reuse benchmarks/target/benchmarks.jar).
# Prints "rle crosscheck: N cases, C comparisons, M mismatches"; exits non-zero on any mismatch.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CASES="${1:-1200}"
SEED="${2:-20240611}"
OUT="$ROOT/target/crosscheck"
mkdir -p "$OUT"

if [[ -z "${VENV:-}" ]]; then
  VENV="$ROOT/target/pyenv"
  if ! "$VENV/bin/python" -c "import numpy, pycocotools" 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q numpy pycocotools
  fi
fi

"$VENV/bin/python" "$ROOT/scripts/crosscheck/rle_crosscheck.py" --cases "$CASES" --seed "$SEED" \
  --output "$OUT/rle-cases.jsonl"

if [[ "${SKIP_BUILD:-0}" != "1" || ! -f "$ROOT/benchmarks/target/benchmarks.jar" ]]; then
  (cd "$ROOT" && ./mvnw -q ${MVN_FLAGS:-} -pl benchmarks -am package -DskipTests)
fi
java -cp "$ROOT/benchmarks/target/benchmarks.jar" dev.promptcanvas.benchmarks.crosscheck.RleCrossCheck \
  "$OUT/rle-cases.jsonl"
