"""A block proven by splitting its schedules on which of IREE's waves they keep
(`schedule.wave_split`): exact against brute force and an exhaustive search within a memory
limit, and a proof where the whole-block search alone does not get one."""

from __future__ import annotations

import dataclasses
import itertools
import math
import multiprocessing
import random
import time

import pytest
from test_scheduler import branches, brute_force, fitting_optimum, limited_search, make_graph, random_dag
from test_wave_bound import charged_model, crossed_chains

from iops_mlir.cost.base import Cautious, StageCost
from iops_mlir.cost.wave_model import WaveCost, WaveModel
from iops_mlir.graph import DispatchGraph
from iops_mlir.partition import dag_view
from iops_mlir.schedule import baselines
from iops_mlir.schedule import iops as iops_mod
from iops_mlir.schedule import chains, relaxed, wave_split
from iops_mlir.schedule.chains import FloorChains
from iops_mlir.schedule.model import Schedule, validate
from iops_mlir.schedule.search import PartSearch, search_part
from iops_mlir.schedule.split_runner import SplitRunner
from iops_mlir.schedule.wave_bound import WaveValues
from iops_mlir.schedule.wave_split import ContractedCost, WaveSplitter, contract, prove_by_waves


def test_a_kept_wave_runs_alone_at_its_own_cost() -> None:
    """Contracted, the wave {a1, b2} of the crossed chains is one node after b1 and before a2 that
    costs the wave's 5 us alone and cannot share a stage; broken, it is charged like any stage."""
    graph, cost, search = crossed_chains()
    waves = WaveValues(search).waves
    kept = contract(search, waves, [True])
    assert kept is not None
    assert kept.search.nodes == [2, -1, 1] and kept.waves == {-1: [0, 3]}
    contracted = kept.search.cost
    assert isinstance(contracted, ContractedCost)
    assert contracted.stage_us([-1]) == pytest.approx(5.0) and contracted.stage_us([-1, 1]) == math.inf
    stage_us = contracted.mask_stage_us(kept.search.nodes)
    assert [stage_us(mask) for mask in (0b010, 0b011, 0b101)] == [5.0, math.inf, contracted.stage_us([2, 1])]
    assert kept.expand([[2], [-1], [1]]) == [[2], [0, 3], [1]]
    broken = contract(search, waves, [False])
    assert broken is not None and broken.search.nodes == [0, 1, 2, 3] and not broken.waves
    assert broken.search.cost.stage_us([0, 3]) == pytest.approx(5.5)  # charged: 5 us x 1.1
    assert cost.stage_us([0, 3]) == pytest.approx(5.0)


def test_every_choice_searched_out_proves_the_optimum() -> None:
    """From IREE's order (15 us), both choices of the one wave are searched: kept, nothing below
    the best so far; broken, the two chains side by side (11 us), which no choice beats."""
    graph, cost, search = crossed_chains()
    split = prove_by_waves(search, [[2], [0, 3], [1]], work=10**6, expansions=10**6, deadline=math.inf)
    assert split is not None and split.optimal
    assert cost.schedule_us(split.stages) == pytest.approx(11.0) == pytest.approx(brute_force(graph, cost))
    assert split.lower_bound == pytest.approx(11.0) and split.choices >= 1


def test_out_of_expansions_the_bound_is_the_least_choice_not_searched_out() -> None:
    graph, cost, search = crossed_chains()
    split = prove_by_waves(search, [[2], [0, 3], [1]], work=10**6, expansions=0, deadline=math.inf)
    assert split is not None and not split.optimal and split.choices == 0
    assert split.lower_bound == pytest.approx(11.0)  # the kept-waves bound of the least choice
    assert split.stages == [[2], [0, 3], [1]]


def test_a_model_without_uncharged_waves_is_not_split() -> None:
    graph = make_graph(3, [(0, 1)])
    solo = dict.fromkeys(range(3), 4.0)
    model = WaveCost(WaveModel(2, solo, dict(solo), 1.0, 1.0), fit_samples=0, heldout=None)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, model)
    assert prove_by_waves(search, [[0], [1], [2]], work=10**6, expansions=10**6, deadline=math.inf) is None


