"""A schedule is a list of stages; a stage is a set of dispatches run concurrently.

Stages hold dispatch node ids of a `DispatchGraph`. In `schedule.json` they are
written as `executable::entry` symbols (what a user sees in the IR) and, for an
exact round trip when one executable is dispatched several times, as node ids.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import IopsError, UserError
from ..graph import DispatchGraph

MAX_STAGE = 32  # the most dispatches a CUDA graph may hold between two barriers (docs/toolchain.md)
EPS = 1e-9  # microseconds: costs closer than this are equal, for the searches and their bounds


@dataclass
class Schedule:
    """Stages of dispatch node ids, in execution order."""

    scheduler: str
    stages: list[list[int]]
    info: dict = field(default_factory=dict)

    def stage_of(self) -> dict[int, int]:
        return {n: k for k, stage in enumerate(self.stages) for n in stage}


def split_wide_stages(stages: list[list[int]], limit: int = MAX_STAGE) -> list[list[int]]:
    """Split stages wider than `limit` into consecutive chunks (still valid: no edges inside)."""
    out: list[list[int]] = []
    for stage in stages:
        ordered = sorted(stage)
        out.extend(ordered[i : i + limit] for i in range(0, len(ordered), limit))
    return out


def validate(schedule: Schedule, graph: DispatchGraph) -> None:
    """Raise IopsError unless every dispatch is in exactly one stage and every dependence holds."""
    dispatches = set(graph.dispatch_ids())
    counts = Counter(n for stage in schedule.stages for n in stage)
    unknown = sorted(set(counts) - dispatches)
    if unknown:
        raise UserError(f"The schedule names node(s) {unknown} that are not dispatches of this model.")
    twice = sorted(n for n, c in counts.items() if c > 1)
    if twice:
        names = ", ".join(graph.nodes[n].symbol for n in twice[:5])
        raise UserError(f"The schedule lists a dispatch more than once: {names}.")
    missing = sorted(dispatches - set(counts))
    if missing:
        names = ", ".join(graph.nodes[n].symbol for n in missing[:5])
        raise UserError(
            f"The schedule leaves out {len(missing)} dispatch(es), for example {names}; "
            "every dispatch of the entry function must be in exactly one stage."
        )
    for k, stage in enumerate(schedule.stages):
        if not stage:
            raise UserError(f"Stage {k} of the schedule is empty.")
        if len({graph.nodes[n].execute for n in stage}) > 1:
            raise UserError(f"Stage {k} mixes dispatches of different execute regions.")
        if len(stage) > MAX_STAGE:
            raise UserError(f"Stage {k} has {len(stage)} dispatches; at most {MAX_STAGE} may run in one wave.")
    stage_of = schedule.stage_of()
    executes = [graph.nodes[stage[0]].execute for stage in schedule.stages]
    if executes != sorted(executes):
        raise UserError("The schedule's stages do not follow the order of the execute regions.")
    for a, b in sorted(graph.dispatch_edges()):
        if stage_of[a] >= stage_of[b]:
            raise UserError(
                f"The schedule violates a dependence: {graph.nodes[b].symbol} (stage {stage_of[b]}) "
                f"needs the result of {graph.nodes[a].symbol} (stage {stage_of[a]}), which must run "
                "in an earlier stage."
            )


def stages_as_symbols(schedule: Schedule, graph: DispatchGraph) -> list[list[str]]:
    """Stages with each dispatch written as `executable::entry`."""
    return [[graph.nodes[n].symbol for n in stage] for stage in schedule.stages]


def stages_from_json(data: dict, graph: DispatchGraph) -> list[list[int]]:
    """Node-id stages from a schedule.json, checking symbols against node ids when both are given.

    Without `stage_nodes`, a symbol dispatched several times is matched to its
    occurrences in program order, first listed to first in the program.
    """
    stages = data.get("stages")
    if not isinstance(stages, list) or not all(isinstance(s, list) for s in stages):
        raise UserError("The schedule file has no 'stages' list of lists of dispatch symbols.")
    nodes = data.get("stage_nodes")
    if nodes is not None:
        if not isinstance(nodes, list) or [len(s) for s in nodes] != [len(s) for s in stages]:
            raise UserError("The schedule file's 'stage_nodes' does not match its 'stages'.")
        dispatches = set(graph.dispatch_ids())
        for stage_syms, stage_ids in zip(stages, nodes):
            for sym, n in zip(stage_syms, stage_ids):
                if not isinstance(n, int) or n not in dispatches or graph.nodes[n].symbol != sym:
                    raise UserError(
                        f"The schedule file is stale or was edited: node {n!r} is not dispatch '{sym}' "
                        "in this model. Regenerate it, or delete 'stage_nodes' to match by symbol."
                    )
        return [list(s) for s in nodes]
    pending = graph.dispatches_by_symbol()
    out: list[list[int]] = []
    for stage in stages:
        ids = []
        for sym in stage:
            if not isinstance(sym, str) or sym.lstrip("@") not in pending:
                raise UserError(f"The schedule file names '{sym}', which is not a dispatch of this model.")
            queue = pending[sym.lstrip("@")]
            if not queue:
                raise UserError(f"The schedule file lists dispatch '{sym}' more times than the model runs it.")
            ids.append(queue.pop(0))
        out.append(ids)
    return out


def check_schedule_path(path: Path, label: str = "--schedule-file") -> None:
    """Refuse a schedule file that is missing, a directory, not JSON or without a 'stages' list:
    said before any work, not after the model is lowered (`label`: how the user named the
    file). What it names is checked against the graph later (`read_schedule_file`)."""
    load_schedule_json(path, label)


def load_schedule_json(path: Path, label: str = "--schedule-file") -> dict:
    """A schedule.json's object, refused with a clear message where it cannot be a schedule."""
    if not Path(path).exists():
        raise UserError(f"{label}: no such file '{path}'.")
    if Path(path).is_dir():
        raise UserError(f"{label}: cannot read '{path}': it is a directory.")
    try:
        data = json.loads(Path(path).read_text())
    except (OSError, UnicodeDecodeError) as e:
        raise UserError(f"{label}: cannot read '{path}': {e}.") from None
    except json.JSONDecodeError as e:
        raise UserError(f"{label}: '{path}' is not valid JSON (line {e.lineno}: {e.msg}).") from None
    stages = data.get("stages") if isinstance(data, dict) else None
    if not isinstance(stages, list) or not all(isinstance(s, list) for s in stages):
        raise UserError(f"{label}: '{path}' must hold a JSON object with a 'stages' list of lists of dispatch "
                        "symbols, as the schedule.json that `iops-mlir compile --dump-dir` writes.")
    return data


def read_schedule_file(path: Path, graph: DispatchGraph, label: str = "--schedule-file") -> Schedule:
    """The schedule in a schedule.json, checked against `graph` (`label`: how the user named
    the file, for the errors)."""
    data = load_schedule_json(path, label)
    schedule = Schedule("file", stages_from_json(data, graph))
    try:
        validate(schedule, graph)
    except IopsError as e:
        raise UserError(f"{label} '{path}' is rejected: {e.message}") from None
    return schedule


def schedule_file_replaced(path: Path) -> bool:
    """Whether a schedule.json was made from the replaced program (its `replacements.applied`)."""
    try:
        data = load_schedule_json(path)
    except UserError:
        return False  # never reached from a compile: its options refuse such a file first (`check_schedule_path`)
    section = data.get("replacements")
    return isinstance(section, dict) and bool(section.get("applied"))
