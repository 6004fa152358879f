"""Whole-program profiles from IREE's HAL profiler and the headroom they give, on recorded profiles.

tests/data/profiles/ holds the dispatch events (`iree-profile dispatch --format=jsonl
--dispatch_events`) of four calls of the tiny three-branch model in IREE's order and as the flat
program (one dispatch at a time), that program's graph.json and IREE's stages of it: every test
here but the CLI one needs no device.
"""

from __future__ import annotations

import dataclasses
import json
import random
import statistics
from pathlib import Path

import pytest
from test_scheduler import make_graph

from iops_mlir.cost.hal_profile import (LEAST_TYPICAL, DispatchEvent, ProgramProfile, call_span_ns, calls, join,
                                        parse_dispatch_events, typical)
from iops_mlir.cost import hal_profile
from iops_mlir.errors import UserError
from iops_mlir.graph import DispatchGraph
from iops_mlir.cost import wave_model
from iops_mlir.cost.wave_model import ProfiledProgram
from iops_mlir.headroom import (Headroom, SideBySide, critical_path_us, headroom, headroom_lines, schedule_bound_us,
                               side_by_side)
from iops_mlir.targets import load_target
from iops_mlir.workers import target_workers, worker_counts

DATA = Path(__file__).parent / "data" / "profiles"
GRAPH = DispatchGraph.from_json((DATA / "tiny.graph.json").read_text())


def _profile(name: str) -> ProgramProfile:
    """The recorded calls but the first (the untimed one), as `profile_programs` keeps them."""
    return ProgramProfile("local-task", calls(parse_dispatch_events((DATA / f"tiny.{name}.jsonl").read_text()),
                                              GRAPH)[1:])


def _overlapping_pairs(profile: ProgramProfile) -> int:
    events = sorted(profile.runs[0].values(), key=lambda e: e.start_ns)
    return sum(1 for i, a in enumerate(events) for b in events[i + 1:] if b.start_ns < a.end_ns)


def test_every_call_has_one_event_per_dispatch_in_program_order() -> None:
    events = parse_dispatch_events((DATA / "tiny.flat.jsonl").read_text())
    assert len(events) == 4 * len(GRAPH.dispatch_ids())  # four calls
    assert len(calls(events, GRAPH)) == 4
    one_call = events[:len(GRAPH.dispatch_ids())]
    assert [e.command_index for e in one_call] == sorted(e.command_index for e in one_call)
    joined = join(one_call, GRAPH)
    assert sorted(joined) == GRAPH.dispatch_ids()
    assert all(GRAPH.nodes[n].symbol.endswith("::" + e.key) for n, e in joined.items())
    assert all(e.duration_ns > 0 and e.core_ns >= e.duration_ns * 0.5 for e in events)


def test_iree_waves_overlap_in_time_and_the_flat_program_does_not() -> None:
    """The instrument sees concurrency: IREE's waves run dispatches at the same time."""
    assert _overlapping_pairs(_profile("iree")) >= 1
    assert _overlapping_pairs(_profile("flat")) == 0


def test_a_profile_of_another_program_is_refused() -> None:
    other = DispatchGraph.from_json((Path(__file__).parent / "ir" / "wide_fanout" / "graph.json").read_text())
    with pytest.raises(UserError, match="not taken from this program"):
        calls(parse_dispatch_events((DATA / "tiny.flat.jsonl").read_text()), other)
    with pytest.raises(UserError, match="not taken from this program"):
        calls(parse_dispatch_events((DATA / "tiny.flat.jsonl").read_text())[:-1], GRAPH)  # a call cut short


def test_idle_stretches_are_where_no_dispatch_runs() -> None:
    """A dispatch that runs inside a longer one leaves no stretch after it while the longer one
    still runs, and one that starts as another ends leaves none either: events 0-100, 10-20,
    30-40, 150-160 and 160-170 ns leave one stretch, 100-150."""
    spans = [(0, 100), (10, 20), (30, 40), (150, 160), (160, 170)]
    run = {n: DispatchEvent(f"d{n}", 0, 0, n, start, end, None) for n, (start, end) in enumerate(spans)}
    assert hal_profile.idle_gaps_ns(run) == [50]
    assert hal_profile.idle_gaps_ns({0: run[0]}) == []


