"""The worker-count check of the output: iree-benchmark-module's output read, fewer workers advised
only where every process pair shows it, and the measurement cached (no device: the tool faked)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

from iops_mlir import iree_tools, workers
from iops_mlir.targets import load_target

DATA = Path(__file__).parent / "data"


def test_benchmark_output_gives_real_and_cpu_time_per_call() -> None:
    # Recorded: small RandWire under iree-benchmark-module, 3 repetitions of 10 calls, JSON format.
    text = (DATA / "iree_benchmark_repetitions.json").read_text()
    real = iree_tools.repetition_times_us(text)["main"]
    cpu = iree_tools.repetition_times_us(text, "cpu_time")["main"]
    assert len(real) == len(cpu) == 3  # the repetitions; the mean, median and spread rows left out
    assert all(100 < r < 10_000 for r in real)  # microseconds, from the file's milliseconds
    assert all(c > r for r, c in zip(real, cpu))  # two workers busy: more CPU time than wall time


@pytest.mark.parametrize("medians, advised", [
    ({2: [600.0, 620.0], 1: [300.0, 330.0]}, 1),  # faster in both pairs
    ({2: [600.0, 620.0], 1: [300.0, 600.0]}, 2),  # one pair within 10%: a phase of the machine, not advised
    ({2: [300.0, 320.0], 1: [600.0, 610.0]}, 2),  # slower
    ({8: [500.0, 500.0], 2: [300.0, 300.0], 1: [460.0, 440.0]}, 2),  # the fewest that is faster: 1 is not
    ({8: [500.0, 500.0], 2: [300.0, 300.0], 1: [200.0, 210.0]}, 1),
    # Four pairs, one where the target's workers shared a core: three of four show the gain.
    ({2: [310.0, 300.0, 220.0, 320.0], 1: [160.0, 150.0, 210.0, 170.0]}, 1),
    ({2: [310.0, 300.0, 220.0, 230.0], 1: [160.0, 150.0, 210.0, 220.0]}, 2),  # two of four
])
def test_fewer_workers_are_advised_only_where_the_process_pairs_show_the_gain(medians, advised) -> None:
    assert workers.advise(max(medians), medians) == advised


def test_more_pairs_are_timed_only_where_the_first_disagree() -> None:
    assert workers.pairs_disagree(2, {2: [600.0, 620.0], 1: [300.0, 600.0]})
    assert not workers.pairs_disagree(2, {2: [600.0, 620.0], 1: [300.0, 330.0]})  # both show it
    assert not workers.pairs_disagree(2, {2: [300.0, 320.0], 1: [600.0, 610.0]})  # neither


def test_worker_flags() -> None:
    cpu = load_target("llvm-cpu")
    count = workers.target_workers(cpu)
    assert count is not None and f"--task_topology_group_count={count}" in cpu.runtime_flags
    assert workers.with_workers(("--a", "--task_topology_group_count=8"), 1) == ("--a", "--task_topology_group_count=1")
    assert workers.target_workers(load_target("cuda")) is None  # no CPU workers to count
    assert workers.worker_counts(16) == [16, 2, 1] and workers.worker_counts(2) == [2, 1]


def test_the_check_times_each_count_in_two_alternating_processes_and_caches_it(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("IOPS_MLIR_CACHE", str(tmp_path / "cache"))
    cpu = load_target("llvm-cpu")
    monkeypatch.setattr(workers, "target_workers", lambda target: 2)
    vmfb = tmp_path / "m.vmfb"
    vmfb.write_bytes(b"a program")
    ran: list[str] = []
    per_call_ms = {"2": [0.60, 0.62], "1": [0.30, 0.33]}

    def fake_tool(argv, *, what, cwd=None):
        count = next(a.split("=")[1] for a in argv if a.startswith("--task_topology_group_count="))
        ran.append(count)
        assert "--benchmark_min_time=33x" in argv  # calls enough to fill 20 ms at about 600 us each
        assert any(a.startswith("--input=@") for a in argv)
        ms = per_call_ms[count][(sum(c == count for c in ran) - 1) % 2]
        runs = [{"run_name": "BM_main/process_time/real_time", "run_type": "iteration", "real_time": ms,
                 "cpu_time": 2 * ms, "time_unit": "ms"} for _ in range(workers.REPETITIONS)]
        return subprocess.CompletedProcess(argv, 0, json.dumps({"benchmarks": runs}), "")

    monkeypatch.setattr(iree_tools, "run_tool", fake_tool)
    inputs = [np.ones((2, 3), np.float32)]
    check = workers.check_workers(vmfb, cpu, inputs, tmp_path / "work", expected_us=600.0)
    assert ran == ["2", "1", "1", "2"]  # in order, then in reverse
    assert check.process_medians_us == {2: [600.0, 620.0], 1: [300.0, 330.0]}
    assert check.advised == 1 and check.speedup == pytest.approx(610 / 315)
    assert check.to_json()["median_us"] == {"2": 610.0, "1": 315.0}
    slower = workers.WorkersCheck(2, {2: [300.0, 320.0], 1: [600.0, 610.0]}, 2)
    assert slower.sentence("it") == "it on 1 worker: 605 us against 310 us on 2 (x0.51): fewer workers are slower here"
    close = workers.WorkersCheck(2, {2: [300.0, 320.0], 1: [280.0, 300.0]}, 2)
    assert close.sentence("it").endswith("fewer workers are not surely faster here (by 10% in both of two "
                                         "process pairs, or three of four)")
    again = workers.check_workers(vmfb, cpu, inputs, tmp_path / "work", expected_us=600.0)
    assert len(ran) == 4 and again == check  # from the cache
    for entry in (tmp_path / "cache" / "workers").glob("*.json"):
        entry.write_text('{"process_medians_us": {"2": [600, -5], "1": [300, 330]}}')  # hand-edited
    workers.check_workers(vmfb, cpu, inputs, tmp_path / "work", expected_us=600.0)
    assert len(ran) == 8  # a corrupted entry is measured again


def test_where_the_first_pairs_disagree_two_more_decide(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("IOPS_MLIR_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(workers, "target_workers", lambda target: 2)
    vmfb = tmp_path / "m.vmfb"
    vmfb.write_bytes(b"a program")
    # The second pair met one worker in a slow placement: 600 us against 620.
    per_call_ms = {"2": [0.60, 0.62, 0.61, 0.60], "1": [0.30, 0.60, 0.31, 0.32]}
    ran: list[str] = []

    def fake_tool(argv, *, what, cwd=None):
        count = next(a.split("=")[1] for a in argv if a.startswith("--task_topology_group_count="))
        ms = per_call_ms[count][sum(c == count for c in ran)]
        ran.append(count)
        runs = [{"run_name": "BM_main/process_time/real_time", "run_type": "iteration", "real_time": ms,
                 "cpu_time": 2 * ms, "time_unit": "ms"} for _ in range(workers.REPETITIONS)]
        return subprocess.CompletedProcess(argv, 0, json.dumps({"benchmarks": runs}), "")

    monkeypatch.setattr(iree_tools, "run_tool", fake_tool)
    said: list[str] = []
    check = workers.check_workers(vmfb, load_target("llvm-cpu"), [np.ones(2, np.float32)], tmp_path / "work",
                                  expected_us=600.0, say=said.append)
    assert ran == ["2", "1", "1", "2"] * 2
    assert check.process_medians_us == {2: [600.0, 620.0, 610.0, 600.0], 1: [300.0, 600.0, 310.0, 320.0]}
    assert check.advised == 1  # three of four pairs show the gain
    assert "the first 2 process pairs disagree; timing 2 more" in said
    again = workers.check_workers(vmfb, load_target("llvm-cpu"), [np.ones(2, np.float32)], tmp_path / "work",
                                  expected_us=600.0)
    assert len(ran) == 8 and again == check  # four pairs come back from the cache


def test_a_check_on_a_busy_machine_says_so_and_is_taken_again_once_the_machine_is_quiet(tmp_path, monkeypatch,
                                                                                      machine_load) -> None:
    """With a core taken by another process, fewer workers lose less: such a check's advice says
    it was busy, stands while the machine is still busy, and is measured again once it is quiet."""
    monkeypatch.setenv("IOPS_MLIR_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(workers, "target_workers", lambda target: 2)
    vmfb = tmp_path / "m.vmfb"
    vmfb.write_bytes(b"a program")
    ran: list[str] = []

    def fake_tool(argv, *, what, cwd=None):
        count = next(a.split("=")[1] for a in argv if a.startswith("--task_topology_group_count="))
        ran.append(count)
        # Busy: one worker is as fast as two and a half times faster. Quiet: two workers win.
        ms = {"2": 0.6, "1": 0.3} if machine_load["short"] > 0.5 else {"2": 0.3, "1": 0.5}
        runs = [{"run_name": "BM_main/process_time/real_time", "run_type": "iteration", "real_time": ms[count],
                 "cpu_time": ms[count], "time_unit": "ms"} for _ in range(workers.REPETITIONS)]
        return subprocess.CompletedProcess(argv, 0, json.dumps({"benchmarks": runs}), "")

    monkeypatch.setattr(iree_tools, "run_tool", fake_tool)
    check = lambda: workers.check_workers(vmfb, load_target("llvm-cpu"), [np.ones(2, np.float32)],  # noqa: E731
                                          tmp_path / "work", expected_us=600.0)
    busy = check()
    assert busy.advised == 1 and busy.short_cores == 1.0 and busy.to_json()["short_cores"] == 1.0
    assert busy.sentence("it").endswith("run it with --task_topology_group_count=1 (other processes left the 2 "
                                        "workers 1.00 cores short while they were timed)")
    assert check() == busy and len(ran) == 4  # still busy: the cached check stands
    machine_load.update(probe=0.0, short=1.5)  # quiet for the probe, busier again while measured
    assert check() == busy and len(ran) == 8  # measured again, and the quieter check stands
    del machine_load["probe"]
    machine_load["short"] = 0.0
    quiet = check()
    assert len(ran) == 12 and quiet.advised == 2 and quiet.short_cores == 0.0
    assert "short" not in quiet.sentence("it")
    machine_load["short"] = 1.0
    assert check() == quiet and len(ran) == 12  # the quiet check is kept


def test_the_closed_loop_records_the_advice_and_survives_a_failing_tool(tmp_path, monkeypatch) -> None:
    from types import SimpleNamespace

    from iops_mlir.errors import ToolError
    from iops_mlir.pipeline import closed_loop

    said: list[str] = []
    target = dataclasses.replace(load_target("llvm-cpu"), runtime_flags=("--task_topology_group_count=2",))
    loop = SimpleNamespace(target=target, inputs=[], progress=SimpleNamespace(say=said.append))
    program = SimpleNamespace(variant=SimpleNamespace(work=tmp_path))
    winner = SimpleNamespace(vmfb=tmp_path / "w.vmfb", measured_us=600.0, owner=SimpleNamespace(program=program))

    def shipped() -> SimpleNamespace:
        report = SimpleNamespace(runtime={"device": "local-task", "flags": list(target.runtime_flags)})
        return SimpleNamespace(report=report, program=program)

    def failing(*args, **kwargs):
        raise ToolError("iree-benchmark-module (w.vmfb, 1 workers) failed (exit 1).")
    monkeypatch.setattr(closed_loop, "check_workers", failing)
    kept = shipped()
    closed_loop._report_workers(loop, closed_loop._time_workers(loop, winner), kept)
    assert kept.report.runtime == {"device": "local-task", "flags": ["--task_topology_group_count=2"]}
    assert "the target's flags stand" in said[-1]
    monkeypatch.setattr(closed_loop, "check_workers", lambda *a, **k: workers.WorkersCheck(
        2, {2: [600.0, 620.0], 1: [300.0, 330.0]}, 1))
    advised = shipped()
    closed_loop._report_workers(loop, closed_loop._time_workers(loop, winner), advised)
    assert advised.report.runtime["advised_flags"] == ["--task_topology_group_count=1"]
    assert advised.report.runtime["workers_check"]["speedup"] == pytest.approx(610 / 315, abs=1e-3)
    assert said[-1] == ("the output on 1 worker: 315 us against 610 us on 2 (x1.94): fewer workers are faster here; "
                        "run it with --task_topology_group_count=1")
