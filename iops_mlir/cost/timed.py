"""Whole compiled programs timed on the device, interleaved in one process, cached."""

from __future__ import annotations

from pathlib import Path

from .. import runner, timing
from .cache import CostCache, file_digest, host_identity, is_timing, stable_key, toolchain_versions


def time_programs(vmfbs: dict[str, Path], target, inputs: list, rounds: int) -> dict[str, float]:
    """Median call time (us) of each compiled program, timed interleaved in this process.

    Cached by the programs' bytes, the device and the rounds, so compiling the same model again
    gives the same choice and the same output bytes.
    """
    digests = [(name, file_digest(path)) for name, path in sorted(vmfbs.items())]
    key = stable_key(*(f"{n}={d}" for n, d in digests), target.runtime_device, *target.runtime_flags,
                     host_identity(), toolchain_versions(), f"rounds={rounds}")
    cache = CostCache("timing")
    cached = cache.get(key)
    if isinstance(cached, dict) and all(is_timing(cached, name) for name in vmfbs):
        return {name: cached[name] for name in vmfbs}
    functions = {name: runner.load_function(path, target.runtime_device, flags=target.runtime_flags)
                 for name, path in vmfbs.items()}
    calls = {name: runner.prepared_call(f, inputs) for name, f in functions.items()}
    found = timing.interleaved(calls, repetitions=rounds, warmup=2, rewarm=1)
    medians = {name: t.median * 1e6 for name, t in found.items()}
    cache.put(key, medians)
    return medians
