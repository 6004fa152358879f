"""Runs the compilation phases, from a torch module to a .vmfb.

Phases mirror IREE's own (`--compile-to=`), with one more in the middle where
the Python pass chooses and applies the schedule:

  input     torch-mlir import            -> input.mlir
  flow      iree-compile --compile-to=flow -> flow.mlir
  async     iree-opt stream tensor+async -> async.mlir (flat, no waves), async.iree.mlir (IREE's waves)
  schedule  graph + scheduler + apply    -> graph.json, schedule.json, async.scheduled.mlir
  stream    iree-opt stream cmd+optimize -> stream.mlir
  vmfb      iree-compile --compile-from=stream -> the output
"""

from __future__ import annotations

import dataclasses
import enum
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import torch

from . import apply as apply_mod
from . import frontend, graph as graph_mod, stream_ir
from . import replace as replace_mod
from . import verify as verify_mod
from .errors import IopsError
from .schedule import Schedule, split_wide_stages, validate
from .schedule import baselines
from .schedule.model import stages_as_symbols, stages_from_json
from . import cost as cost_mod
from .cost.profile import Profile, Profiler
from .partition import DEFAULT_MAX_BLOCK
from .schedule import iops as iops_mod
from .schedule.memory import peak_bytes, transient_bytes
from .targets import Target, load_target, stream_pipelines
from .toolchain import CommandLog, tool_path


class Phase(enum.IntEnum):
    INPUT = 1
    FLOW = 2
    ASYNC = 3
    SCHEDULE = 4
    STREAM = 5
    VMFB = 6


SCHEDULERS = ("iops", "ios", "iree", "asap", "sequential")
VERIFY_MODES = ("auto", "on", "off")


@dataclass(kw_only=True)
class CompileOptions:
    """Everything `iops-mlir compile` takes besides the model; CLI flags map onto fields."""

    target: str = "llvm-cpu"
    cuda_arch: str | None = None
    scheduler: str = "iops"
    schedule_file: Path | None = None
    cost_model: str | None = None  # default: cost.default_cost_model(target)
    search_timeout: float = 30.0
    margin: float | None = None  # None: the cost model's own error (cost.Cautious)
    max_block: int = DEFAULT_MAX_BLOCK
    memory_budget: int | None = None  # bytes; default: IREE's own schedule's estimated peak
    output: Path | None = None
    dump_dir: Path | None = None
    stop_after: Phase = Phase.VMFB
    quiet: bool = False
    replace: str = "auto"  # auto: keep rewrites only if the cost model predicts a win; all; none
    rules: str | None = None  # comma-separated rule names; None: every rule
    verify: str = "auto"  # time the program against IREE's order before keeping it; auto: measured model
    verify_rounds: int = verify_mod.DEFAULT_ROUNDS


@dataclass
class CompileResult:
    """What a compilation produced."""

    model: str
    target: Target
    graph: graph_mod.DispatchGraph | None = None
    schedule: dict | None = None
    output: Path | None = None
    seconds: dict[str, float] = field(default_factory=dict)
    # Every scheduler's schedule of the program that was kept (for tests and the fuzzer).
    schedules: dict[str, Schedule] = field(default_factory=dict)


class _Progress:
    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.start = time.monotonic()

    def say(self, text: str) -> None:
        if not self.quiet:
            print(f"[{time.monotonic() - self.start:6.1f}s] {text}", file=sys.stderr, flush=True)


def check_output_path(path: Path) -> None:
    """Fail early, before minutes of compiling, if the output cannot be written."""
    if path.is_dir():
        raise IopsError(f"The output path '{path}' is a directory; give a file name such as model.vmfb.")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise IopsError(f"The output directory '{parent}' does not exist.")
    if not os.access(parent, os.W_OK):
        raise IopsError(f"The output directory '{parent}' is not writable.")
    if path.exists() and not os.access(path, os.W_OK):
        raise IopsError(f"The output file '{path}' exists and is not writable.")


