"""Hostile input beyond the argument checks in test_cli: each gets one clear paragraph, a non-zero
exit, and never a partial or wrong .vmfb."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from iops_mlir.cli import EXIT_INTERRUPTED
from conftest import assert_clean_error, run_cli


def _model(tmp_path: Path, body: str, shape: str = "4, 4") -> str:
    path = tmp_path / "m.py"
    path.write_text(textwrap.dedent(f"""
        import torch
        class M(torch.nn.Module):
            def forward(self, x):
                return {body}
        def build():
            torch.manual_seed(0)
            return M(), (torch.rand({shape}),)
        """))
    return f"{path}:build"


def test_module_that_is_not_text(capsys, tmp_path: Path) -> None:
    path = tmp_path / "weights.py"
    path.write_bytes(b"\x89\xff\xfe binary \x00\x01")
    code, _, err = run_cli(capsys, "compile", "--module", f"{path}:build", "-o", tmp_path / "x.vmfb")
    assert_clean_error(code, err, "not a Python source file")


def test_op_the_importer_rejects_names_the_op_in_one_paragraph(capsys, tmp_path: Path) -> None:
    """MLIR's C++ diagnostics are folded into our message instead of leaking out before it."""
    code, _, err = run_cli(capsys, "compile", "--module", _model(tmp_path, "torch.special.erfinv(x)"),
                           "-o", tmp_path / "x.vmfb")
    assert_clean_error(code, err, "could not import the model")
    assert "torch.aten.erfinv" in err and not any(ln.startswith("loc(") for ln in err.splitlines())
    assert not (tmp_path / "x.vmfb").exists()


def test_iree_rejecting_the_program_is_a_clear_error(capsys, tmp_path: Path, monkeypatch) -> None:
    """When iree-compile itself fails, the message names the phase and shows IREE's reason."""
    from iops_mlir import targets

    real = targets.load_target

    def broken(name, **kw):
        target = real(name, **kw)
        return dataclasses.replace(target, compile_flags=(*target.compile_flags, "--iree-no-such-flag"))

    monkeypatch.setattr("iops_mlir.driver.load_target", broken)
    code, _, err = run_cli(capsys, "compile", "--module", _model(tmp_path, "x * 2"), "--cost-model", "analytic",
                           "-o", tmp_path / "x.vmfb")
    assert code != 0 and "Traceback" not in err
    assert "iree-compile (input to flow) failed" in err and "no-such-flag" in err
    assert not (tmp_path / "x.vmfb").exists()


def test_data_dependent_output_shape_compiles_and_matches_torch(capsys, tmp_path: Path) -> None:
    """A dynamic output shape (nonzero) is not rejected: IREE supports it and the result is right."""
    code, out, err = run_cli(capsys, "check", "--module", _model(tmp_path, "torch.nonzero(x > 0.5)"),
                             "--cost-model", "analytic", "-q")
    assert code == 0, err
    assert json.loads(out)["ok"] is True


def test_schedule_file_that_is_a_directory(capsys, tmp_path: Path, tiny_module_spec: str) -> None:
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--cost-model", "analytic",
                           "--schedule-file", tmp_path, "-o", tmp_path / "x.vmfb")
    assert_clean_error(code, err, "cannot read")
    assert not (tmp_path / "x.vmfb").exists()


@pytest.mark.parametrize("flags, message", [
    (["--schedule-file", "{tmp}/nothere.json"], "no such file"),
    (["--rules", "merge-sibling-conv", "--replace", "auto"], "Unknown replacement rule(s) merge-sibling-conv"),
    (["--rules", "merge-sibling-convs"], "no effect with --replace none"),
    (["--small"], "--small applies"), (["--batch", "4"], "--batch applies"),
    (["--seq-len", "16", "--small"], "--small, --seq-len apply"),
])
def test_inputs_that_would_be_ignored_are_refused_before_any_work(flags, message, capsys, tmp_path: Path,
                                                                  tiny_module_spec: str) -> None:
    """A missing schedule file, rules that would not run, the zoo's size flags with a module."""
    flags = [flag.format(tmp=tmp_path) for flag in flags]
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--cost-model", "analytic", *flags,
                           "-o", tmp_path / "x.vmfb")
    assert_clean_error(code, err, message)
    assert not [line for line in err.splitlines() if line.startswith("[")]  # no phase started
    assert not (tmp_path / "x.vmfb").exists()


