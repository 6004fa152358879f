"""Runs a compiled .vmfb with IREE's Python runtime, runs the torch reference, and compares outputs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import UserError


def load_function(vmfb: Path, device: str, function: str = "main", flags: tuple[str, ...] | None = None):
    """A callable for `function` in the module, on an IREE runtime device ('local-task', 'cuda').

    `flags` are runtime flags; by default the ones of the target that runs on `device`, such as
    the CUDA target's `--cuda_use_streams=false` (concurrent waves as CUDA graph nodes) or the CPU
    target's unpinned workers. A driver reads them when it is created, so each set of flags gets
    a device of its own (`device_with_flags`): one process can run one program on the target's
    workers and another on the fewer workers its compile advised.
    """
    import iree.runtime as rt

    from .targets import runtime_flags_for

    if flags is None:
        flags = runtime_flags_for(device)
    try:
        config = rt.Config(device=device_with_flags(device, tuple(flags)))
        vm_module = rt.VmModule.copy_buffer(config.vm_instance, Path(vmfb).read_bytes())
        context = rt.SystemContext(config=config, vm_modules=[vm_module])
        return context.modules.module[function]
    except Exception as e:
        raise UserError(f"The IREE runtime could not load '{vmfb}' on device '{device}': {e}.") from None


_DEVICES: dict[tuple[str, tuple[str, ...]], object] = {}  # (device, flags) -> the HAL device made with them


def device_with_flags(device: str, flags: tuple[str, ...]):
    """The HAL device `device` made by a driver created under `flags`, one per process for each
    (device, flags). IREE's own device cache (`iree.runtime.get_device`) keeps the first device
    of a process whatever the flags parsed after it; a driver created anew reads the flags as
    they are then (a local-task driver makes its workers from `--task_topology_*`)."""
    import iree.runtime as rt
    from iree.runtime._binding import create_hal_driver

    key = (device, flags)
    if key not in _DEVICES:
        if flags:
            rt.flags.parse_flags(*flags)
        _DEVICES[key] = create_hal_driver(device).create_device_by_uri(device)
    return _DEVICES[key]


def run(function, inputs: list[np.ndarray]) -> list[np.ndarray]:
    """Call a loaded function and return its outputs as numpy arrays."""
    out = function(*inputs)
    outs = out if isinstance(out, (tuple, list)) else [out]
    return [np.asarray(o.to_host() if hasattr(o, "to_host") else o) for o in outs]


def prepared_call(function, inputs: list[np.ndarray]) -> Callable[[], object]:
    """A call of a loaded function as iree-benchmark-module makes it: the inputs uploaded to the
    device and packed into the VM's argument list once, each call one `invoke` of the VM
    function, its results left on the device (the list of them is returned).

    Not the Python function object's call, which packs its arguments and wraps its results anew
    each time: on the 2-core VM that took 11-24 us more a call (medians; 2-5% of a small zoo
    model's call), time no user's `iree-run-module` spends
    (benchmarks/results/closed-loop/call-overhead.md). Nor numpy conversions, which took 100 us
    of a 260 us call."""
    import iree.runtime as rt
    from iree.runtime.function import InvokeContext

    args = [rt.asdevicearray(function._device, a) for a in inputs]
    packed = function._arg_packer.pack(InvokeContext(function._device), args, {})
    context, vm_function = function._vm_context, function._vm_function

    def call() -> object:
        results = rt.VmVariantList(1)
        context.invoke(vm_function, packed, results)
        return results
    return call


def torch_outputs(module, inputs) -> list[np.ndarray]:
    """The torch module's outputs (one tensor or a tuple of them) as numpy arrays: the reference."""
    import torch

    with torch.no_grad():
        out = module(*inputs)
    return [t.numpy() for t in (out if isinstance(out, (tuple, list)) else [out])]


def torch_eager(module, inputs) -> Callable[[], None]:
    """A call of the torch module under no_grad, as a user would run it: for timing."""
    import torch

    def call() -> None:
        with torch.no_grad():
            module(*inputs)
    return call


@dataclass
class Comparison:
    max_abs: float
    max_rel: float  # max |a-b| / max |reference|, robust to entries near zero

    def within(self, atol: float, rtol: float) -> bool:
        return self.max_abs <= atol or self.max_rel <= rtol


def compare(actual: list[np.ndarray], expected: list[np.ndarray]) -> Comparison:
    """Largest absolute and (scale-relative) error over all outputs."""
    if len(actual) != len(expected):
        raise UserError(f"The module returned {len(actual)} outputs; torch returned {len(expected)}.")
    max_abs = max_rel = 0.0
    for a, e in zip(actual, expected):
        if a.shape != e.shape:
            raise UserError(f"Output shape {a.shape} differs from torch's {e.shape}.")
        diff = float(np.max(np.abs(a.astype(np.float64) - e.astype(np.float64)))) if a.size else 0.0
        scale = float(np.max(np.abs(e))) if e.size else 0.0
        max_abs = max(max_abs, diff)
        max_rel = max(max_rel, diff / scale if scale > 0 else diff)
    return Comparison(max_abs, max_rel)
