"""Interleaved timing of several compiled variants in one process.

The machine is noisy (about 10% between runs of the same module), so variants
are timed round-robin in a shuffled order each round, after warm-up, and
compared by medians of the same rounds.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Timing:
    """Samples (seconds) of one variant and their summary."""

    name: str
    samples: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def spread(self) -> tuple[float, float]:
        """Interquartile range (25th, 75th percentile)."""
        q = statistics.quantiles(self.samples, n=4) if len(self.samples) > 1 else [self.samples[0]] * 3
        return q[0], q[2]


def interleaved(variants: dict[str, Callable[[], object]], *, repetitions: int, warmup: int = 2,
                seed: int = 0, on_round: Callable[[int], None] | None = None) -> dict[str, Timing]:
    """Time each callable `repetitions` times, round-robin in a seeded shuffled order."""
    for _ in range(warmup):
        for fn in variants.values():
            fn()
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {name: [] for name in variants}
    names = list(variants)
    for r in range(repetitions):
        rng.shuffle(names)
        for name in names:
            start = time.perf_counter()
            variants[name]()
            samples[name].append(time.perf_counter() - start)
        if on_round:
            on_round(r)
    return {name: Timing(name, samples[name]) for name in variants}
