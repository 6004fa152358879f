"""The `iops-mlir` command.

Every failure prints one paragraph and exits non-zero: a user's mistake (exit 1), a failing
IREE tool (exit 1, with a reproducer), a full disk (exit 75), or a bug of ours (exit 70;
`IOPS_MLIR_DEBUG=1` shows its traceback). Heavy imports (torch, IREE) happen inside the
subcommands, so `--help` and `models` answer at once.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
import tempfile
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .choices import BENCH_VARIANTS, TARGETS, Phase
from .cli_args import (add_compile_args, add_model_args, add_output_args, add_target_args, options_from,
                       positive_int)
from .errors import IopsError, UserError, exhausted
from .files import check_output_path, make_dir, write_atomic
from .text import us_text

EXIT_MISMATCH = 3
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
IMAGE_SUFFIXES = {".png": "PNG", ".svg": "SVG"}  # the images the reports write, by suffix
# What the text reports write, by suffix: a name for an image given to one of them is refused.
TEXT_REPORTS = {".json": "JSON", ".dot": "Graphviz source"}
RENDERED_SUFFIXES = (*IMAGE_SUFFIXES, ".pdf", ".jpg", ".jpeg")  # the reports' images and the usual others

if TYPE_CHECKING:  # the commands import what they run when run: `--help` stays quick
    from .headroom import Headroom
    from .measure import ModelCheck
    from .workers import WorkersCheck


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iops-mlir",
        description="Inter-operator parallelism scheduling for IREE: compile PyTorch models to a "
                    ".vmfb whose concurrent waves come from a searched schedule.",
    )
    parser.add_argument("--version", action="version", version=f"iops-mlir {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    c = sub.add_parser("compile", help="compile a model to a .vmfb")
    add_model_args(c)
    add_compile_args(c)
    add_output_args(c)

    k = sub.add_parser("check", help="compile, run, and compare with the torch reference")
    add_model_args(k)
    add_compile_args(k)
    k.add_argument("--atol", type=float, default=1e-4, help="absolute tolerance (default 1e-4)")
    k.add_argument("--rtol", type=float, default=1e-3,
                   help="tolerance relative to the largest reference magnitude (default 1e-3)")

    b = sub.add_parser("bench", help="time iops against IREE's orderings and torch eager, interleaved")
    add_model_args(b, several=True)
    add_target_args(b)
    b.add_argument("--repetitions", type=positive_int, default=20,
                   help="timed rounds (default 20); the order is balanced over every 10 rounds for 5 variants")
    b.add_argument("--warmup", type=positive_int, default=3, help="untimed rounds first (default 3)")
    b.add_argument("--rewarm", type=int, default=1,
                   help="untimed calls of a variant right before each of its timed calls (default 1)")
    b.add_argument("--calls-per-sample", type=positive_int, default=1,
                   help="back-to-back calls timed as one sample, their mean (default 1)")
    b.add_argument("--min-seconds", type=float, default=20.0,
                   help="time fast models for more rounds, until their timing lasted this long (default 20; 0: "
                        "exactly --repetitions rounds)")
    b.add_argument("--sizes", default=None,
                   help="full, small or full,small: bench each model at each size in one run "
                        "(default full; --small means small)")
    b.add_argument("--variants", default=",".join(BENCH_VARIANTS),
                   help=f"comma-separated subset of {','.join(BENCH_VARIANTS)}")
    b.add_argument("--json", type=Path, help="write every sample, the device, versions and flags here")
    b.add_argument("--plot", type=Path, help="write a PNG bar chart here")
    b.add_argument("--work-dir", type=Path, default=Path("build/bench"),
                   help="where the compiled variants go (default build/bench)")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bars")

    e = sub.add_parser("explain", help="summarise a schedule; draw it as a Gantt PNG and a DOT graph")
    add_model_args(e)
    add_compile_args(e)
    e.add_argument("--gantt", type=Path, metavar="OUT.png", help="write the Gantt-style chart here")
    e.add_argument("--dot", type=Path, metavar="OUT.dot", help="write the dispatch graph (Graphviz) here")
    e.add_argument("--svg", type=Path, metavar="OUT.svg", help="draw the dispatch graph as SVG, a row per stage (no Graphviz needed)")
    e.add_argument("--measured", type=Path, metavar="OUT.png",
                   help="draw the shipped program's measured timeline (IREE's HAL profiler: a bar per dispatch, "
                        "waves shaded) above the predicted one; needs the --dump-dir of a compile that profiled it")

    h = sub.add_parser("headroom", help="how much any schedule can gain on this device (IREE's order profiled "
                                        "against a lower bound)")
    add_model_args(h)
    add_target_args(h)
    h.add_argument("--runs", type=positive_int, default=5, help="profiled runs of each program (default 5)")
    h.add_argument("--work-dir", type=Path, help="keep the programs and profiles here (default: a temporary folder)")
    h.add_argument("--json", type=Path, help="write the figures here")
    h.add_argument("-q", "--quiet", action="store_true", help="no progress messages")

    a = sub.add_parser("apply", help="apply a schedule.json to a flat async.mlir")
    a.add_argument("async_mlir", type=Path, help="a flat async.mlir (a dump's async.mlir: one dispatch at a time)")
    a.add_argument("schedule", type=Path, help="a schedule.json whose stages name that program's dispatches")
    a.add_argument("-o", "--output", type=Path, required=True, help="write the program with its waves rebuilt here")

    r = sub.add_parser("replace", help="apply the operator replacement rules to a linalg input.mlir")
    r.add_argument("input_mlir", type=Path, help="a linalg program (a dump's input.mlir)")
    r.add_argument("-o", "--output", type=Path, required=True, help="write the rewritten program here")
    r.add_argument("--rules", metavar="A,B", help="rules to apply (default all)")

    w = sub.add_parser("embed-weights", help="put a weights archive back into a stream.async program")
    w.add_argument("async_mlir", type=Path, help="a stream.async program whose weights are parameters")
    w.add_argument("archive", type=Path, help="the weights archive (.irpa) they were exported to")
    w.add_argument("-o", "--output", type=Path, required=True, help="write the program with its weights inside here")

    sub.add_parser("models", help="list the zoo's models and the transformers models (hf:NAME)")

    g = sub.add_parser("gpu-kit", help="build a folder that checks, times and profiles the zoo on a GPU "
                                       "machine in one command (run.sh); no GPU needed to build it")
    g.add_argument("--out", type=Path, required=True, help="the kit folder to create (new or empty)")
    g.add_argument("--models", help="comma-separated zoo models, or all (the default without --module)")
    g.add_argument("--module", action="append", default=[], metavar="FILE.py:NAME",
                   help="also your model: NAME() returns (module, example inputs); checked against torch "
                        "with its real weights (repeatable)")
    g.add_argument("--target", choices=TARGETS, default="cuda",
                   help="cuda (default), or llvm-cpu for a twin that runs here with run.sh --device local-task")
    g.add_argument("--arch", dest="cuda_arch", default=None, help="CUDA architecture (default sm_80)")
    g.add_argument("--batches", default="1,8", help="batch sizes of the full-size models (default 1,8; "
                                                    "none for only the small models)")
    g.add_argument("--no-small", action="store_true",
                   help="leave out the --small models (real weights and torch's outputs, for a correctness check)")
    g.add_argument("--python-version", default="3.12", help="CPython of the GPU machine (default 3.12): the "
                                                            "IREE runtime wheel packed is for it")
    g.add_argument("--runtime-wheel", type=Path, action="append", default=[],
                   help="pack this wheel (give iree-base-runtime's and ml_dtypes') instead of downloading them")
    g.add_argument("--cost-model", help="iops's cost model (default: the target's; analytic:h100 for cuda); "
                   "{group} stands for each group's label, as in measured:profiles/{group}.graph.json")
    g.add_argument("--no-alone", action="store_true",
                   help="leave out each program's dispatches and dearest stages as IREE benchmark modules, "
                        "which run.sh times alone (on CUDA the only per-dispatch times IREE 3.13 gives)")
    g.add_argument("--work-dir", type=Path, default=Path("build/gpu-kit-work"),
                   help="where each group's compile is kept (default build/gpu-kit-work)")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress messages")

    r = sub.add_parser("gpu-report", help="turn a kit's results.json into tables, a plot and a calibrated "
                                          "analytic device model")
    r.add_argument("results", type=Path, nargs="+",
                   help="results.json written by a kit's run.sh; several give one section each and one calibration")
    r.add_argument("--calibrate-on", choices=("profiled", "alone", "programs"),
                   help="fit the analytic device on this only: the profiled dispatches, the dispatches timed "
                        "alone, or the sequential programs' whole calls (default: the first of them measured)")
    r.add_argument("--out", type=Path, help="folder for report.md, report.png and the calibrated device "
                                            "(default: beside results.json)")
    return parser


def _load_model(args: argparse.Namespace):
    from . import frontend

    return frontend.load(model=args.model, module_spec=args.module, batch=args.batch, small=args.small,
                         seq_len=args.seq_len)


def _cmd_compile(args: argparse.Namespace) -> int:
    from . import driver
    from .iree_tools import splat_input_flags
    from .workers import advised_flags, workers_phrase

    stop = Phase.parse(args.compile_to)
    if stop == Phase.VMFB and args.output is None:
        raise UserError("compile needs -o/--output FILE.vmfb (or --compile-to PHASE with --dump-dir).")
    if stop < Phase.VMFB and args.dump_dir is None:
        raise UserError(f"--compile-to {args.compile_to} needs --dump-dir to keep what it produces.")
    if stop < Phase.VMFB and args.output is not None:
        raise UserError(f"--compile-to {args.compile_to} stops before a .vmfb is written, so -o/--output "
                        f"'{args.output}' would stay empty; its results ({args.compile_to} phase) are in "
                        f"--dump-dir '{args.dump_dir}'. Drop -o, or compile to vmfb.")
    options = options_from(args, output=args.output, stop_after=stop, parameters_file=args.parameters_file)
    name, module, inputs = _load_model(args)
    result = driver.compile_module(module, inputs, model=name, options=options)
    if result.report is not None and not args.quiet:
        r = result.report
        print(f"{name}: {', '.join(r.counts())} ({r.scheduler})")
        from .explain import predicted_line

        print(predicted_line(r, model_name=True))
        if not result.target.waves_overlap:
            print("the replayed CUDA graph runs a wave's dispatches one after another (on an H200 every order "
                  "ran alike), so no order is predicted faster; --cuda-graphs records a graph at every call "
                  "whose waves run concurrently, which pays where kernels are long")
        if r.device_headroom:
            from .headroom import headroom_lines

            print("\n".join(headroom_lines(r.device_headroom)))
        if r.search_skipped:
            print(f"search skipped: {r.search_skipped}")
        elif (note := unproven_note(r.search, args.dump_dir)) is not None:
            print(note)
        shipped = r.shipped or {}
        if shipped.get("measured_us"):
            others = ", ".join(f"{k} {v:.0f} us" for k, v in shipped["candidates"].items() if k != shipped["scheduler"])
            print(f"shipped {shipped['scheduler']}: measured {shipped['measured_us']:.0f} us (predicted "
                  f"{shipped['predicted_us']:.0f} us before it was timed); also measured: {others}")
        weights_flags = []
        if r.parameters and not r.parameters["embedded"]:
            # schedule.json names the file alone (the output's folder may move); the command names
            # it as given, so that it runs from here.
            weights_flags = [f"--parameters={r.parameters['scope']}={args.parameters_file}"]
            print(f"weights in {args.parameters_file}, not in the .vmfb ({weights_flags[0]} names them)")
        if r.runtime and args.output is not None:
            # Inputs of the example's shapes and types, one value each: the command runs as printed.
            inputs_given = splat_input_flags(inputs)
            print("run it with: " + shlex.join(["iree-run-module", f"--device={r.runtime['device']}",
                                                *advised_flags(r.runtime), f"--module={args.output}",
                                                *weights_flags, "--function=main", *(inputs_given or [])]))
            if inputs_given is None:
                print("  (with an --input=SHAPExTYPE=VALUE flag per input: one has a type IREE's tools do not name)")
            if r.runtime.get("advised_flags"):
                check = r.runtime["workers_check"]
                print(f"  (on {workers_phrase(check['advised_workers'])} rather than {check['workers']} it ran "
                      f"x{check['speedup']:.2f} faster here; the timings above used {' '.join(r.runtime['flags'])})")
    return 0


def unproven_note(search: dict | None, dump_dir: Path | None) -> str | None:
    """Where the search left blocks unproven and the compile kept its dump: the command that says
    where their gaps sit (`schedule.anatomy`)."""
    from .schedule.iops import proof_summary

    if not search or search.get("optimal", True) or dump_dir is None:
        return None
    return (f"search: {proof_summary(search)}; where each block's gap sits: "
            f"{shlex.join(['iops-mlir', 'explain', '--dump-dir', str(dump_dir)])}")


def _cmd_check(args: argparse.Namespace) -> int:
    from . import driver, runner

    name, module, inputs = _load_model(args)
    with tempfile.TemporaryDirectory(prefix="iops-check-") as tmp:
        output = Path(tmp) / f"{name}.vmfb"
        result = driver.compile_module(module, inputs, model=name, options=options_from(args, output=output))
        function = runner.load_function(output, result.target.runtime_device, flags=result.target.runtime_flags)
        actual = runner.run(function, [t.numpy() for t in inputs])
    expected = runner.torch_outputs(module, inputs)
    cmp = runner.compare(actual, expected)
    ok = cmp.within(args.atol, args.rtol)
    # The program checked is the one written: where the closed loop shipped another candidate (an
    # IREE order, or its waves with other code) than the search's schedule, `shipped` names it
    # (a compile with an output always reports what it shipped).
    shipped = result.report.shipped["scheduler"]
    print(json.dumps({"model": name, "target": args.target, "scheduler": result.report.scheduler, "shipped": shipped,
                      "max_abs_error": cmp.max_abs, "max_rel_error": cmp.max_rel,
                      "atol": args.atol, "rtol": args.rtol, "ok": ok}))
    if not ok:
        print(f"iops-mlir: {name} differs from torch: max abs error {cmp.max_abs:.3g} > {args.atol}, "
              f"max relative error {cmp.max_rel:.3g} > {args.rtol}.", file=sys.stderr)
        return EXIT_MISMATCH
    return 0


def _report_paths(*outputs: tuple[Path | None, str, str]) -> None:
    """Reports (JSON, PNG, DOT), each given as (path, flag, a file name it takes), may go to a
    new folder; create it, then check as for any output. An image's flag writes one format, so
    its file name must end as the example's does (a PNG written to chart.pdf would not open); a
    text report's may end in anything but an image's suffix (Graphviz source is .dot or .gv)."""
    for path, flag, example in outputs:
        if path is None:
            continue
        if not path.is_dir():  # a folder is refused by check_output_path, named as one
            suffix = Path(example).suffix
            if suffix in IMAGE_SUFFIXES and path.suffix.lower() != suffix:
                raise UserError(f"{flag} writes a {IMAGE_SUFFIXES[suffix]} image; give a file name ending in "
                                f"{suffix}, such as {example}, not '{path.name}'.")
            if suffix in TEXT_REPORTS and path.suffix.lower() in RENDERED_SUFFIXES:
                render = (f" (render it with `dot -T{path.suffix.lower()[1:]} {example} -o {path.name}`)"
                          if suffix == ".dot" else "")
                raise UserError(f"{flag} writes {TEXT_REPORTS[suffix]}, not an image; give a file name such as "
                                f"{example}, not '{path.name}'{render}.")
            make_dir(path.parent, "folder")
        check_output_path(path, flag=flag, example=example)


def _cmd_bench(args: argparse.Namespace) -> int:
    from . import bench

    _report_paths((args.json, "--json", "bench.json"), (args.plot, "--plot", "bench.png"))
    if args.model is None and not args.module:
        raise UserError("bench needs --model (the zoo, hf:NAME) or --module FILE.py:NAME (your own model), or both.")
    options = bench.BenchOptions(
        models=bench.model_list(args.model) if args.model is not None else [],
        modules=tuple(dict.fromkeys(args.module or ())), target=args.target, cuda_arch=args.cuda_arch,
        cuda_graphs=args.cuda_graphs,
        sizes=bench.size_list(args.sizes, small=args.small), calls=args.calls_per_sample,
        min_seconds=args.min_seconds,
        batch=args.batch, seq_len=args.seq_len, repetitions=args.repetitions, warmup=args.warmup, rewarm=args.rewarm,
        variants=tuple(v.strip() for v in args.variants.split(",") if v.strip()),
        cost_model=args.cost_model, work=args.work_dir, quiet=args.quiet)
    # The JSON is rewritten after every model, so a late failure keeps what was measured.
    doc = bench.run(options, checkpoint=lambda partial: bench.write_outputs(partial, args.json, None))
    bench.write_outputs(doc, None, args.plot)
    print(bench.markdown(doc), end="")
    return 0


def _cmd_explain(args: argparse.Namespace) -> int:
    """Explain an existing dump (--dump-dir alone) or compile to the schedule phase first."""
    from . import explain

    if args.measured is not None and (args.dump_dir is None or args.model is not None or args.module is not None):
        raise UserError("explain --measured draws what a compile measured: compile with -o and --dump-dir DIR, "
                        "then run explain --dump-dir DIR --measured OUT.png (without a model).")
    _report_paths((args.gantt, "--gantt", "schedule.png"), (args.dot, "--dot", "schedule.dot"),
                  (args.svg, "--svg", "schedule.svg"), (args.measured, "--measured", "measured.png"))
    if args.model is not None or args.module is not None:
        from . import driver

        options = options_from(args, stop_after=Phase.SCHEDULE)
        name, module, inputs = _load_model(args)
        with tempfile.TemporaryDirectory(prefix="iops-explain-") as tmp:
            dump = args.dump_dir if args.dump_dir is not None else Path(tmp)
            options.dump_dir = dump
            driver.compile_module(module, inputs, model=name, options=options)
            explained = explain.load(dump)
    elif args.dump_dir is not None:
        explained = explain.load(args.dump_dir)
    else:
        raise UserError("explain needs --dump-dir DIR (of an earlier compile) or a model (--model / --module).")
    # Read before the summary is printed: a dump without a measured timeline is an error alone.
    measured = explain.load_measured(args.dump_dir) if args.measured is not None else None
    print(explain.summary(explained), end="")
    writers = [(args.gantt, lambda tmp: explain.gantt(explained, tmp)),
               (args.measured, lambda tmp: explain.measured_gantt(explained, measured, tmp)),
               (args.dot, lambda tmp: tmp.write_text(explain.dot(explained))),
               (args.svg, lambda tmp: explain.svg(explained, tmp))]
    for path, write in writers:
        if path is not None:
            write_atomic(path, write)
            print(f"wrote {path}")
    return 0


def _cmd_headroom(args: argparse.Namespace) -> int:
    from .measure import measure_headroom
    from .options import CompileOptions
    from .pipeline.scheduling import NOTHING_TO_REORDER

    _report_paths((args.json, "--json", "headroom.json"))
    options = CompileOptions(target=args.target, cuda_arch=args.cuda_arch, cuda_graphs=args.cuda_graphs,
                             quiet=args.quiet)
    name, module, inputs = _load_model(args)
    with tempfile.TemporaryDirectory(prefix="iops-headroom-") as tmp:
        work = make_dir(args.work_dir) if args.work_dir is not None else Path(tmp)
        measured = measure_headroom(module, inputs, model=name, options=options, work=work, runs=args.runs)
    if measured is None:
        print(f"{name}: {NOTHING_TO_REORDER}: no schedule can gain anything (nothing profiled).")
        doc = {"nothing_to_reorder": True, "max_gain": 0.0}
    else:
        doc = _say_headroom(name, *measured)
    if args.json is not None:
        doc = {"model": name, "target": args.target, **doc}
        write_atomic(args.json, lambda tmp: tmp.write_text(json.dumps(doc, indent=1) + "\n"))
    return 0


def _say_headroom(name: str, found: Headroom, check: ModelCheck, workers: WorkersCheck | None) -> dict:
    """Print what `iops-mlir headroom` measured (`measure.measure_headroom`'s three results); the
    figures for its JSON."""
    aside = f"; {found.runs_set_aside} more ran at another speed" if found.runs_set_aside else ""
    print(f"{name}: {found.sentence()} (medians of {found.runs} profiled runs{aside}).")
    if workers is not None:
        advised_us = workers.median_us(workers.advised)
        below = (f"; {us_text(advised_us)} us is below the bound of any schedule on {workers.workers}"
                 if workers.advised != workers.workers and advised_us < found.lower_bound_us else "")
        print(workers.sentence("IREE's order") + f" (iree-benchmark-module){below}.")
    heldout = "-" if check.heldout_median_rel_error is None else f"{check.heldout_median_rel_error:.1%}"
    print(f"wave model (contention {check.contention:.3f}, overhead {check.overhead_us:.2f} us per member of a "
          f"wave, gap {check.gap_us:.1f} us per stage), fitted on "
          f"{check.fit_samples} stages: median error {heldout} on concurrent waves left out of the fit; asap, "
          f"predicted before it ran: {us_text(check.asap_predicted_us)} us, measured "
          f"{us_text(check.asap_measured_us)} us ({check.asap_error:+.1%}).")
    return {**found.to_json(), "wave_model": check.to_json(),
            "workers_check": workers.to_json() if workers is not None else None}


def _cmd_apply(args: argparse.Namespace) -> int:
    from .apply import apply_schedule_file

    _report_paths((args.output, "-o/--output", "program.mlir"))
    apply_schedule_file(args.async_mlir, args.schedule, args.output)
    return 0


def _read(path: Path) -> str:
    try:
        return path.read_text()
    except (OSError, UnicodeDecodeError) as e:
        raise UserError(f"Cannot read '{path}': {getattr(e, 'strerror', None) or e}.") from None


def _cmd_replace(args: argparse.Namespace) -> int:
    from . import replace

    _report_paths((args.output, "-o/--output", "program.mlir"))
    text, records = replace.rewrite_text(_read(args.input_mlir), replace.parse_rules(args.rules))
    write_atomic(args.output, lambda tmp: tmp.write_text(text))
    print(f"{len(records)} rewrite(s)" + "".join(f"\n  {r.rule}: {r.sizes}" for r in records))
    return 0


def _cmd_embed_weights(args: argparse.Namespace) -> int:
    from . import params

    if not args.archive.is_file():
        raise UserError(f"No such weights archive '{args.archive}'.")
    _report_paths((args.output, "-o/--output", "program.mlir"))
    text = params.embed(_read(args.async_mlir), args.archive)
    write_atomic(args.output, lambda tmp: tmp.write_text(text))
    return 0


def _cmd_models(args: argparse.Namespace) -> int:
    from . import models

    for name in models.names():
        print(name)
    from .models import hf

    note = "" if hf.available() else "  (needs the transformers library: pip install 'iops-mlir[hf]')"
    for name, spec in hf.SPECS.items():
        print(f"hf:{name:<14} {spec.about}{note}")
    return 0


def _cmd_gpu_kit(args: argparse.Namespace) -> int:
    from . import bench
    from .kit import build

    try:
        batches = tuple(positive_int(b) for b in args.batches.split(",") if b.strip() and b != "none")
    except argparse.ArgumentTypeError as e:
        raise UserError(f"--batches: {e}.") from None
    build.build_kit(build.KitOptions(
        out=args.out, models=bench.model_list(args.models) if args.models else [] if args.module else
        bench.model_list("all"),
        modules=tuple(args.module), target=args.target, cuda_arch=args.cuda_arch,
        batches=batches, small=not args.no_small, python_version=args.python_version,
        runtime_wheels=tuple(args.runtime_wheel), cost_model=args.cost_model, alone=not args.no_alone,
        work=args.work_dir, quiet=args.quiet))
    print(f"kit written to {args.out}: copy it to the GPU machine and run {args.out}/run.sh RESULTS_DIR; "
          f"then iops-mlir gpu-report RESULTS_DIR/results.json here")
    return 0


def _cmd_gpu_report(args: argparse.Namespace) -> int:
    from .kit import report

    out = args.out or args.results[0].parent
    written = report.write_report(args.results, out, args.calibrate_on)
    print(written.read_text(), end="")
    return 0


HANDLERS = {"compile": _cmd_compile, "check": _cmd_check, "bench": _cmd_bench, "explain": _cmd_explain,
            "headroom": _cmd_headroom, "apply": _cmd_apply, "replace": _cmd_replace, "embed-weights": _cmd_embed_weights,
            "models": _cmd_models, "gpu-kit": _cmd_gpu_kit, "gpu-report": _cmd_gpu_report}


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `iops-mlir` console script."""
    args = build_parser().parse_args(argv)
    try:
        return HANDLERS[args.command](args)
    except IopsError as e:
        print(f"iops-mlir: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("iops-mlir: interrupted; no output was written.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as e:
        full = exhausted(e)
        if full is None:
            return _internal(e)
        print(f"iops-mlir: error: {full}", file=sys.stderr)
        return full.exit_code
    except Exception as e:  # a bug of ours: still one paragraph, with what to report
        return _internal(e)


def _internal(e: Exception) -> int:
    if os.environ.get("IOPS_MLIR_DEBUG") == "1":
        traceback.print_exc()
    print(f"iops-mlir: internal error ({type(e).__name__}: {e}). This is an iops-mlir bug; please report "
          "it with the command you ran (IOPS_MLIR_DEBUG=1 shows the traceback).", file=sys.stderr)
    return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
