#!/usr/bin/env python3
"""Compile time and prediction check of the default compile, per zoo model.

Usage: python tools/compile_check.py --model all [--small] [--repetitions 10] --out build/compile_check
                                     [--json benchmarks/results/compile-check.json]

For each model, with an empty cost cache of its own (so nothing comes from earlier runs):
  1. `iops-mlir compile --scheduler iree --replace none --verify off` (IREE's order through the
     pipeline, nothing profiled), timed;
  2. `iops-mlir compile` (the default: profiled model, closed loop), timed;
  3. the output of 2 run under `iree-benchmark-module` with the CPU target's runtime flags
     (unpinned workers), set against schedule.json's `shipped.predicted_us`, the prediction made
     before that program was first timed, two ways: the median of single calls (repetitions of
     one call each, `--benchmark_min_time=1x`: the statistic the closed loop times and the model
     predicts), pooled over many short processes that alternate with the output of 1 (IREE's
     order), and iree-benchmark-module's default, the median of the repetitions' mean real
     time over as many calls as it chooses (a mean, so it takes in the slow calls a median
     leaves out); and, in alternating processes, under IREE's default (pinned) topology, for
     the record of what the runtime flags change. Many processes because a process runs in one
     of the machine's phases: on small RandWire the medians of 20 processes of 20 calls were
     192-445 us for one program (closed-loop/compile-check-small-pooled-calls.md), so the
     median of two processes is whichever phases they met;
     the alternation gives the ratio of the two outputs in the same phases, to set against the
     closed loop's, and IREE's order's calls over the closed loop's time of the same file give
     the machine's speed since the compile, at which the prediction is set against the output
     again (the model's error apart from the machine's drift). The phase is where the OS ran
     the workers: each process's CPU time over its real time tells whether they shared one
     core or ran on two, the placement the closed loop and the profiles measure; the
     prediction is also set against the median call of those processes;
  4. where the compile advised fewer CPU workers (`runtime.advised_flags`), the output under the
     target's flags and the advised ones in alternating processes: the compile's speedup checked
     on timings it did not make.
Writes a JSON document (every number, the commands) and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from iops_mlir.cost.cache import file_digest
from iops_mlir.targets import load_target, runtime_flags_for
from iops_mlir.timing import alternating, busy_cores_of
from runtime_topology import benchmark_settings, benchmark_times_us, benchmark_topologies  # the tool beside this one

HERE = Path(sys.executable).parent
# A process whose calls kept at most this many cores busy (its CPU time over its real time, medians)
# ran its workers on one core: on the 2-core VM such processes of the small outputs kept 0.88-1.10
# busy, those with the workers on both 1.28-1.94 (closed-loop/compile-check-small-placement.md,
# runtime-placement.md).
ONE_CORE_MOST = 1.2


@dataclasses.dataclass
class Process:
    """One iree-benchmark-module process's single calls: real and CPU (all threads) time, us."""

    real_us: list[float]
    cpu_us: list[float]

    @property
    def median_us(self) -> float:
        return statistics.median(self.real_us)

    @property
    def busy_cores(self) -> float | None:
        """Cores its calls kept busy (`timing.busy_cores_of`): two workers on two cores keep more
        than one busy, two workers the OS placed on one core at most one."""
        return busy_cores_of(self.real_us, self.cpu_us)


def _compile(argv: list[str], cache: Path) -> float:
    start = time.monotonic()
    subprocess.run([str(HERE / "iops-mlir"), "compile", *argv, "-q"], check=True,
                   env=dict(os.environ, IOPS_MLIR_CACHE=str(cache)))
    return time.monotonic() - start


