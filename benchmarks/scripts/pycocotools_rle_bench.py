#!/usr/bin/env python3
"""Generates the shared RLE benchmark masks and times pycocotools' encode/decode on them.

Masks: COUNT seeded SIZE x SIZE binary masks, each with 1-5 object-like blobs (random star-shaped polygons, some
with a hole, some ellipses), written as pycocotools compressed strings to DATA (one per line after a header);
RleBenchmark (JMH) reads the same file, so both sides work on identical masks.

Timed (best and median of REPEATS runs, all masks in one call, as pycocotools is fastest that way):
  encode: mask.encode(Fortran-order uint8 array of shape (SIZE, SIZE, COUNT)) -> compressed RLE strings
  decode: mask.decode(list of compressed RLEs) -> (SIZE, SIZE, COUNT) uint8 array
With --compare JMH_JSON it instead prints both sides from a JMH JSON result and the saved pycocotools figures.
"""
import argparse
import json
import statistics
import time

import numpy as np
from pycocotools import mask as mask_utils


def star_polygon(rng, cx, cy, radius):
    n = int(rng.integers(10, 40))
    angles = np.sort(rng.uniform(0, 2 * np.pi, n))
    radii = radius * rng.uniform(0.55, 1.0, n)
    return np.stack([cx + radii * np.cos(angles), cy + radii * np.sin(angles)], axis=1).ravel().tolist()


def blob(rng, size):
    cx, cy = rng.uniform(0, size, 2)
    radius = rng.uniform(15, size / 4)
    if rng.random() < 0.3:
        yy, xx = np.ogrid[0:size, 0:size]
        ry, rx = radius, radius * rng.uniform(0.4, 1.0)
        return ((yy + 0.5 - cy) / ry) ** 2 + ((xx + 0.5 - cx) / rx) ** 2 <= 1
    shape = mask_utils.decode(mask_utils.frPyObjects([star_polygon(rng, cx, cy, radius)], size, size))[:, :, 0] > 0
    if rng.random() < 0.3:
        hole = mask_utils.frPyObjects([star_polygon(rng, cx, cy, radius * 0.3)], size, size)
        shape &= ~(mask_utils.decode(hole)[:, :, 0] > 0)
    return shape


def generate(count, size, seed):
    rng = np.random.default_rng(seed)
    masks = np.zeros((size, size, count), dtype=np.uint8, order="F")
    for i in range(count):
        m = np.zeros((size, size), dtype=bool)
        for _ in range(int(rng.integers(1, 6))):
            m |= blob(rng, size)
        masks[:, :, i] = m
    return masks


def timed(fn, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def mpx_per_s(pixels, seconds):
    return pixels / seconds / 1e6


def run(args):
    masks = generate(args.count, args.size, args.seed)
    rles = mask_utils.encode(masks)
    with open(args.data, "w") as out:
        out.write(f"PCRLE1 {args.count} {args.size} {args.size}\n")
        for r in rles:
            out.write(r["counts"].decode("ascii") + "\n")
    assert np.array_equal(mask_utils.decode(rles), masks)
    pixels = masks.size
    enc_best, enc_median = timed(lambda: mask_utils.encode(masks), args.repeats)
    dec_best, dec_median = timed(lambda: mask_utils.decode(rles), args.repeats)
    result = {
        "masks": args.count, "size": args.size, "pixels": pixels,
        "mean_area_fraction": float(masks.mean()),
        "encode_ms": {"best": enc_best * 1e3, "median": enc_median * 1e3},
        "decode_ms": {"best": dec_best * 1e3, "median": dec_median * 1e3},
    }
    with open(args.results, "w") as out:
        json.dump(result, out, indent=2)
    print(f"masks: {args.count} x {args.size}x{args.size}, mean foreground {result['mean_area_fraction']:.3f}, "
          f"data {args.data}")
    print(f"pycocotools encode: median {enc_median * 1e3:8.1f} ms  ({mpx_per_s(pixels, enc_median):7.0f} Mpx/s), "
          f"best {enc_best * 1e3:.1f} ms")
    print(f"pycocotools decode: median {dec_median * 1e3:8.1f} ms  ({mpx_per_s(pixels, dec_median):7.0f} Mpx/s), "
          f"best {dec_best * 1e3:.1f} ms")


def compare(args):
    with open(args.results) as f:
        py = json.load(f)
    with open(args.compare) as f:
        jmh = json.load(f)
    pixels = py["pixels"]
    print(f"RLE codec, {py['masks']} masks of {py['size']}x{py['size']} ({pixels / 1e6:.0f} Mpx per op)")
    print(f"{'operation':44s} {'ms/op':>9s} {'Mpx/s':>9s}")
    print(f"{'pycocotools encode (median)':44s} {py['encode_ms']['median']:9.1f} "
          f"{mpx_per_s(pixels, py['encode_ms']['median'] / 1e3):9.0f}")
    print(f"{'pycocotools decode (median)':44s} {py['decode_ms']['median']:9.1f} "
          f"{mpx_per_s(pixels, py['decode_ms']['median'] / 1e3):9.0f}")
    for entry in jmh:
        name = "java " + entry["benchmark"].rsplit(".", 1)[-1] + " (mean)"
        score = entry["primaryMetric"]["score"]
        unit = entry["primaryMetric"]["scoreUnit"]
        ms = score if unit == "ms/op" else score * 1e3 if unit == "s/op" else score / 1e3
        print(f"{name:44s} {ms:9.1f} {mpx_per_s(pixels, ms / 1e3):9.0f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--size", type=int, default=1024)
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--data", default="target/rle-bench/masks.txt")
    parser.add_argument("--results", default="target/rle-bench/pycocotools.json")
    parser.add_argument("--compare", metavar="JMH_JSON")
    args = parser.parse_args()
    if args.compare:
        compare(args)
    else:
        run(args)


if __name__ == "__main__":
    main()
