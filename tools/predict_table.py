#!/usr/bin/env python3
"""Re-run every scheduler on saved dumps under one cost model and print a markdown table.

Three cost models:
- `analytic` (default `--device h100`): dumps from `iops-mlir compile --model M --target cuda
  --compile-to schedule --dump-dir DUMPS/M`. Where operator replacement matched, the dump's
  `replaced/` program is scheduled too, and "best iops / IREE" compares the better program with
  IREE's own waves on the program as imported (what IREE does by default).
- `profiled`: dumps of llvm-cpu compiles with the profiled cost model (the default there), e.g.
  `iops-mlir compile --model M --dump-dir DUMPS/M`. The wave model the compile searched under is
  fitted again from the dump's own HAL profiles of IREE's three orders (`profiles/iree-debug.*.ireeprof`
  is the flat program), with IREE's waves as the uncharged reference, so no device is needed here.
- `measured`: dumps of CUDA compiles searched under a GPU kit's profile, e.g. `iops-mlir compile
  --model M --target cuda --cuda-graphs --cost-model measured:PROFILE --compile-to schedule
  --dump-dir DUMPS/M`; `--profiles` names each model's profile (default: the H200's recorded
  graphs of batch 1), charged its margin off IREE's waves as the compile does.

Per model it reports each scheduler's prediction, iops's search time (as a compile runs it, with
its default budgets), how many blocks it proved optimal (and how many of them the constraint
solver proved) and its gap to the proven lower bound,
and IOS's dynamic program run to the end (or `--ios-timeout`) with its time, all under the same
memory budget (the dump's: IREE's order's estimated peak, unless `--memory-budget`).

Usage: python tools/predict_table.py [--dumps 'build/h100/{model}'] [--cost-model analytic]
                                    [--device h100] [--models a,b] [--memory-budget BYTES]
                                    [--search-tolerance 0.001] [--search-expansions 700000] [--search-workers N]
                                    [--max-block 32] [--whole-block 96] [--expansions-per-block N]
                                    [--stage-cover-work N]
                                    [--profiles 'DIR/{model}_b1.graph.json']
"""

from __future__ import annotations

import argparse
import functools
import json
from pathlib import Path

from iops_mlir import models, stream_ir
from iops_mlir.choices import CostSpec
from iops_mlir.cost import build_cost_model
from iops_mlir.cost.analytic import AnalyticCost, load_device
from iops_mlir.cost.base import Cautious, StageCost
from iops_mlir.cost.hal_profile import ProgramProfile, one_phase, recording_order, session_calls, session_files
from iops_mlir.cost.wave_model import ProfiledProgram
from iops_mlir.dataflow_keys import dispatch_keys
from iops_mlir.graph import DispatchGraph
from iops_mlir.iree_tools import profile_dispatches, run_tool
from iops_mlir.options import (DEFAULT_EXPANSIONS, DEFAULT_EXPANSIONS_PER_BLOCK, DEFAULT_MAX_BLOCK,
                               DEFAULT_SEARCH_TOLERANCE, DEFAULT_STAGE_COVER_WORK, DEFAULT_WEIGHTED_WORK,
                               DEFAULT_WHOLE_BLOCK)
from iops_mlir.pipeline.front import IREE_ORDERS
from iops_mlir.pipeline.plan import fixed_schedules, make_plan
from iops_mlir.pipeline.profiling import FLAT, Profiled
from iops_mlir.schedule import Schedule, baselines
from iops_mlir.schedule import iops as iops_mod
from iops_mlir.targets import load_target


@functools.lru_cache(maxsize=None)
def flat_keys(dump: Path) -> tuple[tuple[str, str], ...]:
    """The dataflow keys of the dump's flat program, parsed once per dump (every order needs them)."""
    return tuple(dispatch_keys(stream_ir.parse_module((dump / "async.mlir").read_text(), stream_ir.new_context())))


def waves(dump: Path, order: str, graph: DispatchGraph) -> list[list[int]]:
    """One of IREE's orders (`iree`: its default), read from the dump's async IR."""
    module = stream_ir.parse_module((dump / f"async.{order}.mlir").read_text(), stream_ir.new_context())
    return baselines.iree_waves(module, graph, list(flat_keys(dump))).stages


