"""The schedule phase of one program: its cost model (profiled where asked), its plan, its report.

With the profiled cost model (the default on llvm-cpu) IREE's three orders of the program
(the flat program, `debug`, among them) are compiled and profiled whole; that gives the wave
model and the device's headroom. Where there is nothing to win (a chain of dispatches, or IREE's
order already at the bound), the search and the measured candidates are skipped and IREE's order
is planned.
"""

from __future__ import annotations

import dataclasses

from .. import cost as cost_mod
from ..choices import CostModelKind, Phase, Scheduler, VerifyMode, default_analytic_device
from ..cost.base import StageCost, margin_note
from ..cost.hal_profile import profile_programs
from ..cost.profile import Profile, Profiler
from ..cost.timed import Timed, on_scale_of, time_programs
from ..cost.wave_model import ProfiledProgram, transfer
from ..options import CompileOptions
from ..progress import Progress
from ..schedule import iops as iops_mod
from ..schedule.model import read_schedule_file, stages_as_symbols
from .back import Scheduled, compile_iree_order, compile_iree_orders, transient_bytes
from .front import DEBUG_ORDER, IREE_ORDERS, AsyncProgram, iree_order
from .pick_rule import FirstBar, first_search_bar
from .plan import Plan, fixed_schedules, make_plan
from .profiling import FLAT, Profiled, profile_baselines
from .report import MemoryReport, ScheduleReport

PROFILE_CALLS = 10  # profiled calls of each whole program
# Below this share of IREE's time, a gain is within what two timings of one program differ by here.
NO_GAIN_BELOW = 0.03


def search_options(options: CompileOptions, memory_budget: int | None) -> iops_mod.SearchOptions:
    """The search knobs of a compile; `memory_budget` None means IREE's own order's peak."""
    return iops_mod.SearchOptions(max_block=options.max_block, whole_block=options.whole_block,
                                  expansions=options.search_expansions, timeout_s=options.search_timeout,
                                  solver_work_s=options.solver_work, tolerance=options.search_tolerance,
                                  memory_budget=memory_budget, split_workers=options.search_workers)


NOTHING_TO_REORDER = ("nothing to reorder: no two dispatches of this program can run at the same time, so every "
                      "schedule is IREE's order")


def nothing_to_reorder(fixed: dict) -> bool:
    """A chain: no two dispatches can ever run at the same time, so every schedule is IREE's."""
    return not any(len(stage) > 1 for stage in fixed["asap"].stages)


# IREE's other orders ship instead of the search's schedule only when predicted this much faster.
FASTER_BY = 0.01


