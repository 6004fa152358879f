"""Facts about the pinned IREE that docs/toolchain.md states and the fuzzer's results rely on."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np

from iops_mlir.iree_tools import tool_path

REPRODUCER = Path(__file__).parent / "data" / "iree_multi_use_fusion_miscompile.mlir"


def _pooled(tmp_path: Path, *flags: str) -> tuple[np.ndarray, np.ndarray]:
    """(IREE's second output, the right one) of the reduced program on one input."""
    import iree.runtime as rt

    vmfb = tmp_path / "m.vmfb"
    subprocess.run([tool_path("iree-compile"), str(REPRODUCER), "--iree-hal-target-device=local",
                    "--iree-hal-local-target-device-backends=llvm-cpu", *flags, "-o", str(vmfb)], check=True)
    x = np.random.default_rng(0).standard_normal((1, 2, 6, 6)).astype(np.float32)
    _, pooled = rt.load_vm_flatbuffer_file(str(vmfb), driver="local-task").main(x)
    padded = np.pad(x + np.maximum(x, 0), ((0, 0), (0, 0), (1, 1), (1, 1)))
    expected = sum(padded[:, :, i:i + 6, j:j + 6] for i in range(3) for j in range(3)) / 9
    return np.asarray(pooled), expected


def test_iree_multi_use_fusion_miscompile_and_its_workaround(tmp_path: Path) -> None:
    wrong, expected = _pooled(tmp_path)
    assert np.abs(wrong - expected).max() > 0.1  # the miscompile of IREE 3.13 (fuzz seed 3451)
    right, expected = _pooled(tmp_path, "--iree-dispatch-creation-fuse-multi-use=false")
    np.testing.assert_allclose(right, expected, rtol=1e-5, atol=1e-6)


# Fuzz seed 3802, reduced: x -> r = relu(conv 3x1) -> m = maxpool 3x3; outputs cat(m, m), cat(m, r).
SELF_CONCAT_SPEC = {"heads": [], "in_channels": 12, "size": 12, "nodes": [
    {"op": "conv", "inputs": [0], "kernel": [3, 1], "out": 16, "bias": False, "relu": True},
    {"op": "maxpool", "inputs": [1]},
    {"op": "concat", "inputs": [2, 2]},
    {"op": "concat", "inputs": [2, 1]}]}


def _stock_error(tmp_path: Path, flags: list[str]) -> float:
    """Largest error against torch of the reduced seed-3802 model compiled by stock iree-compile."""
    from torch_mlir import fx

    from iops_mlir import fuzzing, runner

    module, inputs = fuzzing.build(SELF_CONCAT_SPEC, 3802)
    expected = runner.torch_outputs(module, inputs)
    source = tmp_path / "m.mlir"
    source.write_text(str(fx.export_and_import(module, *inputs, output_type="linalg-on-tensors")))
    vmfb = tmp_path / f"m{len(flags)}.vmfb"
    subprocess.run([tool_path("iree-compile"), str(source), *flags, "-o", str(vmfb)], check=True)
    actual = runner.run(runner.load_function(vmfb, "local-task"), [t.numpy() for t in inputs])
    return runner.compare(actual, expected).max_abs


def test_iree_channels_last_miscompiles_a_tensor_concatenated_with_itself(tmp_path: Path) -> None:
    """With the channels-last convolution preprocessing of our llvm-cpu flags, IREE 3.13 computes
    the reduced seed-3802 model wrongly; without it, right. iops-mlir refuses such programs (an
    in-place writer into a value used again, `stream_ir._check_tied_last_use`)."""
    from iops_mlir.targets import load_target

    flags = list(load_target("llvm-cpu").compile_flags)
    assert _stock_error(tmp_path, flags) > 0.1
    without = [f for f in flags if "convert-conv-to-channels-last" not in f]
    assert len(without) == len(flags) - 1
    assert _stock_error(tmp_path, without) < 1e-5


# Fuzz seed 35047, reduced: out = cat(mean(cat(x, x)), mean(cat(x, x + avg_pool3x3(x)))), as
# torch-mlir imports it (the last twelve values come out as mean(x): the sum is lost).
SELF_CONCAT_SUM = Path(__file__).parent / "data" / "iree_self_concat_miscompile.mlir"


def test_iree_loses_a_sum_concatenated_beside_an_input_concatenated_with_itself(tmp_path: Path) -> None:
    """IREE 3.13 computes the reduced seed-35047 program wrongly with its default flags (and with
    ours, and at -O0); iops-mlir refuses the model (an in-place writer into a value used again)."""
    from iops_mlir import runner

    vmfb = tmp_path / "m.vmfb"
    subprocess.run([tool_path("iree-compile"), str(SELF_CONCAT_SUM), "--iree-hal-target-device=local",
                    "--iree-hal-local-target-device-backends=llvm-cpu", "-o", str(vmfb)], check=True)
    x = np.random.default_rng(0).standard_normal((1, 12, 12, 12)).astype(np.float32)
    (actual,) = runner.run(runner.load_function(vmfb, "local-task"), [x])
    padded = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    pooled = sum(padded[:, :, i:i + 12, j:j + 12] for i in range(3) for j in range(3)) / 9
    mean = x.mean((2, 3))
    expected = np.concatenate([mean, mean, mean, (x + pooled).mean((2, 3))], 1)
    np.testing.assert_allclose(actual[:, :36], expected[:, :36], rtol=1e-5, atol=1e-6)
    assert np.abs(actual[:, 36:] - expected[:, 36:]).max() > 0.05  # the miscompile
    np.testing.assert_allclose(actual[:, 36:], mean, rtol=1e-5, atol=1e-6)  # what IREE computes there


def test_the_flat_program_is_irees_debug_order() -> None:
    """The flat async IR the dispatch graph is read from is IREE's `debug` partitioning, so its file
    is IREE's debug order as it is (`front.write_iree_order` copies it rather than run iree-opt again)."""
    from iops_mlir.iree_tools import to_async
    from iops_mlir.pipeline.front import DEBUG_ORDER, IREE_ORDERS

    assert to_async("flow.mlir", "x.mlir", flat=True) == to_async("flow.mlir", "x.mlir", favor=IREE_ORDERS[DEBUG_ORDER])
