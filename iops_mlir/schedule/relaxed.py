"""The relaxed pass: each block the other passes left unproven searched whole under a relaxation
of its model, whose optimum bounds the block's from below and, where the block's schedule costs
it, proves that schedule optimal.

A relaxation here is a model no stage costs more under and whose search needs one candidate
stage per solo time: the model itself without its margin charge where a stage is its slowest
member plus what the others add (the measured CUDA model), else the model relaxed to its slowest
members (`SlowestMember`). The first round searches without the memory budget; where its optimum
breaks the budget, the next rounds hold the budget over the start of the schedule, up to where
the last one broke it (`relaxed_rounds`).
"""

from __future__ import annotations

import dataclasses
import time
from typing import TYPE_CHECKING

from ..cost.base import SlowestMember, StageCost
from ..partition import Block
from .list_seed import best_fitted_schedule
from .moves import polish
from .search import EPS, PartResult, PartSearch, search_below

if TYPE_CHECKING:  # the searcher lives in `iops`, which imports this module
    from .iops import _BlockSearch, _Searcher


# The relaxed search (`search_relaxed`) checks between steps of this many expansions whether it
# has sampled candidate stages, and stops there.
RELAXED_STEP = 250
# A round of the relaxed search with the memory budget over a longer start (`relaxed_rounds`)
# stops where its open states are still no higher than the bound before it after this many
# expansions: on NASNet-A's H100 block they passed it between 10,000 and 15,000 (and proved the
# block at 55,128); under the H200 kit's model (where `relaxed_rounds` searches no such round,
# since none could raise the bound there) they rose 1 us from 5,000 to 20,000 expansions, 7 us
# below it.
ROUND_PATIENCE = 20_000


def search_relaxed(searcher: _Searcher, blocks: list[Block], wholes: list[PartSearch],
                   results: list[_BlockSearch], picks: list[tuple[str, list[list[int]]]]) -> dict:
    """Each block not settled (`_Searcher.settled`) searched whole under a relaxation of its
    model (`relaxation`), first without the memory budget, then where its optimum breaks the
    budget with the budget holding over the start of the schedule (`relaxed_rounds`), from its
    cheapest schedule so far, on a fair share of the expansions left and at most a block's.

    Without a memory limit a stage needs no other candidate than all the ready dispatches up to
    each solo time, so a block of hundreds is searched out in thousands of expansions (NASNet-A's
    525-dispatch block under the H100 model: 1,981). Its optimum is a lower bound on the block's,
    so the block's bound rises to what it proves. NASNet-A's block breaks the budget only in its
    first two stages: with the budget holding until the four dispatches of the first have run,
    every stage is offered there and one per solo time after, and the optimum (55,128
    expansions) fits the budget and costs the same under the model: the block's optimum, 1.4 us
    below the schedule the other passes found. The schedule the rounds find, made to fit the
    budget where it does not (`list_seed.best_fitted_schedule`, then the moves), is taken where
    it costs less than the block's; where it costs the relaxed optimum under the model itself,
    it is the block's optimum. A block whose schedule costs no more relaxed to its slowest
    members than its bound is left: that relaxation could neither raise nor prove it, and its
    schedule, made to fit, found nothing cheaper where it was tried (under the charged CPU model
    a stage costs well above its slowest member). `results` and `picks` take what it proves or
    finds in place."""
    pending = [b for b, found in enumerate(results)
               if searcher.options.relaxed and not searcher.settled(found, picks[b][1]) and len(blocks[b].nodes) > 1]
    spent, tried, proven, improved, raised = searcher.expansions, 0, 0, 0, 0
    move_work = 0  # candidate stages the moves weighed polishing the schedules made to fit
    budget_rounds = 0  # searches again with the memory budget over a longer start (`relaxed_rounds`)
    relaxed_model = relaxation(searcher.cost)
    exact = not isinstance(relaxed_model, SlowestMember)
    for k, b in enumerate(pending):
        # No optimum under the relaxation, within the budget, is above what the block's schedule
        # (which fits it) costs relaxed.
        ceiling = relaxed_model.schedule_us(picks[b][1])
        if not exact and ceiling <= results[b].lower_bound_us + EPS:
            continue  # the relaxed optimum is at most this: it could neither raise the bound nor prove
        tried += 1
        expansions = searcher.fair_share(len(pending) - k, searcher.options.expansions_per_block)
        incumbent_us = searcher.cost.schedule_us(picks[b][1])
        result, bound, rounds = relaxed_rounds(searcher, blocks[b].nodes, relaxed_model, incumbent_us, expansions,
                                                results[b].lower_bound_us, ceiling)
        budget_rounds += rounds - 1
        searcher.expansions += result.expansions
        found = dataclasses.replace(results[b], expansions=results[b].expansions + result.expansions)
        fitting = result.stages
        if fitting and not wholes[b].fits(fitting):
            fitting = best_fitted_schedule(wholes[b], fitting)
            if fitting is not None:
                fitting, weighed = polish(wholes[b], fitting, searcher.options.move_work)
                move_work += weighed
        if fitting and searcher.cost.schedule_us(fitting) < incumbent_us - EPS:
            picks[b] = ("search", fitting)
            improved += 1
        true_us = searcher.cost.schedule_us(picks[b][1])
        if true_us <= bound + EPS:
            # The block's schedule costs a proven bound under the model itself: optimal.
            found = dataclasses.replace(found, stages=picks[b][1], optimal=True, proved_by="relaxed",
                                        lower_bound_us=true_us, parts_not_proven=0)
            proven += 1
        elif bound > found.lower_bound_us + EPS:
            found = dataclasses.replace(found, lower_bound_us=bound)
            raised += 1
        results[b] = found
    searcher.timed_out |= time.monotonic() > searcher.deadline
    return {"blocks_tried": tried, "blocks_proven": proven, "blocks_improved": improved,
            "blocks_raised": raised, "expansions": searcher.expansions - spent, "move_work": move_work,
            "budget_rounds": budget_rounds}


