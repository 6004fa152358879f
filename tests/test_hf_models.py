"""The transformers zoo (`--model hf:NAME`, small configurations): every model compiles with the
default scheduler and computes what torch computes. Full sizes run in `benchmarks/`."""

from __future__ import annotations

import pytest
import torch

from iops_mlir import models
from iops_mlir.api import compile as iops_compile
from iops_mlir.models import hf

from conftest import run_cli

ATOL, RTOL = 1e-4, 1e-3  # float32; the compiled program sums in other orders than torch


def _close(actual: torch.Tensor, expected: torch.Tensor) -> bool:
    scale = float(expected.abs().max()) or 1.0
    return float((actual - expected).abs().max()) <= max(ATOL, RTOL * scale)


# EfficientNet's blocks are MobileNetV2's inverted residuals with squeeze-and-excitation (a pooled
# scale broadcast over the channels). The default suite compiles MobileNetV2's (30 s) and -m slow
# EfficientNet's (56-83 s): the pooling and the broadcast multiply are each in other models here
# (hf:resnet50's pooling, the transformers' broadcasts). DistilBERT's layers are BERT's, fewer
# and without token types, and ViT's a BERT-like encoder (its layer norms before each block)
# behind a strided convolution (the CNNs' convolutions): -m slow too (19 and 21 s of a default
# suite that ran 13-16 min on a slow day).
_SLOW = {"hf:efficientnet", "hf:distilbert", "hf:vit"}


@pytest.mark.parametrize("name", [pytest.param(n, marks=[pytest.mark.slow] if n in _SLOW else []) for n in models.hf_names()])
def test_a_small_transformers_model_matches_torch(name: str) -> None:
    """Compiled with the default scheduler (the search under the analytic model, without the
    closed loop's timing, which the zoo's tests cover); outputs of order one, so the comparison is
    of real numbers, not of zeros."""
    module, inputs = models.build(name, small=True)
    with torch.no_grad():
        expected = module(*inputs)
    assert all(0.01 < float(t.float().std()) < 100 for t in expected), "weights must keep activations of order one"
    compiled = iops_compile(module, inputs, cost_model="analytic", verify="off")
    actual = compiled(*inputs)
    assert len(actual) == len(expected)
    assert all(_close(a, e) for a, e in zip(actual, expected))
    assert compiled.report["num_dispatches"] > 0


def test_hf_models_build_deterministically_with_seeded_weights() -> None:
    m1, (ids1, mask1) = models.build("hf:bert", small=True)
    m2, (ids2, mask2) = models.build("hf:bert", small=True)
    assert torch.equal(ids1, ids2) and torch.equal(mask1, mask2)
    assert all(torch.equal(a, b) for a, b in zip(m1.state_dict().values(), m2.state_dict().values()))


def test_seq_len_sets_the_text_length_and_is_refused_where_it_does_not_apply() -> None:
    _, (ids, mask) = models.build("hf:gpt2", small=True, seq_len=24)
    assert ids.shape == mask.shape == (1, 24) and ids.dtype == torch.int64
    with pytest.raises(Exception, match="--seq-len applies to text models"):
        models.build("hf:vit", small=True, seq_len=24)
    with pytest.raises(Exception, match="longer than hf:bert accepts"):
        models.build("hf:bert", small=True, seq_len=4096)


def test_full_size_configurations_are_the_published_ones() -> None:
    """Parameter counts of the base models (no task head) at the published sizes."""
    expected_millions = {"hf:bert": 109.5, "hf:distilbert": 66.4, "hf:vit": 86.4, "hf:swin": 27.5,
                         "hf:convnext": 27.8, "hf:resnet50": 23.5, "hf:mobilenet_v2": 2.2, "hf:efficientnet": 4.0}
    import transformers

    for name, millions in expected_millions.items():
        spec = hf.SPECS[name.removeprefix("hf:")]
        config = getattr(transformers, spec.config)(**spec.full)
        with torch.device("meta"):
            model = getattr(transformers, spec.model)(config)
        assert sum(p.numel() for p in model.parameters()) / 1e6 == pytest.approx(millions, abs=0.05), name


def test_models_lists_the_transformers_zoo(capsys) -> None:
    code, out, _ = run_cli(capsys, "models")
    assert code == 0
    assert all(f"{name} " in out for name in models.hf_names())
