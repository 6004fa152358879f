"""Small models of the kinds users bring, outside the zoo, for `--module` and the tools.

Each function returns a seeded module in eval mode and its example inputs, as `--module
benchmarks/models/user_models.py:NAME` takes them:
  - `attention`: a transformer block (multi-head attention, LayerNorm, GELU feed-forward);
  - `segmentation`: a segmentation-style net (strided conv, transposed conv, bilinear
    upsampling, two outputs);
  - `inception_block`: three Inception-style blocks of four branches each (a depthwise
    convolution and GroupNorm among them);
  - `inception_cells`: two cells of four branches each (one behind a max-pool), at batch 4.
"""

import torch
import torch.nn.functional as F
from torch import nn


class Attention(nn.Module):
    def __init__(self):
        super().__init__()
        self.mha = nn.MultiheadAttention(32, 4, batch_first=True)
        self.norm = nn.LayerNorm(32)
        self.ff = nn.Sequential(nn.Linear(32, 64), nn.GELU(), nn.Linear(64, 32))

    def forward(self, x):
        a, _ = self.mha(x, x, x, need_weights=False)
        x = self.norm(x + a)
        return x + self.ff(x)


def attention():
    torch.manual_seed(0)
    return Attention().eval(), (torch.rand(1, 16, 32),)


class Segmentation(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Conv2d(3, 8, 3, stride=2, padding=1)
        self.b = nn.Conv2d(8, 8, 3, padding=1)
        self.c = nn.Conv2d(8, 8, 1)
        self.up = nn.ConvTranspose2d(8, 4, 2, stride=2)
        self.head = nn.Conv2d(3 + 4, 2, 1)

    def forward(self, x):
        y = F.relu(self.a(x))
        y = self.b(y) + self.c(y)
        z = F.interpolate(y, scale_factor=2, mode="bilinear", align_corners=False)
        u = self.up(y)
        return [self.head(torch.cat([x, u], 1)), z.mean((2, 3))]


def segmentation():
    torch.manual_seed(0)
    return Segmentation().eval(), (torch.rand(1, 3, 32, 32),)


class Branches(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.b1 = nn.Conv2d(c, 16, 1)
        self.b2 = nn.Sequential(nn.Conv2d(c, 8, 1), nn.ReLU(), nn.Conv2d(8, 16, 3, padding=1))
        self.b3 = nn.Sequential(nn.Conv2d(c, 8, 1), nn.ReLU(), nn.Conv2d(8, 8, 5, padding=2, groups=8),
                                nn.Conv2d(8, 16, 1))
        self.b4 = nn.Sequential(nn.MaxPool2d(3, 1, 1), nn.Conv2d(c, 16, 1))
        self.norm = nn.GroupNorm(4, 64)

    def forward(self, x):
        return torch.relu(self.norm(torch.cat([self.b1(x), self.b2(x), self.b3(x), self.b4(x)], 1)))


class InceptionBlocks(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 32, 3, stride=2, padding=1)
        self.blocks = nn.Sequential(Branches(32), Branches(64), Branches(64))
        self.head = nn.Linear(64, 10)

    def forward(self, x):
        return self.head(self.blocks(self.stem(x)).mean((2, 3)))


def inception_block():
    torch.manual_seed(0)
    return InceptionBlocks().eval(), (torch.rand(1, 3, 64, 64),)


class InceptionCells(nn.Module):
    def __init__(self):
        super().__init__()
        self.first, self.second = self._cell(3), self._cell(32)

    @staticmethod
    def _cell(c):
        return nn.ModuleList([nn.Conv2d(c, 8, 1), nn.Sequential(nn.Conv2d(c, 8, 1), nn.ReLU(), nn.Conv2d(8, 8, 3, padding=1)),
                              nn.Sequential(nn.Conv2d(c, 4, 1), nn.ReLU(), nn.Conv2d(4, 8, 5, padding=2)),
                              nn.Conv2d(c, 8, 1)])

    @staticmethod
    def _run(cell, x):
        a, b, c, d = cell
        return torch.cat([F.relu(a(x)), F.relu(b(x)), F.relu(c(x)), F.relu(d(F.max_pool2d(x, 3, 1, 1)))], 1)

    def forward(self, x):
        return self._run(self.second, self._run(self.first, x))


def inception_cells():
    torch.manual_seed(0)
    return InceptionCells().eval(), (torch.rand(4, 3, 24, 24),)
