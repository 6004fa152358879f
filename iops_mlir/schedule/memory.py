"""Transient memory a schedule needs, estimated on the dispatch graph.

Each dispatch's written bytes stay live from its stage to the stage of its last
dependent dispatch; the peak is the largest sum of live bytes over stages. This
is the quantity IREE's allocator packs (by lifetime) into the transient slab of
an execute region, without its alignment and reuse details; `transient_allocations`
reads the real allocation from the final stream IR.
"""

from __future__ import annotations

import re

from ..graph import DispatchGraph

_ALLOCA = re.compile(r"stream\.resource\.alloca .*?!stream\.resource<transient>\{(%[\w$.\-]+)\}")
_INDEX_CONST = re.compile(r"^\s*(%[\w$.\-]+) = arith\.constant (\d+) : index", re.M)


def peak_bytes(stages: list[list[int]], graph: DispatchGraph) -> int:
    """Peak live bytes of the schedule under the lifetime model above."""
    stage_of = {n: k for k, stage in enumerate(stages) for n in stage}
    last = dict(stage_of)
    for a, b in graph.dispatch_edges():
        last[a] = max(last[a], stage_of[b])
    delta = [0] * (len(stages) + 1)
    for n, k in stage_of.items():
        delta[k] += graph.nodes[n].out_bytes
        delta[last[n] + 1] -= graph.nodes[n].out_bytes
    peak = live = 0
    for d in delta:
        live += d
        peak = max(peak, live)
    return peak


def transient_allocations(stream_mlir: str) -> tuple[int, int]:
    """(bytes, unresolved count) of the transient allocations (`stream.resource.alloca`) in the
    final stream IR. An allocation whose size is not an index constant (a dynamic shape) is
    counted as unresolved, never as 0 bytes."""
    constants = {m.group(1): int(m.group(2)) for m in _INDEX_CONST.finditer(stream_mlir)}
    sizes = [constants.get(m.group(1)) for m in _ALLOCA.finditer(stream_mlir)]
    return sum(s for s in sizes if s is not None), sum(1 for s in sizes if s is None)
