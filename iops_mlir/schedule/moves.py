"""Polishing a block's schedule by moving one dispatch at a time to another stage.

The searches before this place each dispatch among the dispatches of its part or window: a
stage can only take a dispatch that the same search saw. Yet a dispatch may run in any stage
after its last predecessor's and before its first successor's, and a stage far off may hold it
for less: where it hides under a slower member, or where its leaving empties a stage and saves
that stage's floor. Here every dispatch, in dependence order, moves to the stage of its range
that lowers the block's cost the most, if any lowers it, the schedule still fits the memory
budget and the stage holds fewer than `max_stage` dispatches; sweeps repeat until one moves
nothing. The cost only goes down, so the result is never worse than the schedule given.

A full stage takes a dispatch only in trade for one of its members that may run in the
dispatch's stage: on a wide block whose stages are full and cost their slowest member, the
dearest dispatches gather so. Only a stage's slowest member trades (elsewhere the stage's cost
does not hang on it), into a full stage whose slowest member is no faster, for a faster member.
On the 1,014-dispatch CUDA build of `tools/big_model.py` under the H100 model, trades took the
list schedule of full stages from 164.7 to 161.9 us (160.4 with trades into any full stage,
which took a 1,200-dispatch fan-out's search from 9 to 80 s).

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
            lo, hi = _range(search, where, i, len(slots) - 1)
            if hi - lo < 1:
                continue  # no other stage in its range
            target, partner, weighed = _best_stage(search, slots, where, i, lo, hi)
            spent += hi - lo + weighed
            if target is None:
                continue
            now = where[i]
            trial = list(slots)
            trial[now] &= ~(1 << i)
            trial[target] |= 1 << i
            if partner is not None:
                trial[target] &= ~(1 << partner)
                trial[now] |= 1 << partner
            if search.memory_limit is not None and not _fits_after_move(search, trial, now, target):
                continue
            slots, where[i], moved = trial, target, True
            if partner is not None:
                where[partner] = now
            if spent >= work:
                break
        slots = [mask for mask in slots if mask]
    return _stages(search, slots), spent


def _best_stage(search: PartSearch, slots: list[int], where: dict[int, int], i: int, lo: int,
                hi: int) -> tuple[int | None, int | None, int]:
    """The stage in lo..hi where dispatch i lowers the schedule's cost the most, and the member of
    that stage it trades places with where the stage is full (None: a plain move); (None, None)
    where nothing lowers it. Also how many trades were weighed."""
    bit, now = 1 << i, where[i]
    left = slots[now] & ~bit
    before = search.stage_cost(slots[now])
    saved = before - (search.stage_cost(left) if left else 0.0)
    # Trades are weighed for the slowest member of a stage only (elsewhere its stage's cost does
    # not hang on it), into a full stage whose slowest member is no faster (where it hides), for
    # a faster member: on a wide block every dispatch would otherwise weigh 32 per stage.
    solo = search.solo
    trades = saved > EPS and solo[i] >= max(solo[j] for j in set_bits(slots[now]))
    best, target, partner, weighed = -EPS, None, None, 0
    for t in range(lo, hi + 1):
        mask = slots[t]
        if t == now:
            continue
        if mask.bit_count() < search.max_stage:
            change = search.stage_cost(mask | bit) - (search.stage_cost(mask) if mask else 0.0) - saved
            if change < best:
                best, target, partner = change, t, None
        elif trades:
            members = list(set_bits(mask))
            weighed += 1
            if max(solo[j] for j in members) < solo[i]:
                continue
            for j in members:
                if solo[j] >= solo[i]:
                    continue
                lo_j, hi_j = _range(search, where, j, len(slots) - 1)
                if not lo_j <= now <= hi_j:
                    continue
                weighed += 1
                change = (search.stage_cost(mask & ~(1 << j) | bit) - search.stage_cost(mask)
                          + search.stage_cost(left | 1 << j) - before)
                if change < best:
                    best, target, partner = change, t, j
    return target, partner, weighed


def _range(search: PartSearch, where: dict[int, int], i: int, last: int) -> tuple[int, int]:
    """The stages dispatch i may run in (`where`: each dispatch's stage; `last`: the last stage's
    index): after its last predecessor's and before its first successor's."""
    lo = max((where[p] + 1 for p in set_bits(search.pred_mask[i])), default=0)
    hi = min((where[s] - 1 for s in set_bits(search.succ_mask[i])), default=last)
    return lo, hi


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
