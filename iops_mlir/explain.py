"""`iops-mlir explain`: what a schedule does, for people.

Reads a dump directory (schedule.json and graph.json, written by any compile
with --dump-dir) and renders:
  - a text summary for the terminal (predictions, search, blocks, memory, replacements);
  - a Gantt-style PNG: stages one after another on a predicted time axis, each
    dispatch a bar in its stage's lanes, coloured by block;
  - the dispatch graph, one row or cluster per stage, nodes coloured by block: as SVG
    (drawn here, no Graphviz needed) or as a Graphviz DOT file;
  - with --measured, the shipped program's measured timeline (measured.json, from IREE's
    HAL profiler) above the predicted one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

from .cost.base import margin_note
from .errors import UserError
from .graph import DispatchGraph
from .headroom import headroom_lines
from .pipeline.report import MemoryReport, ScheduleReport
from .schedule.iops import proof_summary

# Light, distinguishable fills; blocks cycle through them.
PALETTE = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69",
           "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"]


@dataclass
class Explained:
    """A schedule report and its graph, as read from a dump directory."""

    report: ScheduleReport
    graph: DispatchGraph

    @property
    def stages(self) -> list[list[int]]:
        return self.report.stage_nodes

    def block_of(self) -> dict[int, int]:
        """Block index of every dispatch node."""
        return {n: b["index"] for b in self.report.blocks for n in b.get("nodes", [])}

    def stage_starts(self) -> list[float]:
        starts, t = [], 0.0
        for us in self.report.timeline["stage_us"]:
            starts.append(t)
            t += us
        return starts


def load(dump_dir: Path) -> Explained:
    """Read schedule.json (top level) and graph.json (of the program that was kept)."""
    dump_dir = Path(dump_dir)
    try:
        data = json.loads((dump_dir / "schedule.json").read_text())
        if "timeline" not in data:
            raise UserError(f"explain: '{dump_dir}/schedule.json' has no predicted timeline; it was written by "
                            "an older iops-mlir. Compile again.")
        report = ScheduleReport.from_json(data)
        variant = report.replacements.dir if report.replacements else "."
        graph = DispatchGraph.from_json((dump_dir / variant / "graph.json").read_text())
    except FileNotFoundError as e:
        raise UserError(f"explain: '{dump_dir}' is not a dump directory of a scheduled compile "
                        f"({Path(e.filename).name} is missing); compile with --dump-dir first.") from None
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as e:
        raise UserError(f"explain: the dump in '{dump_dir}' is unreadable ({type(e).__name__}: {e}).") from None
    return Explained(report, graph)


def predicted_line(r: ScheduleReport, *, ratios: bool = False, model_name: bool = False) -> str:
    """Every schedule's predicted latency, saying what the figures are: under a margin the search's
    objective, not what the model expects to measure; with a closed loop, the stages' span, to
    which a timed call adds the program's own work (the calibration fitted on its timed programs)."""
    pred, iree = r.predicted_us, r.predicted_us.get("iree")
    margin = r.cost_model.get("margin")
    label = f" ({r.cost_model['name']})" if model_name else ""
    weighed = f" as the search weighs them ({margin_note(margin)})" if margin else ""
    fit = (r.closed_loop or {}).get("calibration")
    per_call = (f"; a timed call took x{fit['scale']:.2f} the stages' span + {fit['offset_us']:.0f} us, fitted "
                f"on {fit['points']} timed programs" if fit and fit.get("points") else "")
    return f"predicted latency{label}{weighed}{per_call}: " + ", ".join(
        f"{k} {v:.0f} us" + (f" (x{v / iree:.2f} of iree)" if ratios and iree else "") for k, v in pred.items())