@pytest.mark.parametrize("seed", range(24))
def test_the_split_is_exact_on_random_graphs(seed: int) -> None:
    """On random DAGs under heavily charged wave models, with generous budgets the split proves
    the brute-force optimum from asap's order; with small ones its bound never exceeds it."""
    graph = random_dag(8, 0.2, seed)
    cost = charged_model(graph, seed)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
    optimum = brute_force(graph, cost)
    start = baselines.asap(graph).stages
    split = prove_by_waves(search, start, work=10**7, expansions=10**7, deadline=math.inf)
    if split is None:
        return
    assert split.optimal and cost.schedule_us(split.stages) == pytest.approx(optimum)
    assert split.lower_bound == pytest.approx(optimum)
    validate(Schedule("iops", split.stages), graph)  # every dispatch once, every dependence kept
    for expansions in (0, 5, 50):
        small = prove_by_waves(search, start, work=10**7, expansions=expansions, deadline=math.inf)
        assert small.lower_bound <= optimum + 1e-9
        assert cost.schedule_us(small.stages) <= cost.schedule_us(start) + 1e-9
        assert not small.optimal or cost.schedule_us(small.stages) == pytest.approx(optimum)


def test_a_choice_whose_chains_of_floors_reach_the_best_schedule_is_closed_unsearched(monkeypatch) -> None:
    """Four parallel chains of two dispatches under a charged wave model (a case found among 720
    such graphs): one choice's three chains of floors, scheduled together, already cost the
    best schedule, so it is closed without a search, and the split still proves the brute-force
    optimum. Without that bound the same choice is searched."""
    graph = branches([2, 2, 2, 2], 24, links=0)
    cost = charged_model(graph, 24)
    start = baselines.asap(graph).stages

    def split():
        search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
        return prove_by_waves(search, start, work=10**7, expansions=10**7, deadline=math.inf)
    closing = split()
    assert closing is not None and closing.optimal and closing.closed == 1
    assert cost.schedule_us(closing.stages) == pytest.approx(brute_force(graph, cost))
    monkeypatch.setattr(wave_split, "floor_chains_bound", lambda search: 0.0)
    monkeypatch.setattr(FloorChains, "of", classmethod(lambda cls, *args: None))
    searching = split()
    assert searching.closed == 0 and searching.choices == closing.choices + 1
    assert cost.schedule_us(searching.stages) == pytest.approx(cost.schedule_us(closing.stages))


def test_each_choice_builds_its_table_of_floors_once(monkeypatch) -> None:
    """A choice's chains of floors are tabled once, when its search is built: the bound that may
    close it unsearched reads that table's start (on full-size RandWire's CPU blocks, searched in
    one process, a second table per choice took 1.1 s of 14 s). On the four chains above, every
    choice contracted builds one table, and the split still proves the brute-force optimum."""
    graph = branches([2, 2, 2, 2], 24, links=0)
    cost = charged_model(graph, 24)
    tables, contracted = [0], [0]
    build, contract_choice = chains.chains_table, wave_split.contract

    def counted_table(*args):
        tables[0] += 1
        return build(*args)

    def counted_contract(*args):
        contracted[0] += 1
        return contract_choice(*args)
    monkeypatch.setattr(chains, "chains_table", counted_table)
    monkeypatch.setattr(wave_split, "contract", counted_contract)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
    tables[0] = 0  # the block's own search builds none of its own: counted from here
    split = prove_by_waves(search, baselines.asap(graph).stages, work=10**7, expansions=10**7, deadline=math.inf)
    assert split is not None and split.optimal
    assert cost.schedule_us(split.stages) == pytest.approx(brute_force(graph, cost))
    assert contracted[0] >= 2 and tables[0] == contracted[0]


def test_within_a_tolerance_the_split_stops_near_the_optimum() -> None:
    """With a tolerance the choices stop once the best schedule is within it of the least bound
    still open: on 40 random DAGs the schedule is within 5% of its bound, the bound at most the
    brute-force optimum, never more choices are searched than without it, and on some fewer."""
    fewer = 0
    for seed in range(40):
        graph = random_dag(8, 0.2, seed)
        cost = charged_model(graph, seed)
        start = baselines.asap(graph).stages

        def split(tolerance: float):
            search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
            return prove_by_waves(search, start, work=10**7, expansions=10**7, deadline=math.inf, tolerance=tolerance)
        exact, loose = split(0.0), split(0.05)
        if exact is None:
            continue
        optimum = brute_force(graph, cost)
        assert cost.schedule_us(loose.stages) <= 1.05 * loose.lower_bound + 1e-9, seed
        assert loose.lower_bound <= optimum + 1e-9, seed
        validate(Schedule("iops", loose.stages), graph)
        assert loose.choices <= exact.choices, seed
        fewer += loose.choices < exact.choices
    assert fewer >= 1


