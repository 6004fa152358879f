"""The leader bound: a stage pays one member's solo time and what each other member adds.

Where a model says what a dispatch adds to a stage beside another member
(`StageCost.added_us`: the measured model, whose stage is its slowest member, a share of the
rest and an overhead per member and per concurrent branch), a stage of two or more costs at
least solo(a) plus the others' added, for any member a. So, per dispatch of a part:
  - `lead`: the least it pays as the member at its solo time: alone, its stage of one; with
    others, its solo time (charged where no uncharged wave of the part holds it: then every
    stage holding it is charged);
  - `follow`: what it adds beside another member (charged likewise);
  - `base` = min(lead, follow): what it pays in any schedule. In a stage of two or more, the
    member of largest solo less added pays its solo time and costs no less than any other
    member would as the one at its solo time, so every member pays at least its base.
The members of a chain sit in different stages and each can be taken as its stage's member at
its solo time: each pays its lead. So the cost still to pay is at least `base` summed over the
dispatches left plus the heaviest chain of (lead - base) among them, and, with two chains
scheduled together (`chains.ChainPair` over these terms), at least `base` summed plus their
cheapest schedule. Taking a stage lowers either bound by at most the stage's cost, so both are
admissible and consistent.

On a recorded CUDA graph, where a concurrent branch costs the host about as much as a dispatch
takes, the wave areas see that charge only as half a branch per member: NASNet-A b1's
525-dispatch block under an H200 profile is bounded at 4,879 us by them and the chains, and at
9,198 us by this, against the 9,355 us of the best schedule the search finds.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..bits import byte_tables
from ..cost.base import StageCost
from .chains import ChainPair, ChainTerms, heaviest_tails
from .model import EPS


def leader_terms(cost: StageCost, nodes: Sequence[int], alone: Sequence[float],
                 uncharged: Sequence[bool]) -> ChainTerms | None:
    """The leader terms of a part's dispatches (`uncharged[i]`: some uncharged wave of the part holds
    the i-th); None where no dispatch adds anything beside another (the bound would then be the
    heaviest chain of solo times, which the search's chain bound already passes)."""
    follow = [cost.added_us(n) if free else cost.charged_added_us(n) for n, free in zip(nodes, uncharged)]
    if not any(f > 0 for f in follow):
        return None
    solo = [cost.solo_us(n) if free else cost.charged_solo_us(n) for n, free in zip(nodes, uncharged)]
    lead = [min(a, s) for a, s in zip(alone, solo)]
    base = [min(a, f) for a, f in zip(lead, follow)]
    return ChainTerms(one=[a - b for a, b in zip(lead, base)], solo=solo, follow=follow, base=base,
                      wave=[0.0] * len(nodes), floor=0.0)


class LeaderBound:
    """The leader bound of one part (see the module), read for any set of dispatches left."""

    def __init__(self, terms: ChainTerms, succ_mask: Sequence[int], above: Sequence[int]) -> None:
        self.terms = terms
        k = len(terms.one)
        (tail,) = heaviest_tails([terms.one], succ_mask)  # heaviest chain of (lead - base) from each
        (self._sums,), (self._tails,) = byte_tables([terms.base], np.add), byte_tables([tail], np.maximum)
        pair = ChainPair(terms, terms.one, succ_mask, above) if k > 2 else None
        full = (1 << k) - 1
        # Kept only where two chains bound better than one at the start.
        self.pair = pair if pair is not None and pair.value(0) > max(tail, default=0.0) + EPS else None
        self.start = self.value(full, 0)

    def value(self, rest: int, done: int) -> float:
        """The bound on what the dispatches `rest` (the part less `done`) still cost."""
        total = chain = 0.0
        for sums, tails in zip(self._sums, self._tails):
            byte = rest & 255
            if byte:
                total += sums[byte]
                if tails[byte] > chain:
                    chain = tails[byte]
            rest >>= 8
        if self.pair is not None:
            chain = max(chain, self.pair.value(done))
        return total + chain
