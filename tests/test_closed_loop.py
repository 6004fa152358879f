"""The closed loop (`--verify`): the search's pick and IREE's three orders compiled and timed on the
device, the model refined, the fastest shipped; and the work skipped where there is nothing to win."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from iops_mlir import runner, targets
from iops_mlir.pipeline import closed_loop, pick_rule, scheduling
from iops_mlir.cost.calibration import Calibration
from iops_mlir.cost.timed import Timed
from iops_mlir.iree_tools import CommandLog
from iops_mlir.pipeline.back import transient_bytes
from iops_mlir.pipeline.closed_loop import Candidate, Comparison
from iops_mlir.targets import load_target
from iops_mlir.waves import cmd_waves
from iops_mlir.workers import target_workers, worker_counts
from conftest import CHAIN_MODEL, run_cli


def _candidate(name: str, measured_us: float, interval: tuple[float, float] | None = None) -> Candidate:
    """A measured candidate; a pick's ratio to IREE's best order (90 us) has the given interval."""
    comparison = None if interval is None else Comparison("iree-max-concurrency", measured_us / 90.0, *interval, 20)
    return Candidate(name, owner=None, plan=None, vmfb=Path(f"{name}.vmfb"), predicted_us=None,
                     measured_us=measured_us, comparison=comparison)


IREE_ORDERS = ["iree", "iree-max-concurrency", "iree-debug"]


def _irees_best(loop: dict) -> str:
    """IREE's best order as schedule.json records the choice: max-concurrency, unless another of
    IREE's orders was timed surely faster than it (its interval against it below 1 - min_gain)."""
    surely = [c for c in loop["candidates"] if c["scheduler"] in IREE_ORDERS and "against_best_iree" in c
              and c["against_best_iree"]["interval"][1] < 1 - loop["min_gain"]]
    assert all(c["against_best_iree"]["against"] == "iree-max-concurrency" for c in surely)
    return min(surely, key=lambda c: c["against_best_iree"]["ratio"])["scheduler"] if surely else "iree-max-concurrency"


def test_a_pick_ships_only_when_surely_faster_than_irees_best_order_by_the_minimum_gain() -> None:
    iree, maxc, flat = _candidate("iree", 100.0), _candidate("iree-max-concurrency", 90.0), _candidate("iree-debug", 95.0)
    assert closed_loop._fastest([iree, maxc, flat]).name == "iree-max-concurrency"
    # IREE's debug order (the flat program) is one of IREE's orders: where it was surely faster than
    # max-concurrency in the rounds that timed them together, it ships; a lead the rounds could not
    # tell from noise leaves max-concurrency, the order that holds best, in place.
    assert closed_loop._fastest([iree, maxc, _candidate("iree-debug", 85.0, (0.92, 0.96))]).name == "iree-debug"
    unsure_order = _candidate("iree-debug", 85.0, (0.90, 1.0))
    assert closed_loop._fastest([iree, maxc, unsure_order]).name == "iree-max-concurrency"
    assert closed_loop._unshipped_faster(maxc, [iree, maxc, unsure_order]) == (
        "; not shipped: iree-debug, not surely 1% faster: x0.944 [0.900-1.000] of iree-max-concurrency "
        "in 20 paired rounds")
    # A median 2% faster whose interval reaches past 0.99 is not sure enough, and the terminal says so.
    unsure = [iree, maxc, flat, _candidate("iops", 88.2, (0.95, 0.995))]
    assert closed_loop._fastest(unsure).name == "iree-max-concurrency"
    assert closed_loop._unshipped_faster(maxc, unsure) == (
        "; not shipped: iops, not surely 1% faster: x0.980 [0.950-0.995] of iree-max-concurrency in 20 paired rounds")
    assert closed_loop._unshipped_faster(maxc, [iree, maxc, flat, _candidate("iops", 91.0, (0.98, 1.04))]) == ""
    # Of two surely faster picks, the one of lower ratio ships.
    assert closed_loop._fastest([iree, maxc, flat, _candidate("iops", 85.0, (0.9, 0.98)),
                                 _candidate("iops-2", 81.0, (0.85, 0.97))]).name == "iops-2"


def test_a_candidate_over_the_users_memory_budget_does_not_ship() -> None:
    """IREE's best order, over the budget, is still what picks are timed against, but the fastest
    order within it ships; where every IREE order is over, the fastest candidate within the budget
    ships, surely faster or not; the terminal says why a faster one did not."""
    iree, maxc, flat = _candidate("iree", 100.0), _candidate("iree-max-concurrency", 90.0), _candidate("iree-debug", 95.0)
    over = {"iree-max-concurrency": 3_000_000}
    assert closed_loop._fastest([iree, maxc, flat], over).name == "iree-debug"
    assert closed_loop._unshipped_faster(flat, [iree, maxc, flat], over) == (
        "; not shipped: iree-max-concurrency, over the memory budget: it allocates 3000000 B")
    unsure = _candidate("iops", 92.0, (0.99, 1.05))
    all_over = dict.fromkeys(["iree", "iree-max-concurrency", "iree-debug"], 3_000_000)
    assert closed_loop._fastest([iree, maxc, flat, unsure], all_over).name == "iops"
    # A surely faster pick over the budget gives way to the order within it.
    fast = _candidate("iops", 80.0, (0.85, 0.9))
    assert closed_loop._fastest([iree, maxc, flat, fast], {"iops": 4_000_000}).name == "iree-max-concurrency"


