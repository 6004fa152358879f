#!/usr/bin/env python3
"""The headroom of compiled programs, recomputed from their dumps' profiles: the two sums and the
bound taken stage by stage.

Usage: python tools/headroom_table.py build/bench23/*/iops [--json out.json]

Each argument is the dump of an llvm-cpu compile with the profiled model (`iops-mlir compile
--dump-dir`, or a bench work directory's `MODEL/iops`), whose `profiles/` hold the flat program
and IREE's order (the flat program's times put at the speed of IREE's order's calls,
`headroom.lone_speed`). Printed per dump: IREE's order's profiled time, the bound of the two sums
(max(critical path, core time / P) + (h - 1) x shortest barrier) and the most a schedule can gain
under it, the search's bound on any schedule under the same limits (`headroom.schedule_bound_us`)
and the most a schedule can gain under the larger of the two, which is what a compile reports;
then the time in IREE's order's call with no dispatch running (`headroom.Headroom.idle_us`) and
how much of it the bound counts (its stages' barriers); then, for the profiled order with the
most dispatches in waves of two or more, those waves' time over their dispatches' time one at a
time (`headroom.side_by_side`: below 1, side by side pays).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from iops_mlir.graph import DispatchGraph
from iops_mlir.headroom import headroom
from predict_table import profiled_from_dump  # the tool beside this one


def row(dump: Path) -> dict:
    """The headroom of one dump's program, both ways, and the seconds the stage-by-stage bound took."""
    graph = DispatchGraph.from_json((dump / "graph.json").read_text())
    profiled = profiled_from_dump(dump, graph)
    start = time.perf_counter()
    found = headroom(graph, profiled.flat, profiled.programs["iree"], others=profiled.programs.values())
    seconds = time.perf_counter() - start
    sums = found.sums_bound_us
    return {"dump": str(dump), "dispatches": len(graph.dispatch_ids()), "iree_measured_us": found.iree_measured_us,
            "sums_us": sums, "sums_max_gain": max(0.0, 1.0 - sums / found.iree_measured_us),
            "schedule_bound_us": found.schedule_bound_us, "max_gain": found.max_gain, "seconds": seconds,
            "idle_us": found.idle_us, "idle_gaps": found.idle_gaps, "barriers_us": found.barriers_us,
            "side_by_side": found.side_by_side.to_json() if found.side_by_side else None}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", type=Path, nargs="+")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = [row(dump) for dump in args.dumps]
    print("| dump | dispatches | IREE's order us | two sums us | gain at most | stage by stage us | gain at most | s "
          "| none running: us (stretches), share | of it in the bound us | side by side: waves (order), together / alone us |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        side = r["side_by_side"]
        side = (f"{side['waves']} ({side['program']}), {side['together_us']:,.0f} / {side['alone_us']:,.0f} = "
                f"x{side['ratio']:.3f}" if side else "-")
        print(f"| {r['dump']} | {r['dispatches']} | {r['iree_measured_us']:,.0f} | {r['sums_us']:,.0f} | "
              f"{r['sums_max_gain']:.1%} | {r['schedule_bound_us']:,.0f} | {r['max_gain']:.1%} | {r['seconds']:.2f} "
              f"| {r['idle_us']:,.0f} ({r['idle_gaps']}), {r['idle_us'] / r['iree_measured_us']:.0%} "
              f"| {r['barriers_us']:,.0f} | {side} |")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
