"""The whole search (`schedule.iops.schedule`, every pass) against exhaustive optima on small random
DAGs, under every test cost model and random search options (shared by `test_search_oracle` and
`tools/search_fuzz.py`).

For graph `seed`: a random DAG of 7-11 dispatches (`small`), of 12-18 (`large`), or of 25-40 in 2-4
lanes (`lanes`: blocks over 24 dispatches, searched whole, that the exhaustive optimum still
reaches, as a DAG covered by w chains has at most (length + 1)^w downsets); for each cost model of
`test_scheduler`, a memory budget (none, or the peak of asap, of sequential, or between the two),
a part size, budgets of expansions, the constraint solver, the cover's work, the weighted searches'
work and the tolerance drawn at random. The search runs as a compile runs it, IOS's dynamic program first and its schedule
among the baselines. Its schedule must be valid, fit the budget wherever some schedule does, cost
no less than the optimum within the budget, and equal it wherever the search says it proved it, and
no more than IOS's where that fits; its lower bound must not pass the optimum; each block's report
must hold against the block's own optimum; and the same input must give the same schedule twice.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from test_scheduler import cost_models, fitting_optimum, gpu_graph_model, limited_search, make_graph, random_dag

from iops_mlir.graph import DispatchGraph
from iops_mlir.partition import dag_view, partition
from iops_mlir.schedule import baselines
from iops_mlir.schedule import iops as iops_mod
from iops_mlir.schedule.memory import peak_bytes
from iops_mlir.schedule.model import validate
from iops_mlir.schedule.search import PartSearch

TOLERANCE_US = 1e-6
BOUND_ROUNDING_US = 5e-4  # the report gives bounds to the nanosecond


@dataclass
class SeedCheck:
    seed: int
    dispatches: int
    checked: int = 0  # (model, options) pairs
    proven: int = 0  # of them, where the search claimed the optimum
    budget_rounds: int = 0  # of them, where the split on IREE's waves held a choice to the memory budget
    stage_covered: int = 0  # of them, where the stage cover ran on some block
    problems: list[str] = field(default_factory=list)


def random_options(rng: random.Random, budget: int | None) -> iops_mod.SearchOptions:
    """Search options from tiny to generous, so that every pass meets blocks it has to leave."""
    part = rng.choice([2, 3, 4, 6, 32])
    return iops_mod.SearchOptions(
        max_block=part, whole_block=rng.choice([0, part, 8, 96]), expansions=rng.choice([30, 300, 400_000]),
        expansions_per_block=rng.choice([10, 100, 100_000]), expansions_per_part=rng.choice([5, 50, 200_000]),
        solver_work_s=rng.choice([0.0, 0.0, 0.2]), memory_budget=budget, cover_work=rng.choice([0, 1, 10**9]),
        tolerance=rng.choice([0.0, 0.001]), timeout_s=600.0, stage_cover_work=rng.choice([0, 0, 10**4, 10**8]),
        weighted_work=rng.choice([0, 1, 100, 10**5]))


def block_problems(graph: DispatchGraph, model, options: iops_mod.SearchOptions, outcome) -> list[str]:
    """Each block's report against the block's own optimum within the budget (every block
    before it run, every one after it waiting): its schedule no cheaper, its bound no higher, and
    equal to it where it says it is proven."""
    view = dag_view(graph)
    out_bytes = {n: graph.nodes[n].out_bytes for n in graph.dispatch_ids()}
    blocks = partition(graph, options.max_block)
    order = [n for block in blocks for n in block.nodes]
    problems, start = [], 0
    for block, report in zip(blocks, outcome.blocks):
        nodes = set(block.nodes)
        oracle = PartSearch(block.nodes, view.preds, model, out_bytes=[out_bytes[n] for n in block.nodes],
                            memory_limit=options.memory_budget, every_stage=True)
        oracle.set_memory_context(set(order[start + len(nodes):]), order[:start], view.succs, out_bytes)
        start += len(nodes)
        optimum = fitting_optimum(oracle)
        cost = model.schedule_us([stage for stage in outcome.iops.stages if set(stage) <= nodes])
        where = f"block {report['index']} ({len(nodes)} dispatches)"
        if set(report["nodes"]) != nodes:
            return [f"{where}: the report's block is not the partition's"]
        if optimum == float("inf"):
            continue
        if cost < optimum - TOLERANCE_US:
            problems.append(f"{where}: cost {cost} below its optimum {optimum}")
        if report["lower_bound_us"] > optimum + BOUND_ROUNDING_US:
            problems.append(f"{where}: lower bound {report['lower_bound_us']} above its optimum {optimum}")
        if report["optimal"] and cost > optimum + TOLERANCE_US * max(1.0, optimum):
            problems.append(f"{where}: proven optimal at {cost}, but its optimum is {optimum}")
    return problems


SHAPES = ("small", "large", "lanes")


def lanes_dag(n: int, lanes: int, cross: float, seed: int) -> DispatchGraph:
    """`n` dispatches dealt in turn to `lanes` chains (so no stage holds more than `lanes`), each
    also fed by a dispatch of another lane a little earlier with probability `cross`: branches
    that exchange tensors now and then, as a network's parallel paths do, in one block."""
    rng = random.Random(seed)
    edges = [(i - lanes, i) for i in range(lanes, n)]
    for i in range(lanes, n):
        if rng.random() < cross:
            j = rng.randrange(max(0, i - 2 * lanes), i)
            if j % lanes != i % lanes:
                edges.append((j, i))
    return make_graph(n, edges, seed)