def _read_schedule_file(options: CompileOptions, graph: graph_mod.DispatchGraph) -> Schedule:
    try:
        data = json.loads(Path(options.schedule_file).read_text())
    except FileNotFoundError:
        raise IopsError(f"--schedule-file: no such file '{options.schedule_file}'.") from None
    except (OSError, UnicodeDecodeError) as e:
        raise IopsError(f"--schedule-file: cannot read '{options.schedule_file}': {e}.") from None
    except json.JSONDecodeError as e:
        raise IopsError(
            f"--schedule-file: '{options.schedule_file}' is not valid JSON (line {e.lineno}: {e.msg})."
        ) from None
    if not isinstance(data, dict):
        raise IopsError("--schedule-file: the file must hold a JSON object with a 'stages' list.")
    schedule = Schedule("file", stages_from_json(data, graph))
    try:
        validate(schedule, graph)
    except IopsError as e:
        raise IopsError(f"--schedule-file '{options.schedule_file}' is rejected: {e.message}") from None
    return schedule


def _plan(options: CompileOptions, target: Target, graph: graph_mod.DispatchGraph, iree_async,
          measure, progress: _Progress) -> tuple[Schedule, cost_mod.StageCost, dict[str, Schedule]]:
    """Every scheduler's schedule under one cost model; returns the one asked for, with the report."""
    schedules = {"sequential": baselines.sequential(graph), "asap": baselines.asap(graph),
                 "iree": baselines.iree_waves(iree_async, graph)}
    spec = options.cost_model or cost_mod.default_cost_model(target)
    cost = cost_mod.build_cost_model(spec, graph, target, measure=measure,
                                     sample_from=schedules["asap"].stages, margin=options.margin,
                                     trusted=schedules["iree"].stages)
    budget = options.memory_budget
    if budget is None:
        budget = peak_bytes(schedules["iree"].stages, graph)
    search_options = iops_mod.SearchOptions(max_block=options.max_block, timeout_s=options.search_timeout,
                                            memory_budget=budget)
    progress.say(f"searching ({len(graph.dispatch_ids())} dispatches, cost model {cost.name})")
    schedules["ios"] = iops_mod.ios(graph, cost, search_options, schedules["asap"])
    outcome = iops_mod.schedule(graph, cost, schedules, search_options)
    schedules["iops"] = outcome.iops
    estimated = iops_mod.memory_report(schedules, graph)
    if estimated["iops"] > budget:
        # The search keeps each part within budget; blocks that fell back to a baseline may not.
        fitting = [n for n in ("iree", "sequential", "asap", "ios") if estimated[n] <= budget]
        if fitting:
            best = min(fitting, key=lambda n: cost.schedule_us(schedules[n].stages))
            schedules["iops"] = Schedule("iops", schedules[best].stages)
            outcome.search["memory_fallback"] = best
            estimated["iops"] = estimated[best]
    if options.schedule_file is not None:
        chosen = _read_schedule_file(options, graph)
        schedules["file"] = chosen
        estimated["file"] = peak_bytes(chosen.stages, graph)
    else:
        chosen = schedules[options.scheduler]
    chosen.info.update({
        "cost_model": cost.describe(),
        "predicted_us": {name: round(cost.schedule_us(s.stages), 3) for name, s in schedules.items()},
        "blocks": outcome.blocks,
        "search": outcome.search,
        "ios": schedules["ios"].info["ios"],
        "memory": {"budget_bytes": budget, "estimated_peak_bytes": estimated},
    })
    progress.say(f"search: {outcome.search['seconds']} s, {outcome.search['nodes']} states, "
                 f"optimal={outcome.search['optimal']}; predicted "
                 + ", ".join(f"{k} {v:.0f} us" for k, v in chosen.info["predicted_us"].items()))
    return chosen, cost, schedules


def apply_schedule(module, bodies: list[stream_ir.ExecuteBody], graph: graph_mod.DispatchGraph,
                   schedule: Schedule) -> None:
    """Rewrite every execute body of `module` (flat async IR) to the schedule's waves."""
    offset = 0
    for e, body in enumerate(bodies):
        local = [[n - offset for n in stage] for stage in schedule.stages
                 if graph.nodes[stage[0]].execute == e]
        # Bodies without dispatches are rebuilt too: their copies become one region, not a
        # barrier each.
        apply_mod.apply_to_execute(body, local)
        offset += len(body.ops)
    apply_mod.verify(module)


