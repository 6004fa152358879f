"""`iops-mlir gpu-kit`: compile every zoo model's variants and pack them with the runtime and runner.

Each group (one model at one size and batch) is compiled once through our pipeline up to
stream IR; the four variants are then lowered from that one program, so they share its
dispatches and its weights archive:
  iops                  our schedule (the stream.mlir the compile kept)
  iree-min-peak-memory  IREE's default waves of the program as imported
  iree-max-concurrency  IREE's waves with --iree-stream-partitioning-favor=max-concurrency
  iree-debug            one dispatch after another (favor=debug)
Weights stay outside the modules (named parameters), so a module is kilobytes of code.
"""

from __future__ import annotations

import json
import lzma
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path

import numpy as np

from .. import driver, frontend, iree_tools, models, runner, stream_ir
from ..choices import CostSpec, Phase, default_analytic_device
from ..cost import build_cost_model
from ..cost.hal_profile import PROFILING_MODE
from ..dataflow_keys import dispatch_keys
from ..errors import UserError
from ..files import make_dir, write_text
from ..graph import DispatchGraph
from ..iree_tools import CommandLog
from ..options import CompileOptions
from ..pipeline import back
from ..pipeline.front import WEIGHTS, iree_order_file
from ..progress import Progress
from ..schedule import baselines
from ..targets import Target, load_target
from . import IREE_STAGES, alone

VARIANTS = ("iops", "iree-min-peak-memory", "iree-max-concurrency", "iree-debug")
RUNTIME_WHEEL = "iree-base-runtime==3.13.0"
INDIRECT_OFF = "--iree-hal-indirect-command-buffers=false"
INDIRECT_ON = "--iree-hal-indirect-command-buffers=true"

# Runtime settings the runner compares. A setting runs one build of the modules with runtime flags.
# CUDA: the graph command buffer is where independent dispatches of a wave become concurrent graph
# nodes. With indirect command buffers off (`--cuda-graphs`) a graph is recorded anew at every
# call; with them on (the default build) it is recorded once and replayed (IREE issue #20095), and
# on an H200 the replay ran every order at the same speed: no dispatches overlapped.
# Stream mode runs every dispatch in order on one stream: the sequential reference.
SETTINGS = {
    "cuda": {"graph": ("graph", ["--cuda_use_streams=false"]),
             "graph-indirect": ("indirect", ["--cuda_use_streams=false"]),
             "stream": ("graph", ["--cuda_use_streams=true"])},
    "local-task": {"local-task": ("graph", [])},
}


@dataclass(kw_only=True)
class KitOptions:
    """What `iops-mlir gpu-kit` takes."""

    out: Path
    models: list[str]
    modules: tuple[str, ...] = ()  # users' FILE.py:NAME, each a checked group of its own
    target: str = "cuda"
    cuda_arch: str | None = None
    batches: tuple[int, ...] = (1, 8)  # full-size groups; () for none
    small: bool = True  # the --small models with real weights and torch's outputs
    python_version: str = "3.12"  # the CPython the runtime wheel is for
    runtime_wheels: tuple[Path, ...] = ()  # wheels to pack instead of downloading them
    cost_model: str | None = None  # iops's cost model (default: the target's); {group} is each group's label
    alone: bool = True  # pack each program's dispatches and dearest stages as benchmark modules (`alone`)
    work: Path = Path("build/gpu-kit-work")
    quiet: bool = False


@dataclass(frozen=True)
class Group:
    """One model at one size and batch: a zoo model, or a user's `FILE.py:NAME` (`module_spec`)."""

    model: str
    batch: int
    small: bool
    module_spec: str | None = None

    @property
    def label(self) -> str:
        if self.module_spec is not None:
            return self.model
        return f"{models.label(self.model, small=self.small)}_b{self.batch}"

    @property
    def checked(self) -> bool:
        """Carries its real weights and torch's outputs: the small zoo models and users' modules."""
        return self.small or self.module_spec is not None

    def build(self):
        """(torch module, example inputs)."""
        if self.module_spec is not None:
            return frontend.load_user_module(self.module_spec)
        return models.build(self.model, batch=self.batch, small=self.small)


