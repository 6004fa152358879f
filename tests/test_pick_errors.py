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


def test_gains_are_against_the_program_each_pick_was_predicted_from(tmp_path: Path) -> None:
    candidates = [
        _candidate("iree", 500.0, 520.0), _candidate("iree-max-concurrency", 480.0, 500.0),
        _candidate("iops", 450.0, 490.0),  # before predicted_from was recorded: the fastest timed before it
        {**_candidate("iree-max-concurrency-undistributed", 420.0, 495.0), "code": "one-worker",
         "waves_of": "iree-max-concurrency"},
        {**_candidate("iops-one-worker", 445.5, 485.1), "code": "one-worker"},  # its code's program, inferred
        {**_candidate("iops-2", 470.25, 385.0), "predicted_from": "iree-max-concurrency-undistributed",
         "against_predicted_from": {"against": "iree-max-concurrency-undistributed", "ratio": 0.95}},
    ]
    path = tmp_path / "schedule.json"
    path.write_text(json.dumps({"model": "nasnet_a_small", "closed_loop": {"candidates": candidates},
                                "shipped": {"closed_loop": {"candidates": candidates}}}))
    rows = pick_errors.file_gains(path)
    assert [(r["scheduler"], r["reference"], r["predicted_gain"], r["timed_gain"], r["same_rounds"]) for r in rows] == [
        ("iops", "iree-max-concurrency", 0.1, 0.02, False),
        ("iops-one-worker", "iree-max-concurrency-undistributed", 0.1, 0.02, False),
        ("iops-2", "iree-max-concurrency-undistributed", 0.05, 0.05, True)]
    assert [r["code"] for r in rows] == ["default", "one-worker", "default"]
    # files from before a pick recorded its code: the code from the pick's name
    assert [pick_errors._code({"scheduler": name}) for name in ("iops", "iops-3", "iops-one-worker")] == [
        "default", "default", "one-worker"]
    assert pick_errors.gain_summary(rows).startswith(
        "3 picks against the program each was predicted from: median predicted gain +10.0%, median timed gain +2.0%")
