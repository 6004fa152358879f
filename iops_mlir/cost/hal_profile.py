"""Whole-program profiles from IREE's HAL profiler, joined to the dispatch graph.

A compiled program's entry function is called several times by `iree-benchmark-module
--device_profiling_mode=... --device_profiling_output=run.ireeprof`; `iree-profile dispatch
--format=jsonl --dispatch_events` then prints one line per executed dispatch with its start
and end and, on the CPU, `tile_duration_sum_ns`: the time all workers spent in it (its core
time). So each call gives every dispatch's latency in context and every wave's real span.

- local-task: family `host-execution`, events `host_dispatch_event` in host nanoseconds;
- CUDA: family `dispatch-events`, device-timestamped events (`dispatch_event`) whose
  start and end are device ticks (`start_tick`, `end_tick`), with `duration_ns` where the
  profile could fit the device clock to the host's; a GPU reports no core time. The parser
  reads that format (IREE's profiler source), but IREE 3.13's CUDA HAL does not record it:
  on an H200 every profiled run stops with "CUDA HAL-native profiling is not implemented", so
  `profile_programs` refuses CUDA (`PROFILER_MISSING`) until a runtime that has it is pinned.
"""

from __future__ import annotations

import functools
import json
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .. import host_load, iree_tools
from ..errors import UserError
from ..graph import DispatchGraph
from ..targets import Target
from .cache import CostCache, file_digest, host_identity, stable_key, toolchain_versions

PROFILING_MODE = {"local-task": "host-execution", "cuda": "dispatch-events"}
# Runtime devices whose HAL profiler the pinned IREE runtime lacks, and what to use instead.
PROFILER_MISSING = {"cuda": "IREE 3.13's CUDA HAL does not implement HAL-native profiling (every profiled run "
                            "stops with 'CUDA HAL-native profiling is not implemented'), so no per-dispatch "
                            "timing can be taken on a GPU. Use --cost-model analytic (the default for cuda), or "
                            "measured:FILE with a dispatch profile gpu-report wrote from a GPU kit's "
                            "dispatches timed alone."}


@dataclass(frozen=True)
class DispatchEvent:
    """One executed dispatch: which export, where in its command buffer, when, and its core time."""

    key: str  # the export name, the `entry` of a graph node's `executable::entry`
    submission: int
    command_buffer: int
    command_index: int
    start_ns: int
    end_ns: int
    core_ns: int | None  # time summed over the workers (CPU); None where the device does not say

    @property
    def duration_ns(self) -> int:
        return self.end_ns - self.start_ns

    @property
    def recorded_at(self) -> tuple[int, int, int]:
        """Where the program recorded it: submission, command buffer, index in that buffer."""
        return (self.submission, self.command_buffer, self.command_index)


def parse_dispatch_events(jsonl: str) -> list[DispatchEvent]:
    """The dispatch events of `iree-profile dispatch --format=jsonl --dispatch_events` output,
    in execution order. Invalid events (a missing timestamp) are left out.

    CPU rows (`host_dispatch_event`) are in host nanoseconds and carry the core time. GPU rows
    (`dispatch_event`) are in device ticks; where the profile could fit the device clock, each
    row's `duration_ns` gives the tick length, and one scale for the whole profile (total
    nanoseconds over total ticks) turns ticks into nanoseconds.
    """
    records = [json.loads(line) for line in jsonl.splitlines() if line.strip()]
    device = [r for r in records if r.get("type") == "dispatch_event" and r.get("valid", True)]
    ticks = sum(r["duration_ticks"] for r in device if r.get("duration_ns"))
    ns_per_tick = sum(r["duration_ns"] for r in device if r.get("duration_ns")) / ticks if ticks else 1.0
    events = []
    for r in records:
        if r.get("type") == "host_dispatch_event" and r.get("valid", True):
            start, end, core = r["start_host_time_ns"], r["end_host_time_ns"], r.get("tile_duration_sum_ns")
        elif r.get("type") == "dispatch_event" and r.get("valid", True):
            start, end, core = r["start_tick"] * ns_per_tick, r["end_tick"] * ns_per_tick, None
        else:
            continue
        events.append(DispatchEvent(r["key"], r.get("submission_id", 0), r["command_buffer_id"],
                                    r["command_index"], round(start), round(end),
                                    None if core is None else int(core)))
    return sorted(events, key=lambda e: e.recorded_at)


