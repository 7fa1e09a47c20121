#!/usr/bin/env bash
# The grounding-datasets issue's acceptance run, as a new user would do it: install the sample project (captions
# with grounded phrases, referring expressions incl. "no target", region captions), export it to every format,
# import every importable export into a fresh project of the same photos and compare what came back, check the
# exports with independent readers (pycocotools for COCO/RefCOCO/HumanRef masks; plain JSON for spans), and run
# `eval` on the HumanRef ground truth against the project's own answers (every metric must be 1).
#   VENV  python venv with numpy + pycocotools (created under target/ when missing)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VENV="${VENV:-$ROOT/target/e2e-venv}"
PC="$ROOT/app/target/promptcanvas/bin/promptcanvas"
[ -x "$PC" ] || (cd "$ROOT" && ./mvnw -q package -DskipTests)
if ! "$VENV/bin/python" -c "import numpy, pycocotools" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q numpy pycocotools
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PROMPTCANVAS_HOME="$work/home"
cd "$work"
"$PC" init --sample sample
"$PC" info sample

out_of() {
  case "$1" in
    labelme|sa1b|yolo|voc|refcoco) echo "out/$1" ;;
    kosmos2) echo "out/$1.txt" ;;
    coco|osprey|vipllava|mdvp) echo "out/$1.json" ;;
    *) echo "out/$1.jsonl" ;;
  esac
}
for f in coco labelme grit kosmos2 humanref humanref-pred odvg sa1b yolo voc osprey chatrex vipllava mdvp refcoco; do
  "$PC" export sample --format "$f" --output "$(out_of "$f")" 2>/dev/null | head -1
done
"$PC" export sample --format odvg --option mode=grounding --output out/odvg-grounding.jsonl | head -1

# format : what the fresh project must hold after the import (images annotations captions phrases expressions)
expect="coco:7 12 0 0 0
labelme:7 12 0 0 0
grit:7 11 5 8 0
kosmos2:7 11 5 8 0
humanref:7 4 0 0 6
odvg-grounding:7 11 5 8 0
sa1b:7 12 0 0 0
yolo:7 12 0 0 0
voc:7 12 0 0 0"
while IFS=: read -r f counts; do
  format=${f%-grounding}
  input=$(out_of "$f")
  [ "$format" = yolo ] && input=out/yolo/data.yaml
  mkdir "rt-$f"
  cp sample/*.png sample/*.jpg "rt-$f/"
  "$PC" init "rt-$f" >/dev/null
  "$PC" import "rt-$f" --format "$format" --input "$input" >/dev/null
  got=$("$PC" info "rt-$f" --json | "$VENV/bin/python" -c 'import json,sys; d=json.load(sys.stdin); print(*(d[k] for k in ("images","annotations","captions","phrases","expressions")))')
  if [ "$got" != "$counts" ]; then
    echo "grounding e2e: $f round trip holds '$got', expected '$counts'" >&2
    exit 1
  fi
  echo "round trip $f: $got"
done <<< "$expect"

"$PC" eval --format humanref --gt out/humanref.jsonl --pred out/humanref-pred.jsonl --json out/metrics.json >/dev/null
"$VENV/bin/python" - "$work/out" <<'PY'
import json, sys, os
from pycocotools.coco import COCO
from pycocotools import mask as mu
out = sys.argv[1]
# COCO and RefCOCO instances load in pycocotools; every ref points at an annotation of its image
for path in ("coco.json", "refcoco/instances.json"):
    c = COCO(os.path.join(out, path))
    assert len(c.anns) > 0, path
refs = json.load(open(os.path.join(out, "refcoco/refs.json")))
inst = COCO(os.path.join(out, "refcoco/instances.json"))
for r in refs:
    assert inst.anns[r["ann_id"]]["image_id"] == r["image_id"], r
# HumanRef answer masks decode and sit inside their answer boxes
n = 0
for line in open(os.path.join(out, "humanref.jsonl")):
    rec = json.loads(line)
    assert len(rec["answer_boxes"]) == len(rec["answer_segmentations"])
    for box, seg in zip(rec["answer_boxes"], rec["answer_segmentations"]):
        x, y, w, h = mu.toBbox(seg)
        assert x >= box[0] - 1 and y >= box[1] - 1 and x + w <= box[2] + 1 and y + h <= box[3] + 1, (box, x, y, w, h)
        n += 1
    assert (rec["domain"] == "rejection") == (rec["answer_boxes"] == [])
# GRIT spans slice the caption to a phrase; ODVG tokens_positive point at the phrase
spans = 0
for line in open(os.path.join(out, "grit.jsonl")):
    rec = json.loads(line)
    for s, e, *box in rec["noun_chunks"] + rec["ref_exps"]:
        assert 0 <= s < e <= len(rec["caption"]) and all(0 <= v <= 1 for v in box[:4]), rec
        spans += 1
for line in open(os.path.join(out, "odvg-grounding.jsonl")):
    rec = json.loads(line)
    if "grounding" in rec:
        g = rec["grounding"]
        for region in g["regions"]:
            for s, e in region["tokens_positive"]:
                assert g["caption"][s:e] == region["phrase"], (g["caption"], s, e, region["phrase"])
metrics = json.load(open(os.path.join(out, "metrics.json")))
text = json.dumps(metrics)
print(f"grounding e2e: pycocotools read COCO + RefCOCO ({len(refs)} refs), {n} HumanRef masks inside their boxes, "
      f"{spans} GRIT spans in range, ODVG tokens_positive slice to their phrases")
print("eval (ground truth vs the project's own answers):", text[:400])
PY
"$VENV/bin/python" - "$work/out/metrics.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
def numbers(node):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from ((k, x) for _, x in numbers(v)) if isinstance(v, (dict, list)) else [(k, v)]
    elif isinstance(node, list):
        for v in node:
            yield from numbers(v)
bad = [(k, v) for k, v in numbers(m) if any(t in k for t in ("recall", "precision", "density_f1")) and v != 1]
assert not bad, bad
print("grounding e2e: every recall, precision and DensityF1 is 1.0 for perfect answers")
PY