def test_the_first_pick_is_compiled_whatever_its_prediction_where_it_alone_is_leaner() -> None:
    """Where IREE's orders all allocate more than the user's budget, the search's first pick (4096 B
    as lowered) is compiled if it allocates less than each of them, however slow predicted."""
    from types import SimpleNamespace

    orders = [_candidate(name, 100.0) for name in IREE_ORDERS]

    def loop(budget: int | None, least_order: int) -> SimpleNamespace:
        chosen = SimpleNamespace(report=SimpleNamespace(memory=SimpleNamespace(transient_bytes=4096)))
        found = SimpleNamespace(options=SimpleNamespace(memory_budget=budget), candidates=orders, chosen=chosen,
                                _transient={c.name: least_order + i for i, c in enumerate(orders)})
        found.transient = lambda c: closed_loop._Loop.transient(found, c)
        return found

    assert closed_loop._Loop.needs_lean_pick(loop(1000, 5000))
    assert not closed_loop._Loop.needs_lean_pick(loop(1000, 4096))  # the pick is no leaner than IREE's order
    assert not closed_loop._Loop.needs_lean_pick(loop(5000, 5000))  # IREE's order keeps within the budget
    assert not closed_loop._Loop.needs_lean_pick(loop(None, 5000))  # no budget given


def test_irees_orders_are_ranked_by_their_ratios_over_paired_rounds(monkeypatch) -> None:
    """The host slows down after round two: the default order is 3% faster than max-concurrency in
    every round but one, which one slow call spoils. Its median over the session falls in the slow
    phase and max-concurrency's in the fast one, so their medians would rank them the other way.
    Another order replaces max-concurrency as IREE's best only where it is surely faster."""
    from types import SimpleNamespace
    from iops_mlir.progress import Progress

    samples = {"iree": [97.0, 97.0, 150.0, 150.0, 145.0], "iree-max-concurrency": [100.0, 100.0, 100.0, 155.0, 150.0],
               "iree-debug": [140.0, 140.0, 210.0, 210.0, 210.0]}
    monkeypatch.setattr(closed_loop, "time_programs",
                        lambda vmfbs, target, inputs, rounds, **_: Timed(samples, {name: 1.9 for name in vmfbs}))
    plain = SimpleNamespace(program=SimpleNamespace(target=None))
    loop = closed_loop._Loop(SimpleNamespace(verify_rounds=5), None, plain, [], Progress(quiet=True))
    loop.candidates = [_candidate(name, None) for name in IREE_ORDERS]
    loop.time_baseline()
    measured = {c.name: c.measured_us for c in loop.candidates}
    assert measured["iree"] == 145.0  # the default order's median: the scale of every candidate
    assert measured["iree-max-concurrency"] == pytest.approx(145.0 * 100.0 / 97.0)  # the median round's ratio
    # Ahead by its ratio, but five rounds, one of them spoiled, cannot make it surely 1% faster than
    # max-concurrency, which stays IREE's best order; twelve rounds of the same 3% lead do.
    default = loop.candidates[0]
    assert default.comparison.ratio == pytest.approx(97.0 / 100.0) and not default.comparison.faster()
    assert closed_loop._best_iree(loop.candidates).name == "iree-max-concurrency"
    samples.update({"iree": [97.0, 97.5] * 6, "iree-max-concurrency": [100.0, 100.4] * 6, "iree-debug": [140.0] * 12})
    loop.time_baseline()
    assert loop.candidates[0].comparison.faster() and loop.candidates[2].comparison.low > 1.0
    assert closed_loop._best_iree(loop.candidates).name == "iree"
    assert loop.candidates[1].comparison is None  # max-concurrency is the reference


def test_a_timing_of_two_picks_together_decides_between_them() -> None:
    """A code variant's program of the pick's waves timed x0.92 of IREE's best order in its own
    session, the pick x0.94 in its own; timed together, the variant was not surely faster than
    the pick, so the pick ships. Where that timing finds it surely faster, it ships, whatever the
    two sessions said."""
    iree, maxc, flat = _candidate("iree", 100.0), _candidate("iree-max-concurrency", 90.0), _candidate("iree-debug", 95.0)
    pick = _candidate("iops", 84.6, (0.92, 0.96))

    def variant(direct: tuple[float, float, float], measured_us: float) -> Candidate:
        found = _candidate("iops-undistributed", measured_us, (0.90, 0.98))
        found.predicted_from, found.direct = "iops", Comparison("iops", *direct, 20)
        return found

    close = [iree, maxc, flat, pick, variant((0.995, 0.97, 1.02), 82.8)]
    assert closed_loop._fastest(close).name == "iops"
    assert closed_loop._unshipped_faster(pick, close) == (
        "; not shipped: iops-undistributed, decided in its rounds with iops: x0.995 [0.970-1.020] of iops in 20 paired rounds")
    assert closed_loop._fastest([iree, maxc, flat, pick, variant((0.93, 0.90, 0.95), 86.4)]).name \
        == "iops-undistributed"
    # A direct timing against a program that is not surely faster than IREE's best order decides nothing.
    slow_pick = _candidate("iops", 89.0, (0.95, 1.02))
    assert closed_loop._fastest([iree, maxc, flat, slow_pick, variant((0.995, 0.97, 1.02), 82.8)]).name \
        == "iops-undistributed"


