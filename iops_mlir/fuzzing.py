"""Random torch models for fuzzing the scheduler (tools/fuzz.py, tests/test_fuzz.py).

A model is a JSON-able *spec*: a list of nodes, each an op over earlier nodes
(node 0 is the input). `SpecModel` runs a spec. Specs come from `random_spec`,
which takes its choices from a `draw(lo, hi)` function: `random.Random.randint`
for seeded runs, or hypothesis' integers for shrinking a failure to a small spec.

Every op keeps the spatial size (stride 1, "same" padding), so any two feature
maps with equal channel counts can be added and any can be concatenated. Convs
often share an input, so the sibling-merge replacement rules fire; linear heads
share the pooled features, so the matmul rule fires too.
"""

from __future__ import annotations

import json
from typing import Callable

import torch
from torch import nn

Draw = Callable[[int, int], int]

OPS = ("conv", "conv", "sibling_conv", "depthwise", "maxpool", "avgpool", "add", "concat", "relu", "sigmoid")
CHANNELS = (2, 4, 6, 8, 12, 16)
KERNELS = (1, 3, 5)


MAX_CHANNELS = 64  # concats of concats would otherwise grow channels exponentially


def random_spec(draw: Draw, max_nodes: int = 12, min_nodes: int = 2) -> dict:
    """A random model spec: input shape, between min_nodes and max_nodes ops, and linear heads."""
    c0 = CHANNELS[draw(0, len(CHANNELS) - 1)]
    size = (6, 8, 12)[draw(0, 2)]
    channels = [c0]
    nodes: list[dict] = []
    for _ in range(draw(min_nodes, max_nodes)):
        op = OPS[draw(0, len(OPS) - 1)]
        src = draw(0, len(channels) - 1)
        node: dict = {"op": op, "inputs": [src]}
        if op in ("conv", "sibling_conv"):
            if op == "sibling_conv" and nodes:
                # Same input as an earlier conv: what the sibling-merge rule looks for.
                convs = [n for n in nodes if n["op"] == "conv"]
                if convs:
                    node["inputs"] = list(convs[draw(0, len(convs) - 1)]["inputs"])
            k = KERNELS[draw(0, len(KERNELS) - 1)]
            kh, kw = (k, k) if draw(0, 3) else ((1, 3) if draw(0, 1) else (3, 1))
            node.update(op="conv", out=CHANNELS[draw(0, len(CHANNELS) - 1)], kernel=[kh, kw],
                        bias=bool(draw(0, 1)), relu=bool(draw(0, 1)))
            channels.append(node["out"])
        elif op == "add":
            same = [i for i, c in enumerate(channels) if c == channels[src] and i != src]
            if not same:
                node["op"] = "relu"
                channels.append(channels[src])
            else:
                node["inputs"].append(same[draw(0, len(same) - 1)])
                channels.append(channels[src])
        elif op == "concat":
            node["inputs"].append(draw(0, len(channels) - 1))
            if sum(channels[i] for i in node["inputs"]) > MAX_CHANNELS:
                node.update(op="relu", inputs=[src])
                channels.append(channels[src])
            else:
                channels.append(sum(channels[i] for i in node["inputs"]))
        else:
            channels.append(channels[src])
        nodes.append(node)
    heads = [CHANNELS[draw(0, len(CHANNELS) - 1)] for _ in range(draw(0, 3))]
    return {"in_channels": c0, "size": size, "nodes": nodes, "heads": heads}


class SpecModel(nn.Module):
    """Runs a spec. Output: every unused node's global average, concatenated, then the heads."""

    def __init__(self, spec: dict) -> None:
        super().__init__()
        self.spec = spec
        channels = [spec["in_channels"]]
        self.layers = nn.ModuleList()
        for node in spec["nodes"]:
            c = channels[node["inputs"][0]]
            if node["op"] == "conv":
                kh, kw = node["kernel"]
                layer: nn.Module = nn.Conv2d(c, node["out"], (kh, kw), padding=(kh // 2, kw // 2),
                                             bias=node["bias"])
                channels.append(node["out"])
            elif node["op"] == "depthwise":
                layer = nn.Conv2d(c, c, 3, padding=1, groups=c)
                channels.append(c)
            elif node["op"] == "concat":
                layer = nn.Identity()
                channels.append(sum(channels[i] for i in node["inputs"]))
            else:
                layer = nn.Identity()
                channels.append(c)
            self.layers.append(layer)
        used = {i for node in spec["nodes"] for i in node["inputs"]}
        self.sinks = [i for i in range(1, len(channels)) if i not in used] or [len(channels) - 1]
        features = sum(channels[i] for i in self.sinks)
        self.heads = nn.ModuleList(nn.Linear(features, h) for h in spec["heads"])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        values = [x]
        for node, layer in zip(self.spec["nodes"], self.layers):
            a = values[node["inputs"][0]]
            op = node["op"]
            if op == "conv":
                y = layer(a)
                y = torch.relu(y) if node["relu"] else y
            elif op == "depthwise":
                y = layer(a)
            elif op == "maxpool":
                y = nn.functional.max_pool2d(a, 3, 1, 1)
            elif op == "avgpool":
                y = nn.functional.avg_pool2d(a, 3, 1, 1)
            elif op == "add":
                y = a + values[node["inputs"][1]]
            elif op == "concat":
                y = torch.cat([values[i] for i in node["inputs"]], 1)
            elif op == "relu":
                y = torch.relu(a)
            else:
                y = torch.sigmoid(a)
            values.append(y)
        pooled = torch.cat([values[i].mean((2, 3)) for i in self.sinks], 1)
        if not self.heads:
            return pooled
        return torch.cat([pooled] + [head(pooled) for head in self.heads], 1)


def build(spec: dict, seed: int = 0) -> tuple[nn.Module, tuple[torch.Tensor, ...]]:
    """(module, inputs) with weights and input drawn from `seed`."""
    torch.manual_seed(seed)
    module = SpecModel(spec).eval()
    return module, (torch.randn(1, spec["in_channels"], spec["size"], spec["size"]),)


def reproducer_source(spec: dict, seed: int) -> str:
    """A Python file that `iops-mlir compile --module FILE:build` accepts."""
    return (
        '"""Fuzz reproducer: iops-mlir check --module THIS_FILE:build"""\n'
        "import json\n\nfrom iops_mlir import fuzzing\n\n"
        f"SPEC = json.loads({json.dumps(json.dumps(spec, sort_keys=True))})\nSEED = {seed}\n\n\n"
        "def build():\n    return fuzzing.build(SPEC, SEED)\n"
    )
