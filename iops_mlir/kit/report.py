"""`iops-mlir gpu-report`: a kit's results.json as tables, a plot and a calibrated analytic model.

- Correctness: each small model's outputs against torch's, per variant and runtime setting.
- Timing: per group, each variant's median (interquartile range) under every setting, and
  iops over IREE's best order and over sequential, as ratios over the same rounds (the
  median of each round's ratio) with a 95% interval (batch means over the paired rounds).
- Headroom: from the profiles of IREE's orders, how much any schedule can gain on the device.
- Whole programs: each predicted from its group's dispatches and stages timed alone, and with
  what a call, a dispatch and a concurrent branch cost on top (`overheads`), fitted per setting,
  each model held out; with several runs, each run's programs predicted from the run before.
- Calibration: the analytic device model's efficiencies fitted to the in-context latency of
  every dispatch of the sequential program (`iree-debug`, profiled with the HAL profiler),
  and its per-dispatch overhead to that program's measured time; where nothing was profiled
  (CUDA under IREE 3.13), all three fitted to the sequential programs' whole calls. Errors are
  held out: each model is predicted by a fit on the other models; the device written is fitted
  on all.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import statistics
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .. import timing
from ..choices import default_analytic_device
from ..cost.analytic import Device, load_device, roofline_terms
from ..cost.hal_profile import calls, parse_dispatch_events, recording_order, typical
from ..cost.wave_model import ProfiledProgram
from ..errors import UserError
from ..files import write_atomic, write_text
from ..graph import DispatchGraph
from ..headroom import Headroom, headroom
from . import IREE_STAGES, SEQUENTIAL
from .alone_report import alone_tables, program_graph, sequential_alone, write_profiles
from .overheads import across_runs_table, overheads_table, setting_overheads, setting_samples

DEFAULT_ORDER = "iree-min-peak-memory"  # IREE's default partitioning
ORDERS = ("iree-min-peak-memory", "iree-max-concurrency", "iree-debug")
# The grid both efficiencies are fitted on: 2.0 down by 88 equal ratios to 1e-3, and on with
# the same ratio to below 1e-5. Tiny dispatches, mostly fixed cost, fit efficiencies near 1e-3
# on a loaded CPU, and a device ten times slower still must find its fit on the grid.
_STEP = (2.0 / 1e-3) ** (1 / 88)
_EFFICIENCIES = 2.0 / _STEP ** np.arange(88 + 54, -1, -1)


def load_results(path: Path) -> dict:
    """A kit's results.json, checked enough to give a clear error on anything else."""
    try:
        doc = json.loads(Path(path).read_text())
    except (OSError, ValueError) as e:
        raise UserError(f"Cannot read the kit results '{path}': {e}.") from None
    if not isinstance(doc, dict) or "settings" not in doc or "kit" not in doc:
        raise UserError(f"'{path}' is not a results.json written by a kit's run.sh.")
    return doc


def write_report(results: Path | list[Path], out: Path, calibrate_on: str | None = None) -> Path:
    """report.md, report.png and the calibrated device JSON in `out`; returns report.md's path.

    Several results files (runs of one kit, say, on the same machine) give one section each and
    one calibration fitted on all of them."""
    paths = [Path(results)] if isinstance(results, (str, Path)) else [Path(r) for r in results]
    runs = [(load_results(path), path.parent) for path in paths]
    out.mkdir(parents=True, exist_ok=True)
    calibration = calibrate(runs, calibrate_on)
    lines, rows, samples_by_run = [], [], []
    for i, (path, (doc, folder)) in enumerate(zip(paths, runs), 1):
        ratios = {s: speedups(doc, s) for s, per in doc["settings"].items() if "groups" in per}
        lines += _header(doc, path if len(paths) > 1 else None) + correctness_table(doc)
        lines += timing_tables(doc, ratios) + settings_table(doc) + prediction_table(doc) + headroom_table(doc, folder)
        lines += alone_tables(doc, folder, load_device(_analytic_device(doc)),
                              {label: profiled_latencies(doc, folder, label) for label in doc["groups"]})
        programs = setting_samples(doc, folder)
        samples_by_run.append(programs)
        lines += overheads_table(programs)
        lines += write_profiles(doc, out, "profiles" if len(runs) == 1 else f"profiles/run{i}",
                                setting_overheads(programs))
        rows += ratios.get(main_setting(doc), [])
    lines += across_runs_table(runs, samples_by_run) + calibration_table(calibration)
    if calibration is not None:
        device_file = out / f"{calibration.fitted.name}.json"
        write_text(device_file, json.dumps(dataclasses.asdict(calibration.fitted), indent=1) + "\n")
        lines.append(f"Calibrated device written to `{device_file.name}`: compile with "
                     f"`--cost-model analytic:{device_file.name}` (its path) to search under it.\n")
    if rows:
        write_atomic(out / "report.png", lambda tmp: plot(rows, runs[0][0], tmp))
        lines.append("![iops against IREE's orders](report.png)\n")
    report = out / "report.md"
    write_text(report, "\n".join(lines))
    return report


