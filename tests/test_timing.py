"""timing.interleaved: a balanced order and re-warmed calls (pure Python, no IREE)."""

from __future__ import annotations

import math
import statistics
from collections import Counter

import pytest

from iops_mlir import timing


@pytest.mark.parametrize("n", range(1, 8))
def test_williams_orders_balance_predecessors_and_positions(n: int) -> None:
    orders = timing.williams_orders(n)
    assert len(orders) == (n if n % 2 == 0 or n == 1 else 2 * n)
    assert all(sorted(order) == list(range(n)) for order in orders)
    follows = Counter((o[i - 1], o[i]) for o in orders for i in range(1, n))
    positions = Counter((o[i], i) for o in orders for i in range(n))
    # Every ordered pair of distinct items is adjacent equally often; every item fills every slot.
    assert len(follows) == n * (n - 1) and len(set(follows.values())) <= 1
    assert len(positions) == n * n and len(set(positions.values())) == 1


def test_interleaved_rewarms_each_timed_call_with_the_same_variant() -> None:
    log: list[str] = []
    calls = {name: (lambda name=name: log.append(name)) for name in ("a", "b", "c")}
    result = timing.interleaved(calls, repetitions=6, warmup=1, rewarm=2)
    assert [len(t.samples) for t in result.values()] == [6, 6, 6]
    timed = log[3:]  # after one warm-up round of three calls
    assert len(timed) == 6 * 3 * 3
    # Calls come in triples of one variant: two untimed, then the timed one.
    triples = [timed[i:i + 3] for i in range(0, len(timed), 3)]
    assert all(len(set(t)) == 1 for t in triples)
    # Six rounds are one full Williams cycle for three variants: each follows each other twice.
    firsts = [t[0] for t in triples]
    pairs = Counter((firsts[i - 1], firsts[i]) for i in range(1, len(firsts)) if i % 3)
    assert set(pairs.values()) == {2} and len(pairs) == 6


def test_ratio_interval_covers_the_ratio_and_narrows_with_more_rounds() -> None:
    import random

    rng = random.Random(1)
    def rounds(n: int) -> tuple[list[float], list[float]]:
        speed = [1.0 + 0.3 * rng.random() for _ in range(n)]  # the machine drifts, shared by both
        return ([1.10 * s * rng.gauss(1, 0.05) for s in speed], [s * rng.gauss(1, 0.05) for s in speed])
    median_width = {}
    for n in (20, 400):  # a 95% interval: it may miss in one run of twenty, not in many more
        runs = [rounds(n) for _ in range(40)]
        intervals = [timing.ratio_interval(*run) for run in runs]
        assert sum(low <= 1.10 <= high for low, high in intervals) >= 36
        assert all(low < timing.paired_ratio(*run) < high for run, (low, high) in zip(runs, intervals))
        median_width[n] = statistics.median(high - low for low, high in intervals)
    assert median_width[400] < median_width[20] / 2
    with pytest.raises(ValueError):
        timing.ratio_interval([1.0], [1.0, 2.0])


def phased_rounds(rng, phases: int, rounds_per_phase: int) -> tuple[list[float], list[float]]:
    """Paired rounds of two programs whose ratio moves with the host's phases, as on the 2-core
    VMs: in each phase (a few seconds) program A runs 0.90 to 1.02 times program B's time."""
    mine, theirs = [], []
    for _ in range(phases):
        factor, speed = rng.uniform(0.90, 1.02), rng.uniform(1.0, 1.5)
        for _ in range(rounds_per_phase):
            b = speed * rng.gauss(1, 0.05)
            mine.append(factor * b * rng.gauss(1, 0.02))
            theirs.append(b)
    return mine, theirs


def test_ratio_interval_holds_where_the_ratio_drifts_with_the_host_s_phases() -> None:
    """A run of about five phases (a compile's 5 s of paired rounds) must give an interval that
    holds the ratio a long run settles on; intervals over single rounds, which take the rounds for
    independent, held it in a small minority of such runs."""
    import random

    rng = random.Random(7)
    long_run = phased_rounds(rng, 2000, 20)
    settled = timing.paired_ratio(*long_run)
    runs = [phased_rounds(rng, 5, 70) for _ in range(40)]
    held = sum(low <= settled <= high for low, high in (timing.ratio_interval(*run) for run in runs))
    assert held >= 32, f"the interval held the settled ratio {settled:.3f} in {held} of 40 runs"


