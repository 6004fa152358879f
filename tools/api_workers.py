#!/usr/bin/env python3
"""Models compiled through the Python API, called with the runtime flags their compile advised
against the same program on the target's flags, in one process.

Usage: python tools/api_workers.py seg.py:build attn.py:build [--repetitions 40] [--calls 50]
                                   [--work-dir build/api_workers] [--json api_workers.json]

Each `FILE.py:NAME` (as `--module` takes it) is compiled with `iops_mlir.compile` (the default
closed loop, which times the output on fewer workers and advises them where surely faster), then
called through two `CompiledModel`s of the same file: the one `compile` returns (its
`runtime_flags`) and one with the target's flags. The two are timed interleaved
(`timing.interleaved`, `--calls` calls a sample), as a user's loop would call them, Python
around the program included. Prints a Markdown table: the flags, each median, and the ratio over
paired rounds with its 95% interval.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import iops_mlir
from iops_mlir import frontend, timing
from iops_mlir.api import CompiledModel
from iops_mlir.bench import module_label


def measure(spec: str, work: Path, repetitions: int, calls: int) -> dict:
    """One model: compiled, then both ways of calling it timed interleaved."""
    module, inputs = frontend.load_user_module(spec)
    label = module_label(spec)
    advised = iops_mlir.compile(module, inputs, quiet=True, dump_dir=work / label)
    target = CompiledModel(advised._vmfb, "local-task", advised._in_spec, advised._out_spec, inputs, advised._dump)
    timings = timing.interleaved({"advised": lambda: advised(*inputs), "target": lambda: target(*inputs)},
                                 repetitions=repetitions, calls=calls)
    check = advised.report["runtime"].get("workers_check") or {}
    return {"model": label, "advised_flags": list(advised.runtime_flags or ()),
            "compile_check_median_us": check.get("median_us"),
            "advised_us": round(timings["advised"].median * 1e6, 1),
            "target_us": round(timings["target"].median * 1e6, 1),
            "ratio": round(timing.paired_ratio(timings["advised"].samples, timings["target"].samples), 3),
            "ratio_ci95": [round(x, 3) for x in timing.ratio_interval(timings["advised"].samples,
                                                                      timings["target"].samples)]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="+", metavar="FILE.py:NAME")
    parser.add_argument("--repetitions", type=int, default=40)
    parser.add_argument("--calls", type=int, default=50, help="calls per timed sample")
    parser.add_argument("--work-dir", type=Path, default=Path("build/api_workers"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = [measure(spec, args.work_dir, args.repetitions, args.calls) for spec in args.modules]
    print("| model | advised flags | compile's check (us by workers) | advised us | target's flags us "
          "| advised / target [95%] |")
    print("|---|---|---|---:|---:|---|")
    for r in rows:
        print(f"| {r['model']} | {' '.join(r['advised_flags'])} | {r['compile_check_median_us']} | {r['advised_us']} "
              f"| {r['target_us']} | {r['ratio']} [{r['ratio_ci95'][0]}-{r['ratio_ci95'][1]}] |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n")


if __name__ == "__main__":
    main()
