#!/usr/bin/env python3
"""Opens LabelMe files exported by PromptCanvas with LabelMe's own code (Debian's labelme 5.1.1).

For every JSON under the given folders (or given files):
  * labelme.label_file.LabelFile(path) must load it - this reads the image named by imagePath, as the app does;
    imageHeight/imageWidth must equal the image's real size;
  * every shape must become a labelme.shape.Shape the way the app's loadLabels builds them (shape_type accepted,
    points added, closed); a "mask" shape is not a 5.1.1 type (LabelMe 5.3 added it): it is counted separately
    and checked the way LabelMe >= 5.3 reads it - utils.img_b64_to_arr(mask) placed at points[0], its size matching
    points[0]..points[1];
  * labelme.utils.shape_to_mask / shapes_to_label (what labelme_json_to_dataset uses) must rasterise the 5.1.1
    shapes, and shapes with an area (polygon, rectangle, circle) must cover at least one pixel.

Usage: check.py FOLDER_OR_FILE [...]     exit status 0 when everything loads, 1 otherwise.
"""
import glob
import json
import os
import sys
from collections import Counter

import numpy as np
import PIL.Image
from qtpy import QtCore

from labelme import utils
from labelme.label_file import LabelFile
from labelme.shape import Shape

GUI_TYPES = {"polygon", "rectangle", "point", "line", "circle", "linestrip"}
AREA_TYPES = {"polygon", "rectangle", "circle"}


def json_files(args):
    for arg in args:
        if os.path.isdir(arg):
            yield from sorted(glob.glob(os.path.join(arg, "**", "*.json"), recursive=True))
        else:
            yield arg


def check_file(path, counts):
    problems = []
    label_file = LabelFile(path)
    image_path = os.path.join(os.path.dirname(path), label_file.imagePath)
    width, height = PIL.Image.open(image_path).size
    with open(path, encoding="utf-8") as f:
        raw = json.load(f)
    if (raw["imageHeight"], raw["imageWidth"]) != (height, width):
        problems.append(f"imageHeight/imageWidth {raw['imageHeight']}x{raw['imageWidth']} but the image is "
                        f"{height}x{width}")
    gui_shapes = []
    for index, s in enumerate(label_file.shapes):
        where = f"shapes[{index}] ({s['shape_type']})"
        counts[s["shape_type"]] += 1
        if s["shape_type"] == "mask":
            mask = utils.img_b64_to_arr(s["other_data"]["mask"]).astype(bool)
            (x1, y1), (x2, y2) = s["points"]
            if mask.shape != (int(y2) - int(y1) + 1, int(x2) - int(x1) + 1):
                problems.append(f"{where}: mask is {mask.shape} but points span {(x1, y1)}..{(x2, y2)}")
            if not mask.any():
                problems.append(f"{where}: mask is empty")
            continue
        if s["shape_type"] not in GUI_TYPES:
            problems.append(f"{where}: not a LabelMe shape type")
            continue
        shape = Shape(label=s["label"], shape_type=s["shape_type"], group_id=s["group_id"])
        for x, y in s["points"]:
            shape.addPoint(QtCore.QPointF(x, y))
        shape.close()
        shape.flags = dict(s["flags"])
        shape.other_data = s["other_data"]
        pixels = utils.shape_to_mask((height, width), s["points"], s["shape_type"])
        if s["shape_type"] in AREA_TYPES and not pixels.any():
            problems.append(f"{where}: shape_to_mask gives no pixels")
        gui_shapes.append(s)
    names = {"_background_": 0}
    for s in gui_shapes:
        names.setdefault(s["label"], len(names))
    cls, _ = utils.shapes_to_label((height, width), gui_shapes, names)
    if gui_shapes and not np.any(cls):
        problems.append("shapes_to_label gives an empty label image")
    return problems


def main(args):
    counts = Counter()
    failed = 0
    files = list(json_files(args))
    for path in files:
        try:
            problems = check_file(path, counts)
        except Exception as e:  # LabelFileError, assertion in shape_to_mask, ...
            problems = [f"{type(e).__name__}: {e}"]
        if problems:
            failed += 1
            print(f"{path}: FAILED")
            for p in problems[:20]:
                print("   ", p)
    shapes = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    print(f"{len(files) - failed}/{len(files)} files load in labelme; shapes: {shapes}")
    if counts["mask"]:
        print(f"note: {counts['mask']} mask shapes need LabelMe >= 5.3 to open in the window (5.1.1 refuses"
              " shape_type 'mask'); their PNGs decode and fit their points")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
