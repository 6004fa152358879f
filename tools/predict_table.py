#!/usr/bin/env python3
"""Re-run every scheduler on saved dumps under an analytic model and print a markdown table.

The dumps come from `iops-mlir compile --model M --target cuda --compile-to schedule
--dump-dir DUMPS/M`; this reads their graph.json (and IREE's waves' predicted latency and the
memory budget from schedule.json) and times the iops search and IOS's DP on this machine.
Where operator replacement matched, the dump's `replaced/` program is scheduled too, under the
same memory budget, and "best iops / IREE" compares the better program with IREE's own waves on
the program as imported (what IREE does by default).

Usage: python tools/predict_table.py [--dumps build/h100] [--device h100] [--models a,b]
                                    [--memory-budget BYTES]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from iops_mlir import models, stream_ir
from iops_mlir.cost.analytic import AnalyticCost, load_device
from iops_mlir.graph import DispatchGraph
from iops_mlir.pipeline.plan import fixed_schedules, make_plan
from iops_mlir.schedule import Schedule, baselines
from iops_mlir.schedule import iops as iops_mod


def evaluate(dump: Path, device: str, budget: int, iree_us: float) -> dict:
    """Every scheduler on one dump's graph: predicted us, search seconds, optimality, peaks.

    `iree_us` is IREE's own waves on the program as imported (read back from its compile).
    """
    graph = DispatchGraph.from_json((dump / "graph.json").read_text())
    cost = AnalyticCost(graph, load_device(device))
    iree = Schedule("iree", _iree_stages(dump, graph))
    plan = make_plan(graph, fixed_schedules(graph, iree), cost,
                     search=iops_mod.SearchOptions(memory_budget=budget))
    us = {k: cost.schedule_us(s.stages) for k, s in plan.schedules.items()}
    us["iree"] = iree_us
    return {"dispatches": len(graph.dispatch_ids()), "us": us, "iops_s": plan.search["seconds"],
            "ios_s": plan.schedules["ios"].info["ios"]["seconds"], "optimal": plan.search["optimal"],
            "proven": sum(b["optimal"] for b in plan.blocks), "blocks": len(plan.blocks),
            "peak": plan.estimated_peak_bytes}


def _iree_stages(dump: Path, graph: DispatchGraph) -> list[list[int]]:
    """IREE's own waves, read from the dump's async.iree.mlir."""
    module = stream_ir.parse_module((dump / "async.iree.mlir").read_text(), stream_ir.new_context())
    return baselines.iree_waves(module, graph).stages


def row(name: str, dump: Path, device: str, memory_budget: int | None) -> str:
    """One table row; with a `replaced/` dump, iops is the better of the two programs."""
    saved = json.loads((dump / "schedule.json").read_text())
    budget = memory_budget if memory_budget is not None else saved["memory"]["budget_bytes"]
    iree_us = saved["predicted_us"]["iree"]
    if saved.get("replacements", {}).get("applied"):
        iree_us = saved["replacements"]["decision"]["as_imported_predicted_us"]["iree"]
    plain = evaluate(dump, device, budget, iree_us)
    us = plain["us"]
    replaced = (evaluate(dump / "replaced", device, budget, iree_us)
                if (dump / "replaced" / "graph.json").exists() else None)
    best = min([plain, replaced] if replaced else [plain], key=lambda r: r["us"]["iops"])
    star = "" if plain["peak"]["ios"] <= budget else " *"
    rep = f"{replaced['us']['iops']:.0f} ({replaced['dispatches']})" if replaced else "-"
    return (f"| {name} | {plain['dispatches']} | {us['sequential']:.0f} | {us['iree']:.0f} | "
            f"{us['asap']:.0f} | {us['ios']:.0f}{star} | {us['iops']:.0f} | {rep} | "
            f"{best['us']['iops'] / us['iree']:.2f} | {best['iops_s']:.2f} | "
            f"{best['optimal']} ({best['proven']}/{best['blocks']} blocks) | {plain['ios_s']:.1f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dumps", type=Path, default=Path("build/h100"))
    parser.add_argument("--device", default="h100")
    parser.add_argument("--models", default=",".join(models.names()))
    parser.add_argument("--memory-budget", type=int, help="bytes (default: the dump's, IREE's order's peak)")
    args = parser.parse_args()
    print("| model | dispatches | sequential | IREE waves | asap | ios | iops | iops, replaced (dispatches) | "
          "best iops / IREE | iops search s | optimal | ios DP s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in args.models.split(","):
        print(row(name, args.dumps / name, args.device, args.memory_budget))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