def test_paired_ratio_of_one_program_stays_near_one_where_the_host_switches_phases() -> None:
    """One program timed in two slots, on a host that switches between a fast and a slow phase
    every other round: the two slots' medians each fall between the phases, so their ratio moves
    by several percent; each round's ratio compares calls of one phase and stays near 1."""
    import random

    rng = random.Random(3)
    def run(rounds: int = 36) -> tuple[list[float], list[float]]:
        mine, theirs = [], []
        for i in range(rounds):
            if i % 2 == 0:
                speed = rng.choice((1.0, 1.3))
            mine.append(speed * rng.gauss(1, 0.03))
            theirs.append(speed * rng.gauss(1, 0.03))
        return mine, theirs
    runs = [run() for _ in range(40)]
    off = lambda ratio: abs(math.log(ratio)) > math.log(1.02)  # noqa: E731
    paired = sum(off(timing.paired_ratio(*r)) for r in runs)
    of_medians = sum(off(statistics.median(a) / statistics.median(b)) for a, b in runs)
    assert paired <= 2, f"the paired ratio of one program was more than 2% off 1 in {paired} of 40 runs"
    assert of_medians >= 6  # what the ratio of medians does on the same runs
    # A round of two samples gives two ratios: 1/1, 3/1, and 2/4 from the next round.
    assert timing.paired_ratio([(1.0, 3.0), 2.0], [1.0, 4.0]) == pytest.approx(1.0)
    assert timing.paired_ratio([(1.0, 3.0), (2.0, 2.5)], [1.0, 4.0]) == pytest.approx(math.sqrt(1.0 * 0.625))
    with pytest.raises(ValueError):
        timing.paired_ratio([1.0], [])


def test_a_file_timed_in_two_slots_is_not_made_slower_by_the_tail_of_its_calls() -> None:
    """Calls with a long tail (a quarter of them three times as slow; small ResNet-50's calls in
    one bench on the 2-core VM: deciles 0.56-0.77 ms, then 1.73 and 3.37 ms): one file timed in
    two slots against another file of the same speed in one slot. Each slot's sample is a sample
    of the file; the mean of the two takes in a slow call whenever either slot met one, and puts
    the file behind the other."""
    import random

    rng = random.Random(11)
    call = lambda: rng.gauss(1, 0.1) * (3.0 if rng.random() < 0.25 else 1.0)  # noqa: E731
    two_slots = [(call(), call()) for _ in range(600)]
    one_slot = [call() for _ in range(600)]
    assert timing.paired_ratio(two_slots, one_slot) == pytest.approx(1.0, abs=0.02)
    means = [statistics.fmean(pair) for pair in two_slots]
    assert timing.paired_ratio(means, one_slot) > 1.03  # what the rounds' means would have said
    low, high = timing.ratio_interval(two_slots, one_slot)
    assert low < 1.0 < high


def test_interleaved_stops_early_only_after_whole_cycles_once_decided() -> None:
    calls = {name: (lambda: None) for name in ("a", "b", "c")}  # three variants: cycles of six rounds
    asked: list[int] = []

    def decided(samples: dict[str, list[float]]) -> bool:
        asked.append(len(samples["a"]))
        return len(samples["a"]) >= 12

    result = timing.interleaved(calls, repetitions=30, warmup=0, rewarm=0, decided=decided)
    assert asked == [6, 12] and all(len(t.samples) == 12 for t in result.values())
    never = timing.interleaved(calls, repetitions=9, warmup=0, rewarm=0, decided=lambda s: False)
    assert all(len(t.samples) == 9 for t in never.values())


class _Clock:
    """A stand-in for the time module: each call of a variant advances it by that variant's cost."""

    def __init__(self) -> None:
        self.now = 0.0
        self.cpu = 0.0

    def perf_counter(self) -> float:
        return self.now

    def process_time(self) -> float:
        return self.cpu

    def variant(self, seconds: float, log: list[float], busy_cores: float = 1.0):
        def call() -> None:
            log.append(seconds)
            self.now += seconds
            self.cpu += seconds * busy_cores
        return call


