#!/usr/bin/env python3
"""Random HumanRef GT/prediction files, evaluated by humanref_metrics.py and by `promptcanvas eval`; compares every
number (domain, sub-domain, bucket and average rows, rejection score) and prints N cases and the max abs diff.

Usage: humanref_crosscheck.py --java 'java -cp CP dev.promptcanvas.app.Main' [--cases N] [--seed S] [--out DIR]
Exits 1 on any mismatch larger than --tolerance (default 0: bit-exact).
"""
import argparse
import json
import math
import os
import random
import shlex
import subprocess
import sys

import numpy as np
from pycocotools import mask as mask_utils

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import humanref_metrics  # noqa: E402

DOMAINS = ["attribute", "position", "interaction", "reasoning", "celebrity"]
SUBS = ["inner", "outer", "color", "pose", "left", "shared", "group", "famous"]


def num(rng, v):
    """Sometimes an int, sometimes a float with a fraction (IoU then hits float rounding)."""
    if rng.random() < 0.5:
        return int(round(v))
    return round(v, rng.choice([1, 2, 6]))


def rand_box(rng, w, h):
    x1, y1 = rng.uniform(0, w - 4), rng.uniform(0, h - 4)
    return [num(rng, x1), num(rng, y1), num(rng, min(w, x1 + rng.uniform(2, w / 2))),
            num(rng, min(h, y1 + rng.uniform(2, h / 2)))]


def jitter(rng, b):
    """A box near b: same, shifted by a little, or grown, so IoUs straddle the thresholds."""
    kind = rng.random()
    if kind < 0.3:
        return list(b)
    d = rng.choice([0.5, 1, 2, 3, 0.25, 5])
    dx, dy = rng.choice([-d, 0, d]), rng.choice([-d, 0, d])
    return [b[0] + dx, b[1] + dy, b[2] + dx + rng.choice([0, d]), b[3] + dy]


def mask_rle(rng, box, h, w):
    m = np.zeros((h, w), dtype=np.uint8, order="F")
    x1, y1, x2, y2 = [int(math.floor(v)) for v in box]
    m[max(0, y1):max(0, y2), max(0, x1):max(0, x2)] = 1
    for _ in range(rng.randint(0, 3)):  # holes and specks
        y, x = rng.randrange(h), rng.randrange(w)
        m[y, x] = 1 - m[y, x]
    rle = mask_utils.encode(m)
    return {"size": [h, w], "counts": rle["counts"].decode("ascii")}


def make_case(rng, point):
    w, h = rng.choice([(40, 30), (64, 48), (100, 80)])
    n_items = rng.randint(1, 80)
    gt, preds = [], []
    for i in range(n_items):
        item_id = i if rng.random() < 0.7 else "q%d" % i
        rejection = rng.random() < 0.15
        domain = "rejection" if rejection else rng.choice(DOMAINS)
        persons = rng.choice([0, 1, 2, 3, 5, 8, 12, 14]) if not rejection else rng.randint(0, 6)
        candidates = [rand_box(rng, w, h) for _ in range(persons)]
        if rejection:
            answers = []
        elif point and rng.random() < 0.05:
            answers = []  # point mode tolerates no answers outside the rejection domain
        else:
            k = rng.choice([1, 1, 2, 3, 5, 6, 7, 11, 12])
            answers = [c for c in candidates[:k]] if candidates else []
            while len(answers) < k:
                answers.append(rand_box(rng, w, h))
        g = {"id": item_id, "image_name": "img%d.jpg" % i, "referring": "someone", "domain": domain,
             "sub_domain": rng.choice(SUBS), "candidate_boxes": candidates, "answer_boxes": answers}
        if point and not rejection:
            g["answer_segmentations"] = [mask_rle(rng, a, h, w) for a in answers]
        gt.append(g)
        r = rng.random()
        if r < 0.05:
            continue  # missing prediction line
        if point:
            pred = point_prediction(rng, g, w, h, rejection)
        else:
            pred = box_prediction(rng, g, w, h, rejection)
        preds.append({"id": item_id, "extracted_predictions": pred})
        if rng.random() < 0.04:  # a repeated id: the later line wins
            preds.append({"id": item_id, "extracted_predictions": box_prediction(rng, g, w, h, rejection)
                          if not point else point_prediction(rng, g, w, h, rejection)})
    if rng.random() < 0.3:
        preds.append({"id": "unknown-%d" % rng.randint(0, 99), "extracted_predictions": []})
    rng.shuffle(preds)
    # the first line decides the mode: make it a real entry of the intended kind
    first = [[3, 4]] if point else [[1, 2, 10, 12]]
    preds.insert(0, {"id": "mode-line", "extracted_predictions": first})
    return gt, preds