def main_setting(doc: dict) -> str | None:
    """The first setting measured (the graph command buffer on CUDA): the one profiled."""
    measured = [s for s, per in doc["settings"].items() if "groups" in per]
    return measured[0] if measured else None


def _header(doc: dict, path: Path | None = None) -> list[str]:
    env, opts = doc.get("environment", {}), doc.get("options", {})
    device = env.get("gpus") or env.get("devices") or doc["kit"]["runtime_device"]
    source = f" from `{'/'.join(path.resolve().parts[-3:])}`" if path is not None else ""
    lines = [f"# GPU kit results{source}: {doc['kit']['target']} ({doc['kit'].get('arch') or 'host'})", "",
             f"Device: {device}. Runtime: {' '.join(env.get('iree_runtime', [])[-2:])}. "
             f"Python {env.get('python')}, {env.get('date')}. {opts.get('repetitions')} timed rounds per "
             f"setting, {opts.get('warmup')} warm-up; variants interleaved (Williams order), each timed call "
             "right after an untimed one of the same variant.", ""]
    if doc.get("skipped"):
        lines += [f"Skipped: {'; '.join(doc['skipped'])}.", ""]
    return lines


def correctness_table(doc: dict) -> list[str]:
    """Small models: largest error against torch's outputs, per setting and variant."""
    lines = []
    for setting, per in doc["settings"].items():
        for label, rows in per.get("groups", {}).items():
            for variant, row in rows.items():
                if "correct" in row or "failed" in row:
                    verdict = "FAILED: " + row["failed"][:120] if "failed" in row else \
                        ("ok" if row["correct"] else "DIFFERS")
                    error = f"{row['max_abs_error']:.2g}" if "max_abs_error" in row else "-"
                    lines.append(f"| {label} | {setting} | {variant} | {error} | {verdict} |")
    if not lines:
        return []
    return ["## Correctness against torch", "", "| group | setting | variant | max abs error | |",
            "|---|---|---|---|---|", *lines, ""]


@dataclass
class Speedup:
    """iops against one of IREE's orders in one group: its ratio over the paired rounds and the
    ratio's 95% interval."""

    group: str
    order: str
    ratio: float  # iops / order, the median of each round's ratio (below 1: iops is faster)
    low: float
    high: float


def speedups(doc: dict, setting: str) -> list[Speedup]:
    """iops over each of IREE's orders in every group of `setting`, paired by round."""
    found = []
    for label, rows in doc["settings"][setting]["groups"].items():
        if "samples_ms" not in rows.get("iops", {}):
            continue
        for order in ORDERS:
            if "samples_ms" in rows.get(order, {}):
                iops, other = rows["iops"]["samples_ms"], rows[order]["samples_ms"]
                low, high = timing.ratio_interval(iops, other)
                found.append(Speedup(label, order, timing.paired_ratio(iops, other), low, high))
    return found


