"""The `iops-mlir` command.

Every failure a user can cause prints one paragraph and exits non-zero; a
traceback would mean an iops-mlir bug, and even then the user gets a paragraph
saying so.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from . import __version__
from .bench import VARIANTS
from .driver import SCHEDULERS, CompileOptions, Phase, check_output_path
from .errors import IopsError
from .partition import DEFAULT_MAX_BLOCK

EXIT_USAGE = 2
EXIT_MISMATCH = 3
EXIT_INTERRUPTED = 130


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None


def _fraction(text: str) -> float:
    value = _number(text)
    if not 0.0 <= value < 1.0:
        raise argparse.ArgumentTypeError(f"{text} must be at least 0 and less than 1")
    return value


def _positive_float(text: str) -> float:
    value = _number(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text} must be more than 0")
    return value


def _add_model_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", help="a zoo model (see `iops-mlir models`)")
    p.add_argument("--module", metavar="FILE.py:NAME",
                   help="your own model: NAME() returns (torch.nn.Module, example_inputs)")
    p.add_argument("--small", action="store_true", help="the zoo model's scaled-down variant")
    p.add_argument("--batch", type=int, default=1, help="batch size of the zoo model's input")


def _add_compile_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--target", default="llvm-cpu", help="llvm-cpu (default) or cuda")
    p.add_argument("--cuda-arch", help="CUDA architecture for --target cuda (default sm_80)")
    p.add_argument("--scheduler", default="iops", help=f"one of {', '.join(SCHEDULERS)} (default iops)")
    p.add_argument("--schedule-file", type=Path, help="apply this schedule.json instead of a scheduler")
    p.add_argument("--cost-model", metavar="MODEL",
                   help="measured (default on llvm-cpu: times dispatches here, cached), "
                        "analytic[:local-cpu|a100|h100] (default for cuda: analytic:h100), or overlap")
    p.add_argument("--search-timeout", type=_positive_float, default=30.0, metavar="SECONDS",
                   help="wall-clock limit of the search; past it the best schedule found is used "
                        "and schedule.json says it is not proven optimal (default 30)")
    p.add_argument("--margin", type=_fraction, metavar="FRACTION",
                   help="charge every stage that IREE's own order does not have this fraction of its "
                        "predicted time, and keep a rewrite only if it is predicted faster by more, so "
                        "that predicted gains smaller than the cost model's error are not taken (default: "
                        "the model's own error; measured: its stage-fit error, at least 0.03; analytic: 0)")
    p.add_argument("--max-block", type=_positive_int, default=DEFAULT_MAX_BLOCK, metavar="N",
                   help=f"split blocks of more than N dispatches into parts (default {DEFAULT_MAX_BLOCK})")
    p.add_argument("--memory-budget", type=_positive_int, metavar="BYTES",
                   help="most transient memory a schedule may need (default: what IREE's own order needs)")
    p.add_argument("--replace", choices=["auto", "all", "none"], default="auto",
                   help="operator replacement: keep rewrites where the cost model predicts a win "
                        "(auto, default), always (all), or never (none)")
    p.add_argument("--rules", metavar="A,B",
                   help="replacement rules to try (default all: merge-sibling-convs,merge-sibling-matmuls)")
    p.add_argument("--verify", choices=["auto", "on", "off"], default="auto",
                   help="time the compiled program against IREE's own order on this machine and keep it "
                        "only if it is at least 1%% faster, else output IREE's order (auto, default: when "
                        "the cost model is measured and the program leaves IREE's order; the timings are "
                        "cached)")
    p.add_argument("--verify-rounds", type=_positive_int, default=20, metavar="N",
                   help="interleaved timing rounds of --verify (default 20)")
    p.add_argument("--dump-dir", type=Path, help="write every intermediate and commands.sh here")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress messages")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iops-mlir",
        description="Inter-operator parallelism scheduling for IREE: compile PyTorch models to a "
                    ".vmfb whose concurrent waves come from a searched schedule.",
    )
    parser.add_argument("--version", action="version", version=f"iops-mlir {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    c = sub.add_parser("compile", help="compile a model to a .vmfb")
    _add_model_args(c)
    _add_compile_args(c)
    c.add_argument("-o", "--output", type=Path, help="the .vmfb to write")
    c.add_argument("--compile-to", choices=[p.name.lower() for p in Phase], default="vmfb",
                   help="stop after this phase (with --dump-dir to see its output)")

    k = sub.add_parser("check", help="compile, run, and compare with the torch reference")
    _add_model_args(k)
    _add_compile_args(k)
    k.add_argument("--atol", type=float, default=1e-4, help="absolute tolerance (default 1e-4)")
    k.add_argument("--rtol", type=float, default=1e-3,
                   help="tolerance relative to the largest reference magnitude (default 1e-3)")

    b = sub.add_parser("bench", help="time iops against IREE's orderings and torch eager, interleaved")
    b.add_argument("--model", required=True, help="a zoo model, a comma-separated list, or all")
    b.add_argument("--small", action="store_true", help="the zoo models' scaled-down variants")
    b.add_argument("--batch", type=_positive_int, default=1, help="batch size (default 1)")
    b.add_argument("--target", default="llvm-cpu", help="llvm-cpu (default) or cuda")
    b.add_argument("--cuda-arch", help="CUDA architecture for --target cuda (default sm_80)")
    b.add_argument("--cost-model", metavar="MODEL", help="the iops variant's cost model (default per target)")
    b.add_argument("--repetitions", type=_positive_int, default=20,
                   help="timed rounds (default 20); the order is balanced over every 10 rounds for 5 variants")
    b.add_argument("--warmup", type=_positive_int, default=3, help="untimed rounds first (default 3)")
    b.add_argument("--rewarm", type=int, default=1,
                   help="untimed calls of a variant right before each of its timed calls (default 1)")
    b.add_argument("--variants", default=",".join(VARIANTS),
                   help=f"comma-separated subset of {','.join(VARIANTS)}")
    b.add_argument("--json", type=Path, help="write every sample, the device, versions and flags here")
    b.add_argument("--plot", type=Path, help="write a PNG bar chart here")
    b.add_argument("--work-dir", type=Path, default=Path("build/bench"),
                   help="where the compiled variants go (default build/bench)")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bars")

    e = sub.add_parser("explain", help="summarise a schedule; draw it as a Gantt PNG and a DOT graph")
    _add_model_args(e)
    _add_compile_args(e)
    e.add_argument("--gantt", type=Path, metavar="OUT.png", help="write the Gantt-style chart here")
    e.add_argument("--dot", type=Path, metavar="OUT.dot", help="write the dispatch graph (Graphviz) here")
    e.add_argument("--svg", type=Path, metavar="OUT.svg", help="render the DOT graph to SVG (needs `dot`)")

    a = sub.add_parser("apply", help="apply a schedule.json to a flat async.mlir")
    a.add_argument("async_mlir", type=Path)
    a.add_argument("schedule", type=Path)
    a.add_argument("-o", "--output", type=Path, required=True)

    sub.add_parser("models", help="list the zoo's models")
    return parser


def _options(args: argparse.Namespace, **overrides) -> CompileOptions:
    fields = dict(target=args.target, cuda_arch=args.cuda_arch, scheduler=args.scheduler,
                  schedule_file=args.schedule_file, dump_dir=args.dump_dir, quiet=args.quiet,
                  cost_model=args.cost_model, search_timeout=args.search_timeout, margin=args.margin,
                  max_block=args.max_block, memory_budget=args.memory_budget,
                  replace=args.replace, rules=args.rules, verify=args.verify, verify_rounds=args.verify_rounds)
    fields.update(overrides)
    return CompileOptions(**fields)


def _cmd_compile(args: argparse.Namespace) -> int:
    from . import driver, frontend

    stop = Phase[args.compile_to.upper()]
    if stop == Phase.VMFB and args.output is None:
        raise IopsError("compile needs -o/--output FILE.vmfb (or --compile-to PHASE with --dump-dir).")
    if stop < Phase.VMFB and args.dump_dir is None:
        raise IopsError(f"--compile-to {args.compile_to} needs --dump-dir to keep what it produces.")
    name, module, inputs = frontend.load(model=args.model, module_spec=args.module,
                                         batch=args.batch, small=args.small)
    result = driver.compile_module(module, inputs, model=name,
                                   options=_options(args, output=args.output, stop_after=stop))
    if result.schedule is not None and not args.quiet:
        s = result.schedule
        print(f"{name}: {s['num_dispatches']} dispatches, {s['num_stages']} stages, "
              f"{s['num_waves']} concurrent waves ({s['scheduler']})")
        if "predicted_us" in s:
            print("predicted latency (" + s["cost_model"]["name"] + "): "
                  + ", ".join(f"{k} {v:.0f} us" for k, v in s["predicted_us"].items()))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from . import driver, frontend, runner

    name, module, inputs = frontend.load(model=args.model, module_spec=args.module,
                                         batch=args.batch, small=args.small)
    with tempfile.TemporaryDirectory(prefix="iops-check-") as tmp:
        output = Path(tmp) / f"{name}.vmfb"
        result = driver.compile_module(module, inputs, model=name, options=_options(args, output=output))
        function = runner.load_function(output, result.target.runtime_device)
        actual = runner.run(function, [t.numpy() for t in inputs])
    expected = runner.torch_outputs(module, inputs)
    cmp = runner.compare(actual, expected)
    ok = cmp.within(args.atol, args.rtol)
    print(json.dumps({"model": name, "target": args.target, "scheduler": result.schedule["scheduler"],
                      "max_abs_error": cmp.max_abs, "max_rel_error": cmp.max_rel,
                      "atol": args.atol, "rtol": args.rtol, "ok": ok}))
    if not ok:
        print(f"iops-mlir: {name} differs from torch: max abs error {cmp.max_abs:.3g} > {args.atol}, "
              f"max relative error {cmp.max_rel:.3g} > {args.rtol}.", file=sys.stderr)
        return EXIT_MISMATCH
    return 0


def _check_report_paths(*paths: Path | None) -> None:
    """Reports (JSON, PNG, DOT) may go to a new folder; create it, then check as for any output."""
    for path in paths:
        if path is not None:
            if not path.is_dir():
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as e:
                    raise IopsError(f"Cannot create the folder for '{path}': {e.strerror}.") from None
            check_output_path(path)


def _cmd_bench(args: argparse.Namespace) -> int:
    from . import bench

    _check_report_paths(args.json, args.plot)
    options = bench.BenchOptions(
        models=bench.model_list(args.model), target=args.target, cuda_arch=args.cuda_arch, small=args.small,
        batch=args.batch, repetitions=args.repetitions, warmup=args.warmup, rewarm=args.rewarm,
        variants=tuple(v.strip() for v in args.variants.split(",") if v.strip()),
        cost_model=args.cost_model, work=args.work_dir, quiet=args.quiet)
    # The JSON is rewritten after every model, so a late failure keeps what was measured.
    doc = bench.run(options, checkpoint=lambda partial: bench.write_outputs(partial, args.json, None))
    bench.write_outputs(doc, None, args.plot)
    print(bench.markdown(doc), end="")
    return 0


def _cmd_explain(args: argparse.Namespace) -> int:
    """Explain an existing dump (--dump-dir alone) or compile to the schedule phase first."""
    from . import driver, explain, frontend

    _check_report_paths(args.gantt, args.dot, args.svg)
    if args.model is not None or args.module is not None:
        name, module, inputs = frontend.load(model=args.model, module_spec=args.module,
                                             batch=args.batch, small=args.small)
        with tempfile.TemporaryDirectory(prefix="iops-explain-") as tmp:
            dump = args.dump_dir if args.dump_dir is not None else Path(tmp)
            driver.compile_module(module, inputs, model=name,
                                  options=_options(args, dump_dir=dump, stop_after=Phase.SCHEDULE))
            explained = explain.load(dump)
    elif args.dump_dir is not None:
        explained = explain.load(args.dump_dir)
    else:
        raise IopsError("explain needs --dump-dir DIR (of an earlier compile) or a model (--model / --module).")
    print(explain.summary(explained), end="")
    if args.gantt is not None:
        driver.write_atomic(args.gantt, lambda tmp: explain.gantt(explained, tmp))
    dot_path = args.dot
    if args.svg is not None and dot_path is None:
        dot_path = args.svg.with_suffix(".dot")
    if dot_path is not None:
        driver.write_atomic(dot_path, lambda tmp: tmp.write_text(explain.dot(explained)))
    if args.svg is not None:
        driver.write_atomic(args.svg, lambda tmp: explain.svg_from_dot(dot_path, tmp))
    return 0


def _cmd_apply(args: argparse.Namespace) -> int:
    from . import driver

    driver.apply_schedule_file(args.async_mlir, args.schedule, args.output)
    return 0


def _cmd_models(args: argparse.Namespace) -> int:
    from . import models

    for name in models.names():
        print(name)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `iops-mlir` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handlers = {"compile": _cmd_compile, "check": _cmd_check, "bench": _cmd_bench, "explain": _cmd_explain,
                "apply": _cmd_apply, "models": _cmd_models}
    try:
        return handlers[args.command](args)
    except IopsError as e:
        print(f"iops-mlir: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("iops-mlir: interrupted; no output was written.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as e:  # a bug of ours: still one paragraph, with what to report
        print(f"iops-mlir: internal error ({type(e).__name__}: {e}). This is an iops-mlir bug; "
              "please report it with the command you ran.", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
