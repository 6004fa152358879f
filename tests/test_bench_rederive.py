"""tools/bench_rederive.py: a saved bench document's iops-against-IREE figures taken again from its samples."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import bench_rederive  # noqa: E402  (a tool, importable once its folder is on the path)


def _variant(samples: list[float], sha: str) -> dict:
    return {"median_ms": sorted(samples)[len(samples) // 2], "iqr_ms": [min(samples), max(samples)],
            "ratio_vs_iree_default": 1.0, "ratio_ci95": [1.0, 1.0], "transient_bytes": None,
            "max_abs_error_vs_torch": 0.0, "samples_ms": samples, "sha256": sha}


def test_the_stored_ratio_is_replaced_by_the_one_its_samples_give_now(tmp_path: Path, capsys) -> None:
    # iops shipped max-concurrency's file: one program in two slots, its calls with a long tail.
    slow = [1.0, 3.0, 1.0, 1.1, 1.0, 3.1, 1.0, 1.0, 1.05, 1.0]
    other = [3.0, 1.0, 1.0, 1.0, 3.2, 1.0, 1.1, 1.0, 1.0, 1.0]
    default = [1.0, 1.0, 1.05, 1.0, 1.0, 1.0, 1.0, 1.1, 1.0, 1.0]
    row = {"model": "m", "variants": {"iops": _variant(slow, "a"), "iree-max-concurrency": _variant(other, "a"),
                                      "iree-min-peak-memory": _variant(default, "b")},
           "against_best_iree": {"order": "iree-min-peak-memory", "ratio": 2.0, "ratio_ci95": [1.9, 2.1]}}
    doc = {"target": "llvm-cpu", "sizes": ["small"], "batch": 1, "repetitions": 10, "warmup": 1, "rewarm": 1,
           "order": "williams", "environment": {"host": "test", "runtime_device": "local-task"}, "results": [row]}
    path = tmp_path / "b.json"
    path.write_text(json.dumps(doc))
    assert bench_rederive.main([str(path)]) == 0
    assert json.loads(path.read_text()) == doc  # only printed without --write
    printed = capsys.readouterr().out
    assert "2.0000 (iree-min-peak-memory)" in printed
    assert bench_rederive.main([str(path), "--write", "--markdown", str(tmp_path / "b.md")]) == 0
    now = json.loads(path.read_text())["results"][0]["against_best_iree"]
    assert now["order"] == "iree-min-peak-memory" and now["ratio"] == pytest.approx(1.0, abs=0.01)
    assert now["same_file"]["order"] == "iree-max-concurrency"
    assert "| m | 1.000 (iree-min-peak-memory; iops is iree-max-concurrency's file" in (tmp_path / "b.md").read_text()
    with pytest.raises(SystemExit):
        bench_rederive.main([str(path), str(path), "--write", "--markdown", str(tmp_path / "c.md")])
