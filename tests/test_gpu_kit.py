"""The GPU kit, built for llvm-cpu and run here with run.sh --device local-task: every step but
CUDA itself (unpacking the runtime wheel, loading modules with parameter archives, the
correctness check, interleaved timing, HAL profiling, the report and its calibration)."""

from __future__ import annotations

import gzip
import lzma
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from iops_mlir.cost.analytic import load_device
from iops_mlir.cost.hal_profile import calls, parse_dispatch_events
from iops_mlir.graph import DispatchGraph
from iops_mlir.schedule.model import MAX_STAGE
from iops_mlir.kit import alone as kit_alone
from iops_mlir.kit import alone_report, build, report
from iops_mlir.kit.overheads import ProgramSample, fit_overheads, held_out, ratio_errors, setting_overheads
from iops_mlir.targets import load_target

from iops_mlir.cli import main

from conftest import run_cli

PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory, tiny_module_spec: str) -> Path:
    # The user's-model path: a three-branch model, checked against torch with its real weights.
    folder = tmp_path_factory.mktemp("kit") / "kit"
    assert main(["gpu-kit", "--out", str(folder), "--module", tiny_module_spec, "--target", "llvm-cpu",
                 "--cost-model", "analytic", "--python-version", PYTHON,
                 "--work-dir", str(folder.parent / "work"), "-q"]) == 0
    return folder


def run_kit(kit: Path, results: Path, *args: str) -> subprocess.CompletedProcess:
    # The system's view: a bare interpreter that has numpy, not this package or IREE.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(["bash", str(kit / "run.sh"), str(results), *args], capture_output=True, text=True,
                          env=env | {"PYTHON": sys.executable}, cwd=results.parent)


@pytest.fixture(scope="module")
def results(kit: Path) -> Path:
    folder = kit.parent / "results"
    proc = run_kit(kit, folder, "--device", "local-task", "--repetitions", "4", "--warmup", "1",
                   "--profile-calls", "2", "--alone-repetitions", "9")
    assert proc.returncode == 0, proc.stderr
    return folder


def test_kit_holds_every_variant_with_its_weights_outside(kit: Path) -> None:
    manifest = json.loads((kit / "manifest.json").read_text())
    (group,) = manifest["groups"]
    assert group["label"] == "tiny-build" and group["data"] == "data/tiny-build"
    assert set(group["programs"]) == set(build.VARIANTS)
    # What the compile ships under the analytic model: IREE's max-concurrency order, predicted faster.
    assert group["iops_ships"] == "iree-max-concurrency"
    assert group["predicted_us"]["iops"] == group["predicted_us"]["iree-max-concurrency"]
    for program in group["programs"].values():
        (module,) = program["modules"].values()
        assert (kit / module).stat().st_size < 200_000  # code only: the weights are in the archive
        assert program["parameters"] == "params/tiny-build.irpa"
    assert (kit / "params/tiny-build.irpa").stat().st_size > 40_000  # the real weights: 10,848 floats
    assert [w.split("/")[1].split("-")[0] for w in manifest["wheels"]] == ["iree_base_runtime", "ml_dtypes"]
    assert manifest["settings"] == {"local-task": ["graph", []]}
    # Every executable of the program as imported packed alone, and the dearest multi-dispatch stages.
    (alone,) = group["alone"]
    graph = DispatchGraph.from_json((kit / group["plans"] / "graph.json").read_text())
    packed = {symbol for module in alone["modules"] for symbol in module["functions"].values()}
    assert alone["program"] == "as-imported" and not alone["failed"]
    assert packed == {graph.nodes[n].symbol for n in graph.dispatch_ids()}
    assert 1 <= len(alone["stages"]) <= kit_alone.STAGE_SAMPLES
    assert all(2 <= len(stage["symbols"]) <= MAX_STAGE and set(stage["symbols"]) <= packed
               for stage in alone["stages"])
    assert all((kit / f).stat().st_size < 60_000 for f in [m["file"] for m in alone["modules"]]
               + [st["file"] for st in alone["stages"]])