def test_a_sample_is_the_mean_of_back_to_back_calls(monkeypatch) -> None:
    clock, log = _Clock(), []
    monkeypatch.setattr(timing, "time", clock)
    calls = {"fast": clock.variant(0.001, log), "slow": clock.variant(0.004, log)}
    result = timing.interleaved(calls, repetitions=4, warmup=0, rewarm=1, calls=3)
    assert len(log) == 4 * 2 * (1 + 3)  # each sample: one untimed call, then three timed
    assert result["fast"].samples == pytest.approx([0.001] * 4)
    assert result["slow"].samples == pytest.approx([0.004] * 4)


def test_each_sample_records_the_cores_its_calls_kept_busy(monkeypatch) -> None:
    clock, log = _Clock(), []
    monkeypatch.setattr(timing, "time", clock)
    # Two workers on two cores against two sharing one; the untimed calls around each sample
    # (warm-up, re-warm) run on other CPU time than the sample's.
    calls = {"spread": clock.variant(0.002, log, busy_cores=1.7), "shared": clock.variant(0.001, log, busy_cores=0.95),
             "other": clock.variant(0.003, log, busy_cores=0.1)}
    result = timing.interleaved(calls, repetitions=6, warmup=1, rewarm=1)
    assert result["spread"].cpu_samples == pytest.approx([0.0034] * 6)
    assert result["spread"].busy_cores == pytest.approx(1.7)
    assert result["shared"].busy_cores == pytest.approx(0.95)
    assert timing.Timing("none", [0.001]).busy_cores is None  # no CPU time recorded


def test_fast_programs_are_timed_for_at_least_min_seconds_in_whole_cycles(monkeypatch) -> None:
    clock, log = _Clock(), []
    monkeypatch.setattr(timing, "time", clock)
    calls = {name: clock.variant(0.01, log) for name in ("a", "b", "c")}  # cycles of six rounds
    # Each round takes 3 x (1 rewarm + 1 timed) x 10 ms = 60 ms: 1 s needs 17 rounds, so 18 (three cycles).
    result = timing.interleaved(calls, repetitions=4, warmup=0, rewarm=1, min_seconds=1.0)
    assert all(len(t.samples) == 18 for t in result.values())
    capped = timing.interleaved(calls, repetitions=4, warmup=0, rewarm=1, min_seconds=1.0, most_rounds=9)
    assert all(len(t.samples) == 9 for t in capped.values())
    # Slow enough already: exactly the rounds asked for, even where that ends inside a cycle.
    quick = timing.interleaved(calls, repetitions=4, warmup=0, rewarm=1, min_seconds=0.2)
    assert all(len(t.samples) == 4 for t in quick.values())
    # A settled comparison stops the timing only once min_seconds have passed.
    asked: list[int] = []
    settled = timing.interleaved(calls, repetitions=30, warmup=0, rewarm=1, min_seconds=1.0,
                                 decided=lambda s: asked.append(len(s["a"])) or True)
    assert asked == [18] and all(len(t.samples) == 18 for t in settled.values())


