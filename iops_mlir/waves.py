"""Reads the concurrent waves back from the final `stream.cmd` IR (stream.mlir).

This is how a user (and the test suite) checks that the compiled program runs
the schedule: each `stream.cmd.concurrent` region in the entry function is one
wave, listed with the `executable::entry` of each dispatch in it.
"""

from __future__ import annotations

from iree.compiler import ir

from . import stream_ir


def cmd_waves(stream_mlir: str, function: str = "main") -> list[list[str]]:
    """Dispatch symbols of every `stream.cmd.concurrent` region (with a dispatch) of `function`."""
    ctx = stream_ir.new_context()
    module = stream_ir.parse_module(stream_mlir, ctx)
    func = stream_ir.entry_function(module, function)
    waves: list[list[str]] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name == "stream.cmd.concurrent":
            wave: list[str] = []

            def inner(o: ir.Operation) -> ir.WalkResult:
                if o.name == "stream.cmd.dispatch":
                    wave.append(stream_ir.dispatch_symbol(o))
                return ir.WalkResult.ADVANCE

            op.walk(inner)
            if wave:
                waves.append(wave)
            return ir.WalkResult.SKIP
        return ir.WalkResult.ADVANCE

    func.walk(visit)
    return waves


def cmd_dispatches(stream_mlir: str, function: str = "main") -> list[str]:
    """Every dispatch symbol of `function` in the stream.cmd IR, in program order."""
    ctx = stream_ir.new_context()
    module = stream_ir.parse_module(stream_mlir, ctx)
    found: list[str] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name == "stream.cmd.dispatch":
            found.append(stream_ir.dispatch_symbol(op))
        return ir.WalkResult.ADVANCE

    stream_ir.entry_function(module, function).walk(visit)
    return found