def dump_calls(dump: Path, graph: DispatchGraph) -> tuple[dict[str, list[list[int]]], dict[str, list[dict]]]:
    """IREE's orders' stages (the flat program's too) and each one's profiled calls, from the
    dump's HAL profiles (`profiles/NAME.S.ireeprof`), each session's calls but its first."""
    stages = {FLAT: baselines.sequential(graph).stages,
              **{name: waves(dump, name, graph) for name in IREE_ORDERS if name != FLAT}}
    return stages, {name: program_calls(dump, graph, name, program_stages) for name, program_stages in stages.items()}


def program_calls(dump: Path, graph: DispatchGraph, name: str, stages: list[list[int]]) -> list[dict]:
    """One program's profiled calls from the dump's sessions (`profiles/NAME.S.ireeprof`), each
    session's first call dropped, joined in the order of `stages`; none where it was not profiled."""
    texts = [run_tool(profile_dispatches(str(path)), what="iree-profile").stdout
             for path in session_files(dump / "profiles", name)]
    return session_calls(texts, graph, recording_order(stages))


def device_workers(calls: dict[str, list[dict]]) -> int:
    """The workers the programs' profiled calls show busy at once (`ProgramProfile.workers`): the
    device's, where the programs split dispatches over the workers as IREE's orders do (a profile
    of one worker per dispatch shows one)."""
    return max(ProgramProfile("local-task", runs).workers() for runs in calls.values())


def profiled_of(graph: DispatchGraph, stages: dict[str, list[list[int]]], profiles: dict) -> Profiled:
    """The profiled programs of IREE's orders, the flat program apart."""
    programs = {name: ProfiledProgram(name, program_stages, profiles[name]) for name, program_stages in stages.items()}
    return Profiled(graph, programs.pop(FLAT), programs)


def profiled_from_dump(dump: Path, graph: DispatchGraph) -> Profiled:
    """The profiled programs of the dump's compile, of the calls that ran in one phase of the
    machine and like the median call (as `profile_programs`)."""
    stages, calls = dump_calls(dump, graph)
    if not calls[FLAT]:
        # A compile that found its profiles in the cost cache profiled nothing, so its dump holds
        # none of the HAL profiles the model is fitted on.
        raise SystemExit(f"{dump}: no HAL profiles of the flat program in {dump / 'profiles'}; compile the model "
                         "again on an empty cost cache (IOPS_MLIR_CACHE=<new folder> iops-mlir compile ... "
                         "--dump-dir ...) so that its dump keeps them")
    return profiled_of(graph, stages, one_phase("local-task", calls))


def profiled_cost(dump: Path, graph: DispatchGraph, fixed: dict[str, Schedule]) -> StageCost:
    """The wave model the compile fitted (the flat program first, as the compile fits them), with
    IREE's waves as the uncharged reference."""
    model = profiled_from_dump(dump, graph).refit()
    return Cautious(model, model.margin(), fixed["iree"].stages)


def measured_cost(graph: DispatchGraph, fixed: dict[str, Schedule], profile: Path) -> StageCost:
    """The measured model of a kit's profile as a `--cuda-graphs` compile builds it from
    `measured:FILE`, with its margin off IREE's waves."""
    return build_cost_model(CostSpec.parse(f"measured:{profile}", "cuda"), graph,
                            load_target("cuda", cuda_graphs=True), trusted=fixed["iree"].stages)


def load_dump(dump: Path, args: argparse.Namespace) -> tuple[DispatchGraph, dict[str, Schedule], StageCost]:
    """A dump's graph, IREE's orders and the fixed schedules on it, and the table's cost model."""
    graph = DispatchGraph.from_json((dump / "graph.json").read_text())
    iree = Schedule("iree", waves(dump, "iree", graph))
    fixed = fixed_schedules(graph, iree)
    cost = (profiled_cost(dump, graph, fixed) if args.cost_model == "profiled"
            else measured_cost(graph, fixed, Path(args.profiles.format(model=dump.name)))
            if args.cost_model == "measured" else AnalyticCost(graph, load_device(args.device)))
    return graph, fixed, cost