def timing_tables(doc: dict, speedups_by_setting: dict[str, list[Speedup]]) -> list[str]:
    """One table per setting: medians (IQR) and iops against IREE's best order and sequential."""
    lines = []
    for setting, per in doc["settings"].items():
        if "groups" not in per:
            lines += [f"## {setting}: not measured ({per.get('failed', '')[:200]})", ""]
            continue
        ratios = {(s.group, s.order): s for s in speedups_by_setting[setting]}
        lines += [f"## Timing, setting `{setting}` (runtime flags: {' '.join(per['flags']) or 'none'}, "
                  f"modules: {per['build']})", "",
                  "| group | " + " | ".join(f"{v} ms" for v in doc["kit"]["variants"])
                  + " | iops / best IREE order | iops / sequential |",
                  "|---|" + "---|" * (len(doc["kit"]["variants"]) + 2)]
        for label, rows in per["groups"].items():
            cells = [_median_cell(rows.get(v, {})) for v in doc["kit"]["variants"]]
            timed = [ratios[(label, o)] for o in ORDERS if (label, o) in ratios]
            best = max(timed, key=lambda s: s.ratio, default=None)  # IREE's fastest order: iops gains least on it
            sequential = ratios.get((label, SEQUENTIAL))
            lines.append(f"| {label} | " + " | ".join(cells) + f" | {_ratio_cell(best)} | {_ratio_cell(sequential)} |")
        lines.append("")
    return lines


def _median_cell(row: dict) -> str:
    if "median_ms" not in row:
        return "failed" if "failed" in row else "-"
    low, high = row["iqr_ms"]
    return f"{row['median_ms']:.3f} ({low:.3f}-{high:.3f})"


def _ratio_cell(s: Speedup | None) -> str:
    if s is None:
        return "-"
    order = "" if s.order == SEQUENTIAL else f" vs {s.order.removeprefix('iree-')}"
    return f"x{s.ratio:.3f} [{s.low:.3f}, {s.high:.3f}]{order}"


def settings_table(doc: dict) -> list[str]:
    """Each variant's median under every setting, in ratio to the first setting: what the
    graph command buffer gains over stream mode, and what recording graphs anew costs."""
    settings = [s for s, per in doc["settings"].items() if "groups" in per]
    if len(settings) < 2:
        return []
    first = settings[0]
    lines = ["## Runtime settings", "", f"Median of each setting over the median under `{first}` (same variant, "
             "timed in separate processes, so machine drift between them is not paired out).", "",
             "| group | variant | " + " | ".join(f"{s} ms" for s in settings) + " | "
             + " | ".join(f"{s} / {first}" for s in settings[1:]) + " |",
             "|---|---|" + "---|" * (2 * len(settings) - 1)]
    for label in doc["settings"][first]["groups"]:
        for variant in doc["kit"]["variants"]:
            medians = [doc["settings"][s]["groups"].get(label, {}).get(variant, {}).get("median_ms") for s in settings]
            if medians[0] is None:
                continue
            cells = [f"{m:.3f}" if m is not None else "-" for m in medians]
            ratios = [f"{m / medians[0]:.3f}" if m is not None else "-" for m in medians[1:]]
            lines.append(f"| {label} | {variant} | " + " | ".join(cells + ratios) + " |")
    return lines + [""]


def prediction_table(doc: dict) -> list[str]:
    """Each variant's latency as the compile predicted it (before anything ran on the device)
    against its measured median under the first setting."""
    setting = main_setting(doc)
    if setting is None:
        return []
    lines = [f"## Prediction against measurement (`{setting}`)", "",
             "Predictions were made at compile time by the group's cost model, before any run on this device.", "",
             "| group | cost model | variant | predicted us | measured us | error |", "|---|---|---|---|---|---|"]
    for label, rows in doc["settings"][setting]["groups"].items():
        group = doc["groups"][label]
        for variant, predicted in (group.get("predicted_us") or {}).items():
            measured = rows.get(variant, {}).get("median_ms")
            if predicted is None or measured is None:
                continue
            lines.append(f"| {label} | {group['cost_model']} | {variant} | {predicted:.0f} | {measured * 1e3:.0f} "
                         f"| {predicted / (measured * 1e3) - 1:+.1%} |")
    return lines + [""]


