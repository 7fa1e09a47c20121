#!/usr/bin/env python3
"""An independent Python re-implementation of HumanRef metrics as RexSeek computes them.

Written from the rules in annotations/src/main/java/dev/promptcanvas/annotations/eval/package-info.java (which cite
RexSeek's metric/recall_precision_densityf1.py), not from our Java code. It returns the same layout as
`promptcanvas eval --format humanref` prints, so humanref_crosscheck.py can compare every number.

Usage as a script: humanref_metrics.py GT.jsonl PRED.jsonl  -> prints the JSON.
"""
import json
import sys

import numpy as np
from pycocotools import mask as mask_utils

THRESHOLDS = np.arange(0.5, 1.0, 0.05)
BOX_KEYS = ["recall_50", "recall_mean", "precision_50", "precision_mean", "density_f1_50", "density_f1_mean"]
POINT_KEYS = ["recall", "precision", "density_f1"]


def iou(a, b):
    ix1, iy1 = max(a[0], b[0]), max(a[1], b[1])
    ix2, iy2 = min(a[2], b[2]), min(a[3], b[3])
    if ix2 <= ix1 or iy2 <= iy1:
        return 0.0
    inter = (ix2 - ix1) * (iy2 - iy1)
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)


def box_recall_precision(gt, pred, thr):
    if not pred or (len(pred) == 1 and not pred[0]):
        return 0.0, 0.0
    taken = [False] * len(pred)
    hits = 0
    for g in gt:
        best, best_iou = None, 0
        for i, p in enumerate(pred):
            if taken[i]:
                continue
            v = iou(g, p)
            if v >= thr and v > best_iou:
                best, best_iou = i, v
        if best is not None:
            taken[best] = True
            hits += 1
    return hits / len(gt), hits / len(pred)


def inside(rle, p):
    m = mask_utils.decode(rle)
    x, y = int(round(p[0])), int(round(p[1]))
    return 0 <= y < m.shape[0] and 0 <= x < m.shape[1] and m[y, x] == 1


def point_recall_precision(gt, masks, pred):
    if not gt:
        return (1.0, 1.0) if not pred else (0.0, 0.0)
    if not pred:
        return 0.0, 1.0
    taken = [False] * len(pred)
    hits = 0
    for rle in masks:
        for i, p in enumerate(pred):
            if not taken[i] and inside(rle, p):
                taken[i] = True
                hits += 1
                break
    return hits / len(gt), hits / len(pred)


def density_f1(p, r, n_gt, n_pred, persons):
    if p + r == 0:
        return 0.0
    f1 = 2 * (p * r) / (p + r)
    g = n_gt / persons if persons > 0 else 0.0
    q = n_pred / persons if persons > 0 else 0.0
    return f1 * (min(1.0, g / q) if q > 0 else 0.0)


def bucket(n):
    return "1" if n == 1 else "2-5" if 2 <= n <= 5 else "6-10" if 6 <= n <= 10 else ">10"


def row(values, keys):
    out = {k: float(np.mean([v[i] for v in values])) for i, k in enumerate(keys)}
    out["count"] = len(values)
    return out


def evaluate(gt_items, pred_items):
    first = next(p["extracted_predictions"] for p in pred_items if p["extracted_predictions"])
    point = len(first[0]) == 2
    keys = POINT_KEYS if point else BOX_KEYS
    lookup = {}
    for p in pred_items:
        lookup[p["id"]] = p["extracted_predictions"]
    by_domain, by_sub, by_bucket = {}, {}, {}
    rejected = total_rejection = 0
    for g in gt_items:
        pred = lookup.get(g["id"], [])
        if g["domain"] == "rejection":
            total_rejection += 1
            rejected += 1 if (len(pred) == 0 or len(pred[0]) == 0) else 0
            continue
        gt = g["answer_boxes"]
        persons = len(g["candidate_boxes"])
        if point:
            r, p = point_recall_precision(gt, g["answer_segmentations"], pred)
            vec = (r, p, density_f1(p, r, len(gt), len(pred), persons))
        else:
            rs, ps, ds = [], [], []
            for t in THRESHOLDS:
                r, p = box_recall_precision(gt, pred, t)
                rs.append(r)
                ps.append(p)
                ds.append(density_f1(p, r, len(gt), len(pred), persons))
            r50, p50 = box_recall_precision(gt, pred, 0.5)
            vec = (r50, np.mean(rs), p50, np.mean(ps), density_f1(p50, r50, len(gt), len(pred), persons),
                   np.mean(ds))
        by_domain.setdefault(g["domain"], []).append(vec)
        by_sub.setdefault(g["sub_domain"], []).append(vec)
        by_bucket.setdefault(bucket(len(gt)), []).append(vec)

    def listed_under(sub):
        return next(g["domain"] for g in gt_items if g.get("sub_domain") == sub)

    def concat(groups):
        return [v for values in groups.values() for v in values]

    return {
        "mode": "point" if point else "box",
        "average": row(concat(by_domain), keys) if by_domain else None,
        "domains": [dict(domain=d, **row(by_domain[d], keys)) for d in sorted(by_domain)],
        "subdomains": [dict(subdomain=s, domain=listed_under(s), **row(by_sub[s], keys)) for s in sorted(by_sub)],
        "box_counts": [dict(box_count=b, **row(by_bucket[b], keys))
                       for b in ["1", "2-5", "6-10", ">10"] if b in by_bucket],
        "box_count_average": row(concat(by_bucket), keys) if by_bucket else None,
        "rejection": {"score": rejected, "total": total_rejection,
                      "accuracy": rejected / total_rejection if total_rejection else None},
    }


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


if __name__ == "__main__":
    print(json.dumps(evaluate(read_jsonl(sys.argv[1]), read_jsonl(sys.argv[2])), indent=2))
