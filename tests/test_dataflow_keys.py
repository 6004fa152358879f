"""IREE's orders matched to graph nodes by what each dispatch computes, not by its position."""

from __future__ import annotations

import textwrap
from collections import defaultdict

import pytest

from iops_mlir import driver, frontend, graph as graph_mod, iree_tools, stream_ir
from iops_mlir.choices import Phase
from iops_mlir.dataflow_keys import dispatch_keys, match_dispatches
from iops_mlir.errors import UserError
from iops_mlir.iree_tools import CommandLog
from iops_mlir.options import CompileOptions
from iops_mlir.schedule import Schedule, baselines, validate

# Two like chains from one input: every convolution is one executable, dispatched four times.
# The flat program lists chain a, then chain b; IREE's max-concurrency order runs both chains'
# first convolutions in one wave, then both second ones, so the occurrences come in another order.
TWO_CHAINS = textwrap.dedent(
    """
    import torch
    from torch import nn


    class TwoChains(nn.Module):
        def __init__(self):
            super().__init__()
            self.a = nn.ModuleList([nn.Conv2d(8, 8, 3, padding=1) for _ in range(2)])
            self.b = nn.ModuleList([nn.Conv2d(8, 8, 3, padding=1) for _ in range(2)])

        def forward(self, x):
            a = self.a[1](torch.relu(self.a[0](x)))
            b = self.b[1](torch.relu(self.b[0](x)))
            return a * b


    def build():
        torch.manual_seed(0)
        return TwoChains().eval(), (torch.rand(1, 8, 16, 16),)
    """
)


@pytest.fixture(scope="module")
def two_chains(tmp_path_factory: pytest.TempPathFactory):
    """(flat module, max-concurrency module, graph) of the two-chain model."""
    out = tmp_path_factory.mktemp("two-chains")
    (out / "model.py").write_text(TWO_CHAINS)
    name, module, inputs = frontend.load(model=None, module_spec=f"{out / 'model.py'}:build")
    driver.compile_module(module, inputs, model=name,
                          options=CompileOptions(dump_dir=out, stop_after=Phase.ASYNC, quiet=True))
    CommandLog(out).run(iree_tools.to_async("flow.mlir", "async.mc.mlir", favor="max-concurrency"),
                        what="iree-opt (max-concurrency)")
    ctx = stream_ir.new_context()
    flat = stream_ir.parse_module((out / "async.mlir").read_text(), ctx)
    other = stream_ir.parse_module((out / "async.mc.mlir").read_text(), ctx)
    return flat, other, graph_mod.extract(stream_ir.analyse_module(flat))


def _by_position(other, graph: graph_mod.DispatchGraph) -> list[int]:
    """The k-th occurrence of an executable taken as its k-th node: what IREE's orders were
    matched by before."""
    pending = {s: list(q) for s, q in graph.dispatches_by_symbol().items()}
    return [pending[symbol].pop(0) for symbol, _ in dispatch_keys(other)]


def test_max_concurrency_is_matched_by_dataflow(two_chains) -> None:
    flat, other, graph = two_chains
    flat_keys = dispatch_keys(flat)
    assert len(set(flat_keys)) == len(flat_keys) == len(graph.dispatch_ids())  # each dispatch its own key
    assert {k for _, k in dispatch_keys(other)} == {k for _, k in flat_keys}  # the same program
    waves = baselines.iree_waves(other, graph, flat_keys)
    validate(waves, graph)
    assert any(len(s) > 1 for s in waves.stages)
    # The fixture does what it is for: matched by position, the waves break dependences.
    matched = match_dispatches(flat_keys, other, graph)
    assert matched != _by_position(other, graph)
    stages_by_position = []
    nodes = iter(_by_position(other, graph))
    for stage in waves.stages:
        stages_by_position.append([next(nodes) for _ in stage])
    with pytest.raises(UserError, match="violates a dependence"):
        validate(Schedule("by-position", stages_by_position), graph)


def test_each_matched_dispatch_runs_its_own_executable(two_chains) -> None:
    flat, other, graph = two_chains
    matched = match_dispatches(dispatch_keys(flat), other, graph)
    assert sorted(matched) == graph.dispatch_ids()
    assert [graph.nodes[n].symbol for n in matched] == [s for s, _ in dispatch_keys(other)]


def test_keys_follow_dataflow_not_names_or_regions(two_chains) -> None:
    """One executable dispatched four times has four keys: a key changes with the dispatch's
    inputs (chain a's and chain b's first convolutions read the same input but other weights)."""
    flat, _, graph = two_chains
    keys = defaultdict(list)
    for symbol, key in dispatch_keys(flat):
        keys[symbol].append(key)
    assert max(len(v) for v in keys.values()) >= 4  # one executable, four different keys
    assert all(len(set(v)) == len(v) for v in keys.values())
