#!/usr/bin/env python3
"""Opens COCO files exported by PromptCanvas with pycocotools and checks them.

For every annotation: COCO() must load the file, annToRLE must accept the segmentation, and the exported
`area` and `bbox` must equal maskUtils.area / maskUtils.toBbox of annToRLE(ann) - exactly what COCOeval and the
COCO tools would compute. Also checks 1-based, contiguous image/category/annotation ids and valid references.

Usage: check.py FILE.json [FILE.json ...]     exit status 0 when every file passes, 1 otherwise.
"""
import sys
from collections import Counter

import numpy as np
from pycocotools import mask as mask_utils
from pycocotools.coco import COCO


def check(path):
    problems = []
    coco = COCO(path)
    data = coco.dataset
    kinds = Counter()
    for key in ("images", "categories", "annotations"):
        ids = [e["id"] for e in data.get(key, [])]
        if ids != list(range(1, len(ids) + 1)):
            problems.append(f"{key}: ids are not 1, 2, 3, ... in order")
    image_ids = {i["id"] for i in data["images"]}
    category_ids = {c["id"] for c in data.get("categories", [])}
    for index, ann in enumerate(data.get("annotations", [])):
        where = f"annotations[{index}] (id {ann['id']})"
        if ann["image_id"] not in image_ids:
            problems.append(f"{where}: image_id {ann['image_id']} is not an image")
            continue
        if "caption" in ann:
            kinds["caption"] += 1
            continue
        if ann["category_id"] not in category_ids:
            problems.append(f"{where}: category_id {ann['category_id']} is not a category")
        segm = ann["segmentation"]
        if isinstance(segm, list):
            kinds["polygons"] += 1
            if any(len(ring) < 6 or len(ring) % 2 for ring in segm):
                problems.append(f"{where}: a polygon ring has fewer than 3 points or an odd length")
                continue
        else:
            kinds["rle-crowd" if ann["iscrowd"] else "rle"] += 1
        rle = coco.annToRLE(ann)
        area = float(mask_utils.area(rle))
        bbox = mask_utils.toBbox(rle).tolist()
        if ann["area"] != area:
            problems.append(f"{where}: area {ann['area']} but pycocotools computes {area}")
        if not np.array_equal(np.asarray(ann["bbox"], dtype=float), np.asarray(bbox, dtype=float)):
            problems.append(f"{where}: bbox {ann['bbox']} but pycocotools computes {bbox}")
    return kinds, problems


def main(paths):
    failed = False
    for path in paths:
        kinds, problems = check(path)
        summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        status = "OK" if not problems else f"FAILED ({len(problems)} problems)"
        print(f"{path}: {status}: {summary}")
        for p in problems[:20]:
            print("   ", p)
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