def test_headroom_from_the_recorded_profiles() -> None:
    from iops_mlir.cost.wave_model import wave_samples
    from iops_mlir.headroom import height

    flat, iree = _profile("flat"), _profile("iree")
    waves = json.loads((DATA / "tiny.iree_stages.json").read_text())  # IREE's stages of this program
    flat_program = ProfiledProgram("flat", [[n] for n in GRAPH.dispatch_ids()], flat)
    found = headroom(GRAPH, flat_program, ProfiledProgram("iree", waves, iree))
    assert found.workers == 2  # this machine's two cores, read off the core times
    assert found.iree_measured_us == pytest.approx(iree.span_us())
    # The fewest stages: the longest chain, 8 of the 15 dispatches (IREE's order, a schedule too,
    # has 14), each boundary a barrier no shorter than the shortest measured (the flat program's
    # at the speed of IREE's order, below).
    assert found.stages_at_least == height(GRAPH) == 8 and len(waves) == 14
    gaps = [scale * s.gap_us for p, st, scale in ((flat, flat_program.stages, found.speed), (iree, waves, 1.0))
            for s in wave_samples(p, st) if s.gap_us is not None]
    assert 0.0 < found.barrier_us == pytest.approx(min(gaps))
    sums = max(found.critical_path_us, found.core_us / 2) + (found.stages_at_least - 1) * found.barrier_us
    assert found.sums_bound_us == pytest.approx(sums)
    assert found.lower_bound_us == pytest.approx(max(sums, found.schedule_bound_us))
    # Stage by stage, the search's bound under the same limits; it holds for IREE's order too,
    # whose every stage costs at least what the bound charges it.
    assert 0.0 < found.schedule_bound_us <= found.iree_measured_us
    # The flat program's times are put at the speed IREE's order ran its lone dispatches: their
    # latencies (core times) in IREE's calls over the same dispatches' in the flat program's.
    nodes = GRAPH.dispatch_ids()
    lone = [stage[0] for stage in waves if len(stage) == 1]
    assert found.speed == pytest.approx(sum(iree.latency_us(n) for n in lone) / sum(flat.latency_us(n) for n in lone))
    assert found.core_speed == pytest.approx(sum(iree.core_us(n) for n in lone) / sum(flat.core_us(n) for n in lone))
    assert found.speed != 1.0 and found.core_speed != 1.0
    # Each dispatch's core time is the least either profile shows; run alone on both workers, a
    # dispatch spends more of it than in a wave (here on 8 of the 15 dispatches).
    flat_core = {n: found.core_speed * flat.core_us(n) for n in nodes}
    assert found.core_us == pytest.approx(sum(min(flat_core[n], iree.core_us(n)) for n in nodes))
    assert found.core_us < sum(flat_core.values())
    assert found.lower_bound_us <= found.speed * found.flat_measured_us  # the flat program is a schedule too
    assert found.critical_path_us <= found.speed * sum(flat.latency_us(n) for n in nodes)
    assert 0.0 <= found.max_gain < 1.0 and 0.0 < found.utilisation <= 1.0
    # The time between dispatches: in the flat program one stretch between each two dispatches of
    # a call, in IREE's order fewer (its waves overlap), their time the median call's.
    flat_idle = [hal_profile.idle_gaps_ns(run) for run in flat.runs]
    assert all(len(gaps) == len(nodes) - 1 for gaps in flat_idle)
    iree_idle = [hal_profile.idle_gaps_ns(run) for run in iree.runs]
    assert 0 < found.idle_gaps == round(statistics.median(len(g) for g in iree_idle)) < len(nodes) - 1
    assert found.idle_us == pytest.approx(statistics.median(sum(g) for g in iree_idle) / 1e3)
    for run, gaps in zip(iree.runs, iree_idle):  # a sweep over the call's starts and ends: time with none running
        running, last, idle = 0, None, 0
        for at, step in sorted([(e.start_ns, 1) for e in run.values()] + [(e.end_ns, -1) for e in run.values()],
                               key=lambda point: (point[0], -point[1])):
            if running == 0 and last is not None:
                idle += at - last
            running += step
            last = at
        assert sum(gaps) == idle
    assert 0.0 < found.idle_share < 1.0
    doc = found.to_json()
    assert {"workers", "utilisation", "iree_measured_us", "lower_bound_us", "max_gain", "idle_us", "idle_gaps"} <= set(doc)
    lines = headroom_lines(doc)
    assert any(line.startswith("between dispatches:") and f"{found.idle_gaps} stretches" in line for line in lines)
    assert "can gain at most" in found.sentence()
    # What IREE's waves gave over their dispatches one at a time: their spans against the flat
    # program's latencies of the same dispatches.
    side = found.side_by_side
    together = [s for s in wave_samples(iree, waves) if len(s.members) > 1]
    assert side.program == "iree" and side.waves == len(together) >= 1
    assert side.dispatches == sum(len(s.members) for s in together)
    assert side.together_us == pytest.approx(sum(s.span_us for s in together))
    # Their latencies one at a time, at the speed IREE's order ran its lone dispatches.
    lone = [s.members[0] for s in wave_samples(iree, waves) if len(s.members) == 1]
    assert side.speed == pytest.approx(sum(iree.latency_us(n) for n in lone) / sum(flat.latency_us(n) for n in lone))
    assert side.alone_us == pytest.approx(side.speed * sum(flat.latency_us(n) for s in together for n in s.members))
    assert doc["side_by_side"]["ratio"] == pytest.approx(side.together_us / side.alone_us, abs=1e-4)
    assert side.sentence() in found.sentence()


def _events(spans: dict[int, tuple[int, int]]) -> dict[int, DispatchEvent]:
    """One call: each node's event from its (start, end) in nanoseconds."""
    return {n: DispatchEvent(f"d{n}", 0, 0, n, start, end, 2 * (end - start)) for n, (start, end) in spans.items()}


def test_side_by_side_compares_waves_with_their_dispatches_one_at_a_time() -> None:
    """Two 10 us dispatches: one after the other in the flat program; side by side in the order
    with a wave of both. The order whose waves hold the most dispatches is the one measured, and
    the flat program's latencies are taken at the speed the order ran its lone dispatch: an order
    profiled while the machine ran at half speed gives the same ratio."""
    flat = ProfiledProgram("flat", [[0], [1], [2]], ProgramProfile(
        "local-task", [_events({0: (0, 10_000), 1: (11_000, 21_000), 2: (22_000, 32_000)})] * 3))

    def order(name: str, wave_us: int, slower: int = 1) -> ProfiledProgram:
        wave_end, lone_end = 1_000 * wave_us * slower, 1_000 * (wave_us + 11) * slower
        return ProfiledProgram(name, [[0, 1], [2]], ProgramProfile(
            "local-task", [_events({0: (0, wave_end), 1: (0, wave_end), 2: (lone_end - 10_000 * slower, lone_end)})] * 3))

    sequential = ProfiledProgram("sequential", flat.stages, flat.profile)
    paying = side_by_side(flat, [sequential, order("paying", 14)])
    assert (paying.program, paying.waves, paying.dispatches, paying.speed) == ("paying", 1, 2, 1.0)
    assert (paying.together_us, paying.alone_us) == (14.0, 20.0) and paying.ratio == pytest.approx(0.7)
    assert "side by side saved 30% of their time" in paying.sentence()
    slow = side_by_side(flat, [order("slow", 14, slower=2)])
    assert slow.speed == 2.0 and (slow.together_us, slow.alone_us) == (28.0, 40.0) and slow.ratio == pytest.approx(0.7)
    costly = side_by_side(flat, [order("costly", 21)])
    assert costly.ratio == pytest.approx(1.05) and "gained nothing here" in costly.sentence()
    assert side_by_side(flat, [sequential]) is None  # no wave of two: nothing to say
    assert SideBySide.from_json(slow.to_json()) == slow


def test_the_headroom_is_the_same_whatever_speed_the_flat_program_was_profiled_at() -> None:
    """The recorded flat program's calls replayed at 1.6x their times, as if profiled in a slow
    phase of the machine: the bound is put at IREE's order's speed, so the headroom is the same."""
    waves = json.loads((DATA / "tiny.iree_stages.json").read_text())
    flat, iree = _profile("flat"), ProfiledProgram("iree", waves, _profile("iree"))
    stages = [[n] for n in GRAPH.dispatch_ids()]

    def slowed(run: dict[int, DispatchEvent]) -> dict[int, DispatchEvent]:
        return {n: dataclasses.replace(e, start_ns=round(1.6 * e.start_ns), end_ns=round(1.6 * e.end_ns),
                                       core_ns=round(1.6 * e.core_ns)) for n, e in run.items()}

    slow = ProgramProfile(flat.device, [slowed(run) for run in flat.runs])
    found = headroom(GRAPH, ProfiledProgram("flat", stages, flat), iree)
    in_slow_phase = headroom(GRAPH, ProfiledProgram("flat", stages, slow), iree)
    assert in_slow_phase.speed == pytest.approx(found.speed / 1.6, rel=1e-4)
    assert in_slow_phase.critical_path_us == pytest.approx(found.critical_path_us, rel=1e-4)
    assert in_slow_phase.core_us == pytest.approx(found.core_us, rel=1e-4)
    assert in_slow_phase.barrier_us == pytest.approx(found.barrier_us, rel=5e-3)  # times rounded to the nanosecond
    assert in_slow_phase.max_gain == pytest.approx(found.max_gain, abs=1e-3)


