#!/usr/bin/env python3
"""Run a GPU kit: check every program against torch's outputs, time the variants interleaved,
profile each with IREE's HAL profiler, and write RESULTS_DIR/results.json.

Needs only Python 3 and numpy: the IREE runtime comes from the kit's wheel, unpacked into a
temporary folder (no network, no root). `run.sh RESULTS_DIR [options]` calls this file.
Each runtime setting (for CUDA: graph command buffers with indirect command buffers off and
on, and stream mode) runs in a process of its own, because the IREE runtime reads its
device flags once per process.
"""

from __future__ import annotations

import argparse
import gzip
import json
import lzma
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np

# What results.json keeps of each group's manifest entry, for the report.
GROUP_FIELDS = ("model", "batch", "small", "scheduler", "iops_ships", "cost_model", "predicted_us", "plans",
                "kept_program")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="run.sh", description=__doc__.split("\n\n")[0])
    p.add_argument("results", type=Path, help="folder for results.json and the profiles (created)")
    p.add_argument("--device", help="the IREE runtime device; must be the kit's (default: the kit's)")
    p.add_argument("--repetitions", type=int, default=20, help="timed calls per variant and setting")
    p.add_argument("--warmup", type=int, default=3, help="untimed calls of each variant first")
    p.add_argument("--profile-calls", type=int, default=5, help="profiled calls per program (one more is dropped)")
    p.add_argument("--settings", help="comma-separated runtime settings to run (default: all of the kit's)")
    p.add_argument("--groups", help="comma-separated group labels to run (default: all)")
    p.add_argument("--budget-s", type=float, default=450.0,
                   help="stop starting new work after this many seconds (default 450)")
    p.add_argument("--kit", type=Path, default=Path(__file__).resolve().parent, help=argparse.SUPPRESS)
    p.add_argument("--child", help=argparse.SUPPRESS)  # one setting, in a process of its own
    p.add_argument("--site", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--unpacked", type=Path, help=argparse.SUPPRESS)
    return p.parse_args(argv)


def fail(message: str) -> int:
    print(f"run.sh: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not (args.kit / "manifest.json").is_file():
        return fail(f"{args.kit} is not a kit (no manifest.json); build one with iops-mlir gpu-kit.")
    manifest = json.loads((args.kit / "manifest.json").read_text())
    device = manifest["runtime_device"]
    if args.device and args.device != device:
        return fail(f"this kit holds programs for the IREE device '{device}' ({manifest['target']}), "
                    f"not '{args.device}'; build a kit for that target with iops-mlir gpu-kit --target.")
    settings = list(manifest["settings"])
    if args.settings:
        unknown = sorted(set(args.settings.split(",")) - set(settings))
        if unknown:
            return fail(f"unknown setting(s) {', '.join(unknown)}; this kit has {', '.join(settings)}.")
        settings = [s for s in settings if s in args.settings.split(",")]
    groups = manifest["groups"]
    if args.groups:
        labels = args.groups.split(",")
        unknown = sorted(set(labels) - {g["label"] for g in groups})
        if unknown:
            return fail(f"unknown group(s) {', '.join(unknown)}; see manifest.json.")
        groups = [g for g in groups if g["label"] in labels]
    if args.repetitions < 3:
        return fail("--repetitions must be at least 3 to give a median and a spread.")
    if args.child:
        return run_setting(args, manifest, groups)
    return run_all(args, manifest, groups, settings)


# -- the parent: unpack, one child per setting, profiles, results.json ----------------------------
def run_all(args: argparse.Namespace, manifest: dict, groups: list[dict], settings: list[str]) -> int:
    clock = time.monotonic()
    args.results.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="iops-kit-") as tmp:
        site = unpack_runtime([args.kit / w for w in manifest["wheels"]], Path(tmp) / "site")
        if site is None:
            return fail(f"the kit's runtime wheel is for CPython {manifest['python']}; this is "
                        f"{platform.python_version()}. Run with that Python: PYTHON=python{manifest['python']} "
                        "./run.sh ...")
        unpacked = unpack_modules(args.kit, groups, Path(tmp) / "modules")
        doc = {"kit": {k: manifest[k] for k in ("target", "arch", "runtime_device", "python", "variants")},
               "environment": environment(manifest["runtime_device"], site),
               "options": {"repetitions": args.repetitions, "warmup": args.warmup,
                           "profile_calls": args.profile_calls},
               "groups": {g["label"]: {k: g.get(k) for k in GROUP_FIELDS} for g in groups},
               "settings": {}, "profiles": {}, "skipped": []}
        for setting in settings:
            left = args.budget_s - (time.monotonic() - clock)
            if left < 30:
                doc["skipped"].append(f"setting {setting}: out of time")
                continue
            print(f"run.sh: setting {setting}", file=sys.stderr, flush=True)
            doc["settings"][setting] = run_child(args, setting, site, unpacked, left)
        main_setting = settings[0] if settings else None
        if main_setting is not None:
            doc["profiles"] = profile_all(args, manifest, groups, main_setting, site, unpacked, clock, doc["skipped"])
        doc["seconds"] = round(time.monotonic() - clock, 1)
    for group in groups:  # the graphs and schedules, so the results folder is read without the kit
        shutil.copytree(args.kit / group["plans"], args.results / "plans" / group["label"], dirs_exist_ok=True)
    (args.results / "results.json").write_text(json.dumps(doc, indent=1) + "\n")
    print_summary(doc)
    print(f"run.sh: wrote {args.results / 'results.json'}", file=sys.stderr)
    failures = [f"{g}/{s}/{v}" for s, per in doc["settings"].items() for g, row in per.get("groups", {}).items()
                for v, r in row.items() if r.get("correct") is False]
    if failures:
        print(f"run.sh: outputs differ from torch's: {', '.join(failures)}", file=sys.stderr)
        return 1
    return 0


def unpack_runtime(wheels: list[Path], site: Path) -> Path | None:
    """The runtime's wheels unpacked into `site` (a wheel is a zip); None if they are for another Python."""
    tag = f"-cp{sys.version_info.major}{sys.version_info.minor}-"
    if not all(tag in w.name for w in wheels):
        return None
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(site)
    for tool in (site / "iree" / "_runtime_libs").iterdir():
        if tool.is_file() and tool.name.startswith("iree-"):
            tool.chmod(0o755)  # zip files do not keep the executable bit
    return site


def unpack_modules(kit: Path, groups: list[dict], folder: Path) -> Path:
    """Every module the groups name, decompressed under `folder` at its kit path (without .xz)."""
    for group in groups:
        for program in group["programs"].values():
            for packed in program["modules"].values():
                target = folder / packed.removesuffix(".xz")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(lzma.decompress((kit / packed).read_bytes()))
    return folder


def tool(site: Path, name: str) -> str:
    return str(site / "iree" / "_runtime_libs" / name)


def environment(device: str, site: Path) -> dict:
    """The machine, the device and the runtime's version, for the results."""
    found = {"host": platform.node(), "machine": platform.machine(), "python": platform.python_version(),
             "cpus": os.cpu_count(), "date": time.strftime("%Y-%m-%d %H:%M:%S %Z")}
    version = site / "iree" / "_runtime_libs" / "version.py"
    if version.exists():
        found["iree_runtime"] = version.read_text().strip().splitlines()
    if shutil.which("nvidia-smi"):
        proc = subprocess.run(["nvidia-smi", "--query-gpu=name,driver_version,memory.total,clocks.max.sm",
                               "--format=csv,noheader"], capture_output=True, text=True)
        found["gpus"] = proc.stdout.strip().splitlines() if proc.returncode == 0 else proc.stderr.strip()
    env = dict(os.environ, PYTHONPATH=str(site))
    proc = subprocess.run([sys.executable, "-c", "import iree.runtime as rt, json; print(json.dumps("
                           f"[rt.__file__, [dict(d) for d in rt.get_driver('{device}').query_available_devices()]], "
                           "default=str))"], capture_output=True, text=True, env=env)
    if proc.returncode == 0:
        found["iree_runtime_path"], found["devices"] = json.loads(proc.stdout)
    else:
        found["devices"] = proc.stderr.strip()[-500:]
    return found


def run_child(args: argparse.Namespace, setting: str, site: Path, unpacked: Path, left_s: float) -> dict:
    """One setting's checks and timings, in a process of its own (its device flags)."""
    out = args.results / f"setting-{setting}.json"
    argv = [sys.executable, str(Path(__file__).resolve()), str(args.results), "--kit", str(args.kit),
            "--child", setting, "--site", str(site), "--unpacked", str(unpacked),
            "--repetitions", str(args.repetitions), "--warmup", str(args.warmup)]
    if args.groups:
        argv += ["--groups", args.groups]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), str(args.kit)]))
    try:
        proc = subprocess.run(argv, env=env, timeout=left_s, capture_output=True, text=True)
    except subprocess.TimeoutExpired:
        return {"failed": f"out of time after {left_s:.0f} s"}
    sys.stderr.write(proc.stderr)
    if proc.returncode != 0 or not out.exists():
        return {"failed": f"exit {proc.returncode}: {proc.stderr.strip()[-2000:]}"}
    return json.loads(out.read_text())


