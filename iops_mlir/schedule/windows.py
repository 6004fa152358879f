"""Improving a block's schedule by exact search over windows of consecutive stages.

A block too large to search whole is searched in parts of consecutive dispatches, and a
stage can never span two parts. Here the schedule found is swept by a window: the dispatches
of a run of consecutive stages (at most `width` of them) are searched exactly again with
everything before the window done and everything after it waiting, seeded with the window's
current stages, so the schedule only gets better. Windows overlap by half, so dispatches on
both sides of a part boundary meet in one window. Two sweeps (`widths`): windows as wide as the
parts, then a third as wide, which are cheap enough to finish where the wide ones ran out of
budget (under the profiled CPU model the two sweeps predict NASNet-A 0.35% and RandWire 0.09%
faster than one sweep as wide as the parts).

Then two sweeps of wide windows (`wide_widths`: twice and one and a half times as wide as the
parts) reach what only a wider window can regroup, each window on a small cap of expansions
(`WIDE_WINDOW_EXPANSIONS`), and only where half or more of the block's gap sits: the window's
cost is at least `WIDE_WINDOW_GAP_SHARE` of the block's gap (its cost less its lower bound) above
the window's own bound. Elsewhere a wide window is optimal or near it, and its search would
spend the cap proving so (on the small RandWire's two unproven blocks, a quarter of the gap let
17 windows through, 56,000 expansions for 3.1 us, where half let 2 through, 10,000 for 2.2 us).
Under the H100 model NASNet-A's first 46 dispatches were 14.1 us above their bound, of the
block's 16 us; one window took 4.7 us off in 3,181 expansions. Under the profiled CPU model 64
of RandWire's dispatches were 61 us above theirs, of its 77 us; one window took 54 us off.

Deterministic: the same schedule, budget and cost model give the same result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .search import EPS

if TYPE_CHECKING:  # the searcher lives in `iops`, which imports this module
    from .iops import _Searcher


WIDE_WINDOW_EXPANSIONS = 5_000  # per window of the wide sweeps
WIDE_WINDOW_GAP_SHARE = 0.5  # a wide window is searched where this share of its block's gap sits


def wide_widths(part_size: int) -> tuple[int, ...]:
    """The window widths of the wide sweeps, widest first."""
    return (2 * part_size, 3 * part_size // 2)


def widths(part_size: int) -> tuple[int, ...]:
    """The window widths of the sweeps, widest first."""
    return (part_size, max(2, part_size // 3))


def count(dispatches: int, width: int) -> int:
    """About how many windows a sweep of a block of `dispatches` takes (they overlap by half)."""
    return max(1, 2 * dispatches // max(1, width))


def _window(stages: list[list[int]], start: int, width: int) -> int:
    """End of the window from stage `start`: as many whole stages as fit in `width` dispatches
    (at least one)."""
    end, size = start, 0
    while end < len(stages) and (end == start or size + len(stages[end]) <= width):
        size += len(stages[end])
        end += 1
    return end


def improve(searcher: _Searcher, stages: list[list[int]], before: list[int], after: set[int], width: int,
            windows_left: int, cap: int | None = None, block_bound_us: float = 0.0
            ) -> tuple[list[list[int]], int]:
    """`stages` (a block's schedule that fits the memory budget) improved window by window;
    `before` and `after` are the dispatches of the blocks around it. A wide sweep (a `cap`)
    gives each window at most `cap` expansions, and searches only the windows whose cost is
    above their bound by `WIDE_WINDOW_GAP_SHARE` of the block's gap over `block_bound_us` (its
    proven lower bound). Returns the schedule and how many windows of the budget's count are
    left."""
    min_gap_us = None
    if cap is not None:  # where half or more of the block's gap sits, as it stands when the sweep starts
        min_gap_us = WIDE_WINDOW_GAP_SHARE * (searcher.cost.schedule_us(stages) - block_bound_us)
    stages = [list(s) for s in stages]
    start = 0
    while start < len(stages):
        end = _window(stages, start, width)
        if end - start >= 2:
            nodes = sorted(n for stage in stages[start:end] for n in stage)
            earlier = before + [n for stage in stages[:start] for n in stage]
            later = after | {n for stage in stages[end:] for n in stage}
            search = searcher.search_between(nodes, earlier, later)
            window = stages[start:end]
            worth = min_gap_us is None or searcher.cost.schedule_us(window) - search.bound(0) > max(min_gap_us, EPS)
            result = searcher.improve(search, window, windows_left, cap) if worth else None
            if result is not None and result.stages:
                stages[start:end] = result.stages
                end = start + len(result.stages)
        windows_left = max(1, windows_left - 1)
        start += max(1, (end - start) // 2)
    return stages, windows_left
