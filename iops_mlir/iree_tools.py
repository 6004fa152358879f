"""IREE's command-line tools: where they are, the command line of each step, and running them.

Every command line iops-mlir gives an IREE tool is built here, so the driver, the
profiler, the bench and the fuzzer agree on them. Runs are recorded in a
`CommandLog`, which becomes `commands.sh` in the dump directory so that a user
can replay any phase by hand.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .errors import ToolError, UserError
from .targets import Target, stream_pipelines


def tool_path(name: str) -> str:
    """Absolute path of an IREE tool: next to this Python first, then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise UserError(
            f"The IREE tool '{name}' was not found next to {sys.executable} or on PATH. "
            "Install iree-base-compiler==3.13.0 and iree-base-runtime==3.13.0 into this environment."
        )
    return found


# -- command lines -------------------------------------------------------------------------
def import_parameters(archive: str | None) -> list[str]:
    """Flags that read the input's weights from `archive` (scope `model`) while compiling, so that
    IREE evaluates what depends only on them exactly as if they were inline."""
    if archive is None:
        return []
    return [f"--iree-parameter-import=model={archive}", f"--iree-parameter-import-maximum-size={2**62}"]


def to_flow(source: str, target: Target, output: str, *, weights_in: str | None = None,
            bytecode: bool = False) -> list[str]:
    """Linalg input to flow IR, the weights read from the archive `weights_in`."""
    argv = [tool_path("iree-compile"), source, *target.compile_flags, *import_parameters(weights_in),
            "--compile-to=flow"]
    return [*argv, *(["--emit-mlir-bytecode"] if bytecode else []), "-o", output]


def export_weights(source: str, archive: str, output: str) -> list[str]:
    """Every constant global of flow IR into `archive` (scope `model`), leaving named parameters.

    Run on the flow IR, not as iree-compile's `--iree-parameter-export`: that exports during
    global optimization, before the flow phase outlines constants such as an embedding table
    into globals of their own, which then stay inline (95 MB of BERT-base's).
    """
    pipeline = f"builtin.module(iree-io-export-parameters{{path=model={archive} minimum-size=0}})"
    return [tool_path("iree-opt"), source, f"--pass-pipeline={pipeline}", "-o", output]


def to_async(flow: str, output: str, *, flat: bool = False, favor: str | None = None) -> list[str]:
    """Flow IR to stream.async IR: IREE's waves (its default partitioning, or `favor`, e.g.
    `max-concurrency`), or `flat` (one dispatch after another)."""
    pipes = stream_pipelines()
    argv = [tool_path("iree-opt"), flow, f"--pass-pipeline={pipes['to_async']}", *pipes["async_print_flags"]]
    if flat:
        argv.append(pipes["flat_waves_flag"])
    elif favor is not None:
        argv.append(f"--iree-stream-partitioning-favor={favor}")
    return [*argv, "-o", output]


def to_cmd(async_file: str, output: str) -> list[str]:
    """stream.async IR to stream.cmd IR (transient memory is allocated here)."""
    return [tool_path("iree-opt"), async_file, f"--pass-pipeline={stream_pipelines()['to_cmd']}",
            "-o", output]


def from_stream(stream: str, target: Target, output: str) -> list[str]:
    """stream.cmd IR to a .vmfb (code generation)."""
    return [tool_path("iree-compile"), stream, *target.compile_flags, "--compile-from=stream", "-o", output]


def stock(source: str, target: Target, output: str, *, favor: str | None = None, weights: str | None = None,
          compile_to: str | None = None, compile_from: str | None = None, phases_to: str | None = None) -> list[str]:
    """Plain iree-compile, optionally with one of IREE's own partitioning preferences (and the
    input's weights archive, put back into the module). `phases_to`: a folder for the IR after
    each phase, constants elided (the output's bytes are the same with or without it)."""
    argv = [tool_path("iree-compile"), source, *target.compile_flags, *import_parameters(weights)]
    if favor is not None:
        argv.append(f"--iree-stream-partitioning-favor={favor}")
    if phases_to is not None:
        argv += [f"--dump-compilation-phases-to={phases_to}", "--mlir-elide-elementsattrs-if-larger=16",
                 "--mlir-elide-resource-strings-if-larger=16"]
    if compile_from is not None:
        argv.append(f"--compile-from={compile_from}")
    if compile_to is not None:
        argv.append(f"--compile-to={compile_to}")
    return [*argv, "-o", output]


def benchmark_module(vmfb: str, target: Target, *extra: str) -> list[str]:
    """iree-benchmark-module over every function of a module, on the target's runtime device."""
    return [tool_path("iree-benchmark-module"), f"--device={target.runtime_device}", *target.runtime_flags,
            f"--module={vmfb}", *extra, "--benchmark_format=json"]


def input_flags(arrays, folder: Path) -> tuple[list[str], str]:
    """`--input=@file` flags for numpy arrays saved as `folder/inputN.npy`, and a digest of their
    bytes (for cache keys)."""
    folder.mkdir(parents=True, exist_ok=True)
    flags = []
    for i, array in enumerate(arrays):
        np.save(folder / f"input{i}.npy", array)
        flags.append(f"--input=@{folder / f'input{i}.npy'}")
    return flags, hashlib.sha256(b"".join(a.tobytes() for a in arrays)).hexdigest()


