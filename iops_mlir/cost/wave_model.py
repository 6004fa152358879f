"""A stage model with a physical basis, fitted on the waves of profiled whole programs.

A wave of dispatches on P workers cannot end before its slowest member, nor before its
members' total core time spread over the P workers. So its span is modelled as

  span(S) = contention * max(max_n solo_n, sum_n core_n / P)

and every stage also pays a gap before the next one starts (the barrier, the workers'
wake-up): stage(S) = span(S) + gap. The solo latencies and core times come from the flat
program's profile (one dispatch at a time); `contention` (how much members slow each other
beyond the bound) and `gap` are fitted on real waves: every stage of every profiled program,
hundreds of samples on a zoo model. The error is measured on waves left out of the fit
(`heldout_error`): the model is fitted on one half of the waves and judged on the other.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from .base import StageCost
from .hal_profile import ProgramProfile

MIN_MARGIN = 0.02
NO_HELDOUT_MARGIN = 0.10  # no concurrent wave to judge the fit on


@dataclass(frozen=True)
class WaveSample:
    """One stage as it ran: its dispatch nodes, its span and the gap before the next stage."""

    members: tuple[int, ...]
    span_us: float
    gap_us: float | None  # None for the last stage of a run


def wave_samples(profile: ProgramProfile, stages: Sequence[Sequence[int]]) -> list[WaveSample]:
    """Every stage of a profiled program with its median span and gap over the runs."""
    samples = []
    for k, stage in enumerate(stages):
        spans, gaps = [], []
        for run in profile.runs:
            start = min(run[n].start_ns for n in stage)
            end = max(run[n].end_ns for n in stage)
            spans.append((end - start) / 1e3)
            if k + 1 < len(stages):
                gaps.append(max(0.0, (min(run[n].start_ns for n in stages[k + 1]) - end) / 1e3))
        samples.append(WaveSample(tuple(stage), statistics.median(spans),
                                  statistics.median(gaps) if gaps else None))
    return samples


@dataclass(frozen=True)
class WaveModel:
    """The fitted stage model of one program on one device."""

    workers: int
    solo_us: dict[int, float]
    core_us: dict[int, float]
    contention: float
    gap_us: float

    def bound_us(self, members: Sequence[int]) -> float:
        """The physical lower bound of a wave's span."""
        return max(max(self.solo_us[n] for n in members), sum(self.core_us[n] for n in members) / self.workers)

    def span_us(self, members: Sequence[int]) -> float:
        return self.contention * self.bound_us(members)

    def stage_us(self, members: Sequence[int]) -> float:
        return self.span_us(members) + self.gap_us


def fit(samples: Sequence[WaveSample], solo_us: dict[int, float], core_us: dict[int, float],
        workers: int) -> WaveModel:
    """Contention as the median of span / bound (robust to a wave disturbed by the machine), the
    gap as the median gap."""
    model = WaveModel(workers, solo_us, core_us, 1.0, 0.0)
    ratios = [s.span_us / b for s in samples if (b := model.bound_us(s.members)) > 0]
    contention = statistics.median(ratios) if ratios else 1.0
    gaps = [s.gap_us for s in samples if s.gap_us is not None]
    return WaveModel(workers, solo_us, core_us, max(1.0, contention), statistics.median(gaps) if gaps else 0.0)


def heldout_error(samples: Sequence[WaveSample], solo_us: dict[int, float], core_us: dict[int, float],
                  workers: int, *, concurrent_only: bool = True) -> float | None:
    """Median relative error of the span on waves left out of the fit (two halves, each judged by
    the model fitted on the other). Waves of one dispatch are its solo time by construction, so by
    default only waves of two or more are judged."""
    judged = [s for s in samples if len(s.members) > 1] if concurrent_only else list(samples)
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

    A dispatch alone costs contention * its solo latency + gap; a stage cannot cost less than
    contention * its total core time / P + gap, so a member's area is contention * core / P:
    both bounds the search relies on hold by construction. Its margin is its held-out error.
    """

    name = "profiled"

    def __init__(self, model: WaveModel, *, fit_samples: int, heldout: float | None) -> None:
        self.model = model
        self.fit_samples = fit_samples
        self.heldout = heldout

    def solo_us(self, node: int) -> float:
        return self.model.stage_us([node])

    def area_us(self, node: int) -> float:
        return self.model.contention * self.model.core_us[node] / self.model.workers

    def stage_us(self, stage: Sequence[int]) -> float:
        return self.model.stage_us(stage)

    def margin(self) -> float:
        """The held-out median error of the wave spans, at least 0.02 (the noise of two runs here)."""
        return round(max(MIN_MARGIN, self.heldout if self.heldout is not None else NO_HELDOUT_MARGIN), 4)

    def describe(self) -> dict:
        return {"name": self.name, "workers": self.model.workers, "contention": round(self.model.contention, 4),
                "gap_us": round(self.model.gap_us, 3), "fit_samples": self.fit_samples,
                "heldout_median_rel_error": None if self.heldout is None else round(self.heldout, 4),
                "assumes": "stage = contention * max(slowest member alone, core time / workers) + gap, fitted on "
                           "the profiled waves of the flat program and IREE's order"}


def wave_cost(flat: ProgramProfile, iree: ProgramProfile, nodes: Sequence[int], flat_stages: Sequence[Sequence[int]],
              iree_stages: Sequence[Sequence[int]]) -> WaveCost:
    """The wave model fitted on every stage of the flat program and of IREE's order."""
    solo = {n: flat.latency_us(n) for n in nodes}
    core = {n: flat.core_us(n) or 0.0 for n in nodes}
    workers = max(flat.workers(), iree.workers())
    samples = wave_samples(flat, flat_stages) + wave_samples(iree, iree_stages)
    return WaveCost(fit(samples, solo, core, workers), fit_samples=len(samples),
                    heldout=heldout_error(samples, solo, core, workers))
