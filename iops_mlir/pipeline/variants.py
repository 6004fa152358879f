"""Operator replacement in the pipeline: which programs to compile, and which one to keep."""

from __future__ import annotations

from dataclasses import dataclass

from .. import replace as replace_mod
from ..choices import ReplaceMode
from ..files import make_dir, write_text
from ..options import CompileOptions
from ..progress import Progress
from ..schedule.model import schedule_file_replaced
from .back import Scheduled
from .front import Variant
from .report import ReplacementReport


def replacement_variants(options: CompileOptions, plain: Variant, progress: Progress) -> list[Variant]:
    """The programs to compile: as imported and/or rewritten by the replacement rules."""
    mode = options.replace_mode
    if options.schedule_file is not None and options.replace in (None, ReplaceMode.AUTO):
        # A schedule is for one program: the one it was made from.
        mode = ReplaceMode.ALL if schedule_file_replaced(options.schedule_file) else ReplaceMode.NONE
    if mode is ReplaceMode.NONE:
        return [plain]
    text = (plain.work / "input.mlir").read_text()
    new_text, records = replace_mod.rewrite_text(text, replace_mod.parse_rules(options.rules))
    if not records:
        progress.say("operator replacement: no rule matches")
        return [plain]
    progress.say(f"operator replacement: {len(records)} rewrite(s) "
                 f"({', '.join(sorted({r.rule for r in records}))})")
    sub = make_dir(plain.work / "replaced")
    write_text(sub / "input.mlir", new_text)
    plain.log.record(["iops-mlir", "replace", "input.mlir", "-o", "replaced/input.mlir"])
    replaced = Variant("replaced", plain.log.beside(sub), records)
    return [replaced] if mode is ReplaceMode.ALL else [plain, replaced]


@dataclass
class Candidate:
    """A variant taken to its schedule, or the reason it could not be (auto mode only)."""

    variant: Variant
    scheduled: Scheduled | None = None
    failure: str | None = None


def choose(options: CompileOptions, candidates: list[Candidate], progress: Progress) -> Scheduled:
    """The rewritten program if predicted faster by more than the cost model's margin, else as imported.

    Every candidate was planned with the same scheduler and cost model kind; the chosen one's
    report records the decision.
    """
    matches = [r.to_json() for c in candidates for r in c.variant.records]
    usable = [c for c in candidates if c.scheduled is not None]
    decision = None
    if len(usable) == 2:
        plain, rewritten = (c.scheduled for c in usable)
        name = plain.plan.chosen.scheduler
        # Each program's own pick: the program as imported keeps IREE's order where no pick of it
        # could pass the closed loop's bar (`pick_rule`), while the rewrite is searched.
        predicted = {c.variant.label: c.scheduled.report.predicted_us[c.scheduled.plan.chosen.scheduler]
                     for c in usable}
        # The rewrite must win by more than the model's error, as concurrency must.
        margin = plain.report.cost_model["margin"]
        wins = predicted["replaced"] < predicted["as-imported"] * (1.0 - margin)
        # A profile from elsewhere (measured:FILE) may lack the rewrite's new dispatches, which are
        # then estimated: a rewrite is kept on the device's times only. (On an H200, a NASNet-A
        # rewrite predicted 40% faster on 438 estimated dispatches measured 2x its prediction.)
        unmeasured = (rewritten.report.cost_model.get("dispatches_estimated_not_measured") or 0) - (
            plain.report.cost_model.get("dispatches_estimated_not_measured") or 0)
        chosen = rewritten if wins and unmeasured <= 0 else plain
        decision = {"scheduler": name, "predicted_us": predicted, "margin": margin,
                    "as_imported_predicted_us": plain.report.predicted_us}
        if rewritten.plan.chosen.scheduler != name:
            decision["rewrite_scheduler"] = rewritten.plan.chosen.scheduler
        if unmeasured > 0:
            decision["rewrite_dispatches_not_measured"] = unmeasured
        progress.say("operator replacement: predicted " + ", ".join(
            f"{k} {v:.0f} us" for k, v in predicted.items()) + f"; keeping {chosen.program.variant.label}"
            + (f" ({unmeasured} of the rewrite's dispatches were not timed on the device)" if unmeasured > 0 else ""))
    else:
        chosen = usable[-1].scheduled
        failed = [c.failure for c in candidates if c.failure]
        if failed:
            decision = {"failed": failed[0]}
    applied = bool(chosen.program.variant.records)
    chosen.report.replacements = ReplacementReport(mode=str(options.replace_mode), matches=matches, applied=applied,
                                                   dir="replaced" if applied else ".", decision=decision)
    return chosen