def test_a_pick_is_timed_with_the_program_it_was_predicted_from(monkeypatch) -> None:
    """Timed against IREE's best order alone where it was predicted from that order, and with the
    other program in the same rounds where it was predicted from that one."""
    from types import SimpleNamespace

    timed_sets = []

    def fake_time_programs(vmfbs, target, inputs, rounds, *, decided=None, rule=""):
        timed_sets.append(sorted(vmfbs))
        base = [100.0, 102.0, 98.0, 101.0, 99.0, 100.0]
        speed = {"iree-max-concurrency": 0.9, "iops": 0.85, "iops-undistributed": 0.8}
        samples = {name: [speed[name] * b for b in base] for name in vmfbs}
        assert decided(samples)  # 6 rounds, each comparison settled
        return Timed(samples, {name: None for name in vmfbs})

    monkeypatch.setattr(closed_loop, "time_programs", fake_time_programs)
    plain = SimpleNamespace(program=SimpleNamespace(target=None))
    loop = closed_loop._Loop(options=SimpleNamespace(verify_rounds=20), chosen=plain, plain=plain, inputs=[],
                             progress=SimpleNamespace(say=lambda text: None))
    loop.candidates = [_candidate("iree", 100.0), _candidate("iree-max-concurrency", 90.0),
                       _candidate("iree-debug", 95.0)]
    pick = _candidate("iops", 0.0)
    pick.predicted_from = "iree-max-concurrency"
    loop.candidates.append(pick)
    loop.time_pick(pick)
    assert timed_sets[-1] == ["iops", "iree-max-concurrency"] and pick.direct is None
    assert pick.measured_us == pytest.approx(85.0)
    variant = _candidate("iops-undistributed", 0.0)
    variant.predicted_from = "iops"
    loop.candidates.append(variant)
    loop.time_pick(variant)
    assert timed_sets[-1] == ["iops", "iops-undistributed", "iree-max-concurrency"]
    assert variant.direct.against == "iops" and variant.direct.ratio == pytest.approx(0.8 / 0.85)
    assert variant.comparison.against == "iree-max-concurrency" and variant.measured_us == pytest.approx(80.0)
    variant.owner = SimpleNamespace(program=SimpleNamespace(variant=SimpleNamespace(label="as-imported")))
    found = variant.to_json()
    assert found["predicted_from"] == "iops" and found["against_predicted_from"]["against"] == "iops"


def test_a_comparison_settles_once_its_interval_lies_on_one_side_of_the_minimum_gain() -> None:
    """Paired rounds: the pick 10% faster in every round is surely faster; one 10% slower surely
    not; one that alternates is unsettled, so its timing goes on."""
    reference = [100.0, 104.0, 98.0, 101.0, 99.0, 103.0, 97.0, 102.0]
    faster = Comparison.of({"iops": [0.9 * r for r in reference], "iree": reference}, "iops", "iree")
    assert faster.ratio == pytest.approx(0.9) and faster.faster() and faster.settled() and faster.rounds == 8
    slower = Comparison.of({"iops": [1.1 * r for r in reference], "iree": reference}, "iops", "iree")
    assert not slower.faster() and slower.settled()
    mixed = Comparison.of({"iops": [r * (0.9 if i % 2 else 1.1) for i, r in enumerate(reference)],
                           "iree": reference}, "iops", "iree")
    assert mixed.low < 0.99 < mixed.high and not mixed.settled()


def test_a_replanned_pick_is_compiled_only_if_predicted_faster_than_the_best_by_more_than_the_error() -> None:
    from types import SimpleNamespace

    plain = SimpleNamespace(program=SimpleNamespace(target=None))
    loop = closed_loop._Loop(options=None, chosen=plain, plain=plain, inputs=[], progress=None)
    loop.candidates = [_candidate("iree", 100.0), _candidate("iree-max-concurrency", 90.0),
                       _candidate("iree-debug", 95.0), _candidate("iops", 95.0, (0.9, 1.2))]
    for predicted, margin, worth in [(85.0, 0.0, True), (89.5, 0.0, False), (120.0, 0.0, False),
                                     (85.0, 0.05, True), (86.0, 0.05, False)]:
        loop.predict_pick = lambda owner, plan, stages, predicted=predicted: predicted
        why = loop.not_promising(SimpleNamespace(chosen=SimpleNamespace(stages=[[0]])), margin)
        assert (why is None) is worth
        # A model 5% off must predict a pick more than 5% faster than the best measured (85.5 us).
        assert worth or "iree-max-concurrency (90 us)" in why


def test_a_pick_is_predicted_from_the_fastest_program_measured_by_the_models_ratio() -> None:
    """The pick's call is the fastest measured program's (max-concurrency, 90 us) times the model's
    ratio of their spans (8 stages against 9, of 10 us each): 80 us. IREE's orders' profiled spans
    and calls lie on call = 1.4 x span - 50, so the calibration would have said 62 us."""
    from types import SimpleNamespace

    model = SimpleNamespace(program_us=lambda stages: 10.0 * len(stages))
    spans = {"iree": 140.0, "iree-max-concurrency": 100.0, "iree-debug": 150.0}
    profiled = SimpleNamespace(cost=SimpleNamespace(model=model),
                               program=lambda name: SimpleNamespace(profile=SimpleNamespace(span_us=lambda: spans[name])))
    owner = SimpleNamespace(profiled=profiled, program=SimpleNamespace(target=None))
    loop = closed_loop._Loop(options=None, chosen=owner, plain=owner, inputs=[], progress=None)
    for name, measured, stages in [("iree", 146.0, 12), ("iree-max-concurrency", 90.0, 9), ("iree-debug", 160.0, 14)]:
        plan = SimpleNamespace(chosen=SimpleNamespace(stages=[[k] for k in range(stages)]))
        loop.candidates.append(Candidate(name, owner=owner, plan=plan, vmfb=Path(f"{name}.vmfb"), predicted_us=None,
                                         measured_us=measured))
    pick = [[k] for k in range(8)]
    assert loop.predict_pick(owner, None, pick) == pytest.approx(80.0)
    assert Calibration.fit([(spans[c.name], c.measured_us) for c in loop.candidates]).call_us(
        model.program_us(pick)) == pytest.approx(62.0)


