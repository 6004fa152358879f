#!/usr/bin/env python3
"""Per-model report: dispatches, IREE's wave count vs asap's, compile times, torch check,
and whether the CUDA target compiles. Writes a markdown table and a JSON file.

Usage: python tools/zoo_report.py [--small] [--models a,b] [--out build/zoo_report]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import torch

from iops_mlir import driver, models, runner
from iops_mlir.options import CompileOptions
from iops_mlir.errors import IopsError
from iops_mlir.waves import cmd_waves


def compile_one(name, module, inputs, scheduler, target, out: Path) -> dict:
    start = time.monotonic()
    result = driver.compile_module(module, inputs, model=name, options=CompileOptions(
        scheduler=scheduler, target=target, output=out / f"{scheduler}.{target}.vmfb",
        dump_dir=out / f"{scheduler}.{target}", quiet=True))
    seconds = time.monotonic() - start
    report = result.report
    variant_dir = report.replacements.dir if report.replacements else "."
    stream = (out / f"{scheduler}.{target}" / variant_dir / "stream.mlir").read_text()
    multi = [sorted(s) for s in report.stages if len(s) > 1]
    return {"seconds": round(seconds, 1), "dispatches": report.num_dispatches,
            "waves": report.num_waves, "stages": report.num_stages,
            "waves_match_stream_ir": [sorted(w) for w in cmd_waves(stream) if len(w) > 1] == multi,
            "fallback": report.compile_fallback is not None,
            "output": result.output}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--models", default=",".join(models.names()))
    parser.add_argument("--out", type=Path, default=Path("build/zoo_report"))
    parser.add_argument("--schedulers", default="iree,asap,sequential",
                        help="llvm-cpu schedulers to compile, run and check (iree and asap required)")
    args = parser.parse_args()
    rows = []
    for name in args.models.split(","):
        module, inputs = models.build(name, small=args.small)
        out = args.out / (f"{name}_small" if args.small else name)
        out.mkdir(parents=True, exist_ok=True)
        with torch.no_grad():
            reference = [module(*inputs).numpy()]
        row = {"model": name, "small": args.small}
        for scheduler in args.schedulers.split(","):
            print(f"{name}: {scheduler} (llvm-cpu)", file=sys.stderr, flush=True)
            info = compile_one(name, module, inputs, scheduler, "llvm-cpu", out)
            fn = runner.load_function(info.pop("output"), "local-task")
            cmp = runner.compare(runner.run(fn, [t.numpy() for t in inputs]), reference)
            info["max_abs_error"], info["max_rel_error"] = cmp.max_abs, cmp.max_rel
            row[scheduler] = info
        print(f"{name}: asap (cuda, compile only)", file=sys.stderr, flush=True)
        try:
            info = compile_one(name, module, inputs, "asap", "cuda", out)
            info.pop("output")
            row["cuda_asap"] = info | {"compiled": True}
        except IopsError as e:
            row["cuda_asap"] = {"compiled": False, "error": str(e)[:300]}
        rows.append(row)
        (args.out / "report.json").write_text(json.dumps(rows, indent=1))
    lines = ["| model | dispatches | IREE waves | asap waves (stages) | compile s (asap, llvm-cpu) | "
             "max abs err asap / seq | waves match stream IR | CUDA compiles (s) |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        cuda = r["cuda_asap"]
        seq_err = f"{r['sequential']['max_abs_error']:.1e}" if "sequential" in r else "-"
        waves_ok = all(r[s]["waves_match_stream_ir"] for s in args.schedulers.split(","))
        cuda_cell = f"yes ({cuda['seconds']})" if cuda["compiled"] else "NO"
        lines.append(
            f"| {r['model']}{' (small)' if r['small'] else ''} | {r['asap']['dispatches']} | "
            f"{r['iree']['waves']} | {r['asap']['waves']} ({r['asap']['stages']}) | {r['asap']['seconds']} | "
            f"{r['asap']['max_abs_error']:.1e} / {seq_err} | {waves_ok} | {cuda_cell} |")
    table = "\n".join(lines)
    (args.out / "report.md").write_text(table + "\n")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
