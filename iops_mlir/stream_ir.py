"""Reads IREE's stream.async IR: execute regions, the ops in them, and their hazards.

With `apply` (which rewrites it), it is where the scheduling side touches IR
objects: `graph` turns its records into plain data, and everything after that
(partition, cost models, search) works on that data. It turns one
`stream.async.execute` body into `BodyOp` records: which byte ranges of which
buffer ("root") each op reads and writes. Tied results (an op writing in place
into an operand) keep the operand's root, so several dispatches writing
disjoint slices of one concat buffer share a root but not a hazard.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from iree.compiler import ir

from .errors import UnsupportedProgram, UserError

DISPATCH = "stream.async.dispatch"
EXECUTE = "stream.async.execute"
CONCURRENT = "stream.async.concurrent"


def new_context() -> ir.Context:
    """An MLIR context with IREE's dialects registered."""
    ctx = ir.Context()
    ctx.allow_unregistered_dialects = False
    return ctx


def parse_module(text: str, ctx: ir.Context) -> ir.Module:
    """Parse MLIR text, turning parser diagnostics into IopsError."""
    try:
        return ir.Module.parse(text, ctx)
    except ir.MLIRError as e:  # pragma: no cover - IREE produced the text
        raise UserError(f"Could not parse stream IR: {e}") from None


def module_text(module: ir.Module) -> str:
    """stream.async IR as text that parses back to the same program.

    Generic op form, because the pretty form of a dispatch with two results tied
    to the same resource names that resource twice (`-> (%x, %x)`) and the parser
    ties both to its first occurrence (pipelines/stream.json, async_print_why).
    """
    return module.operation.get_asm(print_generic_op_form=True, assume_verified=True)


def is_resource(value: ir.Value) -> bool:
    return str(value.type).startswith("!stream.resource")


def constant_index(value: ir.Value) -> int | None:
    """The integer of an `arith.constant` index value, else None (unknown)."""
    if isinstance(value, ir.OpResult) and value.owner.name == "arith.constant":
        attr = value.owner.attributes["value"]
        try:
            return ir.IntegerAttr(attr).value
        except ValueError:
            return None
    return None


def entry_function(module: ir.Module, name: str = "main") -> ir.Operation:
    """The public `util.func` called `name`."""
    for op in module.body.operations:
        if op.operation.name == "util.func" and ir.StringAttr(op.attributes["sym_name"]).value == name:
            return op.operation
    raise UserError(f"The module has no entry function '@{name}'.")


def execute_ops(func: ir.Operation) -> list[ir.Operation]:
    """The `stream.async.execute` ops directly in the function body, in order."""
    found: list[ir.Operation] = []
    for block in func.regions[0].blocks:
        for op in block.operations:
            if op.operation.name == EXECUTE:
                found.append(op.operation)
    return found


def dispatch_symbol(op: ir.Operation) -> str:
    """`executable::entry` of a dispatch op, without '@'."""
    entries = ir.ArrayAttr(op.attributes["entry_points"])
    return str(entries[0]).replace("@", "")


@dataclass(frozen=True)
class Access:
    """A byte range [start, end) of one root buffer; None bounds mean 'all of it'."""

    root: int
    start: int | None
    end: int | None
    write: bool

    def overlaps(self, other: Access) -> bool:
        if self.root != other.root:
            return False
        if None in (self.start, self.end, other.start, other.end):
            return True
        return self.start < other.end and other.start < self.end


@dataclass
class BodyOp:
    """One op of an execute body with its buffer accesses."""

    index: int
    op: ir.Operation
    name: str
    accesses: list[Access] = field(default_factory=list)
    # Roots of each resource result, in result order.
    result_roots: list[int] = field(default_factory=list)
    barrier: bool = False

    @property
    def is_dispatch(self) -> bool:
        return self.name == DISPATCH


@dataclass
class ExecuteBody:
    """Analysis of one `stream.async.execute` region."""

    execute: ir.Operation
    ops: list[BodyOp]
    helpers: list[ir.Operation]  # pure index arithmetic, hoisted by `apply`
    root_of: dict[ir.Value, int]
    edges: set[tuple[int, int]]  # (earlier op index, later op index)