def test_critical_path_follows_dependences_not_program_order() -> None:
    graph = make_graph(3, [(0, 2)])
    assert critical_path_us(graph, {0: 5.0, 1: 9.0, 2: 3.0}) == 9.0  # 1 alone beats the chain 0 -> 2
    assert critical_path_us(graph, {0: 7.0, 1: 9.0, 2: 3.0}) == 10.0


def test_the_stage_by_stage_bound_sees_what_the_two_sums_do_not() -> None:
    # 0 -> {1, 2} -> 3 on 2 workers: 0 and 3 keep one worker busy for 10 us each with nothing
    # beside them, 1 and 2 keep both busy for 10 us each. The sums: critical path 30 us, core time
    # 60 / 2 = 30 us, plus 2 barriers of 1 us. Every schedule: 0 alone, 1 and 2 (together 20 us,
    # or one after the other), 3 alone: at least 40 us and the 2 barriers.
    graph = make_graph(4, [(0, 1), (0, 2), (1, 3), (2, 3)])
    latency = dict.fromkeys(range(4), 10.0)
    core = {0: 10.0, 1: 20.0, 2: 20.0, 3: 10.0}
    assert schedule_bound_us(graph, latency, core, 2, 1.0) == pytest.approx(42.0)
    found = Headroom(workers=2, iree_measured_us=50.0, flat_measured_us=50.0, core_us=60.0, critical_path_us=30.0,
                     runs=1, stages_at_least=3, barrier_us=1.0, schedule_bound_us=42.0)
    assert found.lower_bound_us == 42.0 and "stage by stage 42 us" in found.sentence()
    assert schedule_bound_us(make_graph(0, []), {}, {}, 2, 1.0) == 0.0


def test_a_headroom_of_microseconds_is_written_with_its_digits() -> None:
    """One small dispatch on one worker: its times are below a microsecond, so the sentence keeps
    two digits of them, not "0 us", and speaks of one worker."""
    tiny = Headroom(workers=1, iree_measured_us=0.46, flat_measured_us=0.5, core_us=0.4, critical_path_us=0.4,
                    runs=1, stages_at_least=1, barrier_us=0.0, schedule_bound_us=0.4)
    said = tiny.sentence()
    assert "IREE's order takes 0.46 us under the profiler and keeps 1 worker " in said
    assert "no schedule can take less than 0.40 us (critical path 0.40 us" in said
    big = dataclasses.replace(tiny, workers=2, iree_measured_us=575.4, critical_path_us=264.2, schedule_bound_us=367.0)
    assert "takes 575 us under the profiler and keeps 2 workers " in big.sentence()


def test_a_bound_above_iree_s_own_time_is_not_called_a_floor() -> None:
    """The bound comes from the flat program's latencies; where that program ran slower under the
    profiler than IREE's waves, the sentence says so rather than that no schedule can go under it."""
    found = Headroom(workers=2, iree_measured_us=749.0, flat_measured_us=1026.0, core_us=874.0,
                     critical_path_us=860.0, runs=5, stages_at_least=153, barrier_us=0.3, schedule_bound_us=904.0)
    assert found.max_gain == 0.0
    assert "no schedule can take less" not in found.sentence()
    assert "no gain is measurable" in found.sentence() and "904 us" in found.sentence()


def test_gpu_dispatch_events_in_device_ticks() -> None:
    """The CUDA rows, as iree-profile prints them: ticks, scaled to nanoseconds by the clock fit;
    no core time; invalid rows dropped."""
    def row(index: int, start: int, end: int, valid: bool = True) -> str:
        return json.dumps({"type": "dispatch_event", "physical_device_ordinal": 0, "queue_ordinal": 0,
                           "stream_id": 0, "event_id": index, "submission_id": 3, "command_buffer_id": 1,
                           "command_index": index, "executable_id": 1, "export_ordinal": index,
                           "key": f"main_dispatch_{index}", "flags": 0, "workgroup_count": [1, 1, 1],
                           "workgroup_size": [64, 1, 1], "start_tick": start, "end_tick": end,
                           "duration_ticks": end - start, "valid": valid, "clock_fit_available": True,
                           "device_tick_domain": "device_tick",
                           "duration_time_domain": "device_tick_duration_ns", "duration_ns": 2 * (end - start)})
    text = "\n".join([row(1, 1000, 1100), row(0, 900, 1000), row(2, 0, 0, valid=False)])
    events = parse_dispatch_events(text)
    assert [e.key for e in events] == ["main_dispatch_0", "main_dispatch_1"]
    assert events[1].duration_ns == 200 and events[1].start_ns == 2000 and events[1].core_ns is None


def test_profiling_on_cuda_is_refused_in_one_paragraph(tmp_path) -> None:
    """IREE 3.13's CUDA HAL has no HAL-native profiler (an H200 answered every profiled run with
    UNIMPLEMENTED): the profiled path says so before compiling or running anything."""
    graph = DispatchGraph.from_json((DATA / "tiny.graph.json").read_text())
    with pytest.raises(UserError) as raised:
        hal_profile.profile_programs({"flat": tmp_path / "missing.vmfb"}, load_target("cuda"), [], graph, tmp_path)
    said = str(raised.value)
    assert "does not implement HAL-native profiling" in said and "--cost-model analytic" in said
    assert not list(tmp_path.iterdir())


def test_headroom_command_says_a_chain_has_nothing_to_reorder(capsys, tmp_path) -> None:
    """No two dispatches of a chain can run at once, so every schedule is IREE's order: the command
    says so, as the compile does, and profiles nothing."""
    from conftest import CHAIN_MODEL, run_cli

    (tmp_path / "chain.py").write_text(CHAIN_MODEL)
    code, out, err = run_cli(capsys, "headroom", "--module", f"{tmp_path / 'chain.py'}:build", "-q",
                             "--work-dir", tmp_path / "w", "--json", tmp_path / "h.json")
    assert code == 0, err
    assert "build: nothing to reorder: no two dispatches of this program can run at the same time" in out
    assert json.loads((tmp_path / "h.json").read_text())["nothing_to_reorder"] is True
    assert not (tmp_path / "w" / "profiles").exists()


