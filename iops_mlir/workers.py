"""How many CPU workers the shipped program runs fastest on: measured, then advised.

The CPU target runs every program on IREE's N workers (`--task_topology_group_count=N`, one per
core). A program of sub-millisecond dispatches can run faster on fewer: on the 2-core VM of the
results each of the five small zoo models ran 1.5-2.4x faster on one worker than on two, and
each full-size one 1.3-1.8x slower (`benchmarks/results/runtime-workers.md`). Handing a tiny
dispatch from one core's worker to the other's costs more than the second core gives back. No
schedule reaches that gain and no cost model of N workers predicts it, so the compile measures
it: the output under `iree-benchmark-module` with N workers and with fewer, in alternating
processes, and advises the fewest-worker setting that is faster by more than `MIN_GAIN` in each
process pair. Each process runs in one placement of its workers, chosen by the OS: on the 2-core
VM a process of two unpinned workers ran them on both cores (1.4-1.9 cores busy) or on one (at
most 1.1), and small programs ran faster on one (small Inception-v3's output 567-618 us against
736-829 us), so one pair can meet the fast placement of N workers beside a slow one of fewer. Where the first two pairs disagree (one
shows the gain, the other not), two more are timed and three of the four must show it. The
measurement is cached by the program's and the inputs' bytes, so a recompile reports the same;
with the cores its workers lacked to other processes (`host_load`): one taken on a busy machine,
where fewer workers lose less to the missing cores, is taken again once the machine is quiet.
"""

from __future__ import annotations

import dataclasses
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import host_load, iree_tools
from .cost.cache import CostCache, file_digest, host_identity, stable_key, toolchain_versions
from .targets import Target
from .timing import alternating

GROUP_COUNT = "--task_topology_group_count="
MIN_GAIN = 0.10  # fewer workers are advised only where the process pairs show at least this gain
REPETITIONS = 5  # repetitions per process
PAIRS = 2  # process pairs timed first (a process per setting each)
MORE_PAIRS = 2  # timed where the first pairs disagree
MIN_REPETITION_US = 20_000.0  # calls per repetition: enough to take this long, so a repetition is not one tick


@dataclass
class WorkersCheck:
    """Median call (us) of one program on each worker count, per process, and the advice."""

    workers: int  # the target's count
    process_medians_us: dict[int, list[float]]  # count -> the median of each of its processes
    advised: int  # the count to run with (the target's when fewer are not surely faster)
    short_cores: float | None = None  # the cores the workers lacked to other processes (`host_load`)

    def median_us(self, count: int) -> float:
        return statistics.median(self.process_medians_us[count])

    def fewer_faster(self) -> bool:
        """Whether fewer workers ran faster than the target's count by MIN_GAIN in the median of
        their processes: the sign that splitting each dispatch over the workers costs more than
        it gains. The advice asks for that gain in every process pair (`advise`), since it changes
        how the user runs the program; what this sign starts is timed before anything ships, but
        it costs compile time (full-size SqueezeNet's one worker at x1.06 of two, in a slow
        phase of the 2-core VM, had its compile try both code variants: x3.26 the time of IREE's
        order through the pipeline, where the small models' single workers ran x1.14-x1.77 faster)."""
        return any(count < self.workers and gains(self.median_us(count), self.median_us(self.workers))
                   for count in self.process_medians_us)

    @property
    def speedup(self) -> float:
        """How many times faster the advised count ran than the target's."""
        return self.median_us(self.workers) / self.median_us(self.advised)

    def sentence(self, what: str) -> str:
        """What the fewest workers did against the target's, and the advice."""
        fewest = min(self.process_medians_us)
        ratio = self.median_us(self.workers) / self.median_us(fewest)
        timed = (f"{what} on {workers_phrase(fewest)}: {self.median_us(fewest):.0f} us against "
                 f"{self.median_us(self.workers):.0f} us on {self.workers} (x{ratio:.2f})")
        if self.advised == self.workers and ratio < 1:
            return f"{timed}: fewer workers are slower here"
        if self.advised == self.workers:
            return (f"{timed}: fewer workers are not surely faster here (by {MIN_GAIN:.0%} in both of two "
                    "process pairs, or three of four)")
        advice = f"{timed}: fewer workers are faster here; run it with {GROUP_COUNT}{self.advised}"
        if host_load.is_busy(self.short_cores):  # a missing core costs fewer workers less
            advice += f" ({host_load.busy_phrase(self.short_cores, self.workers)})"
        return advice

    def to_json(self) -> dict:
        return {"workers": self.workers, "advised_workers": self.advised, "speedup": round(self.speedup, 3),
                "median_us": {str(k): round(self.median_us(k), 1) for k in self.process_medians_us},
                "process_medians_us": {str(k): [round(x, 1) for x in v] for k, v in self.process_medians_us.items()},
                "min_gain": MIN_GAIN, "short_cores": self.short_cores}


def workers_phrase(count: int) -> str:
    """'1 worker', '2 workers': for messages."""
    return f"{count} worker{'s' if count != 1 else ''}"


def target_workers(target: Target) -> int | None:
    """The worker count the target's runtime flags set, or None (no CPU worker flag: a GPU)."""
    for flag in target.runtime_flags:
        if flag.startswith(GROUP_COUNT):
            return int(flag[len(GROUP_COUNT):])
    return None


def worker_counts(workers: int) -> list[int]:
    """The counts measured: the target's, two and one (those below it), most first."""
    return [workers] + [k for k in (2, 1) if k < workers]


def with_workers(flags: tuple[str, ...], count: int) -> tuple[str, ...]:
    """The runtime flags with the worker count set to `count`."""
    return tuple(f"{GROUP_COUNT}{count}" if f.startswith(GROUP_COUNT) else f for f in flags)


