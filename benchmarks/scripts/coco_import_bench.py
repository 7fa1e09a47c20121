#!/usr/bin/env python3
"""Times pycocotools' COCO(path) - json.load plus createIndex - on the file CocoImportBenchmark imports.

Usage: coco_import_bench.py [FILE.json] [--repeat N]
Without FILE the file is generated with the benchmarks jar (CocoBenchmarkData, 100 000 instances, seed 2017) at
target/coco-bench-100k.json, so both sides read byte-identical input. Prints every run and the median / best,
by wall clock and by process CPU time (compare the latter with CocoImportCpuTime on a busy machine).
Needs numpy and pycocotools (e.g. /work/pyenv/bin/python, or a venv with `pip install numpy pycocotools`).
"""
import argparse
import contextlib
import io
import os
import statistics
import subprocess
import sys
import time

from pycocotools.coco import COCO

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def generate(path):
    jar = os.path.join(ROOT, "benchmarks", "target", "benchmarks.jar")
    if not os.path.exists(jar):
        sys.exit(f"{jar} is missing: ./mvnw -q -pl benchmarks -am package -DskipTests")
    subprocess.run(["java", "-cp", jar, "dev.promptcanvas.benchmarks.formats.CocoBenchmarkData", path],
                   check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = args.file or os.path.join(ROOT, "target", "coco-bench-100k.json")
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        generate(path)
    times = []
    cpu_times = []
    for run in range(args.repeat):
        cpu_start = time.process_time()
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            coco = COCO(path)
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
        times.append(elapsed)
        cpu_times.append(cpu)
        print(f"run {run + 1}: wall {elapsed * 1000:.0f} ms, cpu {cpu * 1000:.0f} ms ({len(coco.anns)} annotations,"
              f" {len(coco.imgs)} images)")
        del coco
    size = os.path.getsize(path) / 1e6
    print(f"pycocotools COCO({os.path.basename(path)}, {size:.0f} MB): wall median"
          f" {statistics.median(times) * 1000:.0f} ms, best {min(times) * 1000:.0f} ms;"
          f" cpu median {statistics.median(cpu_times) * 1000:.0f} ms, best {min(cpu_times) * 1000:.0f} ms"
          f" over {len(times)} runs")


if __name__ == "__main__":
    main()
