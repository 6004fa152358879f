"""How far apart a bench puts one program timed in two slots, by each way of taking a ratio.

Where iops ships one of IREE's orders, the bench times that very file twice (`iops` and the
order's slot), so the true ratio of the two slots is 1 and whatever a ratio says beyond that is
the bench's error. This reads saved bench documents and reports, over every such pair, how far
from 1 the ratio of the slots' medians and the paired ratio (`timing.paired_ratio`, the median
of each round's ratio) came.

    python tools/same_file_ratios.py benchmarks/results/*.json benchmarks/results/*/*.json
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from pathlib import Path

from iops_mlir import timing


def same_file_pairs(paths: list[Path]) -> list[tuple[str, str, list[float], list[float]]]:
    """(file, model, iops's samples, the same file's other slot's samples), each pair once."""
    found, seen = [], set()
    for path in paths:
        try:
            doc = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("results"), list):
            continue
        for row in doc["results"]:
            variants = row.get("variants") or {}
            for other in row.get("iops_same_file_as") or []:
                mine, theirs = (variants.get(v, {}).get("samples_ms") for v in ("iops", other))
                if not mine or not theirs or len(mine) != len(theirs):
                    continue
                key = (tuple(mine), tuple(theirs))
                if key not in seen:  # a document copied under two names counts once
                    seen.add(key)
                    found.append((path.name, row["model"], mine, theirs))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", nargs="+", type=Path, help="bench JSON documents")
    parser.add_argument("--off", type=float, default=0.02, help="count ratios further than this from 1 (0.02)")
    args = parser.parse_args()
    pairs = same_file_pairs(args.documents)
    if not pairs:
        sys.exit("No bench document given holds a program timed in two slots (iops_same_file_as).")
    ways = {"ratio of medians": lambda a, b: statistics.median(a) / statistics.median(b),
            "paired ratio": timing.paired_ratio}
    print(f"{len(pairs)} programs timed in two slots of one bench (true ratio 1)")
    for name, ratio in ways.items():
        errors = sorted(abs(math.log(ratio(a, b))) for _, _, a, b in pairs)
        beyond = sum(e > math.log(1 + args.off) for e in errors)
        print(f"{name:17s} mean |log ratio| {statistics.fmean(errors):.4f}, median {statistics.median(errors):.4f}, "
              f"largest {math.expm1(errors[-1]):.1%} off 1; more than {args.off:.0%} off in {beyond}")


if __name__ == "__main__":
    main()
