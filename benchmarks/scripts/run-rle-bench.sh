#!/usr/bin/env bash
# Times COCO RLE encode/decode in pycocotools and in our Java codec on the same 200 masks of 1024x1024.
# Usage: benchmarks/scripts/run-rle-bench.sh [extra JMH args]   (default JMH args: -f 1 -wi 3 -i 5 -w 2 -r 2)
# Env: VENV (python venv with numpy + pycocotools; created under target/pyenv when unset),
#      MVN_FLAGS (extra Maven flags, e.g. -o), SKIP_BUILD=1 (reuse benchmarks/target/benchmarks.jar).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/target/rle-bench"
mkdir -p "$OUT"
cd "$ROOT"

if [[ -z "${VENV:-}" ]]; then
  VENV="$ROOT/target/pyenv"
  if ! "$VENV/bin/python" -c "import numpy, pycocotools" 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q numpy pycocotools
  fi
fi

"$VENV/bin/python" benchmarks/scripts/pycocotools_rle_bench.py --data "$OUT/masks.txt" --results "$OUT/pycocotools.json"

if [[ "${SKIP_BUILD:-0}" != "1" || ! -f benchmarks/target/benchmarks.jar ]]; then
  ./mvnw -q ${MVN_FLAGS:-} -pl benchmarks -am package -DskipTests
fi
if [[ $# -eq 0 ]]; then
  set -- -f 1 -wi 3 -i 5 -w 2 -r 2
fi
java -jar benchmarks/target/benchmarks.jar 'mask.RleBenchmark' -p data="$OUT/masks.txt" \
  -rf json -rff "$OUT/jmh.json" "$@" | tail -n 6
echo
"$VENV/bin/python" benchmarks/scripts/pycocotools_rle_bench.py --results "$OUT/pycocotools.json" --compare "$OUT/jmh.json"
