#!/usr/bin/env bash
# Smoke test of the packaged PromptCanvas launcher, run as a new user with no JDK on the PATH and no network needed:
#   --version; init + info on a copy of the sample photos; segment with OpenCV (classical); models install --from
#   the tiny SAM2 ONNX fixture + models verify + segment with it (ONNX Runtime); the window on the bundled sample
#   project under Xvfb with a screenshot. Prints timings.
# JVM options go through JAVA_TOOL_OPTIONS (read by the JVM itself; the jpackage launcher has no PROMPTCANVAS_OPTS).
# Usage: scripts/installer/smoke.sh [LAUNCHER] [OUT_DIR]
#   LAUNCHER defaults to installer/target/jpackage/promptcanvas/bin/promptcanvas; OUT_DIR (screenshot, logs) to
#   installer/target/smoke.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
launcher=${1:-$root/installer/target/jpackage/promptcanvas/bin/promptcanvas}
out=${2:-$root/installer/target/smoke}
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
home="$work/home"
mkdir -p "$home" "$work/photos"
samples="$root/resources/src/main/resources/dev/promptcanvas/resources/sample"
fixture="$root/inference/src/test/resources/segment/fixture7"

# A clean environment: no JAVA_HOME, no JDK on the PATH, a fresh home.
pc() { env -i PATH=/usr/bin:/bin HOME="$home" PROMPTCANVAS_HOME="$home/pc" ${DISPLAY:+DISPLAY=$DISPLAY} \
  JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-}" "$launcher" "$@"; }
ms() { date +%s%3N; }
fail() { echo "SMOKE FAIL: $*" >&2; exit 1; }

t=$(ms); v=$(pc --version) || fail "--version exited $?"; echo "--version ($(( $(ms) - t )) ms): $v"
grep -q '^PromptCanvas [0-9]' <<<"$v" || fail "--version printed: $v"

cp "$samples/coffee.png" "$samples/coins.png" "$work/photos/"
pc init "$work/photos" >/dev/null || fail "init"
t=$(ms); info=$(pc info "$work/photos") || fail "info exited $?"; echo "info ($(( $(ms) - t )) ms):"; echo "$info"
grep -q 'Images *2' <<<"$info" || fail "info did not count 2 images"

pc segment --image "$work/photos/coffee.png" --box 170,15,415,310 --output "$work/cup.json" >/dev/null \
  || fail "segment (classical, OpenCV)"
grep -q '"counts"' "$work/cup.json" || fail "segment wrote no RLE"
echo "segment (OpenCV): ok"

pc models install --from "$fixture" >/dev/null || fail "models install --from fixture"
pc models verify >"$work/verify.txt" 2>&1 || { cat "$work/verify.txt"; fail "models verify (ONNX Runtime)"; }
grep -q "^OK   sam2-fixture7" "$work/verify.txt" || { cat "$work/verify.txt"; fail "SAM2 fixture did not run"; }
echo "models verify (ONNX Runtime): $(grep sam2-fixture7 "$work/verify.txt")"

command -v xvfb-run >/dev/null || fail "xvfb-run is not installed"
shot="$out/window.png"
rm -f "$shot"
t=$(ms)
export SMOKE_OPTS="-Dpromptcanvas.exitAfterMs=2500 -Dpromptcanvas.screenshot=$shot -Dpromptcanvas.startupLog=true"
export SMOKE_HOME="$home" SMOKE_LAUNCHER="$launcher"
xvfb-run -a -s "-screen 0 1400x900x24" bash -c 'exec env -i PATH=/usr/bin:/bin HOME="$SMOKE_HOME" \
  PROMPTCANVAS_HOME="$SMOKE_HOME/pc" DISPLAY="$DISPLAY" XAUTHORITY="${XAUTHORITY:-}" \
  JAVA_TOOL_OPTIONS="$SMOKE_OPTS" "$SMOKE_LAUNCHER"' \
  >"$out/window.log" 2>&1 || { cat "$out/window.log"; fail "window run exited non-zero"; }
echo "window run ($(( $(ms) - t )) ms incl. 2.5 s shown):"
grep -E 'window shown|startup' "$out/window.log" || true
grep -q 'PromptCanvas window shown' "$out/window.log" || fail "the window did not open"
[ -s "$shot" ] || fail "no screenshot"
grep -q 'sample-project' "$out/window.log" || [ -d "$home/pc/data/sample-project" ] || fail "sample project not installed"
echo "SMOKE OK (screenshot $shot)"
