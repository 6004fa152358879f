"""tools/speed_since_compile.py over saved bench documents: each row's error as measured and at
the bench's speed, and the counts within 5% and 10%."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import speed_since_compile  # noqa: E402  (a tool, importable once its folder is on the path)


def _row(model: str, bench_ms: float, order_ms: float, predicted_us: float) -> dict:
    def variant(ms: float, digest: str) -> dict:
        return {"median_ms": ms, "sha256": digest}

    return {"model": model, "variants": {"iops": variant(bench_ms, "s"), "iree-debug": variant(order_ms, "d")},
            "shipped": {"scheduler": "iree-max-concurrency", "predicted_us": predicted_us},
            "closed_loop": {"candidates": [{"scheduler": "iree-debug", "measured_us": 1000.0, "sha256": "d"}]}}


def test_errors_as_measured_and_at_the_bench_speed(tmp_path: Path, capsys) -> None:
    doc = {"results": [_row("slow-then", 0.5, 0.5, 1000.0),  # the machine twice as fast: +100%, then 0%
                       _row("steady", 1.0, 1.0, 1080.0),  # +8% either way
                       {"model": "no-loop", "variants": {"iops": {"median_ms": 1.0}}, "shipped": {"predicted_us": 9.0}}]}
    (tmp_path / "b.json").write_text(json.dumps(doc))
    (tmp_path / "broken.json").write_text("{")
    assert speed_since_compile.main([str(tmp_path / "b.json"), str(tmp_path / "broken.json")]) == 0
    out = capsys.readouterr().out
    assert "| b.json | slow-then | x0.500 | x1.000 | +100.0% | +0.0% |" in out
    assert "| b.json | steady | x1.000 | x1.000 | +8.0% | +8.0% |" in out
    assert "as measured: 0 of 2 within 5%, 1 within 10%, largest +100.0%" in out
    assert "at the bench's speed: 1 of 2 within 5%, 2 within 10%, largest +8.0%" in out
    assert "orders within x1.10 of each other: 1 of 2 within 5%" in out


def test_rows_whose_orders_changed_speed_apart_are_counted_apart(tmp_path: Path, capsys) -> None:
    """Two IREE orders that sped up x0.5 and x1.0: their median is no one speed of the machine, so
    the row is left out of the count of rows whose orders agreed."""
    row = _row("apart", 0.75, 0.5, 1000.0)
    row["variants"]["iree-min-peak-memory"] = {"median_ms": 1.0, "sha256": "m"}
    row["closed_loop"]["candidates"].append({"scheduler": "iree", "measured_us": 1000.0, "sha256": "m"})
    (tmp_path / "b.json").write_text(json.dumps({"results": [row, _row("steady_small", 1.0, 1.0, 1000.0)]}))
    assert speed_since_compile.main([str(tmp_path / "b.json")]) == 0
    out = capsys.readouterr().out
    assert "| b.json | apart | x0.750 | x2.000 |" in out
    assert "at the bench's speed: 2 of 2 within 5%" in out
    # Over all rows, then each size apart: the full-size row's orders disagreed, the small one's agreed.
    full, small = out.split("\nfull size:")[1].split("\n--small:")
    assert "at the bench's speed: 1 of 1 within 5%" in full and "of each other" not in full
    assert "orders within x1.10 of each other: 1 of 1 within 5%" in small
    assert speed_since_compile.main([str(tmp_path / "broken.json")]) == 1
