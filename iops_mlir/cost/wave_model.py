"""A stage model with a physical basis, fitted on the waves of profiled whole programs.

A wave of dispatches on P workers cannot end before its slowest member, nor before its
members' total core time spread over the P workers, and in a wave each member costs the workers
a little more than its own core time (its start and retirement, which a dispatch run alone
pays in the gap between stages). So a wave of two or more is modelled as

  span(S) = contention * max(max_n solo_n, sum_n (core_n + overhead) / P)

and a dispatch alone as its own measured latency in context (solo_n: its median over the calls
of every profiled program that runs it alone, the flat program among them, which runs one
dispatch at a time). Every stage also pays a gap before the next one starts
(the barrier, the workers' wake-up): stage(S) = span(S) + gap. `overhead`, `contention` (how
much members slow each other beyond the bound) and `gap` are fitted on real waves, every stage
of every profiled program: hundreds of samples on a zoo model. Contention and gap are fitted for
sums, since a program's latency is the sum of its stages: contention as the ratio of summed
spans to summed bounds over the concurrent waves (leaving out waves a disturbance made several
times slower); the overhead is the one of a grid whose waves' median error is least. The error
is measured on waves left out of the fit (`heldout_error`): the model is fitted on one half of
the waves and judged on the other.

Fills. Some dispatches need a buffer filled (the zero padding of a convolution's input) or,
more rarely, copied before they run; both are "fills" here. Every schedule has the same fills
(190 on small NASNet-A, 66 on small RandWire); IREE records each `stream.cmd.fill` or `copy` in
the concurrent region before its dispatch's stage, so it runs in the gap before that stage, and
IREE's debug order, the flat program, runs each between barriers of its own. A dispatch event's
`command_index` counts every command recorded before it, so the profiles show both, and the gap
is fitted as gap + fill x (fills before the next stage) + barrier x (the debug order's barriers
after them), by least squares over every boundary of every profiled program.
A constant gap took the fills' cost for a cost of every stage: on small RandWire and
NASNet-A, fitted with IREE's default order (many stages), 1.60-1.64 us a stage where a stage
without fills costs 1.38-1.41 us, so it priced every stage a schedule saves too high. The
fills add the same to every schedule but the debug order's, so the search does not weigh
them; a program's predicted time counts them (`program_us`).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from .base import StageCost, StageForm
from .hal_profile import DispatchEvent, ProgramProfile

MIN_MARGIN = 0.02
NO_HELDOUT_MARGIN = 0.10  # no concurrent wave to judge the fit on


@dataclass(frozen=True)
class WaveSample:
    """One stage as it ran: its dispatch nodes, its span and the gap before the next stage, with
    the commands IREE recorded in that gap beyond its one barrier (`commands`), of which
    `fills` are the fills and copies of the next stage's dispatches (the rest: barriers)."""

    members: tuple[int, ...]
    span_us: float
    gap_us: float | None  # None for the last stage of a run
    commands: int = 0
    fills: int = 0


def wave_samples(profile: ProgramProfile, stages: Sequence[Sequence[int]],
                 fills: dict[int, int] | None = None) -> list[WaveSample]:
    """Every stage of a profiled program with its median span and gap over the runs, and the
    commands in the gap (`fills`: each dispatch's, `fills_of`; none where not given)."""
    fills = fills or {}
    samples = []
    for k, stage in enumerate(stages):
        spans, gaps = [], []
        for run in profile.runs:
            start = min(run[n].start_ns for n in stage)
            end = max(run[n].end_ns for n in stage)
            spans.append((end - start) / 1e3)
            if k + 1 < len(stages):
                gaps.append(max(0.0, (min(run[n].start_ns for n in stages[k + 1]) - end) / 1e3))
        commands = moved = 0
        if k + 1 < len(stages) and profile.runs:
            run = profile.runs[0]  # the recording is the same in every call
            commands = commands_between(max((run[n] for n in stage), key=lambda e: e.recorded_at),
                                        min((run[n] for n in stages[k + 1]), key=lambda e: e.recorded_at))
            moved = sum(fills.get(n, 0) for n in stages[k + 1])
        samples.append(WaveSample(tuple(stage), statistics.median(spans),
                                  statistics.median(gaps) if gaps else None, commands, moved))
    return samples


