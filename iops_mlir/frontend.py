"""Gets a model and imports it to linalg MLIR with torch-mlir."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
import sys
import tempfile
from pathlib import Path

import torch

from . import models, torch_export
from .errors import UserError


def load_user_module(spec: str) -> tuple[torch.nn.Module, tuple[torch.Tensor, ...]]:
    """Call NAME in `path/to/file.py:NAME`; it returns (module, example inputs), the inputs in any
    form `torch_export.example_inputs` takes. The result takes and returns flat tensors."""
    path_text, sep, name = spec.rpartition(":")
    if not sep or not path_text or not name:
        raise UserError(f"--module expects path/to/file.py:NAME, got '{spec}'.")
    path = Path(path_text)
    if path.is_dir():
        raise UserError(f"--module: '{path}' is a directory; give the Python file that defines {name}(), "
                        "as path/to/file.py:NAME.")
    if not path.is_file():
        raise UserError(f"--module: no such file '{path}'.")
    try:
        source = path.read_text()
    except OSError as e:
        raise UserError(f"--module: cannot read '{path}': {e.strerror}.") from None
    except UnicodeDecodeError:
        raise UserError(f"--module: '{path}' is not a Python source file (not UTF-8 text).") from None
    try:
        code = compile(source, str(path), "exec")
    except SyntaxError as e:
        raise UserError(f"--module: '{path}' has a syntax error at line {e.lineno}: {e.msg}.") from None
    spec_obj = importlib.util.spec_from_file_location(f"_iops_user_{path.stem}", path)
    module = importlib.util.module_from_spec(spec_obj)
    try:
        exec(code, module.__dict__)
    except Exception as e:  # user code: report, never a traceback
        raise UserError(f"--module: running '{path}' raised {type(e).__name__}: {e}.") from None
    factory = getattr(module, name, None)
    if factory is None or not callable(factory):
        raise UserError(f"--module: '{path}' has no function named '{name}'.")
    try:
        result = factory()
    except Exception as e:
        raise UserError(f"--module: {name}() raised {type(e).__name__}: {e}.") from None
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[0], torch.nn.Module):
        raise UserError(
            f"--module: {name}() must return (torch.nn.Module, example inputs), got {_kinds(result)}; "
            "the example inputs are a tensor, a tuple of tensors, a dict of keyword tensors or (args, kwargs)."
        )
    example = torch_export.example_inputs(result[1], where=f"--module: {name}()")
    return torch_export.flatten(result[0].eval(), example)


def _kinds(value: object) -> str:
    """What a user's function returned, as its types: `(str, tuple)` for a pair, so the message
    shows which member is wrong."""
    if isinstance(value, tuple):
        return "(" + ", ".join(type(v).__name__ for v in value) + ")"
    return type(value).__name__


def refuse_zoo_flags(given: dict[str, bool]) -> None:
    """The zoo's size flags (those `given` True) refused for a user's model, whose example inputs
    set the shapes its program is compiled for."""
    flags = [flag for flag, on in given.items() if on]
    if flags:
        raise UserError(f"{', '.join(flags)} appl{'ies' if len(flags) == 1 else 'y'} to the zoo models (--model), "
                        "not to --module: your function's example inputs set the shapes its program is compiled for.")


def load(*, model: str | None, module_spec: str | None, batch: int = 1, small: bool = False,
         seq_len: int | None = None) -> tuple[str, torch.nn.Module, tuple[torch.Tensor, ...]]:
    """(name, module, example inputs) from the zoo or from a user's file."""
    if (model is None) == (module_spec is None):
        raise UserError("Give exactly one of --model NAME or --module path/to/file.py:NAME.")
    if model is not None:
        module, inputs = models.build(model, batch=batch, small=small, seq_len=seq_len)
        return models.label(model, small=small, seq_len=seq_len), module, inputs
    refuse_zoo_flags({"--small": small, "--batch": batch != 1, "--seq-len": seq_len is not None})
    module, inputs = load_user_module(module_spec)
    return module_spec.rpartition(":")[2], module, inputs


@contextlib.contextmanager
def _captured_native_stderr():
    """Capture what C++ (MLIR diagnostics) writes to fd 2, so errors reach the user once, in
    our message, instead of as raw `loc(...): error:` lines before it. Yields a list that
    receives the captured text on exit."""
    sink: list[str] = []
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+b") as tmp:
        os.dup2(tmp.fileno(), 2)
        try:
            yield sink
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            tmp.seek(0)
            sink.append(tmp.read().decode(errors="replace"))


def import_to_linalg(module: torch.nn.Module, inputs: tuple[torch.Tensor, ...]) -> str:
    """torch.export + torch-mlir, as `linalg-on-tensors` text with entry function `main`."""
    from torch_mlir import fx

    captured = io.StringIO()
    stage = "torch.export"
    try:
        with _captured_native_stderr() as native, contextlib.redirect_stderr(captured), torch.no_grad():
            program = torch_export.exported(module, inputs)
            stage = "torch-mlir"
            imported = fx.export_and_import(program, output_type="linalg-on-tensors", func_name="main",
                                            decomposition_table={})
    except Exception as e:  # torch.export and torch-mlir raise many types
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        diagnostics = [ln.strip() for ln in "".join(native).splitlines() if "error:" in ln]
        detail = f" First diagnostic: {diagnostics[0][:300]}." if diagnostics else ""
        node = _failing_node(e.__traceback__)
        where = f" while importing {_describe(node)}" if node is not None else ""
        raise UserError(
            f"{stage} could not import the model{where} ({type(e).__name__}: {first[:400]}).{detail} "
            "iops-mlir needs a model that torch.export can trace with static shapes and that "
            "torch-mlir lowers to linalg."
        ) from None
    return str(imported)


def _failing_node(traceback) -> torch.fx.Node | None:
    """The graph node the importer was working on when it raised (its innermost `node` local)."""
    node = None
    while traceback is not None:
        candidate = traceback.tb_frame.f_locals.get("node")
        if isinstance(candidate, torch.fx.Node):
            node = candidate
        traceback = traceback.tb_next
    return node


def _describe(node: torch.fx.Node) -> str:
    """'the operator aten.index.Tensor, from window_attention (models/swin/modeling_swin.py:452)'."""
    what = f"the operator {node.target}" if node.op == "call_function" else f"the {node.op} '{node.name}'"
    frames = re.findall(r'File "([^"]+)", line (\d+), in (\S+)', node.meta.get("stack_trace") or "")
    if not frames:
        return what
    path, line, function = frames[-1]
    short = path.split("site-packages/", 1)[-1]
    return f"{what}, from {function} ({short}:{line})"
