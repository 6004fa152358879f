"""Rule `merge-sibling-convs`: sibling convolutions become one wider convolution.

Matches `linalg.conv_2d_nchw_fchw` ops (groups=1 by construction of that op)
that read the same tensor (looking through a zero `tensor.pad`), with the same
strides and dilations and the same output batch and spatial size, whose
filters are compile-time constants and whose bias is a per-channel constant.

Rewrite: pad the input once with the largest low padding; zero-pad each filter
so that its taps land on the same input pixels as before (for "same" padding
this centres the smaller kernel); concatenate filters and biases along the
output channels; one convolution; each old result becomes a channel slice.
Which taps a filter uses is unchanged, so every output is computed from the same
products, only in a wider op (plus exact zeros).
"""

from __future__ import annotations

from dataclasses import dataclass

from iree.compiler import ir
from iree.compiler.dialects import linalg

from . import ir_tools as t
from .merge import MergeRecord, SiblingGroup, concat, empty_like, finish_merge, location_text

NAME = "merge-sibling-convs"
CONV = "linalg.conv_2d_nchw_fchw"


@dataclass
class _Conv:
    op: ir.Operation
    source: ir.Value
    low: tuple[int, int]
    high: tuple[int, int]
    kernel: tuple[int, int]
    strides: tuple[int, int]
    dilations: tuple[int, int]
    out_shape: list[int]
    bias: tuple  # ("fill", scalar value) or ("vector", 1-D foldable value)


def find(block: ir.Block) -> list[SiblingGroup]:
    """Groups of two or more mergeable sibling convolutions, in block order."""
    by_key: dict[tuple, list[_Conv]] = {}
    for op in block.operations:
        op = op.operation
        if op.name == CONV:
            conv = _describe(op)
            if conv is not None:
                key = (conv.source, conv.strides, conv.dilations, tuple(conv.out_shape[:1] + conv.out_shape[2:]),
                       str(t.element_type(op.results[0])))
                by_key.setdefault(key, []).append(conv)
    groups = []
    for convs in by_key.values():
        if len(convs) >= 2 and _geometry(convs) is not None:
            groups.append(SiblingGroup([c.op for c in convs], [c.out_shape[1] for c in convs], dim=1))
    return groups


def rewrite(group: SiblingGroup) -> MergeRecord:
    """Replace the group by one convolution plus channel slices."""
    convs = [_describe(op) for op in group.ops]
    low, high, kernel, offsets = _geometry(convs)
    anchor = group.anchor
    first = convs[0]
    with anchor.location:
        source = t.pad_with_zero(first.source, [0, 0, *low], [0, 0, *high], anchor)
        filters = []
        for conv, (a_h, a_w) in zip(convs, offsets):
            weight = conv.op.operands[1]
            t.hoist_before(weight, anchor)
            k_h, k_w = conv.kernel
            filters.append(t.pad_with_zero(weight, [0, 0, a_h, a_w],
                                           [0, 0, kernel[0] - a_h - k_h, kernel[1] - a_w - k_w], anchor))
        weight = concat(filters, 0, anchor)
        out_shape = list(first.out_shape)
        out_shape[1] = sum(c.out_shape[1] for c in convs)
        init = _merged_init(convs, out_shape, anchor)
        wide = first.op.clone(ip=ir.InsertionPoint(anchor))
        for k, value in enumerate((source, weight, init)):
            wide.operands[k] = value
        wide.results[0].set_type(t.tensor_type(out_shape, t.element_type(first.op.results[0])))
    record = MergeRecord(NAME, [location_text(c.op) for c in convs], group.sizes,
                         extra={"kernel": list(kernel), "kernels": [list(c.kernel) for c in convs]})
    with anchor.location:
        finish_merge(group, wide.results[0], record)
    return record


