"""Every named choice a user makes, registered once: the CLI's choices and help come from here.

Importing this module is cheap (no torch, no IREE), so `iops-mlir --help` answers at once.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from .errors import UserError


TARGETS = ("llvm-cpu", "cuda")
# What `iops-mlir bench` times: our output, stock IREE in each of its orders, and torch eager.
BENCH_VARIANTS = ("iops", "iree-min-peak-memory", "iree-max-concurrency", "iree-debug", "torch-eager")


class Choice(str, enum.Enum):
    """A string-valued choice with `parse` (a clear error on an unknown name)."""

    @classmethod
    def names(cls) -> list[str]:
        return [c.value for c in cls]

    @classmethod
    def parse(cls, text: str | Choice) -> Choice:
        if isinstance(text, cls):
            return text
        try:
            return cls(text)
        except ValueError:
            raise UserError(f"Unknown {cls.what} '{text}'. Known: {', '.join(cls.names())}.") from None

    def __str__(self) -> str:
        return self.value


class Scheduler(Choice):
    """Who decides the stages."""

    what = enum.nonmember("scheduler")
    IOPS = "iops"  # partition + exact search under the cost model, never worse than a baseline
    IOS = "ios"  # IOS's dynamic program on the same parts
    IREE = "iree"  # IREE's own waves (min-peak-memory)
    ASAP = "asap"  # every dispatch as early as its inputs allow
    SEQUENTIAL = "sequential"  # one dispatch per stage

    @property
    def is_fixed_order(self) -> bool:
        """An order known without a cost model or a search: IREE's waves, asap, sequential."""
        return self in (Scheduler.IREE, Scheduler.ASAP, Scheduler.SEQUENTIAL)


class ReplaceMode(Choice):
    """Operator replacement: keep the rewrite where it is predicted to win, always, or never."""

    what = enum.nonmember("--replace mode")
    AUTO = "auto"
    ALL = "all"
    NONE = "none"

    @classmethod
    def default(cls, target: str) -> ReplaceMode:
        """None on every target. On the CPU a rewritten program never shipped: each time the closed
        loop tried one over the zoo its picks measured no faster than IREE's orders, while trying it
        costs a second flow compile, a flat program and a profile. On CUDA nothing is measured at
        compile time, and the one rewrite the analytic model kept on the zoo (SqueezeNet's merged
        convolutions) measured on an H200 x0.70 on the small model but x1.03 at batch 1 and x1.48
        at batch 8. `--replace auto` with a measured profile (`measured:FILE`) decides it on the
        GPU's own times. docs/reference.md has the figures."""
        return cls.NONE


class VerifyMode(Choice):
    """Whether a program that leaves IREE's order is timed against it before it is kept."""

    what = enum.nonmember("--verify mode")
    AUTO = "auto"  # with a cost model fitted on this device (profiled, measured): the closed loop
    ON = "on"
    OFF = "off"


class Phase(enum.IntEnum):
    """The compile phases, in order; `--compile-to` names one."""

    INPUT = 1  # torch-mlir import -> input.mlir
    FLOW = 2  # iree-compile --compile-to=flow -> flow.mlir
    ASYNC = 3  # stream tensor + async pipelines -> async.mlir (flat), async.iree.mlir (IREE's waves)
    SCHEDULE = 4  # graph + plan + apply -> graph.json, schedule.json, async.scheduled.mlir
    STREAM = 5  # stream cmd + optimization pipelines -> stream.mlir
    VMFB = 6  # code generation -> the output

    @classmethod
    def names(cls) -> list[str]:
        return [p.name.lower() for p in cls]

    @classmethod
    def parse(cls, text: str | Phase) -> Phase:
        if isinstance(text, Phase):
            return text
        try:
            return cls[text.upper()]
        except KeyError:
            raise UserError(f"Unknown phase '{text}'. Known: {', '.join(cls.names())}.") from None


class CostModelKind(Choice):
    """The cost models (see `cost`)."""

    what = enum.nonmember("cost model")
    PROFILED = "profiled"  # whole programs profiled with IREE's HAL profiler, wave model fitted (default)
    MEASURED = "measured"  # each executable timed alone in a benchmark module (older; opt-in)
    ANALYTIC = "analytic"  # roofline from a device description
    OVERLAP = "overlap"  # trivial, for tests


def analytic_devices() -> list[str]:
    """Device descriptions the analytic model knows (`cost/devices/*.json`)."""
    return sorted(p.stem for p in (Path(__file__).parent / "cost" / "devices").glob("*.json"))


def default_analytic_device(target: str) -> str:
    """The analytic model's device where none is named: this machine's CPU, else an H100."""
    return "local-cpu" if target == "llvm-cpu" else "h100"


@dataclass(frozen=True)
class CostSpec:
    """A parsed `--cost-model` value: the kind and, for `analytic`, the device."""

    kind: CostModelKind
    device: str | None = None

    @classmethod
    def parse(cls, text: str, target: str) -> CostSpec:
        """'analytic:h100' -> (analytic, h100); the device defaults by target."""
        name, _, device = text.partition(":")
        try:
            kind = CostModelKind(name)
        except ValueError:
            raise UserError(f"Unknown cost model '{text}'. Known: measured[:FILE], profiled, analytic[:DEVICE] "
                            f"(devices: {', '.join(analytic_devices())}), overlap.") from None
        if kind is CostModelKind.ANALYTIC:
            device = device or default_analytic_device(target)
            if device.endswith(".json"):  # a device file, such as the one `gpu-report` calibrates
                if not Path(device).is_file():
                    raise UserError(f"The analytic device file '{device}' does not exist.")
            elif device not in analytic_devices():
                raise UserError(f"Unknown device '{device}' for the analytic cost model. "
                                f"Known: {', '.join(analytic_devices())}, or a device file NAME.json "
                                "(as `iops-mlir gpu-report` writes one).")
            return cls(kind, device)
        if kind is CostModelKind.MEASURED and device:  # times from a file: no device needed here
            if not device.endswith(".json") or not Path(device).is_file():
                raise UserError(f"The dispatch profile '{device}' is not a .json file that exists "
                                "(measured:FILE takes one `iops-mlir gpu-report` wrote).")
            return cls(kind, device)
        if device:
            raise UserError(f"The {kind} cost model takes no device ('{text}').")
        if kind in (CostModelKind.MEASURED, CostModelKind.PROFILED) and target != "llvm-cpu":
            raise UserError(f"The {kind} cost model times dispatches on this machine, which has no "
                            f"{target} device; use --cost-model analytic:h100 (or a100), or run "
                            "iops-mlir on a machine with the GPU.")
        return cls(kind)

    @classmethod
    def default(cls, target: str) -> CostSpec:
        """Profiled where the device is this machine's CPU; analytic H100 for CUDA (no GPU here)."""
        return cls(CostModelKind.PROFILED) if target == "llvm-cpu" else cls(CostModelKind.ANALYTIC, "h100")

    def __str__(self) -> str:
        return f"{self.kind}:{self.device}" if self.device else str(self.kind)
