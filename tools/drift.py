#!/usr/bin/env python3
"""How far one compiled program's timing moves on this machine from one minute to the next.

Usage: python tools/drift.py --vmfb OUT.vmfb --input @input0.npy [--runs 6] [--repetitions 10]
                             [--pause 20] [--json drift.json]

Runs `iree-benchmark-module` on the same file `--runs` times, `--pause` seconds apart, and
reports each run's median (of its `--repetitions`) and the spread between runs: the floor under
any claim that compares a fixed prediction with one later `iree-benchmark-module` run.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path

from iops_mlir.targets import load_target
from runtime_topology import benchmark_us  # the same iree-benchmark-module call as the compile check


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vmfb", type=Path, required=True)
    parser.add_argument("--input", action="append", default=[], help="as iree-benchmark-module's --input")
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--repetitions", type=int, default=10)
    parser.add_argument("--pause", type=float, default=20.0, help="seconds between runs")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    runs = []
    for k in range(args.runs):
        if k:
            time.sleep(args.pause)
        samples = benchmark_us(args.vmfb, args.input, args.repetitions, load_target("llvm-cpu"))
        runs.append({"at_s": round(time.monotonic(), 1), "median_us": round(statistics.median(samples), 1),
                     "samples_us": [round(x, 1) for x in samples]})
        print(f"run {k + 1}: median {runs[-1]['median_us'] / 1e3:.2f} ms "
              f"(repetitions {min(samples) / 1e3:.1f}-{max(samples) / 1e3:.1f} ms)")
    medians = [r["median_us"] for r in runs]
    spread = max(medians) / min(medians)
    print(f"medians of {args.runs} runs of the same file: {min(medians) / 1e3:.2f}-{max(medians) / 1e3:.2f} ms, "
          f"largest / smallest x{spread:.3f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"vmfb": str(args.vmfb), "host": platform.node(), "pause_s": args.pause,
                                         "repetitions": args.repetitions, "max_over_min": round(spread, 4),
                                         "runs": runs}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