def test_kit_runs_checks_times_and_profiles(results: Path) -> None:
    doc = json.loads((results / "results.json").read_text())
    rows = doc["settings"]["local-task"]["groups"]["tiny-build"]
    for variant in build.VARIANTS:
        assert rows[variant]["correct"] is True and rows[variant]["max_abs_error"] < 1e-4
        assert len(rows[variant]["samples_ms"]) == 4
    assert not doc["environment"]["iree_runtime_path"].startswith(sys.prefix)  # the kit's wheel, unpacked
    graph = DispatchGraph.from_json((results / "plans/tiny-build/graph.json").read_text())
    for variant in build.VARIANTS:
        events = gzip.decompress((results / "profiles/tiny-build" / f"{variant}.jsonl.gz").read_bytes())
        assert len(calls(parse_dispatch_events(events.decode()), graph)) == 3  # every call, the first included
    # Each executable and stage timed alone: a positive time per dispatch, and the empty call's apart.
    (alone,) = doc["settings"]["local-task"]["alone"]["tiny-build"]
    assert set(alone["dispatch_us"]) == {graph.nodes[n].symbol for n in graph.dispatch_ids()}
    # A dispatch of a few microseconds may time at 0 on a busy host; the dearest ones may not.
    assert np.median(list(alone["dispatch_us"].values())) > 0 and all(us > 0 for us in alone["call_us"].values())
    dearest = max(graph.dispatch_ids(), key=lambda n: graph.nodes[n].flops)
    assert alone["dispatch_us"][graph.nodes[dearest].symbol] > 2.0
    assert alone["stage_us"] and all(stage["us"] > 0 for stage in alone["stage_us"])
    assert not alone["failed"] and alone["skipped"] == 0


def test_report_tables_plot_and_calibration(capsys, results: Path, tmp_path: Path) -> None:
    code, out, err = run_cli(capsys, "gpu-report", results / "results.json", "--out", tmp_path)
    assert code == 0, err
    assert "| tiny-build | local-task | iops |" in out and "| ok |" in out
    assert "iops / best IREE order" in out and "## Calibration of the analytic model" in out
    assert "## Headroom on this device" in out and "| tiny-build | " in out.split("## Headroom on this device")[1]
    timed_alone = out.split("## Dispatches and stages timed alone")[1]
    assert "| tiny-build | as-imported | local-task | 15/15 |" in timed_alone
    row = next(line for line in timed_alone.splitlines() if line.startswith("| tiny-build | as-imported"))
    assert row.split(" | ")[7] != "-"  # each dispatch alone against its latency in the profiled program
    assert "| / slowest member | / members' sum | beta |" in timed_alone
    assert "## Whole programs from the times alone" in out and "| local-task | 4 |" in out
    profile = json.loads((tmp_path / "profiles/tiny-build.local-task.json").read_text())
    assert profile["overheads"]["fitted_on"] == "4 programs of 1 groups under local-task"
    assert (tmp_path / "report.png").stat().st_size > 10_000
    fitted = json.loads((tmp_path / "local-cpu-calibrated.json").read_text())
    assert fitted["name"] == "local-cpu-calibrated" and fitted["launch_us"] >= 0
    # Two runs of one kit: a section each, one calibration over both.
    code, out, err = run_cli(capsys, "gpu-report", results / "results.json", results / "results.json",
                             "--out", tmp_path / "two")
    assert code == 0, err
    assert out.count("# GPU kit results from `") == 2 and "/results/results.json`" in out
    assert out.count("## Calibration of the analytic model") == 1
    # The second run's programs predicted from the first's times alone and fitted overheads.
    assert "| 1 -> 2 | local-task | 4 |" in out.split("## Whole programs predicted from the run before")[1]


def test_kit_reports_outputs_that_differ_from_torch(kit: Path, tmp_path: Path) -> None:
    broken = tmp_path / "kit"
    shutil.copytree(kit, broken)
    reference = broken / "data/tiny-build/output0.npy"
    np.save(reference, np.load(reference) + 1.0)
    proc = run_kit(broken, tmp_path / "results", "--repetitions", "3", "--warmup", "1", "--settings", "local-task",
                   "--budget-s", "40")
    assert proc.returncode == 1 and "outputs differ from torch's" in proc.stderr
    doc = json.loads((tmp_path / "results/results.json").read_text())
    assert doc["settings"]["local-task"]["groups"]["tiny-build"]["iops"]["correct"] is False


