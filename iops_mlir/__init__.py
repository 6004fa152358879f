"""iops-mlir: inter-operator parallelism scheduling for IREE.

The package takes a PyTorch model through torch-mlir and IREE, extracts the
dataflow graph of IREE dispatches, chooses a stage schedule, and rewrites the
stream IR so that each stage's dispatches run concurrently.
"""

__version__ = "0.1.0"

_API = ("compile", "load", "CompiledModel", "LoadedModel")
__all__ = [*_API, "__version__"]


def __getattr__(name: str):
    """`iops_mlir.compile` and `iops_mlir.load` (see `api`), imported on first use so that the
    command line does not pay for torch where it does not need it."""
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'iops_mlir' has no attribute '{name}'")
