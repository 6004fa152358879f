"""Hugging Face `transformers` models, built from their config classes (no download).

`--model hf:NAME` builds NAME at its published size with seeded random weights, or with
`--small` a configuration of the same architecture small enough for tests. Text models take
token ids and an attention mask of `--seq-len` tokens; vision models an image batch. Outputs are
the model's `ModelOutput` fields, flattened by `torch_export.flatten`.

The libraries initialise weights for training (normal, std 0.02, and identity batch norms):
MobileNetV2's output is then about 1e-21 and EfficientNet-B0's exactly 0, so a check against
torch would compare zeros. `_initialise` gives every layer a variance-preserving scale and
batch norms non-trivial statistics, so activations stay of order one through the network.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import UserError

if TYPE_CHECKING:
    import torch

DEFAULT_SEQ_LEN = 128


@dataclass(frozen=True)
class HfSpec:
    """One model: its config and model classes, the published size and the small one."""

    config: str  # transformers class names, looked up on first use
    model: str
    kind: str  # "text" or "vision"
    full: dict = field(default_factory=dict)
    small: dict = field(default_factory=dict)
    image: int = 224  # vision: the image side at full size
    small_image: int = 64
    about: str = ""


SPECS: dict[str, HfSpec] = {
    "bert": HfSpec("BertConfig", "BertModel", "text", about="BERT-base, 12 layers, hidden 768",
                   small=dict(hidden_size=64, num_hidden_layers=2, num_attention_heads=2, intermediate_size=128,
                              vocab_size=1000, max_position_embeddings=128)),
    "distilbert": HfSpec("DistilBertConfig", "DistilBertModel", "text", about="DistilBERT-base, 6 layers",
                         small=dict(dim=64, n_layers=2, n_heads=2, hidden_dim=128, vocab_size=1000,
                                    max_position_embeddings=128)),
    "gpt2": HfSpec("GPT2Config", "GPT2Model", "text", about="GPT-2 with 6 layers, no KV cache",
                   full=dict(n_layer=6, use_cache=False),
                   small=dict(n_embd=64, n_layer=2, n_head=2, vocab_size=1000, n_positions=128, use_cache=False,
                              bos_token_id=0, eos_token_id=0)),
    "vit": HfSpec("ViTConfig", "ViTModel", "vision", about="ViT-base/16 at 224x224",
                  small=dict(image_size=32, patch_size=8, hidden_size=64, num_hidden_layers=2, num_attention_heads=2,
                             intermediate_size=128), small_image=32),
    "swin": HfSpec("SwinConfig", "SwinModel", "vision", about="Swin-tiny, window 7, 224x224",
                   small=dict(image_size=64, patch_size=4, embed_dim=16, depths=[1, 1], num_heads=[1, 2],
                              window_size=4)),
    "convnext": HfSpec("ConvNextConfig", "ConvNextModel", "vision", about="ConvNeXt-tiny",
                       small=dict(hidden_sizes=[16, 32], depths=[1, 1], num_stages=2)),
    "resnet50": HfSpec("ResNetConfig", "ResNetModel", "vision", about="ResNet-50 (transformers' implementation)",
                       small=dict(embedding_size=16, hidden_sizes=[32, 64], depths=[1, 1], layer_type="bottleneck")),
    "mobilenet_v2": HfSpec("MobileNetV2Config", "MobileNetV2Model", "vision", about="MobileNetV2 1.0, 224x224",
                           small=dict(depth_multiplier=0.35, image_size=64)),
    "efficientnet": HfSpec("EfficientNetConfig", "EfficientNetModel", "vision", about="EfficientNet-B0, 224x224",
                           # The config's defaults are B7 (width 2.0, depth 3.1, 600x600). Its
                           # hidden_dim (the last convolution's width, 2560 for B7) is not derived
                           # from the width, so it is given: 1280 x width.
                           full=dict(width_coefficient=1.0, depth_coefficient=1.0, image_size=224, hidden_dim=1280),
                           small=dict(width_coefficient=0.25, depth_coefficient=0.25, image_size=64, hidden_dim=320)),
}


def names() -> list[str]:
    """`hf:NAME` for every model here."""
    return [f"hf:{name}" for name in SPECS]


def available() -> bool:
    """Whether `transformers` is installed (the `hf` extra)."""
    import importlib.util

    return importlib.util.find_spec("transformers") is not None


def build(name: str, *, batch: int = 1, small: bool = False, seq_len: int | None = None,
          seed: int = 0) -> tuple[torch.nn.Module, tuple[torch.Tensor, ...]]:
    """(flat module in eval mode, flat example inputs) for `hf:NAME`; weights and inputs seeded."""
    from .. import torch_export

    spec = SPECS.get(name.removeprefix("hf:"))
    if spec is None:
        raise UserError(f"Unknown model '{name}'. The transformers models are: {', '.join(names())}.")
    if not available():
        raise UserError(f"'{name}' needs the transformers library: pip install 'iops-mlir[hf]'.")
    if seq_len is not None and spec.kind != "text":
        raise UserError(f"--seq-len applies to text models; '{name}' takes images.")
    import torch
    import transformers

    torch.manual_seed(seed)
    config = getattr(transformers, spec.config)(**(spec.small if small else spec.full))
    model = getattr(transformers, spec.model)(config)
    _initialise(model, torch.Generator().manual_seed(seed))
    model.eval()
    generator = torch.Generator().manual_seed(seed + 1)
    if spec.kind == "text":
        length = seq_len or (16 if small else DEFAULT_SEQ_LEN)
        limit = _position_limit(config)
        if limit is not None and length > limit:
            raise UserError(f"--seq-len {length} is longer than {name} accepts ({limit} positions).")
        ids = torch.randint(0, config.vocab_size, (batch, length), generator=generator)
        example = torch_export.ExampleInputs((), {"input_ids": ids,
                                                  "attention_mask": torch.ones(batch, length, dtype=torch.long)})
    else:
        side = spec.small_image if small else spec.image
        example = torch_export.ExampleInputs((torch.rand(batch, 3, side, side, generator=generator),))
    return torch_export.flatten(model, example)


def _position_limit(config) -> int | None:
    for attribute in ("max_position_embeddings", "n_positions"):
        if hasattr(config, attribute):
            return int(getattr(config, attribute))
    return None


def _initialise(model: torch.nn.Module, generator: torch.Generator) -> None:
    """Variance-preserving weights (std 1/sqrt(fan-in)), embeddings of unit scale, and batch norms
    with random statistics near identity: activations of order one at any depth."""
    import torch

    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, (torch.nn.Linear, torch.nn.Conv2d)):
                fan_in = module.weight[0].numel()
                module.weight.normal_(0.0, 1.0 / math.sqrt(fan_in), generator=generator)
                if module.bias is not None:
                    module.bias.uniform_(-0.1, 0.1, generator=generator)
            elif isinstance(module, torch.nn.Embedding):
                module.weight.normal_(0.0, 1.0, generator=generator)
            elif isinstance(module, (torch.nn.BatchNorm2d, torch.nn.LayerNorm)):
                if module.weight is not None:
                    module.weight.uniform_(0.5, 1.5, generator=generator)
                    module.bias.uniform_(-0.1, 0.1, generator=generator)
                if isinstance(module, torch.nn.BatchNorm2d):
                    module.running_mean.uniform_(-0.1, 0.1, generator=generator)
                    module.running_var.uniform_(0.5, 1.5, generator=generator)
