"""A block proven optimal by splitting its schedules on which of IREE's waves they keep.

Under a cautious model (`cost.Cautious`) IREE's own waves are the stages that are not charged.
Every schedule of a block keeps some of the waves that lie in it (has the very wave as a stage)
and breaks the rest. The schedules that make one such choice are the schedules of a smaller
problem: each kept wave contracted into one node that runs alone at the wave's cost (nothing
else can share its stage, every predecessor of a member runs before it and every successor
after), and each broken wave charged like any other stage (`StageCost.without_uncharged`), as
no stage of such a schedule is that wave. The contracted problem's schedules include every one of
the choice's, at the same cost, so its optimum bounds the choice's.

The kept-waves bound (`wave_bound.WaveChoices`) hands out the choices bounded below the block's
best schedule, least bound first, and each is searched exactly (A*, `search`) on its contracted
graph, below the best schedule so far: the search either finds none cheaper (the choice is
done) or the choice's optimum. That schedule, each kept wave back as one stage, costs no more
under the block's own model (where more waves are uncharged), so where it fits the memory
budget it is the block's best so far, and the choices bounded at or above it are done too. The
contracted searches ignore the memory budget, which only lowers what they find: their optima
are still lower bounds. When every choice is done, the block's best schedule is optimal; where
the budgets run out first, the least bound of the choices not done is the block's proven bound.

The search's own bounds see a kept wave only as its members' shares, so a kept wave that
lengthens a chain is invisible to them; contracted, it is one more link of the chain. Under the
profiled CPU model, RandWire's 157- and 155-dispatch blocks (13 and 11 waves) are proven with 23
choices searched in 98,116 expansions; the whole-block A* search alone, started from schedules
within 0.02% of the optimum, did not prove the first in 600,000 expansions and proved the second
in 502,808.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..bits import set_bits
from ..cost.base import StageCost
from .relaxed import search_until_sampled
from .search import EPS, PartSearch
from .wave_bound import WaveChoices, group_order


class ContractedCost(StageCost):
    """`inner` on a graph where each kept wave is one node (`waves`: its id, below zero, to its
    members) that runs alone at the wave's cost: a stage holding it and anything else is not
    allowed (it costs infinitely much), so it is a loner (`search.PartSearch`)."""

    def __init__(self, inner: StageCost, waves: dict[int, list[int]]) -> None:
        self.inner = inner
        self.name = inner.name
        self.waves = waves
        self.wave_us = {node: inner.stage_us(members) for node, members in waves.items()}

    def _kept_or(self, node: int, inner: Callable[[int], float]) -> float:
        """A kept wave's node costs its wave in every term; any other node what `inner` says."""
        return self.wave_us[node] if node in self.waves else inner(node)

    def solo_us(self, node: int) -> float:
        return self._kept_or(node, self.inner.solo_us)

    def area_us(self, node: int) -> float:
        if node in self.waves:
            return self.wave_us[node] - self.inner.stage_floor_us()
        return self.inner.area_us(node)

    def stage_floor_us(self) -> float:
        return self.inner.stage_floor_us()

    def wave_area_us(self, node: int) -> float:
        return self._kept_or(node, self.inner.wave_area_us)

    def charged_wave_area_us(self, node: int) -> float:
        return self._kept_or(node, self.inner.charged_wave_area_us)

    def charged_floor_us(self) -> float:
        return self.inner.charged_floor_us()

    def uncharged_stages(self) -> frozenset[frozenset[int]]:
        return self.inner.uncharged_stages()  # the kept waves' members are not nodes here

    def added_us(self, node: int) -> float:
        return self._kept_or(node, self.inner.added_us)

    def charged_solo_us(self, node: int) -> float:
        return self._kept_or(node, self.inner.charged_solo_us)

    def charged_added_us(self, node: int) -> float:
        return self._kept_or(node, self.inner.charged_added_us)

    def removal_us(self, node: int) -> float:
        return math.inf if node in self.waves else self.inner.removal_us(node)

    def stage_us(self, stage: Sequence[int]) -> float:
        if any(node in self.waves for node in stage):
            return self.wave_us[stage[0]] if len(stage) == 1 else math.inf
        return self.inner.stage_us(stage)

    def mask_stage_us(self, nodes: Sequence[int]) -> Callable[[int], float]:
        # The inner model's fast function over the nodes, each kept wave stood in for by one of
        # its members: it is never asked about a stage holding one.
        inner = self.inner.mask_stage_us([self.waves[n][0] if n in self.waves else n for n in nodes])
        wave_us = {1 << i: self.wave_us[n] for i, n in enumerate(nodes) if n in self.waves}
        wave_bits = sum(wave_us)

        def stage_us(mask: int) -> float:
            if mask & wave_bits:
                return wave_us.get(mask, math.inf)
            return inner(mask)
        return stage_us


@dataclass
class Contracted:
    """One choice's contracted search, and how to read its stages back as the block's."""

    search: PartSearch
    waves: dict[int, list[int]]  # a kept wave's node -> its members, in the block's order

    def expand(self, stages: list[list[int]]) -> list[list[int]]:
        return [self.waves[stage[0]] if stage[0] in self.waves else stage for stage in stages]


