"""The interface every cost model implements, bound to one dispatch graph.

A cost model answers one question for the scheduler: how long does a stage (a
set of independent dispatches launched together, followed by a barrier) take?
The search also needs two bounds, which every model must honour:

  stage_us(S) >= max(solo_us(n) for n in S)     (a stage is never faster than its slowest member)
  stage_us(S) >= sum(area_us(n) for n in S)      (members share the device)

Both are checked by property tests for every model.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence


class StageCost(ABC):
    """Latency of stages of one graph's dispatches, in microseconds."""

    #: short name written to schedule.json (`measured`, `analytic:h100`, ...)
    name: str = "abstract"

    @abstractmethod
    def solo_us(self, node: int) -> float:
        """The dispatch alone in a stage (including its barrier)."""

    @abstractmethod
    def area_us(self, node: int) -> float:
        """The dispatch's share of the device; a stage costs at least the sum of its members'."""

    @abstractmethod
    def stage_us(self, stage: Sequence[int]) -> float:
        """The stage run concurrently, up to and including the barrier after it."""

    def schedule_us(self, stages: Sequence[Sequence[int]]) -> float:
        """Predicted latency of a whole schedule: stages run one after another."""
        return sum(self.stage_us(s) for s in stages)

    def describe(self) -> dict:
        """What the model assumes, for schedule.json."""
        return {"name": self.name}


class OverlapCost(StageCost):
    """The trivial model, for tests and as a reference: unlimited parallelism.

    Each dispatch takes 1 us plus 1 us per MFLOP; a stage takes as long as its
    slowest member (perfect overlap), so asap is always optimal under it.
    """

    name = "overlap"

    def __init__(self, flops: dict[int, float]) -> None:
        self._t = {n: 1.0 + f / 1e6 for n, f in flops.items()}

    def solo_us(self, node: int) -> float:
        return self._t[node]

    def area_us(self, node: int) -> float:
        return 0.0

    def stage_us(self, stage: Sequence[int]) -> float:
        return max(self._t[n] for n in stage)
