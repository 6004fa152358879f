"""Schedules that need no search: sequential, as-soon-as-possible, and IREE's own waves."""

from __future__ import annotations

from iree.compiler import ir

from .. import stream_ir
from ..dataflow_keys import match_dispatches
from ..graph import DispatchGraph
from ..partition import dag_view
from .model import Schedule, split_wide_stages


def sequential(graph: DispatchGraph) -> Schedule:
    """One dispatch per stage, in program order."""
    return Schedule("sequential", [[n] for n in graph.dispatch_ids()])


def dispatch_levels(graph: DispatchGraph) -> dict[int, int]:
    """Longest-path depth of each dispatch among the dispatches of its execute region."""
    preds = dag_view(graph).preds
    level: dict[int, int] = {}
    for n in graph.dispatch_ids():  # program order is topological
        level[n] = max([-1] + [level[p] for p in preds[n]]) + 1
    return level


def asap(graph: DispatchGraph) -> Schedule:
    """Every dispatch in the earliest stage its inputs allow (greedy waves, no cost model)."""
    level = dispatch_levels(graph)
    stages: list[list[int]] = []
    for e in graph.executes():
        ids = graph.dispatch_ids(e)
        if not ids:
            continue
        depth = max(level[n] for n in ids) + 1
        stages.extend([n for n in ids if level[n] == k] for k in range(depth))
    return Schedule("asap", split_wide_stages(stages))


def iree_waves(iree_async: ir.Module, graph: DispatchGraph, flat_keys: list[tuple[str, str]],
               function: str = "main") -> Schedule:
    """IREE's own waves, read from the async IR of one of its orders and mapped to node ids.

    A dispatch outside any concurrent region is a stage of its own. Each dispatch is matched to
    its node by what it computes, against `flat_keys` (`dataflow_keys.dispatch_keys` of the flat
    program `graph` was extracted from): IREE's orders run one executable's occurrences in
    different orders.
    """
    nodes = iter(match_dispatches(flat_keys, iree_async, graph, function))
    stages: list[list[int]] = []
    func = stream_ir.entry_function(iree_async, function)
    for execute in stream_ir.execute_ops(func):
        for raw in execute.regions[0].blocks[0].operations:
            op = raw.operation
            if op.name == stream_ir.DISPATCH:
                stages.append([next(nodes)])
            elif op.name == stream_ir.CONCURRENT:
                wave = [next(nodes) for inner in op.regions[0].blocks[0].operations
                        if inner.operation.name == stream_ir.DISPATCH]
                if wave:
                    stages.append(wave)
    return Schedule("iree", stages)
