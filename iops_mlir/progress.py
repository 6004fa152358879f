"""Progress messages on stderr, stamped with the seconds since the compile started."""

from __future__ import annotations

import sys
import time


class Progress:
    """Says what the compile is doing, unless `quiet`."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.start = time.monotonic()

    def say(self, text: str) -> None:
        if not self.quiet:
            print(f"[{time.monotonic() - self.start:6.1f}s] {text}", file=sys.stderr, flush=True)
