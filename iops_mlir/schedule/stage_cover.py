"""The stage cover: a block's dispatches covered by stages at their true costs, by column
generation; a lower bound on the block's optimum and, from its integral solution, a schedule.

Every schedule of a block splits its dispatches into stages, antichains of the dependence order,
each at the cost the model's formula gives (`StageForm`), slowest member included. Covering the
dispatches with such stages at least cost, forgetting their order, the wave limit and the memory
budget, is a linear program whose optimum bounds the block's optimum from below; the cover bound
(`cover_bound`) is the same program with the slowest member left out of every stage's cost, so
this one is never weaker. Its columns are the stages of one, IREE's waves where the model lists
them, the seeds' stages (the schedules found), and the stages the pricing (`stage_pricing`)
finds worth adding, round by round, until it finds none.

The bound holds on any budget: a schedule costs the prices' sum less what its stages are worth
at those prices, and the pricing bounds that per leader (`certified_bound`). Out of work before a
pricing runs to its end, nothing is proven (0).

The schedule: the cheapest exact cover by the program's columns (the linear solution where it is
integral, else CP-SAT on `INTEGRAL_WORK_S` deterministic seconds). Its stages may need each
other round a cycle (each holds a predecessor of the next); of each such cycle, the stage that
costs least to run as its members one by one is split so, until no cycle is left, and the
stages are put in a dependence order. The caller takes the schedule where it is cheaper and
fits the memory budget.

Work is counted as the program's size per solve and the pricing's cuts times the network's size,
so the same block gives the same bound and schedule on any machine.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..bits import set_bits
from ..cost.base import StageForm
from .cover_bound import FLOW_SCALE, CoverProgram
from .model import MAX_STAGE
from .stage_pricing import LEADER_NODES, StagePricer
from .wave_bound import group_order

TOLERANCE = 1e-6  # us: a stage worth no more than this is not added (the LP solver's tolerance)
# The pricing stops once it has found this many stages worth adding. Small NASNet-A's CPU block:
# 64 a round left the program 6.8 us above its optimum after 600,000,000 work; 512 settled it in
# 999,000,000.
COLUMNS_PER_ROUND = 512
INTEGRAL_WORK_S = 2.0  # CP-SAT's deterministic seconds for the cheapest exact cover by the columns
SCALE = 100_000  # the integral program's cost units per microsecond: 10 ps


@dataclass(frozen=True)
class StageCover:
    """What the stage cover proved and found for one block (local indices)."""

    lower_bound: float  # every schedule of the block costs at least this (0: nothing proven)
    stages: list[list[int]] | None  # a schedule from the columns, in order (None: no round ran)
    value: float  # the program's last optimum (a bound only once `converged`)
    converged: bool  # a pricing ran to its end and found no stage worth adding
    rounds: int
    columns: int
    work: int
    # How far below the program's value the bound may sit through the solvers' tolerances alone:
    # a schedule within it of the bound is optimal up to it (as `solver` allows its rounding).
    slack: float


def certified_bound(prices: Sequence[float], alone: Sequence[float],
                    listed: Sequence[tuple[tuple[int, ...], float]], outside: float) -> float:
    """A lower bound on every schedule: its cost is the prices' sum less what its stages are
    worth at them; a stage of one is worth at most max(0, price - alone), a listed stage at most
    max(0, its prices - its cost), and its stages of two or more together at most `outside`
    (the pricing's `loss`: at most one of them is led by each dispatch)."""
    worth = sum(max(0.0, p - us) for p, us in zip(prices, alone))
    worth += sum(max(0.0, sum(prices[i] for i in members) - us) for members, us in listed)
    return sum(prices) - worth - outside


def stage_cover(succ_mask: Sequence[int], nodes: Sequence[int], form: StageForm, *, work: int,
                seeds: Sequence[Sequence[int]] = (), max_stage: int = MAX_STAGE,
                leader_nodes: int = LEADER_NODES) -> StageCover:
    """The stage cover of the dispatches `nodes` (local index i is nodes[i]; `succ_mask` their
    direct successors within, as bitmasks over local indices, in a dependence order) under
    `form`, on `work` (see the module), started from the stages `seeds` (local indices), each
    single leader's pricing on `leader_nodes` branch-and-bound nodes (`stage_pricing`)."""
    k = len(nodes)
    pricer = StagePricer(succ_mask, nodes, form, leader_nodes=leader_nodes)
    program = CoverProgram(k)
    alone = [form.alone[n] for n in nodes]
    for i in range(k):
        program.add((i,), alone[i])
    listed = [(members, form.exact[frozenset(nodes[i] for i in members)])
              for members in sorted(pricer.listed, key=lambda members: sorted(nodes[i] for i in members))
              if len(members) > 1]
    for members, us in listed:
        program.add(members, us)
    for stage in sorted({tuple(sorted(s)) for s in seeds if len(s) > 1}):
        program.add(stage, form.stage_us([nodes[i] for i in stage]))
    spent = rounds = 0
    bound, value, converged = 0.0, 0.0, False
    while spent < work:
        rounds += 1
        spent += k * len(program.columns)
        prices, value = program.solve()
        pricing = pricer.price(prices, TOLERANCE, enough=COLUMNS_PER_ROUND, work=work - spent, known=program.index)
        spent += pricing.work
        if math.isfinite(pricing.loss):
            bound = max(bound, certified_bound(prices, alone, listed, pricing.loss))
        for stage in sorted(pricing.stages, key=lambda s: (-pricing.stages[s], s)):
            program.add(stage, pricer.cost(stage))
        if not pricing.stages and math.isfinite(pricing.loss):
            converged = True
            break
    if rounds and not program.solved:
        spent += k * len(program.columns)  # the solve `_schedule` needs for the columns last added
    stages = _schedule(program, alone, succ_mask, max_stage) if rounds else None
    return StageCover(bound, stages, value, converged, rounds, len(program.columns), spent,
                      k * (TOLERANCE + k / FLOW_SCALE))


def _schedule(program: CoverProgram, alone: Sequence[float], succ_mask: Sequence[int],
              max_stage: int) -> list[list[int]]:
    """The cheapest exact cover by the program's columns found (`_exact_cover`), with the
    cheapest stage to split of each cycle split until none is left, in a dependence order."""
    k = len(succ_mask)
    chosen = _exact_cover(program, max_stage)
    stages = [list(program.columns[j]) for j in chosen]
    costs = [program.costs[j] for j in chosen]
    while True:
        # In a dependence order, ties by least member, where the stages need each other round no
        # cycle (none holds a dependence: each is an antichain).
        order = group_order(succ_mask, [sum(1 << i for i in stage) for stage in stages if len(stage) > 1])
        if order is not None:
            return order
        cycle = _stage_cycle(stages, succ_mask, k)
        # Split the stage of the cycle that costs least to run as its members one by one (a
        # cycle holds one of two or more: dispatches alone cannot need each other).
        s = min((s for s in cycle if len(stages[s]) > 1),
                key=lambda s: (sum(alone[i] for i in stages[s]) - costs[s], s))
        split = stages.pop(s)
        costs.pop(s)
        stages += [[i] for i in split]
        costs += [alone[i] for i in split]


def _exact_cover(program: CoverProgram, max_stage: int) -> list[int]:
    """The columns of the program's solution where it is an exact cover by stages of at most
    `max_stage`; else the cheapest such cover by its columns that CP-SAT finds on its work,
    started from the rounded solution (every stage of one is a column, so one always exists)."""
    values = program.values()
    chosen = [j for j, v in enumerate(values) if v > 0.5]
    if (all(abs(v - round(v)) < 1e-6 for v in values) and all(len(program.columns[j]) <= max_stage for j in chosen)
            and sorted(i for j in chosen for i in program.columns[j]) == list(range(len(program.rows)))):
        return chosen
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    usable = [j for j, members in enumerate(program.columns) if len(members) <= max_stage]
    x = {j: model.NewBoolVar("") for j in usable}
    holding: list[list[int]] = [[] for _ in program.rows]
    for j in usable:
        for i in program.columns[j]:
            holding[i].append(j)
    for row in holding:
        model.AddExactlyOne(x[j] for j in row)
    model.Minimize(sum(math.floor(program.costs[j] * SCALE) * x[j] for j in usable))
    for j in usable:
        model.AddHint(x[j], values[j] > 0.5)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1  # deterministic
    solver.parameters.max_deterministic_time = INTEGRAL_WORK_S
    if solver.Solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return [program.index[(i,)] for i in range(len(program.rows))]
    return [j for j in usable if solver.Value(x[j])]


def _stage_graph(stages: Sequence[Sequence[int]], succ_mask: Sequence[int], k: int) -> list[set[int]]:
    """Per stage, the stages holding a direct successor of one of its members."""
    stage_of = [0] * k
    for s, members in enumerate(stages):
        for i in members:
            stage_of[i] = s
    return [{stage_of[j] for i in members for j in set_bits(succ_mask[i])} for members in stages]


def _stage_cycle(stages: Sequence[Sequence[int]], succ_mask: Sequence[int], k: int) -> list[int] | None:
    """The stages of a cycle among them (each holds a predecessor of the next), or None."""
    after = _stage_graph(stages, succ_mask, k)
    state = [0] * len(stages)  # 0 unseen, 1 on the path, 2 done
    for root in range(len(stages)):
        if state[root]:
            continue
        path, pending = [root], [iter(sorted(after[root]))]
        state[root] = 1
        while path:
            step = next(pending[-1], None)
            if step is None:
                state[path.pop()] = 2
                pending.pop()
            elif state[step] == 1:
                return path[path.index(step):]
            elif state[step] == 0:
                state[step] = 1
                path.append(step)
                pending.append(iter(sorted(after[step])))
    return None
