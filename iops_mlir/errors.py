"""The three kinds of failure, each told to the user in one paragraph.

- `UserError`: something the user gave is wrong (a flag, a file, a model); exit 1.
- `ToolError`: one of IREE's tools failed; carries its command, stderr and a reproducer.
- `ResourceError`: the machine ran out of something (disk space, memory) at a named place.

Anything else is a bug of ours: the CLI says so in one paragraph, and shows the
traceback when `IOPS_MLIR_DEBUG=1` is set (see `cli.main`).
"""

from __future__ import annotations

import errno
import shlex
from collections.abc import Sequence
from pathlib import Path

# errno values that mean "the machine is full", not "iops-mlir is broken".
_EXHAUSTED = {errno.ENOSPC: "disk space", errno.EDQUOT: "disk quota", errno.EFBIG: "file size limit",
              errno.ENOMEM: "memory", errno.EMFILE: "open file handles"}


class IopsError(Exception):
    """Base of every failure explained to the user in one paragraph."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message.strip()


class UserError(IopsError):
    """The user's input (a flag, a file, a model) cannot be used as given."""


class UnsupportedProgram(UserError):
    """A program iops-mlir cannot reorder as IREE lowered it; another flag set may lower it
    otherwise (a target's fallbacks name the flags, `targets.Fallback`)."""


class ToolError(IopsError):
    """An IREE tool failed; `str()` adds its first error lines and a command to reproduce it."""

    def __init__(self, message: str, *, command: Sequence[str] | None = None, stderr: str = "") -> None:
        super().__init__(message)
        self.command = list(command) if command else None
        self.stderr = stderr

    @property
    def reproducer(self) -> str | None:
        """The failing command, quoted so that it can be pasted into a shell."""
        return shlex.join(self.command) if self.command else None

    def __str__(self) -> str:
        text = self.message.strip()
        if self.stderr:
            lines = [ln for ln in self.stderr.strip().splitlines() if ln.strip()]
            # The first error line is what names the problem; IREE follows it
            # with long IR dumps that bury it.
            errors = [ln for ln in lines if "error" in ln.lower()] or lines
            text += " The tool said: " + " ".join(errors[:3])[:600]
        if self.reproducer:
            text += f" Reproduce with: {self.reproducer}"
        return text


class ResourceError(IopsError):
    """The machine ran out of disk space, memory or file handles."""

    exit_code = 75  # EX_TEMPFAIL: the same command can work once space is freed


def exhausted(error: OSError, where: Path | str | None = None) -> ResourceError | None:
    """A ResourceError naming what ran out and where, if `error` is such a failure, else None."""
    what = _EXHAUSTED.get(error.errno)
    if what is None:
        return None
    place = where or error.filename
    at = f" while writing '{place}'" if place else ""
    return ResourceError(f"The machine ran out of {what}{at}. Free some and run the command again"
                         " (a --dump-dir on another disk, or a smaller model, also helps).")