def advised_flags(runtime: dict | None) -> tuple[str, ...] | None:
    """The runtime flags a compile advises for its output (`schedule.json`'s `runtime`): those of
    the fewer workers that ran it surely faster where it found them, else the target's (None
    where the report has none)."""
    if not runtime:
        return None
    return tuple(runtime.get("advised_flags") or runtime["flags"])


def gains(mine_us: float, theirs_us: float) -> bool:
    """Whether a call of `mine_us` is faster than one of `theirs_us` by MIN_GAIN."""
    return mine_us < theirs_us * (1 - MIN_GAIN)


def pairs_with_gain(workers: int, process_medians_us: dict[int, list[float]], count: int) -> int:
    """In how many process pairs (the k-th process of each setting ran in the k-th round) `count`
    workers ran faster than the target's count by MIN_GAIN."""
    return sum(gains(mine, theirs) for mine, theirs in zip(process_medians_us[count], process_medians_us[workers]))


def pairs_needed(pairs: int) -> int:
    """Pairs that must show the gain: both of two; all but one of more (a pair can meet the fast
    placement of the target's workers beside a slow one of fewer)."""
    return pairs if pairs <= 2 else pairs - 1


def advise(workers: int, process_medians_us: dict[int, list[float]]) -> int:
    """The fewest workers faster than the target's count by MIN_GAIN in the pairs needed, else the
    target's count."""
    pairs = len(process_medians_us[workers])
    for count in sorted(process_medians_us):
        if count < workers and pairs_with_gain(workers, process_medians_us, count) >= pairs_needed(pairs):
            return count
    return workers


def pairs_disagree(workers: int, process_medians_us: dict[int, list[float]]) -> bool:
    """Whether some fewer count showed the gain in some pairs and not in others."""
    pairs = len(process_medians_us[workers])
    return any(0 < pairs_with_gain(workers, process_medians_us, count) < pairs
               for count in process_medians_us if count < workers)


def check_workers(vmfb: Path, target: Target, inputs: list[np.ndarray], work: Path, expected_us: float, *,
                  what: str = "the program", say: Callable[[str], None] = lambda _: None) -> WorkersCheck | None:
    """Time `vmfb` (`what`, for the progress line given to `say`) on the target's worker count and
    fewer (see the module's docstring); None where the target sets no worker count or it is
    already one. `expected_us`: about one call, to size the repetitions."""
    workers = target_workers(target)
    if workers is None or workers <= 1:
        return None
    counts = worker_counts(workers)
    say(f"timing {what} on {' and '.join(map(str, counts))} workers (iree-benchmark-module, alternating "
        "processes; cached after the first time)")
    calls = max(1, round(MIN_REPETITION_US / max(expected_us, 1.0)))
    flags, inputs_hash = iree_tools.input_flags(inputs, work)
    key = stable_key(file_digest(vmfb), inputs_hash, target.runtime_device, *target.runtime_flags,
                     host_identity(), toolchain_versions(), f"counts={counts}", f"calls={calls}",
                     f"repetitions={REPETITIONS}", f"pairs={PAIRS}+{MORE_PAIRS}", "records=short-cores")
    cache = CostCache("workers")
    cached = cache.get(key)
    medians, short = None, None
    if _are_medians(cached, counts):
        medians = {int(k): v for k, v in cached["process_medians_us"].items()}
        short = cached.get("short_cores") if isinstance(cached.get("short_cores"), (int, float)) else None

    def measure() -> dict[int, list[float]]:
        found = _measure(vmfb, target, flags, counts, calls, PAIRS)
        if pairs_disagree(workers, found):
            say(f"the first {PAIRS} process pairs disagree; timing {MORE_PAIRS} more")
            more = _measure(vmfb, target, flags, counts, calls, MORE_PAIRS)
            found = {k: found[k] + more[k] for k in counts}
        return found

    medians, short, new = host_load.quieter_of(medians, short, workers, measure)
    if new:
        cache.put(key, {"process_medians_us": {str(k): v for k, v in medians.items()}, "short_cores": short})
    return WorkersCheck(workers, medians, advise(workers, medians), short)


def _measure(vmfb: Path, target: Target, input_flags: list[str], counts: list[int],
             calls: int, pairs: int) -> dict[int, list[float]]:
    """Each count's median call in `pairs` processes: the counts in order, then in reverse, and so on."""
    medians: dict[int, list[float]] = {k: [] for k in counts}
    for count in alternating(counts, pairs):
        setting = dataclasses.replace(target, runtime_flags=with_workers(target.runtime_flags, count))
        argv = iree_tools.benchmark_module(str(vmfb), setting, "--function=main", *input_flags,
                                           f"--benchmark_repetitions={REPETITIONS}",
                                           f"--benchmark_min_time={calls}x")
        out = iree_tools.run_tool(argv, what=f"iree-benchmark-module ({vmfb.name}, {count} workers)").stdout
        medians[count].append(statistics.median(iree_tools.repetition_times_us(out)["main"]))
    return medians


def _are_medians(cached: dict | None, counts: list[int]) -> bool:
    """Whether a cache entry holds as many positive medians for every count, PAIRS or PAIRS +
    MORE_PAIRS (else measured again)."""
    found = cached.get("process_medians_us") if cached else None
    if not isinstance(found, dict) or sorted(found) != sorted(str(k) for k in counts):
        return False
    lengths = {len(v) if isinstance(v, list) else -1 for v in found.values()}
    if len(lengths) != 1 or lengths.pop() not in (PAIRS, PAIRS + MORE_PAIRS):
        return False
    return all(isinstance(x, (int, float)) and 0 < x < float("inf") for v in found.values() for x in v)
