"""Inception-v3 (Szegedy et al. 2016), torchvision's layout without the auxiliary head.

The auxiliary classifier only runs in training, so an inference graph never
contains it; the reference parameter count excludes it too.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from .layers import BranchesWithPool, ConvBNReLU, ImageClassifier


def _bc(cin: int, cout: int, kernel, stride=1, padding=0) -> ConvBNReLU:
    return ConvBNReLU(cin, cout, kernel, stride, padding, eps=0.001)


class InceptionA(BranchesWithPool):
    branches = ("b1", "b5", "b3")

    def __init__(self, cin: int, pool: int, w) -> None:
        super().__init__()
        self.b1 = _bc(cin, w(64), 1)
        self.b5 = nn.Sequential(_bc(cin, w(48), 1), _bc(w(48), w(64), 5, padding=2))
        self.b3 = nn.Sequential(_bc(cin, w(64), 1), _bc(w(64), w(96), 3, padding=1),
                                _bc(w(96), w(96), 3, padding=1))
        self.bp = _bc(cin, w(pool), 1)
        self.out = w(64) + w(64) + w(96) + w(pool)



class InceptionB(nn.Module):
    def __init__(self, cin: int, w) -> None:
        super().__init__()
        self.b3 = _bc(cin, w(384), 3, stride=2)
        self.bd = nn.Sequential(_bc(cin, w(64), 1), _bc(w(64), w(96), 3, padding=1),
                                _bc(w(96), w(96), 3, stride=2))
        self.out = w(384) + w(96) + cin

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.cat([self.b3(x), self.bd(x), F.max_pool2d(x, 3, 2)], 1)


class InceptionC(BranchesWithPool):
    branches = ("b1", "b7", "bd")

    def __init__(self, cin: int, c7: int, w) -> None:
        super().__init__()
        c7 = w(c7)
        self.b1 = _bc(cin, w(192), 1)
        self.b7 = nn.Sequential(_bc(cin, c7, 1), _bc(c7, c7, (1, 7), padding=(0, 3)),
                                _bc(c7, w(192), (7, 1), padding=(3, 0)))
        self.bd = nn.Sequential(_bc(cin, c7, 1), _bc(c7, c7, (7, 1), padding=(3, 0)),
                                _bc(c7, c7, (1, 7), padding=(0, 3)), _bc(c7, c7, (7, 1), padding=(3, 0)),
                                _bc(c7, w(192), (1, 7), padding=(0, 3)))
        self.bp = _bc(cin, w(192), 1)
        self.out = 4 * w(192)



class InceptionD(nn.Module):
    def __init__(self, cin: int, w) -> None:
        super().__init__()
        self.b3 = nn.Sequential(_bc(cin, w(192), 1), _bc(w(192), w(320), 3, stride=2))
        self.b7 = nn.Sequential(_bc(cin, w(192), 1), _bc(w(192), w(192), (1, 7), padding=(0, 3)),
                                _bc(w(192), w(192), (7, 1), padding=(3, 0)),
                                _bc(w(192), w(192), 3, stride=2))
        self.out = w(320) + w(192) + cin

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.cat([self.b3(x), self.b7(x), F.max_pool2d(x, 3, 2)], 1)


class InceptionE(nn.Module):
    def __init__(self, cin: int, w) -> None:
        super().__init__()
        self.b1 = _bc(cin, w(320), 1)
        self.b3 = _bc(cin, w(384), 1)
        self.b3a = _bc(w(384), w(384), (1, 3), padding=(0, 1))
        self.b3b = _bc(w(384), w(384), (3, 1), padding=(1, 0))
        self.bd = nn.Sequential(_bc(cin, w(448), 1), _bc(w(448), w(384), 3, padding=1))
        self.bda = _bc(w(384), w(384), (1, 3), padding=(0, 1))
        self.bdb = _bc(w(384), w(384), (3, 1), padding=(1, 0))
        self.bp = _bc(cin, w(192), 1)
        self.out = w(320) + 4 * w(384) + w(192)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        s = self.b3(x)
        d = self.bd(x)
        pooled = self.bp(F.avg_pool2d(x, 3, 1, 1))
        return torch.cat([self.b1(x), self.b3a(s), self.b3b(s), self.bda(d), self.bdb(d), pooled], 1)


class InceptionV3(ImageClassifier):
    def __init__(self, small: bool = False, num_classes: int = 1000) -> None:
        w = (lambda c: max(4, c // 8)) if small else (lambda c: c)
        stem = nn.Sequential(
            _bc(3, w(32), 3, stride=2), _bc(w(32), w(32), 3), _bc(w(32), w(64), 3, padding=1),
            nn.MaxPool2d(3, 2), _bc(w(64), w(80), 1), _bc(w(80), w(192), 3), nn.MaxPool2d(3, 2),
        )
        blocks: list[nn.Module] = []
        cin = w(192)
        for make in (lambda c: InceptionA(c, 32, w), lambda c: InceptionA(c, 64, w),
                     lambda c: InceptionA(c, 64, w), lambda c: InceptionB(c, w),
                     lambda c: InceptionC(c, 128, w), lambda c: InceptionC(c, 160, w),
                     lambda c: InceptionC(c, 160, w), lambda c: InceptionC(c, 192, w),
                     lambda c: InceptionD(c, w), lambda c: InceptionE(c, w),
                     lambda c: InceptionE(c, w)):
            block = make(cin)
            blocks.append(block)
            cin = block.out
        super().__init__(stem, nn.Sequential(*blocks), cin, small, num_classes)


def create(small: bool) -> tuple[nn.Module, tuple[int, ...]]:
    return InceptionV3(small), (3, 75, 75) if small else (3, 299, 299)
