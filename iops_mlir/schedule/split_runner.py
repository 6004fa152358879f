"""The splits of several blocks on their waves run side by side, in worker processes.

Each block's split (`wave_split.WaveSplitter`) is an independent search: its own block, its own
best schedule, its own budget. The split pass gives them their shares of the expansions round by
round, every share of a round fixed before the round starts, so what a split does depends on its
shares alone and not on which one finishes first: run one after another or side by side, the
same shares give the same schedules, bounds and expansions.

Side by side, the blocks are dealt out among up to one process per CPU, forked from the search:
each inherits its splitters and keeps their searches' open states between rounds, and answers
each round's shares with what its runs found. The processes run nothing but the search's own
Python (no MLIR, no runtime), and are told to stop, or killed, when the pass ends. Where a process
cannot be forked, or one worker is all there is, the splits run one after another in the
search's own process.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection

from .wave_split import WaveSplit, WaveSplitter


@dataclass
class SplitRun:
    """What one round did for one block's split: its result so far, the expansions it spent in
    the round, and whether more budget could do more."""

    split: WaveSplit
    spent: int
    finished: bool


def available_workers() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _run(splitter: WaveSplitter, expansions: int) -> SplitRun:
    """One split on `expansions` more."""
    before = splitter.spent
    split = splitter.run(expansions)
    return SplitRun(split, splitter.spent - before, splitter.finished)


def _serve(splitters: dict[int, WaveSplitter], pipe: Connection) -> None:
    """A worker's loop: run each round's shares it is sent (block -> expansions) on its splits,
    one after another, and answer what each run did; stop on None."""
    while (shares := pipe.recv()) is not None:
        try:
            pipe.send(("ok", {b: _run(splitters[b], share) for b, share in shares.items()}))
        except BaseException:  # noqa: BLE001 - handed to the parent, which raises it
            pipe.send(("error", traceback.format_exc()))
            return


class SplitRunner:
    """Runs the splits `splitters` (block -> splitter) a round at a time, in at most `workers`
    processes, the blocks dealt out among them in turn (one worker: in this process). A context
    manager: the processes end with it."""

    def __init__(self, splitters: dict[int, WaveSplitter], workers: int) -> None:
        self.splitters = splitters
        self.worker_of: dict[int, int] = {}
        self.pipes: list[Connection] = []
        self.processes: list[multiprocessing.Process] = []
        count = min(workers, len(splitters))
        if count > 1 and "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            self.worker_of = {b: k % count for k, b in enumerate(splitters)}
            for worker in range(count):
                mine, theirs = context.Pipe()
                own = {b: splitter for b, splitter in splitters.items() if self.worker_of[b] == worker}
                process = context.Process(target=_serve, args=(own, theirs), daemon=True)
                process.start()
                theirs.close()
                self.pipes.append(mine)
                self.processes.append(process)

    def __enter__(self) -> SplitRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        for pipe in self.pipes:
            try:
                pipe.send(None)
            except OSError:
                pass  # the worker has gone already
        for process in self.processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()

    @property
    def side_by_side(self) -> bool:
        return bool(self.pipes)

    def run(self, shares: dict[int, int]) -> dict[int, SplitRun]:
        """One round: each block's split on its share (block -> expansions), the workers all at
        once where side by side; what each did."""
        if not self.side_by_side:
            done = {b: _run(self.splitters[b], share) for b, share in shares.items()}
        else:
            asked: dict[int, dict[int, int]] = {}  # worker -> its blocks' shares
            for b, share in shares.items():
                asked.setdefault(self.worker_of[b], {})[b] = share
            for worker, theirs in asked.items():
                self.pipes[worker].send(theirs)
            done = {}
            for worker, theirs in asked.items():
                blocks = list(theirs)
                try:
                    status, answer = self.pipes[worker].recv()
                except (EOFError, OSError):
                    raise RuntimeError(f"the split of blocks {blocks} ended without an answer: their worker "
                                       "process was killed (out of memory?)") from None
                if status != "ok":
                    raise RuntimeError(f"the split of blocks {blocks} failed in their worker process:\n{answer}")
                done.update(answer)
        return {b: done[b] for b in shares}
