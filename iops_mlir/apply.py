"""Applies a schedule to stream.async IR: rebuilds execute bodies as waves.

Input is the flat async IR (compiled with `--iree-stream-partitioning-favor=debug`,
so IREE formed no waves). Each stage of two or more dispatches becomes one
`stream.async.concurrent` region; stages run in order. Splats, copies and fills
go into the latest slot before their first consumer: beside the dispatches of
the stage before it when their own inputs allow, as IREE's own waves do,
otherwise between stages, where independent ones again share one region, so
none costs a barrier of its own. (On SqueezeNet, twelve fills and 25 copies
each alone made no measurable difference on the CPU, within 1%; on a GPU every
barrier is a graph edge.)

In-place writes (tied results) are re-threaded in the new order: every reader
of a buffer takes its newest version at its new position. That is sound
because the hazard edges order every pair of overlapping accesses, so the
newest version holds exactly the bytes the reader needs.
"""

from __future__ import annotations

from iree.compiler import ir
from iree.compiler.dialects import stream

from pathlib import Path

from . import graph as graph_mod
from . import stream_ir
from .errors import UserError
from .files import write_atomic
from .graph import DispatchGraph
from .schedule.model import check_schedule_path, read_schedule_file

def _positions(body: stream_ir.ExecuteBody, stage_of: dict[int, int], n_stages: int) -> dict[int, int]:
    """Slot of every op: stage k's wave is 2k+1; the gap before it is 2k."""
    preds: dict[int, list[int]] = {r.index: [] for r in body.ops}
    succs: dict[int, list[int]] = {r.index: [] for r in body.ops}
    for a, b in body.edges:
        preds[b].append(a)
        succs[a].append(b)
    is_dispatch = {r.index: r.is_dispatch for r in body.ops}
    pos = {i: 2 * s + 1 for i, s in stage_of.items()}
    earliest: dict[int, int] = {}
    for rec in body.ops:
        if not rec.is_dispatch:
            earliest[rec.index] = max(
                [0] + [pos[p] + 1 if is_dispatch[p] else earliest[p] for p in preds[rec.index]]
            )
    for rec in reversed(body.ops):
        i = rec.index
        if rec.is_dispatch:
            continue
        latest = 2 * n_stages
        for s in succs[i]:
            latest = min(latest, pos[s] - 1 if pos[s] % 2 else pos[s])
        wave_min = max([1] + [pos[p] + 1 if is_dispatch[p] else earliest[p] + 1 for p in preds[i]])
        wave = latest if latest % 2 else latest - 1
        if wave >= wave_min:
            pos[i] = wave
        else:
            gap = latest - (latest % 2)
            if gap < earliest[i]:
                raise UserError("The schedule violates a dependence between dispatches.")
            pos[i] = gap
    return pos


class _Rebuilder:
    """Moves ops of one execute body into their new order, re-threading buffers."""

    def __init__(self, body: stream_ir.ExecuteBody) -> None:
        self.body = body
        block = body.execute.regions[0].blocks[0]
        self.terminator = list(block.operations)[-1].operation
        self.latest: dict[int, ir.Value] = {body.root_of[a]: a for a in block.arguments}

    def _current(self, value: ir.Value) -> ir.Value:
        root = self.body.root_of.get(value)
        return self.latest.get(root, value) if root is not None else value

    def emit_sequential(self, rec: stream_ir.BodyOp) -> None:
        op = rec.op
        for i, v in enumerate(op.operands):
            if stream_ir.is_resource(v):
                op.operands[i] = self._current(v)
        op.move_before(self.terminator)
        results = [r for r in op.results if stream_ir.is_resource(r)]
        for result, root in zip(results, rec.result_roots):
            self.latest[root] = result

    def emit_wave(self, recs: list[stream_ir.BodyOp]) -> None:
        # Plan: which outer values the region captures, which roots it writes.
        captures: list[ir.Value] = []
        capture_of_root: dict[int, int] = {}
        written: dict[int, ir.Value] = {}  # root -> newest value inside the region
        operand_plan: list[list[tuple[int, int | None, int]]] = []
        for rec in recs:
            plan = []
            for i, v in enumerate(rec.op.operands):
                if not stream_ir.is_resource(v):
                    continue
                root = self.body.root_of.get(v)
                if root is not None and root in written:
                    plan.append((i, None, root))  # produced inside the region
                    continue
                outer = self._current(v)
                key = root if root is not None else -1 - len(captures)
                if key not in capture_of_root:
                    capture_of_root[key] = len(captures)
                    captures.append(outer)
                plan.append((i, capture_of_root[key], root))
            operand_plan.append(plan)
            results = [r for r in rec.op.results if stream_ir.is_resource(r)]
            for result, root in zip(results, rec.result_roots):
                written[root] = result
        yielded = list(written.items())
        index_type = ir.IndexType.get()
        tied = [capture_of_root.get(root, -1) for root, _ in yielded]
        with ir.InsertionPoint(self.terminator), self.terminator.location:
            region_op = stream.AsyncConcurrentOp(
                [v.type for _, v in yielded],
                captures,
                [stream_ir.resource_size(v) for v in captures],
                [stream_ir.resource_size(v) for _, v in yielded],
                tied_operands=ir.ArrayAttr.get([ir.IntegerAttr.get(index_type, t) for t in tied]),
            )
        block = region_op.regions[0].blocks.append(
            *[v.type for v in captures], arg_locs=[self.terminator.location] * len(captures)
        )
        with ir.InsertionPoint(block), self.terminator.location:
            region_yield = stream.YieldOp(
                [v for _, v in yielded], [stream_ir.resource_size(v) for _, v in yielded]
            )
        inner: dict[int, ir.Value] = {}
        for rec, plan in zip(recs, operand_plan):
            for i, capture, root in plan:
                rec.op.operands[i] = block.arguments[capture] if capture is not None else inner[root]
            rec.op.move_before(region_yield.operation)
            results = [r for r in rec.op.results if stream_ir.is_resource(r)]
            for result, root in zip(results, rec.result_roots):
                inner[root] = result
        for k, (root, _) in enumerate(yielded):
            self.latest[root] = region_op.results[k]

    def finish(self) -> None:
        for i, v in enumerate(self.terminator.operands):
            if stream_ir.is_resource(v):
                self.terminator.operands[i] = self._current(v)


