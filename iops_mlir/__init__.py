"""iops-mlir: inter-operator parallelism scheduling for IREE.

The package takes a PyTorch model through torch-mlir and IREE, extracts the
dataflow graph of IREE dispatches, chooses a stage schedule, and rewrites the
stream IR so that each stage's dispatches run concurrently.
"""

__version__ = "0.1.0"