@pytest.mark.parametrize("text, message", [("{ not json", "is not valid JSON (line 1"),
                                           ('{"stage": []}', "with a 'stages' list"),
                                           ('[["@a"]]', "with a 'stages' list")])
def test_schedule_file_that_cannot_be_a_schedule_is_refused_before_any_work(text, message, capsys, tmp_path: Path,
                                                                            tiny_module_spec: str) -> None:
    """A schedule file that is not JSON, or holds no 'stages' list, is refused before the lowering,
    not after it; what it names is checked once the graph is known."""
    schedule = tmp_path / "schedule.json"
    schedule.write_text(text)
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--cost-model", "analytic",
                           "--schedule-file", schedule, "-o", tmp_path / "x.vmfb")
    assert_clean_error(code, err, message)
    assert "--schedule-file" in err
    assert not [line for line in err.splitlines() if line.startswith("[")]  # no phase started
    assert not (tmp_path / "x.vmfb").exists()


def test_existing_output_is_replaced_whole(capsys, tmp_path: Path, tiny_module_spec: str) -> None:
    out = tmp_path / "model.vmfb"
    out.write_bytes(b"an older build")
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--cost-model", "analytic",
                           "-q", "-o", out)
    assert code == 0, err
    data = out.read_bytes()
    assert data.startswith(b"PK") and b"module.fb" in data[:64]  # a .vmfb is a zip around module.fb
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.vmfb"]  # no temporary left behind


# The opt-in `measured` model profiles every executable on its own: 40 s of the default suite for a
# model users must ask for, so -m slow runs it; the default model's cache has the test below.
@pytest.mark.slow
@pytest.mark.parametrize("garbage", [b"\x00\xff not json", b'{"entries": {"x": "fast"}, "us": -5}'])
def test_corrupted_cost_cache_is_measured_again(garbage: bytes, capsys, tmp_path: Path, monkeypatch,
                                                tiny_module_spec: str) -> None:
    """The measured model profiles once (and shows it), a recompile takes every entry from the
    cache to the same schedule, and a corrupted cache is measured again, not trusted."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("IOPS_MLIR_CACHE", str(cache))
    args = ["compile", "--module", tiny_module_spec, "--compile-to", "schedule", "--replace", "none",
            "--cost-model", "measured"]
    code, _, err = run_cli(capsys, *args, "--dump-dir", tmp_path / "a")
    assert code == 0, err
    measuring = re.compile(r"profiling [1-9]\d* executables")  # said only when something is timed
    assert measuring.search(err)
    first = json.loads((tmp_path / "a" / "schedule.json").read_text())
    model = first["cost_model"]
    assert model["name"] == "measured" and model["dispatches_estimated_not_measured"] == 0
    assert model["sample_stages"] >= 1 and 0.0 <= model["beta"] <= 1.0
    assert set(first["predicted_us"]) == {"sequential", "asap", "iree", "ios", "iops"}
    memory = first["memory"]
    fitting = [k for k, v in memory["estimated_peak_bytes"].items() if v <= memory["budget_bytes"]]
    assert first["predicted_us"]["iops"] <= min(first["predicted_us"][k] for k in fitting) + 1e-6
    code, _, err = run_cli(capsys, *args, "--dump-dir", tmp_path / "cached")
    assert code == 0 and not measuring.search(err), err  # all from the cache
    cached = json.loads((tmp_path / "cached" / "schedule.json").read_text())
    assert cached["stages"] == first["stages"] and cached["cost_model"] == model
    entries = list(cache.rglob("*.json"))
    assert entries
    for entry in entries:
        entry.write_bytes(garbage)
    code, _, err = run_cli(capsys, *args, "--dump-dir", tmp_path / "b")
    assert code == 0, err
    assert measuring.search(err), err  # measured again, not trusted
    again = json.loads((tmp_path / "b" / "schedule.json").read_text())
    assert again["num_dispatches"] == first["num_dispatches"]
    assert again["cost_model"]["dispatches_estimated_not_measured"] == 0


def test_corrupted_profile_cache_is_profiled_again(capsys, tmp_path: Path, monkeypatch, tiny_module_spec: str) -> None:
    """The profiled model's cache (whole-program profiles, timings): garbage is measured again."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("IOPS_MLIR_CACHE", str(cache))
    args = ["compile", "--module", tiny_module_spec, "--replace", "none", "--verify-rounds", "3"]
    code, _, err = run_cli(capsys, *args, "--dump-dir", tmp_path / "a", "-o", tmp_path / "a.vmfb")
    assert code == 0, err
    for entry in cache.rglob("*.json"):
        entry.write_bytes(b"\x00\xff not json")
    code, _, err = run_cli(capsys, *args, "--dump-dir", tmp_path / "b", "-o", tmp_path / "b.vmfb")
    assert code == 0, err
    assert (tmp_path / "b" / "profiles" / "iree-debug.1.ireeprof").exists()  # profiled again, not trusted
    again = json.loads((tmp_path / "b" / "schedule.json").read_text())
    assert all(us > 0 for us in again["shipped"]["candidates"].values())


