"""A lower bound on a block's schedules from its dispatches' least stage costs, layer by layer.

A stage holding a dispatch costs at least that dispatch's least stage cost (`PartSearch.least`:
its stage alone, or with others its solo time and the floor plus its wave area), so a stage costs
at least the largest of its members'. Take any value u and the layer U(u) of dispatches whose
least cost is u or more: every stage holding one of them costs u or more, and there are at least
as many such stages as U(u) needs:
  - at most `max_stage` dispatches in a stage (the wave limit), and
  - dispatches of U(u) on one chain (each reaching the next, through any others) in stages of
    their own, one after another.
A dispatch of U(u) that starts a chain of r of them has r - 1 stages of U(u) after its own, so
the N_r dispatches that start chains of r or more all sit in the first s - r + 1 of the s stages,
and s >= ceil(N_r / max_stage) + r - 1 (Hu's bound for unit tasks on identical machines); the
same holds for chains ending at a dispatch. A schedule's cost is at least the integral over u of
how many of its stages cost u or more, which is at least the sum, over the layers, of what each
needs times the step from its value to the next one down.

Where the wave limit binds nowhere, a layer needs as many stages as its longest chain, and the
sum is the heaviest chain of least costs again, only taken layer by layer (a different chain may
count at each value). Where hundreds of dispatches are ready at once, stages are as dear as their
slowest member and the search's bounds, which share each stage's floor among `max_stage`
members, see little of that: on the 1,014-dispatch CUDA build of `tools/big_model.py` under the
H100 model they bound the block at 93.99 us, this at 149.7 us, where the best schedule found
costs 161.9 us.

With more than LEVELS distinct values, each dispatch's value is taken down to the level at or
below it (`_levels`): less, so still a bound, and a fraction of a second on a block of a
thousand dispatches (taking every distinct value took 3.4 s on the 1,564-dispatch CPU build).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..bits import set_bits

LEVELS = 128  # the most distinct values the layers are taken at


def layered_bound(least: Sequence[float], succ_mask: Sequence[int], pred_mask: Sequence[int],
                  max_stage: int) -> float:
    """The bound above for dispatches with least stage costs `least`, successors and
    predecessors as bitmasks over their indices (a dependence order), at most `max_stage` a stage."""
    succs = [list(set_bits(mask)) for mask in succ_mask]
    preds = [list(set_bits(mask)) for mask in pred_mask]
    levels = _levels(least)
    total = 0.0
    for step, value in enumerate(levels):
        below = levels[step + 1] if step + 1 < len(levels) else 0.0
        layer = [v >= value for v in least]
        total += (value - below) * stages_needed(layer, succs, preds, max_stage)
    return total


def _levels(values: Sequence[float]) -> list[float]:
    """The values the layers are taken at, largest first: every distinct value, or at most
    LEVELS of them, half at equal steps of value (the largest value at or below each step: the
    few dearest dispatches keep their own) and half at equal counts of dispatches (where most
    of them lie), always with the least (so every dispatch counts)."""
    distinct = sorted(set(values))
    if len(distinct) <= LEVELS:
        return distinct[::-1]
    half = LEVELS // 2
    low, step = distinct[0], (distinct[-1] - distinct[0]) / max(1, half - 1)
    by_value = {distinct[bisect.bisect_right(distinct, low + j * step) - 1] for j in range(half)}
    ordered = sorted(values)
    by_count = {ordered[(len(ordered) * q) // half] for q in range(half)}
    return sorted(by_value | by_count | {low}, reverse=True)


def stages_needed(layer: Sequence[bool], succs: Sequence[Sequence[int]], preds: Sequence[Sequence[int]],
                  max_stage: int) -> int:
    """The fewest stages that can hold the dispatches marked in `layer` (indices in a dependence
    order) with at most `max_stage` a stage: Hu's bound over the chains of the layer starting at
    each dispatch, and over those ending at it."""
    k = len(layer)
    most = 0
    for forward in (False, True):
        count = [0] * k  # dispatches of the layer on the longest chain from (or to) each
        for i in (range(k) if forward else reversed(range(k))):
            around = preds[i] if forward else succs[i]
            count[i] = layer[i] + max((count[j] for j in around), default=0)
        starting: dict[int, int] = {}  # chain length -> dispatches of the layer with it
        for i in range(k):
            if layer[i]:
                starting[count[i]] = starting.get(count[i], 0) + 1
        at_least = 0
        for length in sorted(starting, reverse=True):
            at_least += starting[length]
            most = max(most, -(-at_least // max_stage) + length - 1)
    return most
