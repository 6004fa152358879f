"""`torch.compile(model, backend="iops_mlir")`: the compile behind TorchDynamo.

The backend is registered through the package's entry points (group `torch_dynamo_backends`), so
no import is needed. `backend_with(**options)` makes one with `iops_mlir.compile`'s options:
`torch.compile(model, backend=iops_mlir.dynamo.backend_with(verify="off"))`.

- Whole graphs only: a graph that ends in a graph break (code TorchDynamo cannot trace, such as
  a `print` or data-dependent Python control flow) stops the compile with the break's reason and
  where it is, instead of compiling the model in pieces.
- A program is compiled for the input shapes of the first call. When TorchDynamo hands over a
  graph whose shapes are symbolic (it does after a call with new shapes), each call runs the
  program compiled for its concrete shapes, compiling it on first use: a new shape recompiles.
- The model's parameters and buffers, which TorchDynamo passes as graph inputs, are compiled
  into the program as constants (as `iops-mlir compile` does); changing one in place recompiles.
"""

from __future__ import annotations

from collections.abc import Callable

import torch

from .errors import UserError


def backend_with(**options) -> Callable:
    """A TorchDynamo backend compiling with these `iops_mlir.compile` options."""
    from . import api

    unknown = sorted(set(options) - set(api.option_names()) - {"target"})
    if unknown:
        raise UserError(f"Unknown option(s) {', '.join(unknown)} for the iops_mlir backend; it takes "
                        f"target and {', '.join(api.option_names())}.")

    def compile_graph(graph: torch.fx.GraphModule, example_inputs: list) -> Callable:
        _refuse_graph_breaks(graph)
        return _ShapeSpecialized(graph, options)

    return compile_graph


def backend(graph: torch.fx.GraphModule, example_inputs: list) -> Callable:
    """The backend registered as "iops_mlir" (default options)."""
    return backend_with()(graph, example_inputs)


def _refuse_graph_breaks(graph: torch.fx.GraphModule) -> None:
    reason = getattr(graph, "compile_subgraph_reason", None)
    if reason is None or not getattr(reason, "graph_break", False):
        return
    stack = getattr(reason, "user_stack", None) or []
    where = f" at {stack[-1].filename}:{stack[-1].lineno}" if stack else ""
    raise UserError(f"torch.compile(backend='iops_mlir') compiles whole graphs only, and TorchDynamo broke "
                    f"this model's graph{where}: {str(reason.reason).strip()[:300]}. Remove the break "
                    "(torch._dynamo.explain(model)(*inputs) lists every one), or compile the model with "
                    "iops_mlir.compile or `iops-mlir compile --module`.")


def _is_state(value) -> bool:
    """A parameter or buffer of the model: TorchDynamo passes them as graph inputs, marked static."""
    return isinstance(value, torch.Tensor) and hasattr(value, "_dynamo_static_input_type")


def _signature(value) -> tuple:
    if _is_state(value):  # the values are compiled in: a change in place (a new version) recompiles
        return ("state", id(value), value._version)
    if isinstance(value, torch.Tensor):
        return ("input", tuple(value.shape), value.dtype)
    return ("size", value)


class _ShapeSpecialized:
    """The graph compiled once per concrete call signature, on first call with it: the shapes of
    the inputs, the values of symbolic sizes, and the model's weights as constants."""

    def __init__(self, graph: torch.fx.GraphModule, options: dict):
        self.graph = graph
        self.options = options
        self.programs: dict[tuple, Callable] = {}

    def __call__(self, *args):
        key = tuple(_signature(a) for a in args)
        program = self.programs.get(key)
        if program is None:
            program = self.programs[key] = self._compile(args)
        return program(*[a for a in args if isinstance(a, torch.Tensor) and not _is_state(a)])

    def _compile(self, args: tuple) -> Callable:
        from . import api

        module = DynamoGraph(self.graph, args)
        inputs = tuple(a.detach() for a in args if isinstance(a, torch.Tensor) and not _is_state(a))
        return api.compile(module, inputs, **self.options)


class DynamoGraph(torch.nn.Module):
    """A TorchDynamo graph with one call's sizes and the model's weights bound: it takes only the
    real inputs, and torch.export sees the weights as the module's own."""

    def __init__(self, graph: torch.fx.GraphModule, args: tuple):
        super().__init__()
        self.graph = graph
        self.sizes = {i: a for i, a in enumerate(args) if not isinstance(a, torch.Tensor)}
        self.state = [i for i, a in enumerate(args) if _is_state(a)]
        for i in self.state:
            self.register_buffer(f"state_{i}", args[i].detach(), persistent=True)
        self.count = len(args)

    def forward(self, *tensors: torch.Tensor):
        given = iter(tensors)
        args = [self.sizes[i] if i in self.sizes else getattr(self, f"state_{i}") if i in self.state else next(given)
                for i in range(self.count)]
        return self.graph(*args)
