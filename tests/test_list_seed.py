"""List schedules (`schedule.list_seed`): valid, within the wave and memory limits, filled from the
heaviest chains, and the start that takes a widely fanned-out block below what its searches reach."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest
from test_scheduler import make_graph, random_dag, wave_cost_model

from iops_mlir.cost.analytic import AnalyticCost, load_device
from iops_mlir.graph import DispatchGraph
from iops_mlir.partition import dag_view
from iops_mlir.schedule import baselines
from iops_mlir.schedule import iops as iops_mod
from iops_mlir.schedule.list_seed import MAX_RESERVE, RESERVE_PATIENCE, best_list_schedule, list_schedule
from iops_mlir.schedule.memory import peak_bytes
from iops_mlir.schedule.model import validate
from iops_mlir.schedule.search import PartSearch

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("seed", range(12))
def test_list_schedules_are_valid_and_within_the_limits(seed: int) -> None:
    """Random DAGs, at most three dispatches a stage, memory limits from none to tight: every list
    schedule that completes holds each dispatch once, after its predecessors, in stages within the
    wave limit and the memory limit; the seed is one of them, and no dearer than the cheapest of
    the first reserves, which it always tries."""
    rng = random.Random(seed)
    graph = random_dag(rng.randint(12, 30), rng.uniform(0.05, 0.2), seed)
    out = [graph.nodes[n].out_bytes for n in graph.dispatch_ids()]
    limit = None if seed % 3 == 0 else int(sum(out) * rng.uniform(0.15, 0.6))
    cost = wave_cost_model(graph, seed)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost, max_stage=3, out_bytes=out,
                        memory_limit=limit)
    found = {}
    for reserve in range(MAX_RESERVE + 1):
        stages = list_schedule(search, reserve * max(out))
        if stages is None:
            continue
        validate(iops_mod.Schedule("list", stages), graph)
        assert sorted(n for stage in stages for n in stage) == graph.dispatch_ids()
        assert max(len(stage) for stage in stages) <= 3
        assert search.fits(stages)
        found[reserve] = cost.schedule_us(stages)
    first = [us for reserve, us in found.items() if reserve <= RESERVE_PATIENCE]
    best = best_list_schedule(search)
    assert (best is None) == (not first)  # none of the first reserves completes: none is tried further
    if best is not None:
        assert cost.schedule_us(best) <= min(first) and cost.schedule_us(best) in found.values()
    assert limit is not None or found  # without a memory limit the fill always completes


def test_a_stage_takes_the_heads_of_the_heaviest_chains_first() -> None:
    """Two chains of three (0-1-2 and 3-4-5) and two loose dispatches (6, 7), two dispatches a
    stage: the chains' heads go first and the loose dispatches last, so the schedule takes as
    few stages as the chains and the limit allow (four)."""
    graph = make_graph(8, [(0, 1), (1, 2), (3, 4), (4, 5)])
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, AnalyticCost(graph, load_device("local-cpu")),
                        max_stage=2)
    stages = list_schedule(search, 0)
    assert stages[0] == [0, 3]
    assert len(stages) == 4 and sorted(stages[-1]) == [6, 7]


def test_a_widely_fanned_out_block_starts_from_its_list_schedule(monkeypatch) -> None:
    """The 1,564-dispatch model of `tools/big_model.py` (its dispatch graph as compiled for the
    CPU) under the analytic CPU model and the sequential order's memory: its one block fans out
    so widely that its searches sample their candidate stages, and started from the list
    schedule it ends at least 2% below what the parts, windows and moves reach without it, within
    the memory budget."""
    graph = DispatchGraph.from_json(gzip.decompress((DATA / "big_model_graph.json.gz").read_bytes()).decode())
    cost = AnalyticCost(graph, load_device("local-cpu"))
    found = {"sequential": baselines.sequential(graph), "asap": baselines.asap(graph)}
    budget = peak_bytes(found["sequential"].stages, graph)
    options = iops_mod.SearchOptions(memory_budget=budget)
    seeded = iops_mod.schedule(graph, cost, found, options)
    validate(seeded.iops, graph)
    assert peak_bytes(seeded.iops.stages, graph) <= budget
    assert seeded.search["list_seeded_blocks"] == 1 and seeded.blocks[0]["from"] in ("list", "search")
    monkeypatch.setattr(iops_mod, "best_list_schedule", lambda search: None)
    unseeded = iops_mod.schedule(graph, cost, found, options)
    assert unseeded.search["list_seeded_blocks"] == 0
    assert cost.schedule_us(seeded.iops.stages) < 0.98 * cost.schedule_us(unseeded.iops.stages)
