"""The weighted A* searches that find cheaper schedules for blocks left unproven (`schedule.weighted`)."""

from __future__ import annotations

import math
import random
import time

import pytest
from test_scheduler import brute_force, cost_models, limited_search, random_dag, wave_cost_model

from iops_mlir.partition import dag_view
from iops_mlir.schedule import baselines
from iops_mlir.schedule.model import validate, Schedule
from iops_mlir.schedule.search import PartSearch, search_below, search_part
from iops_mlir.schedule.weighted import WEIGHTS, weighted_improve

TOLERANCE_US = 1e-6


@pytest.mark.parametrize("seed", range(6))
def test_the_weighted_searches_find_a_schedule_within_their_heaviest_weight_of_the_optimum(seed: int) -> None:
    """From the sequential schedule, with budget enough: a valid schedule no dearer than it, and
    at most the heaviest weight times the optimum (brute force), on every test cost model; the
    same schedule twice; the search it was copied from left as it was (its own A* still proves
    the optimum)."""
    graph = random_dag(9, 0.25, seed)
    preds = dag_view(graph).preds
    sequential = baselines.sequential(graph).stages
    for model in cost_models(graph):
        search = PartSearch(graph.dispatch_ids(), preds, model)
        found, spent = weighted_improve(search, sequential, expansions=10**6, deadline=time.monotonic() + 60)
        validate(Schedule("weighted", found), graph)
        found_us, optimum = model.schedule_us(found), brute_force(graph, model)
        assert found_us <= model.schedule_us(sequential) + TOLERANCE_US, model.name
        assert found_us <= max(WEIGHTS) * optimum + TOLERANCE_US, (model.name, found_us, optimum)
        assert spent > 0
        again, _ = weighted_improve(search, sequential, expansions=10**6, deadline=time.monotonic() + 60)
        assert again == found
        proof = search_part(search, None, expansions=10**6, deadline=time.monotonic() + 60)
        assert proof.optimal and proof.cost == pytest.approx(optimum, abs=TOLERANCE_US), model.name


@pytest.mark.parametrize("seed", range(6))
def test_what_the_weighted_searches_find_fits_the_memory_limit(seed: int) -> None:
    """They search without the memory limit (a limit makes them offer every stage, and take many
    times the expansions), so a schedule they find over it is not taken."""
    rng = random.Random(seed)
    graph = random_dag(10, 0.2, seed)
    outs = [rng.choice((1, 10, 100)) for _ in graph.dispatch_ids()]
    sequential = baselines.sequential(graph).stages
    for model in cost_models(graph):
        limit = limited_search(graph, model, outs, None).peak(sequential)
        search = limited_search(graph, model, outs, limit)
        found, _ = weighted_improve(search, sequential, expansions=10**6, deadline=time.monotonic() + 60)
        validate(Schedule("weighted", found), graph)
        assert search.peak(found) <= limit, model.name
        assert model.schedule_us(found) <= model.schedule_us(sequential) + TOLERANCE_US


def test_the_weighted_searches_stop_at_their_budget() -> None:
    """On a budget too small to reach a whole schedule they spend it and keep the schedule given."""
    graph = random_dag(14, 0.15, 3)
    model = next(cost_models(graph))
    search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, model)
    sequential = baselines.sequential(graph).stages
    found, spent = weighted_improve(search, sequential, expansions=2, deadline=time.monotonic() + 60)
    assert found == sequential and spent <= 2


def test_the_weight_reaches_a_schedule_in_fewer_expansions_than_a_proof() -> None:
    """Ordered by g + 1.05 h, a search reaches its first whole schedule in far fewer expansions
    than A* needs to reach (and so prove) the optimum, under the wave model fitted on profiles
    (182 against 5,918 on these four graphs): what makes the weighted searches cheap."""
    weighted = plain = 0
    for seed in range(4):
        graph = random_dag(24, 0.1, seed)
        model = wave_cost_model(graph)
        deadline = time.monotonic() + 60
        search = PartSearch(graph.dispatch_ids(), dag_view(graph).preds, model)
        weighted += search_below(search.weighted_copy(1.05), math.inf, expansions=10**6, deadline=deadline).expansions
        plain += search_below(search, math.inf, expansions=10**6, deadline=deadline).expansions
    assert weighted * 10 < plain, (weighted, plain)
