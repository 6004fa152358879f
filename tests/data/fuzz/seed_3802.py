"""Fuzz reproducer: iops-mlir check --module THIS_FILE:build"""
import json

from iops_mlir import fuzzing

SPEC = json.loads("{\"heads\": [6, 6, 6], \"in_channels\": 12, \"nodes\": [{\"bias\": false, \"inputs\": [0], \"kernel\": [3, 1], \"op\": \"conv\", \"out\": 16, \"relu\": true}, {\"bias\": false, \"inputs\": [1], \"kernel\": [3, 3], \"op\": \"conv\", \"out\": 12, \"relu\": false}, {\"inputs\": [2], \"op\": \"maxpool\"}, {\"inputs\": [3, 3], \"op\": \"concat\"}, {\"inputs\": [4], \"op\": \"maxpool\"}, {\"inputs\": [4], \"op\": \"sigmoid\"}, {\"bias\": false, \"inputs\": [0], \"kernel\": [1, 1], \"op\": \"conv\", \"out\": 2, \"relu\": false}, {\"inputs\": [3, 2], \"op\": \"concat\"}, {\"inputs\": [3], \"op\": \"maxpool\"}, {\"inputs\": [7], \"op\": \"sigmoid\"}, {\"inputs\": [4], \"op\": \"sigmoid\"}, {\"inputs\": [1], \"op\": \"maxpool\"}], \"size\": 12}")
SEED = 3802


def build():
    return fuzzing.build(SPEC, SEED)
