"""`gpu-report`'s tables of the dispatches and stages a kit timed alone (`kit.alone`).

- Dispatches: per group, program and runtime setting, how many of the program's dispatches were
  timed, their sum against the whole sequential program's median call, the analytic model's
  prediction over each dispatch's time (median and 10th-90th percentiles), and, where the
  sequential program was profiled (a CPU), each time alone over the latency in that program.
- Stages: each sampled stage against its members timed alone under the same setting: over the
  slowest member (1 where they overlap fully) and over their sum (1 where nothing overlaps), the
  overlap factor beta of `cost.measured` fitted on them, and the analytic model's stage cost.
- Settings against the sequential one (on CUDA, a graph recorded at every call against a stream):
  what each dispatch costs more or less there, the recording of its graph node included.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from ..cost.analytic import AnalyticCost, Device
from ..cost.measured import fit_beta, overlapped_us
from ..cost.profile import ProgramOverheads, Profile
from ..files import write_text
from ..graph import DispatchGraph
from . import SEQUENTIAL, SEQUENTIAL_SETTING


def alone_runs(doc: dict) -> dict[str, dict[str, list[dict]]]:
    """setting -> group label -> the timed programs (`run_kit.time_alone`), where there are any."""
    return {s: per["alone"] for s, per in doc["settings"].items() if per.get("alone")}


def program_graph(plans: Path, program: str) -> DispatchGraph:
    """The graph of a group's program: `as-imported` (IREE's orders) or `kept` (the rewritten one)."""
    imported = plans / "graph.as-imported.json"
    path = imported if program == "as-imported" and imported.exists() else plans / "graph.json"
    return DispatchGraph.from_json(path.read_text())


def node_times(graph: DispatchGraph, dispatch_us: dict[str, float]) -> dict[int, float]:
    """Each dispatch of `graph` whose executable was timed alone, and that time (us)."""
    return {n: dispatch_us[graph.nodes[n].symbol] for n in graph.dispatch_ids()
            if graph.nodes[n].symbol in dispatch_us}


def sequential_alone(doc: dict, folder: Path, label: str) -> dict[int, float] | None:
    """The program as imported's dispatches timed alone under the kit's sequential setting, by node
    (None where they were not timed): what the calibration fits when nothing was profiled."""
    setting = SEQUENTIAL_SETTING.get(doc["kit"]["runtime_device"])
    programs = alone_runs(doc).get(setting, {}).get(label, [])
    timed = next((p for p in programs if p["program"] == "as-imported"), None)
    if timed is None or not timed["dispatch_us"]:
        return None
    return node_times(program_graph(folder / "plans" / label, "as-imported"), timed["dispatch_us"])


def _percentiles(values: list[float]) -> str:
    if not values:
        return "-"
    p10, p50, p90 = np.percentile(values, [10, 50, 90])
    return f"{p50:.2f} [{p10:.2f}, {p90:.2f}]"


def alone_tables(doc: dict, folder: Path, device: Device,
                 in_context: dict[str, dict[int, float] | None] | None = None) -> list[str]:
    """The three tables above, under the analytic `device` the kit's schedules were searched for;
    where the sequential program was profiled (`in_context`: group -> node -> latency, us), each
    dispatch timed alone against its latency there."""
    in_context = in_context or {}
    runs = alone_runs(doc)
    if not runs:
        return []
    dispatch_rows, stage_rows, setting_rows = [], [], []
    reference = SEQUENTIAL_SETTING.get(doc["kit"]["runtime_device"])
    for setting, groups in runs.items():
        for label, programs in groups.items():
            for timed in programs:
                graph = program_graph(folder / "plans" / label, timed["program"])
                cost = AnalyticCost(graph, device)
                times = node_times(graph, timed["dispatch_us"])
                profiled = in_context.get(label) if timed["program"] == "as-imported" else None
                dispatch_rows.append(_dispatch_row(doc, setting, label, timed, graph, cost, times, profiled))
                if timed["stage_us"]:
                    stage_rows.append(_stage_row(setting, label, timed, graph, cost))
                base = next((p for p in runs.get(reference, {}).get(label, []) if p["program"] == timed["program"]),
                            None)
                if setting != reference and base is not None:
                    setting_rows.append(_setting_row(setting, label, graph, timed, base))
    lines = ["## Dispatches and stages timed alone", "",
             "Each executable of a program in IREE's own benchmark module: one call records 16 dispatches "
             "(fewer where one takes milliseconds) into a command buffer, a barrier after each, submits it "
             "and waits; a dispatch's time is that call less a call that records none, in the same round, "
             "over 16 (the median over the rounds). A stage module records the stage's dispatches between "
             "the same two barriers. Each is a model's input measured on the device, outside any program.", "",
             "| group | program | setting | dispatches timed | their sum us | sequential program us "
             "| analytic / alone, median [10%, 90%] | alone / profiled in the sequential program | empty call us |",
             "|---|---|---|---|---|---|---|---|---|",
             *dispatch_rows, ""]
    if stage_rows:
        lines += ["Stages: the stage's time over its slowest member's and over its members' sum, each timed "
                  "alone under the same setting (median over the stages); beta, the share of the members "
                  "other than the slowest that adds to the stage (`cost.measured`: 0 overlaps fully, 1 not "
                  "at all), fitted on them, and its median error; the analytic model's stage cost over "
                  "the measured.", "",
                  "| group | program | setting | stages | / slowest member | / members' sum | beta | its error "
                  "| analytic / measured |", "|---|---|---|---|---|---|---|---|---|", *stage_rows, ""]
    if setting_rows:
        lines += [f"Each dispatch under a setting less the same dispatch under `{reference}` (us; median "
                  "[10%, 90%] over the dispatches): on CUDA, what recording its graph node at every call "
                  "costs against launching it on a stream.", "",
                  "| group | program | setting | dispatches | difference us |", "|---|---|---|---|---|",
                  *setting_rows, ""]
    return lines


def _dispatch_row(doc: dict, setting: str, label: str, timed: dict, graph: DispatchGraph, cost: AnalyticCost,
                  times: dict[int, float], profiled: dict[int, float] | None) -> str:
    nodes = graph.dispatch_ids()
    sequential = doc["settings"][setting].get("groups", {}).get(label, {}).get(SEQUENTIAL, {})
    program_cell = (f"{sequential['median_ms'] * 1e3:.0f}"
                    if timed["program"] == "as-imported" and "median_ms" in sequential else "-")
    ratios = [cost.solo_us(n) / us for n, us in times.items() if us > 0]
    against_profile = [us / profiled[n] for n, us in times.items() if profiled and profiled.get(n, 0) > 0]
    empty = list(timed.get("call_us", {}).values())
    empty_cell = f"{np.median(empty):.1f}" if empty else "-"
    return (f"| {label} | {timed['program']} | {setting} | {len(times)}/{len(nodes)} | {sum(times.values()):.0f} "
            f"| {program_cell} | {_percentiles(ratios)} | {_percentiles(against_profile)} | {empty_cell} |")


def _stage_row(setting: str, label: str, timed: dict, graph: DispatchGraph, cost: AnalyticCost) -> str:
    node_of = {graph.nodes[n].symbol: n for n in reversed(graph.dispatch_ids())}
    samples = []
    for stage in timed["stage_us"]:
        solos = [timed["dispatch_us"].get(s) for s in stage["symbols"]]
        if None in solos or stage["us"] <= 0 or not all(s in node_of for s in stage["symbols"]):
            continue
        samples.append((solos, stage["us"], cost.stage_us([node_of[s] for s in stage["symbols"]])))
    if not samples:
        return f"| {label} | {timed['program']} | {setting} | 0 | - | - | - | - | - |"
    beta = fit_beta([(solos, us) for solos, us, _ in samples])
    error = np.median([abs(overlapped_us(solos, beta) / us - 1) for solos, us, _ in samples])
    slowest = np.median([us / max(solos) for solos, us, _ in samples])
    summed = np.median([us / sum(solos) for solos, us, _ in samples])
    analytic = np.median([predicted / us for _, us, predicted in samples])
    return (f"| {label} | {timed['program']} | {setting} | {len(samples)} | {slowest:.2f} | {summed:.2f} "
            f"| {beta:.2f} | {error:.1%} | {analytic:.2f} |")


def _setting_row(setting: str, label: str, graph: DispatchGraph, timed: dict, base: dict) -> str:
    """A setting's dispatches against the sequential setting's, node by node."""
    theirs = node_times(graph, base["dispatch_us"])
    differences = [us - theirs[n] for n, us in node_times(graph, timed["dispatch_us"]).items() if n in theirs]
    return f"| {label} | {timed['program']} | {setting} | {len(differences)} | {_percentiles(differences)} |"


def group_profile(doc: dict, setting: str, label: str) -> Profile | None:
    """The dispatch profile of a group under a setting where it was timed alone: the program as
    imported's dispatches and stages, and those of the rewritten one where the kit has it (a symbol
    of both keeps the first's time), so that `--replace auto` weighs the two on the device's times."""
    programs = alone_runs(doc).get(setting, {}).get(label, [])
    gpus = doc.get("environment", {}).get("gpus")
    device = (gpus[0] if isinstance(gpus, list) and gpus else doc["kit"]["runtime_device"])
    profile = Profile(f"{device} ({setting}, dispatches timed alone)")
    for timed in programs:
        for symbol, us in timed["dispatch_us"].items():
            profile.dispatch_us.setdefault(symbol, us)
        for stage in timed["stage_us"]:
            profile.stage_us.setdefault(tuple(stage["symbols"]), stage["us"])
    return profile if profile.dispatch_us else None


def write_profiles(doc: dict, out: Path, folder: str = "profiles",
                   overheads: dict[str, ProgramOverheads] | None = None) -> list[str]:
    """A dispatch profile per group and setting timed alone (`group_profile`), under
    `out/folder/`, for `iops-mlir compile --cost-model measured:FILE`, with the setting's fitted
    program overheads where there are any (`kit.overheads`). The lines of the report naming them."""
    written = []
    overheads = overheads or {}
    for setting, groups in alone_runs(doc).items():
        for label in groups:
            profile = group_profile(doc, setting, label)
            if profile is None:
                continue
            profile.overheads = overheads.get(setting)
            path = out / folder / f"{label}.{setting}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text(path, json.dumps(profile.to_json(), indent=1) + "\n")
            written.append(path.relative_to(out).as_posix())
    if not written:
        return []
    reference = SEQUENTIAL_SETTING.get(doc["kit"]["runtime_device"])
    return ["Dispatch profiles written, one per group and setting: " + ", ".join(f"`{w}`" for w in written)
            + ". `iops-mlir compile --cost-model measured:FILE` searches under one (the same model and batch, "
            f"compiled with the same flags): `{reference}`'s for a build that runs dispatches one after another "
            "(on CUDA, the default replayed graph), the graph setting's for `--cuda-graphs`.", ""]