def test_kit_refuses_another_device_in_one_paragraph(kit: Path, tmp_path: Path) -> None:
    proc = run_kit(kit, tmp_path / "results", "--device", "cuda")
    assert proc.returncode == 2 and "holds programs for the IREE device 'local-task'" in proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "results").exists()


def test_cuda_kit_builds_with_indirect_command_buffers_off_and_on() -> None:
    graph, indirect = build.builds(load_target("cuda")).values()
    assert build.INDIRECT_OFF in graph.compile_flags
    assert "--iree-hal-indirect-command-buffers=true" in indirect.compile_flags
    assert set(graph.compile_flags) - set(indirect.compile_flags) == {build.INDIRECT_OFF}
    assert set(build.builds(load_target("llvm-cpu"))) == {"graph"}
    assert {build for build, _ in build.SETTINGS["cuda"].values()} == {"graph", "indirect"}


def test_calibration_recovers_the_efficiencies_it_was_made_with() -> None:
    device = load_device("h100")
    truth = report.dataclasses.replace(device, compute_efficiency=0.05, bandwidth_efficiency=0.4)
    rng = np.random.default_rng(0)
    # A third of the dispatches bound by memory, the rest by compute: both efficiencies show.
    bound_by_memory = np.arange(300) % 3 == 0
    compute = np.where(bound_by_memory, rng.uniform(0.01, 0.1, 300), rng.uniform(1, 100, 300))
    memory = np.where(bound_by_memory, rng.uniform(10, 100, 300), rng.uniform(0.01, 0.1, 300))
    latency = report._busy(compute, memory, truth)
    samples = [report._Samples("a", compute, memory, latency, None)]
    fitted = report._fit(device, samples)
    assert fitted.compute_efficiency == pytest.approx(0.05, rel=0.1)
    assert fitted.bandwidth_efficiency == pytest.approx(0.4, rel=0.1)
    assert fitted.launch_us == device.launch_us  # no program time to fit it on


def test_calibration_on_whole_programs_recovers_the_device_it_was_made_with() -> None:
    # Where the device records no dispatch profile (CUDA under IREE 3.13), the fit takes whole calls.
    device = load_device("h100")
    truth = report.dataclasses.replace(device, compute_efficiency=0.05, bandwidth_efficiency=0.4, launch_us=8.0)
    rng = np.random.default_rng(1)
    samples = []
    for i, size in enumerate((40, 120, 300, 60, 500, 90)):
        # Programs unlike each other: some bound by launches, some by compute, some by memory.
        compute = rng.uniform(0.01, 1.0, size) * 10.0 ** (i % 3)
        memory = rng.uniform(0.01, 1.0, size) * 10.0 ** ((i + 1) % 3)
        program_us = float(np.sum(report._busy(compute, memory, truth)) + size * (truth.launch_us + truth.barrier_us))
        samples.append(report._Samples(f"m{i}", compute, memory, None, program_us))
    fitted = report._fit_programs(device, samples)
    predicted = [np.sum(report._busy(s.compute, s.memory, fitted)) + len(s.compute) * (fitted.launch_us
                 + fitted.barrier_us) for s in samples]
    assert np.allclose(predicted, [s.program_us for s in samples], rtol=0.08)
    assert fitted.launch_us == pytest.approx(8.0, rel=0.15)


def test_the_plot_takes_a_ratio_outside_its_interval(tmp_path: Path) -> None:
    # Skewed rounds: the median of the rounds' ratios above the batch means' whole interval.
    rows = [report.Speedup("g", "iree-debug", 1.05, 0.97, 1.03), report.Speedup("g", "iree-min-peak-memory", 0.9,
                                                                                   0.85, 0.95)]
    report.plot(rows, {"kit": {"target": "cuda"}, "settings": {"graph": {"groups": {}}}}, tmp_path / "p.png")
    assert (tmp_path / "p.png").stat().st_size > 1000


