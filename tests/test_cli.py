"""The `iops-mlir` command: dumps, determinism, and clear errors for bad input."""

from __future__ import annotations

import json
import shlex
import subprocess
import textwrap
from pathlib import Path

import pytest

import iops_mlir
from conftest import assert_clean_error, run_cli
from iops_mlir.cli import main, unproven_note
from iops_mlir.iree_tools import splat_input_flags, tool_path
from iops_mlir.targets import cpu_workers, load_target

DUMPS = ["input.mlir", "flow.mlir", "async.mlir", "async.scheduled.mlir", "stream.mlir",
         "graph.json", "schedule.json", "commands.sh"]


@pytest.fixture(scope="module")
def tiny_compiled(tiny_module_spec: str, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tiny-compiled")
    code = main(["compile", "--module", tiny_module_spec, "-q", "--cost-model", "analytic", "--scheduler", "asap",
                 "-o", str(out / "tiny.vmfb"), "--dump-dir", str(out / "dump")])
    assert code == 0
    return out


def test_compile_writes_every_intermediate(tiny_compiled: Path) -> None:
    for name in DUMPS:
        assert (tiny_compiled / "dump" / name).stat().st_size > 0, name
    schedule = json.loads((tiny_compiled / "dump" / "schedule.json").read_text())
    assert {"model", "target", "scheduler", "stages"} <= set(schedule)
    assert schedule["model"] == "build" and schedule["target"] == "llvm-cpu"  # FILE.py:NAME is named NAME
    assert schedule["runtime"] == {"device": "local-task", "flags": list(load_target("llvm-cpu").runtime_flags)}
    script = (tiny_compiled / "dump" / "commands.sh").read_text()
    assert "--compile-to=flow" in script and "--compile-from=stream" in script
    assert str(tiny_compiled / "tiny.vmfb") in script
    assert not list(tiny_compiled.glob(".tiny.vmfb.tmp*"))


def test_same_input_gives_same_schedule_and_bytes(tiny_compiled: Path, tiny_module_spec: str,
                                                  tmp_path: Path, capsys) -> None:
    code, _, _ = run_cli(capsys, "compile", "--module", tiny_module_spec, "-q", "--cost-model", "analytic", "--scheduler", "asap",
                         "-o", tmp_path / "again.vmfb", "--dump-dir", tmp_path / "dump")
    assert code == 0
    assert _without_times(tmp_path / "dump" / "schedule.json") == \
        _without_times(tiny_compiled / "dump" / "schedule.json")
    assert (tmp_path / "again.vmfb").read_bytes() == (tiny_compiled / "tiny.vmfb").read_bytes()


def _without_times(path: Path) -> dict:
    """schedule.json minus the search's wall-clock seconds, the one field allowed to vary."""
    data = json.loads(path.read_text())
    for section in ("search", "ios"):
        data.get(section, {}).pop("seconds", None)
    return data


def test_compile_says_how_to_run_the_output(tiny_module_spec: str, tmp_path: Path, capsys) -> None:
    code, out, _ = run_cli(capsys, "compile", "--module", tiny_module_spec, "--cost-model", "analytic",
                           "--scheduler", "asap", "-o", tmp_path / "tiny.vmfb", "--parameters-file", tmp_path / "w.irpa")
    assert code == 0
    command = next(line for line in out.splitlines() if line.startswith("run it with: "))
    assert command.startswith(f"run it with: iree-run-module --device=local-task --task_topology_group_count="
                              f"{cpu_workers()} --module={tmp_path / 'tiny.vmfb'} "
                              f"--parameters=model={tmp_path / 'w.irpa'} --function=main --input=")
    # The command runs as printed, from here: it names the weights' file as given, and gives the
    # example inputs' shapes and types.
    argv = shlex.split(command.removeprefix("run it with: "))
    ran = subprocess.run([tool_path(argv[0]), *argv[1:]], capture_output=True, text=True, check=False)
    assert ran.returncode == 0, ran.stderr
    assert "result[0]" in ran.stdout
    # The schedulers' predictions are named by their model, as `explain` words them.
    assert "\npredicted latency (analytic:local-cpu): sequential " in out


def test_the_run_command_gives_each_input_its_shape_type_and_a_value_valid_for_it() -> None:
    import torch

    tokens = torch.zeros(2, 16, dtype=torch.int64)
    assert splat_input_flags((torch.rand(1, 3, 8, 8), tokens, torch.ones(2, 3, dtype=torch.bool),
                              torch.rand(4, dtype=torch.bfloat16), torch.tensor(1.0))) == \
        ["--input=1x3x8x8xf32=0.5", "--input=2x16xi64=0", "--input=2x3xi1=000000", "--input=4xbf16=0.5",
         "--input=f32=0.5"]
    assert splat_input_flags((torch.rand(2, dtype=torch.complex64),)) is None
    assert splat_input_flags((torch.ones(64, 64, dtype=torch.bool),)) is None


def test_apply_subcommand_reproduces_the_scheduled_ir(tiny_compiled: Path, tmp_path: Path, capsys) -> None:
    dump = tiny_compiled / "dump"
    code, _, err = run_cli(capsys, "apply", dump / "async.mlir", dump / "schedule.json",
                           "-o", tmp_path / "s.mlir")
    assert code == 0, err
    assert (tmp_path / "s.mlir").read_text() == (dump / "async.scheduled.mlir").read_text()


@pytest.mark.parametrize("schedule_name, message", [("missing.json", "schedule: no such file"),
                                                    (".", "schedule: cannot read")])
def test_apply_refuses_a_schedule_it_cannot_read_before_parsing_the_program(
        schedule_name, message, tiny_compiled: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    import iops_mlir.apply as apply_mod

    parsed = []
    monkeypatch.setattr(apply_mod.stream_ir, "parse_module", lambda *a: parsed.append(a))
    code, _, err = run_cli(capsys, "apply", tiny_compiled / "dump" / "async.mlir", tmp_path / schedule_name,
                           "-o", tmp_path / "s.mlir")
    assert_clean_error(code, err, message)
    assert "--schedule-file" not in err  # apply takes it as an argument, not a flag
    assert not parsed and not (tmp_path / "s.mlir").exists()


def test_apply_names_the_schedule_argument_in_its_errors(tiny_compiled: Path, tmp_path: Path, capsys) -> None:
    broken = _write(tmp_path, "broken.json", "{ not json")
    code, _, err = run_cli(capsys, "apply", tiny_compiled / "dump" / "async.mlir", broken, "-o", tmp_path / "s.mlir")
    assert_clean_error(code, err, "schedule: '")
    assert "is not valid JSON" in err and "--schedule-file" not in err
    assert not (tmp_path / "s.mlir").exists()


def test_check_passes_on_the_tiny_model(tiny_module_spec: str, capsys) -> None:
    code, out, _ = run_cli(capsys, "check", "--module", tiny_module_spec, "-q", "--cost-model", "analytic", "--scheduler", "sequential")
    assert code == 0
    checked = json.loads(out)
    assert checked["ok"] is True and checked["scheduler"] == checked["shipped"] == "sequential"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


@pytest.mark.parametrize("argv, message", [
    (["compile", "--model", "vgg", "-o", "x.vmfb"], "Unknown model 'vgg'"),
    (["compile", "--model", "squeezenet", "--target", "cuda", "--cuda-arch", "sm_90", "-o", "x.vmfb"],
     "Unknown CUDA architecture 'sm_90'"),
    (["compile", "--model", "squeezenet"], "needs -o/--output"),
    (["compile", "--module", "no/such/file.py:build", "-o", "x.vmfb"], "no such file"),
    (["compile", "--model", "squeezenet", "--module", "a.py:b", "-o", "x.vmfb"], "exactly one of"),
    (["compile", "--model", "squeezenet", "-o", "no/such/dir/x.vmfb"], "does not exist"),
])
def test_bad_arguments(argv, message, capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(capsys, *argv)
    assert_clean_error(code, err, message)
    assert not (tmp_path / "x.vmfb").exists()


@pytest.mark.parametrize("flag, value", [("--target", "tpu"), ("--scheduler", "magic"), ("--replace", "some"),
                                         ("--verify", "maybe"), ("--compile-to", "llvm")])
def test_unknown_choices_are_refused_with_the_known_ones(flag, value, capsys) -> None:
    """Choices come from the registries, so argparse lists every known value."""
    from iops_mlir.choices import Phase, ReplaceMode, Scheduler, VerifyMode

    code, _, err = run_cli(capsys, "compile", "--model", "squeezenet", flag, value, "-o", "x.vmfb")
    known = {"--target": ["llvm-cpu", "cuda"], "--scheduler": Scheduler.names(), "--replace": ReplaceMode.names(),
             "--verify": VerifyMode.names(), "--compile-to": Phase.names()}[flag]
    assert code == 2 and f"invalid choice: '{value}'" in err and "Traceback" not in err
    assert all(name in err for name in known)


def test_output_path_that_is_a_directory(capsys, tmp_path) -> None:
    """The error names the option that gave the folder and a file name it takes."""
    code, _, err = run_cli(capsys, "compile", "--model", "squeezenet", "-o", tmp_path)
    assert_clean_error(code, err, "(-o/--output) is a directory; give a file name such as model.vmfb")
    code, _, err = run_cli(capsys, "compile", "--model", "squeezenet", "-o", tmp_path / "m.vmfb",
                           "--parameters-file", tmp_path)
    assert_clean_error(code, err, "(--parameters-file) is a directory; give a file name such as model.irpa")
    code, _, err = run_cli(capsys, "explain", "--dump-dir", tmp_path, "--gantt", tmp_path)
    assert_clean_error(code, err, "(--gantt) is a directory; give a file name such as schedule.png")


@pytest.mark.parametrize("command, flag, name", [
    (["explain", "--dump-dir", "."], "--gantt", "chart.pdf"), (["explain", "--dump-dir", "."], "--svg", "g.png"),
    (["explain", "--dump-dir", "."], "--measured", "m.txt"), (["bench", "--model", "squeezenet"], "--plot", "b.jpg"),
    (["explain", "--dump-dir", "."], "--dot", "g.png"), (["bench", "--model", "squeezenet"], "--json", "b.pdf")])
def test_a_report_named_for_another_format_is_refused(capsys, tmp_path, command, flag, name) -> None:
    """A chart flag writes one format: a PNG named chart.pdf would not open, so the name is
    refused before any work, and nothing is written, not even the new folder it names; a text
    report (JSON, Graphviz source) is refused a name for an image likewise."""
    code, _, err = run_cli(capsys, *command, flag, tmp_path / "new" / name)
    assert_clean_error(code, err, f"{flag} writes ")
    assert f"not '{name}'" in err and not (tmp_path / "new").exists()


@pytest.mark.parametrize("source, message", [
    ("def build(:\n", "syntax error at line 1"),
    ("def other():\n    pass\n", "no function named 'build'"),
    ("def build():\n    return 42\n", "must return (torch.nn.Module, example inputs), got int"),
    ("import torch\ndef build():\n    return 'model', (torch.rand(2),)\n", "got (str, tuple)"),
    ("def build():\n    raise RuntimeError('boom')\n", "RuntimeError: boom"),
    ("import torch\ndef build():\n    return torch.nn.Linear(2, 2), (torch.rand(1, 2), 'text')\n",
     "every example input must be a torch.Tensor"),
    ("import torch\ndef build():\n    return torch.nn.Linear(2, 2), (torch.rand(1, 3),)\n",
     "Calling the model on its example inputs raised RuntimeError"),
    ("import torch\nclass M(torch.nn.Module):\n    def forward(self, x):\n"
     "        return x * 2 if x.sum() > 0 else x\n"
     "def build():\n    return M(), (torch.rand(2, 2),)\n", "could not import the model"),
])
def test_bad_user_modules(source, message, capsys, tmp_path) -> None:
    path = _write(tmp_path, "user.py", source)
    code, _, err = run_cli(capsys, "compile", "--module", f"{path}:build", "-o", tmp_path / "x.vmfb")
    assert_clean_error(code, err, message)
    assert not (tmp_path / "x.vmfb").exists()


def test_a_user_module_that_is_a_directory(capsys, tmp_path) -> None:
    code, _, err = run_cli(capsys, "compile", "--module", f"{tmp_path}:build", "-o", tmp_path / "x.vmfb")
    assert_clean_error(code, err, "is a directory; give the Python file that defines build()")
    assert not (tmp_path / "x.vmfb").exists()


def _schedule(tiny_compiled: Path) -> dict:
    return json.loads((tiny_compiled / "dump" / "schedule.json").read_text())


def _without_nodes(data: dict) -> dict:
    data.pop("stage_nodes")
    return data


@pytest.mark.parametrize("edit, message", [
    (lambda d: "{not json", "not valid JSON"),
    (lambda d: json.dumps([1, 2]), "JSON object"),
    (lambda d: json.dumps({"stages": "all"}), "'stages' list"),
    (lambda d: json.dumps(_without_nodes(d) | {"stages": d["stages"] + [["nope::x"]]}), "not a dispatch"),
    (lambda d: json.dumps(_without_nodes(d) | {"stages": d["stages"][:-1]}), "leaves out"),
    (lambda d: json.dumps(_without_nodes(d) | {"stages": list(reversed(d["stages"]))}), "violates a dependence"),
    (lambda d: json.dumps(d | {"stage_nodes": [[0] * len(s) for s in d["stage_nodes"]]}), "stale or was edited"),
])
def test_bad_schedule_files_are_rejected_not_fixed(edit, message, tiny_compiled, tiny_module_spec,
                                                  capsys, tmp_path) -> None:
    bad = tmp_path / "schedule.json"
    bad.write_text(edit(_schedule(tiny_compiled)))
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "-q", "--cost-model", "analytic", "--schedule-file", bad,
                           "-o", tmp_path / "x.vmfb")
    assert_clean_error(code, err, message)
    assert not (tmp_path / "x.vmfb").exists()


def test_a_valid_schedule_file_round_trips(tiny_compiled, tiny_module_spec, capsys, tmp_path) -> None:
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "-q", "--cost-model", "analytic",
                           "--schedule-file", tiny_compiled / "dump" / "schedule.json",
                           "-o", tmp_path / "x.vmfb", "--dump-dir", tmp_path / "d")
    assert code == 0, err
    again = json.loads((tmp_path / "d" / "schedule.json").read_text())
    assert again["stages"] == _schedule(tiny_compiled)["stages"]
    assert again["scheduler"] == "file"


def test_models_lists_the_zoo(capsys) -> None:
    code, out, _ = run_cli(capsys, "models")
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert names[:5] == ["inception_v3", "resnet50", "randwire", "nasnet_a", "squeezenet"]
    assert names[5:] == ["hf:bert", "hf:distilbert", "hf:gpt2", "hf:vit", "hf:swin", "hf:convnext", "hf:resnet50",
                         "hf:mobilenet_v2", "hf:efficientnet"]


def test_schedule_json_reports_search_blocks_and_memory(tiny_compiled: Path) -> None:
    schedule = _schedule(tiny_compiled)
    assert schedule["cost_model"]["name"] == "analytic:local-cpu"
    # asap was asked for: its stages need no search, and none ran (nor IOS's DP).
    assert "the asap order was asked for" in schedule["search_skipped"] and schedule["search"]["nodes"] == 0
    assert "skipped" in schedule["ios"]
    assert sum(b["dispatches"] for b in schedule["blocks"]) == schedule["num_dispatches"]
    memory = schedule["memory"]
    assert memory["transient_bytes"] > 0 and memory["iree_transient_bytes"] > 0
    assert memory["estimated_peak_bytes"]["iops"] <= memory["budget_bytes"]


def test_a_memory_budget_no_order_keeps_is_said_and_the_leanest_order_kept(capsys, tmp_path: Path,
                                                                          tiny_module_spec: str) -> None:
    """Asked for 1 byte, no order fits: the compile goes on with the order of least peak it found
    (one dispatch at a time here) and says by how much it passes the budget."""
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--cost-model", "analytic",
                           "--memory-budget", "1", "--compile-to", "schedule", "--dump-dir", tmp_path / "dump")
    assert code == 0, err
    memory = _schedule(tmp_path)["memory"]
    peak = memory["estimated_peak_bytes"]["iops"]
    assert memory["budget_bytes"] == 1 and peak == min(memory["estimated_peak_bytes"].values())
    assert f"no order found keeps within the 1 B memory budget: iops's schedule needs about {peak} B" in err


