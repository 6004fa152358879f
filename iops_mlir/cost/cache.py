"""An on-disk cache of measured costs: one small JSON file per key.

Keys are content hashes (executable source, the constants it embeds, target
flags, runtime device and host), so a cached time is reused only for exactly
the same code on the same device. The location is `$IOPS_MLIR_CACHE`, else
`$XDG_CACHE_HOME/iops-mlir`, else `~/.cache/iops-mlir`.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
from pathlib import Path


def cache_dir() -> Path:
    """Where measured costs are kept."""
    if os.environ.get("IOPS_MLIR_CACHE"):
        return Path(os.environ["IOPS_MLIR_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "iops-mlir"


def host_identity() -> str:
    """The CPU model and core count: timings from another machine must not be reused."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model} x{os.cpu_count()}"


def toolchain_versions() -> str:
    """The installed IREE compiler and runtime versions: a timing is only valid for the code they make."""
    from importlib import metadata

    parts = []
    for package in ("iree-base-compiler", "iree-base-runtime"):
        try:
            parts.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{package}=?")
    return ",".join(parts)


def file_digest(path: Path) -> str:
    """A hex digest of a file's bytes (a compiled program is keyed by what it is, not its name)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def stable_key(*parts: str) -> str:
    """A hex digest of the parts, in order."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode())
        h.update(b"\0")
    return h.hexdigest()[:32]


class CostCache:
    """Reads and writes cached measurements under one namespace (e.g. `dispatch`)."""

    def __init__(self, namespace: str, root: Path | None = None) -> None:
        self.dir = (root or cache_dir()) / namespace

    def get(self, key: str) -> dict | None:
        """The cached object, or None when absent or unreadable (a corrupted entry is re-measured)."""
        try:
            value = json.loads((self.dir / f"{key}.json").read_text())
        except (OSError, ValueError):  # ValueError: bad JSON or bytes that are not UTF-8
            return None
        return value if isinstance(value, dict) else None

    def put(self, key: str, value: dict) -> None:
        """Write atomically, so a killed run never leaves a torn entry behind."""
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            tmp = self.dir / f".{key}.{os.getpid()}.tmp"
            tmp.write_text(json.dumps(value, sort_keys=True))
            os.replace(tmp, self.dir / f"{key}.json")
        except OSError:
            pass  # a cache that cannot be written only costs time


def is_timing(cached: dict | None, field: str, per_entry: bool = False) -> bool:
    """Whether a cache entry holds a timing under `field` (a dict of them if `per_entry`): positive
    and finite. Anything else (absent, corrupted, hand-edited) is to be measured again."""
    if cached is None:
        return False
    value = cached.get(field)
    if per_entry and not isinstance(value, dict):
        return False
    values = list(value.values()) if per_entry else [value]
    return all(isinstance(v, (int, float)) and 0 < v < float("inf") for v in values)
