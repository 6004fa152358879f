"""Cost models: how long a stage of concurrent dispatches takes on a device.

- `measured`: dispatches timed on this machine's device, plus a calibrated overlap model;
- `analytic[:DEVICE]`: a roofline model from a device description (local-cpu, a100, h100);
- `overlap`: a trivial model for tests.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import IopsError
from ..graph import DispatchGraph
from ..targets import Target
from .analytic import AnalyticCost, device_names, load_device
from .base import Cautious, OverlapCost, StageCost
from .measured import MeasuredCost
from .profile import Profile

COST_MODELS = ("measured", "analytic", "overlap")
SAMPLE_STAGES = 8
SAMPLE_WIDTH = 6


def default_cost_model(target: Target) -> str:
    """Measured where the device is this machine's CPU; analytic H100 for CUDA (no GPU here)."""
    return "measured" if target.name == "llvm-cpu" else "analytic:h100"


def parse_spec(spec: str, target: Target) -> tuple[str, str | None]:
    """('analytic', 'h100') from 'analytic:h100'; the device defaults by target."""
    kind, _, device = spec.partition(":")
    if kind not in COST_MODELS:
        raise IopsError(f"Unknown cost model '{spec}'. Known: measured, analytic[:DEVICE] "
                        f"(devices: {', '.join(device_names())}), overlap.")
    if kind == "analytic":
        return kind, device or ("local-cpu" if target.name == "llvm-cpu" else "h100")
    if device:
        raise IopsError(f"The {kind} cost model takes no device ('{spec}').")
    if kind == "measured" and target.name != "llvm-cpu":
        raise IopsError(f"The measured cost model times dispatches on this machine, which has no "
                        f"{target.name} device; use --cost-model analytic:h100 (or a100), or run "
                        "iops-mlir on a machine with the GPU.")
    return kind, None


def sample_stages(stages: list[list[int]], graph: DispatchGraph) -> list[tuple[str, ...]]:
    """Up to SAMPLE_STAGES multi-dispatch stages (of distinct executables), spread over sizes."""
    seen, multi = set(), []
    for stage in sorted(stages, key=lambda s: (len(s), s)):
        symbols = tuple(dict.fromkeys(graph.nodes[n].symbol for n in stage))[:SAMPLE_WIDTH]
        if len(symbols) > 1 and symbols not in seen:
            seen.add(symbols)
            multi.append(symbols)
    if len(multi) <= SAMPLE_STAGES:
        return multi
    step = len(multi) / SAMPLE_STAGES
    return [multi[int(i * step)] for i in range(SAMPLE_STAGES)]


def build_cost_model(spec: str, graph: DispatchGraph, target: Target,
                     measure: Callable[[list[str], list[tuple[str, ...]]], Profile] | None = None,
                     sample_from: list[list[int]] | None = None, margin: float | None = None,
                     trusted: list[list[int]] | None = None) -> StageCost:
    """The cost model named by `spec`, bound to `graph`, charged its margin (see `Cautious`).

    `measure(symbols, sample_stages)` profiles on the device (measured model only);
    `sample_from` are stages (e.g. asap's) to draw the calibration samples from;
    `margin` overrides the model's own (None: the model's, 0: no charge);
    `trusted` are the reference stages (IREE's own), which are not charged.
    """
    model = _plain_cost_model(spec, graph, target, measure, sample_from)
    return Cautious(model, model.margin() if margin is None else margin, trusted or ())


def _plain_cost_model(spec: str, graph: DispatchGraph, target: Target, measure, sample_from) -> StageCost:
    kind, device = parse_spec(spec, target)
    if kind == "analytic":
        return AnalyticCost(graph, load_device(device))
    if kind == "overlap":
        return OverlapCost({n: graph.nodes[n].flops for n in graph.dispatch_ids()})
    if measure is None:
        raise IopsError("The measured cost model needs the profiler (internal error).")
    symbols = sorted({graph.nodes[n].symbol for n in graph.dispatch_ids()})
    profile = measure(symbols, sample_stages(sample_from or [], graph))
    return MeasuredCost(graph, profile)


__all__ = ["COST_MODELS", "StageCost", "Cautious", "AnalyticCost", "MeasuredCost", "OverlapCost",
           "build_cost_model", "default_cost_model", "parse_spec", "device_names"]