def summary(x: Explained, max_blocks: int = 40) -> str:
    """The terminal report."""
    r = x.report
    dispatches, stages, waves = r.counts()
    lines = [f"{r.model} on {r.target}: scheduler {r.scheduler}, {dispatches} in {stages} ({waves})",
             f"cost model: {r.cost_model['name']} ({r.cost_model.get('assumes', '')})",
             predicted_line(r, ratios=True)]
    if r.device_headroom:
        lines += headroom_lines(r.device_headroom)
    if r.search_skipped:
        lines.append(f"search skipped: {r.search_skipped}")
    elif r.search:
        lines.append(f"search: {r.search.get('seconds')} s, {r.search.get('nodes')} expansions, "
                     f"{proof_summary(r.search)}")
    if r.closed_loop:
        lines.append("measured on the device (us a call, predicted before timing / measured): " + ", ".join(
            f"{c['scheduler']} " + ("-" if c["predicted_us"] is None else f"{c['predicted_us']:.0f}")
            + f"/{c['measured_us']:.0f}" for c in r.closed_loop["candidates"])
            + f"; shipped {r.shipped['scheduler']}")
    mem = r.memory
    if mem:
        lines.append(memory_line(mem, r.scheduler))
    rep = r.replacements
    if rep:
        kept = "kept" if rep.applied else "not kept"
        lines.append(f"operator replacement ({rep.mode}): {len(rep.matches)} rewrite(s), {kept}"
                     + (f"; predicted {rep.decision['predicted_us']}" if rep.decision and
                        "predicted_us" in rep.decision else ""))
    if r.blocks:
        lines += ["", "block  dispatches  stages  predicted us  optimal  gap     from"]
        for b in r.blocks[:max_blocks]:
            gap = f"{b['gap']:.2%}" if "gap" in b else "-"
            lines.append(f"{b['index']:>5}  {b['dispatches']:>10}  {b['stages']:>6}  {b['predicted_us']:>12.1f}  "
                         f"{str(b['optimal']):>7}  {gap:<6}  {b['from']}")
        if len(r.blocks) > max_blocks:
            lines.append(f"... {len(r.blocks) - max_blocks} more blocks")
        if not r.search_skipped:  # nothing was searched: no block's gap says anything of the search
            lines += anatomy_lines(r.blocks)
    widest = sorted(range(len(x.stages)), key=lambda i: (-len(x.stages[i]), i))[:5]
    if widest and len(x.stages[widest[0]]) > 1:
        lines += ["", "widest stages:"]
        for i in widest:
            kinds = ", ".join(x.graph.nodes[n].kind for n in x.stages[i])
            lines.append(f"  stage {i}: {len(x.stages[i])} dispatches, {r.timeline['stage_us'][i]:.1f} us "
                         f"({kinds})")
    return "\n".join(lines) + "\n"


def anatomy_lines(blocks: list[dict], most: int = 5) -> list[str]:
    """For the `most` blocks not proven optimal with the largest gaps in us, where their schedule
    pays above its dispatches' least terms and how much of that the proven bound covers
    (`schedule.anatomy`)."""
    lines = []
    unproven = sorted((b for b in blocks if b.get("anatomy")),
                      key=lambda b: (b["lower_bound_us"] - b["predicted_us"], b["index"]))
    for block in unproven[:most]:
        a = block["anatomy"]
        above = a["cost_us"] - a["least_us"]
        parts = (f" ({a['floors_us']:.1f} floors, {a['slowest_us']:.1f} a slowest member above the shares, "
                 f"{a['shares_us']:.1f} shares above the least terms)" if a["floors_us"] is not None else "")
        margin = f"; of the schedule, {a['margin_us']:.1f} us is the model's margin charge" if a["margin_us"] else ""
        cover = f", {a['cover_us']:.1f} the cover's prices" if a.get("cover_us") is not None else ""
        lines += ["", f"block {block['index']}, not proven (gap {block['gap']:.2%}): its schedule pays {a['cost_us']:.1f} us, "
                  f"{above:.1f} above its dispatches' least terms ({a['least_us']:.1f}): {a['alone_us']:.1f} in stages "
                  f"of one, {a['kept_waves_us']:.1f} in IREE's waves kept, {a['together_us']:.1f} in other stages of two "
                  f"or more{parts}; its proven bound covers {a['lower_bound_us'] - a['least_us']:.1f} of it "
                  f"({a['chain_floors_us']:.1f} the chain of floors at the start{cover}){margin}"]
    if len(unproven) > most:
        lines += ["", f"... {len(unproven) - most} more blocks not proven (schedule.json: blocks[].anatomy)"]
    return lines