def _searches_waves(options: KitOptions) -> bool:
    """On CUDA, iops's schedule is searched for the recorded concurrent graph (`--cuda-graphs`), the
    kit's main setting: in the replayed graph every order runs alike, and the model says so."""
    return options.target == "cuda"


def builds(target: Target) -> dict[str, Target]:
    """The module builds a kit holds: on CUDA, one with indirect command buffers off (`graph`: a
    CUDA graph recorded at each call, waves as concurrent nodes, what `--cuda-graphs` ships) and
    one with them on (`indirect`: one recorded graph replayed, the default); one build elsewhere."""
    if target.runtime_device != "cuda":
        return {"graph": target}
    base = tuple(f for f in target.compile_flags if f not in (INDIRECT_OFF, INDIRECT_ON))
    return {"graph": replace(target, compile_flags=base + (INDIRECT_OFF,)),
            "indirect": replace(target, compile_flags=base + (INDIRECT_ON,))}


def groups(options: KitOptions) -> list[Group]:
    """Full-size groups at each batch, the small models at batch 1, then the users' modules."""
    found = [Group(m, b, False) for m in options.models for b in options.batches]
    if options.small:
        found += [Group(m, 1, True) for m in options.models]
    found += [Group(f"{Path(spec.rpartition(':')[0]).stem}-{spec.rpartition(':')[2]}", 1, False, spec)
              for spec in options.modules]
    if not found:
        raise UserError("The kit would hold no programs: give --batches, keep the small models or give --module.")
    labels = [g.label for g in found]
    if len(set(labels)) != len(labels):
        raise UserError(f"Two groups of the kit would share a name ({', '.join(labels)}); "
                        "give each --module a function of another name.")
    return found


def group_cost_spec(options: KitOptions, group: Group) -> CostSpec | None:
    """The cost model iops searches a group under (None: the target's default). `{group}` in
    `--cost-model` is the group's label, so a profile per group (measured:DIR/{group}.graph.json,
    as gpu-report writes them) searches each group under its own device times."""
    if not options.cost_model:
        return None
    return CostSpec.parse(options.cost_model.replace("{group}", group.label), options.target)


def build_kit(options: KitOptions) -> Path:
    """Build the kit folder `options.out`; returns the manifest's path."""
    for name in options.models:
        if name not in models.names():
            raise UserError(f"Unknown zoo model '{name}'. The zoo has: {', '.join(models.names())}.")
    for group in groups(options):  # a missing profile is found before anything compiles
        group_cost_spec(options, group)
    target = load_target(options.target, cuda_arch=options.cuda_arch, cuda_graphs=_searches_waves(options))
    out = Path(options.out)
    if out.exists() and any(out.iterdir()):
        raise UserError(f"The kit folder '{out}' is not empty; give a new or empty folder.")
    progress = Progress(options.quiet)
    # Built beside the output and moved there whole, so a failed build leaves no half-kit.
    staging = out.with_name(out.name + ".partial")
    if staging.exists():
        shutil.rmtree(staging)
    make_dir(staging, "kit folder")
    try:
        _fill(staging, target, options, progress)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if out.exists():
        out.rmdir()
    staging.rename(out)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    progress.say(f"gpu-kit: wrote {out} ({size / 2**20:.1f} MiB)")
    return out / "manifest.json"


def _fill(kit: Path, target: Target, options: KitOptions, progress: Progress) -> None:
    """Every file of the kit, the manifest last."""
    clock = time.monotonic()
    wheels = _runtime_wheels(options, kit / "wheels")
    entries = []
    for group in groups(options):
        progress.say(f"gpu-kit: {group.label}")
        entries.append(_build_group(group, target, options, kit, progress))
    _write_runner(kit)
    manifest = {"format": 1, "target": target.name, "arch": target.arch,
                "runtime_device": target.runtime_device, "settings": SETTINGS[target.runtime_device],
                "profiling_mode": PROFILING_MODE[target.runtime_device],
                "wheels": [w.relative_to(kit).as_posix() for w in wheels], "python": options.python_version,
                "variants": list(VARIANTS), "groups": entries,
                "build_seconds": round(time.monotonic() - clock, 1)}
    write_text(kit / "manifest.json", json.dumps(manifest, indent=1) + "\n")
    write_text(kit / "README.txt", _readme(manifest))


