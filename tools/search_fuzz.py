#!/usr/bin/env python3
"""Fuzz the search: random DAGs under every test cost model and random search options, its claims
checked against exhaustive optima (`tests/search_oracle.py`).

Usage: python tools/search_fuzz.py --seeds 0:2000 [--shape small|large|lanes] [--jobs 2]
                                   [--json build/search-fuzz.json]

Shapes: `small`, DAGs of 7-11 dispatches; `large`, of 12-18 (`--large` says the same); `lanes`,
of 25-40 dispatches in 2-4 lanes that exchange tensors, mostly one block over 24 dispatches.

Graph k is built from seed k alone, so a failure reruns alone with --seeds k:k+1. Prints each
problem as it is found and a summary; exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the oracle and the test cost models

from search_oracle import SHAPES, check_seed  # noqa: E402

from iops_mlir.files import write_atomic  # noqa: E402


def seed_range(text: str) -> range:
    first, _, last = text.partition(":")
    try:
        seeds = range(int(first), int(last))
    except ValueError:
        seeds = range(0)
    if not seeds:
        raise argparse.ArgumentTypeError(f"--seeds takes FIRST:END with END above FIRST (END excluded), e.g. "
                                         f"0:500, not {text!r}")
    return seeds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=seed_range, default=range(0, 200), help="FIRST:END, END excluded")
    parser.add_argument("--shape", choices=SHAPES, default="small", help="the graphs drawn (see above)")
    parser.add_argument("--large", action="store_const", const="large", dest="shape", help="--shape large")
    parser.add_argument("--jobs", type=int, default=2, help="graphs checked in parallel")
    parser.add_argument("--json", type=Path, help="write the summary here")
    args = parser.parse_args()
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    rows = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        checks = pool.map(partial(check_seed, shape=args.shape), args.seeds, chunksize=4)
        for found in tqdm(checks, total=len(args.seeds), desc="search fuzz", unit="graph", file=sys.stderr):
            for problem in found.problems:
                tqdm.write(f"PROBLEM {problem}", file=sys.stderr)
            rows.append(found)
    summary = {"seeds": [args.seeds.start, args.seeds.stop], "shape": args.shape, "graphs": len(rows),
               "dispatches": [min(r.dispatches for r in rows), max(r.dispatches for r in rows)] if rows else None,
               "checked": sum(r.checked for r in rows), "proven": sum(r.proven for r in rows),
               "budget_rounds": sum(r.budget_rounds for r in rows),
               "stage_covered": sum(r.stage_covered for r in rows),
               "failed_graphs": [r.seed for r in rows if r.problems],
               "problems": [p for r in rows for p in r.problems]}
    print(f"{summary['graphs']} graphs, {summary['checked']} searches checked ({summary['proven']} claimed optimal, "
          f"{summary['budget_rounds']} holding a choice of waves to the memory budget, "
          f"{summary['stage_covered']} running the stage cover): "
          f"{len(summary['failed_graphs'])} graphs with problems")
    if args.json:
        text = json.dumps(summary, indent=1) + "\n"
        write_atomic(args.json, lambda tmp: tmp.write_text(text))
    return 1 if summary["failed_graphs"] else 0


if __name__ == "__main__":
    sys.exit(main())
