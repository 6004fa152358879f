#!/usr/bin/env python3
"""Fuzz the schedulers with random torch models: every schedule must compute what IREE computes.

Usage: python tools/fuzz.py --n 300 --seed 0 [--jobs 2] [--out build/fuzz] [--max-nodes 12]

Graph k uses seed S+k for its structure, weights and input, so any failure reruns alone
with --n 1 --seed S+k. Each failure leaves OUT/failures/seed_K.py (a reproducer for
`iops-mlir check --module seed_K.py:build`) and seed_K.json (spec and messages).
Writes OUT/summary.json; exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from tqdm import tqdm

from iops_mlir import fuzzing
from iops_mlir.fuzz_check import SCHEDULERS, check, target_flags


def one(seed: int, out: str, max_nodes: int) -> dict:
    """Generate and check graph `seed` in its own folder; keep the folder only on failure."""
    spec = fuzzing.random_spec(random.Random(seed).randint, max_nodes=max_nodes)
    work = Path(out) / "work" / f"seed_{seed}"
    start = time.monotonic()
    try:
        result = check(spec, seed, work)
        failures, checked = result.failures, result.checked
        dispatches, replacements = result.dispatches, result.replacements
    except Exception as e:  # a crash is a finding too
        failures, checked, dispatches, replacements = [f"crash: {type(e).__name__}: {e}"], [], 0, 0
    if failures:
        fail_dir = Path(out) / "failures"
        fail_dir.mkdir(parents=True, exist_ok=True)
        (fail_dir / f"seed_{seed}.py").write_text(fuzzing.reproducer_source(spec, seed))
        (fail_dir / f"seed_{seed}.json").write_text(json.dumps({"seed": seed, "spec": spec,
                                                                "failures": failures}, indent=1))
    else:
        shutil.rmtree(work, ignore_errors=True)
    return {"seed": seed, "dispatches": dispatches, "replacements": replacements, "checked": checked,
            "failures": failures, "seconds": round(time.monotonic() - start, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20, help="graphs to check")
    parser.add_argument("--seed", type=int, default=0, help="seed of the first graph")
    parser.add_argument("--jobs", type=int, default=2, help="graphs checked in parallel")
    parser.add_argument("--max-nodes", type=int, default=12, help="most ops per random graph")
    parser.add_argument("--out", type=Path, default=Path("build/fuzz"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    seeds = range(args.seed, args.seed + args.n)
    rows = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(one, s, str(args.out), args.max_nodes) for s in seeds]
        for future in tqdm(futures, desc="fuzzing", unit="graph", file=sys.stderr):
            rows.append(future.result())
    failed = [r for r in rows if r["failures"]]
    summary = {
        "graphs": len(rows), "failed": len(failed), "seed": args.seed, "schedulers": list(SCHEDULERS),
        "dispatches": {"min": min((r["dispatches"] for r in rows), default=0),
                       "max": max((r["dispatches"] for r in rows), default=0),
                       "total": sum(r["dispatches"] for r in rows)},
        "graphs_with_replacements": sum(1 for r in rows if r["replacements"]),
        "compiled_variants": sum(len(r["checked"]) for r in rows),
        # What the default compile's closed loop shipped, over the graphs: every one checked bitwise.
        "closed_loop_shipped": dict(sorted(Counter(c.split(":", 1)[1] for r in rows for c in r["checked"]
                                                   if c.startswith("closed-loop:")).items())),
        "flags": target_flags(), "results": rows,
    }
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n")
    print(f"{len(rows)} graphs ({summary['dispatches']['min']}-{summary['dispatches']['max']} dispatches), "
          f"{summary['compiled_variants']} compiled variants checked, "
          f"{summary['graphs_with_replacements']} with replacement rules firing: {len(failed)} failed")
    for r in failed:
        print(f"  seed {r['seed']}: {r['failures'][0]}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
