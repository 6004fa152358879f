"""`iops-mlir explain`: what a schedule does, for people.

Reads a dump directory (schedule.json and graph.json, written by any compile
with --dump-dir) and renders:
  - a text summary for the terminal (predictions, search, blocks, memory, replacements);
  - a Gantt-style PNG: stages one after another on a predicted time axis, each
    dispatch a bar in its stage's lanes, coloured by block;
  - a Graphviz DOT file of the dispatch graph, one cluster per stage, nodes
    coloured by block (and an SVG when Graphviz's `dot` is installed).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .errors import UserError
from .graph import DispatchGraph
from .pipeline.report import ScheduleReport

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


def summary(x: Explained, max_blocks: int = 40) -> str:
    """The terminal report."""
    r = x.report
    pred = r.predicted_us
    iree = pred.get("iree")
    lines = [f"{r.model} on {r.target}: scheduler {r.scheduler}, {r.num_dispatches} dispatches "
             f"in {r.num_stages} stages ({r.num_waves} concurrent waves)",
             f"cost model: {r.cost_model['name']} ({r.cost_model.get('assumes', '')})",
             "predicted latency: " + ", ".join(
                 f"{k} {v:.0f} us" + (f" (x{v / iree:.2f} of iree)" if iree else "") for k, v in pred.items())]
    if r.search:
        lines.append(f"search: {r.search.get('seconds')} s, {r.search.get('nodes')} states, "
                     f"optimal={r.search.get('optimal')}")
    mem = r.memory
    if mem:
        lines.append(f"memory: budget {mem.budget_bytes} B; transient {mem.transient_bytes} B "
                     f"(IREE's order: {mem.iree_transient_bytes} B)")
    rep = r.replacements
    if rep:
        kept = "kept" if rep.applied else "not kept"
        lines.append(f"operator replacement ({rep.mode}): {len(rep.matches)} rewrite(s), {kept}"
                     + (f"; predicted {rep.decision['predicted_us']}" if rep.decision and
                        "predicted_us" in rep.decision else ""))
    if r.blocks:
        lines += ["", "block  dispatches  stages  predicted us  optimal  from"]
        for b in r.blocks[:max_blocks]:
            lines.append(f"{b['index']:>5}  {b['dispatches']:>10}  {b['stages']:>6}  {b['predicted_us']:>12.1f}  "
                         f"{str(b['optimal']):>7}  {b['from']}")
        if len(r.blocks) > max_blocks:
            lines.append(f"... {len(r.blocks) - max_blocks} more blocks")
    widest = sorted(range(len(x.stages)), key=lambda i: (-len(x.stages[i]), i))[:5]
    if widest and len(x.stages[widest[0]]) > 1:
        lines += ["", "widest stages:"]
        for i in widest:
            kinds = ", ".join(x.graph.nodes[n].kind for n in x.stages[i])
            lines.append(f"  stage {i}: {len(x.stages[i])} dispatches, {r.timeline['stage_us'][i]:.1f} us "
                         f"({kinds})")
    return "\n".join(lines) + "\n"


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


def svg_from_dot(dot_path: Path, svg_path: Path) -> None:
    """Render with Graphviz's `dot` (not a Python dependency: the DOT file is the portable output)."""
    exe = shutil.which("dot")
    if exe is None:
        raise UserError("explain --svg needs Graphviz's `dot` on PATH (e.g. apt install graphviz); "
                        f"the DOT file '{dot_path}' was written and can be rendered elsewhere.")
    proc = subprocess.run([exe, "-Tsvg", str(dot_path), "-o", str(svg_path)], capture_output=True, text=True)
    if proc.returncode != 0:
        raise UserError(f"Graphviz failed to render '{dot_path}': {proc.stderr.strip()[:300]}")
