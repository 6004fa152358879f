"""The kept-waves bound's ceiling (`schedule.wave_ceiling`): the least value over every whole
choice of waves, checked against all of them."""

from __future__ import annotations

import itertools

import pytest
from test_wave_bound import crossed_chains, random_charged_search

from iops_mlir.schedule.wave_bound import WaveValues, kept_waves_bound
from iops_mlir.schedule.wave_ceiling import wave_ceiling


@pytest.mark.parametrize("seed", range(24))
def test_the_ceiling_is_the_least_value_of_every_whole_choice(seed: int) -> None:
    """On random DAGs under a heavily charged model, the choice the program finds has the least
    value of all 2^W, and its proven lower bound is at most that and within the rounding."""
    search = random_charged_search(seed, 12, 0.15)
    if search.broken_waves is None or WaveValues(search).order is None:
        assert wave_ceiling(search, 10.0) is None
        return
    values = WaveValues(search)
    least = min(values.value(choice) for choice in itertools.product((True, False), repeat=len(values.waves)))
    ceiling = wave_ceiling(search, 10.0)
    assert ceiling is not None and ceiling.proven
    assert ceiling.value == pytest.approx(least, abs=1e-9)
    assert least - 1e-3 <= ceiling.lower <= least + 1e-9


def test_the_branch_and_bound_stops_at_the_ceiling() -> None:
    """With all the work it needs, the kept-waves bound reaches the ceiling and goes no higher:
    on the crossed chains, breaking the wave, 11 us."""
    _, _, search = crossed_chains()
    ceiling = wave_ceiling(search, 10.0)
    assert ceiling is not None and ceiling.keep == (False,)
    assert kept_waves_bound(search, work=10**6)[0] == pytest.approx(ceiling.value) == pytest.approx(11.0)