def evaluate(dump: Path, args: argparse.Namespace, budget: int, iree_us: float | None) -> dict:
    """Every scheduler on one dump's graph: predicted us, search seconds, proofs, gap, peaks.

    `iree_us`: IREE's own waves on the program as imported (None: this program's, under `cost`).
    """
    graph, fixed, cost = load_dump(dump, args)
    plan = make_plan(graph, fixed, cost,
                     search=iops_mod.SearchOptions(memory_budget=budget, tolerance=args.search_tolerance,
                                                   expansions=args.search_expansions, split_workers=args.search_workers,
                                                   max_block=args.max_block, whole_block=args.whole_block,
                                                   expansions_per_block=args.expansions_per_block,
                                                   stage_cover_work=args.stage_cover_work,
                                                   weighted_work=args.weighted_work))
    # IOS as published runs its DP to the end: here it gets what it needs (the compile's own
    # run of it, a baseline for iops, stops at the compile's budget).
    unbounded = iops_mod.SearchOptions(memory_budget=budget, expansions=10**12, expansions_per_part=10**12,
                                       timeout_s=args.ios_timeout)
    plan.schedules["ios"] = iops_mod.ios(graph, cost, unbounded, fixed["asap"])
    us = {k: cost.schedule_us(s.stages) for k, s in plan.schedules.items()}
    if iree_us is not None:
        us["iree"] = iree_us
    return {"dispatches": len(graph.dispatch_ids()), "us": us, "iops_s": plan.search["seconds"],
            "ios": plan.schedules["ios"].info["ios"], "optimal": plan.search["optimal"],
            "proven": sum(b["optimal"] for b in plan.blocks), "blocks": len(plan.blocks),
            "by_solver": sum(b["proved_by"] == "solver" for b in plan.blocks),
            "by_waves": sum(b["proved_by"] == "waves" for b in plan.blocks),
            "by_relaxed": sum(b["proved_by"] == "relaxed" for b in plan.blocks),
            "whole_after_waves": plan.search.get("whole_after_waves", {}).get("blocks_proven", 0),
            "choices": plan.search.get("wave_bound", {}).get("choices_searched", 0),
            "closed": plan.search.get("wave_bound", {}).get("choices_closed", 0),
            "stage_cover": plan.search.get("stage_cover", {}),
            "largest": max(b["dispatches"] for b in plan.blocks), "gap": plan.search["gap"],
            "peak": plan.estimated_peak_bytes, "cost": cost.name}


