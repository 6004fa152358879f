"""Shared fixtures and helpers: a tiny branching model that compiles in seconds, and the CLI runner."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from iops_mlir.cli import main

TINY_MODEL = textwrap.dedent(
    """
    import torch
    from torch import nn


    class ThreeBranch(nn.Module):
        # A 3x3, a 1x1 and a 5x5 branch writing one concat, plus a residual tail.
        def __init__(self):
            super().__init__()
            self.a = nn.Conv2d(8, 8, 3, padding=1)
            self.b = nn.Conv2d(8, 8, 1)
            self.c = nn.Conv2d(8, 8, 5, padding=2)
            self.d = nn.Conv2d(24, 8, 1)

        def forward(self, x):
            y = torch.cat([torch.relu(self.a(x)), self.b(x), self.c(x)], 1)
            return self.d(y) + x


    def build():
        torch.manual_seed(0)
        return ThreeBranch().eval(), (torch.rand(1, 8, 16, 16),)
    """
)


# A model whose dispatches form one chain: nothing to reorder.
CHAIN_MODEL = """
import torch
from torch import nn


class Chain(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Conv2d(4, 8, 3, padding=1)
        self.b = nn.Conv2d(8, 4, 1)

    def forward(self, x):
        return self.b(torch.relu(self.a(x)))


def build():
    torch.manual_seed(0)
    return Chain().eval(), (torch.rand(1, 4, 8, 8),)
"""

# `make test` runs the files on the cores' workers, each file on one worker, in the order
# collected (`--dist loadfile --no-loadscope-reorder`). The files that compile the most programs
# go first, longest first, and the many short ones fill the end: in xdist's own order (files with
# the most tests first) one worker had run the last long file alone for over two minutes.
# Work per file, 2-core VM, 2026-12-03.
LONGEST_FIRST = ("test_cli.py",  # 222 s
                 "test_hf_models.py",  # 197 s
                 "test_closed_loop.py",  # 177 s
                 "test_code_variants.py",  # 108 s
                 "test_hostile.py",  # 103 s
                 "test_replace.py", "test_bench_explain.py", "test_api.py", "test_scheduler.py",  # 81-86 s
                 "test_fuzz.py", "test_solver.py",  # 56-84 s
                 "test_gpu_kit.py", "test_end_to_end.py", "test_wheel.py")  # 26-42 s


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: each file's own order kept


@pytest.fixture(scope="session")
def tiny_model_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("models") / "tiny.py"
    path.write_text(TINY_MODEL)
    return path


@pytest.fixture(scope="session")
def tiny_module_spec(tiny_model_file: Path) -> str:
    return f"{tiny_model_file}:build"


@pytest.fixture(autouse=True, scope="session")
def _private_cost_cache(tmp_path_factory: pytest.TempPathFactory):
    """Measured costs go to a fresh cache per test session, never the user's."""
    import os

    old = os.environ.get("IOPS_MLIR_CACHE")
    os.environ["IOPS_MLIR_CACHE"] = str(tmp_path_factory.mktemp("cost-cache"))
    yield
    if old is None:
        os.environ.pop("IOPS_MLIR_CACHE", None)
    else:
        os.environ["IOPS_MLIR_CACHE"] = old


@pytest.fixture(autouse=True)
def _machine_load_unknown(monkeypatch) -> None:
    """Whether the machine is quiet now is never known to a test: the test processes share the
    cores, so a cached timing from a busy moment would be taken again or not as the other test
    process happened to be working, and a recompile's bytes would hang on that. The tests of
    that rule set the machine's load themselves."""
    from iops_mlir import host_load

    monkeypatch.setattr(host_load, "probe", lambda workers, seconds=0.5: None)


@pytest.fixture
def machine_load(monkeypatch) -> dict[str, float]:
    """The cores other processes take from the workers, as every measurement and probe of the
    test reads it (`host_load`): set `machine_load["short"]` (1.0 at first: a busy machine), and
    `machine_load["probe"]` where a probe is to read otherwise."""
    from iops_mlir import host_load

    load = {"short": 1.0}

    class Watch:
        def __init__(self, workers: int) -> None:
            self.other = self.short = None

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.other = self.short = load["short"]

    monkeypatch.setattr(host_load, "Watch", Watch)
    monkeypatch.setattr(host_load, "probe", lambda workers, seconds=0.5: load.get("probe", load["short"]))
    return load


ADVISED_ONE_WORKER = ["--task_topology_group_count=1"]


@pytest.fixture
def compile_advising_one_worker(monkeypatch) -> list[str]:
    """Every compile of the test reports that its output ran surely faster on one worker (the
    closed loop's `runtime.advised_flags`), whatever it timed; returns those flags."""
    from iops_mlir import driver

    compile_module = driver.compile_module

    def advising(*args, **kwargs):
        result = compile_module(*args, **kwargs)
        result.report.runtime["advised_flags"] = list(ADVISED_ONE_WORKER)
        return result

    monkeypatch.setattr(driver, "compile_module", advising)
    return ADVISED_ONE_WORKER


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    """Run `iops-mlir ARGV` in this process: (exit code, stdout, stderr)."""
    try:
        code = main([str(a) for a in argv])
    except SystemExit as e:  # argparse's own usage errors
        code = e.code
    out, err = capsys.readouterr()
    return code, out, err


def assert_clean_error(code: int, err: str, pattern: str) -> None:
    """A failure told in one paragraph that contains `pattern`, with no traceback."""
    assert code != 0
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("iops-mlir: error: ")]
    assert len(errors) == 1, err  # one paragraph, after any progress lines
    assert pattern in errors[0], err
