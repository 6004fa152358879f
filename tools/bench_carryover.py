"""How much each timed call of a bench paid for the call before it.

    python tools/bench_carryover.py benchmarks/results/llvm-cpu-shuffled-run4.json

Rebuilds the order in which `iops-mlir bench` called the variants (the Williams order of
`timing.interleaved`, or for documents written before it, the shuffled order it had then:
`random.Random(0).shuffle` of the variant list each round) and prints, per model and variant,
the median of the samples taken right after torch eager against the median of the rest, and
the ratio to IREE's default using only the samples that did not follow torch eager.
Only the JSON is read; nothing is run.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from pathlib import Path

from iops_mlir import timing

TORCH = "torch-eager"


def call_orders(doc: dict, names: list[str]) -> list[list[str]]:
    """The variant order of each round, as the bench that wrote `doc` ran it."""
    rounds = doc["repetitions"]
    if doc.get("order") == "williams":
        orders = timing.williams_orders(len(names))
        return [[names[i] for i in orders[r % len(orders)]] for r in range(rounds)]
    rng, current, result = random.Random(0), list(names), []
    for _ in range(rounds):
        rng.shuffle(current)
        result.append(list(current))
    return result


def predecessors(orders: list[list[str]]) -> dict[str, list[str]]:
    """For each variant, the variant called just before each of its timed calls (the last call
    of the previous round for the first in a round; None for the very first)."""
    before: dict[str, list[str]] = {name: [] for name in orders[0]}
    previous = None
    for order in orders:
        for name in order:
            before[name].append(previous)
            previous = name
    return before


def report(doc: dict) -> str:
    lines = [f"{doc['repetitions']} rounds, order: {doc.get('order', 'shuffled')}, "
             f"re-warm calls: {doc.get('rewarm', 0)}"]
    for row in doc["results"]:
        variants = row["variants"]
        before = predecessors(call_orders(doc, list(variants)))
        clean = {name: [s for s, p in zip(v["samples_ms"], before[name]) if p != TORCH]
                 for name, v in variants.items()}
        base = statistics.median(clean["iree-min-peak-memory"])
        lines.append(f"{row['model']}:")
        for name, v in variants.items():
            if name == TORCH:
                continue
            after = [s for s, p in zip(v["samples_ms"], before[name]) if p == TORCH]
            after_text = f"{statistics.median(after):8.2f} ms (n={len(after):2d})" if after else "   -"
            lines.append(f"  {name:22s} after torch {after_text}   otherwise "
                         f"{statistics.median(clean[name]):8.2f} ms (n={len(clean[name]):2d})   "
                         f"ratio to IREE default, otherwise-samples: {statistics.median(clean[name]) / base:.3f}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench_json", type=Path)
    args = parser.parse_args()
    print(report(json.loads(args.bench_json.read_text())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
