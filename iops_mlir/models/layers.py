"""Building blocks shared by the zoo models."""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F


class ConvBNReLU(nn.Sequential):
    """Conv (no bias) -> BatchNorm -> ReLU, the unit of Inception and ResNet stems."""

    def __init__(self, cin: int, cout: int, kernel, stride=1, padding=0, eps: float = 1e-5,
                 relu: bool = True) -> None:
        layers = [nn.Conv2d(cin, cout, kernel, stride=stride, padding=padding, bias=False),
                  nn.BatchNorm2d(cout, eps=eps)]
        if relu:
            layers.append(nn.ReLU(inplace=False))
        super().__init__(*layers)


def scaled(channels: int, small: bool, divisor: int = 8, minimum: int = 4) -> int:
    """Channel count for the small variant: divided, but never below `minimum`."""
    return max(minimum, channels // divisor) if small else channels


class ImageClassifier(nn.Module):
    """stem -> body -> global average pool -> linear: the frame of the zoo's CNNs.

    The small variant has 10 classes. Subclasses build their stem and body first, so that
    seeded weights are drawn in the same order as the layers run.
    """

    def __init__(self, stem: nn.Module, body: nn.Module, channels: int, small: bool, num_classes: int) -> None:
        super().__init__()
        self.stem, self.body = stem, body
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(channels, num_classes if not small else 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc(torch.flatten(self.pool(self.body(self.stem(x))), 1))


class BranchesWithPool(nn.Module):
    """Parallel branches (attributes named in `branches`) and a pooled 1x1 branch `bp`,
    concatenated on channels, in that order (Inception's A and C modules)."""

    branches: tuple[str, ...] = ()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        pooled = self.bp(F.avg_pool2d(x, 3, 1, 1))
        return torch.cat([getattr(self, name)(x) for name in self.branches] + [pooled], 1)
