"""From a torch module as users write it to one torch-mlir can import.

Models from libraries such as Hugging Face `transformers` take several inputs (token ids, masks),
sometimes by keyword, and return tuples, dicts or `ModelOutput` objects. `flatten` wraps such a
model into one that takes a flat tuple of tensors and returns a flat tuple of tensors, both in
`torch.utils._pytree` order (positional inputs first, then keyword inputs in the order given;
outputs as `tree_leaves` lists them: tuple order, dict and ModelOutput field order, None fields
left out). The compiled program has exactly these inputs and outputs.

`exported` runs torch.export and the importer's decompositions, and fixes two things the pinned
torch-mlir importer does not handle:
- Non-persistent buffers (BERT's position ids, Swin's relative-position index, the `inv_freq` of
  rotary embeddings) are kept by torch.export in `ExportedProgram.constants`, while the importer
  looks up every buffer in `state_dict`. They are added to the state it reads.
- The importer freezes state by substituting the tensor itself for each lifted input, and it
  cannot put a bare tensor into a list argument (`x[:, index]` becomes `aten.index.Tensor(x,
  [None, index])`). Such uses read the tensor through a `get_attr` node instead, which the
  importer turns into a literal.
- Global average pooling written as `avg_pool2d` with a kernel larger than the image and
  `ceil_mode` (EfficientNet's `AvgPool2d(hidden_dim, ceil_mode=True)`) is lowered by torch-mlir to
  a pooling over a padded tensor whose shapes IREE rejects (and, at full size, a 1287x1287
  padding of each channel). Where the window covers the whole image and there is no padding,
  every output is the mean of its channel, so it becomes `aten.mean` over the two image axes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import torch
from torch.utils import _pytree as pytree

from .errors import UserError


@dataclass
class ExampleInputs:
    """Example inputs as a model takes them: positional and keyword."""

    args: tuple = ()
    kwargs: dict = field(default_factory=dict)

    def leaves(self) -> tuple[torch.Tensor, ...]:
        """Every input tensor, in the order of the compiled program's arguments."""
        return tuple(pytree.tree_leaves((self.args, self.kwargs)))


class FlatModule(torch.nn.Module):
    """`model` called with flat tensors, returning flat tensors (see the module docstring)."""

    def __init__(self, model: torch.nn.Module, example: ExampleInputs):
        super().__init__()
        self.model = model
        self.in_spec = pytree.tree_flatten((example.args, example.kwargs))[1]
        self.out_spec: pytree.TreeSpec | None = None  # known after the first call

    def forward(self, *flat: torch.Tensor) -> tuple[torch.Tensor, ...]:
        args, kwargs = pytree.tree_unflatten(list(flat), self.in_spec)
        leaves, self.out_spec = pytree.tree_flatten(self.model(*args, **kwargs))
        return tuple(leaves)


def example_inputs(value, *, where: str) -> ExampleInputs:
    """Example inputs from what a model factory returned: a tensor, a tuple or list of tensors,
    a dict of keyword tensors, or (args, kwargs)."""
    if isinstance(value, torch.Tensor):
        example = ExampleInputs((value,))
    elif isinstance(value, Mapping):
        example = ExampleInputs((), dict(value))
    elif (isinstance(value, Sequence) and len(value) == 2 and isinstance(value[0], (tuple, list))
          and isinstance(value[1], Mapping)):
        example = ExampleInputs(tuple(value[0]), dict(value[1]))
    elif isinstance(value, Sequence) and not isinstance(value, str):
        example = ExampleInputs(tuple(value))
    else:
        raise UserError(f"{where}: example inputs must be a tensor, a tuple of tensors, a dict of "
                        f"keyword tensors or (args, kwargs), not {type(value).__name__}.")
    leaves = pytree.tree_leaves((example.args, example.kwargs))
    if not leaves:
        raise UserError(f"{where}: the example inputs hold no tensor; the model needs at least one input.")
    odd = next((leaf for leaf in leaves if not isinstance(leaf, torch.Tensor)), None)
    if odd is not None:
        raise UserError(f"{where}: every example input must be a torch.Tensor; one is a {type(odd).__name__} "
                        f"({str(odd)[:60]}). Fix such values inside the model instead of passing them.")
    return example


def flatten(model: torch.nn.Module, example: ExampleInputs) -> tuple[torch.nn.Module, tuple[torch.Tensor, ...]]:
    """The model as one taking and returning flat tensors, and its flat example inputs. A model
    already of that form (tensors in, a tensor or tuple of tensors out) is returned as it is."""
    if not example.kwargs and _returns_flat(model, example):
        return model, example.args
    return FlatModule(model, example), example.leaves()


