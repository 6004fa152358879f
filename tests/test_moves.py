"""Single-dispatch moves (`schedule.moves`): they only lower a schedule's cost, keep it valid and
within the memory limit, and find what the windows of consecutive stages cannot reach."""

from __future__ import annotations

import dataclasses
import random

import pytest
from test_scheduler import branches, brute_force, cost_models, make_graph, random_dag, random_order, wave_cost_model

from iops_mlir.cost.wave_model import WaveCost, WaveModel
from iops_mlir.partition import dag_view
from iops_mlir.schedule import baselines
from iops_mlir.schedule import iops as iops_mod
from iops_mlir.schedule.memory import peak_bytes
from iops_mlir.schedule.model import validate
from iops_mlir.schedule.moves import polish
from iops_mlir.schedule.search import PartSearch


def chain_and_a_straggler(memory_limit: int | None = None) -> tuple[PartSearch, WaveCost]:
    """A chain 0 -> 1 -> 2 of single-threaded 10 us dispatches and an independent 2 us one (3),
    on 2 workers with 1 us between stages. 3 writes 1,000 bytes, the others 10."""
    graph = make_graph(4, [(0, 1), (1, 2)])
    solo = {0: 10.0, 1: 10.0, 2: 10.0, 3: 2.0}
    cost = WaveCost(WaveModel(2, solo, dict(solo), 1.0, 1.0), fit_samples=0, heldout=None)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost, out_bytes=[10, 10, 10, 1000],
                        memory_limit=memory_limit)
    return search, cost


def test_a_dispatch_alone_moves_under_a_slower_one() -> None:
    """Alone after the chain, 3 costs its own stage (3 us); beside the chain's first dispatch it
    costs nothing (both stages take 11 us): the move finds the optimum."""
    search, cost = chain_and_a_straggler()
    start = [[0], [1], [2], [3]]
    moved, spent = polish(search, start, work=100)
    assert len(moved) == 3 and [3] not in moved
    assert cost.schedule_us(moved) == pytest.approx(cost.schedule_us(start) - 3.0)
    assert 0 < spent <= 100
    assert polish(search, start, work=0) == (start, 0)  # no work: nothing weighed


def test_a_move_over_the_memory_limit_is_not_taken() -> None:
    """3's 1,000-byte result beside any member of the chain puts 1,010 bytes or more in flight;
    with 1,000 allowed, it stays where it is."""
    search, _ = chain_and_a_straggler(memory_limit=1000)
    start = [[0], [1], [2], [3]]
    assert search.fits(start)
    moved, _ = polish(search, start, work=100)
    assert moved == start


def test_full_stages_trade_members_so_the_dear_ones_gather() -> None:
    """Four loose dispatches, two a stage, each wave as long as its slowest member: a 10 us and a
    1 us one in each stage (20 us). No single move fits a full stage; trading a 1 us dispatch for
    the other 10 us one gathers the dear ones (11 us), and a dispatch faster than every member of
    a full stage does not trade into it."""
    graph = make_graph(4, [])
    solo = {0: 10.0, 1: 1.0, 2: 10.0, 3: 1.0}
    cost = WaveCost(WaveModel(2, solo, {n: 0.1 for n in solo}, 1.0, 0.0), fit_samples=0, heldout=None)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost, max_stage=2)
    start = [[0, 1], [2, 3]]
    moved, _ = polish(search, start, work=100)
    assert cost.schedule_us(start) == pytest.approx(20.0) and cost.schedule_us(moved) == pytest.approx(11.0)
    assert sorted(map(sorted, moved)) == [[0, 2], [1, 3]]
    assert polish(search, [[1, 3], [0, 2]], work=100)[0] == [[1, 3], [0, 2]]  # already gathered