# IREE's element type names for the dtypes a model's example inputs come in.
_ELEMENT_TYPES = {"float32": "f32", "float16": "f16", "bfloat16": "bf16", "float64": "f64", "int64": "i64",
                  "int32": "i32", "int16": "i16", "int8": "i8", "uint8": "ui8", "bool": "i1"}
MAX_SPELLED_BOOLS = 1024  # the longest boolean input a printed command spells out


def splat_input_flags(tensors) -> list[str] | None:
    """`--input=SHAPExTYPE=VALUE` flags for tensors of the example inputs' shapes and types, each
    filled with one value (0.5 for floating point, 0 for integers, a valid token id), so that a
    printed run command works as it is; None where an input's type has no IREE name, or is a
    boolean tensor too large to spell out."""
    flags = []
    for tensor in tensors:
        element = _ELEMENT_TYPES.get(str(tensor.dtype).removeprefix("torch."))
        if element is None or (element == "i1" and tensor.numel() > MAX_SPELLED_BOOLS):
            return None
        if element == "i1":
            value = "0" * tensor.numel()  # IREE reads booleans as one digit per element, not as a splat
        else:
            value = "0.5" if element.startswith(("f", "bf")) else "0"
        flags.append(f"--input={'x'.join([*map(str, tensor.shape), element])}={value}")
    return flags


def repetition_times_us(stdout: str, field: str = "real_time") -> dict[str, list[float]]:
    """The time per call (us) of every repetition in `iree-benchmark-module`'s JSON output, by
    function name (aggregates such as the mean left out): `real_time` (wall clock) or `cpu_time`
    (the whole process's CPU time, every thread's: over the real time, how many cores were busy)."""
    scale = {"ns": 1e-3, "us": 1.0, "ms": 1e3, "s": 1e6}
    runs: dict[str, list[float]] = {}
    for bm in json.loads(stdout)["benchmarks"]:
        if bm.get("run_type") == "iteration":
            func = bm["run_name"].removeprefix("BM_").split("/")[0]
            runs.setdefault(func, []).append(bm[field] * scale[bm["time_unit"]])
    return runs


def profile_dispatches(ireeprof: str) -> list[str]:
    """iree-profile printing every executed dispatch of a HAL profile as JSON lines."""
    return [tool_path("iree-profile"), "dispatch", "--format=jsonl", "--dispatch_events", ireeprof]


# -- running ------------------------------------------------------------------------------
def run_tool(argv: list[str], *, what: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run a tool; raise ToolError naming `what` failed, with a reproducer."""
    proc = subprocess.run(argv, capture_output=True, text=True, cwd=cwd)
    if proc.returncode != 0:
        raise ToolError(f"{what} failed (exit {proc.returncode}).", command=argv, stderr=proc.stderr)
    return proc


@dataclass
class _Script:
    """The commands of one compilation and the folder the script is in after the last of them."""

    commands: list[list[str]] = field(default_factory=list)
    here: Path | None = None


@dataclass
class CommandLog:
    """Every external command run for one compilation, in order, each inside `cwd`.

    Tools run in the work directory with relative file names because IREE
    records input paths in source locations: absolute paths would make the
    .vmfb bytes depend on where the work directory is. Logs made with `beside`
    share one script, which changes folder (`cd`) where the next command runs
    somewhere else.
    """

    cwd: Path
    script: _Script = field(default_factory=_Script)

    @property
    def commands(self) -> list[list[str]]:
        return self.script.commands

    def run(self, argv: list[str], *, what: str, shown_as: list[str] | None = None
            ) -> subprocess.CompletedProcess[str]:
        """Run a tool (see `run_tool`) and record it, as `shown_as` if given (e.g. naming the
        real output where the tool writes a temporary)."""
        self.record(shown_as or argv)
        return run_tool(argv, what=what, cwd=self.cwd)

    def record(self, argv: list[str]) -> None:
        """Note a command; also a step done in Python, as a command a user could run instead."""
        self._enter()
        self.script.commands.append(list(argv))

    def comment(self, text: str) -> None:
        """A step that has no command line (the torch-mlir import), as a comment in the script."""
        self.script.commands.append(["#", text])

    def fork(self) -> CommandLog:
        """A log for commands run alongside others in this folder, with a script of its own;
        `join` appends its commands here, so the script's order does not depend on which
        command finished first."""
        self._enter()
        return CommandLog(self.cwd, _Script(here=self.cwd))

    def join(self, fork: CommandLog) -> None:
        """Append the commands of a `fork` of this log, which ran in this folder."""
        self._enter()
        self.script.commands.extend(fork.script.commands)

    def _enter(self) -> None:
        """Make the script's current folder this log's (a `cd` where it was elsewhere)."""
        here = self.script.here or self.cwd
        if here != self.cwd:
            self.script.commands.append(["cd", os.path.relpath(self.cwd, here)])
        self.script.here = self.cwd

    def beside(self, folder: Path) -> CommandLog:
        """A log that runs in `folder` and writes to the same script."""
        return CommandLog(folder, self.script)

    def as_script(self) -> str:
        """The commands as a shell script."""
        lines = ["#!/usr/bin/env bash", "# Commands run by iops-mlir, in order, from the dump directory.",
                 "set -euo pipefail", 'cd "$(dirname "$0")"']
        lines += [f"# {c[1]}" if c[0] == "#" else shlex.join(c) for c in self.script.commands]
        return "\n".join(lines) + "\n"
