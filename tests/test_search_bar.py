"""A search for a schedule below a bar (`SearchOptions.useful_below_us`): it stops only where no
schedule passes the bar, and the closed loop's bar is exactly where a pick stops being worth a
compile."""

from __future__ import annotations

import random
import statistics
from types import SimpleNamespace

import pytest
from test_scheduler import brute_force, cost_models, random_dag, random_order, wave_cost_model

from iops_mlir.cost.wave_model import WaveModel, scaled_call_us
from iops_mlir.pipeline.pick_rule import faster_than, first_search_bar, pick_bar
from iops_mlir.pipeline.plan import fixed_schedules, make_plan
from iops_mlir.pipeline.scheduling import IOS_LEFT_OUT, make_report
from iops_mlir.schedule import baselines, validate
from iops_mlir.schedule import iops as iops_mod
from iops_mlir.schedule.model import Schedule
from iops_mlir.targets import load_target


@pytest.mark.parametrize("seed", range(6))
def test_a_search_stops_only_where_no_schedule_passes_its_bar(seed: int) -> None:
    """On random DAGs under every cost model, with bars below, at and above the optimum (brute
    force): a search that stops has proven that none is below its bar, one that goes on finds
    the optimum, and a bar far below the optimum stops it before any expansion, with each
    block's cheapest baseline as its schedule."""
    graph = random_dag(9, 0.2, seed)
    fixed = fixed_schedules(graph, Schedule("iree", baselines.asap(graph).stages))
    stopped_first = 0
    for model in cost_models(graph):
        best = brute_force(graph, model)
        for bar in (0.5 * best, 0.98 * best, best, best * 1.0001 + 1e-6, 1.05 * best):
            outcome = iops_mod.schedule(graph, model, fixed, iops_mod.SearchOptions(useful_below_us=bar))
            validate(outcome.iops, graph)
            found = model.schedule_us(outcome.iops.stages)
            if "stopped" in outcome.search:
                assert best >= bar - 1e-9, (model.name, bar, best)
                assert outcome.search["lower_bound_us"] >= bar - 1e-6
                if outcome.search["stopped"]["when"] == "before the search":
                    assert outcome.search["nodes"] == 0
                    assert found <= min(model.schedule_us(s.stages) for s in fixed.values()) + 1e-6
                    stopped_first += 1
            else:
                assert found == pytest.approx(best), (model.name, bar)
    assert stopped_first > 0


def test_a_search_with_a_bar_leaves_ios_out_and_its_report_says_so() -> None:
    """IOS's schedule is for the report, and a search for a pick below a bar is rarely compiled:
    it leaves IOS out, and where its pick ships, the report says IOS was not run (a small
    RandWire compile whose one-worker pick shipped stopped on the missing schedule)."""
    graph = random_dag(9, 0.2, 1)
    fixed = fixed_schedules(graph, Schedule("iree", baselines.asap(graph).stages))
    model = next(cost_models(graph))
    program = SimpleNamespace(graph=graph, target=load_target("llvm-cpu"))
    plain = make_plan(graph, fixed, model, search=iops_mod.SearchOptions())
    assert "ios" in plain.schedules
    assert make_report(program, plain, model="m", headroom=None).ios == plain.schedules["ios"].info["ios"]
    barred = make_plan(graph, fixed, model, search=iops_mod.SearchOptions(useful_below_us=1e9))
    assert "ios" not in barred.schedules and "stopped" not in barred.search
    report = make_report(program, barred, model="m", headroom=None)
    assert report.to_json()["ios"] == {"skipped": IOS_LEFT_OUT}


