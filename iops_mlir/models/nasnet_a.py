"""NASNet-A Mobile, 4 @ 1056 (Zoph et al. 2018).

Cell wiring and channel counts follow the published mobile network (and the
widely used pretrainedmodels port): two stem cells, three stacks of four normal
cells (the first of each stack a factorised-reduction "first cell") separated by
two reduction cells. TensorFlow's asymmetric 'SAME' padding, emulated in ports
by pad-then-crop, is replaced by symmetric padding: same layers, same parameters,
same output sizes, a simpler graph.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


def _bn(c: int) -> nn.BatchNorm2d:
    return nn.BatchNorm2d(c, eps=0.001)


def _sep(cin: int, cout: int, k: int, stride: int) -> nn.Sequential:
    return nn.Sequential(nn.Conv2d(cin, cin, k, stride, k // 2, groups=cin, bias=False),
                         nn.Conv2d(cin, cout, 1, bias=False))


class SepBranch(nn.Sequential):
    """ReLU, separable conv, BN, ReLU, separable conv, BN. `stem` widens in the first conv."""

    def __init__(self, cin: int, cout: int, k: int, stride: int, stem: bool = False) -> None:
        mid = cout if stem else cin
        super().__init__(nn.ReLU(), _sep(cin, mid, k, stride), _bn(mid), nn.ReLU(),
                         _sep(mid, cout, k, 1), _bn(cout))


class ReluConvBN(nn.Sequential):
    def __init__(self, cin: int, cout: int) -> None:
        super().__init__(nn.ReLU(), nn.Conv2d(cin, cout, 1, bias=False), _bn(cout))


class FactorizedReduction(nn.Module):
    """Halve the resolution of the previous cell's output with two shifted 1x1 paths."""

    def __init__(self, cin: int, cout: int) -> None:
        super().__init__()
        self.path1 = nn.Conv2d(cin, cout // 2, 1, bias=False)
        self.path2 = nn.Conv2d(cin, cout // 2, 1, bias=False)
        self.bn = _bn(cout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = F.relu(x)
        a = self.path1(F.avg_pool2d(x, 1, 2))
        shifted = F.pad(x[:, :, 1:, 1:], (0, 1, 0, 1))
        b = self.path2(F.avg_pool2d(shifted, 1, 2))
        return self.bn(torch.cat([a, b], 1))


def _avg(x: torch.Tensor, stride: int) -> torch.Tensor:
    return F.avg_pool2d(x, 3, stride, 1, count_include_pad=False)


def _max(x: torch.Tensor) -> torch.Tensor:
    return F.max_pool2d(x, 3, 2, 1)


class ReductionCell(nn.Module):
    """Five combinations, stride 2, output = concat of four of them. Used for both stems too."""

    def __init__(self, pre_x: nn.Module, pre_prev: nn.Module, c: int, right_in: int, stem: bool) -> None:
        super().__init__()
        self.pre_x, self.pre_prev = pre_x, pre_prev
        self.c0l = SepBranch(c, c, 5, 2)
        self.c0r = SepBranch(right_in, c, 7, 2, stem)
        self.c1r = SepBranch(right_in, c, 7, 2, stem)
        self.c2r = SepBranch(right_in, c, 5, 2, stem)
        self.c4l = SepBranch(c, c, 3, 1)

    def forward(self, x: torch.Tensor, x_prev: torch.Tensor) -> torch.Tensor:
        h, p = self.pre_x(x), self.pre_prev(x_prev)
        c0 = self.c0l(h) + self.c0r(p)
        c1 = _max(h) + self.c1r(p)
        c2 = _avg(h, 2) + self.c2r(p)
        c3 = _avg(c0, 1) + c1
        c4 = self.c4l(c0) + _max(h)
        return torch.cat([c1, c2, c3, c4], 1)


class NormalCell(nn.Module):
    """Five combinations at stride 1; output = concat of the left input and all five."""

    def __init__(self, pre_prev: nn.Module, pre_x: nn.Module, cl: int, cr: int) -> None:
        super().__init__()
        self.pre_prev, self.pre_x = pre_prev, pre_x
        self.c0r = SepBranch(cr, cr, 5, 1)
        self.c0l = SepBranch(cl, cl, 3, 1)
        self.c1a = SepBranch(cl, cl, 5, 1)
        self.c1b = SepBranch(cl, cl, 3, 1)
        self.c4r = SepBranch(cr, cr, 3, 1)

    def forward(self, x: torch.Tensor, x_prev: torch.Tensor) -> torch.Tensor:
        xl, xr = self.pre_prev(x_prev), self.pre_x(x)
        c0 = self.c0r(xr) + self.c0l(xl)
        c1 = self.c1a(xl) + self.c1b(xl)
        c2 = _avg(xr, 1) + xl
        c3 = _avg(xl, 1) + _avg(xl, 1)
        c4 = self.c4r(xr) + xr
        return torch.cat([xl, c0, c1, c2, c3, c4], 1)


class NASNetAMobile(nn.Module):
    def __init__(self, small: bool = False, num_classes: int = 1000) -> None:
        super().__init__()
        stem, penultimate = (8, 192) if small else (32, 1056)
        f = penultimate // 24
        self.conv0 = nn.Sequential(nn.Conv2d(3, stem, 3, 2, 0, bias=False), _bn(stem))
        # Stem cells: the right input of stem 0 is conv0 itself (no preprocessing).
        self.stem0 = ReductionCell(ReluConvBN(stem, f // 4), nn.Identity(), f // 4, stem, stem=True)
        self.stem1 = ReductionCell(ReluConvBN(f, f // 2), FactorizedReduction(stem, f // 2),
                                   f // 2, f // 2, stem=False)
        cells: list[nn.Module] = []
        prev, cur = f, 2 * f  # channels of x_prev and x entering the next cell
        for stack, mult in enumerate((1, 2, 4)):
            if stack > 0:
                c = mult * f
                cells.append(ReductionCell(ReluConvBN(cur, c), ReluConvBN(prev, c), c, c, stem=False))
                prev, cur = cur, 4 * c
            c = mult * f
            cells.append(NormalCell(FactorizedReduction(prev, c), ReluConvBN(cur, c), c, c))
            prev, cur = cur, 6 * c
            for _ in range(3):
                cells.append(NormalCell(ReluConvBN(prev, c), ReluConvBN(cur, c), c, c))
                prev, cur = cur, 6 * c
        self.cells = nn.ModuleList(cells)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(cur, num_classes if not small else 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x0 = self.conv0(x)
        s0 = self.stem0(x0, x0)
        prev, cur = s0, self.stem1(s0, x0)
        for cell in self.cells:
            prev, cur = cur, cell(cur, prev)
        return self.fc(torch.flatten(self.pool(F.relu(cur)), 1))


def create(small: bool) -> tuple[nn.Module, tuple[int, ...]]:
    return NASNetAMobile(small), (3, 64, 64) if small else (3, 224, 224)
