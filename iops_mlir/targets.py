"""Target flag sets, read from the data files in `iops_mlir/pipelines/` (shipped in the wheel)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import UserError

PIPELINES_DIR = Path(__file__).resolve().parent / "pipelines"
from .choices import TARGETS as TARGET_NAMES
KNOWN_CUDA_ARCHS = ("sm_60", "sm_61", "sm_70", "sm_75", "sm_80", "sm_86", "sm_87", "sm_89")


@dataclass(frozen=True)
class Target:
    """Flags to compile for one target and to run the result."""

    name: str
    compile_flags: tuple[str, ...]
    runtime_device: str
    runtime_flags: tuple[str, ...]
    arch: str | None = None
    # Flags to drop when IREE crashes in code generation (a known IREE bug), and why.
    fallback_drop: tuple[str, ...] = ()
    fallback_why: str = ""
    fallback_triggers: tuple[str, ...] = ()

    def needs_fallback(self, stderr: str) -> bool:
        """True when a tool's stderr shows one of the known IREE failures the fallback avoids."""
        return bool(self.fallback_drop) and any(t in stderr for t in self.fallback_triggers)

    def without_fallback_flags(self) -> Target:
        """This target minus the flags that trigger the known IREE crash."""
        flags = tuple(f for f in self.compile_flags if f not in self.fallback_drop)
        return replace(self, compile_flags=flags, fallback_drop=(), fallback_why="", fallback_triggers=())


def _load(name: str) -> dict:
    return json.loads((PIPELINES_DIR / f"{name}.json").read_text())


def load_target(name: str, *, cuda_arch: str | None = None) -> Target:
    """The target called `name` (`llvm-cpu` or `cuda`); `cuda_arch` overrides sm_80."""
    if name not in TARGET_NAMES:
        raise UserError(
            f"Unknown target '{name}'. Known targets: {', '.join(TARGET_NAMES)}."
        )
    data = _load(name)
    arch = None
    if name == "cuda":
        arch = cuda_arch or data["default_arch"]
        if arch not in KNOWN_CUDA_ARCHS:
            raise UserError(
                f"Unknown CUDA architecture '{arch}'. IREE 3.13 knows {', '.join(KNOWN_CUDA_ARCHS)}; "
                "Hopper GPUs (sm_90) run sm_80 code through the driver's PTX JIT."
            )
    elif cuda_arch:
        raise UserError(f"--cuda-arch applies to the cuda target only, not '{name}'.")
    flags = tuple(f.replace("{arch}", arch or "") for f in data["compile_flags"])
    fallback = data.get("crash_fallback", {})
    return Target(name, flags, data["runtime_device"], tuple(data["runtime_flags"]), arch,
                  tuple(fallback.get("drop_flags", ())), fallback.get("why", ""),
                  tuple(fallback.get("triggers", ())))


def stream_pipelines() -> dict:
    """The pass pipelines that split IREE's stream phase around our pass."""
    return _load("stream")
