"""Largest-block partition of the dispatch graph.

A cut is a point in program order where every dispatch before it is an
ancestor of every dispatch after it. No stage can then hold dispatches from
both sides, so the blocks between cuts can be scheduled one by one and the
best schedule of the whole is the concatenation of the best of each block.
(A dispatch that every path passes through is the textbook case; an in-place
concat followed by branches that all read it is another, and the common one
in Inception-style nets.) Execute regions are always cut apart.

A block larger than `max_block` is split into parts of consecutive
dispatches in depth order; that constrains the search (parts run in order),
so `Block.parts` records it and the search reports such blocks as not proven
optimal for the unsplit block.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .graph import DispatchGraph

from .options import DEFAULT_MAX_BLOCK  # noqa: F401 (re-exported)


@dataclass
class Block:
    """Dispatches between two cuts, in program order; `parts` when it had to be split."""

    nodes: list[int]
    parts: list[list[int]] = field(default_factory=list)

    @property
    def split(self) -> bool:
        return len(self.parts) > 1


@dataclass
class DagView:
    """Dispatch-only predecessor/successor lists."""

    preds: dict[int, list[int]]
    succs: dict[int, list[int]]


def dag_view(graph: DispatchGraph) -> DagView:
    """Dependences between dispatches (through fills and copies), as adjacency lists."""
    ids = graph.dispatch_ids()
    preds: dict[int, list[int]] = {n: [] for n in ids}
    succs: dict[int, list[int]] = {n: [] for n in ids}
    for a, b in sorted(graph.dispatch_edges()):
        preds[b].append(a)
        succs[a].append(b)
    return DagView(preds, succs)


def descendants(order: list[int], succs: dict[int, list[int]]) -> dict[int, int]:
    """Bitmask of the strict descendants of each node (bit i = order[i])."""
    bit = {n: 1 << i for i, n in enumerate(order)}
    desc: dict[int, int] = {}
    for n in reversed(order):
        mask = 0
        for s in succs[n]:
            mask |= bit[s] | desc[s]
        desc[n] = mask
    return desc


def cut_blocks(order: list[int], succs: dict[int, list[int]]) -> list[list[int]]:
    """Split a topologically ordered list of dispatches at every cut."""
    desc = descendants(order, succs)
    full = (1 << len(order)) - 1
    blocks: list[list[int]] = []
    start = 0
    common = full  # descendants shared by every node before the cut being tested
    for i, n in enumerate(order):
        common &= desc[n]
        suffix = full & ~((1 << (i + 1)) - 1)
        if suffix and common & suffix == suffix:
            blocks.append(order[start:i + 1])
            start = i + 1
    if start < len(order):
        blocks.append(order[start:])
    return blocks


def depth_order(nodes: list[int], preds: dict[int, list[int]]) -> list[int]:
    """Nodes sorted by longest-path depth within `nodes`, ties by program order."""
    inside = set(nodes)
    depth: dict[int, int] = {}
    for n in nodes:  # program order is topological
        depth[n] = max([-1] + [depth[p] for p in preds[n] if p in inside]) + 1
    return sorted(nodes, key=lambda n: (depth[n], n))


def partition(graph: DispatchGraph, max_block: int = DEFAULT_MAX_BLOCK) -> list[Block]:
    """Blocks of every execute region, in execution order."""
    if max_block < 1:
        raise ValueError("max_block must be at least 1")
    view = dag_view(graph)
    blocks: list[Block] = []
    for e in graph.executes():
        order = graph.dispatch_ids(e)
        if not order:
            continue
        for nodes in cut_blocks(order, view.succs):
            ordered = depth_order(nodes, view.preds)
            parts = [ordered[i:i + max_block] for i in range(0, len(ordered), max_block)]
            blocks.append(Block(nodes, parts))
    return blocks
