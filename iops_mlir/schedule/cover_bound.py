"""A lower bound from covering a block's dispatches with stages: the antichain-cover linear
program, solved by column generation, and the per-dispatch prices it leaves for the search.

Every schedule of a block splits its dispatches into stages, each an antichain of the dependence
order (no member reaches another), at the costs the model's formula gives (`StageForm`). Forget
the stages' order, the wave limit and the memory budget, and let a stage of two or more cost only
scale * (floor + its members' shares) (the formula without its slowest member): what is left is
a covering problem, and its linear relaxation is a lower bound on the block's optimum. Its
columns are the stages of one and IREE's waves where the model lists them (`exact`), each at the
least of its own cost and that linear cost, and antichains of two or more. The antichains are
added as the program needs them: with the covering rows' duals pi, the antichain of greatest
sum of (pi - scale * share) is found exactly as a minimum cut, and is added while it is worth
more than the scaled floor.

The duals are prices: every stage S costs at least the sum of its members' prices, so the
dispatches a schedule has still to run cost at least the sum of theirs. That sum is an A* bound
(`PartSearch`), and a consistent one, since taking a stage lowers it by at most the stage's cost.
Where the work runs out before no antichain is worth adding, every price is lowered by half the
most any antichain was still worth: an antichain has two members or more, so the prices are then
again below every stage's cost, and the bound holds on any budget.

Unlike the chain bounds, this one charges the dispatches off the heaviest chain for the stages
they need: each pays a stage of its own or joins another, which then pays its floor. On small
RandWire's 139- and 155-dispatch CPU blocks it closes more than half of the gap the chain bounds
leave (`benchmarks/results/search/gap-anatomy.md`). Its work is the program's size (dispatches
times columns) summed over its solves, so the same block gives the same prices on any machine.
A block whose program does not settle within it gains nothing from prices that far off: the
1,564-dispatch CPU build of `tools/big_model.py` does not settle in the compile's work (30
solves, 5 s).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..bits import byte_tables, set_bits
from ..cost.base import StageForm

FLOW_SCALE = 10**9  # integer flow units per microsecond of antichain weight: 1 fs
INFINITE = 2**62  # an arc no cut crosses: above the sum of any block's weights
COLUMNS_PER_ROUND = 128  # antichains added for one solve of the program, while any is worth adding
EPS = 1e-6  # us: below this, an antichain is worth nothing more (the LP solver's tolerance)


@dataclass(frozen=True)
class CoverPrices:
    """Per dispatch (the search's local index), a price; their sum bounds the block's optimum."""

    prices: list[float]
    value: float
    lowered_us: float  # how much the prices were lowered in all to hold below every stage exactly
    rounds: int  # solves of the program
    work: int  # the program's size, dispatches times columns, summed over its solves
    converged: bool  # no antichain was left worth adding


class CoverProgram:
    """The covering program: one row per dispatch (covered at least once), one column per stage."""

    def __init__(self, k: int) -> None:
        from ortools.linear_solver import pywraplp  # imported here: only blocks the search leaves open need it

        self.optimal = pywraplp.Solver.OPTIMAL
        self.solver = pywraplp.Solver.CreateSolver("GLOP")
        # GLOP's presolve rebuilds the program on every solve and loses the last basis; without it
        # each solve starts from that basis, which the new columns (at zero) leave feasible. On
        # full-size NASNet-A's CPU block: 4,422 simplex iterations in all instead of 16,365.
        self.solver.SetSolverSpecificParametersAsString("use_preprocessing: false")
        self.rows = [self.solver.Constraint(1.0, self.solver.infinity()) for _ in range(k)]
        self.columns: list[tuple[int, ...]] = []
        self.costs: list[float] = []
        self.variables: list = []
        self.index: dict[tuple[int, ...], int] = {}
        self.objective = self.solver.Objective()
        self.objective.SetMinimization()
        self.solved = False  # the last solve holds every column

    def add(self, members: tuple[int, ...], cost: float) -> None:
        if members in self.index:
            return
        self.solved = False
        variable = self.solver.NumVar(0.0, self.solver.infinity(), "")
        for i in members:
            self.rows[i].SetCoefficient(variable, 1.0)
        self.objective.SetCoefficient(variable, cost)
        self.index[members] = len(self.columns)
        self.columns.append(members)
        self.costs.append(cost)
        self.variables.append(variable)

    def solve(self) -> tuple[list[float], float]:
        """(the covering rows' duals, the optimum)."""
        if self.solver.Solve() != self.optimal:
            raise RuntimeError("the covering program has no optimum")  # it always has: every stage of one
        self.solved = True
        return [row.dual_value() for row in self.rows], self.objective.Value()

    def values(self) -> list[float]:
        """The columns' values in the program's optimum with every column it holds."""
        if not self.solved:
            self.solve()  # columns were added after the last solve (the work ran out)
        return [v.solution_value() for v in self.variables]


def cover_prices(succ_mask: Sequence[int], nodes: Sequence[int], form: StageForm, *,
                 work: int, seeds: Sequence[Sequence[int]] = ()) -> CoverPrices:
    """The prices of the dispatches `nodes` (local index i is nodes[i]; `succ_mask` their direct
    successors within, as bitmasks over local indices, in a dependence order) under `form`, adding
    antichains until the program's solves have cost `work` (see the module), starting from the
    stages `seeds` (local indices: the stages of schedules found, which cut the rounds needed)."""
    k = len(nodes)
    floor = form.scale * form.floor
    share = [form.scale * form.shared[n] for n in nodes]
    program = CoverProgram(k)
    alone = [min(form.alone[n], floor + share[i]) for i, n in enumerate(nodes)]
    for i in range(k):
        program.add((i,), alone[i])
    local = {n: i for i, n in enumerate(nodes)}
    # A listed wave is held at the cheaper of its listed cost and the linear cost any antichain
    # gets: the columns are keyed by their members, so an antichain found that the program
    # holds must be held at no more than the linear cost, or a program not settled would pass
    # as settled.
    listed = []
    for stage, us in sorted(form.exact.items(), key=lambda item: sorted(item[0])):
        if len(stage) > 1 and all(n in local for n in stage):
            members = sorted(local[n] for n in stage)
            listed.append((members, min(us, floor + sum(share[i] for i in members))))
    for members, us in listed:
        program.add(tuple(members), us)
    for stage in sorted({tuple(sorted(stage)) for stage in seeds if len(stage) > 1}):
        program.add(stage, floor + sum(share[i] for i in stage))
    cut = AntichainCut(succ_mask)
    rounds = spent = 0
    while True:
        rounds += 1
        spent += k * len(program.columns)
        prices, _ = program.solve()
        weights = [p - s for p, s in zip(prices, share)]
        weight, members = cut.heaviest(weights)
        # An antichain the program holds already is worth no more than the solver's tolerance.
        converged = weight <= floor + EPS or len(members) < 2 or tuple(members) in program.index
        if converged or spent >= work:
            break
        # Several antichains a round, each the heaviest of the dispatches the ones before left:
        # one solve of the program then prices many columns.
        for _ in range(COLUMNS_PER_ROUND):
            program.add(tuple(members), floor + sum(share[i] for i in members))
            for i in members:
                weights[i] = 0.0
            more, members = cut.heaviest(weights)
            if more <= floor + EPS or len(members) < 2:
                break
    # The solver's duals hold its columns only to its tolerance, and an antichain not added is
    # worth up to `weight` (each member rounded down by under a unit in the flow): the prices
    # are lowered until every stage of one, listed wave and antichain costs at least its own.
    prices = [min(p, us) for p, us in zip(prices, alone)]
    over = max([0.0, weight + k / FLOW_SCALE - floor] + [sum(prices[i] for i in members) - us for members, us in listed])
    prices = [p - over / 2 for p in prices]
    return CoverPrices(prices, sum(prices), k * over / 2, rounds, spent, converged)


class AntichainCut:
    """The antichain of greatest weight in a DAG, as a minimum cut: each dispatch i is an arc
    from the source into a_i and an arc from b_i into the sink, both of its weight (where above
    zero); b_i -> a_i and a_i -> b_j, for each edge i -> j, cannot be cut. A cut keeps i where
    a_i is on the source's side and b_i on the sink's: then every b of a descendant of i is on the
    source's side, so no descendant is kept, and each dispatch not kept pays its weight once. The
    cut's cost is the total weight less the kept antichain's. The network is built once; each
    call sets the weights on it."""

    def __init__(self, succ_mask: Sequence[int]) -> None:
        from ortools.graph.python import max_flow

        k = self.k = len(succ_mask)
        self.source, self.sink = 2 * k, 2 * k + 1
        self.flow = max_flow.SimpleMaxFlow()
        edges = [(i, k + j) for i in range(k) for j in set_bits(succ_mask[i])]
        tails = np.array([self.source] * k + list(range(k, 2 * k)) + list(range(k, 2 * k)) + [a for a, _ in edges],
                         dtype=np.int32)
        heads = np.array(list(range(k)) + [self.sink] * k + list(range(k)) + [b for _, b in edges], dtype=np.int32)
        capacities = np.array([0] * (2 * k) + [INFINITE] * (k + len(edges)), dtype=np.int64)
        self.weighted = self.flow.add_arcs_with_capacity(tails, heads, capacities)[:2 * k]

    def heaviest(self, weights: Sequence[float]) -> tuple[float, list[int]]:
        """The greatest weight of an antichain (0: none of positive weight) and its members."""
        capacity = np.maximum(np.floor(np.asarray(weights, dtype=np.float64) * FLOW_SCALE), 0).astype(np.int64)
        self.flow.set_arcs_capacity(self.weighted, np.concatenate([capacity, capacity]))
        if self.flow.solve(self.source, self.sink) != self.flow.OPTIMAL:
            raise RuntimeError("maximum flow failed")
        source_side = np.zeros(2 * self.k + 2, dtype=bool)
        source_side[self.flow.get_source_side_min_cut()] = True
        kept = np.nonzero((capacity > 0) & source_side[:self.k] & ~source_side[self.k:2 * self.k])[0]
        return (int(capacity.sum()) - self.flow.optimal_flow()) / FLOW_SCALE, [int(i) for i in kept]


class PriceTable:
    """The prices summed over a bitmask's members, read from per-byte tables: the search's bound
    is evaluated for every candidate stage, so it must not walk the bits one by one."""

    def __init__(self, prices: Sequence[float]) -> None:
        self.prices = list(prices)
        self.chunks = byte_tables([self.prices], np.add)[0]

    def total(self, mask: int) -> float:
        total = 0.0
        for chunk in self.chunks:
            byte = mask & 255
            if byte:
                total += chunk[byte]
            mask >>= 8
        return total