def test_an_iree_order_is_predicted_through_the_model_spans_of_the_others_without_its_own_data() -> None:
    """IREE's orders' spans under the model (10 us a stage) and their calls lie on call = 1.2 x span;
    their profiled spans do not (the profiler stretched the default order's). The left-out order
    is predicted from the model fitted without it (`refit(leave_out=...)`) and the other orders'
    model spans, whatever its own timing."""
    from types import SimpleNamespace

    from iops_mlir.pipeline.profiling import FLAT, Profiled

    def program(stages: int, span: float) -> SimpleNamespace:
        return SimpleNamespace(stages=[[k] for k in range(stages)], profile=SimpleNamespace(span_us=lambda: span))

    profiled = Profiled(graph=None, flat=program(15, 150.0),
                        programs={"iree": program(14, 160.0), "iree-max-concurrency": program(10, 80.0)})
    left_out = []
    profiled.refit = lambda leave_out=None: left_out.append(leave_out) or SimpleNamespace(
        model=SimpleNamespace(program_us=lambda stages: 10.0 * len(stages)))
    measured = {"iree": 168.0, FLAT: 180.0, "iree-max-concurrency": 999.0}
    span, calibration = profiled.leave_one_out("iree-max-concurrency", measured)
    assert left_out == ["iree-max-concurrency"] and calibration.points == 2
    assert span == pytest.approx(100.0) and calibration.call_us(span) == pytest.approx(120.0)
    # The profiled spans' calibration would have carried the default order's stretch into it.
    assert Calibration.fit([(160.0, 168.0), (150.0, 180.0)]).call_us(100.0) < 119.5


def test_calibration_fits_scale_and_offset_and_falls_back_on_noise() -> None:
    exact = Calibration.fit([(100.0, 130.0), (200.0, 220.0), (1000.0, 940.0)])  # call = 0.9 span + 40
    assert exact.scale == pytest.approx(0.9) and exact.offset_us == pytest.approx(40.0)
    assert exact.call_us(500.0) == pytest.approx(490.0)
    # Spans too alike for the timing noise: a slope out of range is not believed.
    noisy = Calibration.fit([(70.0, 125.0), (65.0, 117.0), (100.0, 120.0)])
    assert noisy.scale == 1.0 and noisy.offset_us == pytest.approx(52.0)
    assert Calibration.fit([]).call_us(10.0) == 10.0


def test_two_calls_shorter_than_their_spans_calibrate_by_ratio() -> None:
    # Small NASNet-A's flat program and IREE's default order: the profiler stretched both calls
    # by about a tenth; max-concurrency's 2,200 us span timed 2,000 us a call. An offset (-430
    # us) would have predicted 1,770 us for it.
    stretched = Calibration.fit([(3485.0, 2982.0), (3116.0, 2800.0)])
    assert stretched.offset_us == 0.0 and stretched.scale == pytest.approx((2982 / 3485 + 2800 / 3116) / 2)
    assert stretched.call_us(2200.0) == pytest.approx(1930.0, abs=1.0)
    # Calls longer than their spans pay a fixed cost, the same for a shorter program.
    fixed = Calibration.fit([(72.0, 162.0), (90.0, 178.0)])
    assert fixed.scale == 1.0 and fixed.call_us(60.0) == pytest.approx(60.0 + 89.0)


def test_calls_longer_than_their_spans_in_proportion_calibrate_by_ratio() -> None:
    # Small NASNet-A's IREE orders timed in a slower phase of the machine than their profiles ran
    # in: calls 1.91-2.08 times their spans. A fixed cost (the median difference, 2,398 us)
    # predicted max-concurrency's 1,935 us span at 4,333 us, timed 3,698 us; the ratio of the
    # other two orders at 3,990 us. A small program's fixed cost stays a fixed cost (above).
    slower = Calibration.fit([(2222.0, 4620.0), (2450.0, 5011.0)])
    assert slower.offset_us == 0.0 and slower.scale == pytest.approx((4620 / 2222 + 5011 / 2450) / 2)
    assert slower.call_us(1935.0) == pytest.approx(3990.0, abs=5.0)
    assert slower.error([(2222.0, 4620.0), (2450.0, 5011.0)]) < 0.01


def test_calls_far_shorter_than_their_spans_keep_their_ratio() -> None:
    # Small RandWire's default order and flat program: their profiled spans ran 2.3 times their
    # calls. An offset (-570 us) predicted max-concurrency's 766 us span at 127 us a call, which
    # timed 377 us; the ratio, however far from 1, stays in proportion.
    stretched = Calibration.fit([(1001.0, 431.5), (1150.0, 446.6)])
    ratio = (431.5 / 1001.0 + 446.6 / 1150.0) / 2
    assert stretched.offset_us == 0.0 and stretched.scale == pytest.approx(ratio)
    assert stretched.call_us(766.0) == pytest.approx(766.0 * ratio)
    # With a third program whose slope is not believed, the same.
    assert Calibration.fit([(1001.0, 431.5), (1150.0, 446.6), (836.0, 376.5)]).offset_us == 0.0


