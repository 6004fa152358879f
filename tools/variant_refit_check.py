#!/usr/bin/env python3
"""Each code variant's refitted wave model, again, from saved compile dumps, per selection of calls.

Usage: python tools/variant_refit_check.py build/cpu-small/nasnet_a build/cpu-small/randwire ...

For each dump of an llvm-cpu compile whose closed loop tried the target's code variants (its
`profiles/` of each variant's flat program and of IREE's `max-concurrency` waves compiled with
that code), the model the closed loop refits before its search under that variant
(`code_variants.refit`: fitted on those two programs, each profiled in sessions of its own and
its calls selected alone, with the device's workers) is fitted again with the calls chosen by each selection of
`tools/loo_check.py`. Printed per dump, variant and selection: the calls kept of each program,
the fitted contention, the median error on concurrent waves left out of the fit, and, where the
closed loop compiled the search's pick under that variant (`schedule.iops-VARIANT.json`), the
model's span of the pick over its span of the waves, beside the pick's timed ratio to them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from iops_mlir.cost.wave_model import ProfiledProgram, wave_cost
from iops_mlir.graph import DispatchGraph
from iops_mlir.pipeline.code_variants import name_of, pick_name
from iops_mlir.pipeline.profiling import FLAT
from iops_mlir.schedule import baselines
from iops_mlir.targets import load_target

from loo_check import SELECTIONS, select  # the tools beside this one
from predict_table import program_calls, waves

WAVES = "iree-max-concurrency"  # the closed loop compiles the fastest program's waves: these, on the small zoo


def rows(dump: Path) -> list[str]:
    """The table's rows of one dump: one per code variant profiled there and selection."""
    graph = DispatchGraph.from_json((dump / "graph.json").read_text())
    nodes = graph.dispatch_ids()
    schedule = json.loads((dump / "schedule.json").read_text())
    tried = {v["code"]: v for v in schedule.get("closed_loop", {}).get("code_variants", {}).get("variants", [])}
    stages = {FLAT: baselines.sequential(graph).stages, WAVES: waves(dump, WAVES, graph)}
    found = []
    for variant in load_target("llvm-cpu").code_variants:
        if tried.get(variant.name, {}).get("waves_of") != WAVES:
            continue
        names = {order: name_of(variant, order) for order in stages}
        calls = {order: program_calls(dump, graph, names[order], stages[order]) for order in stages}
        if not all(calls.values()):
            continue
        pick_file = dump / f"schedule.{pick_name(variant)}.json"
        pick = json.loads(pick_file.read_text())["stage_nodes"] if pick_file.exists() else None
        timed = tried[variant.name].get("search", {}).get("against_predicted_from", {}).get("ratio")
        for selection in SELECTIONS:
            # Each program selected alone, as the closed loop profiles them in sessions of their own.
            chosen = {order: select({order: calls[order]}, selection)[order] for order in stages}
            programs = [ProfiledProgram(names[order], stages[order], chosen[order]) for order in stages]
            cost = wave_cost(chosen[FLAT], programs, nodes, workers=schedule["cost_model"]["workers"])
            model = cost.model
            ratio = f"{model.program_us(pick) / model.program_us(stages[WAVES]):.3f}" if pick else "-"
            heldout = "-" if cost.heldout is None else f"{cost.heldout:.1%}"  # None: no concurrent wave kept
            found.append(f"| {dump} | {variant.name} | {selection} | "
                         f"{len(chosen[FLAT].runs)} / {len(chosen[WAVES].runs)} | {model.contention:.3f} | "
                         f"{heldout} | {ratio} | {'-' if timed is None else f'{timed:.3f}'} |")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", type=Path)
    args = parser.parse_args()
    print("| dump | variant | selection | calls kept (flat / waves) | contention | held-out wave error | "
          "pick / waves, model | pick / waves, timed |")
    print("|---|---|---|---|---|---|---|---|")
    for dump in args.dumps:
        for row in rows(dump):
            print(row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
