"""The Python API (`iops_mlir.compile`, `iops_mlir.load`) and the torch.compile backend."""

from __future__ import annotations

import importlib.metadata
import os
from pathlib import Path

import numpy as np
import pytest
import torch
from torch import nn

import iops_mlir
from iops_mlir import dynamo, runner
from iops_mlir.errors import UserError

FAST = dict(cost_model="analytic", verify="off")  # the search only: these tests are about the API


class TwoHeads(nn.Module):
    """Two inputs, one by keyword, and a dict of two outputs from parallel branches."""

    def __init__(self):
        super().__init__()
        self.a = nn.Conv2d(4, 4, 3, padding=1)
        self.b = nn.Conv2d(4, 4, 1)

    def forward(self, x, *, shift):
        return {"sum": torch.relu(self.a(x)) + self.b(x) + shift, "b": self.b(x)}


@pytest.fixture(scope="module")
def compiled() -> tuple[nn.Module, tuple, iops_mlir.CompiledModel]:
    torch.manual_seed(0)
    model = TwoHeads().eval()
    x, shift = torch.rand(1, 4, 8, 8), torch.rand(1, 4, 1, 1)
    return model, (x, shift), iops_mlir.compile(model, ((x,), {"shift": shift}), **FAST)


def test_a_compiled_model_is_called_like_the_module_and_returns_its_structure(compiled) -> None:
    model, (x, shift), program = compiled
    expected = model(x, shift=shift)
    out = program(x, shift=shift)
    assert set(out) == {"sum", "b"} and all(isinstance(t, torch.Tensor) for t in out.values())
    assert all(torch.allclose(out[k], expected[k], atol=1e-5) for k in expected)
    from_numpy = program(x.numpy(), shift=shift.numpy())
    assert torch.equal(from_numpy["sum"], out["sum"])


def test_a_compiled_model_refuses_other_shapes_and_structures(compiled) -> None:
    _, (x, shift), program = compiled
    with pytest.raises(UserError, match="compiled for inputs 1x4x8x8 float32, 1x4x1x1 float32"):
        program(torch.rand(2, 4, 8, 8), shift=shift)
    with pytest.raises(UserError, match="another structure"):
        program(x, shift)


def test_save_load_report_and_explain(compiled, tmp_path: Path) -> None:
    _, (x, shift), program = compiled
    saved = program.save(tmp_path / "m.vmfb")
    again = iops_mlir.load(saved, flags=program.runtime_flags)(x, shift)
    assert isinstance(again, tuple) and len(again) == 2
    assert torch.equal(again[0], program(x, shift=shift)["sum"])
    report = program.report
    assert report["scheduler"] == "iops" and report["num_dispatches"] >= 2
    assert program.explain(tmp_path / "g.png").read_bytes().startswith(b"\x89PNG")
    assert "<svg" in program.explain(tmp_path / "g.svg").read_text()
    with pytest.raises(UserError, match=r"writes .png, .dot or .svg"):
        program.explain(tmp_path / "g.pdf")


def test_a_model_compiled_for_positional_tensors_checks_each_call_as_strictly() -> None:
    """Positional tensors skip the flattening of the input structure, not its checks."""
    torch.manual_seed(0)
    model = nn.Linear(4, 3).eval()
    x = torch.rand(2, 4)
    program = iops_mlir.compile(model, x, quiet=True, **FAST)
    assert torch.allclose(program(x), model(x), atol=1e-6)
    assert torch.equal(program(x.numpy()), program(x))
    with pytest.raises(UserError, match="compiled for inputs 2x4 float32 and is called with 3x4 float32"):
        program(torch.rand(3, 4))
    with pytest.raises(UserError, match="called with 2x4 float64"):
        program(x.double())
    with pytest.raises(UserError, match="another structure"):
        program(x, x)
    with pytest.raises(UserError, match="another structure"):
        program(input=x)


def _threads() -> int:
    return len(os.listdir("/proc/self/task"))


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts the process's threads in /proc")
def test_each_set_of_runtime_flags_gets_a_device_made_with_them(compiled) -> None:
    """IREE's Python runtime keeps the first device of a process whatever flags come after; the
    runner makes one per set of flags, and a local-task device makes one thread per worker.
    (Worker counts no other test asks for, so no device of theirs exists yet in this process.)"""
    _, (x, shift), program = compiled
    three_workers, five_workers = ("--task_topology_group_count=3",), ("--task_topology_group_count=5",)
    before = _threads()
    three = runner.device_with_flags("local-task", three_workers)
    after_three = _threads()
    five = runner.device_with_flags("local-task", five_workers)
    after_five = _threads()
    assert (after_five - after_three) - (after_three - before) == 2  # two more workers
    assert runner.device_with_flags("local-task", three_workers) is three
    assert five is not three and _threads() == after_five
    flat = [x.numpy(), shift.numpy()]
    on_three = runner.run(runner.load_function(program._vmfb, "local-task", flags=three_workers), flat)
    on_five = runner.run(runner.load_function(program._vmfb, "local-task", flags=five_workers), flat)
    assert all(np.array_equal(a, b) for a, b in zip(on_three, on_five))


