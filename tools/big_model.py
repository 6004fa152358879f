"""A large random model (700 ops; 1,564 dispatches with the current llvm-cpu flags) for the README's limits check.

    iops-mlir compile --module tools/big_model.py:build --cost-model analytic -o build/big.vmfb

A fixed graph from the fuzzer's generator (seed 7, 700 ops: convs that often share inputs,
depthwise convs, pools, adds, concats), so the compile is the same every time.
"""

import random

from iops_mlir import fuzzing

SEED = 7
OPS = 700


def build():
    spec = fuzzing.random_spec(random.Random(SEED).randint, max_nodes=OPS, min_nodes=OPS)
    return fuzzing.build(spec, SEED)
