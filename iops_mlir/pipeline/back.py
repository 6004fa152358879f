"""The back phases of the chosen program: apply its schedule, lower to stream.cmd, generate code."""

from __future__ import annotations

import functools
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import iree_tools, params, stream_ir
from ..apply import apply_schedule, apply_schedule_file
from ..files import write_atomic, write_text
from ..iree_tools import CommandLog
from ..progress import Progress
from ..schedule.memory import transient_allocations
from ..schedule.model import stages_as_symbols
from ..targets import Target
from ..params import SCOPE
from .front import FLOW_WITH_WEIGHTS, IREE_ORDERS, WEIGHTS, AsyncProgram, iree_order_file, write_iree_order
from .plan import Plan
from .report import ScheduleReport

if TYPE_CHECKING:
    from ..cost.timed import Timed
    from .profiling import Profiled


@dataclass
class Scheduled:
    """A program with its plan and report: what the back phases take."""

    program: AsyncProgram
    plan: Plan
    report: ScheduleReport
    profiled: Profiled | None = None  # the whole-program profiles the cost model was fitted on
    # IREE's three orders of the program timed before its search (`pick_rule.first_search_bar`):
    # the closed loop's first timing session
    orders_timed: Timed | None = None
    # Skipped for want of headroom, or a chain: no schedule of any program of this one gains here,
    # so operator replacement is not tried either
    nothing_to_gain: bool = False

    @property
    def root(self) -> Path:
        """The dump directory's top (a replaced program lives one folder below it)."""
        work = self.program.variant.work
        return work.parent if self.program.variant.in_subdir else work

    def write_report(self) -> None:
        self.report.write(self.program.variant.work, self.root)


def apply(s: Scheduled, progress: Progress) -> None:
    """async.scheduled.mlir: the flat program rewritten to the chosen stages (IREE's own file for iree)."""
    variant = s.program.variant
    s.write_report()
    if s.plan.chosen.scheduler == "iree":
        shutil.copyfile(variant.work / "async.iree.mlir", variant.work / "async.scheduled.mlir")
    else:
        apply_schedule(s.program.flat, s.program.bodies, s.program.graph, s.plan.chosen.stages)
        write_text(variant.work / "async.scheduled.mlir", stream_ir.module_text(s.program.flat))
    variant.log.record(["iops-mlir", "apply", "async.mlir", "schedule.json", "-o", "async.scheduled.mlir"])
    dispatches, stages, waves = s.report.counts()
    progress.say(f"{dispatches} in {stages} ({waves}, scheduler {s.report.scheduler})")


def lower(s: Scheduled, progress: Progress) -> None:
    """stream.mlir (and IREE's own order's, for reference) and the transient memory each allocates."""
    variant, memory = s.program.variant, s.report.memory
    progress.say("stream cmd + optimization pipelines")
    variant.log.run(iree_tools.to_cmd("async.scheduled.mlir", "stream.mlir"),
                    what="iree-opt (stream.async to stream.cmd)")
    memory.transient_bytes, memory.unresolved_allocations = transient_allocations(
        (variant.work / "stream.mlir").read_text())
    if s.plan.chosen.scheduler == "iree":
        memory.iree_transient_bytes = memory.transient_bytes
    else:
        lower_iree_order(variant.log)
        memory.iree_transient_bytes, _ = transient_allocations((variant.work / "stream.iree.mlir").read_text())
    s.write_report()
    unresolved = f", {memory.unresolved_allocations} of dynamic size not counted" \
        if memory.unresolved_allocations else ""
    progress.say(f"transient memory {memory.transient_bytes} bytes{unresolved} "
                 f"(IREE's default order: {memory.iree_transient_bytes})")


def lower_iree_order(log: CommandLog, name: str = "iree") -> str:
    """stream.NAME.mlir: one of IREE's own orders of the same program (`front.IREE_ORDERS`; its
    async file written on first use), lowered as ours are (once); the file's name."""
    stream = f"stream.{name}.mlir"
    if not (log.cwd / stream).exists():
        log.run(iree_tools.to_cmd(write_iree_order(log, name).name, stream),
                what=f"iree-opt (IREE's {IREE_ORDERS[name]} waves to stream.cmd)")
    return stream


def transient_bytes(log: CommandLog, name: str) -> int:
    """The transient memory IREE allocates for a program of `log.cwd` (one of IREE's orders, lowered
    once, or a schedule of ours already lowered to stream.NAME.mlir): what its stream.cmd IR
    allocates (`transient_allocations`), the bytes the runtime asks for at each call."""
    stream = lower_iree_order(log, name) if name in IREE_ORDERS else f"stream.{name}.mlir"
    return transient_allocations((log.cwd / stream).read_text())[0]


