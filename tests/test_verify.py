"""`--verify`: the compiled program is timed against IREE's own order, and the faster is kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iops_mlir import runner, verify
from iops_mlir.pipeline import verdict
from iops_mlir.waves import cmd_waves
from conftest import run_cli


def test_verdict_keeps_the_candidate_only_past_the_minimum_gain() -> None:
    assert verify.Verdict(9.8, 10.0, 20, 0.01).keeps_candidate
    assert not verify.Verdict(9.95, 10.0, 20, 0.01).keeps_candidate
    assert not verify.Verdict(10.5, 10.0, 20, 0.01).keeps_candidate
    report = verify.Verdict(10.5, 10.0, 20, 0.01).as_json("local-task")
    assert report["kept"] == "iree" and report["ratio"] == 1.05 and report["rounds"] == 20


def _compile_verified(spec: str, tmp_path: Path, capsys) -> tuple[dict, Path]:
    code, _, err = run_cli(capsys, "compile", "--module", spec, "-q", "--cost-model", "analytic",
                           "--verify", "on", "--verify-rounds", "3", "-o", tmp_path / "m.vmfb",
                           "--dump-dir", tmp_path / "dump")
    assert code == 0, err
    return json.loads((tmp_path / "dump" / "schedule.json").read_text()), tmp_path / "m.vmfb"


def _matches_torch(vmfb: Path, spec: str) -> bool:
    from iops_mlir import frontend

    _, module, inputs = frontend.load(model=None, module_spec=spec)
    actual = runner.run(runner.load_function(vmfb, "local-task"), [t.numpy() for t in inputs])
    return runner.compare(actual, runner.torch_outputs(module, inputs)).within(1e-4, 1e-4)


@pytest.fixture
def always_verify(monkeypatch):
    """Verification whatever the schedule (the tiny model's may equal IREE's order)."""
    monkeypatch.setattr(verdict, "needs_verdict", lambda *args: True)


def test_a_faster_program_is_kept_with_the_verdict(always_verify, monkeypatch, tiny_module_spec, tmp_path,
                                                    capsys) -> None:
    monkeypatch.setattr(verify, "MIN_GAIN", -1.0)  # any candidate up to 2x slower counts as faster
    schedule, vmfb = _compile_verified(tiny_module_spec, tmp_path, capsys)
    report = schedule["verification"]
    assert report["kept"] == "candidate" and report["rounds"] == 3 and report["device"] == "local-task"
    assert report["candidate_median_ms"] > 0 and report["iree_median_ms"] > 0
    assert schedule["scheduler"] == "iops" and _matches_torch(vmfb, tiny_module_spec)
    shipped = schedule["shipped"]  # the output, measured: the candidate's timing
    assert shipped["scheduler"] == "iops"
    assert shipped["measured_us"] == pytest.approx(report["candidate_median_ms"] * 1e3, abs=1e-3)
    assert set(shipped["candidates"]) == {"iops", "iree"}


def test_a_program_that_is_not_faster_gives_way_to_iree_order(always_verify, monkeypatch, tiny_module_spec,
                                                              tmp_path, capsys) -> None:
    monkeypatch.setattr(verify, "MIN_GAIN", 1.0)  # nothing can be 100% faster
    schedule, vmfb = _compile_verified(tiny_module_spec, tmp_path, capsys)
    report = schedule["verification"]
    assert report["kept"] == "iree" and report["rejected_scheduler"] == "iops"
    assert schedule["scheduler"] == "iree" and schedule["replacements"]["applied"] is False
    # The output is IREE's order: its waves are the ones schedule.json lists, and it is the very
    # program that was timed as IREE's.
    stream = (tmp_path / "dump" / "stream.mlir").read_text()
    assert [sorted(w) for w in cmd_waves(stream) if len(w) > 1] == [sorted(s) for s in schedule["stages"] if len(s) > 1]
    assert stream == (tmp_path / "dump" / "stream.iree.mlir").read_text()
    assert vmfb.read_bytes() == (tmp_path / "dump" / "iree-order.vmfb").read_bytes()  # nothing compiled twice
    assert len(schedule["timeline"]["stage_us"]) == len(schedule["stages"])  # what explain draws
    shipped = schedule["shipped"]  # IREE's order shipped: its own prediction and timing, not the rejected one's
    assert shipped["scheduler"] == "iree" and shipped["predicted_us"] == pytest.approx(schedule["predicted_us"]["iree"])
    assert shipped["measured_us"] == pytest.approx(report["iree_median_ms"] * 1e3, abs=1e-3)
    assert _matches_torch(vmfb, tiny_module_spec)


def test_bad_verify_rounds_get_a_clear_error(tiny_module_spec, capsys, tmp_path) -> None:
    from conftest import assert_clean_error

    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--verify-rounds", "2",
                           "-o", tmp_path / "m.vmfb")
    assert_clean_error(code, err, "--verify-rounds must be at least 3")
    assert not (tmp_path / "m.vmfb").exists()
