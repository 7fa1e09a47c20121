#!/usr/bin/env python3
"""Checks PromptCanvas's GRIT, ODVG, KOSMOS-2, HumanRef and SA-1B exports independently of the Java readers.

Spans are checked with Python's own string slicing (code points, as the datasets' tools count them); RLEs with
pycocotools (decode, area, toBbox). Usage: grounding_formats_check.py SAMPLES_DIR  (the folder written by
GroundingExportSamplesTest). Exit status 0 when everything passes, 1 otherwise.
"""
import glob
import json
import os
import re
import sys

from pycocotools import mask as mask_utils

problems = []
counts = {}


def count(kind, n=1):
    counts[kind] = counts.get(kind, 0) + n


def fail(where, what):
    problems.append(f"{where}: {what}")


def at_word_edges(caption, s, e):
    return (0 <= s < e <= len(caption) and not caption[s].isspace() and not caption[e - 1].isspace()
            and (s == 0 or caption[s - 1] == " ") and (e == len(caption) or caption[e] == " "))


def check_grit(path):
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        r = json.loads(line)
        cap = r["caption"]
        for field in ("noun_chunks", "ref_exps"):
            for t in r[field]:
                s, e = int(t[0]), int(t[1])
                if not at_word_edges(cap, s, e):
                    fail(f"{path}:{n} {field}", f"span {s},{e} does not slice whole words of {cap!r}")
                if not (0 <= t[2] <= t[4] <= 1 and 0 <= t[3] <= t[5] <= 1):
                    fail(f"{path}:{n} {field}", f"box {t[2:6]} is not normalised xyxy")
                count("grit tuples")


def check_odvg(path):
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        r = json.loads(line)
        g = r["grounding"]
        for reg in g["regions"]:
            for s, e in reg["tokens_positive"]:
                if g["caption"][s:e] != reg["phrase"]:
                    fail(f"{path}:{n}", f"caption[{s}:{e}] = {g['caption'][s:e]!r} but phrase = {reg['phrase']!r}")
            x1, y1, x2, y2 = reg["bbox"]
            if not (0 <= x1 <= x2 <= r["width"] and 0 <= y1 <= y2 <= r["height"]):
                fail(f"{path}:{n}", f"bbox {reg['bbox']} outside the image")
            count("odvg regions")


KOSMOS = re.compile(r"<phrase>(.*?)</phrase><object>((?:<patch_index_\d{4}><patch_index_\d{4}>"
                    r"(?:</delimiter_of_multi_objects/>)?)+)</object>")


def check_kosmos2(path):
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        image, text = line.rstrip("\n").split("\t", 1)
        for m in KOSMOS.finditer(text):
            for ul, lr in re.findall(r"<patch_index_(\d{4})><patch_index_(\d{4})>", m.group(2)):
                ul, lr = int(ul), int(lr)
                if ul % 32 > lr % 32 or ul // 32 > lr // 32:
                    fail(f"{path}:{n}", f"tokens {ul} {lr} are not upper-left / lower-right")
                count("kosmos2 boxes")
        if re.sub(r"<[^>]+>", "", KOSMOS.sub(lambda m: m.group(1), text)) != re.sub(r"<[^>]+>", "", text):
            fail(f"{path}:{n}", "markup outside phrase/object pairs")


def check_rle(where, rle, h, w):
    m = mask_utils.decode(rle)
    if m.shape != (h, w):
        fail(where, f"decoded shape {m.shape} is not ({h}, {w})")
    return m


def check_humanref(path):
    sizes = {}
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        r = json.loads(line)
        cands = [tuple(b) for b in r["candidate_boxes"]]
        for i, (box, rle) in enumerate(zip(r["answer_boxes"], r["answer_segmentations"])):
            h, w = rle["size"]
            if sizes.setdefault(r["image_name"], (h, w)) != (h, w):
                fail(f"{path}:{n}", "mask sizes differ between records of one image")
            check_rle(f"{path}:{n} answer_segmentations[{i}]", rle, h, w)
            if tuple(box) not in cands:
                fail(f"{path}:{n}", f"answer {box} is not a candidate")
            x, y, bw, bh = mask_utils.toBbox(rle)
            if mask_utils.area(rle) > 0 and not (x >= int(box[0]) - 1 and y >= int(box[1]) - 1
                                                 and x + bw <= box[2] + 1 and y + bh <= box[3] + 1):
                fail(f"{path}:{n}", f"mask bbox {[x, y, bw, bh]} lies outside answer box {box}")
            count("humanref masks")
        if len(r["answer_boxes"]) != len(r["answer_segmentations"]):
            fail(f"{path}:{n}", "one mask per answer box expected")
        count("humanref records")


def check_sa1b(path):
    data = json.load(open(path, encoding="utf-8"))
    img = data["image"]
    h, w = img["height"], img["width"]
    for i, a in enumerate(data["annotations"]):
        where = f"{path} annotations[{i}]"
        rle = a["segmentation"]
        check_rle(where, rle, h, w)
        if int(mask_utils.area(rle)) != a["area"]:
            fail(where, f"area {a['area']} != pycocotools {mask_utils.area(rle)}")
        if [float(v) for v in mask_utils.toBbox(rle)] != [float(v) for v in a["bbox"]]:
            fail(where, f"bbox {a['bbox']} != pycocotools {list(mask_utils.toBbox(rle))}")
        for x, y in a["point_coords"]:
            if not (0 <= x <= w and 0 <= y <= h):
                fail(where, f"point ({x}, {y}) outside the image")
        count("sa1b masks")


def main(root):
    for p in sorted(glob.glob(os.path.join(root, "grit", "*.jsonl"))):
        check_grit(p)
    for p in sorted(glob.glob(os.path.join(root, "odvg", "*.jsonl"))):
        check_odvg(p)
    for p in sorted(glob.glob(os.path.join(root, "kosmos2", "*.txt"))):
        check_kosmos2(p)
    check_humanref(os.path.join(root, "humanref", "gt.jsonl"))
    for p in sorted(glob.glob(os.path.join(root, "sa1b", "**", "*.json"), recursive=True)):
        check_sa1b(p)
    for p in problems:
        print("PROBLEM", p)
    print("grounding formats check:", ", ".join(f"{v} {k}" for k, v in sorted(counts.items())),
          f"- {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
