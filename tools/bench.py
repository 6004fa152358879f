#!/usr/bin/env python3
"""Measured comparison on llvm-cpu: iops vs IREE's default ordering vs sequential, per model,
timed interleaved in one process, plus the cost model's predicted vs measured latency.

Usage: python tools/bench.py [--models a,b] [--small] [--repetitions 20] [--out build/bench]
Writes OUT/bench.json and OUT/bench.md; prints the table.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from pathlib import Path

import torch

from iops_mlir import driver, models, runner, timing
from iops_mlir.cost.cache import host_identity
from iops_mlir.driver import CompileOptions

VARIANTS = {"iops": "iops", "iree-default": "iree", "sequential": "sequential"}


def bench_model(name: str, small: bool, repetitions: int, out: Path) -> dict:
    module, inputs = models.build(name, small=small)
    out.mkdir(parents=True, exist_ok=True)
    functions, schedules = {}, {}
    for label, scheduler in VARIANTS.items():
        print(f"== {name}: compiling with {scheduler}", file=sys.stderr, flush=True)
        # Only the iops compile needs the measured model; the others reuse its cached profile.
        result = driver.compile_module(module, inputs, model=name, options=CompileOptions(
            scheduler=scheduler, output=out / f"{label}.vmfb", dump_dir=out / label))
        functions[label] = runner.load_function(result.output, "local-task")
        schedules[label] = result.schedule
    np_inputs = [t.numpy() for t in inputs]
    with torch.no_grad():
        reference = [module(*inputs).numpy()]
    errors = {k: runner.compare(runner.run(f, np_inputs), reference).max_abs for k, f in functions.items()}
    print(f"== {name}: timing {repetitions} interleaved rounds", file=sys.stderr, flush=True)
    timings = timing.interleaved({k: (lambda f=f: runner.run(f, np_inputs)) for k, f in functions.items()},
                                 repetitions=repetitions, warmup=3)
    predicted = schedules["iops"]["predicted_us"]
    row = {"model": name, "small": small, "dispatches": schedules["iops"]["num_dispatches"],
           "cost_model": schedules["iops"]["cost_model"], "search": schedules["iops"]["search"],
           "max_abs_error": errors, "measured_ms": {}, "iqr_ms": {}, "predicted_ms": {}}
    for label, scheduler in VARIANTS.items():
        t = timings[label]
        row["measured_ms"][label] = round(t.median * 1e3, 3)
        row["iqr_ms"][label] = [round(x * 1e3, 3) for x in t.spread]
        row["predicted_ms"][label] = round(predicted[scheduler] / 1e3, 3)
        row["waves"] = row.get("waves", {}) | {label: schedules[label]["num_waves"]}
    row["ratio_iops_vs_iree"] = round(timings["iops"].median / timings["iree-default"].median, 3)
    row["ratio_iops_vs_sequential"] = round(timings["iops"].median / timings["sequential"].median, 3)
    return row


def markdown(rows: list[dict], repetitions: int) -> str:
    lines = [f"Device: llvm-cpu, local-task, {host_identity()} ({platform.machine()}); "
             f"{repetitions} interleaved rounds per model; medians (IQR).", "",
             "| model | dispatches | iops ms | IREE default ms | sequential ms | iops / IREE | "
             "iops / sequential | search s (optimal) | max abs err |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        m, q = r["measured_ms"], r["iqr_ms"]
        cell = {k: f"{m[k]:.2f} ({q[k][0]:.2f}-{q[k][1]:.2f})" for k in m}
        lines.append(f"| {r['model']}{' (small)' if r['small'] else ''} | {r['dispatches']} | {cell['iops']} | "
                     f"{cell['iree-default']} | {cell['sequential']} | {r['ratio_iops_vs_iree']:.3f} | "
                     f"{r['ratio_iops_vs_sequential']:.3f} | {r['search']['seconds']:.2f} "
                     f"({r['search']['optimal']}) | {max(r['max_abs_error'].values()):.1e} |")
    lines += ["", "Cost model error (measured cost model, whole model, predicted / measured median):", "",
              "| model | sequential pred ms | sequential meas ms | error | iops pred ms | iops meas ms | error |",
              "|---|---|---|---|---|---|---|"]
    for r in rows:
        p, m = r["predicted_ms"], r["measured_ms"]
        err = {k: (p[k] - m[k]) / m[k] for k in ("sequential", "iops")}
        lines.append(f"| {r['model']}{' (small)' if r['small'] else ''} | {p['sequential']:.2f} | "
                     f"{m['sequential']:.2f} | {err['sequential']:+.0%} | {p['iops']:.2f} | {m['iops']:.2f} | "
                     f"{err['iops']:+.0%} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default=",".join(models.names()))
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--repetitions", type=int, default=20)
    parser.add_argument("--out", type=Path, default=Path("build/bench"))
    args = parser.parse_args()
    rows = []
    for name in args.models.split(","):
        rows.append(bench_model(name, args.small, args.repetitions, args.out / name))
        (args.out / "bench.json").write_text(json.dumps(rows, indent=1))
        (args.out / "bench.md").write_text(markdown(rows, args.repetitions))
    print(markdown(rows, args.repetitions))
    return 0


if __name__ == "__main__":
    sys.exit(main())
