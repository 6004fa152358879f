"""The package as users install it: a wheel (not an editable checkout) that compiles and checks a model.

The fresh environment gets only the wheel; torch, torch-mlir and IREE are borrowed from the
test's own environment through a .pth file (installing them again would take minutes and the
network), and IREE's tools are found on PATH, as a user's would be.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(argv: list, **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(a) for a in argv], capture_output=True, text=True, **kw)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def test_a_wheel_install_compiles_and_checks_a_model(tmp_path: Path, tiny_module_spec: str) -> None:
    source = tmp_path / "source"  # a clean copy: an in-place build would reuse ./build from earlier ones
    shutil.copytree(ROOT / "iops_mlir", source / "iops_mlir", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copyfile(ROOT / name, source / name)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", tmp_path / "dist",
          source])
    (wheel,) = (tmp_path / "dist").glob("iops_mlir-*.whl")
    env_dir = tmp_path / "env"
    _run([sys.executable, "-m", "venv", env_dir])
    python = env_dir / "bin" / "python"
    _run([python, "-m", "pip", "install", "--no-deps", "--no-index", "-q", wheel])
    target_site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    (target_site / "borrowed.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    where = _run([python, "-c", "import iops_mlir; print(iops_mlir.__file__)"], env=env, cwd=tmp_path).stdout
    assert where.startswith(str(target_site)), where  # the wheel's copy, not this checkout
    out = _run([env_dir / "bin" / "iops-mlir", "check", "--module", tiny_module_spec, "--cost-model", "analytic",
                "-q"], env=env, cwd=tmp_path).stdout
    assert json.loads(out.splitlines()[-1])["ok"] is True
