"""The dispatch graph: plain Python data extracted from stream.async IR.

Nodes are every op of the entry function's execute regions that touches a
buffer: dispatches (what gets scheduled) and the splats, copies and fills that
feed them (placed around the schedule by `apply`). Edges are the hazards IREE's
own analysis would see: read-after-write, write-after-read and write-after-write
on overlapping byte ranges of the same buffer.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass, field

from iree.compiler import ir

from . import stream_ir

CONTRACTION_KINDS = ("conv", "matmul", "batch_matmul", "contract", "mmt4d", "depthwise")
_SHAPE = re.compile(r"^\d+(x\d+)*$")


@dataclass
class Node:
    """One op in an execute region."""

    id: int
    execute: int
    op: str  # MLIR op name
    symbol: str  # executable::entry for dispatches, the op name otherwise
    kind: str  # conv, matmul, elementwise, pooling, memcpy, splat, ...
    shape: list[int] = field(default_factory=list)  # iteration space, from IREE's name
    flops: float = 0.0
    bytes: int = 0  # read + written
    out_bytes: int = 0  # written: results and in-place (tied) writes

    @property
    def is_dispatch(self) -> bool:
        return self.op == stream_ir.DISPATCH


@dataclass
class DispatchGraph:
    """All nodes of the entry function's execute regions and their hazards."""

    function: str
    nodes: list[Node]
    edges: list[tuple[int, int]]  # (earlier node id, later node id)
    _dispatch_edges: frozenset[tuple[int, int]] | None = field(default=None, init=False, repr=False, compare=False)

    def dispatch_ids(self, execute: int | None = None) -> list[int]:
        """Dispatch node ids in program order (optionally of one execute region)."""
        return [
            n.id
            for n in self.nodes
            if n.is_dispatch and (execute is None or n.execute == execute)
        ]

    def dispatches_by_symbol(self) -> dict[str, list[int]]:
        """Dispatch node ids of each `executable::entry`, in program order."""
        found: dict[str, list[int]] = {}
        for n in self.dispatch_ids():
            found.setdefault(self.nodes[n].symbol, []).append(n)
        return found

    def executes(self) -> list[int]:
        return sorted({n.execute for n in self.nodes})

    def dispatch_edges(self) -> frozenset[tuple[int, int]]:
        """Dependences between dispatches, following paths through non-dispatch nodes.

        Computed once: the partition, the search, IOS and the memory estimate of
        every scheduler all ask, and the graph does not change after extraction.
        """
        if self._dispatch_edges is not None:
            return self._dispatch_edges
        succs: dict[int, list[int]] = {n.id: [] for n in self.nodes}
        for a, b in self.edges:
            succs[a].append(b)
        result: set[tuple[int, int]] = set()
        for d in self.dispatch_ids():
            stack, seen = list(succs[d]), set()
            while stack:
                x = stack.pop()
                if x in seen:
                    continue
                seen.add(x)
                if self.nodes[x].is_dispatch:
                    result.add((d, x))
                else:
                    stack.extend(succs[x])
        self._dispatch_edges = frozenset(result)
        return self._dispatch_edges

    def to_json(self) -> str:
        data = {
            "function": self.function,
            "nodes": [asdict(n) | {"is_dispatch": n.is_dispatch} for n in self.nodes],
            "edges": sorted([list(e) for e in self.edges]),
        }
        return json.dumps(data, indent=1)

    @classmethod
    def from_json(cls, text: str) -> DispatchGraph:
        """The inverse of `to_json` (graph.json in a dump directory)."""
        data = json.loads(text)
        nodes = [Node(**{k: v for k, v in n.items() if k != "is_dispatch"}) for n in data["nodes"]]
        return cls(data["function"], nodes, [tuple(e) for e in data["edges"]])


def parse_dispatch_name(symbol: str) -> tuple[str, list[int]]:
    """(kind, iteration shape) from IREE's entry name, e.g. `..._conv_8x16x16x8x3x3_f32`."""
    entry = symbol.split("::")[-1]
    tail = re.sub(r"^.*?_dispatch_\d+_?", "", entry)
    words: list[str] = []
    shape: list[int] = []
    for token in tail.split("_"):
        if _SHAPE.match(token):
            shape = [int(x) for x in token.split("x")]
            break
        words.append(token)
    kind = "_".join(words) or "dispatch"
    return kind, shape


def estimate_flops(kind: str, shape: list[int], nbytes: int) -> float:
    """2*MACs for contractions, one op per point otherwise; bytes/4 if no shape."""
    if not shape:
        return nbytes / 4.0
    points = float(math.prod(shape))
    return 2.0 * points if kind.startswith(CONTRACTION_KINDS) else points


def _fresh_result_bytes(op: ir.Operation) -> int:
    """Bytes of the results a dispatch allocates (those not tied to an operand)."""
    tied = stream_ir.tied_indices(op)
    return sum(stream_ir.constant_index(size) or 0 for r, size in enumerate(op.opview.result_sizes)
               if r >= len(tied) or tied[r] < 0)


def _dispatch_bytes(op: ir.Operation) -> int:
    d = op.opview
    total = 0
    for start, end in zip(d.resource_operand_offsets, d.resource_operand_ends):
        s, e = stream_ir.constant_index(start), stream_ir.constant_index(end)
        if s is not None and e is not None:
            total += e - s
    return total + _fresh_result_bytes(op)


def _dispatch_out_bytes(rec: stream_ir.BodyOp) -> int:
    """Bytes written: fresh results (their size) plus in-place writes (their byte range)."""
    in_place = [a.end - a.start for a in rec.accesses if a.write and a.start is not None]
    return _fresh_result_bytes(rec.op) + sum(in_place)


def _node(rec: stream_ir.BodyOp, node_id: int, execute: int) -> Node:
    if rec.is_dispatch:
        symbol = stream_ir.dispatch_symbol(rec.op)
        kind, shape = parse_dispatch_name(symbol)
        nbytes = _dispatch_bytes(rec.op)
        return Node(node_id, execute, rec.name, symbol, kind, shape,
                    estimate_flops(kind, shape, nbytes), nbytes, _dispatch_out_bytes(rec))
    kind = rec.name.rsplit(".", 1)[-1]
    return Node(node_id, execute, rec.name, rec.name, kind)


def extract(bodies: list[stream_ir.ExecuteBody], function: str = "main") -> DispatchGraph:
    """The graph of all execute bodies; node ids run in program order."""
    nodes: list[Node] = []
    edges: list[tuple[int, int]] = []
    for e, body in enumerate(bodies):
        base = len(nodes)
        nodes.extend(_node(rec, base + rec.index, e) for rec in body.ops)
        edges.extend((base + a, base + b) for a, b in sorted(body.edges))
    # Execute regions run one after another (each awaits the previous timepoint
    # in practice); the scheduler never moves work between them.
    return DispatchGraph(function, nodes, edges)
