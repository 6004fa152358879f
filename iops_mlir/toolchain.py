"""Finds IREE's command-line tools and runs them, recording every invocation.

The recorded commands become `commands.sh` in the dump directory, so a user can
replay any phase by hand.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import IopsError


def tool_path(name: str) -> str:
    """Absolute path of an IREE tool: next to this Python first, then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise IopsError(
            f"The IREE tool '{name}' was not found next to {sys.executable} or on PATH. "
            "Install iree-base-compiler==3.13.0 and iree-base-runtime==3.13.0 into this environment."
        )
    return found


def run_tool(argv: list[str], *, what: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run a tool; raise IopsError naming `what` failed, with a reproducer."""
    proc = subprocess.run(argv, capture_output=True, text=True, cwd=cwd)
    if proc.returncode != 0:
        raise IopsError(f"{what} failed (exit {proc.returncode}).", command=argv, stderr=proc.stderr)
    return proc


@dataclass
class CommandLog:
    """Every external command run for one compilation, in order, all inside `cwd`.

    Tools run in the work directory with relative file names because IREE
    records input paths in source locations: absolute paths would make the
    .vmfb bytes depend on where the work directory is.
    """

    cwd: Path | None = None
    commands: list[list[str]] = field(default_factory=list)

    def run(self, argv: list[str], *, what: str) -> subprocess.CompletedProcess[str]:
        """Run a tool (see `run_tool`) and record it for commands.sh."""
        self.commands.append(list(argv))
        return run_tool(argv, what=what, cwd=self.cwd)

    def record(self, argv: list[str]) -> None:
        """Note a step done in Python, as a command a user could run instead."""
        self.commands.append(list(argv))

    def as_script(self) -> str:
        """The commands as a shell script."""
        lines = ["#!/usr/bin/env bash", "# Commands run by iops-mlir, in order, from the dump directory.",
                 "set -euo pipefail", 'cd "$(dirname "$0")"']
        lines += [shlex.join(c) for c in self.commands]
        return "\n".join(lines) + "\n"
