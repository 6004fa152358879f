#!/bin/bash
# Full compile times, interleaved model by model: IREE's order through the pipeline
# (`--scheduler iree --replace none --verify off`, the reference of the compile-time target) and
# the default compile at two checkouts of this repository (e.g. `git worktree add` of two commits),
# each compile with an empty cost cache of its own, so each profiles and times from nothing.
#
# Usage: bash tools/compile_times.sh BEFORE_CHECKOUT AFTER_CHECKOUT OUT MODEL...
# Writes OUT/times.txt (one line per compile: model, variant, exit status, seconds, UTC end time)
# and each compile's dump (OUT/MODEL-VARIANT/) and log (OUT/MODEL-VARIANT.log).
set -u
before=$(realpath "$1"); after=$(realpath "$2"); mkdir -p "$3"; out=$(realpath "$3"); shift 3
py=${PYTHON:-$(realpath .venv/bin/python)}
for m in "$@"; do
  for v in iree before after; do
    dir=$after; extra=""
    [ "$v" = before ] && dir=$before
    [ "$v" = iree ] && extra="--scheduler iree --replace none --verify off"
    rm -rf "$out/cache-$m-$v" "$out/$m-$v"
    start=$(date +%s.%N)
    # -m from the checkout: its own iops_mlir, not the one installed
    (cd "$dir" && IOPS_MLIR_CACHE="$out/cache-$m-$v" "$py" -m iops_mlir.cli compile --model "$m" $extra \
        -o "$out/$m-$v.vmfb" --dump-dir "$out/$m-$v" > "$out/$m-$v.log" 2>&1)
    rc=$?
    end=$(date +%s.%N)
    echo "$m $v rc=$rc seconds=$(echo "$end - $start" | bc) at=$(date -u +%H:%M:%S)" | tee -a "$out/times.txt"
  done
done
