"""Numbers and counts as the terminal and the tables write them for people."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """`1 dispatch`, `2 dispatches`: the count with its noun in the number it takes."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def us_text(value: float) -> str:
    """Microseconds for a sentence: whole ones from 10 us up, two significant digits below, so that
    a model of one small dispatch does not read 0 us."""
    return f"{value:.0f}" if value >= 9.95 else f"{value:#.2g}"  # 9.96 rounds to 10, not "10."


def ms_text(value: float) -> str:
    """Milliseconds for the tables: two decimals, or three significant digits below 1 ms, so that
    a model of a few microseconds does not read 0.00."""
    return f"{value:.2f}" if value >= 1.0 else f"{value:#.3g}"
