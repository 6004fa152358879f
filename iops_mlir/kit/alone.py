"""The kit's dispatches and stages timed alone: IREE's own benchmark modules, packed per group.

IREE 3.13's CUDA HAL takes no HAL profile, so on a GPU the kit cannot see a dispatch inside a
program. Instead every executable of a group's program is packed as IREE's benchmark module
(`cost.bench_module`: one function per entry point that records N dispatches into one command
buffer, a barrier after each, submits it and waits), and the dearest multi-dispatch stages as
stage modules (every member between the same two barriers). The runner times each under every
distinct runtime setting; `gpu-report` sets them against the analytic model and the whole
programs, fits the device on them, and reads from them how much a stage's members overlap and
what recording a graph node at every call costs (setting `graph` against `stream`).
"""

from __future__ import annotations

import lzma
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..cost.analytic import AnalyticCost, load_device
from ..cost.profile import Profiler
from ..errors import IopsError
from ..graph import DispatchGraph
from ..iree_tools import CommandLog
from ..progress import Progress
from ..schedule.model import MAX_STAGE
from ..targets import Target

STAGE_SAMPLES = 12  # multi-dispatch stages packed per program: the dearest under the analytic model
_BENCHMARK_FUNCTION = re.compile(r"util\.func public @([\w$.\-]+)\(%arg0: i32\)")


def pack_program(program: Path, label: str, name: str, graph: DispatchGraph, target: Target, analytic_device: str,
                 candidates: list[list[int]], kit: Path, folder: Path, progress: Progress) -> dict:
    """Benchmark modules of every executable of the program in `program` (a compile folder with
    `async.mlir`) and stage modules of up to STAGE_SAMPLES of `candidates` (stages of node ids of
    `graph`), xz-compressed under `folder`; the manifest entry that names them (paths relative
    to `kit`)."""
    profiler = Profiler(program, target, CommandLog(program), progress.say)
    profiler.dump("async.mlir")
    folder.mkdir(parents=True, exist_ok=True)
    entry: dict = {"program": name, "modules": [], "stages": [], "failed": {}}

    def compile_one(job: tuple[str, str]) -> Path | IopsError:
        stem, text = job
        try:
            return profiler.compile_module(text, stem)
        except IopsError as e:
            return e

    executables = sorted(profiler.modules)
    stages = sample_stages(graph, candidates, profiler, analytic_device)
    jobs = [(f"alone-{exe}", profiler.full_text[exe]) for exe in executables]
    jobs += [(f"alone-stage-{i}", profiler.stage_source([s.split("::")[0] for s in stage]))
             for i, stage in enumerate(stages)]
    progress.say(f"gpu-kit: {label}: {name} program: compiling {len(executables)} dispatch and {len(stages)} stage benchmarks")
    with ThreadPoolExecutor(max_workers=2) as pool:
        built = list(pool.map(compile_one, jobs))
    for exe, result in zip(executables, built):
        if isinstance(result, IopsError):
            entry["failed"][exe] = result.message[:500]
            continue
        functions = {}
        for function in _BENCHMARK_FUNCTION.findall(profiler.full_text[exe]):
            export = next((e for e in profiler.modules[exe].exports if function.endswith("_" + e)), None)
            if export is not None:
                functions[function] = f"{exe}::{export}"
        entry["modules"].append({"file": _pack(result, folder, kit), "functions": functions})
    for stage, result in zip(stages, built[len(executables):]):
        if isinstance(result, IopsError):
            entry["failed"]["stage " + " ".join(stage)] = result.message[:500]
            continue
        entry["stages"].append({"file": _pack(result, folder, kit), "symbols": stage})
    return entry


def sample_stages(graph: DispatchGraph, candidates: list[list[int]], profiler: Profiler,
                  analytic_device: str) -> list[list[str]]:
    """Up to STAGE_SAMPLES distinct stages of 2-32 dispatches whose members are each the first
    entry of an executable of their own (what a stage module runs), dearest first under the
    analytic model, as symbols."""
    cost = AnalyticCost(graph, load_device(analytic_device))
    found: dict[tuple[str, ...], float] = {}
    for stage in candidates:
        symbols = tuple(graph.nodes[n].symbol for n in stage)
        executables = [s.split("::")[0] for s in symbols]
        if not 2 <= len(stage) <= MAX_STAGE or len(set(executables)) != len(executables):
            continue
        if any(exe not in profiler.modules or profiler.modules[exe].exports[:1] != [s.split("::")[1]]
               for exe, s in zip(executables, symbols)):
            continue
        found.setdefault(tuple(sorted(symbols)), sum(cost.solo_us(n) for n in stage))
    dearest = sorted(found, key=lambda s: (-found[s], s))[:STAGE_SAMPLES]
    return [list(s) for s in dearest]


def _pack(vmfb: Path, folder: Path, kit: Path) -> str:
    """`vmfb` xz-compressed into `folder`; its path in the kit."""
    packed = folder / (vmfb.name.removeprefix("alone-") + ".xz")
    packed.write_bytes(lzma.compress(vmfb.read_bytes(), preset=9))
    return packed.relative_to(kit).as_posix()