def schedule_program(program: AsyncProgram, options: CompileOptions, *, model: str,
                     memory_budget: int | None, inputs: list, progress: Progress,
                     device: Profiled | None = None) -> Scheduled:
    """Cost model, plan and report for one program (nothing is applied yet); `inputs` (numpy
    arrays) are what the profiled cost model runs the program on. `device` is the profiled
    program as imported, when this is a rewritten one: its device constants are reused."""
    graph = program.graph
    fixed = fixed_schedules(graph, program.iree)
    spec = options.cost_spec
    scheduler, skipped, profiled = options.scheduler, None, None
    # A rewritten program (`device` given) is costed like the program as imported, chain or not,
    # so that the two predictions compare.
    if (spec.kind is CostModelKind.PROFILED and nothing_to_reorder(fixed) and options.schedule_file is None
            and device is None):
        skipped = NOTHING_TO_REORDER
        progress.say(skipped + "; nothing profiled")
        spec = dataclasses.replace(spec, kind=CostModelKind.ANALYTIC,
                                   device=default_analytic_device(program.target.name))
        scheduler = Scheduler.IREE

    def profiled_model() -> StageCost:
        nonlocal profiled
        profiled = _profile(program, inputs, progress, device)
        return profiled.cost

    cost = cost_mod.build_cost_model(spec, graph, program.target, measure=_measure_dispatches(program, progress),
                                     sample_from=fixed["asap"].stages, margin=options.margin,
                                     trusted=fixed["iree"].stages, profiled=profiled_model)
    room = profiled.headroom if profiled is not None else None
    if device is not None and nothing_to_reorder(fixed):
        scheduler = Scheduler.IREE  # its only schedule; the prediction still compares with the original's
    # A budget the user gave holds for IREE's orders too: where none of them keeps within it, the
    # search runs whatever the headroom, for a schedule that may (the closed loop ships the leanest).
    searches = scheduler is Scheduler.IOPS and skipped is None and options.schedule_file is None
    lean = _no_iree_order_fits(program, options.memory_budget) if searches else ""
    if lean:
        progress.say(lean)
    if room is not None and room.max_gain < NO_GAIN_BELOW and options.schedule_file is None and not lean:
        skipped = (f"no headroom: any schedule can gain at most {room.max_gain:.1%} on this device, within "
                   f"the {NO_GAIN_BELOW:.0%} two timings of one program differ by")
        progress.say(skipped + "; keeping IREE's order")
        scheduler = Scheduler.IREE
    given = read_schedule_file(options.schedule_file, graph) if options.schedule_file else None
    search = search_options(options, memory_budget)
    nothing_to_gain = skipped is not None  # for any program of this one, on this device
    if options.scheduler.is_fixed_order and given is None and skipped is None:
        skipped = fixed_order_asked(options.scheduler)
    orders_timed = first_bar = None
    if scheduler is Scheduler.IOPS and profiled is not None and device is None and _loop_judges_the_pick(options):
        orders_timed, first_bar = _first_search_bar(program, options, profiled, cost, search, inputs, progress)
        if first_bar.reached and not lean:
            skipped = first_bar.reason()
            progress.say(f"search skipped: {skipped}")
            scheduler = Scheduler.IREE
    if skipped is not None:
        search = dataclasses.replace(search, skip=skipped)  # nothing searched, nor IOS's DP
    else:
        progress.say(f"searching ({len(graph.dispatch_ids())} dispatches, cost model {cost.name})")
    plan = make_plan(graph, fixed, cost, search=search, scheduler=scheduler, given=given)
    if first_bar is not None:
        plan.search["first_bar"] = first_bar.to_json()
    if (scheduler is Scheduler.IOPS and given is None and options.verify is not VerifyMode.OFF
            and not options.measures_output):  # --verify off: the search's pick, as asked
        _faster_iree_order(program, plan, cost, progress, user_budget=options.memory_budget)
    if plan.chosen.scheduler == "iree" and program.target.waves_overlap:
        _warn_if_too_wide(program, plan, progress)
    _say_memory(plan, progress)
    predicted = plan.predicted_us()
    weighed = f" ({margin_note(cost.margin())})" if cost.margin() else ""
    searched = "" if skipped is not None else (f"search: {plan.search['seconds']} s, {plan.search['nodes']} "
                                               f"expansions, {iops_mod.proof_summary(plan.search)}; ")
    progress.say(f"{searched}predicted{weighed} " + ", ".join(f"{k} {v:.0f} us" for k, v in predicted.items()))
    report = make_report(program, plan, model=model, headroom=room.to_json() if room is not None else None)
    report.search_skipped = skipped
    return Scheduled(program, plan, report, profiled, orders_timed=orders_timed, nothing_to_gain=nothing_to_gain)


def _no_iree_order_fits(program: AsyncProgram, budget: int | None) -> str:
    """Where the user gave a memory budget that none of IREE's orders keeps within (the transient
    memory of each, lowered: `back.transient_bytes`), why the search runs anyway; else ''."""
    if budget is None:
        return ""
    needs = {name: transient_bytes(program.variant.log, name) for name in IREE_ORDERS}
    if min(needs.values()) <= budget:
        return ""
    listed = ", ".join(f"{name} {bytes_} B" for name, bytes_ in needs.items())
    return (f"none of IREE's orders keeps within the {budget} B memory budget (transient memory: {listed}): "
            "searching for a leaner schedule, whatever the headroom")


def fixed_order_asked(scheduler: Scheduler) -> str:
    """Why nothing is searched where the user asked for a fixed order (iree, asap, sequential):
    its stages are known, and a search (and IOS's DP) would only fill the report's comparison, at
    up to half a minute of a full-size compile (RandWire: 19 s of search and 8 s of IOS's DP of a
    139 s compile of IREE's order)."""
    return (f"the {scheduler} order was asked for (--scheduler {scheduler}): its stages need no search; "
            "compile with --scheduler iops for the search's schedule and IOS's")


def _loop_judges_the_pick(options: CompileOptions) -> bool:
    """Whether the closed loop will time the output's candidates and compile the search's pick
    only past its bar (`pick_rule`): a compile to an output file, chosen by measurement."""
    return options.measures_output and options.stop_after > Phase.STREAM