def random_graph(seed: int, shape: str, rng: random.Random) -> DispatchGraph:
    """Graph `seed` of the shape asked (see the module)."""
    if shape == "large":
        return random_dag(rng.randint(12, 18), rng.choice([0.15, 0.2, 0.25]), seed)
    if shape == "lanes":
        return lanes_dag(rng.randint(25, 40), rng.randint(2, 4), rng.choice([0.2, 0.4, 0.6]), seed)
    return random_dag(rng.randint(7, 11), rng.choice([0.1, 0.2, 0.3, 0.45]), seed)


def check_seed(seed: int, shape: str = "small") -> SeedCheck:
    """Every cost model on graph `seed` of `shape` (`SHAPES`), each with its own random options
    (see the module)."""
    rng = random.Random(seed)
    graph = random_graph(seed, shape, rng)
    n = len(graph.dispatch_ids())
    out_bytes = [graph.nodes[i].out_bytes for i in graph.dispatch_ids()]
    schedules = {"sequential": baselines.sequential(graph), "asap": baselines.asap(graph)}
    peaks = sorted(peak_bytes(s.stages, graph) for s in schedules.values())
    found = SeedCheck(seed, n)
    for number, model in enumerate([*cost_models(graph), gpu_graph_model(graph, seed)]):
        budget = rng.choice([None, None, peaks[0], peaks[1], rng.randint(peaks[0], peaks[1])])
        options = random_options(rng, budget)
        where = f"graph {seed}, model {number} ({model.name}), {options}"
        try:
            # As a compile runs them: IOS's dynamic program first, its schedule one of the baselines.
            ios = iops_mod.ios(graph, model, options, schedules["asap"])
            validate(ios, graph)
            outcome = iops_mod.schedule(graph, model, {**schedules, "ios": ios}, options)
            validate(outcome.iops, graph)
        except Exception as e:  # a crash is a finding too
            found.problems.append(f"{where}: {type(e).__name__}: {e}")
            continue
        found.checked += 1
        found.budget_rounds += outcome.search.get("wave_bound", {}).get("budget_rounds", 0) > 0
        found.stage_covered += outcome.search.get("stage_cover", {}).get("blocks_tried", 0) > 0
        optimum = fitting_optimum(limited_search(graph, model, out_bytes, budget, every_stage=True))
        cost = model.schedule_us(outcome.iops.stages)
        peak = peak_bytes(outcome.iops.stages, graph)
        problems = []
        if budget is not None and peak > budget:
            problems.append(f"peak {peak} over the budget {budget}, which the sequential order or asap fits")
        if cost < optimum - TOLERANCE_US:
            problems.append(f"cost {cost} below the optimum within the budget, {optimum}")
        if outcome.search["lower_bound_us"] > optimum + BOUND_ROUNDING_US:
            problems.append(f"lower bound {outcome.search['lower_bound_us']} above the optimum {optimum}")
        ios_cost = model.schedule_us(ios.stages)
        if budget is None or peak_bytes(ios.stages, graph) <= budget:
            if ios_cost < optimum - TOLERANCE_US:
                problems.append(f"IOS's cost {ios_cost} below the optimum within the budget, {optimum}")
            if cost > ios_cost + TOLERANCE_US * max(1.0, ios_cost):
                problems.append(f"cost {cost} above IOS's {ios_cost}")
        if outcome.search["optimal"]:
            found.proven += 1
            if cost > optimum + TOLERANCE_US * max(1.0, optimum):
                problems.append(f"proven optimal at {cost}, but the optimum is {optimum}")
        problems += block_problems(graph, model, options, outcome)
        if number % 6 == seed % 6 and (
                iops_mod.schedule(graph, model, {**schedules, "ios": ios}, options).iops.stages != outcome.iops.stages):
            problems.append("a second run gave another schedule")
        found.problems.extend(f"{where}: {p}" for p in problems)
    return found
