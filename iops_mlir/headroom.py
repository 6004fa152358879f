"""How much any schedule can gain on this device: IREE's order measured against a lower bound.

From two whole-program profiles of one program (`cost.hal_profile`):
- the flat program (one dispatch at a time) gives each dispatch's latency alone and its
  core time (the time all workers spent in it);
- IREE's own order gives the latency users get without iops, and each dispatch's core time in
  a wave; the bound takes the lesser of the two core times (`least_core_us`).
While any dispatch of the program runs, it runs for at least its critical path (the longest
dependence chain of solo latencies) and for at least its total core time spread over the P
workers. Between two stages no dispatch runs (the barrier: the workers' wake-up, IREE's copies
and fills); a schedule has at least as many stages as the longest chain has dispatches (its
height h), and each of its h - 1 barriers takes at least the shortest barrier either profile
shows (each boundary's median over the calls). So

  lower bound = max(critical path, core time / P) + (h - 1) x shortest barrier,
  headroom = 1 - lower bound / IREE's time.

That takes the larger of two sums over the whole program; a stage pays the larger of its two
terms, its slowest member and its core time over P, plus a barrier. The search's bound on the
cost still to pay (`schedule.search.PartSearch.bound`) takes both at once, stage by stage, so
under the same limits (a wave of one costs its latency, a wave of more at least its slowest
member and its core time over P, each boundary the shortest barrier, no wave limit) it bounds
any schedule of the program too, and where chains and the rest interleave it is the higher one
(full-size ResNet-50: 86,234 us against 81,386, so a schedule can gain at most 4.1% where the
sums left 9.5%; `docs/reference.md`). The lower bound is the larger of the two.

P is the number of workers the profiles show busy at once, not an assumption. A GPU reports
no core time; there both bounds take the latencies and the barriers alone.

The flat program's calls and IREE's order's ran at different moments, and a 2-core VM's speed
moves by up to 2x within seconds: a bound from one phase set against IREE's time from another
put small Inception-v3's headroom anywhere from 14% to 38% over seven compiles. So the flat
program's latencies and core times are first put at the speed of IREE's order's calls
(`lone_speed`: its stages of one dispatch against the same dispatches in the flat program,
both one dispatch on every worker); over the same compiles, 28-36%.

Between its dispatches a call has stretches in which none runs: a dispatch's end and the next
one's start, the workers' hand-offs and IREE's barriers, where nothing overlaps them. IREE's
order's share of such time (`idle_us`, `idle_gaps`: medians over its calls) says how much of the
bound's distance is there: the bound counts only its stages' barriers, each at the shortest
measured. On the dumps of 2026-12-07 it was 2-6% of IREE's order's time at full size (NASNet-A,
RandWire) and 19-54% on `--small` Inception-v3, NASNet-A and RandWire (small RandWire: 534 of
983 us, in 378 stretches, of which the bound counts 81 us).

The core-time term is what waves could gain if running dispatches side by side kept every
worker busy. Whether it does on this device is measured too (`side_by_side`): in the profiled
program with the most dispatches in waves of two or more, the waves' spans against the same
dispatches' latencies one at a time. On a 2-core VM, where IREE already splits each dispatch
over both workers, small Inception-v3's 77 waves in `max-concurrency`'s order took x0.93-1.00 of
their dispatches' time alone in seven compiles: what a schedule wins there is mostly barriers,
not the core-time term.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from .cost.hal_profile import idle_gaps_ns
from .cost.wave_model import ProfiledProgram, WaveCost, WaveModel, WaveSample, wave_samples
from .graph import DispatchGraph
from .partition import dag_view
from .schedule.baselines import dispatch_levels
from .schedule.search import PartSearch
from .text import counted, us_text


@dataclass(frozen=True)
class SideBySide:
    """Dispatches run side by side in one profiled program's waves against the same dispatches
    one at a time (the flat program): what concurrency itself gives on this device."""

    program: str  # the profiled program whose waves these are
    waves: int  # its stages of two or more dispatches
    dispatches: int  # the dispatches in them
    together_us: float  # those waves' spans, summed (each the median over the calls)
    alone_us: float  # their latencies in the flat program, summed, times `speed`
    speed: float = 1.0  # the program's lone dispatches' latencies over the flat program's (1: none alone)

    @property
    def ratio(self) -> float:
        """The waves' time over their dispatches' time one at a time (below 1: side by side pays)."""
        return self.together_us / self.alone_us

    def to_json(self) -> dict:
        return {**{k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self).items()},
                "ratio": round(self.ratio, 4)}

    @classmethod
    def from_json(cls, doc: dict) -> SideBySide:
        """Read back from `to_json` (schedule.json's `device_headroom.side_by_side`)."""
        return cls(doc["program"], doc["waves"], doc["dispatches"], doc["together_us"], doc["alone_us"],
                   doc.get("speed", 1.0))

    def sentence(self) -> str:
        said = (f"in {self.program}'s {self.waves} waves of two or more, {self.dispatches} dispatches side by side "
                f"took {self.together_us:.0f} us against {self.alone_us:.0f} us one at a time (x{self.ratio:.2f}; "
                f"the flat program's latencies x{self.speed:.2f}, as the order's lone dispatches ran)")
        if self.ratio >= 1.0:
            return said + ": running them side by side gained nothing here, so a schedule gains by fewer barriers"
        return said + f": side by side saved {1.0 - self.ratio:.0%} of their time"


def least_barriers_us(stages_at_least: int, barrier_us: float) -> float:
    """The least time any schedule spends between its stages: a barrier between each two."""
    return max(0, stages_at_least - 1) * barrier_us


def idle_sentence(h: dict) -> str | None:
    """schedule.json's `device_headroom`: the time in IREE's order with no dispatch running, and
    how much of it the lower bound counts (None where the profile shows none)."""
    if not h.get("idle_gaps"):
        return None
    counted = least_barriers_us(h["stages_at_least"], h["barrier_us"])
    return (f"in IREE's order none runs for {h['idle_us'] / h['iree_measured_us']:.0%} of its time "
            f"({h['idle_us']:.0f} us in {h['idle_gaps']} stretches, {h['idle_us'] / h['idle_gaps']:.2f} us each); "
            f"the lower bound counts {counted:.0f} us of such time ({h['stages_at_least'] - 1} barriers of "
            f"{h['barrier_us']:.2f} us)")


def headroom_lines(h: dict) -> list[str]:
    """schedule.json's `device_headroom` in words, as the compile and `explain` print it."""
    lines = [f"device headroom: IREE's order {h['iree_measured_us']:.0f} us keeps {h['workers']} workers "
             f"{h['utilisation']:.0%} busy; lower bound {h['lower_bound_us']:.0f} us: any schedule can gain at "
             f"most {h['max_gain']:.1%} on this device"]
    if idle := idle_sentence(h):
        lines.append("between dispatches: " + idle)
    if h.get("side_by_side"):
        lines.append("side by side: " + SideBySide.from_json(h["side_by_side"]).sentence())
    return lines


@dataclass(frozen=True)
class Headroom:
    """What the device leaves for a schedule to win, in microseconds."""

    workers: int
    iree_measured_us: float
    flat_measured_us: float
    core_us: float
    critical_path_us: float
    runs: int
    runs_set_aside: int = 0  # IREE order's calls profiled but unlike the median call (`hal_profile.typical`)
    stages_at_least: int = 1  # the longest dependence chain, in dispatches
    barrier_us: float = 0.0  # the shortest time between two stages either profile shows
    schedule_bound_us: float = 0.0  # the search's bound on any schedule under the same limits
    side_by_side: SideBySide | None = None  # what waves gave over one dispatch at a time; None: no wave profiled
    speed: float = 1.0  # the flat program's latencies were taken times this: IREE's order's speed (`lone_speed`)
    core_speed: float = 1.0  # and its core times times this
    idle_us: float = 0.0  # the time in IREE's order's call with no dispatch running (median over its calls)
    idle_gaps: int = 0  # the stretches of it (`hal_profile.idle_gaps_ns`), likewise

    @property
    def barriers_us(self) -> float:
        """The least time any schedule spends between its stages."""
        return least_barriers_us(self.stages_at_least, self.barrier_us)

    @property
    def sums_bound_us(self) -> float:
        """The bound of the two sums: max(critical path, core time / P) and the barriers."""
        return max(self.critical_path_us, self.core_us / self.workers) + self.barriers_us

    @property
    def lower_bound_us(self) -> float:
        return max(self.sums_bound_us, self.schedule_bound_us)

    @property
    def idle_share(self) -> float:
        """Share of IREE's order's time in which no dispatch runs."""
        return self.idle_us / self.iree_measured_us if self.iree_measured_us else 0.0

    @property
    def utilisation(self) -> float:
        """Share of the workers' time IREE's order keeps busy."""
        return self.core_us / (self.workers * self.iree_measured_us)

    @property
    def max_gain(self) -> float:
        """The most any schedule can cut from IREE's time (0 when IREE is at the bound)."""
        return max(0.0, 1.0 - self.lower_bound_us / self.iree_measured_us)

    def to_json(self) -> dict:
        fields = {k: round(v, 3) if isinstance(v, float) else v for k, v in asdict(self).items() if k != "side_by_side"}
        return {**fields, "lower_bound_us": round(self.lower_bound_us, 3), "utilisation": round(self.utilisation, 4),
                "max_gain": round(self.max_gain, 4),
                "side_by_side": self.side_by_side.to_json() if self.side_by_side else None}

    def sentence(self) -> str:
        terms = (f"critical path {us_text(self.critical_path_us)} us, core time / {self.workers} = "
                 f"{us_text(self.core_us / self.workers)} us, {self.stages_at_least - 1} barriers of at least "
                 f"{self.barrier_us:.1f} us; stage by stage {us_text(self.schedule_bound_us)} us; the flat program's "
                 f"times x{self.speed:.2f}, at the speed of IREE's order")
        measured = (f"IREE's order takes {us_text(self.iree_measured_us)} us under the profiler and keeps "
                    f"{counted(self.workers, 'worker')} {self.utilisation:.0%} busy")
        if self.idle_gaps:
            measured += (f", no dispatch running for {self.idle_share:.0%} of it ({self.idle_gaps} stretches between "
                         "dispatches)")
        if self.lower_bound_us > self.iree_measured_us:
            # The bound is built from the flat program's latencies; where that program ran slower
            # under the profiler than IREE's waves, "no schedule can take less" would contradict
            # the measurement beside it. The side-by-side figure, set against the same latencies,
            # is left out for the same reason.
            return (f"{measured}, less than the bound from the dispatches run one at a time "
                    f"({us_text(self.lower_bound_us)} us: {terms}), which ran slower under the profiler: "
                    "no gain is measurable on this device")
        found = (f"{measured}; no schedule can take less than {us_text(self.lower_bound_us)} us ({terms}): "
                 f"any schedule can gain at most {self.max_gain:.1%} on this device")
        return found + (f"; {self.side_by_side.sentence()}" if self.side_by_side else "")


def critical_path_us(graph: DispatchGraph, latency_us: dict[int, float]) -> float:
    """The longest chain of dependent dispatches, each at its given latency."""
    preds = dag_view(graph).preds
    finish: dict[int, float] = {}
    for n in graph.dispatch_ids():  # program order is topological
        finish[n] = latency_us[n] + max((finish[p] for p in preds[n]), default=0.0)
    return max(finish.values(), default=0.0)


def height(graph: DispatchGraph) -> int:
    """The most dispatches on one dependence chain: the fewest stages any schedule has."""
    return max(dispatch_levels(graph).values(), default=-1) + 1


def shortest_barrier_us(flat: ProfiledProgram, iree: ProfiledProgram, flat_speed: float = 1.0) -> float:
    """The shortest time from a stage's end to the next stage's start in the two profiles (each
    boundary's median over the calls; the flat program's times `flat_speed`, see `lone_speed`);
    0 where neither program has two stages."""
    gaps = [scale * s.gap_us for p, scale in ((flat, flat_speed), (iree, 1.0))
            for s in wave_samples(p.profile, p.stages) if s.gap_us is not None]
    return min(gaps, default=0.0)


def least_core_us(node: int, flat: ProfiledProgram, iree: ProfiledProgram, flat_speed: float = 1.0) -> float | None:
    """The lesser of the core times the flat program (times `flat_speed`, see `lone_speed`) and
    IREE's order show `node` needing (None without core times).

    Spread over every worker in the flat program, a dispatch spends more core time (workers
    waiting on each other, uneven tiles) than in a wave, where it runs on fewer: on RandWire the
    flat program's core times summed to more than 2 workers x IREE's measured time, a "bound"
    above what IREE had just done."""
    alone, in_order = flat.profile.core_us(node), iree.profile.core_us(node)
    return None if alone is None or in_order is None else min(flat_speed * alone, in_order)


def lone_speed(flat: ProfiledProgram, program: ProfiledProgram, *, core: bool = False) -> float:
    """How many times slower `program`'s calls ran than the flat program's: its single-dispatch
    stages' latencies (core times, with `core`) summed, over the same dispatches' in the flat
    program. Both run one dispatch on every worker there, so the ratio is the machine's speed
    between the two programs' calls, which were profiled at different moments (1.0 where the
    program has no stage of one dispatch, or the device reports no core time)."""
    def summed(p: ProfiledProgram) -> float | None:
        values = [p.profile.core_us(n) if core else p.profile.latency_us(n) for n in lone]
        return None if None in values else sum(values)

    lone = [stage[0] for stage in program.stages if len(stage) == 1]
    mine, theirs = summed(program), summed(flat)
    return mine / theirs if mine is not None and theirs else 1.0


def schedule_bound_us(graph: DispatchGraph, latency_us: dict[int, float], core_us: dict[int, float],
                      workers: int, barrier_us: float) -> float:
    """The search's bound on any schedule of `graph`'s dispatches (see the module): its cost model
    is the wave model at its most favourable (no contention, no overhead per member, every
    boundary `barrier_us`), without the wave limit; the model charges a barrier after the last
    stage too, which a program does not wait for."""
    nodes = graph.dispatch_ids()
    if not nodes:
        return 0.0
    cost = WaveCost(WaveModel(workers, latency_us, core_us, 1.0, barrier_us), fit_samples=0, heldout=None)
    return max(0.0, PartSearch(nodes, dag_view(graph).preds, cost, max_stage=len(nodes)).bound(0) - barrier_us)


def side_by_side(flat: ProfiledProgram, programs: Iterable[ProfiledProgram]) -> SideBySide | None:
    """How the waves of the program among `programs` with the most dispatches in waves of two or
    more ran against the same dispatches one at a time in `flat` (None: no such wave).

    The two programs' calls ran at different moments, and a 2-core VM's speed moves by up to 2x
    within seconds: small Inception-v3's flat program, profiled slow beside `max-concurrency`,
    made its waves look 26% faster than their dispatches alone, where six other compiles
    showed 0-7%. So the flat program's latencies are put at the program's own speed: times
    `speed`, the program's single-dispatch stages' latencies over the same dispatches' in the
    flat program (their own calls, the same context: one dispatch on every worker)."""
    best: tuple[int, ProfiledProgram, list[WaveSample]] | None = None
    for program in programs:
        waves = [s for s in wave_samples(program.profile, program.stages) if len(s.members) > 1]
        dispatches = sum(len(s.members) for s in waves)
        if dispatches and (best is None or dispatches > best[0]):
            best = (dispatches, program, waves)
    if best is None:
        return None
    dispatches, program, waves = best
    speed = lone_speed(flat, program)
    alone = speed * sum(flat.profile.latency_us(n) for s in waves for n in s.members)
    return SideBySide(program.name, len(waves), dispatches, sum(s.span_us for s in waves), alone, speed)


def headroom(graph: DispatchGraph, flat: ProfiledProgram, iree: ProfiledProgram,
             others: Iterable[ProfiledProgram] = ()) -> Headroom:
    """The headroom of `graph`'s program from its flat and IREE-order profiles; `others` (more
    profiled programs of it) are looked at for their waves (`side_by_side`) and the workers they
    show busy at once: a profile taken while another process held a core can show one worker
    where the device has two, and the device's count is the most any of its profiles shows (as
    the wave model's)."""
    nodes = graph.dispatch_ids()
    speed, core_speed = lone_speed(flat, iree), lone_speed(flat, iree, core=True)
    latency = {n: speed * flat.profile.latency_us(n) for n in nodes}
    core = {n: least_core_us(n, flat, iree, core_speed) for n in nodes}
    known = None not in core.values()
    workers = max(p.profile.workers() for p in (flat, iree, *others))
    barrier = shortest_barrier_us(flat, iree, speed)
    idle = [idle_gaps_ns(run) for run in iree.profile.runs]
    return Headroom(workers=workers, iree_measured_us=iree.profile.span_us(), flat_measured_us=flat.profile.span_us(),
                    core_us=sum(core.values()) if known else 0.0, critical_path_us=critical_path_us(graph, latency),
                    runs=len(iree.profile.runs), runs_set_aside=iree.profile.set_aside,
                    stages_at_least=height(graph), barrier_us=barrier,
                    schedule_bound_us=schedule_bound_us(graph, latency, core if known else dict.fromkeys(nodes, 0.0),
                                                        workers, barrier),
                    # Callers pass every profiled program, IREE's order among them: each is read once.
                    side_by_side=side_by_side(flat, {p.name: p for p in (iree, *others)}.values()),
                    speed=speed, core_speed=core_speed,
                    idle_us=statistics.median(sum(gaps) for gaps in idle) / 1e3 if idle else 0.0,
                    idle_gaps=round(statistics.median(len(gaps) for gaps in idle)) if idle else 0)