def test_a_stalled_choice_is_set_aside_and_resumed_once_the_others_are_done(monkeypatch) -> None:
    """A choice whose search does not raise its bound over the patience is set aside, the choices
    after it go on, and it is resumed without the patience once none is left: with a patience of
    one step of 50 expansions that happens on some of 24 random 16-dispatch blocks, and each is
    still proven at the optimum an unlimited split finds; on half the expansions it took, the
    bound is at most that optimum and the schedule no dearer than the start."""
    resumed = 0
    for seed in range(24):
        graph = random_dag(16, 0.12, seed)
        cost = charged_model(graph, seed)
        start = baselines.asap(graph).stages

        def split(expansions: int = 10**7):
            search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
            return prove_by_waves(search, start, work=10**7, expansions=expansions, deadline=math.inf)
        exact = split()
        if exact is None:
            continue
        assert exact.optimal, seed
        searches = []
        with monkeypatch.context() as patched:
            patched.setattr(relaxed, "ROUND_PATIENCE", 0)
            # Steps of 50: a state with many candidate stages costs more than one expansion.
            patched.setattr(relaxed, "RELAXED_STEP", 50)
            search_choice = wave_split.WaveSplitter._search

            def recorded(self, value, contracted, *, stalls):
                searches.append(stalls)
                return search_choice(self, value, contracted, stalls=stalls)
            patched.setattr(wave_split.WaveSplitter, "_search", recorded)
            impatient = split()
            assert impatient.optimal, seed
            assert cost.schedule_us(impatient.stages) == pytest.approx(cost.schedule_us(exact.stages)), seed
            if False in searches:
                resumed += 1
                short = split(impatient.expansions // 2)
                assert short.lower_bound <= cost.schedule_us(exact.stages) + 1e-9, seed
                assert cost.schedule_us(short.stages) <= cost.schedule_us(start) + 1e-9, seed
    assert resumed >= 1


def test_a_split_run_on_small_budgets_goes_on_where_it_stopped(monkeypatch) -> None:
    """Run on budgets of 3 or 11 expansions (3: less than a wide state's candidate stages
    cost), with a patience of one step, a split returns from every run at once, and then,
    given what it needs, proves the optimum a single run finds: on 32 random 16-dispatch
    blocks. (A choice resumed with too little for its next state, and another then handed out,
    once lost the first: a schedule 2% dearer than the optimum came back proven.)"""
    monkeypatch.setattr(relaxed, "ROUND_PATIENCE", 0)
    monkeypatch.setattr(relaxed, "RELAXED_STEP", 50)
    for seed, piece in itertools.product(range(32), (3, 11)):
        graph = random_dag(16, 0.12, seed)
        cost = charged_model(graph, seed)
        start = baselines.asap(graph).stages

        def splitter() -> WaveSplitter | None:
            search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
            return WaveSplitter.of(search, start, work=10**7, deadline=time.monotonic() + 60)
        whole, pieces = splitter(), splitter()
        if whole is None:
            continue
        exact = whole.run(10**7)
        began = time.monotonic()
        for _ in range(100):
            pieces.run(piece)
        assert time.monotonic() - began < 10, seed  # no run waits for the deadline
        resumed = pieces.run(10**7)
        assert exact.optimal and resumed.optimal, seed
        assert cost.schedule_us(resumed.stages) == pytest.approx(cost.schedule_us(exact.stages)), seed


def test_within_a_memory_limit_the_split_stays_exact() -> None:
    """A choice whose optimum breaks the memory limit is searched again with the limit held over
    more of its schedule (`WaveSplitter._search`), so what the split proves holds for the
    schedules that fit (an exhaustive search of every stage that fits is the oracle). On 12
    random DAGs under two limits it proves every block optimal, among them blocks whose optimum
    without the limit does not fit it, where it stayed unproven before the rounds."""
    proven = over_without = rounds = 0
    for seed in range(12):
        graph = random_dag(8, 0.2, seed)
        rng = random.Random(seed)
        outs = [rng.choice([1, 2, 4]) for _ in graph.dispatch_ids()]
        cost = charged_model(graph, seed)
        unlimited = fitting_optimum(limited_search(graph, cost, outs, None, every_stage=True))
        for limit in (9, 12):
            block = limited_search(graph, cost, outs, limit)
            optimum = fitting_optimum(limited_search(graph, cost, outs, limit, every_stage=True))
            lean = min([baselines.sequential(graph).stages, baselines.asap(graph).stages], key=block.peak)
            if not block.fits(lean):
                continue
            split = prove_by_waves(block, lean, work=10**7, expansions=10**7, deadline=math.inf)
            if split is None:
                continue
            assert block.fits(split.stages), (seed, limit)
            validate(Schedule("iops", split.stages), graph)
            assert split.lower_bound <= optimum + 1e-9, (seed, limit)
            assert split.optimal, (seed, limit)
            assert cost.schedule_us(split.stages) == pytest.approx(optimum), (seed, limit)
            proven += 1
            over_without += optimum > unlimited + 1e-9
            rounds += split.budget_rounds
    assert proven >= 12 and over_without >= 3 and rounds >= 5, (proven, over_without, rounds)


def test_a_contracted_choice_keeps_live_what_the_block_does() -> None:
    """Held to the memory budget, a choice's contracted search counts the bytes live in each
    stage as the block's search counts them for the same schedule (each kept wave's members
    freed on their own, results of earlier blocks and results read after the block included):
    checked on every stage of random schedules of random choices of random blocks."""
    checked = 0
    for seed in range(30):
        graph = random_dag(12, 0.25, seed)
        rng = random.Random(seed)
        outs = [rng.choice([1, 2, 4, 8]) for _ in graph.dispatch_ids()]
        cost = charged_model(graph, seed)
        view = dag_view(graph)
        nodes = graph.dispatch_ids()
        # The block is the graph without its first and last dispatch: they run before and after it.
        earlier, inside, later = nodes[:1], nodes[1:-1], nodes[-1:]
        block = PartSearch(inside, view.preds, cost, out_bytes=[outs[n] for n in inside], memory_limit=10**6)
        block.set_memory_context(set(later), earlier, view.succs, dict(enumerate(outs)))
        if block.broken_waves is None:
            continue  # none of IREE's waves lies in the block
        waves = WaveValues(block).waves
        decided = [rng.random() < 0.7 for _ in waves]
        kept = contract(block, waves, decided, budget_until=frozenset())
        if kept is None:
            continue
        part = kept.search
        for _ in range(5):
            done, masks = 0, []
            while done != part.full:
                ready = part.ready(done)
                stage = [i for i in ready if rng.random() < 0.6 and part.nodes[i] not in kept.waves] or ready[:1]
                mask = sum(1 << i for i in stage)
                masks.append(mask)
                done |= mask
            stages = [[part.nodes[i] for i in range(len(part.nodes)) if m >> i & 1] for m in masks]
            expanded = kept.expand(stages)
            assert part.stage_peaks(masks) == block.schedule_peaks(expanded), seed
            checked += 1
    assert checked >= 100, checked


def test_the_split_proves_where_the_whole_block_search_does_not() -> None:
    """A block of two chains crossed by IREE's waves, where keeping a wave lengthens a chain:
    on the same expansions the whole-block search stays unproven and the split proves it."""
    for seed in range(200):
        graph = random_dag(16, 0.12, seed)
        cost = charged_model(graph, seed)
        search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
        start = baselines.asap(graph).stages
        whole = search_part(search, start, expansions=400, deadline=math.inf)
        if whole.optimal:
            continue
        fresh = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
        split = prove_by_waves(fresh, start, work=10**6, expansions=400, deadline=math.inf)
        if split is not None and split.optimal:
            assert cost.schedule_us(split.stages) <= whole.cost + 1e-9
            return
    pytest.fail("no random block where the split proves more than the whole-block search")


def test_a_compile_proves_a_block_by_its_waves() -> None:
    """A 20-dispatch block its whole-block search leaves unproven on 300 expansions: split on its
    waves with what the budget has left, it is proven optimal (`proved_by` "waves") at a cheaper
    schedule; with no work for the kept-waves bound it stays unproven."""
    graph = random_dag(20, 0.1, 5)
    cost = charged_model(graph, 5)
    options = iops_mod.SearchOptions(expansions=3000, expansions_per_block=300, expansions_per_part=300,
                                     solver_work_s=0, windows=False, move_work=0, weighted_work=0)
    schedules = {"asap": baselines.asap(graph)}
    outcome = iops_mod.schedule(graph, cost, schedules, options)
    assert [b["proved_by"] for b in outcome.blocks] == ["waves"] and outcome.search["optimal"]
    report = outcome.search["wave_bound"]
    assert report["blocks_proven"] == report["blocks_improved"] == 1 and report["choices_searched"] >= 1
    assert outcome.blocks[0]["expansions"] >= report["expansions"] > 0
    off = iops_mod.schedule(graph, cost, schedules, dataclasses.replace(options, wave_bound_work=0))
    assert not off.search["optimal"]
    assert cost.schedule_us(outcome.iops.stages) < cost.schedule_us(off.iops.stages)


def test_a_split_its_share_did_not_finish_goes_on_with_what_another_left(monkeypatch) -> None:
    """Two random 18-dispatch blocks joined by one dispatch, under a charged wave model (seed 341
    of 400 such graphs, `_blocks_to_split`): the first block's split needs more than its
    share of 4,000 expansions, the second's much less; the first goes on with what the second
    left, and both are proven by their waves. Where a split gets its first share only, the
    first block stays unproven."""
    graph, cost, options = _blocks_to_split()
    schedules = {"asap": baselines.asap(graph)}
    outcome = iops_mod.schedule(graph, cost, schedules, options)
    assert [b["proved_by"] for b in outcome.blocks if b["dispatches"] > 1] == ["waves", "waves"]
    monkeypatch.setattr(WaveSplitter, "finished", property(lambda self: True))
    once = iops_mod.schedule(graph, cost, schedules, options)
    assert [b["proved_by"] for b in once.blocks if b["dispatches"] > 1] == [None, "waves"]


def _blocks_to_split(count: int = 2, seed: int = 341) -> tuple[DispatchGraph, StageCost, iops_mod.SearchOptions]:
    """`count` random 18-dispatch blocks, each joined to the next by one dispatch, and a charged
    wave model, on search options under which (seed 341, two blocks) both blocks' splits take
    more than one round."""
    rng = random.Random(seed)
    n = 18
    edges = []
    for block in range(count):
        first = block * (n + 1)
        edges += [(a + first, b + first) for a in range(n) for b in range(a + 1, n) if rng.random() < 0.12]
        if block + 1 < count:
            join = first + n
            edges += [(a + first, join) for a in range(n)] + [(join, b + join + 1) for b in range(n)]
    graph = make_graph(count * (n + 1) - 1, edges, seed)
    options = iops_mod.SearchOptions(expansions=4000, expansions_per_block=200, expansions_per_part=200,
                                     solver_work_s=0, windows=False, move_work=0, weighted_work=0, relaxed=False)
    return graph, charged_model(graph, seed), options


@pytest.mark.parametrize("blocks, seed", [(2, 341), (3, 413)])
def test_splits_run_side_by_side_give_what_they_give_one_after_another(blocks: int, seed: int, monkeypatch) -> None:
    """Two blocks, and three (seed 413, the one of seeds 300-419 where all three are split and
    one goes on to a second round; one worker then runs two of them), split in two worker
    processes and in this one: the same schedule, bounds, proofs and expansions, block by block,
    and the same account of the split pass; the processes did run (every round side by side)."""
    graph, cost, options = _blocks_to_split(blocks, seed)
    schedules = {"asap": baselines.asap(graph)}
    rounds: list[bool] = []
    run = SplitRunner.run

    def counted(self: SplitRunner, shares: dict[int, int]):
        rounds.append(self.side_by_side)
        return run(self, shares)
    monkeypatch.setattr(SplitRunner, "run", counted)
    apart = iops_mod.schedule(graph, cost, schedules, dataclasses.replace(options, split_workers=2))
    assert len(rounds) >= 2 and all(rounds)
    rounds.clear()
    together = iops_mod.schedule(graph, cost, schedules, dataclasses.replace(options, split_workers=1))
    assert rounds and not any(rounds)
    assert apart.iops.stages == together.iops.stages
    assert apart.blocks == together.blocks
    assert apart.search["wave_bound"] == together.search["wave_bound"]
    assert apart.search["nodes"] == together.search["nodes"]


def test_a_split_that_fails_in_its_worker_process_is_reported(monkeypatch) -> None:
    """A split that raises in its worker process: the search stops with an error that names the
    blocks and carries the worker's traceback, and no worker is left running."""
    graph, cost, options = _blocks_to_split()

    def broken(self: WaveSplitter, expansions: int):
        raise ValueError("no such choice")
    monkeypatch.setattr(WaveSplitter, "run", broken)
    with pytest.raises(RuntimeError, match=r"(?s)the split of blocks \[\d+\] failed in their worker process.*no such choice"):
        iops_mod.schedule(graph, cost, {"asap": baselines.asap(graph)}, dataclasses.replace(options, split_workers=2))
    assert not multiprocessing.active_children()


def test_the_later_passes_leave_a_block_within_the_tolerance() -> None:
    """The block above, whose first pass leaves it some percent above its bound: with a tolerance
    above that gap the passes from the windows on leave it (none tries it) and it is not proven;
    with none the split on its waves proves it."""
    graph = random_dag(20, 0.1, 5)
    cost = charged_model(graph, 5)
    options = iops_mod.SearchOptions(expansions=3000, expansions_per_block=300, expansions_per_part=300,
                                     solver_work_s=0, tolerance=0.0)
    schedules = {"asap": baselines.asap(graph)}
    exact = iops_mod.schedule(graph, cost, schedules, options)
    assert exact.search["optimal"] and exact.search["wave_bound"]["blocks_tried"] == 1
    loose = iops_mod.schedule(graph, cost, schedules, dataclasses.replace(options, tolerance=0.5))
    [block] = loose.blocks
    assert not block["optimal"] and 0.0 < block["gap"] <= 0.5
    assert loose.search["wave_bound"]["blocks_tried"] == loose.search["moves"]["blocks_tried"] == 0
    assert loose.search["relaxed"]["blocks_tried"] == loose.search["finished"]["blocks_tried"] == 0


def test_on_blocks_over_24_the_split_agrees_with_the_whole_block_search() -> None:
    """On 12 random 28-dispatch blocks, too large for brute force, the split proves every one;
    where the whole-block A* search proves its block too, the two optima are equal, and where it
    sampled its candidate stages (a wide fan-out) the split's schedule is no dearer."""
    agreed = 0
    for seed in range(12):
        graph = random_dag(28, 0.1, seed)
        cost = charged_model(graph, seed)
        start = baselines.asap(graph).stages
        whole = search_part(PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost), start,
                            expansions=300_000, deadline=math.inf)
        split = prove_by_waves(PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost), start,
                               work=10**6, expansions=300_000, deadline=math.inf)
        assert split is not None and split.optimal, seed
        validate(Schedule("iops", split.stages), graph)
        if whole.optimal:
            assert cost.schedule_us(split.stages) == pytest.approx(whole.cost), seed
            agreed += 1
        else:
            assert cost.schedule_us(split.stages) <= whole.cost + 1e-9, seed
    assert agreed >= 8