def commands_between(earlier: DispatchEvent | None, later: DispatchEvent) -> int:
    """The commands recorded between two dispatches beyond the one barrier after the earlier (fills,
    copies and their barriers); every command recorded before `later` where it opens its command
    buffer (`earlier` None, or in another buffer)."""
    if earlier is None or earlier.recorded_at[:2] != later.recorded_at[:2]:
        return later.command_index
    return max(0, later.command_index - earlier.command_index - 2)


def fills_of(debug_order: ProgramProfile) -> dict[int, int]:
    """Each dispatch's fills and copies, from a profile of IREE's debug order (the flat program),
    which records each of them with a barrier of its own before the dispatch that needs it: the
    commands between a dispatch and the one before it, beyond that barrier, are two per fill."""
    if not debug_order.runs:
        return {}
    found = {}
    previous = None
    for node, event in sorted(debug_order.runs[0].items(), key=lambda item: item[1].recorded_at):
        found[node] = commands_between(previous, event) // 2
        previous = event
    return found


@dataclass(frozen=True)
class WaveModel:
    """The fitted stage model of one program on one device."""

    workers: int
    solo_us: dict[int, float]
    core_us: dict[int, float]
    contention: float
    gap_us: float
    overhead_us: float = 0.0  # core time each member of a wave of two or more costs beyond its own
    fills: dict[int, int] = field(default_factory=dict)  # each dispatch's fills and copies (`fills_of`)
    fill_us: float = 0.0  # what one of them adds to the gap before its dispatch's stage

    def wave_core_us(self, node: int) -> float:
        """The workers' time a dispatch takes in a wave of two or more: its core time alone, and
        the overhead of being one of several (in the flat program that overhead falls between
        dispatches, in the gap; in a wave the workers pay it one dispatch after another)."""
        return self.core_us[node] + self.overhead_us

    def bound_us(self, members: Sequence[int]) -> float:
        """The physical lower bound of a wave's span."""
        # `wave_core_us` summed, written out: the search evaluates this for every candidate stage.
        core = sum(self.core_us[n] for n in members) + self.overhead_us * len(members)
        return max(max(self.solo_us[n] for n in members), core / self.workers)

    def span_us(self, members: Sequence[int]) -> float:
        if len(members) == 1:
            return self.solo_us[members[0]]
        return self.contention * self.bound_us(members)

    def stage_us(self, members: Sequence[int]) -> float:
        return self.span_us(members) + self.gap_us

    def mask_stage_us(self, nodes: Sequence[int]) -> Callable[[int], float]:
        """`stage_us` of stages as bitmasks over `nodes`, the same arithmetic term for term (the
        members summed in the order of `nodes`), so it returns the very same values."""
        solo = [self.solo_us[n] for n in nodes]
        core = [self.core_us[n] for n in nodes]
        overhead, workers, contention, gap = self.overhead_us, self.workers, self.contention, self.gap_us

        def stage_us(mask: int) -> float:
            if mask & (mask - 1) == 0:
                return solo[mask.bit_length() - 1] + gap
            # The members' bits walked inline: the sum adds them in the same order as `sum`.
            total, longest, count = 0, 0.0, 0
            while mask:
                low = mask & -mask
                i = low.bit_length() - 1
                total += core[i]
                if solo[i] > longest:
                    longest = solo[i]
                count += 1
                mask ^= low
            return contention * max(longest, (total + overhead * count) / workers) + gap
        return stage_us

    def constants(self) -> str:
        """The fitted device constants, for the terminal."""
        return (f"contention {self.contention:.3f}, overhead {self.overhead_us:.2f} us per member of a wave, "
                f"gap {self.gap_us:.1f} us, {self.fill_us:.1f} us per fill or copy")

    def program_us(self, stages: Sequence[Sequence[int]]) -> float:
        """First dispatch's start to last dispatch's end: no gap after the last stage, and the
        fills of every stage but the first (those run before the first dispatch starts)."""
        if not stages:
            return 0.0
        moved = sum(self.fills.get(n, 0) for stage in stages[1:] for n in stage)
        return sum(self.stage_us(s) for s in stages) - self.gap_us + self.fill_us * moved

    def stages_us_below(self, program_us: float) -> float:
        """The summed stage cost (`StageCost.schedule_us`) at and above which no schedule's
        `program_us` is below `program_us`: a program is its stages less one gap, plus its moved
        fills, which add nothing at least (or, were `fill_us` negative, take off all of them)."""
        return program_us + self.gap_us - min(0.0, self.fill_us) * sum(self.fills.values())

    def with_dispatches_of(self, flat: ProgramProfile, nodes: Sequence[int]) -> WaveModel:
        """The same device constants for the dispatches of another flat program (a rewritten
        program, or one compiled otherwise), as its profile shows them."""
        solo_us, core_us = dispatch_times(flat, nodes)
        return replace(self, solo_us=solo_us, core_us=core_us, fills=fills_of(flat))


