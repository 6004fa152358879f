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
from itertools import combinations

import numpy as np

from ..bits import set_bits

CHAINS = 3  # chains scheduled together by the tables of `chains_table`
MAX_CELLS = 4_000_000  # table cells (8 bytes each) beyond which no such table is built


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


def floor_terms(extra: Sequence[float]) -> ChainTerms:
    """The step costs of the stage-count bound's floors: a stage holding chain members pays the
    largest of their on-chain extras (`chain_bound.floor_chains_bound`)."""
    nothing = [0.0] * len(extra)
    return ChainTerms(one=list(extra), solo=list(extra), follow=nothing, base=nothing, wave=nothing, floor=0.0)


class FloorChains:
    """The stage-count bound's CHAINS heaviest chains of on-chain extras scheduled together, as a
    table over how far each has got (`chain_bound.floor_chains_bound` says why it bounds): with
    every dispatch's off-chain term of the rest, a bound on the cost still to pay. A stage taken
    lowers it by at most its members' off-chain terms and its largest extra, no more than the
    stage costs, so like the search's other bounds it is consistent."""

    def __init__(self, chains: list[list[int]], table: list[float]) -> None:
        self.steps = list(zip((sum(1 << i for i in chain) for chain in chains), table_strides(chains)))
        self.table = table

    @classmethod
    def of(cls, extra: Sequence[float], succ_mask: Sequence[int], ancestors: Sequence[int]) -> FloorChains | None:
        """The table of the CHAINS heaviest chains of `extra` (None where there are none, or the
        table would exceed MAX_CELLS)."""
        chains = heaviest_chains(extra, succ_mask, CHAINS)
        if not chains or _cells(chains) > MAX_CELLS:
            return None
        return cls(chains, chains_table(floor_terms(extra), chains, list(ancestors)))

    @property
    def start(self) -> float:
        """The chains' cheapest schedule from the start."""
        return self.table[0]

    def value(self, done: int) -> float:
        """The chains' remaining members' cheapest schedule from `done` (a chain's members in
        `done` are always its first ones)."""
        index = 0
        for mask, stride in self.steps:  # a loop, not a sum: the search asks this of every state
            index += (done & mask).bit_count() * stride
        return self.table[index]


def pair_table(terms: ChainTerms, first: list[int], second: list[int], above: Sequence[int]) -> list[list[float]]:
    """table[i][j]: the cheapest schedule of `first[i:]` and `second[j:]` (a state where the earlier
    members are done), each stage one member of a chain, or one of each where neither waits for
    the other. Filled as `chains_table` fills its tables, a stage of one of each priced as
    `ChainTerms.joint` prices it, its sums taken in the same order (the same floats)."""
    m, n = len(first), len(second)
    never = np.iinfo(np.int64).max
    # How many of the other chain's members must be done before a member may run.
    waits = _waits([first, second], above)
    needs_second, needs_first = np.array(waits[0][1] + [never]), np.array(waits[1][0] + [never])
    i, j = np.indices((m + 1, n + 1)).reshape(2, -1)
    alone = np.nonzero((i < m) & (needs_second[i] <= j))[0]
    other = np.nonzero((j < n) & (needs_first[j] <= i))[0]
    both = np.intersect1d(alone, other)

    def column(values: list[float], chain: list[int], at: np.ndarray) -> np.ndarray:
        """The chain's members' values (0 one past its end) at the positions `at`."""
        return np.array([values[x] for x in chain] + [0.0])[at]
    on_first, on_second = i[both], j[both]
    solo = [column(terms.solo, first, on_first), column(terms.solo, second, on_second)]
    follow = [column(terms.follow, first, on_first), column(terms.follow, second, on_second)]
    joint = (np.maximum(np.maximum(solo[0] - follow[0], solo[1] - follow[1]) + (follow[0] + follow[1]),
                        terms.floor + column(terms.wave, first, on_first) + column(terms.wave, second, on_second))
             - (column(terms.base, first, on_first) + column(terms.base, second, on_second)))
    table = _fill_by_levels(i + j, [alone, other, both],
                            [column(terms.one, first, i[alone]), column(terms.one, second, j[other]), joint],
                            [alone + n + 1, other + 1, both + n + 2])
    return [table[row * (n + 1):(row + 1) * (n + 1)] for row in range(m + 1)]


def chains_value(terms: ChainTerms, chains: list[list[int]], above: list[int]) -> float | None:
    """The chains' cheapest schedule together under `terms` (0 without chains; None where the
    table would be too large)."""
    if _cells(chains) > MAX_CELLS:
        return None
    return chains_table(terms, chains, above)[0] if chains else 0.0


