"""Small torch models with sibling operators, shared by the replacement tests and golden files."""

from __future__ import annotations

import torch
from torch import nn


class SiblingConvs(nn.Module):
    """A fire-module-like block: 1x1 and 3x3 siblings, ReLU tails, concatenated."""

    def __init__(self, cin: int = 3, cout: int = 4) -> None:
        super().__init__()
        self.a = nn.Conv2d(cin, cout, 1)
        self.b = nn.Conv2d(cin, cout, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.cat([torch.relu(self.a(x)), torch.relu(self.b(x))], 1)


class MixedSiblingConvs(nn.Module):
    """Siblings of several shapes: asymmetric kernels, no bias, a dilated pair, a strided pair,
    and a conv that must not merge (different stride)."""

    def __init__(self, c: int = 4) -> None:
        super().__init__()
        self.k1x3 = nn.Conv2d(c, 3, (1, 3), padding=(0, 1), bias=False)
        self.k3x1 = nn.Conv2d(c, 5, (3, 1), padding=(1, 0))
        self.k5 = nn.Conv2d(c, 2, 5, padding=2)
        self.d2 = nn.Conv2d(c, 3, 3, padding=2, dilation=2)
        self.d2b = nn.Conv2d(c, 2, 1)  # merges with the dilated conv only if taps align
        self.s2a = nn.Conv2d(c, 4, 3, stride=2, padding=1)
        self.s2b = nn.Conv2d(c, 2, 1, stride=2)
        self.bn = nn.BatchNorm2d(5)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = torch.cat([self.k1x3(x), torch.relu(self.bn(self.k3x1(x))), self.k5(x), self.d2(x), self.d2b(x)], 1)
        z = torch.cat([self.s2a(x), torch.sigmoid(self.s2b(x))], 1)
        return y.mean() + z


class SiblingLinears(nn.Module):
    """Q/K/V-style projections of one input (one without bias)."""

    def __init__(self, d: int = 8) -> None:
        super().__init__()
        self.q, self.k, self.v = nn.Linear(d, 6), nn.Linear(d, 6), nn.Linear(d, 4, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return (torch.relu(self.q(x)) * torch.relu(self.k(x))).sum(-1, keepdim=True) + self.v(x)


def build(name: str) -> tuple[nn.Module, tuple[torch.Tensor, ...]]:
    """(module, inputs), seeded."""
    torch.manual_seed(0)
    if name == "convs":
        return SiblingConvs().eval(), (torch.randn(1, 3, 8, 8),)
    if name == "mixed_convs":
        module = MixedSiblingConvs().eval()
        module.bn.running_mean.uniform_(-1, 1)
        module.bn.running_var.uniform_(0.5, 2)
        return module, (torch.randn(1, 4, 9, 9),)
    if name == "linears":
        return SiblingLinears().eval(), (torch.randn(3, 8),)
    raise KeyError(name)
