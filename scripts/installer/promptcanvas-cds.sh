#!/bin/sh
# Rebuilds the start-up archive (AppCDS) of this PromptCanvas installation from the class list recorded at build
# time. Shipped in lib/app/ of the app image; the .deb runs it after installing (the JVM only uses an archive whose
# jar files have the same paths, sizes and times as when it was dumped, so it is made on the installed files).
set -e
app=$(cd "$(dirname "$0")" && pwd -P)
cp=$(sed -n "s#^app.classpath=\\\$APPDIR#$app#p" "$app/promptcanvas.cfg" | paste -sd: -)
rm -f "$app/promptcanvas.jsa"
"$app/../runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/promptcanvas.classlist" \
  -XX:SharedArchiveFile="$app/promptcanvas.jsa" -cp "$cp" >"${CDS_LOG:-/dev/null}" 2>&1
[ -s "$app/promptcanvas.jsa" ]