# -- headroom -------------------------------------------------------------------------------
def group_headroom(doc: dict, folder: Path, label: str) -> Headroom | None:
    """How much any schedule can gain on the device the kit ran on, from the profiles of IREE's
    orders of the program as imported: the sequential one (`iree-debug`) as the flat program,
    `min-peak-memory` (IREE's default) as IREE's order, `max-concurrency` for its waves too
    (`headroom.headroom`). None where a profile or the orders' stages are missing."""
    profiles = doc.get("profiles", {}).get(label, {})
    plans = folder / "plans" / label
    if not (plans / IREE_STAGES).exists() or any("events" not in profiles.get(v, {})
                                                 for v in (SEQUENTIAL, DEFAULT_ORDER)):
        return None
    graph = program_graph(plans, "as-imported")
    stages = json.loads((plans / IREE_STAGES).read_text())
    programs = {}
    for variant in ORDERS:
        if "events" in profiles.get(variant, {}):
            runs = _profiled_calls(folder / "profiles" / label / profiles[variant]["events"], graph,
                                   recording_order(stages[variant]))
            programs[variant] = ProfiledProgram(variant, stages[variant], typical(doc["kit"]["runtime_device"], runs))
    return headroom(graph, programs[SEQUENTIAL], programs[DEFAULT_ORDER], others=programs.values())


def headroom_table(doc: dict, folder: Path) -> list[str]:
    """Each group's headroom on this device and what its waves gave side by side."""
    rows = []
    for label in doc["groups"]:
        found = group_headroom(doc, folder, label)
        if found is None:
            continue
        side = found.side_by_side
        side_cell = (f"{side.waves} waves ({side.program.removeprefix('iree-')}): {side.together_us:.0f} / "
                     f"{side.alone_us:.0f} us = x{side.ratio:.3f}" if side else "-")
        core = f"{found.core_us / found.workers:.0f}" if found.core_us else "-"  # a GPU reports no core time
        rows.append(f"| {label} | {found.iree_measured_us:.0f} | {found.flat_measured_us:.0f} | "
                    f"{found.critical_path_us:.0f} | {core} | {found.stages_at_least - 1} x {found.barrier_us:.1f} | "
                    f"{found.lower_bound_us:.0f} | {found.max_gain:.1%} | {side_cell} |")
    if not rows:
        return []
    return ["## Headroom on this device", "",
            "From the profiles (IREE's HAL profiler) of IREE's orders: the sequential program's dispatch "
            "latencies (at the speed of the default order's lone dispatches) give the critical path; on a CPU, "
            "the workers' core time over their number P bounds too (a GPU reports none). No schedule has fewer "
            "barriers than the longest chain has dispatches, each at least the shortest gap either program "
            "shows; the lower bound also takes the search's stage-by-stage bound (`headroom.headroom`). Side by "
            "side: the waves of the order with the most dispatches in waves of two or more against the same "
            "dispatches one at a time (below 1, running them together pays).", "",
            "| group | IREE default us (profiled) | sequential us | critical path us | core time / P us | barriers us "
            "| lower bound us | any schedule gains at most | side by side |", "|---|---|---|---|---|---|---|---|---|",
            *rows, ""]


def _profiled_calls(events_file: Path, graph: DispatchGraph, order: list[int] | None = None) -> list[dict]:
    """The calls in a kit's gzipped dispatch events, joined to `graph` (in `order`), the first
    dropped where there are more: it touches every buffer first."""
    runs = calls(parse_dispatch_events(gzip.decompress(events_file.read_bytes()).decode()), graph, order)
    return runs[1:] or runs


# -- calibration ----------------------------------------------------------------------------
@dataclass
class ModelFit:
    """One model under the device as written and under a fit on the other models."""

    model: str
    dispatches: int
    dispatch_error_before: float | None  # median |predicted / measured - 1| of in-context latencies
    dispatch_error_after: float | None  # (None without dispatch profiles)
    sequential_measured_us: float | None
    sequential_before_us: float
    sequential_after_us: float | None


@dataclass
class Calibration:
    device: Device
    fitted: Device
    models: list[ModelFit]
    basis: str  # what was fitted: "dispatches" (profiled latencies), "alone" (dispatches timed alone) or
    # "programs" (whole calls)


@dataclass
class _Samples:
    """One group's sequential program: its dispatches' terms, their measured latencies (None
    where the device gave no profile), and its time."""

    model: str
    compute: np.ndarray
    memory: np.ndarray
    latency: np.ndarray | None  # median in-context latency of each dispatch (us), or its time alone
    program_us: float | None  # median time of a whole call (timed interleaved)
    source: str | None = None  # of the latencies: "profiled" (in context) or "alone" (benchmark modules)


