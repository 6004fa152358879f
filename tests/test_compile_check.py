"""The compile check's single-call timing: processes alternate between the two outputs and are
pooled, and the ratio is taken within process pairs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import compile_check  # noqa: E402  (a tool, importable once its folder is on the path)


def test_single_calls_alternate_processes_and_pool_them(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []
    # Two placements of the workers: processes 0-1 on one core (fast, one core busy), 2-3 on two
    # (slow, 1.7 busy); the output is 0.8x IREE's order in both.
    phase = {0: 1.0, 1: 1.0, 2: 2.0, 3: 2.0}
    busy = {0: 0.95, 1: 0.95, 2: 1.7, 3: 1.7}
    base = {"iops.vmfb": 80.0, "iree.vmfb": 100.0}

    def fake_times(vmfb: Path, inputs: list[str], repetitions: int, target: object,
                   calls: int) -> dict[str, list[float]]:
        assert calls == 1
        process = sum(1 for r in ran if r == vmfb.name)
        ran.append(vmfb.name)
        real = [base[vmfb.name] * phase[process] + k for k in range(repetitions)]
        return {"real_time": real, "cpu_time": [x * busy[process] for x in real]}

    monkeypatch.setattr(compile_check, "benchmark_times_us", fake_times)
    found = compile_check.single_calls({"iops": Path("iops.vmfb"), "iree": Path("iree.vmfb")}, [], 12, 4)
    assert ran == ["iops.vmfb", "iree.vmfb", "iree.vmfb", "iops.vmfb"] * 2  # in order, then reversed
    assert [len(p.real_us) for p in found["iops"]] == [3, 3, 3, 3]
    assert compile_check._process_medians(found["iops"]) == [81.0, 81.0, 161.0, 161.0]
    assert sorted(compile_check._pooled(found["iops"]))[0] == 80.0
    # Within each pair the phases are alike, so the ratio is the output's own, not the phases'.
    assert compile_check._paired_ratio(found["iops"], found["iree"]) == pytest.approx(0.8, abs=0.01)
    # The processes with the workers on both cores are told apart by their CPU time alone.
    placed = compile_check._placement(found, predicted_us=161.0)
    assert placed["both_cores_processes"] == 2 and placed["both_cores_call_us"] == 161.0
    assert placed["both_cores_call_error"] == 0.0 and placed["iree_order_both_cores_call_us"] == 201.0
    assert placed["benchmark_module_call_cores_busy"] == [0.95, 0.95, 1.7, 1.7]
    row = {"both_cores_processes": 2, "benchmark_module_call_cores_busy": [1.0] * 4, "both_cores_call_us": 161.0,
           "both_cores_call_error": 0.0}
    assert compile_check._both_cores_cell(row) == "2 of 4, 161, +0.0%"


def test_no_process_on_both_cores_leaves_the_median_out() -> None:
    one_core = [compile_check.Process([100.0, 102.0], [98.0, 99.0])]
    placed = compile_check._placement({"iops": one_core, "iree": one_core}, predicted_us=150.0)
    assert placed["both_cores_processes"] == 0
    assert placed["both_cores_call_us"] is None and placed["both_cores_call_error"] is None


def test_loop_ratio_is_the_shipped_median_over_iree_default() -> None:
    shipped = {"measured_us": 80.0, "candidates": {"iree": 100.0, "iree-max-concurrency": 90.0}}
    assert compile_check._loop_ratio(shipped) == 0.8
    assert compile_check._loop_ratio({"measured_us": 80.0, "candidates": {}}) is None


def test_the_speed_since_the_compile_is_read_on_irees_order_unless_it_ships(tmp_path: Path) -> None:
    """IREE's order ran at 0.5 of the closed loop's time of the same file: the shipped prediction at
    that speed is set against the output; where the output is IREE's order, nothing is given."""
    iree = tmp_path / "iree.vmfb"
    iree.write_bytes(b"iree's order")
    digest = compile_check.file_digest(iree)
    iree_calls = [compile_check.Process([50.0, 50.0], [80.0, 80.0])]
    loop = [{"scheduler": "iree", "measured_us": 100.0, "sha256": digest},
            {"scheduler": "iree-max-concurrency", "measured_us": 90.0, "sha256": "other"}]
    shipped = {"scheduler": "iree-max-concurrency", "predicted_us": 92.0, "sha256": "other"}
    found = compile_check._speed_since_compile(iree, iree_calls, 44.0, loop, shipped)
    assert found == {"speed_since_compile": 0.5, "error_at_check_speed": round(92 * 0.5 / 44 - 1, 4)}
    assert compile_check._speed_cell(found) == "x0.500: +4.5%"
    # The output is IREE's order's file; or the loop timed another file under that name.
    assert compile_check._speed_since_compile(iree, iree_calls, 44.0, loop, {**shipped, "sha256": digest}) == \
        {"speed_since_compile": None, "error_at_check_speed": None}
    loop[0]["sha256"] = "a replaced program's order"
    assert compile_check._speed_since_compile(iree, iree_calls, 44.0, loop, shipped)["speed_since_compile"] is None
    assert compile_check._speed_cell({}) == "-"