def test_headroom_command_profiles_iree_order_and_the_flat_program(tiny_module_spec, capsys, tmp_path) -> None:
    from conftest import run_cli

    code, out, err = run_cli(capsys, "headroom", "--module", tiny_module_spec, "--runs", "2", "-q",
                             "--work-dir", tmp_path / "w", "--json", tmp_path / "h.json")
    assert code == 0, err
    doc = json.loads((tmp_path / "h.json").read_text())
    assert doc["runs"] == 2 and doc["workers"] >= 1
    # A bound of the same program: below both programs as measured. The flat program is profiled
    # in turn with IREE's order, but with two calls each a burst of load (the suite runs two
    # tests at once on two cores) can slow one program's calls several times, so the bound is
    # held to the slower of the two.
    assert doc["lower_bound_us"] <= max(doc["iree_measured_us"], doc["flat_measured_us"]) * 1.5
    # Where such a burst slowed the flat program, its bound lies above IREE's time, and the
    # sentence says that no gain is measurable.
    above = doc["lower_bound_us"] > doc["iree_measured_us"]
    assert ("no gain is measurable" in out) == above and ("any schedule can gain at most" in out) != above
    assert (tmp_path / "w" / "profiles" / "iree.1.ireeprof").exists()
    model = doc["wave_model"]
    assert model["fit_samples"] >= 2 * doc_dispatches(tmp_path / "w") - 1 and model["asap_measured_us"] > 0
    workers = doc["workers_check"]  # IREE's order timed on the target's workers and on fewer
    if workers is not None:
        assert sorted(workers["median_us"], key=int) == sorted(map(str, worker_counts(workers["workers"])), key=int)
        assert "IREE's order on 1 worker: " in out
    assert (workers is None) == ((target_workers(load_target("llvm-cpu")) or 1) <= 1)


def test_wave_model_fits_the_recorded_waves_and_bounds_them() -> None:
    """Fitted on the flat program's stages and IREE's waves: contention at least 1, a gap of
    microseconds, and every concurrent wave's span above its physical bound."""
    from iops_mlir.cost import wave_model

    flat, iree = _profile("flat"), _profile("iree")
    waves = json.loads((DATA / "tiny.iree_stages.json").read_text())  # IREE's stages of this program
    solo = {n: flat.latency_us(n) for n in GRAPH.dispatch_ids()}
    core = {n: flat.core_us(n) for n in GRAPH.dispatch_ids()}
    singles = wave_model.wave_samples(flat, [[n] for n in GRAPH.dispatch_ids()])
    stages = wave_model.wave_samples(iree, waves)
    model = wave_model.fit(singles + stages, solo, core, 2)
    assert model.contention >= 1.0 and 0.0 <= model.gap_us < 1000.0
    concurrent = [s for s in stages if len(s.members) > 1]
    assert concurrent and all(s.span_us >= model.bound_us(s.members) for s in concurrent)
    first = GRAPH.dispatch_ids()[0]
    assert model.stage_us([first]) == pytest.approx(solo[first] + model.gap_us)  # alone: as measured
    # Fitted for sums: the summed spans of the concurrent waves are what the model gives them.
    assert sum(model.span_us(s.members) for s in concurrent) == pytest.approx(
        max(sum(s.span_us for s in concurrent), sum(model.bound_us(s.members) for s in concurrent)))
    gaps = [s.gap_us for s in singles + stages if s.gap_us is not None]
    assert model.gap_us == pytest.approx(sum(gaps) / len(gaps))
    assert wave_model.heldout_error(singles, solo, core, 2) is None  # nothing concurrent to judge


def test_without_the_flat_program_dispatch_times_come_from_irees_order() -> None:
    """The flat program (IREE's debug order) is predicted out of sample by a model fitted without
    it: a dispatch IREE runs alone takes its latency from there, one IREE runs only in a wave its
    latency in that wave (never less than alone), and core times come from IREE's order."""
    from iops_mlir.cost import wave_model

    flat, iree = _profile("flat"), _profile("iree")
    waves = json.loads((DATA / "tiny.iree_stages.json").read_text())
    program = wave_model.ProfiledProgram("iree", waves, iree)
    nodes = GRAPH.dispatch_ids()
    solo, core = wave_model.dispatch_times_from([program], nodes)
    alone = {stage[0] for stage in waves if len(stage) == 1}
    assert alone and len(alone) < len(nodes)  # some alone, some in waves
    for n in nodes:
        assert solo[n] == pytest.approx(iree.latency_us(n)) and core[n] == pytest.approx(iree.core_us(n))
    # With a second program that runs everything alone, a dispatch in one of IREE's waves takes its
    # latency from that program only, one alone in both the median over both.
    other = wave_model.ProfiledProgram("one at a time", [[n] for n in nodes], flat)
    pooled, _ = wave_model.dispatch_times_from([program, other], nodes)
    for n in nodes:
        both = [run[n].duration_ns / 1e3 for p in ((iree, flat) if n in alone else (flat,)) for run in p.runs]
        assert pooled[n] == pytest.approx(statistics.median(both))
    cost = wave_model.wave_cost_without_flat([program], nodes)
    assert cost.fitted_on == ("iree",) and cost.fit_samples == len(waves)
    assert cost.model.solo_us == solo
    predicted = cost.model.program_us([[n] for n in nodes])
    assert predicted == pytest.approx(sum(solo.values()) + (len(nodes) - 1) * cost.model.gap_us)
    assert predicted != pytest.approx(flat.span_us(), rel=1e-6)  # not the flat program's own measurement


def test_a_dispatch_alone_takes_its_latency_from_every_program_that_runs_it_alone() -> None:
    """With the flat program and IREE's order: a dispatch IREE also runs alone takes the median of
    its calls in both, one IREE runs in a wave the flat program's; core times stay the flat
    program's. A refit with a program left out takes nothing from it."""
    from iops_mlir.cost import wave_model

    flat, iree = _profile("flat"), _profile("iree")
    waves = json.loads((DATA / "tiny.iree_stages.json").read_text())
    nodes = GRAPH.dispatch_ids()
    programs = [wave_model.ProfiledProgram("iree-debug", [[n] for n in nodes], flat),
                wave_model.ProfiledProgram("iree", waves, iree)]
    model = wave_model.wave_cost(flat, programs, nodes).model
    alone = {stage[0] for stage in waves if len(stage) == 1}
    assert alone and len(alone) < len(nodes)
    for n in nodes:
        both = [run[n].duration_ns / 1e3 for p in ((flat, iree) if n in alone else (flat,)) for run in p.runs]
        assert model.solo_us[n] == pytest.approx(statistics.median(both)) and model.core_us[n] == pytest.approx(flat.core_us(n))
    assert any(model.solo_us[n] != pytest.approx(flat.latency_us(n)) for n in alone)  # the pool moved them
    only_flat = wave_model.wave_cost(flat, programs[:1], nodes).model
    assert all(only_flat.solo_us[n] == pytest.approx(flat.latency_us(n)) for n in nodes)


def test_heldout_error_judges_each_half_by_the_other() -> None:
    """On synthetic waves whose spans are exactly 1.5 x their bound, the held-out error is 0; one
    wave a disturbance made 4x slower is left out of the fit, so the error stays that of the rest."""
    from iops_mlir.cost.wave_model import WaveSample, heldout_error

    solo = {n: 10.0 for n in range(8)}
    core = {n: 10.0 for n in range(8)}
    waves = [WaveSample((a, a + 1), 15.0, 1.0) for a in range(0, 8, 2)] * 2
    assert heldout_error(waves, solo, core, 2) == pytest.approx(0.0)
    waves[0] = WaveSample((0, 1), 60.0, 1.0)
    assert heldout_error(waves, solo, core, 2) < 0.3


