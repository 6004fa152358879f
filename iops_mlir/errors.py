"""One exception type for everything a user can get wrong or a tool can reject.

The CLI prints `str(error)` as one paragraph and exits non-zero; nobody sees a
traceback. Tool failures carry the command and a ready-to-paste reproducer.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence


class IopsError(Exception):
    """A failure explained to the user in one paragraph."""

    def __init__(
        self,
        message: str,
        *,
        command: Sequence[str] | None = None,
        stderr: str = "",
        exit_code: int = 1,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.command = list(command) if command else None
        self.stderr = stderr
        self.exit_code = exit_code

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
