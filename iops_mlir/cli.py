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
from .driver import SCHEDULERS, CompileOptions, Phase
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


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
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
    p.add_argument("--search-timeout", type=_positive_float, default=60.0, metavar="SECONDS",
                   help="wall-clock limit of the search; past it the best schedule found is used "
                        "and schedule.json says it is not proven optimal (default 60)")
    p.add_argument("--max-block", type=_positive_int, default=DEFAULT_MAX_BLOCK, metavar="N",
                   help=f"split blocks of more than N dispatches into parts (default {DEFAULT_MAX_BLOCK})")
    p.add_argument("--memory-budget", type=_positive_int, metavar="BYTES",
                   help="most transient memory a schedule may need (default: what IREE's own order needs)")
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

    a = sub.add_parser("apply", help="apply a schedule.json to a flat async.mlir")
    a.add_argument("async_mlir", type=Path)
    a.add_argument("schedule", type=Path)
    a.add_argument("-o", "--output", type=Path, required=True)

    sub.add_parser("models", help="list the zoo's models")
    return parser


def _options(args: argparse.Namespace, **overrides) -> CompileOptions:
    fields = dict(target=args.target, cuda_arch=args.cuda_arch, scheduler=args.scheduler,
                  schedule_file=args.schedule_file, dump_dir=args.dump_dir, quiet=args.quiet,
                  cost_model=args.cost_model, search_timeout=args.search_timeout,
                  max_block=args.max_block, memory_budget=args.memory_budget)
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
    import torch

    from . import driver, frontend, runner

    name, module, inputs = frontend.load(model=args.model, module_spec=args.module,
                                         batch=args.batch, small=args.small)
    with tempfile.TemporaryDirectory(prefix="iops-check-") as tmp:
        output = Path(tmp) / f"{name}.vmfb"
        result = driver.compile_module(module, inputs, model=name, options=_options(args, output=output))
        function = runner.load_function(output, result.target.runtime_device)
        actual = runner.run(function, [t.numpy() for t in inputs])
    with torch.no_grad():
        ref = module(*inputs)
    expected = [t.numpy() for t in (ref if isinstance(ref, (tuple, list)) else [ref])]
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
    handlers = {"compile": _cmd_compile, "check": _cmd_check, "apply": _cmd_apply, "models": _cmd_models}
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
