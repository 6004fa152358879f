"""Runs the compile phases, from a torch module to a .vmfb.

Each phase takes the previous one's typed result (see `choices.Phase` for the files each
writes); the compile stops after `options.stop_after`:

  import    torch-mlir                       -> Variant (input.mlir, and replaced/input.mlir)
  front     flow, stream.async, graph        -> AsyncProgram per variant   (pipeline.front)
  plan      cost model, search, report       -> Scheduled per variant      (pipeline.scheduling)
  choose    the rewritten program or not     -> one Scheduled              (pipeline.variants)
  back      apply, stream.cmd                -> schedule.json, stream.mlir (pipeline.back)
  ship      the pick and IREE's orders measured, the model refined, the fastest written
            to the output (pipeline.closed_loop); or the plan's schedule compiled as it is
"""

from __future__ import annotations

import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import frontend, params
from .choices import Phase
from .errors import ToolError, UnsupportedProgram
from .files import check_output_path, make_dir, write_text
from .graph import DispatchGraph
from .iree_tools import CommandLog
from .options import CompileOptions
from .pipeline import back, closed_loop, front, variants
from .pipeline.report import ScheduleReport
from .pipeline.profiling import write_measured_timeline
from .pipeline.scheduling import schedule_program
from .progress import Progress
from .schedule import Schedule
from .targets import Target, load_target


@dataclass
class CompileResult:
    """What a compile produced: the kept program's graph, every scheduler's schedule of it, the report."""

    model: str
    target: Target
    graph: DispatchGraph | None = None
    report: ScheduleReport | None = None
    output: Path | None = None
    program_dir: Path | None = None  # the kept program's folder: its flow.mlir, weights.irpa, stream.mlir
    seconds: dict[str, float] = field(default_factory=dict)
    schedules: dict[str, Schedule] = field(default_factory=dict)


@contextmanager
def _workspace(options: CompileOptions):
    """The dump directory, or a temporary one removed afterwards; commands.sh is written either way."""
    if options.dump_dir is not None:
        work = make_dir(Path(options.dump_dir), "dump directory")
        log = CommandLog(work)
        try:
            yield log
        finally:
            write_text(work / "commands.sh", log.as_script())
    else:
        with tempfile.TemporaryDirectory(prefix="iops-") as temp:
            yield CommandLog(Path(temp))


def compile_module(module, inputs: tuple, *, model: str, options: CompileOptions) -> CompileResult:
    """Compile a torch module through every phase up to `options.stop_after`."""
    target = load_target(options.target, cuda_arch=options.cuda_arch, cuda_graphs=options.cuda_graphs)
    for path, flag, example in ((options.output, "-o/--output", "model.vmfb"),
                                (options.parameters_file, "--parameters-file", "model.irpa")):
        if path is not None:
            check_output_path(Path(path), flag=flag, example=example)
    progress = Progress(options.quiet)
    result = CompileResult(model, target)
    with _workspace(options) as log:
        clock = time.monotonic()
        progress.say(f"importing {model} with torch-mlir")
        text, weights = params.externalize(frontend.import_to_linalg(module, inputs))
        write_text(log.cwd / "input.mlir", text)
        if weights:
            params.write_archive(weights, log.cwd / front.INPUT_WEIGHTS)
        del text, weights  # a large model's weights: not kept through the compile
        log.comment("torch-mlir: fx.export_and_import(..., output_type='linalg-on-tensors') > input.mlir, "
                    "its weights moved to input.irpa (iops_mlir.params.externalize)")
        programs = variants.replacement_variants(options, front.Variant("as-imported", log), progress)
        result.seconds["import"] = round(time.monotonic() - clock, 3)
        if options.stop_after > Phase.INPUT:
            _compile_with_fallbacks(options, target, programs, inputs, result, progress)
    return result


def _compile_with_fallbacks(options: CompileOptions, target: Target, programs: list[front.Variant], inputs: tuple,
                            result: CompileResult, progress: Progress) -> None:
    """`_compile`, redone without the flags of each known IREE failure it runs into."""
    dropped: list[str] = []
    reasons: list[str] = []
    while True:
        try:
            note = {"dropped_flags": dropped, "why": " ".join(reasons)} if dropped else None
            return _compile(options, target, programs, inputs, result, progress, note)
        except (ToolError, UnsupportedProgram) as e:
            # An IREE tool's failure shows in its stderr; a program IREE lowered in a way iops-mlir
            # cannot reorder, in our own message.
            fallback = target.fallback_for(e.stderr if isinstance(e, ToolError) else e.message)
            if fallback is None:
                raise
            progress.say(f"IREE failed on a known bug; retrying without {' '.join(fallback.drop)}. {fallback.why}")
            target = result.target = target.without(fallback)  # what later tools (bench's stock IREE) use
            dropped = dropped + list(fallback.drop)
            reasons = reasons + [fallback.why]