def recording_order(stages: Sequence[Sequence[int]]) -> list[int]:
    """The dispatch nodes of a program in the order it records them: stage after stage, each
    stage's members in program order (as `apply` and IREE's own waves write them)."""
    return [n for stage in stages for n in sorted(stage)]


def join(events: Iterable[DispatchEvent], graph: DispatchGraph,
         order: Sequence[int] | None = None) -> dict[int, DispatchEvent]:
    """Each dispatch node of `graph` with its event of one run of the entry function.

    Events are matched by export name. An export called several times (one executable
    dispatched at several places) is matched in recording order: its k-th event to its k-th
    node in `order` (`recording_order` of the program's stages; program order by default).
    A schedule that runs two calls of one export the other way round records them so, and
    a wave's span must take the events of its own members.
    Events of other functions (the module initializer) have keys the graph does not know.
    """
    pending: dict[str, list[int]] = {}
    for n in (graph.dispatch_ids() if order is None else order):
        pending.setdefault(graph.nodes[n].symbol.split("::")[-1], []).append(n)
    joined: dict[int, DispatchEvent] = {}
    for event in events:
        queue = pending.get(event.key)
        if queue:
            joined[queue.pop(0)] = event
    missing = [n for ids in pending.values() for n in ids]
    if missing:
        raise UserError(f"The profile has no event for {len(missing)} dispatch(es) of the program, for example "
                        f"{graph.nodes[missing[0]].symbol}; it was not taken from this program.")
    return joined


@dataclass
class ProgramProfile:
    """Several calls of one program: each dispatch node's events, one per call (`runs`), and how
    many calls were profiled but set aside for running at another speed (`typical`)."""

    device: str
    runs: list[dict[int, DispatchEvent]]
    aside: list[dict[int, DispatchEvent]] = field(default_factory=list)  # calls unlike the median call

    @property
    def set_aside(self) -> int:
        return len(self.aside)

    def span_us(self) -> float:
        """Median over the runs of the entry function's span: first dispatch start to last end."""
        return statistics.median(call_span_ns(run) for run in self.runs) / 1e3

    def latency_us(self, node: int) -> float:
        """Median in-context latency of one dispatch."""
        return statistics.median(run[node].duration_ns for run in self.runs) / 1e3

    def core_us(self, node: int) -> float | None:
        """Median core time of one dispatch (None on a device that does not report it)."""
        values = [run[node].core_ns for run in self.runs]
        return None if None in values else statistics.median(values) / 1e3

    def workers(self) -> int:
        """Workers seen busy at once: the largest core time / latency of any dispatch, rounded up."""
        # The calls set aside count too: where the calls like the median one are those in which
        # one worker did all the work, the kept calls alone would show a device of one worker.
        ratios = [e.core_ns / e.duration_ns for run in self.runs + self.aside for e in run.values()
                  if e.core_ns is not None and e.duration_ns > 0]
        return max(1, int(np.ceil(max(ratios, default=1.0) - 1e-6)))


TYPICAL_BAND = 0.15  # a call whose span is this far from the median call's ran at another speed
LEAST_TYPICAL = 3  # calls kept however spread the spans are


def call_span_ns(run: dict[int, DispatchEvent]) -> int:
    """One call's span: its first dispatch's start to its last dispatch's end."""
    return max(e.end_ns for e in run.values()) - min(e.start_ns for e in run.values())