def test_ctrl_c_during_compile_leaves_nothing_behind(tmp_path: Path, tiny_module_spec: str) -> None:
    out = tmp_path / "model.vmfb"
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "iops_mlir.cli", "compile", "--module", tiny_module_spec,
                             "--cost-model", "analytic", "-o", str(out)],
                            stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path,
                            # A shell's background job starts with SIGINT ignored, and Python keeps that.
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    seen = []
    deadline = time.monotonic() + 120
    for line in proc.stderr:  # wait until IREE is running, then interrupt
        seen.append(line)
        if "iree-compile" in line or time.monotonic() > deadline:
            break
    proc.send_signal(signal.SIGINT)
    rest = proc.stderr.read()
    code = proc.wait(timeout=60)
    err = "".join(seen) + rest
    assert code == EXIT_INTERRUPTED, err
    assert "interrupted; no output was written" in err and "Traceback" not in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere; permissions cannot be tested")
def test_output_folder_that_is_not_writable(capsys, tmp_path: Path, tiny_module_spec: str) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "-o", locked / "x.vmfb")
        assert_clean_error(code, err, "is not writable")
        assert not (locked / "x.vmfb").exists()
    finally:
        locked.chmod(0o700)


def test_a_full_disk_names_the_file_and_is_not_called_a_bug(capsys, tmp_path: Path, tiny_module_spec: str,
                                                             monkeypatch) -> None:
    """Running out of space is the machine's state, not our bug: exit 75 and the file it hit."""
    import errno

    real = Path.write_text

    def full(self, *args, **kwargs):
        if self.name == "flow.mlir" or self.name == "graph.json":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full)
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--cost-model", "analytic",
                           "--dump-dir", tmp_path / "d", "-o", tmp_path / "x.vmfb")
    assert code == 75, err
    assert_clean_error(code, err, "ran out of disk space")
    assert "graph.json" in err and "bug" not in err
    assert not (tmp_path / "x.vmfb").exists()


def test_a_refused_write_names_the_file_and_is_not_called_a_bug(capsys, tmp_path: Path, tiny_module_spec: str,
                                                                 monkeypatch) -> None:
    """A write the file system refuses though the early check passed (as root, or a read-only mount
    met late): one paragraph that names the file, and nothing half-written."""
    import errno
    import os as real_os

    replace = real_os.replace

    def refuse(src, dst):
        if str(dst).endswith("x.vmfb"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return replace(src, dst)

    monkeypatch.setattr("iops_mlir.files.os.replace", refuse)
    code, _, err = run_cli(capsys, "compile", "--module", tiny_module_spec, "--cost-model", "analytic",
                           "-o", tmp_path / "x.vmfb")
    assert_clean_error(code, err, f"Cannot write '{tmp_path / 'x.vmfb'}': Permission denied")
    assert "bug" not in err and sorted(p.name for p in tmp_path.iterdir()) == []


def test_help_and_models_import_neither_torch_nor_iree() -> None:
    """What made `iops-mlir --help` take 4 s: the CLI now imports them only inside a subcommand."""
    probe = ("import sys, contextlib, io\n"
             "from iops_mlir.cli import main\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n"
             "    main(['models'])\n"
             "    try:\n"
             "        main(['--help'])\n"
             "    except SystemExit:\n"
             "        pass\n"
             "print(sorted(m for m in ('torch', 'iree.compiler', 'iree.runtime', 'numpy') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