def test_an_order_asked_for_over_the_users_memory_budget_is_said(capsys, tmp_path: Path,
                                                                  tiny_module_spec: str) -> None:
    """IREE's order asked for is not held to the budget, but the output's transient memory over
    it is said; within a budget it is not."""
    args = ("compile", "--module", tiny_module_spec, "--cost-model", "analytic", "--scheduler", "iree",
            "-o", tmp_path / "m.vmfb", "--dump-dir", tmp_path / "dump")
    code, _, err = run_cli(capsys, *args, "--memory-budget", "1")
    assert code == 0, err
    allocated = _schedule(tmp_path)["memory"]["transient_bytes"]
    assert allocated > 1 and (f"warning: the output (iree) allocates {allocated} B of transient memory, over the "
                              "1 B memory budget") in err
    code, _, err = run_cli(capsys, *args, "--memory-budget", str(allocated))
    assert code == 0 and "warning: the output" not in err


@pytest.mark.parametrize("flag, value, message", [
    ("--cost-model", "psychic", "Unknown cost model"),
    ("--cost-model", "analytic:tpu", "Unknown device"),
    ("--cost-model", "analytic:no/such/device.json", "does not exist"),
    ("--max-block", "0", "must be at least 1"),
    ("--search-workers", "0", "must be at least 1"),
    ("--search-timeout", "-1", "must be more than 0"),
    ("--solver-work", "-1", "must be at least 0"),
    ("--margin", "1.5", "must be at least 0 and less than 1"),
    ("--search-tolerance", "-0.1", "must be at least 0 and less than 1"),
    ("--margin", "some", "is not a number"),
    ("--memory-budget", "lots", "not a whole number"),
])
def test_bad_search_options_get_a_clear_error(flag, value, message, capsys, tmp_path) -> None:
    code, _, err = run_cli(capsys, "compile", "--model", "squeezenet", "--small", flag, value,
                           "-o", tmp_path / "x.vmfb")
    assert code != 0 and message in err and "Traceback" not in err
    assert not (tmp_path / "x.vmfb").exists()