OUTLIER_RATIO = 3.0  # a wave slower than this times the median span / bound was disturbed by the machine
OVERHEADS_US = np.arange(0, 101) * 0.05  # the per-member overheads tried: 0 to 5 us of core time
# The fitted constants are rounded to this many decimals: least squares and numpy's sums take
# another code path on another CPU (one with other vector units, or under valgrind: a gap of
# 2.5957720011236423 us against 2.595772001123647) and differ in their last bits, which would
# let the same profiles give another schedule on another machine.
CONSTANT_DECIMALS = 9


def _constant(value: float) -> float:
    """A fitted constant as the model keeps it, the same on any machine (`CONSTANT_DECIMALS`)."""
    return round(float(value), CONSTANT_DECIMALS)


def fit_gap(samples: Sequence[WaveSample]) -> tuple[float, float]:
    """A stage's gap and what a fill adds to it: least squares over every boundary of
    gap ~ gap + fill x fills + barrier x (the other commands: the debug order's barriers
    after its fills). Where the barriers come out at a negative cost (noise on few of them)
    they are left out of the fit, and where the gap or the fill does, or no boundary has a
    fill, the gap is the mean gap (nothing to tell them apart)."""
    bounds = [s for s in samples if s.gap_us is not None]
    if not bounds:
        return 0.0, 0.0
    gaps = np.array([s.gap_us for s in bounds])
    fills = np.array([s.fills for s in bounds], dtype=float)
    barriers = np.array([max(0, s.commands - s.fills) for s in bounds], dtype=float)
    if not fills.any():
        return _constant(gaps.mean()), 0.0
    columns = [np.ones_like(gaps), fills]
    if barriers.any() and not np.array_equal(barriers, fills):  # else the two are one column
        columns.append(barriers)
    coefficients = np.linalg.lstsq(np.vstack(columns).T, gaps, rcond=None)[0]
    if len(columns) == 3 and coefficients[2] < 0:
        coefficients = np.linalg.lstsq(np.vstack(columns[:2]).T, gaps, rcond=None)[0]
    if (coefficients < 0).any():
        return _constant(gaps.mean()), 0.0
    return _constant(coefficients[0]), _constant(coefficients[1])


def fit(samples: Sequence[WaveSample], solo_us: dict[int, float], core_us: dict[int, float],
        workers: int, fills: dict[int, int] | None = None) -> WaveModel:
    """The overhead per member, contention and gap that describe the concurrent waves.

    For each overhead tried (`OVERHEADS_US`), contention is the summed span over the summed bound
    of the concurrent waves (at least 1; waves more than OUTLIER_RATIO times slower, against
    their bound, than the median wave are left out): the estimate whose sums over a program's
    stages are right. The overhead kept is the one whose waves' median relative error is least
    (the smallest of equals); without core times (a GPU) it is 0. The gap and the fills'
    cost are `fit_gap`'s; `fills` are each dispatch's, for `program_us`."""
    gap, fill = fit_gap(samples)
    moved = {"fills": dict(fills or {}), "fill_us": fill}
    waves = [s for s in samples if len(s.members) > 1]
    if not waves:
        return WaveModel(workers, solo_us, core_us, 1.0, gap, **moved)
    spans = np.array([s.span_us for s in waves])
    slowest = np.array([max(solo_us[n] for n in s.members) for s in waves])
    cores = np.array([sum(core_us[n] for n in s.members) for s in waves])
    sizes = np.array([len(s.members) for s in waves])
    overheads = OVERHEADS_US if cores.any() else OVERHEADS_US[:1]
    best = None
    for overhead in overheads:
        bounds = np.maximum(slowest, (cores + sizes * overhead) / workers)
        kept = (bounds > 0) & (spans > 0)
        ratios = spans[kept] / bounds[kept]
        if not ratios.size:
            continue
        kept[kept] = ratios <= OUTLIER_RATIO * np.median(ratios)
        contention = max(1.0, _constant(spans[kept].sum() / bounds[kept].sum()))
        error = float(np.median(np.abs(contention * bounds[kept] - spans[kept]) / spans[kept]))
        if best is None or error < best[0] - 1e-12:
            best = (error, float(overhead), contention)
    if best is None:
        return WaveModel(workers, solo_us, core_us, 1.0, gap, **moved)
    return WaveModel(workers, solo_us, core_us, best[2], gap, best[1], **moved)


