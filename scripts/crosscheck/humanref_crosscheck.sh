#!/usr/bin/env bash
# Cross-checks `promptcanvas eval --format humanref` against an independent Python re-implementation of RexSeek's
# HumanRef metrics (scripts/crosscheck/humanref_metrics.py) on random GT/prediction files.
# Usage: scripts/crosscheck/humanref_crosscheck.sh [CASES] [SEED]
# Env: PYTHON (with numpy + pycocotools; default /work/pyenv/bin/python, else target/pyenv), MVN_FLAGS (e.g. -o),
#      SKIP_BUILD=1 (reuse the built classes).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CASES="${1:-150}"
SEED="${2:-20250101}"
OUT="$ROOT/target/crosscheck/humanref"
mkdir -p "$OUT"

PYTHON="${PYTHON:-/work/pyenv/bin/python}"
if ! "$PYTHON" -c "import numpy, pycocotools" 2>/dev/null; then
  PYTHON="$ROOT/target/pyenv/bin/python"
  if ! "$PYTHON" -c "import numpy, pycocotools" 2>/dev/null; then
    python3 -m venv "$ROOT/target/pyenv"
    "$PYTHON" -m pip install -q numpy pycocotools
  fi
fi

cd "$ROOT"
if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  ./mvnw -q ${MVN_FLAGS:-} -pl app -am install -DskipTests
fi
./mvnw -q ${MVN_FLAGS:-} -pl app dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
# this tree's classes first: ~/.m2 may hold another checkout's install of the same modules
CP="$ROOT/app/target/classes:$ROOT/ui/target/classes:$ROOT/inference/target/classes:$ROOT/annotations/target/classes"
CP="$CP:$ROOT/resources/target/classes:$(cat "$OUT/classpath.txt")"
"$PYTHON" "$ROOT/scripts/crosscheck/humanref_crosscheck.py" --java "java -cp $CP dev.promptcanvas.app.Main" \
  --cases "$CASES" --seed "$SEED" --out "$OUT"
