"""Cheaper schedules for a block left unproven, from weighted A* searches of the whole block.

A block searched in parts (over `--whole-block`) gets its schedule from its parts, one after
another, and the windows that mend their seams; a block searched whole but not proven, from what
its search and the windows found. Neither looks at the whole block's schedules at once. A*
that orders its open states by g + w * h, with w a little over 1, does: with a consistent bound
it reaches a whole schedule that costs at most w times the optimum, in a small fraction of the
states A* needs to prove one (w = 1). The searches run from the heaviest weight to the lightest,
each pruning the states whose g + h reaches the best schedule so far, on a budget of expansions
of their own, so the result is the same on any machine. They prove nothing: what they find
replaces the block's schedule where it is cheaper and fits the memory budget, and the passes
after them (the windows, the split on IREE's waves) start from it.

On small RandWire's 139- and 155-dispatch blocks under the profiled CPU model (started from no
schedule), w = 1.02 found 243.29 us in 4,708 expansions where the compile's parts and windows
had 243.89, and w = 1.005 259.13 us in 44,619 where they had 261.21 (the block's optimum,
proven by 8,000,000 expansions of A*, is 259.02).
"""

from __future__ import annotations

from .search import EPS, PartSearch, search_below

# Heaviest first: each finds a schedule quickly, and the cheaper it is, the more of the next,
# lighter search's states it prunes. 1.1 leads for the largest blocks: on small NASNet-A's
# 970-dispatch block (CPU profile), 1.05 needs 11,843 expansions to reach a schedule, twice the
# 6,250 the compile's budget gives it, where 1.1 reaches one in 1,515. Heavier weights reach none
# there in 30,000: they dive into states that the pruning at the best schedule then cuts.
WEIGHTS = (1.1, 1.05, 1.02, 1.01, 1.005)


def weighted_improve(search: PartSearch, stages: list[list[int]], *, expansions: int,
                     deadline: float) -> tuple[list[list[int]], int]:
    """`stages` (a schedule of `search`'s part), or a cheaper one that fits the memory limit found
    by the weighted searches on `expansions`; and the expansions they spent."""
    cost = search.cost
    best, best_us, spent = stages, cost.schedule_us(stages), 0
    for weight in WEIGHTS:
        if spent >= expansions:
            break
        result = search_below(search.weighted_copy(weight), best_us, expansions=expansions - spent, deadline=deadline)
        spent += result.expansions
        if not result.stages:
            if not result.optimal:
                break  # out of budget (or its candidate stages sampled): a lighter weight needs more
            continue  # nothing below the best at this weight's pruning
        found_us = cost.schedule_us(result.stages)
        if found_us < best_us - EPS and search.fits(result.stages):
            best, best_us = result.stages, found_us
    return best, spent
