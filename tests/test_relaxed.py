"""The slowest-member relaxation (`cost.base.SlowestMember`): its search offers one candidate stage
per solo time and stays exact; in the iops search (`schedule.relaxed`) it proves
blocks the other passes leave open, and its bound never passes the optimum within the memory
budget."""

from __future__ import annotations

import dataclasses
import random
import time

import pytest
from test_scheduler import brute_force, fitting_optimum, limited_search, measured_model, random_dag, wave_cost_model
from test_solver import over_24

from iops_mlir.cost.analytic import AnalyticCost, load_device
from iops_mlir.cost.base import Cautious, SlowestMember
from iops_mlir.cost.profile import ProgramOverheads
from iops_mlir.partition import dag_view, partition
from iops_mlir.schedule import baselines, validate
from iops_mlir.schedule import iops as iops_mod
from iops_mlir.schedule import relaxed as relaxed_mod
from iops_mlir.schedule.list_seed import best_fitted_schedule
from iops_mlir.schedule.memory import peak_bytes
from iops_mlir.schedule.search import PartSearch, search_below, search_part


@pytest.mark.parametrize("seed", range(10))
def test_one_stage_per_solo_time_is_exact_within_the_wave_limit(seed: int) -> None:
    """On wide random DAGs, with waves of at most 2, 3 or 32, the search over one stage per solo
    time (and every stage of the limit's size holding one of that time, where more are ready)
    finds the brute-force optimum of the relaxed model."""
    graph = random_dag(9, 0.1, seed)
    # Equal times too, so that several dispatches close one stage.
    model = SlowestMember(wave_cost_model(graph, seed) if seed % 2 else AnalyticCost(graph, load_device("h100")))
    for limit in (2, 3, 32):
        search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, model, max_stage=limit)
        assert search.by_solo_time
        if limit == 32:
            assert len(search.moves(0)) <= len(search.ready(0))  # one per solo time
        result = search_part(search, None, expansions=10**6, deadline=float("inf"))
        assert result.optimal and result.cost == pytest.approx(brute_force(graph, model, max_stage=limit)), limit
        assert max(len(stage) for stage in result.stages) <= limit


def test_under_a_memory_limit_every_stage_is_offered() -> None:
    """Run early, a dispatch keeps its result live the longer: the dominance holds only where no
    memory limit holds, and `memory_until` says until when one does."""
    graph = random_dag(9, 0.1, 0)
    model = SlowestMember(AnalyticCost(graph, load_device("h100")))
    outs = [1] * len(graph.dispatch_ids())
    limited, free = limited_search(graph, model, outs, 100), limited_search(graph, model, outs, None)
    assert limited.memory_limited(0) and not free.memory_limited(0)
    every, by_time = limited.moves(0), free.moves(0)
    assert len(by_time) < len(every) == 2 ** len(free.ready(0)) - 1
    view = dag_view(graph)
    first = free.ready(0)[0]
    for until, expected in (([], by_time), (graph.dispatch_ids(), every), ([free.nodes[first]], every)):
        search = PartSearch(graph.dispatch_ids(), view.preds, model, out_bytes=outs, memory_limit=100,
                            memory_until=until)
        search.set_memory_context(set(), [], view.succs, dict(enumerate(outs)))
        assert search.moves(0) == expected
    # Once the dispatches it names have run, the limit no longer holds.
    assert not search.memory_limited(1 << first) and search.memory_limited(0)


def test_a_step_too_small_for_the_next_state_ends_the_relaxed_search() -> None:
    """Where less is left than the next state's candidate stages cost, a step spends nothing: the
    search stops there, rather than trying again until the wall clock runs out."""
    graph = random_dag(9, 0.0, 0)  # nine ready at once: 511 candidate stages from the start
    search = limited_search(graph, AnalyticCost(graph, load_device("h100")), [1] * 9, 10**9)
    start = time.monotonic()
    result = relaxed_mod.search_until_sampled(search, float("inf"), 2, start + 30)
    assert len(search.moves(0)) == 511 and not search.truncated
    assert result.expansions == 0 and not result.optimal and time.monotonic() - start < 5