@pytest.mark.parametrize("seed", range(8))
def test_moves_keep_a_schedule_valid_and_never_raise_its_cost(seed: int) -> None:
    """From a random valid order of a random DAG, under every cost model, and with at most two
    dispatches a stage: the result holds every dispatch once, after its predecessors, in stages
    within the limit; it costs no more than the start and no less than the optimum, and a second
    run gives the same schedule."""
    rng = random.Random(seed)
    graph = random_dag(9, 0.25, seed)
    view = dag_view(graph)
    start = random_order(graph, rng)
    gains = 0
    for cost in cost_models(graph):
        for max_stage in (2, 32):
            search = PartSearch(graph.dispatch_ids(), view.preds, cost, max_stage=max_stage)
            begun = [s for stage in start for s in _chunks(stage, max_stage)]
            moved, _ = polish(search, begun, work=10**6)
            assert polish(search, begun, work=10**6)[0] == moved
            validate(iops_mod.Schedule("moved", moved), graph)
            assert max(len(stage) for stage in moved) <= max_stage
            assert sorted(n for stage in moved for n in stage) == graph.dispatch_ids()
            assert cost.schedule_us(moved) <= cost.schedule_us(begun) + 1e-9
            gains += cost.schedule_us(moved) < cost.schedule_us(begun) - 1e-9
        assert cost.schedule_us(moved) >= brute_force(graph, cost) - 1e-6
    assert gains > 0


def test_moves_improve_what_the_windows_leave() -> None:
    """Blocks searched in parts, then window by window, under the profiled model: on some of
    these graphs the moves lower the cost further. Every result is valid, fits the memory budget, is reported in the search's
    `moves`, and a work budget of 0 turns them off."""
    gains = []
    for seed in range(6, 12):
        rng = random.Random(seed)
        graph = branches([rng.randint(8, 10) for _ in range(3)] + [2], seed)
        model = wave_cost_model(graph, seed)
        schedules = {"sequential": baselines.sequential(graph)}
        budget = peak_bytes(baselines.asap(graph).stages, graph)
        # The moves against the windows: the last whole-block searches (test_whole_after_waves) would
        # find these blocks' optimum either way.
        options = iops_mod.SearchOptions(max_block=6, whole_block=6, memory_budget=budget, solver_work_s=0,
                                         whole_after_waves=False)
        outcome = iops_mod.schedule(graph, model, schedules, options)
        without = iops_mod.schedule(graph, model, schedules, dataclasses.replace(options, move_work=0))
        validate(outcome.iops, graph)
        assert peak_bytes(outcome.iops.stages, graph) <= budget
        assert without.search["moves"]["work"] == 0 and without.search["moves"]["blocks_tried"] == 0
        found, before = model.schedule_us(outcome.iops.stages), model.schedule_us(without.iops.stages)
        assert found <= before + 1e-9
        moves = outcome.search["moves"]
        assert moves["blocks_improved"] == (found < before - 1e-9)
        gains.append(before - found)
    assert max(gains) > 1e-6, gains


def _chunks(stage: list[int], size: int) -> list[list[int]]:
    return [stage[i:i + size] for i in range(0, len(stage), size)]


@pytest.mark.parametrize("seed", range(8))
def test_moves_stay_within_a_tight_memory_limit(seed: int) -> None:
    """Held to the peak of the order they start from, the moves (which recount only the stages
    between where a dispatch leaves and where it goes) leave a schedule whose whole peak fits."""
    rng = random.Random(seed)
    graph = random_dag(10, 0.2, seed)
    view = dag_view(graph)
    start = random_order(graph, rng)
    out = [graph.nodes[n].out_bytes for n in graph.dispatch_ids()]
    for cost in cost_models(graph):
        free = PartSearch(graph.dispatch_ids(), view.preds, cost, out_bytes=out)
        limit = free.peak(start)
        held = PartSearch(graph.dispatch_ids(), view.preds, cost, out_bytes=out, memory_limit=limit)
        moved, _ = polish(held, start, work=10**6)
        assert held.peak(moved) <= limit
        assert cost.schedule_us(moved) <= cost.schedule_us(start) + 1e-9