def _program_samples(model: str, call: float, dispatch: float, branch: float, seed: int) -> list[ProgramSample]:
    """A model's four orders: measured = times alone + the given overheads, exactly."""
    rng = np.random.default_rng(seed)
    samples = []
    for variant, share in (("iops", 0.6), ("iree-min-peak-memory", 0.1), ("iree-max-concurrency", 0.5),
                           ("iree-debug", 0.0)):
        dispatches = int(rng.integers(40, 500))
        concurrent, alone = int(dispatches * share), float(rng.uniform(200, 20_000))
        samples.append(ProgramSample(f"{model}_b1", model, variant, alone + call + dispatch * dispatches
                                     + branch * concurrent, alone, dispatches, concurrent))
    return samples


def test_program_overheads_are_fitted_and_held_out_by_model() -> None:
    samples = [s for i, m in enumerate(("a", "b", "c")) for s in _program_samples(m, 150.0, 2.0, 9.0, i)]
    fitted = fit_overheads(samples)
    assert (fitted.call_us, fitted.dispatch_us, fitted.concurrent_us) == pytest.approx((150.0, 2.0, 9.0))
    # A model whose branches cost more is predicted by the others' terms, not its own.
    odd = _program_samples("d", 150.0, 2.0, 30.0, 3)
    predictions = held_out(samples + odd)
    for p in predictions:
        if p.sample.model == "d":
            assert (p.overheads.call_us, p.overheads.dispatch_us, p.overheads.concurrent_us) == \
                pytest.approx((150.0, 2.0, 9.0))
            assert p.error() < -0.001 or p.sample.concurrent == 0
    assert held_out(samples[:4]) == []  # one model: nothing to hold out
    # Exact programs rank exactly; the odd model's branches make its ratios err, and the profiles'
    # margin is the median of those errors.
    assert max(ratio_errors(held_out(samples))) == pytest.approx(0.0, abs=1e-9)
    odd_errors = ratio_errors([p for p in predictions if p.sample.model == "d"])
    assert min(odd_errors) >= 0 and max(odd_errors) > 0.001
    carried = setting_overheads({"graph": samples + odd})["graph"]
    assert carried.ratio_error == pytest.approx(float(np.median(ratio_errors(predictions))))
    assert setting_overheads({"graph": samples[:4]})["graph"].ratio_error is None
    # Programs faster than their times alone fit no negative term.
    faster = [ProgramSample("e", "e", "v", s.alone_us * 0.9, s.alone_us, s.dispatches, s.concurrent) for s in samples]
    assert min(fit_overheads(faster).to_json()[k] for k in ("call_us", "dispatch_us", "concurrent_us")) == 0.0


def test_a_profile_file_keeps_its_overheads_and_refuses_negative_ones(tmp_path: Path) -> None:
    from iops_mlir.cost.profile import ProgramOverheads, Profile
    from iops_mlir.errors import UserError
    profile = Profile("H200 (graph)", {"e::f": 3.0}, {("e::f", "g::h"): 5.0},
                      overheads=ProgramOverheads(200.0, 1.5, 8.0, "52 programs", 0.033))
    path = tmp_path / "p.json"
    path.write_text(json.dumps(profile.to_json()))
    assert Profile.read(path).overheads == profile.overheads
    doc = profile.to_json()
    doc["overheads"]["concurrent_us"] = -1.0
    path.write_text(json.dumps(doc))
    with pytest.raises(UserError, match="is not a dispatch profile"):
        Profile.read(path)