def test_an_output_file_a_stopped_compile_would_not_write_is_refused(capsys, tmp_path) -> None:
    code, _, err = run_cli(capsys, "compile", "--model", "squeezenet", "--small", "--compile-to", "schedule",
                           "--dump-dir", tmp_path / "dump", "-o", tmp_path / "x.json")
    assert_clean_error(code, err, "stops before a .vmfb is written")
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "dump").exists()


def test_a_cuda_compile_says_the_replayed_graph_runs_every_order_alike(capsys, tmp_path) -> None:
    code, out, err = run_cli(capsys, "compile", "--model", "squeezenet", "--small", "--target", "cuda",
                             "--compile-to", "schedule", "--dump-dir", tmp_path / "dump")
    assert code == 0, err
    assert "runs a wave's dispatches one after another" in out and "--cuda-graphs" in out
    predicted = json.loads((tmp_path / "dump" / "schedule.json").read_text())["predicted_us"]
    assert len(set(round(v, 6) for v in predicted.values())) == 1  # no order predicted faster


def test_measured_cost_model_needs_the_device(capsys, tmp_path) -> None:
    code, _, err = run_cli(capsys, "compile", "--model", "squeezenet", "--small", "--target", "cuda",
                           "--cost-model", "measured", "-o", tmp_path / "x.vmfb")
    assert_clean_error(code, err, "no cuda device")