def _readme(manifest: dict) -> str:
    """How to run the kit, for whoever opens it on the GPU machine."""
    labels = ", ".join(g["label"] for g in manifest["groups"])
    return (f"iops-mlir GPU kit: {manifest['target']} ({manifest['arch'] or 'host'}) modules of {labels}.\n\n"
            f"Needs: x86-64 Linux, CPython {manifest['python']} with numpy"
            f"{', an NVIDIA driver' if manifest['runtime_device'] == 'cuda' else ''}. Nothing is installed.\n\n"
            "  ./run.sh RESULTS_DIR            # check, time and profile everything, and time each dispatch\n"
            "                                  # and stage alone (about 8 minutes at most)\n"
            f"  PYTHON=python{manifest['python']} ./run.sh RESULTS_DIR   # if python3 is another version\n"
            "  ./run.sh --help                 # repetitions, settings, groups, time budget\n\n"
            "Bring RESULTS_DIR back and run `iops-mlir gpu-report RESULTS_DIR/results.json`.\n"
            f"Runtime settings compared: {', '.join(manifest['settings'])}.\n")


def _runtime_wheels(options: KitOptions, folder: Path) -> list[Path]:
    """The IREE runtime's wheels for the GPU machine's Python (manylinux x86-64), in `folder`:
    the runtime and ml_dtypes, which its Python package imports (numpy is there already)."""
    folder.mkdir(parents=True)
    if options.runtime_wheels:
        missing = [str(w) for w in options.runtime_wheels if not Path(w).is_file()]
        if missing:
            raise UserError(f"The runtime wheel(s) {', '.join(missing)} do not exist.")
        return [Path(shutil.copy(w, folder)) for w in options.runtime_wheels]
    tag = "cp" + options.python_version.replace(".", "")
    requirements = [RUNTIME_WHEEL, f"ml_dtypes=={metadata.version('ml_dtypes')}"]
    argv = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
            "--python-version", options.python_version, "--implementation", "cp", "--abi", tag,
            "--platform", "manylinux_2_28_x86_64", "--platform", "manylinux2014_x86_64",
            "--dest", str(folder), *requirements]
    proc = subprocess.run(argv, capture_output=True, text=True)
    found = sorted(folder.glob("*.whl"))
    if proc.returncode != 0 or len(found) != len(requirements):
        raise UserError(f"pip could not download the wheels {', '.join(requirements)} for CPython "
                        f"{options.python_version} (manylinux x86-64): {proc.stderr.strip()[-400:]} "
                        "Give them with --runtime-wheel.")
    return found