def schedule_json(model: str, target: Target, schedule: Schedule,
                  graph: graph_mod.DispatchGraph) -> dict:
    """The schedule.json document (deterministic: no times, no paths)."""
    return {
        "model": model,
        "target": target.name if target.arch is None else f"{target.name}:{target.arch}",
        "scheduler": schedule.scheduler,
        "num_dispatches": len(graph.dispatch_ids()),
        "num_stages": len(schedule.stages),
        "num_waves": sum(1 for s in schedule.stages if len(s) > 1),
        "stages": stages_as_symbols(schedule, graph),
        "stage_nodes": schedule.stages,
        **schedule.info,
    }


def write_atomic(path: Path, write) -> None:
    """Write through `write(tmp)` to a temporary beside `path`, then rename: whole or nothing."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def compile_module(module: torch.nn.Module, inputs: tuple[torch.Tensor, ...], *, model: str,
                   options: CompileOptions) -> CompileResult:
    """Compile a torch module through every phase up to `options.stop_after`."""
    target = load_target(options.target, cuda_arch=options.cuda_arch)
    if options.cost_model is not None:
        cost_mod.parse_spec(options.cost_model, target)  # fail before minutes of compiling
    if options.schedule_file is None and options.scheduler not in SCHEDULERS:
        raise IopsError(f"Unknown scheduler '{options.scheduler}'. Known: {', '.join(SCHEDULERS)}.")
    if options.verify not in VERIFY_MODES:
        raise IopsError(f"Unknown --verify mode '{options.verify}'. Known: {', '.join(VERIFY_MODES)}.")
    if options.verify_rounds < 3:
        raise IopsError("--verify-rounds must be at least 3 to compare medians.")
    if options.replace not in replace_mod.MODES:
        raise IopsError(f"Unknown --replace mode '{options.replace}'. Known: {', '.join(replace_mod.MODES)}.")
    rules = replace_mod.parse_rules(options.rules)
    if options.output is not None:
        check_output_path(Path(options.output))
    progress = _Progress(options.quiet)
    temp = None
    if options.dump_dir is not None:
        work = Path(options.dump_dir)
        try:
            work.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise IopsError(f"Cannot create the dump directory '{work}': {e.strerror}.") from None
    else:
        temp = tempfile.TemporaryDirectory(prefix="iops-")
        work = Path(temp.name)
    log = CommandLog(cwd=work)
    result = CompileResult(model, target)
    try:
        t = time.monotonic()
        progress.say(f"importing {model} with torch-mlir")
        text = frontend.import_to_linalg(module, inputs)
        (work / "input.mlir").write_text(text)
        log.record(["# torch-mlir: fx.export_and_import(..., output_type='linalg-on-tensors') > input.mlir"])
        variants = _replacement_variants(options, rules, text, work, log, progress)
        _timed(result, "import", t)
        if options.stop_after > Phase.INPUT:
            try:
                _compile_variants(options, target, variants, result, progress, inputs)
            except IopsError as e:
                if not target.needs_fallback(e.stderr):
                    raise
                progress.say(f"IREE failed on a known bug; retrying without {' '.join(target.fallback_drop)}. "
                             f"{target.fallback_why}")
                fallback = {"dropped_flags": list(target.fallback_drop), "why": target.fallback_why}
                _compile_variants(options, target.without_fallback_flags(), variants, result, progress,
                                  inputs, fallback=fallback)
    finally:
        if options.dump_dir is not None:
            (work / "commands.sh").write_text(log.as_script())
        if temp is not None:
            temp.cleanup()
    return result


def _compile_variants(options: CompileOptions, target: Target, variants: list[_Variant], result: CompileResult,
                      progress: _Progress, inputs: tuple[torch.Tensor, ...], fallback: dict | None = None) -> None:
    """Every variant to its schedule, the cost model's pick, then the pick to the end, and, where
    it leaves IREE's order, the device's verdict on it (`verify`)."""
    fronts: list[_Front] = []
    for variant in variants:
        variant_options = options
        if options.memory_budget is None and fronts and fronts[0].schedule is not None:
            # The budget is IREE's default order of the model as imported, for every variant.
            variant_options = dataclasses.replace(
                options, memory_budget=fronts[0].schedule.info["memory"]["budget_bytes"])
        try:
            fronts.append(_front_in_dir(variant_options, target, variant, result, progress, fallback))
        except IopsError as e:
            if not fronts or target.needs_fallback(e.stderr):  # as imported (or --replace all): must compile
                raise
            # --replace auto: a rewritten program IREE rejects is simply not kept.
            progress.say(f"operator replacement: the rewritten program failed ({e.message}); "
                         "keeping the program as imported")
            fronts[0].replace_failure = e.message
    matches = [r for v in variants for r in v.records]
    chosen = _choose_variant(options, fronts, matches, progress)
    result.target = chosen.target
    result.graph = chosen.graph
    result.schedules = chosen.schedules
    _back_phases(options, chosen, result, progress)
    if _needs_verdict(options, chosen, fronts[0], result):
        _verify_or_fall_back(options, chosen, fronts[0], result, progress, inputs)


def _needs_verdict(options: CompileOptions, chosen: _Front, plain: _Front, result: CompileResult) -> bool:
    """Whether the compiled program is to be timed against IREE's order of the program as imported."""
    if options.verify == "off" or result.output is None or result.schedule is None:
        return False
    if options.scheduler != "iops" or options.schedule_file is not None:
        return False  # the user asked for that schedule
    if options.verify == "auto" and result.schedule["cost_model"]["name"] != "measured":
        return False
    if plain.variant.in_subdir or plain.schedule is None:
        return False  # --replace all: there is no program as imported to compare with
    same_order = sorted(map(sorted, chosen.schedule.stages)) == sorted(map(sorted, chosen.schedules["iree"].stages))
    return chosen is not plain or not same_order


