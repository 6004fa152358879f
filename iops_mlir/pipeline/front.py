"""The front phases of one program: flow, stream.async, and the dispatch graph read from it.

Each step takes the previous step's typed result and returns its own; files are written
into the program's work folder as it goes, so a dump shows every intermediate.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from .. import graph as graph_mod
from .. import iree_tools, stream_ir
from ..choices import Phase
from ..dataflow_keys import dispatch_keys
from ..files import write_text
from ..iree_tools import CommandLog
from ..progress import Progress
from ..schedule import Schedule, baselines
from ..targets import Target

INPUT_WEIGHTS = "input.irpa"  # the imported program's weights (see `params.externalize`)
WEIGHTS = "weights.irpa"  # the optimized program's weights, written at the flow phase
FLOW_WITH_WEIGHTS = "flow.weights.mlirbc"  # the flow IR as stock iree-compile has it, weights inline


@dataclass
class Variant:
    """One version of the program: as imported, or after operator replacement."""

    label: str  # "as-imported" or "replaced"
    log: CommandLog  # runs in the variant's folder
    records: list = field(default_factory=list)  # replacement records (empty: as imported)

    @property
    def work(self) -> Path:
        return self.log.cwd

    @property
    def in_subdir(self) -> bool:
        """A rewritten program lives in a subfolder of the dump directory."""
        return self.label != "as-imported"

    @property
    def tag(self) -> str:
        return f" [{self.label}]" if self.in_subdir else ""


@dataclass
class AsyncProgram:
    """A variant taken to stream.async: the flat IR (parsed), its graph, and IREE's own waves."""

    variant: Variant
    target: Target
    flat: object  # ir.Module of async.mlir, rewritten in place by `apply`
    bodies: list[stream_ir.ExecuteBody]
    graph: graph_mod.DispatchGraph
    iree: Schedule  # IREE's own waves (default partitioning), as node ids
    # What each dispatch of the flat program computes (`dataflow_keys`), in program order: how
    # the dispatches of IREE's other orders are matched to nodes (`flat` is rewritten later).
    flat_keys: list[tuple[str, str]]
    # IREE's other orders read so far, by name (`iree_order`): each file parsed once per compile.
    orders: dict[str, Schedule] = field(default_factory=dict)

    @property
    def weights(self) -> Path:
        return self.variant.work / WEIGHTS


def input_weights(folder: Path, *, seen_from: Path | None = None) -> str | None:
    """The imported weights beside the input.mlir in `folder`, as a path relative to `seen_from`
    (the folder a tool runs in; absolute without it), or None for a model without weights."""
    archive = folder / INPUT_WEIGHTS
    if not archive.exists():
        return None
    return os.path.relpath(archive, seen_from) if seen_from is not None else str(archive)


def to_flow(variant: Variant, target: Target, progress: Progress) -> None:
    """input.mlir -> flow.mlir, the weights read from input.irpa and written to weights.irpa."""
    progress.say(f"iree-compile to flow ({target.name}){variant.tag}")
    # A rewritten program (in a subfolder) reads the same weights as the program as imported.
    weights_in = input_weights(variant.work.parent if variant.in_subdir else variant.work, seen_from=variant.work)
    # The flow IR with its weights (bytecode) is kept: IREE's own orders are compiled from it by
    # stock iree-compile (`back.compile_iree_order`); every other phase reads flow.mlir.
    variant.log.run(iree_tools.to_flow("input.mlir", target, FLOW_WITH_WEIGHTS, weights_in=weights_in,
                                       bytecode=True), what="iree-compile (input to flow)")
    variant.log.run(iree_tools.export_weights(FLOW_WITH_WEIGHTS, WEIGHTS, "flow.mlir"),
                    what="iree-opt (weights of the flow IR to weights.irpa)")


