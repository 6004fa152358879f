"""SqueezeNet 1.1 (Iandola et al. 2016; torchvision's squeezenet1_1 layout)."""

from __future__ import annotations

import torch
from torch import nn

from .layers import scaled


class Fire(nn.Module):
    def __init__(self, cin: int, squeeze: int, expand: int) -> None:
        super().__init__()
        self.squeeze = nn.Sequential(nn.Conv2d(cin, squeeze, 1), nn.ReLU())
        self.expand1x1 = nn.Sequential(nn.Conv2d(squeeze, expand, 1), nn.ReLU())
        self.expand3x3 = nn.Sequential(nn.Conv2d(squeeze, expand, 3, padding=1), nn.ReLU())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        s = self.squeeze(x)
        return torch.cat([self.expand1x1(s), self.expand3x3(s)], 1)


class SqueezeNet11(nn.Module):
    def __init__(self, small: bool = False, num_classes: int = 1000) -> None:
        super().__init__()
        w = lambda c: scaled(c, small, divisor=4)  # noqa: E731
        fires = [(16, 64), (16, 64), None, (32, 128), (32, 128), None,
                 (48, 192), (48, 192), (64, 256), (64, 256)]
        layers: list[nn.Module] = [nn.Conv2d(3, w(64), 3, 2), nn.ReLU(), nn.MaxPool2d(3, 2, ceil_mode=True)]
        cin = w(64)
        for spec in fires:
            if spec is None:
                layers.append(nn.MaxPool2d(3, 2, ceil_mode=True))
                continue
            layers.append(Fire(cin, w(spec[0]), w(spec[1])))
            cin = 2 * w(spec[1])
        self.features = nn.Sequential(*layers)
        classes = num_classes if not small else 10
        self.classifier = nn.Sequential(nn.Conv2d(cin, classes, 1), nn.ReLU(), nn.AdaptiveAvgPool2d(1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.flatten(self.classifier(self.features(x)), 1)


def create(small: bool) -> tuple[nn.Module, tuple[int, ...]]:
    return SqueezeNet11(small), (3, 64, 64) if small else (3, 224, 224)
