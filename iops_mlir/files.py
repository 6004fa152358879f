"""Writing outputs whole or not at all, and telling the user clearly when a path cannot be used."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from .errors import UserError, exhausted


def check_output_path(path: Path, *, flag: str | None = None, example: str = "model.vmfb") -> None:
    """Fail early, before minutes of compiling, if the output cannot be written. `flag` names the
    option that gave the path, `example` a file name it takes, for the message."""
    if path.is_dir():
        given = f" ({flag})" if flag else ""
        raise UserError(f"The output path '{path}'{given} is a directory; give a file name such as {example}.")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise UserError(f"The output directory '{parent}' does not exist.")
    if not os.access(parent, os.W_OK):
        raise UserError(f"The output directory '{parent}' is not writable.")
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError(f"The output file '{path}' exists and is not writable.")


def make_dir(path: Path, what: str = "directory") -> Path:
    """Create `path` (and parents) or say why not."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise exhausted(e, path) or UserError(f"Cannot create the {what} '{path}': {e.strerror}.") from None
    return path


# errno values of a write that say the path cannot be written (permissions, a read-only or
# special file system, a folder gone or a file in its place), not that iops-mlir is broken. The
# early check (`check_output_path`) misses some: os.access answers yes to root everywhere.
_UNWRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT, errno.ENOTDIR, errno.EISDIR,
               errno.ENAMETOOLONG, errno.ELOOP}


def _write_error(e: OSError, path: Path) -> Exception | None:
    """What to tell the user of a failed write to `path` (None: a failure of ours)."""
    if (error := exhausted(e, path)) is not None:
        return error
    if e.errno in _UNWRITABLE:
        return UserError(f"Cannot write '{path}': {e.strerror}.")
    return None


def write_text(path: Path, text: str) -> None:
    """Write a phase file; a full disk becomes a ResourceError naming the file, a path that
    cannot be written a UserError."""
    try:
        path.write_text(text)
    except OSError as e:
        error = _write_error(e, path)
        if error is None:
            raise
        raise error from None


def write_atomic(path: Path, write: Callable[[Path], object]) -> None:
    """Write through `write(tmp)` to a temporary beside `path`, then rename: whole or nothing."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        write(tmp)
        os.replace(tmp, path)
    except OSError as e:
        error = _write_error(e, path)
        if error is None:
            raise
        raise error from None
    finally:
        if tmp.exists():
            tmp.unlink()