def test_the_fit_finds_the_overhead_each_member_of_a_wave_costs() -> None:
    """Waves of 2 to 12 tiny dispatches of unlike core times on 2 workers, each member costing
    0.8 us of core time beyond its own and every wave 1.1 x that bound: the fit finds the
    overhead and the contention, and judges its held-out error 0. Without the overhead
    (contention alone) the same waves are predicted more than 15% off."""
    from iops_mlir.cost.wave_model import WaveModel, WaveSample, fit, heldout_error

    core = {n: 0.2 + 0.5 * (n % 6) for n in range(16)}
    solo = {n: core[n] / 2 + 0.1 for n in range(16)}
    members = [tuple(range(start, start + size)) for size in range(2, 13) for start in (0, 3)]
    waves = [WaveSample(m, 1.1 * sum(core[n] + 0.8 for n in m) / 2, 1.5) for m in members]
    model = fit(waves, solo, core, 2)
    assert model.overhead_us == pytest.approx(0.8) and model.contention == pytest.approx(1.1)
    assert all(model.span_us(w.members) == pytest.approx(w.span_us) for w in waves)
    assert heldout_error(waves, solo, core, 2) == pytest.approx(0.0, abs=1e-9)
    plain = WaveModel(2, solo, core, 1.0, 1.5)
    plain = WaveModel(2, solo, core, sum(w.span_us for w in waves) / sum(plain.bound_us(w.members) for w in waves), 1.5)
    assert max(abs(plain.span_us(w.members) / w.span_us - 1) for w in waves) > 0.15
    # The overhead enters every bound the search relies on: a member's area and wave area.
    from iops_mlir.cost.wave_model import WaveCost

    cost = WaveCost(model, fit_samples=len(waves), heldout=0.0)
    assert cost.wave_area_us(0) == pytest.approx(1.1 * (0.2 + 0.8) / 2)
    assert cost.stage_us(list(range(12))) >= sum(cost.wave_area_us(n) for n in range(12)) + cost.stage_floor_us()


def test_without_core_times_the_overhead_is_zero() -> None:
    """A GPU reports no core time: the bound is the slowest member, and no overhead is fitted."""
    from iops_mlir.cost.wave_model import WaveSample, fit

    solo = {n: float(n + 1) for n in range(4)}
    core = {n: 0.0 for n in range(4)}
    model = fit([WaveSample((0, 1), 2.5, 1.0), WaveSample((2, 3), 5.0, 1.0)], solo, core, 1)
    assert model.overhead_us == 0.0 and model.contention == pytest.approx(7.5 / 6.0)


def doc_dispatches(work: Path) -> int:
    return len(DispatchGraph.from_json((work / "dump" / "graph.json").read_text()).dispatch_ids())


def test_events_are_joined_in_the_order_the_program_records_them() -> None:
    """Two calls of one export (nodes 0 and 2) that a schedule runs the other way round: stages
    [[2], [0, 1]] record node 2 first, so the first event of that export is node 2's. Joined in
    program order instead, node 0 would get node 2's event and its wave another wave's span."""
    from iops_mlir.cost.hal_profile import DispatchEvent, recording_order

    nodes = [{"id": i, "execute": 0, "op": "stream.async.dispatch", "symbol": sym, "kind": "conv", "shape": [],
              "flops": 0.0, "bytes": 0, "out_bytes": 0, "is_dispatch": True}
             for i, sym in enumerate(["e0::f", "e1::g", "e0::f"])]
    graph = DispatchGraph.from_json(json.dumps({"function": "main", "nodes": nodes, "edges": []}))
    stages = [[2], [1, 0]]
    assert recording_order(stages) == [2, 0, 1]
    events = [DispatchEvent("f", 0, 1, 0, 0, 10, None),  # node 2, alone
              DispatchEvent("f", 0, 1, 1, 20, 30, None),  # node 0, with node 1
              DispatchEvent("g", 0, 1, 2, 20, 25, None)]
    joined = join(events, graph, recording_order(stages))
    assert joined[2].start_ns == 0 and joined[0].start_ns == 20
    assert join(events, graph)[0].start_ns == 0  # program order: the wrong event


def test_programs_are_profiled_in_turn_and_each_sessions_first_call_is_dropped(tmp_path, monkeypatch) -> None:
    """Sessions alternate between the programs (so a slow second of the machine falls on all of
    them alike), each session's first call is dropped, and a second compile reads the cache."""
    import numpy as np

    from iops_mlir.targets import load_target

    monkeypatch.setenv("IOPS_MLIR_CACHE", str(tmp_path / "cache"))
    vmfbs = {}
    for name in ("flat", "iree"):
        vmfbs[name] = tmp_path / f"{name}.vmfb"
        vmfbs[name].write_bytes(name.encode())
    sessions, ran = [], []

    def fake(argv, *, what, cwd=None):
        import subprocess
        if "dispatch" in argv:  # iree-profile: the recorded events of the program that was run
            name = Path(argv[-1]).name.split(".")[0]
            return subprocess.CompletedProcess(argv, 0, (DATA / f"tiny.{name}.jsonl").read_text(), "")
        module = next(a for a in argv if a.startswith("--module="))
        sessions.append(Path(module.split("=", 1)[1]).stem)
        ran.append(next(a for a in argv if a.startswith("--benchmark_min_time=")))
        Path(next(a for a in argv if a.startswith("--device_profiling_output=")).split("=", 1)[1]).write_bytes(b"")
        return subprocess.CompletedProcess(argv, 0, "", "")

    monkeypatch.setattr(hal_profile.iree_tools, "run_tool", fake)
    target, inputs = load_target("llvm-cpu"), [np.zeros(1, np.float32)]
    found = hal_profile.profile_programs(vmfbs, target, inputs, GRAPH, tmp_path / "p", runs=6, sessions=3)
    assert sessions == ["flat", "iree", "iree", "flat", "flat", "iree"]
    assert set(ran) == {"--benchmark_min_time=3x"}  # 2 calls a session, and one dropped
    # 4 recorded calls a session, the first dropped; of the rest those like the median call kept
    assert all(len(p.runs) + p.set_aside == 3 * 3 and len(p.runs) >= hal_profile.LEAST_TYPICAL
               for p in found.values())
    assert [p.name for p in hal_profile.session_files(tmp_path / "p", "iree")] == [
        "iree.1.ireeprof", "iree.2.ireeprof", "iree.3.ireeprof"]
    sessions.clear()
    again = hal_profile.profile_programs(vmfbs, target, inputs, GRAPH, tmp_path / "p", runs=6, sessions=3)
    assert sessions == [] and again["iree"].span_us() == found["iree"].span_us()


