"""Cost model from latencies measured on the target device.

Assumptions:
- a dispatch alone costs what its benchmark module measured (`profile`), which
  includes one barrier, as in a sequential schedule;
- a concurrent stage costs  max_n t_n + beta * (sum_n t_n - max_n t_n): the
  slowest member, plus a fraction beta of the rest that does not overlap with
  it. beta = 0 is perfect overlap, beta = 1 no gain at all. beta is fitted by
  least squares to sample stages of the same model, each compiled alone and
  timed on the device (`Profiler.measure_stages`);
- a dispatch that could not be profiled is estimated by the analytic model of
  the local CPU, scaled by the median measured/analytic ratio of the others;
- the model is only as good as the stage fit: its median error on the sample
  stages is the margin (`margin`) a predicted gain must beat, unless the profile
  knows how well whole programs were ranked (below);
- where the profile carries what whole programs pay beyond the times alone
  (`Profile.overheads`, fitted by `gpu-report` on a kit's programs), a stage pays
  that per dispatch, plus that per dispatch beyond the first where it has two or
  more (on a recorded CUDA graph, a concurrent branch costs the host more than a
  chain), and a call pays its own once (`call_us`); the margin is then the held-out
  error of the predicted ratio of two programs of one model (`ratio_error`), the
  error a predicted gain between two schedules carries.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from ..graph import DispatchGraph
from .analytic import AnalyticCost, load_device
from .base import StageCost
from .profile import Profile

MIN_MARGIN = 0.03  # eight sample stages cannot show an error much below this
NO_SAMPLES_MARGIN = 0.10  # nothing was sampled: the overlap model is unchecked


def overlapped_us(times: Sequence[float], beta: float) -> float:
    """The stage model: the slowest member plus beta times the rest."""
    longest = max(times)
    return longest + beta * (sum(times) - longest)


def fit_beta(samples: list[tuple[list[float], float]]) -> float:
    """Least-squares beta from (member solo times, measured stage time) pairs, clamped to [0, 1]."""
    num = den = 0.0
    for solos, measured in samples:
        rest = sum(solos) - max(solos)
        num += (measured - max(solos)) * rest
        den += rest * rest
    if den == 0.0:
        return 1.0  # no evidence that overlap helps: assume it does not
    return min(1.0, max(0.0, num / den))


class MeasuredCost(StageCost):
    """Measured dispatch latencies plus a calibrated overlap factor."""

    # A stage is exactly its slowest member's solo time plus what each other adds (`added_us`).
    stage_is_slowest_plus_added = True

    def __init__(self, graph: DispatchGraph, profile: Profile, *, fallback: str = "local-cpu",
                 serial: bool = False) -> None:
        """`fallback`: the analytic device that estimates a dispatch the profile lacks; `serial`: the
        device runs a stage's members one after another (a replayed CUDA graph), so beta is 1."""
        self.name = "measured"
        self.profile = profile
        self._t: dict[int, float] = {}
        estimated = []
        for n in graph.dispatch_ids():
            us = profile.dispatch_us.get(graph.nodes[n].symbol)
            if us is None:
                estimated.append(n)
            else:
                self._t[n] = us
        self.estimated = len(estimated)
        if estimated:
            analytic = AnalyticCost(graph, load_device(fallback))
            ratios = [self._t[n] / analytic.solo_us(n) for n in self._t] or [1.0]
            scale = statistics.median(ratios)
            for n in estimated:
                self._t[n] = analytic.solo_us(n) * scale
        by_symbol = {graph.nodes[n].symbol: self._t[n] for n in graph.dispatch_ids()}
        self.samples = [([by_symbol[s] for s in stage], us) for stage, us in profile.stage_us.items()
                        if all(s in by_symbol for s in stage)]
        self.serial = serial
        self.beta = 1.0 if serial else fit_beta(self.samples)
        overheads = profile.overheads
        self._per_dispatch = overheads.dispatch_us if overheads else 0.0
        self._per_concurrent = overheads.concurrent_us if overheads else 0.0
        self._per_call = overheads.call_us if overheads else 0.0

    def solo_us(self, node: int) -> float:
        return self._t[node] + self._per_dispatch

    def area_us(self, node: int) -> float:
        return self.beta * self._t[node] + self._per_dispatch

    def wave_area_us(self, node: int) -> float:
        # A stage of k >= 2 pays (k - 1) concurrent charges, at least k / 2 of them.
        return self.area_us(node) + self._per_concurrent / 2

    def added_us(self, node: int) -> float:
        # Beside a member as slow, a dispatch pays beta of its time, its dispatch overhead and a
        # concurrent branch: a stage is exactly the slowest member's solo time plus these.
        return self.beta * self._t[node] + self._per_dispatch + self._per_concurrent

    def removal_us(self, node: int) -> float:
        # Without it a stage loses its share, overheads and branch, and its slowest member can
        # only get faster.
        return self.added_us(node)

    def stage_us(self, stage: Sequence[int]) -> float:
        return (overlapped_us([self._t[n] for n in stage], self.beta) + self._per_dispatch * len(stage)
                + self._per_concurrent * (len(stage) - 1))

    def call_us(self) -> float:
        return self._per_call

    def fit_error(self) -> float | None:
        """Median relative error of the fitted stage model on the sample stages."""
        if not self.samples:
            return None
        errors = []
        for solos, measured in self.samples:
            predicted = overlapped_us(solos, self.beta)
            errors.append(abs(predicted - measured) / measured)
        return statistics.median(errors)

    def margin(self) -> float:
        """The held-out error of predicted ratios between whole programs where the profile has it,
        else the stage fit's median error on the samples; at least MIN_MARGIN (samples are few)."""
        overheads = self.profile.overheads
        if overheads is not None and overheads.ratio_error is not None:
            return round(max(MIN_MARGIN, overheads.ratio_error), 4)
        err = self.fit_error()
        return round(max(MIN_MARGIN, err if err is not None else NO_SAMPLES_MARGIN), 4)

    def describe(self) -> dict:
        err = self.fit_error()
        overheads = self.profile.overheads
        return {"name": self.name, "device": self.profile.device, "beta": round(self.beta, 4),
                "program_overheads": overheads.to_json() if overheads else None,
                "sample_stages": len(self.samples),
                "stage_fit_median_rel_error": None if err is None else round(err, 4),
                "dispatches_estimated_not_measured": self.estimated,
                "assumes": "stage = its members added up (a replayed graph); member times measured alone" if self.serial
                else "stage = slowest member + beta * rest; member times measured alone"}
