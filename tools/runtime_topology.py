#!/usr/bin/env python3
"""A compiled CPU program under IREE's default worker topology and under the CPU target's flags.

Usage: python tools/runtime_topology.py build/cc/squeezenet/iops.vmfb [more.vmfb ...]
                                        [--repetitions 10] [--json topology.json]

Each program runs under `iree-benchmark-module` (the mean real time per call of each
repetition) in four processes, alternating: the target's runtime flags (pinned workers off:
`--task_topology_group_count=N`), IREE's default (one worker pinned to each core), the default,
the target's flags, so both settings see the same phases of the machine. Each program's inputs
are the `input*.npy` files beside it. Prints a Markdown table: the median and mean of each
setting and the ratio of the medians.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
from pathlib import Path

from iops_mlir import iree_tools
from iops_mlir.targets import Target, load_target


def benchmark_us(vmfb: Path, inputs: list[str], repetitions: int, target: Target,
                 calls: int | None = None) -> list[float]:
    """iree-benchmark-module's mean real time per call of each repetition of `main`, in us: over as
    many calls as it chooses (its default), or over `calls` calls (1: each repetition one call)."""
    per_repetition = [f"--benchmark_min_time={calls}x"] if calls else []
    argv = iree_tools.benchmark_module(str(vmfb), target, "--function=main", *(f"--input={i}" for i in inputs),
                                       f"--benchmark_repetitions={repetitions}", *per_repetition)
    return iree_tools.repetition_times_us(iree_tools.run_tool(argv, what=f"iree-benchmark-module ({vmfb})").stdout)["main"]


def benchmark_topologies(vmfb: Path, inputs: list[str], repetitions: int) -> dict[str, list[float]]:
    """Repetitions under the CPU target's runtime flags ("target") and IREE's default topology
    ("default"), in two alternating processes each."""
    target = load_target("llvm-cpu")
    settings = {"target": target, "default": dataclasses.replace(target, runtime_flags=())}
    samples: dict[str, list[float]] = {name: [] for name in settings}
    for name in ("target", "default", "default", "target"):
        samples[name] += benchmark_us(vmfb, inputs, -(-repetitions // 2), settings[name])
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vmfb", type=Path, nargs="+")
    parser.add_argument("--repetitions", type=int, default=10, help="repetitions per setting (default 10)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = []
    for vmfb in args.vmfb:
        inputs = [f"@{p}" for p in sorted(vmfb.parent.glob("input*.npy"))]
        samples = benchmark_topologies(vmfb, inputs, args.repetitions)
        row = {"vmfb": str(vmfb), "runtime_flags": list(load_target("llvm-cpu").runtime_flags),
               **{f"{name}_{stat}_us": round(fn(xs), 1) for name, xs in samples.items()
                  for stat, fn in (("median", statistics.median), ("mean", statistics.fmean))},
               "samples_us": {name: [round(x, 1) for x in xs] for name, xs in samples.items()}}
        row["target_over_default"] = round(row["target_median_us"] / row["default_median_us"], 3)
        rows.append(row)
        print(f"{vmfb}: x{row['target_over_default']:.3f}", file=sys.stderr, flush=True)
    print(f"| program | target flags ({' '.join(load_target('llvm-cpu').runtime_flags)}): median us (mean) | "
          "IREE's default topology: median us (mean) | ratio of medians |")
    print("|---|---|---|---|")
    for row in rows:
        print(f"| {row['vmfb']} | {row['target_median_us']:.0f} ({row['target_mean_us']:.0f}) | "
              f"{row['default_median_us']:.0f} ({row['default_mean_us']:.0f}) | {row['target_over_default']:.3f} |")
    if args.json:
        args.json.write_text(json.dumps({"repetitions": args.repetitions, "results": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
