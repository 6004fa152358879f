"""`iops-mlir bench`: iops against IREE's own orderings and torch eager, timed interleaved.

Variants, per model:
  iops                  our compile (the default scheduler and cost model)
  iree-min-peak-memory  stock iree-compile, IREE's default partitioning
  iree-max-concurrency  stock iree-compile --iree-stream-partitioning-favor=max-concurrency
  iree-debug            stock iree-compile --iree-stream-partitioning-favor=debug (sequential)
  torch-eager           the torch module itself, under torch.no_grad()

All IREE variants use the same target flags (those of the iops compile, including any
fallback it needed), run on the same runtime device in one process, and are timed
round-robin in a balanced order, each timed call right after an untimed one of the same
variant (see `timing.interleaved`). Where the iops compile advised fewer workers for its
output, the same file is also timed with them against the target's (`advised_workers`).
"""

from __future__ import annotations

import hashlib
import json
import platform
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import torch

from . import driver, frontend, host_load, iree_tools, models, runner, timing
from .choices import BENCH_VARIANTS as VARIANTS
from .cost.cache import host_identity
from .errors import UserError
from .files import write_atomic
from .headroom import SideBySide, idle_sentence
from .iree_tools import run_tool
from .options import CompileOptions
from .pipeline.front import IREE_ORDERS as FRONT_ORDERS, input_weights
from .schedule.memory import transient_allocations
from .targets import Target
from .text import ms_text
from .workers import target_workers

BASELINE = "iree-min-peak-memory"
SIZES = ("full", "small")
_FAVOR = {"iree-min-peak-memory": "min-peak-memory", "iree-max-concurrency": "max-concurrency",
          "iree-debug": "debug"}


@dataclass(kw_only=True)
class BenchOptions:
    """What `iops-mlir bench` takes."""

    models: list[str]
    modules: tuple[str, ...] = ()  # users' own models, FILE.py:NAME, each benched as given
    target: str = "llvm-cpu"
    cuda_arch: str | None = None
    cuda_graphs: bool = False
    sizes: tuple[str, ...] = ("full",)  # "full" and/or "small": each model benched at each
    batch: int = 1
    seq_len: int | None = None  # text models of transformers
    repetitions: int = 20
    warmup: int = 3
    rewarm: int = 1
    calls: int = 1  # back-to-back calls per timed sample (see timing.interleaved)
    min_seconds: float = 20.0  # fast models get more rounds, until their timing lasted this long
    variants: tuple[str, ...] = VARIANTS
    cost_model: str | None = None
    work: Path = Path("build/bench")
    quiet: bool = False


def _bar(total: int | None, desc: str, quiet: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="step", disable=quiet, file=sys.stderr, leave=False)


