#!/usr/bin/env python3
"""Each code variant's prediction of IREE's waves, in both forms, from saved compile dumps.

Usage: python tools/variant_predict_check.py build/check-small/nasnet_a build/check-small/randwire ...

For each dump of an llvm-cpu compile whose closed loop tried the target's code variants on a
program's waves (`schedule.json` `closed_loop.code_variants`), the waves' call with the
variant's code is predicted again in two forms: the compile's (`code_variants.predict`), the
waves' timed call with the default code times the flat programs' timed ratio (`flat_ratio`),
and that times the change in the wave model's ratio of the waves' span to the flat span from the
default code's dispatch times to the variant's (`with_model_change`), which the compile once
used for code that splits each dispatch over the workers. The model is the one the compile
fitted (`tools/predict_table.py`), the variant's dispatch times its flat program's profile in
the dump. Printed per dump and variant: the timed call and each form's prediction and error.
Every figure is out of sample: the compile predicted before it timed.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from iops_mlir.cost.wave_model import WaveModel
from iops_mlir.graph import DispatchGraph
from iops_mlir.pipeline.code_variants import name_of, predict
from iops_mlir.pipeline.profiling import FLAT
from iops_mlir.schedule import baselines
from iops_mlir.targets import load_target

from loo_check import select  # the tools beside this one
from predict_table import profiled_from_dump, program_calls, waves


def with_model_change(predicted_us: float, default: WaveModel, moved: WaveModel, stages: list[list[int]],
                      flat: list[list[int]]) -> float:
    """`predicted_us` times how the model's ratio of the waves' span to the flat span changes from
    the default code's dispatch times (`default`) to the variant's (`moved`), both under the same
    device constants."""
    change = (moved.program_us(stages) / moved.program_us(flat)) / (default.program_us(stages) / default.program_us(flat))
    return predicted_us * change


def rows(dump: Path) -> list[str]:
    """The table's rows of one dump: one per code variant tried on a program's waves."""
    graph = DispatchGraph.from_json((dump / "graph.json").read_text())
    nodes = graph.dispatch_ids()
    schedule = json.loads((dump / "schedule.json").read_text())
    loop = schedule.get("closed_loop", {})
    measured = {c["scheduler"]: c["measured_us"] for c in loop.get("candidates", [])}
    tried = {v["code"]: v for v in loop.get("code_variants", {}).get("variants", []) if v.get("tried")}
    profiled = profiled_from_dump(dump, graph)
    fitted = profiled.refit()
    default = fitted.model.with_dispatches_of(profiled.flat.profile, nodes)
    flat_stages = baselines.sequential(graph).stages
    found = []
    for variant in load_target("llvm-cpu").code_variants:
        entry = tried.get(variant.name)
        if entry is None or "flat_ratio" not in entry or entry.get("measured_us") is None:
            continue
        of = entry["waves_of"]
        flat_name = name_of(variant, FLAT)
        calls = program_calls(dump, graph, flat_name, flat_stages)
        if not calls:
            continue
        moved = fitted.model.with_dispatches_of(select({flat_name: calls}, "one-phase")[flat_name], nodes)
        stages = waves(dump, of, graph)
        compiled = predict(measured[of], entry["flat_ratio"])
        forms = (compiled, with_model_change(compiled, default, moved, stages, flat_stages))
        timed = entry["measured_us"]
        found.append(f"| {dump} | {variant.name} | {of} | {timed:.0f} | "
                     + " | ".join(f"{form:.0f} ({form / timed - 1:+.1%})" for form in forms) + " |")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", type=Path)
    args = parser.parse_args()
    print("| dump | variant | waves of | timed us | flat ratio (the compile's) | with the model's change |")
    print("|---|---|---|---|---|---|")
    for dump in args.dumps:
        try:
            found = rows(dump)
        except statistics.StatisticsError:  # a flat profile whose kept calls miss a dispatch of the graph
            found = [f"| {dump} | - | - | - | - | its flat profiles miss dispatches of its graph |"]
        for row in found:
            print(row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
