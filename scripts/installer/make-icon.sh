#!/usr/bin/env bash
# Draws the PromptCanvas icon (a canvas with a polygon annotation, its vertices and a positive prompt point) with
# ImageMagick and writes the per-platform files the installer uses. Run it only to change the icon; the outputs are
# committed. macOS .icns needs `iconutil` (run there with --icns).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=installer/src/main/jpackage
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
convert -size 256x256 xc:none \
  -fill '#1f3a5f' -draw 'roundrectangle 8,8 247,247 44,44' \
  -fill '#e8eef6' -draw 'roundrectangle 36,44 219,211 14,14' \
  -fill 'rgba(46,160,110,0.35)' -stroke '#2ea06e' -strokewidth 9 \
  -draw 'polygon 70,180 96,78 170,66 196,150 140,192' \
  -stroke none -fill '#2ea06e' \
  -draw 'circle 70,180 80,180' -draw 'circle 96,78 106,78' -draw 'circle 170,66 180,66' \
  -draw 'circle 196,150 206,150' -draw 'circle 140,192 150,192' \
  -fill '#f2a33a' -stroke white -strokewidth 5 -draw 'circle 134,130 152,130' \
  -strip "$tmp/icon.png"
convert "$tmp/icon.png" -resize 128x128 -strip "$out/linux/promptcanvas.png"
convert "$tmp/icon.png" -define icon:auto-resize=256,64,48,32,16 "$out/windows/promptcanvas.ico"
if [ "${1:-}" = "--icns" ]; then
  set_dir="$tmp/promptcanvas.iconset"
  mkdir "$set_dir"
  for s in 16 32 128 256; do
    sips -z $s $s "$tmp/icon.png" --out "$set_dir/icon_${s}x${s}.png" >/dev/null
  done
  iconutil -c icns "$set_dir" -o "$out/mac/promptcanvas.icns"
fi
ls -l "$out"/*/promptcanvas.*
