"""Graph extraction and apply on checked-in stream.async IR: no torch, no iree-compile, seconds.

The fixtures (tests/ir/NAME/) are what a compile dumps at the schedule phase; regenerate them
with `python tools/make_ir_fixtures.py` after an intended change and review the diff. Each test
here fails at the step that broke, not somewhere in a whole torch-to-vmfb compile.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from iops_mlir import graph as graph_mod
from iops_mlir import stream_ir
from iops_mlir.apply import apply_schedule
from iops_mlir.dataflow_keys import dispatch_keys
from iops_mlir.errors import UserError
from iops_mlir.graph import DispatchGraph
from iops_mlir.schedule import Schedule, baselines, split_wide_stages, validate
from iops_mlir.schedule.model import MAX_STAGE

FIXTURES = Path(__file__).parent / "ir"
NAMES = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())


def _read(name: str):
    """(flat module, its execute bodies, its graph) of a fixture's async.mlir."""
    module = stream_ir.parse_module((FIXTURES / name / "async.mlir").read_text(), stream_ir.new_context())
    bodies = stream_ir.analyse_module(module)
    return module, bodies, graph_mod.extract(bodies)


def _golden(path: Path, text: str) -> str:
    if os.environ.get("IOPS_UPDATE_GOLDEN"):
        path.write_text(text)
    return path.read_text()


@pytest.mark.parametrize("name", NAMES)
def test_graph_extraction_matches_the_golden_graph(name: str) -> None:
    _, _, graph = _read(name)
    assert json.loads(graph.to_json()) == json.loads(_golden(FIXTURES / name / "graph.json", graph.to_json()))


@pytest.mark.parametrize("name", NAMES)
def test_apply_gives_the_golden_scheduled_ir(name: str) -> None:
    module, bodies, graph = _read(name)
    stages = json.loads((FIXTURES / name / "schedule.json").read_text())["stage_nodes"]
    apply_schedule(module, bodies, graph, stages)
    text = stream_ir.module_text(module)
    assert text == _golden(FIXTURES / name / "async.scheduled.mlir", text)


@pytest.mark.parametrize("name", NAMES)
def test_every_stage_becomes_one_concurrent_region(name: str) -> None:
    """Each multi-dispatch stage is one stream.async.concurrent region holding exactly its dispatches."""
    module, bodies, graph = _read(name)
    stages = json.loads((FIXTURES / name / "schedule.json").read_text())["stage_nodes"]
    apply_schedule(module, bodies, graph, stages)
    waves = []
    for execute in stream_ir.execute_ops(stream_ir.entry_function(module)):
        for op in execute.regions[0].blocks[0].operations:
            if op.operation.name == stream_ir.CONCURRENT:
                inner = [stream_ir.dispatch_symbol(o.operation) for o in op.regions[0].blocks[0].operations
                         if o.operation.name == stream_ir.DISPATCH]
                if len(inner) > 1:
                    waves.append(sorted(inner))
    expected = [sorted(graph.nodes[n].symbol for n in s) for s in stages if len(s) > 1]
    assert waves == expected


def test_concat_writers_share_a_buffer_but_not_a_dependence() -> None:
    """Three branches write disjoint slices of one concat buffer in place: they share a root buffer
    but no edge joins them, and the convolution reading the concat depends on all three."""
    _, bodies, graph = _read("concat_branches")
    preds = {n: set() for n in graph.dispatch_ids()}
    for a, b in graph.dispatch_edges():
        preds[b].add(a)
    wave = max(json.loads((FIXTURES / "concat_branches" / "schedule.json").read_text())["stage_nodes"], key=len)
    assert len(wave) == 3 and not any(preds[a] & set(wave) for a in wave)
    tied = [rec for body in bodies for rec in body.ops if any(t >= 0 for t in stream_ir.tied_indices(rec.op))]
    assert tied, "the concat slices are no longer written in place"


def test_copies_and_fills_are_nodes_that_order_their_readers() -> None:
    """The input copied into the concat (an update) and the padding value (a splat) are graph
    nodes, not dispatches, and every dispatch that reads their buffer comes after them."""
    _, _, graph = _read("copies_fills")
    helpers = [n for n in graph.nodes if not n.is_dispatch and n.op in ("stream.async.update", "stream.async.splat")]
    assert {n.op for n in helpers} == {"stream.async.update", "stream.async.splat"}
    later = {b for a, b in graph.edges if a in {n.id for n in helpers}}
    assert later and all(b > a for a, b in graph.edges)


def test_a_stage_wider_than_the_wave_limit_is_split() -> None:
    _, _, graph = _read("wide_fanout")
    widest = max(baselines.asap(graph).stages, key=len)
    assert len(widest) == MAX_STAGE  # asap split its 40 independent dispatches
    assert [len(s) for s in split_wide_stages([list(range(40))])] == [32, 8]
    with pytest.raises(UserError, match="at most 32"):
        validate(Schedule("x", [graph.dispatch_ids()[:40], graph.dispatch_ids()[40:]]), graph)


def test_iree_waves_are_read_back_from_its_own_ir() -> None:
    _, _, graph = _read("concat_branches")
    module = stream_ir.parse_module((FIXTURES / "concat_branches" / "async.iree.mlir").read_text(),
                                    stream_ir.new_context())
    iree = baselines.iree_waves(module, graph, dispatch_keys(_read("concat_branches")[0]))
    validate(iree, graph)
    assert any(len(s) > 1 for s in iree.stages)


def test_graph_json_round_trips() -> None:
    _, _, graph = _read("copies_fills")
    assert DispatchGraph.from_json(graph.to_json()).to_json() == graph.to_json()


def test_transient_allocations_report_sizes_they_cannot_resolve() -> None:
    """An allocation whose size is not an index constant (a dynamic shape) is counted, not zeroed."""
    from iops_mlir.schedule.memory import transient_allocations

    stream = """
    %c4096 = arith.constant 4096 : index
    %a, %t0 = stream.resource.alloca uninitialized : !stream.resource<transient>{%c4096} => !stream.timepoint
    %b, %t1 = stream.resource.alloca uninitialized : !stream.resource<transient>{%dynamic_size} => !stream.timepoint
    """
    assert transient_allocations(stream) == (4096, 1)
