"""The shipped prediction against the bench, as measured and at the bench's speed, over saved benches.

A compile predicts its output in the machine's speed of that moment; a bench minutes or hours
later meets another (on the 2-core VM, up to 2x either way). `bench.speed_since_compile` reads
the change on IREE's orders that the compile timed too, other than the shipped file; this
reads saved bench documents and reports, per row, the shipped prediction's error against the
bench's median as it stands and at the bench's speed, and how many of each were within 5% and
10%, over all rows and over those whose IREE orders changed speed together (within
`bench.ORDERS_AGREE_WITHIN` of each other: one speed of the machine):

    python tools/speed_since_compile.py benchmarks/results/closed-loop/llvm-cpu-ten*.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from iops_mlir import bench


def rows(paths: list[Path]) -> list[tuple[str, str, float, dict]]:
    """(file, model, error as measured, `speed_since_compile`) of every row with a shipped prediction
    and a speed."""
    found = []
    for path in paths:
        try:
            doc = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        for row in doc.get("results", []) if isinstance(doc, dict) else []:
            predicted = (row.get("shipped") or {}).get("predicted_us")
            if not predicted or "iops" not in row.get("variants", {}):
                continue
            speed = bench.speed_since_compile(row)
            if speed is not None and speed["error_at_bench_speed"] is not None:
                found.append((path.name, row["model"], predicted / (bench.program_median_ms(row, "iops") * 1e3) - 1,
                              speed))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", nargs="+", type=Path)
    args = parser.parse_args(argv)
    found = rows(args.documents)
    if not found:
        print("no row with a shipped prediction and IREE's orders timed by both the compile and the bench",
              file=sys.stderr)
        return 1
    print("| document | model | speed since compile | orders apart | error | at the bench's speed |\n"
          "|---|---|---|---|---|---|")
    for name, model, error, speed in found:
        print(f"| {name} | {model} | x{speed['ratio']:.3f} | x{bench.orders_spread(speed):.3f} | {error:+.1%} | "
              f"{speed['error_at_bench_speed']:+.1%} |")
    for size, rows_of_size in (("all rows", found),
                               ("full size", [r for r in found if not r[1].endswith("_small")]),
                               ("--small", [r for r in found if r[1].endswith("_small")])):
        if rows_of_size and (size == "all rows" or len(rows_of_size) < len(found)):
            print(f"\n{size}:", end="")
            _summary(rows_of_size)
    return 0


def _summary(found: list[tuple[str, str, float, dict]]) -> None:
    """How many errors were within 5% and 10%: as measured, at the bench's speed, and at it where
    IREE's orders changed speed together."""
    together = [row for row in found if bench.orders_spread(row[3]) <= bench.ORDERS_AGREE_WITHIN]
    for label, errors in (("as measured", [e for _, _, e, _ in found]),
                          ("at the bench's speed", [s["error_at_bench_speed"] for *_, s in found]),
                          (f"at the bench's speed, IREE's orders within x{bench.ORDERS_AGREE_WITHIN:.2f} of each other",
                           [s["error_at_bench_speed"] for *_, s in together])):
        if not errors:
            continue
        within = {bound: sum(abs(e) <= bound for e in errors) for bound in (0.05, 0.10)}
        print(f"\n  {label}: {within[0.05]} of {len(errors)} within 5%, {within[0.10]} within 10%, "
              f"largest {max(errors, key=abs):+.1%}", end="")
    print()


if __name__ == "__main__":
    raise SystemExit(main())
