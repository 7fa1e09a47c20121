#!/usr/bin/env bash
# Writes the RefCOCO export of RefCocoWriterTest into target/refcoco-sample and loads it with pycocotools.
#   PYTHON  a Python with numpy + pycocotools; default /work/pyenv/bin/python, else python3
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PYTHON="${PYTHON:-/work/pyenv/bin/python}"
[ -x "$PYTHON" ] || PYTHON=python3
SAMPLE="$ROOT/target/refcoco-sample"
rm -rf "$SAMPLE"
cd "$ROOT"
./mvnw -q -o install -DskipTests -pl annotations -am
PROMPTCANVAS_REFCOCO_SAMPLE="$SAMPLE" ./mvnw -q -o -pl annotations test -Dtest=RefCocoWriterTest \
  -Dsurefire.failIfNoSpecifiedTests=false
"$PYTHON" "$ROOT/scripts/crosscheck/refcoco_check.py" "$SAMPLE"