def test_a_profile_taken_on_a_busy_machine_is_taken_again_once_the_machine_is_quiet(tmp_path, monkeypatch,
                                                                                    machine_load) -> None:
    """Profiles record the cores other processes took from the workers; one taken busy stands
    while the machine is still busy and is taken again once it is quiet, the quieter kept."""
    import json
    import subprocess

    import numpy as np

    from iops_mlir.targets import load_target

    monkeypatch.setenv("IOPS_MLIR_CACHE", str(tmp_path / "cache"))
    vmfbs = {name: tmp_path / f"{name}.vmfb" for name in ("flat", "iree")}
    for name, path in vmfbs.items():
        path.write_bytes(name.encode())
    sessions: list[str] = []

    def fake(argv, *, what, cwd=None):
        if "dispatch" in argv:
            name = Path(argv[-1]).name.split(".")[0]
            return subprocess.CompletedProcess(argv, 0, (DATA / f"tiny.{name}.jsonl").read_text(), "")
        sessions.append(Path(next(a for a in argv if a.startswith("--module=")).split("=", 1)[1]).stem)
        Path(next(a for a in argv if a.startswith("--device_profiling_output=")).split("=", 1)[1]).write_bytes(b"")
        return subprocess.CompletedProcess(argv, 0, "", "")

    monkeypatch.setattr(hal_profile.iree_tools, "run_tool", fake)
    target, inputs = load_target("llvm-cpu"), [np.zeros(1, np.float32)]
    profile = lambda: hal_profile.profile_programs(vmfbs, target, inputs, GRAPH, tmp_path / "p",  # noqa: E731
                                                   runs=4, sessions=2)
    recorded = lambda: sorted(json.loads(f.read_text())["short_cores"]  # noqa: E731
                              for f in (tmp_path / "cache" / "hal-profile").glob("*.json"))
    profile()
    assert len(sessions) == 4 and recorded() == [1.0, 1.0]
    profile()
    assert len(sessions) == 4  # still busy: the cached profiles stand
    machine_load.update(probe=0.0, short=1.5)  # quiet for the probe, busier again while profiled
    profile()
    assert len(sessions) == 8 and recorded() == [1.0, 1.0]  # taken again; the quieter ones stand
    del machine_load["probe"]
    machine_load["short"] = 0.0
    profile()
    assert len(sessions) == 12 and recorded() == [0.0, 0.0]
    machine_load["short"] = 1.0
    profile()
    assert len(sessions) == 12  # the quiet profiles are kept


def _two_speed_calls(fast: int, slow: int, dispatches: int = 40) -> list[dict]:
    """Calls of a chain of dispatches, one after another: `fast` calls at half the time of the
    `slow` ones (one worker doing all the work, as a 2-core VM ran some calls; the slow ones keep
    both workers busy), each dispatch with its own noise of up to 30%, fast and slow calls
    interleaved."""
    import random

    rng = random.Random(7)
    kinds = [True] * fast + [False] * slow
    rng.shuffle(kinds)
    runs = []
    for is_fast in kinds:
        t, run = 0, {}
        for n in range(dispatches):
            length = int((500 if is_fast else 1000) * (1 + 0.3 * rng.random()))
            run[n] = DispatchEvent("d", 0, 1, n, t, t + length, length if is_fast else 2 * length)
            t += length
        runs.append(run)
    return runs


def test_calls_at_another_speed_are_set_aside_so_dispatch_medians_sum_to_the_median_call() -> None:
    """Per-dispatch medians over calls of two speeds sum to less than any typical call (each
    median sits at the edge of the slower kind); over the calls like the median call they sum
    to its span."""
    runs = _two_speed_calls(fast=4, slow=6)
    every = ProgramProfile("local-task", runs)
    kept = typical("local-task", runs)
    assert kept.set_aside == 4 and len(kept.runs) == 6
    assert all(max(e.end_ns for e in run.values()) > 30_000 for run in kept.runs)  # the slow calls (ns)

    def summed(profile: ProgramProfile) -> float:
        return sum(profile.latency_us(n) for n in range(40))

    assert summed(every) < 0.95 * every.span_us()
    assert summed(kept) == pytest.approx(kept.span_us(), rel=0.03)


def test_calls_of_one_speed_are_all_kept_and_a_few_always() -> None:
    """Half fast, half slow: no call lies near the median (between the kinds), so the three
    nearest it are kept, in call order."""
    assert typical("local-task", _two_speed_calls(fast=0, slow=10)).set_aside == 0
    assert len(typical("local-task", _two_speed_calls(fast=2, slow=1)).runs) == 3  # too few to choose
    spread = _two_speed_calls(fast=5, slow=5)
    spans = [call_span_ns(run) for run in spread]
    middle = sorted(spans)[4:6]
    kept = typical("local-task", spread)
    assert len(kept.runs) == LEAST_TYPICAL and kept.set_aside == 10 - LEAST_TYPICAL
    assert set(middle) <= {call_span_ns(run) for run in kept.runs}  # the two either side of the median
    assert [spans.index(call_span_ns(run)) for run in kept.runs] == sorted(spans.index(call_span_ns(run))
                                                                        for run in kept.runs)


def test_the_calls_set_aside_still_show_the_devices_workers() -> None:
    """Where the calls like the median are those of one worker, the calls set aside still show two."""
    kept = typical("local-task", _two_speed_calls(fast=6, slow=4))
    assert kept.set_aside == 4 and all(e.core_ns == e.duration_ns for run in kept.runs for e in run.values())
    assert kept.workers() == 2


def test_programs_profiled_together_keep_the_calls_of_one_phase() -> None:
    """The flat program's calls mostly fast, IREE's order's all slow: each alone would keep its
    own kind, and a model fitted on both would mix the machine's phases. Together, the slow
    group is kept in both."""
    found = {"flat": _two_speed_calls(fast=6, slow=4), "iree": _two_speed_calls(fast=0, slow=10)}
    alone = {name: typical("local-task", runs) for name, runs in found.items()}
    assert all(e.core_ns == e.duration_ns for run in alone["flat"].runs for e in run.values())  # fast kept alone
    together = hal_profile.one_phase("local-task", found)
    assert together["flat"].set_aside == 6 and len(together["flat"].runs) == 4
    assert all(e.core_ns == 2 * e.duration_ns for run in together["flat"].runs for e in run.values())
    assert together["iree"].set_aside == 0
    assert together["flat"].workers() == 2


def test_one_phase_changes_nothing_without_two_phases_or_core_times() -> None:
    """Calls of one speed, or a device without core time (a GPU), keep each program's typical calls."""
    one = {"flat": _two_speed_calls(fast=0, slow=10), "iree": _two_speed_calls(fast=0, slow=8)}
    assert {n: p.set_aside for n, p in hal_profile.one_phase("local-task", one).items()} == {"flat": 0, "iree": 0}
    no_core = [{n: dataclasses.replace(e, core_ns=None) for n, e in run.items()} for run in _two_speed_calls(6, 4)]
    assert hal_profile.call_speeds({"flat": no_core}) is None
    assert (len(hal_profile.one_phase("cuda", {"flat": no_core})["flat"].runs)
            == len(typical("cuda", no_core).runs))