def profile_all(args, manifest: dict, groups: list[dict], setting: str, site: Path, unpacked: Path,
                clock: float, skipped: list[str]) -> dict:
    """Every program of `setting` run under the HAL profiler; the dispatch events written gzipped
    under RESULTS/profiles/GROUP/VARIANT.jsonl.gz (read back by `iops-mlir gpu-report`)."""
    device, mode = manifest["runtime_device"], manifest["profiling_mode"]
    build, flags = manifest["settings"][setting]
    found: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="iops-kit-inputs-") as tmp:
        for group in groups:
            inputs = []
            for i, array in enumerate(group_inputs(args.kit, group)):
                saved = Path(tmp) / f"{group['label']}.{i}.npy"
                np.save(saved, array)
                inputs.append(f"--input=@{saved}")
            for variant, program in group["programs"].items():
                if time.monotonic() - clock > args.budget_s:
                    skipped.append(f"profile {group['label']}/{variant}: out of time")
                    continue
                out = args.results / "profiles" / group["label"] / f"{variant}.jsonl.gz"
                out.parent.mkdir(parents=True, exist_ok=True)
                found.setdefault(group["label"], {})[variant] = profile_one(
                    site, device, mode, flags, unpacked / program["modules"][build].removesuffix(".xz"),
                    args.kit / program["parameters"] if program["parameters"] else None, inputs,
                    args.profile_calls, out, Path(tmp))
                found[group["label"]][variant]["setting"] = setting
    return found