def calibrate(runs: list[tuple[dict, Path]], on: str | None = None) -> Calibration | None:
    """Fit the analytic device to the kit runs' sequential programs (None: nothing measured).

    With dispatch profiles the efficiencies are fitted to every dispatch's latency (`_fit`).
    Without them (IREE 3.13 records none on CUDA), to every dispatch timed alone; without
    either, to the sequential programs' whole calls (`_fit_programs`): fewer samples, but each
    from the device itself. `on` ("profiled", "alone" or "programs") fits on that one only."""
    device = load_device(_analytic_device(runs[0][0]))
    samples = [s for doc, folder in runs for label in doc["groups"]
               if (s := _group_samples(doc, folder, label, device, on))]
    sources = {s.source for s in samples}
    basis = "dispatches" if "profiled" in sources else "alone" if "alone" in sources else "programs"
    samples = [s for s in samples if (s.latency is not None if basis != "programs" else s.program_us)]
    if not samples:
        return None
    fit = _fit_programs if basis == "programs" else _fit
    fits = []
    for model in sorted({s.model for s in samples}):
        mine = [s for s in samples if s.model == model]
        others = [s for s in samples if s.model != model]
        fits.append(_model_fit(model, mine, device, fit(device, others) if others else None))
    fitted = fit(device, samples)
    return Calibration(device, dataclasses.replace(fitted, name=f"{device.name}-calibrated"), fits, basis)


def _analytic_device(doc: dict) -> str:
    """The device the kit's schedules were searched for (`analytic:NAME`), else the target's default."""
    for group in doc["groups"].values():
        kind, _, name = (group.get("cost_model") or "").partition(":")
        if kind == "analytic" and name:
            return name
    return default_analytic_device(doc["kit"]["target"])


def _group_samples(doc: dict, folder: Path, label: str, device: Device, on: str | None = None) -> _Samples | None:
    """The sequential program of one group: its dispatches' terms, their profiled latencies where
    there is a profile (else their times alone), and its median call under the main setting (None:
    neither measured); `on` takes only that basis's latencies (`calibrate`)."""
    group = doc["groups"][label]
    row = doc["settings"].get(main_setting(doc) or "", {}).get("groups", {}).get(label, {}).get(SEQUENTIAL, {})
    program_us = row["median_ms"] * 1e3 if "median_ms" in row else None
    graph = program_graph(folder / "plans" / label, "as-imported")
    nodes = graph.dispatch_ids()
    terms = np.array([roofline_terms(graph.nodes[n], device)[:2] for n in nodes])
    latency, source = None, None
    if on in (None, "profiled") and (in_context := profiled_latencies(doc, folder, label)):
        latency = np.maximum(np.array([in_context[n] for n in nodes]), 1e-3)
        source = "profiled"
    elif on in (None, "alone") and (alone := sequential_alone(doc, folder, label)):
        timed = [i for i, n in enumerate(nodes) if n in alone]  # an executable that failed to run is left out
        terms = terms[timed]
        latency = np.maximum(np.array([alone[nodes[i]] for i in timed]), 1e-3)
        source = "alone"
    elif program_us is None:
        return None
    return _Samples(group["model"], terms[:, 0], terms[:, 1], latency, program_us, source)


def profiled_latencies(doc: dict, folder: Path, label: str) -> dict[int, float] | None:
    """Each dispatch's median in-context latency (us) in the profiled calls of the group's
    sequential program, by node of the imported graph (None where it was not profiled)."""
    profile = doc.get("profiles", {}).get(label, {}).get(SEQUENTIAL, {})
    if "events" not in profile:
        return None
    graph = program_graph(folder / "plans" / label, "as-imported")
    runs = _profiled_calls(folder / "profiles" / label / profile["events"], graph)
    return {n: statistics.median(run[n].duration_ns for run in runs) / 1e3 for n in graph.dispatch_ids()}


def _busy(compute: np.ndarray, memory: np.ndarray, device: Device) -> np.ndarray:
    return np.maximum(compute / device.compute_efficiency, memory / device.bandwidth_efficiency)


