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