class _Roots:
    def __init__(self) -> None:
        self.root_of: dict[ir.Value, int] = {}
        self.count = 0

    def new(self, value: ir.Value) -> int:
        self.root_of[value] = self.count
        self.count += 1
        return self.count - 1

    def of(self, value: ir.Value) -> int:
        if value not in self.root_of:
            return self.new(value)  # defined outside the body: its own root
        return self.root_of[value]


def tied_indices(op: ir.Operation) -> list[int]:
    """Operand index each result is tied to (written in place), -1 for a fresh result."""
    if "tied_operands" not in op.attributes:
        return []
    return [ir.IntegerAttr(a).value for a in ir.ArrayAttr(op.attributes["tied_operands"])]


def _range(roots: _Roots, value: ir.Value, offset: ir.Value, end: ir.Value, write: bool) -> Access:
    start, stop = constant_index(offset), constant_index(end)
    if start is None or stop is None:
        return Access(roots.of(value), None, None, write)  # dynamic: assume it all
    return Access(roots.of(value), start, stop, write)


def _whole(roots: _Roots, value: ir.Value, write: bool) -> Access:
    return Access(roots.of(value), None, None, write)


def _analyse_dispatch(rec: BodyOp, roots: _Roots) -> None:
    d = rec.op.opview
    tied = tied_indices(rec.op)
    tied_to_result = {t: r for r, t in enumerate(tied) if t >= 0}
    offsets, ends = list(d.resource_operand_offsets), list(d.resource_operand_ends)
    k = 0
    for i, value in enumerate(d.resource_operands):
        if not is_resource(value):
            continue  # scalar push constant
        rec.accesses.append(_range(roots, value, offsets[k], ends[k], write=i in tied_to_result))
        k += 1
    for r, result in enumerate(rec.op.results):
        if not is_resource(result):
            continue
        t = tied[r] if r < len(tied) else -1
        if t >= 0:
            root = roots.of(d.resource_operands[t])
            roots.root_of[result] = root
        else:
            root = roots.new(result)
            rec.accesses.append(Access(root, None, None, True))
        rec.result_roots.append(root)


def _analyse_tied_target(rec: BodyOp, roots: _Roots, reads: list[Access]) -> None:
    v = rec.op.opview
    target = v.target
    rec.accesses.extend(reads)
    rec.accesses.append(_range(roots, target, v.target_offset, v.target_end, write=True))
    root = roots.of(target)
    roots.root_of[rec.op.results[0]] = root
    rec.result_roots.append(root)


def _analyse_new_result(rec: BodyOp, roots: _Roots, reads: list[Access]) -> None:
    rec.accesses.extend(reads)
    root = roots.new(rec.op.results[0])
    rec.accesses.append(Access(root, None, None, True))
    rec.result_roots.append(root)


def _analyse(rec: BodyOp, roots: _Roots) -> None:
    name, op = rec.name, rec.op
    if name == DISPATCH:
        _analyse_dispatch(rec, roots)
    elif name in ("stream.async.splat", "stream.async.alloca", "stream.async.constant"):
        _analyse_new_result(rec, roots, [])
    elif name == "stream.async.slice":
        v = op.opview
        _analyse_new_result(rec, roots, [_range(roots, v.source, v.source_offset, v.source_end, False)])
    elif name in ("stream.async.clone", "stream.async.transfer"):
        _analyse_new_result(rec, roots, [_whole(roots, op.operands[0], False)])
    elif name == "stream.async.update":
        _analyse_tied_target(rec, roots, [_whole(roots, op.opview.update, False)])
    elif name == "stream.async.copy":
        v = op.opview
        _analyse_tied_target(rec, roots, [_range(roots, v.source, v.source_offset, v.source_end, False)])
    elif name == "stream.async.fill":
        _analyse_tied_target(rec, roots, [])
    else:
        # Unknown op touching resources: keep it in place relative to everything.
        rec.barrier = True
        for value in op.operands:
            if is_resource(value):
                rec.accesses.append(_whole(roots, value, True))
        for result in op.results:
            if is_resource(result):
                rec.result_roots.append(roots.new(result))