def apply_to_execute(body: stream_ir.ExecuteBody, stages: list[list[int]]) -> None:
    """Rebuild one execute body so that its waves are `stages` (lists of body op indices)."""
    with body.execute.context:
        _apply(body, stages)


def _apply(body: stream_ir.ExecuteBody, stages: list[list[int]]) -> None:
    stage_of = {i: k for k, stage in enumerate(stages) for i in stage}
    pos = _positions(body, stage_of, len(stages))
    rebuilder = _Rebuilder(body)
    for helper in body.helpers:
        helper.move_before(rebuilder.terminator)
    order = sorted(body.ops, key=lambda r: (pos[r.index], r.index))
    group: list[stream_ir.BodyOp] = []
    for k, rec in enumerate(order):
        group.append(rec)
        last = k + 1 == len(order) or pos[order[k + 1].index] != pos[rec.index]
        if not last:
            continue
        for level in _levels(group, body.edges):
            if len(level) > 1:
                rebuilder.emit_wave(level)
            else:
                rebuilder.emit_sequential(level[0])
        group = []
    rebuilder.finish()


def _levels(group: list[stream_ir.BodyOp], edges: set[tuple[int, int]]) -> list[list[stream_ir.BodyOp]]:
    """The ops of one slot in dependence levels, each level independent within itself.

    A stage's slot holds its dispatches and ops placed beside them, all independent: one
    level. A slot between stages may hold chains (a fill, then a copy into what it filled).
    A path between two ops of a slot passes only through ops of that slot, so the direct
    edges among them are all there is to check. `group` is in program order.
    """
    level_of: dict[int, int] = {}
    for rec in group:
        level_of[rec.index] = 1 + max((level_of[p] for p in level_of if (p, rec.index) in edges), default=-1)
    levels: list[list[stream_ir.BodyOp]] = [[] for _ in range(1 + max(level_of.values(), default=-1))]
    for rec in group:
        levels[level_of[rec.index]].append(rec)
    return levels


def check_verifies(module: ir.Module) -> None:
    """Run the MLIR verifier; a failure is our bug, reported as such."""
    try:
        ok = module.operation.verify()
    except ir.MLIRError as e:
        raise RuntimeError(f"the rewritten stream IR does not verify: {e}") from None
    if not ok:
        raise RuntimeError("the rewritten stream IR does not verify")


def apply_schedule(module: ir.Module, bodies: list[stream_ir.ExecuteBody], graph: DispatchGraph,
                   stages: list[list[int]]) -> None:
    """Rewrite every execute body of `module` (flat async IR) to the stages' waves, then verify."""
    offset = 0
    for e, body in enumerate(bodies):
        local = [[n - offset for n in stage] for stage in stages if graph.nodes[stage[0]].execute == e]
        # Bodies without dispatches are rebuilt too: their copies become one region, not a
        # barrier each.
        apply_to_execute(body, local)
        offset += len(body.ops)
    check_verifies(module)


def apply_schedule_file(async_path: Path, schedule_path: Path, output: Path) -> None:
    """Apply a schedule.json to a flat async.mlir (the Python step of commands.sh)."""
    check_schedule_path(schedule_path, "schedule")  # before the program is parsed
    try:
        text = Path(async_path).read_text()
    except OSError as e:
        raise UserError(f"Cannot read '{async_path}': {e.strerror}.") from None
    flat = stream_ir.parse_module(text, stream_ir.new_context())
    bodies = stream_ir.analyse_module(flat)
    graph = graph_mod.extract(bodies)
    schedule = read_schedule_file(Path(schedule_path), graph, "schedule")
    apply_schedule(flat, bodies, graph, schedule.stages)
    write_atomic(Path(output), lambda tmp: tmp.write_text(stream_ir.module_text(flat)))
