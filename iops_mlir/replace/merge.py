"""The part of a sibling merge that every rule shares.

A rule builds one wide op in place of several siblings (their results laid side
by side along one result dimension). This module then:

1. merges identical element-wise tails: when every sibling's result feeds one
   `linalg.generic` with the same body (ReLU, the batch-norm steps, a bias add),
   the tails become one generic over the wide result, so IREE still fuses them
   into the wide op's dispatch;
2. gives every old user a channel slice of the wide result (`tensor.extract_slice`);
3. folds a `tensor.concat` that reassembles the slices in order back into the wide
   result (SqueezeNet's fire modules end this way);
4. erases the replaced ops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from iree.compiler import ir
from iree.compiler.dialects import tensor

from . import ir_tools as t


@dataclass
class SiblingGroup:
    """Ops to merge, the size of each along the merged result dimension, and that dimension."""

    ops: list[ir.Operation]
    sizes: list[int]
    dim: int

    @property
    def anchor(self) -> ir.Operation:
        """The first sibling in block order: new ops go right before it."""
        first = self.ops[0]
        for op in self.ops[1:]:
            if op.is_before_in_block(first):
                first = op
        return first


@dataclass
class MergeRecord:
    """What one merge did, for schedule.json."""

    rule: str
    ops: list[str]
    sizes: list[int]
    tail_ops_merged: int = 0
    concats_folded: int = 0
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"rule": self.rule, "ops": self.ops, "sizes": self.sizes,
                "tail_ops_merged": self.tail_ops_merged, "concats_folded": self.concats_folded,
                **self.extra}


NAME_ATTR = "iops.name"


def name_ops(block: ir.Block, kinds: set[str]) -> None:
    """Tag each op of the given kinds `name#k` (k-th of its kind in the imported IR), for reports."""
    counts: dict[str, int] = {}
    for op in block.operations:
        op = op.operation
        if op.name in kinds:
            k = counts.get(op.name, 0)
            counts[op.name] = k + 1
            op.attributes[NAME_ATTR] = ir.StringAttr.get(f"{op.name.split('.')[-1]}#{k}")


def unname_ops(block: ir.Block) -> None:
    for op in block.operations:
        if NAME_ATTR in op.operation.attributes:
            del op.operation.attributes[NAME_ATTR]


def location_text(op: ir.Operation) -> str:
    """How reports name an op: its tag from `name_ops` and its result type."""
    name = ir.StringAttr(op.attributes[NAME_ATTR]).value if NAME_ATTR in op.attributes else op.name
    return f"{name} -> {op.results[0].type}"


def empty_like(shape: list[int], element: ir.Type, anchor: ir.Operation) -> ir.Value:
    return tensor.EmptyOp(shape, element, ip=ir.InsertionPoint(anchor)).result


def concat(values: list[ir.Value], dim: int, anchor: ir.Operation) -> ir.Value:
    """tensor.concat of `values` along `dim`, or the value itself when there is one."""
    if len(values) == 1:
        return values[0]
    shapes = [t.tensor_shape(v) for v in values]
    shape = list(shapes[0])
    shape[dim] = sum(s[dim] for s in shapes)
    result = t.tensor_type(shape, t.element_type(values[0]))
    return tensor.ConcatOp(result, dim, values, ip=ir.InsertionPoint(anchor)).result


def finish_merge(group: SiblingGroup, wide: ir.Value, record: MergeRecord) -> None:
    """Steps 1-4 above, given the wide op's result `wide` (already built before the anchor)."""
    anchor = group.anchor
    current = [op.results[0] for op in group.ops]
    dead: list[ir.Operation] = list(group.ops)
    while True:
        tails = [t.single_user(v) for v in current]
        merged = _merge_tails(tails, current, group, wide, anchor)
        if merged is None:
            break
        wide = merged
        dead.extend(tails)
        current = [tail.results[0] for tail in tails]
        record.tail_ops_merged += len(tails)
    slices = _slices(wide, group, anchor)
    for old, new in zip(current, slices):
        old.replace_all_uses_with(new)
    record.concats_folded = _fold_concats(slices, wide, group.dim)
    for op in reversed(dead):
        op.erase()


