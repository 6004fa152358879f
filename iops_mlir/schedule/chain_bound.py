"""A lower bound for a block too large to prove: its heaviest chains scheduled together exactly.

Where one long chain of dispatches dominates a block (NASNet-A under the H100 model), the
cheapest schedule of the block costs more than its heaviest chain: the other long chains must
run beside it, and their dispatches cannot all line up with its short ones. The search's A*
already schedules two chains together as its bound (`chains.ChainPair`). Here, once per block
the search leaves unproven, three chains are scheduled together, by dynamic programming over
how far each has got: any schedule of the block, restricted to the chains' dispatches, is a
schedule of them whose stages cost no more than the stages they came from under the bounds
every cost model honours (a stage holding one chain member costs at least the least any stage
holding it costs, `PartSearch.least`; one holding several at least their slowest solo time and
the floor plus their wave areas). So the chains' cheapest schedule
bounds the block's optimum, and with more chains it only rises. Under the leader terms
(`leader`: a stage pays one member's solo time and what each other adds), the same table over
what the chains' members pay beyond every dispatch's base gives `leader_chains_bound`.

The table has one cell per combination of progress along the chains, filled level by level
(cells whose progress sums to the same count) with numpy, so a 525-dispatch block's three
chains of 131, 81 and 73 dispatches take a fraction of a second.
"""

from __future__ import annotations

from itertools import combinations

import numpy as np

from .chains import ChainTerms, heaviest_chains
from .search import PartSearch

CHAINS = 3
MAX_CELLS = 4_000_000  # table cells (8 bytes each) beyond which the bound is not computed


def chains_bound(search: PartSearch, count: int = CHAINS) -> float:
    """The cheapest schedule of the part's `count` heaviest chains together: a lower bound on the
    part's optimum (0 where the table would exceed MAX_CELLS)."""
    value = _chains_value(search.chain_terms, heaviest_chains(search.least, search.succ_mask, count), search.ancestors)
    return value if value is not None else 0.0


def leader_chains_bound(search: PartSearch, count: int = CHAINS) -> float:
    """The same under the leader terms (`leader`): every dispatch's base, plus the cheapest schedule
    of the `count` heaviest chains of what their members pay beyond it (0 where the part has no
    leader bound or the table would exceed MAX_CELLS)."""
    if search.leader is None:
        return 0.0
    terms = search.leader.terms
    chains = _chains_value(terms, heaviest_chains(terms.one, search.succ_mask, count), search.ancestors)
    return sum(terms.base) + chains if chains is not None else 0.0


def _chains_value(terms: ChainTerms, chains: list[list[int]], above: list[int]) -> float | None:
    """The chains' cheapest schedule together under `terms` (0 without chains; None where the
    table would be too large)."""
    if np.prod([len(c) + 1 for c in chains], dtype=np.float64) > MAX_CELLS:
        return None
    return float(_table(terms, chains, above)[(0,) * len(chains)]) if chains else 0.0


def _table(terms: ChainTerms, chains: list[list[int]], above: list[int]) -> np.ndarray:
    """table[p]: the cheapest schedule of every chain c's members from p[c] on, where a stage
    holds at most one member of each chain, and a member may run once its ancestors on the
    other chains are done (then it is independent of the others' next members)."""
    k = len(chains)
    sizes = [len(c) for c in chains]

    def column(values: list[float]) -> list[np.ndarray]:
        """Per chain, per position (one past the end included, where nothing is left to run)."""
        return [np.array([values[i] for i in c] + [0.0]) for c in chains]
    one, solo, follow, base, wave = (column(v) for v in (terms.one, terms.solo, terms.follow, terms.base, terms.wave))
    # Per chain and position, how many of each other chain's members it waits for.
    never = np.iinfo(np.int64).max
    needs = [[np.array([sum(1 for b in chains[d] if above[a] >> b & 1) for a in chains[c]] + [never])
              for d in range(k)] for c in range(k)]
    table = np.full([s + 1 for s in sizes], np.inf)
    table[tuple(sizes)] = 0.0
    cells = np.indices(table.shape).reshape(k, -1)
    level = cells.sum(axis=0)
    by_level = np.argsort(level, kind="stable")
    starts = np.searchsorted(level[by_level], np.arange(sum(sizes) + 2))
    subsets = [s for r in range(1, k + 1) for s in combinations(range(k), r)]
    for total in range(sum(sizes) - 1, -1, -1):
        at = cells[:, by_level[starts[total]:starts[total + 1]]]
        ready = [np.all([needs[c][d][at[c]] <= at[d] for d in range(k) if d != c], axis=0) & (at[c] < sizes[c])
                 for c in range(k)]
        best = np.full(at.shape[1], np.inf)
        for subset in subsets:
            runs = np.all([ready[c] for c in subset], axis=0)
            if not runs.any():
                continue
            # One chain's member: its step alone; several: `ChainTerms.joint`, member by member.
            stage = one[subset[0]][at[subset[0]]] if len(subset) == 1 else (np.maximum(
                np.max([solo[c][at[c]] - follow[c][at[c]] for c in subset], axis=0)
                + np.sum([follow[c][at[c]] for c in subset], axis=0),
                terms.floor + np.sum([wave[c][at[c]] for c in subset], axis=0))
                - np.sum([base[c][at[c]] for c in subset], axis=0))
            after = at.copy()
            after[list(subset)] += 1
            after = np.minimum(after, np.array(sizes)[:, None])  # cells that cannot run stay in range
            best = np.where(runs, np.minimum(best, stage + table[tuple(after)]), best)
        table[tuple(at)] = best
    return table