def _compile(spec: str, tmp_path: Path, capsys, *extra: str, name: str = "m") -> tuple[int, dict, str]:
    """A compile whose candidates are IREE's orders and the picks: the same waves with other code
    for the device's workers, tried where fewer workers are faster, have their own tests
    (test_code_variants.py)."""
    code, out, err = run_cli(capsys, "compile", "--module", spec, "--verify-rounds", "3", "-o",
                             tmp_path / f"{name}.vmfb", "--dump-dir", tmp_path / name, "--distribution", "keep",
                             *extra)
    schedule = json.loads((tmp_path / name / "schedule.json").read_text()) if code == 0 else {}
    return code, schedule, out + err


def _matches_torch(vmfb: Path, spec: str) -> bool:
    from iops_mlir import frontend

    _, module, inputs = frontend.load(model=None, module_spec=spec)
    actual = runner.run(runner.load_function(vmfb, "local-task"), [t.numpy() for t in inputs])
    return runner.compare(actual, runner.torch_outputs(module, inputs)).within(1e-4, 1e-4)


def _search_whatever_the_profile(monkeypatch) -> None:
    """Search and pick, whatever the tiny program's profile says: its headroom, the first search's
    bar and the search's pick follow the machine's load (run beside another test process, both
    tests once found no pick to time: the search skipped for no headroom, or its pick one of
    IREE's orders), and those rules have their own tests."""
    monkeypatch.setattr(scheduling, "NO_GAIN_BELOW", float("-inf"))
    monkeypatch.setattr(pick_rule.FirstBar, "reached", property(lambda self: False))
    known = closed_loop._Loop.known

    def new_first(self, stages):
        return known(self, stages) if any(c.is_pick for c in self.candidates) else None
    monkeypatch.setattr(closed_loop._Loop, "known", new_first)


def _first_pick_always(monkeypatch) -> None:
    """Compile the first pick whatever the model predicts (the rule that may skip it has its own tests)."""
    _search_whatever_the_profile(monkeypatch)
    rule = closed_loop._Loop.not_promising

    def first_always(self, plan, margin=0.0):
        return None if not any(c.is_pick for c in self.candidates) else rule(self, plan, margin)
    monkeypatch.setattr(closed_loop._Loop, "not_promising", first_always)


def test_the_closed_loop_measures_every_candidate_and_ships_the_fastest(tiny_module_spec, capsys, tmp_path,
                                                                         monkeypatch) -> None:
    """The default compile: profiled model, IREE's three orders and the pick timed, the winner's very
    file shipped; a second compile reads profiles and timings back and writes the same bytes."""
    _first_pick_always(monkeypatch)
    code, schedule, err = _compile(tiny_module_spec, tmp_path, capsys, "--replace", "none")
    assert code == 0, err
    loop, shipped = schedule["closed_loop"], schedule["shipped"]
    names = [c["scheduler"] for c in loop["candidates"]]
    assert names[:3] == IREE_ORDERS and "iops" in names
    measured = {c["scheduler"]: c["measured_us"] for c in loop["candidates"]}
    assert all(v > 0 for v in measured.values()) and shipped["candidates"] == measured
    # Every timed candidate says how many cores its calls kept busy (at most the machine's), and
    # every timing session how many the workers lacked to other processes (IREE's orders', the pick's).
    assert all(0 < c["busy_cores"] <= (os.cpu_count() or 1) + 0.5 for c in loop["candidates"])
    assert len(loop["short_cores"]) >= 2 and all(s is None or 0 <= s <= (os.cpu_count() or 1)
                                                 for s in loop["short_cores"])
    best_iree = measured[_irees_best(loop)]
    pick = next(c for c in loop["candidates"] if c["scheduler"] == "iops")
    against = pick["against_best_iree"]  # timed in paired rounds against IREE's best order
    assert against["against"] == _irees_best(loop)
    assert against["interval"][0] <= against["ratio"] <= against["interval"][1]
    # A program this fast is timed past its 3 rounds, until 3 x 0.25 s passed, and at most 20 x 3 rounds.
    assert 3 < against["rounds"] <= 60
    assert pick["measured_us"] == pytest.approx(against["ratio"] * best_iree, rel=1e-3)
    if shipped["scheduler"].startswith("iree"):
        assert shipped["measured_us"] == best_iree  # never slower than IREE's best order, as measured
    else:
        assert against["interval"][1] < 1 - loop["min_gain"]
    assert shipped["scheduler"] == schedule["scheduler"]
    assert pick["predicted_us"] > 0 and pick["error"] == pytest.approx(pick["predicted_us"] / pick["measured_us"] - 1,
                                                                        abs=1e-3)
    for c in loop["candidates"][:3]:  # IREE's orders, predicted leave-one-program-out (the flat program too)
        assert c["predicted_us"] > 0
    dump = tmp_path / "m"
    name = shipped["scheduler"]
    winner = dump / ("iree-order.vmfb" if name == "iree" else f"{name}-order.vmfb" if name.startswith("iree")
                     else f"{name}.vmfb")
    assert (tmp_path / "m.vmfb").read_bytes() == winner.read_bytes()  # the very file that was timed
    # Each candidate names its file by digest (what the bench matches the same file by).
    assert shipped["sha256"] == hashlib.sha256(winner.read_bytes()).hexdigest()
    assert all(len(c["sha256"]) == 64 for c in loop["candidates"])
    stream = (dump / "stream.mlir").read_text()
    assert stream == (dump / f"stream.{name}.mlir").read_text()  # the dump shows what ships
    if name != "iree-max-concurrency":  # its waves are IREE's own, read back with IREE's reader
        assert [sorted(w) for w in cmd_waves(stream) if len(w) > 1] == \
            [sorted(s) for s in schedule["stages"] if len(s) > 1]
    assert _matches_torch(tmp_path / "m.vmfb", tiny_module_spec)
    # A pick is profiled only for a refit or because it ships (its measured timeline).
    refit = loop["stopped"] != "prediction and measurement agree within the margin"
    assert (dump / "profiles" / "iops.1.ireeprof").exists() == (refit or name == "iops")
    model, room = schedule["cost_model"], schedule["device_headroom"]  # fitted on the profiles, and their bound
    assert model["name"] == "profiled" and model["workers"] >= 1 and model["contention"] >= 1.0
    # Every stage of every profiled program (and of the pick, when its error made the loop refit).
    assert model["fitted_on"][:3] == ["iree-debug", "iree", "iree-max-concurrency"]
    assert model["fit_samples"] >= schedule["num_dispatches"] + 2
    # The device's workers: the most any profile showed busy at once, IREE's orders' for the
    # headroom, and a pick's too where its profile joined the model's fit.
    assert room["workers"] == model["workers"] or (room["workers"] < model["workers"] and "iops" in model["fitted_on"])
    assert room["lower_bound_us"] <= room["iree_measured_us"] * 1.5
    assert 0.0 < room["utilisation"] <= 1.0 and "device headroom:" in err
    # What the waves of IREE's orders gave over their dispatches one at a time (the model's three
    # branches run side by side in them).
    side = room["side_by_side"]
    assert side["program"] in ("iree", "iree-max-concurrency") and side["dispatches"] >= 2 * side["waves"] >= 2
    assert side["together_us"] > 0 and side["alone_us"] > 0 and "side by side" in err
    runtime = schedule["runtime"]  # the output timed on the target's workers and on fewer
    if target_workers(load_target("llvm-cpu")) > 1:
        check = runtime["workers_check"]
        assert sorted(check["median_us"], key=int) == sorted(map(str, worker_counts(check["workers"])), key=int)
        assert all(len(v) in (2, 4) and min(v) > 0 for v in check["process_medians_us"].values())
        advised = check["advised_workers"]
        assert ("advised_flags" in runtime) == (advised != check["workers"])
        assert f"--task_topology_group_count={advised}" in err  # the run command the compile prints
    code, again, err = _compile(tiny_module_spec, tmp_path, capsys, "--replace", "none", name="again")
    assert code == 0 and "timing" not in err or "cached after the first time" in err
    assert (tmp_path / "again.vmfb").read_bytes() == (tmp_path / "m.vmfb").read_bytes()
    assert again["shipped"] == shipped and again["runtime"] == runtime


