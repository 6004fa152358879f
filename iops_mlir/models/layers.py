"""Building blocks shared by the zoo models."""

from __future__ import annotations

from torch import nn


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
