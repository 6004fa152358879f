"""The IOPS scheduler: partition into blocks, search each block, never lose to a baseline.

Per block, the parts (a block is split only when larger than max_block) are
searched by branch and bound (`search`), each seeded with the best of the
baselines restricted to it. The block's schedule is then the cheapest of the
searched one and every baseline restricted to the block, so under the cost
model iops is never worse than any baseline, block by block and in total.
`ios` runs IOS's dynamic program on the same parts, as a baseline.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..cost.base import StageCost
from ..graph import DispatchGraph
from ..options import DEFAULT_EXPANSIONS, DEFAULT_MAX_BLOCK, DEFAULT_SAFETY_TIMEOUT_S
from ..partition import Block, dag_view, partition
from .memory import peak_bytes
from .model import Schedule
from .search import EPS, PartResult, PartSearch, ios_part, search_part

IOS_MAX_STAGE = 8  # IOS's s: at most this many groups (of r = 1 dispatch) in a stage


@dataclass(kw_only=True)
class SearchOptions:
    """Knobs of the iops search; CLI flags map onto these."""

    max_block: int = DEFAULT_MAX_BLOCK
    # The expansion budgets decide the result (the same on any machine); the wall-clock
    # limit is a safety net that only a very slow machine reaches.
    expansions: int = DEFAULT_EXPANSIONS
    expansions_per_part: int = 200_000
    timeout_s: float = DEFAULT_SAFETY_TIMEOUT_S
    memory_budget: int | None = None  # bytes; None: no limit inside the search
    ios_max_stage: int = IOS_MAX_STAGE


@dataclass
class IopsOutcome:
    """The iops schedule and what the search did."""

    iops: Schedule
    blocks: list[dict] = field(default_factory=list)
    search: dict = field(default_factory=dict)


def restrict(stages: list[list[int]], nodes: set[int]) -> list[list[int]]:
    """A schedule's stages limited to `nodes` (empty stages dropped): still a valid order."""
    out = []
    for stage in stages:
        kept = [n for n in stage if n in nodes]
        if kept:
            out.append(kept)
    return out


def _searcher(nodes: list[int], order: list[int], position: dict[int, int], view, cost: StageCost,
              out_bytes: dict[int, int], memory_limit: int | None) -> PartSearch:
    """A PartSearch over `nodes` (consecutive in `order`) that knows what is live around them."""
    spots = [position[n] for n in nodes]
    first, last = min(spots), max(spots)
    search = PartSearch(nodes, view.preds, cost, out_bytes=[out_bytes[n] for n in nodes],
                        memory_limit=memory_limit)
    search.set_memory_context(set(order[last + 1:]), order[:first], view.succs, out_bytes)
    return search


def schedule(graph: DispatchGraph, cost: StageCost, baselines: dict[str, Schedule],
             options: SearchOptions) -> IopsOutcome:
    """The iops schedule of `graph` under `cost`, with per-block reports."""
    start = time.monotonic()
    deadline = start + options.timeout_s
    view = dag_view(graph)
    blocks = partition(graph, options.max_block)
    iops_stages: list[list[int]] = []
    reports = []
    expansions = 0
    all_optimal = True
    unfinished = 0
    over_budget = 0
    timed_out = False
    order = [n for b in blocks for part in b.parts for n in part]
    position = {n: i for i, n in enumerate(order)}
    out_bytes = {n: graph.nodes[n].out_bytes for n in order}
    for b, block in enumerate(blocks):
        block_set = set(block.nodes)
        searched: list[list[int]] = []
        block_optimal = True
        for part in block.parts:
            search = _searcher(part, order, position, view, cost, out_bytes, options.memory_budget)
            part_set = set(part)
            seeds = [restrict(s.stages, part_set) for s in baselines.values()]
            fitting = [s for s in seeds if search.fits(s)]
            incumbent = min(fitting, key=cost.schedule_us) if fitting else None
            budget = max(0, min(options.expansions_per_part, options.expansions - expansions))
            result: PartResult = search_part(search, incumbent, expansions=budget, deadline=deadline)
            timed_out |= time.monotonic() > deadline
            if not result.stages:
                # Nothing fits the memory budget here: take the leanest order there is.
                result = PartResult(min(seeds + [[[n] for n in part]], key=search.peak),
                                    float("inf"), False, result.expansions)
                over_budget += 1
            expansions += result.expansions
            block_optimal &= result.optimal
            unfinished += not result.optimal
            searched.extend(result.stages)
        # A split block is only optimal for its parts, not for the whole block.
        block_optimal &= not block.split
        # The block as one part, to check the baselines' memory the way the search does.
        whole = _searcher(block.nodes, order, position, view, cost, out_bytes, options.memory_budget)
        candidates = {"search": searched}
        for name, s in baselines.items():
            mine = restrict(s.stages, block_set)
            if whole.fits(mine):
                candidates[name] = mine
        chosen = min(candidates, key=lambda k: (cost.schedule_us(candidates[k]) + (0 if k == "search" else EPS)))
        iops_stages.extend(candidates[chosen])
        all_optimal &= block_optimal
        reports.append(_block_report(b, block, candidates[chosen], chosen, block_optimal, cost))
    seconds = time.monotonic() - start
    info = {"seconds": round(seconds, 3), "optimal": all_optimal, "nodes": expansions,
            "max_block": options.max_block, "expansion_budget": options.expansions,
            "expansion_budget_per_part": options.expansions_per_part, "safety_timeout_s": options.timeout_s,
            "stopped_by_timeout": timed_out,
            "parts_not_proven": unfinished, "parts_over_memory_budget": over_budget}
    return IopsOutcome(Schedule("iops", iops_stages), reports, info)


def ios(graph: DispatchGraph, cost: StageCost, options: SearchOptions,
        fallback: Schedule) -> Schedule:
    """IOS's schedule on the same blocks and parts as iops (its DP per part, r = 1, s limit).

    Where the DP runs out of budget, that part takes `fallback`'s stages, and
    the schedule's info says the DP did not complete.
    """
    start = time.monotonic()
    deadline = start + options.timeout_s
    view = dag_view(graph)
    stages: list[list[int]] = []
    complete, states = True, 0
    for block in partition(graph, options.max_block):
        for part in block.parts:
            search = PartSearch(part, view.preds, cost, max_stage=options.ios_max_stage)
            budget = max(0, min(options.expansions_per_part, options.expansions - states))
            result = ios_part(search, expansions=budget, deadline=deadline)
            if result is None:
                complete = False
                stages.extend(restrict(fallback.stages, set(part)))
            else:
                states += result.expansions
                stages.extend(result.stages)
    return Schedule("ios", stages, {"ios": {"complete": complete, "states": states,
                                            "seconds": round(time.monotonic() - start, 3),
                                            "max_stage": options.ios_max_stage}})


def _block_report(index: int, block: Block, stages: list[list[int]], chosen: str, optimal: bool,
                  cost: StageCost) -> dict:
    return {"index": index, "dispatches": len(block.nodes), "parts": [len(p) for p in block.parts],
            "stages": len(stages), "predicted_us": round(cost.schedule_us(stages), 3),
            "optimal": optimal, "from": chosen, "nodes": sorted(block.nodes)}


def memory_report(schedules: dict[str, Schedule], graph: DispatchGraph) -> dict[str, int]:
    """Estimated peak transient bytes of each schedule (see `memory.peak_bytes`)."""
    return {name: peak_bytes(s.stages, graph) for name, s in schedules.items()}
