#!/usr/bin/env python3
"""Regenerate the IR fixtures of tests/test_ir.py from small torch models.

Each fixture folder holds what a compile dumps up to the schedule phase (flat async.mlir,
IREE's waves async.iree.mlir, graph.json) plus the asap schedule (schedule.json) and the
scheduled IR it gives (async.scheduled.mlir): the goldens the IR tests check without torch
or iree-compile. Run after an intended change to the graph extraction or apply, and review
the diff: `python tools/make_ir_fixtures.py`.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import torch
from torch import nn

from iops_mlir import driver
from iops_mlir.choices import Phase
from iops_mlir.options import CompileOptions

OUT = Path(__file__).resolve().parent.parent / "tests" / "ir"
KEEP = ("async.mlir", "async.iree.mlir", "graph.json", "schedule.json", "async.scheduled.mlir")


class ConcatBranches(nn.Module):
    """Three branches writing disjoint slices of one concat buffer in place (tied results)."""

    def __init__(self) -> None:
        super().__init__()
        self.a, self.b, self.c = nn.Conv2d(4, 4, 3, padding=1), nn.Conv2d(4, 4, 1), nn.Conv2d(4, 4, 5, padding=2)
        self.d = nn.Conv2d(12, 4, 1)

    def forward(self, x):
        return self.d(torch.cat([torch.relu(self.a(x)), self.b(x), self.c(x)], 1)) + x


class CopiesAndFills(nn.Module):
    """The input copied into a concat beside computed slices, and zero padding (fills)."""

    def __init__(self) -> None:
        super().__init__()
        self.a, self.b = nn.Conv2d(4, 4, 3), nn.Conv2d(4, 4, 1)

    def forward(self, x):
        y = torch.cat([x, nn.functional.pad(self.a(x), (1, 1, 1, 1)), self.b(x)], 1)
        return torch.tanh(y)


class WideFanout(nn.Module):
    """40 independent branches: a stage wider than the 32-dispatch wave limit."""

    def __init__(self) -> None:
        super().__init__()
        self.scales = nn.Parameter(torch.linspace(0.5, 1.5, 40))

    def forward(self, x):
        return torch.stack([torch.sin(x * self.scales[i] + i) for i in range(40)]).sum(0)


MODELS = {"concat_branches": (ConcatBranches, (1, 4, 8, 8)), "copies_fills": (CopiesAndFills, (1, 4, 8, 8)),
          "wide_fanout": (WideFanout, (64, 64))}


def main() -> int:
    for name, (cls, shape) in MODELS.items():
        torch.manual_seed(0)
        module = cls().eval()
        inputs = (torch.rand(shape),)
        with tempfile.TemporaryDirectory() as tmp:
            driver.compile_module(module, inputs, model=name, options=CompileOptions(
                scheduler="asap", cost_model="analytic", replace="none", dump_dir=Path(tmp),
                stop_after=Phase.SCHEDULE, quiet=True))
            folder = OUT / name
            folder.mkdir(parents=True, exist_ok=True)
            for file in KEEP:
                shutil.copyfile(Path(tmp) / file, folder / file)
        print(f"{name}: {', '.join(f'{f} {(folder / f).stat().st_size} B' for f in KEEP)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
