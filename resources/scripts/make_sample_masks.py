"""Makes the masks of the bundled sample project (the person in astronaut.png) with OpenCV's GrabCut
from a box, and prints them as COCO RLE for sample-annotations.json. Run once by hand; the output is committed.
Needs: numpy, opencv-python-headless, pycocotools (all on the pip mirror)."""
import json
import sys

import cv2
import numpy as np
from pycocotools import mask as mu

SAMPLES = sys.argv[1] if len(sys.argv) > 1 else "resources/src/main/resources/dev/promptcanvas/resources/sample"
JOBS = [("astronaut.png", (30, 25, 470, 487))]

out = {}
for name, (x, y, w, h) in JOBS:
    img = cv2.imread(f"{SAMPLES}/{name}", cv2.IMREAD_COLOR)
    mask = np.zeros(img.shape[:2], np.uint8)
    bgd = np.zeros((1, 65), np.float64)
    fgd = np.zeros((1, 65), np.float64)
    cv2.setRNGSeed(7)
    cv2.grabCut(img, mask, (x, y, w, h), bgd, fgd, 8, cv2.GC_INIT_WITH_RECT)
    fg = np.where((mask == 1) | (mask == 3), 1, 0).astype(np.uint8)
    # keep the largest component, fill small holes
    n, labels, stats, _ = cv2.connectedComponentsWithStats(fg, 8)
    if n > 1:
        keep = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
        fg = (labels == keep).astype(np.uint8)
    fg = cv2.morphologyEx(fg, cv2.MORPH_CLOSE, np.ones((7, 7), np.uint8))
    rle = mu.encode(np.asfortranarray(fg))
    out[name] = {"size": rle["size"], "counts": rle["counts"].decode("ascii"), "area": int(fg.sum())}
print(json.dumps(out, indent=1))
