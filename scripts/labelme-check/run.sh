#!/usr/bin/env bash
# Exports sample datasets as LabelMe with PromptCanvas (ExportSamplesTest) and opens them with LabelMe's own code.
# Needs Debian's labelme (apt-get install -y labelme labelme-examples): its Python package and example images.
#   PYTHON    interpreter that can import labelme; default /usr/bin/python3
#   SAMPLES   where the exports go; default target/export-samples
#   EXAMPLES  LabelMe's example folder to re-export; default /usr/share/doc/labelme-examples/examples
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PYTHON="${PYTHON:-/usr/bin/python3}"
SAMPLES="${SAMPLES:-$ROOT/target/export-samples}"
EXAMPLES="${EXAMPLES:-/usr/share/doc/labelme-examples/examples}"

if ! "$PYTHON" -c "import labelme" 2>/dev/null; then
  echo "labelme is not importable by $PYTHON: apt-get install -y labelme labelme-examples" >&2
  exit 2
fi
[ -d "$EXAMPLES" ] || EXAMPLES=""

cd "$ROOT"
./mvnw -q -o install -DskipTests -pl annotations
PROMPTCANVAS_EXPORT_SAMPLES="$SAMPLES" PROMPTCANVAS_LABELME_EXAMPLES="$EXAMPLES" \
  ./mvnw -q -o -pl annotations test -Dtest=ExportSamplesTest -Dsurefire.failIfNoSpecifiedTests=false
QT_QPA_PLATFORM=offscreen "$PYTHON" "$ROOT/scripts/labelme-check/check.py" "$SAMPLES"/labelme/* "$@"