def test_several_runtime_settings_run_apart_and_are_compared(capsys, kit: Path, tmp_path: Path) -> None:
    # As the CUDA kit's three settings do: each setting a process of its own, the first one profiled.
    twin = tmp_path / "kit"
    shutil.copytree(kit, twin)
    manifest = json.loads((twin / "manifest.json").read_text())
    manifest["settings"] = {"first": ["graph", []], "second": ["graph", ["--task_topology_max_group_count=1"]]}
    (twin / "manifest.json").write_text(json.dumps(manifest))
    proc = run_kit(twin, tmp_path / "results", "--repetitions", "3", "--warmup", "1", "--profile-calls", "1")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads((tmp_path / "results/results.json").read_text())
    assert list(doc["settings"]) == ["first", "second"]
    assert doc["settings"]["second"]["flags"] == ["--task_topology_max_group_count=1"]
    assert {p["setting"] for p in doc["profiles"]["tiny-build"].values()} == {"first"}
    code, out, err = run_cli(capsys, "gpu-report", tmp_path / "results/results.json")
    assert code == 0, err
    assert "## Runtime settings" in out and "second / first" in out and "| tiny-build | iops | " in out


def test_a_driver_with_only_libcuda_so_1_is_found_through_a_link(tmp_path: Path) -> None:
    # IREE opens libcuda.so; a driver-only install has libcuda.so.1 alone. Any shared library
    # stands in for the driver: what is checked is the link and the search path children inherit.
    driver_dir = tmp_path / "driver"
    driver_dir.mkdir()
    with open("/proc/self/maps") as maps:  # the C maths library, loaded in every CPython process
        libm = next(line.split()[-1] for line in maps if "/libm.so" in line or "/libm-" in line)
    shutil.copyfile(libm, driver_dir / "libcuda.so.1")
    script = ("import sys, os; from pathlib import Path; sys.path.insert(0, sys.argv[1]); import run_kit; "
              "run_kit.find_cuda_driver(Path(sys.argv[2])); print(os.environ['LD_LIBRARY_PATH']); "
              "print(os.readlink(Path(sys.argv[2]) / 'libcuda.so'))")
    kit_code = Path(build.__file__).parent
    proc = subprocess.run([sys.executable, "-c", script, str(kit_code), str(tmp_path / "link")],
                          capture_output=True, text=True, env=dict(os.environ, LD_LIBRARY_PATH=str(driver_dir)))
    assert proc.returncode == 0, proc.stderr
    search_path, target = proc.stdout.split()
    assert search_path.split(os.pathsep) == [str(tmp_path / "link"), str(driver_dir)]
    assert target == str(driver_dir / "libcuda.so.1")


def test_groups_run_in_the_order_given(kit: Path, tmp_path: Path) -> None:
    # A short budget on a GPU machine runs the groups named first; the order given is the order run.
    twin = tmp_path / "kit"
    shutil.copytree(kit, twin)
    manifest = json.loads((twin / "manifest.json").read_text())
    manifest["groups"].append(dict(manifest["groups"][0], label="second"))
    (twin / "manifest.json").write_text(json.dumps(manifest))
    proc = run_kit(twin, tmp_path / "results", "--repetitions", "3", "--warmup", "1", "--profile-calls", "1",
                   "--groups", "second,tiny-build")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads((tmp_path / "results/results.json").read_text())
    assert list(doc["settings"]["local-task"]["groups"]) == ["second", "tiny-build"]
    assert list(doc["profiles"]) == ["second", "tiny-build"]
    assert proc.stderr.index("local-task: second") < proc.stderr.index("local-task: tiny-build")


