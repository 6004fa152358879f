"""Operator replacement: golden IR per rule, where rules must not fire, and numeric equality with torch."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
import torch

from iops_mlir import driver, frontend, replace, runner
from iops_mlir import graph as graph_mod
from iops_mlir.choices import Phase, ReplaceMode
from iops_mlir.options import CompileOptions
from iops_mlir.errors import IopsError

import replace_models

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("name, rule", [("convs", "merge-sibling-convs"), ("linears", "merge-sibling-matmuls")])
def test_golden_ir(name: str, rule: str) -> None:
    """The rewrite of a fixed torch-mlir input is exactly the reviewed output.

    Set IOPS_UPDATE_GOLDEN=1 to rewrite the expected files after an intended change (review the diff).
    """
    source = (GOLDEN / f"{name}.input.mlir").read_text()
    text, records = replace.rewrite_text(source, [replace.RULES[rule]])
    expected_path = GOLDEN / f"{name}.replaced.mlir"
    if os.environ.get("IOPS_UPDATE_GOLDEN"):
        expected_path.write_text(text)
    assert [r.rule for r in records] == [rule]
    assert text == expected_path.read_text()


def test_conv_merge_structure() -> None:
    """One 3x3 conv over 8 channels, ReLU fused over the wide result, the concat folded away."""
    source = (GOLDEN / "convs.input.mlir").read_text()
    text, (record,) = replace.rewrite_text(source, replace.parse_rules("merge-sibling-convs"))
    assert text.count("linalg.conv_2d_nchw_fchw") == 1
    assert "tensor<8x3x3x3xf32>" in text  # 1x1 filter zero-padded to 3x3, concatenated with the 3x3
    assert "tensor.concat dim(1)" not in text  # the model's own channel concat became the wide result
    assert record.sizes == [4, 4] and record.concats_folded == 1 and record.tail_ops_merged == 2
    assert record.extra["kernels"] == [[1, 1], [3, 3]]


def test_matmul_merge_structure() -> None:
    source = (GOLDEN / "linears.input.mlir").read_text()
    text, (record,) = replace.rewrite_text(source, replace.parse_rules("merge-sibling-matmuls"))
    assert text.count("linalg.matmul") == 1
    assert "tensor<8x16xf32>" in text  # 6 + 6 + 4 output columns side by side
    assert record.extra["shared_operand"] == "lhs" and record.sizes == [6, 6, 4]


def test_mixed_siblings_group_only_compatible_convs() -> None:
    """Different strides and dilations never share a group; asymmetric kernels and 5x5 do."""
    module, inputs = replace_models.build("mixed_convs")
    _, records = replace.rewrite_text(frontend.import_to_linalg(module, inputs), replace.parse_rules(None))
    kernels = sorted(tuple(map(tuple, r.extra["kernels"])) for r in records)
    assert kernels == [((1, 3), (3, 1), (5, 5), (1, 1)), ((3, 3), (1, 1))]
    assert {tuple(r.extra["kernel"]) for r in records} == {(5, 5), (3, 3)}


class _NoSiblings(torch.nn.Module):
    """Look-alikes that must not merge: a depthwise conv, a runtime weight, a different input."""

    def __init__(self) -> None:
        super().__init__()
        self.dw = torch.nn.Conv2d(4, 4, 3, padding=1, groups=4)
        self.pw = torch.nn.Conv2d(4, 4, 3, padding=1)
        self.other = torch.nn.Conv2d(4, 4, 1)

    def forward(self, x: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
        runtime = torch.nn.functional.conv2d(x, w, padding=1)
        return self.dw(x) + self.pw(x) + runtime + self.other(x * 2)


def test_rules_do_not_fire_on_look_alikes() -> None:
    module = _NoSiblings().eval()
    text = frontend.import_to_linalg(module, (torch.randn(1, 4, 6, 6), torch.randn(4, 4, 3, 3)))
    new, records = replace.rewrite_text(text, replace.parse_rules(None))
    assert records == [] and new.count("linalg.conv_2d_nchw_fchw") == text.count("linalg.conv_2d_nchw_fchw")


def test_unknown_rule_is_a_clear_error() -> None:
    with pytest.raises(IopsError, match="Unknown replacement rule"):
        replace.parse_rules("merge-everything")


@pytest.mark.parametrize("name", ["convs", "mixed_convs", "linears"])
def test_replaced_program_matches_torch(name: str, tmp_path: Path) -> None:
    """Compiled with every rewrite applied, the program computes what torch computes."""
    module, inputs = replace_models.build(name)
    result = driver.compile_module(module, inputs, model=name, options=CompileOptions(
        replace="all", cost_model="analytic", output=tmp_path / "m.vmfb", dump_dir=tmp_path / "d", quiet=True))
    section = result.report.replacements
    assert section.applied and section.matches
    function = runner.load_function(result.output, "local-task")
    got = runner.run(function, [t.numpy() for t in inputs])
    with torch.no_grad():
        want = module(*inputs).numpy()
    np.testing.assert_allclose(got[0], want, atol=1e-5, rtol=1e-4)
    assert json.loads((tmp_path / "d" / "schedule.json").read_text())["replacements"]["applied"]


def compile_for_cpu(monkeypatch, cpu: str) -> None:
    """Compiles for the llvm-cpu target use `cpu` in place of this host's CPU, so the dispatches
    (their tiles, packs and padding) are the same on any machine; nothing compiled is run."""
    import dataclasses

    from iops_mlir import targets

    def pinned(name: str, **kwargs):
        target = targets.load_target(name, **kwargs)
        flags = tuple(f.replace("--iree-llvmcpu-target-cpu=host", f"--iree-llvmcpu-target-cpu={cpu}")
                      for f in target.compile_flags)
        assert flags != target.compile_flags
        return dataclasses.replace(target, compile_flags=flags)

    monkeypatch.setattr(driver, "load_target", pinned)


@pytest.mark.parametrize("margin, kept", [(None, True), (0.9, False)])
def test_auto_mode_keeps_the_rewrite_only_when_it_wins_by_the_margin(tmp_path: Path, monkeypatch,
                                                                     margin: float | None, kept: bool) -> None:
    """Under the analytic model (margin 0) one merged conv is predicted faster than two; with a
    margin of 0.9 it would have to be ten times faster, which no merge is. The decision and the
    predictions behind it are recorded, and the kept program is the one compiled.

    Compiled for an AVX-512 CPU: for an AVX2 one (an AMD EPYC, Haswell) the rewrite is predicted
    0.7% slower, its 1x1 filter padded to 3x3 nearly doubling the convolutions' work."""
    compile_for_cpu(monkeypatch, "skylake-avx512")
    module, inputs = replace_models.build("convs")
    result = driver.compile_module(module, inputs, model="convs", options=CompileOptions(
        replace="auto", cost_model="analytic", dump_dir=tmp_path, stop_after=Phase.SCHEDULE, quiet=True,
        margin=margin))
    section = result.report.replacements
    assert set(section.decision["predicted_us"]) == {"as-imported", "replaced"}
    assert section.decision["margin"] == (margin or 0.0)
    assert section.applied is kept and section.dir == ("replaced" if kept else ".")
    merged_convs = sum(n.kind.startswith(("conv", "mmt4d", "matmul")) for n in result.graph.nodes if n.is_dispatch)
    plain = graph_mod.DispatchGraph.from_json((tmp_path / "graph.json").read_text())
    plain_convs = sum(n.kind.startswith(("conv", "mmt4d", "matmul")) for n in plain.nodes if n.is_dispatch)
    assert (merged_convs < plain_convs) is kept  # the graph scheduled is the kept program's
    assert (tmp_path / "replaced" / "input.mlir").exists()