def check_model(name: str, small: bool, out: Path, repetitions: int, per_call_repetitions: int,
                processes: int) -> dict:
    from iops_mlir import models

    label = f"{name}{'_small' if small else ''}"
    work = out / label
    work.mkdir(parents=True, exist_ok=True)
    size = ["--small"] if small else []
    iree_argv = ["--model", name, *size, "--scheduler", "iree", "--replace", "none", "--verify", "off",
                 "-o", str(work / "iree.vmfb"), "--dump-dir", str(work / "iree")]
    iops_argv = ["--model", name, *size, "-o", str(work / "iops.vmfb"), "--dump-dir", str(work / "iops")]
    print(f"== {label}", file=sys.stderr, flush=True)
    iree_s = _compile(iree_argv, work / "cache-iree")
    iops_s = _compile(iops_argv, work / "cache-iops")
    report = json.loads((work / "iops" / "schedule.json").read_text())
    _, inputs = models.build(name, small=small)
    for i, t in enumerate(inputs):
        np.save(work / f"input{i}.npy", t.numpy())
    input_args = [f"@{work / f'input{i}.npy'}" for i in range(len(inputs))]
    samples = benchmark_topologies(work / "iops.vmfb", input_args, repetitions)
    measured = statistics.median(samples["target"])
    calls = single_calls({"iops": work / "iops.vmfb", "iree": work / "iree.vmfb"}, input_args,
                         per_call_repetitions, processes)
    call_median = statistics.median(_pooled(calls["iops"]))
    shipped = report["shipped"]
    loop = report.get("closed_loop") or {}
    workers = _advised_workers(work / "iops.vmfb", input_args, repetitions, report.get("runtime") or {})
    return {**workers, "model": label, "iree_order_compile_s": round(iree_s, 1), "default_compile_s": round(iops_s, 1),
            "compile_ratio": round(iops_s / iree_s, 3), "shipped": shipped["scheduler"],
            "search_skipped": report.get("search_skipped"), "device_headroom": report.get("device_headroom"),
            "predicted_us": shipped["predicted_us"], "benchmark_module_us": round(measured, 3),
            "benchmark_module_samples_us": [round(x, 3) for x in samples["target"]],
            "benchmark_module_runtime_flags": list(runtime_flags_for("local-task")),
            "benchmark_module_default_topology_us": round(statistics.median(samples["default"]), 3),
            "benchmark_module_default_topology_samples_us": [round(x, 3) for x in samples["default"]],
            "error": None if not shipped["predicted_us"] else round(shipped["predicted_us"] / measured - 1, 4),
            "benchmark_module_call_us": round(call_median, 3),
            "benchmark_module_call_samples_us": [[round(x, 3) for x in p.real_us] for p in calls["iops"]],
            "benchmark_module_call_cpu_us": [[round(x, 3) for x in p.cpu_us] for p in calls["iops"]],
            "benchmark_module_call_process_medians_us": _process_medians(calls["iops"]),
            "iree_order_call_us": round(statistics.median(_pooled(calls["iree"])), 3),
            "iree_order_call_process_medians_us": _process_medians(calls["iree"]),
            "iree_order_call_samples_us": [[round(x, 3) for x in p.real_us] for p in calls["iree"]],
            "call_ratio_to_iree_order": _paired_ratio(calls["iops"], calls["iree"]),
            "closed_loop_ratio_to_iree_order": _loop_ratio(shipped),
            **_speed_since_compile(work / "iree.vmfb", calls["iree"], call_median, loop.get("candidates") or [],
                                   shipped),
            "call_error": None if not shipped["predicted_us"] else round(shipped["predicted_us"] / call_median - 1, 4),
            **_placement(calls, shipped["predicted_us"]),
            "closed_loop": loop.get("candidates"), "calibration": loop.get("calibration"),
            "commands": [shlex.join(["iops-mlir", "compile", *iree_argv]), shlex.join(["iops-mlir", "compile", *iops_argv])]}


