"""Schedule validation and the baselines, on hand-made graphs."""

from __future__ import annotations

import pytest

from iops_mlir.errors import IopsError
from iops_mlir.graph import DispatchGraph, Node
from iops_mlir.schedule import Schedule, split_wide_stages, validate
from iops_mlir.schedule import baselines
from iops_mlir.schedule.model import stages_from_json


def diamond() -> DispatchGraph:
    """d0 -> (d1, d2 via a splat s3) -> d4; d2 and d1 share an executable."""
    nodes = [
        Node(0, 0, "stream.async.dispatch", "e0::a", "conv"),
        Node(1, 0, "stream.async.dispatch", "e1::b", "conv"),
        Node(2, 0, "stream.async.dispatch", "e1::b", "conv"),
        Node(3, 0, "stream.async.splat", "stream.async.splat", "splat"),
        Node(4, 0, "stream.async.dispatch", "e2::c", "conv"),
    ]
    return DispatchGraph("main", nodes, [(0, 1), (0, 2), (1, 4), (3, 4), (2, 3)])


def test_dispatch_edges_follow_paths_through_splats() -> None:
    assert diamond().dispatch_edges() == {(0, 1), (0, 2), (1, 4), (2, 4)}


def test_asap_and_sequential() -> None:
    g = diamond()
    assert baselines.asap(g).stages == [[0], [1, 2], [4]]
    assert baselines.sequential(g).stages == [[0], [1], [2], [4]]


@pytest.mark.parametrize("stages, message", [
    ([[0], [1, 2]], "leaves out 1 dispatch"),
    ([[0], [1, 2], [4], [1]], "more than once"),
    ([[0, 1], [2], [4]], "violates a dependence"),
    ([[0], [1, 2, 3], [4]], "not dispatches"),
    ([[0], [], [1, 2], [4]], "empty"),
])
def test_validate_rejects(stages, message) -> None:
    with pytest.raises(IopsError, match=message):
        validate(Schedule("x", stages), diamond())


def test_split_wide_stages_caps_at_32() -> None:
    stages = split_wide_stages([list(range(70))])
    assert [len(s) for s in stages] == [32, 32, 6]


def test_stages_from_json_matches_repeated_symbols_in_order() -> None:
    g = diamond()
    assert stages_from_json({"stages": [["e0::a"], ["e1::b", "@e1::b"], ["e2::c"]]}, g) == [[0], [1, 2], [4]]
    with pytest.raises(IopsError, match="more times"):
        stages_from_json({"stages": [["e1::b", "e1::b", "e1::b"]]}, g)
    with pytest.raises(IopsError, match="not a dispatch"):
        stages_from_json({"stages": [["nope::x"]]}, g)
    with pytest.raises(IopsError, match="stale or was edited"):
        stages_from_json({"stages": [["e0::a"]], "stage_nodes": [[4]]}, g)
