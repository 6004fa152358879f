"""The kept-waves bound (`schedule.wave_bound`): a true lower bound, checked against brute force,
and tight where keeping one of IREE's waves lengthens a chain."""

from __future__ import annotations

import dataclasses
import itertools
import random

import pytest
from test_scheduler import brute_force, make_graph, random_dag, random_order, wave_cost_model

from iops_mlir.cost.base import Cautious
from iops_mlir.cost.wave_model import WaveCost, WaveModel
from iops_mlir.graph import DispatchGraph
from iops_mlir.partition import dag_view
from iops_mlir.schedule import baselines
from iops_mlir.schedule import iops as iops_mod
from iops_mlir.schedule.model import Schedule
from iops_mlir.schedule.search import PartSearch
from iops_mlir.schedule.wave_bound import WaveValues, kept_waves_bound


def crossed_chains() -> tuple[DispatchGraph, Cautious, PartSearch]:
    """Two chains a1 -> a2 (0 -> 1) and b1 -> b2 (2 -> 3) of single-threaded 4 us dispatches on
    2 workers, 1 us between stages, which IREE runs as b1, then {a1, b2}, then a2."""
    graph = make_graph(4, [(0, 1), (2, 3)])
    solo = dict.fromkeys(range(4), 4.0)
    model = WaveCost(WaveModel(2, solo, dict(solo), 1.0, 1.0), fit_samples=0, heldout=None)
    cost = Cautious(model, 0.1, trusted=[[2], [0, 3], [1]])
    return graph, cost, PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)


def test_keeping_a_wave_that_crosses_two_chains_costs_a_stage() -> None:
    """Kept, the wave {a1, b2} (5 us) puts b1 before it and a2 after it: three stages, 11.6 us at
    least by the bound (b1 and a2 pay their charged 2.2 us areas and the charged 1.1 us floor on
    the chain). Broken, its members pay their charged areas too, and the two chains run side by
    side in two charged stages of 5.5 us: 11 us, the optimum. The bound at the start gives the
    wave's members their 2 us shares as if it were kept and the chains as if it were not: 10.5 us."""
    graph, cost, search = crossed_chains()
    assert cost.schedule_us([[2], [0, 3], [1]]) == pytest.approx(15.0)
    assert cost.schedule_us([[0, 2], [1, 3]]) == pytest.approx(11.0)
    assert search.bound(0) == pytest.approx(10.5)
    bound, _ = kept_waves_bound(search, work=10**6)
    assert bound == pytest.approx(11.0) == pytest.approx(brute_force(graph, cost))


def test_a_listed_wave_with_a_dependence_inside_is_never_kept() -> None:
    """A listed wave whose members depend on one another is no stage of any schedule: the waves
    are not branched on (contracted, it would be a loop, and the heaviest chain's walk through it
    never ended), and the search proves the brute-force optimum, which breaks it."""
    graph = make_graph(4, [(0, 1), (1, 2), (0, 3)])
    solo = dict.fromkeys(range(4), 4.0)
    model = WaveCost(WaveModel(2, solo, dict(solo), 1.0, 1.0), fit_samples=0, heldout=None)
    cost = Cautious(model, 0.1, trusted=[[0], [1, 2], [3]])
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
    assert kept_waves_bound(search, work=10**6) == (0.0, 0)
    schedules = {"sequential": baselines.sequential(graph), "asap": baselines.asap(graph)}
    options = iops_mod.SearchOptions(max_block=2, whole_block=0, solver_work_s=0, timeout_s=30)
    outcome = iops_mod.schedule(graph, cost, schedules, options)
    assert cost.schedule_us(outcome.iops.stages) == pytest.approx(brute_force(graph, cost))


def test_chains_of_floors_bound_the_crossed_chains_side_by_side() -> None:
    """With the chains of floors (`PartSearch(floors=True)`), the crossed chains' bound at the
    start is the two chains side by side, each stage paying the larger of their floors (1.1 us
    charged against 1 us): 10.6 us against the one chain's 10.5. Where the chains line up with
    nothing to add (one chain alone), no table is kept."""
    graph, cost, _ = crossed_chains()
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost, floors=True)
    assert search.floors is not None and search.bound(0) == pytest.approx(10.6)
    line = make_graph(3, [(0, 1), (1, 2)])
    solo = dict.fromkeys(range(3), 4.0)
    plain = WaveCost(WaveModel(2, solo, dict(solo), 1.0, 1.0), fit_samples=0, heldout=None)
    assert PartSearch(line.dispatch_ids(), dag_view(line).preds, plain, floors=True).floors is None


def test_a_wave_off_the_chain_pays_its_floor_or_its_charge() -> None:
    """A chain 0 -> 1 that IREE runs alone, and two independent dispatches it runs as the wave
    {2, 3} (4 us each, single-threaded, 2 workers, 1 us between stages, 10% margin). The
    search's bound lets 2 and 3 share the chain's stages at their 2 us shares: 10.6 us. Kept,
    their wave is a stage of its own and pays its floor (1 us more); broken, they pay their
    charged 2.2 us areas (0.4 us more). So before any choice the bound is 11 us: the optimum,
    each of them beside a member of the chain in a charged stage."""
    graph = make_graph(4, [(0, 1)])
    solo = dict.fromkeys(range(4), 4.0)
    model = WaveCost(WaveModel(2, solo, dict(solo), 1.0, 1.0), fit_samples=0, heldout=None)
    cost = Cautious(model, 0.1, trusted=[[0], [2, 3], [1]])
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
    assert search.bound(0) == pytest.approx(10.6)
    assert kept_waves_bound(search, work=0)[0] == pytest.approx(11.0) == brute_force(graph, cost)
    assert cost.schedule_us([[0, 2], [1, 3]]) == pytest.approx(11.0)