def test_a_timing_session_on_a_busy_machine_is_recorded_and_said() -> None:
    from types import SimpleNamespace

    from iops_mlir.cost.timed import Timed
    from iops_mlir.pipeline import closed_loop

    said: list[str] = []
    loop = SimpleNamespace(short_cores=[], progress=SimpleNamespace(say=said.append))
    for short in (0.1, 1.02, None):
        closed_loop._Loop.note_host(loop, Timed({}, {}, short, workers=2))
    assert loop.short_cores == [0.1, 1.02, None]
    assert said == ["other processes left the 2 workers 1.02 cores short while they were timed: the choice they "
                    "make may not hold on a quiet machine, where a compile times them again"]


def test_a_first_pick_the_model_does_not_favour_is_not_compiled(tiny_module_spec, capsys, tmp_path,
                                                                monkeypatch) -> None:
    """With the profiled model the first pick, too, must be predicted faster than IREE's best order
    by more than the model's error: otherwise IREE's orders are the only candidates."""
    asked = []

    def never(self, plan, margin=0.0):
        asked.append(margin)
        return "predicted no faster"
    _search_whatever_the_profile(monkeypatch)
    monkeypatch.setattr(closed_loop._Loop, "not_promising", never)
    code, schedule, err = _compile(tiny_module_spec, tmp_path, capsys, "--replace", "none")
    assert code == 0, err
    loop = schedule["closed_loop"]
    assert asked == [schedule["cost_model"]["margin"]] and loop["stopped"] == "predicted no faster"
    assert [c["scheduler"] for c in loop["candidates"]] == IREE_ORDERS
    assert schedule["scheduler"] in IREE_ORDERS
    assert not (tmp_path / "m" / "iops.vmfb").exists()  # nothing compiled for the pick
    assert _matches_torch(tmp_path / "m.vmfb", tiny_module_spec)


@pytest.mark.parametrize("min_gain, ships", [(-100.0, "iops"), (1.0, None)])
def test_the_minimum_gain_decides_between_the_pick_and_irees_orders(min_gain, ships, monkeypatch,
                                                                     tiny_module_spec, tmp_path, capsys) -> None:
    """`--verify on` with any model: with a gain of -10000% any pick ships (however noisy three
    rounds of a tiny program are); with 100% nothing beats IREE's best order, which ships as the
    very file that was timed."""
    monkeypatch.setattr(closed_loop, "MIN_GAIN", min_gain)
    code, schedule, err = _compile(tiny_module_spec, tmp_path, capsys, "-q", "--cost-model", "analytic",
                                   "--verify", "on", "--replace", "none")
    assert code == 0, err
    measured = schedule["shipped"]["candidates"]
    assert sorted(measured) == sorted(IREE_ORDERS + ["iops"])  # IREE's three orders timed, profiled or not
    if ships is None:  # no order is surely 100% faster than another: max-concurrency
        ships = "iree-max-concurrency"
    assert schedule["scheduler"] == schedule["shipped"]["scheduler"] == ships
    assert schedule["closed_loop"]["stopped"].startswith("the cost model was not fitted")
    assert len(schedule["timeline"]["stage_us"]) == len(schedule["stages"])  # what explain draws
    assert _matches_torch(tmp_path / "m.vmfb", tiny_module_spec)


