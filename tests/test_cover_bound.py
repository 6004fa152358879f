"""The antichain-cover bound (`schedule.cover_bound`): the heaviest antichain against every
subset, the prices below every stage's cost and their sum below the optimum, against brute force."""

from __future__ import annotations

import dataclasses
import itertools
import random

import pytest
from test_scheduler import brute_force, random_dag, wave_cost_model
from test_wave_bound import charged_model

from iops_mlir import explain
from iops_mlir.cost.base import Cautious
from iops_mlir.cost.wave_model import WaveCost, WaveModel
from iops_mlir.graph import DispatchGraph
from iops_mlir.partition import dag_view
from iops_mlir.schedule import baselines
from iops_mlir.schedule import iops as iops_mod
from iops_mlir.schedule.anatomy import gap_anatomy
from iops_mlir.schedule.cover_bound import AntichainCut, cover_prices
from iops_mlir.schedule.search import PartSearch


def antichains(succ_mask: list[int]) -> list[tuple[int, ...]]:
    """Every antichain of the DAG (no member reaches another), by trying every subset."""
    k = len(succ_mask)
    reach = [0] * k
    for i in reversed(range(k)):
        for j in range(k):
            if succ_mask[i] >> j & 1:
                reach[i] |= (1 << j) | reach[j]
    return [subset for size in range(1, k + 1) for subset in itertools.combinations(range(k), size)
            if not any(reach[a] >> b & 1 or reach[b] >> a & 1 for a, b in itertools.combinations(subset, 2))]


@pytest.mark.parametrize("seed", range(30))
def test_the_cut_finds_the_heaviest_antichain(seed: int) -> None:
    rng = random.Random(seed)
    k = rng.randint(2, 10)
    succ = [sum(1 << j for j in range(i + 1, k) if rng.random() < 0.3) for i in range(k)]
    weights = [rng.uniform(-1.0, 2.0) for _ in range(k)]
    best = max([0.0] + [sum(weights[i] for i in s) for s in antichains(succ)])
    weight, members = AntichainCut(succ).heaviest(weights)
    assert weight == pytest.approx(best, abs=1e-5)
    assert tuple(members) in antichains(succ) or not members
    assert sum(weights[i] for i in members) == pytest.approx(best, abs=1e-5)


@pytest.mark.parametrize("seed", range(24))
@pytest.mark.parametrize("work", [0, 100, 10**9])
def test_the_prices_are_below_every_stage_and_their_sum_below_the_optimum(seed: int, work: int) -> None:
    """On random DAGs under a charged wave model (IREE-like waves free, the rest charged) and
    the plain one, on any work: converged or not, every stage costs at least its
    members' prices, so their sum is at most the brute-force optimum."""
    graph = random_dag(8, 0.2, seed)
    for cost in (charged_model(graph, seed), Cautious(wave_cost_model(graph, seed), 0.0, trusted=[])):
        search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
        form = cost.stage_form(search.nodes)
        found = cover_prices(search.succ_mask, search.nodes, form, work=work)
        for stage in antichains(search.succ_mask):
            members = [search.nodes[i] for i in stage]
            assert sum(found.prices[i] for i in stage) <= cost.stage_us(members) + 1e-6, stage
        assert found.value <= brute_force(graph, cost) + 1e-6
        assert work < 10**9 or found.converged


def contended(seed: int) -> tuple[DispatchGraph, WaveCost]:
    """A random DAG of 8 dispatches under a wave model with contention, where a dispatch alone
    can cost less than its share in a wave plus the floor (as on the profiled CPU models)."""
    rng = random.Random(seed)
    graph = random_dag(8, rng.choice([0.1, 0.2, 0.3]), seed)
    solo = {n: rng.uniform(1, 5) for n in graph.dispatch_ids()}
    core = {n: solo[n] * rng.uniform(1.0, 2.0) for n in graph.dispatch_ids()}
    return graph, WaveCost(WaveModel(2, solo, core, rng.uniform(1.0, 1.3), rng.uniform(0.2, 2.0)),
                           fit_samples=0, heldout=None)


def test_the_cover_charges_what_the_chain_bounds_leave_off_the_chain() -> None:
    """The dispatches off the heaviest chain pay for stages of their own, or for the floor of
    the stage they join: on this graph the cover meets the optimum where every bound of the
    search at its start stays 0.29 us below it."""
    graph, model = contended(19)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, model, floors=True)
    found = cover_prices(search.succ_mask, search.nodes, model.stage_form(search.nodes), work=10**9)
    optimum = brute_force(graph, model)
    assert found.converged
    assert search.bound(0) == pytest.approx(27.715, abs=1e-3)
    assert found.value == pytest.approx(optimum, abs=1e-5) == pytest.approx(28.001, abs=1e-3)


