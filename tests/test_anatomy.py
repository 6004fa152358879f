"""Where a block's schedule pays above its dispatches' least terms (`schedule.anatomy`), and how
`schedule.json` and `explain` report it for a block not proven optimal."""

from __future__ import annotations

import json

import pytest
from test_scheduler import make_graph, random_dag
from test_wave_bound import charged_model, crossed_chains

from iops_mlir import explain
from iops_mlir.cost.wave_model import WaveCost, WaveModel
from iops_mlir.partition import dag_view
from iops_mlir.schedule import baselines
from iops_mlir.schedule import iops as iops_mod
from iops_mlir.schedule.anatomy import GapAnatomy, gap_anatomy
from iops_mlir.schedule.model import Schedule
from iops_mlir.schedule.search import PartSearch


def _adds_up(a: GapAnatomy) -> None:
    """The terms add up to the schedule's cost, and the parts of the stages of two or more to them."""
    assert a.least_us + a.alone_us + a.kept_waves_us + a.together_us == pytest.approx(a.cost_us)
    assert a.floors_us is not None and a.slowest_us is not None and a.shares_us is not None
    assert a.floors_us + a.slowest_us + a.shares_us == pytest.approx(a.together_us)


def test_the_crossed_chains_side_by_side_pay_two_charged_floors_and_the_charge_on_two_shares() -> None:
    """The chains side by side (11 us) against the least terms (8.4 us: the wave {a1, b2}'s members
    at their 2 us shares of it, a2 and b1 at their 2.2 us charged areas): each of the two charged
    stages pays its 1.1 us floor and the 0.2 us charge on the share of the member IREE runs in
    its wave, and 0.5 us of margin charge. IREE's order instead pays b1 and a2 alone (2.8 us each
    above their areas) and its wave's floor, uncharged."""
    graph, cost, search = crossed_chains()
    side_by_side = gap_anatomy(search, [[0, 2], [1, 3]], cost, lower_bound_us=11.0)
    _adds_up(side_by_side)
    assert side_by_side.cost_us == pytest.approx(11.0) and side_by_side.least_us == pytest.approx(8.4)
    assert (side_by_side.alone_us, side_by_side.kept_waves_us) == (0.0, 0.0)
    assert side_by_side.floors_us == pytest.approx(2.2) and side_by_side.shares_us == pytest.approx(0.4)
    assert side_by_side.slowest_us == pytest.approx(0.0) and side_by_side.margin_us == pytest.approx(1.0)
    assert side_by_side.chain_floors_us == pytest.approx(search.bound(0) - 8.4)
    iree = gap_anatomy(search, [[2], [0, 3], [1]], cost, lower_bound_us=11.0)
    _adds_up(iree)
    assert iree.alone_us == pytest.approx(5.6) and iree.kept_waves_us == pytest.approx(1.0)
    assert (iree.together_us, iree.margin_us) == (0.0, 0.0)


def test_a_stage_that_waits_for_its_slowest_member_pays_it_above_the_shares() -> None:
    """Two single-threaded dispatches of 6 and 2 us on 2 workers, 1 us between stages, no margin:
    together they take 6 us, 2 us above their shares of (6 + 2) / 2."""
    graph = make_graph(2, [])
    solo = {0: 6.0, 1: 2.0}
    cost = WaveCost(WaveModel(2, solo, dict(solo), 1.0, 1.0), fit_samples=0, heldout=None)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
    a = gap_anatomy(search, [[0, 1]], cost, lower_bound_us=7.0)
    _adds_up(a)
    assert a.cost_us == pytest.approx(7.0) and a.slowest_us == pytest.approx(2.0)
    assert a.floors_us == pytest.approx(1.0) and a.margin_us == 0.0


@pytest.mark.parametrize("seed", range(6))
def test_the_terms_add_up_on_random_graphs_under_a_charged_model(seed: int) -> None:
    graph = random_dag(12, 0.2, seed)
    cost = charged_model(graph, seed)
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, cost)
    for stages in (baselines.asap(graph).stages, baselines.sequential(graph).stages):
        a = gap_anatomy(search, stages, cost, lower_bound_us=search.bound(0))
        _adds_up(a)
        assert a.least_us <= a.cost_us + 1e-9 and a.margin_us >= 0.0


def test_a_block_not_proven_reports_its_anatomy_and_explain_prints_it() -> None:
    """With no expansions to spend the search proves nothing: the block's report carries its
    anatomy, whose cost and bound are the report's own, and `explain` says where it pays."""
    graph = random_dag(14, 0.15, 3)
    cost = charged_model(graph, 3)
    fixed = {"iree": Schedule("iree", baselines.asap(graph).stages)}
    options = iops_mod.SearchOptions(expansions=0, solver_work_s=0.0, wave_bound_work=0, move_work=0, weighted_work=0,
                                     relaxed=False, windows=False)
    out = iops_mod.schedule(graph, cost, fixed, options)
    open_blocks = [b for b in out.blocks if not b["optimal"]]
    assert open_blocks and all("anatomy" not in b for b in out.blocks if b["optimal"])
    for block in open_blocks:
        a = block["anatomy"]
        assert a["cost_us"] == pytest.approx(block["predicted_us"], abs=2e-3)
        assert a["lower_bound_us"] == pytest.approx(block["lower_bound_us"], abs=2e-3)
        assert a["least_us"] + a["alone_us"] + a["kept_waves_us"] + a["together_us"] == pytest.approx(a["cost_us"],
                                                                                                       abs=5e-3)
    lines = "\n".join(explain.anatomy_lines(out.blocks))
    assert f"block {open_blocks[0]['index']}, not proven" in lines and "above its dispatches' least terms" in lines


def test_a_term_zero_up_to_rounding_is_written_as_zero() -> None:
    a = GapAnatomy(cost_us=10.0, least_us=9.0, alone_us=0.0, kept_waves_us=0.0, together_us=1.0, floors_us=1.0,
                   slowest_us=0.0, shares_us=-1e-12, margin_us=0.0, chain_floors_us=1.0, lower_bound_us=10.0)
    assert json.dumps(a.as_json()["shares_us"]) == "0.0"


def test_explain_names_the_blocks_with_the_largest_gaps_first_and_counts_the_rest() -> None:
    def block(index: int, predicted: float, bound: float) -> dict:
        anatomy = GapAnatomy(cost_us=predicted, least_us=bound - 1.0, alone_us=0.0, kept_waves_us=0.0,
                             together_us=1.0 + predicted - bound, floors_us=None, slowest_us=None, shares_us=None,
                             margin_us=0.0, chain_floors_us=1.0, lower_bound_us=bound)
        return {"index": index, "predicted_us": predicted, "lower_bound_us": bound,
                "gap": (predicted - bound) / bound, "anatomy": anatomy.as_json()}
    blocks = [block(0, 101.0, 100.0), block(1, 50.0, 50.0) | {"anatomy": None}, block(2, 103.0, 100.0),
              block(3, 102.0, 100.0)]
    named = [line.split(",")[0] for line in explain.anatomy_lines(blocks, most=2) if line.startswith("block")]
    assert named == ["block 2", "block 3"]
    assert explain.anatomy_lines(blocks, most=2)[-1] == "... 1 more blocks not proven (schedule.json: blocks[].anatomy)"
    assert not any(line.startswith("...") for line in explain.anatomy_lines(blocks))