def _verify_or_fall_back(options: CompileOptions, chosen: _Front, plain: _Front, result: CompileResult,
                         progress: _Progress, inputs: tuple[torch.Tensor, ...]) -> None:
    """Time the compiled program against IREE's waves of the program as imported; keep the faster,
    recompiling the output with IREE's order if that is the one."""
    work, log, target = plain.variant.work, plain.variant.log, plain.target
    if chosen.variant.in_subdir:
        log.record(["cd", ".."])
    progress.say("verifying on the device: compiling IREE's own order of the program as imported")
    pipes = stream_pipelines()
    if not (work / "stream.iree.mlir").exists():
        log.run([tool_path("iree-opt"), "async.iree.mlir", f"--pass-pipeline={pipes['to_cmd']}",
                 "-o", "stream.iree.mlir"], what="iree-opt (IREE's own waves to stream.cmd)")
    log.run([tool_path("iree-compile"), "stream.iree.mlir", *target.compile_flags, "--compile-from=stream",
             "-o", "verify.iree.vmfb"], what="iree-compile (IREE's own waves to vmfb)")
    progress.say(f"verifying on the device: timing both programs, {options.verify_rounds} interleaved rounds")
    verdict = verify_mod.time_against_iree(
        result.output, work / "verify.iree.vmfb", [t.numpy() for t in inputs], target.runtime_device,
        flags=target.runtime_flags, rounds=options.verify_rounds, min_gain=verify_mod.MIN_GAIN)
    report = verdict.as_json(target.runtime_device)
    progress.say(f"verified: {verdict.candidate_ms:.3f} ms against IREE's order {verdict.iree_ms:.3f} ms "
                 f"(median of {verdict.rounds}); keeping "
                 + ("the iops program" if verdict.keeps_candidate else "IREE's order"))
    if verdict.keeps_candidate:
        result.schedule["verification"] = report
        _write_schedule_json(result.schedule, chosen.variant.work,
                             work if chosen.variant.in_subdir else chosen.variant.work)
        return
    # The device overruled the cost model: the output becomes IREE's order of the program as
    # imported, and schedule.json says so (scheduler "iree", with the verdict).
    info = dict(plain.schedule.info)
    info["timeline"] = _timeline(plain.cost, plain.schedules["iree"].stages, plain.graph)
    info["replacements"] = {**chosen.schedule.info["replacements"], "applied": False, "dir": "."}
    info["verification"] = {**report, "rejected_scheduler": chosen.schedule.scheduler,
                            "rejected_replacements": bool(chosen.variant.records)}
    fallback = dataclasses.replace(plain, schedule=Schedule("iree", plain.schedules["iree"].stages, info))
    result.target, result.graph, result.schedules = plain.target, plain.graph, plain.schedules
    _back_phases(options, fallback, result, progress)