def _first_search_bar(program: AsyncProgram, options: CompileOptions, profiled: Profiled, cost: StageCost,
                      search: iops_mod.SearchOptions, inputs: list,
                      progress: Progress) -> tuple[Timed, FirstBar]:
    """IREE's three orders timed (the closed loop's first session, taken before the search so that
    the search knows the fastest) and the first search's bar against the fastest, with the model's
    lower bound at the start (`pick_rule.first_search_bar`)."""
    vmfbs = compile_iree_orders(program.variant.log, program.target)
    timed = time_programs(vmfbs, program.target, inputs, options.verify_rounds, say=progress.say)
    measured = on_scale_of(timed.samples, next(iter(IREE_ORDERS)))  # on IREE's default order's scale, as the loop
    orders = {name: profiled.program(name).stages for name in IREE_ORDERS}  # as profiled: no IR parsed again
    return timed, first_search_bar(program.graph, profiled.cost, orders, measured, cost.margin(), search)


def _faster_iree_order(program: AsyncProgram, plan: Plan, cost: StageCost, progress: Progress, *,
                       user_budget: int | None) -> None:
    """Where nothing will time the output, IREE's other orders (max-concurrency) compete by
    prediction, as the closed loop has them compete by measurement: one predicted faster than
    the search's schedule (held to the default memory budget, which IREE's own orders are not;
    a budget the user gave holds for them too, by what IREE allocates for each) is what ships
    (`search.iree_order_faster`), its prediction recorded without the margin. Where the search's
    schedule is one of IREE's orders stage for stage, or runs every dispatch alone as IREE's
    sequential order does (the model prices any such order alike), that order's own program
    ships (`same_stages`): on an H200's recorded CUDA graphs our rewrite of the very stages of
    IREE's sequential order ran 1.24x slower than IREE's file. An order with a wave wider than
    the runtime takes between two barriers (`Target.max_wave`: 32 nodes in a CUDA graph) does
    not compete: IREE's HAL would refuse its program (`search.iree_orders_too_wide`). The plan
    keeps the searched schedule to explain."""
    orders = {name: iree_order(program, name).stages for name in IREE_ORDERS}
    too_wide = {name: widest for name, stages in orders.items() if (widest := _too_wide(program, stages))}
    for name, widest in too_wide.items():
        progress.say(f"IREE's {IREE_ORDERS[name]} order runs {widest} dispatches in one wave, more than the "
                     f"{program.target.max_wave} the runtime takes between two barriers: it does not compete")
        del orders[name]
    if too_wide:
        plan.search["iree_orders_too_wide"] = too_wide
    chosen = [sorted(stage) for stage in plan.chosen.stages]
    alone = all(len(stage) == 1 for stage in chosen)
    for name, stages in orders.items():
        exact = [sorted(stage) for stage in stages] == chosen
        if exact or (alone and name == DEBUG_ORDER
                     and (user_budget is None or transient_bytes(program.variant.log, name) <= user_budget)):
            plan.search["iree_order_faster"] = {"order": name, "predicted_us": plan.uncharged_us(stages),
                                                "same_stages": True}
            how = "stage for stage" if exact else "in effect (every dispatch alone)"
            progress.say(f"the schedule is IREE's {IREE_ORDERS[name]} order {how}; IREE's program ships")
            return
    mine = cost.program_us(plan.chosen.stages)
    for name, stages in orders.items():
        if name == "iree":
            continue  # among the search's candidates already
        if user_budget is not None and transient_bytes(program.variant.log, name) > user_budget:
            continue
        predicted = cost.program_us(stages)
        if predicted < mine * (1 - FASTER_BY):
            plan.search["iree_order_faster"] = {"order": name, "predicted_us": plan.uncharged_us(stages)}
            progress.say(f"IREE's {IREE_ORDERS[name]} order is predicted {1 - predicted / mine:.0%} faster than the "
                         "best schedule within the memory budget; its program ships")
            mine = predicted


def _too_wide(program: AsyncProgram, stages: list[list[int]]) -> int:
    """The widest wave of `stages` where it holds more dispatches than the target's runtime takes
    between two barriers (`Target.max_wave`), else 0."""
    limit, widest = program.target.max_wave, max(map(len, stages), default=0)
    return widest if limit is not None and widest > limit else 0


def _warn_if_too_wide(program: AsyncProgram, plan: Plan, progress: Progress) -> None:
    """IREE's order, asked for (`--scheduler iree`), ships as IREE compiles it; where its waves run
    as concurrent nodes of a CUDA graph recorded at every call (`--cuda-graphs`) and one is wider
    than the graph takes, say so: IREE's runtime refuses such a program."""
    widest = _too_wide(program, plan.chosen.stages)
    if widest:
        plan.search["iree_orders_too_wide"] = {"iree": widest}
        progress.say(f"warning: IREE's order runs {widest} dispatches in one wave, more than the "
                     f"{program.target.max_wave} a CUDA graph takes between two barriers: IREE's runtime "
                     "refuses it (\"exceeded max concurrent node limit\"); the search's schedule "
                     "(--scheduler iops) keeps within it")