def _describe(op: ir.Operation) -> _Conv | None:
    """The facts the rule needs about one convolution, or None if it cannot take part."""
    if len(op.operands) != 3 or not t.is_foldable(op.operands[1]):
        return None
    bias = _bias(op.operands[2])
    if bias is None:
        return None
    source, low, high = op.operands[0], (0, 0), (0, 0)
    pad = t.defining_op(source)
    if pad is not None and pad.name == "tensor.pad":
        pad_low, pad_high = t.i64_array(pad, "static_low"), t.i64_array(pad, "static_high")
        if len(pad.operands) == 1 and not any(pad_low[:2]) and not any(pad_high[:2]) and _pads_zero(pad):
            source, low, high = pad.operands[0], tuple(pad_low[2:]), tuple(pad_high[2:])
    filter_shape = t.tensor_shape(op.operands[1])
    return _Conv(op, source, low, high, tuple(filter_shape[2:]), tuple(t.i64_array(op, "strides")),
                 tuple(t.i64_array(op, "dilations")), t.tensor_shape(op.results[0]), bias)


def _pads_zero(pad: ir.Operation) -> bool:
    block = pad.regions[0].blocks[0]
    yielded = list(block.operations)[-1].operands[0]
    text = t.constant_scalar(yielded)
    return text is not None and float(text.split(":")[0]) == 0.0


def _bias(init: ir.Value) -> tuple | None:
    """The per-channel start value of a conv's accumulator: a fill or a broadcast 1-D constant."""
    scalar = t.fill_scalar(init)
    if scalar is not None:
        # A constant, like the matmul rule asks: the merge hoists it above the first sibling.
        return ("fill", scalar) if t.constant_scalar(scalar) is not None else None
    op = t.defining_op(init)
    if (op is not None and op.name == "linalg.broadcast" and t.i64_array(op, "dimensions") == [0, 2, 3]
            and t.is_foldable(op.operands[0])):
        return ("vector", op.operands[0])
    return None


def _geometry(convs: list[_Conv]):
    """(low pad, high pad, merged kernel, per-conv filter offsets), or None if sizes disagree."""
    strides, dilations = convs[0].strides, convs[0].dilations
    in_size = t.tensor_shape(convs[0].source)[2:]
    out_size = convs[0].out_shape[2:]
    low, high, kernel = [], [], []
    offsets = [[0, 0] for _ in convs]
    for d in range(2):
        p_low = max(c.low[d] for c in convs)
        taps = []
        for i, c in enumerate(convs):
            shift = p_low - c.low[d]
            if shift % dilations[d]:
                return None
            offsets[i][d] = shift // dilations[d]
            taps.append(offsets[i][d] + c.kernel[d])
        k = max(taps)
        needed = (out_size[d] - 1) * strides[d] + dilations[d] * (k - 1) + 1
        p_high = max(0, needed - in_size[d] - p_low)
        produced = (in_size[d] + p_low + p_high - dilations[d] * (k - 1) - 1) // strides[d] + 1
        if produced != out_size[d]:
            return None
        low.append(p_low)
        high.append(p_high)
        kernel.append(k)
    return low, high, kernel, [tuple(o) for o in offsets]


def _merged_init(convs: list[_Conv], out_shape: list[int], anchor: ir.Operation) -> ir.Value:
    """The wide accumulator start: one fill if all agree, else broadcast concatenated biases."""
    element = t.element_type(convs[0].op.results[0])
    for c in convs:
        t.hoist_before(c.bias[1], anchor)
    with ir.InsertionPoint(anchor):
        if all(c.bias[0] == "fill" and t.same_value(c.bias[1], convs[0].bias[1]) for c in convs):
            return t.as_value(linalg.fill(convs[0].bias[1], outs=[empty_like(out_shape, element, anchor)]))
        vectors = []
        for c in convs:
            if c.bias[0] == "fill":
                vectors.append(t.as_value(
                    linalg.fill(c.bias[1], outs=[empty_like([c.out_shape[1]], element, anchor)])))
            else:
                vectors.append(c.bias[1])
        bias = concat(vectors, 0, anchor)
        wide = linalg.broadcast(bias, outs=[empty_like(out_shape, element, anchor)], dimensions=[0, 2, 3])
        return t.as_value(wide)
