"""The GPU kit: every program a GPU run needs, built on a CPU machine, run there in one command.

A GPU is usually borrowed for minutes, on a machine with Python and numpy but no IREE and
no network. `iops-mlir gpu-kit` (`build`) compiles the zoo here and packs it with the IREE
runtime wheel and a runner (`run_kit.py`, standard library + numpy + the IREE runtime);
`run.sh RESULTS_DIR` there checks, times and profiles every program and writes
`results.json`; `iops-mlir gpu-report` (`report`) turns that file into tables, a plot and a
calibrated analytic model back here.

Layout of a kit (everything is named in `manifest.json`):
  run.sh, run_kit.py, timing.py        the runner
  wheels/iree_base_runtime-*.whl       the runtime, unpacked by the runner into a temporary folder
  modules/GROUP/VARIANT.BUILD.vmfb.xz  the compiled programs (xz: their PTX text shrinks ~14x)
  params/GROUP[.replaced].irpa         weights: splat archives (full size, for timing) or the real
                                       ones (small models, for the correctness check)
  data/GROUP/{input,output}N.npy       inputs and torch's outputs of the small models
  plans/GROUP/graph.json, schedule.json the dispatch graph and iops's schedule, for the report
"""
