"""Sets of a part's dispatches as integer bitmasks (bit i: the part's i-th dispatch)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np


def set_bits(mask: int) -> Iterator[int]:
    """Indices of the set bits of `mask`, lowest first."""
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


# Per bit, from the highest: the bytes with no bit up to it set (`byte_tables`).
CLEAR_BELOW = [(bit, np.arange(0, 256, 2 << bit)) for bit in reversed(range(8))]


def byte_tables(rows: Sequence[Sequence[float]], combine: np.ufunc) -> list[list[list[float]]]:
    """Per row of values and per chunk of 8 of them, table[byte] = combine(table[byte less its
    lowest bit], the value of that bit), table[0] = 0: sums or maxima over the members of a
    byte, each value added in the order the bits are walked from the highest. Built bit by bit
    from the highest, one numpy operation per bit for every row and chunk at once (a search
    builds these for each of its hundreds of parts and windows); the last chunk's missing
    values count as 0 in bytes no mask of the row has. Indexed [row][chunk][byte]."""
    count = len(rows[0])
    chunks = -(-count // 8)
    columns = np.zeros((len(rows), chunks * 8))
    columns[:, :count] = rows
    columns = columns.reshape(len(rows), chunks, 8)
    table = np.zeros((len(rows), chunks, 256))
    for bit, clear in CLEAR_BELOW:
        table[:, :, clear + (1 << bit)] = combine(table[:, :, clear], columns[:, :, bit:bit + 1])
    return table.tolist()
