"""Code for the device's workers (`pipeline.code_variants`): the target's variants, when the closed
loop tries the fastest program's waves compiled with them, and that they compute what torch computes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from iops_mlir import runner
from iops_mlir.cost.hal_profile import DispatchEvent, ProgramProfile
from iops_mlir.cost.wave_model import ProfiledProgram, WaveCost, WaveModel
from iops_mlir.iree_tools import tool_path
from iops_mlir.pipeline import code_variants
from iops_mlir.pipeline.profiling import FLAT
from iops_mlir.targets import cpu_workers, load_target
from iops_mlir.workers import WorkersCheck
from conftest import run_cli

ONE_WORKER = "--iree-llvmcpu-disable-distribution"
DEVICE_SPLIT = f"--iree-llvmcpu-number-of-threads={cpu_workers()}"
FLAGS = {"device-split": [DEVICE_SPLIT], "one-worker": [ONE_WORKER]}


def test_llvm_cpu_has_code_for_the_devices_workers_and_cuda_has_none() -> None:
    cpu = load_target("llvm-cpu")
    assert [(v.name, list(v.flags)) for v in cpu.code_variants] == list(FLAGS.items())
    for variant in cpu.code_variants:
        moved = cpu.with_code(variant)
        assert moved.compile_flags == cpu.compile_flags + variant.flags and moved.runtime_flags == cpu.runtime_flags
        assert moved.code_variants == ()  # the flags are added once
        assert not set(variant.flags) & set(cpu.compile_flags)
    assert cpu.code_variant("one-worker").suffix == "-undistributed"
    assert load_target("cuda").code_variants == ()


def test_a_variant_is_predicted_from_the_flat_programs_timing() -> None:
    """The waves' measured call with the default code times the flat programs' timed ratio,
    whatever the code does to the waves."""
    assert code_variants.predict(100.0, 0.9) == 90.0
    assert code_variants.predict(100.0, 1.8) == 180.0


def _program(name: str, stages: list[list[int]], spans_ns: dict[int, tuple[int, int]]) -> ProfiledProgram:
    """A profiled program of two calls, each dispatch run for `spans_ns[node]` = (start, end), one
    worker each (core time = latency)."""
    run = {n: DispatchEvent("d", 0, 1, n, a, b, b - a) for n, (a, b) in spans_ns.items()}
    return ProfiledProgram(name, stages, ProgramProfile("local-task", [run, run]))


def test_the_variants_model_is_refitted_on_its_own_waves_before_the_search_under_it() -> None:
    """Two dispatches of 10 us alone that take 15 us side by side: the variant's waves span 1.5
    times their bound, whatever the default code's waves showed. Without a wave of two or more
    the transferred model stands."""
    flat = _program("iree-debug-undistributed", [[0], [1]], {0: (0, 10_000), 1: (12_000, 22_000)})
    transferred = WaveCost(WaveModel(2, {0: 10.0, 1: 10.0}, {0: 10.0, 1: 10.0}, contention=1.0, gap_us=2.0),
                           fit_samples=0, heldout=None)
    built = code_variants.Built("w", Path("w.vmfb"), 100.0, transferred, 0.9, flat)
    waves = _program("w", [[0, 1]], {0: (0, 15_000), 1: (0, 15_000)})
    refitted = code_variants.refit(built, waves, [0, 1])
    assert refitted.model.contention == 1.5 and refitted.fitted_on == ("iree-debug-undistributed", "w")
    assert refitted.model.stage_us([0, 1]) == 15.0 + 2.0 and refitted.model.stage_us([0]) == 10.0 + 2.0
    assert code_variants.refit(built, flat, [0, 1]) is transferred


def _check(advised: int, one_worker_us: tuple[float, float] = (70.0, 72.0)) -> WorkersCheck:
    return WorkersCheck(2, {2: [100.0, 104.0], 1: list(one_worker_us)}, advised)


def _owner(utilisation: float | None = 0.8) -> SimpleNamespace:
    """A candidate's program, profiled, whose headroom shows IREE's order keeping its two
    workers busy `utilisation` of its time (None: no headroom)."""
    headroom = None if utilisation is None else SimpleNamespace(utilisation=utilisation, workers=2)
    return SimpleNamespace(profiled=SimpleNamespace(headroom=headroom))


def test_they_are_tried_only_where_fewer_workers_were_faster_and_there_is_a_model() -> None:
    cpu, profiled = load_target("llvm-cpu"), _owner()
    assert code_variants.why_not(cpu, _check(1), profiled, "iree-max-concurrency") is None
    # 10% faster in the median (87.5 us against 102), not in every pair (100 against 104): tried,
    # since a candidate is timed before it ships, where the advice is not.
    assert code_variants.why_not(cpu, _check(2, (75.0, 100.0)), profiled, "iree-max-concurrency") is None
    # Faster in the median by less than 10% (97 and 95 us against 102), or slower (102.5 and 125):
    # the variants' compiles are not paid for a difference within the workers check's noise.
    for not_by_enough in ((95.0, 99.0), (80.0, 110.0), (95.0, 110.0), (120.0, 130.0)):
        assert "not faster" in code_variants.why_not(cpu, _check(2, not_by_enough), profiled, "iree-max-concurrency")
    assert "not faster" in code_variants.why_not(cpu, None, profiled, "iree-max-concurrency")
    assert "not faster" in code_variants.why_not(cpu, None, _owner(None), "iree-max-concurrency")
    assert "one dispatch at a time" in code_variants.why_not(cpu, _check(1), profiled, FLAT)
    assert "not profiled" in code_variants.why_not(cpu, _check(1), SimpleNamespace(profiled=None), "iops")
    assert "no other code generation" in code_variants.why_not(load_target("cuda"), _check(1), profiled, "iops")
    split = cpu.code_variant("device-split")  # IREE's own split is for 8 threads: nothing to try there
    assert code_variants.why_not_variant(split, 2) is None
    assert "IREE's default code" in code_variants.why_not_variant(split, 8)
    assert code_variants.why_not_variant(cpu.code_variant("one-worker"), 8) is None


def test_they_are_tried_where_irees_order_leaves_the_workers_idle_whatever_the_workers_check() -> None:
    """Small NASNet-A's IREE order keeps two workers about half busy, while the noisy workers
    check may find two workers faster: the profile's idle time calls for the variants alone."""
    cpu, slower = load_target("llvm-cpu"), _check(2, (120.0, 130.0))
    idle = _owner(code_variants.IDLE_UTILISATION - 0.07)
    for check in (slower, None):
        assert code_variants.why_not(cpu, check, idle, "iree-max-concurrency") is None
    assert "busy 53% of its time" in code_variants.reason_to_try(slower, idle)
    assert "fewer workers ran it at least 10% faster than 2" == code_variants.reason_to_try(_check(1), idle)
    busy = _owner(code_variants.IDLE_UTILISATION)  # at the share itself: the workers check decides
    assert code_variants.reason_to_try(slower, busy) is None
    assert "not faster" in code_variants.why_not(cpu, slower, busy, "iree-max-concurrency")
    # Still nothing to share where the fastest program runs one dispatch at a time.
    assert "one dispatch at a time" in code_variants.why_not(cpu, slower, idle, FLAT)