def profile_one(site: Path, device: str, mode: str, flags: list[str], module: Path, parameters: Path | None,
                inputs: list[str], calls: int, out: Path, tmp: Path) -> dict:
    """One program's calls under the HAL profiler; its dispatch events gzipped into `out`."""
    trace = tmp / "run.ireeprof"
    argv = [tool(site, "iree-benchmark-module"), f"--device={device}", *flags, f"--module={module}",
            *([f"--parameters=model={parameters}"] if parameters else []), "--function=main", *inputs,
            f"--benchmark_min_time={calls + 1}x", f"--device_profiling_mode={mode}",
            f"--device_profiling_output={trace}", "--benchmark_format=json"]
    start = time.monotonic()
    proc = subprocess.run(argv, capture_output=True, text=True)
    if proc.returncode != 0:
        return {"failed": proc.stderr.strip()[-2000:], "command": argv}
    events = subprocess.run([tool(site, "iree-profile"), "dispatch", "--format=jsonl", "--dispatch_events",
                             str(trace)], capture_output=True, text=True)
    if events.returncode != 0:
        return {"failed": events.stderr.strip()[-2000:]}
    out.write_bytes(gzip.compress(events.stdout.encode(), mtime=0))
    return {"events": out.name, "calls": calls + 1, "seconds": round(time.monotonic() - start, 2)}