def contract(search: PartSearch, waves: Sequence[int], decided: Sequence[bool]) -> Contracted | None:
    """The search over `search`'s dispatches with the waves (bitmasks over them) `decided` kept
    contracted and the others charged; None where the model cannot charge them."""
    cost = search.cost.without_uncharged(
        frozenset(search.nodes[i] for i in set_bits(wave)) for wave, keep in zip(waves, decided) if not keep)
    kept = [wave for wave, keep in zip(waves, decided) if keep]
    groups = group_order(search, kept)
    if cost is None or groups is None:
        return None
    node_of = {}  # local index -> node of the contracted graph
    members: dict[int, list[int]] = {}
    for group in groups:
        node = search.nodes[group[0]] if len(group) == 1 else -1 - len(members)
        if len(group) > 1:
            members[node] = [search.nodes[i] for i in group]
        for i in group:
            node_of[i] = node
    preds: dict[int, list[int]] = {}
    for group in groups:
        node = node_of[group[0]]
        before = {node_of[p] for i in group for p in set_bits(search.pred_mask[i])} - {node}
        preds[node] = sorted(before)
    contracted = ContractedCost(cost, members)
    nodes = [node_of[group[0]] for group in groups]  # a dependence order
    return Contracted(PartSearch(nodes, preds, contracted, max_stage=search.max_stage), members)


@dataclass
class WaveSplit:
    """What splitting a block on its waves proved: its best schedule, the proven lower bound on its
    optimum, whether that schedule is optimal, and the work done."""

    stages: list[list[int]]
    lower_bound: float
    optimal: bool
    choices: int  # choices searched
    expansions: int
    work: int  # the kept-waves bound's


def prove_by_waves(search: PartSearch, incumbent: list[list[int]], *, work: int, expansions: int,
                   deadline: float, known_bound: float = 0.0, tolerance: float = 0.0) -> WaveSplit | None:
    """The block of `search` (its whole-block search) split on its waves, from `incumbent` (a
    schedule of it that fits the memory budget), on `work` of the kept-waves bound and
    `expansions` of the contracted searches; None where the model leaves no wave of it uncharged.

    Where the least choice is bounded no higher than `known_bound` (the block's proven bound so
    far), no choice is searched: the choices' searches would start where the whole-block search
    did and go over its schedules again, in pieces (NASNet-A's 525-dispatch block under the H200
    profile: 3 choices searched in 340,361 expansions, 18 s, and nothing proven or found).
    The choices stop once the best schedule is within `tolerance` of the least bound still open,
    and at the first choice whose search stalls: its open states' bound not risen over
    ROUND_PATIENCE expansions (`search_until_sampled`), or its candidate stages sampled. That
    choice stays open, so the block can no longer be proven, and the choices after it are
    searches of the same size (NASNet-A's 1,026-dispatch CPU block: the first choice's bound rose
    2 us in 229,055 expansions, 32 s, 1,049 us short of the block's schedule; small RandWire's
    157-dispatch block: 0.001 us between 20,005 and 140,185 expansions, 2.7 us short)."""
    choices = WaveChoices.of(search, work)
    if choices is None:
        return None
    best, best_us = incumbent, search.cost.schedule_us(incumbent)
    not_done = math.inf  # the least bound of the choices searched but not done
    spent = searched = 0
    while (choice := choices.next_below(best_us)) is not None:
        value, decided = choice
        if spent >= expansions or time.monotonic() > deadline or value <= known_bound + EPS \
                or best_us <= (1.0 + tolerance) * min(value, not_done):
            not_done = min(not_done, value)
            break
        if any(keep and wave.bit_count() > search.max_stage for wave, keep in zip(choices.block.waves, decided)):
            continue  # no schedule keeps a wave wider than a stage may be
        contracted = contract(search, choices.block.waves, decided)
        if contracted is None:
            not_done = min(not_done, value)
            continue
        searched += 1
        result = search_until_sampled(contracted.search, best_us, expansions - spent, deadline, stalls=True)
        spent += result.expansions
        if not result.optimal:  # out of budget, stalled, or candidate stages sampled
            not_done = min(not_done, max(value, result.lower_bound))
            if not result.stages:
                break  # out of budget, or stalled: no later choice gets further (see above)
        if not result.stages:
            continue
        found = contracted.expand(result.stages)
        if not search.fits(found):
            not_done = min(not_done, result.lower_bound)
            continue
        # It costs no more under the block's model, where its kept waves are not charged either;
        # were it dearer there, the choice would not be settled by it.
        found_us = search.cost.schedule_us(found)
        if found_us < best_us:
            best, best_us = found, found_us
        else:
            not_done = min(not_done, result.lower_bound)
    bound = min(best_us, not_done, choices.least_open())
    return WaveSplit(best, bound, bound >= best_us - EPS, searched, spent, choices.spent)
