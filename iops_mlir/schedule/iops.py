"""The IOPS scheduler: partition into blocks, search each block, never lose to a baseline.

Each block of at most `whole_block` dispatches is searched whole, exactly (A*, see
`search`), seeded with the best of the baselines restricted to it, each also with
the stages that cost more than their members alone split (`split_dear`). Where that
search is not proven optimal within its budget and the block is larger than
`max_block`, its parts are searched one after the other as well, and the better
result is kept. A block still not proven goes to the constraint solver (`solver`),
which proves some blocks the A* search cannot, on a deterministic work budget
shared by the model. A block still not proven is then improved window by window
(`windows`), from a list schedule (`list_seed`) where its searches sampled their
candidate stages and that is cheaper: runs of consecutive stages are searched
exactly again, across the part boundaries, and then, on a small cap each, wider
windows where half or more of the block's gap sits; then single dispatches move to
cheaper stages anywhere in their range (`moves`). A block still not proven is then searched
whole under its model relaxed to a stage's slowest member, or under the model itself where
one candidate stage per solo time is exact for it, first without the memory budget and then
with it holding over the stages where the relaxed optimum broke it (`relaxed`): that
raises its bound, its schedule made to fit the budget is taken where cheaper, and it proves
the block where that costs the relaxed optimum. Where the model leaves IREE's own
waves uncharged, a block still unproven is then split on which of those waves a
schedule keeps, each choice searched exactly on a contracted graph (`wave_split`), in rounds
of equal shares of the expansions left, the splits of a round side by side
(`split_runner`). A block still unproven that the first pass split, up to
WHOLE_AFTER_WAVES_MAX dispatches, is then searched whole on the expansions left, until proven
or sampled (`_search_whole_after_waves`). Where asked (`stage_cover_work`), a block still unproven is then covered by
stages at their true costs (`stage_cover`): its bound rises where that program's does, and the
schedule of its integral solution is taken where cheaper. The passes from the windows on leave
a block whose schedule is within `tolerance` of its proven lower bound (`_Searcher.settled`).
A block not proven reports the gap to its proven lower bound: the largest of the searches'
bounds, of chains scheduled together (`chain_bound`) and of the stages each layer of its
dearest dispatches needs under the wave limit (`layer_bound`), and where its schedule pays
above its dispatches' least terms (`anatomy`). The block's schedule is the cheapest of the
searched one and every baseline restricted to the block, so under the cost model iops is never
worse than any baseline that fits the memory budget, block by block and in total.
`ios` runs IOS's dynamic program on the same blocks, in parts of its own size, as a
baseline.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from ..cost.base import StageCost
from ..graph import DispatchGraph
from ..options import (DEFAULT_COVER_WORK, DEFAULT_EXPANSIONS, DEFAULT_EXPANSIONS_PER_BLOCK, DEFAULT_MAX_BLOCK,
                       DEFAULT_MOVE_WORK, DEFAULT_SAFETY_TIMEOUT_S, DEFAULT_SEARCH_TOLERANCE, DEFAULT_SOLVER_WORK_S,
                       DEFAULT_STAGE_COVER_WORK, DEFAULT_WAVE_BOUND_WORK, DEFAULT_WEIGHTED_WORK,
                       DEFAULT_WHOLE_BLOCK)
from ..partition import Block, dag_view, partition
from . import windows
from .windows import WIDE_WINDOW_EXPANSIONS
from .anatomy import gap_anatomy
from .chain_bound import chains_bound, leader_chains_bound
from .cover_bound import cover_prices
from .layer_bound import layered_bound
from .list_seed import best_list_schedule
from .memory import peak_bytes
from .model import MAX_STAGE, Schedule, split_wide_stages
from .moves import polish
from .relaxed import search_relaxed, search_until_sampled
from .search import EPS, PartResult, PartSearch, ios_part, search_part
from .solver import MAX_CELLS, BlockProgram
from .split_runner import SplitRunner, available_workers
from .stage_cover import stage_cover
from .wave_split import WaveSplitter
from .weighted import weighted_improve

IOS_MAX_STAGE = 8  # IOS's s: at most this many groups (of r = 1 dispatch) in a stage
# IOS's DP runs on parts of its own size, not iops's: on parts of 32 it took five to seven times
# as long (RandWire and NASNet-A under the profiled CPU model: 56-66 s, from 9-16 s) for schedules
# from 0.4% better to 0.9% worse.
IOS_MAX_PART = 24


@dataclass(kw_only=True)
class SearchOptions:
    """Knobs of the iops search; CLI flags map onto these."""

    max_block: int = DEFAULT_MAX_BLOCK  # part size where a block is not proven searched whole
    whole_block: int = DEFAULT_WHOLE_BLOCK  # blocks up to this many dispatches are first searched whole
    # The expansion budgets decide the result (the same on any machine); the wall-clock
    # limit is a safety net that only a very slow machine reaches.
    expansions: int = DEFAULT_EXPANSIONS
    expansions_per_block: int = DEFAULT_EXPANSIONS_PER_BLOCK
    expansions_per_part: int = 200_000
    timeout_s: float = DEFAULT_SAFETY_TIMEOUT_S
    # The constraint solver's work on the blocks the A* search leaves unproven, in CP-SAT's
    # deterministic seconds for the whole model (0: not used).
    solver_work_s: float = DEFAULT_SOLVER_WORK_S
    # The kept-waves bound's work on the blocks still unproven at the end (`wave_bound`), in
    # dispatches and edges visited, for the whole model (0: not used).
    wave_bound_work: int = DEFAULT_WAVE_BOUND_WORK
    # The cover program's work (`cover_bound`) on each block larger than a part (0: none).
    cover_work: int = DEFAULT_COVER_WORK
    # The stage cover's work (`stage_cover`) on the blocks still unproven at the end, for the
    # whole model (0: not used).
    stage_cover_work: int = DEFAULT_STAGE_COVER_WORK
    # The processes the splits of several blocks on their waves may run in side by side (None:
    # one per CPU this process may use); the result is the same whatever the number.
    split_workers: int | None = None
    # The single-dispatch moves that polish the blocks still unproven after the windows (`moves`),
    # in candidate stages weighed, for the whole model (0: not used).
    move_work: int = DEFAULT_MOVE_WORK
    # The weighted A* searches of the blocks still unproven before the windows (`weighted`), in
    # expansions of their own, each charged a unit per 64 dispatches of its block, for the whole
    # model (0: not used).
    weighted_work: int = DEFAULT_WEIGHTED_WORK
    # Search the blocks still unproven whole under a relaxation of their model, on the
    # expansions left (`relaxed`).
    relaxed: bool = True
    # Search the blocks still unproven after the split on IREE's waves whole, up to
    # WHOLE_AFTER_WAVES_MAX dispatches, on the expansions left (`_search_whole_after_waves`).
    whole_after_waves: bool = True
    # The passes from the windows on leave a block whose schedule is within this fraction of its
    # proven lower bound (`_Searcher.settled`; 0: each searches every block not proven).
    tolerance: float = DEFAULT_SEARCH_TOLERANCE
    memory_budget: int | None = None  # bytes; None: no limit inside the search
    windows: bool = True  # improve blocks not proven optimal window by window (`windows`)
    windows_reserve: float = 0.5  # share of `expansions` the first pass leaves to the windows where a block is split
    # Each window of the wide sweeps (twice and 1.5 times as wide as a part) stops at this many
    # expansions (0: no wide sweeps; `windows`).
    wide_window_expansions: int = WIDE_WINDOW_EXPANSIONS
    ios_max_stage: int = IOS_MAX_STAGE
    ios_max_part: int = IOS_MAX_PART
    # Where set, a schedule is of use only if it costs less than this (the closed loop's bar for
    # compiling a pick): once the blocks' proven lower bounds add up to at least it, no later
    # pass runs, since none could find a schedule of use (`useless`; None: every pass runs).
    useful_below_us: float | None = None
    # Where set, nothing is searched: each block takes its cheapest baseline, and `search.stopped`
    # gives this reason (the closed loop's first search, where `start_bound` under the model its
    # pick is judged by already shows that no pick could be worth a compile).
    skip: str | None = None


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


def split_dear(stages: list[list[int]], cost: StageCost) -> list[list[int]]:
    """The stages, each that costs more than its members run one after another replaced by them
    (in program order): still a valid order, never dearer. A baseline restricted to a block keeps
    waves that lose there (a wave cut by the block's edge, or one the model prices above its
    members alone), which the parts' searches cannot always undo: on RandWire's 155-dispatch block
    under the profiled CPU model, IREE's waves with its losing ones split met the block's lower
    bound, 0.7% below the schedule the search had found."""
    out: list[list[int]] = []
    for stage in stages:
        if len(stage) > 1 and cost.stage_us(stage) > sum(cost.stage_us([n]) for n in stage) + EPS:
            out.extend([n] for n in sorted(stage))
        else:
            out.append(stage)
    return out


def _leanest(search: PartSearch, seeds: list[list[list[int]]], nodes: Sequence[int]) -> list[list[int]]:
    """Where nothing fits the memory budget: the order of least peak there is."""
    return min(seeds + [[[n] for n in nodes]], key=search.peak)


@dataclass
class _BlockSearch:
    """What the search found for one block: its best stages, whether they are proven optimal,
    the proven lower bound on the block's cost, and the work done."""

    stages: list[list[int]]
    optimal: bool
    lower_bound_us: float
    expansions: int
    parts_not_proven: int
    parts_over_memory_budget: int
    whole: bool  # searched as one part
    # "search" (A*), "solver" (CP-SAT), "relaxed" (the relaxed pass's optimum), "waves" (split
    # on IREE's waves kept), "cover" (met the stage cover's bound) or "bound" (met its lower bound)
    proved_by: str | None = None
    sampled: bool = False  # some search of it sampled its candidate stages (a wide fan-out)
    # A split block's parts: each one's stages, in order, and the searches of those not proven,
    # by part number, kept to go on once with what the first pass leaves (`_Searcher.resume_part`).
    part_stages: list[list[list[int]]] = field(default_factory=list)
    open_parts: dict[int, PartSearch] = field(default_factory=dict)


