"""`iops-mlir headroom`: profile IREE's order and the flat program, bound any schedule, check the wave model.

Three programs of the model as imported: IREE's own order and the flat program (one dispatch
at a time, IREE's `debug` order), both compiled by stock iree-compile, and asap (every dispatch
as early as it can run) through the iops pipeline. The first two are profiled; they give the
headroom (`headroom`) and the data the wave model (`cost.wave_model`) is fitted on. The model then predicts asap, a program it has not seen,
before asap is profiled: that prediction against asap's measurement is an out-of-sample error.
A chain (no two dispatches can run at once) has no other schedule than IREE's order, so nothing
is profiled for it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from . import driver
from .choices import CostSpec, Phase, ReplaceMode, Scheduler, VerifyMode
from .cost.hal_profile import profile_programs
from .headroom import Headroom
from .iree_tools import CommandLog
from .options import CompileOptions
from .pipeline.back import compile_iree_order, compile_stages
from .pipeline.profiling import FLAT, profile_baselines
from .pipeline.scheduling import nothing_to_reorder
from .progress import Progress
from .schedule import Schedule
from .workers import WorkersCheck, check_workers


@dataclass(frozen=True)
class ModelCheck:
    """The wave model fitted on the flat and IREE-order profiles, judged where it was not fitted."""

    fit_samples: int
    contention: float
    gap_us: float
    overhead_us: float  # per member of a wave of two or more
    heldout_median_rel_error: float | None  # on IREE's waves left out of the fit
    asap_predicted_us: float  # made before asap was profiled
    asap_measured_us: float

    @property
    def asap_error(self) -> float:
        return self.asap_predicted_us / self.asap_measured_us - 1.0

    def to_json(self) -> dict:
        return {**{k: (round(v, 4) if isinstance(v, float) else v) for k, v in dataclasses.asdict(self).items()},
                "asap_error": round(self.asap_error, 4)}


def measure_headroom(module, inputs: tuple, *, model: str, options: CompileOptions, work: Path,
                     runs: int) -> tuple[Headroom, ModelCheck, WorkersCheck | None] | None:
    """IREE's own order of the program as imported against the bound any schedule must respect,
    the wave model's out-of-sample check, and IREE's order timed on fewer CPU workers (a gain no
    schedule of the target's workers has; None on a GPU). None where the program is a chain:
    every schedule is IREE's order, so there is nothing to bound and nothing is profiled."""
    progress = Progress(options.quiet)
    dump = work / "dump"
    options = dataclasses.replace(
        options, scheduler=Scheduler.IREE, replace=ReplaceMode.NONE, verify=VerifyMode.OFF,
        cost_model=CostSpec.parse("analytic", options.target), dump_dir=dump, stop_after=Phase.SCHEDULE)
    result = driver.compile_module(module, inputs, model=model, options=options)
    graph, target, schedules = result.graph, result.target, result.schedules
    if nothing_to_reorder(schedules):
        return None
    progress.say("compiling asap; IREE's order and the flat program (one dispatch at a time), profiled with "
                 f"IREE's HAL profiler, {runs} calls each")
    log = CommandLog(dump)
    asap_vmfb = compile_stages(log, graph, target, schedules["asap"], work / "asap.vmfb")
    arrays = [t.numpy() for t in inputs]
    flat = Schedule(FLAT, schedules["sequential"].stages)  # IREE's debug order: the program order
    profiled = profile_baselines(log, graph, target, {"iree": schedules["iree"], FLAT: flat}, arrays, work, calls=runs)
    cost = profiled.cost
    predicted = cost.model.program_us(schedules["asap"].stages)
    progress.say(f"wave model fitted on {cost.fit_samples} stages predicts asap at {predicted:.0f} us; profiling asap")
    asap = profile_programs({"asap": asap_vmfb}, target, arrays, graph, work / "profiles", runs=runs,
                            stages={"asap": schedules["asap"].stages})["asap"]
    check = ModelCheck(cost.fit_samples, cost.model.contention, cost.model.gap_us, cost.model.overhead_us,
                       cost.heldout, predicted, asap.span_us())
    workers = check_workers(compile_iree_order(log, target), target, arrays, work / "workers",
                            profiled.headroom.iree_measured_us, what="IREE's order", say=progress.say)
    return profiled.headroom, check, workers
