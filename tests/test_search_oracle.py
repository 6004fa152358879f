"""The whole search against exhaustive optima on random DAGs (`search_oracle`); `tools/search_fuzz.py`
runs the same check on as many graphs as asked."""

from __future__ import annotations

import pytest
from search_oracle import check_seed


# Graphs 27, 39, 41 and 45 have blocks whose parts no order fits within some of the budgets drawn.
@pytest.mark.parametrize("seed", range(24, 48))
def test_the_search_keeps_its_claims_on_random_dags(seed: int) -> None:
    found = check_seed(seed)
    assert found.checked == 18 and not found.problems, found.problems


@pytest.mark.parametrize("seed", range(6))
def test_the_search_keeps_its_claims_on_larger_random_dags(seed: int) -> None:
    """Graphs of 12-18 dispatches: blocks over the part sizes drawn, so the parts, the windows,
    the moves, the cover's prices and the stage cover all take part."""
    found = check_seed(seed, "large")
    assert found.checked == 18 and not found.problems, found.problems


@pytest.mark.parametrize("seed", [2, 22])
def test_the_search_keeps_its_claims_on_blocks_over_24_dispatches(seed: int) -> None:
    """Graphs of 26 and 29 dispatches in lanes, each one block: searched whole where the options
    drawn allow it, else in parts, windows and splits on IREE's waves, every claim still checked
    against the exhaustive optimum."""
    found = check_seed(seed, "lanes")
    assert found.dispatches > 24 and found.checked == 18 and not found.problems, found.problems