class _Searcher:
    """Builds PartSearches that know what is live around them, and spends one shared budget."""

    def __init__(self, graph: DispatchGraph, cost: StageCost, baselines: dict[str, Schedule],
                 options: SearchOptions, blocks: list[Block]) -> None:
        self.view = dag_view(graph)
        self.cost = cost
        # Seeds and candidates within the wave limit: IREE's own waves can be wider (305
        # dispatches in one wave of the 1,564-dispatch model's default order), and a wider seed
        # the search took as it is would come back "proven optimal" below its bound.
        self.baselines = {name: Schedule(s.scheduler, split_wide_stages(s.stages), s.info)
                          for name, s in baselines.items()}
        self.options = options
        self.order = [n for b in blocks for part in b.parts for n in part]
        self.position = {n: i for i, n in enumerate(self.order)}
        self.out_bytes = {n: graph.nodes[n].out_bytes for n in self.order}
        self.expansions = 0
        # Searches still to run, for a fair share of the budget: a block searched whole and
        # each part of a split block (an upper count: a block proven whole skips its parts).
        self.searches_left = sum((len(b.nodes) <= options.whole_block) + (len(b.parts) if b.split else 0)
                                 for b in blocks if len(b.nodes) > 1) or 1
        self.deadline = time.monotonic() + options.timeout_s
        self.reserved = 0  # expansions the searches under way may not touch (kept for the windows)
        self.timed_out = False

    def part_search(self, nodes: list[int], max_stage: int = MAX_STAGE, every_stage: bool = False, *,
                    cost: StageCost | None = None, memory_until: set[int] | None = None) -> PartSearch:
        """A search over `nodes`, consecutive in the blocks' order, under `cost` (default: the
        model's), the memory budget holding until `memory_until` have run (None: throughout)."""
        spots = [self.position[n] for n in nodes]
        first, last = min(spots), max(spots)
        return self.search_between(nodes, self.order[:first], set(self.order[last + 1:]), max_stage, every_stage,
                                   cost=cost, memory_until=memory_until)

    def search_between(self, nodes: list[int], earlier: list[int], later: set[int],
                       max_stage: int = MAX_STAGE, every_stage: bool = False, *,
                       cost: StageCost | None = None, memory_until: set[int] | None = None) -> PartSearch:
        """A search over `nodes` with `earlier` run before them and `later` after (for memory)."""
        search = PartSearch(nodes, self.view.preds, cost or self.cost, max_stage=max_stage,
                            out_bytes=[self.out_bytes[n] for n in nodes], memory_limit=self.options.memory_budget,
                            every_stage=every_stage, memory_until=memory_until)
        search.set_memory_context(later, earlier, self.view.succs, self.out_bytes)
        return search

    def improve(self, search: PartSearch, incumbent: list[list[int]], searches_left: int,
                cap: int | None = None) -> PartResult:
        """`incumbent` (a schedule of the search's nodes that fits) or better, on a fair share of
        the budget left and at most `cap` expansions (default: a part's)."""
        self.searches_left = searches_left
        return self._search(search, incumbent, self.options.expansions_per_part if cap is None else cap)

    def _search(self, search: PartSearch, incumbent: list[list[int]] | None, cap: int) -> PartResult:
        """search_part on at most `cap` expansions and a fair share of the budget left (divided
        by the searches still to run), charged to the shared budget."""
        budget = self.fair_share(self.searches_left, cap)
        result = search_part(search, incumbent, expansions=budget, deadline=self.deadline)
        self.timed_out |= time.monotonic() > self.deadline
        self.expansions += result.expansions
        return result

    def fair_share(self, searches_left: int, cap: float = math.inf) -> int:
        """The expansions one of `searches_left` searches may spend: the budget left (less what is
        reserved for the windows) divided among them, at most `cap`."""
        left = self.options.expansions - self.reserved - self.expansions
        return int(max(0, min(cap, left // max(1, searches_left))))

    def restricted_baselines(self, nodes: set[int]) -> dict[str, list[list[int]]]:
        """Each baseline restricted to `nodes`, and after it, where that changes it, the same with
        its dear stages split (`split_dear`), named `<baseline>, split`."""
        out = {}
        for name, baseline in self.baselines.items():
            mine = restrict(baseline.stages, nodes)
            out[name] = mine
            split = split_dear(mine, self.cost)
            if split != mine:
                out[f"{name}, split"] = split
        return out

    def fitting_baselines(self, block: Block, whole: PartSearch) -> dict[str, list[list[int]]]:
        """The baselines restricted to `block` (`restricted_baselines`) that fit the memory budget
        there (`whole`: the block's search)."""
        return {label: stages for label, stages in self.restricted_baselines(set(block.nodes)).items()
                if whole.fits(stages)}

    def run(self, search: PartSearch, nodes: list[int], budget: int,
            found: list[list[int]] | None = None) -> tuple[PartResult, bool]:
        """Search `nodes` seeded with the best baseline that fits, or `found` (a schedule of them
        found before) where cheaper; (result, over memory budget)."""
        seeds = list(self.restricted_baselines(set(nodes)).values()) + ([found] if found else [])
        fitting = [s for s in seeds if search.fits(s)]
        incumbent = min(fitting, key=self.cost.schedule_us) if fitting else None
        result = self._search(search, incumbent, budget)
        self.searches_left -= 1
        if result.stages:
            return result, False
        return PartResult(_leanest(search, seeds, nodes), float("inf"), False, result.expansions), True

    def unsearched(self, block: Block, whole: PartSearch,
                   bound: float) -> tuple[tuple[str, list[list[int]]], _BlockSearch]:
        """The block's cheapest baseline that fits the memory budget (else the leanest order),
        unsearched, with `bound`, its whole-block search's at the start: (its pick, what was found)."""
        fitting = self.fitting_baselines(block, whole)
        if fitting:
            label = min(fitting, key=lambda k: self.cost.schedule_us(fitting[k]))
            stages = fitting[label]
        else:
            seeds = list(self.restricted_baselines(set(block.nodes)).values())
            label, stages = "leanest", _leanest(whole, seeds, block.nodes)
        optimal = self.cost.schedule_us(stages) <= bound + EPS
        return (label, stages), _BlockSearch(stages, optimal, bound, 0, 0 if optimal else 1, 0 if fitting else 1,
                                             len(block.nodes) <= self.options.whole_block,
                                             "bound" if optimal else None)

    def settled(self, found: _BlockSearch, stages: list[list[int]]) -> bool:
        """Whether the passes from the windows on leave the block: proven optimal, or its schedule
        `stages` within the tolerance of its proven lower bound."""
        return found.optimal or self.cost.schedule_us(stages) <= (1.0 + self.options.tolerance) * found.lower_bound_us

    def useless(self, bounds: Iterable[float]) -> bool:
        """Whether the blocks' proven lower bounds (`bounds`) show that no schedule the search
        can give costs less than `useful_below_us`: every one is the blocks' schedules joined."""
        target = self.options.useful_below_us
        return target is not None and sum(bounds) >= target + EPS

    def block(self, block: Block, whole: PartSearch) -> _BlockSearch:
        """The whole block searched as one part where it is small enough; where that is not
        proven optimal and the block is larger than max_block, its parts one after the other."""
        spent = self.expansions
        found: list[PartResult] = []
        over = 0
        whole_result = None
        if len(block.nodes) == 1:
            stages = [list(block.nodes)]
            return _BlockSearch(stages, True, self.cost.schedule_us(stages), 0, 0, 0, True, "search")
        if len(block.nodes) <= self.options.whole_block:
            result, short = self.run(whole, block.nodes, self.options.expansions_per_block)
            if result.optimal:
                self.searches_left -= len(block.parts) if block.split else 0
                return _BlockSearch(result.stages, True, result.cost, self.expansions - spent, 0, 0, True, "search")
            found.append(result)
            whole_result = result
            over += short
        unproven = 1 if found else 0
        sampled = whole.truncated
        part_stages: list[list[list[int]]] = []
        open_parts: dict[int, PartSearch] = {}
        if block.split or not found:
            for number, part in enumerate(block.parts):
                search = self.part_search(part)
                result, short = self.run(search, part, self.options.expansions_per_part)
                part_stages.append(result.stages)
                unproven += not result.optimal
                over += short
                sampled |= search.truncated
                if block.split and not result.optimal and not short and not search.truncated:
                    open_parts[number] = search  # unsplit, the one part is the block, resumed whole if at all
            stages = [stage for part in part_stages for stage in part]
            found.append(PartResult(stages, self.cost.schedule_us(stages), False, 0))
        best = min(found, key=lambda r: self.cost.schedule_us(r.stages))
        if over and not whole.fits(best.stages):
            # A part that nothing fits leaves the block over the budget, where an order of the
            # whole block may fit (the parts run in depth order, which can hold a large result
            # live while another is written): the later passes start from the cheapest schedule
            # found or baseline that fits, as they must (`windows.improve`, `moves`).
            fitting = [r.stages for r in found if whole.fits(r.stages)]
            fitting += self.fitting_baselines(block, whole).values()
            if fitting:
                stages = min(fitting, key=self.cost.schedule_us)
                best = PartResult(stages, self.cost.schedule_us(stages), False, 0)
        # A search over parts proves nothing for the block: parts run in order.
        optimal = not block.split and unproven == 0
        # The whole block's search proves a bound where it ran (the least f it left open); where
        # chains dominate, three of them scheduled together bound it more tightly, and so do
        # three under the leader terms where the model has them; where the wave limit binds, the
        # stages each layer of dear dispatches needs (`layer_bound`).
        bound = (self.cost.schedule_us(best.stages) if optimal
                 else max(whole.bound(0), whole_result.lower_bound if whole_result else 0.0,
                          chains_bound(whole) if whole.chains_dominate else 0.0, leader_chains_bound(whole),
                          layered_bound(whole.least, whole.succ_mask, whole.pred_mask, whole.max_stage)))
        return _BlockSearch(best.stages, optimal, bound, self.expansions - spent, unproven, over,
                            len(block.nodes) <= self.options.whole_block, "search" if optimal else None, sampled,
                            part_stages, open_parts)

    def resume(self, block: Block, whole: PartSearch, found: _BlockSearch, blocks_left: int,
               cap: int | None = None) -> _BlockSearch:
        """The whole-block search of an unproven block continued with its share of what the
        first pass left, on at most `cap` expansions (default: a block's): its open states are
        still there, so it goes on, not over."""
        spent = self.expansions
        self.searches_left = blocks_left
        # From the best schedule found so far: the search keeps only states below it.
        result, _ = self.run(whole, block.nodes, self.options.expansions_per_block if cap is None else cap,
                             found.stages)
        if not result.optimal:
            better = min([found.stages, result.stages], key=self.cost.schedule_us)
            return dataclasses.replace(found, stages=better, expansions=found.expansions + self.expansions - spent,
                                       lower_bound_us=max(found.lower_bound_us, result.lower_bound))
        return _BlockSearch(result.stages, True, result.cost, found.expansions + self.expansions - spent, 0, 0, True,
                            "search")

    def resume_part(self, block: Block, whole: PartSearch, found: _BlockSearch, number: int,
                    searches_left: int) -> _BlockSearch:
        """The search of a split block's part that ran out of its share, continued with its share
        of what the first pass left (its open states are still there), up to as much again as it
        has spent: a part the search can prove needs little more, and one it cannot (a plateau of
        equal bound) would take all. The block takes the part's better stages where the parts
        together then beat its schedule and fit the memory budget (another part may not)."""
        spent = self.expansions
        self.searches_left = searches_left
        search = found.open_parts.pop(number)
        cap = min(search.expansions, self.options.expansions_per_part)
        result, _ = self.run(search, block.parts[number], cap)
        parts, unproven = found.part_stages, found.parts_not_proven - result.optimal
        if self.cost.schedule_us(result.stages) < self.cost.schedule_us(parts[number]) - EPS:
            parts = parts[:number] + [result.stages] + parts[number + 1:]
        joined = [stage for part in parts for stage in part]
        stages = min([found.stages, joined], key=self.cost.schedule_us) if whole.fits(joined) else found.stages
        return dataclasses.replace(found, stages=stages, part_stages=parts, parts_not_proven=unproven,
                                   expansions=found.expansions + self.expansions - spent)

    def pick(self, block: Block, whole: PartSearch, found: _BlockSearch) -> tuple[str, list[list[int]]]:
        """The block's cheapest schedule that fits the memory budget: the one searched (`found`),
        or a baseline's restricted to the block, either with its dear stages split (`split_dear`);
        the one searched where none fits; (where from, stages)."""
        searched = "solver" if found.proved_by == "solver" else "search"
        candidates = self.fitting_baselines(block, whole)
        if whole.fits(found.stages) or not candidates:
            candidates[searched] = found.stages
        chosen = min(candidates, key=lambda k: self.cost.schedule_us(candidates[k]) + (0 if k == searched else EPS))
        return chosen, candidates[chosen]

    def solve(self, blocks: list[Block], wholes: list[PartSearch], results: list[_BlockSearch]) -> dict:
        """The constraint solver on the blocks still unproven whose best schedule fits the memory
        budget, smallest program first, each on a fair share of what `solver_work_s` has left,
        from the block's cheapest schedule so far; where it finds a cheaper one that fits or
        proves one optimal, `results` is updated in place."""
        programs = []
        for b, (block, whole, found) in enumerate(zip(blocks, wholes, results)):
            if found.optimal or self.options.solver_work_s <= 0:
                continue
            form = self.cost.stage_form(block.nodes)
            if form is None or form.charged():
                continue  # see solver.BlockProgram: no proofs where stages are charged
            _, incumbent = self.pick(block, whole, found)
            if not whole.fits(incumbent):
                # Nothing found fits the memory budget, which the program does not model: a schedule
                # it found could not be taken, nor its proof hold for the one that is.
                continue
            program = BlockProgram(block.nodes, self.view.preds, self.cost, form, incumbent)
            cells = program.cells()
            if cells <= MAX_CELLS:
                programs.append((cells, b, program))
        programs.sort(key=lambda item: item[:2])
        left, proven = self.options.solver_work_s, 0
        for i, (_, b, program) in enumerate(programs):
            solved = program.solve(left / (len(programs) - i), self.deadline)
            self.timed_out |= time.monotonic() > self.deadline
            left -= solved.work_s
            stages = program.incumbent
            if solved.stages and solved.cost < program.incumbent_us - EPS and wholes[b].fits(solved.stages):
                stages = solved.stages
            predicted = self.cost.schedule_us(stages)
            bound = min(predicted, max(results[b].lower_bound_us, solved.lower_bound))
            optimal = predicted <= bound + solved.rounding_us and wholes[b].fits(stages)
            proven += optimal
            results[b] = dataclasses.replace(results[b], stages=stages, optimal=optimal, lower_bound_us=bound,
                                             proved_by="solver" if optimal else None,
                                             parts_not_proven=0 if optimal else results[b].parts_not_proven)
        return {"name": "cp-sat", "work_budget_s": self.options.solver_work_s,
                "work_s": round(self.options.solver_work_s - left, 3), "blocks_tried": len(programs),
                "blocks_proven": proven}


def schedule(graph: DispatchGraph, cost: StageCost, baselines: dict[str, Schedule],
             options: SearchOptions) -> IopsOutcome:
    """The iops schedule of `graph` under `cost`, with per-block reports."""
    start = time.monotonic()
    blocks = partition(graph, options.max_block)
    searcher = _Searcher(graph, cost, baselines, options, blocks)
    iops_stages: list[list[int]] = []
    reports = []
    unfinished = over_budget = 0
    lower_bound = 0.0
    # The block as one part: searched whole, and the memory check of the baselines.
    wholes = [searcher.part_search(block.nodes) for block in blocks]
    cover, lowered = _price_blocks(searcher, blocks, wholes)
    # Where a block is split, its parts are only the windows' starting point: half the budget is
    # kept for the windows, which search across the parts' boundaries (NASNet-A under the
    # profiled CPU model: 0.5% faster predicted than with the parts taking what they can).
    searcher.reserved = int(options.windows_reserve * options.expansions) if options.windows and any(
        b.split for b in blocks) else 0
    bounded = options.useful_below_us is not None or options.skip is not None
    roots = [whole.bound(0) for whole in wholes] if bounded else []
    if options.skip is not None or searcher.useless(roots):
        unsearched = [searcher.unsearched(block, whole, root) for block, whole, root in zip(blocks, wholes, roots)]
        picks, results = [pick for pick, _ in unsearched], [found for _, found in unsearched]
        passes, stopped = {}, "before the search"
    else:
        results = [searcher.block(block, whole) for block, whole in zip(blocks, wholes)]
        picks, passes, stopped = _later_passes(searcher, blocks, wholes, results)
    for b, (block, found, (chosen, stages)) in enumerate(zip(blocks, results, picks)):
        if not found.optimal and cost.schedule_us(stages) <= found.lower_bound_us + max(EPS, lowered[b]):
            # The schedule meets the block's proven lower bound (within what the cover's prices
            # were lowered by to hold exactly, as `solver` allows its rounding): optimal, whatever
            # found it.
            found = dataclasses.replace(found, optimal=True, proved_by="bound", parts_not_proven=0)
        unfinished += found.parts_not_proven
        over_budget += found.parts_over_memory_budget
        iops_stages.extend(stages)
        lower_bound += found.lower_bound_us
        reports.append(_block_report(b, block, stages, chosen, found, cost, wholes[b]))
    predicted = cost.schedule_us(iops_stages)
    info = {"seconds": round(time.monotonic() - start, 3), "optimal": all(r["optimal"] for r in reports),
            "nodes": searcher.expansions, "max_block": options.max_block, "whole_block": options.whole_block,
            "expansion_budget": options.expansions, "expansion_budget_per_block": options.expansions_per_block,
            "expansion_budget_per_part": options.expansions_per_part, "safety_timeout_s": options.timeout_s,
            "tolerance": options.tolerance,
            "stopped_by_timeout": searcher.timed_out,
            "blocks_not_proven": sum(not r["optimal"] for r in reports),
            "parts_not_proven": unfinished, "parts_over_memory_budget": over_budget,
            "lower_bound_us": round(lower_bound, 3), "gap": _gap(predicted, lower_bound), "cover": cover, **passes}
    if stopped is not None:
        info["stopped"] = {"why": options.skip or f"no schedule below {options.useful_below_us:.3f} us: the blocks' "
                                                  f"proven lower bounds add up to {lower_bound:.3f} us",
                           "when": stopped}
    return IopsOutcome(Schedule("iops", iops_stages), reports, info)


def _price_blocks(searcher: _Searcher, blocks: list[Block], wholes: list[PartSearch]) -> tuple[dict, list[float]]:
    """Each block larger than a part, where the model writes its formula out, bounded by the
    cover program's prices as well (`cover_bound`), its columns started from the baselines'
    stages on it: what was priced, for schedule.json's `search.cover`, and per block how much
    its prices were lowered by to hold exactly (0: not priced)."""
    start = time.monotonic()
    lowered = [0.0] * len(blocks)
    priced = converged = rounds = work = 0
    for b, (block, whole) in enumerate(zip(blocks, wholes)):
        if searcher.options.cover_work <= 0 or len(block.nodes) <= searcher.options.max_block:
            continue
        form = searcher.cost.stage_form(block.nodes)
        if form is None:
            continue
        seeds = [[whole.index[n] for n in stage] for stages in searcher.restricted_baselines(set(block.nodes)).values()
                 for stage in stages]
        found = cover_prices(whole.succ_mask, whole.nodes, form, work=searcher.options.cover_work, seeds=seeds)
        whole.use_prices(found.prices)
        lowered[b] = found.lowered_us if found.converged else 0.0  # far lowered: proves nothing more
        priced += 1
        converged += found.converged
        rounds += found.rounds
        work += found.work
    return {"blocks": priced, "converged": converged, "rounds": rounds, "work": work,
            "seconds": round(time.monotonic() - start, 3)}, lowered


def start_bound(graph: DispatchGraph, cost: StageCost, options: SearchOptions) -> float:
    """A lower bound on every schedule of `graph` under `cost`, before any search: each block's
    whole-block search's bound at its start, summed (a block's best schedule costs at least it,
    and the blocks' best schedules joined are the best schedule, `partition`)."""
    blocks = partition(graph, options.max_block)
    searcher = _Searcher(graph, cost, {}, options, blocks)
    return sum(searcher.part_search(block.nodes).bound(0) for block in blocks)


Picks = list[tuple[str, list[list[int]]]]


def _later_passes(searcher: _Searcher, blocks: list[Block], wholes: list[PartSearch],
                  results: list[_BlockSearch]) -> tuple[Picks, dict, str | None]:
    """The passes after the first, each on what the ones before left (`results` take their
    proofs and bounds in place): each block's pick (where from, stages), what each pass did, and
    before which pass they stopped where the blocks' bounds showed no schedule of use could be
    found (`_Searcher.useless`; None: every pass ran)."""
    cost, options = searcher.cost, searcher.options
    passes: dict = {}

    def useless() -> bool:
        return searcher.useless(found.lower_bound_us for found in results)

    def picked() -> Picks:
        return [searcher.pick(block, whole, found) for block, whole, found in zip(blocks, wholes, results)]

    if useless():
        return picked(), passes, "before the constraint solver"
    # Second pass: the constraint solver on the blocks the A* search did not prove.
    passes["solver"] = searcher.solve(blocks, wholes, results)
    if useless():
        return picked(), passes, "before the resumed searches"
    # Third pass: what the fair shares left over goes to the blocks whose search was whole, not yet
    # proven, and then to the parts of split blocks that ran out of their share. Most parts prove
    # in a fraction of theirs, so the first pass leaves most of the budget unspent, while one hard
    # part stops at its share (NASNet-A's CPU block: one part 188 us above its bound at 6,059
    # expansions, proven with 2,394 more: 0.23% off the model's predicted time).
    pending = [b for b, r in enumerate(results) if r.whole and not r.optimal]
    parts_waiting = sum(len(r.open_parts) for r in results)
    for k, b in enumerate(pending):
        results[b] = searcher.resume(blocks[b], wholes[b], results[b], len(pending) + parts_waiting - k)
    # Listed after the whole-block resumes: a block they prove has no parts left to go on with.
    open_parts = [(b, number) for b, r in enumerate(results) for number in sorted(r.open_parts)]
    for k, (b, number) in enumerate(open_parts):
        results[b] = searcher.resume_part(blocks[b], wholes[b], results[b], number, len(open_parts) - k)
    picks = picked()
    if useless():
        return picks, passes, "before the windows"
    # Where a block fans out so widely that its searches sampled their candidate stages, a list
    # schedule, its stages filled from the heaviest chains, is the windows' start where cheaper.
    seeded = 0
    for b, (whole, found) in enumerate(zip(wholes, results)):
        if not found.optimal and (found.sampled or whole.truncated):
            seed = best_list_schedule(whole)
            if seed is not None and cost.schedule_us(seed) < cost.schedule_us(picks[b][1]) - EPS:
                picks[b] = ("list", seed)
                seeded += 1
    passes["list_seeded_blocks"] = seeded
    passes["weighted"] = _weighted(searcher, wholes, results, picks, options.weighted_work)
    # Fourth pass: blocks not proven optimal are improved window by window, across part boundaries.
    searcher.reserved = 0
    improvable = [b for b, found in enumerate(results)
                  if options.windows and picks[b][1] and not searcher.settled(found, picks[b][1])]
    # The wide sweeps come after the others, with a count of their own (the others' shares of the
    # budget are as they were without them), each window on a small cap.
    regular = [(width, None) for width in windows.widths(options.max_block)]
    wide = [(width, options.wide_window_expansions) for width in windows.wide_widths(options.max_block)
            if options.wide_window_expansions > 0]
    # The dispatches before and after each block, the same in every sweep.
    around = {b: ([n for block in blocks[:b] for n in block.nodes],
                  {n for block in blocks[b + 1:] for n in block.nodes}) for b in improvable}
    for sweeps in (regular, wide):
        windows_left = sum(windows.count(len(blocks[b].nodes), w) for b in improvable for w, _ in sweeps)
        for width, cap in sweeps:
            for b in improvable:
                before, after = around[b]
                chosen, stages = picks[b]
                improved, windows_left = windows.improve(searcher, stages, before, after, width, windows_left, cap,
                                                         results[b].lower_bound_us)
                if cost.schedule_us(improved) < cost.schedule_us(stages) - EPS:
                    picks[b] = ("search", improved)
    # Fifth pass: single dispatches moved to a cheaper stage anywhere in their range.
    passes["moves"] = _polish(searcher, wholes, results, picks, options.move_work)
    for key, what, run in (
            ("relaxed", "the relaxed search", lambda: search_relaxed(searcher, blocks, wholes, results, picks)),
            ("finished", "the whole-block searches' last resume",
             lambda: _finish_whole_searches(searcher, blocks, wholes, results, picks)),
            ("wave_bound", "the split on IREE's waves",
             lambda: _prove_by_waves(searcher, wholes, results, picks, options.wave_bound_work)),
            ("whole_after_waves", "the whole-block searches of the larger blocks",
             lambda: _search_whole_after_waves(searcher, blocks, wholes, results, picks)),
            ("stage_cover", "the stage cover",
             lambda: _cover_by_stages(searcher, blocks, wholes, results, picks, options.stage_cover_work))):
        if useless():
            return picks, passes, f"before {what}"
        passes[key] = run()
    return picks, passes, None


WEIGHTED_UNIT_DISPATCHES = 64
# The largest block the last whole-block searches take (`_search_whole_after_waves`): RandWire's
# blocks of 139-157 dispatches, not NASNet-A's of 970 and more.
WHOLE_AFTER_WAVES_MAX = 160

Improver = Callable[[PartSearch, list[list[int]], int], tuple[list[list[int]], int]]


def _improve_blocks(searcher: _Searcher, wholes: list[PartSearch], results: list[_BlockSearch],
                    picks: list[tuple[str, list[list[int]]]], work: int, improve: Improver, source: str) -> dict:
    """`improve` (a block's search, its schedule, a share of work -> a schedule no dearer, the work
    spent) on each block not settled whose schedule fits the memory budget, each on a fair share
    of the `work` left; `picks` take the cheaper schedules in place, from `source`."""
    cost = searcher.cost
    pending = [b for b, found in enumerate(results) if work > 0 and len(picks[b][1]) > 1
               and not searcher.settled(found, picks[b][1]) and wholes[b].fits(picks[b][1])]
    left, improved = work, 0
    for k, b in enumerate(pending):
        stages, spent = improve(wholes[b], picks[b][1], left // (len(pending) - k))
        left -= spent
        if cost.schedule_us(stages) < cost.schedule_us(picks[b][1]) - EPS:
            picks[b] = (source, stages)
            improved += 1
    return {"work_budget": work, "work": work - left, "blocks_tried": len(pending), "blocks_improved": improved}


def _weighted(searcher: _Searcher, wholes: list[PartSearch], results: list[_BlockSearch],
              picks: list[tuple[str, list[list[int]]]], work: int) -> dict:
    """Weighted A* searches (`weighted`) of the blocks still open (`_improve_blocks`). An expansion
    is charged as many units of `work` as its block has 64 dispatches: its time grows with the
    block (about 18 us on small RandWire's 155-dispatch block, 140-160 us on NASNet-A's 970- and
    1,029-dispatch blocks)."""
    def improve(whole: PartSearch, stages: list[list[int]], share: int) -> tuple[list[list[int]], int]:
        units = max(1, len(whole.nodes) // WEIGHTED_UNIT_DISPATCHES)
        found, spent = weighted_improve(whole, stages, expansions=share // units, deadline=searcher.deadline)
        return found, spent * units
    return _improve_blocks(searcher, wholes, results, picks, work, improve, "weighted")


def _polish(searcher: _Searcher, wholes: list[PartSearch], results: list[_BlockSearch],
            picks: list[tuple[str, list[list[int]]]], work: int) -> dict:
    """Single-dispatch moves (`moves`) on the blocks still open (`_improve_blocks`)."""
    return _improve_blocks(searcher, wholes, results, picks, work, polish, "search")


def _finish_whole_searches(searcher: _Searcher, blocks: list[Block], wholes: list[PartSearch],
                           results: list[_BlockSearch], picks: list[tuple[str, list[list[int]]]]) -> dict:
    """What the passes left of the budget goes to the whole-block searches not settled, each on
    a fair share and up to as much again as it has spent (as `_Searcher.resume_part`), from the
    block's cheapest schedule so far (their open states are still there): a search that stopped
    short of its proof goes on with fewer states below that schedule. `results` and `picks` take
    what it proves or finds in place."""
    pending = [b for b, found in enumerate(results) if found.whole and not searcher.settled(found, picks[b][1])
               and not wholes[b].truncated and wholes[b].fits(picks[b][1])]
    spent, proven = searcher.expansions, 0
    for k, b in enumerate(pending):
        results[b] = searcher.resume(blocks[b], wholes[b], dataclasses.replace(results[b], stages=picks[b][1]),
                                     len(pending) - k, cap=wholes[b].expansions)
        if searcher.cost.schedule_us(results[b].stages) < searcher.cost.schedule_us(picks[b][1]) - EPS:
            picks[b] = ("search", results[b].stages)
        proven += results[b].optimal
    return {"blocks_tried": len(pending), "blocks_proven": proven, "expansions": searcher.expansions - spent}


def _prove_by_waves(searcher: _Searcher, wholes: list[PartSearch], results: list[_BlockSearch],
                    picks: list[tuple[str, list[list[int]]]], work: int) -> dict:
    """Each block not settled where the model leaves some of IREE's waves uncharged split on
    which of them a schedule keeps (`wave_split`), each on a fair share of the kept-waves bound's
    work; then, round by round while expansions are left and some split gets further, every
    split not finished on an equal share of the expansions left (a block that needs more than
    its share gets what another left). The shares of a round are fixed before it starts, so the
    splits may run side by side (`split_runner`, up to `split_workers` processes) with the same
    result as one after another. `results` take the higher lower bound and the proof, `picks`
    the cheaper schedule, in place. A block whose schedule is over the memory budget gets the
    kept-waves bound alone: no choice of it is searched."""
    pending = [b for b, found in enumerate(results)
               if work > 0 and not searcher.settled(found, picks[b][1]) and wholes[b].broken_waves is not None]
    left = work
    splitters: dict[int, WaveSplitter] = {}
    for k, b in enumerate(pending):
        splitter = WaveSplitter.of(wholes[b], picks[b][1], work=left // (len(pending) - k), deadline=searcher.deadline,
                                   known_bound=results[b].lower_bound_us, tolerance=searcher.options.tolerance)
        if splitter is not None:
            splitters[b] = splitter
            left -= splitter.choices.spent
    fitting = {b: splitter for b, splitter in splitters.items() if wholes[b].fits(picks[b][1])}
    # A block over the memory budget has its kept-waves bound alone.
    splits = {b: splitter.run(0) for b, splitter in splitters.items() if b not in fitting}
    workers = searcher.options.split_workers or available_workers()
    with SplitRunner(fitting, workers) as runner:
        going = list(fitting)
        while going:
            share = searcher.fair_share(len(going))
            done = runner.run({b: share for b in going})
            spent = sum(run.spent for run in done.values())
            searcher.expansions += spent
            splits.update((b, run.split) for b, run in done.items())
            if spent == 0:
                break  # none got further
            going = [b for b in going if not done[b].finished]
    searcher.timed_out |= time.monotonic() > searcher.deadline
    raised = improved = proven = 0
    for b, split in splits.items():
        results[b] = dataclasses.replace(results[b], expansions=results[b].expansions + split.expansions)
        if searcher.cost.schedule_us(split.stages) < searcher.cost.schedule_us(picks[b][1]) - EPS:
            picks[b] = ("search", split.stages)
            improved += 1
        if split.lower_bound > results[b].lower_bound_us + EPS:
            results[b] = dataclasses.replace(results[b], lower_bound_us=split.lower_bound)
            raised += 1
        if split.optimal and (split.choices or split.closed):
            results[b] = dataclasses.replace(results[b], optimal=True, proved_by="waves", parts_not_proven=0)
            proven += 1
    # The kept-waves bound's work: at each split's making and as it hands out choices, in any
    # round (each split's last result counts it all; every split has one).
    spent_work = sum(split.work for split in splits.values())
    return {"work_budget": work, "work": spent_work, "blocks_tried": len(pending), "blocks_raised": raised,
            "choices_searched": sum(s.choices for s in splits.values()),
            "choices_closed": sum(s.closed for s in splits.values()),
            "budget_rounds": sum(s.budget_rounds for s in splits.values()),
            "expansions": sum(s.expansions for s in splits.values()), "blocks_improved": improved,
            "blocks_proven": proven}


def _search_whole_after_waves(searcher: _Searcher, blocks: list[Block], wholes: list[PartSearch],
                              results: list[_BlockSearch], picks: list[tuple[str, list[list[int]]]]) -> dict:
    """Each block not settled that the first pass split rather than searched whole (larger than
    --whole-block, up to WHOLE_AFTER_WAVES_MAX dispatches), whose schedule fits the memory budget
    and whose candidate stages no search has sampled: the A* search of the whole block below its
    best schedule, on a fair share of the expansions left, stopped as soon as it samples a
    state's candidate stages (then it can prove nothing: `relaxed.search_until_sampled`).

    Last, after the split on IREE's waves, which proves most such blocks in fewer expansions: on
    full-size RandWire's profiled CPU model, with its 155- and 157-dispatch blocks searched whole
    first (`whole_block` 160), the search spent 554,756 expansions, the split still proving both,
    against 88,548. On small RandWire's, where the split searches no choice (the block's bound is
    above the kept waves'), the whole search proved the 155-dispatch block (51.187 us against a
    bound of 51.183) in 181,015 expansions, and sampled the 139-dispatch one's within 55,000.
    `results` take the proof and the higher bound, `picks` the cheaper schedule, in place."""
    cost = searcher.cost.schedule_us
    pending = [b for b, found in enumerate(results)
               if searcher.options.whole_after_waves and not found.whole
               and len(blocks[b].nodes) <= WHOLE_AFTER_WAVES_MAX
               and not searcher.settled(found, picks[b][1]) and not wholes[b].truncated
               and wholes[b].fits(picks[b][1])]
    spent, proven, improved = searcher.expansions, 0, 0
    for k, b in enumerate(pending):
        whole, best = wholes[b], cost(picks[b][1])
        found = search_until_sampled(whole, best, searcher.fair_share(len(pending) - k), searcher.deadline)
        searcher.expansions += found.expansions
        searcher.timed_out |= time.monotonic() > searcher.deadline
        if found.stages and found.cost < best - EPS:  # found below the best schedule: it fits the budget
            picks[b] = ("search", found.stages)
            improved += 1
        if found.optimal:
            proven += 1
            results[b] = dataclasses.replace(results[b], optimal=True, proved_by="search", parts_not_proven=0,
                                             lower_bound_us=cost(picks[b][1]), whole=True)
        elif found.lower_bound > results[b].lower_bound_us + EPS:
            results[b] = dataclasses.replace(results[b], lower_bound_us=found.lower_bound)
    return {"blocks_tried": len(pending), "blocks_proven": proven, "blocks_improved": improved,
            "expansions": searcher.expansions - spent}


def _cover_by_stages(searcher: _Searcher, blocks: list[Block], wholes: list[PartSearch], results: list[_BlockSearch],
                     picks: list[tuple[str, list[list[int]]]], work: int) -> dict:
    """Each block not settled, where the model writes its formula out, covered by stages at their
    true costs (`stage_cover`) on a fair share of `work`, started from its schedule's and the
    baselines' stages: `results` take the higher lower bound and the proof where the block's
    schedule meets it, `picks` the cover's schedule where it is cheaper and fits the memory
    budget, in place."""
    forms = {b: searcher.cost.stage_form(blocks[b].nodes) for b, found in enumerate(results)
             if work > 0 and not searcher.settled(found, picks[b][1])}
    pending = [b for b, form in forms.items() if form is not None]
    left = work
    raised = improved = converged = proven = 0
    covered: list[dict] = []
    cost = searcher.cost.schedule_us
    for k, b in enumerate(pending):
        whole = wholes[b]
        given = [picks[b][1], *searcher.restricted_baselines(set(blocks[b].nodes)).values()]
        seeds = [[whole.index[n] for n in stage] for stages in given for stage in stages]
        found = stage_cover(whole.succ_mask, whole.nodes, forms[b], work=left // (len(pending) - k), seeds=seeds,
                            max_stage=whole.max_stage)
        left -= found.work
        converged += found.converged
        covered.append({"index": b, "dispatches": len(whole.nodes), "value_us": round(found.value, 3),
                        "lower_bound_us": round(found.lower_bound, 3), "converged": found.converged,
                        "rounds": found.rounds, "columns": found.columns, "work": found.work})
        if found.lower_bound > results[b].lower_bound_us + EPS:
            results[b] = dataclasses.replace(results[b], lower_bound_us=found.lower_bound)
            raised += 1
        cover = [[whole.nodes[i] for i in stage] for stage in found.stages or []]
        if cover and cost(cover) < cost(picks[b][1]) - EPS and whole.fits(cover):
            picks[b] = ("search", cover)
            improved += 1
        # Within the cover's own tolerances of its bound (as `solver` allows its rounding).
        if cost(picks[b][1]) <= found.lower_bound + found.slack and whole.fits(picks[b][1]):
            results[b] = dataclasses.replace(results[b], optimal=True, proved_by="cover", parts_not_proven=0)
            proven += 1
    return {"work_budget": work, "work": work - left, "blocks_tried": len(pending), "blocks_converged": converged,
            "blocks_raised": raised, "blocks_improved": improved, "blocks_proven": proven, "blocks": covered}


def proof_summary(search: dict) -> str:
    """One line on what a search (`schedule.json`'s `search`) proved, for the terminal."""
    if search.get("optimal"):
        return "every block proven optimal"
    return (f"{search.get('blocks_not_proven', '?')} block(s) not proven, within "
            f"{search.get('gap', float('nan')):.2%} of the optimum")


def _gap(found_us: float, lower_bound_us: float) -> float:
    """How far a schedule's predicted cost may be above the optimum: (found - bound) / bound."""
    return round(max(0.0, found_us - lower_bound_us) / lower_bound_us, 6) if lower_bound_us > 0 else 0.0


def ios(graph: DispatchGraph, cost: StageCost, options: SearchOptions,
        fallback: Schedule) -> Schedule:
    """IOS's schedule on the same blocks as iops, in parts of `ios_max_part` (its DP per part,
    r = 1, s limit), held to the same memory budget as iops so that the two compare.

    Where the DP runs out of budget or finds no schedule within the memory budget, that part
    takes `fallback`'s stages, and the schedule's info says the DP did not complete.
    """
    start = time.monotonic()
    deadline = start + options.timeout_s
    blocks = partition(graph, options.ios_max_part)
    parts = _Searcher(graph, cost, {}, options, blocks)
    stages: list[list[int]] = []
    complete, states = True, 0
    for block in blocks:
        for part in block.parts:
            search = parts.part_search(part, options.ios_max_stage, every_stage=True)  # IOS's DP tries them all
            budget = max(0, min(options.expansions_per_part, options.expansions - states))
            result = ios_part(search, expansions=budget, deadline=deadline)
            states += result.expansions
            if result.stages:
                stages.extend(result.stages)
            else:
                complete = False
                stages.extend(restrict(fallback.stages, set(part)))
    return Schedule("ios", stages, {"ios": {"complete": complete, "states": states,
                                            "seconds": round(time.monotonic() - start, 3),
                                            "max_stage": options.ios_max_stage,
                                            "max_part": options.ios_max_part}})


def _block_report(index: int, block: Block, stages: list[list[int]], chosen: str, found: _BlockSearch,
                  cost: StageCost, whole: PartSearch) -> dict:
    """One block's entry of `schedule.json`'s `blocks`; a block not proven optimal says where its
    schedule pays above its dispatches' least terms (`anatomy`)."""
    predicted = cost.schedule_us(stages)
    anatomy = {} if found.optimal else {"anatomy": gap_anatomy(whole, stages, cost, found.lower_bound_us).as_json()}
    return {"index": index, "dispatches": len(block.nodes),
            "parts": ([len(block.nodes)] if found.optimal and found.proved_by != "bound"
                      else [len(p) for p in block.parts]),
            "searched_whole": found.whole or found.proved_by in ("solver", "waves", "relaxed", "cover"), "stages": len(stages), "predicted_us": round(predicted, 3),
            "optimal": found.optimal, "proved_by": found.proved_by, "lower_bound_us": round(found.lower_bound_us, 3),
            "gap": _gap(predicted, found.lower_bound_us), "expansions": found.expansions, "from": chosen,
            "nodes": sorted(block.nodes), **anatomy}


def memory_report(schedules: dict[str, Schedule], graph: DispatchGraph) -> dict[str, int]:
    """Estimated peak transient bytes of each schedule (see `memory.peak_bytes`)."""
    return {name: peak_bytes(s.stages, graph) for name, s in schedules.items()}
