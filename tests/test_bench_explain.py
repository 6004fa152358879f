"""`iops-mlir bench` and `iops-mlir explain`: what they write and what they refuse."""

from __future__ import annotations

import json
import re
import statistics
from pathlib import Path

import pytest

from iops_mlir import explain, timing
from iops_mlir.pipeline.report import MemoryReport
from iops_mlir.targets import load_target

from conftest import assert_clean_error, run_cli

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def tiny_dump(tiny_module_spec: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from iops_mlir.cli import main

    dump = tmp_path_factory.mktemp("explain") / "dump"
    assert main(["compile", "--module", tiny_module_spec, "--cost-model", "analytic", "--compile-to",
                 "schedule", "--dump-dir", str(dump), "-q"]) == 0
    return dump


def explained(capsys, tiny_dump: Path, tmp_path: Path, edit) -> str:
    """`explain`'s summary of a copy of the tiny dump whose schedule.json `edit` changed in place."""
    import shutil

    dump = tmp_path / "dump"
    shutil.copytree(tiny_dump, dump)
    schedule = json.loads((dump / "schedule.json").read_text())
    edit(schedule)
    (dump / "schedule.json").write_text(json.dumps(schedule))
    code, out, err = run_cli(capsys, "explain", "--dump-dir", dump)
    assert code == 0, err
    return out


def test_explain_writes_summary_gantt_and_dot(capsys, tiny_dump: Path, tmp_path: Path) -> None:
    code, out, err = run_cli(capsys, "explain", "--dump-dir", tiny_dump, "--gantt", tmp_path / "g.png",
                             "--dot", tmp_path / "g.dot")
    assert code == 0, err
    schedule = json.loads((tiny_dump / "schedule.json").read_text())
    assert f"{schedule['num_dispatches']} dispatches in {schedule['num_stages']} stages" in out
    assert "predicted latency:" in out and "block  dispatches" in out
    search = schedule["search"]
    assert ("every block proven optimal" if search["optimal"] else f"within {search['gap']:.2%}") in out
    assert (tmp_path / "g.png").read_bytes().startswith(PNG_MAGIC)
    assert f"wrote {tmp_path / 'g.png'}\nwrote {tmp_path / 'g.dot'}\n" in out
    dot = (tmp_path / "g.dot").read_text()
    assert len(re.findall(r"subgraph cluster_s\d+", dot)) == schedule["num_stages"]
    assert len(re.findall(r"^\s+d\d+ \[label=", dot, re.M)) == schedule["num_dispatches"]
    assert dot.count("->") >= schedule["num_stages"] - 1  # stages in sequence are linked by dependences


def test_explain_says_what_side_by_side_running_gave(capsys, tiny_dump: Path, tmp_path: Path) -> None:
    """A dump whose compile profiled the device shows the headroom and what waves gave over one
    dispatch at a time."""
    room = {"workers": 2, "utilisation": 0.6, "iree_measured_us": 1005.0, "lower_bound_us": 682.0, "max_gain": 0.321,
            "stages_at_least": 208, "barrier_us": 0.3, "idle_us": 190.0, "idle_gaps": 346,
            "side_by_side": {"program": "iree-max-concurrency", "waves": 77, "dispatches": 160,
                             "together_us": 385.0, "alone_us": 412.6, "speed": 1.1211, "ratio": 0.9331}}
    out = explained(capsys, tiny_dump, tmp_path, lambda schedule: schedule.update(device_headroom=room))
    assert "any schedule can gain at most 32.1% on this device" in out
    assert ("between dispatches: in IREE's order none runs for 19% of its time (190 us in 346 stretches, 0.55 us "
            "each); the lower bound counts 62 us of such time (207 barriers of 0.30 us)") in out
    assert ("side by side: in iree-max-concurrency's 77 waves of two or more, 160 dispatches side by side took "
            "385 us against 413 us one at a time (x0.93; the flat program's latencies x1.12, as the order's lone "
            "dispatches ran): side by side saved 7% of their time") in out


def test_explain_says_the_predictions_carry_the_margin_charge(capsys, tiny_dump: Path, tmp_path: Path) -> None:
    """Under a model with a margin the schedulers' predictions are the search's objective, and the
    summary says so; without one it says nothing of it."""
    out = explained(capsys, tiny_dump, tmp_path, lambda schedule: schedule["cost_model"].update(margin=0.0791))
    assert "predicted latency as the search weighs them (a stage IREE's order does not run charged the " \
           "model's 7.9% margin): " in out
    code, out, _ = run_cli(capsys, "explain", "--dump-dir", tiny_dump)
    assert "predicted latency: " in out


def test_explain_says_what_a_call_costs_beyond_the_models_spans(capsys, tiny_dump: Path, tmp_path: Path) -> None:
    """The closed loop's predictions are of whole calls, the schedulers' of dispatch spans: the
    summary gives the relation the timed programs showed between the two."""
    loop = {"calibration": {"scale": 1.0, "offset_us": 54.501, "points": 3},
            "candidates": [{"scheduler": "iree", "predicted_us": 158.8, "measured_us": 159.0}]}
    shipped = {"scheduler": "iree", "predicted_us": 158.8, "measured_us": 159.0, "candidates": {}}
    out = explained(capsys, tiny_dump, tmp_path, lambda schedule: schedule.update(closed_loop=loop, shipped=shipped))
    assert "predicted latency; a timed call took x1.00 the stages' span + 55 us, fitted on 3 timed programs: " in out
    assert "measured on the device (us a call, predicted before timing / measured): iree 159/159; shipped iree" in out


def test_explain_timeline_adds_up(tiny_dump: Path) -> None:
    """The Gantt's total is the predicted latency of the chosen scheduler (an analytic model: no
    margin charge for the timeline to leave out)."""
    schedule = json.loads((tiny_dump / "schedule.json").read_text())
    total = sum(schedule["timeline"]["stage_us"])
    assert total == pytest.approx(schedule["predicted_us"][schedule["scheduler"]], rel=1e-3)


def test_explain_svg_draws_every_dispatch_and_edge_without_graphviz(capsys, tiny_dump: Path, tmp_path: Path,
                                                                    monkeypatch) -> None:
    """The SVG is drawn without Graphviz (a fresh machine has no `dot`): a well-formed document with
    a box per dispatch, a curve per dependence and a label per stage."""
    import xml.etree.ElementTree as ET

    monkeypatch.setenv("PATH", str(tmp_path))  # no `dot` to find, even where Graphviz is installed
    code, _, err = run_cli(capsys, "explain", "--dump-dir", tiny_dump, "--svg", tmp_path / "g.svg")
    assert code == 0, err
    root = ET.parse(tmp_path / "g.svg").getroot()
    ns = "{http://www.w3.org/2000/svg}"
    schedule = json.loads((tiny_dump / "schedule.json").read_text())
    assert len(root.findall(f"{ns}rect")) == schedule["num_dispatches"]
    edges = explain.load(tiny_dump).graph.dispatch_edges()
    assert len(root.findall(f"{ns}path")) == len(set(edges)) > 0
    labels = [t.text for t in root.findall(f"{ns}text") if t.text and t.text.startswith("stage ")]
    assert len(labels) == schedule["num_stages"]


def test_explain_refuses_what_is_not_a_dump(capsys, tmp_path: Path) -> None:
    code, _, err = run_cli(capsys, "explain", "--dump-dir", tmp_path)
    assert_clean_error(code, err, "is not a dump directory")
    code, _, err = run_cli(capsys, "explain")
    assert_clean_error(code, err, "explain needs --dump-dir")


def test_explain_measured_without_a_measured_timeline_is_one_error(capsys, tiny_dump: Path, tmp_path: Path) -> None:
    """A dump compiled without profiling the shipped program has no timeline to draw: the error
    comes alone, before any summary, and nothing is written."""
    code, out, err = run_cli(capsys, "explain", "--dump-dir", tiny_dump, "--measured", tmp_path / "m.png")
    assert_clean_error(code, err, "holds no measured timeline")
    assert out == "" and not (tmp_path / "m.png").exists()


def test_bench_small_model_json_and_plot(capsys, tmp_path: Path) -> None:
    from iops_mlir.text import ms_text

    code, out, err = run_cli(capsys, "bench", "--model", "squeezenet", "--small", "--repetitions", "3",
                             "--warmup", "1", "--calls-per-sample", "2", "--min-seconds", "0",
                             "--cost-model", "analytic", "--variants",
                             "iops,iree-min-peak-memory,iree-debug,torch-eager", "--json", tmp_path / "b.json",
                             "--plot", tmp_path / "b.png", "--work-dir", tmp_path / "work", "-q")
    assert code == 0, err
    doc = json.loads((tmp_path / "b.json").read_text())
    (row,) = doc["results"]
    assert set(row["variants"]) == {"iops", "iree-min-peak-memory", "iree-debug", "torch-eager"}
    for name, v in row["variants"].items():
        assert len(v["samples_ms"]) == 3 and v["iqr_ms"][0] <= v["median_ms"] <= v["iqr_ms"][1]
        assert v["mean_ms"] == pytest.approx(sum(v["samples_ms"]) / 3, abs=1e-3)
        assert v["max_abs_error_vs_torch"] < 1e-4, name
    assert row["variants"]["iree-min-peak-memory"]["ratio_vs_iree_default"] == 1.0
    low, high = row["variants"]["iops"]["ratio_ci95"]
    assert 0 < low <= high
    assert doc["order"] == "williams" and doc["rewarm"] == 1 and doc["sizes"] == ["small"]
    assert row["calls_per_sample"] == 2 and row["rounds"] == 3 and "squeezenet_small 3 x 2" in out
    assert f"squeezenet_small iops {ms_text(row['variants']['iops']['mean_ms'])}" in out
    assert row["variants"]["iops"]["transient_bytes"] > 0
    assert doc["environment"]["versions"]["iree-base-compiler"] == "3.13.0"
    assert "--iree-hal-target-device=local" in doc["environment"]["compile_flags"]
    assert (tmp_path / "b.png").read_bytes().startswith(PNG_MAGIC)
    assert "| squeezenet_small |" in out and "iops against IREE's best order" in out
    digests = {name: v["sha256"] for name, v in row["variants"].items()}
    assert digests["torch-eager"] is None and all(len(digests[v]) == 64 for v in digests if v != "torch-eager")
    # IREE's default or debug order ships as stock iree-compile's very file, which the bench then recognises.
    same = {"iree": ["iree-min-peak-memory"], "iree-debug": ["iree-debug"]}.get(
        row["shipped"]["scheduler"], [])  # iree-max-concurrency: not benched here
    assert row["iops_same_file_as"] == same
    best = row["against_best_iree"]  # the fastest of the IREE orders timed
    assert best["order"] in ("iree-min-peak-memory", "iree-debug")
    assert best["ratio"] == pytest.approx(timing.paired_ratio(row["variants"]["iops"]["samples_ms"],
                                                              row["variants"][best["order"]]["samples_ms"]), abs=2e-3)
    assert row["runtime"]["flags"] == list(load_target("llvm-cpu").runtime_flags)
    assert "workers_check" not in row["runtime"]  # the analytic model: no closed loop, nothing timed
    assert row["advised_workers"] is None


def test_bench_times_a_users_own_model(capsys, tmp_path: Path, tiny_module_spec: str) -> None:
    """`--module` benches a user's model as compile takes it, named FILE.NAME, and checks it against torch."""
    code, out, err = run_cli(capsys, "bench", "--module", tiny_module_spec, "--module", tiny_module_spec,
                             "--repetitions", "3", "--warmup", "1", "--min-seconds", "0", "--cost-model", "analytic",
                             "--variants", "iops,iree-min-peak-memory", "--json", tmp_path / "b.json",
                             "--work-dir", tmp_path / "work", "-q")
    assert code == 0, err
    (row,) = json.loads((tmp_path / "b.json").read_text())["results"]  # the same model given twice: once
    label = f"{Path(tiny_module_spec.rpartition(':')[0]).stem}.build"
    assert row["model"] == label and f"| {label} |" in out
    assert set(row["variants"]) == {"iops", "iree-min-peak-memory"}
    assert all(v["max_abs_error_vs_torch"] < 1e-4 and len(v["samples_ms"]) == 3 for v in row["variants"].values())
    assert (tmp_path / "work" / label / "iops.vmfb").is_file()


def test_bench_times_the_output_on_the_workers_its_compile_advised(capsys, tmp_path: Path, tiny_module_spec: str,
                                                                 compile_advising_one_worker) -> None:
    """Where the compile advises fewer workers, the bench times iops's file with them against the
    target's, as the printed command would run it, and says so under its table."""
    code, out, err = run_cli(capsys, "bench", "--module", tiny_module_spec, "--repetitions", "4", "--warmup", "1",
                             "--min-seconds", "0", "--cost-model", "analytic", "--variants", "iops,iree-min-peak-memory",
                             "--json", tmp_path / "b.json", "--work-dir", tmp_path / "work", "-q")
    assert code == 0, err
    (row,) = json.loads((tmp_path / "b.json").read_text())["results"]
    advised = row["advised_workers"]
    assert advised["flags"] == ["--task_topology_group_count=1"] and advised["rounds"] == 4
    assert advised["max_abs_error_vs_torch"] < 1e-4 and advised["ratio_ci95"][0] <= advised["ratio_ci95"][1]
    assert f"iops run as its compile advised (--task_topology_group_count=1) took x{advised['ratio']:.3f}" in out


def test_bench_rejects_bad_input(capsys, tmp_path: Path) -> None:
    code, _, err = run_cli(capsys, "bench", "--model", "alexnet", "--json", tmp_path / "b.json")
    assert_clean_error(code, err, "Unknown model")
    code, _, err = run_cli(capsys, "bench")
    assert_clean_error(code, err, "bench needs --model")
    code, _, err = run_cli(capsys, "bench", "--module", tmp_path / "nope.py:build")
    assert_clean_error(code, err, "no such file")
    (tmp_path / "mine.py").write_text("import torch\ndef build():\n    return torch.nn.ReLU(), torch.rand(2)\n")
    code, _, err = run_cli(capsys, "bench", "--module", f"{tmp_path / 'mine.py'}:build", "--small")
    assert_clean_error(code, err, "--small or --sizes applies to the zoo models")
    code, _, err = run_cli(capsys, "bench", "--model", "squeezenet", "--variants", "iops,tvm")
    assert_clean_error(code, err, "Unknown bench variant")
    code, _, err = run_cli(capsys, "bench", "--model", "squeezenet", "--rewarm", "-1")
    assert_clean_error(code, err, "--rewarm must be 0 or more")
    code, _, err = run_cli(capsys, "bench", "--model", "squeezenet", "--sizes", "full,huge")
    assert_clean_error(code, err, "Unknown size(s) huge")
    code, _, err = run_cli(capsys, "bench", "--model", "squeezenet", "--sizes", "small", "--small")
    assert_clean_error(code, err, "not both")
    code, _, err = run_cli(capsys, "bench", "--model", "squeezenet", "--min-seconds", "-1")
    assert_clean_error(code, err, "--min-seconds must be 0 or more")
    code, _, err = run_cli(capsys, "bench", "--model", "squeezenet", "--calls-per-sample", "0")
    assert code == 2 and "calls-per-sample" in err
    code, _, err = run_cli(capsys, "bench", "--model", "squeezenet", "--json", tmp_path)
    assert_clean_error(code, err, "is a directory")
    assert not (tmp_path / "b.json").exists()


def test_bench_report_without_iree_default_order(tmp_path: Path) -> None:
    """`--variants` without iree-min-peak-memory: no ratios against it, and the plot is drawn
    relative to the first variant instead of failing."""
    from iops_mlir import bench

    def variant(ms: float) -> dict:
        return {"median_ms": ms, "iqr_ms": [ms * 0.9, ms * 1.1], "ratio_vs_iree_default": None,
                "ratio_ci95": None, "transient_bytes": None, "max_abs_error_vs_torch": 0.0, "samples_ms": [ms]}

    doc = {"target": "llvm-cpu", "sizes": ["small"], "batch": 1, "repetitions": 3, "warmup": 1, "rewarm": 1,
           "order": "williams", "environment": {"host": "test", "runtime_device": "local-task"},
           "results": [{"model": "m", "cost_model": "measured", "predicted_us": {"iops": 900.0, "sequential": 1e3},
                        "replacements_applied": False, "variants": {"iops": variant(1.0), "torch-eager": variant(2.0)},
                        "shipped": {"scheduler": "iree", "predicted_us": 950.0}}]}
    table = bench.markdown(doc)
    assert "| iree | 0.950 | 1.000 | -5.0% |" in table  # the shipped program's prediction, not iops's
    assert "| m | 1.00 (0.900-1.10) | 2.00 (1.80-2.20) |" in table
    # A model of microseconds keeps three digits, not 0.00.
    doc["results"][0]["variants"]["iops"] = variant(0.004123)
    assert "| m | 0.00412 (0.00371-0.00454) |" in bench.markdown(doc)
    doc["results"][0]["variants"]["iops"] = variant(1.0)
    # With IREE's orders timed: iops against the best of them, and the share of the headroom it took.
    row = doc["results"][0]
    row["variants"].update({"iree-min-peak-memory": variant(1.25), "iree-max-concurrency": variant(1.1)})
    row["against_best_iree"] = {"order": "iree-max-concurrency", "ratio": 0.9091, "ratio_ci95": [0.9, 0.92]}
    row["device_headroom"] = {"max_gain": 0.4}
    row["closed_loop"] = {"candidates": [{"scheduler": "iree", "error": 0.031}, {"scheduler": "iops", "error": -0.12}]}
    table = bench.markdown(doc)
    assert "| 0.909 (iree-max-concurrency) [0.90-0.92] | 40.0% | 50% |" in table  # (1 - 1/1.25) / 0.4
    assert "iree +3.1%, iops -12.0%" in table
    assert "faster on" not in table
    # The compile found the output faster on fewer workers: said under the table, every ratio being on the target's.
    row["runtime"] = {"flags": ["--task_topology_group_count=2"], "advised_flags": ["--task_topology_group_count=1"],
                      "workers_check": {"workers": 2, "advised_workers": 1, "speedup": 2.049}}
    assert ("- m: the output ran x2.05 faster on 1 of the 2 workers at compile time (--task_topology_group_count=1); "
            "every variant here ran on 2.") in bench.markdown(doc)
    # What the compile's profiles showed side by side running gives, under the table.
    assert "Side by side" not in bench.markdown(doc)
    row["device_headroom"]["side_by_side"] = {"program": "iree-max-concurrency", "waves": 77, "dispatches": 160,
                                              "together_us": 385.0, "alone_us": 368.1, "speed": 0.95, "ratio": 1.0459}
    assert ("- m: in iree-max-concurrency's 77 waves of two or more, 160 dispatches side by side took 385 us against "
            "368 us one at a time (x1.05; the flat program's latencies x0.95, as the order's lone dispatches ran): "
            "running them side by side gained nothing here") in bench.markdown(doc)
    # How much of IREE's order's time no dispatch ran, against what the bound counts of it.
    assert "Between dispatches" not in bench.markdown(doc)
    row["device_headroom"].update(idle_us=534.0, idle_gaps=378, iree_measured_us=983.0, stages_at_least=182,
                                  barrier_us=0.45)
    assert ("Between dispatches, at compile time:\n- m: in IREE's order none runs for 54% of its time (534 us in "
            "378 stretches, 1.41 us each); the lower bound counts 81 us of such time (181 barriers of 0.45 us).") \
        in bench.markdown(doc)
    # Timed while other processes took a core from the two workers: said under the table.
    assert "busy machine" not in bench.markdown(doc)
    row.update(short_cores=0.2, workers=2)
    assert "busy machine" not in bench.markdown(doc)  # within what counts as quiet
    row["short_cores"] = 0.97
    assert ("Timed on a busy machine:\n- m: other processes left the 2 workers 0.97 cores short while they were "
            "timed; take timings on a quiet machine.") in bench.markdown(doc)
    bench.plot(doc, tmp_path / "p.png")
    assert (tmp_path / "p.png").read_bytes().startswith(PNG_MAGIC)


def test_one_file_timed_in_two_slots_is_one_program() -> None:
    """iops ships max-concurrency's very file: the bench pools the two slots per round, so iops /
    best is 1 where that order is the fastest, and the slots' own ratio is kept as resolution."""
    from iops_mlir import bench
    from iops_mlir.timing import Timing

    slots = {"iops": [1.00, 1.10, 0.95, 1.02, 1.04], "iree-max-concurrency": [1.06, 1.00, 1.05, 0.98, 1.08],
             "iree-min-peak-memory": [1.20, 1.25, 1.22, 1.19, 1.30], "iree-debug": [1.40, 1.42, 1.39, 1.45, 1.41]}
    timings = {v: Timing(v, samples) for v, samples in slots.items()}
    digests = {"iops": "a", "iree-max-concurrency": "a", "iree-min-peak-memory": "b", "iree-debug": "c"}
    programs = bench.program_samples(slots, digests)
    assert programs["iops"] == programs["iree-max-concurrency"] == list(zip(slots["iops"], slots["iree-max-concurrency"]))
    assert programs["iree-debug"] == [(x,) for x in slots["iree-debug"]]
    best = bench.against_best_iree(timings, digests)
    assert best["order"] == "iree-max-concurrency" and best["ratio"] == 1.0 and best["ratio_ci95"] == [1.0, 1.0]
    # Its median is over the ten samples, so one slow slot does not move it as a mean of two would.
    assert timing.pooled_median(programs["iops"]) == pytest.approx((1.02 + 1.04) / 2)
    # The slots' own ratio: the median of the rounds' 1.00/1.06, 1.10/1.00, 0.95/1.05, 1.02/0.98, 1.04/1.08.
    assert best["same_file"] == {"order": "iree-max-concurrency", "ratio": round(1.04 / 1.08, 4),
                                 "ratio_ci95": best["same_file"]["ratio_ci95"]}
    # Distinct files stay distinct: iops against the max-concurrency order's file is a real comparison,
    # and the order iops is slowest against is the best: here max-concurrency, not the default order.
    digests["iops"] = "d"
    best = bench.against_best_iree(timings, digests)
    assert best == {"order": "iree-max-concurrency", "ratio": round(1.04 / 1.08, 4), "ratio_ci95": best["ratio_ci95"]}
    # The host slows down after round two; the default order is 3% faster than max-concurrency in
    # every round but the third, which one slow call spoils. Its median over the run falls in the
    # slow phase and max-concurrency's in the fast one; round by round the default is the faster.
    slots = {"iops": [1.00, 1.00, 1.50, 1.50, 1.50], "iree-debug": [1.40, 1.40, 2.10, 2.10, 2.10],
             "iree-min-peak-memory": [0.97, 0.97, 1.50, 1.50, 1.45], "iree-max-concurrency": [1.00, 1.00, 1.00, 1.55, 1.50]}
    timings = {v: Timing(v, samples) for v, samples in slots.items()}
    best = bench.against_best_iree(timings, digests)
    assert statistics.median(slots["iree-max-concurrency"]) < statistics.median(slots["iree-min-peak-memory"])
    assert best["order"] == "iree-min-peak-memory" and best["ratio"] == round(1 / 0.97, 4)


def test_same_file_ratios_reads_the_programs_timed_in_two_slots(tmp_path: Path) -> None:
    """tools/same_file_ratios.py: one program in two slots whose medians fall in different phases."""
    import subprocess
    import sys

    row = {"model": "m", "iops_same_file_as": ["iree-max-concurrency"],
           "variants": {"iops": {"samples_ms": [1.0, 1.0, 1.5, 1.5, 1.5]},
                        "iree-max-concurrency": {"samples_ms": [1.0, 1.0, 1.0, 1.5, 1.5]}}}
    (tmp_path / "b.json").write_text(json.dumps({"results": [row]}))
    tool = Path(__file__).resolve().parent.parent / "tools" / "same_file_ratios.py"
    done = subprocess.run([sys.executable, tool, tmp_path / "b.json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "1 programs timed in two slots" in done.stdout
    assert "ratio of medians  mean |log ratio| 0.4055" in done.stdout  # 1.5 / 1.0
    assert "paired ratio      mean |log ratio| 0.0000" in done.stdout and "off in 0" in done.stdout
    done = subprocess.run([sys.executable, tool, tmp_path / "none.json"], capture_output=True, text=True)
    assert done.returncode == 1 and "No bench document" in done.stderr and "Traceback" not in done.stderr


def test_explain_says_what_it_knows_of_memory() -> None:
    """A compile stopped at the schedule wrote no stream IR: explain says the allocation is not
    known (never 'None B'); a full compile shows it beside IREE's, and the schedule's estimate."""
    stopped = MemoryReport(budget_bytes=100, estimated_peak_bytes={"iops": 90, "iree": 100})
    line = explain.memory_line(stopped, "iops")
    assert "None" not in line and "not known" in line and "iops's estimated peak 90 B" in line
    full = MemoryReport(budget_bytes=100, estimated_peak_bytes={"iops": 90}, transient_bytes=80,
                        iree_transient_bytes=96)
    assert explain.memory_line(full, "iree-max-concurrency") == \
        "memory: budget 100 B; transient 80 B (IREE's order: 96 B)"
    assert "over the budget" not in line
    over = MemoryReport(budget_bytes=1, estimated_peak_bytes={"iops": 90})
    assert "iops's estimated peak 90 B (over the budget: no order the search found keeps within it)" in \
        explain.memory_line(over, "iops")
    over = MemoryReport(budget_bytes=1, estimated_peak_bytes={"iree": 90})
    assert "(over the budget, which IREE's own orders are held to only where you give one)" in \
        explain.memory_line(over, "iree")
    # Estimated over a budget, IREE's order allocates within it: what the closed loop holds it to.
    within = MemoryReport(budget_bytes=85, estimated_peak_bytes={"iree": 90}, transient_bytes=80)
    assert "iree's estimated peak 90 B (over the budget by the estimate; IREE allocates within it)" in \
        explain.memory_line(within, "iree")


def test_the_speed_since_the_compile_is_read_on_iree_orders_other_than_the_shipped_file() -> None:
    """The machine ran the bench at 0.6 of the compile's times: the IREE orders the compile timed
    too (matched by digest) give that ratio, the shipped file is never one of them, and the
    shipped prediction scaled by it is its error at the bench's speed."""
    from iops_mlir import bench

    def variant(ms: float, digest: str) -> dict:
        return {"median_ms": ms, "iqr_ms": [ms, ms], "sha256": digest, "max_abs_error_vs_torch": 0.0,
                "samples_ms": [ms]}

    row = {"model": "m", "replacements_applied": False, "compile_fallback": None,
           "variants": {"iops": variant(0.24, "u"), "iree-min-peak-memory": variant(0.27, "a"),
                        "iree-max-concurrency": variant(0.24, "b"), "iree-debug": variant(0.30, "c")},
           "shipped": {"scheduler": "iree-max-concurrency-undistributed", "predicted_us": 380.0},
           "closed_loop": {"candidates": [
               {"scheduler": "iree", "program": "as-imported", "measured_us": 450.0, "sha256": "a"},
               {"scheduler": "iree-max-concurrency", "program": "as-imported", "measured_us": 400.0, "sha256": "b"},
               {"scheduler": "iree-debug", "program": "as-imported", "measured_us": 500.0, "sha256": "c"},
               {"scheduler": "iree-max-concurrency-undistributed", "program": "as-imported", "measured_us": 400.0,
                "sha256": "u", "code": "one-worker"}]}}
    speed = bench.speed_since_compile(row)
    assert speed["orders"] == {"iree-min-peak-memory": 0.6, "iree-max-concurrency": 0.6, "iree-debug": 0.6}
    assert speed["ratio"] == 0.6 and speed["error_at_bench_speed"] == round(380 * 0.6 / 240 - 1, 4)
    assert "x0.600 (3 of IREE's orders): -5.0%" in bench.error_table({"results": [row]})
    # Orders that did not change speed together: the cell gives how far apart they were.
    row["variants"]["iree-debug"]["median_ms"] = 0.40
    assert bench.speed_since_compile(row)["spread"] == round(0.8 / 0.6, 4)
    assert "x0.600 (3 of IREE's orders, apart: x0.600-x0.800): -5.0%" in bench.error_table({"results": [row]})
    row["variants"]["iree-debug"]["median_ms"] = 0.30
    # The shipped file is an IREE order's (here a pick whose waves are that order's): that order says
    # nothing the prediction has not seen.
    row["variants"]["iops"]["sha256"] = "b"
    row["shipped"] = {"scheduler": "iops", "predicted_us": 250.0}
    assert set(bench.speed_since_compile(row)["orders"]) == {"iree-min-peak-memory", "iree-debug"}
    row["variants"]["iops"]["sha256"] = "u"
    row["shipped"]["scheduler"] = "iree-max-concurrency"  # and the order shipped by name
    assert set(bench.speed_since_compile(row)["orders"]) == {"iree-min-peak-memory", "iree-debug"}
    row["variants"]["iops"]["sha256"] = "b"
    # A candidate that is another file (the replaced program's order) is not the stock order's.
    row["closed_loop"]["candidates"][0]["sha256"] = "a-replaced"
    assert set(bench.speed_since_compile(row)["orders"]) == {"iree-debug"}
    # A compile report from before candidates recorded digests: matched by name on the stock program only.
    for c in row["closed_loop"]["candidates"]:
        del c["sha256"]
    assert set(bench.speed_since_compile(row)["orders"]) == {"iree-min-peak-memory", "iree-debug"}
    row["replacements_applied"] = True
    assert bench.speed_since_compile(row) is None
    assert "| - | " in bench.error_table({"results": [row]})
