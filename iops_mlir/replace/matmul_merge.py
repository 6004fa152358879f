"""Rule `merge-sibling-matmuls`: contractions sharing an operand become one matmul.

Matches plain `linalg.matmul` ops (no transposed indexing maps) that share
their left operand (Q/K/V projections of one input, heads of a classifier) and
whose right operands are compile-time constants, or that share their right
operand and whose left operands are constants; the accumulators must all start
from the same scalar fill.

Rewrite: concatenate the constant operands (columns, or rows), one matmul,
each old result becomes a column (or row) slice. Every output element is the
same dot product as before.
"""

from __future__ import annotations

from iree.compiler import ir
from iree.compiler.dialects import linalg

from . import ir_tools as t
from .merge import MergeRecord, SiblingGroup, concat, empty_like, finish_merge, location_text

NAME = "merge-sibling-matmuls"
MATMUL = "linalg.matmul"


def find(block: ir.Block) -> list[SiblingGroup]:
    """Groups of two or more matmuls sharing an operand, in block order."""
    by_key: dict[tuple, list[ir.Operation]] = {}
    for op in block.operations:
        op = op.operation
        if op.name != MATMUL or not _plain_maps(op):
            continue
        fill = t.fill_scalar(op.operands[2])
        if fill is None:
            continue
        lhs, rhs = op.operands[0], op.operands[1]
        element = str(t.element_type(op.results[0]))
        if t.is_foldable(rhs) and not t.is_foldable(lhs):
            by_key.setdefault(("lhs", lhs, element, t.constant_scalar(fill)), []).append(op)
        elif t.is_foldable(lhs) and not t.is_foldable(rhs):
            by_key.setdefault(("rhs", rhs, element, t.constant_scalar(fill)), []).append(op)
    groups = []
    for key, ops in by_key.items():
        if len(ops) >= 2 and key[3] is not None:
            dim = 1 if key[0] == "lhs" else 0
            groups.append(SiblingGroup(ops, [t.tensor_shape(op.results[0])[dim] for op in ops], dim=dim))
    return groups


def rewrite(group: SiblingGroup) -> MergeRecord:
    """Replace the group by one matmul plus column (or row) slices."""
    anchor = group.anchor
    first = group.ops[0]
    shared_lhs = group.dim == 1
    with anchor.location:
        varying = [op.operands[1] if shared_lhs else op.operands[0] for op in group.ops]
        for value in varying:
            t.hoist_before(value, anchor)
        wide_operand = concat(varying, group.dim, anchor)
        out_shape = t.tensor_shape(first.results[0])
        out_shape[group.dim] = sum(group.sizes)
        element = t.element_type(first.results[0])
        scalar = t.fill_scalar(first.operands[2])
        t.hoist_before(scalar, anchor)
        with ir.InsertionPoint(anchor):
            init = t.as_value(linalg.fill(scalar, outs=[empty_like(out_shape, element, anchor)]))
        wide = first.clone(ip=ir.InsertionPoint(anchor))
        wide.operands[1 if shared_lhs else 0] = wide_operand
        wide.operands[2] = init
        wide.results[0].set_type(t.tensor_type(out_shape, element))
        record = MergeRecord(NAME, [location_text(op) for op in group.ops], group.sizes,
                             extra={"shared_operand": "lhs" if shared_lhs else "rhs"})
        finish_merge(group, wide.results[0], record)
    return record


_PLAIN_MAPS = ["(d0, d1, d2) -> (d0, d2)", "(d0, d1, d2) -> (d2, d1)", "(d0, d1, d2) -> (d0, d1)"]


def _plain_maps(op: ir.Operation) -> bool:
    """True for a matmul without transposed or broadcast operands."""
    if "indexing_maps" not in op.attributes:
        return True
    maps = ir.ArrayAttr(op.attributes["indexing_maps"])
    return [str(ir.AffineMapAttr(m).value) for m in maps] == _PLAIN_MAPS