def _generates_code(argv: list[str]) -> bool:
    """An iree-compile that generates code: ours from stream.cmd IR, or IREE's order from flow IR."""
    return "--compile-from=stream" in argv or "--compile-from=flow" in argv


def test_known_iree_crash_in_code_generation_triggers_the_fallback(tiny_module_spec, capsys, tmp_path,
                                                                   monkeypatch) -> None:
    """IREE 3.13's data-tiling bug can surface in the last phase (RandWire); the whole compile is
    redone without data tiling, and schedule.json says so."""
    from iops_mlir import iree_tools
    from iops_mlir.errors import ToolError

    real = iree_tools.run_tool

    def flaky(argv, *, what, cwd=None):
        if _generates_code(argv) and "--iree-global-opt-data-tiling" in argv:
            raise ToolError(f"{what} failed (exit 1).", command=argv,
                            stderr="error: One or more operations with large vector sizes (32768 bytes) were found")
        return real(argv, what=what, cwd=cwd)

    monkeypatch.setattr(iree_tools, "run_tool", flaky)
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--cost-model", "analytic",
                           "--dump-dir", tmp_path / "d", "-o", tmp_path / "x.vmfb")
    assert code == 0, err
    assert "retrying without --iree-global-opt-data-tiling" in err
    schedule = json.loads((tmp_path / "d" / "schedule.json").read_text())
    assert schedule["compile_fallback"]["dropped_flags"] == ["--iree-global-opt-data-tiling"]
    assert (tmp_path / "x.vmfb").exists()


