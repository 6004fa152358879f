"""ResNet-50 (He et al. 2016), torchvision's v1.5 layout (stride in the 3x3 conv)."""

from __future__ import annotations

import torch
from torch import nn

from .layers import ConvBNReLU, ImageClassifier, scaled


class Bottleneck(nn.Module):
    expansion = 4

    def __init__(self, cin: int, width: int, stride: int) -> None:
        super().__init__()
        cout = width * self.expansion
        self.body = nn.Sequential(
            ConvBNReLU(cin, width, 1),
            ConvBNReLU(width, width, 3, stride, 1),
            ConvBNReLU(width, cout, 1, relu=False),
        )
        self.shortcut = (
            ConvBNReLU(cin, cout, 1, stride, relu=False) if stride != 1 or cin != cout else nn.Identity()
        )
        self.relu = nn.ReLU()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.relu(self.body(x) + self.shortcut(x))


class ResNet50(ImageClassifier):
    def __init__(self, small: bool = False, num_classes: int = 1000) -> None:
        w = lambda c: scaled(c, small)  # noqa: E731
        stem = nn.Sequential(ConvBNReLU(3, w(64), 7, 2, 3), nn.MaxPool2d(3, 2, 1))
        layers, cin = [], w(64)
        for width, blocks, stride in ((64, 3, 1), (128, 4, 2), (256, 6, 2), (512, 3, 2)):
            for i in range(blocks):
                layers.append(Bottleneck(cin, w(width), stride if i == 0 else 1))
                cin = w(width) * Bottleneck.expansion
        super().__init__(stem, nn.Sequential(*layers), cin, small, num_classes)


def create(small: bool) -> tuple[nn.Module, tuple[int, ...]]:
    return ResNet50(small), (3, 64, 64) if small else (3, 224, 224)