def _running(run: dict[int, DispatchEvent]) -> list[tuple[int, int]]:
    """The stretches of one call in which at least one dispatch ran, in time order: the
    dispatches' spans merged where they overlap or touch."""
    merged: list[list[int]] = []
    for start, end in sorted((e.start_ns, e.end_ns) for e in run.values()):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def idle_gaps_ns(run: dict[int, DispatchEvent]) -> list[int]:
    """The stretches of one call, from its first dispatch's start to its last one's end, in which
    no dispatch ran: between one dispatch's end and the next start, where nothing overlaps."""
    running = _running(run)
    return [start - end for (_, end), (start, _) in zip(running, running[1:])]


def typical(device: str, runs: list[dict[int, DispatchEvent]]) -> ProgramProfile:
    """The profile of the calls that ran like the median call: those whose span is within
    TYPICAL_BAND of the median span (at least the LEAST_TYPICAL nearest it), in call order.

    A model sums per-dispatch and per-stage medians into a program's time, and that sum is the
    median call only if every median is taken over calls of one kind. A 2-core VM ran calls of
    one program at two speeds, about 2x apart, mixed within each profiling session: in the fast
    ones one worker did all the work (core time = span). Medians over both kinds, dispatch by
    dispatch, picked the fast kind for some dispatches and the slow kind for others, and their
    sum fell 10-25% short of every program's median call (small SqueezeNet: 235 us summed, 304
    us the median call); over the calls near the median call the sum is that call's time."""
    if not runs:
        return ProgramProfile(device, [])
    spans = [call_span_ns(run) for run in runs]
    median = statistics.median(spans)
    nearest = sorted(range(len(runs)), key=lambda i: (abs(spans[i] - median), i))
    kept = set(nearest[:LEAST_TYPICAL]) | {i for i in nearest if abs(spans[i] - median) <= TYPICAL_BAND * median}
    return ProgramProfile(device, [run for i, run in enumerate(runs) if i in kept],
                          [run for i, run in enumerate(runs) if i not in kept])


PHASE_GAP = 1.3  # calls whose dispatches took this many times the core time of the others' ran in another phase


def call_speeds(found: dict[str, list[dict[int, DispatchEvent]]]) -> dict[str, list[float]] | None:
    """Each call's speed on one scale for every program: the median over its dispatches of the
    dispatch's core time over its median core time in all the calls of all the programs (1: a
    call like most; 2: its dispatches took twice the workers' time). None where the device does
    not report core time."""
    per_node: dict[int, list[int]] = {}
    for runs in found.values():
        for run in runs:
            for node, event in run.items():
                if event.core_ns is None:
                    return None
                per_node.setdefault(node, []).append(event.core_ns)
    reference = {node: statistics.median(times) for node, times in per_node.items()}
    return {name: [_call_speed(run, reference) for run in runs] for name, runs in found.items()}


def _call_speed(run: dict[int, DispatchEvent], reference: dict[int, float]) -> float:
    """The median of the call's dispatches' core times over their reference ones (1.0 where no
    dispatch has a reference above zero)."""
    ratios = [e.core_ns / reference[n] for n, e in run.items() if reference[n] > 0]
    return statistics.median(ratios) if ratios else 1.0


ONE_WORKER_BUSY = 1.1  # a call whose workers were busy on average at most this many at once ran on one worker


def busy_workers(run: dict[int, DispatchEvent]) -> float | None:
    """The workers busy on average while any of the call's dispatches ran: their core time over
    the time at least one of them was running (1: one worker did all the work). None where the
    device does not report core time."""
    if any(e.core_ns is None for e in run.values()):
        return None
    covered = sum(end - start for start, end in _running(run))
    return sum(e.core_ns for e in run.values()) / covered if covered else None


