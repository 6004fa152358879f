#!/usr/bin/env python3
"""Whether the kept-waves bound could ever prove a block: its ceiling on each unproven block.

For each dump, the search is run again as `predict_table.py` runs it (the dump's model, its
memory budget, the compile's budgets) and, on every block it leaves unproven where the model
leaves some of IREE's waves uncharged, prints a markdown row: the best schedule, the block's
proven bound, the kept-waves bound on the compile's work (`wave_bound.kept_waves_bound`), and
its ceiling (`schedule.wave_ceiling`): the least value of that bound over every choice of waves
kept, with the waves that choice keeps. Where the ceiling is below the best schedule, only the
searches of the choices (`wave_split`) can close the block; more work on the bound cannot.

Usage: python tools/wave_ceiling.py DUMP... [--cost-model profiled] [--search-tolerance 0]
                                    [--work-s 60]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from predict_table import load_dump

from iops_mlir.options import DEFAULT_EXPANSIONS, DEFAULT_MAX_BLOCK, DEFAULT_WAVE_BOUND_WORK
from iops_mlir.partition import dag_view
from iops_mlir.pipeline.plan import make_plan
from iops_mlir.progress import Progress
from iops_mlir.schedule import iops as iops_mod
from iops_mlir.schedule.search import PartSearch
from iops_mlir.schedule.wave_bound import kept_waves_bound
from iops_mlir.schedule.wave_ceiling import wave_ceiling


def rows(dump: Path, args: argparse.Namespace) -> list[str]:
    """One row per block of `dump` the search leaves unproven with IREE's waves to choose on."""
    graph, fixed, cost = load_dump(dump, args)
    budget = json.loads((dump / "schedule.json").read_text())["memory"]["budget_bytes"]
    options = iops_mod.SearchOptions(memory_budget=budget, tolerance=args.search_tolerance,
                                     expansions=DEFAULT_EXPANSIONS, max_block=DEFAULT_MAX_BLOCK)
    plan = make_plan(graph, fixed, cost, search=options)
    preds = dag_view(graph).preds
    found = []
    for block in plan.blocks:
        if block["optimal"]:
            continue
        search = PartSearch(block["nodes"], preds, cost)
        if search.broken_waves is None:
            continue
        bound, _ = kept_waves_bound(search, work=DEFAULT_WAVE_BOUND_WORK)
        ceiling = wave_ceiling(search, args.work_s)
        waves = len(search.broken_waves.waves)
        if ceiling is None:
            found.append(f"| {dump} | {block['dispatches']} | {waves} | {block['predicted_us']:.2f} | "
                         f"{block['lower_bound_us']:.2f} | {bound:.2f} | none found | - | - |")
            continue
        # The bound's least open value is at most the least whole choice's too.
        lower = max(ceiling.lower, bound)
        proven = "proven" if ceiling.proven or ceiling.value <= lower + 1e-6 else f"at least {lower:.2f}"
        below = (block["predicted_us"] - ceiling.value) / block["predicted_us"]
        found.append(f"| {dump} | {block['dispatches']} | {waves} | {block['predicted_us']:.2f} | "
                     f"{block['lower_bound_us']:.2f} | {bound:.2f} | {ceiling.value:.2f} ({proven}, "
                     f"{ceiling.work_s:.1f} s of work) | {sum(ceiling.keep)} | {below:.2%} |")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", type=Path, help="dump folders of `iops-mlir compile --dump-dir`")
    parser.add_argument("--cost-model", choices=("analytic", "profiled"), default="profiled")
    parser.add_argument("--device", default="h100", help="the analytic model's device")
    parser.add_argument("--search-tolerance", type=float, default=0.0,
                        help="the gap at which the search's later passes leave a block (0: to the proof)")
    parser.add_argument("--work-s", type=float, default=60.0, help="CP-SAT deterministic seconds per block")
    args = parser.parse_args()
    print("| dump | dispatches | IREE's waves in it | best schedule us | proven bound us | kept-waves bound us "
          "(compile's work) | its ceiling us | waves the ceiling keeps | ceiling below the best schedule |")
    print("|---|---|---|---|---|---|---|---|---|")
    progress = Progress(quiet=False)
    for number, dump in enumerate(args.dumps, 1):
        progress.say(f"{dump} ({number} of {len(args.dumps)}): searching, then the ceiling of each block not proven")
        for line in rows(dump, args):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
