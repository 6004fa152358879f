#!/usr/bin/env python3
"""A compile's pick profiled in sessions taken in turn with its reference, several times.

Usage: python tools/profile_in_turn.py DUMP --pick iops-one-worker [--code undistributed]
                                     [--repeat 3] [--runs 10] [--sessions 5]

DUMP is an llvm-cpu compile's dump (`iops-mlir compile --dump-dir`) whose closed loop compiled
the pick `--pick` (`NAME.vmfb` and its stages, `schedule.NAME.json`). With the code `--code`
(`default`, `undistributed` or `device-split`), its reference is `max-concurrency`'s waves with
that code and its flat program IREE's debug order with that code, both compiled by the closed
loop. The three are profiled together (`hal_profile.profile_programs`: sessions of each in turn,
the calls of one phase), `--repeat` times, each time with an empty profile cache of its own in
a temporary folder, so every repeat measures. Each repeat prints the pick's profiled span over
the reference's, the wave model's ratio (fitted on that repeat's flat program and reference,
as the closed loop refits a variant), and the model's error on the pick's and the reference's
waves of each width; then each program's core time in all (its dispatches' median core times
summed) and how many workers its waves of two to four and of five or more kept busy (their
core time over their span). A pick profiled in sessions of its own, after it was timed, can meet
another phase of the machine than the programs it is set against; this tells whether it did.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np

from iops_mlir.cost.hal_profile import profile_programs
from iops_mlir.cost.wave_model import ProfiledProgram, WaveModel, wave_cost, wave_samples
from iops_mlir.graph import DispatchGraph
from iops_mlir.schedule import baselines
from iops_mlir.targets import load_target

from predict_table import device_workers, dump_calls, waves  # the tool beside this one

WIDEST_ROW = 5  # waves of this many dispatches or more share a row


def programs(dump: Path, graph: DispatchGraph, pick: str, code: str) -> tuple[dict, dict]:
    """The flat program, the reference and the pick: their files and their stages."""
    suffix = "order" if code == "default" else code
    files = {"flat": dump / f"iree-debug-{suffix}.vmfb", "reference": dump / f"iree-max-concurrency-{suffix}.vmfb",
             "pick": dump / f"{pick}.vmfb"}
    missing = [str(f) for f in files.values() if not f.exists()]
    if missing:
        raise SystemExit(f"{dump}: the closed loop did not compile {', '.join(missing)}.")
    stages = {"flat": baselines.sequential(graph).stages, "reference": waves(dump, "iree-max-concurrency", graph),
              "pick": json.loads((dump / f"schedule.{pick}.json").read_text())["stage_nodes"]}
    return files, stages


def width_errors(model: WaveModel, program: ProfiledProgram) -> dict[int, tuple[int, float, float]]:
    """Per width of stage (WIDEST_ROW and more together): stages, measured span and model span, us."""
    rows: dict[int, list] = defaultdict(lambda: [0, 0.0, 0.0])
    for sample in wave_samples(program.profile, program.stages):
        row = rows[min(len(sample.members), WIDEST_ROW)]
        row[0] += 1
        row[1] += sample.span_us
        row[2] += model.span_us(sample.members)
    return {width: tuple(rows[width]) for width in sorted(rows)}


def busy_workers(program: ProfiledProgram) -> str:
    """The program's core time in all, and the workers its narrow and wide waves kept busy."""
    runs = program.profile.runs
    core = {n: statistics.median(run[n].core_ns or 0 for run in runs) / 1e3 for n in runs[0]}
    cells = [f"core time {sum(core.values()):.0f} us"]
    for low, high, label in ((2, WIDEST_ROW - 1, f"2-{WIDEST_ROW - 1}"), (WIDEST_ROW, None, f"≥{WIDEST_ROW}")):
        waves = [s for s in wave_samples(program.profile, program.stages)
                 if len(s.members) >= low and (high is None or len(s.members) <= high)]
        span = sum(s.span_us for s in waves)
        if span > 0:
            cells.append(f"waves {label}: {sum(core[n] for s in waves for n in s.members) / span:.2f} workers busy")
    return ", ".join(cells)


def repeat(dump: Path, graph: DispatchGraph, files: dict, stages: dict, runs: int, sessions: int,
           workers: int) -> str:
    """One profile of the three programs in turn, with an empty cache: the pick against the
    reference, under the model of this profile with the device's `workers` (as the closed loop
    refits a variant: a profile of one worker per dispatch never shows two busy in one dispatch)."""
    inputs = [np.load(path) for path in sorted((dump / "profiles").glob("input*.npy"))]
    before = os.environ.get("IOPS_MLIR_CACHE")
    with tempfile.TemporaryDirectory() as cache:
        os.environ["IOPS_MLIR_CACHE"] = cache
        try:
            profiles = profile_programs(files, load_target("llvm-cpu"), inputs, graph, Path(cache) / "profiles",
                                        runs=runs, sessions=sessions, stages=stages)
        finally:
            if before is None:
                os.environ.pop("IOPS_MLIR_CACHE")
            else:
                os.environ["IOPS_MLIR_CACHE"] = before
    found = {name: ProfiledProgram(name, stages[name], profiles[name]) for name in files}
    model = wave_cost(found["flat"].profile, [found["flat"], found["reference"]], graph.dispatch_ids(),
                      workers=workers).model
    pick, reference = found["pick"], found["reference"]
    lines = [f"pick / reference: profiled {pick.profile.span_us() / reference.profile.span_us():.3f}, "
             f"model {model.program_us(pick.stages) / model.program_us(reference.stages):.3f} ({model.constants()})"]
    for name, program in (("reference", reference), ("pick", pick)):
        cells = [f"{'≥' if width == WIDEST_ROW else ''}{width}: {n} stages {measured:.0f} us, "
                 f"model {100 * (modelled / measured - 1):+.1f}%"
                 for width, (n, measured, modelled) in width_errors(model, program).items()]
        lines.append(f"  {name}: " + "; ".join(cells))
    lines += [f"  {name}: {busy_workers(program)}" for name, program in (("reference", reference), ("pick", pick))]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--pick", required=True, help="the pick's name in the dump, e.g. iops-one-worker")
    parser.add_argument("--code", default="undistributed", choices=["default", "undistributed", "device-split"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--runs", type=int, default=10, help="profiled calls per program")
    parser.add_argument("--sessions", type=int, default=5)
    args = parser.parse_args()
    graph = DispatchGraph.from_json((args.dump / "graph.json").read_text())
    files, stages = programs(args.dump, graph, args.pick, args.code)
    workers = device_workers(dump_calls(args.dump, graph)[1])  # from the compile's profiles of IREE's orders
    for k in range(args.repeat):
        print(f"repeat {k + 1}: " + repeat(args.dump, graph, files, stages, args.runs, args.sessions, workers),
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
