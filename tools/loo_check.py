#!/usr/bin/env python3
"""Leave-one-program-out predictions of IREE's orders, again, from saved compile dumps.

Usage: python tools/loo_check.py build/compile_check_small21/*/iops

For each dump of an llvm-cpu compile with the profiled model (its `profiles/` of IREE's three
orders, its `schedule.json` with the closed loop's timings), IREE's three orders are predicted
as the closed loop predicts them, each by the wave model and calibration fitted without that
program's profile and timing, and set against the closed loop's timing of it. The calls used are
chosen as `profile_programs` does (`one-phase`: the calls of one phase of the machine for all
the programs, `hal_profile.one_phase`, then those near each median call), the same with the
phases of speed alone (`one-speed`: the calls one worker ran not told apart), or each
program's own calls near its median call (`per-program`), so the selections can be compared
on the same profiles and timings. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from iops_mlir.cost.hal_profile import ProgramProfile, one_phase, speed_groups, typical
from iops_mlir.graph import DispatchGraph
from iops_mlir.pipeline.front import IREE_ORDERS
from iops_mlir.pipeline.profiling import Profiled

from predict_table import dump_calls, profiled_of  # the tools beside this one
from prediction_check import leave_one_out, timed_orders


SELECTIONS = ("per-program", "one-speed", "one-phase")


def select(calls: dict[str, list[dict]], selection: str) -> dict[str, ProgramProfile]:
    """The profiles of programs profiled together, their calls chosen by `selection` (one of
    SELECTIONS)."""
    if selection == "one-phase":
        return one_phase("local-task", calls)
    if selection == "one-speed":
        return one_phase("local-task", calls, groupings=(speed_groups,))
    return {name: typical("local-task", runs) for name, runs in calls.items()}


def profiled(dump: Path, graph: DispatchGraph, selection: str) -> Profiled:
    """The dump's profiled IREE orders, the calls chosen by `selection`."""
    stages, calls = dump_calls(dump, graph)
    return profiled_of(graph, stages, select(calls, selection))


def loo_errors(dump: Path, selection: str) -> dict[str, float]:
    """Each IREE order's leave-one-program-out prediction over the closed loop's timing, less 1
    (`prediction_check.leave_one_out` on the calls `selection` chooses)."""
    graph = DispatchGraph.from_json((dump / "graph.json").read_text())
    found, timed = profiled(dump, graph, selection), timed_orders(dump)
    return {name: leave_one_out(found, timed, name)[1] / timed[name]["measured_us"] - 1.0 for name in IREE_ORDERS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", type=Path)
    args = parser.parse_args()
    print("| dump | selection | " + " | ".join(IREE_ORDERS) + " | within 10% |")
    print("|---|---|" + "---|" * (len(IREE_ORDERS) + 1))
    counts: dict[str, list[float]] = {selection: [] for selection in SELECTIONS}
    for dump in args.dumps:
        for selection in counts:
            errors = loo_errors(dump, selection)
            counts[selection] += [abs(e) for e in errors.values()]
            within = sum(abs(e) <= 0.10 for e in errors.values())
            print(f"| {dump} | {selection} | " + " | ".join(f"{errors[n]:+.1%}" for n in IREE_ORDERS)
                  + f" | {within} of {len(errors)} |")
    for selection, errs in counts.items():
        print(f"\n{selection}: {sum(e <= 0.10 for e in errs)} of {len(errs)} within 10%, "
              f"median |error| {statistics.median(errs):.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