def test_two_known_iree_failures_each_drop_their_own_flags(tiny_module_spec, capsys, tmp_path,
                                                          monkeypatch) -> None:
    """EfficientNet meets the im2col failure; a model may then meet the data-tiling one as well. Each
    known failure drops only its own flags, the compile is redone until it passes, and
    schedule.json lists every flag dropped and why."""
    from iops_mlir import iree_tools
    from iops_mlir.errors import ToolError

    real = iree_tools.run_tool
    messages = {"--iree-global-opt-use-im2col-for-convs":
                "error: 'linalg.generic' op write affecting operations on global resources are restricted to "
                "workgroup distributed contexts.",
                "--iree-global-opt-data-tiling": "error: One or more operations with large vector sizes"}

    def flaky(argv, *, what, cwd=None):
        if _generates_code(argv):
            for flag, message in messages.items():
                if flag in argv:
                    raise ToolError(f"{what} failed (exit 1).", command=argv, stderr=message)
        return real(argv, what=what, cwd=cwd)

    monkeypatch.setattr(iree_tools, "run_tool", flaky)
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--cost-model", "analytic",
                           "--dump-dir", tmp_path / "d", "-o", tmp_path / "x.vmfb")
    assert code == 0, err
    schedule = json.loads((tmp_path / "d" / "schedule.json").read_text())
    assert schedule["compile_fallback"]["dropped_flags"] == ["--iree-global-opt-use-im2col-for-convs",
                                                             "--iree-global-opt-data-tiling"]
    assert "im2col" in schedule["compile_fallback"]["why"] and "data tiling" in schedule["compile_fallback"]["why"]
    assert (tmp_path / "x.vmfb").exists()