@pytest.mark.parametrize("fill_us", [0.0, 0.7])
def test_the_pick_bar_is_where_a_pick_stops_being_predicted_faster(fill_us: float) -> None:
    """Every schedule whose stages cost at least the bar is predicted (its measured source's call
    scaled by the model's ratio of spans) no faster than the fastest program measured by the
    margin; without fills, every schedule below it is. Schedules on both sides of the bar."""
    graph = random_dag(8, 0.15, 4)
    rng = random.Random(4)
    ids = graph.dispatch_ids()
    solo = {n: rng.uniform(1, 20) for n in ids}
    model = WaveModel(2, solo, {n: solo[n] * rng.uniform(0.5, 2.0) for n in ids}, 1.1, 2.0, 0.3,
                      fills={n: rng.choice([0, 0, 1, 2]) for n in ids}, fill_us=fill_us)
    orders = [random_order(graph, rng) for _ in range(300)]
    measured, margin = orders[0], 0.05
    measured_us = 1.3 * model.program_us(measured)
    # The fastest program measured such that the bar falls among the orders' costs, where they lie thickest.
    best_us = 1.3 * statistics.median(model.program_us(order) for order in orders) / (1 - margin)
    bar = pick_bar(model, measured, measured_us, best_us, margin)
    threshold = faster_than(best_us, margin)
    stages_us = [sum(model.stage_us(s) for s in order) for order in orders]
    assert min(stages_us) < bar < max(stages_us)  # schedules on both sides
    for order, cost in zip(orders, stages_us):
        predicted = scaled_call_us(measured_us, model, measured, model, order)
        if cost >= bar:
            assert predicted >= threshold - 1e-9
        elif fill_us == 0.0:
            assert predicted < threshold


@pytest.mark.parametrize("seed", range(4))
def test_the_bound_before_any_search_is_at_most_the_optimum_and_a_skipped_search_searches_nothing(seed: int) -> None:
    """`start_bound` (what the first search's bar is compared with) is a lower bound under every
    model (brute force); a plan with nothing searched (`SearchOptions.skip`) expands nothing,
    gives each block its cheapest baseline, says why, and leaves IOS out."""
    graph = random_dag(9, 0.2, seed)
    fixed = fixed_schedules(graph, Schedule("iree", baselines.asap(graph).stages))
    for model in cost_models(graph):
        assert iops_mod.start_bound(graph, model, iops_mod.SearchOptions()) <= brute_force(graph, model) + 1e-6, \
            model.name
    model = next(cost_models(graph))
    plan = make_plan(graph, fixed, model, search=iops_mod.SearchOptions(skip="no pick could be worth a compile"))
    validate(plan.schedules["iops"], graph)
    assert plan.search["nodes"] == 0 and "ios" not in plan.schedules
    assert plan.search["stopped"] == {"why": "no pick could be worth a compile", "when": "before the search"}
    assert model.schedule_us(plan.schedules["iops"].stages) <= min(model.schedule_us(s.stages)
                                                                   for s in fixed.values()) + 1e-6


@pytest.mark.parametrize("seed", range(4))
def test_the_first_search_bar_is_reached_only_where_no_schedule_could_be_compiled(seed: int) -> None:
    """Against IREE's fastest order as measured, for margins from none to 40%: where the bar is
    reached, every schedule (its optimum, brute force) is predicted no faster than that order by
    the margin, so the closed loop would compile none; with no margin it is not reached where
    the optimum is faster than that order."""
    graph = random_dag(9, 0.2, seed)
    model = wave_cost_model(graph, seed)
    orders = {"iree": baselines.asap(graph).stages, "iree-max-concurrency": baselines.asap(graph).stages,
              "iree-debug": baselines.sequential(graph).stages}
    measured = {name: 1.3 * model.model.program_us(stages) for name, stages in orders.items()}
    measured["iree-max-concurrency"] *= 0.97  # the same waves, timed faster
    best = brute_force(graph, model)
    found = {}
    for margin in (0.0, 0.05, 0.1, 0.2, 0.4):
        bar = first_search_bar(graph, model, orders, measured, margin, iops_mod.SearchOptions())
        assert bar.fastest == "iree-max-concurrency" and bar.bar_us == pytest.approx(
            pick_bar(model.model, orders["iree-max-concurrency"], measured["iree-max-concurrency"],
                     measured["iree-max-concurrency"], margin))
        if bar.reached:
            assert best >= bar.bar_us - 1e-9
            assert "iree-max-concurrency" in bar.reason() and f"{max(0.01, margin):.1%}" in bar.reason()
        found[margin] = bar.reached
    assert found[0.4]  # no schedule of a random DAG is 40% faster than its waves under this model
    if best < 0.98 * model.schedule_us(orders["iree"]):
        assert not found[0.0]
