#!/usr/bin/env python3
"""What a timed call costs beyond the program: IREE's Python function call, one VM invoke, and iree-benchmark-module.

Usage: python tools/call_overhead.py --vmfb build/bench/squeezenet_small/iops.vmfb --input 1x3x64x64 \
                                     [--rounds 10] [--calls 200] [--json call-overhead.json]

Each round times, in this process and interleaved (the bench's harness: Williams order, each timed
call after an untimed one), the program called through IREE's Python function object (which packs
its arguments and wraps its results each call) and through `runner.prepared_call` (one invoke of
the VM function on arguments packed once, as the closed loop and the bench time it), then runs
`iree-benchmark-module` on the same file and input for as many single calls, with the CPU target's
runtime flags. Prints each round's three medians and, over the rounds, the median of the two
in-process differences and ratios: the first pair shares every phase of the host, the
benchmark's process runs in phases of its own.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from iops_mlir import iree_tools, runner, timing
from iops_mlir.targets import load_target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vmfb", type=Path, required=True)
    parser.add_argument("--input", required=True, help="shape of the one f32 input, e.g. 1x3x64x64")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--calls", type=int, default=200, help="timed calls of each kind per round")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    import iree.runtime as rt

    target = load_target("llvm-cpu")
    x = np.random.default_rng(0).standard_normal([int(d) for d in args.input.split("x")]).astype(np.float32)
    function = runner.load_function(args.vmfb, target.runtime_device, flags=target.runtime_flags)
    on_device = rt.asdevicearray(function._device, x)
    calls = {"python-call": lambda: function(on_device), "vm-invoke": runner.prepared_call(function, [x])}
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        input_flags, _ = iree_tools.input_flags([x], Path(folder))
        bench = iree_tools.benchmark_module(str(args.vmfb), target, "--function=main", *input_flags,
                                            f"--benchmark_repetitions={args.calls}", "--benchmark_min_time=1x")
        for r in range(args.rounds):
            found = timing.interleaved(calls, repetitions=args.calls, warmup=5, rewarm=1)
            medians = {name: statistics.median(t.samples) * 1e6 for name, t in found.items()}
            out = subprocess.run(bench, capture_output=True, text=True, check=True).stdout
            medians["iree-benchmark-module"] = statistics.median(iree_tools.repetition_times_us(out)["main"])
            rows.append(medians)
            print(f"round {r}: " + ", ".join(f"{k} {v:.1f} us" for k, v in medians.items())
                  + f"; python-call - vm-invoke {medians['python-call'] - medians['vm-invoke']:.1f} us", flush=True)
    diff = statistics.median(m["python-call"] - m["vm-invoke"] for m in rows)
    ratio = statistics.median(m["python-call"] / m["vm-invoke"] for m in rows)
    to_bench = statistics.median(m["vm-invoke"] / m["iree-benchmark-module"] for m in rows)
    print(f"median over {len(rows)} rounds: python-call - vm-invoke {diff:.1f} us (x{ratio:.3f}); "
          f"vm-invoke / iree-benchmark-module x{to_bench:.3f} (another process, other phases)")
    if args.json:
        args.json.write_text(json.dumps({
            "vmfb": str(args.vmfb), "input": args.input, "runtime_flags": list(target.runtime_flags),
            "calls_per_round": args.calls, "rounds": rows, "python_minus_invoke_us": round(diff, 2),
            "python_over_invoke": round(ratio, 4), "invoke_over_benchmark_module": round(to_bench, 4)},
            indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
