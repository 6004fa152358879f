"""The device's verdict: a program that leaves IREE's order ships only if it measures faster.

IREE's own order of the program as imported is lowered and compiled once, timed against the
compiled output (`verify.time_against_iree`), and, if it wins, that same compiled file becomes
the output: nothing is compiled twice.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from .. import verify as verify_mod
from ..choices import CostModelKind, Scheduler, VerifyMode
from ..files import write_atomic
from ..options import CompileOptions
from ..progress import Progress
from ..schedule import Schedule
from ..schedule.memory import transient_allocations
from ..schedule.model import stages_as_symbols
from .back import Scheduled, codegen, compile_iree_order, parameters_note


def needs_verdict(options: CompileOptions, chosen: Scheduled, plain: Scheduled | None) -> bool:
    """Whether the output is to be timed against IREE's order of the program as imported."""
    if options.verify is VerifyMode.OFF or options.output is None or plain is None:
        return False
    if options.scheduler is not Scheduler.IOPS or options.schedule_file is not None:
        return False  # the user asked for that schedule
    if options.verify is VerifyMode.AUTO and options.cost_spec.kind not in (CostModelKind.MEASURED,
                                                                            CostModelKind.PROFILED):
        return False
    if plain.program.variant.in_subdir:
        return False  # --replace all: there is no program as imported to compare with
    same_order = sorted(map(sorted, chosen.plan.chosen.stages)) == sorted(map(sorted, plain.program.iree.stages))
    return chosen is not plain or not same_order


def verify_or_fall_back(options: CompileOptions, chosen: Scheduled, plain: Scheduled, inputs: list,
                        progress: Progress) -> Scheduled:
    """Time the output against IREE's waves of the program as imported; keep the faster.

    Returns what was shipped: `chosen` with its verdict, or IREE's order of `plain`.
    """
    variant, target, output = plain.program.variant, plain.program.target, Path(options.output)
    progress.say("verifying on the device: compiling IREE's own order of the program as imported")
    iree_vmfb = compile_iree_order(variant.log, target)
    progress.say(f"verifying on the device: timing both programs, {options.verify_rounds} interleaved rounds")
    verdict = verify_mod.time_against_iree(output, iree_vmfb, inputs, target.runtime_device,
                                           flags=target.runtime_flags, rounds=options.verify_rounds,
                                           min_gain=verify_mod.MIN_GAIN)
    report = verdict.as_json(target.runtime_device)
    progress.say(f"verified: {verdict.candidate_ms:.3f} ms against IREE's order {verdict.iree_ms:.3f} ms "
                 f"(median of {verdict.rounds}); keeping "
                 + ("the iops program" if verdict.keeps_candidate else "IREE's order"))
    if verdict.keeps_candidate:
        chosen.report.verification = report
        chosen.write_report()
        return chosen
    # The device overruled the cost model: the output is the IREE-order file just timed, and
    # schedule.json says so (scheduler "iree", with the verdict).
    if options.parameters_file is not None:
        codegen(variant.log, target, "async.iree.mlir", "stream.iree.mlir", output,
                parameters_file=options.parameters_file)
    else:
        write_atomic(output, lambda tmp: shutil.copyfile(iree_vmfb, tmp))
        variant.log.record(["cp", iree_vmfb.name, str(output)])
    # The dump shows the program that ships.
    shutil.copyfile(variant.work / "async.iree.mlir", variant.work / "async.scheduled.mlir")
    shutil.copyfile(variant.work / "stream.iree.mlir", variant.work / "stream.mlir")
    fallback = _iree_order(plain, options)
    fallback.report.replacements = dataclasses.replace(chosen.report.replacements, applied=False, dir=".")
    fallback.report.verification = {**report, "rejected_scheduler": chosen.report.scheduler,
                                     "rejected_replacements": bool(chosen.program.variant.records)}
    fallback.write_report()
    return fallback


def _iree_order(plain: Scheduled, options: CompileOptions) -> Scheduled:
    """`plain` with IREE's own waves as its schedule and report."""
    program, iree = plain.program, plain.program.iree
    plan = dataclasses.replace(plain.plan, chosen=Schedule("iree", iree.stages))
    iree_bytes, unresolved = transient_allocations((program.variant.work / "stream.iree.mlir").read_text())
    memory = dataclasses.replace(plain.report.memory, transient_bytes=iree_bytes, iree_transient_bytes=iree_bytes,
                                 unresolved_allocations=unresolved)
    report = dataclasses.replace(plain.report, scheduler="iree", stage_nodes=iree.stages,
                                 stages=stages_as_symbols(iree, program.graph), memory=memory,
                                 timeline=plan.timeline(program.graph),
                                 parameters=parameters_note(options.parameters_file, program.weights))
    return Scheduled(program, plan, report)
