"""The last whole-block searches: blocks the first pass split, still open after the split on
IREE's waves, searched whole on the expansions left (`iops._search_whole_after_waves`)."""

from __future__ import annotations

import dataclasses

import pytest
from test_cover_bound import contended
from test_scheduler import brute_force

from iops_mlir.schedule import baselines
from iops_mlir.schedule import iops as iops_mod
from iops_mlir.schedule.model import validate


@pytest.mark.parametrize("seed", [7, 8, 19, 20, 23])
def test_a_split_block_left_open_is_proven_by_its_whole_search(seed: int) -> None:
    """A block searched in parts, which no other pass proves here (no cover, no kept-waves bound,
    no solver), is proven optimal by its whole search: the brute-force optimum, in a few
    expansions; without that pass it stays open."""
    graph, model = contended(seed)
    options = iops_mod.SearchOptions(max_block=4, whole_block=0, solver_work_s=0, cover_work=0, wave_bound_work=0)
    outcome = iops_mod.schedule(graph, model, {"asap": baselines.asap(graph)}, options)
    validate(outcome.iops, graph)
    block = max(outcome.blocks, key=lambda b: b["dispatches"])
    assert outcome.search["optimal"] and block["proved_by"] == "search" and block["searched_whole"]
    assert outcome.search["whole_after_waves"]["blocks_proven"] == 1
    assert 0 < outcome.search["whole_after_waves"]["expansions"] < 100
    assert model.schedule_us(outcome.iops.stages) == pytest.approx(brute_force(graph, model), rel=1e-9)
    off = iops_mod.schedule(graph, model, {"asap": baselines.asap(graph)},
                            dataclasses.replace(options, whole_after_waves=False))
    assert not off.search["optimal"] and off.search["whole_after_waves"]["blocks_tried"] == 0


def test_blocks_larger_than_the_limit_are_left_to_the_other_passes(monkeypatch) -> None:
    """A block over WHOLE_AFTER_WAVES_MAX dispatches is not searched whole (NASNet-A's thousand)."""
    monkeypatch.setattr(iops_mod, "WHOLE_AFTER_WAVES_MAX", 7)
    graph, model = contended(7)  # 8 dispatches in one block
    options = iops_mod.SearchOptions(max_block=4, whole_block=0, solver_work_s=0, cover_work=0, wave_bound_work=0)
    outcome = iops_mod.schedule(graph, model, {"asap": baselines.asap(graph)}, options)
    assert outcome.search["whole_after_waves"]["blocks_tried"] == 0 and not outcome.search["optimal"]
