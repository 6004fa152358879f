"""One program profiled whole: IREE's order and the flat program, and what their profiles give.

Shared by `--cost-model profiled` (`scheduling`) and `iops-mlir headroom` (`measure`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..cost.hal_profile import ProgramProfile, profile_programs
from ..cost.wave_model import WaveCost, wave_cost
from ..graph import DispatchGraph
from ..headroom import Headroom, headroom
from ..iree_tools import CommandLog
from ..schedule import Schedule
from ..targets import Target
from .back import compile_iree_order, compile_stages


@dataclass
class Profiled:
    """The two profiles, the wave model fitted on them and the headroom they show."""

    profiles: dict[str, ProgramProfile]  # "iree", "flat"
    cost: WaveCost
    headroom: Headroom


def profile_iree_and_flat(log: CommandLog, graph: DispatchGraph, target: Target, fixed: dict[str, Schedule],
                          inputs: list, folder: Path, *, calls: int) -> Profiled:
    """Compile IREE's order (`fixed["iree"]`, from async.iree.mlir) and the flat program
    (`fixed["sequential"]`) of the program in `log.cwd`, profile both, and fit the wave model.
    The flat program and the profiles go into `folder`."""
    programs = {"iree": compile_iree_order(log, target),
                "flat": compile_stages(log, graph, target, fixed["sequential"], folder / "flat.vmfb")}
    profiles = profile_programs(programs, target, inputs, graph, folder / "profiles", runs=calls)
    cost = wave_cost(profiles["flat"], profiles["iree"], graph.dispatch_ids(), fixed["sequential"].stages,
                     fixed["iree"].stages)
    return Profiled(profiles, cost, headroom(graph, profiles["flat"], profiles["iree"]))
