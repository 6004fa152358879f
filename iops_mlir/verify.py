"""The device decides: a program that leaves IREE's own order is timed against it before it is kept.

The measured cost model predicts a stage from its members' solo times and one overlap factor
fitted to eight sample stages. On a 2-core CPU that fit is fragile: one run of the bench
fitted beta = 0 (perfect overlap) and predicted Inception-v3 27% faster than IREE's waves;
it measured 0.5% slower. So, when the cost model is the measured one, the compiled program
is timed on the device against IREE's waves of the program as imported, interleaved
(`timing.interleaved`), and kept only if its median is lower by at least `MIN_GAIN`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import runner, timing
from .cost.cache import CostCache, file_digest, host_identity, is_timing, stable_key, toolchain_versions

MIN_GAIN = 0.01  # below this the difference is within the interleaved medians' noise here
DEFAULT_ROUNDS = 20


@dataclass
class Verdict:
    """What the timing showed and which program is kept."""

    candidate_ms: float
    iree_ms: float
    rounds: int
    min_gain: float

    @property
    def keeps_candidate(self) -> bool:
        return self.candidate_ms <= self.iree_ms * (1.0 - self.min_gain)

    def as_json(self, device: str) -> dict:
        return {"device": device, "rounds": self.rounds, "candidate_median_ms": round(self.candidate_ms, 4),
                "iree_median_ms": round(self.iree_ms, 4),
                "ratio": round(self.candidate_ms / self.iree_ms, 4), "min_gain": self.min_gain,
                "kept": "candidate" if self.keeps_candidate else "iree"}


def time_against_iree(candidate: Path, iree: Path, inputs: list[np.ndarray], device: str,
                      flags: tuple[str, ...] = (), rounds: int = DEFAULT_ROUNDS,
                      min_gain: float = MIN_GAIN) -> Verdict:
    """Time the two compiled programs interleaved on `device` with the same inputs.

    The timings are cached on disk by the two programs' bytes and the device, as the measured
    cost model's are, so compiling the same model again gives the same output bytes.
    """
    key = stable_key(file_digest(candidate), file_digest(iree), device, host_identity(), toolchain_versions(),
                     str(rounds))
    cache = CostCache("verdict")
    cached = cache.get(key)
    if is_timing(cached, "candidate_ms") and is_timing(cached, "iree_ms"):
        return Verdict(cached["candidate_ms"], cached["iree_ms"], rounds, min_gain)
    functions = {"candidate": runner.load_function(candidate, device, flags=flags),
                 "iree": runner.load_function(iree, device, flags=flags)}
    calls = {name: (lambda f=f: runner.run(f, inputs)) for name, f in functions.items()}
    timings = timing.interleaved(calls, repetitions=rounds, warmup=2, rewarm=1)
    verdict = Verdict(timings["candidate"].median * 1e3, timings["iree"].median * 1e3, rounds, min_gain)
    cache.put(key, {"candidate_ms": verdict.candidate_ms, "iree_ms": verdict.iree_ms, "device": device})
    return verdict
