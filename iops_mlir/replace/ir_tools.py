"""Small helpers over MLIR Python objects that the replacement rules share.

The rules work on the flat `func.func @main` body that torch-mlir emits: one
block, ops in def-before-use order. Weights reach the ops as `arith.constant`
values or as loads of parameter globals (`params.externalize`), sometimes through pure ops (transpose, broadcast, the batch-norm scale
computation); IREE's const-eval folds such chains at compile time, so a rule
may concatenate or pad them without adding work at run time.
"""

from __future__ import annotations

from iree.compiler import ir

# Ops whose result depends only on their operands and regions (no side effects that matter).
_PURE_OPS = {
    "arith.constant", "tensor.empty", "tensor.expand_shape", "tensor.collapse_shape",
    "tensor.pad", "tensor.concat", "tensor.extract_slice", "linalg.transpose",
    "linalg.broadcast", "linalg.fill", "linalg.generic", "arith.truncf", "arith.extf",
    # A weight read from the input's parameter archive: IREE imports it at compile time.
    "util.global.load",
}


def defining_op(value: ir.Value) -> ir.Operation | None:
    """The op that defines `value`, or None for a block argument."""
    if isinstance(value, ir.OpResult):
        return value.owner.operation if hasattr(value.owner, "operation") else value.owner
    return None


def is_foldable(value: ir.Value, _memo: dict | None = None) -> bool:
    """True when `value` is computed from constants only, by pure ops (IREE folds it)."""
    memo = {} if _memo is None else _memo
    op = defining_op(value)
    if op is None:
        return False
    key = op
    if key in memo:
        return memo[key]
    memo[key] = False  # cycles cannot happen in SSA, but be safe
    result = op.name in _PURE_OPS and all(is_foldable(v, memo) for v in op.operands)
    memo[key] = result
    return result


def hoist_before(value: ir.Value, anchor: ir.Operation) -> None:
    """Move the pure ops computing a foldable `value` above `anchor` where they are below it."""
    op = defining_op(value)
    if op is None or op.parent != anchor.parent:
        return
    for operand in op.operands:
        hoist_before(operand, anchor)
    if anchor.is_before_in_block(op):
        op.move_before(anchor)


def users(value: ir.Value) -> list[ir.Operation]:
    """The distinct ops that use `value`, in no particular order."""
    seen: list[ir.Operation] = []
    for use in value.uses:
        owner = use.owner.operation if hasattr(use.owner, "operation") else use.owner
        if owner not in seen:
            seen.append(owner)
    return seen


def single_user(value: ir.Value) -> ir.Operation | None:
    """The only op using `value` (once), else None."""
    uses = list(value.uses)
    if len(uses) != 1:
        return None
    owner = uses[0].owner
    return owner.operation if hasattr(owner, "operation") else owner


def as_value(built) -> ir.Value:
    """The single result of what an op builder returned (a Value, an OpView or a result list)."""
    if isinstance(built, ir.Value):
        return built
    if hasattr(built, "results"):
        return built.results[0]
    return built[0]


def tensor_shape(value: ir.Value) -> list[int]:
    return list(ir.RankedTensorType(value.type).shape)


def element_type(value: ir.Value) -> ir.Type:
    return ir.RankedTensorType(value.type).element_type


def tensor_type(shape: list[int], element: ir.Type) -> ir.RankedTensorType:
    return ir.RankedTensorType.get(shape, element)


def i64_array(op: ir.Operation, name: str) -> list[int]:
    """An attribute of `op` holding integers (dense elements or i64 array) as a list."""
    attr = op.attributes[name]
    if isinstance(attr, ir.DenseI64ArrayAttr):
        return list(attr)
    try:
        return list(ir.DenseI64ArrayAttr(attr))
    except ValueError:
        return [int(x) for x in ir.DenseIntElementsAttr(attr)]


def constant_scalar(value: ir.Value) -> str | None:
    """The attribute text of a scalar `arith.constant`, else None."""
    op = defining_op(value)
    if op is None or op.name != "arith.constant" or isinstance(value.type, ir.ShapedType) or str(value.type).startswith('tensor'):
        return None
    return str(op.attributes["value"])


def fill_scalar(init: ir.Value) -> ir.Value | None:
    """The scalar of a `linalg.fill` into a fresh `tensor.empty` (an accumulator's start), else None."""
    op = defining_op(init)
    if op is None or op.name != "linalg.fill":
        return None
    empty = defining_op(op.operands[1])
    return op.operands[0] if empty is not None and empty.name == "tensor.empty" else None


