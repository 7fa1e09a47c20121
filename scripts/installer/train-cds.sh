#!/usr/bin/env bash
# Builds the AppCDS archive of a PromptCanvas app image (Linux) and points its launcher at it.
#   1. records the classes loaded by a window run on the sample project (under Xvfb, closed by
#      -Dpromptcanvas.exitAfterMs) and by CLI runs (--version, init, info), with -XX:DumpLoadedClassList;
#   2. dumps a static archive of those classes with lib/app/promptcanvas-cds.sh (copied into the image; it uses the
#      launcher's class path from promptcanvas.cfg, and the .deb's postinst reruns it on the installed files);
#   3. adds -XX:SharedArchiveFile=$APPDIR/promptcanvas.jsa to lib/app/promptcanvas.cfg.
# A missing or stale archive is harmless (the JVM then starts without it), so the launcher never breaks.
# Usage: scripts/installer/train-cds.sh APP_IMAGE_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
img=$(cd "$1" && pwd)
launcher="$img/bin/promptcanvas"
cfg="$img/lib/app/promptcanvas.cfg"
archive="$img/lib/app/promptcanvas.jsa"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/photos"
cp "$root"/resources/src/main/resources/dev/promptcanvas/resources/sample/{coffee,coins}.png "$work/photos/"

sed -i '/SharedArchiveFile/d; /-Xshare/d' "$cfg"
rm -f "$archive"
run() { # run CLASSLIST ARGS...: one CLI run of the launcher in a clean home, recording its classes
  local list=$1; shift
  env -i PATH=/usr/bin:/bin HOME="$work/home" PROMPTCANVAS_HOME="$work/home/pc" \
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" "$launcher" "$@" >>"$work/runs.log" 2>&1
}
run "$work/version.lst" --version
run "$work/init.lst" init "$work/photos"
run "$work/info.lst" info "$work/photos"
# The window run, under Xvfb unless a display is given; a wrapper passes only the display into the clean env.
cat > "$work/window.sh" <<WRAP
#!/bin/sh
exec env -i PATH=/usr/bin:/bin HOME="$work/home" PROMPTCANVAS_HOME="$work/home/pc" DISPLAY="\$DISPLAY" \\
  XAUTHORITY="\${XAUTHORITY:-}" \\
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/window.lst -Dpromptcanvas.exitAfterMs=3000" "$launcher"
WRAP
chmod +x "$work/window.sh"
xvfb=()
[ -n "${DISPLAY:-}" ] || xvfb=(xvfb-run -a -s "-screen 0 1400x900x24")
"${xvfb[@]}" "$work/window.sh" >>"$work/runs.log" 2>&1 \
  || { cat "$work/runs.log"; echo "train-cds: the window run failed" >&2; exit 1; }
grep -q 'PromptCanvas window shown' "$work/runs.log" || { cat "$work/runs.log"; echo "train-cds: no window" >&2; exit 1; }
cat "$work"/*.lst | grep -v '^#' | awk '!seen[$0]++' > "$work/all.lst"
echo "train-cds: $(wc -l < "$work/all.lst") classes recorded"
cp "$work/all.lst" "$img/lib/app/promptcanvas.classlist"
install -m 755 "$root/scripts/installer/promptcanvas-cds.sh" "$img/lib/app/promptcanvas-cds.sh"
CDS_LOG="$work/dump.log" "$img/lib/app/promptcanvas-cds.sh" \
  || { tail -30 "$work/dump.log"; echo "train-cds: no archive was written" >&2; exit 1; }
printf 'java-options=-XX:SharedArchiveFile=$APPDIR/promptcanvas.jsa\njava-options=-Xshare:auto\n' >> "$cfg"
echo "train-cds: $(du -h "$archive" | cut -f1) archive $archive"