def test_a_chain_is_neither_profiled_nor_searched(tmp_path, capsys) -> None:
    (tmp_path / "chain.py").write_text(CHAIN_MODEL)
    code, schedule, err = _compile(f"{tmp_path / 'chain.py'}:build", tmp_path, capsys)
    assert code == 0, err
    assert schedule["search_skipped"].startswith("nothing to reorder") and "nothing profiled" in err
    assert schedule["scheduler"] == "iree" and "closed_loop" not in schedule
    assert not (tmp_path / "m" / "profiles").exists()
    assert _matches_torch(tmp_path / "m.vmfb", f"{tmp_path / 'chain.py'}:build")


def test_no_headroom_ships_irees_best_order_without_a_search(monkeypatch, tiny_module_spec, tmp_path,
                                                                         capsys) -> None:
    monkeypatch.setattr(scheduling, "NO_GAIN_BELOW", 1.01)  # no gain can be enough
    code, schedule, err = _compile(tiny_module_spec, tmp_path, capsys, "--replace", "auto")
    assert code == 0, err
    assert schedule["search_skipped"].startswith("no headroom") and "keeping IREE's order" in err
    assert "operator replacement: not tried" in err  # the rewritten program is written, not compiled
    assert not (tmp_path / "m" / "replaced" / "flow.mlir").exists()
    # No pick: IREE's three orders (compiled to be profiled) timed, the best shipped as that very file.
    loop, shipped = schedule["closed_loop"], schedule["shipped"]
    assert [c["scheduler"] for c in loop["candidates"]] == IREE_ORDERS
    assert loop["stopped"] == schedule["search_skipped"]
    measured = shipped["candidates"]
    name = _irees_best(loop)
    assert schedule["scheduler"] == shipped["scheduler"] == name and shipped["measured_us"] == measured[name]
    vmfb = "iree-order.vmfb" if name == "iree" else f"{name}-order.vmfb"
    assert (tmp_path / "m.vmfb").read_bytes() == (tmp_path / "m" / vmfb).read_bytes()
    # Its prediction comes from the model and calibration fitted without its own profile and timing.
    winner = next(c for c in loop["candidates"] if c["scheduler"] == name)
    assert shipped["predicted_us"] == winner["predicted_us"] > 0 and "iree" in schedule["cost_model"]["fitted_on"]


def test_a_memory_budget_no_iree_order_keeps_searches_anyway_and_ships_the_leanest(monkeypatch, tiny_module_spec,
                                                                                  tmp_path, capsys) -> None:
    """Asked for 1 byte, none of IREE's orders keeps within it: the search runs though no gain is
    in sight (the headroom rule would keep IREE's order), and, no candidate keeping within the
    budget either, the one that allocates least ships, with a warning."""
    monkeypatch.setattr(scheduling, "NO_GAIN_BELOW", 1.01)  # no gain can be enough
    code, schedule, err = _compile(tiny_module_spec, tmp_path, capsys, "--replace", "none", "--memory-budget", "1")
    assert code == 0, err
    assert "none of IREE's orders keeps within the 1 B memory budget (transient memory: iree " in err
    assert "search_skipped" not in schedule and "searching (" in err
    work = tmp_path / "m"
    allocated = {c["scheduler"]: transient_bytes(CommandLog(work), c["scheduler"])
                 for c in schedule["closed_loop"]["candidates"]}
    budget = schedule["closed_loop"]["memory_budget"]
    assert budget["transient_bytes"] == allocated and budget["budget_bytes"] == 1
    assert set(budget["over_budget"]) == {n for n, b in allocated.items() if b > min(allocated.values())}
    shipped = schedule["shipped"]["scheduler"]
    assert allocated[shipped] == min(allocated.values()) == schedule["memory"]["transient_bytes"]
    assert f"warning: no candidate keeps within the 1 B memory budget: {shipped} allocates {allocated[shipped]} B" in err
    assert _matches_torch(tmp_path / "m.vmfb", tiny_module_spec)


def test_where_no_pick_could_pass_the_bar_neither_the_search_nor_ios_runs(monkeypatch, tiny_module_spec, tmp_path,
                                                                        capsys) -> None:
    """IREE's orders are timed before the search (the closed loop's first session, not timed again);
    where the model's lower bound already reaches the bar for a pick against the fastest of them,
    nothing is searched, IOS's DP does not run, the loop compiles no pick and the fastest order
    ships. Operator replacement is still tried: the bar is of this program's schedules, and the
    rewrite's own pick is weighed against IREE's order."""
    monkeypatch.setattr(pick_rule.FirstBar, "reached", property(lambda self: True))
    # A margin of 99%: the rewrite, predicted faster or not, is not kept, so the program as
    # imported is the one whose report is written.
    code, schedule, err = _compile(tiny_module_spec, tmp_path, capsys, "--replace", "auto", "--margin", "0.99")
    assert code == 0, err
    assert "operator replacement: not tried" not in err and (tmp_path / "m" / "replaced" / "flow.mlir").exists()
    decision = schedule["replacements"]["decision"]  # weighed: IREE's order against the rewrite's own pick
    assert decision["scheduler"] == "iree" and set(decision["predicted_us"]) == {"as-imported", "replaced"}
    assert not schedule["replacements"]["applied"]
    bar, search = schedule["search"]["first_bar"], schedule["search"]
    assert schedule["search_skipped"].startswith("no pick could be worth a compile") and bar["reached"]
    assert search["nodes"] == 0 and search["stopped"]["when"] == "before the search"
    assert schedule["ios"] == {"skipped": scheduling.IOS_LEFT_OUT}
    assert "searching (" not in err.split("[replaced]")[0]
    loop = schedule["closed_loop"]
    assert [c["scheduler"] for c in loop["candidates"]] == IREE_ORDERS and loop["stopped"] == schedule["search_skipped"]
    assert err.count("timing 3 programs on the device") == 1  # one session, before the search
    measured = {c["scheduler"]: c["measured_us"] for c in loop["candidates"]}
    # The bar is set by the fastest order as measured; IREE's best order ships.
    assert bar["fastest"] == min(IREE_ORDERS, key=measured.get)
    assert schedule["shipped"]["scheduler"] == _irees_best(loop)
    assert bar["fastest_measured_us"] == pytest.approx(measured[bar["fastest"]], rel=1e-3)
    assert _matches_torch(tmp_path / "m.vmfb", tiny_module_spec)