def worker_groups(found: dict[str, list[dict[int, DispatchEvent]]]) -> dict[str, list[bool]] | None:
    """Each call of each program that shows several workers busy in some call: True where
    several workers ran it, False where one worker ran it all (`busy_workers` at most
    ONE_WORKER_BUSY). A program one worker ran in every call is left out: it cannot show the
    phase (the flat program of code that runs each dispatch on one worker never can). None
    where no call falls in one of the groups, or the device reports no core time."""
    busy = {name: [busy_workers(run) for run in runs] for name, runs in found.items()}
    if any(None in values for values in busy.values()):
        return None
    several = {name: [b > ONE_WORKER_BUSY for b in values] for name, values in busy.items()}
    shown = {name: flags for name, flags in several.items() if any(flags)}
    return shown if any(not all(flags) for flags in shown.values()) else None


def speed_groups(found: dict[str, list[dict[int, DispatchEvent]]]) -> dict[str, list[bool]] | None:
    """Each call of each program: True in the slow group, where the calls' speeds (`call_speeds`)
    fall in two groups at least PHASE_GAP apart (`_phase_cut`); else None."""
    speeds = call_speeds(found)
    cut = _phase_cut(speeds) if speeds is not None else None
    if cut is None:
        return None
    return {name: [s > cut for s in values] for name, values in speeds.items()}


# A way to put calls in two groups: for each program, each call's group (True: the one kept on a
# tie), or None where the calls do not fall in two.
Grouping = Callable[[dict[str, list[dict[int, DispatchEvent]]]], dict[str, list[bool]] | None]
PHASE_GROUPINGS: tuple[Grouping, ...] = (worker_groups, speed_groups)


def one_phase(device: str, found: dict[str, list[dict[int, DispatchEvent]]],
              groupings: Sequence[Grouping] | None = None) -> dict[str, ProgramProfile]:
    """The profiles of programs profiled together, of calls that ran in one phase of the machine
    in every program, and of those the calls like each program's median call (`typical`).

    A 2-core VM ran calls in phases of two kinds, and a model fitted on programs profiled in
    different phases took the difference for one of the schedules:
    - calls in which one worker ran every dispatch, the other not running for a few
      milliseconds at a time (`worker_groups`). Where the dispatches were small, that was
      the faster phase (small SqueezeNet); where they were not, the workers' time per dispatch
      stayed the same and the calls took up to 1.8x longer: in the profiles the closed loop
      refitted small NASNet-A's device-split code on, IREE's waves ran at 3,551 us a call (the
      median of the calls kept, one worker's) and the flat program at 2,279 us (two workers'),
      so the waves fitted a contention of 2.27, and the search's pick, 365 of its 499 stages a
      lone dispatch, was predicted 40% faster than it timed;
    - whole processes at one speed or another, 2-2.5x apart in the workers' time per dispatch
      (`speed_groups`), so one program's sessions could be mostly fast and another's mostly
      slow (small Inception-v3: the flat program's median call in 3 fast sessions of 5, IREE's
      default in none).
    For each kind in turn, where the calls fall in two groups, one group is kept in every
    program that has LEAST_TYPICAL calls in it (`_common_group`): the several workers' and the
    slow group (the phase in which the closed loop's timing, one long-lived process, ran IREE's
    orders in the compiles where both showed), unless more programs have enough calls in the
    other. A program short of calls in the kept group keeps its own. `groupings`: the kinds of
    phase told apart, in order (`PHASE_GROUPINGS` by default; `tools/loo_check.py` compares)."""
    current = dict(found)
    aside: dict[str, list[dict[int, DispatchEvent]]] = {name: [] for name in found}
    for grouping in (PHASE_GROUPINGS if groupings is None else groupings):
        groups = grouping(current)
        if groups is None:
            continue
        kept_group = _common_group(groups)
        for name, flags in groups.items():
            runs = current[name]
            keep = [g == kept_group for g in flags]
            if sum(keep) >= LEAST_TYPICAL:
                aside[name] += [run for run, k in zip(runs, keep) if not k]
                current[name] = [run for run, k in zip(runs, keep) if k]
    profiles = {}
    for name, runs in current.items():
        profiles[name] = typical(device, runs)
        profiles[name].aside += aside[name]
    return profiles