def box_prediction(rng, g, w, h, rejection):
    r = rng.random()
    if r < 0.08:
        return []
    if r < 0.14:
        return [[]]
    if rejection and r < 0.2:
        return [[], rand_box(rng, w, h)]
    out = []
    for a in g["answer_boxes"]:
        if rng.random() < 0.75:
            out.append(jitter(rng, a))
    for _ in range(rng.choice([0, 0, 1, 2])):
        out.append(rand_box(rng, w, h))
    if out and rng.random() < 0.15:
        out.append(list(rng.choice(out)))  # duplicate
    if out and rng.random() < 0.05:
        out[0] = out[0] + [0.9]  # a score after the box: only the first four numbers count
    rng.shuffle(out)
    return out if out or rng.random() < 0.5 else [[]]


def point_prediction(rng, g, w, h, rejection):
    r = rng.random()
    if r < 0.1:
        return []
    if rejection and r < 0.2:
        return [[]]
    out = []
    for a in g["answer_boxes"]:
        if rng.random() < 0.7:
            x = rng.uniform(a[0] - 1, a[2] + 1)
            y = rng.uniform(a[1] - 1, a[3] + 1)
            if rng.random() < 0.3:
                x, y = math.floor(x) + 0.5, math.floor(y) + 0.5  # ties: Python rounds half to even
            out.append([num(rng, x), num(rng, y)])
    for _ in range(rng.choice([0, 1, 2])):
        out.append([rng.uniform(-2, w + 2), rng.uniform(-2, h + 2)])
    if out and rng.random() < 0.15:
        out.append(list(rng.choice(out)))
    rng.shuffle(out)
    return out


def flatten(result):
    """Every compared number keyed by where it is."""
    flat = {"mode": result["mode"], "rejection.score": result["rejection"]["score"],
            "rejection.total": result["rejection"]["total"], "rejection.accuracy": result["rejection"]["accuracy"]}
    for section, name_key in (("domains", "domain"), ("subdomains", "subdomain"), ("box_counts", "box_count")):
        for r in result[section]:
            for k, v in r.items():
                flat["%s[%s].%s" % (section, r[name_key], k)] = v
    for section in ("average", "box_count_average"):
        if result[section] is None:
            flat[section] = None
        else:
            for k, v in result[section].items():
                flat["%s.%s" % (section, k)] = v
    return flat


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--java", required=True, help="command line that runs the promptcanvas CLI")
    ap.add_argument("--cases", type=int, default=150)
    ap.add_argument("--seed", type=int, default=20250101)
    ap.add_argument("--out", default="target/crosscheck/humanref")
    ap.add_argument("--tolerance", type=float, default=0.0)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    max_diff, numbers, bad, points = 0.0, 0, 0, 0
    for case in range(args.cases):
        point = rng.random() < 0.3
        points += point
        gt, preds = make_case(rng, point)
        gt_path = os.path.join(args.out, "gt-%03d.jsonl" % case)
        pred_path = os.path.join(args.out, "pred-%03d.jsonl" % case)
        write_jsonl(gt_path, gt)
        write_jsonl(pred_path, preds)
        expected = flatten(humanref_metrics.evaluate(gt, preds))
        run = subprocess.run(shlex.split(args.java) + ["eval", "--format", "humanref", "--gt", gt_path,
                                                       "--pred", pred_path], capture_output=True, text=True)
        if run.returncode != 0:
            print("case %d: exit %d: %s" % (case, run.returncode, run.stderr.strip()))
            bad += 1
            continue
        actual = flatten(json.loads(run.stdout))
        if set(expected) != set(actual):
            print("case %d: different keys: %s" % (case, sorted(set(expected) ^ set(actual))[:6]))
            bad += 1
            continue
        for k, v in expected.items():
            a = actual[k]
            if isinstance(v, str) or v is None or a is None:
                if v != a:
                    print("case %d: %s: python %r, java %r" % (case, k, v, a))
                    bad += 1
                continue
            numbers += 1
            d = abs(float(v) - float(a))
            max_diff = max(max_diff, d)
            if d > args.tolerance:
                print("case %d: %s: python %r, java %r (diff %g)" % (case, k, v, a, d))
                bad += 1
    print("humanref crosscheck: %d cases (%d point mode), %d numbers compared, max abs diff %g, %d mismatches"
          % (args.cases, points, numbers, max_diff, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