def _check_tied_last_use(ops: list[BodyOp]) -> None:
    """In-place rewiring assumes a tied operand is not read after the op that overwrites it."""
    position = {rec.op: rec.index for rec in ops}
    for rec in ops:
        if rec.name != DISPATCH:
            continue
        for t in tied_indices(rec.op):
            if t < 0:
                continue
            value = rec.op.opview.resource_operands[t]
            for use in value.uses:
                user = use.owner
                if user in position and position[user] > rec.index:
                    raise UnsupportedProgram(
                        f"Unsupported stream IR: dispatch {dispatch_symbol(rec.op)} writes in place into a "
                        "value that another op uses again afterwards (IREE leaves such in-place writers "
                        "where, for example, one tensor is concatenated with itself). iops-mlir cannot "
                        "reorder this program yet, under any scheduler (a compile for llvm-cpu first tries "
                        "it again without the channels-last convolution preprocessing, which removed such a "
                        "writer from three of the seven programs of this kind the random-model fuzzer found). "
                        "IREE 3.13 itself computed four of the six checked wrongly (two with IREE's default "
                        "flags, two only with that preprocessing), so check any iree-compile build of this model "
                        "against torch."
                    )


def analyse_execute(execute: ir.Operation) -> ExecuteBody:
    """Buffer accesses and hazard edges of the ops in one execute region."""
    roots = _Roots()
    block = execute.regions[0].blocks[0]
    for arg in block.arguments:
        roots.new(arg)
    ops: list[BodyOp] = []
    helpers: list[ir.Operation] = []
    for raw in block.operations:
        op = raw.operation
        if op.name == "stream.yield":
            continue
        if op.name == CONCURRENT:
            raise UserError(
                "The execute region already holds concurrent waves; iops-mlir expects the flat "
                "form produced with --iree-stream-partitioning-favor=debug."
            )
        touches_resources = any(is_resource(v) for v in list(op.operands) + list(op.results))
        if not touches_resources and not op.regions:
            helpers.append(op)
            continue
        rec = BodyOp(len(ops), op, op.name)
        _analyse(rec, roots)
        ops.append(rec)
    _check_tied_last_use(ops)
    return ExecuteBody(execute, ops, helpers, roots.root_of, _hazard_edges(ops))


def _hazard_edges(ops: list[BodyOp]) -> set[tuple[int, int]]:
    edges: set[tuple[int, int]] = set()
    by_root: dict[int, list[tuple[int, Access]]] = {}
    barrier_seen: int | None = None
    for rec in ops:
        if barrier_seen is not None:
            edges.add((barrier_seen, rec.index))
        if rec.barrier:
            edges.update((prev.index, rec.index) for prev in ops[: rec.index])
            barrier_seen = rec.index
        for acc in rec.accesses:
            for j, prev in by_root.get(acc.root, []):
                if j != rec.index and (acc.write or prev.write) and acc.overlaps(prev):
                    edges.add((j, rec.index))
            by_root.setdefault(acc.root, []).append((rec.index, acc))
    return edges


def resource_size(value: ir.Value) -> ir.Value:
    """The SSA index value holding the byte size of a resource value."""
    if isinstance(value, ir.BlockArgument):
        owner = value.owner.owner
        return owner.opview.resource_operand_sizes[value.arg_number]
    op = value.owner
    view = op.opview
    name = op.name
    if name in (DISPATCH, CONCURRENT, EXECUTE):
        resource_results = [r for r in op.results if is_resource(r)]
        return view.result_sizes[resource_results.index(value)]
    if name == "stream.async.alloca":
        return view.storage_size
    if name in ("stream.async.update", "stream.async.copy", "stream.async.fill"):
        return view.target_size
    if hasattr(view, "result_size"):
        return view.result_size
    raise UserError(f"Cannot tell the size of a resource produced by {name}.")


def analyse_module(module: ir.Module) -> list[ExecuteBody]:
    """`analyse_execute` of every execute region of the entry function, in order."""
    return [analyse_execute(e) for e in execute_ops(entry_function(module))]
