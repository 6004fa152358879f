"""A whole block's stages as a constraint program, solved exactly by OR-Tools CP-SAT.

Where the A* search (`search`) cannot close a block's gap, this formulation sometimes can: each
dispatch n takes one of K stage slots, x[n, k], inside the window its chains leave it
(at least as many slots before it as its longest chain of ancestors, after it as of
descendants); a dispatch's slot is later than each of its predecessors'; used slots come
first; a slot holds at most `max_stage` dispatches. Slot k costs c[k], at least:
  - what holds of every stage: the floor plus its members' areas (`cost.base`), and each
    member's least cost in any stage; for a chain of the block, at most one of whose members can
    share a slot, the least cost of the member it holds (these cuts make the relaxation as
    strong as the chain bound);
  - what the model's formula (`StageForm`) says: a dispatch alone, its `alone` cost; a stage
    listed in the form's `exact` table (IREE's own waves under a cautious model), that cost;
    any other stage of two or more, scale x (floor + the larger of its longest member and its
    summed shares).
The objective is the sum of c[k]. K is as many stages as a schedule no dearer than the
incumbent can have: each stage costs at least the floor plus its areas and at least the
cheapest dispatch's least cost.

Costs are integers in units of 1 / SCALE us, rounded down, so the program's optimum is never
above the true one and the bound the solver proves is a true lower bound. A schedule is
proven optimal when its true cost is within the rounding (one unit per dispatch, two per
stage) of that bound. The work limit is CP-SAT's deterministic time with one worker, so the
same block gives the same result on any machine; the wall-clock deadline is a safety net.
Memory is not modelled: a schedule the solver finds is used only where it fits the budget.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass

from ..cost.base import StageCost, StageForm
from .model import MAX_STAGE

SCALE = 100_000  # integer cost units per microsecond: 10 ps
# Blocks whose program would have more slot variables than this are left to the A* search:
# building the model alone takes seconds beyond it, and the relaxation is too weak to prove.
MAX_CELLS = 20_000


@dataclass
class SolverResult:
    """The cheapest stages the solver found (None: none below the incumbent), their true cost,
    the proven lower bound on the block's optimum, and the deterministic work spent."""

    stages: list[list[int]] | None
    cost: float
    lower_bound: float
    work_s: float
    rounding_us: float  # how far below a schedule's true cost its integer cost may be


