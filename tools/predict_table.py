#!/usr/bin/env python3
"""Re-run every scheduler on saved dumps under an analytic model and print a markdown table.

The dumps come from `iops-mlir compile --model M --target cuda --compile-to schedule
--dump-dir DUMPS/M`; this reads their graph.json (and IREE's waves' predicted latency and the
memory budget from schedule.json) and times the iops search and IOS's DP on this machine.

Usage: python tools/predict_table.py [--dumps build/h100] [--device h100] [--models a,b]
                                    [--memory-budget BYTES]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from iops_mlir import models
from iops_mlir.cost.analytic import AnalyticCost, load_device
from iops_mlir.graph import DispatchGraph, Node
from iops_mlir.schedule import baselines, validate
from iops_mlir.schedule import iops as iops_mod


def load_graph(path: Path) -> DispatchGraph:
    data = json.loads(path.read_text())
    nodes = [Node(**{k: v for k, v in n.items() if k != "is_dispatch"}) for n in data["nodes"]]
    return DispatchGraph(data["function"], nodes, [tuple(e) for e in data["edges"]])


def row(name: str, dump: Path, device: str, memory_budget: int | None) -> str:
    graph = load_graph(dump / "graph.json")
    saved = json.loads((dump / "schedule.json").read_text())
    cost = AnalyticCost(graph, load_device(device))
    budget = memory_budget if memory_budget is not None else saved["memory"]["budget_bytes"]
    options = iops_mod.SearchOptions(memory_budget=budget)
    schedules = {"sequential": baselines.sequential(graph), "asap": baselines.asap(graph)}
    start = time.monotonic()
    schedules["ios"] = iops_mod.ios(graph, cost, options, schedules["asap"])
    ios_s = time.monotonic() - start
    start = time.monotonic()
    outcome = iops_mod.schedule(graph, cost, schedules, options)
    iops_s = time.monotonic() - start
    validate(outcome.iops, graph)
    schedules["iops"] = outcome.iops
    us = {k: cost.schedule_us(s.stages) for k, s in schedules.items()}
    us["iree"] = saved["predicted_us"]["iree"]
    peak = iops_mod.memory_report(schedules, graph)
    proven = sum(b["optimal"] for b in outcome.blocks)
    star = "" if peak["ios"] <= budget else " *"
    return (f"| {name} | {len(graph.dispatch_ids())} | {us['sequential']:.0f} | {us['iree']:.0f} | "
            f"{us['asap']:.0f} | {us['ios']:.0f}{star} | {us['iops']:.0f} | {us['iops'] / us['iree']:.2f} | "
            f"{iops_s:.2f} | {outcome.search['optimal']} ({proven}/{len(outcome.blocks)} blocks) | {ios_s:.1f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dumps", type=Path, default=Path("build/h100"))
    parser.add_argument("--device", default="h100")
    parser.add_argument("--models", default=",".join(models.names()))
    parser.add_argument("--memory-budget", type=int, help="bytes (default: the dump's, IREE's order's peak)")
    args = parser.parse_args()
    print("| model | dispatches | sequential | IREE waves | asap | ios | iops | iops / IREE | "
          "iops search s | optimal | ios DP s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name in args.models.split(","):
        print(row(name, args.dumps / name, args.device, args.memory_budget))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