def _build_group(group: Group, target: Target, options: KitOptions, kit: Path, progress: Progress) -> dict:
    """Compile one group's variants into the kit; its manifest entry."""
    module, inputs = group.build()
    work = Path(options.work) / target.name / group.label
    if work.exists():
        shutil.rmtree(work)
    spec = group_cost_spec(options, group)
    result = driver.compile_module(module, inputs, model=group.label, options=CompileOptions(
        target=options.target, cuda_arch=options.cuda_arch, cuda_graphs=_searches_waves(options),
        # On CUDA the kit measures the rewrites the analytic model keeps, which a compile leaves out by default.
        replace="auto" if options.target == "cuda" else None,
        stop_after=Phase.STREAM, dump_dir=work, cost_model=spec, quiet=options.quiet))
    work, kept_dir = work.resolve(), result.program_dir.resolve()
    root, kept = CommandLog(work), CommandLog(kept_dir)
    report = result.report
    faster = report.search.get("iree_order_faster")  # IREE's order that ships as iops, if any
    streams = _variant_streams(root, kept, faster)
    archives = {work: _archive(work, group, "", kit)}
    if kept_dir != work:  # a rewritten program (operator replacement) has weights of its own
        archives[kept_dir] = _archive(kept_dir, group, ".replaced", kit)
    programs: dict[str, dict] = {}
    for variant, (log, stream) in streams.items():
        progress.say(f"gpu-kit: {group.label}: code generation of {variant}")
        files = {build: _codegen(log, stream, build_target, kit / "modules" / group.label,
                                 f"{variant}.{build}")
                 for build, build_target in builds(result.target).items()}
        programs[variant] = {"modules": files, "parameters": archives[log.cwd]}
    for log in {root.cwd: root, kept.cwd: kept}.values():  # the kit's own steps, to replay by hand
        write_text(log.cwd / "kit-commands.sh", log.as_script())
    plans = make_dir(kit / "plans" / group.label, "plans folder")
    shutil.copyfile(kept_dir / "graph.json", plans / "graph.json")
    shutil.copyfile(work / "schedule.json", plans / "schedule.json")
    if kept_dir != work:
        shutil.copyfile(work / "graph.json", plans / "graph.as-imported.json")
    stages = iree_stages(work)
    write_text(plans / IREE_STAGES, json.dumps(stages) + "\n")
    iops_us = faster["predicted_us"] if faster else report.predicted_us.get(report.scheduler)
    predicted = {"iops": iops_us, **_iree_predictions(work, spec or CostSpec.default(options.target), result.target,
                                                      stages)}
    entry = {"label": group.label, "model": group.model, "batch": group.batch, "small": group.small,
             "inputs": [{"shape": list(t.shape), "dtype": str(t.numpy().dtype)} for t in inputs],
             "programs": programs, "scheduler": report.scheduler, "cost_model": report.cost_model["name"],
             "iops_ships": faster["order"] if faster else report.scheduler,
             "predicted_us": predicted, "plans": plans.relative_to(kit).as_posix(),
             "kept_program": kept_dir.relative_to(work).as_posix()}
    if options.alone:
        entry["alone"] = _alone_benchmarks(group, result.target, work, kept_dir, stages, kit, progress)
    if group.checked:  # .npy files, not an .npz: a zip stamps the time, and the kit's bytes would vary
        data = make_dir(kit / "data" / group.label, "data folder")
        for i, t in enumerate(inputs):
            np.save(data / f"input{i}.npy", t.numpy())
        for i, array in enumerate(runner.torch_outputs(module, inputs)):
            np.save(data / f"output{i}.npy", array)
        entry["data"] = data.relative_to(kit).as_posix()
        entry["tolerance"] = {"atol": 1e-4, "rtol": 1e-3}  # those of `iops-mlir check`
    return entry


def _alone_benchmarks(group: Group, target: Target, work: Path, kept_dir: Path, stages: dict[str, list[list[int]]],
                      kit: Path, progress: Progress) -> list[dict]:
    """The group's programs' dispatches and dearest stages packed to be timed alone (`alone`): the
    program as imported, with IREE's waves and iops's stages as candidate stages, and the rewritten
    program iops ships, if any, with iops's stages."""
    device = default_analytic_device(target.name)
    iops_stages = json.loads((work / "schedule.json").read_text())["stage_nodes"]
    imported = DispatchGraph.from_json((work / "graph.json").read_text())
    candidates = stages["iree-max-concurrency"] + stages["iree-min-peak-memory"]
    programs = [("as-imported", work, imported, candidates + (iops_stages if kept_dir == work else []))]
    if kept_dir != work:
        kept = DispatchGraph.from_json((kept_dir / "graph.json").read_text())
        programs.append(("kept", kept_dir, kept, iops_stages))
    entries = []
    for name, folder, graph, candidates in programs:
        entries.append(alone.pack_program(folder, group.label, name, graph, target, device, candidates, kit,
                                          kit / "alone" / group.label / name, progress))
    return entries


def iree_stages(work: Path) -> dict[str, list[list[int]]]:
    """IREE's three orders of the program as imported (a group's compile folder `work`), as
    stages of node ids of its graph: what a profile of each is joined by (`gpu-report`'s headroom)."""
    graph = DispatchGraph.from_json((work / "graph.json").read_text())
    ctx = stream_ir.new_context()
    flat_keys = dispatch_keys(stream_ir.parse_module((work / "async.mlir").read_text(), ctx))

    def waves(name: str) -> list[list[int]]:
        return baselines.iree_waves(stream_ir.parse_module((work / name).read_text(), ctx), graph, flat_keys).stages

    return {"iree-min-peak-memory": waves("async.iree.mlir"),
            "iree-max-concurrency": waves(iree_order_file("iree-max-concurrency")),
            "iree-debug": [[n] for n in graph.dispatch_ids()]}


