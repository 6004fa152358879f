"""Operator replacement: named rewrite rules on torch-mlir's linalg IR, before dispatch formation.

Each rule is a matcher (`find`: the groups of ops it can rewrite) plus a rewrite
(`rewrite`: one group, returning a record of what it did). `rewrite_module`
applies the chosen rules until none matches; the driver decides with the cost
model whether the rewritten program is kept (see `pipeline.variants.choose`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from iree.compiler import ir

from ..errors import UserError
from . import conv_merge, matmul_merge
from .ir_tools import erase_dead
from .merge import MergeRecord, SiblingGroup, name_ops, unname_ops


@dataclass(frozen=True)
class Rule:
    """A named rewrite: `find` lists what it matches in a block, `rewrite` rewrites one match."""

    name: str
    find: Callable[[ir.Block], list[SiblingGroup]]
    rewrite: Callable[[SiblingGroup], MergeRecord]


RULES: dict[str, Rule] = {
    conv_merge.NAME: Rule(conv_merge.NAME, conv_merge.find, conv_merge.rewrite),
    matmul_merge.NAME: Rule(matmul_merge.NAME, matmul_merge.find, matmul_merge.rewrite),
}

MODES = ("auto", "all", "none")


def parse_rules(text: str | None) -> list[Rule]:
    """`a,b` -> the rules of those names (all of them for None)."""
    if text is None:
        return list(RULES.values())
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in RULES]
    if unknown or not names:
        raise UserError(f"Unknown replacement rule(s) {', '.join(unknown) or repr(text)}. "
                        f"Known: {', '.join(RULES)}.")
    return [RULES[n] for n in names]


def _main_block(module: ir.Module) -> ir.Block:
    for op in module.body.operations:
        op = op.operation
        if op.name == "func.func" and ir.StringAttr(op.attributes["sym_name"]).value == "main":
            return op.regions[0].blocks[0]
    raise UserError("The imported module has no function @main to rewrite.")


def rewrite_module(module: ir.Module, rules: list[Rule]) -> list[MergeRecord]:
    """Apply `rules` to @main until nothing matches; returns what was done, in order.

    Groups are found again after every rewrite because a rewrite replaces values
    that other groups may read (Inception's 1x3 and 3x1 convs read the output of
    a 1x1 conv that an earlier merge turned into a slice).
    """
    block = _main_block(module)
    name_ops(block, {conv_merge.CONV, matmul_merge.MATMUL})
    records: list[MergeRecord] = []
    while True:
        for rule in rules:
            groups = rule.find(block)
            if groups:
                records.append(rule.rewrite(groups[0]))
                break
        else:
            break
    unname_ops(block)
    if records:
        erase_dead(block)
    try:
        module.operation.verify()
    except ir.MLIRError as e:  # a bug in a rule, never the user's fault: say which rules ran
        raise UserError(f"Operator replacement ({', '.join(r.name for r in rules)}) produced IR that "
                        f"does not verify; rerun with --replace none to skip it. {e}") from None
    return records


def rewrite_text(text: str, rules: list[Rule]) -> tuple[str, list[MergeRecord]]:
    """Parse linalg MLIR text, apply `rules`, return the new text and the records."""
    with ir.Context() as ctx, ir.Location.unknown():
        try:
            module = ir.Module.parse(text, ctx)
        except ir.MLIRError as e:
            raise UserError(f"Could not parse the imported linalg IR: {e}") from None
        records = rewrite_module(module, rules)
        return str(module), records