@pytest.mark.parametrize("seed", range(7))
def test_the_relaxed_search_proves_blocks_the_search_leaves_open(seed: int) -> None:
    """Under the H100 model small dispatches cost their slowest member: a block of 28-32 dispatches
    searched only in parts (no windows, moves or solver after them) is proven by the relaxation at
    the brute-force optimum, in a few dozen expansions, and stays open without it."""
    graph, schedules, _ = over_24(seed)
    model = AnalyticCost(graph, load_device("h100"))
    options = iops_mod.SearchOptions(max_block=8, whole_block=8, expansions_per_part=50, solver_work_s=0,
                                     windows=False, move_work=0, weighted_work=0, whole_after_waves=False)
    outcome = iops_mod.schedule(graph, model, schedules, options)
    validate(outcome.iops, graph)
    big = next(b for b in outcome.blocks if b["dispatches"] > 24)
    assert big["optimal"] and big["proved_by"] == "relaxed" and outcome.search["relaxed"]["blocks_proven"] == 1
    assert big["searched_whole"] and big["parts"] == [big["dispatches"]]  # the relaxed search was whole
    assert outcome.search["relaxed"]["expansions"] < 50
    assert model.schedule_us(outcome.iops.stages) == pytest.approx(brute_force(graph, model), rel=1e-7)
    alone = iops_mod.schedule(graph, model, schedules, dataclasses.replace(options, relaxed=False))
    assert not alone.search["optimal"] and alone.search["relaxed"]["blocks_tried"] == 0


def budget_case(seed: int):
    """A wide random DAG under the H100 model: (graph, model, each dispatch's bytes written, the
    sequential baseline, the sequential order's and asap's peaks, least first)."""
    graph = random_dag(10, 0.15, seed)
    model = AnalyticCost(graph, load_device("h100"))
    outs = [graph.nodes[n].out_bytes for n in graph.dispatch_ids()]
    schedules = {"sequential": baselines.sequential(graph)}
    leanest, widest = sorted(peak_bytes(s, graph) for s in (schedules["sequential"].stages,
                                                             baselines.asap(graph).stages))
    return graph, model, outs, schedules, leanest, widest


@pytest.mark.parametrize("seed", range(8))
def test_the_relaxed_bound_holds_and_its_schedules_fit_the_memory_budget(seed: int) -> None:
    """Within memory budgets below what the relaxed schedules need, the block's bound stays at or
    below the cheapest schedule that fits (exhaustive), and the schedule taken fits."""
    rng = random.Random(seed)
    graph, model, outs, schedules, leanest, widest = budget_case(seed)
    tried = 0
    for budget in (leanest, (leanest + widest) // 2, rng.randint(leanest, widest)):
        options = iops_mod.SearchOptions(max_block=4, whole_block=4, expansions_per_part=10, memory_budget=budget,
                                         solver_work_s=0, windows=False, move_work=0, weighted_work=0)
        outcome = iops_mod.schedule(graph, model, schedules, options)
        validate(outcome.iops, graph)
        if not outcome.search["parts_over_memory_budget"]:  # else no order of some part fits
            assert peak_bytes(outcome.iops.stages, graph) <= budget
        optimum = fitting_optimum(limited_search(graph, model, outs, budget, every_stage=True))
        assert outcome.search["lower_bound_us"] <= optimum + 1e-3 <= model.schedule_us(outcome.iops.stages) + 2e-3
        tried += outcome.search["relaxed"]["blocks_tried"]
    assert tried > 0


def test_a_relaxed_schedule_dearer_under_the_model_proves_nothing() -> None:
    """Under the analytic CPU model members share few cores, so a stage often costs more than its
    slowest member: the relaxation's schedules are taken where cheaper, but prove a block only
    where the model prices them at the relaxed optimum, and the bound stays below brute force."""
    tried_unproven = 0
    for seed in range(12):
        graph = random_dag(10, 0.08, seed)
        model = AnalyticCost(graph, load_device("local-cpu"))
        options = iops_mod.SearchOptions(max_block=3, whole_block=3, expansions_per_part=5, solver_work_s=0,
                                         windows=False, move_work=0, weighted_work=0)
        outcome = iops_mod.schedule(graph, model, {"sequential": baselines.sequential(graph)}, options)
        optimum = brute_force(graph, model)
        assert outcome.search["lower_bound_us"] <= optimum + 1e-3
        if outcome.search["optimal"]:
            assert model.schedule_us(outcome.iops.stages) == pytest.approx(optimum, rel=1e-7)
        relaxed = outcome.search["relaxed"]
        tried_unproven += relaxed["blocks_tried"] - relaxed["blocks_proven"]
    assert tried_unproven > 0


@pytest.mark.parametrize("seed", range(10))
def test_one_stage_per_solo_time_is_exact_where_members_add_to_their_stage(seed: int) -> None:
    """The measured model (a stage: its slowest member's solo time plus what each other adds),
    with concurrent branches from free to dearer than what most dispatches overlap: with the
    loners run alone first, one stage per solo time finds the brute-force optimum, with waves of
    at most 2 or 32."""
    graph = random_dag(9, 0.1, seed)
    overheads = ProgramOverheads(10.0, 1.0, [0.0, 5.0, 40.0][seed % 3])
    model = measured_model(graph, [0.0, 0.3, 0.8][seed % 3], seed, overheads=overheads)
    assert model.stage_is_slowest_plus_added
    for limit in (2, 32):
        search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, model, max_stage=limit)
        assert search.by_solo_time
        result = search_part(search, None, expansions=10**6, deadline=float("inf"))
        assert result.optimal and result.cost == pytest.approx(brute_force(graph, model, max_stage=limit)), limit


