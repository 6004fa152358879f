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
wide waves more than they run predicts the first ratio low and the second high.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from iops_mlir.cost.wave_model import wave_cost
from iops_mlir.graph import DispatchGraph

from predict_table import profiled_from_dump  # the tool beside this one

ORDERS = ("iree", "iree-max-concurrency")


def check(dump: Path) -> list[str]:
    """One row per order fitted on: the other's span ratio, profiled and predicted."""
    graph = DispatchGraph.from_json((dump / "graph.json").read_text())
    profiled = profiled_from_dump(dump, graph)
    rows = []
    for fitted, judged in (ORDERS, tuple(reversed(ORDERS))):
        on, other = profiled.programs[fitted], profiled.programs[judged]
        model = wave_cost(profiled.flat.profile, [profiled.flat, on], graph.dispatch_ids()).model
        measured = other.profile.span_us() / on.profile.span_us()
        predicted = model.program_us(other.stages) / model.program_us(on.stages)
        rows.append(f"| {dump.name} | {fitted} | {judged} | {measured:.3f} | {predicted:.3f} | "
                    f"{100 * (predicted / measured - 1):+.1f}% | {model.constants()} |")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", type=Path, nargs="+")
    args = parser.parse_args()
    print("| dump | fitted on (with the flat program) | judged | profiled span ratio | model's ratio | error | constants |")
    print("|---|---|---|---:|---:|---:|---|")
    for dump in args.dumps:
        for row in check(dump):
            print(row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
