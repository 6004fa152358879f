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

It also sets each pick's predicted gain beside its timed gain over the program its prediction
scaled (`predicted_from`; in files from before that was recorded, the fastest candidate timed
before it, or for a pick under other code, that code's program of the winner's waves): timed in
the same rounds where the compile did so (`against_predicted_from`), else through the two
candidates' timings.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable, Iterator
from pathlib import Path


OUTPUT_KEY = "pick_errors"


def _objects(data: object, model: str | None = None) -> Iterator[tuple[dict, str | None]]:
    """Every JSON object in `data`, with the model named by the nearest enclosing object that names one."""
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, model)
        return
    if not isinstance(data, dict):
        return
    model = data["model"] if isinstance(data.get("model"), str) else model
    yield data, model
    for value in data.values():
        yield from _objects(value, model)


def _timed(candidate: dict) -> bool:
    return isinstance(candidate.get("measured_us"), (int, float)) and candidate["measured_us"] > 0


def _is_pick(candidate: object) -> bool:
    """A search candidate (`iops...`) with a prediction and a timing."""
    return (isinstance(candidate, dict) and isinstance(candidate.get("scheduler"), str)
            and candidate["scheduler"].startswith("iops") and _timed(candidate)
            and isinstance(candidate.get("predicted_us"), (int, float)) and candidate["predicted_us"] > 0)


def picks(data: object) -> Iterator[dict]:
    """Every search candidate in `data` with a prediction and a timing, with its model."""
    for found, model in _objects(data):
        if _is_pick(found):
            predicted, measured = float(found["predicted_us"]), float(found["measured_us"])
            yield {"model": model, "scheduler": found["scheduler"], "predicted_us": predicted,
                   "measured_us": measured, "error": round(predicted / measured - 1, 4)}


def _reference(candidates: list[dict], index: int) -> dict | None:
    """The candidate whose timing the prediction of `candidates[index]` scaled."""
    pick, before = candidates[index], [c for c in candidates[:index] if isinstance(c, dict) and _timed(c)]
    if isinstance(pick.get("predicted_from"), str):
        return next((c for c in before if c.get("scheduler") == pick["predicted_from"]), None)
    if pick.get("code") is not None:  # the code's program of the winner's waves
        same = [c for c in before if c.get("code") == pick["code"] and c.get("waves_of")]
        return same[-1] if same else None
    return min(before, key=lambda c: c["measured_us"], default=None)


def _code(pick: dict) -> str:
    """The code a pick was compiled with: its `code`, or in files from before that was recorded,
    the name's (a code's pick is `iops-CODE`, the default code's `iops` or `iops-ROUND`)."""
    if isinstance(pick.get("code"), str):
        return pick["code"]
    suffix = pick["scheduler"].removeprefix("iops").removeprefix("-")
    return "default" if suffix == "" or suffix.isdigit() else suffix


def gains(data: object) -> Iterator[dict]:
    """Every pick of a closed loop in `data` with its predicted and timed gain over its reference."""
    for found, model in _objects(data):
        loop = found.get("closed_loop")
        candidates = loop.get("candidates") if isinstance(loop, dict) else None
        for i, pick in enumerate(candidates if isinstance(candidates, list) else []):
            reference = _reference(candidates, i) if _is_pick(pick) else None
            if reference is None:
                continue
            direct = pick.get("against_predicted_from")
            timed = direct["ratio"] if isinstance(direct, dict) else pick["measured_us"] / reference["measured_us"]
            yield {"model": model, "scheduler": pick["scheduler"], "code": _code(pick),
                   "reference": reference["scheduler"],
                   "predicted_gain": round(1 - pick["predicted_us"] / reference["measured_us"], 4),
                   "timed_gain": round(1 - timed, 4), "same_rounds": isinstance(direct, dict)}


def _file_rows(path: Path, rows_of: Callable[[object], Iterator[dict]], key: tuple[str, ...]) -> list[dict]:
    """The rows of one file, each once (a bench file repeats a candidate in several sections);
    none from this tool's own output (`OUTPUT_KEY`), which would count every pick twice."""
    data = json.loads(path.read_text())
    if isinstance(data, dict) and OUTPUT_KEY in data:
        return []
    seen, rows = set(), []
    for row in rows_of(data):
        identity = tuple(round(row[k], 1) if isinstance(row[k], float) and k.endswith("_us") else row[k] for k in key)
        if identity not in seen:
            seen.add(identity)
            rows.append({"file": str(path), **row})
    return rows


def file_picks(path: Path) -> list[dict]:
    """The picks of one file, each once."""
    return _file_rows(path, picks, ("model", "scheduler", "predicted_us", "measured_us"))


def file_gains(path: Path) -> list[dict]:
    """The gains of one file's picks, each once."""
    return _file_rows(path, gains, ("model", "scheduler", "predicted_gain", "timed_gain"))


def gain_summary(rows: list[dict]) -> str:
    predicted = [r["predicted_gain"] for r in rows]
    timed = [r["timed_gain"] for r in rows]
    spread = sum(p * p for p in predicted)
    scale = f"{sum(p * t for p, t in zip(predicted, timed)) / spread:.2f}" if spread > 0 else "-"
    return (f"{len(rows)} picks against the program each was predicted from: median predicted gain "
            f"{100 * statistics.median(predicted):+.1f}%, median timed gain {100 * statistics.median(timed):+.1f}%; "
            f"timed = {scale} x predicted (least squares through zero); timed in the same rounds: "
            f"{sum(r['same_rounds'] for r in rows)}")


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
    gained = [row for path in args.files for row in file_gains(path)]
    if gained:
        print("\n| file | model | pick | predicted from | predicted gain | timed gain |")
        print("|---|---|---|---|---:|---:|")
        for r in gained:
            mark = " (same rounds)" if r["same_rounds"] else ""
            print(f"| {Path(r['file']).name} | {r['model'] or '-'} | {r['scheduler']} | {r['reference']} | "
                  f"{100 * r['predicted_gain']:+.1f}% | {100 * r['timed_gain']:+.1f}%{mark} |")
        print(f"\n{gain_summary(gained)}.")
        for code in sorted({r["code"] for r in gained}):
            print(f"- {code} code: {gain_summary([r for r in gained if r['code'] == code])}.")
    if args.json:
        args.json.write_text(json.dumps({OUTPUT_KEY: rows, "gains": gained}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
