#!/usr/bin/env python3
"""Run a GPU kit: check every program against torch's outputs, time the variants interleaved,
profile each with IREE's HAL profiler, time every dispatch and sampled stage alone in IREE's
benchmark modules, and write RESULTS_DIR/results.json.

Needs only Python 3 and numpy: the IREE runtime comes from the kit's wheel, unpacked into a
temporary folder (no network, no root). `run.sh RESULTS_DIR [options]` calls this file.
Each runtime setting (for CUDA: graph command buffers with indirect command buffers off and
on, and stream mode) runs in a process of its own, because the IREE runtime reads its
device flags once per process.
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import gzip
import json
import lzma
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import numpy as np

# What IREE 3.13's CUDA HAL answers to --device_profiling_mode (seen on an H200, driver 580).
NOT_IMPLEMENTED = "HAL-native profiling is not implemented"
PROFILE_TIMEOUT_S = 180  # one program's profiled calls; a hung run must not cost the rest of the budget

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
    p.add_argument("--groups", help="comma-separated group labels to run, in this order (default: all, "
                   "the manifest's order)")
    p.add_argument("--budget-s", type=float, default=450.0,
                   help="stop starting new work after this many seconds (default 450)")
    p.add_argument("--no-alone", action="store_true",
                   help="do not time the packed dispatches and stages alone (IREE's benchmark modules)")
    p.add_argument("--alone-repetitions", type=int, default=5,
                   help="timed calls of each dispatch and stage module, with and without its dispatches (default 5)")
    p.add_argument("--alone-budget-s", type=float, default=120.0,
                   help="seconds for timing dispatches and stages alone, shared by the settings that do "
                        "(default 120; part of --budget-s)")
    p.add_argument("--kit", type=Path, default=Path(__file__).resolve().parent, help=argparse.SUPPRESS)
    p.add_argument("--child", help=argparse.SUPPRESS)  # one setting, in a process of its own
    p.add_argument("--alone-s", type=float, help=argparse.SUPPRESS)  # a child that times them, in this long
    p.add_argument("--deadline-s", type=float, help=argparse.SUPPRESS)  # a child's: no new group after it
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
        by_label = {g["label"]: g for g in groups}
        groups = [by_label[label] for label in dict.fromkeys(labels)]  # a short budget runs the first ones
    if args.repetitions < 3 or args.alone_repetitions < 3:
        return fail("--repetitions and --alone-repetitions must be at least 3 to give a median and a spread.")
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
        if manifest["runtime_device"] == "cuda":
            find_cuda_driver(Path(tmp) / "cuda")
        doc = {"kit": {k: manifest[k] for k in ("target", "arch", "runtime_device", "python", "variants")},
               "environment": environment(manifest["runtime_device"], site),
               "options": {"repetitions": args.repetitions, "warmup": args.warmup,
                           "profile_calls": args.profile_calls},
               "groups": {g["label"]: {k: g.get(k) for k in GROUP_FIELDS} for g in groups},
               "settings": {}, "profiles": {}, "skipped": []}
        alone = set() if args.no_alone else alone_settings(manifest, settings)
        for i, setting in enumerate(settings):
            left = args.budget_s - (time.monotonic() - clock)
            if left < 30:
                doc["skipped"].append(f"setting {setting}: out of time")
                continue
            print(f"run.sh: [{time.monotonic() - clock:6.1f}s] setting {setting}", file=sys.stderr, flush=True)
            alone_s = args.alone_budget_s / len(alone) if setting in alone else None
            doc["settings"][setting] = run_child(args, setting, site, unpacked, left, alone_s)
            doc["skipped"] += [f"setting {setting}: {label}: out of time"
                               for label in doc["settings"][setting].pop("skipped", [])]
            if i == 0:  # the main setting's profiles before the other settings, so a short budget keeps them
                doc["profiles"] = profile_all(args, manifest, groups, setting, site, unpacked, clock,
                                              doc["skipped"])
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


def alone_settings(manifest: dict, settings: list[str]) -> set[str]:
    """The settings whose child times the packed dispatches and stages alone: the first of each
    set of runtime flags (two builds under the same flags time the same benchmark modules)."""
    if not any(g.get("alone") for g in manifest["groups"]):
        return set()
    first: dict[tuple[str, ...], str] = {}
    for setting in settings:
        first.setdefault(tuple(manifest["settings"][setting][1]), setting)
    return set(first.values())


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


def find_cuda_driver(folder: Path) -> None:
    """Let IREE find the CUDA driver where only `libcuda.so.1` is installed.

    IREE's CUDA HAL opens `libcuda.so`, the name a driver's development link carries; container
    images and driver-only installs often have just `libcuda.so.1`. Then a link named `libcuda.so`
    in `folder` is put first on LD_LIBRARY_PATH, which every IREE process started later inherits.
    """
    try:
        ctypes.CDLL("libcuda.so")
        return
    except OSError:
        pass
    try:
        ctypes.CDLL("libcuda.so.1")
    except OSError:
        return  # no driver at all: IREE's own error says so
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if line.rstrip().endswith("libcuda.so.1")}
    if paths:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "libcuda.so").symlink_to(min(paths))
        os.environ["LD_LIBRARY_PATH"] = os.pathsep.join(filter(None, [str(folder), os.environ.get("LD_LIBRARY_PATH")]))


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


def run_child(args: argparse.Namespace, setting: str, site: Path, unpacked: Path, left_s: float,
              alone_s: float | None) -> dict:
    """One setting's checks and timings, in a process of its own (its device flags). The child starts
    no group after the budget and writes its file after every group, so a child stopped at the
    budget's end still gives the groups it finished."""
    out = args.results / f"setting-{setting}.json"
    argv = [sys.executable, str(Path(__file__).resolve()), str(args.results), "--kit", str(args.kit),
            "--child", setting, "--site", str(site), "--unpacked", str(unpacked),
            "--repetitions", str(args.repetitions), "--warmup", str(args.warmup),
            "--deadline-s", str(round(left_s, 1)), "--alone-repetitions", str(args.alone_repetitions)]
    if alone_s is not None:
        argv += ["--alone-s", str(round(alone_s, 1))]
    if args.groups:
        argv += ["--groups", args.groups]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), str(args.kit)]))
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    timer = threading.Timer(left_s + 60, proc.kill)  # a group that hangs past the budget
    timer.start()
    tail: collections.deque[str] = collections.deque(maxlen=40)
    for line in proc.stderr:  # streamed through, so progress shows while a setting runs
        sys.stderr.write(line)
        sys.stderr.flush()
        tail.append(line)
    code = proc.wait()
    killed = not timer.is_alive()
    timer.cancel()
    why = f"out of time after {left_s:.0f} s" if killed else f"exit {code}: {''.join(tail).strip()[-2000:]}"
    if not out.exists():
        return {"failed": why}
    done = json.loads(out.read_text())
    if code != 0:
        done["failed"] = why
    return done