@pytest.mark.parametrize("seed", range(8))
def test_a_schedule_found_without_the_budget_is_made_to_fit_it(seed: int) -> None:
    """asap, which needs more memory than the budgets below, run in its order within each budget
    (`best_fitted_schedule`): every dispatch once, in dependence order, within the wave limit and
    the budget, never in more stages than dispatches."""
    graph = random_dag(14, 0.15, seed)
    outs = [graph.nodes[n].out_bytes for n in graph.dispatch_ids()]
    asap = baselines.asap(graph).stages
    leanest, widest = sorted(peak_bytes(s, graph) for s in (baselines.sequential(graph).stages, asap))
    model = measured_model(graph, 0.3, seed)
    for budget in (leanest, (leanest + widest) // 2):
        search = limited_search(graph, model, outs, budget)
        fitted = best_fitted_schedule(search, asap)
        assert fitted is not None
        validate(iops_mod.Schedule("fitted", fitted), graph)
        assert search.fits(fitted) and peak_bytes(fitted, graph) <= budget
        assert len(fitted) <= len(graph.dispatch_ids())


def test_the_relaxed_pass_takes_the_measured_optimum_made_to_fit_the_budget() -> None:
    """A charged measured model on blocks searched only in parts, within the sequential order's
    peak: the pass searches the model without its charge and the budget, exactly, makes what it
    finds fit (none of it fits as found, so without that nothing is taken), and takes it where
    cheaper. On some blocks that is cheaper than what the parts left; every schedule fits, and no
    bound passes the cheapest schedule that fits (exhaustive)."""
    improved = 0
    for seed in range(6):
        graph = random_dag(10, 0.15, seed)
        model = Cautious(measured_model(graph, 0.4, seed, overheads=ProgramOverheads(10.0, 1.0, 3.0)), 0.05,
                         trusted=baselines.sequential(graph).stages)
        outs = [graph.nodes[n].out_bytes for n in graph.dispatch_ids()]
        budget = peak_bytes(baselines.sequential(graph).stages, graph)
        options = iops_mod.SearchOptions(max_block=4, whole_block=4, expansions_per_part=10, memory_budget=budget,
                                         solver_work_s=0, windows=False, move_work=0, weighted_work=0)
        schedules = {"sequential": baselines.sequential(graph)}
        outcome = iops_mod.schedule(graph, model, schedules, options)
        validate(outcome.iops, graph)
        assert peak_bytes(outcome.iops.stages, graph) <= budget
        optimum = fitting_optimum(limited_search(graph, model, outs, budget, every_stage=True))
        assert outcome.search["lower_bound_us"] <= optimum + 1e-3 <= model.schedule_us(outcome.iops.stages) + 2e-3
        improved += outcome.search["relaxed"]["blocks_improved"]
    assert improved > 0


def test_the_moves_that_polish_a_schedule_made_to_fit_are_counted(monkeypatch) -> None:
    """The pass polishes each schedule it made to fit with the moves, on a cap of the moves'
    work each, and reports what they weighed (`search.relaxed.move_work`): none without move
    work, some and within the caps with it. (One round without the budget, whose schedules
    need to be made to fit: `relaxed.relaxed_rounds`.)"""
    monkeypatch.setattr(PartSearch, "first_stage_over", lambda self, stages: None)
    weighed = {}
    for move_work in (0, 1_000):
        weighed[move_work] = []
        for seed in range(6):
            graph = random_dag(10, 0.15, seed)
            model = Cautious(measured_model(graph, 0.4, seed, overheads=ProgramOverheads(10.0, 1.0, 3.0)), 0.05,
                             trusted=baselines.sequential(graph).stages)
            budget = peak_bytes(baselines.sequential(graph).stages, graph)
            options = iops_mod.SearchOptions(max_block=4, whole_block=4, expansions_per_part=10, memory_budget=budget,
                                             solver_work_s=0, windows=False, move_work=move_work)
            relaxed = iops_mod.schedule(graph, model, {"sequential": baselines.sequential(graph)},
                                        options).search["relaxed"]
            assert relaxed["move_work"] <= move_work * relaxed["blocks_tried"]
            weighed[move_work].append(relaxed["move_work"])
    assert sum(weighed[0]) == 0 and sum(weighed[1_000]) > 0


def test_the_uncharged_model_is_the_one_inside_the_charge() -> None:
    """`uncharged()`: a charged model's inner one, any other model itself; the relaxed pass searches
    the measured model uncharged (its stage is its slowest member plus what the others add) and
    relaxes any other to its slowest members."""
    graph = random_dag(8, 0.2, 0)
    measured = measured_model(graph, 0.3, 0)
    charged = Cautious(measured, 0.05, trusted=baselines.sequential(graph).stages)
    assert charged.uncharged() is measured and measured.uncharged() is measured
    stages = baselines.asap(graph).stages
    assert charged.schedule_us(stages) > measured.schedule_us(stages)
    assert relaxed_mod.relaxation(charged) is measured
    analytic = AnalyticCost(graph, load_device("h100"))
    assert isinstance(relaxed_mod.relaxation(Cautious(analytic, 0.05)), SlowestMember)


def test_rounds_with_the_budget_over_a_longer_start_prove_blocks_within_it(monkeypatch) -> None:
    """Where the relaxed optimum breaks the memory budget, the pass searches again with the budget
    holding until every dispatch up to that stage has run, and so on: each round's optimum bounds
    the block within the budget. On wide random blocks within budgets below the relaxed schedules'
    peaks, the rounds prove blocks the single search without the budget cannot, and every block
    proven costs the exhaustive optimum within the budget."""
    def proven(rounds: bool) -> int:
        count = 0
        for seed in range(8):
            graph, model, outs, schedules, leanest, widest = budget_case(seed)
            budget = (leanest + widest) // 2
            options = iops_mod.SearchOptions(max_block=4, whole_block=4, expansions_per_part=10,
                                             memory_budget=budget, solver_work_s=0, windows=False, move_work=0, weighted_work=0)
            outcome = iops_mod.schedule(graph, model, schedules, options)
            relaxed = outcome.search["relaxed"]
            assert (relaxed["budget_rounds"] > 0) == (rounds and relaxed["blocks_tried"] > 0)
            optimum = fitting_optimum(limited_search(graph, model, outs, budget, every_stage=True))
            assert outcome.search["lower_bound_us"] <= optimum + 1e-3
            if outcome.search["optimal"]:
                assert model.schedule_us(outcome.iops.stages) == pytest.approx(optimum, rel=1e-7)
                assert peak_bytes(outcome.iops.stages, graph) <= budget
            count += relaxed["blocks_proven"]
        return count
    with_rounds = proven(True)
    monkeypatch.setattr(PartSearch, "first_stage_over", lambda self, stages: None)  # one round only
    assert with_rounds > proven(False)


def first_rounds_over_the_budget():
    """For each random budget case whose first relaxed round breaks the budget: (the searcher of
    the whole graph within the budget, the graph's dispatches, the relaxation, the first round's
    result)."""
    for seed in range(8):
        graph, model, _, _, leanest, widest = budget_case(seed)
        searcher = iops_mod._Searcher(graph, model, {}, iops_mod.SearchOptions(memory_budget=(leanest + widest) // 2),
                                      partition(graph, 32))
        relaxation = relaxed_mod.relaxation(model)
        first = searcher.part_search(graph.dispatch_ids(), cost=relaxation, memory_until=set())
        alone = search_below(first, float("inf"), expansions=10**6, deadline=time.monotonic() + 60)
        if not first.fits(alone.stages):
            yield searcher, graph.dispatch_ids(), relaxation, alone


def test_a_round_cut_short_keeps_the_bound_and_the_schedule_before_it() -> None:
    """A round of the relaxed search that runs out of expansions proves less than the round
    before it: the bound returned is still the first round's optimum, and the schedule the first
    round found (to be made to fit the budget) is still there."""
    cut = 0
    for searcher, nodes, relaxation, alone in first_rounds_over_the_budget():
        result, bound, rounds = relaxed_mod.relaxed_rounds(searcher, nodes, relaxation, float("inf"),
                                                           alone.expansions + 1, 0.0, float("inf"))
        assert rounds == 2 and not result.optimal
        assert bound == pytest.approx(alone.cost) and result.stages == alone.stages
        cut += 1
    assert cut > 0


def test_a_round_whose_open_states_stay_below_the_bound_stops(monkeypatch) -> None:
    """Given a bound to beat, the relaxed search stops once it has spent ROUND_PATIENCE expansions
    with its open states still no higher; without one it goes on to its optimum."""
    graph, model, _, _, leanest, widest = budget_case(4)
    # Steps as large as the most a state's candidate stages cost here (1,023 of them: 64 units).
    monkeypatch.setattr(relaxed_mod, "RELAXED_STEP", 64)
    monkeypatch.setattr(relaxed_mod, "ROUND_PATIENCE", 1)
    blocks = partition(graph, 32)
    searcher = iops_mod._Searcher(graph, model, {}, iops_mod.SearchOptions(memory_budget=(leanest + widest) // 2),
                                  blocks)
    def limited() -> PartSearch:
        return searcher.part_search(graph.dispatch_ids(), cost=relaxed_mod.relaxation(model))
    deadline = time.monotonic() + 60
    patient = relaxed_mod.search_until_sampled(limited(), float("inf"), 10**6, deadline, beat=1e9)
    full = relaxed_mod.search_until_sampled(limited(), float("inf"), 10**6, deadline)
    assert full.optimal and not patient.optimal and 0 < patient.expansions <= 64 < full.expansions


def test_no_round_after_the_first_where_none_could_prove_more() -> None:
    """A schedule within the budget is one of every round's, so no round's optimum is above what it
    costs relaxed: where that is no higher than the block's bound or the first round's, no other
    round is searched, though the first round's optimum breaks the budget."""
    skipped = 0
    for searcher, nodes, relaxation, alone in first_rounds_over_the_budget():
        for block_bound, ceiling, more in ((0.0, alone.cost, False), (alone.cost + 1, alone.cost + 1, False),
                                           (0.0, float("inf"), True)):
            _, _, rounds = relaxed_mod.relaxed_rounds(searcher, nodes, relaxation, float("inf"), 10**6,
                                                      block_bound, ceiling)
            assert (rounds > 1) == more
        skipped += 1
    assert skipped > 0