def row(name: str, dump: Path, args: argparse.Namespace) -> str:
    """One table row; with a `replaced/` dump (analytic only), iops is the better of the two programs."""
    saved = json.loads((dump / "schedule.json").read_text())
    budget = args.memory_budget if args.memory_budget is not None else saved["memory"]["budget_bytes"]
    plain = evaluate(dump, args, budget, None)
    # IREE's waves on the program as imported, under this table's model (the dump's own prediction
    # is under the compile's model: on CUDA by default the replayed graph's, where every order ties).
    replaced = (evaluate(dump / "replaced", args, budget, plain["us"]["iree"])
                if args.cost_model == "analytic" and (dump / "replaced" / "graph.json").exists() else None)
    us = plain["us"]
    best = min([plain, replaced] if replaced else [plain], key=lambda r: r["us"]["iops"])
    star = "" if plain["peak"]["ios"] <= budget else " *"
    rep = f"{replaced['us']['iops']:.0f} ({replaced['dispatches']})" if replaced else "-"
    ios = plain["ios"]
    methods = []
    if best["by_solver"]:
        methods.append(f"{best['by_solver']} by CP-SAT")
    if best["by_waves"]:
        methods.append(f"{best['by_waves']} split on waves")
    if best["by_relaxed"]:
        methods.append(f"{best['by_relaxed']} relaxed to the slowest member")
    if best["whole_after_waves"]:
        methods.append(f"{best['whole_after_waves']} searched whole after the split on waves")
    cover = best["stage_cover"]
    if cover.get("blocks_tried"):
        settled = "; ".join(f"block {c['index']} ({c['dispatches']}) {'settled' if c['converged'] else 'not settled'} "
                            f"at {c['value_us']:,.1f} us in {c['rounds']} rounds" for c in cover["blocks"])
        methods.append(f"stage cover: {settled}; {cover['blocks_raised']} raised, {cover['blocks_proven']} proven")
    if best["closed"]:
        methods.append(f"{best['closed']} of {best['closed'] + best['choices']} choices of waves closed by their floors")
    solved = f" ({', '.join(methods)})" if methods else ""
    return (f"| {name} | {plain['dispatches']} | {plain['largest']} | {us['iree']:.0f} | {us['asap']:.0f} | "
            f"{us['ios']:.0f}{star} | {us['iops']:.0f} | {rep} | {best['us']['iops'] / us['iree']:.3f} | "
            f"{us['iops'] / us['ios']:.3f} | {best['iops_s']:.2f} | {best['proven']}/{best['blocks']}{solved} | "
            f"{best['gap']:.2%} | {ios['seconds']:.1f}{'' if ios['complete'] else ' (incomplete)'} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dumps", default="build/h100/{model}", help="dump folder of each model, with {model}")
    parser.add_argument("--cost-model", choices=("analytic", "profiled", "measured"), default="analytic")
    parser.add_argument("--profiles", default="benchmarks/results/gpu-kit/h200-alone/profiles/run1/{model}_b1.graph.json",
                        help="the measured model's profile of each model, with {model}")
    parser.add_argument("--device", default="h100", help="the analytic model's device")
    parser.add_argument("--models", default=",".join(models.names()))
    parser.add_argument("--memory-budget", type=int, help="bytes (default: the dump's, IREE's order's peak)")
    parser.add_argument("--search-tolerance", type=float, default=DEFAULT_SEARCH_TOLERANCE,
                        help="the gap at which the search's later passes leave a block (0: to the proof)")
    parser.add_argument("--search-expansions", type=int, default=DEFAULT_EXPANSIONS,
                        help="the search's work per model, as `iops-mlir compile --search-expansions` sets it")
    parser.add_argument("--search-workers", type=int, default=None,
                        help="processes the search may run side by side (default: one per CPU), as "
                             "`iops-mlir compile --search-workers` sets it")
    parser.add_argument("--max-block", type=int, default=DEFAULT_MAX_BLOCK,
                        help="the search's part size, as `iops-mlir compile --max-block` sets it")
    parser.add_argument("--whole-block", type=int, default=DEFAULT_WHOLE_BLOCK,
                        help="blocks of up to this many dispatches are first searched whole, as `iops-mlir "
                             "compile --whole-block` sets it")
    parser.add_argument("--expansions-per-block", type=int, default=DEFAULT_EXPANSIONS_PER_BLOCK,
                        help="the most one whole-block search may spend at once (`SearchOptions."
                             "expansions_per_block`; the compile keeps the default)")
    parser.add_argument("--stage-cover-work", type=int, default=DEFAULT_STAGE_COVER_WORK,
                        help="the stage cover's work per model on the blocks the search leaves unproven "
                             "(`schedule.stage_cover`; 0: not run)")
    parser.add_argument("--weighted-work", type=int, default=DEFAULT_WEIGHTED_WORK,
                        help="the weighted A* searches' work per model on the blocks left open "
                             "(`schedule.weighted`; 0: not run)")
    parser.add_argument("--ios-timeout", type=float, default=1800.0, help="seconds IOS's DP may run per model")
    args = parser.parse_args()
    if not 0.0 <= args.search_tolerance < 1.0:  # as `iops-mlir compile --search-tolerance` checks it
        parser.error("--search-tolerance must be at least 0 and less than 1")
    if args.search_expansions < 1:
        parser.error("--search-expansions must be at least 1")
    if args.search_workers is not None and args.search_workers < 1:
        parser.error("--search-workers must be at least 1")
    if args.max_block < 1:
        parser.error("--max-block must be at least 1")
    if args.whole_block < 1 or args.expansions_per_block < 1:
        parser.error("--whole-block and --expansions-per-block must be at least 1")
    if args.stage_cover_work < 0 or args.weighted_work < 0:
        parser.error("--stage-cover-work and --weighted-work must be at least 0")
    print("| model | dispatches | largest block | IREE waves | asap | ios | iops | iops, replaced (dispatches) | "
          "best iops / IREE | iops / ios | iops search s | blocks proven | gap | ios DP s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in args.models.split(","):
        print(row(name, Path(args.dumps.format(model=name)), args), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