def relaxed_rounds(searcher: _Searcher, nodes: list[int], model: StageCost, incumbent_us: float,
                   expansions: int, block_bound_us: float, ceiling_us: float) -> tuple[PartResult, float, int]:
    """The block searched under `model`, below `incumbent_us` and on at most `expansions`, in
    rounds: the first without the memory budget, each next one with the budget holding until every
    dispatch up to the stage where the last round's optimum first broke it has run. Each round
    relaxes the problem the budget poses less than the one before, so its optimum is a lower bound
    on the block's within the budget, and higher; the rounds stop at an optimum that fits the budget
    (or none below the incumbent), or where a round is not proven, or where no round could prove
    more than the block's bound (`block_bound_us`) or the highest so far: a round's optimum is at
    most `ceiling_us` (what a schedule within the budget costs relaxed). (the last round's result,
    with the stages of the last round that found any, the highest bound proven, the rounds.)"""
    memory_until: set[int] = set()
    spent, bound, rounds, stages = 0, 0.0, 0, []
    while True:
        rounds += 1
        search = searcher.part_search(nodes, cost=model, memory_until=memory_until)
        result = search_until_sampled(search, incumbent_us, expansions - spent, searcher.deadline,
                                      beat=bound if memory_until else None)
        spent += result.expansions
        bound = max(bound, result.lower_bound)
        stages = result.stages or stages
        over = search.first_stage_over(result.stages) if result.optimal else None
        if over is None or spent >= expansions or time.monotonic() > searcher.deadline \
                or ceiling_us <= max(bound, block_bound_us) + EPS:
            return dataclasses.replace(result, stages=stages, expansions=spent), bound, rounds
        memory_until |= {n for stage in result.stages[:over + 1] for n in stage}


def relaxation(cost: StageCost) -> StageCost:
    """The model the relaxed pass searches, whose optimum is at most `cost`'s: the model itself,
    or without its margin charge (`StageCost.uncharged`: the charge only adds), where a stage is
    its slowest member plus what the others add, so that one candidate per solo time is exact
    there (`StageCost.stage_is_slowest_plus_added`: the measured CUDA model); else the model
    relaxed to its slowest members (`SlowestMember`)."""
    inner = cost.uncharged()
    return inner if inner.stage_is_slowest_plus_added else SlowestMember(cost)


def search_until_sampled(search: PartSearch, ub: float, expansions: int, deadline: float,
                         beat: float | None = None, stalls: bool = False) -> PartResult:
    """`search_below` on at most `expansions`, in steps, stopped after the first step in which the
    search sampled a state's candidate stages: it can then prove nothing, and its bound is the one at
    its start (the 1,014-dispatch model under the H100 model, whose waves have hundreds of ready
    dispatches, spent 49 s of expansions so). With `beat` (a bound proven before), also stopped
    where its open states are not yet above it after ROUND_PATIENCE expansions. With `stalls`,
    also stopped where its open states' bound has not risen over ROUND_PATIENCE expansions (a
    plateau of states of equal bound, which it would go on listing)."""
    spent, mark, mark_bound = 0, 0, None
    while True:
        step = min(RELAXED_STEP, expansions - spent)
        result = search_below(search, ub, expansions=step, deadline=deadline)
        spent += result.expansions
        # A step that spent nothing had too little left for the next state's candidates.
        if result.stages or result.optimal or search.truncated or spent >= expansions or step <= 0 \
                or result.expansions == 0 or time.monotonic() > deadline \
                or (beat is not None and spent >= ROUND_PATIENCE and search.open_bound(ub) <= beat + EPS):
            return dataclasses.replace(result, expansions=spent)
        if stalls and (mark_bound is None or spent - mark >= ROUND_PATIENCE):
            bound = search.open_bound(ub)
            if mark_bound is not None and bound <= mark_bound + EPS:
                return dataclasses.replace(result, expansions=spent)
            mark, mark_bound = spent, bound
