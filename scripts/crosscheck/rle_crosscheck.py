#!/usr/bin/env python3
"""Writes random RLE cases with pycocotools' answers, one JSON object per line, for RleCrossCheck (Java) to compare.

Each case holds up to three masks of one size (column-major bytes, base64) and random polygons and a box, with what
pycocotools 2.x returns for them: compressed strings, uncompressed counts, area, bbox, decode, frPoly, frBbox,
merge (union / intersection, two and three masks), iou (plain and crowd), and a AND NOT b.
"""
import argparse
import base64
import json
import sys

import numpy as np
from pycocotools import mask as mask_utils


def encode(m):
    return mask_utils.encode(np.asfortranarray(m.reshape(m.shape[0], m.shape[1], 1).astype(np.uint8)))[0]


def text(rle):
    return rle["counts"].decode("ascii")


def column_major_b64(m):
    return base64.b64encode(np.asarray(m, dtype=np.uint8).flatten(order="F").tobytes()).decode("ascii")


def run_lengths(m):
    """Uncompressed COCO counts computed independently with numpy (zeros first)."""
    flat = np.asarray(m, dtype=np.uint8).flatten(order="F")
    if flat.size == 0:
        return [0]
    change = np.flatnonzero(np.diff(flat)) + 1
    edges = np.concatenate(([0], change, [flat.size]))
    runs = np.diff(edges).tolist()
    if flat[0] == 1:
        runs = [0] + runs
    return [int(r) for r in runs]


def random_mask(rng, h, w):
    kind = rng.integers(0, 6)
    if kind == 0:
        return np.zeros((h, w), np.uint8)
    if kind == 1:
        return np.ones((h, w), np.uint8)
    if kind == 2:
        return (rng.random((h, w)) < rng.random()).astype(np.uint8)
    m = np.zeros((h, w), np.uint8)
    for _ in range(rng.integers(1, 4)):
        if h == 0 or w == 0:
            break
        y0, x0 = rng.integers(0, h), rng.integers(0, w)
        if kind == 3:
            m[y0:y0 + rng.integers(1, h + 1), x0:x0 + rng.integers(1, w + 1)] = 1
        else:
            yy, xx = np.mgrid[0:h, 0:w]
            ry, rx = rng.uniform(0.5, h / 2 + 1), rng.uniform(0.5, w / 2 + 1)
            m[((yy - y0) / ry) ** 2 + ((xx - x0) / rx) ** 2 <= 1] = 1 if kind == 4 else rng.integers(0, 2)
    return m


def random_ring(rng, h, w):
    n = int(rng.integers(3, 13))
    lo_x, hi_x = -0.3 * w - 1, 1.3 * w + 1
    lo_y, hi_y = -0.3 * h - 1, 1.3 * h + 1
    xy = np.empty(2 * n)
    xy[0::2] = rng.uniform(lo_x, hi_x, n)
    xy[1::2] = rng.uniform(lo_y, hi_y, n)
    style = rng.integers(0, 4)
    if style == 0:
        xy = np.round(xy)
    elif style == 1:
        xy = np.round(xy * 2) / 2
    if rng.random() < 0.2:
        i = int(rng.integers(0, n - 1))
        xy = np.insert(xy, 2 * i + 2, xy[2 * i:2 * i + 2])
    return [float(v) for v in xy]


def sizes(rng, count):
    special = [(0, 0), (0, 5), (7, 0), (1, 1), (1, 37), (29, 1), (1, 200), (200, 1), (256, 256), (3, 500)]
    for s in special:
        yield s
    for _ in range(count - len(special)):
        r = rng.random()
        if r < 0.05:
            yield (0, int(rng.integers(1, 20))) if rng.random() < 0.5 else (int(rng.integers(1, 20)), 0)
        elif r < 0.15:
            yield (1, int(rng.integers(1, 80))) if rng.random() < 0.5 else (int(rng.integers(1, 80)), 1)
        elif r < 0.2:
            yield int(rng.integers(64, 300)), int(rng.integers(64, 300))
        else:
            yield int(rng.integers(1, 64)), int(rng.integers(1, 64))


def make_case(rng, index, h, w):
    a, b, c = (random_mask(rng, h, w) for _ in range(3))
    ra, rb, rc = encode(a), encode(b), encode(c)
    for m, r in ((a, ra), (b, rb), (c, rc)):
        if not np.array_equal(mask_utils.decode(r).reshape(h, w), m):
            sys.exit(f"case {index}: pycocotools decode(encode(m)) != m")
    counts = run_lengths(a)
    again = mask_utils.frPyObjects({"counts": counts, "size": [h, w]}, h, w)
    if text(again) != text(ra):
        sys.exit(f"case {index}: numpy run lengths disagree with pycocotools ({counts} vs {text(ra)})")
    case = {
        "id": index, "h": h, "w": w,
        "a": column_major_b64(a), "b": column_major_b64(b), "c": column_major_b64(c),
        "a_str": text(ra), "b_str": text(rb), "c_str": text(rc), "a_counts": counts,
        "a_area": int(mask_utils.area(ra)), "a_bbox": [float(v) for v in mask_utils.toBbox(ra)],
        "union": text(mask_utils.merge([ra, rb], intersect=0)),
        "inter": text(mask_utils.merge([ra, rb], intersect=1)),
        "union3": text(mask_utils.merge([ra, rb, rc], intersect=0)),
        "inter3": text(mask_utils.merge([ra, rb, rc], intersect=1)),
        "diff": text(encode(a & (1 - b))),
        "iou": float(mask_utils.iou([ra], [rb], [0])[0][0]),
        "iou_crowd": float(mask_utils.iou([ra], [rb], [1])[0][0]),
        "iou_ba": float(mask_utils.iou([rb], [ra], [0])[0][0]),
    }
    if w > 0:  # pycocotools' frPoly returns counts that do not add up to h*w when w == 0
        rings = [random_ring(rng, h, w) for _ in range(int(rng.integers(1, 4)))]
        per_ring = mask_utils.frPyObjects(rings, h, w)
        merged = mask_utils.merge(per_ring)
        box = [float(rng.uniform(-0.2 * w, w)), float(rng.uniform(-0.2 * h, h + 1)),
               float(rng.uniform(0, w)), float(rng.uniform(0, h + 1))]
        case.update({
            "rings": rings, "ring_strs": [text(r) for r in per_ring], "rings_merged": text(merged),
            "rings_area": int(mask_utils.area(merged)),
            "rings_bbox": [float(v) for v in mask_utils.toBbox(merged)],
            "box": box, "box_str": text(mask_utils.frPyObjects(np.array([box], dtype=np.float64), h, w)[0]),
        })
    return case


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    with open(args.output, "w") as out:
        for index, (h, w) in enumerate(sizes(rng, args.cases)):
            out.write(json.dumps(make_case(rng, index, h, w)) + "\n")
    print(f"wrote {args.cases} cases to {args.output}")


if __name__ == "__main__":
    main()