@dataclass
class _Variant:
    """One version of the program: as imported, or after operator replacement."""

    label: str  # "as-imported" or "replaced"
    log: CommandLog
    records: list = field(default_factory=list)

    @property
    def work(self) -> Path:
        return self.log.cwd

    @property
    def in_subdir(self) -> bool:
        """A rewritten program lives in a subfolder of the dump directory."""
        return self.label != "as-imported"


@dataclass
class _Front:
    """A variant taken up to its schedule (phase SCHEDULE)."""

    variant: _Variant
    target: Target
    graph: graph_mod.DispatchGraph | None = None
    schedule: Schedule | None = None
    flat: object = None
    bodies: list = field(default_factory=list)
    iree_async: object = None
    schedules: dict[str, Schedule] = field(default_factory=dict)
    replace_failure: str | None = None  # why the rewritten program was dropped (auto mode)
    cost: cost_mod.StageCost | None = None  # the model the schedule was chosen under


def _replacement_variants(options: CompileOptions, rules: list, text: str, work: Path, log: CommandLog,
                          progress: _Progress) -> list[_Variant]:
    """The variants to compile: as imported and/or rewritten by the replacement rules."""
    plain = _Variant("as-imported", log)
    if options.replace == "none":
        return [plain]
    mode = options.replace
    if options.schedule_file is not None and mode == "auto":
        mode = "all" if _schedule_file_replaced(options.schedule_file) else "none"
        if mode == "none":
            return [plain]
    new_text, records = replace_mod.rewrite_text(text, rules)
    if not records:
        progress.say("operator replacement: no rule matches")
        return [plain]
    progress.say(f"operator replacement: {len(records)} rewrite(s) "
                 f"({', '.join(sorted({r.rule for r in records}))})")
    sub = work / "replaced"
    sub.mkdir(exist_ok=True)
    (sub / "input.mlir").write_text(new_text)
    log.record(["iops-mlir", "replace", "input.mlir", "-o", "replaced/input.mlir"])
    replaced = _Variant("replaced", CommandLog(cwd=sub, commands=log.commands), records)
    return [replaced] if mode == "all" else [plain, replaced]


def _schedule_file_replaced(path: Path) -> bool:
    """Whether a schedule.json was made from the replaced program (its `replacements.applied`)."""
    try:
        data = json.loads(Path(path).read_text())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False  # _read_schedule_file reports the problem later, with the right message
    section = data.get("replacements") if isinstance(data, dict) else None
    return isinstance(section, dict) and bool(section.get("applied"))


def _front_in_dir(options: CompileOptions, target: Target, variant: _Variant, result: CompileResult,
                  progress: _Progress, fallback: dict | None) -> _Front:
    """The front phases of one variant, with its folder change recorded in commands.sh."""
    if variant.in_subdir:
        variant.log.record(["cd", variant.work.name])
    try:
        return _front_phases(options, target, variant, result, progress, fallback=fallback)
    finally:
        if variant.in_subdir:
            variant.log.record(["cd", ".."])


def _choose_variant(options: CompileOptions, fronts: list[_Front], records: list,
                    progress: _Progress) -> _Front:
    """The rewritten variant if the cost model predicts it faster by more than its margin, else as imported."""
    if len(fronts) == 1 or fronts[0].schedule is None:
        chosen = fronts[-1]
        decision = None
    else:
        name = fronts[0].schedule.scheduler
        predicted = {f.variant.label: f.schedule.info["predicted_us"][name] for f in fronts}
        # The rewrite must win by more than the model's error, as concurrency must.
        margin = fronts[0].schedule.info["cost_model"]["margin"]
        plain, rewritten = fronts
        wins = predicted[rewritten.variant.label] < predicted[plain.variant.label] * (1.0 - margin)
        chosen = rewritten if wins else plain
        decision = {"scheduler": name, "predicted_us": predicted, "margin": margin,
                    "as_imported_predicted_us": fronts[0].schedule.info["predicted_us"]}
        progress.say("operator replacement: predicted " + ", ".join(
            f"{k} {v:.0f} us" for k, v in predicted.items()) + f"; keeping {chosen.variant.label}")
    if chosen.replace_failure:
        decision = {"failed": chosen.replace_failure}
    if chosen.schedule is not None:
        chosen.schedule.info["replacements"] = {
            "mode": options.replace,
            "matches": [r.to_json() for r in records],
            "applied": bool(chosen.variant.records),
            "dir": "replaced" if chosen.variant.records else ".",
            "decision": decision,
        }
    return chosen


