"""The Python API: compile a torch module and call the result like the module.

    import iops_mlir
    compiled = iops_mlir.compile(model, example_inputs, target="llvm-cpu", verify="off")
    outputs = compiled(*inputs)            # torch tensors in (or numpy arrays), torch tensors out
    compiled.save("model.vmfb")            # runs with the stock iree-run-module
    compiled.report["shipped"]             # schedule.json, as a dict
    compiled.runtime_flags                 # what it runs with: the workers the compile advised
    compiled.explain("timeline.png")       # the schedule as a Gantt chart (.png), or .dot / .svg
    again = iops_mlir.load("model.vmfb", flags=compiled.runtime_flags)  # flat tensors in, a tuple out

Options are `iops-mlir compile`'s flags, one to one, as keyword arguments with underscores
(`cost_model="analytic"`, `verify="off"`, `dump_dir="build/dump"`, `quiet=True` to hide the
progress lines); see `CompileOptions`.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from torch.utils import _pytree as pytree

from . import runner, torch_export
from .errors import UserError
from .files import check_output_path, write_atomic
from .options import CompileOptions

_NOT_OPTIONS = {"target", "output", "stop_after"}  # set by compile() itself


def option_names() -> list[str]:
    """The keyword options `compile` takes besides `target`."""
    return [f.name for f in dataclasses.fields(CompileOptions) if f.name not in _NOT_OPTIONS]


class CompiledModel:
    """A compiled program on IREE's runtime, called with the structure of its example inputs
    and returning the structure the torch module returns (tuple, dict or ModelOutput). It runs
    with the runtime flags its compile advised (`runtime_flags`): on the CPU, the fewer workers
    that ran the output surely faster, where the closed loop found them."""

    def __init__(self, vmfb: Path, device: str, in_spec: pytree.TreeSpec, out_spec: pytree.TreeSpec | None,
                 inputs: tuple[torch.Tensor, ...], dump: Path, keep: tempfile.TemporaryDirectory | None = None,
                 flags: tuple[str, ...] | None = None):
        self._vmfb = vmfb
        self._in_spec = in_spec
        self._out_spec = out_spec
        self._signature = [(tuple(t.shape), t.dtype) for t in inputs]
        # Example inputs passed as positional tensors: a call of as many positional tensors has
        # their structure, checked without flattening it (a fifth of a small model's call).
        positional = in_spec == pytree.tree_flatten((tuple(inputs), {}))[1]
        self._positional = len(inputs) if positional else None
        self._dump = dump
        self._keep = keep  # the temporary folder holding the program, removed with this object
        self.runtime_flags = flags  # None: the target's
        self._function = runner.load_function(vmfb, device, flags=flags)

    @property
    def report(self) -> dict:
        """The schedule report (schedule.json): stages, predictions, what was measured and shipped."""
        import json

        return json.loads((self._dump / "schedule.json").read_text())

    def __call__(self, *args, **kwargs):
        if not kwargs and len(args) == self._positional and all(type(a) is torch.Tensor for a in args):
            leaves = args
        else:
            leaves, spec = pytree.tree_flatten((args, kwargs))
            if spec != self._in_spec:
                raise UserError("The compiled model is called with inputs of another structure than its example "
                                f"inputs (expected {self._in_spec}, got {spec}); pass them the same way.")
        arrays = [_as_array(leaf) for leaf in leaves]
        got = [(tuple(leaf.shape), leaf.dtype) if isinstance(leaf, torch.Tensor) else _torch_signature(array)
               for leaf, array in zip(leaves, arrays)]
        if got != self._signature:
            raise UserError(f"The model was compiled for inputs {_describe(self._signature)} and is called with "
                            f"{_describe(got)}; compile it again for these shapes (torch.compile does so itself).")
        outputs = [torch.from_numpy(np.array(o)) for o in runner.run(self._function, arrays)]
        return pytree.tree_unflatten(outputs, self._out_spec) if self._out_spec is not None else tuple(outputs)

    def save(self, path: str | Path) -> Path:
        """Write the program (.vmfb, weights inside) for iree-run-module or `iops_mlir.load`."""
        path = Path(path)
        check_output_path(path)
        write_atomic(path, lambda tmp: shutil.copyfile(self._vmfb, tmp))
        return path

    def explain(self, path: str | Path) -> Path:
        """The schedule drawn to `path`: a Gantt chart (.png), a dataflow graph (.dot, or .svg
        through Graphviz)."""
        from . import explain

        path = Path(path)
        check_output_path(path, example="schedule.png")
        explained = explain.load(self._dump)
        if path.suffix == ".png":
            write_atomic(path, lambda tmp: explain.gantt(explained, tmp))
        elif path.suffix == ".dot":
            write_atomic(path, lambda tmp: tmp.write_text(explain.dot(explained)))
        elif path.suffix == ".svg":
            write_atomic(path, lambda tmp: explain.svg(explained, tmp))
        else:
            raise UserError(f"explain writes .png, .dot or .svg, not '{path.suffix or path.name}'.")
        return path


class LoadedModel:
    """A saved program: called with flat tensors or arrays, returns a tuple of torch tensors."""

    def __init__(self, path: Path, device: str, flags: tuple[str, ...] | None = None):
        self.path = path
        self._function = runner.load_function(path, device, flags=flags)

    def __call__(self, *inputs) -> tuple[torch.Tensor, ...]:
        outputs = runner.run(self._function, [_as_array(x) for x in inputs])
        return tuple(torch.from_numpy(np.array(o)) for o in outputs)


def compile(module: torch.nn.Module, example_inputs, *, target: str = "llvm-cpu", **options) -> CompiledModel:
    """Compile `module` for `target` as `iops-mlir compile` does; `example_inputs` is a tensor, a
    tuple of tensors, a dict of keyword tensors or (args, kwargs). Options: `option_names()`."""
    from . import driver
    from .workers import advised_flags

    if not isinstance(module, torch.nn.Module):
        raise UserError(f"iops_mlir.compile takes a torch.nn.Module, not {type(module).__name__}.")
    unknown = sorted(set(options) - set(option_names()))
    if unknown:
        raise UserError(f"Unknown option(s) {', '.join(unknown)}. iops_mlir.compile takes "
                        f"{', '.join(option_names())} (the CLI's flags, with underscores).")
    example = torch_export.example_inputs(example_inputs, where="iops_mlir.compile")
    flat_module = torch_export.FlatModule(module.eval(), example)
    inputs = example.leaves()
    with torch.no_grad():
        flat_module(*inputs)  # records the output structure; a model that fails in torch stops here
    keep = tempfile.TemporaryDirectory(prefix="iops-api-")
    folder = Path(keep.name)
    dump = Path(options.pop("dump_dir", None) or folder / "dump")
    compile_options = CompileOptions(target=target, output=folder / "model.vmfb", dump_dir=dump,
                                     quiet=options.pop("quiet", False), **options)
    result = driver.compile_module(flat_module, inputs, model=type(module).__name__, options=compile_options)
    return CompiledModel(folder / "model.vmfb", result.target.runtime_device, flat_module.in_spec,
                         flat_module.out_spec, inputs, dump, keep, flags=advised_flags(result.report.runtime))


def load(path: str | Path, *, device: str = "local-task", flags: Sequence[str] | None = None) -> LoadedModel:
    """A program saved by `CompiledModel.save` or written by `iops-mlir compile`, run with the
    runtime `flags`: by default the target's; a compiled model's `runtime_flags`, or the flags in
    the command `iops-mlir compile` printed, run it as its compile advised."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"No such compiled program '{path}'.")
    return LoadedModel(path, device, None if flags is None else tuple(flags))


def _as_array(value) -> np.ndarray:
    if isinstance(value, torch.Tensor):
        return value.detach().cpu().contiguous().numpy()
    if isinstance(value, np.ndarray):
        return np.ascontiguousarray(value)
    raise UserError(f"Inputs are torch tensors or numpy arrays, not {type(value).__name__}.")


def _torch_signature(array: np.ndarray) -> tuple[tuple[int, ...], torch.dtype]:
    """The shape and torch dtype of an input given as an array."""
    return tuple(array.shape), torch.from_numpy(np.empty(0, dtype=array.dtype)).dtype


def _describe(signature: list[tuple[tuple[int, ...], torch.dtype]]) -> str:
    return ", ".join(f"{'x'.join(map(str, shape)) or 'scalar'} {str(dtype).removeprefix('torch.')}"
                     for shape, dtype in signature)
