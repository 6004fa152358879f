"""The stage cover (`schedule.stage_cover`, priced by `schedule.stage_pricing`): against the
same program over every antichain, against the brute-force optimum, and its schedules checked."""

from __future__ import annotations

import dataclasses
import itertools
import random

import pytest
from test_cover_bound import antichains
from test_scheduler import brute_force, make_graph, random_dag, wave_cost_model
from test_wave_bound import charged_model

from iops_mlir.cost.base import Cautious
from iops_mlir.cost.wave_model import WaveCost, WaveModel
from iops_mlir.partition import dag_view
from iops_mlir.schedule import baselines
from iops_mlir.schedule import iops as iops_mod
from iops_mlir.schedule.cover_bound import cover_prices
from iops_mlir.schedule.model import Schedule, validate
from iops_mlir.schedule.search import PartSearch
from iops_mlir.schedule.stage_cover import stage_cover
from iops_mlir.schedule import stage_pricing as sp
from iops_mlir.schedule.stage_pricing import StagePricer


def every_antichain_program(search: PartSearch, form) -> float:
    """The cover over every antichain at its true cost, solved directly."""
    from ortools.linear_solver import pywraplp

    solver = pywraplp.Solver.CreateSolver("GLOP")
    rows = [solver.Constraint(1.0, solver.infinity()) for _ in search.nodes]
    objective = solver.Objective()
    objective.SetMinimization()
    for stage in antichains(search.succ_mask):
        column = solver.NumVar(0.0, solver.infinity(), "")
        for i in stage:
            rows[i].SetCoefficient(column, 1.0)
        objective.SetCoefficient(column, form.stage_us([search.nodes[i] for i in stage]))
    assert solver.Solve() == pywraplp.Solver.OPTIMAL
    return objective.Value()


def models(seed: int):
    """A random DAG of 8 dispatches under a charged wave model and a plain one."""
    graph = random_dag(8, random.Random(seed).choice([0.1, 0.2, 0.3]), seed)
    return graph, (charged_model(graph, seed), Cautious(wave_cost_model(graph, seed), 0.0, trusted=[]))


@pytest.mark.parametrize("seed", range(16))
def test_the_cover_settles_at_the_program_over_every_stage(seed: int) -> None:
    """With its branch and bound run out, the pricing finds every stage worth adding: the
    program settles at the optimum of the same program over every antichain, which bounds the
    brute-force optimum, and is never below the cover bound (the same program with the slowest
    member left out). On the default nodes the bound is at most that optimum."""
    graph, costs = models(seed)
    for cost in costs:
        search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
        form = cost.stage_form(search.nodes)
        found = stage_cover(search.succ_mask, search.nodes, form, work=10**9, leader_nodes=10**4)
        every = every_antichain_program(search, form)
        optimum = brute_force(graph, cost)
        assert found.converged
        assert found.lower_bound == pytest.approx(every, abs=1e-5)
        short = stage_cover(search.succ_mask, search.nodes, form, work=10**9)
        assert short.lower_bound <= every + 1e-6 and short.value >= every - 1e-6
        assert found.lower_bound <= optimum + 1e-6
        assert found.lower_bound >= cover_prices(search.succ_mask, search.nodes, form, work=10**9).value - 1e-6
        stages = [[search.nodes[i] for i in stage] for stage in found.stages]
        validate(Schedule("cover", stages), graph)
        assert cost.schedule_us(stages) >= optimum - 1e-6


def test_the_cover_can_prove_what_the_cover_bound_cannot() -> None:
    """Seed 1 under the charged model: the slowest members lift the bound to the optimum, and
    the schedule of the program's integral solution is the optimal one."""
    graph, (cost, _) = models(1)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
    form = cost.stage_form(search.nodes)
    found = stage_cover(search.succ_mask, search.nodes, form, work=10**9, leader_nodes=10**4)
    optimum = brute_force(graph, cost)
    assert cover_prices(search.succ_mask, search.nodes, form, work=10**9).value < optimum - 5.0
    assert found.lower_bound == pytest.approx(optimum, abs=1e-5)
    assert cost.schedule_us([[search.nodes[i] for i in s] for s in found.stages]) == pytest.approx(optimum, abs=1e-6)


