#!/usr/bin/env python3
"""How well the closed loop predicted IREE's orders, recomputed from the compiles' own dumps.

Usage: python tools/prediction_check.py build/bench18/*/iops [--json out.json]

Each argument is the dump of an llvm-cpu compile whose closed loop ran (`iops-mlir compile
--dump-dir`, or a bench work directory's `MODEL/iops`). Each of IREE's timed orders is
predicted as the closed loop predicts it, leave one program out: the wave model fitted on the
dump's profiles of the other orders (`Profiled.refit(leave_out=...)`) and the span-to-call
calibration fitted on the other orders' spans under that model and the calls the loop timed
(its `closed_loop.candidates`). The prediction is set against that order's timed median. So the
current cost model and calibration can be judged on recorded profiles and timings, without a
device; the error each compile recorded when it ran is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

from iops_mlir.cost.calibration import Calibration
from iops_mlir.graph import DispatchGraph
from iops_mlir.pipeline.front import IREE_ORDERS
from iops_mlir.pipeline.profiling import FLAT, Profiled
from predict_table import profiled_from_dump  # the tool beside this one


def timed_orders(dump: Path) -> dict[str, dict]:
    """The closed loop's timed candidates of the dump, by scheduler name."""
    return {c["scheduler"]: c for c in json.loads((dump / "schedule.json").read_text())["closed_loop"]["candidates"]}


def leave_one_out(profiled: Profiled, timed: dict[str, dict], name: str) -> tuple[float, float, Calibration]:
    """The timed order `name` predicted as the closed loop predicts it (`Profiled.leave_one_out`):
    its span under the model fitted without its profile, and the call that calibration, fitted on
    the other timed orders' spans under that model and their calls, makes of it. (span, call,
    calibration), in us."""
    measured = {order: timed[order]["measured_us"] for order in IREE_ORDERS if order in timed}
    span, calibration = profiled.leave_one_out(name, measured)
    return span, calibration.call_us(span), calibration


def check(dump: Path) -> list[dict]:
    """One row per timed IREE order of the dump: prediction, timed median, errors now and then."""
    graph = DispatchGraph.from_json((dump / "graph.json").read_text())
    timed = timed_orders(dump)
    profiled = profiled_from_dump(dump, graph)
    programs = {FLAT: profiled.flat, **profiled.programs}
    spans = {name: p.profile.span_us() for name, p in programs.items()}
    rows = []
    for name in IREE_ORDERS:  # the loop predicts only these leave-one-out (a pick from the fastest's timing)
        if name not in timed or name not in programs:
            continue
        span, predicted, calibration = leave_one_out(profiled, timed, name)
        measured = timed[name]["measured_us"]
        rows.append({"dump": str(dump), "scheduler": name, "predicted_us": round(predicted, 1),
                     "measured_us": measured, "error": round(predicted / measured - 1, 4),
                     "span_error": round(span / spans[name] - 1, 4), "recorded_error": timed[name]["error"],
                     "calibration": calibration.to_json()})
    return rows


def summary(errors: list[float]) -> str:
    magnitudes = [abs(e) for e in errors]
    return (f"mean |error| {100 * statistics.fmean(magnitudes):.2f}%, median {100 * statistics.median(magnitudes):.2f}%, "
            f"largest {100 * max(magnitudes):.1f}%, within 5%: {sum(m <= 0.05 for m in magnitudes)} of {len(magnitudes)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", type=Path, nargs="+")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    for dump in args.dumps:
        schedule = dump / "schedule.json"
        ran = schedule.is_file() and '"closed_loop"' in schedule.read_text()
        if not (dump / "graph.json").is_file() or not ran:
            parser.error(f"{dump} is not the dump of a compile whose closed loop ran: it needs graph.json, "
                         "profiles/ and a schedule.json with closed_loop (`iops-mlir compile -o ... --dump-dir`)")
    try:
        rows = [row for dump in args.dumps for row in check(dump)]
    except statistics.StatisticsError:
        parser.error("a dump's profiles hold no calls (a profile cut short?): leave that dump out")
    print("| dump | order | predicted us | timed us | error | span error | error when compiled |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['dump']} | {r['scheduler']} | {r['predicted_us']:.0f} | {r['measured_us']:.0f} | "
              f"{100 * r['error']:+.1f}% | {100 * r['span_error']:+.1f}% | {100 * r['recorded_error']:+.1f}% |")
    print(f"\nNow: {summary([r['error'] for r in rows])}.")
    print(f"When compiled: {summary([r['recorded_error'] for r in rows])}.")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
