"""The runtime-topology tool's alternating processes: each keeps its own median and busy cores, so
a process whose workers the OS placed on one core shows apart from the others."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import runtime_topology  # noqa: E402  (a tool, importable once its folder is on the path)


def test_settings_alternate_and_keep_each_processs_placement(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []
    # The target's second process ran its two workers on one core: faster, one core busy.
    placements = {"target": [(400.0, 1.7), (250.0, 0.95), (420.0, 1.7), (410.0, 1.75)],
                  "one-worker": [(180.0, 1.0)] * 4}

    def fake_times(vmfb: Path, inputs: list[str], repetitions: int, target: object) -> dict[str, list[float]]:
        name = "target" if any(f.endswith("=2") for f in target.runtime_flags) else "one-worker"
        real, busy = placements[name][sum(r == name for r in ran)]
        ran.append(name)
        return {"real_time": [real] * repetitions, "cpu_time": [real * busy] * repetitions}

    monkeypatch.setattr(runtime_topology, "benchmark_times_us", fake_times)
    settings = runtime_topology.runtime_settings()
    settings["target"] = dataclasses.replace(settings["target"], runtime_flags=("--task_topology_group_count=2",))
    found = runtime_topology.benchmark_settings(Path("m.vmfb"), [], 8,
                                                {n: settings[n] for n in ("target", "one-worker")}, processes=4)
    assert ran == ["target", "one-worker", "one-worker", "target"] * 2
    target = found["target"]
    assert len(target["real_time"]) == 8  # 8 repetitions spread over 4 processes
    assert target["process_median_us"] == [400.0, 250.0, 420.0, 410.0]
    assert target["process_busy_cores"] == pytest.approx([1.7, 0.95, 1.7, 1.75])
    assert runtime_topology._span([1.7, 0.95], ".2f") == "0.95-1.70" and runtime_topology._span([3.0, 3.0]) == "3"