def test_commands_sh_replays_the_compile_to_the_same_bytes(tiny_module_spec: str, tmp_path: Path) -> None:
    """Every step in commands.sh is a real command (IREE's tools and iops-mlir's own), and
    running the script again rebuilds the same output from the dump."""
    import os
    import subprocess
    import sys

    dump, out = tmp_path / "dump", tmp_path / "tiny.vmfb"
    assert main(["compile", "--module", tiny_module_spec, "-q", "--cost-model", "analytic",
                 "--dump-dir", str(dump), "-o", str(out)]) == 0
    first = out.read_bytes()
    for name in ("flow.mlir", "async.mlir", "async.scheduled.mlir", "stream.mlir", "replaced"):
        subprocess.run(["rm", "-rf", str(dump / name)], check=True)
    out.unlink()
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    proc = subprocess.run(["bash", str(dump / "commands.sh")], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == first


def test_irees_orders_are_the_bytes_stock_iree_compile_writes(tiny_module_spec: str, tmp_path: Path) -> None:
    """`--scheduler iree` ships, and the closed loop times, IREE's orders as the very files that
    stock `iree-compile input.mlir` writes with each partitioning preference (a compile split at
    the stream phase has the same code in another layout, which times differently)."""
    from iops_mlir import iree_tools
    from iops_mlir.iree_tools import CommandLog, run_tool
    from iops_mlir.pipeline.back import compile_iree_order
    from iops_mlir.pipeline.front import IREE_ORDERS, input_weights

    dump, out = tmp_path / "dump", tmp_path / "iree.vmfb"
    assert main(["compile", "--module", tiny_module_spec, "-q", "--scheduler", "iree", "--replace", "none",
                 "--verify", "off", "--cost-model", "analytic", "--dump-dir", str(dump), "-o", str(out)]) == 0
    target = load_target("llvm-cpu")
    weights = input_weights(dump, seen_from=dump)
    for name, favor in IREE_ORDERS.items():
        stock = f"stock-{favor}.vmfb"
        run_tool(iree_tools.stock("input.mlir", target, stock, favor=favor, weights=weights),
                 what="stock iree-compile", cwd=dump)
        ours = out if name == "iree" else compile_iree_order(CommandLog(dump), target, name)
        assert ours.read_bytes() == (dump / stock).read_bytes(), name


@pytest.mark.parametrize("debug", [False, True])
def test_a_bug_of_ours_is_one_paragraph_and_debug_shows_its_traceback(debug, capsys, monkeypatch) -> None:
    from iops_mlir import cli

    def broken(args):
        raise KeyError("no such stage")

    monkeypatch.setitem(cli.HANDLERS, "models", broken)
    if debug:
        monkeypatch.setenv("IOPS_MLIR_DEBUG", "1")
    else:
        monkeypatch.delenv("IOPS_MLIR_DEBUG", raising=False)
    code, _, err = run_cli(capsys, "models")
    assert code == cli.EXIT_INTERNAL
    assert "internal error (KeyError: 'no such stage'). This is an iops-mlir bug" in err
    assert ("Traceback" in err) is debug


def test_relative_paths_work_from_any_folder(tiny_module_spec: str, tmp_path: Path, monkeypatch) -> None:
    """Tools run inside the dump directory and a private folder: every path handed to them
    must not depend on the folder iops-mlir was started in (here: relative dump and output,
    and IREE's order compiled for --verify)."""
    monkeypatch.chdir(tmp_path)
    assert main(["compile", "--module", tiny_module_spec, "-q", "--cost-model", "analytic", "--verify", "on",
                 "--verify-rounds", "3", "--dump-dir", "rel/dump", "-o", "out.vmfb"]) == 0
    assert (tmp_path / "out.vmfb").exists() and (tmp_path / "rel" / "dump" / "iree-order.vmfb").exists()


def test_a_device_file_such_as_a_calibrated_one_is_searched_under(capsys, tiny_module_spec, tmp_path) -> None:
    # gpu-report writes a calibrated device; the compile takes its path as the analytic model's device.
    written = json.loads((Path(iops_mlir.__file__).parent / "cost/devices/local-cpu.json").read_text())
    slow = dict(written, name="local-cpu-slow", compute_efficiency=written["compute_efficiency"] / 10,
                bandwidth_efficiency=written["bandwidth_efficiency"] / 10)
    device_file = tmp_path / "slow.json"
    device_file.write_text(json.dumps(slow))
    predicted = {}
    for name, spec in (("written", "analytic"), ("slow", f"analytic:{device_file}")):
        code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "-q", "--cost-model", spec,
                               "--scheduler", "sequential", "--compile-to", "schedule", "--dump-dir", tmp_path / name)
        assert code == 0, err
        schedule = json.loads((tmp_path / name / "schedule.json").read_text())
        predicted[name] = schedule["predicted_us"]["sequential"]
        assert schedule["cost_model"]["device"]["name"] == ("local-cpu-slow" if name == "slow" else "local-cpu")
    assert predicted["slow"] > 3 * predicted["written"]
    # A file that is not a device description: one paragraph naming what it needs, nothing written.
    device_file.write_text(json.dumps({"name": "half"}))
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--cost-model", f"analytic:{device_file}",
                           "-o", tmp_path / "x.vmfb")
    assert_clean_error(code, err, "is not a device description")
    assert not (tmp_path / "x.vmfb").exists()


