"""Target flag sets, read from the data files in `iops_mlir/pipelines/` (shipped in the wheel)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import UserError

PIPELINES_DIR = Path(__file__).resolve().parent / "pipelines"
from .choices import TARGETS as TARGET_NAMES
KNOWN_CUDA_ARCHS = ("sm_60", "sm_61", "sm_70", "sm_75", "sm_80", "sm_86", "sm_87", "sm_89")


@dataclass(frozen=True)
class Fallback:
    """A known IREE failure: what in a tool's stderr shows it, and the flags that avoid it."""

    drop: tuple[str, ...]
    why: str
    triggers: tuple[str, ...]

    def matches(self, stderr: str) -> bool:
        return any(t in stderr for t in self.triggers)


@dataclass(frozen=True)
class CodeVariant:
    """Other code generation for the device's workers: flags added to the target's, tried by the
    closed loop where the output ran faster on fewer workers (`pipeline.code_variants`). Like
    `--iree-llvmcpu-target-cpu=host`, a variant sized by `{workers}` is code for this machine."""

    name: str  # "device-split", "one-worker"
    suffix: str  # a candidate compiled so is named after the program whose waves it compiles, plus this
    flags: tuple[str, ...]
    why: str
    # Where the device has this many workers the variant is IREE's default code (not tried).
    same_as_default_at: int | None = None


@dataclass(frozen=True)
class Target:
    """Flags to compile for one target and to run the result."""

    name: str
    compile_flags: tuple[str, ...]
    runtime_device: str
    runtime_flags: tuple[str, ...]
    arch: str | None = None
    # Known IREE failures with this flag set, each with the flags that avoid it.
    fallbacks: tuple[Fallback, ...] = ()
    # Other code generation for the device's workers, in the order tried (`pipeline.code_variants`).
    code_variants: tuple[CodeVariant, ...] = ()
    # Whether a stage's dispatches run at the same time. A replayed CUDA graph (IREE's default build)
    # ran every order of every zoo model alike on an H200: there the analytic model adds them up.
    waves_overlap: bool = True
    # The most dispatches the runtime takes between two barriers (None: no limit). IREE's CUDA
    # graph command buffer refuses a 33rd node ("exceeded max concurrent node limit").
    max_wave: int | None = None

    def fallback_for(self, stderr: str) -> Fallback | None:
        """The known failure a tool's stderr shows, if any (and if its flags are still here: two
        failures can share the flags that avoid them)."""
        return next((f for f in self.fallbacks if f.matches(stderr) and set(f.drop) & set(self.compile_flags)), None)

    def without(self, fallback: Fallback) -> Target:
        """This target minus the flags that trigger `fallback`'s failure."""
        flags = tuple(f for f in self.compile_flags if f not in fallback.drop)
        return replace(self, compile_flags=flags, fallbacks=tuple(f for f in self.fallbacks if f != fallback))

    def with_code(self, variant: CodeVariant) -> Target:
        """This target generating `variant`'s code (its flags added once)."""
        return replace(self, compile_flags=self.compile_flags + variant.flags, code_variants=())

    def code_variant(self, name: str) -> CodeVariant | None:
        return next((v for v in self.code_variants if v.name == name), None)


def _load(name: str) -> dict:
    return json.loads((PIPELINES_DIR / f"{name}.json").read_text())


def load_target(name: str, *, cuda_arch: str | None = None, cuda_graphs: bool = False) -> Target:
    """The target called `name` (`llvm-cpu` or `cuda`); `cuda_arch` overrides sm_80, and
    `cuda_graphs` records a CUDA graph at every call, waves as concurrent nodes (the pipeline's
    `graph_flags`), instead of replaying one recorded graph (IREE's default)."""
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
    elif cuda_arch or cuda_graphs:
        raise UserError(f"--cuda-arch and --cuda-graphs apply to the cuda target only, not '{name}'.")
    named = data["compile_flags"] + (data["graph_flags"] if cuda_graphs else [])
    flags = tuple(f.replace("{arch}", arch or "") for f in named)
    fallbacks = tuple(Fallback(tuple(f["drop_flags"]), f["why"], tuple(f["triggers"]))
                      for f in data.get("crash_fallbacks", []))
    return Target(name, flags, data["runtime_device"], _runtime_flags(data), arch, fallbacks,
                  tuple(_code_variant(v) for v in data.get("code_variants", [])),
                  waves_overlap=data.get("waves_overlap", True) or cuda_graphs, max_wave=data.get("max_wave"))


def _code_variant(data: dict) -> CodeVariant:
    """A pipeline's code variant for this machine."""
    return CodeVariant(data["name"], data["suffix"], _for_this_machine(data["flags"]), data["why"],
                       data.get("same_as_default_at"))


def runtime_flags_for(device: str) -> tuple[str, ...]:
    """The runtime flags of the target that runs on `device` (none for a device no target names)."""
    for name in TARGET_NAMES:
        data = _load(name)
        if data["runtime_device"] == device:
            return _runtime_flags(data)
    return ()


def _runtime_flags(data: dict) -> tuple[str, ...]:
    """A pipeline's runtime flags for this machine."""
    return _for_this_machine(data["runtime_flags"])


def _for_this_machine(flags: Iterable[str]) -> tuple[str, ...]:
    """Flags with `{workers}` set to IREE's default worker count here (`cpu_workers`)."""
    flags = tuple(flags)
    if any("{workers}" in f for f in flags):
        workers = str(cpu_workers())
        flags = tuple(f.replace("{workers}", workers) for f in flags)
    return flags


MAX_WORKERS = 64  # IREE's --task_topology_max_group_count default


def cpu_workers(cpus: Iterable[int] | None = None, sys_cpu: Path = Path("/sys/devices/system/cpu")) -> int:
    """How many workers IREE's default CPU topology makes here: one per physical core among
    `cpus` (by default the CPUs this process may run on), at most MAX_WORKERS; a logical CPU
    whose core the kernel does not name counts as a core of its own."""
    cores = set()
    for cpu in sorted(os.sched_getaffinity(0) if cpus is None else cpus):
        topology = sys_cpu / f"cpu{cpu}" / "topology"
        try:
            cores.add(((topology / "physical_package_id").read_text().strip(),
                       (topology / "core_id").read_text().strip()))
        except OSError:
            cores.add(("cpu", str(cpu)))
    return max(1, min(MAX_WORKERS, len(cores)))


def stream_pipelines() -> dict:
    """The pass pipelines that split IREE's stream phase around our pass."""
    return _load("stream")