def to_async(variant: Variant, progress: Progress) -> None:
    """flow.mlir -> async.mlir (flat: one dispatch after another) and async.iree.mlir (IREE's waves)."""
    progress.say(f"stream tensor + async pipelines{variant.tag}")
    # IREE's orders are lowered and compiled once per program and reused; a compile redone in the
    # same folder (after a known IREE failure, without its flags) must not reuse the previous ones.
    for pattern in ("async.iree-*.mlir", "stream.iree*.mlir", "*-order.vmfb"):
        for stale in variant.work.glob(pattern):
            stale.unlink()
    variant.log.run(iree_tools.to_async("flow.mlir", "async.mlir", flat=True),
                    what="iree-opt (flow to stream.async, flat)")
    variant.log.run(iree_tools.to_async("flow.mlir", "async.iree.mlir", flat=False),
                    what="iree-opt (flow to stream.async, IREE waves)")


# IREE's own orders of a program: the scheduler name each goes by, and its partitioning preference.
# `debug` runs one dispatch at a time: it is the flat program the dispatch graph is read from.
IREE_ORDERS = {"iree": "min-peak-memory", "iree-max-concurrency": "max-concurrency", "iree-debug": "debug"}
DEBUG_ORDER = "iree-debug"


def iree_order_file(name: str) -> str:
    """The stream.async file of one of IREE's orders (`async.iree.mlir` is written by `to_async`)."""
    return f"async.{name}.mlir"


def write_iree_order(log: CommandLog, name: str) -> Path:
    """The async file of one of IREE's orders of the program in `log.cwd`, written on first use
    (`async.iree.mlir`, the default order, is always there after `to_async`)."""
    path = log.cwd / iree_order_file(name)
    if not path.exists() and name == DEBUG_ORDER:  # to_async's flat program is that very file
        shutil.copyfile(log.cwd / "async.mlir", path)
        log.record(["cp", "async.mlir", path.name])
    elif not path.exists():
        log.run(iree_tools.to_async("flow.mlir", path.name, favor=IREE_ORDERS[name]),
                what=f"iree-opt (flow to stream.async, IREE's {IREE_ORDERS[name]} waves)")
    return path


def iree_order(program: AsyncProgram, name: str) -> Schedule:
    """One of IREE's own orders of `program` (see IREE_ORDERS), its async file written and parsed on
    first use."""
    if name == "iree":
        return program.iree
    if name == DEBUG_ORDER:  # the flat program: one dispatch per stage, in program order (no file to read)
        return Schedule(name, baselines.sequential(program.graph).stages)
    if name not in program.orders:
        path = write_iree_order(program.variant.log, name)
        module = stream_ir.parse_module(path.read_text(), stream_ir.new_context())
        waves = baselines.iree_waves(module, program.graph, program.flat_keys)
        program.orders[name] = Schedule(name, waves.stages)
    return program.orders[name]


def analyse(variant: Variant, target: Target, progress: Progress) -> AsyncProgram:
    """Parse both async files and extract the dispatch graph (written to graph.json)."""
    progress.say(f"extracting the dispatch graph{variant.tag}")
    ctx = stream_ir.new_context()
    flat = stream_ir.parse_module((variant.work / "async.mlir").read_text(), ctx)
    iree_async = stream_ir.parse_module((variant.work / "async.iree.mlir").read_text(), ctx)
    bodies = stream_ir.analyse_module(flat)
    graph = graph_mod.extract(bodies)
    write_text(variant.work / "graph.json", graph.to_json())
    flat_keys = dispatch_keys(flat)
    return AsyncProgram(variant, target, flat, bodies, graph, baselines.iree_waves(iree_async, graph, flat_keys),
                        flat_keys)


def front(variant: Variant, target: Target, stop_after: Phase, progress: Progress) -> AsyncProgram | None:
    """Flow and async phases of one variant; None when the compile stops before the schedule."""
    to_flow(variant, target, progress)
    if stop_after <= Phase.FLOW:
        return None
    to_async(variant, progress)
    if stop_after <= Phase.ASYNC:
        return None
    return analyse(variant, target, progress)