def test_programs_timed_keep_their_busy_cores_in_the_cache(tmp_path, monkeypatch) -> None:
    import json

    from iops_mlir.cost import timed
    from iops_mlir.targets import load_target

    monkeypatch.setenv("IOPS_MLIR_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(timed.runner, "load_function", lambda path, device, flags=None: path)
    # A call of about a millisecond: the CPU clock is read around the timed window, and around a
    # call of microseconds those reads alone could count as half a core more.
    monkeypatch.setattr(timed.runner, "prepared_call", lambda function, inputs: lambda: sum(range(50_000)))
    vmfbs = {}
    for name in ("a", "b"):
        vmfbs[name] = tmp_path / f"{name}.vmfb"
        vmfbs[name].write_bytes(name.encode())
    first = timed.time_programs(vmfbs, load_target("llvm-cpu"), [], rounds=2)
    assert set(first.samples) == {"a", "b"} and len(first.samples["a"]) == len(first.samples["b"]) >= 2
    # One Python thread computing: one core busy at the most, less where other processes share them.
    assert all(0.2 < first.busy_cores[n] < 1.2 for n in "ab")
    again = timed.time_programs(vmfbs, load_target("llvm-cpu"), [], rounds=2)
    assert again == first  # from the cache
    for entry in (tmp_path / "cache" / "timing").glob("*.json"):
        older = json.loads(entry.read_text())
        del older[timed.BUSY_CORES]  # an entry written before busy cores were recorded
        entry.write_text(json.dumps(older))
    old = timed.time_programs(vmfbs, load_target("llvm-cpu"), [], rounds=2)
    assert old.samples == first.samples and old.busy_cores == {"a": None, "b": None}


def test_host_load_reads_what_other_processes_took_from_the_kernel_counters(tmp_path) -> None:
    import os

    from iops_mlir import host_load

    tick = os.sysconf("SC_CLK_TCK")
    stat = tmp_path / "stat"
    # user nice system idle iowait irq softirq steal: idle and iowait are not busy
    stat.write_text(f"cpu  {3 * tick} 0 {tick} 100 50 0 0 {tick}\ncpu0 1 0 0 0 0 0 0 0\ncpu1 1 0 0 0 0 0 0 0\n")
    reading = host_load.read(stat)
    assert reading.cpus == 2 and reading.machine_busy_s == pytest.approx(5.0)
    later = host_load.Reading(reading.machine_busy_s + 3.0, reading.own_s + 1.0, reading.at_s + 2.0, 2)
    assert host_load.other_cores(reading, later) == pytest.approx(1.0)  # 3 s busy, 1 s of it ours, over 2 s
    assert host_load.short_cores(1.0, workers=2, cpus=2) == pytest.approx(1.0)
    assert host_load.short_cores(1.0, workers=2, cpus=8) == 0.0  # cores enough for both
    assert host_load.other_cores(None, later) is None and host_load.read(tmp_path / "absent") is None
    stat.write_text("intr 1 2 3\n")
    assert host_load.read(stat) is None


def test_host_load_sees_a_process_that_keeps_a_core_busy() -> None:
    import subprocess
    import sys
    import time

    from iops_mlir import host_load

    if host_load.read() is None:
        pytest.skip("no /proc/stat on this system")
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.3)
        with host_load.Watch(workers=1) as watch:
            time.sleep(1.0)
    finally:
        spinner.kill()
        spinner.wait()
    assert watch.other >= 0.7  # the spinner's core, and whatever else runs beside this test
    with host_load.Watch(workers=1) as own:  # this process's own work is not another's
        end = time.perf_counter() + 0.5
        while time.perf_counter() < end:
            pass
    assert own.other < watch.other


def test_a_timing_taken_on_a_busy_machine_is_taken_again_once_the_machine_is_quiet(tmp_path, monkeypatch,
                                                                                   machine_load) -> None:
    """A cached session whose workers lacked cores is reused while the machine is still busy (the
    same bytes again) and timed again once it is quiet, the quieter session replacing it."""
    from iops_mlir.cost import timed
    from iops_mlir.targets import load_target

    monkeypatch.setenv("IOPS_MLIR_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(timed.runner, "load_function", lambda path, device, flags=None: path)
    monkeypatch.setattr(timed.runner, "prepared_call", lambda function, inputs: lambda: sum(range(20_000)))
    vmfbs = {name: tmp_path / f"{name}.vmfb" for name in "ab"}
    for name, path in vmfbs.items():
        path.write_bytes(name.encode())
    target = load_target("llvm-cpu")
    busy = timed.time_programs(vmfbs, target, [], rounds=2)
    assert busy.short_cores == 1.0 and busy.on_busy_machine
    assert timed.time_programs(vmfbs, target, [], rounds=2) == busy  # still busy: the cached session
    machine_load.update(probe=0.0, short=1.5)  # quiet for the probe, busier again while timed
    assert timed.time_programs(vmfbs, target, [], rounds=2) == busy  # the quieter session stands
    del machine_load["probe"]
    machine_load["short"] = 0.0
    quiet = timed.time_programs(vmfbs, target, [], rounds=2)
    assert quiet.short_cores == 0.0 and not quiet.on_busy_machine and quiet.samples != busy.samples
    machine_load["short"] = 1.0
    assert timed.time_programs(vmfbs, target, [], rounds=2) == quiet  # a quiet session is kept for good
