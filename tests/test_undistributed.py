"""One worker per dispatch (`pipeline.undistributed`): the target's flags, when the closed loop
tries the fastest program's waves compiled that way, and that it computes what torch computes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from iops_mlir import runner
from iops_mlir.iree_tools import tool_path
from iops_mlir.pipeline import undistributed
from iops_mlir.pipeline.profiling import FLAT
from iops_mlir.targets import load_target
from iops_mlir.workers import WorkersCheck
from conftest import run_cli

FLAG = "--iree-llvmcpu-disable-distribution"


def test_llvm_cpu_compiles_one_worker_per_dispatch_and_cuda_does_not() -> None:
    cpu = load_target("llvm-cpu")
    alone = cpu.undistributed()
    assert alone.compile_flags == cpu.compile_flags + (FLAG,) and alone.runtime_flags == cpu.runtime_flags
    assert alone.undistributed() is None  # the flags are added once
    assert FLAG not in cpu.compile_flags
    assert load_target("cuda").undistributed() is None


def _check(advised: int) -> WorkersCheck:
    return WorkersCheck(2, {2: [100.0, 104.0], 1: [70.0, 72.0]}, advised)


def test_it_is_tried_only_where_fewer_workers_were_surely_faster_and_there_is_a_model() -> None:
    cpu, profiled = load_target("llvm-cpu"), SimpleNamespace(profiled=object())
    assert undistributed.why_not(cpu, _check(1), profiled, "iree-max-concurrency") is None
    assert "not surely faster" in undistributed.why_not(cpu, _check(2), profiled, "iree-max-concurrency")
    assert "not surely faster" in undistributed.why_not(cpu, None, profiled, "iree-max-concurrency")
    assert "one dispatch at a time" in undistributed.why_not(cpu, _check(1), profiled, FLAT)
    assert "not profiled" in undistributed.why_not(cpu, _check(1), SimpleNamespace(profiled=None), "iops")
    assert "no code generation" in undistributed.why_not(load_target("cuda"), _check(1), profiled, "iops")


def _compile(spec: str, tmp_path: Path, capsys, name: str, *extra: str) -> tuple[dict, str]:
    code, out, err = run_cli(capsys, "compile", "--module", spec, "--replace", "none", "--verify-rounds", "3",
                             "-o", tmp_path / f"{name}.vmfb", "--dump-dir", tmp_path / name, *extra)
    assert code == 0, err
    return json.loads((tmp_path / name / "schedule.json").read_text()), out + err


def test_the_closed_loop_times_the_winners_waves_on_one_worker_each(tiny_module_spec, tmp_path, capsys,
                                                                    monkeypatch) -> None:
    """Tried whatever the worker check says, and the search's pick under the one-worker model
    compiled whatever it is predicted (those rules have their own tests): the winner's waves and
    the pick are compiled with the flag, predicted before they are timed, timed against IREE's
    best order, and ship only where surely faster; each computes what torch computes, and a
    recompile writes the same bytes. `--distribution keep` tries neither."""
    from iops_mlir import frontend
    from iops_mlir.pipeline import closed_loop

    rule = undistributed.why_not
    monkeypatch.setattr(undistributed, "why_not",
                        lambda target, check, owner, of: rule(target, _check(1), owner, of))
    monkeypatch.setattr(closed_loop._Loop, "not_promising", lambda self, plan, margin=0.0: "not in this test")
    monkeypatch.setattr(closed_loop._Loop, "not_faster", lambda self, predicted, margin: None)
    schedule, err = _compile(tiny_module_spec, tmp_path, capsys, "m")
    loop, shipped = schedule["closed_loop"], schedule["shipped"]
    tried = loop["undistributed"]
    if not tried["tried"]:  # the flat program won: it has no waves to share
        assert "one dispatch at a time" in tried["why"] and shipped["scheduler"] == FLAT
        return
    name, of = tried["scheduler"], tried["undistributed_of"]
    assert name == of + undistributed.SUFFIX and tried["flags"] == [FLAG]
    assert tried["predicted_us"] > 0 and tried["measured_us"] > 0 and "against_best_iree" in tried
    assert shipped["candidates"][name] == tried["measured_us"] and tried["one_worker_per_dispatch"]
    dump = tmp_path / "m"
    commands = (dump / "commands.sh").read_text()
    assert FLAG in commands and f"{name}.vmfb" in commands
    assert (dump / "profiles" / f"{FLAT}{undistributed.SUFFIX}.1.ireeprof").exists()  # its flat program, profiled
    search = tried["search"]  # the search again under the one-worker model, its pick predicted from `name`
    assert search["predicted_us"] > 0 and search["search_seconds"] >= 0
    one_worker = [name]
    if search["compiled"]:
        assert search["scheduler"] == undistributed.PICK and search["one_worker_per_dispatch"]
        assert shipped["candidates"][undistributed.PICK] == search["measured_us"] > 0
        assert f"{undistributed.PICK}.vmfb" in commands
        one_worker.append(undistributed.PICK)
    else:
        assert search["why"] == f"the search picked {of}'s waves"
    _, module, inputs = frontend.load(model=None, module_spec=tiny_module_spec)
    expected = runner.torch_outputs(module, inputs)
    for program in one_worker:
        actual = runner.run(runner.load_function(dump / f"{program}.vmfb", "local-task"), [t.numpy() for t in inputs])
        assert runner.compare(actual, expected).within(1e-4, 1e-4), program
    # The one-worker program of lowest ratio among those surely faster ships; else IREE's best order.
    timed = {c["scheduler"]: c["against_best_iree"] for c in loop["candidates"] if c["scheduler"] in one_worker}
    faster = [n for n, vs in timed.items() if vs["interval"][1] < 1 - loop["min_gain"]]
    if faster:
        assert shipped["scheduler"] == min(faster, key=lambda n: timed[n]["ratio"])
        assert (tmp_path / "m.vmfb").read_bytes() == (dump / f"{shipped['scheduler']}.vmfb").read_bytes()
    else:
        assert shipped["scheduler"] not in one_worker
    again, _ = _compile(tiny_module_spec, tmp_path, capsys, "again")
    assert again["shipped"] == shipped
    assert (tmp_path / "again.vmfb").read_bytes() == (tmp_path / "m.vmfb").read_bytes()
    kept, _ = _compile(tiny_module_spec, tmp_path, capsys, "kept", "--distribution", "keep")
    assert kept["closed_loop"]["undistributed"] == {"tried": False, "why": "--distribution keep"}
    assert not any(c.endswith(undistributed.SUFFIX) or c == undistributed.PICK for c in kept["shipped"]["candidates"])


def test_where_it_ships_the_output_is_its_program_with_its_timeline(tiny_module_spec, tmp_path, capsys,
                                                                    monkeypatch) -> None:
    """Made to ship (any pick counts as faster): the output is the undistributed program, its
    weights in a parameter archive (so its code is generated again, with the flag), the dump
    shows its waves and its measured timeline, and it computes what torch computes."""
    from iops_mlir import frontend
    from iops_mlir.pipeline import closed_loop

    rule = undistributed.why_not
    monkeypatch.setattr(undistributed, "why_not",
                        lambda target, check, owner, of: rule(target, _check(1), owner, of))
    monkeypatch.setattr(closed_loop, "MIN_GAIN", -100.0)
    schedule, err = _compile(tiny_module_spec, tmp_path, capsys, "m", "--parameters-file", tmp_path / "m.irpa")
    shipped, tried = schedule["shipped"], schedule["closed_loop"]["undistributed"]
    if not tried["tried"]:  # the flat program won: it has no waves to share
        assert shipped["scheduler"] == FLAT
        return
    name = shipped["scheduler"]  # the one-worker program of lowest ratio: any counts as surely faster here
    assert name in (tried["scheduler"], tried["search"].get("scheduler")) and shipped["one_worker_per_dispatch"]
    assert f"shipped {name}" in err
    dump = tmp_path / "m"
    of = tried["undistributed_of"]
    ir = of if name == tried["scheduler"] and of.startswith("iree") else name  # an IREE order's IR files, or its own
    assert (dump / "stream.mlir").read_text() == (dump / f"stream.{ir}.mlir").read_text()
    timeline = json.loads((dump / "measured.json").read_text())
    assert timeline["scheduler"] == name and timeline["stages"] == schedule["stage_nodes"]
    last = (dump / "commands.sh").read_text().strip().splitlines()[-1]  # the output's code generation
    assert FLAG in last and str(tmp_path / "m.vmfb") in last
    _, module, inputs = frontend.load(model=None, module_spec=tiny_module_spec)
    expected = runner.torch_outputs(module, inputs)
    for i, t in enumerate(inputs):
        np.save(tmp_path / f"input{i}.npy", t.numpy())
    subprocess.run([tool_path("iree-run-module"), "--device=local-task", f"--module={tmp_path / 'm.vmfb'}",
                    f"--parameters=model={tmp_path / 'm.irpa'}", "--function=main",
                    *[f"--input=@{tmp_path / f'input{i}.npy'}" for i in range(len(inputs))],
                    *[f"--output=@{tmp_path / f'output{i}.npy'}" for i in range(len(expected))]], check=True,
                   capture_output=True)
    actual = [np.load(tmp_path / f"output{i}.npy") for i in range(len(expected))]
    assert runner.compare(actual, expected).within(1e-4, 1e-4)