def codegen(log: CommandLog, target: Target, async_name: str, stream_name: str, output: Path, *,
            parameters_file: Path | None = None) -> None:
    """Generate the .vmfb for a lowered program, written whole to `output`.

    With `parameters_file`, the module refers to its weights by name and the archive is
    written there. Otherwise the weights are put back into the program (`params.embed`)
    and lowered again in a private folder, so the output is one self-contained file.
    """
    output = Path(output).resolve()  # the tools run in other folders
    weights = log.cwd / WEIGHTS
    if parameters_file is not None or not weights.exists():
        write_atomic(output, lambda tmp: log.run(iree_tools.from_stream(stream_name, target, str(tmp)),
                                                  what="iree-compile (stream to vmfb)",
                                                  shown_as=iree_tools.from_stream(stream_name, target,
                                                                                  str(output))))
        if parameters_file is not None and weights.exists():
            write_atomic(parameters_file, lambda tmp: shutil.copyfile(weights, tmp))
        return
    embedded = params.embed((log.cwd / async_name).read_text(), weights)
    with tempfile.TemporaryDirectory(prefix="iops-embed-") as folder:
        # Fixed relative names in a private folder: IREE records source paths in the module.
        private = CommandLog(Path(folder))
        write_text(private.cwd / "embedded.async.mlir", embedded)
        log.record(["iops-mlir", "embed-weights", async_name, WEIGHTS, "-o", "embedded.async.mlir"])
        to_cmd = iree_tools.to_cmd("embedded.async.mlir", "embedded.stream.mlir")
        log.record(to_cmd)
        private.run(to_cmd, what="iree-opt (stream.async with weights to stream.cmd)")
        write_atomic(output, lambda tmp: private.run(
            iree_tools.from_stream("embedded.stream.mlir", target, str(tmp)), what="iree-compile (stream to vmfb)"))
        log.record(iree_tools.from_stream("embedded.stream.mlir", target, str(output)))


def ship_plan(s: Scheduled, target: Target, output: Path, *, parameters_file: Path | None,
              progress: Progress) -> None:
    """The plan's schedule, compiled to `output` as it is (no measurement). IREE's order, when the
    weights go inside, is IREE's own file (`compile_iree_order`), compiled once and copied."""
    log = s.program.variant.log
    faster = s.plan.search.get("iree_order_faster")
    if faster is not None:  # one of IREE's other orders, predicted faster (`scheduling._faster_iree_order`)
        progress.say(f"iree-compile of IREE's {faster['order'].removeprefix('iree-')} order (code generation)")
        if parameters_file is None:
            copy_to_output(log, compile_iree_order(log, target, faster["order"]), output)
        else:
            name = faster["order"]
            codegen(log, target, iree_order_file(name), lower_iree_order(log, name), output,
                    parameters_file=parameters_file)
        return
    if s.plan.chosen.scheduler == "iree" and parameters_file is None:  # IREE's own file (compiled once)
        copy_to_output(log, compile_iree_order(log, target), output)
        return
    progress.say("iree-compile from stream to vmfb (code generation)")
    codegen(log, target, "async.scheduled.mlir", "stream.mlir", output, parameters_file=parameters_file)


def warn_over_budget(s: Scheduled, budget: int | None, progress: Progress) -> None:
    """Where the program shipped without measurement (a schedule asked for, or the plan's where
    nothing times the output) allocates more than a memory budget the user gave, say so: the
    search holds its schedules to an estimate, and an order asked for is not held at all."""
    if budget is None:
        return
    faster = s.plan.search.get("iree_order_faster")
    name = faster["order"] if faster is not None else s.report.scheduler
    allocated = (transient_bytes(s.program.variant.log, name) if faster is not None
                 else s.report.memory.transient_bytes)
    if allocated is not None and allocated > budget:
        progress.say(f"warning: the output ({name}) allocates {allocated} B of transient memory, over the "
                     f"{budget} B memory budget")


def copy_to_output(log: CommandLog, compiled: Path, output: Path) -> None:
    """A program already compiled (and timed) in `log.cwd`, written whole to the output."""
    write_atomic(output, lambda tmp: shutil.copyfile(compiled, tmp))
    log.record(["cp", compiled.name, str(output)])


def shipped_note(s: Scheduled) -> dict:
    """schedule.json's `shipped` section for a program shipped without the closed loop: its
    scheduler and its prediction without the margin. Where the shipped program is one the model
    was fitted on (IREE's order, profiled), the prediction comes from the model refitted without
    that program's profile, so it stays out of sample."""
    name, stages = s.report.scheduler, s.plan.chosen.stages
    faster = s.plan.search.get("iree_order_faster")
    if faster is not None:
        return {"scheduler": faster["order"], "program": s.program.variant.label,
                "predicted_us": faster["predicted_us"], "measured_us": None, "candidates": {}}
    if s.profiled is not None and s.profiled.program(name) is not None:
        predicted = round(s.profiled.refit(leave_out=name).model.program_us(stages), 3)
    else:
        predicted = s.plan.uncharged_us(stages)
    return {"scheduler": name, "program": s.program.variant.label, "predicted_us": predicted,
            "measured_us": None, "candidates": {}}


