"""The plan: every scheduler's schedule of one dispatch graph under one cost model.

A pure function of its inputs (graph, IREE's waves, cost model, search options): no
files, no device. The driver, `tools/predict_table.py` and the fuzzer all call it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..choices import Scheduler
from ..cost.base import StageCost
from ..graph import DispatchGraph
from ..schedule import Schedule, baselines, split_wide_stages, validate
from ..schedule import iops as iops_mod
from ..schedule.memory import peak_bytes


@dataclass
class Plan:
    """The schedules, the one chosen, and what the search did."""

    chosen: Schedule
    schedules: dict[str, Schedule]  # every scheduler's, for comparison (and the fuzzer)
    cost: StageCost
    blocks: list[dict]
    search: dict
    budget_bytes: int
    estimated_peak_bytes: dict[str, int]

    def predicted_us(self) -> dict[str, float]:
        """Every schedule's predicted latency under the plan's cost model."""
        return {name: round(self.cost.program_us(s.stages), 3) for name, s in self.schedules.items()}

    def uncharged_us(self, stages: list[list[int]]) -> float:
        """The prediction of `stages` without the margin charge (`cost.Cautious`): what the
        model itself expects to measure."""
        return round(self.cost.uncharged().program_us(stages), 3)

    def timeline(self, graph: DispatchGraph) -> dict:
        """What `iops-mlir explain` draws beside the measured timeline: each stage's and each
        dispatch's predicted time, without the margin charge (what the model expects to measure,
        as `uncharged_us`)."""
        model = self.cost.uncharged()
        return {"stage_us": [round(model.stage_us(stage), 3) for stage in self.chosen.stages],
                "dispatch_us": {str(n): round(model.solo_us(n), 3) for n in graph.dispatch_ids()}}


def fixed_schedules(graph: DispatchGraph, iree: Schedule) -> dict[str, Schedule]:
    """The schedules that need no cost model: sequential, asap and IREE's own waves."""
    return {"sequential": baselines.sequential(graph), "asap": baselines.asap(graph), "iree": iree}


def make_plan(graph: DispatchGraph, fixed: dict[str, Schedule], cost: StageCost, *,
              search: iops_mod.SearchOptions, scheduler: Scheduler = Scheduler.IOPS,
              given: Schedule | None = None) -> Plan:
    """Search iops and IOS under `cost`, then choose `scheduler`'s schedule (or `given`).

    The memory budget defaults to IREE's own order's estimated peak; iops keeps within it,
    falling back to the fastest baseline that does where the search could not. A search for a
    schedule below a bar (`useful_below_us`: the closed loop's, where only its pick is used)
    leaves IOS out: IOS's schedule is there to be compared with in the report, and that pick is
    compiled rarely (its report, where it ships, says IOS was not run); so does a plan with
    nothing searched (`SearchOptions.skip`).
    """
    schedules = dict(fixed)
    budget = search.memory_budget if search.memory_budget is not None else peak_bytes(fixed["iree"].stages, graph)
    search = iops_mod.SearchOptions(**{**search.__dict__, "memory_budget": budget})
    if search.useful_below_us is None and search.skip is None:
        schedules["ios"] = iops_mod.ios(graph, cost, search, fixed["asap"])
    outcome = iops_mod.schedule(graph, cost, schedules, search)
    schedules["iops"] = outcome.iops
    estimated = iops_mod.memory_report(schedules, graph)
    if estimated["iops"] > budget:
        # The search keeps each block within budget where a baseline of it fits; a block no
        # order it knows of fits keeps the leanest one, which may not.
        fitting = [n for n in ("iree", "sequential", "asap", "ios") if n in estimated and estimated[n] <= budget]
        if fitting:
            best = min(fitting, key=lambda n: cost.schedule_us(schedules[n].stages))
            schedules["iops"] = Schedule("iops", schedules[best].stages)
            outcome.search["memory_fallback"] = best
            estimated["iops"] = estimated[best]
    if given is not None:
        schedules[given.scheduler] = given
        estimated[given.scheduler] = peak_bytes(given.stages, graph)
        chosen = given
    else:
        chosen = schedules[str(scheduler)]
    if chosen.scheduler != "iree":
        # IREE's own waves may be wider than a CUDA graph allows; they are IREE's to run as is.
        chosen = Schedule(chosen.scheduler, split_wide_stages(chosen.stages), chosen.info)
        validate(chosen, graph)
        schedules[chosen.scheduler] = chosen
    return Plan(chosen, schedules, cost, outcome.blocks, outcome.search, budget, estimated)