def _returns_flat(model: torch.nn.Module, example: ExampleInputs) -> bool:
    try:
        with torch.no_grad():
            out = model(*example.args)
    except Exception as e:  # user code: reported, never a traceback
        first = (str(e).strip().splitlines() or [""])[0][:300]
        raise UserError(f"Calling the model on its example inputs raised {type(e).__name__}: {first}. "
                        "The example inputs must be ones the model runs on in torch.") from None
    return isinstance(out, torch.Tensor) or (type(out) is tuple and all(isinstance(t, torch.Tensor) for t in out))


def exported(module: torch.nn.Module, inputs: tuple[torch.Tensor, ...]) -> torch.export.ExportedProgram:
    """torch.export, decompositions for torch-mlir, and the two fixes of the module docstring."""
    from torch_mlir.extras.fx_decomp_util import get_decomposition_table

    program = torch.export.export(module, inputs, strict=False)
    program = program.run_decompositions(get_decomposition_table())
    signature = program.graph_signature
    for name in signature.non_persistent_buffers:
        if name not in program.state_dict and name in program.constants:
            program.state_dict[name] = program.constants[name]
    _read_listed_state_through_attributes(program)
    _global_pools_as_means(program.graph_module)
    return program


def _lifted_values(program: torch.export.ExportedProgram) -> dict[str, torch.Tensor]:
    """Placeholder name -> the tensor the frozen import puts in its place."""
    signature = program.graph_signature
    values = {}
    for placeholder, name in {**signature.inputs_to_parameters, **signature.inputs_to_buffers}.items():
        values[placeholder] = program.state_dict[name]
    for placeholder, name in signature.inputs_to_lifted_tensor_constants.items():
        values[placeholder] = program.constants[name]
    return values


def _read_listed_state_through_attributes(program: torch.export.ExportedProgram) -> None:
    graph_module = program.graph_module
    graph = graph_module.graph
    lifted = _lifted_values(program)
    placeholders = {n.name: n for n in graph.nodes if n.op == "placeholder" and n.name in lifted}
    first_op = next(n for n in graph.nodes if n.op != "placeholder")
    attributes: dict[str, torch.fx.Node] = {}

    def attribute(node: torch.fx.Node) -> torch.fx.Node:
        if node.name not in attributes:
            name = f"_iops_state_{len(attributes)}"
            graph_module.register_buffer(name, lifted[node.name])
            with graph.inserting_before(first_op):
                attributes[node.name] = graph.get_attr(name)
        return attributes[node.name]

    def in_lists(value):
        if isinstance(value, (list, tuple)):
            return type(value)(attribute(v) if isinstance(v, torch.fx.Node) and v.name in placeholders
                               else in_lists(v) for v in value)
        return value

    for node in list(graph.nodes):
        if node.op == "call_function":
            node.args = tuple(in_lists(a) if isinstance(a, (list, tuple)) else a for a in node.args)
            node.kwargs = {k: in_lists(v) if isinstance(v, (list, tuple)) else v for k, v in node.kwargs.items()}
    if attributes:
        graph.lint()


def _global_pools_as_means(graph_module: torch.fx.GraphModule) -> None:
    graph = graph_module.graph
    changed = False
    for node in list(graph.nodes):
        if node.op == "call_function" and node.target == torch.ops.aten.avg_pool2d.default and _is_global(node):
            with graph.inserting_before(node):
                mean = graph.call_function(torch.ops.aten.mean.dim, (node.args[0], [-2, -1], True))
            mean.meta = dict(node.meta)
            node.replace_all_uses_with(mean)
            graph.erase_node(node)
            changed = True
    if changed:
        graph.lint()
        graph_module.recompile()


def _is_global(node: torch.fx.Node) -> bool:
    """avg_pool2d(x, kernel, stride, padding, ceil_mode, count_include_pad, divisor_override) whose
    single window per channel covers the whole image, unpadded: each output is the channel's mean."""
    names = ("input", "kernel_size", "stride", "padding", "ceil_mode", "count_include_pad", "divisor_override")
    given = {**dict(zip(names, node.args)), **node.kwargs}
    value = getattr(given["input"], "meta", {}).get("val")
    if value is None or value.dim() != 4:
        return False
    height, width = value.shape[-2:]
    kernel = list(given["kernel_size"]) * (2 if len(given["kernel_size"]) == 1 else 1)
    padding = list(given.get("padding") or [0])
    out = node.meta.get("val")
    return (all(p == 0 for p in padding) and given.get("divisor_override") is None
            and kernel[0] >= height and kernel[1] >= width
            and out is not None and tuple(out.shape[-2:]) == (1, 1))
