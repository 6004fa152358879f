#!/usr/bin/env python3
"""What a compile ships under a GPU kit's dispatch profiles, judged on a kit run's measurements.

For each group of a kit run (`results.json` with the kit's `plans/` beside it), read the dump of
`iops-mlir compile --target cuda --cuda-graphs --replace auto --cost-model measured:PROFILE
--compile-to schedule --dump-dir DUMPS/GROUP` (the group's model, size and batch) and name the
program it would ship: one of IREE's orders (its own program; `search.iree_order_faster`, or a
schedule that is one of them stage for stage, or runs every dispatch alone), the kit's iops
program where the schedule is the very one the kit ran, or a new schedule the run never timed.
Where the run timed that program, its median call is set against IREE's best order in the same
run. The decisions come from the profiles; the measurements from the run, which they never saw.

Usage: python tools/kit_picks.py RESULTS.json --dumps 'build/sim/{group}' [--setting graph]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ORDERS = ("iree-min-peak-memory", "iree-max-concurrency", "iree-debug")
DEFAULT_ORDER = {"iree": "iree-min-peak-memory"}  # the compile's name for IREE's default order


def shipped_program(schedule: dict, kit_schedule: dict, orders: dict[str, list[list[int]]]) -> tuple[str, str | None]:
    """What the compile ships, in words, and the kit variant that ran that very program (None: the
    run timed no such program)."""
    faster = schedule["search"].get("iree_order_faster")
    stages = [sorted(s) for s in schedule["stage_nodes"]]
    applied = (schedule.get("replacements") or {}).get("applied")
    same_as_kit = stages == [sorted(s) for s in kit_schedule["stage_nodes"]] and \
        schedule["num_dispatches"] == kit_schedule["num_dispatches"]
    if faster is not None:
        order = DEFAULT_ORDER.get(faster["order"], faster["order"])
        if not applied:
            return order, order
        # IREE's order of the rewritten program: the kit's iops ran those stages through our pipeline.
        return f"{order} of the rewritten program" + (" (the kit's iops stages)" if same_as_kit else ""), None
    if not applied:
        for name, theirs in orders.items():
            if [sorted(s) for s in theirs] == stages:
                return name, name
    return ("iops", "iops") if same_as_kit else ("new schedule", None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", type=Path)
    parser.add_argument("--dumps", required=True, help="the compiles' dump folders, {group} for each group")
    parser.add_argument("--setting", default="graph")
    args = parser.parse_args()
    run = json.loads(args.results.read_text())
    plans = args.results.parent / "plans"
    print("| group | margin | ships | its call ms | iops's call in the run ms | best IREE order ms | ships / best |")
    print("|---|---|---|---|---|---|---|")
    for group, rows in run["settings"][args.setting]["groups"].items():
        dump = Path(args.dumps.format(group=group)) / "schedule.json"
        if not dump.exists() or not any("median_ms" in r for r in rows.values()):
            continue
        schedule = json.loads(dump.read_text())
        orders = json.loads((plans / group / "iree-stages.json").read_text())
        ships, variant = shipped_program(schedule, json.loads((plans / group / "schedule.json").read_text()), orders)
        timed = {v: r["median_ms"] for v, r in rows.items() if "median_ms" in r}
        best = min(timed[o] for o in ORDERS if o in timed)
        call = timed.get(variant) if variant else None
        ratio = f"x{call / best:.3f}" if call else "-"
        print(f"| {group} | {schedule['cost_model'].get('margin')} | {ships} | {call or '-'} | {timed.get('iops', '-')} "
              f"| {best} | {ratio} |")


if __name__ == "__main__":
    main()
