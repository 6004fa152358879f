"""The interface every cost model implements, bound to one dispatch graph.

A cost model answers one question for the scheduler: how long does a stage (a
set of independent dispatches launched together, followed by a barrier) take?
The search also needs these bounds, which every model must honour:

  stage_us(S) >= max(solo_us(n) for n in S)     (a stage is never faster than its slowest member)
  stage_us(S) >= stage_floor_us() + sum(area_us(n) for n in S)
                                                 (members share the device; every stage pays the floor)
  stage_us(S) >= stage_floor_us() + sum(wave_area_us(n) for n in S)    when S has two or more members
  wave_area_us(n) >= area_us(n)                  (a stage of two or more is a stage)
  stage_us(S) >= charged_floor_us() + sum(charged_wave_area_us(n) for n in S)
                                                 when S has two or more members and is none of
                                                 uncharged_stages() (a cautious model's charge)
  charged_wave_area_us(n) >= wave_area_us(n),  charged_floor_us() >= stage_floor_us()
  stage_us(S) >= solo_us(a) + sum(added_us(n) for n in S if n != a)     for every a in S
                                                 (what each member adds beside any other: a model
                                                 whose stage is its slowest member plus a share of
                                                 the rest, and an overhead per member)
  stage_us(S) >= charged_solo_us(a) + sum(charged_added_us(n) for n in S if n != a)
                                                 for every a in S, when S has two or more members
                                                 and is none of uncharged_stages()
  stage_us(S) >= stage_us(S - {n}) + removal_us(n)   for every n in S, when S has two or more
                                                 members and is none of uncharged_stages()
                                                 (so a dispatch whose stage of one costs no more
                                                 never needs to share a stage)

All are checked by property tests for every model. The floor (a barrier, a wake-up) is what
lets the search count stages: a schedule of a DAG of height h has at least h stages.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from ..bits import set_bits


@dataclass(frozen=True)
class StageForm:
    """A cost model written out, for solvers that need the formula rather than calls.

    A stage of one dispatch n costs `alone[n]`. A stage S listed in `exact` costs that
    value. Any other stage of two or more costs
        scale * (floor + max(max(longest[n] for n in S), sum(shared[n] for n in S))).
    """

    alone: dict[int, float]
    floor: float
    longest: dict[int, float]
    shared: dict[int, float]
    scale: float = 1.0
    exact: dict[frozenset[int], float] = field(default_factory=dict)

    def charged(self) -> bool:
        """Whether some stages pay a charge others do not (a cautious model's margin)."""
        return self.scale != 1.0 or bool(self.exact)

    def stage_us(self, stage: Sequence[int]) -> float:
        """The formula evaluated: what the model's own `stage_us` returns."""
        if len(stage) == 1:
            return self.alone[stage[0]]
        known = self.exact.get(frozenset(stage))
        if known is not None:
            return known
        return self.scale * (self.floor + max(max(self.longest[n] for n in stage),
                                              sum(self.shared[n] for n in stage)))


class StageCost(ABC):
    """Latency of stages of one graph's dispatches, in microseconds."""

    #: short name written to schedule.json (`measured`, `analytic:h100`, ...)
    name: str = "abstract"
    #: a stage costs exactly its slowest member's solo time, so the search needs only one
    #: candidate stage per solo time (`schedule.search.PartSearch.moves`)
    stage_is_slowest_member: bool = False
    #: a stage costs exactly its slowest member's solo time plus `added_us` of each other member
    #: (the same in any stage): with the loners run alone, one candidate stage per solo time is
    #: enough as well
    stage_is_slowest_plus_added: bool = False

    @abstractmethod
    def solo_us(self, node: int) -> float:
        """The dispatch alone in a stage (including its barrier)."""

    @abstractmethod
    def area_us(self, node: int) -> float:
        """The dispatch's share of the device; a stage costs at least the sum of its members'."""

    @abstractmethod
    def stage_us(self, stage: Sequence[int]) -> float:
        """The stage run concurrently, up to and including the barrier after it."""

    def stage_floor_us(self) -> float:
        """What every stage costs besides its members' areas (see the bounds above)."""
        return 0.0

    def wave_area_us(self, node: int) -> float:
        """The dispatch's area in a stage of two or more (see the bounds above). A model where
        running alone is cheaper than sharing (no contention) says so here; by default the
        area, which holds for every stage."""
        return self.area_us(node)

    def added_us(self, node: int) -> float:
        """The least the dispatch adds to a stage beside any other member's solo time (see the
        bounds above): by default nothing, which holds where a stage costs its slowest member."""
        return 0.0

    def removal_us(self, node: int) -> float:
        """The least taking the dispatch out of a stage of two or more saves (see the bounds above):
        by default nothing, which holds where a stage costs its slowest member."""
        return 0.0

    def uncharged_stages(self) -> frozenset[frozenset[int]]:
        """The stages of two or more where a member may pay less than its charged wave area
        (a cautious model's trusted waves); by default none."""
        return frozenset()

    def without_uncharged(self, stages: Iterable[frozenset[int]]) -> StageCost | None:
        """The same model with `stages` (some of `uncharged_stages()`) charged like any other
        stage; None where the model cannot drop them (they are its own, not a margin's)."""
        return None

    def charged_wave_area_us(self, node: int) -> float:
        """The dispatch's area in any stage of two or more but `uncharged_stages()` (see the bounds
        above): by default its wave area, which holds in every stage."""
        return self.wave_area_us(node)

    def charged_floor_us(self) -> float:
        """The floor of any stage of two or more but `uncharged_stages()`: by default the floor."""
        return self.stage_floor_us()

    def charged_solo_us(self, node: int) -> float:
        """`solo_us` in any stage of two or more but `uncharged_stages()` (see the bounds above)."""
        return self.solo_us(node)

    def charged_added_us(self, node: int) -> float:
        """`added_us` in any stage of two or more but `uncharged_stages()` (see the bounds above)."""
        return self.added_us(node)

    def mask_stage_us(self, nodes: Sequence[int]) -> Callable[[int], float]:
        """`stage_us` of stages written as bitmasks over `nodes` (bit i: nodes[i]), the members in
        the order of `nodes`. The search prices every candidate stage through it; a model may
        return a faster function, which must return the very same values."""
        nodes = list(nodes)
        return lambda mask: self.stage_us([nodes[i] for i in set_bits(mask)])

    def schedule_us(self, stages: Sequence[Sequence[int]]) -> float:
        """Predicted latency of a whole schedule: stages run one after another."""
        return sum(self.stage_us(s) for s in stages)

    def call_us(self) -> float:
        """What one call of the program costs besides its stages, where the model knows it (the
        same for every schedule, so the search never needs it; predictions of a whole call do)."""
        return 0.0

    def program_us(self, stages: Sequence[Sequence[int]]) -> float:
        """Predicted latency of one call of the program that runs `stages`."""
        return self.schedule_us(stages) + self.call_us()

    def stage_form(self, nodes: Iterable[int]) -> StageForm | None:
        """The model as a formula over `nodes`, where it has one (None: calls only)."""
        return None

    def margin(self) -> float:
        """The model's own relative error, where it knows it (else 0).

        `Cautious` charges it to every stage IREE's own order does not have, and a
        rewritten program must be predicted faster by more than it: a model that is
        7% off must not trade IREE's order for a predicted 1% win.
        """
        return 0.0

    def uncharged(self) -> StageCost:
        """The model without a margin charge: what it expects to measure (itself, but for
        `Cautious`). The charge only adds, so this model's costs are never above this one's."""
        return self

    def describe(self) -> dict:
        """What the model assumes, for schedule.json."""
        return {"name": self.name}


class OverlapCost(StageCost):
    """The trivial model, for tests and as a reference: unlimited parallelism.

    Each dispatch takes 1 us plus 1 us per MFLOP; a stage takes as long as its
    slowest member (perfect overlap), so asap is always optimal under it.
    """

    name = "overlap"
    stage_is_slowest_member = True

    def __init__(self, flops: dict[int, float]) -> None:
        self._t = {n: 1.0 + f / 1e6 for n, f in flops.items()}

    def solo_us(self, node: int) -> float:
        return self._t[node]

    def area_us(self, node: int) -> float:
        return 0.0

    def stage_us(self, stage: Sequence[int]) -> float:
        return max(self._t[n] for n in stage)

    def stage_form(self, nodes: Iterable[int]) -> StageForm:
        t = {n: self._t[n] for n in nodes}
        return StageForm(alone=t, floor=0.0, longest=t, shared=dict.fromkeys(t, 0.0))


class SlowestMember(StageCost):
    """Any model relaxed to its first bound: a stage costs its slowest member's solo time.

    Every stage costs at least that under the model, so this model's optimum is a lower bound on
    the model's, and a schedule optimal here that costs the same under the model is optimal there
    too. Where the model's stages mostly cost their slowest member (small dispatches on a large
    GPU), its search is much smaller: one candidate stage per solo time, not every subset of the
    ready dispatches (`schedule.relaxed`)."""

    stage_is_slowest_member = True

    def __init__(self, inner: StageCost) -> None:
        self.inner = inner
        self.name = f"slowest member of {inner.name}"

    def solo_us(self, node: int) -> float:
        return self.inner.solo_us(node)

    def area_us(self, node: int) -> float:
        return 0.0

    def stage_us(self, stage: Sequence[int]) -> float:
        return max(self.inner.solo_us(n) for n in stage)

    def mask_stage_us(self, nodes: Sequence[int]) -> Callable[[int], float]:
        solo = [self.inner.solo_us(n) for n in nodes]
        return lambda mask: max(solo[i] for i in set_bits(mask))


class Cautious(StageCost):
    """Another model, charged its own error wherever a schedule leaves IREE's order.

    IREE's own stages (`trusted`: its default waves, and the dispatches it runs
    alone) are what a user gets without iops, so they are the reference. Any
    other stage costs the inner model's prediction times (1 + margin). A schedule
    therefore departs from IREE's order only where the predicted gain beats the
    model's error, and every scheduler is still compared under one model, so the
    search stays exact. The charge only adds, so the bounds above hold, and it
    tightens them: a dispatch of a trusted wave runs uncharged only in that very
    wave, where the members together pay its span, so its area is the smaller of
    its charged area and its share of that span (`_uncharged_shares`).
    """

    def __init__(self, inner: StageCost, margin: float,
                 trusted: Iterable[Iterable[int]] = ()) -> None:
        self.inner = inner
        self.name = inner.name
        self._margin = margin
        self.trusted = {frozenset(stage) for stage in trusted}
        self._trusted_with: dict[int, list[frozenset[int]]] = {}  # node -> the trusted stages holding it
        for stage in self.trusted:
            for n in stage:
                self._trusted_with.setdefault(n, []).append(stage)
        self._wave_share, self._area_share = _uncharged_shares(inner, self.trusted)

    def solo_us(self, node: int) -> float:
        return self.inner.solo_us(node)

    def area_us(self, node: int) -> float:
        # Capped so that the bound holds for a trusted stage of one, which is not charged, and
        # never above the wave area (a stage of two or more is a stage).
        charged = (1.0 + self._margin) * self.inner.area_us(node)
        return min(self.inner.solo_us(node) - self.inner.stage_floor_us(), charged,
                   self._area_share.get(node, charged), self.wave_area_us(node))

    def stage_floor_us(self) -> float:
        return self.inner.stage_floor_us()

    def wave_area_us(self, node: int) -> float:
        charged = (1.0 + self._margin) * self.inner.wave_area_us(node)
        return min(charged, self._wave_share.get(node, charged))

    def uncharged_stages(self) -> frozenset[frozenset[int]]:
        if self._margin == 0.0:
            return self.inner.uncharged_stages()
        return frozenset(stage for stage in self.trusted if len(stage) > 1) | self.inner.uncharged_stages()

    def without_uncharged(self, stages: Iterable[frozenset[int]]) -> StageCost | None:
        dropped = set(stages)
        if dropped & self.inner.uncharged_stages():
            return None
        return Cautious(self.inner, self._margin, [stage for stage in self.trusted if stage not in dropped])

    def charged_wave_area_us(self, node: int) -> float:
        # Outside the trusted waves a stage of two or more pays the charge on the inner model's bound.
        return max(self.wave_area_us(node), (1.0 + self._margin) * self.inner.charged_wave_area_us(node))

    def charged_floor_us(self) -> float:
        return (1.0 + self._margin) * self.inner.charged_floor_us()

    def added_us(self, node: int) -> float:
        return self.inner.added_us(node)  # the charge only adds

    def charged_solo_us(self, node: int) -> float:
        return (1.0 + self._margin) * self.inner.charged_solo_us(node)

    def charged_added_us(self, node: int) -> float:
        return (1.0 + self._margin) * self.inner.charged_added_us(node)

    def removal_us(self, node: int) -> float:
        # Out of a charged stage the rest is charged at most as much.
        return (1.0 + self._margin) * self.inner.removal_us(node)

    def stage_us(self, stage: Sequence[int]) -> float:
        us = self.inner.stage_us(stage)
        if self._margin == 0.0 or frozenset(stage) in self.trusted:
            return us
        return us * (1.0 + self._margin)

    def mask_stage_us(self, nodes: Sequence[int]) -> Callable[[int], float]:
        inner = self.inner.mask_stage_us(nodes)
        if self._margin == 0.0:
            return inner
        index = {n: i for i, n in enumerate(nodes)}
        touching = {stage for n in nodes for stage in self._trusted_with.get(n, ())}
        trusted = {sum(1 << index[n] for n in stage) for stage in touching if all(n in index for n in stage)}
        scale = 1.0 + self._margin

        def stage_us(mask: int) -> float:
            us = inner(mask)
            return us if mask in trusted else us * scale
        return stage_us

    def margin(self) -> float:
        return self._margin

    def uncharged(self) -> StageCost:
        return self.inner

    def call_us(self) -> float:
        return self.inner.call_us()

    def stage_form(self, nodes: Iterable[int]) -> StageForm | None:
        nodes = set(nodes)
        inner = self.inner.stage_form(nodes)
        if inner is None or self._margin == 0.0:
            return inner
        # The inner model's own exact stages are charged as well, unless trusted.
        charged = {stage: (1.0 + self._margin) * us for stage, us in inner.exact.items()}
        trusted = {stage: self.inner.stage_us(sorted(stage)) for stage in self.trusted
                   if len(stage) > 1 and stage <= nodes}
        return StageForm(alone={n: self.stage_us([n]) for n in nodes}, floor=inner.floor, longest=inner.longest,
                         shared=inner.shared, scale=inner.scale * (1.0 + self._margin),
                         exact={**charged, **trusted})

    def describe(self) -> dict:
        return {**self.inner.describe(), "margin": self._margin,
                "margin_assumes": "a stage IREE's own order does not have costs (1 + margin) x the "
                                  "model's prediction"}


def margin_note(margin: float) -> str:
    """What a prediction under a `Cautious` model carries, for messages."""
    return f"a stage IREE's order does not run charged the model's {margin:.1%} margin"


def _uncharged_shares(inner: StageCost, trusted: Iterable[frozenset[int]]
                      ) -> tuple[dict[int, float], dict[int, float]]:
    """Per dispatch of a trusted wave of two or more, its share of that wave's span (the wave's
    cost less the floor), split in proportion to the members' wave areas and, second, to their
    areas: the least it pays there. The shares of a wave sum to its span, so the wave honours
    the bounds with them, and since the span is at least the members' summed (wave) areas a
    share is never below the plain one. A dispatch in several trusted waves gets its least share."""
    by_wave: dict[int, float] = {}
    by_area: dict[int, float] = {}
    floor = inner.stage_floor_us()
    for stage in trusted:
        if len(stage) < 2:
            continue
        members = sorted(stage)
        span = inner.stage_us(members) - floor
        for shares, weigh in ((by_wave, inner.wave_area_us), (by_area, inner.area_us)):
            weights = {n: weigh(n) for n in members}
            total = sum(weights.values())
            for n in members:
                share = span * weights[n] / total if total > 0 else 0.0
                shares[n] = min(shares.get(n, share), share)
    return by_wave, by_area