def test_a_compile_bounds_its_blocks_larger_than_a_part_by_the_cover() -> None:
    """A block searched in parts (not proven by its search) takes the cover's bound, and its
    schedule, which meets it, is proven optimal by it; without the cover it is not."""
    graph, model = contended(19)
    options = iops_mod.SearchOptions(max_block=4, whole_block=0, solver_work_s=0, whole_after_waves=False)
    outcome = iops_mod.schedule(graph, model, {"asap": baselines.asap(graph)}, options)
    assert outcome.search["cover"]["blocks"] == 1 and outcome.search["cover"]["converged"] == 1
    assert outcome.search["lower_bound_us"] == pytest.approx(28.001, abs=1e-3)
    assert outcome.search["optimal"] and outcome.blocks[0]["proved_by"] == "bound"
    off = iops_mod.schedule(graph, model, {"asap": baselines.asap(graph)}, dataclasses.replace(options, cover_work=0))
    assert off.search["cover"]["blocks"] == 0 and not off.search["optimal"]
    assert off.search["lower_bound_us"] < 27.8


def test_prices_that_did_not_settle_prove_nothing() -> None:
    """Out of work before the program settles, the prices are lowered far to hold, and the block
    is not proven by how far: only by the bound they give."""
    graph, model = contended(19)
    options = iops_mod.SearchOptions(max_block=4, whole_block=0, solver_work_s=0, cover_work=1,
                                     whole_after_waves=False)
    outcome = iops_mod.schedule(graph, model, {"asap": baselines.asap(graph)}, options)
    assert outcome.search["cover"]["blocks"] == 1 and outcome.search["cover"]["converged"] == 0
    assert not outcome.search["optimal"]


def test_the_anatomy_keeps_the_chains_apart_from_the_cover() -> None:
    """A block's anatomy reports what the chains of floors prove at the start; the cover's
    prices raise the search's bound there, not that figure."""
    graph, model = contended(19)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, model, floors=True)
    found = cover_prices(search.succ_mask, search.nodes, model.stage_form(search.nodes), work=10**9)
    search.use_prices(found.prices)
    assert search.bound(0) == pytest.approx(28.001, abs=1e-3)
    anatomy = gap_anatomy(search, baselines.asap(graph).stages, model, search.bound(0))
    assert anatomy.least_us + anatomy.chain_floors_us == pytest.approx(27.715, abs=1e-3)
    assert anatomy.least_us + anatomy.cover_us == pytest.approx(28.001, abs=1e-3)
    block = {"index": 0, "gap": 0.01, "predicted_us": anatomy.cost_us, "lower_bound_us": 28.0,
             "anatomy": anatomy.as_json()}
    line = [line for line in explain.anatomy_lines([block]) if line.startswith("block 0")][0]
    assert f"{anatomy.cover_us:.1f} the cover's prices" in line
    unpriced = gap_anatomy(PartSearch(graph.dispatch_ids(), dag_view(graph).preds, model), baselines.asap(graph).stages,
                           model, 28.0)
    assert unpriced.cover_us is None


def test_a_listed_wave_dearer_than_its_linear_cost_does_not_settle_the_program() -> None:
    """IREE's wave {a, b} is listed at its uncharged cost (11 us: its slowest member and the
    gap), far above what the cover prices a stage of both at (scaled floor plus shares, 2.2 us).
    The program holds that stage at the cheaper of the two: otherwise the heaviest antichain,
    the listed wave itself, looks held already, and an unsettled program (its prices 1.1 us
    above what the stage of both costs in it) would pass as settled."""
    model = WaveCost(WaveModel(2, {0: 10.0, 1: 10.0}, {0: 1.0, 1: 1.0}, 1.0, 1.0), fit_samples=0, heldout=None)
    cost = Cautious(model, 0.1, trusted=[[0, 1]])
    form = cost.stage_form([0, 1])
    assert form.exact[frozenset({0, 1})] == pytest.approx(11.0)
    found = cover_prices([0, 0], [0, 1], form, work=10**9)
    assert found.converged
    assert found.lowered_us < 1e-6
    assert found.value == pytest.approx(2.2, abs=1e-6)
