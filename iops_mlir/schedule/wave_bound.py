"""A lower bound for a block under a model that charges every stage but IREE's own waves: each
of those waves kept or broken, branched on.

Under a cautious model (`cost.Cautious`) a dispatch of one of IREE's waves pays its share of the
wave's span only in that very wave, and its charged area in any other stage of two or more. The
search's bounds give it the share at the start, as if every wave were kept; but keeping a wave
ties its members into one stage of their own, which can lengthen the block's chains, and a
schedule that breaks it pays the charge. Every schedule keeps some of the waves and breaks the
rest. For one such choice the stage-count bound of `search` holds with:
  - each kept wave as one node (every predecessor of a member before it, every successor after)
    that costs the wave's own stage: nothing else runs in it, so on a chain it adds nothing more;
  - each broken wave's members at their charged area, and on a chain the charged floor;
and, for a wave not decided yet, its members as the search has them at the start (their shares,
and on a chain the extra of a stage of two or more), plus the least it pays more either way:
kept, its own stage's floor (the stage less the members' shares), less what its member on the
heaviest chain added there; broken, its members' charge, less what that member adds less on a
chain once charged. The heaviest chain stays a chain whichever way each wave goes, so these
add up, and the value bounds every choice still open. A best-first branch and bound over the
waves, in a dependence order, takes the least of these bounds over every choice, or stops
when its work runs out with the least one still open: either way a proven lower bound on the
block's optimum.

On RandWire's 155- and 157-dispatch blocks under the profiled CPU model (11 and 13 waves, of
which the best schedules found keep 0 and 1) it closes more than half of the gap the bound at
the start leaves. Its work is counted as a walk of every dispatch and edge per value, so the result is
the same on any machine; a value walks again only the dispatches its decided waves can change (up
to the last one's group, in reverse order), and takes the rest from the walk with none decided.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from .search import EPS, PartSearch, set_bits


class WaveValues:
    """The bound's value for any choice on the part's uncharged waves (`value`), its dispatches
    grouped for it: each wave contiguous in a dependence order that stays one with any of the
    waves contracted."""

    def __init__(self, search: PartSearch) -> None:
        broken = search.broken_waves
        assert broken is not None
        self.search = search
        # Decided in the order of their first dispatches, a dependence order (on NASNet-A's
        # 1,029-dispatch block 5 us more on the same work than the dearest to break first).
        self.waves = broken.waves
        self.members = [list(set_bits(w)) for w in self.waves]  # lowest index first
        k = len(search.nodes)
        self.succs = [list(set_bits(search.succ_mask[i])) for i in range(k)]
        self.order = group_order(search.succ_mask, self.waves)  # None: contracting every wave makes a cycle
        self.broken_extra = broken.charged_extra  # what a broken wave's member adds on a chain
        self.plain_off = sum(search.off_chain)
        # What deciding a wave adds to the dispatches' summed terms off the chain.
        self.kept_more = [search.stage_cost(w) - sum(search.off_chain[i] for i in set_bits(w)) for w in self.waves]
        self.broken_more = [sum(broken.delta[i] for i in set_bits(w)) for w in self.waves]
        # What one value is charged: a walk of every dispatch and edge, and the members of the waves.
        self.work_per_value = k + sum(len(s) for s in self.succs) + sum(len(m) for m in self.members)
        if self.order is not None:
            # Deciding a wave changes the chains only at its group and the groups before it in the
            # order: the rest of the walk is the one with nothing decided, done once here.
            position = {group[0]: number for number, group in enumerate(self.order)}
            self.wave_position = [position[m[0]] for m in self.members]
            self.open_tail, self.open_step = self._tails(search.on_chain_extra, set(), [0.0] * k, [-1] * k,
                                                         len(self.order) - 1)

    def value(self, decided: tuple[bool, ...]) -> float:
        """The bound with the first len(decided) waves kept (True) or broken (False)."""
        extra = list(self.search.on_chain_extra)
        off = self.plain_off
        kept = set()
        for number, keep in enumerate(decided):
            if keep:
                kept.add(self.members[number][0])
                off += self.kept_more[number]
            else:
                off += self.broken_more[number]
                for i in self.members[number]:
                    extra[i] = self.broken_extra[i]
        last = max((self.wave_position[number] for number in range(len(decided))), default=-1)
        tail, step = self._tails(extra, kept, list(self.open_tail), list(self.open_step), last)
        on_chain = set()  # a heaviest chain (of the waves still open, at most one member each)
        node = tail.index(max(tail))
        while node >= 0:
            on_chain.add(node)
            node = step[node]
        # Each wave still open pays more whichever way it is decided (see the module).
        for number in range(len(decided), len(self.waves)):
            member = next((i for i in self.members[number] if i in on_chain), None)
            if member is None:
                off += min(self.kept_more[number], self.broken_more[number])
            else:
                off += min(self.kept_more[number] - extra[member],
                           self.broken_more[number] - max(0.0, extra[member] - self.broken_extra[member]))
        return off + max(tail)

    def _tails(self, extra: list[float], kept: set[int], tail: list[float], step: list[int],
               last: int) -> tuple[list[float], list[int]]:
        """The heaviest chain of extras from each dispatch, `tail` and `step` filled in for the
        groups up to position `last` of the order, walked in reverse (those after it are given).
        A kept wave's members share one value: the wave's own (nothing) plus the heaviest chain
        after any of them. `step`: where a heaviest chain goes next (-1: it ends)."""
        succs = self.succs
        for group in reversed(self.order[:last + 1]):
            if group[0] in kept:
                after, then = 0.0, -1
                for i in group:
                    for j in succs[i]:
                        if tail[j] > after:
                            after, then = tail[j], j
                for i in group:
                    tail[i], step[i] = after, then
            else:
                for i in group:
                    after, then = 0.0, -1
                    for j in succs[i]:
                        if tail[j] > after:
                            after, then = tail[j], j
                    tail[i], step[i] = extra[i] + after, then
        return tail, step


def group_order(succ_mask: Sequence[int], waves: Sequence[int]) -> list[list[int]] | None:
    """The dispatches (local indices; `succ_mask` their direct successors) in groups (each wave, a
    bitmask, one group, every other dispatch its own), the groups in a dependence order of the
    graph with every wave contracted, ties by least index; None where that graph has a cycle
    (the waves are then not stages of one schedule), a wave with a dependence inside it
    included: contracted, that is a loop, and no schedule keeps the wave."""
    k = len(succ_mask)
    group_of = list(range(k))
    for wave in waves:
        first = min(set_bits(wave))
        for i in set_bits(wave):
            group_of[i] = first
    members: dict[int, list[int]] = {}
    for i in range(k):
        members.setdefault(group_of[i], []).append(i)
    after: dict[int, set[int]] = {g: set() for g in members}
    waiting = dict.fromkeys(members, 0)
    for i in range(k):
        for j in set_bits(succ_mask[i]):
            a, b = group_of[i], group_of[j]
            if a == b:
                return None
            if b not in after[a]:
                after[a].add(b)
                waiting[b] += 1
    ready = [g for g in members if waiting[g] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        g = heapq.heappop(ready)
        order.append(members[g])
        for b in after[g]:
            waiting[b] -= 1
            if waiting[b] == 0:
                heapq.heappush(ready, b)
    return order if len(order) == len(members) else None


class WaveChoices:
    """The best-first branch and bound over the part's waves, kept or broken (see the module), on
    a budget of work: `next_below` hands out whole choices, least bound first."""

    def __init__(self, block: WaveValues, work: int) -> None:
        self.block = block
        self.work = work
        self.spent = block.work_per_value
        self._heap: list[tuple[float, int, tuple[bool, ...]]] = [(block.value(()), 0, ())]

    @classmethod
    def of(cls, search: PartSearch, work: int) -> WaveChoices | None:
        """The choices of `search`'s uncharged waves (None where the model has none in the part,
        or where contracting them all makes a cycle)."""
        if search.broken_waves is None:
            return None
        block = WaveValues(search)
        return None if block.order is None else cls(block, work)

    def least_open(self) -> float:
        """What every choice not yet handed out costs at least (inf: none is left)."""
        return self._heap[0][0] if self._heap else float("inf")

    def next_below(self, target: float) -> tuple[float, tuple[bool, ...]] | None:
        """The next whole choice (its bound, and per wave whether it is kept) whose bound is below
        `target`; None where every choice left is bounded at `target` or more, or the work ran
        out (`least_open` then bounds what is left)."""
        heap, block = self._heap, self.block
        while heap:
            value, _, decided = heap[0]
            if value >= target - EPS:
                return None
            if len(decided) == len(block.waves):
                heapq.heappop(heap)
                return value, decided
            if self.spent + 2 * block.work_per_value > self.work:
                return None
            heapq.heappop(heap)
            for keep in (True, False):
                child = decided + (keep,)
                self.spent += block.work_per_value
                heapq.heappush(heap, (max(value, block.value(child)), self.spent, child))
        return None


def kept_waves_bound(search: PartSearch, *, work: int, target: float = float("inf")) -> tuple[float, int]:
    """A lower bound on the part's optimum from branching on which of its uncharged waves a
    schedule keeps (0 where the model has none in the part); stops early once the bound reaches
    `target` (the best schedule's cost: nothing more to prove). (bound, work spent)."""
    choices = WaveChoices.of(search, work)
    if choices is None:
        return 0.0, 0
    first = choices.next_below(target)
    # The least choice bounds every other: where it is whole, it is the least still open.
    return (first[0] if first is not None else choices.least_open()), choices.spent
