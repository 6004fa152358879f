#!/usr/bin/env python3
"""Compile time and prediction check of the default compile, per zoo model.

Usage: python tools/compile_check.py --model all [--small] [--repetitions 10] --out build/compile_check
                                     [--json benchmarks/results/compile-check.json]

For each model, with an empty cost cache of its own (so nothing comes from earlier runs):
  1. `iops-mlir compile --scheduler iree --replace none --verify off` (IREE's order through the
     pipeline, nothing profiled), timed;
  2. `iops-mlir compile` (the default: profiled model, closed loop), timed;
  3. the output of 2 run under `iree-benchmark-module` with the CPU target's runtime flags
     (unpinned workers), set against schedule.json's `shipped.predicted_us`, the prediction made
     before that program was first timed, two ways: the median of single calls (repetitions of
     one call each, `--benchmark_min_time=1x`: the statistic the closed loop times and the model
     predicts), and iree-benchmark-module's default, the median of the repetitions' mean real
     time over as many calls as it chooses (a mean, so it takes in the slow calls a median
     leaves out); and, in alternating processes, under IREE's default (pinned) topology, for
     the record of what the runtime flags change;
  4. where the compile advised fewer CPU workers (`runtime.advised_flags`), the output under the
     target's flags and the advised ones in alternating processes: the compile's speedup checked
     on timings it did not make.
Writes a JSON document (every number, the commands) and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from iops_mlir.targets import load_target, runtime_flags_for
from runtime_topology import benchmark_settings, benchmark_topologies, benchmark_us  # the tool beside this one

HERE = Path(sys.executable).parent


def _compile(argv: list[str], cache: Path) -> float:
    start = time.monotonic()
    subprocess.run([str(HERE / "iops-mlir"), "compile", *argv, "-q"], check=True,
                   env=dict(os.environ, IOPS_MLIR_CACHE=str(cache)))
    return time.monotonic() - start


def check_model(name: str, small: bool, out: Path, repetitions: int, per_call_repetitions: int) -> dict:
    from iops_mlir import models

    label = f"{name}{'_small' if small else ''}"
    work = out / label
    work.mkdir(parents=True, exist_ok=True)
    size = ["--small"] if small else []
    iree_argv = ["--model", name, *size, "--scheduler", "iree", "--replace", "none", "--verify", "off",
                 "-o", str(work / "iree.vmfb"), "--dump-dir", str(work / "iree")]
    iops_argv = ["--model", name, *size, "-o", str(work / "iops.vmfb"), "--dump-dir", str(work / "iops")]
    print(f"== {label}", file=sys.stderr, flush=True)
    iree_s = _compile(iree_argv, work / "cache-iree")
    iops_s = _compile(iops_argv, work / "cache-iops")
    report = json.loads((work / "iops" / "schedule.json").read_text())
    _, inputs = models.build(name, small=small)
    for i, t in enumerate(inputs):
        np.save(work / f"input{i}.npy", t.numpy())
    input_args = [f"@{work / f'input{i}.npy'}" for i in range(len(inputs))]
    samples = benchmark_topologies(work / "iops.vmfb", input_args, repetitions)
    measured = statistics.median(samples["target"])
    calls = [us for _ in range(2) for us in benchmark_us(work / "iops.vmfb", input_args, per_call_repetitions // 2,
                                                         load_target("llvm-cpu"), calls=1)]
    call_median = statistics.median(calls)
    shipped = report["shipped"]
    loop = report.get("closed_loop") or {}
    workers = _advised_workers(work / "iops.vmfb", input_args, repetitions, report.get("runtime") or {})
    return {**workers, "model": label, "iree_order_compile_s": round(iree_s, 1), "default_compile_s": round(iops_s, 1),
            "compile_ratio": round(iops_s / iree_s, 3), "shipped": shipped["scheduler"],
            "search_skipped": report.get("search_skipped"), "device_headroom": report.get("device_headroom"),
            "predicted_us": shipped["predicted_us"], "benchmark_module_us": round(measured, 3),
            "benchmark_module_samples_us": [round(x, 3) for x in samples["target"]],
            "benchmark_module_runtime_flags": list(runtime_flags_for("local-task")),
            "benchmark_module_default_topology_us": round(statistics.median(samples["default"]), 3),
            "benchmark_module_default_topology_samples_us": [round(x, 3) for x in samples["default"]],
            "error": None if not shipped["predicted_us"] else round(shipped["predicted_us"] / measured - 1, 4),
            "benchmark_module_call_us": round(call_median, 3), "benchmark_module_call_samples_us": [round(x, 3) for x in calls],
            "call_error": None if not shipped["predicted_us"] else round(shipped["predicted_us"] / call_median - 1, 4),
            "closed_loop": loop.get("candidates"), "calibration": loop.get("calibration"),
            "commands": [shlex.join(["iops-mlir", "compile", *iree_argv]), shlex.join(["iops-mlir", "compile", *iops_argv])]}


def _advised_workers(vmfb: Path, input_args: list[str], repetitions: int, runtime: dict) -> dict:
    """Where the compile advised fewer workers: the output timed again under the target's flags
    and the advised ones, in alternating processes (target, advised, advised, target), after the
    compile, so the compile's speedup is checked on measurements it did not make."""
    check, advised = runtime.get("workers_check"), runtime.get("advised_flags")
    found: dict = {"workers_check": check}
    if not advised:
        return found
    target = load_target("llvm-cpu")
    settings = {"target": target, "advised": dataclasses.replace(target, runtime_flags=tuple(advised))}
    medians = {name: statistics.median(times["real_time"])
               for name, times in benchmark_settings(vmfb, input_args, repetitions, settings).items()}
    return {**found, "advised_flags": advised, "advised_us": round(medians["advised"], 3),
            "advised_target_us": round(medians["target"], 3),
            "advised_speedup_after": round(medians["target"] / medians["advised"], 3)}