class BlockProgram:
    """The constraint program of one block under one cost model's formula."""

    def __init__(self, nodes: Sequence[int], preds: dict[int, list[int]], cost: StageCost, form: StageForm,
                 incumbent: list[list[int]], *, max_stage: int = MAX_STAGE) -> None:
        self.order = _topological(nodes, preds)
        inside = set(nodes)
        self.preds = {n: [p for p in preds[n] if p in inside] for n in self.order}
        self.succs: dict[int, list[int]] = {n: [] for n in self.order}
        for n in self.order:
            for p in self.preds[n]:
                self.succs[p].append(n)
        self.cost = cost
        self.form = form
        self.max_stage = max_stage
        self.incumbent = incumbent
        self.incumbent_us = cost.schedule_us(incumbent)
        # The least any stage holding n can cost: alone, in a listed stage, or under the formula.
        listed_in: dict[int, list[float]] = {n: [] for n in self.order}
        for stage, us in form.exact.items():
            for n in stage:
                if n in listed_in:
                    listed_in[n].append(us)
        self.least = {n: max(cost.solo_us(n), min([form.alone[n], form.scale * (form.floor + form.longest[n]),
                                                   *listed_in[n]]))
                      for n in self.order}
        self.slots = self._slot_count()
        self.before, self.after = _chain_heights(self.order, self.preds, self.succs)

    def _slot_count(self) -> int:
        """The most stages a schedule no dearer than the incumbent can have."""
        limit = len(self.order)
        floor = self.cost.stage_floor_us()
        if floor > 0:
            area = sum(self.cost.area_us(n) for n in self.order)
            limit = min(limit, math.floor((self.incumbent_us - area) / floor + 1e-9))
        cheapest = min(self.least.values())
        if cheapest > 0:
            limit = min(limit, math.floor(self.incumbent_us / cheapest + 1e-9))
        return max(limit, len(self.incumbent))

    def cells(self) -> int:
        """How many slot variables the program needs."""
        return sum(len(self.window(n)) for n in self.order)

    def window(self, n: int) -> range:
        return range(self.before[n], self.slots - self.after[n])

    def solve(self, work_s: float, deadline: float) -> SolverResult:
        """Solve within `work_s` deterministic seconds (and the wall-clock `deadline`)."""
        from ortools.sat.python import cp_model  # imported here: only blocks the A* search left need it

        model = cp_model.CpModel()
        x = {(n, k): model.NewBoolVar(f"x{n}_{k}") for n in self.order for k in self.window(n)}
        for n in self.order:
            model.AddExactlyOne(x[n, k] for k in self.window(n))
        # Each slot index as an integer too: CP-SAT then sees x[n, .] as its encoding and propagates
        # the precedences on it.
        slot = {n: model.NewIntVar(self.window(n).start, self.window(n).stop - 1, f"s{n}") for n in self.order}
        for n in self.order:
            model.Add(slot[n] == sum(k * x[n, k] for k in self.window(n)))
        for n in self.order:
            for p in self.preds[n]:
                model.Add(slot[p] < slot[n])
        slot_costs = []
        previous_used = None
        chains = _chain_cover(self.order, self.succs, self.least)
        for k in range(self.slots):
            members = [(n, x[n, k]) for n in self.order if (n, k) in x]
            if not members:
                continue
            used = model.NewBoolVar(f"used{k}")
            model.AddBoolOr([v for _, v in members]).OnlyEnforceIf(used)
            for _, v in members:
                model.AddImplication(v, used)
            if previous_used is not None:
                model.AddImplication(used, previous_used)  # no empty slot before a used one
            previous_used = used
            slot_costs.append(self._slot_cost(model, k, members, used, chains))
        total = sum(slot_costs)
        model.Add(total <= _units(self.incumbent_us) + 1)
        model.Minimize(total)
        self._hint(model, x)
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1  # one worker: deterministic
        solver.parameters.linearization_level = 2  # the cuts above live in the relaxation
        solver.parameters.max_deterministic_time = max(0.0, work_s)
        solver.parameters.max_time_in_seconds = max(0.0, deadline - time.monotonic())
        status = solver.Solve(model)
        # Each cost constraint rounds each of its terms by under a unit: at most one per dispatch
        # and two per stage (the floor, and a listed stage's charge) in a schedule's total.
        rounding = (len(self.order) + 2 * self.slots) / SCALE
        bound = solver.best_objective_bound / SCALE if status != cp_model.UNKNOWN else 0.0
        stages = None
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            by_slot: dict[int, list[int]] = {}
            for (n, k), v in x.items():
                if solver.Value(v):
                    by_slot.setdefault(k, []).append(n)
            stages = [sorted(by_slot[k]) for k in sorted(by_slot)]
        found = self.cost.schedule_us(stages) if stages else float("inf")
        return SolverResult(stages, found, max(0.0, bound), solver.deterministic_time, rounding)

    def _slot_cost(self, model, k: int, members: list, used, chains: list[list[int]]):
        """The cost variable of slot k, with every lower bound it must honour."""
        form, cost = self.form, self.cost
        c = model.NewIntVar(0, _units(self.incumbent_us) + 1, f"c{k}")
        count = sum(v for _, v in members)
        model.Add(count <= self.max_stage)
        several = model.NewBoolVar(f"several{k}")
        # The interface's bounds, true of any stage: they carry the relaxation.
        model.Add(c >= _units(cost.stage_floor_us()) * used + sum(_units(cost.area_us(n)) * v for n, v in members))
        least = self.least
        for n, v in members:
            model.Add(c >= _units(least[n]) * v)
        held = {n: v for n, v in members}
        for chain in chains:
            on = [(n, held[n]) for n in chain if n in held]
            if len(on) > 1:
                model.AddAtMostOne(v for _, v in on)
                model.Add(c >= sum(_units(least[n]) * v for n, v in on))
        # The formula, written without enforcement literals so that the relaxation sees it.
        # several: two or more members; alone[n]: n is the only member.
        model.Add(count >= 2 * several)
        model.Add(count <= 1 + (self.max_stage - 1) * several)
        alone = {}
        for n, v in members:
            alone[n] = model.NewBoolVar("")
            model.Add(alone[n] <= v)
            model.Add(alone[n] <= 1 - several)
            model.Add(alone[n] >= v - several)
            model.Add(c >= _units(form.alone[n]) * alone[n])
        # A stage listed in `exact` (is_it) costs its value, which is at least the formula at scale
        # 1 (StageForm): listing takes the charge (scale - 1) off, and nothing else.
        listed: dict[int, list] = {n: [] for n in held}
        discount = []
        for stage, us in form.exact.items():
            if all(n in held for n in stage):
                is_it = model.NewBoolVar("")
                for n in stage:
                    model.AddImplication(is_it, held[n])
                    listed[n].append(is_it)
                model.Add(count == len(stage)).OnlyEnforceIf(is_it)
                model.Add(c >= _units(us) * is_it)
                discount.append((is_it, form.floor + sum(form.shared[n] for n in stage)))
        if discount:
            model.AddAtMostOne(is_it for is_it, _ in discount)
        charge = form.scale - 1.0
        for n, v in members:
            reach = form.floor + form.longest[n]
            model.Add(c >= _units(form.scale * reach) * (v - alone[n])
                      - sum(_units_up(charge * reach) * is_it for is_it in listed[n]))
        model.Add(c >= _units(form.scale * form.floor) * several
                  + sum(_units(form.scale * form.shared[n]) * (v - alone[n]) for n, v in members)
                  - sum(_units_up(charge * shared) * is_it for is_it, shared in discount))
        return c

    def _hint(self, model, x) -> None:
        """Start from the incumbent."""
        slot_of = {n: k for k, stage in enumerate(self.incumbent) for n in stage}
        for (n, k), v in x.items():
            model.AddHint(v, slot_of[n] == k)


