"""When a search's pick is worth a compile: the closed loop's rule, and its bar before a search.

A pick is compiled only where the wave model, fitted on this device, predicts it faster than the
fastest program measured so far by more than the model's own error (its margin) and MIN_GAIN
(`faster_than`). The prediction scales that program's measured call by the model's ratio of the
two programs' spans (`wave_model.scaled_call_us`), so the rule is a bar on the pick's summed
stage cost under the model (`pick_bar`), and a search given that bar stops where its bounds
reach it.

The first search needs no pick at all where the model's lower bound at the start, before
anything is searched, is already at that bar against IREE's fastest order (`first_search_bar`):
then no schedule the search could find would be compiled, and neither the search nor IOS's
dynamic program runs. In full-size compiles of the five zoo models on a 2-core VM the bound
reached the bar on all five, where the search and IOS's DP had taken 11-12 s of RandWire's and
NASNet-A's compiles for first picks that were not compiled (docs/reference.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..cost.wave_model import WaveCost, WaveModel
from ..graph import DispatchGraph
from ..schedule import iops as iops_mod

# A pick is compiled where predicted, and ships where measured (`closed_loop.CONFIDENCE`), at least
# this much faster than IREE's best order.
MIN_GAIN = 0.01


def faster_than(best_us: float, margin: float) -> float:
    """The call a pick must be predicted below to be compiled: faster than the fastest program
    measured (`best_us`) by more than the model's error `margin` and MIN_GAIN."""
    return best_us * (1.0 - max(MIN_GAIN, margin))


def pick_bar(model: WaveModel, measured_stages: list[list[int]], measured_us: float, best_us: float,
             margin: float) -> float:
    """The summed stage cost under `model` at and above which a schedule predicted from a measured
    program (`measured_stages`, timed at `measured_us`; its call scaled by the model's ratio of
    their spans, `scaled_call_us`) is not predicted below `faster_than(best_us, margin)`: the bar
    the search's schedule must pass to be compiled (`SearchOptions.useful_below_us`)."""
    span = model.program_us(measured_stages) * faster_than(best_us, margin) / measured_us
    return model.stages_us_below(span)


@dataclass(frozen=True)
class FirstBar:
    """The first search's bar against IREE's fastest order as measured, and the model's lower
    bound at the start (both summed stage costs under the model without its margin)."""

    fastest: str  # IREE's order measured fastest
    fastest_us: float
    margin: float
    bar_us: float
    bound_us: float

    @property
    def reached(self) -> bool:
        """Whether no schedule could be predicted fast enough to be compiled."""
        return self.bound_us >= self.bar_us

    def reason(self) -> str:
        """Why nothing is searched, for the terminal and schedule.json (`search_skipped`)."""
        return (f"no pick could be worth a compile: the model's lower bound on any schedule, {self.bound_us:.0f} us "
                f"of stages, is at or above the {self.bar_us:.0f} us below which one would be predicted faster "
                f"than {self.fastest} ({self.fastest_us:.0f} us measured) by more than the model's error and the "
                f"minimum gain ({max(MIN_GAIN, self.margin):.1%})")

    def to_json(self) -> dict:
        return {"fastest": self.fastest, "fastest_measured_us": round(self.fastest_us, 3),
                "margin": round(self.margin, 4), "bar_us": round(self.bar_us, 3), "bound_us": round(self.bound_us, 3),
                "reached": self.reached}


def first_search_bar(graph: DispatchGraph, model: WaveCost, orders: dict[str, list[list[int]]],
                     measured_us: dict[str, float], margin: float, search: iops_mod.SearchOptions) -> FirstBar:
    """The first search's bar (`pick_bar` against IREE's order measured fastest, `orders` its
    stages by name) and the lower bound of every schedule under `model`, the model its pick is
    judged by (`iops.start_bound`)."""
    fastest = min(measured_us, key=measured_us.get)
    bar = pick_bar(model.model, orders[fastest], measured_us[fastest], measured_us[fastest], margin)
    return FirstBar(fastest, measured_us[fastest], margin, bar, iops_mod.start_bound(graph, model, search))
