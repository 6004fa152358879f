"""The schedule report: one typed object, written as `schedule.json` and read back by `explain`.

Callers read fields, never keys. `to_json` is the only writer of schedule.json; its keys are
stable (tools and users read them), and it holds no times or paths, so that the same input
gives the same file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path

from ..files import write_text
from ..text import counted


@dataclass(kw_only=True)
class MemoryReport:
    """Transient memory: the search's budget and estimates, and what IREE allocated."""

    budget_bytes: int
    estimated_peak_bytes: dict[str, int]
    transient_bytes: int | None = None
    iree_transient_bytes: int | None = None
    # Allocations whose size is not a constant in the stream IR (dynamic shapes): not counted.
    unresolved_allocations: int = 0


@dataclass(kw_only=True)
class ReplacementReport:
    """Operator replacement: what matched, whether the rewritten program was kept, and why."""

    mode: str
    matches: list[dict]
    applied: bool
    dir: str  # the dump subfolder of the program that was kept ("." or "replaced")
    decision: dict | None = None


@dataclass(kw_only=True)
class ScheduleReport:
    """What a compile decided and predicted, for one program."""

    model: str
    target: str
    scheduler: str
    stage_nodes: list[list[int]]
    stages: list[list[str]]  # the same stages as `executable::entry` symbols
    num_dispatches: int
    cost_model: dict
    predicted_us: dict[str, float]
    blocks: list[dict] = field(default_factory=list)
    search: dict = field(default_factory=dict)
    ios: dict = field(default_factory=dict)
    memory: MemoryReport | None = None
    timeline: dict = field(default_factory=dict)
    replacements: ReplacementReport | None = None
    compile_fallback: dict | None = None
    parameters: dict | None = None  # where the weights are (see `params`)
    # How the program is run, and was timed: the runtime device and the target's runtime flags.
    runtime: dict | None = None
    # The program written to the output: its scheduler, its prediction without the margin (made
    # before it was measured), and, where it was timed on the device, what was measured
    # (`measured_us`) and every candidate measured with it (`candidates`).
    shipped: dict | None = None
    # With a cost model from whole-program profiles: IREE's order measured against the bound
    # any schedule must respect (`headroom.Headroom.to_json`).
    device_headroom: dict | None = None
    # Why the search and the measured candidates were skipped (nothing to reorder, or no
    # headroom on this device); None when they ran.
    search_skipped: str | None = None
    # The closed loop (`pipeline.closed_loop`): each round's pick, its prediction made before it
    # was measured, its measurement, and the calibration from profiled span to call time they use.
    closed_loop: dict | None = None

    @property
    def num_stages(self) -> int:
        return len(self.stage_nodes)

    @property
    def num_waves(self) -> int:
        return sum(1 for s in self.stage_nodes if len(s) > 1)

    def counts(self) -> tuple[str, str, str]:
        """Its dispatches, stages and concurrent waves counted for the terminal: `1 dispatch`,
        `182 stages`, `80 concurrent waves`."""
        return (counted(self.num_dispatches, "dispatch", "dispatches"), counted(self.num_stages, "stage"),
                counted(self.num_waves, "concurrent wave"))

    def to_json(self) -> dict:
        """The schedule.json document (deterministic: no times, no paths)."""
        doc = {"model": self.model, "target": self.target, "scheduler": self.scheduler,
               "num_dispatches": self.num_dispatches, "num_stages": self.num_stages,
               "num_waves": self.num_waves, "stages": self.stages, "stage_nodes": self.stage_nodes}
        for f in fields(self):
            if f.name in doc:
                continue
            value = getattr(self, f.name)
            if isinstance(value, (MemoryReport, ReplacementReport)):
                value = {g.name: getattr(value, g.name) for g in fields(value)}
            if value is not None:
                doc[f.name] = value
        return doc

    @classmethod
    def from_json(cls, data: dict) -> ScheduleReport:
        """Read a schedule.json written by `to_json` (KeyError/TypeError if it is not one)."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if isinstance(values.get("memory"), dict):
            values["memory"] = MemoryReport(**values["memory"])
        if isinstance(values.get("replacements"), dict):
            values["replacements"] = ReplacementReport(**values["replacements"])
        return cls(**values)

    def write(self, *folders: Path) -> None:
        """schedule.json in each folder (a replaced program's own, and the dump's top)."""
        text = json.dumps(self.to_json(), indent=1) + "\n"
        for folder in dict.fromkeys(folders):
            write_text(folder / "schedule.json", text)
