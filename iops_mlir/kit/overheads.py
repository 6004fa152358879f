"""What a kit's whole programs pay beyond their dispatches and stages timed alone.

A dispatch timed alone is a call that records a batch of it less a call that records none, so it
leaves out what the call itself costs, and a stage module holds one stage. A whole program pays
more: on CUDA's recorded graph, each node and each concurrent branch costs the host time at every
call (on an H200, several microseconds; more than a small model's kernels take). Per runtime
setting, every program a kit timed (each group's four orders) is predicted from its group's
times alone under that setting (`cost.measured`, bare), and the rest of its median call is fitted
as

    call_us + dispatch_us * dispatches + concurrent_us * (dispatches - stages)

by least squares on the relative error, no term negative (`ProgramOverheads`). The error is
held out: each model's programs are predicted by the terms fitted on the other models' programs.
How far two programs' predicted ratio is from their measured one, so held out (`ratio_errors`),
is the error a predicted gain carries: `measured:FILE`'s margin.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from ..choices import default_analytic_device
from ..cost.measured import MeasuredCost
from ..cost.profile import ProgramOverheads
from . import IREE_STAGES, SEQUENTIAL_SETTING
from .alone_report import group_profile, program_graph

MIN_MODELS = 2  # a held-out error needs a model to fit on besides the one predicted


@dataclass(frozen=True)
class ProgramSample:
    """One program of a group timed whole, against its prediction from the times alone."""

    group: str
    model: str
    variant: str
    measured_us: float  # its median call
    alone_us: float  # its stages under the bare measured model
    dispatches: int
    concurrent: int  # dispatches beyond the first of each stage

    def predicted_us(self, overheads: ProgramOverheads) -> float:
        return (self.alone_us + overheads.call_us + overheads.dispatch_us * self.dispatches
                + overheads.concurrent_us * self.concurrent)


def program_stages(plans: Path, group: dict) -> dict[str, tuple[str, list[list[int]]]]:
    """Each variant the kit ran: the program (`as-imported` or `kept`) and its stages."""
    orders = json.loads((plans / IREE_STAGES).read_text())
    found = {variant: ("as-imported", stages) for variant, stages in orders.items()}
    ships = group.get("iops_ships")
    if ships in orders:  # the search's pick lost to an IREE order by prediction, which shipped as iops
        found["iops"] = found[ships]
    else:
        found["iops"] = ("kept", json.loads((plans / "schedule.json").read_text())["stage_nodes"])
    return found


def program_samples(doc: dict, folder: Path, setting: str, times: dict | None = None) -> list[ProgramSample]:
    """Every program timed under `setting` whose group's dispatches were timed alone there (in
    the run `times`, another results.json of the same kit, where given)."""
    samples = []
    serial = setting == SEQUENTIAL_SETTING.get(doc["kit"]["runtime_device"])
    fallback = default_analytic_device(doc["kit"]["target"])
    for label, rows in doc["settings"].get(setting, {}).get("groups", {}).items():
        profile = group_profile(times or doc, setting, label)
        if profile is None:
            continue
        plans = folder / "plans" / label
        stages_of = program_stages(plans, doc["groups"][label])
        bare: dict[str, MeasuredCost] = {}  # per program: the times alone, no overheads (the profile has none)
        for variant, row in rows.items():
            if "median_ms" not in row or variant not in stages_of:
                continue
            program, stages = stages_of[variant]
            if program not in bare:
                bare[program] = MeasuredCost(program_graph(plans, program), profile, fallback=fallback, serial=serial)
            dispatches = sum(len(s) for s in stages)
            samples.append(ProgramSample(label, doc["groups"][label]["model"], variant, row["median_ms"] * 1e3,
                                         bare[program].schedule_us(stages), dispatches, dispatches - len(stages)))
    return samples


def fit_overheads(samples: list[ProgramSample], fitted_on: str = "") -> ProgramOverheads:
    """The three terms, least squares on the relative error, none negative (every subset of
    terms is fitted and the best one with no negative term kept: three terms, eight subsets)."""
    features = np.array([[1.0, s.dispatches, s.concurrent] for s in samples]) / np.array(
        [[s.measured_us] for s in samples])
    rest = np.array([(s.measured_us - s.alone_us) / s.measured_us for s in samples])
    best, best_error = np.zeros(3), float(np.sum(rest ** 2))
    for size in (1, 2, 3):
        for terms in itertools.combinations(range(3), size):
            x = np.zeros(3)
            x[list(terms)] = np.linalg.lstsq(features[:, terms], rest, rcond=None)[0]
            error = float(np.sum((features @ x - rest) ** 2))
            if x.min() >= 0 and error < best_error - 1e-12:
                best, best_error = x, error
    return ProgramOverheads(*(float(v) for v in best), fitted_on=fitted_on)


@dataclass(frozen=True)
class HeldOut:
    """A program's prediction by terms fitted on the other models' programs."""

    sample: ProgramSample
    overheads: ProgramOverheads

    def error(self) -> float:
        return self.sample.predicted_us(self.overheads) / self.sample.measured_us - 1

    def bare_error(self) -> float:
        return self.sample.alone_us / self.sample.measured_us - 1


def ratio_errors(predictions: list[HeldOut]) -> list[float]:
    """For every two programs of one group, how far their predicted ratio is from the measured
    one: the error of a predicted gain of one schedule over another."""
    by_group: dict[str, list[HeldOut]] = {}
    for p in predictions:
        by_group.setdefault(p.sample.group, []).append(p)
    errors = []
    for programs in by_group.values():
        for a, b in itertools.combinations(programs, 2):
            predicted = a.sample.predicted_us(a.overheads) / b.sample.predicted_us(b.overheads)
            errors.append(abs(predicted / (a.sample.measured_us / b.sample.measured_us) - 1))
    return errors


def held_out(samples: list[ProgramSample]) -> list[HeldOut]:
    """Every sample predicted with the model it belongs to left out of the fit."""
    models = sorted({s.model for s in samples})
    if len(models) < MIN_MODELS:
        return []
    fits = {m: fit_overheads([s for s in samples if s.model != m]) for m in models}
    return [HeldOut(s, fits[s.model]) for s in samples]


def setting_samples(doc: dict, folder: Path) -> dict[str, list[ProgramSample]]:
    """Per setting with programs and times alone, its programs (`program_samples`)."""
    found = {setting: program_samples(doc, folder, setting) for setting in doc["settings"]}
    return {setting: samples for setting, samples in found.items() if samples}


def setting_overheads(samples: dict[str, list[ProgramSample]]) -> dict[str, ProgramOverheads]:
    """Per setting, the terms fitted on all its programs, with the held-out error of their
    predicted ratios (`ratio_errors`): what the dispatch profiles carry."""
    found = {}
    for setting, programs in samples.items():
        fitted = fit_overheads(programs, fitted_on=f"{len(programs)} programs of "
                               f"{len({s.group for s in programs})} groups under {setting}")
        errors = ratio_errors(held_out(programs))
        found[setting] = replace(fitted, ratio_error=float(np.median(errors)) if errors else None)
    return found


def overheads_table(samples: dict[str, list[ProgramSample]]) -> list[str]:
    """The fitted terms per setting and every program's prediction, bare and held out."""
    rows, summary = [], []
    for setting, programs in samples.items():
        fitted = fit_overheads(programs)
        predictions = held_out(programs)
        for p in predictions:
            s = p.sample
            rows.append(f"| {s.group} | {setting} | {s.variant} | {s.dispatches} | {s.concurrent} "
                        f"| {s.measured_us:.0f} | {s.alone_us:.0f} ({p.bare_error():+.1%}) "
                        f"| {s.predicted_us(p.overheads):.0f} ({p.error():+.1%}) |")
        held = [abs(p.error()) for p in predictions]
        bare = [abs(s.alone_us / s.measured_us - 1) for s in programs]
        summary.append(f"| {setting} | {len(programs)} | {fitted.call_us:.1f} | {fitted.dispatch_us:.2f} "
                       f"| {fitted.concurrent_us:.2f} | {_median_cell(bare)} | {_median_cell(held)} "
                       f"| {_median_cell(ratio_errors(predictions))} |")
    if not summary:
        return []
    return ["## Whole programs from the times alone", "",
            "Each program the kit timed, predicted from its group's dispatches and stages timed alone under "
            "the same setting (`measured:FILE` without overheads), and with what a call, a dispatch and a "
            "concurrent dispatch (one beyond the first of its stage) cost on top, fitted on the programs "
            "(`kit.overheads`). Errors are held out: a model's programs are predicted by the terms fitted "
            "on the other models' (none where the kit ran one model); the ratio error sets two programs of "
            "one group against each other, predicted and measured: what a predicted gain can be off by, "
            "and `measured:FILE`'s margin. The dispatch profiles below carry the terms fitted on every "
            "program.", "",
            "| setting | programs | call us | per dispatch us | per concurrent dispatch us "
            "| median abs error, times alone | held out, with overheads | ratio of two programs, held out |",
            "|---|---|---|---|---|---|---|---|",
            *summary, "",
            "| group | setting | variant | dispatches | concurrent | measured us | times alone us (error) "
            "| with overheads, held out (error) |", "|---|---|---|---|---|---|---|---|", *rows, ""]


