"""Dispatch-graph extraction and the apply step, on a tiny three-branch model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from iree.compiler import ir

from iops_mlir import driver, frontend, graph as graph_mod, iree_tools, runner, stream_ir
from iops_mlir.apply import apply_schedule
from iops_mlir.dataflow_keys import dispatch_keys
from iops_mlir.iree_tools import CommandLog
from iops_mlir.pipeline.back import codegen
from iops_mlir.targets import load_target
from iops_mlir.choices import Phase
from iops_mlir.options import CompileOptions
from iops_mlir.errors import IopsError
from iops_mlir.schedule import Schedule, baselines, validate
from iops_mlir.waves import cmd_waves


@pytest.fixture(scope="module")
def tiny_async(tiny_module_spec: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Dump directory of the tiny model compiled up to the async phase."""
    out = tmp_path_factory.mktemp("tiny")
    name, module, inputs = frontend.load(model=None, module_spec=tiny_module_spec)
    driver.compile_module(module, inputs, model=name,
                          options=CompileOptions(dump_dir=out, stop_after=Phase.ASYNC, quiet=True))
    return out


def _load(path: Path):
    ctx = stream_ir.new_context()
    module = stream_ir.parse_module(path.read_text(), ctx)
    bodies = stream_ir.analyse_module(module)
    return module, bodies, graph_mod.extract(bodies)


def test_concat_writers_share_a_buffer_but_not_a_dependence(tiny_async: Path) -> None:
    """The three branches write disjoint slices of one concat buffer: no path joins any
    two of them, and the 1x1 convolution reading the concat depends on all three."""
    _, _, graph = _load(tiny_async / "async.mlir")
    contractions = [n.id for n in graph.nodes if n.is_dispatch and n.kind.startswith(graph_mod.CONTRACTION_KINDS)]
    assert len(contractions) == 4
    *branches, tail = contractions  # program order: the three branches, then the tail
    reach = _reachable(graph)
    for a in branches:
        assert tail in reach[a]
        assert not any(b in reach[a] for b in branches if b != a)


def _reachable(graph) -> dict[int, set[int]]:
    succs: dict[int, set[int]] = {n: set() for n in graph.dispatch_ids()}
    for a, b in graph.dispatch_edges():
        succs[a].add(b)
    reach: dict[int, set[int]] = {}
    for n in sorted(succs, reverse=True):  # ids are in program order, so successors come later
        reach[n] = set(succs[n]).union(*(reach[s] for s in succs[n]))
    return reach


def test_graph_json_is_plain_data_with_symbols_and_estimates(tiny_async: Path) -> None:
    _, _, graph = _load(tiny_async / "async.mlir")
    data = json.loads(graph.to_json())
    dispatches = [n for n in data["nodes"] if n["is_dispatch"]]
    assert dispatches and all("::" in n["symbol"] and not n["symbol"].startswith("@") for n in dispatches)
    conv = next(n for n in dispatches if n["kind"].startswith(graph_mod.CONTRACTION_KINDS))
    assert conv["flops"] == 2 * np.prod(conv["shape"]) and conv["bytes"] > 0
    assert all(a < b for a, b in data["edges"])


def test_parse_dispatch_name() -> None:
    assert graph_mod.parse_dispatch_name("m_dispatch_1::m_dispatch_1_conv_8x16x16x8x3x3_f32") == (
        "conv", [8, 16, 16, 8, 3, 3])
    assert graph_mod.parse_dispatch_name("m_dispatch_0::m_dispatch_0_slow_memcpy") == ("slow_memcpy", [])


def _compile_scheduled(tiny_async: Path, stages_fn, tmp_path: Path) -> tuple[list, Schedule]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    module, bodies, graph = _load(tiny_async / "async.mlir")
    schedule = stages_fn(graph)
    validate(schedule, graph)
    apply_schedule(module, bodies, graph, schedule.stages)
    shutil.copyfile(tiny_async / "weights.irpa", tmp_path / "weights.irpa")
    (tmp_path / "async.scheduled.mlir").write_text(stream_ir.module_text(module))
    log, target = CommandLog(tmp_path), load_target("llvm-cpu")
    log.run(iree_tools.to_cmd("async.scheduled.mlir", "stream.mlir"), what="cmd")
    codegen(log, target, "async.scheduled.mlir", "stream.mlir", tmp_path / "out.vmfb")
    waves = cmd_waves((tmp_path / "stream.mlir").read_text())
    return waves, schedule, graph


def _run(vmfb: Path, x: np.ndarray) -> np.ndarray:
    return runner.run(runner.load_function(vmfb, "local-task"), [x])[0]


