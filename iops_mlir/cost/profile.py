"""Measures dispatch and stage latencies on the device this machine has.

Per dispatch: IREE's own benchmark module of its executable (see
`bench_module`), compiled and run under `iree-benchmark-module`; the median of
several repetitions is kept. Per sample stage: the stage module, timed the same
way. Every result is cached on disk (see `cache`), so a model is profiled once
per device and a second compile costs nothing.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import IopsError, UserError
from ..files import write_text
from ..targets import Target
from .. import iree_tools
from ..iree_tools import CommandLog, run_tool
from .bench_module import BenchmarkModule, parse_benchmark, read_resources, stage_module, with_resources
from .cache import CostCache, host_identity, is_timing, stable_key, toolchain_versions

REPETITIONS = 7
# Dispatches per timed submission. One dispatch per submission pays the queue submit and fence
# wait every time (25-60 us on local-task, more than many kernels take); inside a model, a
# dispatch shares one command buffer with its neighbours. iree-benchmark-module reports the time
# per item, so a batch of back-to-back dispatches (with barriers) measures what a model pays.
BATCH = 16
MIN_TIME_S = 0.02
Say = Callable[[str], None]


@dataclass(frozen=True)
class ProgramOverheads:
    """What a whole program pays beyond its dispatches and stages timed alone, fitted on whole
    programs of the same device (`kit.overheads`): per call (creating, submitting and waiting for
    its command buffer), per dispatch (on CUDA, recording its graph node or launching it), and per
    dispatch beyond the first of a stage of two or more (a concurrent branch of a CUDA graph)."""

    call_us: float
    dispatch_us: float
    concurrent_us: float
    fitted_on: str = ""  # which programs, in words
    # The median error of the predicted ratio of two programs of one group against their measured
    # ratio, each model held out of the fit: how far a predicted gain can be off (None: unknown).
    ratio_error: float | None = None

    def to_json(self) -> dict:
        return {"call_us": round(self.call_us, 3), "dispatch_us": round(self.dispatch_us, 3),
                "concurrent_us": round(self.concurrent_us, 3), "fitted_on": self.fitted_on,
                "ratio_error": None if self.ratio_error is None else round(self.ratio_error, 4)}

    @classmethod
    def from_json(cls, doc: dict) -> ProgramOverheads:
        ratio_error = doc.get("ratio_error")
        found = cls(float(doc["call_us"]), float(doc["dispatch_us"]), float(doc["concurrent_us"]),
                    str(doc.get("fitted_on", "")), None if ratio_error is None else float(ratio_error))
        if min(found.call_us, found.dispatch_us, found.concurrent_us, found.ratio_error or 0.0) < 0:
            raise ValueError("an overhead is negative")
        return found


@dataclass
class Profile:
    """Measured latencies: per dispatch symbol, and per sample stage (tuple of symbols); where
    whole programs were timed too, what they pay beyond those (`overheads`)."""

    device: str
    dispatch_us: dict[str, float] = field(default_factory=dict)
    stage_us: dict[tuple[str, ...], float] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)  # symbol -> why it could not be timed
    measured_now: int = 0
    from_cache: int = 0
    overheads: ProgramOverheads | None = None

    def to_json(self) -> dict:
        """What a profile file holds (`--cost-model measured:FILE`; `gpu-report` writes them)."""
        doc = {"device": self.device, "dispatch_us": dict(sorted(self.dispatch_us.items())),
               "stage_us": [{"symbols": list(stage), "us": us} for stage, us in self.stage_us.items()]}
        if self.overheads is not None:
            doc["overheads"] = self.overheads.to_json()
        return doc

    @classmethod
    def read(cls, path: Path) -> Profile:
        """A profile file: dispatch times by symbol (executable::entry) and sample stages."""
        try:
            doc = json.loads(Path(path).read_text())
            profile = cls(str(doc["device"]), {str(s): float(us) for s, us in doc["dispatch_us"].items()},
                          {tuple(str(s) for s in st["symbols"]): float(st["us"]) for st in doc.get("stage_us", [])},
                          overheads=ProgramOverheads.from_json(doc["overheads"]) if "overheads" in doc else None)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise UserError(f"'{path}' is not a dispatch profile (a JSON object with `device`, `dispatch_us` by "
                            f"symbol, optional `stage_us` and `overheads`, as iops-mlir gpu-report writes them): "
                            f"{type(e).__name__}: {e}.") from None
        if not profile.dispatch_us or min(profile.dispatch_us.values()) < 0:
            raise UserError(f"The dispatch profile '{path}' times no dispatch, or gives a negative time.")
        return profile


class Profiler:
    """Dumps, compiles and times benchmark modules for one compilation's work directory."""

    def __init__(self, work: Path, target: Target, log: CommandLog, say: Say) -> None:
        self.work = work
        self.target = target
        self.log = log
        self.say = say
        self.device = f"{target.runtime_device} on {host_identity()}"
        self.dir = work / "profile"
        self.cache = CostCache("dispatch")
        self.modules: dict[str, BenchmarkModule] = {}  # executable name -> module
        self.keys: dict[str, str] = {}
        self.full_text: dict[str, str] = {}  # with the constants it embeds appended
        self.source = ""

    # -- dumping ---------------------------------------------------------------------------
    def dump(self, async_file: str) -> None:
        """Lower the flat async IR to stream.cmd and dump one benchmark module per executable."""
        self.dir.mkdir(exist_ok=True)
        self.log.run(iree_tools.to_cmd(async_file, "profile/stream.flat.mlir"),
                     what="iree-opt (profiling: async to cmd)")
        bench = self.dir / "benchmarks"
        bench.mkdir(exist_ok=True)
        dump = iree_tools.stock("profile/stream.flat.mlir", self.target, "profile/configured.mlir",
                                compile_from="stream", compile_to="executable-configurations")
        dump[-2:-2] = ["--iree-hal-dump-executable-benchmarks-to=profile/benchmarks"]
        self.log.run(dump, what="iree-compile (dump executable benchmarks)")
        self.source = (self.dir / "stream.flat.mlir").read_text()
        for path in sorted(bench.glob("*.mlir")):
            module = parse_benchmark(path.read_text())
            self.modules[module.executable] = module
        flags = "\0".join(self.target.compile_flags)
        for name, module in self.modules.items():
            blobs = read_resources(self.source, set(module.resources))
            self.full_text[name] = with_resources(module.text, blobs)
            self.keys[name] = stable_key(self.full_text[name], flags, self.device, toolchain_versions(),
                                         f"batch={BATCH}")

    # -- running ---------------------------------------------------------------------------
    def compile_module(self, text: str, stem: str) -> Path:
        """A benchmark or stage module's text compiled for the target: `profile/STEM.vmfb`."""
        src = self.dir / f"{stem}.mlir"
        write_text(src, text)
        out = self.dir / f"{stem}.vmfb"
        argv = iree_tools.stock(str(src), self.target, str(out), compile_from="executable-configurations")
        # Not recorded in commands.sh: these run two at a time, in no fixed order.
        run_tool(argv, what=f"compiling the benchmark {stem}")
        return out

    def _time(self, vmfb: Path) -> dict[str, float]:
        """Median microseconds per item of every benchmark function in a module."""
        argv = iree_tools.benchmark_module(str(vmfb), self.target, f"--batch_size={BATCH}",
                                           f"--benchmark_repetitions={REPETITIONS}",
                                           f"--benchmark_min_time={MIN_TIME_S}")
        proc = run_tool(argv, what=f"running the benchmark {vmfb.name}")
        runs = iree_tools.repetition_times_us(proc.stdout)
        return {func: statistics.median(times) for func, times in runs.items()}

    def measure_dispatches(self, symbols: list[str]) -> Profile:
        """Time every executable behind `symbols` (executable::entry), from the cache when possible."""
        profile = Profile(self.device)
        wanted = sorted({s.split("::")[0] for s in symbols})
        todo = []
        for exe in wanted:
            if exe not in self.modules:
                profile.failed.update({s: "no benchmark module" for s in symbols if s.startswith(exe + "::")})
                continue
            cached = self.cache.get(self.keys[exe])
            if not is_timing(cached, "entries", per_entry=True):
                cached = None  # corrupted or hand-edited: measure again
            if cached is not None:
                profile.from_cache += 1
                profile.dispatch_us.update({f"{exe}::{e}": us for e, us in cached["entries"].items()})
            else:
                todo.append(exe)
        if todo:
            self.say(f"profiling {len(todo)} executables on {self.target.runtime_device} "
                     f"({profile.from_cache} cached)")
        compiled: dict[str, Path | IopsError] = {}

        def build(exe: str) -> None:
            try:
                compiled[exe] = self.compile_module(self.full_text[exe], f"bench-{exe}")
            except IopsError as e:
                compiled[exe] = e

        # Compile on every core, then time one at a time so runs do not disturb each other.
        with ThreadPoolExecutor(max_workers=2) as pool:
            list(pool.map(build, todo))
        for i, exe in enumerate(todo, 1):
            result = compiled[exe]
            module = self.modules[exe]
            if isinstance(result, IopsError):
                profile.failed.update({f"{exe}::{e}": result.message for e in module.exports})
                continue
            times = self._time(result)
            entries = {e: us for e in module.exports for func, us in times.items() if func.endswith("_" + e)}
            self.cache.put(self.keys[exe], {"entries": entries, "device": self.device})
            profile.dispatch_us.update({f"{exe}::{e}": us for e, us in entries.items()})
            profile.measured_now += 1
            if i % 10 == 0 or i == len(todo):
                self.say(f"profiled {i}/{len(todo)} executables")
        return profile

    def stage_source(self, executables: list[str]) -> str:
        """The stage module that runs the first entry of each executable in one concurrent wave,
        with the constants they embed."""
        text = stage_module([self.modules[e] for e in executables])
        blobs = read_resources(self.source, {r for e in executables for r in self.modules[e].resources})
        return with_resources(text, blobs)

    def measure_stages(self, stages: list[tuple[str, ...]], profile: Profile) -> None:
        """Time each sample stage (a tuple of dispatch symbols) run alone as one concurrent wave."""
        cache = CostCache("stage")
        for i, stage in enumerate(stages, 1):
            exes = [s.split("::")[0] for s in stage]
            if any(e not in self.keys for e in exes):
                continue
            key = stable_key(*sorted(self.keys[e] for e in exes))
            cached = cache.get(key)
            if not is_timing(cached, "us", per_entry=False):  # absent, corrupted or hand-edited
                try:
                    vmfb = self.compile_module(self.stage_source(exes), f"stage-{i}")
                except IopsError as e:
                    self.say(f"sample stage {i} did not compile, skipped ({e.message})")
                    continue
                cached = {"us": self._time(vmfb)["stage"], "device": self.device}
                cache.put(key, cached)
            profile.stage_us[stage] = cached["us"]
        self.say(f"timed {len(profile.stage_us)} sample stages")