def across_runs_table(runs: list[tuple[dict, Path]], samples_by_run: list[dict[str, list[ProgramSample]]]
                      ) -> list[str]:
    """Each run's programs predicted from the run before it: its times alone and the terms fitted
    on its programs (`samples_by_run`: each run's `setting_samples`), all taken before the later
    run timed anything."""
    rows = []
    for i in range(1, len(runs)):
        before, (after, after_folder) = runs[i - 1][0], runs[i]
        for setting in after["settings"]:
            fitted_on = samples_by_run[i - 1].get(setting, [])
            samples = program_samples(after, after_folder, setting, times=before)
            if not fitted_on or not samples:
                continue
            overheads = fit_overheads(fitted_on)
            errors = [abs(s.predicted_us(overheads) / s.measured_us - 1) for s in samples]
            bare = [abs(s.alone_us / s.measured_us - 1) for s in samples]
            rows.append(f"| {i} -> {i + 1} | {setting} | {len(samples)} | {_median_cell(bare)} "
                        f"| {_median_cell(errors)} | {np.percentile(errors, 90):.1%} |")
    if not rows:
        return []
    return ["## Whole programs predicted from the run before", "",
            "Each run's programs predicted from the previous run's dispatches and stages timed alone and "
            "the overheads fitted on the previous run's programs: every input was measured before the "
            "programs predicted were timed.", "",
            "| runs | setting | programs | median abs error, times alone | with overheads | 90th percentile |",
            "|---|---|---|---|---|---|", *rows, ""]


def _median_cell(values: list[float]) -> str:
    return f"{np.median(values):.1%}" if values else "-"