def _timed(result: CompileResult, name: str, start: float) -> None:
    result.seconds[name] = round(time.monotonic() - start, 3)


def _front_phases(options: CompileOptions, target: Target, variant: _Variant, result: CompileResult,
                  progress: _Progress, fallback: dict | None = None) -> _Front:
    """Flow, async and schedule phases of one variant; its input.mlir is already written."""
    work, log = variant.work, variant.log
    front = _Front(variant, target)
    pipes = stream_pipelines()
    t = time.monotonic()
    label = f" [{variant.label}]" if variant.in_subdir else ""
    progress.say(f"iree-compile to flow ({target.name}){label}")
    log.run([tool_path("iree-compile"), "input.mlir", *target.compile_flags,
             "--compile-to=flow", "-o", "flow.mlir"], what="iree-compile (input to flow)")
    _timed(result, "flow", t)
    if options.stop_after <= Phase.FLOW:
        return front

    t = time.monotonic()
    progress.say(f"stream tensor + async pipelines{label}")
    to_async = [tool_path("iree-opt"), "flow.mlir", f"--pass-pipeline={pipes['to_async']}",
                *pipes["async_print_flags"]]
    log.run([*to_async, pipes["flat_waves_flag"], "-o", "async.mlir"],
            what="iree-opt (flow to stream.async, flat)")
    log.run([*to_async, "-o", "async.iree.mlir"], what="iree-opt (flow to stream.async, IREE waves)")
    _timed(result, "async", t)
    if options.stop_after <= Phase.ASYNC:
        return front

    t = time.monotonic()
    progress.say(f"extracting the dispatch graph and scheduling{label}")
    ctx = stream_ir.new_context()
    front.flat = stream_ir.parse_module((work / "async.mlir").read_text(), ctx)
    front.iree_async = stream_ir.parse_module((work / "async.iree.mlir").read_text(), ctx)
    front.bodies = stream_ir.analyse_module(front.flat)
    graph = graph_mod.extract(front.bodies)
    front.graph = graph
    (work / "graph.json").write_text(graph.to_json())
    profiler = Profiler(work, target, log, progress.say)

    def measure(symbols: list[str], samples: list[tuple[str, ...]]) -> Profile:
        progress.say("profiling dispatches on the device (cached after the first time)")
        profiler.dump("async.mlir")
        profile = profiler.measure_dispatches(symbols)
        profiler.measure_stages(samples, profile)
        return profile

    schedule, cost, front.schedules = _plan(options, target, graph, front.iree_async, measure, progress)
    if schedule.scheduler != "iree":
        schedule.stages = split_wide_stages(schedule.stages)
        validate(schedule, graph)
    schedule.info["timeline"] = _timeline(cost, schedule.stages, graph)
    front.cost = cost
    if fallback is not None:
        schedule.info["compile_fallback"] = fallback
    front.schedule = schedule
    _timed(result, "schedule", t)
    return front


def _timeline(cost: cost_mod.StageCost, stages: list[list[int]], graph: graph_mod.DispatchGraph) -> dict:
    """What `iops-mlir explain` draws: each stage's and each dispatch's predicted time."""
    return {"stage_us": [round(cost.stage_us(stage), 3) for stage in stages],
            "dispatch_us": {str(n): round(cost.solo_us(n), 3) for n in graph.dispatch_ids()}}


