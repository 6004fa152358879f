"""Fuzz reproducer: iops-mlir check --module THIS_FILE:build"""
import json

from iops_mlir import fuzzing

SPEC = json.loads("{\"heads\": [2], \"in_channels\": 12, \"nodes\": [{\"bias\": false, \"inputs\": [0], \"kernel\": [3, 3], \"op\": \"conv\", \"out\": 6, \"relu\": true}, {\"bias\": false, \"inputs\": [0], \"kernel\": [5, 5], \"op\": \"conv\", \"out\": 6, \"relu\": true}, {\"inputs\": [1], \"op\": \"sigmoid\"}, {\"inputs\": [3, 1], \"op\": \"concat\"}, {\"bias\": true, \"inputs\": [0], \"kernel\": [5, 5], \"op\": \"conv\", \"out\": 2, \"relu\": false}, {\"inputs\": [5], \"op\": \"avgpool\"}, {\"bias\": true, \"inputs\": [0], \"kernel\": [3, 3], \"op\": \"conv\", \"out\": 12, \"relu\": true}, {\"inputs\": [1], \"op\": \"relu\"}, {\"inputs\": [6], \"op\": \"sigmoid\"}, {\"inputs\": [4], \"op\": \"avgpool\"}, {\"inputs\": [9], \"op\": \"maxpool\"}], \"size\": 8}")
SEED = 105


def build():
    return fuzzing.build(SPEC, SEED)