def test_a_program_with_too_few_calls_of_the_phase_keeps_its_own() -> None:
    """Two programs can give three fast calls and one three slow ones: the fast group is kept in
    those two, and the third, with one fast call, keeps its own typical calls (its slow ones)."""
    found = {"flat": _two_speed_calls(fast=8, slow=2), "iree": _two_speed_calls(fast=10, slow=0),
             "pick": _two_speed_calls(fast=1, slow=4)}
    together = hal_profile.one_phase("local-task", found)
    assert together["pick"].set_aside == 1 and len(together["pick"].runs) == 4  # its fast call set aside
    assert all(e.core_ns == 2 * e.duration_ns for run in together["pick"].runs for e in run.values())
    assert together["flat"].set_aside == 2 and together["iree"].set_aside == 0
    assert all(e.core_ns == e.duration_ns for run in together["flat"].runs for e in run.values())


def test_the_phase_kept_is_the_one_most_programs_can_give() -> None:
    """Two programs have three slow calls and all three have three fast ones: the fast group is
    kept in all three. Keeping the slow group would leave the flat program, two slow calls short,
    on its own fast calls beside the others' slow ones: the headroom's bound from one phase and
    IREE's time from the other."""
    found = {"flat": _two_speed_calls(fast=8, slow=2), "iree": _two_speed_calls(fast=6, slow=4),
             "iree-max-concurrency": _two_speed_calls(fast=4, slow=6)}
    together = hal_profile.one_phase("local-task", found)
    assert all(e.core_ns == e.duration_ns for p in together.values() for run in p.runs for e in run.values())
    assert [len(p.runs) + p.set_aside for p in together.values()] == [10, 10, 10]


def _worker_calls(stages: list[list[int]], one_worker: list[bool], length: int = 1000) -> list[dict]:
    """Calls of a program of `stages`, each dispatch `length` ns of work on each of two workers
    (core time 2 x length): in a call of two workers a stage's members share them and end
    together, 2 x length per member (a dispatch alone: length); in a call of one worker
    (`one_worker`) that worker runs every member after the other, 2 x length each. Each call's
    work, and so its speed (`call_speeds`), is the same in both."""
    runs = []
    for alone in one_worker:
        t, run = 0, {}
        for stage in stages:
            if alone:
                for n in stage:
                    run[n] = DispatchEvent("d", 0, 1, n, t, t + 2 * length, 2 * length)
                    t += 2 * length
            else:
                span = length * len(stage)
                for n in stage:
                    run[n] = DispatchEvent("d", 0, 1, n, t, t + span, 2 * length)
                t += span
            t += 100  # the gap
        runs.append(run)
    return runs


PAIRS = [[0, 1], [2, 3], [4, 5], [6, 7]]
FLAT = [[n] for n in range(8)]


def test_busy_workers_counts_the_workers_busy_while_any_dispatch_runs() -> None:
    """One worker running each dispatch after the other: 1; two sharing each dispatch, or two
    dispatches of one worker each side by side: 2; no core time (a GPU): None."""
    assert hal_profile.busy_workers(_worker_calls(PAIRS, [True])[0]) == pytest.approx(1.0)
    assert hal_profile.busy_workers(_worker_calls(FLAT, [False])[0]) == pytest.approx(2.0)
    assert hal_profile.busy_workers(_worker_calls(PAIRS, [False])[0]) == pytest.approx(2.0)
    side_by_side = {0: DispatchEvent("d", 0, 1, 0, 0, 1000, 1000), 1: DispatchEvent("d", 0, 1, 1, 0, 1000, 1000),
                    2: DispatchEvent("d", 0, 1, 2, 1500, 2000, 500)}
    assert hal_profile.busy_workers(side_by_side) == pytest.approx(2500 / 1500)
    no_core = {n: dataclasses.replace(e, core_ns=None) for n, e in side_by_side.items()}
    assert hal_profile.busy_workers(no_core) is None


def test_calls_one_worker_ran_are_set_aside_though_their_speed_is_the_same() -> None:
    """A call of one worker does the same work as one of two, so `call_speeds` cannot tell them
    apart, and its waves take twice as long: kept, they would be IREE's waves' median calls and
    the model's waves twice their bound. The calls of two workers are kept."""
    one_worker = [True, False, True, True, False, True, False, True, False, True]
    found = {"flat": _worker_calls(FLAT, [False] * 10), "waves": _worker_calls(PAIRS, one_worker)}
    assert hal_profile.speed_groups(found) is None
    together = hal_profile.one_phase("local-task", found)
    assert together["waves"].set_aside == 6 and len(together["waves"].runs) == 4
    assert together["waves"].span_us() == pytest.approx((4 * 2000 + 3 * 100) / 1e3)
    assert together["flat"].set_aside == 0


def test_programs_profiled_apart_keep_the_calls_of_several_workers_and_fit_the_waves() -> None:
    """A code variant's flat program and its waves are profiled in separate sessions: the flat
    program four calls of one worker in ten, the waves six. Each keeps its calls of two workers,
    so the waves are fitted at their bound (contention 1); with the calls each selection keeps
    alone (`typical`), the waves' median calls are one worker's and fit a contention of 2."""
    flat = _worker_calls(FLAT, [True, False, False, True, False, True, False, False, True, False])
    waves = _worker_calls(PAIRS, [True, False, True, True, False, True, False, True, False, True])
    nodes = list(range(8))

    def contention(flat_profile: ProgramProfile, waves_profile: ProgramProfile) -> float:
        programs = [ProfiledProgram("flat", FLAT, flat_profile), ProfiledProgram("waves", PAIRS, waves_profile)]
        return wave_model.wave_cost(flat_profile, programs, nodes, workers=2).model.contention

    apart = [hal_profile.one_phase("local-task", {name: runs})[name] for name, runs in (("f", flat), ("w", waves))]
    assert contention(*apart) == pytest.approx(1.0, abs=0.02)
    assert contention(typical("local-task", flat), typical("local-task", waves)) == pytest.approx(2.0, abs=0.1)


def test_a_program_only_one_worker_can_run_keeps_its_calls() -> None:
    """The flat program of code that runs each dispatch on one worker shows one worker busy in
    every call: nothing to tell apart, every call kept, beside a program whose calls of one
    worker are set aside."""
    alone = [{n: DispatchEvent("d", 0, 1, n, 1100 * n, 1100 * n + 1000, 1000) for n in range(8)} for _ in range(6)]
    found = {"flat": alone, "waves": _worker_calls(PAIRS, [True, False, True, False, True, False, True])}
    together = hal_profile.one_phase("local-task", found)
    assert together["flat"].set_aside == 0 and len(together["flat"].runs) == 6
    assert together["waves"].set_aside == 4
    assert all(hal_profile.busy_workers(run) == pytest.approx(2.0) for run in together["waves"].runs)


