#!/usr/bin/env python3
"""A compiled CPU program under the CPU target's runtime flags, IREE's default worker topology and
one worker.

Usage: python tools/runtime_topology.py build/cc/squeezenet/iops.vmfb [more.vmfb ...]
                                        [--repetitions 10] [--processes 2]
                                        [--settings target,default,one-worker]
                                        [--json topology.json]

Each program runs under `iree-benchmark-module` (the mean real time per call of each
repetition, and the process's CPU time per call: over the real time, how many cores were busy)
in `--processes` processes per setting (default 2), alternating in the order given and then its
reverse (target, default, one worker, one worker, default, target, ...), so every setting sees
the same phases of the machine. Each process's median and busy cores are kept too: the OS gives
a process's unpinned workers one placement (on the 2-core VM, both on one core or one on each)
that the process keeps. The settings: the target's flags (`--task_topology_group_count=N`: IREE's N workers,
not pinned), IREE's default (one worker pinned to each core) and one worker
(`--task_topology_group_count=1`). Each program's inputs are the `input*.npy` files beside it.
Prints a Markdown table: each setting's median (and mean) and busy cores, and the ratio of each
setting's median to the target's.
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
from iops_mlir.timing import alternating, busy_cores_of

SETTINGS = ("target", "default", "one-worker")


def benchmark_us(vmfb: Path, inputs: list[str], repetitions: int, target: Target,
                 calls: int | None = None) -> list[float]:
    """iree-benchmark-module's mean real time per call of each repetition of `main`, in us: over as
    many calls as it chooses (its default), or over `calls` calls (1: each repetition one call)."""
    return benchmark_times_us(vmfb, inputs, repetitions, target, calls)["real_time"]


def benchmark_times_us(vmfb: Path, inputs: list[str], repetitions: int, target: Target,
                       calls: int | None = None) -> dict[str, list[float]]:
    """Real and process CPU time per call of each repetition of `main`, in us (see benchmark_us)."""
    per_repetition = [f"--benchmark_min_time={calls}x"] if calls else []
    argv = iree_tools.benchmark_module(str(vmfb), target, "--function=main", *(f"--input={i}" for i in inputs),
                                       f"--benchmark_repetitions={repetitions}", *per_repetition)
    stdout = iree_tools.run_tool(argv, what=f"iree-benchmark-module ({vmfb})").stdout
    return {field: iree_tools.repetition_times_us(stdout, field)["main"] for field in ("real_time", "cpu_time")}


def runtime_settings() -> dict[str, Target]:
    """The CPU target under each setting's runtime flags."""
    target = load_target("llvm-cpu")
    return {"target": target, "default": dataclasses.replace(target, runtime_flags=()),
            "one-worker": dataclasses.replace(target, runtime_flags=("--task_topology_group_count=1",))}


def benchmark_settings(vmfb: Path, inputs: list[str], repetitions: int, settings: dict[str, Target],
                       processes: int = 2) -> dict[str, dict[str, list[float]]]:
    """Real and CPU times per call under each setting (the target with its runtime flags), pooled
    over `processes` processes each: the settings in order, then in reverse, and so on; and each
    process's median real time and busy cores (its CPU time over its real time, medians), since
    a process keeps the placement of its workers the OS first gave it."""
    names = list(settings)
    fields = ("real_time", "cpu_time", "process_median_us", "process_busy_cores")
    samples: dict[str, dict[str, list[float]]] = {n: {f: [] for f in fields} for n in names}
    for name in alternating(names, processes):
        times = benchmark_times_us(vmfb, inputs, -(-repetitions // processes), settings[name])
        found = samples[name]
        found["real_time"] += times["real_time"]
        found["cpu_time"] += times["cpu_time"]
        found["process_median_us"].append(statistics.median(times["real_time"]))
        found["process_busy_cores"].append(busy_cores_of(times["real_time"], times["cpu_time"]))
    return samples


def benchmark_topologies(vmfb: Path, inputs: list[str], repetitions: int) -> dict[str, list[float]]:
    """Real times per call under the CPU target's runtime flags ("target") and IREE's default
    topology ("default"), in two alternating processes each."""
    settings = runtime_settings()
    found = benchmark_settings(vmfb, inputs, repetitions, {n: settings[n] for n in ("target", "default")})
    return {name: times["real_time"] for name, times in found.items()}


def _span(values: list[float], spec: str = ".0f") -> str:
    """'low-high' of a list (one value where they are equal)."""
    low, high = format(min(values), spec), format(max(values), spec)
    return low if low == high else f"{low}-{high}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vmfb", type=Path, nargs="+")
    parser.add_argument("--repetitions", type=int, default=10, help="repetitions per setting (default 10)")
    parser.add_argument("--processes", type=int, default=2,
                        help="processes per setting, the repetitions spread over them (default 2)")
    parser.add_argument("--settings", default=",".join(SETTINGS),
                        help=f"comma-separated, the first the reference (default {','.join(SETTINGS)})")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    names = tuple(args.settings.split(","))
    if not names or any(n not in SETTINGS for n in names) or len(set(names)) != len(names):
        parser.error(f"--settings takes distinct names among {', '.join(SETTINGS)}")
    reference = names[0]
    rows = []
    for vmfb in args.vmfb:
        inputs = [f"@{p}" for p in sorted(vmfb.parent.glob("input*.npy"))]
        found = benchmark_settings(vmfb, inputs, args.repetitions, {n: runtime_settings()[n] for n in names},
                                   args.processes)
        row: dict = {"vmfb": str(vmfb), "settings": {}}
        for name, times in found.items():
            real, cpu = times["real_time"], times["cpu_time"]
            row["settings"][name] = {
                "runtime_flags": list(runtime_settings()[name].runtime_flags),
                "median_us": round(statistics.median(real), 1), "mean_us": round(statistics.fmean(real), 1),
                "busy_cores": round(busy_cores_of(real, cpu), 2),
                "samples_us": [round(x, 1) for x in real], "cpu_samples_us": [round(x, 1) for x in cpu],
                "process_medians_us": [round(x, 1) for x in times["process_median_us"]],
                "process_busy_cores": [round(x, 2) for x in times["process_busy_cores"]]}
        for name, setting in row["settings"].items():
            setting[f"over_{reference}"] = round(setting["median_us"] / row["settings"][reference]["median_us"], 3)
        rows.append(row)
        print(f"{vmfb}: " + ", ".join(f"{n} x{s[f'over_{reference}']:.3f}" for n, s in row["settings"].items()),
              file=sys.stderr, flush=True)
    flags = {n: " ".join(f.runtime_flags) or "IREE's default" for n, f in runtime_settings().items()}
    print("| program | " + " | ".join(f"{n} ({flags[n]}): median us (mean), busy cores; processes' medians us, "
                                        "busy cores" for n in names)
          + " | " + " | ".join(f"{n} / {reference}" for n in names[1:]) + " |")
    print("|---|" + "---|" * (2 * len(names) - 1))
    for row in rows:
        cells = [f"{s['median_us']:.0f} ({s['mean_us']:.0f}), {s['busy_cores']:.2f}; {_span(s['process_medians_us'])}, "
                 f"{_span(s['process_busy_cores'], '.2f')}" for s in row["settings"].values()]
        ratios = [f"{row['settings'][n][f'over_{reference}']:.3f}" for n in names[1:]]
        print(f"| {row['vmfb']} | " + " | ".join(cells + ratios) + " |")
    if args.json:
        args.json.write_text(json.dumps({"repetitions": args.repetitions, "settings": list(names),
                                         "results": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
