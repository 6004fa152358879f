#!/usr/bin/env python3
"""How much of a pick's predicted gain is the profiler's noise: search on half the calls, judge on the other.

Usage: python tools/pick_noise.py DUMP... [--code default,undistributed,device-split]

Each DUMP is the dump of an llvm-cpu compile with the profiled model (`iops-mlir compile
--dump-dir`). For each code (`default`: the program as IREE compiles it, with IREE's three
orders profiled; `undistributed` and `device-split`: the code variants the closed loop tried,
their flat program and `max-concurrency`'s waves profiled) the wave model is fitted three times:
on every profiled call, and on the even and the odd calls of every session apart. The search
runs under each; its pick's span over `max-concurrency`'s is printed under the model it was
searched on and under the model of the other half. A pick exploits the noise of the calls it
was fitted on as far as the ratio under the other half is larger; the rest of its predicted
gain stands or falls with the model's form. The search is the compile's (`make_plan`), without
its memory budget: under the default code charged as the compile charges it (`Cautious`, IREE's
waves uncharged), under a variant's uncharged, as the closed loop searches it (on small NASNet-A
it finds the compile's pick, predicted at the same 0.905).
"""

from __future__ import annotations

import argparse
import contextlib
import io
from pathlib import Path

from iops_mlir.cost.base import Cautious, StageCost
from iops_mlir.cost.hal_profile import one_phase
from iops_mlir.cost.wave_model import WaveCost, WaveModel, wave_cost
from iops_mlir.graph import DispatchGraph
from iops_mlir.pipeline.plan import fixed_schedules, make_plan
from iops_mlir.pipeline.profiling import FLAT
from iops_mlir.schedule import Schedule
from iops_mlir.schedule import iops as iops_mod

from predict_table import device_workers, dump_calls, profiled_of, program_calls, waves  # the tool beside this one

MAX_CONCURRENCY = "iree-max-concurrency"


def variant_calls(dump: Path, graph: DispatchGraph, stages: dict, code: str) -> tuple[dict, dict]:
    """A code variant's profiled programs (its flat program and `max-concurrency`'s waves): their
    stages and calls, by the names `profiled_of` expects."""
    names = {FLAT: f"{FLAT}-{code}", MAX_CONCURRENCY: f"{MAX_CONCURRENCY}-{code}"}
    calls = {key: program_calls(dump, graph, name, stages[key]) for key, name in names.items()}
    for key, name in names.items():
        if not calls[key]:
            raise SystemExit(f"{dump}: no profile of {name}; the compile did not try that code.")
    return {key: stages[key] for key in names}, calls


def fitted(graph: DispatchGraph, stages: dict, calls: dict, code: str, fixed: dict,
           workers: int) -> tuple[WaveModel, StageCost]:
    """The wave model of these calls, and the cost the search runs under for this code. A
    variant's model has the device's `workers` (`code_variants.refit`: a profile of one worker
    per dispatch never shows two busy in one dispatch)."""
    profiled = profiled_of(graph, stages, one_phase("local-task", calls))
    if code == "default":
        cost: WaveCost = profiled.refit()
        return cost.model, Cautious(cost, cost.margin(), fixed["iree"].stages)
    cost = wave_cost(profiled.flat.profile, [profiled.flat, *profiled.programs.values()], graph.dispatch_ids(),
                     workers=workers)
    return cost.model, cost


def pick(graph: DispatchGraph, fixed: dict, cost: StageCost) -> list[list[int]]:
    with contextlib.redirect_stderr(io.StringIO()):  # the search's progress lines
        return make_plan(graph, fixed, cost, search=iops_mod.SearchOptions()).chosen.stages


def row(dump: Path, code: str) -> str:
    graph = DispatchGraph.from_json((dump / "graph.json").read_text())
    stages, calls = dump_calls(dump, graph)
    fixed = fixed_schedules(graph, Schedule("iree", waves(dump, "iree", graph)))
    workers = device_workers(calls)
    if code != "default":
        stages, calls = variant_calls(dump, graph, stages, code)
    reference = stages[MAX_CONCURRENCY]

    def ratio(model: WaveModel, stages_: list[list[int]]) -> float:
        return model.program_us(stages_) / model.program_us(reference)

    model, cost = fitted(graph, stages, calls, code, fixed, workers)
    cells = [f"{ratio(model, pick(graph, fixed, cost)):.3f}"]
    halves = [fitted(graph, stages, {name: runs[k::2] for name, runs in calls.items()}, code, fixed, workers)
              for k in (0, 1)]
    for k in (0, 1):
        own, other = halves[k][0], halves[1 - k][0]
        chosen = pick(graph, fixed, halves[k][1])
        cells.append(f"{ratio(own, chosen):.3f} / {ratio(other, chosen):.3f}")
    return f"| {dump} | {code} | " + " | ".join(cells) + " |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", type=Path, nargs="+")
    parser.add_argument("--code", default="default,undistributed,device-split")
    args = parser.parse_args()
    print("| dump | code | pick / max-concurrency, every call | even calls: own model / odd calls' "
          "| odd calls: own model / even calls' |")
    print("|---|---|---:|---:|---:|")
    for dump in args.dumps:
        for code in args.code.split(","):
            print(row(dump, code), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