def _back_phases(options: CompileOptions, front: _Front, result: CompileResult, progress: _Progress) -> None:
    """Apply the chosen variant's schedule, then the stream and vmfb phases."""
    if front.schedule is None:
        return
    work, log, target, graph, schedule = front.variant.work, front.variant.log, front.target, front.graph, \
        front.schedule
    root = work.parent if front.variant.in_subdir else work
    pipes = stream_pipelines()
    if front.variant.in_subdir:
        log.record(["cd", work.name])
    result.schedule = schedule_json(result.model, target, schedule, graph)
    _write_schedule_json(result.schedule, work, root)
    if schedule.scheduler == "iree":
        shutil.copyfile(work / "async.iree.mlir", work / "async.scheduled.mlir")  # IREE's own waves
    else:
        apply_schedule(front.flat, front.bodies, graph, schedule)
        (work / "async.scheduled.mlir").write_text(stream_ir.module_text(front.flat))
    log.record(["iops-mlir", "apply", "async.mlir", "schedule.json", "-o", "async.scheduled.mlir"])
    progress.say(f"{len(graph.dispatch_ids())} dispatches in {len(schedule.stages)} stages "
                 f"({result.schedule['num_waves']} concurrent waves, scheduler {schedule.scheduler})")
    if options.stop_after <= Phase.SCHEDULE:
        return

    t = time.monotonic()
    progress.say("stream cmd + optimization pipelines")
    log.run([tool_path("iree-opt"), "async.scheduled.mlir",
             f"--pass-pipeline={pipes['to_cmd']}", "-o", "stream.mlir"],
            what="iree-opt (stream.async to stream.cmd)")
    memory = result.schedule.setdefault("memory", {})
    memory["transient_bytes"] = transient_bytes((work / "stream.mlir").read_text())
    if schedule.scheduler != "iree":
        # IREE's default ordering of the same program, allocated by IREE: the memory reference.
        log.run([tool_path("iree-opt"), "async.iree.mlir", f"--pass-pipeline={pipes['to_cmd']}",
                 "-o", "stream.iree.mlir"], what="iree-opt (IREE's own waves to stream.cmd)")
        memory["iree_transient_bytes"] = transient_bytes((work / "stream.iree.mlir").read_text())
    else:
        memory["iree_transient_bytes"] = memory["transient_bytes"]
    _write_schedule_json(result.schedule, work, root)
    progress.say(f"transient memory {memory['transient_bytes']} bytes "
                 f"(IREE's default order: {memory['iree_transient_bytes']})")
    _timed(result, "stream", t)
    if options.stop_after <= Phase.STREAM or options.output is None:
        return

    t = time.monotonic()
    progress.say("iree-compile from stream to vmfb (code generation)")
    output = Path(options.output).resolve()
    write_atomic(output, lambda tmp: log.run(
        [tool_path("iree-compile"), "stream.mlir", *target.compile_flags,
         "--compile-from=stream", "-o", str(tmp)], what="iree-compile (stream to vmfb)"))
    log.commands[-1][-1] = str(output)  # the script should name the real output
    result.output = output
    _timed(result, "vmfb", t)
    progress.say(f"wrote {output}")


def _write_schedule_json(document: dict, work: Path, root: Path) -> None:
    """schedule.json in the variant's directory and, for a replaced variant, at the top too."""
    text = json.dumps(document, indent=1) + "\n"
    (work / "schedule.json").write_text(text)
    if work != root:
        (root / "schedule.json").write_text(text)


def apply_schedule_file(async_path: Path, schedule_path: Path, output: Path) -> None:
    """Apply a schedule.json to a flat async.mlir (the Python step of commands.sh)."""
    ctx = stream_ir.new_context()
    try:
        text = Path(async_path).read_text()
    except OSError as e:
        raise IopsError(f"Cannot read '{async_path}': {e.strerror}.") from None
    flat = stream_ir.parse_module(text, ctx)
    bodies = stream_ir.analyse_module(flat)
    graph = graph_mod.extract(bodies)
    schedule = _read_schedule_file(CompileOptions(schedule_file=Path(schedule_path)), graph)
    apply_schedule(flat, bodies, graph, schedule)
    write_atomic(Path(output), lambda tmp: tmp.write_text(stream_ir.module_text(flat)))
