#!/usr/bin/env bash
# Exports sample datasets as COCO with PromptCanvas (ExportSamplesTest) and checks them with pycocotools.
#   VENV     Python venv to use (created with numpy + pycocotools when missing); default target/coco-check-venv
#   SAMPLES  where the exports go; default target/export-samples
# Extra arguments are more COCO files to check.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VENV="${VENV:-$ROOT/target/coco-check-venv}"
SAMPLES="${SAMPLES:-$ROOT/target/export-samples}"

if ! "$VENV/bin/python" -c "import numpy, pycocotools" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q numpy pycocotools
fi

cd "$ROOT"
./mvnw -q -o install -DskipTests -pl annotations
PROMPTCANVAS_EXPORT_SAMPLES="$SAMPLES" ./mvnw -q -o -pl annotations test -Dtest=ExportSamplesTest \
  -Dsurefire.failIfNoSpecifiedTests=false
"$VENV/bin/python" "$ROOT/scripts/coco-check/check.py" "$SAMPLES"/coco/*.json "$@"
