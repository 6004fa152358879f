#!/usr/bin/env python3
"""How well the closed loop predicts the search's first pick, on a bench's recorded profiles.
Usage: python tools/pick_check.py --bench-dir build/bench21 --cache build/cache-bench21 --small
       [--models inception_v3,resnet50,randwire,nasnet_a,squeezenet] [--rounds 200] [--json out.json]

For each model, the search's pick is compiled as the closed loop's first round compiles it
(`iops-mlir compile --verify off --replace none`, with the bench's cost cache, so its model is
fitted on the profiles the bench's compile took). It is timed with IREE's three orders (the
bench's own files) in interleaved rounds, and predicted before it runs, from the bench
compile's profiles (the wave model fitted on IREE's three orders) and the other programs'
timings of the same rounds, two ways: as the closed loop predicts it (the fastest measured
order's call times the model's ratio of spans, `closed_loop.predict_pick`), and through the
span-to-call calibration fitted on IREE's orders' profiled spans (`Calibration`), as IREE's
orders were predicted before their calibration moved to the model's spans.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import numpy as np

from iops_mlir.cost.calibration import Calibration
from iops_mlir.cost.timed import time_programs
from iops_mlir.graph import DispatchGraph
from iops_mlir.pipeline.back import iree_order_vmfb
from iops_mlir.pipeline.profiling import FLAT
from iops_mlir.targets import load_target
from predict_table import profiled_from_dump  # the tool beside this one

MODELS = "inception_v3,resnet50,randwire,nasnet_a,squeezenet"


def compile_pick(model: str, small: bool, cache: Path, work: Path) -> list[list[int]]:
    """The search's pick of the program as imported, compiled to work/pick.vmfb; its stages."""
    work.mkdir(parents=True, exist_ok=True)
    if not (work / "pick.vmfb").exists():
        subprocess.run(["iops-mlir", "compile", "--model", model, *(["--small"] if small else []), "--verify", "off",
                        "--replace", "none", "-o", str(work / "pick.vmfb"), "--dump-dir", str(work / "dump"), "-q"],
                       check=True, env=dict(os.environ, IOPS_MLIR_CACHE=str(cache)))
    return json.loads((work / "dump" / "schedule.json").read_text())["stage_nodes"]


def check(model: str, dump: Path, pick: list[list[int]], pick_vmfb: Path, rounds: int) -> dict:
    """The pick and IREE's orders timed together; the pick's two predictions against its median."""
    graph = DispatchGraph.from_json((dump / "graph.json").read_text())
    profiled = profiled_from_dump(dump, graph)
    orders = {FLAT: profiled.flat, **profiled.programs}
    wave_model = profiled.refit().model
    vmfbs = {"pick": pick_vmfb, **{name: dump / iree_order_vmfb(name) for name in orders}}
    inputs = [np.load(dump / "profiles" / "input0.npy")]
    calls = {name: statistics.median(s) for name, s in
             time_programs(vmfbs, load_target("llvm-cpu"), inputs, rounds).samples.items()}
    best = min(orders, key=calls.get)
    by_ratio = calls[best] * wave_model.program_us(pick) / wave_model.program_us(orders[best].stages)
    calibration = Calibration.fit([(p.profile.span_us(), calls[name]) for name, p in orders.items()])
    by_calibration = calibration.call_us(wave_model.program_us(pick))
    return {"model": model, "calls_us": {k: round(v, 1) for k, v in calls.items()}, "fastest_order": best,
            "pick_over_fastest": round(calls["pick"] / calls[best], 4), "overhead_us": wave_model.overhead_us,
            "predicted_by_ratio_us": round(by_ratio, 1), "error_by_ratio": round(by_ratio / calls["pick"] - 1, 4),
            "predicted_by_calibration_us": round(by_calibration, 1),
            "error_by_calibration": round(by_calibration / calls["pick"] - 1, 4),
            "calibration": calibration.to_json()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench-dir", type=Path, required=True, help="the bench's --work-dir")
    parser.add_argument("--cache", type=Path, required=True, help="the cost cache the bench ran with")
    parser.add_argument("--models", default=MODELS)
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--out", type=Path, default=Path("build/pick_check"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = []
    for model in args.models.split(","):
        name = f"{model}_small" if args.small else model
        work = args.out / name
        pick = compile_pick(model, args.small, args.cache, work)
        rows.append(check(name, args.bench_dir / name / "iops", pick, work / "pick.vmfb", args.rounds))
        print(f"{name}: {rows[-1]}", file=sys.stderr, flush=True)
    print("| model | pick us | fastest IREE order (us) | pick / fastest | by ratio us (error) | "
          "by calibration us (error) |")
    print("|---|---:|---|---:|---:|---:|")
    for r in rows:
        print(f"| {r['model']} | {r['calls_us']['pick']:.0f} | {r['fastest_order']} ({r['calls_us'][r['fastest_order']]:.0f}) "
              f"| {r['pick_over_fastest']:.3f} | {r['predicted_by_ratio_us']:.0f} ({100 * r['error_by_ratio']:+.1f}%) "
              f"| {r['predicted_by_calibration_us']:.0f} ({100 * r['error_by_calibration']:+.1f}%) |")
    if args.json:
        args.json.write_text(json.dumps({"rounds": args.rounds, "rows": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
