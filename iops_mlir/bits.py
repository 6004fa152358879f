"""Sets of a part's dispatches as integer bitmasks (bit i: the part's i-th dispatch)."""

from __future__ import annotations

from collections.abc import Iterator


def set_bits(mask: int) -> Iterator[int]:
    """Indices of the set bits of `mask`, lowest first."""
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low
