"""The constraint solver of whole blocks (`schedule.solver`) against brute force, and its place
in the iops search: it proves blocks the A* search leaves open, within the memory budget."""

from __future__ import annotations

import dataclasses
import random

import pytest
from test_scheduler import branches, brute_force, cost_models, random_dag, wave_cost_model

from iops_mlir.cost.analytic import AnalyticCost, load_device
from iops_mlir.cost.base import Cautious
from iops_mlir.partition import dag_view
from iops_mlir.schedule import baselines, validate
from iops_mlir.schedule import iops as iops_mod
from iops_mlir.schedule.memory import peak_bytes
from iops_mlir.schedule.model import Schedule
from iops_mlir.schedule.solver import BlockProgram


def models_with_a_form(graph):
    """Every cost model of the scheduler's tests that writes itself out as a formula, plus a
    cautious one whose trusted waves are asap's (the charged and the listed stages)."""
    found = [m for m in cost_models(graph) if m.stage_form(graph.dispatch_ids()) is not None]
    found.append(Cautious(wave_cost_model(graph, 3), 0.15, trusted=baselines.asap(graph).stages))
    return found


@pytest.mark.parametrize("seed", range(5))
def test_a_stage_form_is_the_models_own_cost(seed: int) -> None:
    graph = random_dag(10, 0.0, seed)
    rng = random.Random(seed)
    ids = graph.dispatch_ids()
    for model in models_with_a_form(graph):
        form = model.stage_form(ids)
        stages = [rng.sample(ids, rng.randint(1, 10)) for _ in range(60)]
        stages += [sorted(s) for s in getattr(model, "_trusted", ())]
        for stage in stages:
            assert form.stage_us(stage) == pytest.approx(model.stage_us(stage), rel=1e-12), model.name


@pytest.mark.parametrize("seed", range(8))
def test_the_solver_finds_and_proves_the_brute_force_optimum(seed: int) -> None:
    graph = random_dag(8, 0.2, seed)
    view = dag_view(graph)
    ids = graph.dispatch_ids()
    sequential = [[n] for n in ids]
    for model in models_with_a_form(graph):
        program = BlockProgram(ids, view.preds, model, model.stage_form(ids), sequential)
        solved = program.solve(work_s=60.0, deadline=float("inf"))
        optimum = brute_force(graph, model)
        best = solved.stages or sequential
        validate(Schedule("solver", best), graph)
        assert model.schedule_us(best) == pytest.approx(optimum, rel=1e-9), model.name
        assert optimum - solved.rounding_us <= solved.lower_bound <= optimum + 1e-9, model.name


def over_24(seed: int):
    """A block of 28-32 dispatches, its baselines, and the search starved of budget for it (the
    weighted searches off: they find these blocks' optima, which the bound then proves)."""
    rng = random.Random(seed)
    graph = branches([rng.randint(8, 10) for _ in range(3)] + [2], seed, links=8)
    schedules = {"sequential": baselines.sequential(graph), "asap": baselines.asap(graph)}
    return graph, schedules, iops_mod.SearchOptions(max_block=8, expansions=30, weighted_work=0)


@pytest.mark.parametrize("seed,name", [(0, "h100"), (1, "h100"), (2, "h100"), (1, "wave")])
def test_the_solver_proves_blocks_over_24_that_the_search_leaves_open(seed: int, name: str) -> None:
    """What it proves is the brute-force optimum; without it the block stays unproven."""
    graph, schedules, starved = over_24(seed)
    model = AnalyticCost(graph, load_device("h100")) if name == "h100" else wave_cost_model(graph, seed)
    outcome = iops_mod.schedule(graph, model, schedules, starved)
    validate(outcome.iops, graph)
    big = next(b for b in outcome.blocks if b["dispatches"] > 24)
    assert big["optimal"] and big["proved_by"] == "solver" and outcome.search["solver"]["blocks_proven"] == 1
    assert model.schedule_us(outcome.iops.stages) == pytest.approx(brute_force(graph, model), rel=1e-7)
    alone = iops_mod.schedule(graph, model, schedules, dataclasses.replace(starved, solver_work_s=0))
    assert not alone.search["optimal"] and alone.search["solver"]["blocks_tried"] == 0