@pytest.mark.parametrize("seed", range(12))
def test_the_pricing_bound_holds_above_every_stage(seed: int) -> None:
    """For random prices, the pricing's bound (with all its work) is at least the worth of every
    stage of two or more, and each stage it returns is worth what it says."""
    graph, (cost, _) = models(seed)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
    pricer = StagePricer(search.succ_mask, search.nodes, cost.stage_form(search.nodes), leader_nodes=10**4)
    rng = random.Random(seed)
    prices = [rng.uniform(0.0, 12.0) for _ in search.nodes]
    found = pricer.price(prices, 1e-6, enough=10**6, work=10**12)
    stages = [s for s in antichains(search.succ_mask) if len(s) > 1 and s not in pricer.listed]
    best = max(pricer.worth(prices, s) for s in stages)
    assert found.loss >= best - 1e-6
    for stage, worth in found.stages.items():
        assert worth == pytest.approx(pricer.worth(prices, stage))
    if best > 1e-6:
        assert max(found.stages.values()) == pytest.approx(best, abs=1e-6)


def test_out_of_work_the_cover_proves_nothing_it_has_not_priced() -> None:
    """A pricing cut short proves nothing; the schedule from the columns so far is still one."""
    graph, (cost, _) = models(1)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
    found = stage_cover(search.succ_mask, search.nodes, cost.stage_form(search.nodes), work=1)
    assert not found.converged and found.lower_bound == 0.0 and found.rounds == 1
    validate(Schedule("cover", [[search.nodes[i] for i in stage] for stage in found.stages]), graph)


def test_a_compile_takes_the_stage_covers_bound_and_schedule() -> None:
    """A block the other passes leave unproven on a small budget (seed 4 under the charged
    model): the stage cover raises its bound to the brute-force optimum, its schedule costs
    that optimum, and the block is proven by it; without the pass it is not."""
    graph, (cost, _) = models(4)
    options = iops_mod.SearchOptions(expansions=20, expansions_per_block=10, expansions_per_part=10, solver_work_s=0,
                                     wave_bound_work=0, relaxed=False, tolerance=0.0, windows=False, move_work=0, weighted_work=0)
    given = {"asap": baselines.asap(graph)}
    off = iops_mod.schedule(graph, cost, given, options)
    on = iops_mod.schedule(graph, cost, given, dataclasses.replace(options, stage_cover_work=10**9))
    optimum = brute_force(graph, cost)
    assert not off.search["optimal"] and off.search["lower_bound_us"] < optimum - 0.5
    assert cost.schedule_us(off.iops.stages) > optimum + 5.0
    assert on.search["stage_cover"]["blocks_raised"] == 1 and on.search["stage_cover"]["blocks_improved"] == 1
    assert on.search["optimal"] and on.blocks[0]["proved_by"] == "cover"
    assert on.search["lower_bound_us"] == pytest.approx(optimum, abs=1e-3)
    assert cost.schedule_us(on.iops.stages) == pytest.approx(optimum, abs=1e-6)
    validate(on.iops, graph)
    assert off.search["stage_cover"]["work"] == 0


def best_packing(stages: list[tuple[int, ...]], worth) -> float:
    """The most that disjoint stages can be worth together (each counted where positive), by
    trying every set of dispatches: what a schedule's stages of two or more can be worth."""
    best: dict[int, float] = {0: 0.0}
    masks = [(sum(1 << i for i in s), max(0.0, worth(s))) for s in stages]
    for mask in range(1, 1 << max(max(s) for s in stages) + 1):
        low = mask & -mask
        options = [best[mask ^ low]]
        options += [value + best[mask ^ m] for m, value in masks if m & low and m & mask == m]
        best[mask] = max(options)
    return best[max(best)]


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("tolerance", [1e-6, 0.5, 3.0])
def test_the_pricing_loss_covers_what_a_schedules_stages_are_worth(seed: int, tolerance: float) -> None:
    """A range of leaders is left once its bound is below the tolerance; the loss still counts
    one stage per leader of it, so it covers the most any schedule's stages of two or more are
    worth together (disjoint stages, by brute force), on the default branch-and-bound nodes."""
    graph, (cost, _) = models(seed)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
    pricer = StagePricer(search.succ_mask, search.nodes, cost.stage_form(search.nodes))
    rng = random.Random(seed)
    prices = [rng.uniform(0.0, 12.0) for _ in search.nodes]
    found = pricer.price(prices, tolerance, enough=10**6, work=10**12)
    stages = [s for s in antichains(search.succ_mask) if len(s) > 1]
    assert found.loss >= best_packing(stages, lambda s: pricer.worth(prices, s)) - 1e-6


