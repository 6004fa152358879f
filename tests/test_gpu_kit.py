"""The GPU kit, built for llvm-cpu and run here with run.sh --device local-task: every step but
CUDA itself (unpacking the runtime wheel, loading modules with parameter archives, the
correctness check, interleaved timing, HAL profiling, the report and its calibration)."""

from __future__ import annotations

import gzip
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
from iops_mlir.kit import build, report
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
                   "--profile-calls", "2")
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


def test_report_tables_plot_and_calibration(capsys, results: Path, tmp_path: Path) -> None:
    code, out, err = run_cli(capsys, "gpu-report", results / "results.json", "--out", tmp_path)
    assert code == 0, err
    assert "| tiny-build | local-task | iops |" in out and "| ok |" in out
    assert "iops / best IREE order" in out and "## Calibration of the analytic model" in out
    assert "## Headroom on this device" in out and "| tiny-build | " in out.split("## Headroom on this device")[1]
    assert (tmp_path / "report.png").stat().st_size > 10_000
    fitted = json.loads((tmp_path / "local-cpu-calibrated.json").read_text())
    assert fitted["name"] == "local-cpu-calibrated" and fitted["launch_us"] >= 0
    # Two runs of one kit: a section each, one calibration over both.
    code, out, err = run_cli(capsys, "gpu-report", results / "results.json", results / "results.json",
                             "--out", tmp_path / "two")
    assert code == 0, err
    assert out.count("# GPU kit results from `") == 2 and "/results/results.json`" in out
    assert out.count("## Calibration of the analytic model") == 1


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
