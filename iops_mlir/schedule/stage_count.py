"""The stage-count bound's terms, per dispatch, and the tables that sum them over a bitmask.

The search's bound (`search`) counts, besides the heaviest chain of least stage costs, what every
dispatch pays off a chain and what more on one (`stage_count_terms`), with the members of a
cautious model's uncharged waves charged once their wave is broken (`BrokenWaves`); it is
evaluated for every candidate stage, so the sums over a state's dispatches are read from per-byte
tables (`ChunkTables`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..bits import byte_tables, set_bits


def stage_count_terms(alone: Sequence[float], waves: Sequence[float], floors: Sequence[float]
                       ) -> tuple[list[float], list[float]]:
    """Per dispatch, what the stage-count bound charges it off a chain and what more on one.

    Alone, a dispatch costs its stage of one (its floor included); in a stage of two or more
    it costs at least its wave area, and that stage one floor. Off the chain that counts stages it
    pays min(alone, wave area); on it, min(alone, wave area + floor). Since alone >= floor + area
    and wave area >= area (`cost.base`), the bound is never below the area plus a floor for each
    stage of the tallest chain."""
    off_chain = [min(a, w) for a, w in zip(alone, waves)]
    return off_chain, [min(a, w + floor) - o for a, w, floor, o in zip(alone, waves, floors, off_chain)]


class ChunkTables:
    """Sums of `off_chain` and `share`, largest `tail`, `extra_tail` and `broken_tail`, and the sum
    of the cover's prices (`add_prices`; 0 before), over the members of a bitmask, read from
    per-byte tables: the bound is evaluated for every candidate stage, so it must not walk the
    bits one by one, and it walks the bytes once for all of them."""

    def __init__(self, off_chain: list[float], share: list[float], tail: list[float],
                 extra_tail: list[float], broken_tail: list[float]) -> None:
        offs, shares = byte_tables([off_chain, share], np.add)
        tails, extras, brokens = byte_tables([tail, extra_tail, broken_tail], np.maximum)
        nothing = [0.0] * 256
        self.chunks = [(*chunk, nothing) for chunk in zip(offs, shares, tails, extras, brokens)]

    def add_prices(self, prices: Sequence[float]) -> None:
        """Sum the prices too, from the very tables `cover_bound.PriceTable` reads (the same floats)."""
        (sums,) = byte_tables([prices], np.add)
        self.chunks = [(*chunk[:-1], price) for chunk, price in zip(self.chunks, sums)]

    def totals(self, mask: int) -> tuple[float, float, float, float, float, float]:
        off_chain = share = chain = extra = broken = price = 0.0
        for offs, shares, tails, extras, brokens, prices in self.chunks:
            byte = mask & 255
            if byte:
                off_chain += offs[byte]
                share += shares[byte]
                price += prices[byte]
                if tails[byte] > chain:
                    chain = tails[byte]
                if extras[byte] > extra:
                    extra = extras[byte]
                if brokens[byte] > broken:
                    broken = brokens[byte]
            mask >>= 8
        return off_chain, share, chain, extra, broken, price


class BrokenWaves:
    """The stage-count bound's charge on broken waves, for a model that charges every stage but
    some waves (a cautious model: IREE's own).

    A dispatch of such a wave pays less than its charged area only in that very wave. Once some of
    the wave's members are done and others not, the wave can no longer be a stage, so each member
    left pays min(alone, charged area) off the chain (`delta` more than the bound's plain term).
    On the chain a member pays at most the floor more: the smaller of what it pays more in a
    charged stage (the charged floor) and in its wave (`extra`), since the chain table is fixed
    and cannot tell which. A wave untouched or done adds nothing. The bound rises by `delta` on
    a member when a stage breaks its wave, and that stage, being charged, pays at least the
    charged area of its members: the bound stays consistent."""

    def __init__(self, waves: list[int], alone: Sequence[float], wave_area: Sequence[float],
                 charged: Sequence[float], charged_floor: float, plain_extra: Sequence[float]) -> None:
        self.waves = waves
        self.delta = [0.0] * len(alone)
        self.extra = list(plain_extra)
        self.charged_extra = list(plain_extra)  # on the chain, once the wave is broken
        for wave in waves:
            for i in set_bits(wave):
                self.delta[i] = min(alone[i], charged[i]) - min(alone[i], wave_area[i])
                self.charged_extra[i] = min(alone[i], charged[i] + charged_floor) - min(alone[i], charged[i])
                self.extra[i] = min(self.charged_extra[i], plain_extra[i])

    def total(self, rest: int) -> float:
        """The charge with `rest` still to run: on each wave partly done, its members left."""
        # Written out: the search's bound evaluates this for every state it meets.
        total, delta = 0.0, self.delta
        for wave in self.waves:
            left = wave & rest
            if left and left != wave:
                total += sum(delta[i] for i in set_bits(left))
        return total