def test_the_timed_call_runs_the_program_on_inputs_uploaded_once(compiled) -> None:
    """The call the closed loop and the bench time invokes the VM function on arguments packed once
    and leaves its results on the device: they are the program's outputs, call after call."""
    import iree.runtime as rt

    _, (x, shift), program = compiled
    function = runner.load_function(program._vmfb, "local-task")
    flat = [x.numpy(), shift.numpy()]
    expected = runner.run(function, flat)
    call = runner.prepared_call(function, flat)
    for _ in range(3):
        results = call()
        on_host = [rt.DeviceArray(function._device, results.get_as_object(i, rt.HalBufferView)).to_host()
                   for i in range(len(results))]
        assert len(on_host) == len(expected) and all(np.array_equal(a, b) for a, b in zip(on_host, expected))


def test_a_compiled_model_runs_with_the_flags_its_compile_advised(monkeypatch, compile_advising_one_worker) -> None:
    from iops_mlir import api, workers

    loaded = []
    load_function = runner.load_function
    monkeypatch.setattr(api.runner, "load_function",
                        lambda path, device, flags=None: loaded.append(flags) or load_function(path, device, flags=flags))
    program = iops_mlir.compile(nn.Linear(4, 4).eval(), torch.rand(2, 4), quiet=True, **FAST)
    assert program.runtime_flags == ("--task_topology_group_count=1",) and loaded == [program.runtime_flags]
    assert workers.advised_flags({"flags": ["--a"]}) == ("--a",) and workers.advised_flags(None) is None


def test_options_are_the_command_line_flags() -> None:
    names = iops_mlir.api.option_names()
    assert {"scheduler", "cost_model", "verify", "replace", "memory_budget", "dump_dir"} <= set(names)
    with pytest.raises(UserError, match="Unknown option.*schedular"):
        iops_mlir.compile(nn.Linear(2, 2), torch.rand(1, 2), schedular="ios")
    with pytest.raises(UserError, match="No such compiled program"):
        iops_mlir.load("missing.vmfb")


def test_the_backend_is_registered_by_name_through_entry_points() -> None:
    found = importlib.metadata.entry_points(group="torch_dynamo_backends")
    assert "iops_mlir" in found.names
    assert found["iops_mlir"].load() is dynamo.backend


def test_torch_compile_runs_the_model_and_recompiles_for_a_new_shape(monkeypatch) -> None:
    import iops_mlir.api as api

    shapes = []
    real = api.compile

    def counting(module, inputs, **options):
        shapes.append(tuple(t.shape for t in inputs))
        return real(module, inputs, **FAST)

    monkeypatch.setattr(api, "compile", counting)
    torch._dynamo.reset()
    torch.manual_seed(0)
    model = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.Conv2d(4, 4, 1)).eval()
    fast = torch.compile(model, backend="iops_mlir")
    with torch.no_grad():
        for shape in [(1, 3, 8, 8), (2, 3, 6, 6), (1, 3, 8, 8)]:
            x = torch.rand(*shape)
            assert torch.allclose(fast(x), model(x), atol=1e-5)
    # Only the image is an input (the weights are compiled in); the third call reuses the first program.
    assert shapes == [((1, 3, 8, 8),), ((2, 3, 6, 6),)]
    with torch.no_grad():
        model[0].weight.mul_(2.0)  # new weights: compiled again, and the result follows them
        x = torch.rand(1, 3, 8, 8)
        assert torch.allclose(fast(x), model(x), atol=1e-5)
    assert len(shapes) == 3


def test_torch_compile_refuses_a_graph_break_with_its_reason_and_place() -> None:
    class Breaks(nn.Module):
        def forward(self, x):
            y = x * 2
            print("not traceable")  # noqa: T201 - the graph break under test
            return y + 1

    torch._dynamo.reset()
    with pytest.raises(Exception) as caught:
        torch.compile(Breaks(), backend="iops_mlir")(torch.rand(2))
    message = str(caught.value)
    assert "compiles whole graphs only" in message and "test_api.py:" in message and "print" in message


def test_the_api_on_a_zoo_model_and_the_backend_on_a_transformers_model_match_torch() -> None:
    """The API on SqueezeNet (small) and torch.compile on a transformers GPT-2 as users write it
    (keyword token ids, a ModelOutput back)."""
    import transformers

    from iops_mlir import models
    from iops_mlir.models import hf

    module, inputs = models.build("squeezenet", small=True)
    assert torch.allclose(iops_mlir.compile(module, inputs, **FAST)(*inputs), module(*inputs), atol=1e-4)

    torch._dynamo.reset()
    torch.manual_seed(0)
    spec = hf.SPECS["gpt2"]
    gpt2 = getattr(transformers, spec.model)(getattr(transformers, spec.config)(**spec.small)).eval()
    ids = torch.randint(0, 1000, (1, 16))
    fast = torch.compile(gpt2, backend=dynamo.backend_with(**FAST))
    with torch.no_grad():
        out, expected = fast(input_ids=ids), gpt2(input_ids=ids)
    assert type(out) is type(expected)
    assert torch.allclose(out.last_hidden_state, expected.last_hidden_state, atol=1e-4)
