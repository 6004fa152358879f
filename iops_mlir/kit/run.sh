#!/usr/bin/env bash
# Run this GPU kit: ./run.sh RESULTS_DIR [--device cuda] [--repetitions N] [--settings graph,stream] ...
# Needs python3 (the CPython version the kit was built for) with numpy; nothing is installed:
# the IREE runtime wheel is unpacked into a temporary folder. PYTHON=python3.12 picks the interpreter.
# ./run.sh --help lists every option.
set -euo pipefail
kit="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "${PYTHON:-python3}" "$kit/run_kit.py" --kit "$kit" "$@"