def _recorded(stages: list[list[int]], indices: dict[int, int], gaps_us: list[float]) -> "ProgramProfile":
    """One call of a program whose dispatches each run 10 us, its stages `gaps_us` apart, with
    the command indices `indices` (every command recorded before a dispatch counts)."""
    events, clock = {}, 0
    for k, stage in enumerate(stages):
        for n in stage:
            events[n] = DispatchEvent(f"d{n}", 0, 1, indices[n], clock, clock + 10_000, 10_000)
        clock += 10_000 + (round(gaps_us[k] * 1000) if k < len(gaps_us) else 0)
    return ProgramProfile("local-task", [events])


def test_the_gap_is_fitted_apart_from_the_fills_and_copies_before_a_stage() -> None:
    """Dispatch 2 needs a buffer filled first. IREE's debug order records it as [d1, barrier,
    fill, barrier, d2], the other orders put the fill in the stage before d2's ([d0, d1, fill,
    barrier, d2, d3]). A stage's gap costs 1.0 us, the fill 0.5 more and the debug order's extra
    barrier 0.7: the fit finds the three, where a constant gap would take the fill's cost for
    every stage's, and a program's time counts the fill once, unless its stage runs first."""
    from iops_mlir.cost import wave_model

    flat = _recorded([[0], [1], [2], [3]], {0: 0, 1: 2, 2: 6, 3: 8}, [1.0, 2.2, 1.0])
    assert wave_model.fills_of(flat) == {0: 0, 1: 0, 2: 1, 3: 0}
    programs = [wave_model.ProfiledProgram("iree-debug", [[0], [1], [2], [3]], flat),
                wave_model.ProfiledProgram("waves", [[0, 1], [2, 3]],
                                           _recorded([[0, 1], [2, 3]], {0: 0, 1: 1, 2: 4, 3: 5}, [1.5])),
                wave_model.ProfiledProgram("iree", [[0], [1], [2, 3]],
                                           _recorded([[0], [1], [2, 3]], {0: 0, 1: 2, 2: 5, 3: 6}, [1.0, 1.5]))]
    samples = [s for p in programs for s in wave_model.wave_samples(p.profile, p.stages, wave_model.fills_of(flat))]
    assert [(s.commands, s.fills) for s in samples if s.gap_us is not None] == [(0, 0), (2, 1), (0, 0), (1, 1),
                                                                                (0, 0), (1, 1)]
    model = wave_model.wave_cost(flat, programs, [0, 1, 2, 3]).model
    assert model.gap_us == pytest.approx(1.0) and model.fill_us == pytest.approx(0.5)
    for stages in ([[0, 1], [2, 3]], [[0], [1], [2, 3]], [[0], [1], [2], [3]]):
        assert model.program_us(stages) == pytest.approx(sum(model.stage_us(s) for s in stages) - 1.0 + 0.5)
    assert model.program_us([[2], [0, 1], [3]]) == pytest.approx(sum(model.stage_us(s) for s in ([2], [0, 1], [3])) - 1.0)
    # Each program's gaps, as profiled, are what the model gives them (the debug order's barrier apart).
    assert model.program_us([[0, 1], [2, 3]]) - sum(model.span_us(s) for s in ([0, 1], [2, 3])) == pytest.approx(1.5)
    # A rewritten program's model takes its fills from its own debug order's profile.
    rewritten = wave_model.transfer(wave_model.WaveCost(model, fit_samples=1, heldout=None),
                                    _recorded([[0], [1], [2], [3]], {0: 2, 1: 4, 2: 6, 3: 8}, [1.0] * 3), [0, 1, 2, 3])
    assert rewritten.model.fills == {0: 1, 1: 0, 2: 0, 3: 0} and rewritten.model.fill_us == model.fill_us
    assert rewritten.describe()["fills"] == 1 and rewritten.describe()["fill_us"] == pytest.approx(0.5)


def test_the_gap_fit_leaves_out_what_the_data_cannot_price() -> None:
    """Barriers that come out cheaper than nothing are left out, and the fill keeps its cost;
    a fill that comes out at a negative cost gives the mean gap; no fill at all, the mean gap."""
    from iops_mlir.cost.wave_model import WaveSample, fit_gap

    def boundary(gap: float, commands: int, fills: int) -> WaveSample:
        return WaveSample((0,), 10.0, gap, commands, fills)

    plain, filled = [boundary(1.0, 0, 0)] * 4, [boundary(1.5, 1, 1)] * 4
    assert fit_gap(plain + filled) == pytest.approx((1.0, 0.5))
    # One debug-order boundary whose fill and barrier took less than a fill alone elsewhere.
    gap, fill = fit_gap(plain + filled + [boundary(1.2, 2, 1)])
    assert gap == pytest.approx(1.0, abs=0.05) and 0.3 < fill < 0.5
    assert fit_gap(plain + [boundary(0.5, 1, 1)] * 4) == pytest.approx((0.75, 0.0))
    assert fit_gap(plain + [boundary(2.0, 1, 0)]) == pytest.approx((1.2, 0.0))


@pytest.mark.parametrize("seed", range(5))
def test_the_fitted_constants_do_not_hang_on_the_order_of_the_arithmetic(seed: int) -> None:
    """The same waves in another order give the very same constants: least squares and numpy's
    sums add them in another order there, as they do on a CPU with other vector units, and the
    constants are kept to `CONSTANT_DECIMALS`, so the same profiles give the same schedule on any
    machine."""
    from iops_mlir.cost import wave_model

    rng = random.Random(seed)
    solo = {n: rng.uniform(5.0, 50.0) for n in range(40)}
    core = {n: solo[n] * rng.uniform(0.8, 1.9) for n in range(40)}
    samples = []
    for _ in range(120):
        members = tuple(rng.sample(range(40), rng.choice([1, 2, 3, 5])))
        span = max(max(solo[n] for n in members), sum(core[n] for n in members) / 2) * rng.uniform(1.0, 1.3)
        fills = rng.choice([0, 0, 1, 2])
        # A fill's 0.6 us, and a barrier after the fills (IREE's debug order records one there).
        samples.append(wave_model.WaveSample(members, span, 1.7 + 0.6 * fills + rng.gauss(0.0, 0.2),
                                             fills + (fills > 0), fills))

    def constants(model: wave_model.WaveModel) -> tuple[float, ...]:
        return model.gap_us, model.fill_us, model.contention, model.overhead_us

    fitted = [constants(wave_model.fit(order, solo, core, 2)) for order in (samples, samples[::-1],
                                                                            sorted(samples, key=lambda s: s.span_us))]
    assert fitted[0][1] > 0.0 and fitted[0][2] > 1.0  # the fills and contention were fitted, not defaulted
    assert fitted[0] == fitted[1] == fitted[2]
