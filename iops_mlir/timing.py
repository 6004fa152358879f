"""Interleaved timing of several compiled variants in one process.

The machine is noisy (about 10% between runs of the same module), so variants are timed
round-robin and compared by medians of the same rounds. Two things keep one variant from
paying for another:

- Order: the rounds follow a Williams design, so over a whole cycle of rounds every variant
  comes right after every other variant equally often (a shuffled order left torch eager in
  front of one IREE module 14 times and in front of another 11 times in 60 rounds).
- Re-warming: each timed call is preceded by `rewarm` untimed calls of the same variant. The
  call before it may have been another runtime (torch's OpenMP threads still spinning for
  milliseconds after it returns) or another module whose weights evicted this one's from the
  caches; measured on SqueezeNet, a call right after torch eager was 14-90% slower.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")


@dataclass
class Timing:
    """Samples (seconds) of one variant and their summary."""

    name: str
    samples: list[float]
    cpu_samples: list[float] = field(default_factory=list)  # this process's CPU seconds (every thread) per sample

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def busy_cores(self) -> float | None:
        """Cores the calls kept busy (`busy_cores_of`)."""
        return busy_cores_of(self.samples, self.cpu_samples)

    @property
    def spread(self) -> tuple[float, float]:
        """Interquartile range (25th, 75th percentile)."""
        q = statistics.quantiles(self.samples, n=4) if len(self.samples) > 1 else [self.samples[0]] * 3
        return q[0], q[2]


def busy_cores_of(real: Sequence[float], cpu: Sequence[float]) -> float | None:
    """Cores some calls kept busy: their median CPU time (every thread of the process) over their
    median real time; about 1 where the OS ran the workers on one core (docs/reference.md, 'Where
    the OS runs the workers'). None without CPU times."""
    if not cpu or not real or statistics.median(real) <= 0:
        return None
    return statistics.median(cpu) / statistics.median(real)


def alternating(names: Sequence[T], rounds: int) -> Iterator[T]:
    """`names` in order, then in reverse, and so on for `rounds` rounds (A B B A A B ...): the
    order of processes timed one after another, so that every name meets a drifting machine
    alike."""
    for k in range(rounds):
        yield from (names if k % 2 == 0 else reversed(names))


def williams_orders(n: int) -> list[list[int]]:
    """Orders of `n` items in which each item directly follows every other item equally often
    (a Williams Latin square: n orders for even n, 2n for odd n), and each item takes each
    position equally often."""
    if n <= 1:
        return [list(range(n))]
    first = [0]
    low, high = 1, n - 1
    while len(first) < n:
        first.append(low)
        low += 1
        if len(first) < n:
            first.append(high)
            high -= 1
    orders = [[(x + shift) % n for x in first] for shift in range(n)]
    if n % 2:
        orders += [list(reversed(o)) for o in orders]
    return orders


def interleaved(variants: dict[str, Callable[[], object]], *, repetitions: int, warmup: int = 2,
                rewarm: int = 1, calls: int = 1, min_seconds: float = 0.0, most_rounds: int | None = None,
                on_round: Callable[[int], None] | None = None,
                decided: Callable[[dict[str, list[float]]], bool] | None = None) -> dict[str, Timing]:
    """Time each callable in `repetitions` rounds or more: rounds in Williams-design order, each
    timed sample right after `rewarm` untimed calls of the same callable. A sample is `calls`
    calls back to back, recorded as their mean. One call per sample is the default and the
    rule here: on the 2-core VM, samples of ten calls of small ResNet-50 (0.65 ms) came out
    slower and noisier than single calls (median 0.97-1.24 ms against 0.65-0.67 ms, IQR 31-61%
    against 14-20% of the median; `tools/compare_vmfb.py --calls`, under IREE's default pinned
    CPU topology, whose slow phases of seconds a median of single calls mostly leaves out and a
    sample of several calls takes in: `benchmarks/results/closed-loop/calls-per-sample.md`; the
    CPU target now runs its workers unpinned, see `targets.cpu_workers`). Balance is exact when
    the rounds are a multiple of `len(williams_orders(len(variants)))`.

    Where the rounds took less than `min_seconds`, whole cycles of orders are added until they
    have lasted that long (at most `most_rounds` rounds in all, by default 20 x `repetitions`): a
    slow phase of the host lasts seconds, so fast programs are timed for long enough that it
    falls on a minority of the rounds, whose medians then ignore it.

    `decided`, asked with the samples so far after every whole cycle of orders once
    `min_seconds` have passed, ends the timing early when it answers True (a sequential test:
    stop once the comparison is settled)."""
    names = list(variants)
    for _ in range(warmup):
        for fn in variants.values():
            fn()
    orders = williams_orders(len(names))
    most = max(repetitions, most_rounds if most_rounds is not None else 20 * repetitions)
    samples: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    began = time.perf_counter()
    for r in range(most):
        for i in orders[r % len(orders)]:
            fn = variants[names[i]]
            for _ in range(rewarm):
                fn()
            cpu_start = time.process_time()  # read outside the timed window: a system call
            start = time.perf_counter()
            for _ in range(calls):
                fn()
            samples[names[i]].append((time.perf_counter() - start) / calls)
            cpu[names[i]].append((time.process_time() - cpu_start) / calls)
        if on_round:
            on_round(r)
        done, whole_cycle = r + 1, (r + 1) % len(orders) == 0
        if time.perf_counter() - began < min_seconds:
            continue
        if done >= repetitions and (done == repetitions or whole_cycle):
            break
        if decided is not None and whole_cycle and done < repetitions and decided(samples):
            break
    return {name: Timing(name, samples[name], cpu[name]) for name in names}


# Consecutive stretches of rounds a ratio's interval is taken over (`ratio_interval`).
RATIO_BATCHES = 5
# Student's t quantiles at (1 + level) / 2, for 1 to RATIO_BATCHES - 1 degrees of freedom.
_T_QUANTILES = {0.90: (6.314, 2.920, 2.353, 2.132), 0.95: (12.706, 4.303, 3.182, 2.776),
                0.99: (63.657, 9.925, 5.841, 4.604)}


def paired_ratio(samples: Sequence[float | Sequence[float]], reference: Sequence[float | Sequence[float]]) -> float:
    """How many times `reference`'s time `samples` took, over paired rounds: the median over the
    rounds of each round's ratio (a round holding several samples of a program, its file timed in
    several slots: each sample's ratio, `_round_logs`).

    The two calls of a round run within a fraction of a second, in the same phase of the host,
    so each round's ratio leaves out the phase; a ratio of the two programs' medians over the
    whole run does not: where the host moves between a fast and a slow phase, each median falls
    between the two and a few rounds more in one phase move it by several percent. The same
    file timed in two slots of one bench (123 such pairs in the saved benches) differed by more
    than 2% in 24 by the ratio of medians, in 7 by this one (docs/reference.md, 'Ratios of
    paired rounds').
    """
    mine, theirs = _paired(samples, reference)
    return math.exp(statistics.median(_round_logs(mine, theirs)))


def ratio_interval(samples: Sequence[float | Sequence[float]], reference: Sequence[float | Sequence[float]], *,
                   level: float = 0.95) -> tuple[float, float]:
    """Interval of `paired_ratio(samples, reference)`, by batch means.

    `samples[i]` and `reference[i]` come from the same round, in the order they were timed. The
    rounds are cut into RATIO_BATCHES consecutive stretches (fewer where there are fewer rounds)
    and each stretch's paired ratio taken; the interval is their geometric mean times and over
    exp(Student's t times the standard error of their logarithms). Resampling single rounds (a
    bootstrap) would treat them as independent, and they are not: on the 2-core VMs the host's
    phases, lasting seconds, slow two different programs by different amounts, so the ratio
    itself drifts. Over 90 s of small ResNet-50's two code variants, the rounds' bootstrap
    interval from 5 s of rounds held the whole run's ratio in 3 of 18 stretches, batch means in
    15 to 17 (docs/reference.md, 'Intervals that hold').
    """
    if level not in _T_QUANTILES:
        raise ValueError(f"ratio_interval knows the levels {sorted(_T_QUANTILES)}, not {level}")
    mine, theirs = _paired(samples, reference)
    count = min(RATIO_BATCHES, len(mine))
    if count < 2:
        whole = paired_ratio(mine, theirs)
        return whole, whole
    cuts = [round(k * len(mine) / count) for k in range(count + 1)]
    # On the log scale, so that the interval of a ratio stays above zero however few the rounds.
    logs = [statistics.median(_round_logs(mine[a:b], theirs[a:b])) for a, b in zip(cuts, cuts[1:])]
    centre = statistics.fmean(logs)
    half = _T_QUANTILES[level][count - 2] * statistics.stdev(logs) / math.sqrt(count)
    return math.exp(centre - half), math.exp(centre + half)


def _paired(samples: Sequence[float | Sequence[float]],
            reference: Sequence[float | Sequence[float]]) -> tuple[list[tuple[float, ...]], list[tuple[float, ...]]]:
    """Both programs' rounds, checked to pair up."""
    if len(samples) != len(reference) or not samples:
        raise ValueError("a ratio of paired rounds needs two equally long, non-empty lists of samples")
    return _rounds(samples), _rounds(reference)


def _round_logs(mine: Sequence[tuple[float, ...]], theirs: Sequence[tuple[float, ...]]) -> list[float]:
    """The log ratios of every round: each of its samples of one program against each of the
    other's (one ratio where a round holds one sample of each). Not the ratio of the round's two
    means: a call time has a long tail, and the mean of two samples takes in a slow call where
    either is one, so a file timed in two slots would look slower than a file timed in one (small
    ResNet-50's `max-concurrency` file, timed in two slots as iops's output: x1.043 of IREE's
    default order by the means of its two slots, where each slot alone was x1.006 and x1.014)."""
    return [math.log(a / b) for m, t in zip(mine, theirs) for a in m for b in t]


def pooled_median(rounds: Sequence[tuple[float, ...]]) -> float:
    """The median over every sample of every round."""
    return statistics.median(x for samples in rounds for x in samples)


def _rounds(samples: Sequence[float | Sequence[float]]) -> list[tuple[float, ...]]:
    """Each round's samples as a tuple (one sample per round: a tuple of one)."""
    return [tuple(s) if isinstance(s, Sequence) else (s,) for s in samples]