def _compile(spec: str, tmp_path: Path, capsys, name: str, *extra: str) -> tuple[dict, str]:
    code, out, err = run_cli(capsys, "compile", "--module", spec, "--replace", "none", "--verify-rounds", "3",
                             "-o", tmp_path / f"{name}.vmfb", "--dump-dir", tmp_path / name, *extra)
    assert code == 0, err
    return json.loads((tmp_path / name / "schedule.json").read_text()), out + err


def _tried_always(monkeypatch) -> None:
    """Every variant tried whatever the worker check and the device's worker count say."""
    rule = code_variants.why_not
    monkeypatch.setattr(code_variants, "why_not", lambda target, check, owner, of: rule(target, _check(1), owner, of))
    monkeypatch.setattr(code_variants, "why_not_variant", lambda variant, workers: None)
    monkeypatch.setattr(code_variants, "reason_to_try", lambda check, owner: "tried in this test")


def test_the_closed_loop_times_the_winners_waves_with_each_code_variant(tiny_module_spec, tmp_path, capsys,
                                                                        monkeypatch) -> None:
    """Tried whatever the worker check says, and the search's pick under each variant's model
    compiled whatever it is predicted (those rules have their own tests): the winner's waves and
    the picks are compiled with the variant's flags, predicted before they are timed, timed
    against IREE's best order, and ship only where surely faster; each computes what torch
    computes, and a recompile writes the same bytes. `--distribution keep` tries none."""
    from iops_mlir import frontend
    from iops_mlir.pipeline import closed_loop

    _tried_always(monkeypatch)
    monkeypatch.setattr(closed_loop._Loop, "not_promising", lambda self, plan, margin=0.0: "not in this test")
    monkeypatch.setattr(closed_loop._Loop, "not_faster", lambda self, predicted, margin: None)
    # Under one variant's model no schedule is of use (a bar of 0 us: the search stops before it
    # starts); under the other any is.
    monkeypatch.setattr(closed_loop._Loop, "pick_bar",
                        lambda self, measured, model, margin: 0.0 if measured.code.name == "one-worker" else None)
    schedule, err = _compile(tiny_module_spec, tmp_path, capsys, "m")
    loop, shipped = schedule["closed_loop"], schedule["shipped"]
    tried = loop["code_variants"]
    if not tried["tried"]:  # the flat program won: it has no waves to share
        assert "one dispatch at a time" in tried["why"] and shipped["scheduler"] == FLAT
        return
    assert [v["code"] for v in tried["variants"]] == list(FLAGS) and tried["because"] == "tried in this test"
    dump = tmp_path / "m"
    commands = (dump / "commands.sh").read_text()
    compiled = []
    for variant in tried["variants"]:
        name, of, code = variant["scheduler"], variant["waves_of"], variant["code"]
        assert variant["tried"] and variant["flags"] == FLAGS[code] and FLAGS[code][0] in commands
        assert name == of + load_target("llvm-cpu").code_variant(code).suffix and variant["code"] == code
        assert variant["predicted_us"] > 0 and variant["measured_us"] > 0 and "against_best_iree" in variant
        assert variant["flat_ratio"] > 0  # its flat program timed against the default code's
        assert shipped["candidates"][name] == variant["measured_us"] and f"{name}.vmfb" in commands
        flat = FLAT + load_target("llvm-cpu").code_variant(code).suffix
        assert (dump / "profiles" / f"{flat}.1.ireeprof").exists()  # its flat program, profiled
        assert (dump / "profiles" / f"{name}.1.ireeprof").exists()  # profiled after it was timed...
        compiled.append(name)
        search = variant["search"]  # the search again under the variant's model, its pick predicted from `name`
        assert search["predicted_us"] > 0 and search["search_seconds"] >= 0
        assert search["model"]["fitted_on"][-1] in (name, flat)  # ...and refits that model where it has waves
        if code == "one-worker":
            assert not search["compiled"] and search["why"].endswith("it stopped before the search")
            assert "no schedule under this model predicted faster than" in search["why"]
        elif search["compiled"]:
            pick = f"iops-{code}"
            assert search["scheduler"] == pick and search["code"] == code
            assert shipped["candidates"][pick] == search["measured_us"] > 0 and f"{pick}.vmfb" in commands
            compiled.append(pick)
        else:
            assert search["why"] == f"the search picked {of}'s waves"
    _, module, inputs = frontend.load(model=None, module_spec=tiny_module_spec)
    expected = runner.torch_outputs(module, inputs)
    for program in compiled:
        actual = runner.run(runner.load_function(dump / f"{program}.vmfb", "local-task"), [t.numpy() for t in inputs])
        assert runner.compare(actual, expected).within(1e-4, 1e-4), program
    # The program of lowest ratio among those surely faster ships; else IREE's best order.
    timed = {c["scheduler"]: c["against_best_iree"] for c in loop["candidates"] if "against_best_iree" in c}
    faster = [n for n, vs in timed.items() if vs["interval"][1] < 1 - loop["min_gain"]]
    if faster:
        assert shipped["scheduler"] == min(faster, key=lambda n: timed[n]["ratio"])
        assert (tmp_path / "m.vmfb").read_bytes() == (dump / f"{shipped['scheduler']}.vmfb").read_bytes()
    else:
        assert shipped["scheduler"] not in compiled
    again, _ = _compile(tiny_module_spec, tmp_path, capsys, "again")
    assert again["shipped"] == shipped
    assert (tmp_path / "again.vmfb").read_bytes() == (tmp_path / "m.vmfb").read_bytes()
    kept, _ = _compile(tiny_module_spec, tmp_path, capsys, "kept", "--distribution", "keep")
    assert kept["closed_loop"]["code_variants"] == {"tried": False, "why": "--distribution keep"}
    assert not set(compiled) & set(kept["shipped"]["candidates"])