IREE_ORDER_VMFB = "iree-order.vmfb"  # IREE's own waves of a program, compiled once for timing


def iree_order_vmfb(name: str) -> str:
    """The compiled file of one of IREE's orders (`front.IREE_ORDERS`) in a program's folder."""
    return IREE_ORDER_VMFB if name == "iree" else f"{name}-order.vmfb"


def compile_iree_order(log: CommandLog, target: Target, name: str = "iree", *, vmfb_name: str | None = None) -> Path:
    """One of IREE's own orders of the program in `log.cwd`, compiled (once) for the device to time
    (into `vmfb_name`, where the target's flags differ from the program's: `code_variants`).

    It is stock `iree-compile` of the flow IR that still holds its weights (`front.FLOW_WITH_WEIGHTS`),
    with the order's partitioning preference: the very bytes that `iree-compile input.mlir` with that
    preference writes. Programs whose code is identical but whose files are laid out differently
    (the split pipeline's) timed up to 3% apart on the 2-core VM, so an IREE order that ships is
    IREE's own file, not a look-alike (docs/reference.md, 'IREE's orders are IREE's bytes').
    """
    vmfb = (log.cwd / (vmfb_name or iree_order_vmfb(name))).resolve()  # the tool runs in log.cwd
    if not vmfb.exists():
        def command(output: str) -> list[str]:
            return iree_tools.stock(FLOW_WITH_WEIGHTS, target, output, favor=IREE_ORDERS[name], compile_from="flow")

        write_atomic(vmfb, lambda tmp: log.run(command(str(tmp)), shown_as=command(vmfb.name),
                                               what=f"iree-compile (IREE's {IREE_ORDERS[name]} order, flow to vmfb)"))
    return vmfb


def compile_iree_orders(log: CommandLog, target: Target,
                        names: Iterable[str] = tuple(IREE_ORDERS)) -> dict[str, Path]:
    """IREE's orders `names` of the program in `log.cwd` (`compile_iree_order`), compiled side by
    side (or already compiled), by name."""
    return compile_concurrently(log, {name: functools.partial(compile_iree_order, target=target, name=name)
                                      for name in names})


def compile_concurrently(log: CommandLog, jobs: dict[str, Callable[[CommandLog], Path]]) -> dict[str, Path]:
    """Run compile jobs side by side, each given a fork of `log`, as many at a time as this
    machine has cores (iree-compile generates a program's code on about one core); their
    results by name. Commands are recorded in the jobs' order, whichever finished first."""
    forks = {name: log.fork() for name in jobs}
    workers = max(1, min(len(jobs), _cores()))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="iops-compile") as pool:
        futures = {name: pool.submit(job, forks[name]) for name, job in jobs.items()}
        done = {name: future.result() for name, future in futures.items()}  # re-raises the first failure
    for name in jobs:
        log.join(forks[name])
    return done


def _cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def write_schedule_file(path: Path, schedule, graph) -> None:
    """A schedule as `iops-mlir apply` and `--schedule-file` read it."""
    write_text(path, json.dumps({"stages": stages_as_symbols(schedule, graph), "stage_nodes": schedule.stages}))


def compile_stages(log: CommandLog, graph, target: Target, schedule, output: Path) -> Path:
    """The flat program of `log.cwd` (async.mlir) in `schedule`'s stages, compiled to `output`."""
    name = schedule.scheduler
    write_schedule_file(log.cwd / f"schedule.{name}.json", schedule, graph)
    apply_schedule_file(log.cwd / "async.mlir", log.cwd / f"schedule.{name}.json", log.cwd / f"async.{name}.mlir")
    log.record(["iops-mlir", "apply", "async.mlir", f"schedule.{name}.json", "-o", f"async.{name}.mlir"])
    log.run(iree_tools.to_cmd(f"async.{name}.mlir", f"stream.{name}.mlir"), what=f"iree-opt ({name} to stream.cmd)")
    codegen(log, target, f"async.{name}.mlir", f"stream.{name}.mlir", output)
    return output


def parameters_note(parameters_file: Path | None, weights: Path) -> dict | None:
    """schedule.json's `parameters` section: where the output's weights are."""
    if not weights.exists():
        return None
    if parameters_file is None:
        return {"embedded": True}
    return {"embedded": False, "scope": SCOPE, "file": Path(parameters_file).name,
            "run_flag": f"--parameters={SCOPE}={Path(parameters_file).name}"}