def _units(us: float) -> int:
    """Microseconds in the program's integer units, rounded down (the program never overcharges)."""
    return math.floor(us * SCALE)


def _units_up(us: float) -> int:
    """Microseconds in integer units, rounded up: for what is taken off a cost."""
    return math.ceil(us * SCALE)


def _topological(nodes: Sequence[int], preds: dict[int, list[int]]) -> list[int]:
    """`nodes` in a dependence order, ties by id (deterministic)."""
    inside = set(nodes)
    placed: set[int] = set()
    order: list[int] = []
    pending = sorted(inside)
    while pending:
        rest = []
        for n in pending:
            if all(p in placed or p not in inside for p in preds[n]):
                order.append(n)
                placed.add(n)
            else:
                rest.append(n)
        pending = rest
    return order


def _chain_heights(order: list[int], preds: dict[int, list[int]],
                   succs: dict[int, list[int]]) -> tuple[dict[int, int], dict[int, int]]:
    """Per dispatch, the most dispatches on a chain before it and after it."""
    before = {}
    for n in order:
        before[n] = max((before[p] + 1 for p in preds[n]), default=0)
    after = {}
    for n in reversed(order):
        after[n] = max((after[s] + 1 for s in succs[n]), default=0)
    return before, after


def _chain_cover(order: list[int], succs: dict[int, list[int]], weight: dict[int, float]) -> list[list[int]]:
    """Chains of two or more dispatches (each reaches the next), taken greedily heaviest by
    `weight` among the dispatches no chain holds yet."""
    position = {n: i for i, n in enumerate(order)}
    reach = {}
    for n in reversed(order):
        mask = 0
        for s in succs[n]:
            mask |= (1 << position[s]) | reach[s]
        reach[n] = mask
    free = set(order)
    chains = []
    while len(free) > 1:
        best: dict[int, float] = {}
        step: dict[int, int | None] = {}
        for n in reversed(order):
            if n not in free:
                continue
            tail, nxt = 0.0, None
            mask = reach[n]
            while mask:
                low = mask & -mask
                m = order[low.bit_length() - 1]
                mask ^= low
                if m in free and best[m] > tail:
                    tail, nxt = best[m], m
            best[n], step[n] = weight[n] + tail, nxt
        start = max(free, key=lambda n: (best[n], -position[n]))
        chain = []
        node: int | None = start
        while node is not None:
            chain.append(node)
            node = step[node]
        if len(chain) < 2:
            break
        chains.append(chain)
        free -= set(chain)
    return chains
