#!/usr/bin/env python3
"""Does this host change speed while one program runs? Time it in short blocks and watch idle time.

Usage: python tools/host_phases.py --vmfb build/bench/randwire_small/iops.vmfb --input 1x3x64x64 \
                                   [--seconds 40] [--calls 1] [--json host-phases.json]

One compiled program is called over and over in blocks of half a second (timed samples, each
after an untimed call, as the bench times). Each block prints its median call time, the
share of the host's CPU time that was idle or stolen during it, from /proc/stat (Linux), and
the cores this process kept busy (its CPU time over the block's real time). A host
that holds still gives one cluster of medians; two clusters mean the host switches between
phases, and any timing shorter than a few phases measures the phase it fell in. Blocks over
1.3x the tenth percentile of the block medians count as slow.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from iops_mlir import runner, timing

BLOCK_S = 0.5  # long enough for /proc/stat's 10 ms ticks to count idle time
SLOW = 1.3  # a block this many times the fast phase's median is slow


def cpu_jiffies() -> tuple[int, int]:
    """(idle, steal) jiffies since boot, all CPUs together."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()
    return int(fields[4]), int(fields[8])


def program_parser(doc: str) -> argparse.ArgumentParser:
    """The arguments that name one program, its input, its runtime flags and the JSON report
    (shared with tools/call_gaps.py)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--vmfb", type=Path, required=True)
    parser.add_argument("--input", required=True, help="shape of the one f32 input, e.g. 1x3x64x64")
    parser.add_argument("--runtime-flag", action="append", default=[], metavar="FLAG",
                        help="an IREE runtime flag, e.g. --runtime-flag=--task_worker_spin_us=100 (repeatable; "
                             "none given: IREE's defaults, not the CPU target's runtime flags)")
    parser.add_argument("--json", type=Path)
    return parser


def write_json(args: argparse.Namespace, **fields) -> None:
    """The report, where `--json` asks for one: the program, its input and runtime flags, and `fields`."""
    if args.json:
        args.json.write_text(json.dumps({"vmfb": str(args.vmfb), "input": args.input,
                                         "runtime_flags": args.runtime_flag, **fields}, indent=1) + "\n")


def program_call(args: argparse.Namespace):
    """A prepared call of the program on one seeded random input of that shape (local-task)."""
    x = [np.random.default_rng(0).standard_normal([int(d) for d in args.input.split("x")]).astype(np.float32)]
    return runner.prepared_call(runner.load_function(args.vmfb, "local-task", flags=tuple(args.runtime_flag)), x)


def main() -> int:
    parser = program_parser(__doc__)
    parser.add_argument("--seconds", type=float, default=40.0)
    parser.add_argument("--calls", type=int, default=1, help="back-to-back calls per timed sample (default 1)")
    args = parser.parse_args()
    call = program_call(args)
    hz = os.sysconf("SC_CLK_TCK")
    blocks = []
    began = time.perf_counter()
    while time.perf_counter() - began < args.seconds:
        idle0, steal0 = cpu_jiffies()
        start, cpu0 = time.perf_counter(), time.process_time()
        found = timing.interleaved({"program": call}, repetitions=3, warmup=1, rewarm=1, calls=args.calls,
                                   min_seconds=BLOCK_S, most_rounds=10**6)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu0
        idle1, steal1 = cpu_jiffies()
        block = {"at_s": round(start - began, 2), "median_us": round(found["program"].median * 1e6, 1),
                 "idle_share": round((idle1 - idle0) / elapsed / hz / os.cpu_count(), 3),
                 "steal_share": round((steal1 - steal0) / elapsed / hz / os.cpu_count(), 3),
                 # this process's CPU time (every thread: the caller and IREE's workers) over the block's
                 # real time: about 1 where the OS runs the workers on one core
                 "busy_cores": round(cpu / elapsed, 2)}
        blocks.append(block)
        print(f"{block['at_s']:6.1f} s  median {block['median_us']:8.1f} us  idle {block['idle_share']:6.1%}  "
              f"steal {block['steal_share']:6.1%}  busy cores {block['busy_cores']:.2f}", flush=True)
    medians = sorted(b["median_us"] for b in blocks)
    fast_us = medians[len(medians) // 10]  # the tenth percentile: the host's fast phase
    slow = [b for b in blocks if b["median_us"] > SLOW * fast_us]
    summary = {"blocks": len(blocks), "fastest_us": fast_us, "median_us": statistics.median(medians),
               "slow_blocks": len(slow), "slow_is_over": SLOW,
               "idle_share_fast": statistics.median(b["idle_share"] for b in blocks if b not in slow),
               "idle_share_slow": statistics.median(b["idle_share"] for b in slow) if slow else None,
               "slow_median_us": statistics.median(b["median_us"] for b in slow) if slow else None}
    print(f"{len(slow)} of {len(blocks)} blocks over {SLOW}x the fast phase's {fast_us:.0f} us; idle "
          f"{summary['idle_share_fast']:.1%} in the others"
          + (f", {summary['idle_share_slow']:.1%} in them (median {summary['slow_median_us']:.0f} us)" if slow else ""))
    write_json(args, calls=args.calls, summary=summary, blocks=blocks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
