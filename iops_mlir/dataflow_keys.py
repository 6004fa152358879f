"""Which dispatch of another order's IR is which graph node: matched by what it computes.

IREE's orders (`min-peak-memory`, `max-concurrency`) and the flat program are one program
partitioned differently. A model dispatches one executable many times (ResNet-50's repeated
blocks, NASNet-A's like cells), and `max-concurrency` runs those occurrences in another order
than the flat program lists them: matched by position (the k-th occurrence to the k-th node of
that executable), its waves broke 2-214 dependences on every zoo model but SqueezeNet, so its
profile's events were joined to the wrong nodes and its predictions were of a schedule that
cannot run.

Here a dispatch is keyed by its executable and, recursively, by where its operands come from:
another dispatch's result, a function argument, a weight (`util.global.load` of a named global),
a constant, or another stream op over those. Timepoints are left out (they order work; they do
not carry data), and regions are looked through (an execute or concurrent region's arguments
are its operands, its results what it yields), so the key does not depend on how the program
is partitioned into regions and waves.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from iree.compiler import ir

from . import stream_ir
from .errors import IopsError
from .graph import DispatchGraph

_REGIONS = (stream_ir.EXECUTE, stream_ir.CONCURRENT)
_AWAIT = "stream.timepoint.await"


def _digest(*parts: object) -> str:
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


def _attributes(op: ir.Operation) -> list[tuple[str, str]]:
    """The op's attributes as text, by name (a weight's global, a constant's value)."""
    named = [op.attributes[i] for i in range(len(op.attributes))]
    return sorted((a.name, str(a.attr)) for a in named)


def _is_timepoint(value: ir.Value) -> bool:
    return str(value.type).startswith("!stream.timepoint")


class _Keys:
    """Keys of every value of one function, computed in IR order (definitions come first)."""

    def __init__(self) -> None:
        self.of: dict[ir.Value, str] = {}
        self.dispatches: list[tuple[str, str]] = []  # (symbol, key), in IR order

    def operand_keys(self, op: ir.Operation) -> list[str]:
        # A value defined outside the function (none in IREE's output) keys as unknown.
        return [self.of.get(v, "?") for v in op.operands if not _is_timepoint(v)]

    def walk(self, block: ir.Block) -> None:
        for raw in block.operations:
            op = raw.operation
            if op.name in _REGIONS:
                inner = op.regions[0].blocks[0]
                for arg, outer in zip(inner.arguments, op.opview.resource_operands):
                    self.of[arg] = self.of.get(outer, "?")
                self.walk(inner)
                yielded = list(inner.operations)[-1].operation
                for result, value in zip(op.results, yielded.operands):
                    if not _is_timepoint(result):
                        self.of[result] = self.of.get(value, "?")
            elif op.name == _AWAIT:
                for result, value in zip(op.results, op.opview.resource_operands):
                    self.of[result] = self.of.get(value, "?")
            else:
                if op.name == stream_ir.DISPATCH:
                    key = _digest(stream_ir.dispatch_symbol(op), self.operand_keys(op))
                    self.dispatches.append((stream_ir.dispatch_symbol(op), key))
                else:
                    key = _digest(op.name, _attributes(op), self.operand_keys(op))
                for r, result in enumerate(op.results):
                    self.of[result] = _digest(key, r)


def dispatch_keys(module: ir.Module, function: str = "main") -> list[tuple[str, str]]:
    """(executable symbol, dataflow key) of every dispatch of the entry function, in IR order
    (inside concurrent regions too: the order IREE records them in)."""
    func = stream_ir.entry_function(module, function)
    keys = _Keys()
    entry = func.regions[0].blocks[0]
    for i, arg in enumerate(entry.arguments):
        keys.of[arg] = _digest("argument", i)
    keys.walk(entry)
    return keys.dispatches


def match_dispatches(flat_keys: list[tuple[str, str]], other: ir.Module, graph: DispatchGraph,
                     function: str = "main") -> list[int]:
    """The graph node of each dispatch of `other`, in `other`'s IR order: `other` is another
    partitioning of the program whose flat form has the `dispatch_keys` `flat_keys` and the
    graph `graph`. A dispatch whose key the flat program lacks takes its executable's first
    occurrence not yet matched, as does one of several that compute the same (none do in
    IREE's output: it folds equal dispatches)."""
    by_key: dict[str, list[int]] = defaultdict(list)
    by_symbol: dict[str, list[int]] = defaultdict(list)
    nodes = graph.dispatch_ids()
    if len(flat_keys) != len(nodes):
        raise IopsError(f"The flat program has {len(flat_keys)} dispatches and its graph {len(nodes)}: "
                        "they are not one program.")
    for node, (symbol, key) in zip(nodes, flat_keys):
        by_key[key].append(node)
        by_symbol[symbol].append(node)
    taken: set[int] = set()
    matched = []
    for symbol, key in dispatch_keys(other, function):
        node = next((n for n in by_key.get(key, ()) if n not in taken), None)
        if node is None:
            node = next((n for n in by_symbol.get(symbol, ()) if n not in taken), None)
        if node is None:
            raise IopsError(f"Dispatch '{symbol}' of another order of the program is not in its flat program.")
        taken.add(node)
        matched.append(node)
    return matched
