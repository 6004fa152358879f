"""Whole compiled programs timed on the device, interleaved in one process, cached.

Each session records the cores its workers lacked to other processes (`host_load`). A cached
session taken on a busy machine is timed again when the machine is quiet, and the quieter of
the two is kept: a compile on a busy machine and the next one there give the same bytes, and the
first compile on a quiet machine replaces what the busy one measured."""

from __future__ import annotations

import dataclasses
import math
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import host_load, runner, timing
from .cache import CostCache, file_digest, host_identity, stable_key, toolchain_versions

Samples = dict[str, list[float]]  # call times (us) by program; sample i of every program is from round i
BUSY_CORES = "_busy_cores"  # the cache entry's key for each program's busy cores (not a program's name)
SHORT_CORES = "_short_cores"  # the cache entry's key for the cores the workers lacked to other processes


@dataclass
class Timed:
    """Programs timed interleaved: their call times, and the cores each one's calls kept busy
    (this process's CPU time over real time; None where a cache entry from before held none)."""

    samples: Samples
    busy_cores: dict[str, float | None]
    short_cores: float | None = None  # the cores the workers lacked to other processes (`host_load`)
    workers: int = 1

    @property
    def on_busy_machine(self) -> bool:
        """Whether other processes took more than `host_load.SHORT_CORES` from the workers."""
        return host_load.is_busy(self.short_cores)


def on_scale_of(samples: Samples, reference: str) -> dict[str, float]:
    """Each program's call on the scale of `reference`'s median call: that median times the
    program's ratio to `reference` over the paired rounds (`timing.paired_ratio`). Which program
    is fastest is so read from calls made in the same phases of the host, where two medians over
    the session could each fall in another phase."""
    scale = statistics.median(samples[reference])
    return {name: scale * timing.paired_ratio(mine, samples[reference]) for name, mine in samples.items()}


# Fast programs are timed for at least this long per round asked for (20 rounds: 5 s): a
# sub-millisecond program's 20 rounds would otherwise take a tenth of a second, and one slow
# phase of the host (they last from a fraction of a second to several) would decide the comparison.
SECONDS_PER_ROUND = 0.25


def time_programs(vmfbs: dict[str, Path], target, inputs: list, rounds: int, *,
                  decided: Callable[[Samples], bool] | None = None, rule: str = "",
                  say: Callable[[str], None] | None = None) -> Timed:
    """Call times of each compiled program, and the cores its calls kept busy, timed interleaved in
    this process: `rounds` rounds, more where those take under `rounds` x SECONDS_PER_ROUND;
    `decided` (named by `rule`) may end the timing early once the comparison is settled. `say`
    tells the terminal what is timed.

    Cached by the programs' bytes, the device, the rounds and the rule, so compiling the same
    model again gives the same choice and the same output bytes; a cached session taken on a busy
    machine is timed again where the machine is quiet now, and the quieter session kept.
    """
    from ..workers import target_workers  # here: workers imports this package's cache

    digests = [(name, file_digest(path)) for name, path in sorted(vmfbs.items())]
    min_seconds = rounds * SECONDS_PER_ROUND
    if say is not None:
        say(f"timing {len(vmfbs)} programs on the device, {rounds} interleaved rounds or {min_seconds:g} s: "
            + ", ".join(vmfbs))
    workers = target_workers(target) or 1  # a GPU's host thread where no CPU workers are set
    key = stable_key(*(f"{n}={d}" for n, d in digests), target.runtime_device, *target.runtime_flags,
                     host_identity(), toolchain_versions(), f"rounds={rounds}", f"until={rule}",
                     f"seconds={min_seconds}", "records=short-cores", "call=vm-invoke")
    cache = CostCache("timing")
    cached = _from_cache(cache.get(key), list(vmfbs), workers)

    def measure() -> Timed:
        functions = {name: runner.load_function(path, target.runtime_device, flags=target.runtime_flags)
                     for name, path in vmfbs.items()}
        calls = {name: runner.prepared_call(f, inputs) for name, f in functions.items()}
        in_us = (lambda seconds: {n: [t * 1e6 for t in ts] for n, ts in seconds.items()})
        found = timing.interleaved(calls, repetitions=rounds, warmup=2, rewarm=1, min_seconds=min_seconds,
                                   decided=None if decided is None else (lambda seconds: decided(in_us(seconds))))
        return Timed(in_us({name: t.samples for name, t in found.items()}),
                     {name: None if t.busy_cores is None else round(t.busy_cores, 3) for name, t in found.items()},
                     None, workers)

    timed, short, new = host_load.quieter_of(cached, None if cached is None else cached.short_cores, workers,
                                             measure)
    if not new:
        return timed
    cache.put(key, {**timed.samples, BUSY_CORES: timed.busy_cores, SHORT_CORES: short})
    return dataclasses.replace(timed, short_cores=short)


def _from_cache(cached: dict | None, names: list[str], workers: int) -> Timed | None:
    """The cached session, or None where the entry is not one (`_are_samples`)."""
    if not _are_samples(cached, names):
        return None
    busy = cached.get(BUSY_CORES) if isinstance(cached.get(BUSY_CORES), dict) else {}
    short = cached.get(SHORT_CORES)
    return Timed({name: cached[name] for name in names},
                 {name: busy.get(name) if isinstance(busy.get(name), (int, float)) else None for name in names},
                 float(short) if isinstance(short, (int, float)) and short >= 0 else None, workers)


def _are_samples(cached: dict | None, names: list[str]) -> bool:
    """Whether a cache entry holds equally long, non-empty lists of positive, finite call times for
    every program; anything else (absent, corrupted, hand-edited) is timed again."""
    if cached is None or not all(isinstance(cached.get(n), list) and cached[n] for n in names):
        return False
    lengths = {len(cached[n]) for n in names}
    return len(lengths) == 1 and all(isinstance(v, (int, float)) and 0 < v < math.inf
                                     for n in names for v in cached[n])
