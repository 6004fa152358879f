"""One worker per dispatch: the fastest program's waves compiled without thread distribution.

On a CPU, IREE splits each dispatch's workgroups over the workers: intra-operator parallelism.
Where the dispatches are small, the split costs more than it gains (the workers' wake-ups and
hand-offs outweigh the work they share), and the output then runs surely faster on fewer
workers: the compile's worker check (`workers`) measures exactly that. Where it does, the
closed loop also compiles the fastest program's waves with the target's `undistributed_flags`
(`--iree-llvmcpu-disable-distribution` on llvm-cpu): each dispatch is one workgroup, run by
one worker, and the workers run a wave's dispatches side by side, inter-operator parallelism
in place of intra-operator. The candidate is timed against IREE's best order like a pick and
ships only when surely faster.

It is predicted before it is timed. Its flat program (IREE's debug order compiled the same way)
is profiled, which gives each dispatch's latency and core time on one worker; with the device
constants of the wave model fitted on the distributed programs (`wave_model.transfer`), the
candidate's span is set against the same waves' span under that model, and the fastest
program's measured call scaled by that ratio (as a pick is predicted, `closed_loop.predict_pick`).

With one worker per dispatch the waves are the only parallelism left, so the schedule matters
more: the search runs again under that model (`search_pick`), and its pick, predicted from the
one-worker program just timed by the model's ratio of their spans, is compiled the same way and
timed like any pick where predicted faster than the fastest program measured by more than the
model's error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..cost.wave_model import WaveCost, scaled_call_us, transfer
from ..options import CompileOptions
from ..schedule import Schedule
from ..targets import Target
from ..workers import WorkersCheck
from ..iree_tools import CommandLog
from .back import Scheduled, compile_concurrently, compile_iree_order, compile_stages
from .front import IREE_ORDERS
from .plan import Plan, fixed_schedules, make_plan
from .profiling import FLAT, profile_schedules
from .scheduling import PROFILE_CALLS, search_options

SUFFIX = "-undistributed"  # a candidate's name: the name of the program whose waves it compiles, and this


@dataclass
class Undistributed:
    """The fastest program's waves compiled with one worker per dispatch, and its prediction."""

    name: str
    vmfb: Path
    predicted_us: float
    cost: WaveCost  # the wave model with its flat program's dispatch times (`wave_model.transfer`)


def why_not(target: Target, check: WorkersCheck | None, owner: Scheduled, of: str) -> str | None:
    """Why the undistributed program of candidate `of` is not tried (None: it is)."""
    if target.undistributed() is None:
        return f"the {target.name} target has no code generation with one worker per dispatch"
    if check is None or check.advised >= check.workers:
        return "fewer workers were not surely faster, so the split of each dispatch over the workers pays"
    if of == FLAT:
        return "the fastest program runs one dispatch at a time: no wave for the workers to share"
    if owner.profiled is None:
        return "the program was not profiled, so the candidate could not be predicted"
    return None


def build(owner: Scheduled, of: str, stages: list[list[int]], measured_us: float, inputs: list) -> Undistributed:
    """Compile `of` (a candidate of `owner`, with these stages and measured call) and its flat
    program with one worker per dispatch, profile the flat one, and predict the candidate."""
    target = owner.program.target.undistributed()
    assert target is not None and owner.profiled is not None
    program, name = owner.program, of + SUFFIX
    log, graph = program.variant.log, program.graph
    flat_name = FLAT + SUFFIX

    def candidate(job_log):
        if of in IREE_ORDERS:  # IREE's own bytes, with the target's flags for one worker per dispatch
            return compile_iree_order(job_log, target, of, vmfb_name=f"{name}.vmfb")
        return compile_one_worker(job_log, owner, name, stages)

    vmfbs = compile_concurrently(log, {
        name: candidate,
        flat_name: lambda job_log: compile_iree_order(job_log, target, FLAT, vmfb_name=f"{flat_name}.vmfb")})
    flat_stages = Schedule(flat_name, [[n] for n in graph.dispatch_ids()])
    flat = profile_schedules(log, owner.program.target, graph, {flat_name: flat_stages},
                             {flat_name: vmfbs[flat_name]}, inputs, program.variant.work, calls=PROFILE_CALLS)[flat_name]
    fitted = owner.profiled.cost
    moved = transfer(fitted, flat.profile, graph.dispatch_ids(), flat_name=flat_name)
    predicted = scaled_call_us(measured_us, fitted.model, stages, moved.model, stages)
    return Undistributed(name, vmfbs[name], predicted, moved)


PICK = "iops-one-worker"  # the search's pick under the one-worker model (`SUFFIX` names another's waves)


def search_pick(owner: Scheduled, cost: WaveCost, options: CompileOptions) -> Plan:
    """The search under the one-worker model `cost`, within the owner's memory budget."""
    graph = owner.program.graph
    return make_plan(graph, fixed_schedules(graph, owner.program.iree), cost,
                     search=search_options(options, owner.plan.budget_bytes))


def compile_one_worker(log: CommandLog, owner: Scheduled, name: str, stages: list[list[int]]) -> Path:
    """`stages` of the owner's program compiled with one worker per dispatch, to NAME.vmfb."""
    target = owner.program.target.undistributed()
    return compile_stages(log, owner.program.graph, target, Schedule(name, stages), log.cwd / f"{name}.vmfb")
