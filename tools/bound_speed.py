#!/usr/bin/env python3
"""Time the A* search's bound on the states a dump's search weighed.

The search of a dump (as `tools/predict_table.py` runs it, one worker) is run once with the
bound recording the states it is asked about, for the largest search that uses the cover's
prices (`PartSearch.use_prices`). Then, on those states, the bound as the search evaluates it
(one walk of the per-byte tables for the chains' terms and the prices) and the same value read
in two walks (`chain_bounds`, then `PriceTable.total`) are timed in turn, `--rounds` times, and
checked to be the same floats. Prints microseconds per state, medians over the rounds.

Usage: python tools/bound_speed.py --dump build/cpu/randwire [--cost-model profiled]
                                   [--states 100000] [--rounds 9] [--search-expansions 700000]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from predict_table import load_dump

from iops_mlir.pipeline.plan import make_plan
from iops_mlir.schedule import iops as iops_mod
from iops_mlir.schedule.search import PartSearch


def record_states(dump: Path, args: argparse.Namespace) -> tuple[PartSearch, list[int]]:
    """The largest priced search of the dump's schedule, and up to `args.states` of the states
    its bound was asked about, in the order asked."""
    graph, fixed, cost = load_dump(dump, args)
    asked: dict[int, tuple[PartSearch, list[int]]] = {}
    bound = PartSearch.bound

    def recording(search: PartSearch, done: int) -> float:
        if search.cover is not None:
            _, states = asked.setdefault(id(search), (search, []))
            if len(states) < args.states:
                states.append(done)
        return bound(search, done)

    PartSearch.bound = recording
    try:
        make_plan(graph, fixed, cost, search=iops_mod.SearchOptions(
            tolerance=0.0, expansions=args.search_expansions, split_workers=1))
    finally:
        PartSearch.bound = bound
    if not asked:
        raise SystemExit(f"{dump}: no search of this dump used the cover's prices")
    return max(asked.values(), key=lambda found: len(found[1]))


def per_state_us(ways: dict[str, Callable[[int], float]], states: list[int], rounds: int) -> dict[str, float]:
    """Median microseconds per state of each way, the ways timed in turn in every round."""
    times: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(rounds):
        for name, way in ways.items():
            start = time.perf_counter()
            for done in states:
                way(done)
            times[name].append((time.perf_counter() - start) / len(states) * 1e6)
    return {name: statistics.median(found) for name, found in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, required=True)
    parser.add_argument("--cost-model", choices=("analytic", "profiled"), default="profiled")
    parser.add_argument("--device", default="h100", help="the analytic model's device")
    parser.add_argument("--states", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--search-expansions", type=int, default=700_000)
    args = parser.parse_args()
    search, states = record_states(args.dump, args)
    assert search.cover is not None

    def two_walks(done: int) -> float:
        return max(search.chain_bounds(done), search.cover.total(search.full & ~done))

    mismatched = sum(search.bound(done) != two_walks(done) for done in states)
    if mismatched:
        raise SystemExit(f"the two ways differ on {mismatched} of {len(states)} states")
    found = per_state_us({"one walk (the search's bound)": search.bound, "two walks": two_walks},
                         states, args.rounds)
    print(f"{args.dump}: {len(states)} states of a {len(search.nodes)}-dispatch search, {args.rounds} rounds")
    for name, us in found.items():
        print(f"  {name}: {us:.3f} us per state")
    one, two = found.values()
    print(f"  one / two: x{one / two:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
