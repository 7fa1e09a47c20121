#!/usr/bin/env bash
# Exports GRIT, ODVG, KOSMOS-2, HumanRef and SA-1B samples (GroundingExportSamplesTest) and checks them in Python:
# spans by Python string slicing, RLEs with pycocotools.
# Env: VENV (python with numpy + pycocotools; created under target/pyenv when unset), SAMPLES (output folder,
# default target/grounding-samples), MVN_FLAGS (e.g. -o).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SAMPLES="${SAMPLES:-$ROOT/target/grounding-samples}"
if [[ -z "${VENV:-}" ]]; then
  VENV="$ROOT/target/pyenv"
  if ! "$VENV/bin/python" -c "import numpy, pycocotools" 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q numpy pycocotools
  fi
fi
cd "$ROOT"
rm -rf "$SAMPLES"
./mvnw -q ${MVN_FLAGS:-} install -DskipTests -pl annotations -am
PROMPTCANVAS_EXPORT_SAMPLES="$SAMPLES" ./mvnw -q ${MVN_FLAGS:-} -pl annotations test \
  -Dtest=GroundingExportSamplesTest -Dsurefire.failIfNoSpecifiedTests=false
"$VENV/bin/python" "$ROOT/scripts/crosscheck/grounding_formats_check.py" "$SAMPLES"