def test_each_choice_prepared_is_charged_to_the_budget(monkeypatch) -> None:
    """A 37-dispatch block in 4 lanes, 17 of IREE's waves, left to the split (searched in parts):
    thousands of choices lie below its best schedule, each refuted in a few expansions, so their
    preparation is what takes the time. Charged to the budget, 20,000 expansions prepare about
    200 (of 22-24 nodes each); uncharged, the split prepared every choice its bound's work handed
    out (on the compile's budgets: 11,175 choices in 50,719 expansions, 157 s)."""
    from search_oracle import random_graph
    from test_scheduler import wave_cost_model

    graph = random_graph(25, "lanes", random.Random(25))
    cost = Cautious(wave_cost_model(graph, 2), 0.1, trusted=baselines.asap(graph).stages)
    prepared = []
    real_contract = wave_split.contract

    def counted(*args, **kwargs):
        contracted = real_contract(*args, **kwargs)
        if contracted is not None:
            prepared.append(len(contracted.search.nodes))
        return contracted

    monkeypatch.setattr(wave_split, "contract", counted)
    options = iops_mod.SearchOptions(max_block=24, whole_block=24, expansions=20_000, wave_bound_work=400_000,
                                     split_workers=1)
    fixed = {"sequential": baselines.sequential(graph), "asap": baselines.asap(graph)}
    outcome = iops_mod.schedule(graph, cost, fixed, options)
    validate(outcome.iops, graph)
    split = outcome.search["wave_bound"]
    charged = sum(wave_split.preparation_expansions(k) for k in prepared)
    assert len(graph.dispatch_ids()) == 37 and split["blocks_tried"] == 1
    assert 0 < len(prepared) < 300 and charged <= split["expansions"] <= options.expansions