def memory_line(mem: MemoryReport, scheduler: str) -> str:
    """The memory budget, the schedule's estimated peak and what IREE allocated, where known (a
    compile stopped at `--compile-to schedule` writes no stream IR to read allocations from)."""
    peak = mem.estimated_peak_bytes.get(scheduler)
    over = ""
    if peak is not None and peak > mem.budget_bytes:
        if not scheduler.startswith("iree"):
            over = " (over the budget: no order the search found keeps within it)"
        elif mem.transient_bytes is not None and mem.transient_bytes <= mem.budget_bytes:
            over = " (over the budget by the estimate; IREE allocates within it)"
        else:  # the default budget holds the search only; one the user gives, what IREE allocates
            over = " (over the budget, which IREE's own orders are held to only where you give one)"
    estimate = f"; {scheduler}'s estimated peak {peak} B{over}" if peak is not None else ""
    if mem.transient_bytes is None:
        allocated = "transient allocation not known (no stream IR was written: the compile stopped at the schedule)"
    else:
        allocated = f"transient {mem.transient_bytes} B (IREE's order: {mem.iree_transient_bytes} B)"
    return f"memory: budget {mem.budget_bytes} B{estimate}; {allocated}"


def gantt(x: Explained, path: Path) -> None:
    """The Gantt-style PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    r = x.report
    block_of = x.block_of()
    starts = x.stage_starts()
    stage_us = r.timeline["stage_us"]
    dispatch_us = r.timeline["dispatch_us"]
    lanes = max((len(st) for st in x.stages), default=1)
    total = sum(stage_us) or 1.0
    fig, ax = plt.subplots(figsize=(14, max(2.5, 0.35 * lanes + 1.8)), dpi=110)
    for i, stage in enumerate(x.stages):
        for lane, n in enumerate(sorted(stage, key=lambda n: -dispatch_us.get(str(n), 0.0))):
            width = dispatch_us.get(str(n), stage_us[i])
            color = PALETTE[block_of.get(n, 0) % len(PALETTE)]
            ax.barh(lane, width, left=starts[i], height=0.8, color=color, edgecolor="#555555", linewidth=0.3)
            if width > total / 35:
                ax.text(starts[i] + width / 2, lane, x.graph.nodes[n].kind[:10], ha="center", va="center",
                        fontsize=6)
        ax.axvline(starts[i], color="#cccccc", linewidth=0.4, zorder=0)
    ax.set_xlim(0, total)
    ax.set_ylim(lanes - 0.4, -0.6)
    ax.set_yticks(range(lanes))  # lanes are whole: no ticks between them
    ax.set_xlabel("predicted time (us); grey lines are stage boundaries")
    ax.set_ylabel("concurrent lane")
    ax.set_title(f"{r.model} on {r.target}, scheduler {r.scheduler}: {r.num_stages} stages, "
                 f"predicted {total:.0f} us ({r.cost_model['name']} cost model); colour = block", fontsize=9)
    blocks = r.blocks
    if 1 < len(blocks) <= 12:
        ax.legend(handles=[Patch(color=PALETTE[b["index"] % len(PALETTE)], label=f"block {b['index']}")
                           for b in blocks], fontsize=7, ncol=6, loc="upper center", bbox_to_anchor=(0.5, -0.18))
    fig.savefig(path, format="png", bbox_inches="tight")
    plt.close(fig)


@dataclass
class Measured:
    """The shipped program's profiled timeline (measured.json, written by the compile)."""

    scheduler: str
    device: str
    runs: int
    span_us: float
    stages: list[list[int]]
    dispatch_us: dict[int, tuple[float, float]]  # node -> (start, end), us from the call's start