def test_without_profiles_the_calibration_fits_the_dispatches_timed_alone(results: Path, tmp_path: Path) -> None:
    # CUDA under IREE 3.13: no HAL profile, so the dispatches timed alone are what the device is fitted on.
    doc = json.loads((results / "results.json").read_text())
    doc["profiles"] = {}
    copy = tmp_path / "results"
    shutil.copytree(results / "plans", copy / "plans")
    (copy / "results.json").write_text(json.dumps(doc))
    fitted = report.calibrate([(doc, copy)])
    assert fitted.basis == "alone" and fitted.models[0].dispatches == 15
    # Ten times slower dispatches alone: the fit follows them. Its error (the mean |log| of predicted
    # over measured that it minimises) on the slower times is about what it was on the first ones,
    # far below the first device's error on them (+log 10 where that device predicted under every
    # one). Not a ten times lower efficiency: the tiny model's latencies are mostly fixed cost the
    # roofline cannot express, so the two efficiencies trade off along a flat valley of the grid.
    def error(device, terms) -> float:
        return float(np.mean(np.abs(np.log(report._busy(terms.compute, terms.memory, device) / terms.latency))))

    first = report._group_samples(doc, copy, "tiny-build", fitted.device)
    for program in doc["settings"]["local-task"]["alone"]["tiny-build"]:
        program["dispatch_us"] = {s: us * 10 for s, us in program["dispatch_us"].items()}
    slower = report.calibrate([(doc, copy)])
    terms = report._group_samples(doc, copy, "tiny-build", fitted.device)
    # On the slower times the first device errs by at least log 10 less its error on the first ones
    # (the mean |log| obeys the triangle inequality), however noisy a loaded machine made them: a fit
    # that followed them lands far below that.
    assert error(slower.fitted, terms) < (np.log(10) - error(fitted.fitted, first)) / 2
    # The grid holds efficiencies ten times lower wherever the first fit landed (a loaded machine
    # times the tiny dispatches slower), so the fit on slower times is as good as the first, to
    # within the grid's step.
    assert error(slower.fitted, terms) <= error(fitted.fitted, first) + 0.05


def test_settings_are_set_against_the_sequential_one_dispatch_by_dispatch(results: Path) -> None:
    # On CUDA: a graph recorded at every call against a stream, each dispatch's difference.
    doc = json.loads((results / "results.json").read_text())
    timed = doc["settings"]["local-task"]["alone"]
    recorded = json.loads(json.dumps(timed))
    for program in recorded["tiny-build"]:
        program["dispatch_us"] = {s: us + 5.0 for s, us in program["dispatch_us"].items()}
    doc["kit"]["runtime_device"] = "cuda"
    doc["settings"] = {"graph": {"groups": {}, "alone": recorded}, "stream": {"groups": {}, "alone": timed}}
    lines = "\n".join(alone_report.alone_tables(doc, results, load_device("h100")))
    assert "| tiny-build | as-imported | graph | 15 | 5.00 [5.00, 5.00] |" in lines


def test_the_alone_timing_keeps_to_its_budget(kit: Path, tmp_path: Path) -> None:
    proc = run_kit(kit, tmp_path / "results", "--repetitions", "3", "--warmup", "1", "--profile-calls", "1",
                   "--alone-budget-s", "0")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads((tmp_path / "results/results.json").read_text())
    assert "setting local-task: tiny-build (alone): out of time" in doc["skipped"]
    assert "alone" not in doc["settings"]["local-task"]


@pytest.mark.usefixtures("tiny_module_spec")
def test_cuda_dispatches_and_stages_compile_for_the_kit(tiny_module_spec: str, tmp_path: Path) -> None:
    # No GPU here: what is checked is that every executable and stage builds as a CUDA module.
    from iops_mlir import driver, frontend
    from iops_mlir.choices import Phase
    from iops_mlir.options import CompileOptions
    from iops_mlir.progress import Progress

    module, inputs = frontend.load_user_module(tiny_module_spec)
    work = tmp_path / "work"
    result = driver.compile_module(module, inputs, model="tiny", options=CompileOptions(
        target="cuda", stop_after=Phase.STREAM, dump_dir=work, quiet=True))
    graph = DispatchGraph.from_json((work / "graph.json").read_text())
    stages = build.iree_stages(work.resolve())
    entry = kit_alone.pack_program(work.resolve(), "tiny", "as-imported", graph, result.target, "h100",
                                   stages["iree-max-concurrency"], tmp_path, tmp_path / "alone", Progress(True))
    assert not entry["failed"] and entry["stages"]
    assert {s for m in entry["modules"] for s in m["functions"].values()} == \
        {graph.nodes[n].symbol for n in graph.dispatch_ids()}
    ptx = lzma.decompress((tmp_path / entry["modules"][0]["file"]).read_bytes())
    assert b"cuda-nvptx-fb" in ptx and b".target sm_80" in ptx


