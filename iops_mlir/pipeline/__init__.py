"""The compile pipeline: typed steps from an imported program to the shipped .vmfb (see `driver`).

  front       flow, stream.async and the dispatch graph of one program
  scheduling  its cost model, plan (`plan`, a pure function) and report (`report`)
  variants    operator replacement: which programs to compile, which to keep
  back        apply the schedule, lower to stream.cmd, generate code
  profiling   the flat program and IREE's orders profiled whole; the wave model and headroom
  closed_loop the pick and IREE's orders measured, the model refined, the fastest shipped
"""
