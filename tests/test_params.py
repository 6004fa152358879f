"""Weights out of the IR and back: the text rewrite, the archives, and embedding into async IR."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

from iops_mlir import params, stream_ir

IMPORTED = '''#map = affine_map<(d0) -> (d0)>
module {
  func.func @main(%arg0: tensor<3xf32>) -> tensor<3xf32> {
    %cst = arith.constant dense_resource<torch_tensor_3_torch.float32> : tensor<3xf32>
    %0 = tensor.empty() : tensor<3xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel"]} ins(%arg0, %cst : tensor<3xf32>, tensor<3xf32>) outs(%0 : tensor<3xf32>) {
    ^bb0(%in: f32, %in_0: f32, %out: f32):
      %2 = arith.addf %in, %in_0 : f32
      linalg.yield %2 : f32
    } -> tensor<3xf32>
    return %1 : tensor<3xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_3_torch.float32: "0x040000000000803F0000004000004040"
    }
  }
#-}
'''


def test_externalize_moves_every_blob_into_a_named_parameter() -> None:
    text, weights = params.externalize(IMPORTED)
    assert weights == {"torch_tensor_3_torch.float32": struct.pack("<3f", 1.0, 2.0, 3.0)}  # alignment word dropped
    assert "dialect_resources" not in text and "dense_resource" not in text
    assert '#flow.parameter.named<"model"::"torch_tensor_3_torch.float32"> : tensor<3xf32>' in text
    assert "%cst = util.global.load @__iops_weight_0 : tensor<3xf32>" in text
    stream_ir.parse_module(text, stream_ir.new_context())  # still valid IR for IREE


def test_text_without_weights_is_left_alone() -> None:
    text = IMPORTED.split("{-#")[0].replace("dense_resource<torch_tensor_3_torch.float32>", "dense<1.0>")
    assert params.externalize(text) == (text, {})


def test_archives_round_trip_buffers_and_splats(tmp_path: Path) -> None:
    """IREE writes a constant of one repeated value as a splat entry; it must read back whole."""
    import iree.runtime as rt

    index = rt.ParameterIndex()
    index.add_buffer("w", np.arange(6, dtype=np.float32).tobytes())
    index.add_splat("zeros", struct.pack("<f", 0.5), 16)
    index.create_archive_file(str(tmp_path / "a.irpa"))
    del index
    data = params.read_archive(tmp_path / "a.irpa")
    assert data["w"] == np.arange(6, dtype=np.float32).tobytes()
    assert data["zeros"] == struct.pack("<4f", 0.5, 0.5, 0.5, 0.5)
    params.write_archive({"x": b"\x01\x02\x03\x04"}, tmp_path / "b.irpa")
    assert params.read_archive(tmp_path / "b.irpa") == {"x": b"\x01\x02\x03\x04"}


def test_embed_puts_the_archive_bytes_back_into_the_async_program(tmp_path: Path) -> None:
    """The fixture's async IR names its weights; embedded, every one becomes a dense resource
    holding the archive's bytes."""
    source = (Path(__file__).parent / "ir" / "concat_branches" / "async.iree.mlir").read_text()
    module = stream_ir.parse_module(source, stream_ir.new_context())
    named = params.named_parameters(module)
    assert named
    weights = {}
    for _, key, type_text in named:
        count = int(np.prod([int(d) for d in type_text.split("<")[1].split("x")[:-1]]))
        weights[key] = np.full(count, len(weights) + 1, dtype=np.float32).tobytes()
    params.write_archive(weights, tmp_path / "weights.irpa")
    embedded = params.embed(source, tmp_path / "weights.irpa")
    again = stream_ir.parse_module(embedded, stream_ir.new_context())
    assert params.named_parameters(again) == []
    assert embedded.count("dense_resource<weight_") == len(named)
    first = next(iter(weights.values()))
    assert first[:8].hex().upper() in embedded  # the bytes themselves, as the resource's hex
