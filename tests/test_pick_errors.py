"""tools/pick_errors.py: every search candidate with a prediction and a timing, once per file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import pick_errors  # noqa: E402  (a tool, importable once its folder is on the path)


def _candidate(scheduler: str, predicted: float | None, measured: float | None) -> dict:
    return {"scheduler": scheduler, "predicted_us": predicted, "measured_us": measured}


def test_picks_are_the_search_candidates_with_both_figures_named_by_their_model(tmp_path: Path) -> None:
    bench = {"rows": [
        {"model": "randwire_small", "closed_loop": {"candidates": [
            _candidate("iree", 500.0, 520.0),  # one of IREE's orders, not a pick
            _candidate("iops", 450.0, 500.0),
            _candidate("iops-2", 470.0, None),  # predicted, never timed
        ], "code_variants": {"variants": [{"search": {**_candidate("iops-one-worker", 380.0, 400.0)}}]}}},
        # the same pick again in another section of the same file
        {"model": "randwire_small", "shipped": _candidate("iops", 450.0, 500.0)},
        {"model": "nasnet_a", "closed_loop": {"candidates": [_candidate("iops", 1100.0, 1000.0)]}},
    ]}
    path = tmp_path / "bench.json"
    path.write_text(json.dumps(bench))
    rows = pick_errors.file_picks(path)
    assert [(r["model"], r["scheduler"], r["error"]) for r in rows] == [
        ("randwire_small", "iops", -0.1), ("randwire_small", "iops-one-worker", -0.05), ("nasnet_a", "iops", 0.1)]
    # the tool's own output, read back among the results, adds nothing
    (tmp_path / "out.json").write_text(json.dumps({pick_errors.OUTPUT_KEY: rows}))
    assert pick_errors.file_picks(tmp_path / "out.json") == []


def test_summary_counts_the_low_predictions_and_gives_the_median() -> None:
    text = pick_errors.summary([-0.10, -0.02, 0.04])
    assert text.startswith("3 picks: 2 predicted faster than they timed, 1 slower; median error -2.0%")
    assert text.endswith("within 5%: 2")
