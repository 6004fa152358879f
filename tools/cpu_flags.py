"""Which llvm-cpu compile flags make IREE fastest on the zoo, against torch eager.

Each flag set compiles the model with one stock `iree-compile` (IREE's own ordering,
no iops pass: this is about code generation, not scheduling), checks the output
against torch, and all sets plus torch eager are timed interleaved in one process.
The JSON keeps every sample; the markdown table is what benchmarks/results shows.

    python tools/cpu_flags.py --model inception_v3,resnet50 --sets 3,12,14 --repetitions 15 \
        --json benchmarks/results/cpu-flags-round3.json --markdown benchmarks/results/cpu-flags-round3.md
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from tqdm import tqdm

from iops_mlir import frontend, models, runner, timing
from iops_mlir.bench import environment
from iops_mlir.errors import ToolError
from iops_mlir.targets import load_target
from iops_mlir import iree_tools
from iops_mlir.iree_tools import run_tool

BASE = ["--iree-hal-target-device=local", "--iree-hal-local-target-device-backends=llvm-cpu",
        "--iree-llvmcpu-target-cpu=host"]
CHANNELS_LAST = ["--iree-preprocessing-pass-pipeline=builtin.module(util.func("
                 "iree-preprocessing-convert-conv-to-channels-last))", "--iree-global-opt-propagate-transposes"]
DATA_TILING = ["--iree-opt-data-tiling"]
UKERNELS = ["--iree-llvmcpu-enable-ukernels=all"]
IM2COL = ["--iree-global-opt-use-im2col-for-convs"]
CONV_TILING = ["--iree-dispatch-creation-experimental-set-data-tiling-ops=matmul,convolution"]
PAD_FUSION = ["--iree-dispatch-creation-enable-fuse-padding-into-linalg-consumer-ops"]
AGGRESSIVE_FUSION = ["--iree-dispatch-creation-enable-aggressive-fusion"]
AGGRESSIVE_TRANSPOSES = ["--iree-opt-aggressively-propagate-transposes"]

FLAG_SETS: dict[str, list[str]] = {
    "plain": BASE,
    "channels-last + data tiling (the old pipelines)": BASE + CHANNELS_LAST + DATA_TILING,
    "+ ukernels": BASE + CHANNELS_LAST + DATA_TILING + UKERNELS,
    "+ im2col": BASE + CHANNELS_LAST + DATA_TILING + IM2COL,
    "+ im2col + ukernels": BASE + CHANNELS_LAST + DATA_TILING + IM2COL + UKERNELS,
    "+ conv data tiling": BASE + CHANNELS_LAST + DATA_TILING + CONV_TILING,
    "+ conv data tiling + ukernels": BASE + CHANNELS_LAST + DATA_TILING + CONV_TILING + UKERNELS,
    "im2col + data tiling, NCHW": BASE + DATA_TILING + IM2COL,
    "+ im2col + pad fusion": BASE + CHANNELS_LAST + DATA_TILING + IM2COL + PAD_FUSION,
    "+ im2col + aggressive fusion": BASE + CHANNELS_LAST + DATA_TILING + IM2COL + AGGRESSIVE_FUSION,
    "+ im2col + aggressive transposes": BASE + CHANNELS_LAST + DATA_TILING + IM2COL + AGGRESSIVE_TRANSPOSES,
    "channels-last + im2col, no data tiling": BASE + CHANNELS_LAST + IM2COL,
    "channels-last + im2col + global-opt data tiling": BASE + CHANNELS_LAST + IM2COL + ["--iree-global-opt-data-tiling"],
    "channels-last + im2col + dispatch-creation data tiling":
        BASE + CHANNELS_LAST + IM2COL + ["--iree-dispatch-creation-data-tiling"],
    "channels-last + im2col + global-opt data tiling + ukernels":
        BASE + CHANNELS_LAST + IM2COL + ["--iree-global-opt-data-tiling"] + UKERNELS,
}
EAGER = "torch-eager"


def measure_model(name: str, small: bool, sets: list[str], repetitions: int, work: Path,
                  compile_only: bool = False) -> dict | None:
    """Compile `name` with each flag set, check it, time all sets and torch eager interleaved."""
    if ":" in name:  # FILE.py:NAME, as `iops-mlir compile --module`
        module, inputs = frontend.load_user_module(name)
        name = Path(name.partition(":")[0]).stem
    else:
        module, inputs = models.build(name, small=small)
    work.mkdir(parents=True, exist_ok=True)
    (work / "input.mlir").write_text(frontend.import_to_linalg(module, inputs))
    reference = runner.torch_outputs(module, inputs)
    np_inputs = [t.numpy() for t in inputs]
    calls, errors, failed = {}, {}, {}
    for label in tqdm(sets, desc=f"{name}: compiling", file=sys.stderr, leave=False):
        index = list(FLAG_SETS).index(label)  # the --sets number, so files survive other selections
        vmfb, stamp = work / f"set{index}.vmfb", work / f"set{index}.flags"
        flags = "\n".join(FLAG_SETS[label])
        if not (vmfb.exists() and stamp.exists() and stamp.read_text() == flags):  # else reuse
            try:
                target = dataclasses.replace(load_target("llvm-cpu"), compile_flags=tuple(FLAG_SETS[label]))
                run_tool(iree_tools.stock("input.mlir", target, vmfb.name), what=f"iree-compile ({label})", cwd=work)
            except ToolError as e:
                said = [ln for ln in e.stderr.splitlines() if "error" in ln.lower()]
                failed[label] = (said[0] if said else e.message)[:300]
                continue
            stamp.write_text(flags)
        if compile_only:
            continue
        function = runner.load_function(vmfb, "local-task")
        errors[label] = runner.compare(runner.run(function, np_inputs), reference).max_abs
        calls[label] = lambda f=function: runner.run(f, np_inputs)

    if compile_only:
        return None
    calls[EAGER] = runner.torch_eager(module, inputs)
    bar = tqdm(total=repetitions, desc=f"{name}: timing", file=sys.stderr, leave=False)
    timings = timing.interleaved(calls, repetitions=repetitions, warmup=2, on_round=lambda r: bar.update())
    bar.close()
    eager_median = timings[EAGER].median
    return {"model": name + ("_small" if small else ""), "failed": failed, "sets": {
        label: {"flags": FLAG_SETS.get(label, []), "median_ms": round(t.median * 1e3, 3),
                "iqr_ms": [round(x * 1e3, 3) for x in t.spread],
                "ratio_vs_torch_eager": round(t.median / eager_median, 3),
                "max_abs_error_vs_torch": errors.get(label, 0.0),
                "samples_ms": [round(s * 1e3, 3) for s in t.samples]}
        for label, t in timings.items()}}


def markdown(results: list[dict], repetitions: int) -> str:
    """One table per model: flag set, median, IQR, ratio to torch eager."""
    lines = [f"Stock iree-compile (IREE's own ordering) per flag set, {repetitions} interleaved rounds, "
             "local-task; ratio = median / torch eager's median (below 1: IREE is faster).", ""]
    for r in results:
        lines += [f"### {r['model']}", "", "| flags | median ms | IQR ms | / torch eager | max abs err |",
                  "|---|---|---|---|---|"]
        for label, s in sorted(r["sets"].items(), key=lambda kv: kv[1]["median_ms"]):
            lines.append(f"| {label} | {s['median_ms']:.1f} | {s['iqr_ms'][0]:.1f}-{s['iqr_ms'][1]:.1f} | "
                         f"{s['ratio_vs_torch_eager']:.3f} | {s['max_abs_error_vs_torch']:.1e} |")
        for label, why in r["failed"].items():
            lines.append(f"| {label} | failed: `{why.splitlines()[0][:160]}` | | | |")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="inception_v3,resnet50",
                        help="comma-separated zoo models or FILE.py:NAME factories")
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--sets", help="comma-separated flag-set indices (default all): " +
                        "; ".join(f"{i}={k}" for i, k in enumerate(FLAG_SETS)))
    parser.add_argument("--repetitions", type=int, default=15)
    parser.add_argument("--work", type=Path, default=Path("build/cpu_flags"))
    parser.add_argument("--compile-only", action="store_true", help="compile (and cache) every set, time nothing")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--markdown", type=Path)
    args = parser.parse_args()
    names = list(FLAG_SETS)
    sets = [names[int(i)] for i in args.sets.split(",")] if args.sets else names
    results = []
    for name in args.model.split(","):
        measured = measure_model(name, args.small, sets, args.repetitions,
                                 args.work / Path(name.partition(":")[0]).stem, args.compile_only)
        if measured is None:
            continue
        results.append(measured)
        doc = {"environment": environment(load_target("llvm-cpu")), "repetitions": args.repetitions,
               "results": results}
        if args.json:
            args.json.write_text(json.dumps(doc, indent=1) + "\n")
        print(markdown(results[-1:], args.repetitions))
    if args.markdown:
        args.markdown.write_text(markdown(results, args.repetitions))
    return 0


if __name__ == "__main__":
    sys.exit(main())
