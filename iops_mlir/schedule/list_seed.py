"""List schedules: stages filled with the dispatches that have the most of the block still after them.

Where a block fans out so widely that the A* search samples its candidate stages (more than
`search.MAX_MOVES` subsets of the ready dispatches), its parts and windows are searched from
stages that are seldom full, and a block of thousands of dispatches ends with many more stages
than the 32-dispatch wave limit needs, each paying its floor. A list schedule is the classic
answer to wide graphs (highest level first): each stage takes the ready dispatches with the
heaviest chains still after them, up to `max_stage`, so the stages stay as few as the chains and
the wave limit allow. (Filling a stage only with the dispatches that cost it no more than their
least share of any stage was tried as well: on the 1,564-dispatch model 0.6% dearer under the
analytic CPU model and 18% under the profiled one, where it took 5-6 s; cheaper only on
NASNet-A's CPU block, where the search beats both.)

The memory budget is kept the way the search keeps it: a stage's results must fit beside what
is live. Filled from the widest front, a schedule can reach a state where no ready dispatch fits,
so a dispatch joins a stage only where what stays live after the stage leaves room for
`reserve` results as large as the block's largest; a stage that would stay empty takes the
ready dispatch that leaves the least live. Reserves of 0, 1, 2, ... such results are tried until
RESERVE_PATIENCE larger ones in a row bring nothing cheaper, and the cheapest schedule that
completes is the seed. How much to keep free depends on the graph: on the 1,014-dispatch CUDA
build of `tools/big_model.py` under the H100 model the schedules cost 211.0, 179.7, 171.0, 166.1,
164.7 and 168.2 us with reserves 1 to 6 (reserve 0 runs out of room), where the 1,564-dispatch
CPU build under the profiled model is cheapest at 2 (2,941.9 us) and at 6 falls to 1,080
stages. On that CPU build under the analytic CPU model and IREE's order's memory budget, the seed
costs 1,855 us where the search's parts, windows and moves reach 1,914 us (lower bound 1,770 us).
"""

from __future__ import annotations

from collections.abc import Callable

from .search import PartSearch, set_bits

# Reserves (results as large as the block's largest kept free after each stage) tried past the
# cheapest so far, or past 0 while none completes, before the seed is settled.
RESERVE_PATIENCE = 2
# The most tried: the cheapest was at 2 to 5 on the builds above, and at 6 the CPU build's fill
# already takes 1,080 stages for its 1,564 dispatches.
MAX_RESERVE = 16


def best_list_schedule(search: PartSearch) -> list[list[int]] | None:
    """The cheapest list schedule of the search's dispatches over the reserves tried (None: none
    completes within the memory limit); ties go to the smaller reserve."""
    return _cheapest_over_reserves(search, lambda reserve_bytes: list_schedule(search, reserve_bytes))


def best_fitted_schedule(search: PartSearch, stages: list[list[int]]) -> list[list[int]] | None:
    """`stages` (a schedule of the search's dispatches, which may not fit its memory limit) run in
    their order within the limit (`fitted_schedule`), cheapest over the reserves tried."""
    return _cheapest_over_reserves(search, lambda reserve_bytes: fitted_schedule(search, stages, reserve_bytes))


def _cheapest_over_reserves(search: PartSearch,
                            fill: Callable[[int], list[list[int]] | None]) -> list[list[int]] | None:
    """The cheapest schedule `fill` makes keeping 0, 1, 2, ... of the block's largest results
    free, until RESERVE_PATIENCE larger reserves in a row bring nothing cheaper (None: none
    completes); ties go to the smaller reserve."""
    if search.memory_limit is None:
        return fill(0)  # nothing to keep free
    largest = max(search.out, default=0)
    best: list[list[int]] | None = None
    best_us, best_reserve = 0.0, 0
    for reserve in range(MAX_RESERVE + 1):
        if reserve - best_reserve > RESERVE_PATIENCE:
            break
        stages = fill(reserve * largest)
        if stages is None:
            continue
        us = search.cost.schedule_us(stages)
        if best is None or us < best_us:
            best, best_us, best_reserve = stages, us, reserve
    return best


def list_schedule(search: PartSearch, reserve_bytes: int) -> list[list[int]] | None:
    """Stages of the ready dispatches with the heaviest chains after them (`search.tail`), up to
    `search.max_stage` each, with `reserve_bytes` kept free after each stage (see the module);
    None where no ready dispatch fits the memory limit."""
    return _stage_by_stage(search, reserve_bytes, lambda ready: sorted(ready, key=lambda i: (-search.tail[i], i)))


def fitted_schedule(search: PartSearch, stages: list[list[int]], reserve_bytes: int) -> list[list[int]] | None:
    """`stages` in their order, each cut to what fits the memory limit with `reserve_bytes` kept
    free after it (the rest of a stage runs in the next): a schedule found without the limit
    (the relaxed search's, `relaxed.search_relaxed`) made to fit it. None where nothing fits."""
    order = {search.index[n]: k for k, stage in enumerate(stages) for n in stage}

    def earliest(ready: list[int]) -> list[int]:
        first = min(order[i] for i in ready)
        return [i for i in ready if order[i] == first]  # what is left of the earliest stage
    return _stage_by_stage(search, reserve_bytes, earliest)


def _stage_by_stage(search: PartSearch, reserve_bytes: int,
                    candidates: Callable[[list[int]], list[int]]) -> list[list[int]] | None:
    """A schedule of the search's dispatches, each stage filled (`_fill`) from `candidates` of
    the ready dispatches, in that order; None where nothing fits the memory limit."""
    done, stages = 0, []
    while done != search.full:
        ready = search.ready(done)
        stage = _fill(search, done, candidates(ready), ready, reserve_bytes)
        if not stage:
            return None
        stages.append([search.nodes[i] for i in set_bits(stage)])
        done |= stage
    return stages


def _fill(search: PartSearch, done: int, candidates: list[int], ready: list[int], reserve_bytes: int) -> int:
    """The next stage after `done` (a bitmask; 0 where nothing fits): `candidates` in order, up to
    `search.max_stage`, each that fits beside what is live and leaves `reserve_bytes` free; where
    none does, the one dispatch of `ready` that leaves the least live."""
    limit = search.memory_limit
    room = None if limit is None else limit - search.live_bytes(done)
    stage, written = 0, 0
    for i in candidates:
        if stage.bit_count() >= search.max_stage:
            break
        if room is not None and (written + search.out[i] > room
                                 or search.live_bytes(done | stage | 1 << i) + reserve_bytes > limit):
            continue
        stage, written = stage | 1 << i, written + search.out[i]
    if not stage and room is not None:
        fitting = [i for i in ready if search.out[i] <= room]
        if fitting:
            stage = 1 << min(fitting, key=lambda i: (search.live_bytes(done | 1 << i), -search.tail[i], i))
    return stage
