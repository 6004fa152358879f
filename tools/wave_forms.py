#!/usr/bin/env python3
"""Other forms of the wave model's span, judged as the model is: on concurrent waves left out.

Usage: python tools/wave_forms.py build/cpu/inception_v3 build/cpu/nasnet_a ... [--json forms.json]

Each argument is a profiled llvm-cpu compile's `--dump-dir` (with `profiles/`). Its waves of two
or more, from every profiled program, are split in two halves as `wave_model.heldout_error`
splits them; each form is fitted on one half (per-member overhead, 0 to 5 us, and its own
parameter on a grid; contention as summed span over summed form, at least 1 like the model's, or
free with `--free-contention`) and judged on the other. Printed: each form's median relative
error over both halves, the model's own form (`max`) first, and what no form can beat: how far
the same wave's span, as the odd calls of its program measured it, lies from the even calls'
(the median over waves of |odd median - even median| / their mean). The forms, with s the slowest
member alone, c the members' core time plus overhead over the workers, a the parameter:
  - max:       max(s, c), the model's;
  - softmax-k: (s^k + c^k)^(1/k), k = 2, 4, 8: a wave slower where its two terms are close, as
               a packing of the members' tiles on the workers would be;
  - max+a*min: max(s, c) + a min(s, c): part of the shorter term not hidden;
  - s(1-a):    max((1 - a) s, c): the slowest member faster in a wave than alone, whose solo
               latency includes a start the wave overlaps.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from predict_table import profiled_from_dump

from iops_mlir.cost.wave_model import OVERHEADS_US, WaveModel, WaveSample, fills_of, wave_samples
from iops_mlir.graph import DispatchGraph
from iops_mlir.pipeline.profiling import Profiled

Form = Callable[[np.ndarray, np.ndarray, float], np.ndarray]
FORMS: dict[str, tuple[Form, Sequence[float]]] = {
    "max": (lambda s, c, a: np.maximum(s, c), (0.0,)),
    "softmax-2": (lambda s, c, a: (s ** 2 + c ** 2) ** 0.5, (0.0,)),
    "softmax-4": (lambda s, c, a: (s ** 4 + c ** 4) ** 0.25, (0.0,)),
    "softmax-8": (lambda s, c, a: (s ** 8 + c ** 8) ** 0.125, (0.0,)),
    "max+a*min": (lambda s, c, a: np.maximum(s, c) + a * np.minimum(s, c), (0.0, 0.05, 0.1, 0.2, 0.3, 0.5)),
    "s(1-a)": (lambda s, c, a: np.maximum((1 - a) * s, c), (0.0, 0.05, 0.1, 0.2, 0.3)),
}


def profiled_of(dump: Path) -> Profiled:
    """The dump's profiled programs, read once for both uses below."""
    return profiled_from_dump(dump, DispatchGraph.from_json((dump / "graph.json").read_text()))


def concurrent_waves(profiled: Profiled) -> tuple[WaveModel, list[WaveSample]]:
    """The fitted wave model (for its dispatches' times) and every wave of two or more."""
    model = profiled.refit().model
    fills = fills_of(profiled.flat.profile)
    waves = [s for p in profiled.programs.values() for s in wave_samples(p.profile, p.stages, fills)
             if len(s.members) > 1]
    return model, waves


def split_calls_error(profiled: Profiled) -> float:
    """Median over the waves of two or more of how far the same wave's span in a program's odd
    calls lies from its even calls': two measurements of one wave, as the profiles hold them."""
    errors = []
    for program in profiled.programs.values():
        for stage in program.stages:
            if len(stage) < 2 or len(program.profile.runs) < 2:
                continue
            spans = [max(run[n].end_ns for n in stage) - min(run[n].start_ns for n in stage)
                     for run in program.profile.runs]
            odd, even = statistics.median(spans[0::2]), statistics.median(spans[1::2])
            errors.append(abs(odd - even) / ((odd + even) / 2))
    return statistics.median(errors)


def _terms(model: WaveModel, waves: Sequence[WaveSample], overhead: float) -> tuple[np.ndarray, ...]:
    slowest = np.array([max(model.solo_us[n] for n in w.members) for w in waves])
    shared = np.array([(sum(model.core_us[n] for n in w.members) + overhead * len(w.members)) / model.workers
                       for w in waves])
    return slowest, shared, np.array([w.span_us for w in waves])


def _fit(form: Form, grid: Sequence[float], model: WaveModel, waves: Sequence[WaveSample],
         free_contention: bool) -> tuple[float, float, float]:
    """The overhead, parameter and contention whose median error on `waves` is least."""
    best = None
    for overhead in OVERHEADS_US:
        slowest, shared, spans = _terms(model, waves, overhead)
        for a in grid:
            predicted = form(slowest, shared, a)
            contention = spans.sum() / predicted.sum()
            contention = contention if free_contention else max(1.0, contention)
            error = float(np.median(np.abs(contention * predicted - spans) / spans))
            if best is None or error < best[0] - 1e-12:
                best = (error, float(overhead), a, contention)
    return best[1:]


def heldout(form: Form, grid: Sequence[float], model: WaveModel, waves: Sequence[WaveSample],
            free_contention: bool) -> float:
    """Median relative error on the half left out, both halves, as `heldout_error` splits them."""
    errors: list[float] = []
    for half in (0, 1):
        train = [w for i, w in enumerate(waves) if i % 2 != half]
        judged = [w for i, w in enumerate(waves) if i % 2 == half and w.span_us > 0]
        overhead, a, contention = _fit(form, grid, model, train, free_contention)
        slowest, shared, spans = _terms(model, judged, overhead)
        errors += list(np.abs(contention * form(slowest, shared, a) - spans) / spans)
    return statistics.median(errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+", type=Path)
    parser.add_argument("--free-contention", action="store_true", help="let contention fall below 1")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = []
    for dump in args.dumps:
        profiled = profiled_of(dump)
        model, waves = concurrent_waves(profiled)
        errors = {name: round(heldout(form, grid, model, waves, args.free_contention), 4)
                  for name, (form, grid) in FORMS.items()}
        rows.append({"dump": str(dump), "waves": len(waves), "heldout_median_rel_error": errors,
                     "odd_even_calls": round(split_calls_error(profiled), 4)})
    print("| dump | waves | " + " | ".join(FORMS) + " | odd calls / even calls |")
    print("|---|---:|" + "---:|" * (len(FORMS) + 1))
    for r in rows:
        cells = " | ".join(f"{100 * e:.1f}%" for e in r["heldout_median_rel_error"].values())
        print(f"| {r['dump']} | {r['waves']} | {cells} | {100 * r['odd_even_calls']:.1f}% |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n")


if __name__ == "__main__":
    main()
