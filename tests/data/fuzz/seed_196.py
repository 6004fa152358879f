"""Fuzz reproducer: iops-mlir check --module THIS_FILE:build"""
import json

from iops_mlir import fuzzing

SPEC = json.loads("{\"heads\": [], \"in_channels\": 16, \"nodes\": [{\"bias\": true, \"inputs\": [0], \"kernel\": [3, 3], \"op\": \"conv\", \"out\": 2, \"relu\": false}, {\"inputs\": [1], \"op\": \"relu\"}, {\"inputs\": [0], \"op\": \"sigmoid\"}, {\"bias\": true, \"inputs\": [0], \"kernel\": [5, 5], \"op\": \"conv\", \"out\": 12, \"relu\": false}, {\"inputs\": [3], \"op\": \"sigmoid\"}, {\"inputs\": [4], \"op\": \"relu\"}, {\"inputs\": [1], \"op\": \"maxpool\"}, {\"bias\": true, \"inputs\": [6], \"kernel\": [1, 3], \"op\": \"conv\", \"out\": 4, \"relu\": true}, {\"inputs\": [8], \"op\": \"relu\"}, {\"bias\": false, \"inputs\": [6], \"kernel\": [5, 5], \"op\": \"conv\", \"out\": 12, \"relu\": true}, {\"inputs\": [7], \"op\": \"avgpool\"}, {\"inputs\": [9, 8], \"op\": \"concat\"}], \"size\": 12}")
SEED = 196


def build():
    return fuzzing.build(SPEC, SEED)
