#!/usr/bin/env python3
"""sam2_ort_bench.py -- the python onnxruntime peer baseline for the Java SAM2 benchmarks (Sam2SegmentBenchmark,
Sam2MemoryProbe), on the same ONNX files and the same kind of 1920x1080 frame.

Rows (median / min / max ms over --runs after --warmup):
  preprocess        cv2 BGR->RGB, cv2.resize to 1024x1024 (INTER_LINEAR, aspect not kept), /255, mean/std, NCHW
  encoder           session.run of the encoder
  decoder_raw       session.run of the decoder, one positive click, inputs prebuilt (what Java's rawOrtDecoder does)
  click_best        prompt scaling + decoder + cv2.resize of the best low-res mask to 1920x1080 + threshold > 0
  click_all3        the same with all three candidates resized and thresholded (what Java's clickToFullSizeMask
                    returns, minus RLE)
and the process RSS with both sessions loaded and 10 embeddings kept in a list.

Usage: benchmarks/scripts/sam2_ort_bench.py [--dir DIR] [--runs N] [--warmup N] [--threads N] [--json OUT]
DIR defaults to benchmarks/target/sam2-tiny (made by shared/tools/make-sam2-onnx DIR). Needs numpy, onnxruntime,
opencv-python-headless: with --venv (or $VENV unset and those missing) a venv is made under target/.
"""
import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import time


def ensure_deps(venv):
    try:
        import cv2, numpy, onnxruntime  # noqa: F401
        return
    except ImportError:
        pass
    py = os.path.join(venv, "bin", "python")
    if not os.path.exists(py):
        subprocess.check_call([sys.executable, "-m", "venv", venv])
        subprocess.check_call([py, "-m", "pip", "-q", "install", "numpy", "onnxruntime", "opencv-python-headless"])
    os.execv(py, [py] + sys.argv)


def timed(fn, runs, warmup):
    for _ in range(warmup):
        fn()
    ts = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t0) * 1e3)
    return {"median_ms": statistics.median(ts), "min_ms": min(ts), "max_ms": max(ts), "runs": runs}


def rss_mib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", default=os.path.join(repo, "benchmarks", "target", "sam2-tiny"))
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--json")
    ap.add_argument("--venv", default=os.environ.get("VENV", os.path.join(repo, "target", "bench-venv")))
    a = ap.parse_args()
    ensure_deps(a.venv)
    import cv2
    import numpy as np
    import onnxruntime as ort

    enc_path = sorted(glob.glob(os.path.join(a.dir, "*.encoder.onnx")))[0]
    dec_path = sorted(glob.glob(os.path.join(a.dir, "*.decoder.onnx")))[0]
    threads = a.threads or len(os.sched_getaffinity(0))
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.log_severity_level = 3
    rss0 = rss_mib()
    enc = ort.InferenceSession(enc_path, so, providers=["CPUExecutionProvider"])
    dec = ort.InferenceSession(dec_path, so, providers=["CPUExecutionProvider"])
    rss_loaded = rss_mib()

    W, H, S = 1920, 1080, 1024
    rng = np.random.default_rng(0)
    yy, xx = np.mgrid[0:H, 0:W]
    bgr = np.stack([xx * 255 // W, yy * 255 // H, (xx + yy) * 255 // (W + H)], -1)
    bgr = np.clip(bgr + rng.integers(-20, 20, bgr.shape), 0, 255).astype(np.uint8)
    mean = np.array([0.485, 0.456, 0.406], np.float32)
    std = np.array([0.229, 0.224, 0.225], np.float32)

    def preprocess(img):
        x = cv2.resize(cv2.cvtColor(img, cv2.COLOR_BGR2RGB), (S, S)).astype(np.float32)
        return ((x / 255.0 - mean) / std).transpose(2, 0, 1)[None].astype(np.float32)

    res = {"preprocess": timed(lambda: preprocess(bgr), a.runs, a.warmup)}
    x = preprocess(bgr)
    res["encoder"] = timed(lambda: enc.run(None, {"image": x}), max(3, a.runs // 2), 1)
    names = [o.name for o in enc.get_outputs()]
    feats = dict(zip(names, enc.run(None, {"image": x})))
    click = (0.52 * W, 0.48 * H)

    def feed():
        c = np.array([[[click[0] / W * S, click[1] / H * S]]], np.float32)
        return {**feats, "point_coords": c, "point_labels": np.ones((1, 1), np.float32),
                "mask_input": np.zeros((1, 1, 256, 256), np.float32), "has_mask_input": np.zeros(1, np.float32)}

    f = feed()
    res["decoder_raw"] = timed(lambda: dec.run(None, f), a.runs, a.warmup)

    def click_best():
        m, q = dec.run(None, feed())
        return cv2.resize(m[0, int(np.argmax(q[0]))], (W, H)) > 0

    def click_all3():
        m, q = dec.run(None, feed())
        return [cv2.resize(m[0, i], (W, H)) > 0 for i in range(m.shape[1])]

    res["click_best"] = timed(click_best, a.runs, a.warmup)
    res["click_all3"] = timed(click_all3, a.runs, a.warmup)

    kept = []
    for i in range(10):
        img = np.roll(bgr, 37 * i, axis=1)
        kept.append(enc.run(None, {"image": preprocess(img)}))
        dec.run(None, {**dict(zip(names, kept[-1])), **{k: v for k, v in f.items() if k not in names}})
    res["rss_mib"] = {"start": rss0, "sessions_loaded": rss_loaded, "ten_embeddings": rss_mib()}

    print(f"# python onnxruntime {ort.__version__}, opencv {cv2.__version__}, threads {threads}, "
          f"{os.path.basename(enc_path)} / {os.path.basename(dec_path)}, frame {W}x{H}")
    print("| step | median ms | min ms | max ms |\n|---|---:|---:|---:|")
    for k, v in res.items():
        if "median_ms" in v:
            print(f"| {k} | {v['median_ms']:.2f} | {v['min_ms']:.2f} | {v['max_ms']:.2f} |")
    print("RSS MiB: " + ", ".join(f"{k} {v:.0f}" for k, v in res["rss_mib"].items()))
    if a.json:
        with open(a.json, "w") as fh:
            json.dump(res, fh, indent=1)


if __name__ == "__main__":
    main()
