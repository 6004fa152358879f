#!/usr/bin/env python3
"""The main job, end to end: compile a model with iops-mlir and with IREE's default
ordering, check both against torch, and time them interleaved on the CPU.

Usage: python tools/demo.py [--model inception_v3] [--small] [--repetitions 30]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch

from iops_mlir import driver, models, runner, timing
from iops_mlir.driver import CompileOptions
from iops_mlir.errors import IopsError


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="inception_v3", choices=models.names())
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--scheduler", default="iops")
    parser.add_argument("--repetitions", type=int, default=30)
    parser.add_argument("--out", type=Path, default=Path("build/demo"))
    args = parser.parse_args()
    try:
        module, inputs = models.build(args.model, small=args.small)
        args.out.mkdir(parents=True, exist_ok=True)
        variants = {"iops": args.scheduler, "iree-default": "iree"}
        functions, schedules = {}, {}
        for label, scheduler in variants.items():
            print(f"== compiling {args.model} with scheduler '{scheduler}' ({label})", file=sys.stderr)
            result = driver.compile_module(
                module, inputs, model=args.model,
                options=CompileOptions(scheduler=scheduler, output=args.out / f"{label}.vmfb",
                                       dump_dir=args.out / label))
            functions[label] = runner.load_function(result.output, "local-task")
            schedules[label] = result.schedule
        np_inputs = [t.numpy() for t in inputs]
        with torch.no_grad():
            reference = [module(*inputs).numpy()]
        print(f"\n{args.model}{' (small)' if args.small else ''}, llvm-cpu, device local-task")
        for label, fn in functions.items():
            cmp = runner.compare(runner.run(fn, np_inputs), reference)
            s = schedules[label]
            print(f"  {label:13s} {s['num_dispatches']} dispatches, {s['num_stages']} stages, "
                  f"{s['num_waves']} waves; vs torch: max abs err {cmp.max_abs:.2e}")
        print(f"\ntiming {args.repetitions} interleaved rounds after warm-up ...", file=sys.stderr)
        results = timing.interleaved({k: (lambda f=f: runner.run(f, np_inputs)) for k, f in functions.items()},
                                     repetitions=args.repetitions)
        base = results["iree-default"].median
        print(f"\n  {'variant':13s} {'median ms':>10s} {'IQR ms':>17s} {'ratio vs iree-default':>22s}")
        for label, t in results.items():
            lo, hi = t.spread
            print(f"  {label:13s} {t.median * 1e3:10.2f} {lo * 1e3:8.2f}-{hi * 1e3:<8.2f} {t.median / base:22.3f}")
        print("\n(ratio < 1 means faster than IREE's default ordering; one process, interleaved rounds)")
        return 0
    except IopsError as e:
        print(f"demo: error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