def _say_memory(plan: Plan, progress: Progress) -> None:
    """Where the search's schedule passed the memory budget, which order iops takes instead; where
    no order it knows keeps within the budget (one the user gave), by how much the schedule passes
    it. IREE's own orders are not held to the budget."""
    fallback = plan.search.get("memory_fallback")
    if fallback is not None:
        progress.say(f"the search's schedule needs more than the {plan.budget_bytes} B memory budget: iops takes "
                     f"{fallback}'s order, which keeps within it")
    peak = plan.estimated_peak_bytes.get(plan.chosen.scheduler)
    if plan.chosen.scheduler != "iree" and peak is not None and peak > plan.budget_bytes:
        progress.say(f"warning: no order found keeps within the {plan.budget_bytes} B memory budget: "
                     f"{plan.chosen.scheduler}'s schedule needs about {peak} B (each block no order found fits "
                     "takes the order of least peak found)")


# The report's `ios` where the plan has no IOS schedule (`make_plan` with a bar, or nothing searched).
IOS_LEFT_OUT = ("IOS's dynamic program was not run: it runs only beside a search for the best schedule, not "
                "where the search was skipped (`search_skipped`) or looked only for a pick below the closed "
                "loop's bar (under a code variant's model)")


def make_report(program: AsyncProgram, plan: Plan, *, model: str, headroom: dict | None) -> ScheduleReport:
    """The report of `plan`'s chosen schedule of `program`."""
    graph, target = program.graph, program.target
    return ScheduleReport(
        model=model, target=target.name if target.arch is None else f"{target.name}:{target.arch}",
        scheduler=plan.chosen.scheduler, stage_nodes=plan.chosen.stages,
        stages=stages_as_symbols(plan.chosen, graph), num_dispatches=len(graph.dispatch_ids()),
        cost_model=plan.cost.describe(), predicted_us=plan.predicted_us(), blocks=plan.blocks, search=plan.search,
        ios=plan.schedules["ios"].info["ios"] if "ios" in plan.schedules else {"skipped": IOS_LEFT_OUT},
        memory=MemoryReport(budget_bytes=plan.budget_bytes, estimated_peak_bytes=plan.estimated_peak_bytes),
        timeline=plan.timeline(graph), device_headroom=headroom,
        runtime={"device": target.runtime_device, "flags": list(target.runtime_flags)})


def _profile(program: AsyncProgram, inputs: list, progress: Progress,
             device: Profiled | None) -> Profiled:
    """The program's whole-program profiles and wave model (see `profiling`)."""
    variant, graph, target = program.variant, program.graph, program.target
    if device is not None:
        # A rewritten program: its own dispatches timed in its flat program, the device's constants reused.
        progress.say(f"profiling the flat program{variant.tag} with IREE's HAL profiler (cached after the first "
                     "time)")
        vmfb = compile_iree_order(variant.log, target, FLAT)
        stages = iree_order(program, FLAT).stages
        flat = profile_programs({FLAT: vmfb}, target, inputs, graph, variant.work / "profiles",
                                runs=PROFILE_CALLS, stages={FLAT: stages})[FLAT]
        found = Profiled(graph, ProfiledProgram(FLAT, stages, flat), {})
        found.cost = transfer(device.cost, flat, graph.dispatch_ids())
        found.headroom = device.headroom  # the model's on this device, measured on the program as imported
        return found
    progress.say("profiling IREE's three orders (the flat program among them) with IREE's HAL profiler "
                 "(cached after the first time)")
    orders = {name: iree_order(program, name) for name in IREE_ORDERS}
    found = profile_baselines(variant.log, graph, target, orders, inputs, variant.work, calls=PROFILE_CALLS)
    progress.say(found.headroom.sentence())
    progress.say(f"wave model fitted on {found.cost.fit_samples} stages: {found.cost.model.constants()}, "
                 "held-out wave error " + ("n/a" if found.cost.heldout is None else f"{found.cost.heldout:.1%}"))
    return found


def _measure_dispatches(program: AsyncProgram, progress: Progress):
    """The `measured` cost model's profiler: each executable timed alone (benchmark modules)."""
    variant = program.variant

    def measure(symbols: list[str], samples: list[tuple[str, ...]]) -> Profile:
        progress.say("profiling dispatches on the device (cached after the first time)")
        profiler = Profiler(variant.work, program.target, variant.log, progress.say)
        profiler.dump("async.mlir")
        profile = profiler.measure_dispatches(symbols)
        profiler.measure_stages(samples, profile)
        return profile
    return measure
