"""Code for the device's workers: the fastest program's waves compiled with other code generation.

On a CPU, IREE splits each dispatch's workgroups over the workers: intra-operator parallelism,
sized for 8 threads whatever the device has. Where the dispatches are small, the split costs
more than it gains (the workers' wake-ups and hand-offs outweigh the work they share), and the
output then runs faster on fewer workers: the compile's worker check (`workers`) measures
exactly that. Where fewer ran it faster by `workers.MIN_GAIN` in the median of their processes
(`WorkersCheck.fewer_faster`, a weaker test than the one for advising fewer workers, which
asks for that gain in every process pair: a candidate is timed before it ships, the advice is
not), or where IREE's order left the workers
idle for much of its time (`IDLE_UTILISATION`: the workers check is noisy, and the profile says
directly how much of the workers' time a call leaves unused), the closed loop also compiles the
fastest program's waves with each of the target's code variants (`Target.code_variants`), in
order:
- `device-split` (`--iree-llvmcpu-number-of-threads=P` on llvm-cpu): each dispatch split for
  the device's P workers, coarser than IREE's default, still using every worker;
- `one-worker` (`--iree-llvmcpu-disable-distribution`): each dispatch one workgroup, run by one
  worker, the workers running a wave's dispatches side by side, inter-operator parallelism in
  place of intra-operator.
Each candidate is timed against IREE's best order like a pick and ships only when surely faster.

It is predicted before it is timed, from two measurements of other programs (`predict`). Its
flat program (IREE's debug order compiled the same way) is timed against the default code's
flat program, interleaved: what the code does to one dispatch at a time. The fastest program's
measured call, times that ratio, is the prediction: the waves are taken to gain over the flat
program what they gain with the default code. The flat program is profiled too, which gives
each dispatch's latency and core time under that code: with the device constants of the wave
model fitted on the default programs (`wave_model.transfer`), that is the variant's model until
its own program is profiled. That model's change in the waves' gain over the flat program, once
a factor of the prediction too, missed by more (docs/reference.md, 'Code for the device's
workers').

Other code makes other waves fastest (with one worker per dispatch the waves are the only
parallelism left), so the search runs again under each variant's model (`search_pick`), and its
pick, predicted from the variant's program just timed by the model's ratio of their spans, is
compiled the same way and timed like any pick where predicted faster than the fastest program
measured by more than the model's error. That model is refitted first (`refit`): the variant's
program just timed is profiled, and the device constants are fitted on its waves and the
variant's flat program, since the default code's waves do not show how this code's dispatches
slow each other side by side (on four of the five small zoo models the one-worker programs
fitted a contention of 1.15-1.41 where the default code's fitted 1.00-1.06).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from ..cost.timed import time_programs
from ..cost.wave_model import ProfiledProgram, WaveCost, transfer, wave_cost
from ..options import CompileOptions
from ..schedule import Schedule
from ..targets import CodeVariant, Target
from ..timing import paired_ratio
from ..workers import MIN_GAIN, WorkersCheck
from ..iree_tools import CommandLog
from .back import Scheduled, compile_concurrently, compile_iree_order, compile_stages
from .front import IREE_ORDERS
from .plan import Plan, fixed_schedules, make_plan
from .profiling import FLAT, profile_schedules
from .scheduling import PROFILE_CALLS, search_options


@dataclass
class Built:
    """The fastest program's waves compiled with a code variant, and its prediction."""

    name: str
    vmfb: Path
    predicted_us: float
    cost: WaveCost  # the wave model with its flat program's dispatch times (`wave_model.transfer`)
    flat_ratio: float  # its flat program's timed call / the default code's flat program's
    flat: ProfiledProgram  # its flat program, profiled


# Where IREE's order kept the workers busy for less than this share of its time (the headroom's
# utilisation), the variants are tried whatever the workers check says: the workers are idle for
# much of each call, and a wave's dispatches each on a worker of its own may fill that time. On
# the 2-core VMs, in 145 compiles of the full-size zoo models IREE's order kept them 0.68-1.01
# busy, and in 211 of the small ones 0.16-0.73 (188 below 0.6); there the workers check found
# two workers faster on some compiles of small NASNet-A, whose one-worker and device-split
# programs took 76-111% of the headroom in the benches that tried them, 37-59% in those that
# did not (`benchmarks/results/closed-loop/`).
IDLE_UTILISATION = 0.6


def reason_to_try(check: WorkersCheck | None, owner: Scheduled) -> str | None:
    """What calls for the code variants (None: nothing): fewer workers ran the output faster, or
    IREE's order left the workers idle for much of its time (`IDLE_UTILISATION`)."""
    if check is not None and check.fewer_faster():
        return f"fewer workers ran it at least {MIN_GAIN:.0%} faster than {check.workers}"
    headroom = owner.profiled.headroom if owner.profiled is not None else None
    if headroom is not None and headroom.utilisation < IDLE_UTILISATION:
        return f"IREE's order kept the {headroom.workers} workers busy {headroom.utilisation:.0%} of its time"
    return None


