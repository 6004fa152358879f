"""The model zoo: published parameter counts, small variants, determinism."""

from __future__ import annotations

import pytest
import torch

from iops_mlir import models
from iops_mlir.errors import IopsError
from iops_mlir.models.randwire import watts_strogatz_dag


def test_names_lists_the_five_models() -> None:
    assert models.names() == ["inception_v3", "resnet50", "randwire", "nasnet_a", "squeezenet"]


@pytest.mark.parametrize("name", models.names())
def test_full_size_parameter_count_within_two_percent_of_reference(name: str) -> None:
    module, _ = models.build(name)
    count = sum(p.numel() for p in module.parameters())
    reference = models.REFERENCE_PARAMS[name]
    assert abs(count - reference) / reference <= 0.02, (count, reference)


@pytest.mark.parametrize("name", models.names())
def test_small_variant_runs_and_is_deterministic(name: str) -> None:
    m1, (x1,) = models.build(name, small=True)
    m2, (x2,) = models.build(name, small=True)
    assert not m1.training
    assert torch.equal(x1, x2)
    with torch.no_grad():
        y1, y2 = m1(x1), m2(x2)
    assert y1.shape == (1, 10)
    assert torch.equal(y1, y2)


def test_batch_size_is_honoured() -> None:
    _, (x,) = models.build("squeezenet", small=True, batch=3)
    assert x.shape[0] == 3


def test_unknown_model_names_the_known_ones() -> None:
    with pytest.raises(IopsError, match="Unknown model 'vgg'.*inception_v3"):
        models.build("vgg")


def test_watts_strogatz_dag_is_acyclic_seeded_and_rewired() -> None:
    preds = watts_strogatz_dag(32, 4, 0.75, seed=0)
    assert preds == watts_strogatz_dag(32, 4, 0.75, seed=0)
    assert all(u < i for i, p in enumerate(preds) for u in p)
    assert sum(len(p) for p in preds) == 32 * 4 // 2  # rewiring keeps the edge count
    ring = watts_strogatz_dag(32, 4, 0.0, seed=0)
    assert preds != ring
