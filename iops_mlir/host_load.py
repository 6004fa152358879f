"""How many cores other processes took from a timing: a timing is only as good as the quiet it had.

A compile chooses what ships by timing candidates against each other, and caches the timings
so that compiling again gives the same bytes. A timing taken while another process kept a core
busy (a build, a test run, a second compile) describes a machine with a core fewer: on a 2-core
machine, IREE's order of Inception-v3 ran 215-236 ms a call beside one busy Python loop against
127-172 ms without it, its calls keeping 1.1 cores busy instead of 1.9, and the orders' ranking
there need not hold on the quiet machine. So each timing session records what the rest of the
machine did meanwhile, read from the kernel's counters (`/proc/stat`, Linux only):

  short = max(0, workers - (cpus - other)),

the cores the program's workers lacked, where `other` is the machine's busy CPU time (steal
included: a hypervisor's other guests take cores too) less this process's own and its finished
children's (the tools it ran), over the real time. A session short of more than SHORT_CORES
counts as taken on a busy machine.

A cached measurement taken on a busy machine stands while the machine is still busy (so a
recompile there gives the same bytes) and is taken again once the machine is quiet, the quieter
of the two kept (`stands`, `replaces`; `quieter_of` for one cached measurement).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

SHORT_CORES = 0.25  # a session whose workers lacked more cores than this, on average, was on a busy machine
PROC_STAT = Path("/proc/stat")
# /proc/stat's "cpu" fields that count as busy: user nice system idle iowait irq softirq steal
_BUSY_FIELDS = (0, 1, 2, 5, 6, 7)
T = TypeVar("T")


@dataclass(frozen=True)
class Reading:
    """The machine's busy CPU seconds (every process), this process's CPU seconds, and the time."""

    machine_busy_s: float
    own_s: float
    at_s: float
    cpus: int


def read(stat: Path = PROC_STAT) -> Reading | None:
    """The counters now, or None where the kernel does not expose them (not Linux)."""
    try:
        lines = stat.read_text().splitlines()
    except OSError:
        return None
    total = next((line.split()[1:] for line in lines if line.startswith("cpu ")), None)
    cpus = sum(1 for line in lines if line.startswith("cpu") and line[3:4].isdigit())
    if total is None or cpus == 0:
        return None
    try:
        busy_ticks = sum(int(total[i]) for i in _BUSY_FIELDS if i < len(total))
    except ValueError:
        return None
    own = os.times()  # this process's threads, and the children it has waited for
    return Reading(busy_ticks / os.sysconf("SC_CLK_TCK"), own.user + own.system + own.children_user
                   + own.children_system, time.perf_counter(), cpus)


def other_cores(start: Reading | None, end: Reading | None) -> float | None:
    """Cores the rest of the machine kept busy, on average, between two readings (None: unknown)."""
    if start is None or end is None or end.at_s <= start.at_s:
        return None
    others = (end.machine_busy_s - start.machine_busy_s) - (end.own_s - start.own_s)
    return max(0.0, others / (end.at_s - start.at_s))


def short_cores(other: float | None, workers: int, cpus: int) -> float | None:
    """The cores `workers` lacked while the rest of the machine kept `other` busy (None: unknown)."""
    if other is None:
        return None
    return max(0.0, workers - (cpus - other))


class Watch:
    """What the rest of the machine took while a `with` block ran: `other` and `short` cores
    (`short` to the thousandth of a core, as it is recorded)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.other: float | None = None
        self.short: float | None = None
        self._start: Reading | None = None

    def __enter__(self) -> Watch:
        self._start = read()
        return self

    def __exit__(self, *exc) -> None:
        end = read()
        self.other = other_cores(self._start, end)
        short = None if end is None else short_cores(self.other, self.workers, end.cpus)
        self.short = None if short is None else round(short, 3)


def probe(workers: int, seconds: float = 0.5) -> float | None:
    """The cores `workers` would lack now: the rest of the machine watched for `seconds`."""
    with Watch(workers) as watch:
        time.sleep(seconds)
    return watch.short


def is_busy(short: float | None) -> bool:
    """Whether a measurement whose workers lacked `short` cores was taken on a busy machine."""
    return short is not None and short > SHORT_CORES


def stands(cached_short: float | None, workers: int, now: Callable[[], float | None] | None = None) -> bool:
    """Whether a cached measurement is used as it is: it was taken on a quiet machine, or the
    machine is not quiet now either (or its load cannot be read). `now` probes the machine (by
    default `probe`), for callers that ask about several measurements at once."""
    if not is_busy(cached_short):
        return True
    short = now() if now is not None else probe(workers)
    return short is None or short > SHORT_CORES


def replaces(fresh_short: float | None, cached_short: float | None) -> bool:
    """Whether a measurement taken again replaces the cached one: it had more of the machine."""
    return fresh_short is not None and (cached_short is None or fresh_short < cached_short)


def quieter_of(cached: T | None, cached_short: float | None, workers: int,
               measure: Callable[[], T]) -> tuple[T, float | None, bool]:
    """A cached measurement (None: there is none) where it `stands`; else `measure()`, watched,
    unless the cached one had more of the machine (`replaces`). Returns the measurement, the
    cores its workers lacked, and whether it is the new one (to be cached)."""
    if cached is not None and stands(cached_short, workers):
        return cached, cached_short, False
    with Watch(workers) as watch:
        fresh = measure()
    if cached is not None and not replaces(watch.short, cached_short):
        return cached, cached_short, False
    return fresh, watch.short, True


def busy_phrase(short: float, workers: int) -> str:
    """For the terminal: why a session's timings may not hold on a quiet machine."""
    return (f"other processes left the {workers} worker{'s' if workers != 1 else ''} {short:.2f} cores short "
            "while they were timed")
