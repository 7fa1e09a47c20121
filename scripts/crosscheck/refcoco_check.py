"""Loads a PromptCanvas RefCOCO export with pycocotools and checks every ref against instances.json.

usage: refcoco_check.py FOLDER   (FOLDER holds refs.json and instances.json)
"""
import json
import sys

from pycocotools.coco import COCO


def main(folder):
    coco = COCO(f"{folder}/instances.json")
    refs = json.load(open(f"{folder}/refs.json"))
    sent_ids = set()
    for ref in refs:
        ann = coco.loadAnns([ref["ann_id"]])[0]
        assert ann["image_id"] == ref["image_id"], ref
        assert ann["category_id"] == ref["category_id"], ref
        assert ref["image_id"] in coco.getImgIds(), ref
        mask = coco.annToMask(ann)
        assert mask.sum() == round(ann["area"]), (ref, mask.sum(), ann["area"])
        assert len(ref["sent_ids"]) == len(ref["sentences"]), ref
        for s in ref["sentences"]:
            assert s["sent_id"] not in sent_ids, s
            sent_ids.add(s["sent_id"])
            assert s["sent"] == " ".join(s["tokens"]), s
            assert all(t == t.lower() for t in s["tokens"]), s
    print(f"ok: {len(refs)} refs, {len(sent_ids)} sentences, {len(coco.getAnnIds())} annotations")


if __name__ == "__main__":
    main(sys.argv[1])
