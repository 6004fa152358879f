"""Chains of a part and what scheduling a few of them together exactly costs: lower bounds.

Any schedule of a part, restricted to a few of its chains, is a schedule of them in which a stage
holds at most one member of each chain. Where every stage of the part costs at least what its
chain members' step costs (`ChainTerms`) plus what its other members are charged elsewhere in
the same bound, the chains' cheapest schedule bounds the part's cost still to pay.

`ChainTerms` writes the step costs of one bound. A stage holding one chain member costs `one`;
one holding several of them costs
    max(max over them of (solo - follow) + their follow summed,  floor + their wave summed)
less their `base` summed (what the bound charges every dispatch anyway). Two decompositions of a
stage's cost give the two bounds the search uses:
  - the wave terms: `one` the least any stage holding the member costs, `follow` and `base` 0;
    several members cost at least their slowest solo time and the floor plus their wave areas;
  - the leader terms (`leader`): one member pays its solo time, the others what they add beside
    it, and `base` is what every dispatch pays either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..bits import set_bits


@dataclass(frozen=True)
class ChainTerms:
    """Per dispatch of a part (by index), the step costs of one chain bound (see the module)."""

    one: list[float]
    solo: list[float]
    follow: list[float]
    base: list[float]
    wave: list[float]
    floor: float

    def joint(self, members: Sequence[int]) -> float:
        """A stage holding these chain members (two or more), less their base."""
        lead = max(self.solo[i] - self.follow[i] for i in members) + sum(self.follow[i] for i in members)
        shared = self.floor
        for i in members:  # added from the floor up, in the order the wave bound has always added them
            shared += self.wave[i]
        return max(lead, shared) - sum(self.base[i] for i in members)


def ancestors(pred_mask: Sequence[int]) -> list[int]:
    """Each dispatch's ancestors in the part, as a mask (indices in a dependence order)."""
    found = [0] * len(pred_mask)
    for i in range(len(pred_mask)):  # predecessors first
        for p in set_bits(pred_mask[i]):
            found[i] |= found[p] | (1 << p)
    return found


def heaviest_tails(rows: Sequence[Sequence[float]], succ_mask: Sequence[int]) -> list[list[float]]:
    """Per row of weights, each dispatch's heaviest chain of them starting at it (indices in a
    dependence order), every row in one walk of the successors."""
    tails = [[0.0] * len(succ_mask) for _ in rows]
    for i in reversed(range(len(succ_mask))):
        after = list(set_bits(succ_mask[i]))
        for row, tail in zip(rows, tails):
            tail[i] = row[i] + max((tail[j] for j in after), default=0.0)
    return tails


def heaviest_chains(weights: Sequence[float], succ_mask: Sequence[int], count: int) -> list[list[int]]:
    """The heaviest chain by `weights`, then the heaviest of what is left, and so on: each a path
    through the part with the earlier chains' dispatches weighing nothing, those dropped (what is
    left still runs in that order: a chain). Empty chains are left out."""
    chains: list[list[int]] = []
    taken: set[int] = set()
    for _ in range(count):
        weighed = [0.0 if i in taken else w for i, w in enumerate(weights)]
        chain = [i for i in heaviest_path(weighed, succ_mask) if i not in taken]
        if not chain:
            break
        chains.append(chain)
        taken.update(chain)
    return chains


def heaviest_path(weight: Sequence[float], succ_mask: Sequence[int]) -> list[int]:
    """The path along the edges of largest total weight (indices in a dependence order)."""
    best = [0.0] * len(weight)
    step: list[int | None] = [None] * len(weight)
    for i in reversed(range(len(weight))):
        for j in set_bits(succ_mask[i]):
            if best[j] > best[i]:
                best[i], step[i] = best[j], j
        best[i] += weight[i]
    path: list[int] = []
    node = max(range(len(weight)), key=lambda i: (best[i], -i)) if weight else None
    while node is not None:
        path.append(node)
        node = step[node]
    return path


class ChainPair:
    """The two heaviest chains of a part (by `weights`), scheduled together exactly under `terms`:
    a bound on the cost still to pay (a pattern database). It falls by at most the cost of a stage
    taken, like the search's other bounds: admissible and consistent."""

    def __init__(self, terms: ChainTerms, weights: Sequence[float], succ_mask: Sequence[int],
                 above: Sequence[int]) -> None:
        first, second = (heaviest_chains(weights, succ_mask, 2) + [[], []])[:2]
        self.masks = (sum(1 << i for i in first), sum(1 << i for i in second))
        self.table = pair_table(terms, first, second, above)

    def value(self, done: int) -> float:
        """The chains' remaining dispatches' cheapest schedule, from `done` (a chain's members
        in `done` are always its first ones)."""
        return self.table[(done & self.masks[0]).bit_count()][(done & self.masks[1]).bit_count()]


def pair_table(terms: ChainTerms, first: list[int], second: list[int], above: Sequence[int]) -> list[list[float]]:
    """table[i][j]: the cheapest schedule of `first[i:]` and `second[j:]` (a state where the earlier
    members are done), each stage one member of a chain, or one of each where neither waits for
    the other."""
    one = terms.one
    # How many of the other chain's members must be done before a member may run.
    needs_second = [sum(1 for b in second if above[a] >> b & 1) for a in first]
    needs_first = [sum(1 for a in first if above[b] >> a & 1) for b in second]
    m, n = len(first), len(second)
    table = [[0.0] * (n + 1) for _ in range(m + 1)]
    for i in range(m, -1, -1):
        row, below = table[i], table[i + 1] if i < m else None
        for j in range(n, -1, -1):
            if i == m and j == n:
                continue
            best = float("inf")
            alone = i < m and needs_second[i] <= j
            other = j < n and needs_first[j] <= i
            if alone:
                best = one[first[i]] + below[j]
            if other:
                best = min(best, one[second[j]] + row[j + 1])
            if alone and other:
                best = min(best, terms.joint((first[i], second[j])) + below[j + 1])
            row[j] = best
    return table