def profile_all(args, manifest: dict, groups: list[dict], setting: str, site: Path, unpacked: Path,
                clock: float, skipped: list[str]) -> dict:
    """Every program of `setting` run under the HAL profiler; the dispatch events written gzipped
    under RESULTS/profiles/GROUP/VARIANT.jsonl.gz (read back by `iops-mlir gpu-report`)."""
    device, mode = manifest["runtime_device"], manifest["profiling_mode"]
    build, flags = manifest["settings"][setting]
    found: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="iops-kit-inputs-") as tmp:
        for group in groups:
            print(f"run.sh: [{time.monotonic() - clock:6.1f}s] profiling {group['label']}", file=sys.stderr,
                  flush=True)
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
                parameters = None
                if program["parameters"]:
                    archive = args.kit / program["parameters"]
                    written = materialized_path(archive, unpacked)  # where a setting wrote the splats out
                    parameters = written if written.exists() else archive
                module = unpacked / program["modules"][build].removesuffix(".xz")
                result = profile_one(site, device, mode, flags, module, parameters, inputs, args.profile_calls, out,
                                     Path(tmp))
                found.setdefault(group["label"], {})[variant] = dict(result, setting=setting)
                if NOT_IMPLEMENTED in result.get("failed", ""):
                    # The runtime has no HAL profiler for this device (IREE 3.13 on CUDA): every other
                    # program would fail the same way, so the time goes to the timings instead.
                    skipped.append(f"profiling: the IREE runtime does not implement it on '{device}'")
                    return found
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
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=PROFILE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return {"failed": f"no result in {PROFILE_TIMEOUT_S} s", "command": argv}
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

    clock = time.monotonic()
    build, flags = manifest["settings"][args.child]
    if flags:
        rt.flags.parse_flags(*flags)
    config = rt.Config(manifest["runtime_device"])
    doc: dict = {"flags": flags, "build": build, "groups": {}}
    out = args.results / f"setting-{args.child}.json"
    for group in groups:
        if args.deadline_s is not None and time.monotonic() - clock > args.deadline_s:
            doc.setdefault("skipped", []).append(group["label"])
            continue
        print(f"run.sh: [{time.monotonic() - clock:6.1f}s] {args.child}: {group['label']}", file=sys.stderr,
              flush=True)
        inputs = group_inputs(args.kit, group)
        rows: dict[str, dict] = {}
        calls = {}
        for variant, program in group["programs"].items():
            row = rows[variant] = {}
            try:
                parameters = args.kit / program["parameters"] if program["parameters"] else None
                if parameters is not None and manifest["runtime_device"] == "cuda":
                    parameters = materialized(rt, parameters, args.unpacked)
                function = load(rt, config, args.unpacked / program["modules"][build].removesuffix(".xz"), parameters)
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
        write_whole(out, json.dumps(doc) + "\n")
    if args.alone_s is not None:  # the alone timing ends at its share or at the child's deadline, whichever first
        stop = time.monotonic() + args.alone_s
        if args.deadline_s is not None:
            stop = min(stop, clock + args.deadline_s)
        for group in groups:
            if not group.get("alone"):
                continue
            if time.monotonic() > stop:
                doc.setdefault("skipped", []).append(f"{group['label']} (alone)")
                continue
            print(f"run.sh: [{time.monotonic() - clock:6.1f}s] {args.child}: {group['label']}: dispatches and "
                  "stages alone", file=sys.stderr, flush=True)
            doc.setdefault("alone", {})[group["label"]] = [
                time_alone(rt, config, args.kit, program, args.alone_repetitions, timing, stop)
                for program in group["alone"]]
            write_whole(out, json.dumps(doc) + "\n")
    write_whole(out, json.dumps(doc) + "\n")
    return 0