def load_measured(dump_dir: Path) -> Measured:
    """Read measured.json from a dump directory."""
    path = Path(dump_dir) / "measured.json"
    try:
        data = json.loads(path.read_text())
        return Measured(data["scheduler"], data["device"], data["runs"], data["span_us"], data["stages"],
                        {int(k): (v[0], v[1]) for k, v in data["dispatch_us"].items()})
    except FileNotFoundError:
        raise UserError(f"explain --measured: '{dump_dir}' holds no measured timeline (measured.json). It is "
                        "written when the shipped program was profiled: a compile to a .vmfb with the profiled "
                        "cost model (the default on llvm-cpu) and --dump-dir.") from None
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, IndexError) as e:
        raise UserError(f"explain --measured: '{path}' is unreadable ({type(e).__name__}: {e}).") from None


def _lanes(intervals: list[tuple[int, float, float]]) -> dict[int, int]:
    """A lane for each (node, start, end), first free lane in start order: overlaps go side by side."""
    ends: list[float] = []
    lane_of = {}
    for node, start, end in sorted(intervals, key=lambda t: (t[1], t[0])):
        lane = next((i for i, e in enumerate(ends) if e <= start), len(ends))
        if lane == len(ends):
            ends.append(end)
        ends[lane] = end
        lane_of[node] = lane
    return lane_of