def test_auto_mode_keeps_a_rewrite_on_the_devices_times_only(tmp_path: Path) -> None:
    """Under a dispatch profile from elsewhere (measured:FILE), a rewrite whose new dispatches the
    profile lacks is judged on estimates: it is not kept, however fast they look. Timed, and
    faster by far, it is kept."""
    module, inputs = replace_models.build("convs")

    def compile_with(profile: dict, folder: str):
        path = tmp_path / f"{folder}.json"
        path.write_text(json.dumps({"device": "elsewhere", "dispatch_us": profile}))
        return driver.compile_module(module, inputs, model="convs", options=CompileOptions(
            replace="auto", cost_model=f"measured:{path}", dump_dir=tmp_path / folder, stop_after=Phase.SCHEDULE,
            quiet=True))

    first = compile_with({"none::none": 1.0}, "first")  # every dispatch estimated: only to read the graphs
    plain = graph_mod.DispatchGraph.from_json((tmp_path / "first/graph.json").read_text())
    rewritten = graph_mod.DispatchGraph.from_json((tmp_path / "first/replaced/graph.json").read_text())
    plain_times = {plain.nodes[n].symbol: 100.0 for n in plain.dispatch_ids()}
    new = {rewritten.nodes[n].symbol for n in rewritten.dispatch_ids()} - set(plain_times)
    assert new and first.report.replacements.decision is not None
    untimed = compile_with(plain_times, "untimed").report.replacements
    assert not untimed.applied and untimed.decision["rewrite_dispatches_not_measured"] == len(new)
    timed = compile_with({**plain_times, **{s: 1.0 for s in new}}, "timed").report.replacements
    assert timed.applied and "rewrite_dispatches_not_measured" not in timed.decision


def test_replacement_is_off_by_default_on_every_target() -> None:
    assert CompileOptions().replace_mode is ReplaceMode.NONE and CompileOptions().replace is None
    assert CompileOptions(target="cuda").replace_mode is ReplaceMode.NONE
    assert CompileOptions(replace="auto").replace_mode is ReplaceMode.AUTO