def single_calls(files: dict[str, Path], input_args: list[str], repetitions: int,
                 processes: int) -> dict[str, list[Process]]:
    """Single calls of each file under the target's flags: `processes` processes each of
    `repetitions // processes` calls, the files alternating (in order, then in reverse), so
    every file meets the machine's phases alike. Per file, its processes."""
    target, names = load_target("llvm-cpu"), list(files)
    per_process = max(1, repetitions // processes)
    found: dict[str, list[Process]] = {name: [] for name in names}
    for name in alternating(names, processes):
        times = benchmark_times_us(files[name], input_args, per_process, target, calls=1)
        found[name].append(Process(times["real_time"], times["cpu_time"]))
    return found


def _pooled(processes: list[Process]) -> list[float]:
    return [x for p in processes for x in p.real_us]


def _process_medians(processes: list[Process]) -> list[float]:
    return sorted(round(p.median_us, 1) for p in processes)


def _on_both_cores(processes: list[Process]) -> list[Process]:
    """The processes whose workers ran on separate cores: the placement the closed loop's timing
    and the profiles measure (docs/reference.md, 'Where the OS runs the workers')."""
    return [p for p in processes if p.busy_cores > ONE_CORE_MOST]


def _placement(calls: dict[str, list[Process]], predicted_us: float | None) -> dict:
    """Each process's cores busy, and the median call and the prediction's error over the processes
    that ran their workers on separate cores (None where none did)."""
    both = {name: _on_both_cores(processes) for name, processes in calls.items()}
    mine = statistics.median(_pooled(both["iops"])) if both["iops"] else None
    theirs = statistics.median(_pooled(both["iree"])) if both["iree"] else None
    return {"benchmark_module_call_cores_busy": [round(p.busy_cores, 3) for p in calls["iops"]],
            "iree_order_call_cores_busy": [round(p.busy_cores, 3) for p in calls["iree"]],
            "both_cores_processes": len(both["iops"]),
            "both_cores_call_us": None if mine is None else round(mine, 3),
            "iree_order_both_cores_call_us": None if theirs is None else round(theirs, 3),
            "both_cores_call_error": None if mine is None or not predicted_us else round(predicted_us / mine - 1, 4)}


def _paired_ratio(mine: list[Process], theirs: list[Process]) -> float:
    """The median over process pairs (one of each file, run one after the other) of the ratio of
    their medians: the two files in the same phase of the machine."""
    return round(statistics.median(a.median_us / b.median_us for a, b in zip(mine, theirs)), 4)


def _loop_ratio(shipped: dict) -> float | None:
    """The shipped program's median over IREE's default order's in the closed loop's timing."""
    iree = (shipped.get("candidates") or {}).get("iree")
    return round(shipped["measured_us"] / iree, 4) if iree and shipped.get("measured_us") else None


def _speed_since_compile(iree_vmfb: Path, iree_calls: list[Process], output_call_us: float,
                         candidates: list[dict], shipped: dict) -> dict:
    """The machine's speed here against the compile's closed loop, read on IREE's default order
    (the file of step 1, which the loop timed too: matched by digest): its median single call
    (`iree_calls`) over the loop's time of it. The shipped prediction times that is its prediction
    at this speed, made without timing the output here, set against the output's median call
    (`output_call_us`); where the output is that very file, none is given (the order would
    measure the prediction's own program)."""
    digest = file_digest(iree_vmfb)
    timed = next((c for c in candidates if c.get("sha256") == digest and c.get("measured_us")), None)
    if timed is None or shipped.get("sha256") == digest or not shipped.get("predicted_us"):
        return {"speed_since_compile": None, "error_at_check_speed": None}
    speed = statistics.median(_pooled(iree_calls)) / timed["measured_us"]
    return {"speed_since_compile": round(speed, 4),
            "error_at_check_speed": round(shipped["predicted_us"] * speed / output_call_us - 1, 4)}


def _advised_workers(vmfb: Path, input_args: list[str], repetitions: int, runtime: dict) -> dict:
    """Where the compile advised fewer workers: the output timed again under the target's flags
    and the advised ones, in alternating processes (target, advised, advised, target), after the
    compile, so the compile's speedup is checked on measurements it did not make."""
    check, advised = runtime.get("workers_check"), runtime.get("advised_flags")
    found: dict = {"workers_check": check}
    if not advised:
        return found
    target = load_target("llvm-cpu")
    settings = {"target": target, "advised": dataclasses.replace(target, runtime_flags=tuple(advised))}
    medians = {name: statistics.median(times["real_time"])
               for name, times in benchmark_settings(vmfb, input_args, repetitions, settings).items()}
    return {**found, "advised_flags": advised, "advised_us": round(medians["advised"], 3),
            "advised_target_us": round(medians["target"], 3),
            "advised_speedup_after": round(medians["target"] / medians["advised"], 3)}


def markdown(rows: list[dict]) -> str:
    lines = ["| model | IREE order compile s | default compile s | ratio | shipped | predicted us | "
             "iree-benchmark-module, median call us | error | its processes' medians us | "
             "processes with the workers on both cores: how many, median call us, error | "
             "ratio to IREE's order: iree-benchmark-module, closed loop | "
             "speed since the compile (IREE's order): error at it | "
             "iree-benchmark-module, its default us | error | "
             "IREE's default topology us | closed-loop candidates, out-of-sample error | "
             "workers advised: speedup at compile time, timed after |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        loop = ", ".join(f"{c['scheduler']} {c['error']:+.1%}" for c in r["closed_loop"] or []
                         if c.get("error") is not None) or (r["search_skipped"] or "-").split(":")[0]
        predicted = f"{r['predicted_us']:.0f}" if r["predicted_us"] else "-"
        error, call_error = (f"{r[key]:+.1%}" if r.get(key) is not None else "-" for key in ("error", "call_error"))
        call = f"{r['benchmark_module_call_us']:.0f}" if "benchmark_module_call_us" in r else "-"
        lines.append(f"| {r['model']} | {r['iree_order_compile_s']} | {r['default_compile_s']} | "
                     f"x{r['compile_ratio']:.2f} | {r['shipped']} | {predicted} | {call} | {call_error} | "
                     f"{_range_cell(r.get('benchmark_module_call_process_medians_us'))} | {_both_cores_cell(r)} | "
                     f"{_ratios_cell(r)} | {_speed_cell(r)} | "
                     f"{r['benchmark_module_us']:.0f} | {error} | {r['benchmark_module_default_topology_us']:.0f} | {loop} | "
                     f"{_workers_cell(r)} |")
    return "\n".join(lines) + "\n"


def _range_cell(medians: list[float] | None) -> str:
    return f"{min(medians):.0f}-{max(medians):.0f}" if medians else "-"


def _both_cores_cell(row: dict) -> str:
    if "both_cores_processes" not in row:  # a row of a check from before the placement was read
        return "-"
    count = f"{row['both_cores_processes']} of {len(row['benchmark_module_call_cores_busy'])}"
    if row["both_cores_call_us"] is None:
        return count
    error = row["both_cores_call_error"]
    return f"{count}, {row['both_cores_call_us']:.0f}, " + (f"{error:+.1%}" if error is not None else "-")


def _ratios_cell(row: dict) -> str:
    mine, loop = row.get("call_ratio_to_iree_order"), row.get("closed_loop_ratio_to_iree_order")
    return f"x{mine:.3f}, " + (f"x{loop:.3f}" if loop else "-") if mine else "-"


def _speed_cell(row: dict) -> str:
    if row.get("speed_since_compile") is None:
        return "-"
    return f"x{row['speed_since_compile']:.3f}: {row['error_at_check_speed']:+.1%}"


def _workers_cell(row: dict) -> str:
    check = row.get("workers_check")
    if not check:
        return "-"
    if not row.get("advised_flags"):
        return f"{check['workers']} kept (fewest x{_fewest_ratio(check):.2f})"
    return (f"{check['advised_workers']} of {check['workers']}: x{check['speedup']:.2f}, "
            f"x{row['advised_speedup_after']:.2f} ({row['advised_target_us']:.0f} -> {row['advised_us']:.0f} us)")


def _fewest_ratio(check: dict) -> float:
    """The target's median over the fewest workers' in the compile's check (below 1: slower)."""
    medians = {int(k): v for k, v in check["median_us"].items()}
    return medians[check["workers"]] / medians[min(medians)]


def main() -> int:
    from iops_mlir import models

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="all", help="comma-separated zoo models, or all")
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--repetitions", type=int, default=10)
    parser.add_argument("--per-call-repetitions", type=int, default=400,
                        help="single calls of the output in all, and as many of IREE's order's")
    parser.add_argument("--per-call-processes", type=int, default=20,
                        help="processes the single calls are spread over, for each of the two outputs")
    parser.add_argument("--out", type=Path, default=Path("build/compile_check"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    names = models.names() if args.model == "all" else args.model.split(",")
    rows = []
    for name in names:
        rows.append(check_model(name, args.small, args.out, args.repetitions, args.per_call_repetitions,
                                args.per_call_processes))
        if args.json:  # rewritten after every model: a late failure keeps what was measured
            args.json.write_text(json.dumps({"small": args.small, "repetitions": args.repetitions,
                                             "per_call_repetitions": args.per_call_repetitions,
                                             "per_call_processes": args.per_call_processes, "results": rows},
                                            indent=1) + "\n")
    print(markdown(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