def same_value(a: ir.Value, b: ir.Value) -> bool:
    """The same SSA value, or two scalar constants with the same attribute."""
    if a == b:
        return True
    ca, cb = constant_scalar(a), constant_scalar(b)
    return ca is not None and ca == cb


def equivalent_bodies(a: ir.Operation, b: ir.Operation) -> bool:
    """True when two single-region ops have bodies computing the same thing.

    Block arguments must match by position, body results by position, and
    values from outside the body must be the same value or equal scalar constants.
    """
    if len(a.regions) != 1 or len(b.regions) != 1:
        return False
    blocks_a, blocks_b = list(a.regions[0].blocks), list(b.regions[0].blocks)
    if len(blocks_a) != 1 or len(blocks_b) != 1:
        return False
    block_a, block_b = blocks_a[0], blocks_b[0]
    if [str(x.type) for x in block_a.arguments] != [str(x.type) for x in block_b.arguments]:
        return False
    ops_a, ops_b = list(block_a.operations), list(block_b.operations)
    if len(ops_a) != len(ops_b):
        return False
    local_a: dict = {arg: ("arg", i) for i, arg in enumerate(block_a.arguments)}
    local_b: dict = {arg: ("arg", i) for i, arg in enumerate(block_b.arguments)}
    for index, (x, y) in enumerate(zip(ops_a, ops_b)):
        x, y = x.operation, y.operation
        if x.name != y.name or len(x.regions) or len(y.regions):
            return False
        if _attributes(x) != _attributes(y) or len(x.operands) != len(y.operands):
            return False
        if [str(r.type) for r in x.results] != [str(r.type) for r in y.results]:
            return False
        for u, v in zip(x.operands, y.operands):
            if u in local_a or v in local_b:
                if local_a.get(u) != local_b.get(v):
                    return False
            elif not same_value(u, v):
                return False
        for r, (u, v) in enumerate(zip(x.results, y.results)):
            local_a[u] = ("op", index, r)
            local_b[v] = ("op", index, r)
    return True


def _attributes(op: ir.Operation) -> dict[str, str]:
    return {name: str(op.attributes[name]) for name in op.attributes}


def affine_results(op: ir.Operation, operand_index: int) -> list[str]:
    """The result expressions (as text) of an operand's indexing map in a linalg.generic."""
    maps = ir.ArrayAttr(op.attributes["indexing_maps"])
    affine = ir.AffineMapAttr(maps[operand_index]).value
    return [str(e) for e in affine.results]


def is_identity_map(op: ir.Operation, operand_index: int, rank: int) -> bool:
    return affine_results(op, operand_index) == [f"d{i}" for i in range(rank)]


def zero_scalar(element: ir.Type, anchor: ir.Operation) -> ir.Value:
    """A fresh `arith.constant 0` of a float element type, before `anchor`."""
    from iree.compiler.dialects import arith

    return arith.ConstantOp(element, ir.FloatAttr.get(element, 0.0), ip=ir.InsertionPoint(anchor)).result


def pad_with_zero(value: ir.Value, low: list[int], high: list[int], anchor: ir.Operation) -> ir.Value:
    """`tensor.pad` of `value` with zeros (the value itself when nothing is padded)."""
    from iree.compiler.dialects import tensor

    if not any(low) and not any(high):
        return value
    shape = tensor_shape(value)
    element = element_type(value)
    padded = [s + lo + hi for s, lo, hi in zip(shape, low, high)]
    zero = zero_scalar(element, anchor)
    op = tensor.PadOp(tensor_type(padded, element), value, [], [], low, high, ip=ir.InsertionPoint(anchor))
    block = op.regions[0].blocks.append(*([ir.IndexType.get()] * len(shape)))
    with ir.InsertionPoint(block):
        tensor.YieldOp(zero)
    return op.result


def erase_dead(block: ir.Block) -> int:
    """Erase pure ops whose results nobody uses (what a rewrite left behind); returns how many."""
    erased = 0
    changed = True
    while changed:
        changed = False
        for op in reversed(list(block.operations)):
            op = op.operation
            if op.name in _PURE_OPS and all(not list(r.uses) for r in op.results):
                op.erase()
                erased += 1
                changed = True
    return erased
