"""Time compiled modules against each other, interleaved, with nothing else in the rotation.

    python tools/compare_vmfb.py --input 1x3x224x224 --repetitions 200 \
        default=build/bench_all4/squeezenet/iree-min-peak-memory/model.vmfb \
        iops=build/bench_all4/squeezenet/iops.vmfb

The first module is the reference of the ratios. Input is one random f32 tensor (seed 0).
`--calls N` times N back-to-back calls as one sample (their mean).
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

from iops_mlir import runner, timing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, help="shape of the one f32 input, e.g. 1x3x224x224")
    parser.add_argument("--repetitions", type=int, default=100)
    parser.add_argument("--device", default="local-task")
    parser.add_argument("--calls", type=int, default=1, help="back-to-back calls per timed sample (default 1)")
    parser.add_argument("modules", nargs="+", metavar="NAME=PATH")
    args = parser.parse_args()
    paths = dict(m.split("=", 1) for m in args.modules)
    print(compare(paths, args.input, repetitions=args.repetitions, device=args.device, calls=args.calls))
    return 0


def compare(paths: dict[str, str], shape: str, *, repetitions: int, device: str = "local-task",
            calls: int = 1) -> str:
    """Time the modules interleaved in one process; a line per module: median, IQR and the ratio
    of its median to the first module's."""
    x = [np.random.default_rng(0).standard_normal([int(d) for d in shape.split("x")]).astype(np.float32)]
    functions = {name: runner.load_function(path, device) for name, path in paths.items()}
    callables = {name: (lambda f=f: runner.run(f, x)) for name, f in functions.items()}
    timings = timing.interleaved(callables, repetitions=repetitions, warmup=5, calls=calls)
    base = timings[next(iter(paths))].median
    lines = []
    for name, t in timings.items():
        low, high = t.spread
        lines.append(f"{name:16s} median {t.median * 1e3:8.3f} ms  IQR {low * 1e3:.3f}-{high * 1e3:.3f} "
                     f"({(high - low) / t.median:.1%})  ratio {t.median / base:.3f}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
