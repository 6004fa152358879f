"""Model zoo in plain torch (torchvision cannot be installed next to torch 2.13 here).

`build(name, batch=1, small=False)` returns an eval-mode module with deterministic
weights and its example inputs. `small=True` keeps each network's topology
(same blocks, branches and wiring) with narrower layers and smaller images, for
fast tests.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ..errors import UserError

if TYPE_CHECKING:
    import torch

# Each model's module here has `create(small) -> (module, input shape)`; imported on first use,
# so listing the zoo needs no torch.
_MODULES = ("inception_v3", "resnet50", "randwire", "nasnet_a", "squeezenet")

# Parameter counts of the reference implementations (full size, 1000 classes).
REFERENCE_PARAMS = {
    "inception_v3": 23_834_568,  # torchvision inception_v3(aux_logits=False)
    "resnet50": 25_557_032,  # torchvision resnet50
    "randwire": 5_600_000,  # RandWire-WS small regime C=78 (Xie et al. 2019, Table 2)
    "nasnet_a": 5_289_978,  # NASNet-A Mobile 4@1056 (Cadene pretrainedmodels)
    "squeezenet": 1_235_496,  # torchvision squeezenet1_1
}


def names() -> list[str]:
    """The zoo's model names (the CNNs of the scheduling literature; `all` in bench)."""
    return list(_MODULES)


def hf_names() -> list[str]:
    """The Hugging Face transformers models, `hf:NAME` (built when the `hf` extra is installed)."""
    from . import hf

    return hf.names()


def takes_tokens(name: str) -> bool:
    """Whether the model is a text model (its input length is --seq-len)."""
    from . import hf

    spec = hf.SPECS.get(name.removeprefix("hf:")) if name.startswith("hf:") else None
    return spec is not None and spec.kind == "text"


def label(name: str, *, small: bool = False, seq_len: int | None = None) -> str:
    """How results name a model: `resnet50_small`, `hf-bert_seq64` (usable in file names)."""
    text = name.replace(":", "-") + ("_small" if small else "")
    return text + (f"_seq{seq_len}" if seq_len is not None else "")


def build(name: str, *, batch: int = 1, small: bool = False, seq_len: int | None = None,
          seed: int = 0) -> tuple[torch.nn.Module, tuple[torch.Tensor, ...]]:
    """(module in eval mode, example inputs) for a zoo model or `hf:NAME`; weights are seeded."""
    if batch < 1:
        raise UserError(f"Batch size must be at least 1, not {batch}.")
    if name.startswith("hf:"):
        from . import hf

        return hf.build(name, batch=batch, small=small, seq_len=seq_len, seed=seed)
    if name not in _MODULES:
        raise UserError(f"Unknown model '{name}'. The zoo has: {', '.join(names())}; "
                        f"and from transformers: {', '.join(hf_names())}.")
    if seq_len is not None:
        raise UserError(f"--seq-len applies to the text models of transformers; '{name}' takes images.")
    import torch

    torch.manual_seed(seed)
    module, image_shape = importlib.import_module(f"{__name__}.{name}").create(small)
    _randomise_batchnorm(module)
    module.eval()
    generator = torch.Generator().manual_seed(seed + 1)
    example = torch.rand((batch, *image_shape), generator=generator)
    return module, (example,)


def _randomise_batchnorm(module: torch.nn.Module) -> None:
    """Give BatchNorm layers non-trivial statistics so that tests exercise them."""
    import torch

    for m in module.modules():
        if isinstance(m, torch.nn.BatchNorm2d):
            with torch.no_grad():
                m.running_mean.uniform_(-0.1, 0.1)
                m.running_var.uniform_(0.5, 1.5)
                m.weight.uniform_(0.5, 1.5)
                m.bias.uniform_(-0.1, 0.1)