def test_a_fixed_order_asked_for_is_not_searched_but_ios_is(capsys, tiny_module_spec, tmp_path) -> None:
    """`--scheduler iree` (like asap, `tiny_compiled`) knows its stages: no search and no IOS DP
    run, and the report says so. `--scheduler ios` still runs both (IOS's schedule ships)."""
    reports = {}
    for scheduler in ("iree", "ios"):
        code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "-q", "--cost-model", "analytic",
                               "--scheduler", scheduler, "--compile-to", "schedule",
                               "--dump-dir", tmp_path / scheduler)
        assert code == 0, err
        reports[scheduler] = json.loads((tmp_path / scheduler / "schedule.json").read_text())
    fixed, ios = reports["iree"], reports["ios"]
    assert fixed["scheduler"] == "iree" and "the iree order was asked for" in fixed["search_skipped"]
    assert fixed["search"]["nodes"] == 0 and "skipped" in fixed["ios"]
    assert ios["scheduler"] == "ios" and ios.get("search_skipped") is None and "skipped" not in ios["ios"]
    assert ios["search"]["nodes"] > 0


def test_a_compile_that_leaves_blocks_unproven_says_how_to_see_where_their_gaps_sit(tmp_path: Path) -> None:
    unproven = {"optimal": False, "blocks_not_proven": 1, "gap": 0.008}
    note = unproven_note(unproven, tmp_path / "my dump")
    assert note is not None and "1 block(s) not proven, within 0.80% of the optimum" in note
    assert note.endswith(f"iops-mlir explain --dump-dir '{tmp_path / 'my dump'}'")
    # Nothing to say where every block is proven, nothing was searched, or no dump was kept.
    assert unproven_note({"optimal": True}, tmp_path) is None
    assert unproven_note(None, tmp_path) is None and unproven_note(unproven, None) is None


def test_counts_take_the_number_of_their_noun() -> None:
    """"1 dispatch in 1 stage", as a one-dispatch model is told, and every other count plural."""
    from iops_mlir.text import counted

    assert [counted(n, "stage") for n in (0, 1, 2)] == ["0 stages", "1 stage", "2 stages"]
    assert counted(1, "dispatch", "dispatches") == "1 dispatch" and counted(3, "dispatch", "dispatches") == "3 dispatches"