def _merge_tails(tails: list[ir.Operation | None], current: list[ir.Value], group: SiblingGroup,
                 wide: ir.Value, anchor: ir.Operation) -> ir.Value | None:
    """One wide generic for identical element-wise tails, or None when they do not qualify."""
    if any(tail is None or tail.name != "linalg.generic" for tail in tails):
        return None
    first = tails[0]
    if any(tail.parent != anchor.parent for tail in tails):
        return None
    if not all(t.equivalent_bodies(first, tail) and _same_shape_attrs(first, tail) for tail in tails):
        return None
    plan = [_tail_operands(tail, value, group.dim) for tail, value in zip(tails, current)]
    if any(p is None for p in plan):
        return None
    n_inputs = len(first.operands) - 1
    if not _consistent(plan, n_inputs):
        return None
    # Only now change the IR: everything below succeeds.
    wide_shape = t.tensor_shape(wide)
    new_operands: list[ir.Value] = []
    for k in range(n_inputs):
        kinds = [p[k] for p in plan]
        if kinds[0][0] == "self":
            new_operands.append(wide)
        elif kinds[0][0] == "shared":
            values = [kind[1] for kind in kinds]
            t.hoist_before(values[0], anchor)
            new_operands.append(values[0])
        else:  # "split": per-sibling foldable tensors laid side by side along a dimension
            dims = {kind[2] for kind in kinds}
            for kind in kinds:
                t.hoist_before(kind[1], anchor)
            new_operands.append(concat([kind[1] for kind in kinds], dims.pop(), anchor))
    out_type = t.tensor_type(wide_shape, t.element_type(first.results[0]))
    new_operands.append(empty_like(wide_shape, out_type.element_type, anchor))
    merged = first.clone(ip=ir.InsertionPoint(anchor))
    for k, value in enumerate(new_operands):
        merged.operands[k] = value
    merged.results[0].set_type(out_type)
    return merged.results[0]


def _consistent(plan: list[list[tuple]], n_inputs: int) -> bool:
    """Every sibling's tail uses its operands the same way: the sibling result at one position,
    the very same shared values, and per-sibling constants split along the same dimension."""
    for k in range(n_inputs):
        kinds = [p[k] for p in plan]
        tag = kinds[0][0]
        if any(kind[0] != tag for kind in kinds):
            return False
        if tag == "shared" and not all(t.same_value(kinds[0][1], kind[1]) for kind in kinds):
            return False
        if tag == "split" and len({kind[2] for kind in kinds}) != 1:
            return False
    return [kind[0] for kind in plan[0]].count("self") == 1


def _same_shape_attrs(a: ir.Operation, b: ir.Operation) -> bool:
    return (str(a.attributes["indexing_maps"]) == str(b.attributes["indexing_maps"])
            and str(a.attributes["iterator_types"]) == str(b.attributes["iterator_types"]))


def _tail_operands(tail: ir.Operation, value: ir.Value, dim: int) -> list[tuple] | None:
    """How each input of an element-wise tail maps onto the wide op, or None if it cannot."""
    if len(tail.results) != 1 or len(tail.operands) < 2:
        return None
    if "reduction" in str(tail.attributes["iterator_types"]):
        return None
    rank = len(t.tensor_shape(value))
    out = tail.operands[len(tail.operands) - 1]
    out_op = t.defining_op(out)
    if out_op is None or out_op.name != "tensor.empty" or t.tensor_shape(out) != t.tensor_shape(value):
        return None
    if not t.is_identity_map(tail, len(tail.operands) - 1, rank):
        return None
    kinds: list[tuple] = []
    for k in range(len(tail.operands) - 1):
        operand = tail.operands[k]
        exprs = t.affine_results(tail, k)
        if operand == value:
            if not t.is_identity_map(tail, k, rank):
                return None
            kinds.append(("self",))
        elif not any(re.search(rf"\bd{dim}\b", e) for e in exprs):
            # Shared by all siblings: must already exist above the wide op (a constant, a
            # function argument) or be movable there (pure ops over constants).
            if not (t.is_foldable(operand) or t.defining_op(operand) is None):
                return None
            kinds.append(("shared", operand))
        elif f"d{dim}" in exprs and t.is_foldable(operand):
            kinds.append(("split", operand, exprs.index(f"d{dim}")))
        else:
            return None
    return kinds


def _slices(wide: ir.Value, group: SiblingGroup, anchor: ir.Operation) -> list[ir.Value]:
    shape = t.tensor_shape(wide)
    element = t.element_type(wide)
    slices, offset = [], 0
    for size in group.sizes:
        offsets = [0] * len(shape)
        offsets[group.dim] = offset
        sizes = list(shape)
        sizes[group.dim] = size
        result = t.tensor_type(sizes, element)
        op = tensor.ExtractSliceOp(result, wide, [], [], [], offsets, sizes, [1] * len(shape),
                                   ip=ir.InsertionPoint(anchor))
        slices.append(op.result)
        offset += size
    return slices


def _fold_concats(slices: list[ir.Value], wide: ir.Value, dim: int) -> int:
    """Replace each run slice_0..slice_n inside a concat along `dim` by the wide value."""
    folded = 0
    for user in t.users(slices[0]):
        if user.name != "tensor.concat" or ir.IntegerAttr(user.attributes["dim"]).value != dim:
            continue
        operands = list(user.operands)
        for start in range(len(operands) - len(slices) + 1):
            if all(operands[start + i] == s for i, s in enumerate(slices)):
                remaining = operands[:start] + [wide] + operands[start + len(slices):]
                if len(remaining) == 1:
                    user.results[0].replace_all_uses_with(wide)
                    user.erase()
                else:
                    new = tensor.ConcatOp(user.results[0].type, dim, remaining, ip=ir.InsertionPoint(user))
                    user.results[0].replace_all_uses_with(new.result)
                    user.erase()
                folded += 1
                break
    return folded
