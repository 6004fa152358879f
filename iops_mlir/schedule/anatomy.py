"""Where a block's schedule pays above the least its dispatches could: the anatomy of its gap.

Every dispatch pays at least its least term of the stage-count bound (`search`): the cheaper of
its stage alone and its least area in a stage of two or more (`PartSearch.off_chain`). The sum
of those terms is the floor of every bound the search proves; a schedule pays more in:
  - stages of one: a dispatch alone where its least area would have been cheaper;
  - IREE's own waves kept (the stages a cautious model leaves uncharged): their span above their
    members' least terms;
  - other stages of two or more, and where the model writes its formula out (`StageForm`), in
    their floors (the barrier each stage pays), their slowest member above their shares (a
    stage a member keeps waiting), and their members' shares above their least terms (under a
    cautious model: the charge a member of one of IREE's waves pays outside that wave).
The block's proven lower bound covers part of that excess: the stage-count bound's chain of
floors at the start, the cover's prices where the block is priced (`cover_bound`), and what the
later passes proved above them. What is left is the gap: the
schedule may pay it for nothing, or the bound may not see why it must. Which of the terms it
sits in says where a stronger bound, or a better schedule, would have to look.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ..cost.base import StageCost
from .search import PartSearch


@dataclass(frozen=True)
class GapAnatomy:
    """One block's schedule, its cost split into its dispatches' least terms and what it pays
    above them (all in us)."""

    cost_us: float  # the schedule, under the model
    least_us: float  # its dispatches' least terms, summed
    alone_us: float  # stages of one, above their dispatch's least term
    kept_waves_us: float  # IREE's waves kept (uncharged), above their members' least terms
    together_us: float  # every other stage of two or more, above its members' least terms
    # `together_us` in parts, where the model writes its formula out (None where it does not):
    floors_us: float | None  # each stage's floor
    slowest_us: float | None  # the slowest member above the members' shares
    shares_us: float | None  # the members' shares above their least terms
    margin_us: float  # the model's margin charge, over every stage (0 without one)
    chain_floors_us: float  # the stage-count bound at the block's start, above the least terms
    lower_bound_us: float  # the block's proven lower bound
    cover_us: float | None = None  # the cover's prices at the start, above the least terms (None: not priced)

    def as_json(self) -> dict:
        # + 0.0: a term that is zero up to rounding reads 0.0, not -0.0
        return {key: None if value is None else round(value, 3) + 0.0 for key, value in asdict(self).items()}


def gap_anatomy(search: PartSearch, stages: list[list[int]], cost: StageCost, lower_bound_us: float) -> GapAnatomy:
    """The anatomy of `stages`, a schedule of the block that `search` (its whole-block search)
    covers, under `cost` (the search's model), with the block's proven `lower_bound_us`."""
    index = {node: i for i, node in enumerate(search.nodes)}
    least = search.off_chain
    form = cost.stage_form(search.nodes)
    uncharged = cost.uncharged_stages()
    plain = cost.uncharged()
    total = alone = kept = together = floors = slowest = shares = margin = 0.0
    split = form is not None  # every stage of `together` priced by the form's formula
    for stage in stages:
        us = cost.stage_us(stage)
        total += us  # as `schedule_us` sums them, stage by stage
        above = us - sum(least[index[n]] for n in stage)
        margin += us - plain.stage_us(stage)
        if len(stage) == 1:
            alone += above
        elif frozenset(stage) in uncharged:
            kept += above
        else:
            together += above
            split = split and frozenset(stage) not in form.exact
            if split:
                shared = sum(form.shared[n] for n in stage)
                stage_floor = form.scale * form.floor
                stage_slowest = form.scale * max(0.0, max(form.longest[n] for n in stage) - shared)
                floors += stage_floor
                slowest += stage_slowest
                shares += above - stage_floor - stage_slowest
    least_us = sum(least)
    return GapAnatomy(cost_us=total, least_us=least_us, alone_us=alone, kept_waves_us=kept,
                      together_us=together, floors_us=floors if split else None,
                      slowest_us=slowest if split else None, shares_us=shares if split else None,
                      margin_us=margin, chain_floors_us=search.chain_bounds(0) - least_us,
                      lower_bound_us=lower_bound_us,
                      cover_us=None if search.cover is None else search.cover.total(search.full) - least_us)
