#!/usr/bin/env bash
# The foundation issue's acceptance run, as a new user would do it: `init` on a folder of real photos, `import` of
# real LabelMe files (Debian's labelme-examples), `export --format coco`, then pycocotools loads the export and
# checks that every area and bbox agrees with what it computes from the segmentation, and the categories.
#   VENV      python venv with numpy + pycocotools (created under target/ when missing)
#   EXAMPLES  labelme's instance-segmentation example folder (JPEGs + LabelMe JSON)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
EXAMPLES="${EXAMPLES:-/usr/share/doc/labelme-examples/examples/instance_segmentation/data_annotated}"
VENV="${VENV:-$ROOT/target/e2e-venv}"
PC="$ROOT/app/target/promptcanvas/bin/promptcanvas"
if [ ! -d "$EXAMPLES" ]; then
  echo "foundation e2e: $EXAMPLES not found (apt-get install -y labelme-examples)" >&2
  exit 2
fi
[ -x "$PC" ] || (cd "$ROOT" && ./mvnw -q package -DskipTests)
if ! "$VENV/bin/python" -c "import numpy, pycocotools" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q numpy pycocotools
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/photos" "$work/labels"
cp "$EXAMPLES"/*.jpg "$work/photos/"
cp "$EXAMPLES"/*.json "$work/labels/"
export PROMPTCANVAS_HOME="$work/home"

"$PC" init "$work/photos"
"$PC" import "$work/photos" --format labelme --input "$work/labels"
"$PC" info "$work/photos"
"$PC" export "$work/photos" --format coco --output "$work/out/instances.json"
"$PC" export "$work/photos" --format coco --masks polygon --output "$work/out/instances_polygons.json"

"$VENV/bin/python" - "$work/out/instances.json" "$work/labels" <<'PY'
import json, sys, glob, os
from pycocotools.coco import COCO
from pycocotools import mask as mu

path, labels = sys.argv[1], sys.argv[2]
coco = COCO(path)
expected = {}
for f in glob.glob(os.path.join(labels, "*.json")):
    for s in json.load(open(f))["shapes"]:
        expected[s["label"]] = expected.get(s["label"], 0) + 1
names = {c["id"]: c["name"] for c in coco.loadCats(coco.getCatIds())}
got = {}
bad = 0
for ann in coco.loadAnns(coco.getAnnIds()):
    got[names[ann["category_id"]]] = got.get(names[ann["category_id"]], 0) + 1
    img = coco.imgs[ann["image_id"]]
    rle = coco.annToRLE(ann)
    area = float(mu.area(rle))
    bbox = [float(v) for v in mu.toBbox(rle)]
    if abs(area - ann["area"]) > 1e-6 or any(abs(a - b) > 1e-6 for a, b in zip(bbox, ann["bbox"])):
        bad += 1
        print("mismatch", ann["id"], ann["area"], area, ann["bbox"], bbox)
assert got == expected, f"categories/counts differ: exported {got}, LabelMe files {expected}"
assert bad == 0, f"{bad} annotations disagree with pycocotools"
print(f"foundation e2e: pycocotools loaded {len(coco.imgs)} images, {len(coco.anns)} annotations, "
      f"{len(names)} categories; areas and bboxes agree")
PY