def test_out_of_work_the_bound_is_the_least_choice_still_open() -> None:
    _, _, search = crossed_chains()
    bound, spent = kept_waves_bound(search, work=0)  # no choice evaluated beyond the start
    assert bound == pytest.approx(10.5) and spent > 0
    assert kept_waves_bound(search, work=10**6, target=10.5)[0] == pytest.approx(10.5)  # nothing to prove


@pytest.mark.parametrize("seed", range(16))
def test_the_bound_never_exceeds_the_optimum(seed: int) -> None:
    """On random DAGs under the profiled model charged around IREE-like waves (asap's, or random
    stages of a valid order), whatever work it gets."""
    rng = random.Random(seed)
    graph = random_dag(8, 0.2, seed)
    ids = graph.dispatch_ids()
    trusted_orders = [baselines.asap(graph).stages, random_order(graph, rng)]
    for trusted in trusted_orders:
        for margin in (0.05, 0.3):
            cost = Cautious(wave_cost_model(graph, seed), margin, trusted=trusted)
            search = PartSearch(ids, dag_view(graph).preds, cost)
            optimum = brute_force(graph, cost)
            for work in (0, 100, 10**6):
                bound, _ = kept_waves_bound(search, work=work)
                assert bound <= optimum + 1e-9, (trusted, margin, work)


def test_a_compile_reports_the_raised_bound() -> None:
    """A block searched in parts (so not proven by its search) takes the higher lower bound, and
    its schedule, which meets it, is proven optimal by it."""
    graph, cost, _ = crossed_chains()
    iree = Schedule("iree", [[2], [0, 3], [1]])
    options = iops_mod.SearchOptions(whole_block=0, max_block=2, windows=False, solver_work_s=0,
                                     whole_after_waves=False)
    outcome = iops_mod.schedule(graph, cost, {"iree": iree}, options)
    assert outcome.search["wave_bound"]["blocks_tried"] == 1
    assert outcome.search["lower_bound_us"] == pytest.approx(11.0)
    assert outcome.blocks[0]["proved_by"] == "bound" and outcome.search["optimal"]
    off = iops_mod.schedule(graph, cost, {"iree": iree}, dataclasses.replace(options, wave_bound_work=0))
    assert off.search["wave_bound"]["blocks_tried"] == 0 and not off.search["optimal"]


def test_a_kept_wave_adds_nothing_more_on_the_chain() -> None:
    """Two independent dispatches IREE runs as one wave of 5 us: kept, that wave is the optimum,
    and the bound meets it (its floor is counted once, in the wave's own stage)."""
    graph = make_graph(2, [])
    solo = dict.fromkeys(range(2), 4.0)
    cost = Cautious(WaveCost(WaveModel(2, solo, dict(solo), 1.0, 1.0), fit_samples=0, heldout=None), 0.1,
                    trusted=[[0, 1]])
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
    assert kept_waves_bound(search, work=10**6)[0] == pytest.approx(5.0) == brute_force(graph, cost)


def charged_model(graph: DispatchGraph, seed: int) -> Cautious:
    """A wave model of dispatches of unlike parallelism, heavily charged off a random order of
    IREE's as the trusted waves."""
    rng = random.Random(seed)
    ids = graph.dispatch_ids()
    solo = {n: rng.uniform(1, 20) for n in ids}
    core = {n: solo[n] * rng.uniform(0.5, 2.0) for n in ids}
    model = WaveCost(WaveModel(2, solo, core, rng.uniform(1.0, 1.6), rng.uniform(0.0, 3.0)), fit_samples=0,
                     heldout=None)
    return Cautious(model, rng.uniform(0.05, 0.4), trusted=random_order(graph, rng))


def random_charged_search(seed: int, dispatches: int, density: float) -> PartSearch:
    """A search over a seeded random DAG under a charged wave model (`charged_model`)."""
    graph = random_dag(dispatches, density, seed)
    return PartSearch(graph.dispatch_ids(), dag_view(graph).preds, charged_model(graph, seed))


@pytest.mark.parametrize("seed", range(40))
def test_the_waves_still_open_bound_every_choice_of_them(seed: int) -> None:
    """With some waves decided and the rest open, the bound is at most its value for every way
    the open ones can go: so the least open value bounds every choice. Dispatches of unlike
    parallelism and a heavy charge make the two choices differ."""
    search = random_charged_search(seed, 9, 0.15)
    if search.broken_waves is None:
        return
    block = WaveValues(search)
    waves = len(block.waves)
    leaves = {choice: block.value(choice) for choice in itertools.product((True, False), repeat=waves)}
    for depth in range(waves):
        for prefix in itertools.product((True, False), repeat=depth):
            below = min(v for choice, v in leaves.items() if choice[:depth] == prefix)
            assert block.value(prefix) <= below + 1e-9, prefix


@pytest.mark.parametrize("seed", range(20))
def test_a_value_walks_only_the_groups_its_decided_waves_change(seed: int) -> None:
    """A value redoes the chains' walk only up to its last decided wave's group and takes the
    rest from the walk with nothing decided: every prefix's value is, to the last digit, the
    value of the whole walk redone."""
    search = random_charged_search(seed, 14, 0.12)
    if search.broken_waves is None:
        return
    block, whole = WaveValues(search), WaveValues(search)
    if block.order is None:
        return
    whole.wave_position = [len(whole.order) - 1] * len(whole.waves)  # every walk from the last group
    for depth in range(len(block.waves) + 1):
        for prefix in itertools.product((True, False), repeat=depth):
            assert block.value(prefix) == whole.value(prefix), prefix