def heldout_error(samples: Sequence[WaveSample], solo_us: dict[int, float], core_us: dict[int, float],
                  workers: int) -> float | None:
    """Median relative error of the span on concurrent waves left out of the fit (two halves, each
    judged by the model fitted on the other). A wave of one dispatch is its solo time by
    construction, so only waves of two or more are judged."""
    judged = [s for s in samples if len(s.members) > 1]
    if len(judged) < 2:
        return None
    errors = []
    for half in (0, 1):
        train = [s for i, s in enumerate(judged) if i % 2 != half]
        model = fit(train, solo_us, core_us, workers)
        errors += [abs(model.span_us(s.members) - s.span_us) / s.span_us
                   for i, s in enumerate(judged) if i % 2 == half and s.span_us > 0]
    return statistics.median(errors) if errors else None


class WaveCost(StageCost):
    """The fitted wave model as the search's cost model (`--cost-model profiled`).

    A dispatch alone costs its solo latency + gap; a wave of two or more cannot cost less than
    contention x its total core time / P + gap, so a member's area is the smaller of the two
    and every stage's floor is the gap: the bounds the search relies on hold by construction.
    Its margin is its held-out error.
    """

    name = "profiled"

    def __init__(self, model: WaveModel, *, fit_samples: int, heldout: float | None,
                 fitted_on: Sequence[str] = ()) -> None:
        self.model = model
        self.fit_samples = fit_samples
        self.heldout = heldout
        self.fitted_on = tuple(fitted_on)

    def solo_us(self, node: int) -> float:
        return self.model.stage_us([node])

    def area_us(self, node: int) -> float:
        # A wave of two or more costs at least contention x core / P per member; a dispatch
        # alone costs its latency, which caps the area (medians of core time and latency
        # need not keep core <= P x latency).
        model = self.model
        return min(model.contention * model.wave_core_us(node) / model.workers, model.solo_us[node])

    def stage_floor_us(self) -> float:
        return self.model.gap_us

    def wave_area_us(self, node: int) -> float:
        model = self.model
        return model.contention * model.wave_core_us(node) / model.workers

    def stage_us(self, stage: Sequence[int]) -> float:
        return self.model.stage_us(stage)

    def mask_stage_us(self, nodes: Sequence[int]) -> Callable[[int], float]:
        return self.model.mask_stage_us(nodes)

    def stage_form(self, nodes: Iterable[int]) -> StageForm:
        m = self.model
        nodes = list(nodes)
        return StageForm(alone={n: m.stage_us([n]) for n in nodes}, floor=m.gap_us,
                         longest={n: m.contention * m.solo_us[n] for n in nodes},
                         shared={n: m.contention * m.wave_core_us(n) / m.workers for n in nodes})

    def margin(self) -> float:
        """The held-out median error of the wave spans, at least 0.02 (the noise of two runs here)."""
        return round(max(MIN_MARGIN, self.heldout if self.heldout is not None else NO_HELDOUT_MARGIN), 4)

    def describe(self) -> dict:
        return {"name": self.name, "workers": self.model.workers, "contention": round(self.model.contention, 4),
                "gap_us": round(self.model.gap_us, 3), "overhead_us": round(self.model.overhead_us, 3),
                "fill_us": round(self.model.fill_us, 3), "fills": sum(self.model.fills.values()),
                "fit_samples": self.fit_samples, "fitted_on": list(self.fitted_on),
                "heldout_median_rel_error": None if self.heldout is None else round(self.heldout, 4),
                "assumes": "a wave of two or more = contention * max(slowest member alone, (core time + overhead "
                           "per member) / workers), a dispatch alone = its median latency in the profiled programs "
                           "that run it alone; each stage + gap, and each fill or copy + fill_us in the gap "
                           "before its dispatch's stage; fitted on every stage of the profiled programs"}


@dataclass(frozen=True)
class ProfiledProgram:
    """One whole program as profiled: its name, its stages (node ids) and its profile."""

    name: str
    stages: list[list[int]]
    profile: ProgramProfile


def dispatch_times(flat: ProgramProfile, nodes: Sequence[int]) -> tuple[dict[int, float], dict[int, float]]:
    """Each dispatch's solo latency and core time, from the flat program's profile."""
    return {n: flat.latency_us(n) for n in nodes}, {n: flat.core_us(n) or 0.0 for n in nodes}


