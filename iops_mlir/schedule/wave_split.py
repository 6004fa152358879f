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
budget it is the block's best so far, and the choices bounded at or above it are done too. A
choice is searched first without the memory budget, which only lowers what it finds; where its
optimum breaks the budget, it is searched again in rounds with the budget holding over more of
its schedule (`WaveSplitter._search`), each round's optimum still a lower bound, until one fits.
When every choice is done, the block's best schedule is optimal; where the budgets run out
first, the least bound of the choices not done is the block's proven bound.

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
from .chain_bound import floor_chains_bound
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


def preparation_expansions(nodes: int) -> int:
    """What preparing one choice (contracting it, building its search and its chains of floors)
    is charged, in expansions of the budget: 64 + nodes^2 / 25, about its time on a 2-core VM
    against an expansion of its search (some 16 us): 16 ms for a choice of 148-156 nodes of
    RandWire's 157-dispatch CPU block (charged 940-1,040), 1.5 ms for one of 24 nodes of a
    37-dispatch block (charged 88). Without the charge a block with thousands of choices, each
    refuted in a few expansions, spent minutes on their preparation within its budget (a
    37-dispatch block: 11,175 choices, 157 s, 50,719 expansions)."""
    return 64 - (-nodes * nodes // 25)


@dataclass
class Contracted:
    """One choice's contracted search, and how to read its stages back as the block's."""

    search: PartSearch
    waves: dict[int, list[int]]  # a kept wave's node -> its members, in the block's order
    decided: tuple[bool, ...]  # which of the block's waves it keeps
    budget_until: frozenset[int] | None  # the memory budget holds until these nodes have run

    def expand(self, stages: list[list[int]]) -> list[list[int]]:
        return [self.waves[stage[0]] if stage[0] in self.waves else stage for stage in stages]


def contract(search: PartSearch, waves: Sequence[int], decided: Sequence[bool],
             budget_until: frozenset[int] | None = None) -> Contracted | None:
    """The search over `search`'s dispatches with the waves (bitmasks over them) `decided` kept
    contracted and the others charged; None where the model cannot charge them. Without
    `budget_until` it ignores the memory budget; with it, the budget holds until those of its
    nodes have all run, each member of a kept wave freeing its result on its own
    (`PartSearch.set_grouped_memory`), so that its live bytes are the block's."""
    cost = search.cost.without_uncharged(
        frozenset(search.nodes[i] for i in set_bits(wave)) for wave, keep in zip(waves, decided) if not keep)
    kept = [wave for wave, keep in zip(waves, decided) if keep]
    groups = group_order(search.succ_mask, kept)
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
    budget = search.memory_limit if budget_until is not None else None
    part = PartSearch(nodes, preds, contracted, max_stage=search.max_stage, floors=True,
                      memory_limit=budget, memory_until=budget_until)
    if budget is not None:
        part.set_grouped_memory(search, groups)
    if search.cover is not None:
        # The block's prices hold here too: a kept wave's stage costs at least its members'
        # prices, and any other stage is charged no less than in the block.
        prices = search.cover.prices
        part.use_prices([sum(prices[i] for i in group) for group in groups])
    return Contracted(part, members, tuple(decided), budget_until)


@dataclass
class WaveSplit:
    """What splitting a block on its waves proved: its best schedule, the proven lower bound on its
    optimum, whether that schedule is optimal, and the work done."""

    stages: list[list[int]]
    lower_bound: float
    optimal: bool
    choices: int  # choices searched
    closed: int  # choices closed at their start by the floors of their chains (`floor_chains_bound`)
    expansions: int
    work: int  # the kept-waves bound's
    budget_rounds: int = 0  # choices searched again with the memory budget held over more of them


def prove_by_waves(search: PartSearch, incumbent: list[list[int]], *, work: int, expansions: int,
                   deadline: float, known_bound: float = 0.0, tolerance: float = 0.0) -> WaveSplit | None:
    """The block of `search` (its whole-block search) split on its waves, from `incumbent` (a
    schedule of it that fits the memory budget), on `work` of the kept-waves bound and
    `expansions` of the contracted searches; None where the model leaves no wave of it uncharged
    (`WaveSplitter`, run once)."""
    splitter = WaveSplitter.of(search, incumbent, work=work, deadline=deadline, known_bound=known_bound,
                               tolerance=tolerance)
    return splitter.run(expansions) if splitter is not None else None


class WaveSplitter:
    """The split of one block on its waves, run on budgets of expansions that may come one after
    another: each `run` goes on where the last one stopped (a choice's search keeps its open
    states), so a budget handed out in shares loses nothing where a block needs more than its
    share and another less.

    Where the least choice is bounded no higher than `known_bound` (the block's proven bound so
    far), no choice is searched: the choices' searches would start where the whole-block search
    did and go over its schedules again, in pieces (NASNet-A's 525-dispatch block under the H200
    profile: 3 choices searched in 340,361 expansions, 18 s, and nothing proven or found).
    The choices stop once the best schedule is within `tolerance` of the least bound still open,
    and at the first choice whose candidate stages are sampled (it can prove nothing, and the
    choices after it are searches of the same size). A choice whose search stalls, its open
    states' bound not risen over ROUND_PATIENCE expansions (`search_until_sampled`), is set
    aside and the choices after it go on: most of them close at their start, on their chains
    of floors, or in a few thousand expansions. The choices set aside are resumed once no other
    is left below the best schedule, without the patience: a plateau a few us deep is listed to
    its end (RandWire's 155-dispatch CPU block: a choice 0.04 us short of the best schedule, its
    bound not risen over 20,000 expansions, proven in 82,195). Stopping at the first stall
    instead saved a small RandWire compile 8 s where its two choices found nothing (17.1 s and
    8.8 s), but left its full-size blocks unproven."""

    def __init__(self, search: PartSearch, incumbent: list[list[int]], choices: WaveChoices, *,
                 deadline: float, known_bound: float, tolerance: float) -> None:
        self.search = search
        self.choices = choices
        self.deadline = deadline
        self.known_bound = known_bound
        self.tolerance = tolerance
        self.best, self.best_us = incumbent, search.cost.schedule_us(incumbent)
        self.not_done = math.inf  # the least bound of the choices left unproven for good
        self.held: tuple[float, tuple[bool, ...]] | None = None  # a choice handed out as the budget ran out
        self.under_way: tuple[float, Contracted] | None = None  # a choice whose search ran out of budget
        self.aside: list[tuple[float, Contracted]] = []  # the choices whose search stalled
        self.handing_out = True  # choices below the best schedule may be left
        self.stopped = False  # nothing more to do, whatever the budget
        self.spent = self.searched = self.closed = self.budget_rounds = 0
        self.limit = 0

    @classmethod
    def of(cls, search: PartSearch, incumbent: list[list[int]], *, work: int, deadline: float,
           known_bound: float = 0.0, tolerance: float = 0.0) -> WaveSplitter | None:
        """The split of `search`'s block on `work` of the kept-waves bound (None: the model leaves
        no wave of it uncharged)."""
        choices = WaveChoices.of(search, work)
        if choices is None:
            return None
        return cls(search, incumbent, choices, deadline=deadline, known_bound=known_bound, tolerance=tolerance)

    @property
    def finished(self) -> bool:
        """Whether a larger budget could do no more: proven, or stopped for good."""
        return self.stopped or self.result().optimal

    def run(self, expansions: int) -> WaveSplit:
        """Go on for at most `expansions` more."""
        self.limit = self.spent + expansions
        if not self.stopped:
            if self.under_way is not None:
                value, contracted = self.under_way
                self.under_way = None
                self._search(value, contracted, stalls=self.handing_out)
            if self.handing_out and self.under_way is None:  # one choice under way at a time
                self._hand_out()
            if self.handing_out or self.under_way is not None:
                return self.result()  # out of budget (or stopped) with choices still to hand out
            while self.aside and not self._out_of_budget() and not self.stopped:
                value, contracted = self.aside.pop(0)
                if value >= self.best_us - EPS:
                    continue  # a cheaper schedule found since closes it
                if self._within_tolerance(value):
                    self.stopped = True
                    self.aside.insert(0, (value, contracted))
                    break
                self._search(value, contracted, stalls=False)
                if self.under_way is not None:
                    break
        self.stopped |= time.monotonic() > self.deadline
        return self.result()

    def result(self) -> WaveSplit:
        """The best schedule so far and the least bound of every choice still open."""
        open_choices = self.aside + ([self.under_way] if self.under_way is not None else [])
        held = [self.held[0]] if self.held is not None else []
        bound = min([self.best_us, self.not_done, self.choices.least_open()] + held + [value for value, _ in open_choices])
        return WaveSplit(self.best, bound, bound >= self.best_us - EPS, self.searched, self.closed, self.spent,
                         self.choices.spent, self.budget_rounds)

    def _within_tolerance(self, value: float) -> bool:
        """Whether the best schedule is within the tolerance of the least bound still open: a
        choice's `value`, the choices left unproven and those set aside."""
        return self.best_us <= (1.0 + self.tolerance) * min([value, self.not_done] + [b for b, _ in self.aside])

    def _out_of_budget(self) -> bool:
        return self.spent >= self.limit or time.monotonic() > self.deadline

    def _hand_out(self) -> None:
        """Search the choices bounded below the best schedule, least bound first, until none is
        left (`handing_out` then False), the budget runs out, or the split stops."""
        search, choices = self.search, self.choices
        while (choice := self.held or choices.next_below(self.best_us)) is not None:
            self.held = None
            value, decided = choice
            if value >= self.best_us - EPS:
                continue  # held while a cheaper schedule was found: so is every choice left
            if self._out_of_budget():
                self.held = choice  # the first handed out next time
                return
            if value <= self.known_bound + EPS or time.monotonic() > self.deadline or self._within_tolerance(value):
                self.not_done = min(self.not_done, value)
                self.stopped = True
                return
            if any(keep and wave.bit_count() > search.max_stage for wave, keep in zip(choices.block.waves, decided)):
                continue  # no schedule keeps a wave wider than a stage may be
            contracted = contract(search, choices.block.waves, decided)
            if contracted is None:
                self.not_done = min(self.not_done, value)
                continue
            self.spent += preparation_expansions(len(contracted.search.nodes))
            # Contracted, a choice's chains of floors often leave no schedule below the best one:
            # the search would list every state of a plateau a few us deep to learn it (RandWire's
            # 157-dispatch CPU block: 280,000 expansions for one choice).
            value = max(value, floor_chains_bound(contracted.search))
            if value >= self.best_us - EPS:
                self.closed += 1
                continue
            self.searched += 1
            self._search(value, contracted, stalls=True)
            if self.stopped or self.under_way is not None:
                return
        self.handing_out = False

    def _search(self, value: float, contracted: Contracted, *, stalls: bool) -> None:
        """One choice's search below the best schedule, on the budget left: its schedule (the
        best, where cheaper) or its bound; set aside where it stalls, kept under way where the
        budget runs out, and the split stopped where its candidate stages were sampled. A
        choice set aside or under way keeps the bound its search proved so far (`value` before
        it starts): its open states' least f is the bound only once it has started.

        A choice is searched first without the memory budget. Where its optimum breaks the
        budget, it is searched again with the budget holding until every node up to the stage
        that broke it has run (as `relaxed.relaxed_rounds` does for a block), round after round:
        each round's optimum bounds the choice's within the budget, and the first that fits is
        it. Without the rounds such a choice stayed open at its optimum without the budget (on
        an earlier profile of NASNet-A's 1,029-dispatch CPU block, schedules of choices 0.5%
        cheaper than the best found within the budget, and 49-88% over it)."""
        while True:
            if self._out_of_budget():
                self.under_way = (value, contracted)
                return
            result = search_until_sampled(contracted.search, self.best_us, self.limit - self.spent, self.deadline,
                                          stalls=stalls)
            self.spent += result.expansions
            if not (result.optimal or result.stages):
                value = max(value, result.lower_bound)
                if contracted.search.truncated:
                    self.not_done = min(self.not_done, value)
                    # Candidate stages sampled: no later choice gets further, unless it was the
                    # budget's stages that were (every stage is offered where the budget holds).
                    self.stopped |= contracted.budget_until is None
                elif stalls and result.expansions > 0 and not self._out_of_budget():
                    self.aside.append((value, contracted))  # stalled
                else:
                    # Out of budget: spent, or too little left for its next state's candidate stages.
                    self.under_way = (value, contracted)
                return
            if not result.optimal:
                self.not_done = min(self.not_done, max(value, result.lower_bound))
            if not result.stages:
                return
            found = contracted.expand(result.stages)
            over = self.search.first_stage_over(found)
            if over is None:
                break
            before = contracted.budget_until or frozenset()
            until = before.union(n for stage in result.stages[:over + 1] for n in stage)
            # Each round holds the budget over more (the stage that broke it was not under it):
            # where not, the contracted count of live bytes is not the block's, and rounds stop.
            again = contract(self.search, self.choices.block.waves, contracted.decided, until) \
                if result.optimal and until != before else None
            if again is None:
                self.not_done = min(self.not_done, result.lower_bound)
                return
            value = max(value, result.lower_bound)
            self.spent += preparation_expansions(len(again.search.nodes))
            self.budget_rounds += 1
            contracted = again
        # It costs no more under the block's model, where its kept waves are not charged either;
        # were it dearer there, the choice would not be settled by it.
        found_us = self.search.cost.schedule_us(found)
        if found_us < self.best_us:
            self.best, self.best_us = found, found_us
        else:
            self.not_done = min(self.not_done, result.lower_bound)