def markdown(rows: list[dict]) -> str:
    lines = ["| model | IREE order compile s | default compile s | ratio | shipped | predicted us | "
             "iree-benchmark-module, median call us | error | iree-benchmark-module, its default us | error | "
             "IREE's default topology us | closed-loop candidates, out-of-sample error | "
             "workers advised: speedup at compile time, timed after |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        loop = ", ".join(f"{c['scheduler']} {c['error']:+.1%}" for c in r["closed_loop"] or []
                         if c.get("error") is not None) or (r["search_skipped"] or "-").split(":")[0]
        predicted = f"{r['predicted_us']:.0f}" if r["predicted_us"] else "-"
        error, call_error = (f"{r[key]:+.1%}" if r.get(key) is not None else "-" for key in ("error", "call_error"))
        call = f"{r['benchmark_module_call_us']:.0f}" if "benchmark_module_call_us" in r else "-"
        lines.append(f"| {r['model']} | {r['iree_order_compile_s']} | {r['default_compile_s']} | "
                     f"x{r['compile_ratio']:.2f} | {r['shipped']} | {predicted} | {call} | {call_error} | "
                     f"{r['benchmark_module_us']:.0f} | {error} | {r['benchmark_module_default_topology_us']:.0f} | {loop} | "
                     f"{_workers_cell(r)} |")
    return "\n".join(lines) + "\n"


def _workers_cell(row: dict) -> str:
    check = row.get("workers_check")
    if not check:
        return "-"
    if not row.get("advised_flags"):
        return f"{check['workers']} kept (fewest x{_fewest_ratio(check):.2f})"
    return (f"{check['advised_workers']} of {check['workers']}: x{check['speedup']:.2f}, "
            f"x{row['advised_speedup_after']:.2f} ({row['advised_target_us']:.0f} -> {row['advised_us']:.0f} us)")


def _fewest_ratio(check: dict) -> float:
    """The target's median over the fewest workers' in the compile's check (below 1: slower)."""
    medians = {int(k): v for k, v in check["median_us"].items()}
    return medians[check["workers"]] / medians[min(medians)]


def main() -> int:
    from iops_mlir import models

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="all", help="comma-separated zoo models, or all")
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--repetitions", type=int, default=10)
    parser.add_argument("--per-call-repetitions", type=int, default=200,
                        help="single-call repetitions of the output (two processes of half each)")
    parser.add_argument("--out", type=Path, default=Path("build/compile_check"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    names = models.names() if args.model == "all" else args.model.split(",")
    rows = []
    for name in names:
        rows.append(check_model(name, args.small, args.out, args.repetitions, args.per_call_repetitions))
        if args.json:  # rewritten after every model: a late failure keeps what was measured
            args.json.write_text(json.dumps({"small": args.small, "repetitions": args.repetitions,
                                             "per_call_repetitions": args.per_call_repetitions, "results": rows},
                                            indent=1) + "\n")
    print(markdown(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