def measured_gantt(x: Explained, m: Measured, path: Path) -> None:
    """Two timelines on one time axis: the shipped program as measured (a bar per dispatch from its
    start to its end, each stage's span shaded) and as predicted (`gantt`'s drawing)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    r = x.report
    block_of = x.block_of()
    lane_of = _lanes([(n, s, e) for n, (s, e) in m.dispatch_us.items()])
    predicted_total = sum(r.timeline["stage_us"]) or 1.0
    total = max(m.span_us, predicted_total)
    lanes = max(lane_of.values(), default=0) + 1
    pred_lanes = max((len(st) for st in x.stages), default=1)
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(14, max(4.0, 0.3 * (lanes + pred_lanes) + 2.5)), dpi=110,
                                      sharex=True, gridspec_kw={"height_ratios": [max(lanes, 1), max(pred_lanes, 1)]})
    for k, stage in enumerate(m.stages):
        times = [m.dispatch_us[n] for n in stage if n in m.dispatch_us]
        if len(stage) > 1 and times:  # a concurrent wave: its span shaded
            top.axvspan(min(t[0] for t in times), max(t[1] for t in times), color="#dddddd" if k % 2 else "#eeeeee",
                        zorder=0)
    for n, (start, end) in m.dispatch_us.items():
        top.barh(lane_of[n], max(end - start, total / 5000), left=start, height=0.8,
                 color=PALETTE[block_of.get(n, 0) % len(PALETTE)], edgecolor="#555555", linewidth=0.3)
    top.set_ylim(lanes - 0.4, -0.6)
    top.set_yticks(range(lanes))
    top.set_ylabel("worker lane")
    top.set_title(f"{r.model}: {m.scheduler} as measured on {m.device} (IREE's HAL profiler, call of median span "
                  f"of {m.runs}): {m.span_us:.0f} us; grey = concurrent waves", fontsize=9)
    starts = x.stage_starts()
    dispatch_us = r.timeline["dispatch_us"]
    for i, stage in enumerate(x.stages):
        if len(stage) > 1:  # a concurrent wave's predicted span, shaded as the measured ones are
            bottom.axvspan(starts[i], starts[i] + r.timeline["stage_us"][i], color="#dddddd" if i % 2 else "#eeeeee",
                           zorder=0)
        for lane, n in enumerate(sorted(stage, key=lambda n: -dispatch_us.get(str(n), 0.0))):
            bottom.barh(lane, dispatch_us.get(str(n), r.timeline["stage_us"][i]), left=starts[i], height=0.8,
                        color=PALETTE[block_of.get(n, 0) % len(PALETTE)], edgecolor="#555555", linewidth=0.3)
    bottom.set_ylim(pred_lanes - 0.4, -0.6)
    bottom.set_yticks(range(pred_lanes))
    bottom.set_xlim(0, total)
    bottom.set_ylabel("concurrent lane")
    bottom.set_xlabel("time (us); colour = block")
    charge = ", without its margin charge" if r.cost_model.get("margin") else ""
    bottom.set_title(f"as predicted ({r.cost_model['name']} cost model{charge}, stages one after another): "
                     f"{predicted_total:.0f} us; grey = concurrent waves, each member drawn at its time alone",
                     fontsize=9)
    fig.savefig(path, format="png", bbox_inches="tight")
    plt.close(fig)


def dot(x: Explained) -> str:
    """Graphviz source: one cluster per stage (in order), nodes filled by block colour."""
    block_of = x.block_of()
    dispatch_us = x.report.timeline["dispatch_us"]
    stage_us = x.report.timeline["stage_us"]
    lines = ["digraph schedule {", '  rankdir=TB; node [shape=box, style="rounded,filled", fontsize=9];',
             f'  label="{x.report.model}: {x.report.scheduler} schedule, clusters are stages, '
             'colours are blocks"; labelloc=t;']
    for i, stage in enumerate(x.stages):
        lines.append(f'  subgraph cluster_s{i} {{ label="stage {i} ({stage_us[i]:.1f} us)"; '
                     'style=dashed; color="#999999"; fontsize=8;')
        for n in stage:
            node = x.graph.nodes[n]
            color = PALETTE[block_of.get(n, 0) % len(PALETTE)]
            lines.append(f'    d{n} [label="{n}: {node.kind}\\n{dispatch_us.get(str(n), 0.0):.1f} us", '
                         f'fillcolor="{color}"];')
        lines.append("  }")
    for a, b in sorted(x.graph.dispatch_edges()):
        lines.append(f"  d{a} -> d{b};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def svg(x: Explained, path: Path) -> None:
    """The graph of `dot` drawn directly as SVG, without Graphviz: one row per stage, in order, each
    dispatch a box coloured by block, each dependence a curve from producer to consumer."""
    block_of = x.block_of()
    dispatch_us = x.report.timeline["dispatch_us"]
    stage_us = x.report.timeline["stage_us"]
    box_w, box_h, gap, row_h, left = 112, 30, 10, 64, 120
    where: dict[int, tuple[float, float]] = {}
    for i, stage in enumerate(x.stages):
        for j, n in enumerate(sorted(stage)):
            where[n] = (left + j * (box_w + gap), 40 + i * row_h)
    width = left + max((len(s) for s in x.stages), default=1) * (box_w + gap) + 10
    height = 40 + len(x.stages) * row_h
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'font-family="sans-serif" font-size="9">',
           f'<text x="8" y="20" font-size="12">{escape(x.report.model)}: {escape(x.report.scheduler)} schedule; '
           "rows are stages, colours are blocks</text>"]
    for a, b in sorted(x.graph.dispatch_edges()):
        if a in where and b in where:
            (ax, ay), (bx, by) = where[a], where[b]
            x0, y0, x1, y1 = ax + box_w / 2, ay + box_h, bx + box_w / 2, by
            out.append(f'<path d="M{x0:.0f},{y0:.0f} C{x0:.0f},{y0 + 20:.0f} {x1:.0f},{y1 - 20:.0f} {x1:.0f},{y1:.0f}" '
                       'fill="none" stroke="#888888" stroke-width="0.7"/>')
    for i, stage in enumerate(x.stages):
        out.append(f'<text x="8" y="{40 + i * row_h + 19}">stage {i} ({stage_us[i]:.1f} us)</text>')
        for n in stage:
            bx, by = where[n]
            color = PALETTE[block_of.get(n, 0) % len(PALETTE)]
            out.append(f'<rect x="{bx}" y="{by}" width="{box_w}" height="{box_h}" rx="5" fill="{color}" '
                       'stroke="#333333" stroke-width="0.6"/>')
            out.append(f'<text x="{bx + 5}" y="{by + 12}">{n}: {escape(x.graph.nodes[n].kind)[:18]}</text>')
            out.append(f'<text x="{bx + 5}" y="{by + 24}">{dispatch_us.get(str(n), 0.0):.1f} us</text>')
    out.append("</svg>")
    path.write_text("\n".join(out) + "\n")
