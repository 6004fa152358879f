"""Roofline-style cost model from FLOPs, bytes and workgroup counts (no device needed).

Assumptions, per dispatch n alone on the device:
  workgroups  w = ceil(output elements / elements_per_workgroup)
  occupancy   u = min(1, w / units)          (a small dispatch cannot fill every SM/core)
  time        t = launch + max(flops / (peak * eff * u), bytes / (bandwidth * eff_bw * u))
and for a stage S run concurrently:
  stage(S) = barrier + max(max_n t_n, sum_n (t_n - launch) * u_n)
that is, members overlap until together they fill the device; beyond that their
work adds up. Launch latency overlaps between concurrent dispatches.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..choices import analytic_devices as device_names
from ..errors import UserError
from ..graph import DispatchGraph, Node
from .base import StageCost, StageForm

DEVICES_DIR = Path(__file__).parent / "devices"


@dataclass(frozen=True)
class Device:
    """A device description read from `devices/NAME.json`."""

    name: str
    units: int
    peak_flops: float
    compute_efficiency: float
    bandwidth_bytes_per_s: float
    bandwidth_efficiency: float
    launch_us: float
    barrier_us: float
    elements_per_workgroup: int


_MAY_BE_ZERO = ("launch_us", "barrier_us")


def load_device(name: str) -> Device:
    """The device description called `name` (see `device_names()`), or read from the file `name`
    where it ends in .json (a device `iops-mlir gpu-report` calibrated on a GPU)."""
    path = Path(name) if name.endswith(".json") else DEVICES_DIR / f"{name}.json"
    if not path.exists():
        raise UserError(f"Unknown device '{name}' for the analytic cost model. "
                        f"Known: {', '.join(device_names())}, or a device file NAME.json.")
    fields = Device.__dataclass_fields__
    try:
        data = json.loads(path.read_text())
        values = {k: data[k] for k in fields}
        device = Device(**values)
    except (ValueError, KeyError, TypeError) as e:
        raise UserError(f"The analytic device file '{path}' is not a device description: it needs the "
                        f"fields {', '.join(fields)} ({type(e).__name__}: {e}).") from None
    bad = [k for k, v in values.items() if k != "name" and not (
        isinstance(v, (int, float)) and not isinstance(v, bool) and (v > 0 or (v == 0 and k in _MAY_BE_ZERO)))]
    if bad:
        raise UserError(f"The analytic device file '{path}' has fields that are not positive numbers: "
                        f"{', '.join(bad)} (only {' and '.join(_MAY_BE_ZERO)} may be 0).")
    return device


def output_elements(node: Node) -> int:
    """Points of the parallel (output) part of the iteration space, from IREE's dispatch name."""
    shape = node.shape
    if not shape:
        return max(1, node.bytes // 8)  # unnamed: assume half the traffic is the f32 output
    if node.kind.startswith(("conv", "depthwise")) and len(shape) >= 4:
        return math.prod(shape[:-3]) if len(shape) >= 6 else math.prod(shape[:-2])
    if node.kind.startswith(("matmul", "batch_matmul", "contract", "mmt4d")) and len(shape) >= 2:
        return math.prod(shape[:-1])
    if node.kind.startswith("pooling") and len(shape) >= 3:
        return math.prod(shape[:-2])
    return math.prod(shape)


def roofline_terms(node: Node, device: Device) -> tuple[float, float, float]:
    """A dispatch's compute time and memory time (us) at full efficiency on the units it can
    fill, and that occupancy. Its busy time is the larger term over its efficiency."""
    workgroups = math.ceil(output_elements(node) / device.elements_per_workgroup)
    occupancy = min(1.0, workgroups / device.units)
    compute = node.flops / (device.peak_flops * occupancy) * 1e6
    memory = node.bytes / (device.bandwidth_bytes_per_s * occupancy) * 1e6
    return compute, memory, occupancy


class AnalyticCost(StageCost):
    """The roofline model above for the dispatches of one graph on one device."""

    def __init__(self, graph: DispatchGraph, device: Device, *, serial: bool = False) -> None:
        """`serial`: the device runs a stage's dispatches one after another, with nothing between
        stages (a replayed CUDA graph on an H200 ran every order alike, sequential among them), so
        a stage costs its members' times added up and every schedule the same."""
        self.device = device
        self.serial = serial
        self.name = f"analytic:{device.name}"
        self._barrier = 0.0 if serial else device.barrier_us
        self._t: dict[int, float] = {}
        self._area: dict[int, float] = {}
        for n in graph.dispatch_ids():
            self._t[n], self._area[n] = self._dispatch(graph.nodes[n])
            if serial:  # a member's area is its whole time: the stage is their sum
                self._area[n] = self._t[n]

    def _dispatch(self, node: Node) -> tuple[float, float]:
        compute, memory, occupancy = roofline_terms(node, self.device)
        busy = max(compute / self.device.compute_efficiency, memory / self.device.bandwidth_efficiency)
        return self.device.launch_us + busy, busy * occupancy

    def solo_us(self, node: int) -> float:
        return self._barrier + self._t[node]

    def area_us(self, node: int) -> float:
        return self._area[node]

    def stage_floor_us(self) -> float:
        return self._barrier

    def added_us(self, node: int) -> float:
        return self._t[node] if self.serial else 0.0  # replayed one after another: a member adds its time

    def removal_us(self, node: int) -> float:
        return self.added_us(node)

    def stage_us(self, stage: Sequence[int]) -> float:
        longest = max(self._t[n] for n in stage)
        shared = sum(self._area[n] for n in stage)
        return self._barrier + max(longest, shared)

    def stage_form(self, nodes: Iterable[int]) -> StageForm:
        nodes = list(nodes)
        return StageForm(alone={n: self.stage_us([n]) for n in nodes}, floor=self._barrier,
                         longest={n: self._t[n] for n in nodes}, shared={n: self._area[n] for n in nodes})

    def describe(self) -> dict:
        assumes = ("roofline per dispatch; a stage's members run one after another (a replayed CUDA graph), "
                   "nothing between stages" if self.serial else
                   "roofline per dispatch scaled by occupancy; a stage overlaps members until their summed "
                   "occupancy-time fills the device")
        return {"name": self.name, "device": self.device.__dict__, "assumes": assumes}
