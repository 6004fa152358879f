#!/usr/bin/env python3
"""How well the wave model prices waves wider, or narrower, than those it was fitted on.

Usage: python tools/widening_check.py DUMP...

Each DUMP is the dump of an llvm-cpu compile with the profiled model (`iops-mlir compile
--dump-dir`). The wave model is fitted on the flat program and one of IREE's two other orders
(the compile's profiles, the calls of one phase as the compile keeps them), and predicts the
profiled span of the other order over the one it was fitted on. IREE's default order runs
narrow waves, `max-concurrency` wide ones, so fitted on the default and judged on
`max-concurrency` the model is asked what widening the waves is worth, the question it answers
for every pick of the search; the other way round, what narrowing costs. A model that values
wide waves more than they run predicts the first ratio low and the second high. Each row also
splits the model's error on the judged program into its stages' spans (dispatches alone and
waves) and the gaps between stages, each summed over the stages (medians over the calls).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from iops_mlir.cost.wave_model import ProfiledProgram, WaveModel, wave_cost, wave_samples
from iops_mlir.graph import DispatchGraph

from predict_table import profiled_from_dump  # the tool beside this one

ORDERS = ("iree", "iree-max-concurrency")


def parts(model: WaveModel, program: ProfiledProgram) -> str:
    """The model's error on the program's stages alone, on its waves and on its gaps."""
    samples = wave_samples(program.profile, program.stages, model.fills)
    cells = []
    for label, chosen in (("alone", [s for s in samples if len(s.members) == 1]),
                          ("waves", [s for s in samples if len(s.members) > 1])):
        measured = sum(s.span_us for s in chosen)
        if measured > 0:
            cells.append(f"{label} {measured:.0f} us {100 * (sum(model.span_us(s.members) for s in chosen) / measured - 1):+.0f}%")
    bounds = [s for s in samples if s.gap_us is not None]
    measured = sum(s.gap_us for s in bounds)
    if measured > 0:
        predicted = sum(model.gap_us + model.fill_us * s.fills for s in bounds)
        cells.append(f"gaps {measured:.0f} us (mean {measured / len(bounds):.2f}) {100 * (predicted / measured - 1):+.0f}%")
    return ", ".join(cells)


def check(dump: Path) -> list[str]:
    """One row per order fitted on: the other's span ratio, profiled and predicted."""
    if not (dump / "graph.json").is_file():
        raise SystemExit(f"{dump}: not a dump of `iops-mlir compile --dump-dir` (no graph.json).")
    graph = DispatchGraph.from_json((dump / "graph.json").read_text())
    profiled = profiled_from_dump(dump, graph)
    missing = [name for name in ORDERS if name not in profiled.programs]
    if missing:
        raise SystemExit(f"{dump}: the compile did not profile {', '.join(missing)} (a dump of the profiled model's "
                         "compile on llvm-cpu holds IREE's three orders' profiles).")
    rows = []
    for fitted, judged in (ORDERS, tuple(reversed(ORDERS))):
        on, other = profiled.programs[fitted], profiled.programs[judged]
        model = wave_cost(profiled.flat.profile, [profiled.flat, on], graph.dispatch_ids()).model
        measured = other.profile.span_us() / on.profile.span_us()
        predicted = model.program_us(other.stages) / model.program_us(on.stages)
        rows.append(f"| {dump.name} | {fitted} | {judged} | {measured:.3f} | {predicted:.3f} | "
                    f"{100 * (predicted / measured - 1):+.1f}% | {parts(model, other)} | gap {model.gap_us:.2f} us, "
                    f"{model.fill_us:.2f} us per fill |")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", type=Path, nargs="+")
    args = parser.parse_args()
    print("| dump | fitted on (with the flat program) | judged | profiled span ratio | model's ratio | error | "
          "the judged program: model's error on | fitted gap |")
    print("|---|---|---|---:|---:|---:|---|---|")
    for dump in args.dumps:
        for row in check(dump):
            print(row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
