#!/usr/bin/env python3
"""The markdown table of a `tools/compile_times.sh` run: per model, the seconds of IREE's order
through the pipeline and of the default compile at both checkouts, their ratios, what each
default compile shipped, its search's and IOS's DP seconds, and the first search's bar.

Usage: python tools/compile_times_table.py OUT   (OUT as given to compile_times.sh)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def read_times(out: Path) -> dict[tuple[str, str], float]:
    """Seconds by (model, variant) from OUT/times.txt; the last line of each pair counts."""
    times = {}
    for line in (out / "times.txt").read_text().splitlines():
        model, variant, rc, seconds, _ = line.split()
        if rc == "rc=0":
            times[(model, variant)] = float(seconds.split("=")[1])
    return times


def report(out: Path, model: str, variant: str) -> dict:
    return json.loads((out / f"{model}-{variant}" / "schedule.json").read_text())


def shipped(r: dict) -> str:
    s = r.get("shipped") or {}
    return f"{s.get('scheduler')} {s['measured_us']:.0f} us" if s.get("measured_us") else str(s.get("scheduler"))


def searched(r: dict) -> str:
    """The search's and IOS's DP seconds, or 'skipped'."""
    if r.get("search_skipped"):
        return "skipped"
    ios = r.get("ios", {}).get("seconds")
    return f"{r['search']['seconds']:.1f} + {ios:.1f}" if ios is not None else f"{r['search']['seconds']:.1f}"


def first_bar(r: dict) -> str:
    bar = r.get("search", {}).get("first_bar")
    if bar is None:
        return "-"
    return (f"{bar['bound_us']:.0f} {'>=' if bar['reached'] else '<'} {bar['bar_us']:.0f} "
            f"({bar['fastest']}, margin {bar['margin']:.1%})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    out = parser.parse_args().out
    times = read_times(out)
    models = list(dict.fromkeys(m for m, _ in times))
    print("| model | IREE order s | default s, before | default s, after | before / IREE order | "
          "after / IREE order | after / before | shipped, before | shipped, after | search + IOS DP s, before "
          "| search + IOS DP s, after | first bar: bound vs bar, us of stages (fastest order, margin) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for m in models:
        if not all((m, v) in times for v in ("iree", "before", "after")):
            continue
        iree, before, after = times[(m, "iree")], times[(m, "before")], times[(m, "after")]
        old, new = report(out, m, "before"), report(out, m, "after")
        print(f"| {m} | {iree:.1f} | {before:.1f} | {after:.1f} | {before / iree:.2f} | {after / iree:.2f} | "
              f"{after / before:.2f} | {shipped(old)} | {shipped(new)} | {searched(old)} | {searched(new)} | "
              f"{first_bar(new)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
