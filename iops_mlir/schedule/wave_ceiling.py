"""How high the kept-waves bound can ever go on a block: the least of its values over every whole
choice of which of IREE's waves to keep, solved by OR-Tools CP-SAT.

The kept-waves bound (`wave_bound`) branches on each of IREE's waves, kept or broken; its
least open value rises as it decides more of them, but never above the least value of a whole
choice (every wave decided). That value, over all 2^W choices, is this module's program:
  - a 0/1 variable per wave, kept (1) or broken (0), adding the wave's `kept_more` or `broken_more`
    to the dispatches' summed terms off the chain;
  - a head per dispatch: the heaviest chain of on-chain extras before it. Along each edge the
    successor's head is at least the dispatch's head plus its extra: its plain extra outside
    IREE's waves, its charged extra in a broken wave, nothing in a kept one. The members of a
    kept wave share one head (the wave contracted into one node);
  - the objective: the summed terms plus the longest chain, at least every head plus its extra.
The least objective over the heads is the heaviest chain, so the program's optimum is the least
whole-choice value of `wave_bound.WaveValues.value`.

Where that least value is below the block's best schedule, no branch and bound on the kept-waves
bound can prove the block, whatever its budget: only the searches of the choices themselves can
(`wave_split`). On NASNet-A's 1,029-dispatch CPU block the ceiling lies between the compile's
kept-waves bound (29,483 us) and a choice keeping 36 of its 63 waves (29,513 us), at least 208 us
below the best schedule (29,722 us; `benchmarks/results/search/gap-anatomy.md`).

Costs are integers in units of 1 / SCALE us, rounded down, so the proven bound is a true lower
bound on the least value; the choice found is valued exactly (`WaveValues.value`). The work
limit is CP-SAT's deterministic time with one worker: the same block gives the same result
anywhere.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .search import PartSearch
from .wave_bound import WaveValues

SCALE = 10_000  # integer units per microsecond: 0.1 ns


@dataclass(frozen=True)
class WaveCeiling:
    """The least whole-choice value of the kept-waves bound found (`value`, for `keep`: per wave,
    whether it is kept), a proven lower bound on it (`lower`), and whether the two meet within
    the rounding (`proven`)."""

    keep: tuple[bool, ...]
    value: float
    lower: float
    proven: bool
    work_s: float


def wave_ceiling(search: PartSearch, work_s: float) -> WaveCeiling | None:
    """The ceiling of the kept-waves bound on `search`'s block, on `work_s` deterministic seconds
    of CP-SAT (None: the model leaves no wave of the block uncharged, contracting every wave makes
    a cycle, or no choice was found in the work)."""
    from ortools.sat.python import cp_model  # imported here: only this diagnosis needs it

    if search.broken_waves is None:
        return None
    block = WaveValues(search)
    if block.order is None:
        return None
    model = cp_model.CpModel()
    k = len(search.nodes)
    wave_of = {i: w for w, members in enumerate(block.members) for i in members}
    keep = [model.NewBoolVar(f"keep{w}") for w in range(len(block.members))]
    top = _units(sum(max(search.on_chain_extra[i], block.broken_extra[i]) for i in range(k))) + 1
    head = [model.NewIntVar(0, top, f"head{i}") for i in range(k)]
    chain = model.NewIntVar(0, top, "chain")

    def after(i: int, later) -> None:
        """`later` (a head, or the chain's end) is at least i's head plus i's extra."""
        w = wave_of.get(i)
        if w is None:
            model.Add(later >= head[i] + _units(search.on_chain_extra[i]))
        else:
            model.Add(later >= head[i]).OnlyEnforceIf(keep[w])
            model.Add(later >= head[i] + _units(block.broken_extra[i])).OnlyEnforceIf(keep[w].Not())

    for i in range(k):
        for j in block.succs[i]:
            after(i, head[j])
        after(i, chain)
    for w, members in enumerate(block.members):
        for i in members[1:]:
            model.Add(head[i] == head[members[0]]).OnlyEnforceIf(keep[w])
    model.Minimize(chain + sum(_units(block.kept_more[w]) * keep[w] + _units(block.broken_more[w]) * (1 - keep[w])
                               for w in range(len(keep))))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1  # one worker: deterministic
    solver.parameters.max_deterministic_time = max(0.0, work_s)
    status = solver.Solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    choice = tuple(bool(solver.Value(v)) for v in keep)
    value = block.value(choice)
    lower = solver.best_objective_bound / SCALE + block.plain_off
    rounding = (k + len(keep) + 1) / SCALE  # each term rounded down by under a unit
    return WaveCeiling(choice, value, min(lower, value), value <= lower + rounding, solver.deterministic_time)


def _units(us: float) -> int:
    """Microseconds in the program's integer units, rounded down (never above the true value)."""
    return math.floor(us * SCALE)