def stock_iree(input_mlir: Path, target: Target, favor: str, out_dir: Path) -> tuple[Path, int]:
    """Compile with stock iree-compile and one partitioning preference, in the one command a user
    runs (a compile split at the stream phase lays the file out differently, and code-identical
    files timed up to 3% apart); (vmfb, transient bytes read from the stream phase's IR)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    phases, vmfb = (out_dir / "phases").resolve(), (out_dir / "model.vmfb").resolve()
    shutil.rmtree(phases, ignore_errors=True)  # a rerun's dump must not mix with this one's
    # Run where the input is and name it as the compile did: the module records the source path
    # in its locations, so another spelling of it gives another layout.
    folder = input_mlir.parent
    weights = input_weights(folder, seen_from=folder)
    run_tool(iree_tools.stock(input_mlir.name, target, str(vmfb), favor=favor, weights=weights,
                              phases_to=str(phases)), what=f"iree-compile ({favor})", cwd=folder)
    stream = next(phases.glob("*.stream.mlir"))
    return vmfb, transient_allocations(stream.read_text())[0]


def bench_model(name: str, small: bool, options: BenchOptions) -> dict:
    """One zoo model benched (`bench_program`)."""
    seq_len = options.seq_len if models.takes_tokens(name) else None  # a list may mix text and images
    module, inputs = models.build(name, batch=options.batch, small=small, seq_len=seq_len)
    return bench_program(models.label(name, small=small, seq_len=seq_len), module, inputs, options)


def module_label(spec: str) -> str:
    """A user's model (`--module FILE.py:NAME`) in the bench's rows and work folders: FILE.NAME."""
    path, _, function = spec.rpartition(":")
    return f"{Path(path).stem}.{function}"


def bench_program(label: str, module: torch.nn.Module, inputs: tuple[torch.Tensor, ...],
                  options: BenchOptions) -> dict:
    """Compile every variant of one model, check it against torch, and time it."""
    work = options.work / label
    work.mkdir(parents=True, exist_ok=True)
    iree_variants = [v for v in options.variants if v != "torch-eager"]
    compiled: dict[str, Path] = {}
    memory: dict[str, int | None] = {}
    bar = _bar(len(iree_variants), f"{label}: compiling", options.quiet)
    result = driver.compile_module(module, inputs, model=label, options=CompileOptions(
        target=options.target, cuda_arch=options.cuda_arch, cuda_graphs=options.cuda_graphs,
        cost_model=options.cost_model,
        output=work / "iops.vmfb", dump_dir=work / "iops", quiet=options.quiet))
    target = result.target
    if "iops" in iree_variants:
        compiled["iops"] = work / "iops.vmfb"
        memory["iops"] = result.report.memory.transient_bytes
        bar.update()
    for variant in iree_variants:
        if variant == "iops":
            continue
        compiled[variant], memory[variant] = stock_iree(work / "iops" / "input.mlir", target,
                                                        _FAVOR[variant], work / variant)
        bar.update()
    bar.close()
    digests = {v: hashlib.sha256(path.read_bytes()).hexdigest() for v, path in compiled.items()}

    np_inputs = [t.numpy() for t in inputs]
    reference = runner.torch_outputs(module, inputs)
    functions = {v: runner.load_function(path, target.runtime_device, flags=target.runtime_flags)
                 for v, path in compiled.items()}
    errors = {v: runner.compare(runner.run(f, np_inputs), reference).max_abs for v, f in functions.items()}
    calls = {v: runner.prepared_call(f, np_inputs) for v, f in functions.items()}
    if "torch-eager" in options.variants:
        calls["torch-eager"] = runner.torch_eager(module, inputs)
        memory["torch-eager"] = None
        errors["torch-eager"] = 0.0
    # Rounds are counted without a total where fast models get more of them (min_seconds).
    bar = _bar(None if options.min_seconds else options.repetitions, f"{label}: timing rounds", options.quiet)
    workers = target_workers(target)
    with host_load.Watch(workers or 1) as machine:
        timings = timing.interleaved(calls, repetitions=options.repetitions, warmup=options.warmup,
                                     rewarm=options.rewarm, calls=options.calls, min_seconds=options.min_seconds,
                                     on_round=lambda r: bar.update())
    bar.close()
    base = timings[BASELINE].samples if BASELINE in timings else None
    variants = {}
    for v in options.variants:
        t = timings[v]
        variants[v] = {
            "median_ms": round(t.median * 1e3, 4),
            "iqr_ms": [round(x * 1e3, 4) for x in t.spread],
            # The mean takes in the occasional slow calls, which the median leaves out.
            "mean_ms": round(statistics.fmean(t.samples) * 1e3, 4),
            # Over the paired rounds: the median of each round's ratio (`timing.paired_ratio`)...
            "ratio_vs_iree_default": round(timing.paired_ratio(t.samples, base), 4) if base else None,
            # ...and its 95% interval (batch means): what the noise allows.
            "ratio_ci95": [round(x, 4) for x in timing.ratio_interval(t.samples, base)] if base else None,
            "transient_bytes": memory.get(v),
            "sha256": digests.get(v),
            "max_abs_error_vs_torch": errors[v],
            "samples_ms": [round(s * 1e3, 4) for s in t.samples],
        }
    r = result.report
    advised = (r.runtime or {}).get("advised_flags")
    advised_workers = (time_advised_workers(label, compiled["iops"], target, tuple(advised), calls["iops"],
                                            np_inputs, reference, options) if advised and "iops" in compiled else None)
    row = {"model": label, "calls_per_sample": options.calls, "rounds": len(next(iter(timings.values())).samples),
           "dispatches": r.num_dispatches, "iops_waves": r.num_waves,
           "cost_model": r.cost_model["name"], "scheduler_shipped": r.scheduler, "predicted_us": r.predicted_us,
           "shipped": r.shipped, "closed_loop": r.closed_loop, "device_headroom": r.device_headroom,
           "search_skipped": r.search_skipped, "compile_seconds": result.seconds, "runtime": r.runtime,
           "against_best_iree": against_best_iree(timings, digests),
           "program_median_ms": {v: round(timing.pooled_median(rounds) * 1e3, 4) for v, rounds in
                                 program_samples({v: t.samples for v, t in timings.items() if v in digests},
                                                 digests).items()},
           # IREE orders whose stock file is byte for byte the one iops shipped: their ratio is
           # the bench's resolution (the same program timed twice), not a scheduling difference.
           "iops_same_file_as": [v for v in IREE_ORDERS if v in digests and digests[v] == digests.get("iops")],
           "search": {k: r.search[k] for k in ("seconds", "optimal", "nodes")},
           "replacements_applied": bool(r.replacements and r.replacements.applied),
           "compile_fallback": r.compile_fallback, "advised_workers": advised_workers,
           # The cores the workers lacked to other processes while the variants were timed (`host_load`).
           "short_cores": machine.short, "workers": workers, "variants": variants}
    row["speed_since_compile"] = speed_since_compile(row)
    return row


def time_advised_workers(label: str, vmfb: Path, target: Target, flags: tuple[str, ...],
                         on_target: Callable[[], object], np_inputs: list, reference: list,
                         options: BenchOptions) -> dict:
    """iops's output run as its compile's printed command runs it (the fewer workers it advised)
    against the same file on the target's workers, interleaved in paired rounds in this process:
    what the advice, which the variants (all on the target's workers) leave out, gives here. A
    quarter of the main timing's `min_seconds`: two programs, not five."""
    function = runner.load_function(vmfb, target.runtime_device, flags=flags)
    error = runner.compare(runner.run(function, np_inputs), reference).max_abs
    bar = _bar(None, f"{label}: timing iops on the advised workers", options.quiet)
    timings = timing.interleaved({"advised": runner.prepared_call(function, np_inputs), "target": on_target},
                                 repetitions=options.repetitions, warmup=options.warmup, rewarm=options.rewarm,
                                 calls=options.calls, min_seconds=options.min_seconds / 4,
                                 on_round=lambda r: bar.update())
    bar.close()
    mine, theirs = timings["advised"].samples, timings["target"].samples
    return {"flags": list(flags), "median_ms": round(timings["advised"].median * 1e3, 4),
            "target_median_ms": round(timings["target"].median * 1e3, 4), "rounds": len(mine),
            "ratio": round(timing.paired_ratio(mine, theirs), 4),
            "ratio_ci95": [round(x, 4) for x in timing.ratio_interval(mine, theirs)],
            "max_abs_error_vs_torch": error}


IREE_ORDERS = ("iree-min-peak-memory", "iree-max-concurrency", "iree-debug")


def program_samples(samples: dict[str, list[float]], digests: dict[str, str | None]) -> dict[str, list[tuple[float, ...]]]:
    """Each compiled variant's samples as its program's, round by round: the samples of every
    variant whose file is byte for byte the same (iops ships IREE's own order's file when that
    order wins), so one program timed in two slots is one program, not two that differ by noise."""
    found = {}
    for v, mine in samples.items():
        same = [w for w in samples if digests.get(v) is not None and digests.get(w) == digests[v]] or [v]
        found[v] = [tuple(samples[w][i] for w in same) for i in range(len(mine))]
    return found


def against_best_iree(timings: dict, digests: dict[str, str]) -> dict | None:
    """iops against the fastest of IREE's orders timed in the same rounds (the bar iops must
    clear: at most 1.0 plus noise), with that order's name: the largest of iops's ratios to
    IREE's orders over the paired rounds (`timing.paired_ratio`), each program's rounds holding
    the samples of every slot that holds its file (`program_samples`). Where iops's file is an
    IREE order's, `same_file` is the ratio of the two slots' own samples: the bench's resolution."""
    orders = [v for v in IREE_ORDERS if v in timings]
    if "iops" not in timings or not orders:
        return None
    programs = program_samples({v: t.samples for v, t in timings.items()}, digests)
    ratios = {v: timing.paired_ratio(programs["iops"], programs[v]) for v in orders}
    best = max(orders, key=ratios.get)
    found = {"order": best, "ratio": round(ratios[best], 4),
             "ratio_ci95": [round(x, 4) for x in timing.ratio_interval(programs["iops"], programs[best])]}
    same = [v for v in orders if digests.get(v) is not None and digests[v] == digests.get("iops")]
    if same:
        mine, theirs = timings["iops"].samples, timings[same[0]].samples
        found["same_file"] = {"order": same[0], "ratio": round(timing.paired_ratio(mine, theirs), 4),
                              "ratio_ci95": [round(x, 4) for x in timing.ratio_interval(mine, theirs)]}
    return found


def headroom_captured(row: dict) -> float | None:
    """The share of the device's headroom (compile-time profile) that iops took in the bench:
    (1 - iops / IREE default) / (1 - lower bound / IREE's order)."""
    room, v = row.get("device_headroom"), row["variants"]
    if not room or not room.get("max_gain") or "iops" not in v or BASELINE not in v:
        return None
    programs = program_samples({name: variant["samples_ms"] for name, variant in v.items() if "samples_ms" in variant},
                               {name: variant.get("sha256") for name, variant in v.items()})
    if "iops" in programs and BASELINE in programs:
        ratio = timing.paired_ratio(programs["iops"], programs[BASELINE])
    else:  # a document that kept no samples
        ratio = program_median_ms(row, "iops") / program_median_ms(row, BASELINE)
    return (1.0 - ratio) / room["max_gain"]


# IREE's orders whose speeds since the compile are further apart than this ratio did not change
# speed together, so their median is no one speed of the machine: the error table says so.
ORDERS_AGREE_WITHIN = 1.10

# The compile's closed-loop name of each stock order the bench times: the two share IREE's
# partitioning favor (`_FAVOR`, `front.IREE_ORDERS`).
_LOOP_NAMES = {order: loop for order, favor in _FAVOR.items()
               for loop, loop_favor in FRONT_ORDERS.items() if loop_favor == favor}


def speed_since_compile(row: dict) -> dict | None:
    """How fast the machine ran in the bench against the compile's closed loop, read on programs
    both timed other than the one iops shipped: per IREE order, its bench median over the
    compile's measured time of the same file, and their median. The shipped program's prediction
    times that ratio is its prediction at the bench's speed, still made without timing the
    shipped program here. On the 2-core VM the speed moves by up to 2x between a compile and a
    later bench (a slow phase lasts minutes), which no cost model can foresee.

    Files are matched by digest; a compile report from before candidates recorded theirs is
    matched by name where the pipeline compiled the stock program (no replacement, no fallback)."""
    loop, variants = row.get("closed_loop") or {}, row["variants"]
    shipped = variants.get("iops", {}).get("sha256")
    by_digest = {c["sha256"]: c for c in loop.get("candidates", []) if c.get("sha256") and c.get("measured_us")}
    same_program = not row.get("replacements_applied") and not row.get("compile_fallback")
    by_name = {c["scheduler"]: c for c in loop.get("candidates", [])
               if same_program and c.get("measured_us") and c.get("program") == "as-imported" and "code" not in c}
    ratios = {}
    for order in IREE_ORDERS:
        digest = variants.get(order, {}).get("sha256")
        if order not in variants or digest is None or digest == shipped:
            continue
        found = by_digest.get(digest) if by_digest else by_name.get(_LOOP_NAMES[order])
        if found is None or found["scheduler"] == (row.get("shipped") or {}).get("scheduler"):
            continue
        ratios[order] = round(program_median_ms(row, order) * 1e3 / found["measured_us"], 4)
    if not ratios:
        return None
    speed = statistics.median(ratios.values())
    predicted = (row.get("shipped") or {}).get("predicted_us")
    error = None
    if predicted and "iops" in variants:
        error = round(predicted * speed / (program_median_ms(row, "iops") * 1e3) - 1, 4)
    found = {"ratio": round(speed, 4), "orders": ratios, "error_at_bench_speed": error}
    found["spread"] = round(orders_spread(found), 4)
    return found


def orders_spread(speed: dict) -> float:
    """How far apart IREE's orders' own speeds since the compile were (1: one speed of the machine)."""
    ratios = speed["orders"].values()
    return max(ratios) / min(ratios)


def program_median_ms(row: dict, variant: str) -> float:
    """A variant's program's median (pooled over the slots that hold its file, `program_samples`),
    or the slot's own median in a document that does not record it."""
    return row.get("program_median_ms", {}).get(variant, row["variants"][variant]["median_ms"])


def environment(target: Target) -> dict:
    """Device, versions and flags, for the JSON."""
    versions = {}
    for package in ("iree-base-compiler", "iree-base-runtime", "torch", "torch-mlir", "iops-mlir"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return {"host": host_identity(), "machine": platform.machine(), "python": platform.python_version(),
            "runtime_device": target.runtime_device, "runtime_flags": list(target.runtime_flags),
            "compile_flags": list(target.compile_flags), "torch_threads": torch.get_num_threads(),
            "versions": versions, "date": time.strftime("%Y-%m-%d")}


def run(options: BenchOptions, checkpoint=None) -> dict:
    """Bench every model; returns the JSON document. `checkpoint(doc)` is called after each
    model, so a long run that fails late keeps what it measured."""
    from .targets import load_target

    target = load_target(options.target, cuda_arch=options.cuda_arch, cuda_graphs=options.cuda_graphs)
    unknown = [v for v in options.variants if v not in VARIANTS]
    if unknown:
        raise UserError(f"Unknown bench variant(s) {', '.join(unknown)}. Known: {', '.join(VARIANTS)}.")
    if options.rewarm < 0:
        raise UserError("--rewarm must be 0 or more.")
    if options.min_seconds < 0:
        raise UserError("--min-seconds must be 0 or more.")
    if options.calls < 1:
        raise UserError("--calls-per-sample must be 1 or more.")
    unknown = [size for size in options.sizes if size not in SIZES]
    if unknown or not options.sizes:
        raise UserError(f"Unknown size(s) {', '.join(unknown) or '(none given)'} to bench. Known: {', '.join(SIZES)}.")
    if options.repetitions < 3:
        raise UserError("--repetitions must be at least 3 to report a median and a spread.")
    if options.modules and not options.models:
        frontend.refuse_zoo_flags({"--small or --sizes": options.sizes != ("full",), "--batch": options.batch != 1,
                                   "--seq-len": options.seq_len is not None})
    # Users' models are built first, so that a mistake in one is said before hours of the zoo's timing.
    users = {spec: frontend.load_user_module(spec) for spec in options.modules}
    doc = {"target": options.target, "sizes": list(options.sizes), "batch": options.batch,
           "repetitions": options.repetitions, "min_seconds": options.min_seconds, "warmup": options.warmup,
           "rewarm": options.rewarm,
           "order": "williams",
           "environment": environment(target), "results": []}
    for size in options.sizes:
        for name in options.models:
            if not options.quiet:
                print(f"== {name}{' (small)' if size == 'small' else ''}", file=sys.stderr, flush=True)
            doc["results"].append(bench_model(name, size == "small", options))
            if checkpoint is not None:
                checkpoint(doc)
    for spec, (module, inputs) in users.items():  # as given: the sizes, batch and tokens are the zoo's
        if not options.quiet:
            print(f"== {spec}", file=sys.stderr, flush=True)
        doc["results"].append(bench_program(module_label(spec), module, inputs, options))
        if checkpoint is not None:
            checkpoint(doc)
    return doc


def markdown(doc: dict) -> str:
    """A results table: median ms (IQR) and ratio against IREE's default, per variant."""
    variants = list(doc["results"][0]["variants"]) if doc["results"] else []
    env = doc["environment"]
    flags = " ".join(env.get("runtime_flags") or []) or "no runtime flags"
    lines = [f"{doc['target']} ({env['runtime_device']}, {flags}) on {env['host']}, batch {doc['batch']}, "
             f"{_rounds_text(doc)} interleaved rounds "
             f"({_order_text(doc)}) after {doc['warmup']} warm-up; "
             f"median ms (IQR), ratio = the median over the rounds of each round's time / {BASELINE}'s "
             "[95% interval over the rounds, by batch means, where recorded].", "",
             "| model | " + " | ".join(variants) + " |", "|---|" + "---|" * len(variants)]
    for row in doc["results"]:
        cells = []
        for v in variants:
            r = row["variants"][v]
            ratio = f" x{r['ratio_vs_iree_default']:.3f}" if r["ratio_vs_iree_default"] is not None else ""
            if r.get("ratio_ci95") and v != BASELINE:
                ratio += f" [{r['ratio_ci95'][0]:.2f}-{r['ratio_ci95'][1]:.2f}]"
            cells.append(f"{ms_text(r['median_ms'])} ({ms_text(r['iqr_ms'][0])}-{ms_text(r['iqr_ms'][1])}){ratio}")
        lines.append(f"| {row['model']} | " + " | ".join(cells) + " |")
    if any("calls_per_sample" in row for row in doc["results"]):
        lines += ["", f"Rounds x calls per timed sample (fast models get more rounds, until their timing lasted "
                      f"{doc.get('min_seconds', 0):g} s): " + "; ".join(
                          f"{row['model']} {row.get('rounds', doc['repetitions'])} x {row.get('calls_per_sample', 1)}"
                          for row in doc["results"])]
    if all("mean_ms" in v for row in doc["results"] for v in row["variants"].values()):
        lines += ["", "Mean ms of the same samples (a mean takes in the occasional slow calls, which the median "
                      "leaves out): " + "; ".join(
                          f"{row['model']} " + ", ".join(f"{name} {ms_text(v['mean_ms'])}"
                                                         for name, v in row["variants"].items())
                          for row in doc["results"])]
    lines += ["", "Largest absolute error of each compiled variant against torch: " + "; ".join(
        f"{row['model']} {max(v['max_abs_error_vs_torch'] for v in row['variants'].values()):.1e}"
        for row in doc["results"])]
    return "\n".join(lines + _busy_machine_notes(doc)) + "\n\n" + error_table(doc)


def _busy_machine_notes(doc: dict) -> list[str]:
    """Where other processes took cores from the workers while a model's variants were timed
    (`host_load`): those ratios describe a machine with fewer cores."""
    notes = [f"- {row['model']}: {host_load.busy_phrase(row['short_cores'], row.get('workers') or 1)}; "
             "take timings on a quiet machine."
             for row in doc["results"] if (row.get("short_cores") or 0) > host_load.SHORT_CORES]
    return ["", "Timed on a busy machine:", *notes] if notes else []


def _rounds_text(doc: dict) -> str:
    """How many rounds: 'at least N' where fast models got more (`min_seconds`)."""
    return f"{'at least ' if doc.get('min_seconds') else ''}{doc['repetitions']}"


def _order_text(doc: dict) -> str:
    """How the rounds were ordered; documents written before the balanced order say shuffled."""
    if doc.get("order") != "williams":
        return "shuffled order"
    return f"balanced order, {doc['rewarm']} untimed call before each timed one"


def error_table(doc: dict) -> str:
    """iops against IREE's best order, the headroom it took, and the cost model's error.

    The shipped program's prediction (made at compile time, before that program was timed,
    without the margin charge) is set against its median in this bench. The closed loop's own
    out-of-sample errors (every candidate predicted before it was timed at compile time) are
    summarised beside it, and so is the same prediction at the machine's speed in this bench
    (`speed_since_compile`), which tells the model's error from the machine's drift.
    """
    lines = ["iops against IREE's best order in the same rounds (the largest of iops's ratios to IREE's orders, "
             "each the median of the rounds' ratios), the headroom it took, and the cost model's "
             "error (error = predicted / measured median - 1). A program timed in two slots (iops ships "
             "an IREE order's very file) is one program, each round holding both slots' samples. The speed since "
             "the compile is the median, over IREE's orders that the compile timed too (the same files, "
             "not the one shipped), of their bench median over their compile-time timing; the shipped "
             "prediction times it is the prediction at the bench's speed. Where those orders' own ratios are "
             f"more than x{ORDERS_AGREE_WITHIN:.2f} apart, the cell gives them: the machine did not change "
             "speed as one, and the error at the median speed says little.", "",
             "| model | iops / best IREE order | headroom (lower bound) | taken by iops | shipped | predicted ms | "
             "bench ms | error | speed since compile: error at it | compile-time candidates: error |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for row in doc["results"]:
        v = row["variants"]
        best = row.get("against_best_iree")
        same = ", the same file" if best and best["order"] in row.get("iops_same_file_as", []) else ""
        if best and best.get("same_file"):  # the program timed in two slots: the bench's resolution
            same = f"; iops is {best['same_file']['order']}'s file, its two slots x{best['same_file']['ratio']:.3f}"
        cells = [row["model"], f"{best['ratio']:.3f} ({best['order']}{same}) [{best['ratio_ci95'][0]:.2f}-"
                               f"{best['ratio_ci95'][1]:.2f}]" if best else "-"]
        room = row.get("device_headroom")
        cells.append(f"{room['max_gain']:.1%}" if room else ("none (" + row["search_skipped"].split(":")[0] + ")"
                                                           if row.get("search_skipped") else "-"))
        taken = headroom_captured(row)
        cells.append(f"{taken:.0%}" if taken is not None else "-")
        shipped = row.get("shipped") or {}
        if "iops" in v and shipped.get("predicted_us"):
            predicted, measured = shipped["predicted_us"] / 1e3, program_median_ms(row, "iops")
            cells += [shipped["scheduler"], f"{predicted:.3f}", f"{measured:.3f}", f"{predicted / measured - 1:+.1%}"]
        else:
            cells += [shipped.get("scheduler", "-"), "-", "-", "-"]
        cells.append(_speed_cell(speed_since_compile(row)))
        loop = row.get("closed_loop") or {}
        errors = [f"{c['scheduler']} {c['error']:+.1%}" for c in loop.get("candidates", []) if c.get("error") is not None]
        cells.append(", ".join(errors) or "-")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines + _workers_notes(doc) + _side_by_side_notes(doc) + _between_dispatches_notes(doc)) + "\n"


def _speed_cell(speed: dict | None) -> str:
    if speed is None:
        return "-"
    error, ratios = speed["error_at_bench_speed"], speed["orders"].values()
    apart = f", apart: x{min(ratios):.3f}-x{max(ratios):.3f}" if orders_spread(speed) > ORDERS_AGREE_WITHIN else ""
    return (f"x{speed['ratio']:.3f} ({len(speed['orders'])} of IREE's orders{apart}): "
            + ("-" if error is None else f"{error:+.1%}"))


def _workers_notes(doc: dict) -> list[str]:
    """Where the compile found the output faster on fewer workers (`workers`): every variant above
    ran on the target's, so that gain is in none of the ratios; what it gave in this bench
    (`advised_workers`)."""
    notes = []
    for row in doc["results"]:
        check = (row.get("runtime") or {}).get("workers_check")
        if check and check["advised_workers"] != check["workers"]:
            notes.append(f"- {row['model']}: the output ran x{check['speedup']:.2f} faster on "
                         f"{check['advised_workers']} of the {check['workers']} workers at compile time "
                         f"({' '.join(row['runtime']['advised_flags'])}); every variant here ran on {check['workers']}.")
        if advised := row.get("advised_workers"):
            low, high = advised["ratio_ci95"]
            notes.append(f"- {row['model']}: iops run as its compile advised ({' '.join(advised['flags'])}) took "
                         f"x{advised['ratio']:.3f} [{low:.3f}-{high:.3f}] of iops on the target's workers here "
                         f"({advised['median_ms']:.3f} against {advised['target_median_ms']:.3f} ms, "
                         f"{advised['rounds']} paired rounds).")
    return ["", *notes] if notes else []


def _side_by_side_notes(doc: dict) -> list[str]:
    """What the compile's profiles showed running dispatches side by side gives on this device
    (`headroom.SideBySide`): the core-time term of the headroom assumes it keeps every worker busy."""
    notes = [f"- {row['model']}: {SideBySide.from_json(room['side_by_side']).sentence()}."
             for row in doc["results"] if (room := row.get("device_headroom")) and room.get("side_by_side")]
    return ["", "Side by side, at compile time:", *notes] if notes else []


def _between_dispatches_notes(doc: dict) -> list[str]:
    """How much of IREE's order's time the compile's profile showed no dispatch running, against
    what the headroom's bound counts of it (`headroom.idle_sentence`)."""
    notes = [f"- {row['model']}: {idle}." for row in doc["results"]
             if (room := row.get("device_headroom")) and (idle := idle_sentence(room))]
    return ["", "Between dispatches, at compile time:", *notes] if notes else []


def plot(doc: dict, path: Path) -> None:
    """Grouped bars of each variant's median relative to IREE's default (log scale, so torch
    eager's 3-30x does not flatten the IREE variants), IQR as error bars, values on the bars."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FixedLocator, NullLocator

    rows = doc["results"]
    variants = list(rows[0]["variants"]) if rows else []
    # Relative to IREE's default order, or to the first variant timed when that one was left out.
    reference = BASELINE if BASELINE in variants else variants[0]
    fig, ax = plt.subplots(figsize=(max(6.0, 2.0 * len(rows) + 2), 4.6), dpi=120)
    width = 0.8 / max(1, len(variants))
    lowest, highest = 1.0, 1.0
    for i, v in enumerate(variants):
        xs, ys, lo, hi = [], [], [], []
        for j, row in enumerate(rows):
            base = row["variants"][reference]["median_ms"]
            r = row["variants"][v]
            xs.append(j + (i - (len(variants) - 1) / 2) * width)
            ys.append(r["median_ms"] / base)
            lo.append(max(0.0, (r["median_ms"] - r["iqr_ms"][0]) / base))
            hi.append(max(0.0, (r["iqr_ms"][1] - r["median_ms"]) / base))
        bars = ax.bar(xs, ys, width, yerr=[lo, hi], capsize=2, label=v, error_kw={"linewidth": 0.6})
        ax.bar_label(bars, labels=[f"{y:.2f}" for y in ys], fontsize=6, rotation=90, padding=3)
        lowest, highest = min(lowest, *ys), max(highest, *ys)
    ax.set_yscale("log")
    ax.set_ylim(lowest / 1.6, highest * 2.2)
    ticks = [t for t in (0.125, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64) if lowest / 1.6 <= t <= highest * 2.2]
    ax.yaxis.set_major_locator(FixedLocator(ticks))
    ax.yaxis.set_minor_locator(NullLocator())
    ax.set_yticklabels([f"{t:g}" for t in ticks])
    ax.axhline(1.0, color="black", linewidth=0.8, linestyle="--")
    ax.set_xticks(range(len(rows)), [r["model"] for r in rows], fontsize=8)
    ax.set_ylabel(f"latency / {reference} (log; lower is better)")
    env = doc["environment"]
    ax.set_title(f"{doc['target']} on {env['host']}, batch {doc['batch']}: median of "
                 f"{_rounds_text(doc)} interleaved runs, IQR bars", fontsize=9)
    ax.legend(fontsize=8, ncol=3, loc="upper center", bbox_to_anchor=(0.5, -0.1))
    fig.savefig(path, format="png", bbox_inches="tight")
    plt.close(fig)


def write_outputs(doc: dict, json_path: Path | None, plot_path: Path | None) -> None:
    """The JSON and the PNG, each written whole or not at all."""
    if json_path is not None:
        write_atomic(Path(json_path), lambda tmp: tmp.write_text(json.dumps(doc, indent=1) + "\n"))
    if plot_path is not None and doc["results"]:
        write_atomic(Path(plot_path), lambda tmp: plot(doc, tmp))


def size_list(text: str | None, *, small: bool) -> tuple[str, ...]:
    """The sizes `--sizes` names (comma-separated, repeats dropped), or what `--small` alone means."""
    if text is None:
        return ("small",) if small else ("full",)
    if small:
        raise UserError("Give --sizes or --small, not both: --sizes small is what --small means.")
    # Checked with the other options in `run`.
    return tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))


def model_list(text: str) -> list[str]:
    """Comma-separated zoo and hf: names; `all` is the zoo, `hf:all` every transformers model."""
    groups = {"all": models.names(), "hf:all": models.hf_names()}
    names = [name for part in text.split(",") if part.strip()
             for name in groups.get(part.strip(), [part.strip()])]
    known = models.names() + models.hf_names()
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise UserError(f"Unknown model(s) {', '.join(unknown) or repr(text)}. "
                        f"Known: {', '.join(known)}, all or hf:all.")
    return names