def test_replace_none_leaves_the_program_alone(tmp_path: Path) -> None:
    module, inputs = replace_models.build("convs")
    result = driver.compile_module(module, inputs, model="convs", options=CompileOptions(
        replace="none", cost_model="analytic", dump_dir=tmp_path, stop_after=Phase.SCHEDULE, quiet=True))
    assert result.report.replacements.matches == []
    assert not (tmp_path / "replaced").exists()


def test_auto_mode_drops_a_rewritten_program_iree_rejects(tmp_path: Path, monkeypatch) -> None:
    """If the rewritten program fails to compile, auto mode keeps the program as imported and says why."""
    real = replace.rewrite_text

    def broken(text, rules):
        _, records = real(text, rules)
        return "this is not MLIR", records

    monkeypatch.setattr("iops_mlir.pipeline.variants.replace_mod.rewrite_text", broken)
    module, inputs = replace_models.build("convs")
    result = driver.compile_module(module, inputs, model="convs", options=CompileOptions(
        replace="auto", cost_model="analytic", dump_dir=tmp_path, stop_after=Phase.SCHEDULE, quiet=True))
    section = result.report.replacements
    assert not section.applied and section.matches and "failed" in section.decision
    with pytest.raises(IopsError):  # with --replace all the failure is the user's to see
        driver.compile_module(module, inputs, model="convs", options=CompileOptions(
            replace="all", cost_model="analytic", dump_dir=tmp_path / "all", stop_after=Phase.SCHEDULE,
            quiet=True))


@pytest.mark.parametrize("failure", ["iree", "refusal"])
def test_auto_mode_drops_a_rewritten_program_that_meets_a_known_iree_bug(tmp_path: Path, monkeypatch,
                                                                      failure: str) -> None:
    """A rewritten program that meets one of IREE's known bugs (or that IREE lowers in a way
    iops-mlir refuses) is dropped like any rewritten program IREE rejects: the program as imported
    keeps every flag of the target, where its fallback would have recompiled both without one."""
    from iops_mlir.errors import ToolError, UnsupportedProgram
    from iops_mlir.pipeline import front

    collapse = "error: 'tensor.collapse_shape' op expected dimension 3 of collapsed type to be static value of 10"
    refusal = "Unsupported stream IR: dispatch d::d writes in place into a value that another op uses again afterwards"
    assert all(driver.load_target("llvm-cpu").fallback_for(text) is not None for text in (collapse, refusal))
    errors = {"iree": ToolError("iree-compile failed", stderr=collapse), "refusal": UnsupportedProgram(refusal)}
    real = front.front

    def rewritten_fails(variant, *args, **kwargs):
        if variant.in_subdir:
            raise errors[failure]
        return real(variant, *args, **kwargs)

    monkeypatch.setattr(driver.front, "front", rewritten_fails)
    module, inputs = replace_models.build("convs")
    result = driver.compile_module(module, inputs, model="convs", options=CompileOptions(
        replace="auto", cost_model="analytic", dump_dir=tmp_path, stop_after=Phase.SCHEDULE, quiet=True))
    section = result.report.replacements
    assert section.matches and not section.applied and "failed" in section.decision
    assert result.report.compile_fallback is None
    assert result.target.compile_flags == driver.load_target("llvm-cpu").compile_flags


def test_auto_mode_weighs_each_programs_own_pick() -> None:
    """Where the program as imported keeps IREE's order (no pick of it could pass the closed loop's
    bar) and the rewrite was searched, the rewrite's pick is weighed against IREE's order, not
    the rewrite's own IREE order; the decision says which schedulers were weighed."""
    from types import SimpleNamespace

    from iops_mlir.pipeline import variants

    def candidate(label: str, records: list, chosen: str, predicted: dict) -> variants.Candidate:
        variant = SimpleNamespace(label=label, records=records)
        report = SimpleNamespace(predicted_us=predicted, cost_model={"margin": 0.05}, replacements=None)
        scheduled = SimpleNamespace(program=SimpleNamespace(variant=variant), report=report,
                                    plan=SimpleNamespace(chosen=SimpleNamespace(scheduler=chosen)))
        return variants.Candidate(variant, scheduled)

    record = SimpleNamespace(to_json=lambda: {"rule": "merge-sibling-convs"})
    plain = candidate("as-imported", [], "iree", {"iree": 100.0, "iops": 99.0})
    rewritten = candidate("replaced", [record], "iops", {"iree": 101.0, "iops": 90.0})
    options = SimpleNamespace(replace_mode="auto")
    chosen = variants.choose(options, [plain, rewritten], SimpleNamespace(say=lambda text: None))
    decision = chosen.report.replacements.decision
    assert decision["predicted_us"] == {"as-imported": 100.0, "replaced": 90.0}
    assert decision["scheduler"] == "iree" and decision["rewrite_scheduler"] == "iops"
    assert chosen is rewritten.scheduled and chosen.report.replacements.applied