def _common_group(groups: dict[str, list[bool]]) -> bool:
    """The group to keep where the calls fall in two (`True`: several workers, or the slow
    speed): True, unless fewer programs have LEAST_TYPICAL calls in it than in the other. So
    the group most programs can give puts the most of them in one phase: on a 2-core AMD VM,
    small ResNet-50's flat program had 2 slow calls of 10 and IREE's orders 4 and 6, and keeping
    the slow group set IREE's default order at 1,523 us a call beside the flat program's fast
    1,026 us, so the headroom's bound came from one phase and IREE's time from the other."""
    def supplied(group: bool) -> int:
        return sum(sum(g == group for g in values) >= LEAST_TYPICAL for values in groups.values())

    return supplied(True) >= supplied(False)


def _phase_cut(speeds: dict[str, list[float]]) -> float | None:
    """Where the calls' speeds fall in two groups at least PHASE_GAP apart (split at the widest
    step between neighbouring speeds), the largest speed of the fast group: the calls above it
    are the slow group. Else None."""
    ordered = sorted(s for values in speeds.values() for s in values)
    steps = [(ordered[i + 1] / ordered[i], i) for i in range(len(ordered) - 1) if ordered[i] > 0]
    if not steps or max(steps)[0] < PHASE_GAP:
        return None
    return ordered[max(steps)[1]]


def calls(events: list[DispatchEvent], graph: DispatchGraph,
          order: Sequence[int] | None = None) -> list[dict[int, DispatchEvent]]:
    """The events of each call of the entry function, joined to `graph` (in `order`, see
    `join`), in call order.

    Every call runs each of the graph's dispatches once, so the graph's events (the module
    initializer's have other keys) fall into consecutive groups of that size.
    """
    keys = {symbol.split("::")[-1] for symbol in graph.dispatches_by_symbol()}
    mine = [e for e in events if e.key in keys]
    size = len(graph.dispatch_ids())
    if not mine or len(mine) % size:
        raise UserError(f"The profile has {len(mine)} events of this program's {size} dispatches, not whole "
                        "calls of it; it was not taken from this program.")
    return [join(mine[i:i + size], graph, order) for i in range(0, len(mine), size)]


PROFILE_SESSIONS = 5  # profiling sessions of each program, taken in turn with the other programs' sessions


