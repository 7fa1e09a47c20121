#!/usr/bin/env bash
# Runs the real workbench under Xvfb on a fresh copy of the bundled sample project, plays workbench.demo and saves
# screenshots (default: docs/screenshots). Needs: a JDK 17, xvfb (apt-get install -y xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-docs/screenshots}
mkdir -p "$OUT"
OUT_ABS=$(cd "$OUT" && pwd)
[ -x app/target/promptcanvas/bin/promptcanvas ] || ./mvnw -q package -DskipTests
home=$(mktemp -d)
script="$home/demo.txt"
sed "s#\${OUT}#$OUT_ABS#g" scripts/screenshots/workbench.demo > "$script"
PROMPTCANVAS_HOME="$home" PROMPTCANVAS_OPTS="-Dpromptcanvas.demo=$script" \
  timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" app/target/promptcanvas/bin/promptcanvas
rm -rf "$home"
ls -1 "$OUT_ABS"/*.png
