"""The CLI's argument groups, shared by the subcommands, with choices and help from `choices`.

Nothing here imports torch or IREE, so `iops-mlir --help` answers at once.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .choices import TARGETS, CostSpec, Phase, ReplaceMode, Scheduler, VerifyMode, analytic_devices
from .options import (DEFAULT_EXPANSIONS, DEFAULT_MAX_BLOCK, DEFAULT_SAFETY_TIMEOUT_S, DEFAULT_SEARCH_TOLERANCE,
                      DEFAULT_SOLVER_WORK_S, DEFAULT_VERIFY_ROUNDS, DEFAULT_WHOLE_BLOCK, CompileOptions)



def positive_int(text: str) -> int:
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


def _non_negative_float(text: str) -> float:
    value = _number(text)
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"{text} must be at least 0")
    return value


def _positive_float(text: str) -> float:
    value = _number(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text} must be more than 0")
    return value


def add_model_args(p: argparse.ArgumentParser, *, several: bool = False) -> None:
    """Which model: from the zoo or the user's own file."""
    if several:
        p.add_argument("--model", help="a zoo model or hf:NAME, a comma-separated list, all (the zoo) or hf:all")
        p.add_argument("--module", metavar="FILE.py:NAME", action="append",
                       help="your own model (as compile's --module); give it again for several")
    else:
        p.add_argument("--model", help="a zoo model or hf:NAME, a transformers model (see `iops-mlir models`)")
        p.add_argument("--module", metavar="FILE.py:NAME",
                       help="your own model: NAME() returns (torch.nn.Module, example inputs); the inputs are "
                            "a tensor, a tuple of tensors, a dict of keyword tensors or (args, kwargs)")
    p.add_argument("--small", action="store_true", help="the zoo model's scaled-down variant")
    p.add_argument("--batch", type=positive_int, default=1, help="batch size of the zoo model's input")
    p.add_argument("--seq-len", type=positive_int, default=None,
                   help="tokens per input of a text model (hf:bert, hf:distilbert, hf:gpt2); default 128")


def add_target_args(p: argparse.ArgumentParser) -> None:
    """Target and cost model: shared by compile, check, explain and bench."""
    p.add_argument("--target", choices=TARGETS, default="llvm-cpu", help="llvm-cpu (default) or cuda")
    p.add_argument("--cuda-arch", help="CUDA architecture for --target cuda (default sm_80)")
    p.add_argument("--cuda-graphs", action="store_true",
                   help="--target cuda: record a CUDA graph at every call, each wave's dispatches concurrent nodes, "
                        "instead of replaying one recorded graph in which they run one after another (IREE's default; "
                        "faster on an H200 except where kernels are long: see the README)")
    p.add_argument("--cost-model", metavar="MODEL",
                   help="profiled (default on llvm-cpu: IREE's three orders, the flat program among them, profiled "
                        "whole with IREE's HAL profiler, a wave model fitted on their stages, cached), measured "
                        "(older: each executable timed alone in a benchmark module; measured:FILE reads the times "
                        "from a dispatch profile gpu-report wrote), analytic[:DEVICE] "
                        f"(devices: {', '.join(analytic_devices())}, or a device file NAME.json such as "
                        "gpu-report's calibrated one; default for cuda: analytic:h100), "
                        "or overlap")


