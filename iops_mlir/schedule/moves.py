"""Polishing a block's schedule by moving one dispatch at a time to another stage.

The searches before this place each dispatch among the dispatches of its part or window: a
stage can only take a dispatch that the same search saw. Yet a dispatch may run in any stage
after its last predecessor's and before its first successor's, and a stage far off may hold it
for less: where it hides under a slower member, or where its leaving empties a stage and saves
that stage's floor. Here every dispatch, in dependence order, moves to the stage of its range
that lowers the block's cost the most, if any lowers it, the schedule still fits the memory
budget and the stage holds fewer than `max_stage` dispatches; sweeps repeat until one moves
nothing. The cost only goes down, so the result is never worse than the schedule given.

After windows of 24 dispatches, this took RandWire's 155-dispatch block under the profiled CPU
model from 4,968.2 to 4,963.2 us, and the 1,564-dispatch model of `tools/big_model.py` under the
analytic CPU model from 2,067.9 to 2,006.0 us.

The work is counted in candidate stages weighed, so the result is the same on any machine.
"""

from __future__ import annotations

from .search import EPS, PartSearch, set_bits


def polish(search: PartSearch, stages: list[list[int]], work: int) -> tuple[list[list[int]], int]:
    """`stages` (a schedule of the search's dispatches that fits its memory limit) with single
    dispatches moved while that lowers its cost, weighing at most `work` candidate stages;
    returns the schedule and the work spent."""
    slots = [sum(1 << search.index[n] for n in stage) for stage in stages]
    spent = 0
    moved = True
    while moved and spent < work:
        moved = False
        where = {i: t for t, mask in enumerate(slots) for i in set_bits(mask)}
        for i in range(len(search.nodes)):
            lo = max((where[p] + 1 for p in set_bits(search.pred_mask[i])), default=0)
            hi = min((where[s] - 1 for s in set_bits(search.succ_mask[i])), default=len(slots) - 1)
            if hi - lo < 1:
                continue  # no other stage in its range
            spent += hi - lo
            target = _best_stage(search, slots, i, where[i], lo, hi)
            if target is None:
                continue
            trial = list(slots)
            trial[where[i]] &= ~(1 << i)
            trial[target] |= 1 << i
            if search.memory_limit is not None and not _fits_after_move(search, trial, where[i], target):
                continue
            slots, where[i], moved = trial, target, True
            if spent >= work:
                break
        slots = [mask for mask in slots if mask]
    return _stages(search, slots), spent


def _best_stage(search: PartSearch, slots: list[int], i: int, now: int, lo: int, hi: int) -> int | None:
    """The stage in lo..hi where dispatch i lowers the schedule's cost the most (None: none does)."""
    bit = 1 << i
    left = slots[now] & ~bit
    saved = search.stage_cost(slots[now]) - (search.stage_cost(left) if left else 0.0)
    best, target = -EPS, None
    for t in range(lo, hi + 1):
        mask = slots[t]
        if t == now or mask.bit_count() >= search.max_stage:
            continue
        change = search.stage_cost(mask | bit) - (search.stage_cost(mask) if mask else 0.0) - saved
        if change < best:
            best, target = change, t
    return target


def _fits_after_move(search: PartSearch, slots: list[int], left: int, joined: int) -> bool:
    """Whether a schedule that fitted the memory limit still fits once a dispatch has left stage
    `left` for stage `joined`: only the stages between the two see other dispatches done before
    them or other results of their own. (A stage the move emptied holds only what is live
    between its neighbours, which their own peaks already count.)"""
    first, last = min(left, joined), max(left, joined)
    done = 0
    for mask in slots[:first]:
        done |= mask
    return max(search.stage_peaks(slots[first:last + 1], done)) <= search.memory_limit


def _stages(search: PartSearch, slots: list[int]) -> list[list[int]]:
    """Stage masks as lists of the dispatches' ids (empty stages dropped)."""
    return [[search.nodes[i] for i in set_bits(mask)] for mask in slots if mask]
