"""The GPU kit: every program a GPU run needs, built on a CPU machine, run there in one command.

A GPU machine (a cluster node, a cloud instance, a CI runner) often has Python and numpy but
no IREE and no network, and is held for minutes. `iops-mlir gpu-kit` (`build`) compiles the
zoo on any machine and packs it with the IREE runtime wheel and a runner (`run_kit.py`,
standard library + numpy + the IREE runtime); `run.sh RESULTS_DIR` on the GPU machine checks,
times and profiles every program, times every dispatch and sampled stage alone (`alone`), and
writes `results.json`; `iops-mlir gpu-report` (`report`)
turns that file into tables, a plot and a calibrated analytic model.

Layout of a kit (everything is named in `manifest.json`):
  run.sh, run_kit.py, timing.py        the runner
  wheels/iree_base_runtime-*.whl       the runtime, unpacked by the runner into a temporary folder
  modules/GROUP/VARIANT.BUILD.vmfb.xz  the compiled programs (xz: their PTX text shrinks ~14x)
  params/GROUP[.replaced].irpa         weights: splat archives (full size, for timing) or the real
                                       ones (small models, for the correctness check)
  data/GROUP/{input,output}N.npy       inputs and torch's outputs of the small models
  plans/GROUP/graph.json, schedule.json the dispatch graph and iops's schedule, for the report
  plans/GROUP/iree-stages.json         IREE's three orders as stages of the imported graph (headroom)
  alone/GROUP/PROGRAM/EXE.vmfb.xz      IREE's benchmark module of each executable, and stage-K.vmfb.xz
                                       of the dearest stages, timed alone (`alone`; PROGRAM is
                                       as-imported, or kept for a rewritten program iops ships)
"""

IREE_STAGES = "iree-stages.json"  # in each group's plans: IREE's orders as stages of the imported graph
SEQUENTIAL = "iree-debug"  # the variant that runs one dispatch after another
# Per runtime device, the kit's setting that runs dispatches one after another, a kernel at a time:
# what a dispatch timed alone there costs is its time in a sequential program.
SEQUENTIAL_SETTING = {"cuda": "stream", "local-task": "local-task"}