def profile_programs(programs: dict[str, Path], target: Target, inputs: list[np.ndarray], graph: DispatchGraph,
                     work: Path, *, runs: int = 5, sessions: int = PROFILE_SESSIONS,
                     stages: dict[str, Sequence[Sequence[int]]] | None = None) -> dict[str, ProgramProfile]:
    """Call each program's `main` about `runs` times under the HAL profiler, in `sessions`
    `iree-benchmark-module` processes per program taken in turn with the other programs'.
    `stages[name]` are a program's stages, which give the order its events are joined in
    (`recording_order`); program order where not given.

    In turn, because a shared machine's speed can move by 10-30% within seconds (a 2-core cloud
    VM's did): profiled one after another, one program could be profiled in a slow second and
    another in a fast one, and a model fitted on both would take the difference for a property
    of the schedules. Within a session the calls run back to back, so they see warm caches and
    allocated buffers, as repeated inference does; each session's first call (first touch of
    every buffer) is dropped, and of the rest only the calls that ran in one phase of the
    machine for every program (`one_phase`) and like the median call (`typical`) are kept. The
    sessions' files are `work/NAME.S.ireeprof`. Profiles are cached by the program's and the
    inputs' bytes, the device, the host and the IREE versions, so compiling again gives the
    same result; with the cores the workers lacked to other processes meanwhile (`host_load`):
    one taken on a busy machine is taken again once the machine is quiet, the quieter kept (an
    entry without that record stands).
    """
    from ..workers import target_workers  # here: workers imports this package's cache

    mode = PROFILING_MODE.get(target.runtime_device)
    if target.runtime_device in PROFILER_MISSING:
        raise UserError(PROFILER_MISSING[target.runtime_device])
    if mode is None:
        raise UserError(f"No HAL profiling mode is known for the runtime device '{target.runtime_device}'.")
    input_flags, inputs_hash = iree_tools.input_flags(inputs, work)
    sessions = max(1, min(sessions, runs))
    per_session = -(-runs // sessions)
    cache = CostCache("hal-profile")
    keys = {name: stable_key(file_digest(vmfb), inputs_hash, target.runtime_device, *target.runtime_flags,
                             host_identity(), toolchain_versions(), f"calls={per_session}",
                             f"sessions={sessions}") for name, vmfb in programs.items()}
    orders = {name: recording_order(stages[name]) if stages and name in stages else None for name in programs}
    workers = target_workers(target) or 1
    now = functools.cache(lambda: host_load.probe(workers))  # the machine probed once, where asked
    cached = {name: (runs_, _short_cores(entry)) for name in programs
              if (runs_ := _cached_calls(entry := cache.get(keys[name]), graph, orders[name])) is not None}
    found = {name: runs_ for name, (runs_, short) in cached.items() if host_load.stands(short, workers, now)}
    todo = [name for name in programs if name not in found]
    texts: dict[str, list[str]] = {name: [] for name in todo}
    with host_load.Watch(workers) as watch:
        for session in range(1, sessions + 1):
            # Alternate the order, so that no program is always the one after a module load.
            for name in (todo if session % 2 else reversed(todo)):
                out = work / f"{name}.{session}.ireeprof"
                iree_tools.run_tool(iree_tools.benchmark_module(str(programs[name]), target, "--function=main",
                                                                *input_flags, f"--benchmark_min_time={per_session + 1}x",
                                                                f"--device_profiling_mode={mode}",
                                                                f"--device_profiling_output={out}"),
                                    what=f"iree-benchmark-module ({name}, profiling)")
                texts[name].append(iree_tools.run_tool(iree_tools.profile_dispatches(str(out)),
                                                       what="iree-profile").stdout)
    for name in todo:
        if name in cached and not host_load.replaces(watch.short, cached[name][1]):
            found[name] = cached[name][0]  # the machine was no quieter this time: the cached profile stands
            continue
        found[name] = session_calls(texts[name], graph, orders[name])
        cache.put(keys[name], {"jsonl": texts[name], "short_cores": watch.short})
    return one_phase(target.runtime_device, {name: found[name] for name in programs})


def _short_cores(cached: dict | None) -> float | None:
    """The cores a cached profile's workers lacked to other processes (None: not recorded)."""
    short = cached.get("short_cores") if cached else None
    return float(short) if isinstance(short, (int, float)) and short >= 0 else None


def session_files(folder: Path, name: str) -> list[Path]:
    """A program's profiling sessions in `folder` (`profile_programs`' files), in order; a dump
    made with one session per program has `NAME.ireeprof`."""
    numbered = {p.name[len(name) + 1:-len(".ireeprof")]: p for p in folder.glob(f"{name}.*.ireeprof")}
    found = {int(session): p for session, p in numbered.items() if session.isdigit()}
    if not found and (folder / f"{name}.ireeprof").exists():
        return [folder / f"{name}.ireeprof"]
    return [found[k] for k in sorted(found)]


def session_calls(texts: Sequence[str], graph: DispatchGraph,
                  order: Sequence[int] | None = None) -> list[dict[int, DispatchEvent]]:
    """The calls of profiling sessions (each `iree-profile dispatch` output), each session's
    first call dropped."""
    return [call for text in texts for call in calls(parse_dispatch_events(text), graph, order)[1:]]


def _cached_calls(cached: dict | None, graph: DispatchGraph,
                  order: Sequence[int] | None) -> list[dict[int, DispatchEvent]] | None:
    """The calls of cached profiling sessions, or None when there are none or they cannot be read
    (measured again)."""
    texts = cached.get("jsonl") if cached else None
    if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
        return None
    try:
        return session_calls(texts, graph, order)
    except (ValueError, KeyError, TypeError, UserError):
        return None