def test_a_dispatch_profile_gpu_report_writes_is_searched_under(capsys, results: Path, tiny_module_spec: str,
                                                                tmp_path: Path) -> None:
    # The kit's dispatches timed alone, written by gpu-report, are the measured model of a compile of
    # the same model here, with no device: every dispatch found, none estimated.
    code, out, err = run_cli(capsys, "gpu-report", results / "results.json", "--out", tmp_path / "report")
    assert code == 0, err
    profile_file = tmp_path / "report/profiles/tiny-build.local-task.json"
    assert f"`{profile_file.relative_to(tmp_path / 'report')}`" in out
    times = json.loads(profile_file.read_text())["dispatch_us"]
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "-q", "--cost-model",
                           f"measured:{profile_file}", "--compile-to", "schedule", "--dump-dir", tmp_path / "cpu")
    assert code == 0, err
    schedule = json.loads((tmp_path / "cpu/schedule.json").read_text())
    model = schedule["cost_model"]
    assert model["name"] == "measured" and model["dispatches_estimated_not_measured"] == 0
    graph = DispatchGraph.from_json((tmp_path / "cpu/graph.json").read_text())
    overheads = model["program_overheads"]
    alone_sum = sum(times[graph.nodes[n].symbol] + overheads["dispatch_us"] for n in graph.dispatch_ids())
    # The sequential program: every dispatch's time alone and what a program pays beyond it, charged
    # the margin where IREE runs it otherwise (the call is not charged).
    predicted = schedule["predicted_us"]["sequential"] - overheads["call_us"]
    assert alone_sum <= predicted <= alone_sum * (1 + model["margin"]) + 1e-6
    # On CUDA nothing is timed at compile time: the replayed graph adds a stage's members up.
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "-q", "--target", "cuda",
                           "--cost-model", f"measured:{profile_file}", "--compile-to", "schedule",
                           "--dump-dir", tmp_path / "cuda")
    assert code == 0, err
    cuda = json.loads((tmp_path / "cuda/schedule.json").read_text())
    assert cuda["cost_model"]["beta"] == 1.0 and "added up" in cuda["cost_model"]["assumes"]
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--cost-model",
                           f"measured:{tmp_path / 'none.json'}", "-o", tmp_path / "x.vmfb")
    assert code != 0 and "is not a .json file that exists" in err and "Traceback" not in err


def test_a_schedule_that_is_one_of_irees_orders_ships_irees_program(capsys, tiny_module_spec: str,
                                                                    tmp_path: Path) -> None:
    # Branches dear enough that no wave pays: the search runs every dispatch alone, which is IREE's
    # sequential order stage for stage, so IREE's own program ships (our rewrite of the same stages
    # ran slower on an H200), its prediction without the margin.
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "-q", "--target", "cuda",
                           "--compile-to", "schedule", "--dump-dir", tmp_path / "first")
    assert code == 0, err
    graph = DispatchGraph.from_json((tmp_path / "first/graph.json").read_text())
    profile = tmp_path / "tiny.graph.json"
    profile.write_text(json.dumps({"device": "test", "dispatch_us": {graph.nodes[n].symbol: 50.0
                                                                     for n in graph.dispatch_ids()},
                                   "overheads": {"call_us": 10.0, "dispatch_us": 1.0, "concurrent_us": 1e4}}))
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--target", "cuda", "--cuda-graphs",
                           "--cost-model", f"measured:{profile}", "--dump-dir", tmp_path / "cuda",
                           "-o", tmp_path / "tiny.vmfb")
    assert code == 0, err
    assert "; IREE's program ships" in err
    schedule = json.loads((tmp_path / "cuda/schedule.json").read_text())
    faster = schedule["search"]["iree_order_faster"]
    assert faster["same_stages"] and all(len(stage) == 1 for stage in schedule["stage_nodes"])
    assert schedule["shipped"]["scheduler"] == faster["order"]
    assert schedule["shipped"]["predicted_us"] == pytest.approx(10.0 + 51.0 * len(graph.dispatch_ids()))
    iree_file = "iree-order.vmfb" if faster["order"] == "iree" else f"{faster['order']}-order.vmfb"
    assert (tmp_path / "cuda" / iree_file).read_bytes() == (tmp_path / "tiny.vmfb").read_bytes()
