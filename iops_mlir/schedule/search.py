"""Exact A* search for the fastest stage sequence of one part of a block.

State: the set D of dispatches already scheduled (closed under predecessors),
a bitmask. A move appends a stage: a non-empty set of ready dispatches (all
predecessors in D), at most MAX_STAGE of them. The cost of a schedule is the
sum of its stage costs under a `StageCost` model.

States are expanded best first by f(D) = g(D) + h(D): g the cheapest stage
sequence found to reach D, h an admissible and consistent bound on the cost
still to pay (`bound`), the largest of:
  - the heaviest remaining chain of least stage costs (a chain's members sit
    in different stages, and a stage holding a dispatch costs at least its
    stage alone or, with others, its solo time and the floor plus its wave
    area);
  - the stage-count bound: every dispatch runs either alone (its stage of
    one, floor included, charged where the model charges it) or in a stage
    of two or more (its wave area, plus that stage's one floor), and a
    chain's members sit in different stages, so the dispatches of any one
    chain pay min(alone, wave area + floor) each and the others
    min(alone, wave area): the sum of the latter plus the
    heaviest chain of the differences (`stage_count.stage_count_terms`). So a dispatch
    off the chain that is cheaper alone pays the floor of its own stage; the
    bound is never below the remaining area plus a floor for each stage the
    tallest chain still needs;
  - where the model charges every stage but some waves (a cautious model:
    IREE's own are not charged), the same bound with the members of a wave
    already broken (some done, some not) at their charged area, and every
    wave not wholly in the part charged from the start (`stage_count.BrokenWaves`);
  - the remaining dispatches' least shares;
and, where each is larger at the start, the cheapest schedule of the two
heaviest chains alone (`chains.ChainPair`), and, where the model says what
a member adds beside another, the leader bound (`leader`: one member of a
stage at its solo time, the others at what they add).
Each bound falls by at most a stage's cost when the stage is taken, so the
first time a state is expanded its g is optimal and no state is expanded
twice; a state's bound is computed once, when the search first meets it
(most states are met again through other orders of the same stages). Only
states whose f is below the incumbent (the best baseline or a greedy
schedule) are kept, so the search can only improve on it. Out of
budget, it returns the incumbent with a proven lower bound: the least f still
open. The open states stay on the search object, so a later call with more
budget goes on where it stopped.
Ties are broken by the order states were found: the result is deterministic.
"""

from __future__ import annotations

import copy
import functools
import heapq
import itertools
import math
import operator
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from ..bits import set_bits
from ..cost.base import StageCost
from .chains import ChainPair, ChainTerms, FloorChains, ancestors, heaviest_tails
from .cover_bound import PriceTable
from .leader import LeaderBound, leader_terms
from .model import EPS, MAX_STAGE
from .stage_count import BrokenWaves, ChunkTables, stage_count_terms

# Candidate stages examined per search state; more ready dispatches than this many subsets
# (a wide fan-out) are sampled, and the result is then not proven optimal.
MAX_MOVES = 1024
# The budget is counted in expansions; a state with many candidate stages costs one more
# expansion per this many candidates, so that the budget tracks the work done.
MOVES_PER_EXPANSION = 16
# From this many candidates for a stage up, `_subsets_by_size` lists their stages faster than
# itertools.combinations size by size (at ten, 1,013 stages: 156 us against 283 us); below,
# building its tables costs more than it saves.
FAST_SUBSETS_FROM = 5
FAST_SUBSETS_UP_TO = 10  # two tables of five bits each


class _OutOfBudget(Exception):
    pass


@dataclass
class PartResult:
    """The best stages found for one part, their cost, and whether that is proven optimal."""

    stages: list[list[int]]
    cost: float
    optimal: bool
    expansions: int  # budget units spent (see MOVES_PER_EXPANSION)
    lower_bound: float = 0.0  # proven: no schedule of the part costs less