# -- a child: one setting ---------------------------------------------------------------------
def run_setting(args: argparse.Namespace, manifest: dict, groups: list[dict]) -> int:
    """Load every program of the setting, check the small models, time each group interleaved."""
    import iree.runtime as rt

    import timing  # the kit's copy of iops_mlir/timing.py

    build, flags = manifest["settings"][args.child]
    if flags:
        rt.flags.parse_flags(*flags)
    config = rt.Config(manifest["runtime_device"])
    doc: dict = {"flags": flags, "build": build, "groups": {}}
    for group in groups:
        print(f"run.sh: {args.child}: {group['label']}", file=sys.stderr, flush=True)
        inputs = group_inputs(args.kit, group)
        rows: dict[str, dict] = {}
        calls = {}
        for variant, program in group["programs"].items():
            row = rows[variant] = {}
            try:
                function = load(rt, config, args.unpacked / program["modules"][build].removesuffix(".xz"),
                                args.kit / program["parameters"] if program["parameters"] else None)
                device_inputs = [rt.asdevicearray(function._device, a) for a in inputs]
                outputs = function(*device_inputs)
                if "data" in group:
                    row.update(check(outputs, args.kit / group["data"], group["tolerance"]))
                calls[variant] = lambda f=function, a=device_inputs: f(*a)
            except Exception as e:  # a program that does not load or run is reported, not fatal
                row["failed"] = f"{type(e).__name__}: {e}"[:2000]
        if calls:
            timed = timing.interleaved(calls, repetitions=args.repetitions, warmup=args.warmup)
            for variant, t in timed.items():
                rows[variant].update(median_ms=round(t.median * 1e3, 5),
                                     iqr_ms=[round(x * 1e3, 5) for x in t.spread],
                                     samples_ms=[round(s * 1e3, 5) for s in t.samples])
        doc["groups"][group["label"]] = rows
    (args.results / f"setting-{args.child}.json").write_text(json.dumps(doc) + "\n")
    return 0


def load(rt, config, module: Path, parameters: Path | None):
    """`main` of a module, its weights read from a parameter archive (scope `model`)."""
    modules = []
    if parameters is not None:
        index = rt.ParameterIndex()
        index.load(str(parameters))
        modules.append(rt.create_io_parameters_module(config.vm_instance, index.create_provider(scope="model")))
    modules.append(rt.VmModule.copy_buffer(config.vm_instance, module.read_bytes()))
    context = rt.SystemContext(config=config, vm_modules=modules)
    return context.modules.module["main"]


def group_inputs(kit: Path, group: dict) -> list[np.ndarray]:
    """The small models' saved inputs; seeded normal values of the right shapes for the others."""
    if "data" in group:
        return [np.load(kit / group["data"] / f"input{i}.npy") for i in range(len(group["inputs"]))]
    rng = np.random.default_rng(0)
    return [rng.standard_normal(i["shape"]).astype(i["dtype"]) for i in group["inputs"]]


def check(outputs, data: Path, tolerance: dict) -> dict:
    """The largest absolute and scale-relative error against torch's outputs, and whether it is
    within the tolerance (as `iops-mlir check` decides)."""
    outs = outputs if isinstance(outputs, (tuple, list)) else [outputs]
    actual = [np.asarray(o.to_host()) for o in outs]
    expected = [np.load(f) for f in sorted(data.glob("output*.npy"), key=lambda f: int(f.stem[6:]))]
    worst_abs = worst_rel = 0.0
    for a, e in zip(actual, expected):
        gap = float(np.max(np.abs(a.astype(np.float64) - e))) if e.size else 0.0
        worst_abs = max(worst_abs, gap)
        worst_rel = max(worst_rel, gap / max(float(np.max(np.abs(e))), 1e-30) if e.size else 0.0)
    ok = len(actual) == len(expected) and (worst_abs <= tolerance["atol"] or worst_rel <= tolerance["rtol"])
    return {"correct": ok, "max_abs_error": worst_abs, "max_rel_error": worst_rel}


def print_summary(doc: dict) -> None:
    """Median milliseconds of each variant per group and setting, and iops over IREE's best order."""
    for setting, per in doc["settings"].items():
        if "failed" in per:
            print(f"{setting}: failed: {per['failed'][:300]}")
            continue
        for label, rows in per["groups"].items():
            medians = {v: r["median_ms"] for v, r in rows.items() if "median_ms" in r}
            orders = [m for v, m in medians.items() if v.startswith("iree-")]
            ratio = (f"  iops / best IREE {medians['iops'] / min(orders):.3f}"
                     if "iops" in medians and orders else "")
            cells = "  ".join(f"{v} {m:.3f}" for v, m in medians.items())
            print(f"{setting:15s} {label:24s} {cells}{ratio}")


if __name__ == "__main__":
    sys.exit(main())
