"""`iops-mlir headroom`: profile IREE's order and the flat program, bound any schedule, check the wave model.

Three programs of the model as imported, all through the iops pipeline: IREE's own order, the
flat program (one dispatch at a time) and asap (every dispatch as early as it can run). The
first two are profiled; they give the headroom (`headroom`) and the data the wave model
(`cost.wave_model`) is fitted on. The model then predicts asap, a program it has not seen,
before asap is profiled: that prediction against asap's measurement is an out-of-sample error.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from . import driver, iree_tools
from .apply import apply_schedule_file
from .choices import CostSpec, ReplaceMode, Scheduler, VerifyMode
from .cost import wave_model
from .cost.hal_profile import profile_programs
from .files import write_text
from .graph import DispatchGraph
from .headroom import Headroom, headroom
from .iree_tools import CommandLog
from .options import CompileOptions
from .pipeline.back import codegen
from .progress import Progress
from .schedule import Schedule
from .schedule.model import stages_as_symbols
from .targets import Target


@dataclass(frozen=True)
class ModelCheck:
    """The wave model fitted on the flat and IREE-order profiles, judged where it was not fitted."""

    fit_samples: int
    contention: float
    gap_us: float
    heldout_median_rel_error: float | None  # on IREE's waves left out of the fit
    asap_predicted_us: float  # made before asap was profiled
    asap_measured_us: float

    @property
    def asap_error(self) -> float:
        return self.asap_predicted_us / self.asap_measured_us - 1.0

    def to_json(self) -> dict:
        return {**{k: (round(v, 4) if isinstance(v, float) else v) for k, v in dataclasses.asdict(self).items()},
                "asap_error": round(self.asap_error, 4)}


def _compile_stages(dump: Path, graph: DispatchGraph, target: Target, schedule: Schedule, output: Path) -> None:
    """The program as imported, in `schedule`'s stages, compiled from the dump to `output`."""
    name = schedule.scheduler
    write_text(dump / f"schedule.{name}.json", json.dumps({"stages": stages_as_symbols(schedule, graph),
                                                           "stage_nodes": schedule.stages}))
    apply_schedule_file(dump / "async.mlir", dump / f"schedule.{name}.json", dump / f"async.{name}.mlir")
    log = CommandLog(dump)
    log.run(iree_tools.to_cmd(f"async.{name}.mlir", f"stream.{name}.mlir"), what=f"iree-opt ({name} to stream.cmd)")
    codegen(log, target, f"async.{name}.mlir", f"stream.{name}.mlir", output)


def measure_headroom(module, inputs: tuple, *, model: str, options: CompileOptions, work: Path,
                     runs: int) -> tuple[Headroom, ModelCheck]:
    """IREE's own order of the program as imported against the bound any schedule must respect,
    and the wave model's out-of-sample check."""
    progress = Progress(options.quiet)
    dump = work / "dump"
    options = dataclasses.replace(
        options, scheduler=Scheduler.IREE, replace=ReplaceMode.NONE, verify=VerifyMode.OFF,
        cost_model=CostSpec.parse("analytic", options.target), dump_dir=dump, output=work / "iree.vmfb")
    result = driver.compile_module(module, inputs, model=model, options=options)
    graph, target, schedules = result.graph, result.target, result.schedules
    progress.say("compiling the flat program (one dispatch at a time) and asap")
    for name in ("sequential", "asap"):
        _compile_stages(dump, graph, target, schedules[name], work / f"{name}.vmfb")
    arrays = [t.numpy() for t in inputs]
    progress.say(f"profiling IREE's order and the flat program with IREE's HAL profiler, {runs} interleaved runs")
    profiles = profile_programs({"iree": work / "iree.vmfb", "flat": work / "sequential.vmfb"}, target, arrays,
                                graph, work / "profiles", runs=runs)
    found = headroom(graph, profiles["flat"], profiles["iree"])
    flat = profiles["flat"]
    solo = {n: flat.latency_us(n) for n in graph.dispatch_ids()}
    core = {n: flat.core_us(n) or 0.0 for n in graph.dispatch_ids()}
    samples = (wave_model.wave_samples(flat, schedules["sequential"].stages)
               + wave_model.wave_samples(profiles["iree"], schedules["iree"].stages))
    fitted = wave_model.fit(samples, solo, core, found.workers)
    heldout = wave_model.heldout_error(samples, solo, core, found.workers)
    predicted = sum(fitted.stage_us(stage) for stage in schedules["asap"].stages) - fitted.gap_us
    progress.say(f"wave model fitted on {len(samples)} stages predicts asap at {predicted:.0f} us; profiling asap")
    asap = profile_programs({"asap": work / "asap.vmfb"}, target, arrays, graph, work / "profiles", runs=runs)["asap"]
    check = ModelCheck(len(samples), fitted.contention, fitted.gap_us, heldout, predicted, asap.span_us())
    return found, check
