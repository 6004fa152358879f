#!/usr/bin/env python3
"""Profiling one program after another, or in turn: which predicts IREE's orders better?

Usage: python tools/profile_order_check.py --dump build/compile_check3/nasnet_a/iops --trials 6
                                           [--json benchmarks/results/closed-loop/profile-order-nasnet_a.json]

The dump is that of a default llvm-cpu compile (`iops-mlir compile --model M --dump-dir DUMP`):
IREE's three orders (the flat program, `debug`, among them), compiled. Each trial profiles
the three programs both ways, 10 calls each (one after another: one session per program, as `profile_programs` with
`sessions=1`; in turn: five sessions of two calls, the default), in alternating order between
trials, and after each profiling times the three programs interleaved in this process (10
rounds). Each of IREE's orders is then predicted as the closed loop predicts it, leave one
program out: the wave model and the span-to-call calibration fitted on the other two programs,
the prediction set against that order's timed median. Prints one line per trial and the median
and largest absolute error of each way; `--json` keeps every number.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

import numpy as np

from iops_mlir import runner, timing
from iops_mlir.cost.hal_profile import profile_programs
from iops_mlir.cost.wave_model import ProfiledProgram
from iops_mlir.graph import DispatchGraph
from iops_mlir.pipeline.back import iree_order_vmfb
from iops_mlir.pipeline.front import IREE_ORDERS
from iops_mlir.pipeline.profiling import FLAT, Profiled
from iops_mlir.schedule import baselines
from iops_mlir.targets import load_target
from predict_table import waves  # the tool beside this one: IREE's order read from a dump

WAYS = {"one after another": 1, "in turn": 5}
CALLS, ROUNDS = 10, 10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, required=True)
    parser.add_argument("--trials", type=int, default=6)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    dump = args.dump
    graph = DispatchGraph.from_json((dump / "graph.json").read_text())
    vmfbs = {name: dump / iree_order_vmfb(name) for name in IREE_ORDERS}
    stages = {FLAT: baselines.sequential(graph).stages,  # IREE's debug order: program order
              **{name: waves(dump, name, graph) for name in ("iree", "iree-max-concurrency")}}
    inputs = [np.load(dump / "profiles" / "input0.npy")]
    target = load_target("llvm-cpu")
    calls = {name: runner.prepared_call(runner.load_function(path, "local-task"), inputs)
             for name, path in vmfbs.items()}
    trials = []
    for trial in range(args.trials):
        ways = list(WAYS) if trial % 2 == 0 else list(reversed(WAYS))
        for way in ways:
            with tempfile.TemporaryDirectory() as cache:  # profiled afresh, never from a cache
                os.environ["IOPS_MLIR_CACHE"] = cache
                found = profile_programs(vmfbs, target, inputs, graph, Path(cache) / "profiles", runs=CALLS,
                                         sessions=WAYS[way], stages=stages)
            programs = {name: ProfiledProgram(name, stages[name], found[name]) for name in vmfbs}
            timed = timing.interleaved(calls, repetitions=ROUNDS, warmup=2, rewarm=1)
            measured = {name: statistics.median(t.samples) * 1e6 for name, t in timed.items()}
            errors = {name: _left_out_error(programs, measured, graph, name)
                      for name in ("iree", "iree-max-concurrency")}
            trials.append({"trial": trial, "way": way, "errors": errors, "measured_us": measured,
                           "span_us": {name: p.profile.span_us() for name, p in programs.items()}})
            print(trial, way, {k: f"{v:+.1%}" for k, v in errors.items()}, flush=True)
    summary = {}
    for way in WAYS:
        errors = [abs(e) for t in trials if t["way"] == way for e in t["errors"].values()]
        summary[way] = {"median_abs_error": statistics.median(errors), "max_abs_error": max(errors),
                        "predictions": len(errors)}
        print(f"{way}: median |error| {summary[way]['median_abs_error']:.1%}, "
              f"largest {summary[way]['max_abs_error']:.1%} ({len(errors)} predictions)")
    if args.json:
        args.json.write_text(json.dumps({"dump": str(dump), "calls": CALLS, "timing_rounds": ROUNDS,
                                         "sessions": WAYS, "summary": summary, "trials": trials}, indent=1) + "\n")
    return 0


def _left_out_error(programs: dict[str, ProfiledProgram], measured: dict[str, float], graph: DispatchGraph,
                    name: str) -> float:
    """The closed loop's prediction of one program from the other two, against its timed median."""
    profiled = Profiled(graph, programs[FLAT], {n: p for n, p in programs.items() if n != FLAT})
    span, calibration = profiled.leave_one_out(name, measured)
    return calibration.call_us(span) / measured[name] - 1.0


if __name__ == "__main__":
    sys.exit(main())