def test_where_one_ships_the_output_is_its_program_with_its_timeline(tiny_module_spec, tmp_path, capsys,
                                                                      monkeypatch) -> None:
    """Made to ship (any candidate counts as faster): the output is a code variant's program, its
    weights in a parameter archive (so its code is generated again, with the variant's flags), the
    dump shows its waves and its measured timeline, and it computes what torch computes."""
    from iops_mlir import frontend
    from iops_mlir.pipeline import closed_loop

    _tried_always(monkeypatch)
    monkeypatch.setattr(closed_loop, "MIN_GAIN", -100.0)
    schedule, err = _compile(tiny_module_spec, tmp_path, capsys, "m", "--parameters-file", tmp_path / "m.irpa")
    shipped, tried = schedule["shipped"], schedule["closed_loop"]["code_variants"]
    if not tried["tried"]:  # the flat program won: it has no waves to share
        assert shipped["scheduler"] == FLAT
        return
    name = shipped["scheduler"]  # the candidate of lowest ratio: any counts as surely faster here
    variant = next(v for v in tried["variants"] if name in (v["scheduler"], v["search"].get("scheduler")))
    assert shipped["code"] == variant["code"] and f"shipped {name}" in err
    dump = tmp_path / "m"
    of = variant["waves_of"]
    ir = of if name == variant["scheduler"] and of.startswith("iree") else name  # an IREE order's IR files, or its own
    assert (dump / "stream.mlir").read_text() == (dump / f"stream.{ir}.mlir").read_text()
    timeline = json.loads((dump / "measured.json").read_text())
    assert timeline["scheduler"] == name and timeline["stages"] == schedule["stage_nodes"]
    last = (dump / "commands.sh").read_text().strip().splitlines()[-1]  # the output's code generation
    assert FLAGS[variant["code"]][0] in last and str(tmp_path / "m.vmfb") in last
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