def _fit(device: Device, samples: list[_Samples]) -> Device:
    """The efficiencies that minimise the mean |log(predicted / measured)| latency over the
    samples' dispatches (a grid: deterministic, no starting point; the mean, not the median, so
    that the memory-bound dispatches count even where they are the fewer), and the per-dispatch
    overhead (launch and barrier) that makes the sequential programs' times agree, in median."""
    compute = np.concatenate([s.compute for s in samples])
    memory = np.concatenate([s.memory for s in samples])
    latency = np.log(np.concatenate([s.latency for s in samples]))
    best = (np.inf, device.compute_efficiency, device.bandwidth_efficiency)
    for eff_b in _EFFICIENCIES:
        predicted = np.maximum(compute[None, :] / _EFFICIENCIES[:, None], (memory / eff_b)[None, :])
        errors = np.mean(np.abs(np.log(np.maximum(predicted, 1e-6)) - latency[None, :]), axis=1)
        i = int(np.argmin(errors))
        if errors[i] < best[0]:
            best = (float(errors[i]), float(_EFFICIENCIES[i]), float(eff_b))
    fitted = dataclasses.replace(device, compute_efficiency=best[1], bandwidth_efficiency=best[2])
    overheads = [(s.program_us - float(np.sum(s.latency))) / len(s.latency) for s in samples if s.program_us]
    if overheads:
        # What a sequential program spends per dispatch beyond the latencies: the device's barrier
        # first, the rest its launch. Where that is less than the barrier as written (latencies timed
        # alone carry a barrier each already), the barrier is what there is.
        per_dispatch = max(0.0, statistics.median(overheads))
        barrier = min(device.barrier_us, per_dispatch)
        fitted = dataclasses.replace(fitted, launch_us=round(per_dispatch - barrier, 3), barrier_us=round(barrier, 3))
    return fitted


_LAUNCHES = np.geomspace(0.1, 200.0, 67)  # the per-dispatch overheads `_fit_programs` tries (us)


def _fit_programs(device: Device, samples: list[_Samples]) -> Device:
    """The efficiencies and per-dispatch overhead that minimise the mean |log(predicted / measured)|
    of the sequential programs' calls, each predicted as its dispatches' roofline times plus one
    launch and one barrier per dispatch (a grid: deterministic, no starting point)."""
    measured = np.log(np.array([s.program_us for s in samples]))
    counts = np.array([len(s.compute) for s in samples], dtype=float)
    best = (np.inf, device.compute_efficiency, device.bandwidth_efficiency, device.launch_us)
    for eff_b in _EFFICIENCIES:
        # busy[i, j]: program j's summed dispatch times at compute efficiency i
        busy = np.stack([np.maximum(s.compute[None, :] / _EFFICIENCIES[:, None],
                                    (s.memory / eff_b)[None, :]).sum(axis=1) for s in samples], axis=1)
        overhead = counts[None, :] * (_LAUNCHES[:, None] + device.barrier_us)  # [k, j]
        predicted = busy[:, None, :] + overhead[None, :, :]  # [i, k, j]
        errors = np.mean(np.abs(np.log(np.maximum(predicted, 1e-6)) - measured[None, None, :]), axis=2)
        i, k = np.unravel_index(int(np.argmin(errors)), errors.shape)
        if errors[i, k] < best[0]:
            best = (float(errors[i, k]), float(_EFFICIENCIES[i]), float(eff_b), float(_LAUNCHES[k]))
    return dataclasses.replace(device, compute_efficiency=best[1], bandwidth_efficiency=best[2],
                               launch_us=round(best[3], 3))


def _model_fit(model: str, samples: list[_Samples], device: Device, held_out: Device | None) -> ModelFit:
    def error(d: Device) -> float | None:
        if any(s.latency is None for s in samples):
            return None
        predicted = np.concatenate([_busy(s.compute, s.memory, d) for s in samples])
        measured = np.concatenate([s.latency for s in samples])
        return float(np.median(np.abs(predicted / measured - 1.0)))

    def sequential(d: Device) -> float:  # the sequential programs' summed predictions
        return float(sum(np.sum(_busy(s.compute, s.memory, d) + d.launch_us + d.barrier_us) for s in samples))

    measured = [s.program_us for s in samples]
    return ModelFit(model, sum(len(s.compute) for s in samples), error(device),
                    error(held_out) if held_out else None,
                    sum(measured) if all(measured) else None, sequential(device),
                    sequential(held_out) if held_out else None)


