"""The frontend for models as users write them (`torch_export`): input and output structures,
and the fixes that let the pinned torch-mlir import real models. Imports only, no IREE compile."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from iops_mlir import frontend, torch_export
from iops_mlir.errors import UserError


class KeywordsAndDict(nn.Module):
    """Token ids and a mask by keyword, a dict out: the shape of a transformers model."""

    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(50, 8)
        self.proj = nn.Linear(8, 4)

    def forward(self, input_ids, attention_mask=None):
        hidden = self.embed(input_ids) * attention_mask.unsqueeze(-1)
        return {"pooled": self.proj(hidden).mean(1), "hidden": hidden}


class NonPersistentIndex(nn.Module):
    """A non-persistent buffer used as an index (Swin's relative-position index, RoPE's inv_freq)."""

    def __init__(self):
        super().__init__()
        self.table = nn.Parameter(torch.randn(7, 3))
        self.register_buffer("index", torch.tensor([0, 3, 6, 1, 2, 5]), persistent=False)
        self.register_buffer("scale", torch.full((3,), 0.5), persistent=False)

    def forward(self, x):
        bias = self.table[self.index].view(2, 3, 3)
        return x * self.scale + bias.sum(0)[:, None, :]


class EfficientNetPool(nn.Module):
    """Global pooling as EfficientNet writes it: a window far larger than the image, ceil mode."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        self.pool = nn.AvgPool2d(64, ceil_mode=True)

    def forward(self, x):
        return self.pool(self.conv(x))


def test_example_inputs_take_every_documented_form() -> None:
    x, y = torch.rand(2), torch.rand(3)
    assert torch_export.example_inputs(x, where="t").leaves() == (x,)
    assert torch_export.example_inputs((x, y), where="t").leaves() == (x, y)
    assert torch_export.example_inputs({"a": x, "b": y}, where="t").leaves() == (x, y)
    both = torch_export.example_inputs(((x,), {"b": y}), where="t")
    assert both.args == (x,) and both.kwargs == {"b": y} and both.leaves() == (x, y)
    with pytest.raises(UserError, match="every example input must be a torch.Tensor"):
        torch_export.example_inputs((x, 3), where="t")
    with pytest.raises(UserError, match="hold no tensor"):
        torch_export.example_inputs((), where="t")


def test_flatten_orders_inputs_and_outputs_as_pytree_does() -> None:
    torch.manual_seed(0)
    model = KeywordsAndDict().eval()
    ids, mask = torch.randint(0, 50, (1, 5)), torch.ones(1, 5, dtype=torch.long)
    flat, inputs = torch_export.flatten(model, torch_export.ExampleInputs((), {"input_ids": ids,
                                                                            "attention_mask": mask}))
    assert inputs == (ids, mask)
    expected = model(input_ids=ids, attention_mask=mask)
    out = flat(*inputs)
    assert isinstance(out, tuple) and len(out) == 2
    assert torch.equal(out[0], expected["pooled"]) and torch.equal(out[1], expected["hidden"])


def test_flatten_leaves_a_flat_model_as_it_is() -> None:
    model = nn.Linear(3, 2).eval()
    flat, inputs = torch_export.flatten(model, torch_export.ExampleInputs((torch.rand(1, 3),)))
    assert flat is model and len(inputs) == 1


def test_non_persistent_buffers_used_as_indices_import() -> None:
    """Without the fix the importer stops with 'Could not find state mapping for buffer'."""
    torch.manual_seed(0)
    text = frontend.import_to_linalg(NonPersistentIndex().eval(), (torch.rand(3, 2, 3),))
    assert "func.func @main" in text


def test_an_import_failure_names_the_operator_and_its_source_line(monkeypatch) -> None:
    """With the list fix undone, torch-mlir fails on `table[index]`; the error says which operator
    and which line of the model, not only the importer's assertion."""
    monkeypatch.setattr(torch_export, "_read_listed_state_through_attributes", lambda program: None)
    with pytest.raises(UserError) as caught:
        frontend.import_to_linalg(NonPersistentIndex().eval(), (torch.rand(3, 2, 3),))
    message = caught.value.message
    assert "torch-mlir could not import the model while importing the operator aten.index.Tensor" in message
    assert "from forward (" in message and "test_torch_export.py:" in message


def test_global_average_pooling_becomes_a_mean_with_the_same_values() -> None:
    torch.manual_seed(0)
    model, x = EfficientNetPool().eval(), torch.rand(1, 3, 9, 9)
    program = torch_export.exported(model, (x,))
    targets = {n.target for n in program.graph.nodes if n.op == "call_function"}
    assert torch.ops.aten.avg_pool2d.default not in targets and torch.ops.aten.mean.dim in targets
    assert torch.allclose(program.module()(x), model(x), atol=1e-6)


def test_a_pool_that_is_not_global_is_kept() -> None:
    model = nn.Sequential(nn.AvgPool2d(2, ceil_mode=True)).eval()
    program = torch_export.exported(model, (torch.rand(1, 2, 5, 5),))
    assert torch.ops.aten.avg_pool2d.default in {n.target for n in program.graph.nodes}


def test_a_model_that_fails_in_torch_is_reported_before_export() -> None:
    model = nn.Linear(3, 2).eval()
    with pytest.raises(UserError, match="Calling the model on its example inputs raised RuntimeError"):
        torch_export.flatten(model, torch_export.ExampleInputs((torch.rand(1, 4),)))
