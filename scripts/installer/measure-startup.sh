#!/usr/bin/env bash
# Measures the packaged app's start-up, with and without its AppCDS archive (moved aside for the "without" runs):
#   window: ms from process start to the main window shown and laid out (the app's -Dpromptcanvas.startupLog line),
#           on the bundled sample project, under Xvfb;
#   info:   wall-clock ms of `promptcanvas info` on a two-image project.
# Usage: scripts/installer/measure-startup.sh [APP_IMAGE_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
img=$(cd "${1:-$root/installer/target/jpackage/promptcanvas}" && pwd)
runs=${2:-5}
jsa="$img/lib/app/promptcanvas.jsa"
work=$(mktemp -d)
trap '[ -f "$work/promptcanvas.jsa" ] && mv "$work/promptcanvas.jsa" "$jsa"; rm -rf "$work"' EXIT
mkdir -p "$work/home/pc/config" "$work/photos"
touch "$work/home/pc/config/first-run-guide-dismissed"
cp "$root"/resources/src/main/resources/dev/promptcanvas/resources/sample/{coffee,coins}.png "$work/photos/"
pc() { env -i PATH=/usr/bin:/bin HOME="$work/home" PROMPTCANVAS_HOME="$work/home/pc" "$@"; }
pc "$img/bin/promptcanvas" init "$work/photos" >/dev/null 2>&1
cat > "$work/window.sh" <<WRAP
#!/bin/sh
exec env -i PATH=/usr/bin:/bin HOME="$work/home" PROMPTCANVAS_HOME="$work/home/pc" DISPLAY="\$DISPLAY" XAUTHORITY="\$XAUTHORITY" \\
  JAVA_TOOL_OPTIONS="-Dpromptcanvas.startupLog=true -Dpromptcanvas.exitAfterMs=800" "$img/bin/promptcanvas"
WRAP
chmod +x "$work/window.sh"
measure() {
  local label=$1 w=() i=()
  for _ in $(seq "$runs"); do
    w+=("$( { xvfb-run -a -s "-screen 0 1400x900x24" "$work/window.sh" 2>&1 || true; } | sed -n 's/^startup: .* laid out \([0-9]*\) ms.*/\1/p')")
    local t0; t0=$(date +%s%3N)
    pc "$img/bin/promptcanvas" info "$work/photos" >/dev/null 2>&1
    i+=("$(( $(date +%s%3N) - t0 ))")
  done
  echo "$label window ms: ${w[*]}   (median $(printf '%s\n' "${w[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"))"
  echo "$label info ms:   ${i[*]}   (median $(printf '%s\n' "${i[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"))"
}
[ -s "$jsa" ] || { echo "no archive at $jsa (build with scripts/installer/train-cds.sh)" >&2; exit 1; }
measure "with AppCDS   "
mv "$jsa" "$work/promptcanvas.jsa"
measure "without AppCDS"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"