def add_compile_args(p: argparse.ArgumentParser) -> None:
    """Every option of a compile (CompileOptions), for compile, check and explain."""
    add_target_args(p)
    p.add_argument("--scheduler", choices=Scheduler.names(), default="iops",
                   help="iops (default: exact search under the cost model), ios, iree (IREE's own "
                        "waves), asap, or sequential")
    p.add_argument("--schedule-file", type=Path, help="apply this schedule.json instead of a scheduler")
    p.add_argument("--search-expansions", type=positive_int, default=DEFAULT_EXPANSIONS, metavar="N",
                   help="search budget per compile, in expanded states (one more per 16 candidate stages "
                        "a state has); past it the best schedule found is used and schedule.json gives its "
                        f"gap to the proven lower bound (default {DEFAULT_EXPANSIONS:,}; the same on any machine)")
    p.add_argument("--solver-work", type=_non_negative_float, default=DEFAULT_SOLVER_WORK_S, metavar="SECONDS",
                   help="work of the constraint solver (OR-Tools CP-SAT) on blocks the search leaves unproven, "
                        "in its deterministic seconds per compile (default "
                        f"{DEFAULT_SOLVER_WORK_S:g}; 0: off; the same result on any machine)")
    p.add_argument("--search-tolerance", type=_fraction, default=DEFAULT_SEARCH_TOLERANCE, metavar="FRACTION",
                   help="the search's improving passes, from the windows on, leave a block once its schedule "
                        "is within this fraction of its proven lower bound (default "
                        f"{DEFAULT_SEARCH_TOLERANCE:g}: 0.1%%; 0 searches every block to its proof or the budget)")
    p.add_argument("--search-workers", type=positive_int, default=None, metavar="N",
                   help="processes the search may run side by side: the splits of several blocks on IREE's "
                        "waves (default: one per CPU this process may use; the result is the same for any N)")
    p.add_argument("--search-timeout", type=_positive_float, default=DEFAULT_SAFETY_TIMEOUT_S,
                   metavar="SECONDS", help="wall-clock safety net of the search (default "
                                           f"{DEFAULT_SAFETY_TIMEOUT_S:.0f}); the result then depends on "
                                           "the machine's speed")
    p.add_argument("--margin", type=_fraction, metavar="FRACTION",
                   help="charge every stage that IREE's own order does not have this fraction of its "
                        "predicted time, and keep a rewrite only if it is predicted faster by more (default: "
                        "the model's own error; profiled: its held-out wave error, at least 0.02; analytic: 0)")
    p.add_argument("--whole-block", type=positive_int, default=DEFAULT_WHOLE_BLOCK, metavar="N",
                   help=f"search blocks of up to N dispatches whole, exactly (default {DEFAULT_WHOLE_BLOCK})")
    p.add_argument("--max-block", type=positive_int, default=DEFAULT_MAX_BLOCK, metavar="N",
                   help="where a block is larger than --whole-block or not proven within the budget, search "
                        f"it in parts of N dispatches and then window by window (default {DEFAULT_MAX_BLOCK})")
    p.add_argument("--memory-budget", type=positive_int, metavar="BYTES",
                   help="most transient memory the output may allocate: the search holds its schedules to it "
                        "by an estimate, and of the programs measured only those for which IREE allocates no more ship "
                        "(default: what IREE's own order needs, for the search only)")
    p.add_argument("--replace", choices=ReplaceMode.names(),
                   help="operator replacement: keep rewrites where the cost model predicts a win (auto), "
                        "always (all), or never (none, the default: on llvm-cpu a rewrite never measured "
                        "faster, on an H200 the analytic model's one pick lost at full size)")
    p.add_argument("--rules", metavar="A,B",
                   help="replacement rules to try with --replace auto or all (default all: "
                        "merge-sibling-convs,merge-sibling-matmuls)")
    p.add_argument("--verify", choices=VerifyMode.names(), default="auto",
                   help="the closed loop: compile the search's pick and IREE's min-peak-memory and "
                        "max-concurrency orders, time them on this machine, refine the model and search again "
                        "while prediction and measurement disagree (at most 3 picks), and output the fastest; "
                        "a pick must beat IREE's best order by 1%% at 95%% confidence (auto, default: with a "
                        "cost model fitted on this device, profiled or measured, and under any other model "
                        "IREE's max-concurrency order ships where predicted 1%% faster than the search's pick; "
                        "on: with any model; off: output the search's pick unmeasured). Cached")
    p.add_argument("--verify-rounds", type=positive_int, default=DEFAULT_VERIFY_ROUNDS, metavar="N",
                   help=f"interleaved timing rounds of IREE's orders, and the most paired rounds of a pick "
                        f"against the best of them, in --verify (default {DEFAULT_VERIFY_ROUNDS}); fast programs "
                        f"get more rounds, until N / 4 seconds have passed")
    p.add_argument("--distribution", choices=("auto", "keep"), default="auto",
                   help="how a dispatch's work is split over the CPU workers: auto (default): where the output "
                        "ran surely faster on fewer workers, the closed loop also times its waves compiled with "
                        "each dispatch split for the device's workers and with each run by one worker, and "
                        "keeps them where surely faster; keep: IREE's split of every dispatch for 8 threads")
    p.add_argument("--dump-dir", type=Path, help="write every intermediate and commands.sh here")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress messages")


def add_output_args(p: argparse.ArgumentParser) -> None:
    """Where `compile` writes, and where it stops."""
    p.add_argument("-o", "--output", type=Path, help="the .vmfb to write")
    p.add_argument("--parameters-file", type=Path, metavar="FILE.irpa",
                   help="write the weights to this archive instead of into the .vmfb; run the output "
                        "with --parameters=model=FILE.irpa")
    p.add_argument("--compile-to", choices=Phase.names(), default="vmfb",
                   help="stop after this phase (with --dump-dir to see its output)")


def options_from(args: argparse.Namespace, **overrides) -> CompileOptions:
    """CompileOptions from parsed arguments: each flag is one field."""
    fields = dict(target=args.target, cuda_arch=args.cuda_arch, cuda_graphs=args.cuda_graphs, scheduler=args.scheduler,
                  schedule_file=args.schedule_file, dump_dir=args.dump_dir, quiet=args.quiet,
                  cost_model=CostSpec.parse(args.cost_model, args.target) if args.cost_model else None,
                  search_expansions=args.search_expansions, search_timeout=args.search_timeout,
                  search_workers=args.search_workers,
                  solver_work=args.solver_work, search_tolerance=args.search_tolerance,
                  margin=args.margin, max_block=args.max_block, whole_block=args.whole_block,
                  memory_budget=args.memory_budget,
                  replace=args.replace, rules=args.rules, verify=args.verify, verify_rounds=args.verify_rounds,
                  try_code_variants=args.distribution == "auto")
    fields.update(overrides)
    return CompileOptions(**fields)
