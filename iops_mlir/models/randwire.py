"""RandWire-WS (Xie et al. 2019), small regime: WS(N=32, K=4, P=0.75), C=78.

Each stage is a random graph from the Watts-Strogatz model, made a DAG by
orienting edges from lower to higher node index. A node sums its inputs with
positive learned weights (sigmoid), then applies ReLU, a 3x3 separable conv and
BatchNorm. Input nodes read the stage input with stride 2; the stage output is
the mean of the nodes nothing else reads. Graphs are seeded, so the model is
deterministic.
"""

from __future__ import annotations

import random

import torch
from torch import nn


def watts_strogatz_dag(n: int, k: int, p: float, seed: int) -> list[list[int]]:
    """Predecessor lists of a WS(n, k, p) graph oriented from low to high index."""
    rng = random.Random(seed)
    adjacent = {i: set() for i in range(n)}
    for i in range(n):
        for j in range(1, k // 2 + 1):
            adjacent[i].add((i + j) % n)
            adjacent[(i + j) % n].add(i)
    for j in range(1, k // 2 + 1):
        for i in range(n):
            v = (i + j) % n
            if v in adjacent[i] and rng.random() < p:
                choices = [w for w in range(n) if w != i and w not in adjacent[i]]
                if choices:
                    w = rng.choice(choices)
                    adjacent[i].discard(v)
                    adjacent[v].discard(i)
                    adjacent[i].add(w)
                    adjacent[w].add(i)
    return [sorted(u for u in adjacent[i] if u < i) for i in range(n)]


class Node(nn.Module):
    def __init__(self, n_inputs: int, cin: int, cout: int, stride: int) -> None:
        super().__init__()
        self.weights = nn.Parameter(torch.zeros(n_inputs)) if n_inputs > 1 else None
        self.op = nn.Sequential(
            nn.ReLU(),
            nn.Conv2d(cin, cin, 3, stride, 1, groups=cin, bias=False),
            nn.Conv2d(cin, cout, 1, bias=False),
            nn.BatchNorm2d(cout),
        )

    def forward(self, inputs: list[torch.Tensor]) -> torch.Tensor:
        if self.weights is None:
            x = inputs[0]
        else:
            w = torch.sigmoid(self.weights)
            x = sum(w[i] * t for i, t in enumerate(inputs))
        return self.op(x)


class RandomStage(nn.Module):
    def __init__(self, n: int, cin: int, cout: int, seed: int) -> None:
        super().__init__()
        self.preds = watts_strogatz_dag(n, 4, 0.75, seed)
        self.nodes = nn.ModuleList(
            Node(max(1, len(p)), cin if not p else cout, cout, 2 if not p else 1) for p in self.preds
        )
        used = {u for p in self.preds for u in p}
        self.outputs = [i for i in range(n) if i not in used]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        values: list[torch.Tensor] = []
        for node, preds in zip(self.nodes, self.preds):
            values.append(node([x] if not preds else [values[u] for u in preds]))
        return sum(values[i] for i in self.outputs) / len(self.outputs)


class RandWire(nn.Module):
    def __init__(self, small: bool = False, num_classes: int = 1000, seed: int = 0) -> None:
        super().__init__()
        c, n, head = (8, 32, 64) if small else (78, 32, 1280)
        self.conv1 = nn.Sequential(nn.Conv2d(3, c // 2, 3, 2, 1, bias=False), nn.BatchNorm2d(c // 2))
        self.conv2 = nn.Sequential(nn.ReLU(), nn.Conv2d(c // 2, c, 3, 2, 1, bias=False), nn.BatchNorm2d(c))
        self.conv3 = RandomStage(n // 2, c, c, seed)
        self.conv4 = RandomStage(n, c, 2 * c, seed + 1)
        self.conv5 = RandomStage(n, 2 * c, 4 * c, seed + 2)
        self.head = nn.Sequential(nn.ReLU(), nn.Conv2d(4 * c, head, 1, bias=False), nn.BatchNorm2d(head),
                                  nn.ReLU(), nn.AdaptiveAvgPool2d(1))
        self.fc = nn.Linear(head, num_classes if not small else 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.conv5(self.conv4(self.conv3(self.conv2(self.conv1(x)))))
        return self.fc(torch.flatten(self.head(x), 1))


def create(small: bool) -> tuple[nn.Module, tuple[int, ...]]:
    return RandWire(small), (3, 64, 64) if small else (3, 224, 224)