def test_bad_verify_rounds_get_a_clear_error(tiny_module_spec, capsys, tmp_path) -> None:
    from conftest import assert_clean_error

    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--verify-rounds", "2",
                           "-o", tmp_path / "m.vmfb")
    assert_clean_error(code, err, "--verify-rounds must be at least 3")
    assert not (tmp_path / "m.vmfb").exists()


def test_where_nothing_measures_a_faster_predicted_iree_order_ships(monkeypatch, tiny_module_spec, tmp_path,
                                                                   capsys) -> None:
    """Under the analytic model nothing times the output, so IREE's max-concurrency order competes by
    prediction. On the three-branch model the memory budget (IREE's default order's peak) keeps
    the search from running the branches together, and max-concurrency is predicted 20% faster:
    its own program ships. Under a budget the user gives, or asked for 99% (never), the search's
    schedule ships."""
    args = ["compile", "--module", tiny_module_spec, "--cost-model", "analytic"]
    out = tmp_path / "m.vmfb"
    code, _, err = run_cli(capsys, *args, "--dump-dir", tmp_path / "d", "-o", out)
    assert code == 0, err
    assert "max-concurrency order is predicted 20% faster" in err
    report = json.loads((tmp_path / "d" / "schedule.json").read_text())
    assert report["shipped"]["scheduler"] == "iree-max-concurrency"
    assert report["shipped"]["predicted_us"] < report["predicted_us"]["iops"]
    assert out.read_bytes() == (tmp_path / "d" / "iree-max-concurrency-order.vmfb").read_bytes()
    # A budget the user gives holds for IREE's orders too, by what IREE allocates for each: at what
    # it allocates for its default order, below max-concurrency's, the pick ships.
    budget = report["memory"]["iree_transient_bytes"]
    assert transient_bytes(CommandLog(tmp_path / "d"), "iree-max-concurrency") > budget
    code, _, err = run_cli(capsys, *args, "--memory-budget", budget, "--dump-dir", tmp_path / "b",
                           "-o", tmp_path / "b.vmfb")
    assert code == 0 and "order is predicted" not in err
    assert json.loads((tmp_path / "b" / "schedule.json").read_text())["shipped"]["scheduler"] == "iops"
    monkeypatch.setattr(scheduling, "FASTER_BY", 0.99)
    code, _, err = run_cli(capsys, *args, "--dump-dir", tmp_path / "e", "-o", tmp_path / "e.vmfb")
    assert code == 0 and "order is predicted" not in err
    assert json.loads((tmp_path / "e" / "schedule.json").read_text())["shipped"]["scheduler"] == "iops"


def test_an_iree_order_wider_than_the_runtime_takes_does_not_compete(monkeypatch, tiny_module_spec, tmp_path,
                                                                     capsys) -> None:
    """A target whose runtime takes at most two dispatches between barriers (a CUDA graph takes 32):
    IREE's max-concurrency order runs the three branches in one wave, so its program, predicted 20%
    faster, would not run there. It does not compete, the search's schedule ships, and
    schedule.json names the order and its widest wave. Asked for with `--scheduler iree`, IREE's
    order still ships, with a warning where a wave of it is too wide."""
    real_load = targets._load
    monkeypatch.setattr(targets, "_load", lambda name: {**real_load(name), "max_wave": 2})
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--cost-model", "analytic",
                           "--dump-dir", tmp_path / "d", "-o", tmp_path / "m.vmfb")
    assert code == 0, err
    assert "max-concurrency order runs 3 dispatches in one wave, more than the 2" in err
    assert "order is predicted" not in err
    report = json.loads((tmp_path / "d" / "schedule.json").read_text())
    assert report["search"]["iree_orders_too_wide"]["iree-max-concurrency"] == 3
    assert report["shipped"]["scheduler"] == "iops"
    # Asked for, IREE's order ships as IREE compiles it; a wave wider than the limit is warned of.
    monkeypatch.setattr(targets, "_load", lambda name: {**real_load(name), "max_wave": 1})
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--scheduler", "iree", "--replace", "none",
                           "--verify", "off", "--dump-dir", tmp_path / "i", "-o", tmp_path / "i.vmfb")
    assert code == 0, err
    widest = max(map(len, json.loads((tmp_path / "i" / "schedule.json").read_text())["stage_nodes"]))
    assert widest > 1 and f"warning: IREE's order runs {widest} dispatches in one wave, more than the 1" in err
