"""Weights in parameter archives, so that no phase file carries them as text.

- Right after import, `externalize` moves the weights torch-mlir inlined (dense resources,
  written as hex text) into `input.irpa`; `input.mlir` reads them as named parameters.
- The flow phase imports that archive (so IREE's constant evaluation sees the values, as
  with inlined weights) and exports the weights of the optimized program, packed and
  transposed as the code wants them, into `weights.irpa` (IREE's `--iree-parameter-import`
  and `--iree-parameter-export`). Every later file is kilobytes to megabytes.
- IREE cannot import an archive once the program is past the flow phase, so a
  self-contained output is made here (`embed`): each `stream.async.constant` that names a
  parameter gets the archive's bytes as a dense resource, in memory, just before the last
  lowering.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from iree.compiler import ir

from . import stream_ir
from .errors import UserError

SCOPE = "model"  # the parameter scope of both archives (`--parameters=model=FILE` at run time)
_RESOURCES = re.compile(r"^\{-#\n\s*dialect_resources:", re.M)
_BLOB = re.compile(r'^\s*([\w.\-]+): "0x([0-9A-Fa-f]*)"', re.M)
_RESOURCE_CONSTANT = re.compile(r"(%[\w.$\-]+) = arith\.constant dense_resource<([\w.\-]+)> : (tensor<[^>]*>)")
_NAMED = re.compile(r'^#stream\.parameter\.named<"(?P<scope>[^"]*)"::"(?P<key>[^"]*)"> : (?P<type>.*)$')
_DTYPES = {"f16": np.float16, "bf16": np.uint16, "f32": np.float32, "f64": np.float64, "i8": np.int8,
           "i16": np.int16, "i32": np.int32, "i64": np.int64, "ui8": np.uint8, "i1": np.uint8}


def externalize(text: str) -> tuple[str, dict[str, bytes]]:
    """torch-mlir's linalg text with every resource constant read from a named parameter instead.

    Returns the new text and the weights (key -> bytes) for `write_archive`. A resource blob
    is written as hex behind a 4-byte alignment word, which is dropped here.
    """
    found = _RESOURCES.search(text)
    if found is None:
        return text, {}
    body, resources = text[:found.start()], text[found.start():]
    weights = {key: bytes.fromhex(hex_text)[4:] for key, hex_text in _BLOB.findall(resources)}
    declarations: list[str] = []

    def load(match: re.Match) -> str:
        value, key, tensor = match.groups()
        if key not in weights:  # not a blob of this module: leave it to IREE to complain
            return match.group(0)
        name = f"__iops_weight_{len(declarations)}"
        declarations.append(f'  util.global private @{name} = #flow.parameter.named<"{SCOPE}"::"{key}"> : {tensor}')
        return f"{value} = util.global.load @{name} : {tensor}"

    body = _RESOURCE_CONSTANT.sub(load, body)
    if "dense_resource<" in body:  # a use this rewrite does not know: keep its blob inline
        body += resources
    lines = body.split("\n")
    module = next(i for i, line in enumerate(lines) if line.startswith("module"))
    lines[module + 1:module + 1] = declarations
    return "\n".join(lines), weights


def write_archive(weights: dict[str, bytes], path: Path) -> None:
    """An .irpa archive holding `weights` under their keys."""
    import iree.runtime as rt

    index = rt.ParameterIndex()
    for key, data in weights.items():
        index.add_buffer(key, data)
    index.create_archive_file(str(path))
    del index


def read_archive(path: Path) -> dict[str, bytes]:
    """Every entry of an .irpa archive: key -> its bytes (copied, so the archive is closed after)."""
    import iree.runtime as rt

    index = rt.ParameterIndex()
    index.load(str(path))
    entries = {key: _entry_bytes(entry) for key, entry in index.items()}
    del index
    return entries


def _entry_bytes(entry) -> bytes:
    """An archive entry's bytes; IREE stores a constant of one repeated value as a splat pattern."""
    if entry.is_splat:
        pattern = bytes(entry.splat_pattern)
        return pattern * (entry.length // len(pattern))
    return bytes(entry.file_view)


def named_parameters(module: ir.Module) -> list[tuple[ir.Operation, str, str]]:
    """(op, key, tensor type) of every `stream.async.constant` whose value is a named parameter."""
    found = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name == "stream.async.constant":
            match = _NAMED.match(str(op.attributes["value"]))
            if match:
                found.append((op, match["key"], match["type"]))
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    return found


def embed(async_text: str, archive: Path) -> str:
    """The stream.async program with every named parameter replaced by its bytes from `archive`."""
    ctx = stream_ir.new_context()
    module = stream_ir.parse_module(async_text, ctx)
    uses = named_parameters(module)
    if not uses:
        return async_text
    data = read_archive(archive)
    keep = []  # the arrays must outlive the attributes that point at them
    with ctx, ir.Location.unknown():
        for op, key, type_text in uses:
            tensor = ir.RankedTensorType(ir.Type.parse(type_text))
            dtype = _DTYPES.get(str(tensor.element_type))
            if key not in data or dtype is None:
                raise UserError(f"Cannot put the weight '{key}' ({type_text}) back into the program; "
                                "compile with --parameters-file to keep the weights beside the output.")
            array = np.frombuffer(data[key], dtype=dtype).reshape(tensor.shape).copy()
            keep.append(array)
            op.attributes["value"] = ir.DenseResourceElementsAttr.get_from_buffer(array, f"weight_{key}", tensor)
        return stream_ir.module_text(module)
