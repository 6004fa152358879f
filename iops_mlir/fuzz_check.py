"""Checks one random model under every scheduler (the body of tools/fuzz.py and tests/test_fuzz.py).

For a spec (see `fuzzing`): compile once to the schedule phase, then for each of
iops, ios, asap, sequential and iree, and iops's schedule with each of the llvm-cpu target's
code variants (`pipeline.code_variants`: each dispatch split for the device's workers, one
worker per dispatch)
  - check the schedule holds every dispatch exactly once and respects every dependence,
  - apply it to the flat stream IR (which verifies the IR), lower it and generate code,
  - run it and compare with stock iree-compile's output of the same input, bitwise.
Then the default compile (the closed loop chooses among measured programs) must ship a
program whose output is bitwise stock IREE's too; for every BUDGET_EVERY-th seed, so must the
same compile under a memory budget below what IREE allocates for each of its orders.
When a replacement rule matches, the rewritten program is compiled too and compared within
a tolerance (a merged convolution adds exact zeros but may sum in another order).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import driver, fuzzing, iree_tools, runner
from .choices import Phase
from .driver import CompileResult
from .errors import IopsError
from .iree_tools import CommandLog, run_tool
from .options import CompileOptions
from .pipeline.back import compile_iree_order, compile_stages, transient_bytes
from .pipeline.front import IREE_ORDERS, input_weights
from .pipeline.code_variants import name_of
from .schedule import split_wide_stages
from .schedule.model import Schedule
from .targets import load_target

CODE_VARIANTS = {name_of(v, "iops"): v for v in load_target("llvm-cpu").code_variants}
SCHEDULERS = ("iops", "ios", "asap", "sequential", "iree", *CODE_VARIANTS)
# Every this many seeds, the closed loop also compiles under a memory budget just below what IREE
# allocates for the leanest of its orders: the search runs whatever the headroom, its pick is
# compiled where leaner, and what ships is chosen by what each candidate allocates.
BUDGET_EVERY = 4
REPLACED_ATOL, REPLACED_RTOL = 1e-5, 1e-4


@dataclass
class FuzzResult:
    seed: int
    spec: dict
    dispatches: int = 0
    largest_block: int = 0  # dispatches in the graph's largest block (over a part's 32: see tools/fuzz.py)
    replacements: int = 0
    failures: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)


def schedule_problems(schedule: Schedule, result: CompileResult) -> list[str]:
    """Independent of `schedule.validate`: each dispatch once, every dependence respected."""
    graph = result.graph
    where: dict[int, int] = {}
    problems = []
    for i, stage in enumerate(schedule.stages):
        for n in stage:
            if n in where:
                problems.append(f"dispatch {n} appears twice")
            where[n] = i
    missing = set(graph.dispatch_ids()) - set(where)
    if missing:
        problems.append(f"dispatches missing: {sorted(missing)[:5]}")
    for a, b in graph.dispatch_edges():
        if a in where and b in where and not where[a] < where[b]:
            problems.append(f"dependence {a} -> {b} violated (stages {where[a]}, {where[b]})")
    if any(len(stage) > 32 for stage in schedule.stages):
        problems.append("a stage wider than 32")
    return problems


def _run(vmfb: Path, inputs: list[np.ndarray]) -> list[np.ndarray]:
    return runner.run(runner.load_function(vmfb, "local-task"), inputs)


def check(spec: dict, seed: int, work: Path, *, closed_loop: bool = True) -> FuzzResult:
    """Every check above for one spec (the closed loop's only if `closed_loop`); failures are
    collected, not raised."""
    out = FuzzResult(seed, spec)
    work.mkdir(parents=True, exist_ok=True)
    module, inputs = fuzzing.build(spec, seed)
    np_inputs = [t.numpy() for t in inputs]
    expected = runner.torch_outputs(module, inputs)
    try:
        result = driver.compile_module(module, inputs, model=f"fuzz{seed}", options=CompileOptions(
            cost_model="analytic", replace="none", dump_dir=work, stop_after=Phase.SCHEDULE, quiet=True))
    except IopsError as e:
        out.failures.append(f"compile to schedule: {e.message}")
        return out
    out.dispatches = len(result.graph.dispatch_ids())
    out.largest_block = max((b["dispatches"] for b in result.report.blocks), default=0)
    target = result.target
    weights = input_weights(work, seen_from=work)
    run_tool(iree_tools.stock("input.mlir", target, "stock.vmfb", weights=weights), what="stock iree-compile",
             cwd=work)
    reference = _run(work / "stock.vmfb", np_inputs)
    if not runner.compare(reference, expected).within(1e-4, 1e-3):
        out.failures.append("stock IREE differs from torch (not a scheduler bug, but reported)")
    log = CommandLog(work)
    for name in SCHEDULERS:
        variant = CODE_VARIANTS.get(name)
        schedule = result.schedules["iops" if variant is not None else name]
        code_for = target.with_code(variant) if variant is not None else target
        try:
            if name == "iree":
                vmfb = compile_iree_order(log, target)
            else:
                schedule = Schedule(name, split_wide_stages(schedule.stages))
                problems = schedule_problems(schedule, result)
                if problems:
                    out.failures.append(f"{name}: " + "; ".join(problems[:3]))
                    continue
                # Applied from its schedule.json, as `iops-mlir apply` does, then lowered as a compile does.
                vmfb = compile_stages(log, result.graph, code_for, schedule, work / f"{name}.vmfb")
            actual = _run(vmfb, np_inputs)
        except IopsError as e:
            out.failures.append(f"{name}: {e.message}")
            continue
        if len(actual) != len(reference) or not all(np.array_equal(a, r) for a, r in zip(actual, reference)):
            diff = runner.compare(actual, reference).max_abs
            out.failures.append(f"{name}: output differs from stock IREE's (max abs {diff:.3g})")
        out.checked.append(name)
    if closed_loop and _check_closed_loop(module, inputs, reference, seed, work, out) and seed % BUDGET_EVERY == 0:
        leanest = min(transient_bytes(CommandLog(work / "closed-loop"), name) for name in IREE_ORDERS)
        _check_closed_loop(module, inputs, reference, seed, work, out, memory_budget=max(1, leanest - 1))
    _check_replaced(module, inputs, reference, seed, work, out)
    return out


def _check_closed_loop(module, inputs, reference, seed: int, work: Path, out: FuzzResult, *,
                       memory_budget: int | None = None) -> bool:
    """The default compile (profiled model, closed loop: IREE's orders and the search's picks
    measured, the fastest shipped), or with `memory_budget`: whatever ships computes exactly what
    stock IREE computes. Whether it compiled."""
    label = "closed-loop" if memory_budget is None else "budget-closed-loop"
    try:
        result = driver.compile_module(module, inputs, model=f"fuzz{seed}", options=CompileOptions(
            replace="none", output=work / f"{label}.vmfb", dump_dir=work / label, verify_rounds=3,
            memory_budget=memory_budget, quiet=True))
        actual = _run(result.output, [t.numpy() for t in inputs])
    except IopsError as e:
        out.failures.append(f"{label}: {e.message}")
        return False
    if len(actual) != len(reference) or not all(np.array_equal(a, r) for a, r in zip(actual, reference)):
        diff = runner.compare(actual, reference).max_abs
        out.failures.append(f"{label} (shipped {result.report.scheduler}): output differs from stock IREE's "
                            f"(max abs {diff:.3g})")
    out.checked.append(f"{label}:{result.report.scheduler}")
    return True


def _check_replaced(module, inputs, reference, seed: int, work: Path, out: FuzzResult) -> None:
    """With every replacement applied (when any matches), iops still computes the same thing."""
    from . import replace

    text = (work / "input.mlir").read_text()
    try:
        _, records = replace.rewrite_text(text, replace.parse_rules(None))
    except IopsError as e:
        out.failures.append(f"replace: {e.message}")
        return
    out.replacements = len(records)
    if not records:
        return
    try:
        result = driver.compile_module(module, inputs, model=f"fuzz{seed}", options=CompileOptions(
            cost_model="analytic", replace="all", output=work / "replaced.vmfb", dump_dir=work / "with-replace",
            verify="off", quiet=True))  # the search's schedule of the rewritten program, not an IREE order
        actual = _run(result.output, [t.numpy() for t in inputs])
    except IopsError as e:
        out.failures.append(f"iops+replace: {e.message}")
        return
    cmp = runner.compare(actual, reference)
    if not cmp.within(REPLACED_ATOL, REPLACED_RTOL):
        out.failures.append(f"iops+replace: output differs from stock IREE's (max abs {cmp.max_abs:.3g})")
    out.checked.append("iops+replace")


def target_flags() -> list[str]:
    """The llvm-cpu flags the fuzzer compiles with (for the report)."""
    return list(load_target("llvm-cpu").compile_flags)
