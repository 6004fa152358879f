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
    # Two phases of the machine: processes 0-1 fast, 2-3 slow; the output is 0.8x IREE's order in both.
    phase = {0: 1.0, 1: 1.0, 2: 2.0, 3: 2.0}
    base = {"iops.vmfb": 80.0, "iree.vmfb": 100.0}

    def fake_benchmark_us(vmfb: Path, inputs: list[str], repetitions: int, target: object, calls: int) -> list[float]:
        assert calls == 1
        process = sum(1 for r in ran if r == vmfb.name)
        ran.append(vmfb.name)
        return [base[vmfb.name] * phase[process] + k for k in range(repetitions)]

    monkeypatch.setattr(compile_check, "benchmark_us", fake_benchmark_us)
    found = compile_check.single_calls({"iops": Path("iops.vmfb"), "iree": Path("iree.vmfb")}, [], 12, 4)
    assert ran == ["iops.vmfb", "iree.vmfb", "iree.vmfb", "iops.vmfb"] * 2  # in order, then reversed
    assert [len(xs) for xs in found["iops"]] == [3, 3, 3, 3]
    assert compile_check._process_medians(found["iops"]) == [81.0, 81.0, 161.0, 161.0]
    assert sorted(compile_check._pooled(found["iops"]))[0] == 80.0
    # Within each pair the phases are alike, so the ratio is the output's own, not the phases'.
    assert compile_check._paired_ratio(found["iops"], found["iree"]) == pytest.approx(0.8, abs=0.01)


def test_loop_ratio_is_the_shipped_median_over_iree_default() -> None:
    shipped = {"measured_us": 80.0, "candidates": {"iree": 100.0, "iree-max-concurrency": 90.0}}
    assert compile_check._loop_ratio(shipped) == 0.8
    assert compile_check._loop_ratio({"measured_us": 80.0, "candidates": {}}) is None