def wave_cost(flat: ProgramProfile, programs: Sequence[ProfiledProgram], nodes: Sequence[int], *,
              workers: int | None = None) -> WaveCost:
    """The wave model fitted on every stage of `programs` (the flat program among them or not):
    each dispatch's solo latency over every call of them that runs it alone (`alone_latencies`;
    the flat program's where none does), its core time from the flat program. The workers are
    those the profiles show busy at once, or `workers` where they cannot show them (code that
    runs each dispatch on one worker)."""
    solo, core = dispatch_times(flat, nodes)
    solo.update(alone_latencies(programs, nodes))
    seen = max([flat.workers()] + [p.profile.workers() for p in programs])
    return _fitted(programs, solo, core, workers if workers is not None else seen, fills_of(flat))


def alone_latencies(programs: Sequence[ProfiledProgram], nodes: Sequence[int]) -> dict[int, float]:
    """Each dispatch's median latency over every call of every program that runs it alone, for the
    dispatches some program runs alone. Pooled, because the same dispatch alone runs at another
    speed in another program (IREE's debug order runs most of them faster than its other orders
    and the search's picks do; `docs/reference.md`, "What the profiled model misses")."""
    singles = [{stage[0] for stage in p.stages if len(stage) == 1} for p in programs]
    found = {}
    for n in nodes:
        calls = [run[n].duration_ns for p, ones in zip(programs, singles) if n in ones for run in p.profile.runs]
        if calls:
            found[n] = statistics.median(calls) / 1e3
    return found


def _fitted(programs: Sequence[ProfiledProgram], solo: dict[int, float], core: dict[int, float],
            workers: int, fills: dict[int, int] | None = None) -> WaveCost:
    """The wave model with these dispatch times and fills, fitted on every stage of `programs`."""
    samples = [s for p in programs for s in wave_samples(p.profile, p.stages, fills)]
    return WaveCost(fit(samples, solo, core, workers, fills), fit_samples=len(samples),
                    heldout=heldout_error(samples, solo, core, workers), fitted_on=[p.name for p in programs])


def dispatch_times_from(programs: Sequence[ProfiledProgram],
                        nodes: Sequence[int]) -> tuple[dict[int, float], dict[int, float]]:
    """Each dispatch's solo latency and core time without the flat program: its latency over the
    calls of the programs that run it alone (IREE's default order runs most dispatches alone),
    else of the first program it ran in (in a wave, which can only make it slower), and its core
    time over every call of every program; medians."""
    solo = {n: programs[0].profile.latency_us(n) for n in nodes}
    solo.update(alone_latencies(programs, nodes))
    core = {}
    for n in nodes:
        cores = [run[n].core_ns for p in programs for run in p.profile.runs]
        core[n] = 0.0 if None in cores else statistics.median(cores) / 1e3
    return solo, core


def wave_cost_without_flat(programs: Sequence[ProfiledProgram], nodes: Sequence[int]) -> WaveCost:
    """The wave model fitted on `programs` alone, each dispatch's times taken from them
    (`dispatch_times_from`): the model that predicts the flat program out of sample. Without
    the debug order's profile the fills are not known, so the gap is the mean gap."""
    solo, core = dispatch_times_from(programs, nodes)
    return _fitted(programs, solo, core, max(p.profile.workers() for p in programs))


def scaled_call_us(measured_us: float, reference: WaveModel, reference_stages: Sequence[Sequence[int]],
                   model: WaveModel, stages: Sequence[Sequence[int]]) -> float:
    """A program's call predicted from a measured one: the measured call scaled by the ratio of the
    two programs' spans (`stages` under `model`, `reference_stages` under `reference`), so the
    model's error common to both cancels."""
    return measured_us * model.program_us(stages) / reference.program_us(reference_stages)


def transfer(fitted: WaveCost, flat: ProgramProfile, nodes: Sequence[int], *,
             flat_name: str = "flat program of the rewritten program") -> WaveCost:
    """The device constants of `fitted` (workers, contention, gap) with another program's dispatches,
    timed in that program's flat profile (`flat_name`, for the report): a rewritten program, or one
    compiled otherwise, needs only its flat program profiled."""
    return WaveCost(fitted.model.with_dispatches_of(flat, nodes), fit_samples=fitted.fit_samples,
                    heldout=fitted.heldout, fitted_on=(*fitted.fitted_on, flat_name))