def _iree_predictions(work: Path, spec: CostSpec, target: Target,
                      stages: dict[str, list[list[int]]]) -> dict[str, float | None]:
    """IREE's three orders of the program as imported, predicted without the margin by the model
    the compile searched under (before anything runs on the device): an analytic device or a
    profile file; None under a model that measures on this machine."""
    graph = DispatchGraph.from_json((work / "graph.json").read_text())
    try:
        cost = build_cost_model(spec, graph, target, margin=0.0)
    except ValueError:  # measured or profiled here: nothing to say about the kit's device
        return {v: None for v in stages}
    return {v: round(cost.program_us(order), 3) for v, order in stages.items()}


def _variant_streams(root: CommandLog, kept: CommandLog, faster: dict | None) -> dict[str, tuple[CommandLog, str]]:
    """Each variant's stream.cmd file and the folder it is in; IREE's orders lowered here, or taken
    from the compile where it lowered them. `iops` is what the compile ships: the search's schedule,
    or one of IREE's orders predicted faster."""
    root.run(iree_tools.to_cmd("async.mlir", "stream.debug.mlir"), what="iree-opt (flat order to stream.cmd)")
    iops = (kept, back.lower_iree_order(kept, faster["order"]) if faster else "stream.mlir")
    return {"iops": iops, "iree-min-peak-memory": (root, back.lower_iree_order(root)),
            "iree-max-concurrency": (root, back.lower_iree_order(root, "iree-max-concurrency")),
            "iree-debug": (root, "stream.debug.mlir")}


def _codegen(log: CommandLog, stream: str, target: Target, folder: Path, stem: str) -> str:
    """Code generation of one variant and build, xz-compressed into the kit; its kit path."""
    local = f"kit.{stem}.vmfb"
    log.run(iree_tools.from_stream(stream, target, local), what=f"iree-compile ({stem}, stream to vmfb)")
    folder.mkdir(parents=True, exist_ok=True)
    packed = folder / f"{stem}.vmfb.xz"
    packed.write_bytes(lzma.compress((log.cwd / local).read_bytes(), preset=9))
    return packed.relative_to(folder.parent.parent).as_posix()


def _archive(program: Path, group: Group, suffix: str, kit: Path) -> str | None:
    """The program's weights in the kit: the real archive for a checked group (against torch),
    else a splat archive of the same keys and sizes (every byte zero): timing does not depend on
    the values, and the archive is a few kilobytes instead of the model's size."""
    weights = program / WEIGHTS
    if not weights.exists():
        return None
    path = kit / "params" / f"{group.label}{suffix}.irpa"
    path.parent.mkdir(exist_ok=True)
    if group.checked:
        shutil.copyfile(weights, path)
    else:
        _write_splat_archive(weights, path)
    return path.relative_to(kit).as_posix()


def _write_splat_archive(weights: Path, path: Path) -> None:
    """An archive with `weights`' keys and sizes, every entry a splat of zero bytes."""
    import iree.runtime as rt

    real = rt.ParameterIndex()
    real.load(str(weights))
    splat = rt.ParameterIndex()
    for key, entry in sorted(real.items(), key=lambda item: item[0]):
        splat.add_splat(key, np.zeros(1, np.uint8), entry.length)
    splat.create_archive_file(str(path))
    del real, splat


def _write_runner(kit: Path) -> None:
    """run.sh and the runner's Python files."""
    here = Path(__file__).parent
    shutil.copyfile(here / "run_kit.py", kit / "run_kit.py")
    shutil.copyfile(here.parent / "timing.py", kit / "timing.py")
    shutil.copyfile(here / "run.sh", kit / "run.sh")
    (kit / "run.sh").chmod(0o755)

