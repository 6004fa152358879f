"""One program profiled whole: IREE's orders, its flat program among them, and what their profiles give.

The flat program (one dispatch at a time) gives every dispatch's latency alone (pooled with
IREE's other orders where they run it alone) and its core time. It is IREE's own `debug` order
(`front.DEBUG_ORDER`), compiled by stock iree-compile like IREE's other orders, so it is also a
candidate that can ship.

Shared by `--cost-model profiled` (`scheduling`), the closed loop (`closed_loop`) and
`iops-mlir headroom` (`measure`).
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from pathlib import Path

from ..cost.calibration import Calibration
from ..cost.hal_profile import ProgramProfile, call_span_ns, profile_programs
from ..cost.wave_model import ProfiledProgram, WaveCost, WaveModel, wave_cost, wave_cost_without_flat
from ..graph import DispatchGraph
from ..headroom import Headroom, headroom
from ..iree_tools import CommandLog
from ..files import write_text
from ..schedule import Schedule
from ..targets import Target
from .back import compile_iree_orders
from .front import DEBUG_ORDER

FLAT = DEBUG_ORDER  # the flat program is IREE's debug order


@dataclass
class Profiled:
    """The profiled programs of one program, the wave model fitted on them and the headroom they show."""

    graph: DispatchGraph
    flat: ProfiledProgram  # IREE's debug order
    programs: dict[str, ProfiledProgram]  # IREE's other orders by scheduler name, then the closed loop's picks
    cost: WaveCost | None = None
    headroom: Headroom | None = None

    def program(self, name: str) -> ProfiledProgram | None:
        """The profiled program of that name (None: not profiled)."""
        return self.flat if name == FLAT else self.programs.get(name)

    def refit(self, *, leave_out: str | None = None) -> WaveCost:
        """The wave model fitted on the flat program and every profiled program but `leave_out`
        (the flat program too: then each dispatch's times come from the others, see
        `wave_cost_without_flat`)."""
        others = [p for name, p in self.programs.items() if name != leave_out]
        if leave_out == FLAT:
            return wave_cost_without_flat(others, self.graph.dispatch_ids())
        return wave_cost(self.flat.profile, [self.flat] + others, self.graph.dispatch_ids())

    def calibration(self, model: WaveModel, measured_us: dict[str, float], *,
                    leave_out: str | None = None) -> Calibration:
        """Call time against `model`'s span, fitted on the timed programs (`measured_us`, by name;
        but `leave_out`). The model's span, not the profiled one: what the model misses alike on
        every program (the profiler's stretch of wide waves, the call's fixed cost) then goes into
        the calibration instead of into the prediction. On the 66 leave-one-out predictions of
        IREE's orders in 22 compiles, 54 against 42 came within 5% (docs/reference.md)."""
        return Calibration.fit([(model.program_us(self.program(name).stages), us)
                                for name, us in measured_us.items()
                                if name != leave_out and self.program(name) is not None])

    def leave_one_out(self, name: str, measured_us: dict[str, float]) -> tuple[float, Calibration]:
        """Program `name` left out: its span under the wave model fitted without its profile, and
        the calibration fitted on the other timed programs under that same model (without its
        timing), which makes its call `calibration.call_us(span)`. (span us, calibration)."""
        model = self.refit(leave_out=name).model
        calibration = self.calibration(model, measured_us, leave_out=name)
        return model.program_us(self.program(name).stages), calibration


def profile_schedules(log: CommandLog, target: Target, graph: DispatchGraph, schedules: dict[str, Schedule],
                      vmfbs: dict[str, Path], inputs: list, folder: Path, *, calls: int) -> dict[str, ProfiledProgram]:
    """Profile compiled programs (`vmfbs`, by name) whose stages are `schedules[name]`."""
    profiles: dict[str, ProgramProfile] = profile_programs(
        vmfbs, target, inputs, graph, folder / "profiles", runs=calls,
        stages={name: schedules[name].stages for name in vmfbs})
    return {name: ProfiledProgram(name, schedules[name].stages, profiles[name]) for name in vmfbs}


def profile_baselines(log: CommandLog, graph: DispatchGraph, target: Target, orders: dict[str, Schedule],
                      inputs: list, folder: Path, *, calls: int) -> Profiled:
    """Compile IREE's `orders` (by scheduler name, with their stages; the flat program, FLAT, and
    the default order among them) of the program in `log.cwd` with stock iree-compile, profile
    them all, fit the wave model on every stage and measure the headroom (with what the orders'
    waves gave over one dispatch at a time, `headroom.side_by_side`). The profiles go into
    `folder`."""
    vmfbs = compile_iree_orders(log, target, orders)
    found = profile_schedules(log, target, graph, orders, vmfbs, inputs, folder, calls=calls)
    profiled = Profiled(graph, found.pop(FLAT), found)
    profiled.cost = profiled.refit()
    profiled.headroom = headroom(graph, profiled.flat, found["iree"], others=found.values())
    return profiled


MEASURED_TIMELINE = "measured.json"  # the shipped program's profiled timeline, drawn by `explain --measured`


def write_measured_timeline(folder: Path, program: ProfiledProgram) -> None:
    """measured.json: the call of median span of a profiled program, each dispatch's start and end
    (us from the call's first start), with its stages (`iops-mlir explain --measured` draws it)."""
    runs = program.profile.runs
    spans = [call_span_ns(run) for run in runs]
    median = statistics.median_low(spans)
    run = runs[spans.index(median)]
    origin = min(e.start_ns for e in run.values())
    doc = {"scheduler": program.name, "device": program.profile.device, "runs": len(runs),
           "span_us": round(median / 1e3, 3), "stages": program.stages,
           "dispatch_us": {str(n): [round((e.start_ns - origin) / 1e3, 3), round((e.end_ns - origin) / 1e3, 3)]
                           for n, e in sorted(run.items())}}
    write_text(folder / MEASURED_TIMELINE, json.dumps(doc) + "\n")
