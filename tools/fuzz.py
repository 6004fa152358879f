#!/usr/bin/env python3
"""Fuzz the schedulers with random torch models: every schedule must compute what IREE computes.

Usage: python tools/fuzz.py --n 300 --seed 0 [--jobs 2] [--out build/fuzz] [--max-nodes 12]

Graph k uses seed S+k for its structure, weights and input, so any failure reruns alone
with --n 1 --seed S+k. Each failure leaves OUT/failures/seed_K.py (a reproducer for
`iops-mlir check --module seed_K.py:build`) and seed_K.json (spec and messages).
Each finished graph is appended to OUT/results.jsonl, so an interrupted run keeps what it
checked and the same command resumes it; OUT/summary.json covers every graph checked so far
(every 10 graphs and at the end). Exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from collections import Counter
import subprocess
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from tqdm import tqdm

from iops_mlir import fuzzing
from iops_mlir.files import write_atomic
from iops_mlir.fuzz_check import SCHEDULERS, check, target_flags


def one(seed: int, out: str, max_nodes: int) -> dict:
    """Generate and check graph `seed` in its own folder; keep the folder only on failure."""
    spec = fuzzing.random_spec(random.Random(seed).randint, max_nodes=max_nodes)
    work = Path(out) / "work" / f"seed_{seed}"
    start = time.monotonic()
    try:
        result = check(spec, seed, work)
        failures, checked = result.failures, result.checked
        dispatches, replacements, largest = result.dispatches, result.replacements, result.largest_block
    except Exception as e:  # a crash is a finding too
        failures, checked, dispatches, replacements, largest = [f"crash: {type(e).__name__}: {e}"], [], 0, 0, 0
    if failures:
        fail_dir = Path(out) / "failures"
        fail_dir.mkdir(parents=True, exist_ok=True)
        (fail_dir / f"seed_{seed}.py").write_text(fuzzing.reproducer_source(spec, seed))
        (fail_dir / f"seed_{seed}.json").write_text(json.dumps({"seed": seed, "spec": spec,
                                                                "failures": failures}, indent=1))
    else:
        shutil.rmtree(work, ignore_errors=True)
    return {"seed": seed, "dispatches": dispatches, "largest_block": largest, "replacements": replacements,
            "checked": checked, "failures": failures, "seconds": round(time.monotonic() - start, 2)}


def code_version() -> str:
    """The commit the package was checked out at ("+modified" when the work tree differs), so rows of
    one run resumed later can be shown to come from the same code."""
    def git(*argv: str) -> str:
        proc = subprocess.run(["git", *argv], capture_output=True, text=True, cwd=Path(__file__).parent)
        return proc.stdout.strip() if proc.returncode == 0 else ""
    commit = git("rev-parse", "HEAD")
    if not commit:
        return "unknown"
    return commit + ("+modified" if git("status", "--porcelain", "--untracked-files=no", "iops_mlir") else "")


def summarize(rows: list[dict], first_seed: int) -> dict:
    """The run's summary: counts over every graph checked so far, and every row."""
    rows = sorted(rows, key=lambda r: r["seed"])
    return {
        "graphs": len(rows), "failed": sum(1 for r in rows if r["failures"]), "seed": first_seed,
        "schedulers": list(SCHEDULERS), "code": sorted({r.get("code", "unknown") for r in rows}),
        "dispatches": {"min": min((r["dispatches"] for r in rows), default=0),
                       "max": max((r["dispatches"] for r in rows), default=0),
                       "total": sum(r["dispatches"] for r in rows)},
        "graphs_with_replacements": sum(1 for r in rows if r["replacements"]),
        # A block over a part's 32 dispatches is priced by the cover, and searched in parts and
        # windows where its whole search does not prove it; rows from before this was recorded
        # are not counted.
        "graphs_with_a_block_over_32": sum(1 for r in rows if r.get("largest_block", 0) > 32),
        "compiled_variants": sum(len(r["checked"]) for r in rows),
        # What the default compile's closed loop shipped, over the graphs: every one checked bitwise.
        "closed_loop_shipped": dict(sorted(Counter(c.split(":", 1)[1] for r in rows for c in r["checked"]
                                                   if c.startswith("closed-loop:")).items())),
        # The same under a memory budget below every IREE order's allocation (`fuzz_check.BUDGET_EVERY`).
        "budget_closed_loop_shipped": dict(sorted(Counter(c.split(":", 1)[1] for r in rows for c in r["checked"]
                                                          if c.startswith("budget-closed-loop:")).items())),
        "flags": target_flags(), "results": rows,
    }


def write_summary(out: Path, summary: dict) -> None:
    write_atomic(out / "summary.json", lambda tmp: tmp.write_text(json.dumps(summary, indent=1) + "\n"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20, help="graphs to check")
    parser.add_argument("--seed", type=int, default=0, help="seed of the first graph")
    parser.add_argument("--jobs", type=int, default=2, help="graphs checked in parallel")
    parser.add_argument("--max-nodes", type=int, default=12, help="most ops per random graph")
    parser.add_argument("--out", type=Path, default=Path("build/fuzz"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    # Every finished graph is appended to results.jsonl at once, so a run stopped part-way keeps
    # its results, and the same command later checks only the seeds still missing.
    journal = args.out / "results.jsonl"
    done = {}
    if journal.exists():
        for line in journal.read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                done[row["seed"]] = row
    seeds = [s for s in range(args.seed, args.seed + args.n) if s not in done]
    rows = [done[s] for s in range(args.seed, args.seed + args.n) if s in done]
    if rows:
        print(f"resuming: {len(rows)} graphs already checked in {journal}", file=sys.stderr)
    code = code_version()
    with ProcessPoolExecutor(max_workers=args.jobs) as pool, journal.open("a") as sink:
        futures = [pool.submit(one, s, str(args.out), args.max_nodes) for s in seeds]
        for future in tqdm(as_completed(futures), total=len(futures), desc="fuzzing", unit="graph",
                           file=sys.stderr):
            row = {**future.result(), "code": code}
            rows.append(row)
            sink.write(json.dumps(row) + "\n")
            sink.flush()
            if len(rows) % 10 == 0:
                write_summary(args.out, summarize(rows, args.seed))
    summary = summarize(rows, args.seed)
    write_summary(args.out, summary)
    failed = [r for r in summary["results"] if r["failures"]]
    print(f"{len(rows)} graphs ({summary['dispatches']['min']}-{summary['dispatches']['max']} dispatches), "
          f"{summary['compiled_variants']} compiled variants checked, "
          f"{summary['graphs_with_replacements']} with replacement rules firing: {len(failed)} failed")
    for r in failed:
        print(f"  seed {r['seed']}: {r['failures'][0]}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
