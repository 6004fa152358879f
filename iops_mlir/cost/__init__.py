"""Cost models: how long a stage of concurrent dispatches takes on a device.

- `measured[:FILE]`: dispatches timed on this machine's device, or read from a profile file
  (`gpu-report` writes one per group from a GPU kit's dispatches timed alone), plus an overlap model;
- `analytic[:DEVICE]`: a roofline model from a device description (local-cpu, a100, h100);
- `overlap`: a trivial model for tests.
"""

from __future__ import annotations

from collections.abc import Callable

from ..choices import CostModelKind, CostSpec, default_analytic_device
from ..graph import DispatchGraph
from ..targets import Target
from .analytic import AnalyticCost, device_names, load_device
from .base import Cautious, OverlapCost, StageCost
from .measured import MeasuredCost
from .profile import Profile

SAMPLE_STAGES = 8
SAMPLE_WIDTH = 6


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


def build_cost_model(spec: CostSpec, graph: DispatchGraph, target: Target,
                     measure: Callable[[list[str], list[tuple[str, ...]]], Profile] | None = None,
                     sample_from: list[list[int]] | None = None, margin: float | None = None,
                     trusted: list[list[int]] | None = None,
                     profiled: Callable[[], StageCost] | None = None) -> StageCost:
    """The cost model named by `spec`, bound to `graph`, charged its margin (see `Cautious`).

    `measure(symbols, sample_stages)` profiles on the device (measured model only);
    `profiled()` profiles whole programs and returns the fitted wave model (profiled only);
    `sample_from` are stages (e.g. asap's) to draw the calibration samples from;
    `margin` overrides the model's own (None: the model's, 0: no charge);
    `trusted` are the reference stages (IREE's own), which are not charged.
    """
    if spec.kind is CostModelKind.PROFILED:
        if profiled is None:
            raise ValueError("the profiled cost model needs whole-program profiles")
        model = profiled()
    else:
        model = _plain_cost_model(spec, graph, target, measure, sample_from)
    return Cautious(model, model.margin() if margin is None else margin, trusted or ())


def _plain_cost_model(spec: CostSpec, graph: DispatchGraph, target: Target, measure, sample_from) -> StageCost:
    if spec.kind is CostModelKind.ANALYTIC:
        return AnalyticCost(graph, load_device(spec.device), serial=not target.waves_overlap)
    if spec.kind is CostModelKind.OVERLAP:
        return OverlapCost({n: graph.nodes[n].flops for n in graph.dispatch_ids()})
    fallback = default_analytic_device(target.name)
    if spec.device is not None:  # measured:FILE, times taken on the device elsewhere (a GPU kit)
        return MeasuredCost(graph, Profile.read(spec.device), fallback=fallback, serial=not target.waves_overlap)
    if measure is None:
        raise ValueError("the measured cost model needs the profiler")
    symbols = sorted({graph.nodes[n].symbol for n in graph.dispatch_ids()})
    profile = measure(symbols, sample_stages(sample_from or [], graph))
    return MeasuredCost(graph, profile, fallback=fallback)


__all__ = ["StageCost", "Cautious", "AnalyticCost", "MeasuredCost", "OverlapCost", "build_cost_model",
           "device_names"]