def _cells(chains: list[list[int]]) -> float:
    """How many cells the table of `chains` has."""
    return float(np.prod([len(c) + 1 for c in chains], dtype=np.float64))


def table_strides(chains: list[list[int]]) -> list[int]:
    """How far apart in a flattened table (`chains_table`) one step along each chain lies."""
    strides, step = [], 1
    for chain in reversed(chains):
        strides.append(step)
        step *= len(chain) + 1
    return strides[::-1]


def _waits(chains: list[list[int]], above: Sequence[int]) -> list[list[list[int]]]:
    """Per chain, per other chain, per position: how many of the other chain's members the
    member there waits for."""
    masks = [sum(1 << b for b in chain) for chain in chains]
    return [[[(above[a] & masks[d]).bit_count() for a in chains[c]] for d in range(len(chains))]
            for c in range(len(chains))]


def chains_table(terms: ChainTerms, chains: list[list[int]], above: list[int]) -> list[float]:
    """The cheapest schedule of every chain c's members from position p[c] on, where a stage
    holds at most one member of each chain, and a member may run once its ancestors on the
    other chains are done (then it is independent of the others' next members): one value per
    combination of positions, flattened with the last chain's position varying fastest
    (`table_strides`).

    Every stage a cell may run (a subset of the chains whose next members are ready) is found,
    and priced, for all cells at once with numpy; the cells are then filled level by level (cells
    whose positions sum to the same count, from the end), each level one gather and one minimum
    over its cells' stages. Pricing level by level instead cost five times as long, in numpy's
    per-call overhead (full-size RandWire's 29 tables of 37,000-48,000 cells: 1.1 s against 0.2 s)."""
    k = len(chains)
    sizes = [len(c) for c in chains]

    def column(values: list[float]) -> list[np.ndarray]:
        """Per chain, per position (one past the end included, where nothing is left to run)."""
        return [np.array([values[i] for i in c] + [0.0]) for c in chains]
    one, solo, follow, base, wave = (column(v) for v in (terms.one, terms.solo, terms.follow, terms.base, terms.wave))
    # Per chain and position, how many of each other chain's members it waits for.
    never = np.iinfo(np.int64).max
    needs = [[np.array(waits + [never]) for waits in per_chain] for per_chain in _waits(chains, above)]
    cells = np.indices([s + 1 for s in sizes]).reshape(k, -1)
    ready = [np.all([needs[c][d][cells[c]] <= cells[d] for d in range(k) if d != c], axis=0) & (cells[c] < sizes[c])
             for c in range(k)]
    strides = table_strides(chains)
    # Every (cell, stage) pair: the cell, the stage's cost there and the cell it leads to.
    at, price, after = [], [], []
    for subset in (s for r in range(1, k + 1) for s in combinations(range(k), r)):
        runs = np.nonzero(np.all([ready[c] for c in subset], axis=0))[0]
        if not len(runs):
            continue
        pos = cells[:, runs]
        # One chain's member: its step alone; several: `ChainTerms.joint`, member by member.
        price.append(one[subset[0]][pos[subset[0]]] if len(subset) == 1 else (np.maximum(
            np.max([solo[c][pos[c]] - follow[c][pos[c]] for c in subset], axis=0)
            + np.sum([follow[c][pos[c]] for c in subset], axis=0),
            terms.floor + np.sum([wave[c][pos[c]] for c in subset], axis=0))
            - np.sum([base[c][pos[c]] for c in subset], axis=0)))
        at.append(runs)
        after.append(runs + sum(strides[c] for c in subset))
    return _fill_by_levels(cells.sum(axis=0), at, price, after)


def _fill_by_levels(level: np.ndarray, at: list[np.ndarray], price: list[np.ndarray],
                    after: list[np.ndarray]) -> list[float]:
    """A table of cheapest schedules from its stages: for each kind of stage, the cells that may
    run it (`at`), its price there and the cell it leads to. The last cell (every chain done) is
    0; the others are filled by levels (`level`: how many members are done), from the end, each
    cell the least of its stages' prices plus what they lead to."""
    if not at:  # no member left to run anywhere: only the last cell is reached
        return [np.inf] * (len(level) - 1) + [0.0]
    cell, stage, following = (np.concatenate(found) for found in (at, price, after))
    by_level = np.argsort(level[cell], kind="stable")
    cell, stage, following = cell[by_level], stage[by_level], following[by_level]
    starts = np.searchsorted(level[cell], np.arange(int(level[-1]) + 1))
    table = np.full(len(level), np.inf)
    table[-1] = 0.0
    for total in range(int(level[-1]) - 1, -1, -1):
        first, last = starts[total], starts[total + 1]
        np.minimum.at(table, cell[first:last], stage[first:last] + table[following[first:last]])
    return table.tolist()
