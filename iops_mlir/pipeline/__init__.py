"""The compile pipeline: typed steps from an imported program to the shipped .vmfb (see `driver`).

  front       flow, stream.async and the dispatch graph of one program
  scheduling  its cost model, plan (`plan`, a pure function) and report (`report`)
  variants    operator replacement: which programs to compile, which to keep
  back        apply the schedule, lower to stream.cmd, generate code
  verdict     time a program that leaves IREE's order against it; ship the faster
"""
