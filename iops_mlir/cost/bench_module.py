"""IREE's per-executable benchmark modules, and stages built from several of them.

`iree-compile --iree-hal-dump-executable-benchmarks-to=DIR` writes, per
executable, a module with the configured executable and one function per entry
point that dispatches it N times with a barrier after each. Two facts of IREE
3.13 shape this file:
- constants inlined into a dispatch refer to `dense_resource` blobs that the
  dump leaves out, so we append the blobs it names from the source module;
- the dump is configured already, so it compiles with
  `--compile-from=executable-configurations`.
A stage module puts several executables in one module and one function that
records all of their dispatches between the same pair of barriers: what a
concurrent wave is at the HAL level.

The text handled here is IREE's own generated output (pinned version), which
has a fixed layout; `BenchmarkFormatError` names what did not match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import IopsError

_EXECUTABLE = re.compile(r"^  hal\.executable private @([\w$.\-]+)", re.M)
_EXPORT = re.compile(r"hal\.executable\.export public @([\w$.\-]+)")
_RESOURCE_USE = re.compile(r"dense_resource<([\w$.\-]+)>")
_RESOURCE_DEF = re.compile(r'^\s+([\w$.\-]+): "(0x[0-9A-Fa-f]*)"', re.M)
_SSA = re.compile(r"%([A-Za-z_$.\-][\w$.\-]*|\d+)")
_TOP_LEVEL = re.compile(r"^  (?=\S)(?!\})", re.M)


class BenchmarkFormatError(IopsError):
    """IREE's benchmark module did not have the expected layout."""


@dataclass
class BenchmarkModule:
    """One dumped benchmark module."""

    executable: str
    exports: list[str]
    text: str

    @property
    def resources(self) -> list[str]:
        return sorted(set(_RESOURCE_USE.findall(self.text)))


def parse_benchmark(text: str) -> BenchmarkModule:
    """Name the executable and entry points of a dumped benchmark module."""
    exe = _EXECUTABLE.search(text)
    if exe is None:
        raise BenchmarkFormatError("An IREE benchmark module holds no hal.executable.")
    return BenchmarkModule(exe.group(1), _EXPORT.findall(text), text)


def read_resources(source_text: str, names: set[str]) -> dict[str, str]:
    """The hex blobs of the named `dense_resource`s in a module's trailing resource section."""
    start = source_text.rfind("{-#")
    if start < 0 or not names:
        return {}
    return {m.group(1): m.group(2) for m in _RESOURCE_DEF.finditer(source_text, start)
            if m.group(1) in names}


def with_resources(text: str, blobs: dict[str, str]) -> str:
    """`text` with a resource section holding `blobs` appended."""
    if not blobs:
        return text
    body = ",\n".join(f'      {name}: "{blobs[name]}"' for name in sorted(blobs))
    return f"{text.rstrip()}\n\n{{-#\n  dialect_resources: {{\n    builtin: {{\n{body}\n    }}\n  }}\n#-}}\n"


def _top_level_ops(module_text: str) -> list[str]:
    """The top-level ops of `module { ... }`, as text chunks."""
    begin = module_text.index("module {") + len("module {")
    end = module_text.rindex("}")
    body = module_text[begin:end]
    cuts = [m.start() for m in _TOP_LEVEL.finditer(body)]
    return [body[a:b].rstrip() for a, b in zip(cuts, cuts[1:] + [len(body)])]


def _rename(text: str, prefix: str, keep: tuple[str, ...]) -> str:
    return _SSA.sub(lambda m: m.group(0) if m.group(1) in keep else f"%{prefix}{m.group(1)}", text)


def _split_benchmark_function(func: str) -> tuple[list[str], list[str], list[str]]:
    """(setup lines, dispatch lines inside the loop, lines after the loop) of a benchmark function."""
    lines = func.splitlines()
    try:
        loop = next(i for i, ln in enumerate(lines) if "scf.for" in ln)
        barrier = next(i for i, ln in enumerate(lines) if "hal.command_buffer.execution_barrier" in ln)
    except StopIteration:
        raise BenchmarkFormatError("An IREE benchmark function has no dispatch loop.") from None
    close = next(i for i in range(barrier + 1, len(lines)) if lines[i].strip() == "}")
    return lines[1:loop], lines[loop + 1:barrier], lines[close + 1:]


def stage_module(modules: list[BenchmarkModule], name: str = "stage") -> str:
    """One module whose function `name` runs the first entry of every module concurrently.

    Each loop iteration records every dispatch and then one barrier, so
    `iree-benchmark-module` reports the latency of the whole stage per item.
    """
    kept: list[str] = []
    setup: list[str] = []
    dispatches: list[str] = []
    tail: list[str] = []
    loop_header = ""
    for k, module in enumerate(modules):
        prefix = f"s{k}_"
        funcs = []
        for chunk in _top_level_ops(module.text):
            if chunk.lstrip().startswith("util.func"):
                funcs.append(chunk)
            elif k > 0 and chunk.lstrip().startswith("util.global private @__device_0 "):
                continue  # one device global for all
            else:
                kept.append(chunk)
        if not funcs:
            raise BenchmarkFormatError(f"The benchmark module of {module.executable} has no function.")
        first, body, after = _split_benchmark_function(funcs[0])
        loop_line = next(ln for ln in funcs[0].splitlines() if "scf.for" in ln)
        for line in first:
            if k > 0 and "hal.command_buffer.create" in line:
                continue
            setup.append(_rename(line, prefix, ("cmd", "arg0")))
        dispatches.extend(_rename(line, prefix, ("cmd", "arg1")) for line in body)
        if k == 0:
            loop_header = _rename(loop_line, prefix, ("arg1",))
            tail = [_rename(line, prefix, ("cmd",)) for line in after]
    header = (f"  util.func public @{name}(%arg0: i32) attributes "
              '{iree.abi.stub, iree.reflection = {iree.benchmark = "dispatch"}} {')
    barrier = ('      hal.command_buffer.execution_barrier<%cmd : !hal.command_buffer> '
               'source("Dispatch|CommandRetire") target("CommandIssue|Dispatch") flags("None")')
    func = "\n".join([header, *setup, loop_header, *dispatches, barrier, "    }", *tail])
    return "module {\n" + "\n".join(kept) + "\n" + func + "\n}\n"
