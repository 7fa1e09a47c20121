#!/usr/bin/env bash
# Installs the built .deb for real with apt-get (needs root), checks it as a new user with no JDK on the PATH would meet it, then
# removes it: /usr/bin/promptcanvas, the menu entry, the project-file type, the start-up archive made by postinst,
# and the smoke test (version, info, OpenCV and ONNX Runtime segmentation, the window on the sample project).
# Usage: scripts/installer/deb-test.sh [DEB]   (default: installer/target/jpackage/promptcanvas_*.deb)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
deb=${1:-$(ls "$root"/installer/target/jpackage/promptcanvas_*.deb | head -1)}
[ "$(id -u)" = 0 ] || { echo "deb-test: run as root (dpkg -i)" >&2; exit 2; }
fail() { echo "DEB FAIL: $*" >&2; dpkg -r promptcanvas >/dev/null 2>&1 || true; exit 1; }
echo "deb-test: $(du -h "$deb" | cut -f1) $deb"
t=$(date +%s)
# As a user would: apt installs the package's dependencies (xdg-utils, GTK) too.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")" \
  >/tmp/deb-test-install.log 2>&1 || { cat /tmp/deb-test-install.log; fail "apt-get install ./DEB"; }
echo "deb-test: installed in $(( $(date +%s) - t )) s"
[ -x /opt/promptcanvas/bin/promptcanvas ] || fail "no /opt/promptcanvas/bin/promptcanvas"
[ "$(readlink /usr/bin/promptcanvas)" = /opt/promptcanvas/bin/promptcanvas ] || fail "no /usr/bin/promptcanvas link"
[ -s /opt/promptcanvas/lib/app/promptcanvas.jsa ] || fail "postinst made no start-up archive"
desktop=$(ls /usr/share/applications/*promptcanvas*.desktop 2>/dev/null | head -1)
[ -n "$desktop" ] || fail "no menu entry in /usr/share/applications"
grep -q '^Name=PromptCanvas' "$desktop" && grep -q 'Categories=Graphics' "$desktop" || fail "menu entry: $desktop"
grep -q 'promptcanvas.db' /opt/promptcanvas/lib/promptcanvas-promptcanvas-MimeInfo.xml || fail "mime glob"
echo "deb-test: menu entry $desktop ($(grep ^Exec= "$desktop"))"
PATH=/usr/bin:/bin command -v java >/dev/null && echo "deb-test: note: a java is on /usr/bin:/bin (not used)"
shares=$(env -i PATH=/usr/bin:/bin HOME=/tmp JAVA_TOOL_OPTIONS=-Xlog:class+load=info promptcanvas --version \
  | grep -c 'shared objects file' || true)
[ "$shares" -gt 100 ] || fail "the start-up archive is not used ($shares classes from it)"
echo "deb-test: $shares classes of --version come from the start-up archive"
"$root/scripts/installer/smoke.sh" /usr/bin/promptcanvas "$root/installer/target/deb-smoke" || fail "smoke test"
dpkg -r promptcanvas >/dev/null || fail "dpkg -r"
[ ! -e /usr/bin/promptcanvas ] && [ ! -e /opt/promptcanvas ] || fail "leftovers after dpkg -r"
echo "DEB OK (installed, smoke-tested, removed)"