def test_a_solver_cut_short_reports_a_true_bound() -> None:
    graph, schedules, starved = over_24(3)
    model = AnalyticCost(graph, load_device("h100"))
    # Without the relaxed search, which proves this block (`test_scheduler`).
    outcome = iops_mod.schedule(graph, model, schedules, dataclasses.replace(starved, solver_work_s=0.5, relaxed=False))
    assert not outcome.search["optimal"] and outcome.search["solver"]["work_s"] <= 0.6
    assert 0 < outcome.search["lower_bound_us"] <= brute_force(graph, model) + 1e-3  # rounded to ns


def test_the_solver_leaves_charged_models_to_the_search() -> None:
    """Under a cautious model (IREE's waves free, other stages charged) the relaxation is weak
    and proves nothing in seconds: the solver is not tried."""
    graph = branches([9, 9, 9, 2], 1, links=8)
    asap = baselines.asap(graph)
    model = Cautious(wave_cost_model(graph, 1), 0.1, trusted=asap.stages)
    outcome = iops_mod.schedule(graph, model, {"asap": asap}, iops_mod.SearchOptions(max_block=8, expansions=30))
    assert outcome.search["solver"]["blocks_tried"] == 0


def test_a_solver_schedule_over_the_memory_budget_is_not_used() -> None:
    """The solver does not model memory: under a budget only the sequential order meets, its
    faster schedules are set aside and the block keeps a schedule within the budget."""
    graph = branches([9, 9, 9, 2], 2, links=8)
    model = AnalyticCost(graph, load_device("h100"))
    schedules = {"sequential": baselines.sequential(graph)}
    budget = peak_bytes(schedules["sequential"].stages, graph)
    options = iops_mod.SearchOptions(max_block=8, expansions=30, memory_budget=budget, solver_work_s=1.0)
    outcome = iops_mod.schedule(graph, model, schedules, options)
    assert peak_bytes(outcome.iops.stages, graph) <= budget
    assert outcome.search["solver"]["blocks_tried"] >= 1
    free = iops_mod.schedule(graph, model, schedules, dataclasses.replace(options, memory_budget=None))
    assert model.schedule_us(free.iops.stages) < model.schedule_us(outcome.iops.stages)


def test_a_block_over_the_memory_budget_is_left_to_the_search() -> None:
    """Where no schedule found meets the budget (here: one byte, which none meets), the solver,
    which does not model memory, is not tried: nothing it found could be taken."""
    graph = branches([9, 9, 9, 2], 2, links=8)
    model = AnalyticCost(graph, load_device("h100"))
    schedules = {"sequential": baselines.sequential(graph)}
    options = iops_mod.SearchOptions(max_block=8, expansions=30, memory_budget=1, solver_work_s=1.0)
    outcome = iops_mod.schedule(graph, model, schedules, options)
    assert outcome.search["solver"]["blocks_tried"] == 0 and outcome.search["solver"]["work_s"] == 0
    free = iops_mod.schedule(graph, model, schedules, dataclasses.replace(options, memory_budget=None))
    assert free.search["solver"]["blocks_tried"] >= 1


def test_the_solver_gives_the_same_schedule_twice() -> None:
    """Its budget is deterministic work: a run cut short by it ends at the same place twice."""
    graph = branches([10, 9, 9, 2], 3, links=8)
    model = AnalyticCost(graph, load_device("h100"))
    options = iops_mod.SearchOptions(max_block=8, expansions=30, solver_work_s=0.3)
    runs = [iops_mod.schedule(graph, model, {"sequential": baselines.sequential(graph)}, options) for _ in range(2)]
    assert runs[0].iops.stages == runs[1].iops.stages
    assert runs[0].blocks == runs[1].blocks
    assert runs[0].search["solver"]["work_s"] == runs[1].search["solver"]["work_s"]
