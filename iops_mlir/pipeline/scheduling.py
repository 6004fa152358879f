"""The schedule phase of one program: its cost model (profiled if measured), its plan, its report."""

from __future__ import annotations

from .. import cost as cost_mod
from ..cost.profile import Profile, Profiler
from ..cost.wave_model import WaveCost
from ..options import CompileOptions
from ..progress import Progress
from ..schedule import iops as iops_mod
from ..schedule.model import read_schedule_file, stages_as_symbols
from .back import Scheduled
from .front import AsyncProgram
from .plan import fixed_schedules, make_plan
from .profiling import profile_iree_and_flat
from .report import MemoryReport, ScheduleReport


def search_options(options: CompileOptions, memory_budget: int | None) -> iops_mod.SearchOptions:
    """The search knobs of a compile; `memory_budget` None means IREE's own order's peak."""
    return iops_mod.SearchOptions(max_block=options.max_block, expansions=options.search_expansions,
                                  timeout_s=options.search_timeout, memory_budget=memory_budget)


PROFILE_CALLS = 10  # profiled calls of each whole program (`--cost-model profiled`)


def schedule_program(program: AsyncProgram, options: CompileOptions, *, model: str,
                     memory_budget: int | None, inputs: list, progress: Progress) -> Scheduled:
    """Cost model, plan and report for one program (nothing is applied yet); `inputs` (numpy
    arrays) are what the profiled cost model runs the program on."""
    graph, variant = program.graph, program.variant
    fixed = fixed_schedules(graph, program.iree)
    profiler = Profiler(variant.work, program.target, variant.log, progress.say)

    def measure(symbols: list[str], samples: list[tuple[str, ...]]) -> Profile:
        progress.say("profiling dispatches on the device (cached after the first time)")
        profiler.dump("async.mlir")
        profile = profiler.measure_dispatches(symbols)
        profiler.measure_stages(samples, profile)
        return profile

    device_headroom: dict = {}

    def profiled() -> WaveCost:
        progress.say("profiling IREE's order and the flat program with IREE's HAL profiler (cached)")
        found = profile_iree_and_flat(variant.log, graph, program.target, fixed, inputs, variant.work,
                                      calls=PROFILE_CALLS)
        device_headroom.update(found.headroom.to_json())
        progress.say(found.headroom.sentence())
        progress.say(f"wave model fitted on {found.cost.fit_samples} stages: contention "
                     f"{found.cost.model.contention:.3f}, gap {found.cost.model.gap_us:.1f} us")
        return found.cost

    cost = cost_mod.build_cost_model(options.cost_spec, graph, program.target, measure=measure,
                                     sample_from=fixed["asap"].stages, margin=options.margin,
                                     trusted=fixed["iree"].stages, profiled=profiled)
    given = read_schedule_file(options.schedule_file, graph) if options.schedule_file else None
    progress.say(f"searching ({len(graph.dispatch_ids())} dispatches, cost model {cost.name})")
    plan = make_plan(graph, fixed, cost, search=search_options(options, memory_budget),
                     scheduler=options.scheduler, given=given)
    predicted = plan.predicted_us()
    progress.say(f"search: {plan.search['seconds']} s, {plan.search['nodes']} states, "
                 f"optimal={plan.search['optimal']}; predicted "
                 + ", ".join(f"{k} {v:.0f} us" for k, v in predicted.items()))
    target = program.target
    report = ScheduleReport(
        model=model, target=target.name if target.arch is None else f"{target.name}:{target.arch}",
        scheduler=plan.chosen.scheduler, stage_nodes=plan.chosen.stages,
        stages=stages_as_symbols(plan.chosen, graph), num_dispatches=len(graph.dispatch_ids()),
        cost_model=cost.describe(), predicted_us=predicted, blocks=plan.blocks, search=plan.search,
        ios=plan.schedules["ios"].info["ios"],
        memory=MemoryReport(budget_bytes=plan.budget_bytes, estimated_peak_bytes=plan.estimated_peak_bytes),
        timeline=plan.timeline(graph), device_headroom=device_headroom or None)
    return Scheduled(program, plan, report)