def calibration_table(c: Calibration | None) -> list[str]:
    if c is None:
        return ["## Calibration", "", "The sequential program was neither profiled nor timed: nothing to calibrate.", ""]
    lines = ["## Calibration of the analytic model", "",
             f"Device `{c.device.name}` as written: compute efficiency {c.device.compute_efficiency:.3g}, "
             f"bandwidth efficiency {c.device.bandwidth_efficiency:.3g}, launch {c.device.launch_us:.3g} us, "
             f"barrier {c.device.barrier_us:.3g} us. Fitted on every model: {c.fitted.compute_efficiency:.3g}, "
             f"{c.fitted.bandwidth_efficiency:.3g}, {c.fitted.launch_us:.3g} us, {c.fitted.barrier_us:.3g} us.", "",
             ("Fitted on every profiled dispatch's latency of the sequential programs (`iree-debug`), and the "
              "per-dispatch overhead on their whole calls." if c.basis == "dispatches" else
              "Fitted on every dispatch of the programs as imported timed alone (IREE's benchmark modules, under "
              "the sequential setting: what a kit has where nothing is profiled, as on CUDA under IREE 3.13), and "
              "the per-dispatch overhead on the sequential programs' (`iree-debug`) whole calls."
              if c.basis == "alone" else
              "Fitted on the sequential programs' (`iree-debug`) whole calls, summed over every group of a model: "
              "both efficiencies and the per-dispatch overhead (what a kit has where no dispatch was timed)."),
             "Errors after calibration are held out: each model is predicted by a fit on the other models "
             "(none where there is only one model).", "",
             "| model | dispatches | latency error before | after (held out) | sequential measured us "
             "| predicted before | after (held out) |", "|---|---|---|---|---|---|---|"]
    for m in c.models:
        after = f"{m.dispatch_error_after:.1%}" if m.dispatch_error_after is not None else "-"
        measured = f"{m.sequential_measured_us:.0f}" if m.sequential_measured_us else "-"
        seq_after = f"{m.sequential_after_us:.0f}" if m.sequential_after_us is not None else "-"
        before = f"{m.dispatch_error_before:.1%}" if m.dispatch_error_before is not None else "-"
        lines.append(f"| {m.model} | {m.dispatches} | {before} | {after} | {measured} "
                     f"| {m.sequential_before_us:.0f} | {seq_after} |")
    return lines + [""]


def plot(rows: list[Speedup], doc: dict, path: Path) -> None:
    """Speedup of iops over each of IREE's orders per group (bars), with the 95% intervals."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    groups = list(dict.fromkeys(r.group for r in rows))
    orders = [o for o in ORDERS if any(r.order == o for r in rows)]
    fig, ax = plt.subplots(figsize=(max(6.0, 1.2 * len(groups)), 4.0))
    width = 0.8 / max(1, len(orders))
    for k, order in enumerate(orders):
        mine = {r.group: r for r in rows if r.order == order}
        xs = [i + (k - (len(orders) - 1) / 2) * width for i, g in enumerate(groups) if g in mine]
        speed = [1.0 / mine[g].ratio for g in groups if g in mine]
        # The median of the rounds' ratios can lie outside the batch means' interval (skewed
        # rounds): the bar then shows the interval's side beyond it and none on the other.
        low = [max(0.0, 1.0 / mine[g].ratio - 1.0 / mine[g].high) for g in groups if g in mine]
        high = [max(0.0, 1.0 / mine[g].low - 1.0 / mine[g].ratio) for g in groups if g in mine]
        ax.bar(xs, speed, width, yerr=[low, high], capsize=2, label=f"over {order}")
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.set_xticks(range(len(groups)), groups, rotation=30, ha="right", fontsize=8)
    ax.set_ylabel("speedup of iops (x)")
    ax.set_title(f"iops on {doc['kit']['target']}, setting {main_setting(doc)} (95% intervals)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, format="png", dpi=120)
    plt.close(fig)
