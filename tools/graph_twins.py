#!/usr/bin/env python3
"""Count the symmetric dispatches of dumps' graphs: what symmetry breaking could prune in the search.

Two dispatches are twins when they read from the same dispatches and are read by the same ones;
swapping twins of equal cost maps every schedule to one of the same cost, so a search could
keep only the schedules that run the first no later than the second. Two branches are twins when
they are chains (each dispatch one reader and one source) between the same two dispatches, of
the same length. Per dump: its dispatches, the groups of twin dispatches, and the groups of twin
branches, with how many of either hold members of equal cost under the dump's model.

Usage: python tools/graph_twins.py [--cost-model profiled|analytic] DUMP [DUMP ...]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from predict_table import load_dump

from iops_mlir.cost.base import StageCost
from iops_mlir.partition import dag_view


def grouped(keys: dict[object, list]) -> list[list]:
    """The groups of two or more."""
    return [members for members in keys.values() if len(members) > 1]


def cost_equal(group: list[list[int]], cost: StageCost) -> bool:
    """Whether two members (each a list of dispatches) cost the same dispatch for dispatch."""
    terms = [tuple((cost.solo_us(n), cost.area_us(n), cost.wave_area_us(n)) for n in member) for member in group]
    return len(set(terms)) < len(terms)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cost-model", choices=("profiled", "analytic"), default="profiled")
    parser.add_argument("--device", default="h100", help="the analytic model's device")
    parser.add_argument("dumps", nargs="+", type=Path)
    args = parser.parse_args()
    for dump in args.dumps:
        graph, _, cost = load_dump(dump, args)
        view = dag_view(graph)
        dispatches = graph.dispatch_ids()
        by_ends: dict[tuple[int, ...], list[int]] = defaultdict(list)
        for n in dispatches:
            by_ends[(*sorted(view.preds[n]), -1, *sorted(view.succs[n]))].append(n)
        twins = grouped(by_ends)
        link = {n for n in dispatches if len(view.preds[n]) == 1 and len(view.succs[n]) == 1}
        branches: dict[tuple[int, int, int], list[list[int]]] = defaultdict(list)
        for n in sorted(link):
            if view.preds[n][0] in link:
                continue  # not the first of its chain
            chain = [n]
            while view.succs[chain[-1]][0] in link:
                chain.append(view.succs[chain[-1]][0])
            branches[(view.preds[n][0], view.succs[chain[-1]][0], len(chain))].append(chain)
        twin_branches = grouped(branches)
        print(f"{dump}: {len(dispatches)} dispatches; twin dispatches: {len(twins)} groups "
              f"({sum(cost_equal([[n] for n in g], cost) for g in twins)} of equal cost); "
              f"branches: {sum(map(len, branches.values()))}, twin branches: {len(twin_branches)} groups "
              f"({sum(cost_equal(g, cost) for g in twin_branches)} of equal cost)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