class PartSearch:
    """Branch and bound over the stages of one part (a list of dispatch ids)."""

    def __init__(self, nodes: Sequence[int], preds: dict[int, list[int]], cost: StageCost, *,
                 max_stage: int = MAX_STAGE, out_bytes: Sequence[int] | None = None,
                 memory_limit: float | None = None, every_stage: bool = False,
                 memory_until: Collection[int] | None = None, floors: bool = False) -> None:
        """`every_stage`: offer every stage of the ready dispatches, loners too (IOS's DP as
        published, and the oracle the pruned search is checked against). `memory_until`: the
        memory limit holds only until these dispatches have all run (a relaxation: see
        `relaxed.search_relaxed`); None: in every state. `floors`: bound by three chains of the
        stage-count bound's floors too (`chains.FloorChains`), whose table pays where a search
        must list a plateau a few us deep to prove it (the wave split's choices), and costs
        more than it saves in the parts and windows of a block (NASNet-A: 430 tables, 4.7 s,
        for 6% fewer expansions)."""
        self.nodes = list(nodes)
        self.index = {n: i for i, n in enumerate(self.nodes)}
        k = len(self.nodes)
        self.full = (1 << k) - 1
        self._link(preds)
        self.has_outside_succ = [False] * k
        self.external_later = 0  # bytes of earlier results read after the part: live all through it
        self.external: list[tuple[int, int]] = []  # other earlier results read here: (bytes, readers mask)
        self.cost = cost
        self.max_stage = max_stage
        self.cover: PriceTable | None = None  # the cover program's prices, where given (`use_prices`)
        # The model's uncharged waves that lie wholly in the part (bitmasks), and in how many of
        # them each dispatch is.
        waves = [sum(1 << self.index[n] for n in stage) for stage in sorted(cost.uncharged_stages(), key=sorted)
                 if all(n in self.index for n in stage)]
        in_waves = [sum(1 for w in waves if w >> i & 1) for i in range(k)]
        # A stage of the dispatch alone (charged where a model charges it, unlike `solo`, which
        # bounds every stage the dispatch is in).
        alone = [cost.stage_us([n]) for n in self.nodes]
        self._set_bound_terms(cost, alone, waves, in_waves, with_floors=floors)
        self.out = list(out_bytes) if out_bytes is not None else [0] * k
        self.loners, self.loner_waves, self.free_loners = 0, [], 0
        if not every_stage:
            self._find_loners(alone, waves, in_waves)
        self.memory_limit = memory_limit
        self._memory_core = self.full if memory_until is None else sum(1 << self.index[n] for n in memory_until)
        # One candidate stage per solo time (`_slowest_member_moves`) where no memory limit holds;
        # under one a dispatch run early may keep more bytes live, so there every stage is
        # offered. Where members add to their stage, the loners run alone first, which needs
        # every one of them in no uncharged wave.
        self.by_solo_time = ((cost.stage_is_slowest_member or cost.stage_is_slowest_plus_added)
                             and not every_stage and self.loners == self.free_loners)
        self._stage_cost: dict[int, float] = {}
        self._mask_stage_us = cost.mask_stage_us(self.nodes)
        self._live_tables: _LiveTables | None = None  # built on first use, after set_memory_context
        self._grouped = False  # a node's result is several, each freed on its own (`set_grouped_memory`)
        self._waiting: list[list[int]] | None = None  # per-byte successor unions (`ready`), on first use
        # A* state, kept between calls so that a search can be resumed with more budget.
        self._reached: dict[int, tuple[float, int, int]] = {}  # D -> (g, previous state, stage taken)
        self._expanded: set[int] = set()
        self._bounds: dict[int, float] = {}  # D -> bound(D), for the states the search has met
        self._open: list[tuple[float, int, int]] = []  # (f, order found, D)
        self.expansions = 0
        self._found = 0  # states put on the open list so far: the tie-break
        self.truncated = False  # some state had more candidate stages than MAX_MOVES
        self.weight = 1.0  # the open states ordered by g + weight * h (`weighted_copy`)

    def _link(self, preds: dict[int, list[int]]) -> None:
        """Each dispatch's predecessors and successors within the part, as bitmasks."""
        k = len(self.nodes)
        self.pred_mask = [0] * k
        self.succ_mask = [0] * k
        for i, n in enumerate(self.nodes):
            for p in preds[n]:
                if p in self.index:
                    self.pred_mask[i] |= 1 << self.index[p]
                    self.succ_mask[self.index[p]] |= 1 << i

    def _set_bound_terms(self, cost: StageCost, alone: Sequence[float], waves: Sequence[int],
                         in_waves: Sequence[int], *, with_floors: bool) -> None:
        """Each dispatch's terms in the bounds (see the module) and the tables and chain bounds
        built from them."""
        k, max_stage = len(self.nodes), self.max_stage
        self.solo = [cost.solo_us(n) for n in self.nodes]
        self.floor = cost.stage_floor_us()
        # Where a model charges every stage but some waves (`uncharged_stages`), a dispatch none of
        # whose uncharged waves lies in the part pays its charged area in every wave here.
        charged = [cost.charged_wave_area_us(n) for n in self.nodes]
        self.wave_area = [cost.wave_area_us(n) if in_waves[i] else charged[i] for i, n in enumerate(self.nodes)]
        # And the floor of such a dispatch's every wave is charged too.
        charged_floor = cost.charged_floor_us()
        floors = [self.floor if in_waves[i] else charged_floor for i in range(k)]
        # The least any stage holding a dispatch costs: alone, or with others at least its solo
        # time and the floor plus its wave area.
        self.least = [min(a, max(solo, floor + wave)) for a, solo, floor, wave in zip(alone, self.solo, floors, self.wave_area)]
        # Each dispatch's least share of any stage it can run in: alone, that stage's cost; in a
        # wave, its wave area and its part of the floor, shared by at most max_stage members.
        self.share = [min(a, wave + floor / max_stage) for a, wave, floor in zip(alone, self.wave_area, floors)]
        self.off_chain, self.on_chain_extra = stage_count_terms(alone, self.wave_area, floors)
        # The same bound once a wave is broken: a dispatch of an uncharged wave of which some
        # members are done pays its charged area (`BrokenWaves`).
        own = [w for w in waves if all(in_waves[i] == 1 for i in set_bits(w))]
        self.broken_waves = BrokenWaves(own, alone, self.wave_area, charged, charged_floor, self.on_chain_extra) if own else None
        extra_if_broken = self.broken_waves.extra if self.broken_waves else self.on_chain_extra
        # From each dispatch, the heaviest chain of least stage costs, of on-chain extras, and of
        # those with the extras of broken waves.
        self.tail, self.extra_tail, broken_tail = heaviest_tails(
            [self.least, self.on_chain_extra, extra_if_broken], self.succ_mask)
        self._bound_tables = ChunkTables(self.off_chain, self.share, self.tail, self.extra_tail, broken_tail)
        # A stage holding one chain member costs at least its least; several, their slowest solo
        # time and the floor plus their wave areas (`chains`).
        self.chain_terms = ChainTerms(one=self.least, solo=self.solo, follow=[0.0] * k, base=[0.0] * k,
                                      wave=self.wave_area, floor=self.floor)
        self.ancestors = ancestors(self.pred_mask)
        self._pair: ChainPair | None = None
        self.leader: LeaderBound | None = None
        self.floors: FloorChains | None = None
        pair = ChainPair(self.chain_terms, self.least, self.succ_mask, self.ancestors) if k > 2 else None
        if pair is not None and pair.value(0) > self.bound(0) + EPS:  # kept only where it bounds better
            self._pair = pair
        terms = leader_terms(cost, self.nodes, alone, [count > 0 for count in in_waves])
        leader = LeaderBound(terms, self.succ_mask, self.ancestors) if terms is not None else None
        if leader is not None and leader.start > self.bound(0) + EPS:  # likewise
            self.leader = leader
        # Where asked, the chains of floors' bound at the start (`chain_bound.floor_chains_bound`
        # reads it), and their table kept for every state only where it bounds better (likewise).
        self.floors_start: float | None = None
        floors = FloorChains.of(self.on_chain_extra, self.succ_mask, self.ancestors) if with_floors and k > 2 else None
        if floors is not None:
            self.floors_start = sum(self.off_chain) + floors.start
            if floors.start > self.bound(0) - sum(self.off_chain) + EPS:
                self.floors = floors

    def _find_loners(self, alone: Sequence[float], waves: Sequence[int], in_waves: Sequence[int]) -> None:
        """The loners (see `moves`), the uncharged waves holding one, and those in no such wave.

        A dispatch whose stage of one costs no more than taking it out of any stage of two or
        more saves (`removal_us`) runs alone in some optimal schedule, unless in an uncharged
        wave: out of any other stage and run just after it, it costs no more, and no more bytes
        are live at once (the stage's results are all live until the dispatch has run either way).
        """
        removal = [self.cost.removal_us(n) for n in self.nodes]
        self.loners = sum(1 << i for i, (a, r) in enumerate(zip(alone, removal)) if 0 < a <= r)
        self.loner_waves = [(wave, sum(self.out[i] for i in set_bits(wave))) for wave in waves
                            if wave & self.loners and wave.bit_count() <= self.max_stage]
        # Those in no uncharged wave always run alone, so a ready one runs first (`_may_run_first`).
        self.free_loners = sum(1 << i for i in set_bits(self.loners) if not in_waves[i])

    def set_memory_context(self, later: set[int], earlier: Sequence[int], succs: dict[int, list[int]],
                           out_bytes: dict[int, int]) -> None:
        """What is live around this part: results read after it, and results of earlier
        dispatches (`earlier`) read in or after it, which stay live until their last reader."""
        self.has_outside_succ = [any(s in later for s in succs[n]) for n in self.nodes]
        self._live_tables = None
        self.external_later, self.external = 0, []
        done_before = set(earlier)
        for n in earlier:
            if done_before.issuperset(succs[n]):
                continue  # read only before this part: most of them, on a block of hundreds
            if any(s in later for s in succs[n]):
                self.external_later += out_bytes[n]
                continue
            readers = sum(1 << self.index[s] for s in succs[n] if s in self.index)
            if readers:
                self.external.append((out_bytes[n], readers))

    # -- costs and bounds -------------------------------------------------------------
    def stage_cost(self, mask: int) -> float:
        c = self._stage_cost.get(mask)
        if c is None:
            c = self._mask_stage_us(mask)
            self._stage_cost[mask] = c
        return c

    @property
    def chains_dominate(self) -> bool:
        """Whether chains bound the part at its start: its heaviest chain, or two together."""
        return self._pair is not None or max(self.tail, default=0.0) >= self.bound(0) - EPS

    def bound(self, done: int) -> float:
        """Admissible bound on the cost-to-go from `done`: the chains' bounds (`chain_bounds`), and
        where given, the cover's prices of the dispatches left (`use_prices`), all read in one
        walk of the byte tables."""
        rest = self.full & ~done
        totals = self._bound_tables.totals(rest)
        found = self._chain_bounds(rest, done, totals)
        return found if self.cover is None else max(found, totals[5])

    def chain_bounds(self, done: int) -> float:
        """The heaviest remaining chain of least stage costs, the stage-count bound, or the
        remaining dispatches' least shares (see the module), and where kept, two chains together,
        the leader bound and the chains of floors."""
        rest = self.full & ~done
        return self._chain_bounds(rest, done, self._bound_tables.totals(rest))

    def _chain_bounds(self, rest: int, done: int, totals: tuple[float, ...]) -> float:
        """`chain_bounds` from the byte tables' `totals` over `rest`, the part less `done`."""
        off_chain, share, chain, extra, broken_extra, _ = totals
        found = max(chain, off_chain + extra, share)
        if self.broken_waves is not None:
            found = max(found, off_chain + self.broken_waves.total(rest) + broken_extra)
        if self._pair is not None:
            found = max(found, self._pair.value(done))
        if self.floors is not None:
            found = max(found, off_chain + self.floors.value(done))
        return found if self.leader is None else max(found, self.leader.value(rest, done))

    def use_prices(self, prices: Sequence[float]) -> None:
        """Bound by the sum of the dispatches' prices still to run as well (`cover_bound`: every
        stage costs at least its members' prices); before the search starts, so that every
        state it meets is weighed under the same bound."""
        if self._reached:
            raise RuntimeError("prices are set before the search starts")
        self.cover = PriceTable(prices)
        self._bound_tables.add_prices(prices)

    def set_grouped_memory(self, block: PartSearch, groups: Sequence[Sequence[int]]) -> None:
        """The memory of `block`'s dispatches, which this part runs in `groups` (node k here runs
        `block`'s dispatches groups[k], by its index, in one stage): each of their results stays
        live until its own last reader, as in `block`, so that a state here keeps live what the
        block's state it stands for keeps (a wave contracted into one node, `wave_split`, frees
        each member's result on its own). Called after `set_memory_context` would be."""
        node_of = {i: k for k, group in enumerate(groups) for i in group}
        sizes, read_later = [], []  # per result, in the order of the groups
        produces, reads = [0] * len(groups), [0] * len(groups)  # per node, the results it writes, reads
        for k, group in enumerate(groups):
            for i in group:
                produces[k] |= 1 << len(sizes)
                for j in set_bits(block.succ_mask[i]):
                    reads[node_of[j]] |= 1 << len(sizes)
                sizes.append(block.out[i])
                read_later.append(block.has_outside_succ[i])
            self.out[k] = sum(block.out[i] for i in group)
            self.has_outside_succ[k] = any(block.has_outside_succ[i] for i in group)
        self.external_later = block.external_later
        self.external = [(size, functools.reduce(lambda acc, i: acc | 1 << node_of[i], set_bits(mask), 0))
                         for size, mask in block.external]
        self._live_tables = _LiveTables(sizes, reads, read_later, produces)
        self._grouped = True

    def live_bytes(self, done: int) -> int:
        """Bytes live after `done`: results of done dispatches that a dispatch not yet run (here
        or later) reads, and the results of earlier dispatches still to be read."""
        if self._live_tables is None:
            self._live_tables = _LiveTables(self.out, self.pred_mask, self.has_outside_succ)
        inside = self._live_tables.live(done, self.full & ~done)
        outside = self.external_later + sum(size for size, readers in self.external if readers & ~done)
        return inside + outside

    def stage_peaks(self, masks: Sequence[int], done: int = 0) -> list[int]:
        """Live bytes during each of the stages `masks` (as bitmasks), run after the dispatches
        `done`: what is live before the stage and the stage's own results."""
        peaks = []
        for mask in masks:
            peaks.append(self.live_bytes(done) + sum(self.out[i] for i in set_bits(mask)))
            done |= mask
        return peaks

    def schedule_peaks(self, stages: list[list[int]]) -> list[int]:
        """Live bytes during each stage of a schedule of this part (`stage_peaks`)."""
        return self.stage_peaks([sum(1 << self.index[n] for n in stage) for stage in stages])

    def peak(self, stages: list[list[int]]) -> int:
        """Peak live bytes of a schedule of this part, counted the way the search counts them."""
        return max(self.schedule_peaks(stages), default=0)

    def first_stage_over(self, stages: list[list[int]]) -> int | None:
        """The index of the first of `stages` (a schedule of this part) whose live bytes pass the
        memory limit, or None where every stage fits."""
        if self.memory_limit is None:
            return None
        return next((k for k, peak in enumerate(self.schedule_peaks(stages)) if peak > self.memory_limit), None)

    def fits(self, stages: list[list[int]]) -> bool:
        """True when a schedule of this part stays within the memory limit."""
        return self.memory_limit is None or self.peak(stages) <= self.memory_limit

    def ready(self, done: int) -> list[int]:
        """The dispatches not in `done` whose predecessors all are, in index order."""
        # What waits is the union of the successors of what is not done, read a byte at a time
        # from per-byte tables: this runs once per expanded state, and on a block of a hundred
        # dispatches walking every one not done took most of the search's time.
        if self._waiting is None:
            self._waiting = _chunk_tables(self.succ_mask, operator.or_)
        rest = self.full & ~done
        ready_mask, found = rest & ~_union_of(self._waiting, rest), []
        while ready_mask:
            low = ready_mask & -ready_mask
            found.append(low.bit_length() - 1)
            ready_mask ^= low
        return found

    def memory_limited(self, done: int) -> bool:
        """Whether the memory limit holds for the stage after `done` (see `memory_until`)."""
        return self.memory_limit is not None and bool(self._memory_core & ~done)

    def moves(self, done: int) -> list[int]:
        """Candidate next stages from `done`, biggest first, then in index order.

        Every subset of the ready dispatches (up to `max_stage`) while there are at most
        MAX_MOVES of them. Beyond that (a wide fan-out: 24 ready dispatches have 16 million
        subsets) each stage size gets an equal share of MAX_MOVES, taken in index order, and
        the search is marked `truncated`: its result is then not proven optimal. A ready
        dispatch that is cheaper alone than what it saves any stage it leaves (`loners`) is
        offered alone only, and in the uncharged waves that hold it: some optimal schedule
        runs it so (see `_find_loners`); one ready in no such wave is the only candidate where
        it may run first (`_may_run_first`). Where a stage costs exactly its slowest member (plus
        what each other member adds, the same in any stage) and no memory limit holds, one stage
        per solo time of the other ready dispatches is enough (`_slowest_member_moves`).
        """
        ready = self.ready(done)
        limited = self.memory_limited(done)
        if self.free_loners:
            for i in ready:
                if self.free_loners >> i & 1 and self._may_run_first(done, i):
                    return [1 << i]
        if self.by_solo_time and not limited:  # every loner is free here, and none is ready
            return self._slowest_member_moves(ready)
        pool = [i for i in ready if not self.loners >> i & 1] if self.loners else ready
        ready_bits = [1 << i for i in ready]
        bits = ready_bits if pool is ready else [1 << i for i in pool]
        sizes = [*range(min(len(pool), self.max_stage), 1, -1), 1] if ready else []
        exhaustive = _stages_of(len(pool), self.max_stage) + len(ready) <= MAX_MOVES
        share = MAX_MOVES if exhaustive else max(1, MAX_MOVES // len(sizes))
        room: float | None = None  # bytes a stage may still write, where a memory limit holds
        ready_outs: list[int] = []
        outs: list[int] = []
        largest: list[int] = []
        if limited:
            room = self.memory_limit - self.live_bytes(done)
            ready_outs = [self.out[i] for i in ready]
            outs = ready_outs if pool is ready else [self.out[i] for i in pool]
            largest = sorted(outs, reverse=True)
        found = []
        if exhaustive and room is None and FAST_SUBSETS_FROM <= len(pool) <= FAST_SUBSETS_UP_TO:
            found = _subsets_by_size(bits, self.max_stage)  # the sizes from two up, as below
            sizes = [1]
        for size in sizes:
            if size == 1 and pool is not ready:
                found.extend(self._loner_waves(sum(ready_bits), room))
                bits, outs, largest = ready_bits, ready_outs, sorted(ready_outs, reverse=True)
            # The bits of a combination are distinct powers of two, so their sum is the stage mask.
            if exhaustive and (room is None or sum(largest[:size]) <= room):
                found.extend(map(sum, itertools.combinations(bits, size)))  # all fit: the common case
                continue
            combos = zip(itertools.combinations(bits, size), itertools.combinations(outs, size)) \
                if room is not None else ((combo, ()) for combo in itertools.combinations(bits, size))
            taken = examined = 0
            for combo, written in combos:
                examined += 1
                if not exhaustive and (taken >= share or examined > 4 * share):
                    self.truncated = True
                    break
                if room is not None and sum(written) > room:
                    continue
                found.append(sum(combo))
                taken += 1
        return found

    def _slowest_member_moves(self, ready: list[int]) -> list[int]:
        """The candidate stages from `ready` where a stage costs its slowest member's solo time:
        for each solo time, every ready dispatch that takes no longer, slowest first.

        Any other stage S is dominated: the ready dispatches no slower than its slowest member,
        taken out of the later stages that run them (which then cost no more) and into S (which
        costs the same), give a schedule no dearer. Where each member adds to its stage
        (`stage_is_slowest_plus_added`), S costs what such a dispatch adds more, and its later
        stage saves at least that (`removal_us`), or its stage alone where it ran alone, which is
        more for any dispatch not a loner (the loners run alone, before this is asked). Where
        more than `max_stage` of them are ready, every stage of `max_stage` of them that holds
        one of that time is offered, up to MAX_MOVES (beyond, sampled, and the search is marked
        `truncated`)."""
        by_time = sorted(ready, key=lambda i: (self.solo[i], i))
        found = []
        for k, i in enumerate(by_time):
            if k + 1 < len(by_time) and self.solo[by_time[k + 1]] == self.solo[i]:
                continue  # the last ready dispatch of each time closes that time's stage
            upto = by_time[:k + 1]
            if len(upto) <= self.max_stage:
                found.append(sum(1 << j for j in upto))
                continue
            slowest = [j for j in upto if self.solo[j] == self.solo[i]]
            others = upto[:len(upto) - len(slowest)]
            fewest = max(1, self.max_stage - len(others))  # of that time, so that the others fill the rest
            combos = (lead + rest for m in range(fewest, min(len(slowest), self.max_stage) + 1)
                      for lead in itertools.combinations(slowest, m)
                      for rest in itertools.combinations(others, self.max_stage - m))
            for combo in combos:
                if len(found) >= MAX_MOVES:
                    self.truncated = True
                    break
                found.append(sum(1 << j for j in combo))
        return found[::-1]

    def _may_run_first(self, done: int, i: int) -> bool:
        """Whether the ready loner i (in no uncharged wave) is run next, as the only candidate:
        some optimal schedule from `done` runs it alone, and its stage costs the same wherever it
        runs, so it runs first where that keeps no more bytes live. That holds where its stage fits
        the memory limit now and leaves no more live than before it (it frees at least what it
        writes): every stage it moves ahead of then holds no more than it did. Where no memory
        limit holds from `done` on (`memory_limited`), it always does."""
        if not self.memory_limited(done):
            return True
        after = done | 1 << i
        if self._grouped:  # its results freed one by one: what the state after it keeps, counted
            before = self.live_bytes(done)
            return self.live_bytes(after) <= before and before + self.out[i] <= self.memory_limit
        kept = self.out[i] if self.succ_mask[i] or self.has_outside_succ[i] else 0
        # What running it frees: the results of done dispatches it is the last reader of, and of
        # earlier ones (`external`) likewise; walked here rather than by `live_bytes` twice, since
        # this runs for every ready loner of every state.
        for p in set_bits(self.pred_mask[i]):
            if not self.succ_mask[p] & ~after and not self.has_outside_succ[p]:
                kept -= self.out[p]
        for size, readers in self.external:
            if readers >> i & 1 and not readers & ~after:
                kept -= size
        return kept <= 0 and self.live_bytes(done) + self.out[i] <= self.memory_limit

    def _loner_waves(self, ready: int, room: float | None) -> list[int]:
        """The uncharged waves holding a loner whose members are all `ready` and fit in `room`."""
        return [wave for wave, written in self.loner_waves
                if wave & ready == wave and (room is None or written <= room)]

    # -- search ---------------------------------------------------------------------------
    def weighted_copy(self, weight: float) -> PartSearch:
        """A fresh search of the same part, without its memory limit, that expands its open states
        by g + weight * h: with a weight over 1 it reaches a whole schedule far sooner, one
        costing at most `weight` times the optimum (its bound is consistent), and proves nothing
        (its open states' least key is no bound). Under a memory limit every candidate stage is
        offered (`moves`), which made its searches take several times the expansions (small
        RandWire's blocks), so a schedule it finds is checked against the limit (`fits`). It
        shares this search's stage costs and bounds, which depend on the states alone; this
        search's own states and `truncated` are untouched."""
        twin = copy.copy(self)
        twin._reached, twin._expanded, twin._open = {}, set(), []
        twin.expansions, twin._found, twin.truncated, twin.weight = 0, 0, False, weight
        twin.memory_limit = None
        return twin

    def astar(self, ub: float, budget: _Budget) -> int | None:
        """Expand states best first until the full part is reached below `ub`: returns the full
        mask then (its g is the optimum), or None when no schedule costs less than `ub`. Raises
        _OutOfBudget with the open states kept (see `open_bound`)."""
        if not self._reached:
            self._reached[0] = (0.0, -1, 0)
            self._open.append((self.bound(0), 0, 0))
        # Everything the loop touches is a local: it runs once per candidate stage, millions of
        # times on the largest models.
        reached, expanded, heap = self._reached, self._expanded, self._open
        costs, bounds, full, bound, mask_cost = self._stage_cost, self._bounds, self.full, self.bound, self._mask_stage_us
        push, pop, cut, found, weight = heapq.heappush, heapq.heappop, ub - EPS, self._found, self.weight
        try:
            while heap:
                f, _, done = heap[0]
                if done in expanded or (f >= cut and weight == 1.0):
                    # Reached again more cheaply, or no longer below the incumbent (a weighted
                    # key is no f, and every state was pushed below the incumbent of its call).
                    pop(heap)
                    continue
                if done == full:
                    return done
                moves = self.moves(done)
                self.expansions += budget.expand(moves)  # may stop here: the state stays open for a later call
                pop(heap)
                expanded.add(done)
                g = reached[done][0]
                for move in moves:
                    nxt = done | move
                    seen = reached.get(nxt)  # every expanded state was reached first
                    if seen is not None and nxt in expanded:
                        continue  # never opened again (see the module): no need to price the stage
                    c = costs.get(move)
                    if c is None:
                        c = costs[move] = mask_cost(move)
                    ng = g + c
                    if seen is not None and ng >= seen[0] - EPS:
                        continue
                    # The bound depends on the state alone; most states are reached again by other
                    # orders of the same stages (and those cut by the incumbent are never kept).
                    h = bounds.get(nxt)
                    if h is None:
                        h = bounds[nxt] = bound(nxt)
                    nf = ng + h
                    if nf >= cut:
                        continue
                    reached[nxt] = (ng, done, move)
                    found += 1
                    push(heap, (ng + weight * h, found, nxt))  # nf itself at weight 1.0
            return None
        finally:
            self._found = found  # the tie-break goes on from here when the search is resumed

    def open_bound(self, ub: float) -> float:
        """A proven lower bound on the part's optimum while the search is unfinished: the least
        f of the open states, or `ub` (the incumbent's cost) when none is below it."""
        return min(ub, self._open[0][0]) if self._open else ub

    def stages_to(self, done: int) -> list[list[int]]:
        """The stages of the cheapest way found to reach `done`."""
        stages = []
        while done:
            _, previous, move = self._reached[done]
            stages.append([self.nodes[i] for i in set_bits(move)])
            done = previous
        return stages[::-1]

    def greedy(self) -> list[list[int]] | None:
        """A quick complete schedule: at each step the move with the lowest cost plus bound."""
        done, stages = 0, []
        while done != self.full:
            moves = self.moves(done)
            if not moves:
                return None  # every move breaks the memory limit
            move = min(moves, key=lambda m: self.stage_cost(m) + self.bound(done | m))
            stages.append([self.nodes[i] for i in set_bits(move)])
            done |= move
        return stages


@functools.cache
def _stages_of(candidates: int, max_stage: int) -> int:
    """How many stages of two to `max_stage` members `candidates` dispatches have."""
    return sum(math.comb(candidates, size) for size in range(2, min(candidates, max_stage) + 1))


@functools.cache
def _subset_order(candidates: int, max_stage: int) -> tuple[int, ...]:
    """The stages of two or more of `candidates` positions, as masks over the positions, in the
    order `PartSearch.moves` offers them: largest first, then as itertools.combinations lists them."""
    return tuple(sum(1 << j for j in combo) for size in range(min(candidates, max_stage), 1, -1)
                 for combo in itertools.combinations(range(candidates), size))


def _subsets_by_size(bits: list[int], max_stage: int) -> list[int]:
    """Every stage of two to `max_stage` of `bits` (at most FAST_SUBSETS_UP_TO of them, each a
    dispatch's bit), in `_subset_order`: each position mask read as the union of its bits, from
    one table per five positions (built by doubling: entry p holds the bits of p's positions)."""
    low = [0]
    for bit in bits[:5]:
        low += [mask | bit for mask in low]
    order = _subset_order(len(bits), max_stage)
    if len(bits) <= 5:
        return [low[p] for p in order]
    high = [0]
    for bit in bits[5:]:
        high += [mask | bit for mask in high]
    return [low[p & 31] | high[p >> 5] for p in order]


class _Budget:
    """Expansions (deterministic) and a wall-clock deadline (a safety net)."""

    def __init__(self, expansions: int, deadline: float) -> None:
        self.left = expansions
        self.deadline = deadline

    def expand(self, moves: list[int]) -> int:
        """Charge the expansion of a state with these candidate stages; the units it cost."""
        units = 1 + len(moves) // MOVES_PER_EXPANSION
        self.left -= units
        if self.left < 0 or (self.left % 256 == 0 and time.monotonic() > self.deadline):
            raise _OutOfBudget
        return units


class _LiveTables:
    """The results of done dispatches still read inside the part, and their bytes, read from
    per-byte tables: a result stays live while a dispatch not yet run reads it, or when a
    dispatch after the part does (`read_later`). Results are indexed like the dispatches
    (`reads`: each dispatch's predecessors), or, where a dispatch has several results freed one
    by one, on their own (`produces`: each dispatch's results, `reads` then over results)."""

    def __init__(self, sizes: Sequence[int], reads: Sequence[int], read_later: Sequence[bool],
                 produces: Sequence[int] | None = None) -> None:
        self.read_later = sum(1 << v for v, later in enumerate(read_later) if later)
        self.reads = _chunk_tables(reads, operator.or_)
        self.produces = None if produces is None else _chunk_tables(produces, operator.or_)
        self.sizes = _chunk_tables(sizes, operator.add)

    def live(self, done: int, rest: int) -> int:
        """Bytes of the done dispatches' results still read."""
        read = self.read_later | _union_of(self.reads, rest)
        alive = done & read if self.produces is None else _union_of(self.produces, done) & read
        total = 0
        for sizes in self.sizes:
            if alive & 255:
                total += sizes[alive & 255]
            alive >>= 8
        return total


def _chunk_tables(values: Sequence[int], combine: Callable[[int, int], int]) -> list[list[int]]:
    """Per-byte tables of `values` combined (unions of masks, sums of bytes): table c, at byte b,
    combines values[8c + j] over the bits j of b. Python integers, as masks pass 64 bits (a
    numpy table, `bits.byte_tables`, would not hold them)."""
    tables = []
    for base in range(0, len(values), 8):
        width = min(8, len(values) - base)
        table = [0] * 256
        for byte in range(1, 1 << width):
            low = (byte & -byte).bit_length() - 1
            table[byte] = combine(table[byte & (byte - 1)], values[base + low])
        tables.append(table)
    return tables


def _union_of(tables: list[list[int]], mask: int) -> int:
    """The union of the masks of `mask`'s bits (`_chunk_tables` of masks)."""
    found = 0
    for table in tables:
        if mask & 255:
            found |= table[mask & 255]
        mask >>= 8
    return found


def search_part(search: PartSearch, incumbent: list[list[int]] | None, *, expansions: int,
                deadline: float) -> PartResult:
    """Best stages for the part, never worse than `incumbent` (a valid schedule of the part).
    Called again on the same `search`, it goes on from where its budget stopped it."""
    if incumbent is not None and not search.fits(incumbent):
        incumbent = None
    greedy = search.greedy()
    if greedy is not None and (incumbent is None
                               or search.cost.schedule_us(greedy) < search.cost.schedule_us(incumbent) - EPS):
        incumbent = greedy
    inc_cost = search.cost.schedule_us(incumbent) if incumbent else float("inf")
    result = search_below(search, inc_cost, expansions=expansions, deadline=deadline)
    if result.stages:
        return result
    # Nothing cheaper than the incumbent (or, without one, nothing fits the memory limit), or out of budget.
    return PartResult(incumbent or [], inc_cost, bool(incumbent) and result.optimal, result.expansions,
                      result.lower_bound)


def search_below(search: PartSearch, ub: float, *, expansions: int, deadline: float) -> PartResult:
    """The part's cheapest stages below `ub` (a cost known to be reached elsewhere), or none
    (`stages` empty, `cost` ub) where it proves that none is cheaper or its budget runs out."""
    spent = search.expansions
    try:
        goal = search.astar(ub, _Budget(expansions, deadline))
    except _OutOfBudget:
        return PartResult([], ub, False, search.expansions - spent, _proven(search, search.open_bound(ub)))
    if goal is None:
        return PartResult([], ub, not search.truncated, search.expansions - spent, _proven(search, ub))
    value = search._reached[goal][0]
    return PartResult(search.stages_to(goal), value, not search.truncated, search.expansions - spent,
                      _proven(search, value))


def _proven(search: PartSearch, bound: float) -> float:
    """`bound` where the search considered every stage; else only the bound at the start holds."""
    return search.bound(0) if search.truncated else bound


def ios_part(search: PartSearch, *, expansions: int, deadline: float) -> PartResult:
    """IOS's dynamic program (r = 1): every ending stage of at most `search.max_stage` dispatches,
    no bounds, no pruning. Without stages when it runs out of budget (IOS gives no schedule
    then) or no schedule fits the memory limit; `expansions` is the budget spent either way."""
    memo: dict[int, tuple[float, int]] = {search.full: (0.0, 0)}
    budget = _Budget(expansions, deadline)
    count = 0
    # Locals, and the memo and the stage costs looked up before any call: the loop runs once per
    # candidate stage (millions of times on NASNet-A), and most of the states it meets are known.
    costs, price, moves_from, expand, known = search._stage_cost, search._mask_stage_us, search.moves, \
        budget.expand, memo.get

    def dp(done: int) -> float:
        nonlocal count
        moves = moves_from(done)
        count += expand(moves)
        best, best_move = float("inf"), 0
        for move in moves:
            cost = costs.get(move)
            if cost is None:
                cost = costs[move] = price(move)
            hit = known(done | move)
            v = cost + (hit[0] if hit is not None else dp(done | move))
            if v < best - EPS:
                best, best_move = v, move
        memo[done] = (best, best_move)
        return best

    try:
        value = memo[0][0] if 0 in memo else dp(0)
    except _OutOfBudget:
        return PartResult([], float("inf"), False, count)
    if value == float("inf"):
        return PartResult([], value, False, count)
    stages, done = [], 0
    while done != search.full and memo[done][1]:
        move = memo[done][1]
        stages.append([search.nodes[i] for i in set_bits(move)])
        done |= move
    return PartResult(stages, value, not search.truncated, count)