def test_reordered_branches_give_bitwise_identical_output(tiny_async: Path, tmp_path: Path) -> None:
    def reversed_branches(graph):
        # Run the program's dispatches level by level, but each level in reverse
        # program order: the concat's tied writes must be re-threaded.
        s = baselines.asap(graph)
        return Schedule("reversed", [list(reversed(st)) for st in s.stages])

    waves, schedule, graph = _compile_scheduled(tiny_async, reversed_branches, tmp_path / "a")
    expected = [sorted(graph.nodes[n].symbol for n in st) for st in schedule.stages if len(st) > 1]
    assert expected and [sorted(w) for w in waves if len(w) > 1] == expected
    seq_waves, _, _ = _compile_scheduled(tiny_async, baselines.sequential, tmp_path / "b")
    assert all(len(w) == 1 for w in seq_waves)
    # Even run one dispatch at a time, no copy or fill costs a barrier of its own here: the
    # constant copies share one region, and each fill runs beside the dispatch before its reader.
    alone = _transfers_outside_regions((tmp_path / "b" / "stream.mlir").read_text())
    assert alone == {"copies": 0, "fills": 0, "inside": alone["inside"]} and alone["inside"] >= 6
    x = np.random.default_rng(0).random((1, 8, 16, 16), dtype=np.float32)
    assert np.array_equal(_run(tmp_path / "a" / "out.vmfb", x), _run(tmp_path / "b" / "out.vmfb", x))


def _transfers_outside_regions(stream_mlir: str) -> dict[str, int]:
    """Counts of cmd copies and fills at an execute region's top level, and of those inside
    a concurrent region."""
    module = stream_ir.parse_module(stream_mlir, stream_ir.new_context())
    counts = {"copies": 0, "fills": 0, "inside": 0}

    def visit(op):
        if op.name in ("stream.cmd.copy", "stream.cmd.fill"):
            if op.parent.name == "stream.cmd.concurrent":
                counts["inside"] += 1
            else:
                counts["copies" if op.name.endswith("copy") else "fills"] += 1
        return ir.WalkResult.ADVANCE

    stream_ir.entry_function(module, "main").walk(visit)
    return counts


def test_apply_refuses_ir_that_already_has_waves(tiny_async: Path) -> None:
    with pytest.raises(IopsError, match="already holds concurrent waves"):
        _load(tiny_async / "async.iree.mlir")


def test_iree_waves_are_read_back(tiny_async: Path) -> None:
    flat, _, graph = _load(tiny_async / "async.mlir")
    ctx = stream_ir.new_context()
    iree = stream_ir.parse_module((tiny_async / "async.iree.mlir").read_text(), ctx)
    schedule = baselines.iree_waves(iree, graph, dispatch_keys(flat))
    assert sorted(n for st in schedule.stages for n in st) == graph.dispatch_ids()
    assert any(len(st) > 1 for st in schedule.stages)


def test_compiles_run_side_by_side_and_commands_sh_keeps_their_order(tmp_path: Path, monkeypatch) -> None:
    """`compile_concurrently` runs jobs at the same time (each waits for the other here, so one
    after another would time out), records their commands in the jobs' order although the
    second finishes first, and hands a job's failure to the caller."""
    import threading
    import time

    from iops_mlir.pipeline import back

    monkeypatch.setattr(back, "_cores", lambda: 2)
    log, met = CommandLog(tmp_path), threading.Barrier(2, timeout=10)
    log.beside(tmp_path / "elsewhere").record(["echo", "before"])

    def job(name: str, delay: float):
        def run(fork: CommandLog) -> Path:
            met.wait()
            time.sleep(delay)
            fork.record(["echo", name])
            return tmp_path / f"{name}.vmfb"
        return run

    done = back.compile_concurrently(log, {"first": job("first", 0.3), "second": job("second", 0.0)})
    assert done == {"first": tmp_path / "first.vmfb", "second": tmp_path / "second.vmfb"}
    assert log.commands == [["echo", "before"], ["cd", ".."], ["echo", "first"], ["echo", "second"]]

    def broken(fork: CommandLog) -> Path:
        raise IopsError("the second compile failed")

    with pytest.raises(IopsError, match="second compile failed"):
        back.compile_concurrently(log, {"fine": lambda fork: tmp_path / "x", "broken": broken})


def test_an_iree_order_is_read_and_parsed_once_per_program(monkeypatch) -> None:
    """The profiles, the first search's bar and the closed loop each ask for IREE's
    `max-concurrency` order: its file is parsed the first time only, per program."""
    from types import SimpleNamespace

    from iops_mlir.pipeline import front

    parsed = []
    monkeypatch.setattr(front, "write_iree_order", lambda log, name: SimpleNamespace(read_text=lambda: name))
    monkeypatch.setattr(front.stream_ir, "parse_module", lambda text, ctx: parsed.append(text) or text)
    monkeypatch.setattr(front.baselines, "iree_waves", lambda module, graph, keys: SimpleNamespace(stages=[[0, 1]]))
    one, other = (SimpleNamespace(variant=SimpleNamespace(log=None), graph=None, flat_keys=[], orders={})
                  for _ in range(2))
    first = front.iree_order(one, "iree-max-concurrency")
    assert front.iree_order(one, "iree-max-concurrency") is first and first.stages == [[0, 1]]
    assert parsed == ["iree-max-concurrency"]
    front.iree_order(other, "iree-max-concurrency")  # another program: its own file
    assert parsed == ["iree-max-concurrency"] * 2
