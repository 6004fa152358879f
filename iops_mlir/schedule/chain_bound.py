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
what the chains' members pay beyond every dispatch's base gives `leader_chains_bound`, and over
the floors of the stage-count bound, `floor_chains_bound` (below).

The table (`chains.chains_table`) has one cell per combination of progress along the chains,
filled level by level (cells whose progress sums to the same count) with numpy, so a
525-dispatch block's three chains of 131, 81 and 73 dispatches take a fraction of a second.
"""

from __future__ import annotations

from .chains import CHAINS, chains_value, floor_terms, heaviest_chains
from .search import PartSearch


def chains_bound(search: PartSearch, count: int = CHAINS) -> float:
    """The cheapest schedule of the part's `count` heaviest chains together: a lower bound on the
    part's optimum (0 where the table would exceed MAX_CELLS)."""
    value = chains_value(search.chain_terms, heaviest_chains(search.least, search.succ_mask, count), search.ancestors)
    return value if value is not None else 0.0


def leader_chains_bound(search: PartSearch, count: int = CHAINS) -> float:
    """The same under the leader terms (`leader`): every dispatch's base, plus the cheapest schedule
    of the `count` heaviest chains of what their members pay beyond it (0 where the part has no
    leader bound or the table would exceed MAX_CELLS)."""
    if search.leader is None:
        return 0.0
    terms = search.leader.terms
    chains = chains_value(terms, heaviest_chains(terms.one, search.succ_mask, count), search.ancestors)
    return sum(terms.base) + chains if chains is not None else 0.0


def floor_chains_bound(search: PartSearch, count: int = CHAINS) -> float:
    """The stage-count bound with its chain of extras replaced by `count` chains of them scheduled
    together: every dispatch's term off a chain, plus the cheapest schedule of the `count`
    heaviest chains of on-chain extras in which a stage holding members of several pays the
    largest of their extras (0 where the table would exceed MAX_CELLS).

    Each stage S costs at least its members' off-chain terms plus the largest of their extras
    (`stage_count.stage_count_terms`: alone, a dispatch pays both; in a stage of two or more,
    each pays its wave area and the stage one floor, no less than any member's extra), so a
    schedule costs at least the off-chain terms plus, per stage, its largest extra, and that sum
    over the stages restricted to the chains is a schedule of the chains. The search's bound
    counts one chain: where the floors of the stages a schedule needs fall on several chains
    that cannot share stages (their members wait for one another), this counts them. On
    full-size RandWire's 155- and 157-dispatch CPU blocks with IREE's waves kept or broken
    (`wave_split`) it closes 13 of their 24 choices at the start
    (`benchmarks/results/search/llvm-cpu-floors.md`)."""
    if count == CHAINS and search.floors_start is not None:
        return search.floors_start  # the table the search built for itself, not built again
    chains = chains_value(floor_terms(search.on_chain_extra),
                          heaviest_chains(search.on_chain_extra, search.succ_mask, count), search.ancestors)
    return sum(search.off_chain) + chains if chains is not None else 0.0
