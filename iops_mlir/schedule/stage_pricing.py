"""Pricing the stage cover (`stage_cover`): the stages worth adding to its program, and a proven
upper bound on what the stages of two or more of any schedule are worth together.

With the covering rows' duals pi, a stage S of two or more dispatches is worth
    sum(pi[i] for i in S) - scale * (floor + max(max(longest[i] for i in S), sum(shared[i] for i in S)))
(its members' prices less its true cost under the model's formula, `StageForm`). The slowest
member makes this more than a minimum cut: call the member of highest rank (dispatches ranked by
`longest`, ties by index) the stage's leader. A stage led from the ranks a..b has no member above
rank b and costs at least scale * (floor + max(longest[a], its shares)), so for any mu in [0, 1]
    worth(S) <= sum(pi[i] - (1 - mu) * scale * shared[i] for i in S) - scale * (floor + mu * longest[a]),
whose greatest value over the antichains of ranks up to b is one minimum cut (`AntichainCut`).
Its least over mu (a convex function, searched by bisection on its slope) bounds every stage led
from a..b. A range whose bound is above the tolerance is halved; a single leader's is lowered by
a small branch and bound on the same cuts with the leader kept in, branching on a dispatch the
heavier-shared maximiser holds and the lighter one does not (`LEADER_NODES`). Every cut's
maximiser worth more than the tolerance is a stage to add. A schedule has at most one stage led
by each dispatch, so the ranges' bounds times their sizes, summed, bound what its stages of two
or more are worth together (`Pricing.loss`).

The work is counted in cuts times the network's size, so the same prices give the same stages
and bound on any machine.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass, field

from ..cost.base import StageForm
from .cover_bound import FLOW_SCALE, AntichainCut

MU_STEPS = 7  # cuts per range in the bisection on mu (its slope's sign halves the interval)
LEADER_NODES = 8  # branch-and-bound nodes per single leader before its bound is left as it stands


@dataclass
class Pricing:
    """What one pricing found: stages (sorted local indices) worth more than the tolerance, with
    their worth; `loss`, a proven upper bound on what the stages of two or more of any schedule
    are worth together (infinite where the pricing stopped early for the stages it found); the
    work spent."""

    stages: dict[tuple[int, ...], float] = field(default_factory=dict)
    loss: float = 0.0
    work: int = 0
    known: Container[tuple[int, ...]] = field(default=(), repr=False)  # stages not to return (the program's)


class StagePricer:
    """Prices stages of one block under one formula (local indices; `succ_mask` in a dependence
    order)."""

    def __init__(self, succ_mask: Sequence[int], nodes: Sequence[int], form: StageForm, *,
                 leader_nodes: int = LEADER_NODES) -> None:
        self.k = len(nodes)
        self.leader_nodes = leader_nodes
        self.cut = AntichainCut(succ_mask)
        # The network's size: two arcs per dispatch and one per edge.
        self.size = 2 * self.k + sum(bin(mask).count("1") for mask in succ_mask)
        self.floor = form.scale * form.floor
        self.share = [form.scale * form.shared[n] for n in nodes]
        self.longest = [form.scale * form.longest[n] for n in nodes]
        self.by_rank = sorted(range(self.k), key=lambda i: (self.longest[i], i))
        self.rank = [0] * self.k
        for r, i in enumerate(self.by_rank):
            self.rank[i] = r
        local = {n: i for i, n in enumerate(nodes)}
        # IREE's waves the model lists, as local indices: the program holds them at their own cost.
        self.listed = {tuple(sorted(local[n] for n in stage)) for stage in form.exact if all(n in local for n in stage)}

    def cost(self, stage: Sequence[int]) -> float:
        """A stage of two or more under the formula (a listed stage's own cost is the program's)."""
        return self.floor + max(max(self.longest[i] for i in stage), sum(self.share[i] for i in stage))

    def worth(self, prices: Sequence[float], stage: Sequence[int]) -> float:
        return sum(prices[i] for i in stage) - self.cost(stage)

    def price(self, prices: Sequence[float], tolerance: float, *, enough: int, work: int,
              known: Container[tuple[int, ...]] = ()) -> Pricing:
        """The stages worth more than `tolerance` under `prices`, less those `known` (the
        program's); stopping once `enough` are found or `work` is spent (then the bound is
        infinite: nothing is proven of the stages not seen)."""
        out = Pricing(known=known)
        rounding = self.k / FLOW_SCALE  # the cut rounds each member's weight down by under a unit
        ranges = [(0, self.k - 1)]
        while ranges:
            if len(out.stages) >= enough or out.work >= work:
                out.loss = float("inf")
                break
            a, b = ranges.pop()
            upper = self._range(prices, a, b, tolerance, out)
            if upper > tolerance and a < b:
                middle = (a + b) // 2
                ranges += [(a, middle), (middle + 1, b)]  # the upper half is priced first
                continue
            if upper > tolerance:
                upper = self._leader(prices, self.by_rank[a], tolerance, out)
            # A schedule has at most one stage led by each dispatch of the range.
            out.loss += (b - a + 1) * max(0.0, upper + rounding)
        return out

    def _heaviest(self, weights: list[float], out: Pricing) -> tuple[float, list[int]]:
        out.work += self.size
        return self.cut.heaviest(weights)

    def _keep(self, prices: Sequence[float], members: list[int], tolerance: float, out: Pricing) -> float:
        """Record `members` where it is a stage worth more than the tolerance; its worth."""
        if len(members) < 2:
            return float("-inf")
        stage = tuple(sorted(members))
        value = self.worth(prices, stage)
        if value > tolerance and stage not in self.listed and stage not in out.known:
            out.stages[stage] = value
        return value

    def _range(self, prices: Sequence[float], a: int, b: int, tolerance: float, out: Pricing) -> float:
        """An upper bound on the worth of every stage led from ranks a..b (see the module)."""
        base = [p if self.rank[i] <= b else 0.0 for i, p in enumerate(prices)]
        bound, _, _, _ = self._least_over_mu(prices, base, frozenset(), self.longest[self.by_rank[a]], tolerance, out)
        return bound

    def _leader(self, prices: Sequence[float], leader: int, tolerance: float, out: Pricing) -> float:
        """An upper bound on the worth of every stage led by `leader`, by branch and bound: each
        node keeps some dispatches in (the leader first) and others out, and is bounded by the
        least over mu with the kept ones forced into the cut's antichain."""
        allowed = [self.rank[i] <= self.rank[leader] for i in range(self.k)]
        charge = self.longest[leader]
        open_nodes: list[tuple[frozenset[int], frozenset[int]]] = [(frozenset([leader]), frozenset())]
        bound = float("-inf")

        def node_bound(kept: frozenset[int], dropped: frozenset[int]):
            base = [p if ok and i not in dropped else 0.0 for i, (p, ok) in enumerate(zip(prices, allowed))]
            return self._least_over_mu(prices, base, kept, charge, tolerance, out)

        for _ in range(self.leader_nodes):
            if not open_nodes:
                return bound
            kept, dropped = open_nodes.pop()
            upper, light, heavy, exact = node_bound(kept, dropped)
            choices = [] if exact or upper <= tolerance or heavy is None else \
                [i for i in heavy if i not in kept and (light is None or i not in light)] or \
                [i for i in heavy if i not in kept]
            if not choices:
                bound = max(bound, upper)  # the node's best is found, or is worth nothing more
                continue
            # Branch on a dispatch the heavier-shared maximiser holds and the lighter one does not.
            pivot = max(choices, key=lambda i: (self.share[i], i))
            open_nodes += [(kept, dropped | {pivot}), (kept | {pivot}, dropped)]
        # Out of nodes: what the open ones may still be worth is the leader's bound.
        for kept, dropped in open_nodes:
            bound = max(bound, node_bound(kept, dropped)[0])
        return bound

    def _least_over_mu(self, prices: Sequence[float], base: list[float], kept: frozenset[int], charge: float,
                       tolerance: float, out: Pricing) -> tuple[float, list[int] | None, list[int] | None, bool]:
        """The least over mu of the cut's bound (module) on the antichains of dispatches of
        positive `base` weight holding `kept`, charged at least `charge` for their slowest member:
        (the bound, the last maximisers with shares at most and above the charge, whether the
        bound is the worth of a stage found: the least sits at mu = 1 or 0 with a maximiser
        whose slowest member is the charge, as where a leader is kept). A cut that cannot hold
        `kept` gives minus infinity."""
        forced = sum(max(0.0, p) for p in base) + 1.0  # more than any antichain without a kept one
        best, low, high = float("inf"), 0.0, 1.0
        light = heavy = None
        for step in range(MU_STEPS):
            mu = 1.0 if step == 0 else 0.0 if step == 1 else (low + high) / 2
            weights = [forced if i in kept else w - (1.0 - mu) * s for i, (w, s) in enumerate(zip(base, self.share))]
            value, members = self._heaviest(weights, out)
            if not kept.issubset(members):
                return float("-inf"), None, None, True  # the kept dispatches are no antichain
            value -= sum(forced - (prices[i] - (1.0 - mu) * self.share[i]) for i in kept)
            bound = value - self.floor - mu * charge
            self._keep(prices, members, tolerance, out)
            best = min(best, bound)
            # The slope in mu is the maximiser's shares less the charge; the least is on its
            # falling side, and at an end where the slope there already points outward.
            if sum(self.share[i] for i in members) > charge:
                high, heavy = mu, members
            else:
                low, light = mu, members
            at_end = (step == 0 and heavy is None) or (step == 1 and light is None)
            if at_end:
                stage_led = bool(kept) and max(self.longest[i] for i in members) == charge and len(members) > 1
                return best, light, heavy, stage_led
            if best <= tolerance:
                break
        return best, light, heavy, False
