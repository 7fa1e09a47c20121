#!/usr/bin/env bash
# Screenshots of the Assistant tab and the prompt lab: the real workbench under Xvfb on a fresh copy of the bundled
# sample project, talking to scripts/vlm/demo_server.py (canned answers). Output: docs/screenshots (or $1).
# Needs: a JDK 17, python3, xvfb (apt-get install -y xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-docs/screenshots}
PORT=${PORT:-8765}
mkdir -p "$OUT"
OUT_ABS=$(cd "$OUT" && pwd)
[ -x app/target/promptcanvas/bin/promptcanvas ] || ./mvnw -q package -DskipTests
home=$(mktemp -d)
python3 scripts/vlm/demo_server.py "$PORT" & server=$!
trap 'kill $server; rm -rf "$home"' EXIT
sed -e "s#\${OUT}#$OUT_ABS#g" -e "s#\${PORT}#$PORT#g" scripts/vlm/assistant.demo > "$home/demo.txt"
PROMPTCANVAS_HOME="$home" PROMPTCANVAS_OPTS="-Dpromptcanvas.demo=$home/demo.txt" \
  timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" app/target/promptcanvas/bin/promptcanvas
ls -1 "$OUT_ABS"/assistant.png "$OUT_ABS"/prompt-lab.png