def _compile(options: CompileOptions, target: Target, programs: list[front.Variant], inputs: tuple,
             result: CompileResult, progress: Progress, fallback: dict | None = None) -> None:
    """Front phases and plan of every variant, the choice between them, then the back phases."""
    clock = time.monotonic()
    candidates: list[variants.Candidate] = []
    budget = options.memory_budget
    device = None  # the program as imported, profiled: its device constants serve a rewritten one
    for variant in programs:
        candidate = variants.Candidate(variant)
        if candidates and candidates[0].scheduled is not None and candidates[0].scheduled.nothing_to_gain:
            progress.say("operator replacement: not tried, " + candidates[0].scheduled.report.search_skipped)
            candidate.failure = "not tried: " + candidates[0].scheduled.report.search_skipped
            candidates.append(candidate)
            continue
        try:
            program = front.front(variant, target, options.stop_after, progress)
            if program is not None:
                candidate.scheduled = schedule_program(program, options, model=result.model, memory_budget=budget,
                                                       inputs=[t.numpy() for t in inputs], progress=progress,
                                                       device=device)
                # Every variant gets the memory budget of the program as imported.
                budget = candidate.scheduled.report.memory.budget_bytes
                device = device or candidate.scheduled.profiled
        except (ToolError, UnsupportedProgram) as e:
            if not candidates:  # as imported (or --replace all): must compile, if need be without some flags
                raise
            # --replace auto: a rewritten program IREE rejects, or lowers in a way iops-mlir cannot
            # reorder, is simply not kept. Even where a known IREE bug's fallback would compile it,
            # the program as imported keeps every flag: a dropped flag can cost it more than a
            # rewrite was ever measured to win on the CPU (the flag set with the channels-last
            # conversion ran Inception-v3 16% faster than im2col alone,
            # benchmarks/results/cpu-flags-round3.md).
            progress.say(f"operator replacement: the rewritten program failed ({e.message}); "
                         "keeping the program as imported")
            candidate.failure = e.message
        candidates.append(candidate)
    result.seconds["front"] = round(time.monotonic() - clock, 3)
    if candidates[0].scheduled is None and candidates[-1].scheduled is None:
        return  # stopped before the schedule phase
    chosen = variants.choose(options, candidates, progress)
    chosen.report.compile_fallback = fallback
    chosen.report.parameters = back.parameters_note(options.parameters_file, chosen.program.weights)
    clock = time.monotonic()
    back.apply(chosen, progress)
    result.program_dir = chosen.program.variant.work
    if options.stop_after > Phase.SCHEDULE:
        back.lower(chosen, progress)
    if options.stop_after > Phase.STREAM and options.output is not None:
        output = Path(options.output).resolve()
        plain = candidates[0].scheduled if not candidates[0].variant.in_subdir else None
        if closed_loop.applies(options, chosen):
            chosen = closed_loop.run(options, chosen, plain, [t.numpy() for t in inputs], progress, result.model)
        else:
            back.ship_plan(chosen, target, output, parameters_file=options.parameters_file, progress=progress)
            back.warn_over_budget(chosen, options.memory_budget, progress)
            shipped_profile = chosen.profiled.program(chosen.report.scheduler) if chosen.profiled else None
            if shipped_profile is not None:  # IREE's order, profiled for the model
                write_measured_timeline(chosen.root, shipped_profile)
            chosen.report.shipped = back.shipped_note(chosen)
            chosen.write_report()
        result.output = output
        progress.say(f"wrote {output}")
        for candidate in candidates:  # a program not shipped keeps its IR, not more copies of the weights
            if candidate.variant is not chosen.program.variant:
                (candidate.variant.work / front.WEIGHTS).unlink(missing_ok=True)
                (candidate.variant.work / front.FLOW_WITH_WEIGHTS).unlink(missing_ok=True)
    result.seconds["back"] = round(time.monotonic() - clock, 3)
    result.target, result.graph, result.schedules = target, chosen.program.graph, chosen.plan.schedules
    result.report = chosen.report