@pytest.mark.parametrize("seed", range(12))
def test_the_bisection_finds_the_least_over_mu(seed: int) -> None:
    """A range's bound is the least over mu of the cut's bound: within a few percent of it (by
    brute force over the antichains), never below it."""
    graph, (cost, _) = models(seed)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
    pricer = StagePricer(search.succ_mask, search.nodes, cost.stage_form(search.nodes))
    rng = random.Random(seed)
    prices = [rng.uniform(0.0, 12.0) for _ in search.nodes]
    every = antichains(search.succ_mask)
    top = len(search.nodes) - 1
    charge = pricer.longest[pricer.by_rank[0]]

    # The cut's bound at mu is the highest of one line per antichain (the empty one too): its
    # least is at an end or where two lines cross.
    lines = [(sum(prices[i] - pricer.share[i] for i in s) - pricer.floor, sum(pricer.share[i] for i in s) - charge)
             for s in every] + [(-pricer.floor, -charge)]

    def at(mu: float) -> float:
        return max(a + b * mu for a, b in lines)

    crossings = [(a2 - a1) / (b1 - b2) for (a1, b1), (a2, b2) in itertools.combinations(lines, 2) if b1 != b2]
    least = min(at(mu) for mu in [0.0, 1.0] + [mu for mu in crossings if 0.0 < mu < 1.0])
    found = pricer._range(prices, 0, top, float("-inf"), sp.Pricing())  # no early stop
    assert least - 1e-6 <= found <= least + 0.03 * (abs(least) + pricer.floor + charge)


def test_a_range_left_whole_is_charged_once_per_leader_it_holds() -> None:
    """Two chains a -> c and b -> d: the stages {a, b} and {c, d} are disjoint, so a schedule can
    hold both, worth together more than the heaviest single antichain is. With every range left
    at its first bound (an enormous tolerance), the loss must count each leader of the range."""
    graph = make_graph(4, [(0, 2), (1, 3)])
    model = WaveCost(WaveModel(2, {n: 10.0 for n in range(4)}, {n: 10.0 for n in range(4)}, 1.0, 1.0),
                     fit_samples=0, heldout=None)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, model)
    pricer = StagePricer(search.succ_mask, search.nodes, model.stage_form(search.nodes))
    prices = [20.0] * 4
    found = pricer.price(prices, 1e9, enough=10**6, work=10**12)
    stages = [s for s in antichains(search.succ_mask) if len(s) > 1]
    packed = best_packing(stages, lambda s: pricer.worth(prices, s))
    assert packed > max(pricer.worth(prices, s) for s in stages) + 1.0
    assert found.loss >= packed - 1e-6


def test_out_of_work_after_adding_stages_the_schedule_uses_them(capfd) -> None:
    """Where the work runs out after a round added stages, the program is solved once more
    before its solution is read (the solver would warn and read values of the last solve)."""
    graph, (cost, _) = models(1)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
    form = cost.stage_form(search.nodes)
    full = stage_cover(search.succ_mask, search.nodes, form, work=10**9)
    for work in range(1, full.work, full.work // 10):
        cut = stage_cover(search.succ_mask, search.nodes, form, work=work)
        validate(Schedule("cover", [[search.nodes[i] for i in stage] for stage in cut.stages]), graph)
        assert cut.converged or cut.lower_bound <= full.lower_bound + 1e-9
    assert "changed since the solution was last computed" not in capfd.readouterr().err
