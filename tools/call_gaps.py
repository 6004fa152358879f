#!/usr/bin/env python3
"""Where does a loop of calls spend its time: in the calls, or between them?

Usage: python tools/call_gaps.py --vmfb build/bench/randwire_small/iops.vmfb --input 1x3x64x64 \
                                 [--blocks 6] [--seconds 3] [--json call-gaps.json]

One compiled program is called back to back, each call timed on its own, in blocks of
`--seconds`. Per block: the median, mean and 90th percentile of the timed calls, and the wall
time per iteration of the loop (block time / calls). A mean far above the median is a tail of
slow calls, which a median (the bench's and the closed loop's statistic) leaves out while
`iree-benchmark-module`'s mean and a serving loop pay it; wall time per iteration above the
mean is time between the calls.
"""

from __future__ import annotations

import statistics
import sys
import time

from host_phases import program_call, program_parser, write_json  # the tool beside this one


def main() -> int:
    parser = program_parser(__doc__)
    parser.add_argument("--blocks", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=3.0, help="length of one block")
    args = parser.parse_args()
    call = program_call(args)
    for _ in range(20):
        call()
    blocks = []
    for b in range(args.blocks):
        times = []
        began = time.perf_counter()
        end = began + args.seconds
        while time.perf_counter() < end:
            start = time.perf_counter()
            call()
            times.append(time.perf_counter() - start)
        per_iteration = (time.perf_counter() - began) / len(times)
        block = {"block": b, "calls": len(times), "median_call_us": round(statistics.median(times) * 1e6, 1),
                 "mean_call_us": round(statistics.fmean(times) * 1e6, 1),
                 "p90_call_us": round(statistics.quantiles(times, n=10)[-1] * 1e6, 1),
                 "wall_per_iteration_us": round(per_iteration * 1e6, 1)}
        blocks.append(block)
        print(f"block {b}: {len(times)} calls, median call {block['median_call_us']:.0f} us, mean "
              f"{block['mean_call_us']:.0f}, 90th percentile {block['p90_call_us']:.0f}; wall per iteration "
              f"{block['wall_per_iteration_us']:.0f} us", flush=True)
    write_json(args, seconds=args.seconds, blocks=blocks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