def why_not(target: Target, check: WorkersCheck | None, owner: Scheduled, of: str) -> str | None:
    """Why no code variant is tried for candidate `of` (None: they are)."""
    if not target.code_variants:
        return f"the {target.name} target has no other code generation for its workers"
    if of == FLAT:
        return "the fastest program runs one dispatch at a time: no wave for the workers to share"
    if owner.profiled is None:
        return "the program was not profiled, so the candidate could not be predicted"
    if reason_to_try(check, owner) is None:
        return (f"fewer workers were not faster by {MIN_GAIN:.0%} and IREE's order kept the workers busy at least "
                f"{IDLE_UTILISATION:.0%} of its time, so the split of each dispatch over the workers pays")
    return None


def why_not_variant(variant: CodeVariant, workers: int) -> str | None:
    """Why this variant is not tried on a device of `workers` workers (None: it is)."""
    if variant.same_as_default_at == workers:
        return f"with {workers} workers it is IREE's default code"
    return None


def name_of(variant: CodeVariant, of: str) -> str:
    """The candidate that compiles `of`'s waves with `variant`."""
    return of + variant.suffix


def pick_name(variant: CodeVariant) -> str:
    """The search's pick under `variant`'s model (`name_of` names another program's waves)."""
    return f"iops-{variant.name}"


def build(owner: Scheduled, variant: CodeVariant, of: str, stages: list[list[int]], measured_us: float,
          inputs: list, rounds: int) -> Built:
    """Compile `of` (a candidate of `owner`, with these stages and measured call) and its flat
    program with `variant`'s code, time the flat one against the default code's (`rounds`
    interleaved rounds) and profile it, and predict the candidate."""
    assert owner.profiled is not None
    program, name = owner.program, name_of(variant, of)
    target = program.target.with_code(variant)
    log, graph = program.variant.log, program.graph
    flat_name = name_of(variant, FLAT)

    def candidate(job_log):
        if of in IREE_ORDERS:  # IREE's own bytes, with the variant's flags
            return compile_iree_order(job_log, target, of, vmfb_name=f"{name}.vmfb")
        return compile_with(job_log, owner, variant, name, stages)

    vmfbs = compile_concurrently(log, {
        name: candidate,
        flat_name: lambda job_log: compile_iree_order(job_log, target, FLAT, vmfb_name=f"{flat_name}.vmfb")})
    flat_stages = Schedule(flat_name, [[n] for n in graph.dispatch_ids()])
    # The default code's flat program again, interleaved with this one: its timing among IREE's
    # orders may be minutes older, and the machine's speed moves by 10-30% within seconds.
    timed = time_programs({flat_name: vmfbs[flat_name], FLAT: compile_iree_order(log, program.target, FLAT)},
                          program.target, inputs, rounds)
    flat = profile_schedules(log, program.target, graph, {flat_name: flat_stages},
                             {flat_name: vmfbs[flat_name]}, inputs, program.variant.work, calls=PROFILE_CALLS)[flat_name]
    moved = transfer(owner.profiled.cost, flat.profile, graph.dispatch_ids(), flat_name=flat_name)
    flat_ratio = paired_ratio(timed.samples[flat_name], timed.samples[FLAT])
    return Built(name, vmfbs[name], predict(measured_us, flat_ratio), moved, flat_ratio, flat)


def refit(built: Built, measured: ProfiledProgram, nodes: list[int]) -> WaveCost:
    """The variant's model fitted on its own programs: its flat program and `measured`, its
    candidate as profiled after it was timed, with the device's workers (a profile of one worker
    per dispatch never shows two busy in one dispatch). Without a wave of two or more in
    `measured` nothing new is learnt about waves, and the transferred model (`built.cost`) stands."""
    if not any(len(stage) > 1 for stage in measured.stages):
        return built.cost
    return wave_cost(built.flat.profile, [built.flat, measured], nodes, workers=built.cost.model.workers)


def predict(measured_us: float, flat_ratio: float) -> float:
    """The call of some waves with a variant's code, from the measured call of the same waves
    with the default code: times the flat programs' timed ratio, the waves taken to gain over
    the flat program what they gain with the default code.

    Also multiplying by the wave model's change in that gain (the variant's dispatch times under
    the default code's device constants against the default's) missed by more: on 14
    `device-split` and 14 one-worker predictions of small zoo models on 2026-12-07, 12 and 6 of
    them within 5% without it, 10 and 4 with it; over three days every `device-split`
    prediction came within 10% without it, and four did not with it
    (`tools/variant_predict_check.py`, docs/reference.md)."""
    return measured_us * flat_ratio


def search_pick(owner: Scheduled, cost: WaveCost, options: CompileOptions, useful_below_us: float | None) -> Plan:
    """The search under a variant's model `cost`, within the owner's memory budget, for a
    schedule whose stages cost less than `useful_below_us` (`SearchOptions.useful_below_us`;
    None: any)."""
    graph = owner.program.graph
    search = dataclasses.replace(search_options(options, owner.plan.budget_bytes), useful_below_us=useful_below_us)
    return make_plan(graph, fixed_schedules(graph, owner.program.iree), cost, search=search)


def compile_with(log: CommandLog, owner: Scheduled, variant: CodeVariant, name: str,
                 stages: list[list[int]]) -> Path:
    """`stages` of the owner's program compiled with `variant`'s code, to NAME.vmfb."""
    target = owner.program.target.with_code(variant)
    return compile_stages(log, owner.program.graph, target, Schedule(name, stages), log.cwd / f"{name}.vmfb")