ALONE_BATCH = 16  # dispatches (or stages) one timed call records at most, a barrier after each
ALONE_CALL_S = 0.002  # fewer where one already takes this long: a 2 ms kernel needs no batch to be seen
BATCH_PROBES = 3  # calls of one that size the batch


def time_alone(rt, config, kit: Path, program: dict, repetitions: int, timing, stop: float) -> dict:
    """Microseconds each packed dispatch (by symbol) and stage adds to a command buffer: over the
    rounds, the median of a call that records a batch of them less the call of the same round
    that records none (the command buffer's creation, submission and wait, whose median is
    `call_us`), over the batch; 0 where that is below the timing's resolution. The batch is
    ALONE_BATCH, or fewer where one call of one takes a good part of ALONE_CALL_S (`batch`). Nothing starts after `stop` (time.monotonic()); what is left
    is counted in `skipped`."""
    found: dict = {"program": program["program"], "dispatch_us": {}, "call_us": {}, "batch": {}, "stage_us": [],
                   "failed": {}, "skipped": 0}

    def per_item(module_file: str, function: str) -> tuple[float, float, int]:
        module = rt.VmModule.copy_buffer(config.vm_instance, lzma.decompress((kit / module_file).read_bytes()))
        context = rt.SystemContext(config=config, vm_modules=[module])
        f = context.modules.module[function]
        f(1)  # loads the kernel (on CUDA: the PTX JIT)
        once = []
        for _ in range(BATCH_PROBES):  # the least of a few: one slow moment of the host must not shrink the batch
            start = time.perf_counter()
            f(1)
            once.append(time.perf_counter() - start)
        batch = max(1, min(ALONE_BATCH, int(ALONE_CALL_S / min(once))))
        timed = timing.interleaved({"none": lambda: f(0), "batch": lambda: f(batch)},
                                   repetitions=repetitions, warmup=0, rewarm=0)
        # Paired by round: a slow phase of the host slows both calls of a round alike.
        added = [b - n for b, n in zip(timed["batch"].samples, timed["none"].samples)]
        return max(0.0, float(np.median(added)) * 1e6 / batch), timed["none"].median * 1e6, batch

    for module in program["modules"]:
        for function, symbol in module["functions"].items():
            if time.monotonic() > stop:
                found["skipped"] += 1
                continue
            try:
                us, empty, found["batch"][symbol] = per_item(module["file"], function)
                found["dispatch_us"][symbol], found["call_us"][symbol] = round(us, 3), round(empty, 3)
            except Exception as e:  # a module that does not load or run is reported, not fatal
                found["failed"][symbol] = f"{type(e).__name__}: {e}"[:500]
    for stage in program["stages"]:
        if time.monotonic() > stop:
            found["skipped"] += 1
            continue
        try:
            us, _, batch = per_item(stage["file"], "stage")
            found["stage_us"].append({"symbols": stage["symbols"], "us": round(us, 3), "batch": batch})
        except Exception as e:
            found["failed"]["stage " + " ".join(stage["symbols"])] = f"{type(e).__name__}: {e}"[:500]
    return found


def write_whole(path: Path, text: str) -> None:
    """`text` into `path` through a temporary file, so a reader never sees half of it."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text)
    os.replace(partial, path)


def materialized_path(archive: Path, folder: Path) -> Path:
    """Where `materialized` writes `archive` out in `folder`."""
    return folder / "params" / archive.name


def materialized(rt, archive: Path, folder: Path) -> Path:
    """`archive` with every splat entry written out as real bytes, in `folder` (made once per run).

    The full-size models travel with splat archives (each weight one repeated byte: kilobytes,
    not hundreds of megabytes). IREE 3.13's CUDA HAL loads splat entries as fill commands of one
    graph command buffer, and past 32 of them it refuses the module ("exceeded max concurrent
    node limit", seen on an H200); entries read from a file load. So on CUDA the runner writes the
    zeros out before loading."""
    target = materialized_path(archive, folder)
    if target.exists():
        return target
    index = rt.ParameterIndex()
    index.load(str(archive))
    entries = index.items()
    if not any(entry.is_splat for _, entry in entries):
        return archive
    real = rt.ParameterIndex()
    for key, entry in entries:
        if entry.is_splat:
            pattern = bytes(entry.splat_pattern)
            real.add_buffer(key, (pattern * (entry.length // len(pattern) + 1))[:entry.length])
        else:
            real.add_buffer(key, bytes(memoryview(entry.file_view)))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    real.create_archive_file(str(partial))
    os.replace(partial, target)  # another setting's process may look for it
    return target


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
