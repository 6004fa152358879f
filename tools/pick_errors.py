#!/usr/bin/env python3
"""How the closed loop's predictions of the search's picks compared with their timing.

Usage: python tools/pick_errors.py RESULT.json... [--json out.json]

Each argument is a JSON file that holds closed-loop candidates: a compile's `schedule.json`, a
`tools/compile_check.py --json` file, or an `iops-mlir bench --json` file. Every candidate of the
search (a scheduler named `iops...`: a pick, a second-round pick, a pick under other code) with
both a prediction, made before it was first timed, and its timed median is listed once per
file, with error = predicted / measured - 1. A pick is the schedule the search found fastest
under the model, so where the model's errors favour some schedules the pick is the one they
favour most, and its prediction errs low more often than high: the summary says how often and
by how much.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Iterator
from pathlib import Path


OUTPUT_KEY = "pick_errors"


def picks(data: object, model: str | None = None) -> Iterator[dict]:
    """Every search candidate in `data` with a prediction and a timing, with the model named by
    the nearest enclosing object that names one."""
    if isinstance(data, list):
        for item in data:
            yield from picks(item, model)
        return
    if not isinstance(data, dict):
        return
    model = data["model"] if isinstance(data.get("model"), str) else model
    scheduler, predicted, measured = data.get("scheduler"), data.get("predicted_us"), data.get("measured_us")
    if (isinstance(scheduler, str) and scheduler.startswith("iops") and isinstance(predicted, (int, float))
            and isinstance(measured, (int, float)) and predicted > 0 and measured > 0):
        yield {"model": model, "scheduler": scheduler, "predicted_us": float(predicted),
               "measured_us": float(measured), "error": round(predicted / measured - 1, 4)}
    for value in data.values():
        yield from picks(value, model)


def file_picks(path: Path) -> list[dict]:
    """The picks of one file, each once (a bench file repeats a candidate in several sections);
    none from this tool's own output (`OUTPUT_KEY`), which would count every pick twice."""
    data = json.loads(path.read_text())
    if isinstance(data, dict) and OUTPUT_KEY in data:
        return []
    seen, rows = set(), []
    for row in picks(data):
        key = (row["model"], row["scheduler"], round(row["predicted_us"], 1), round(row["measured_us"], 1))
        if key not in seen:
            seen.add(key)
            rows.append({"file": str(path), **row})
    return rows


def summary(errors: list[float]) -> str:
    low = sum(e < 0 for e in errors)
    quartiles = statistics.quantiles(errors, n=4) if len(errors) > 1 else errors * 3
    return (f"{len(errors)} picks: {low} predicted faster than they timed, {len(errors) - low} slower; median error "
            f"{100 * statistics.median(errors):+.1f}% (quartiles {100 * quartiles[0]:+.1f}% and "
            f"{100 * quartiles[2]:+.1f}%); within 5%: {sum(abs(e) <= 0.05 for e in errors)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = [row for path in args.files for row in file_picks(path)]
    if not rows:
        print("No search candidate with a prediction and a timing in these files.", file=sys.stderr)
        return 1
    print("| file | model | pick | predicted us | timed us | error |")
    print("|---|---|---|---:|---:|---:|")
    for r in rows:
        print(f"| {Path(r['file']).name} | {r['model'] or '-'} | {r['scheduler']} | {r['predicted_us']:.1f} | "
              f"{r['measured_us']:.1f} | {100 * r['error']:+.1f}% |")
    print(f"\n{summary([r['error'] for r in rows])}.")
    if args.json:
        args.json.write_text(json.dumps({OUTPUT_KEY: rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
