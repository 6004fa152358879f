"""Target flag sets: the runtime flags a target's programs run and are timed with."""

from __future__ import annotations

from pathlib import Path

import pytest

from iops_mlir.errors import UserError
from iops_mlir.targets import MAX_WORKERS, cpu_workers, load_target, runtime_flags_for


def _fake_cpus(root: Path, cores: dict[int, tuple[str, str] | None]) -> Path:
    """A /sys/devices/system/cpu tree: logical CPU -> (package, core), or None for no topology."""
    for cpu, where in cores.items():
        folder = root / f"cpu{cpu}" / "topology"
        folder.mkdir(parents=True)
        if where is not None:
            (folder / "physical_package_id").write_text(where[0] + "\n")
            (folder / "core_id").write_text(where[1] + "\n")
    return root


def test_workers_are_physical_cores_of_the_allowed_cpus(tmp_path: Path) -> None:
    # Two cores with two hardware threads each, and a second package whose core ids repeat.
    sys_cpu = _fake_cpus(tmp_path, {0: ("0", "0"), 1: ("0", "0"), 2: ("0", "1"), 3: ("0", "1"),
                                    4: ("1", "0"), 5: ("1", "0")})
    assert cpu_workers(range(6), sys_cpu) == 3
    assert cpu_workers([0, 1], sys_cpu) == 1  # only the CPUs this process may run on count
    assert cpu_workers([0, 2, 4], sys_cpu) == 3


def test_a_cpu_without_topology_counts_as_a_core_and_the_count_is_capped(tmp_path: Path) -> None:
    sys_cpu = _fake_cpus(tmp_path, {0: None, 1: None})
    assert cpu_workers([0, 1], sys_cpu) == 2
    assert cpu_workers(range(200), tmp_path / "missing") == MAX_WORKERS


def test_cpu_target_runs_its_workers_unpinned_and_cuda_keeps_its_flag() -> None:
    flags = load_target("llvm-cpu").runtime_flags
    assert flags == (f"--task_topology_group_count={cpu_workers()}",)
    assert runtime_flags_for("local-task") == flags
    assert runtime_flags_for("cuda") == ("--cuda_use_streams=false",)
    assert runtime_flags_for("local-sync") == ()


def test_the_channels_last_collapse_failure_drops_only_the_channels_last_conversion() -> None:
    """IREE 3.13's error on a merged convolution used whole and sliced by channels (the fuzzer's
    seed 15034 with every replacement applied), as the flow compile printed it: the CPU target
    recompiles without the channels-last conversion and keeps its other flags."""
    target = load_target("llvm-cpu")
    stderr = ("input.mlir:53:10: error: 'tensor.collapse_shape' op expected dimension 3 of collapsed type "
              "to be static value of 10")
    fallback = target.fallback_for(stderr)
    assert fallback is not None and "channels-last" in fallback.why
    kept = target.without(fallback).compile_flags
    assert [f for f in target.compile_flags if f not in kept] == [
        "--iree-preprocessing-pass-pipeline=builtin.module(util.func(iree-preprocessing-convert-conv-to-channels-last))"]
    assert "--iree-global-opt-data-tiling" in kept and "--iree-global-opt-use-im2col-for-convs" in kept


def test_an_in_place_writer_drops_the_channels_last_conversion_once() -> None:
    """The refusal of a program with an in-place writer into a value used again (as
    `stream_ir` words it) drops the channels-last conversion too; once that conversion is gone,
    neither failure that drops it is tried again, so a program that still has such a writer is
    refused rather than compiled twice more with the same flags."""
    target = load_target("llvm-cpu")
    refusal = ("Unsupported stream IR: dispatch d::d writes in place into a value that another op uses again "
               "afterwards")
    collapse = "error: 'tensor.collapse_shape' op expected dimension 3 of collapsed type to be static value of 10"
    fallback = target.fallback_for(refusal)
    assert fallback is not None and "in place" in fallback.why
    without = target.without(fallback)
    assert not any("channels-last" in f for f in without.compile_flags)
    assert without.fallback_for(refusal) is None and without.fallback_for(collapse) is None
    assert without.fallback_for("error: One or more operations with large vector sizes") is not None


def test_cuda_replays_one_graph_by_default_and_records_concurrent_graphs_on_request() -> None:
    # An H200 ran the replayed graph faster on 10 of 12 zoo configurations (benchmarks/results/gpu-kit).
    default, graphs = load_target("cuda"), load_target("cuda", cuda_graphs=True)
    assert not any("indirect-command-buffers" in f for f in default.compile_flags)
    assert set(graphs.compile_flags) - set(default.compile_flags) == {"--iree-hal-indirect-command-buffers=false"}
    assert graphs.runtime_flags == default.runtime_flags == ("--cuda_use_streams=false",)
    with pytest.raises(UserError, match="cuda target only"):
        load_target("llvm-cpu", cuda_graphs=True)
