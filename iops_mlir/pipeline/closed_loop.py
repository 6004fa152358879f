"""The closed loop: the search's pick is compiled and measured, the model refined, the fastest ships.

Candidates are IREE's three orders of the program as imported (`min-peak-memory`, the default,
`max-concurrency`, and `debug`: the flat program, one dispatch at a time) and the search's pick
of each round. Every candidate is compiled and
timed on the device (`timing.interleaved`, the bench's harness): IREE's orders together, then
each pick against IREE's best order in paired rounds, until the interval of their ratio
(`timing.ratio_interval`) settles whether the pick is faster (a sequential test of at most
`--verify-rounds` rounds; fast programs get more rounds, until `--verify-rounds` x
`timed.SECONDS_PER_ROUND` seconds passed).
A pick predicted from another pick or a code variant's program is timed in the same rounds
against that one too, and that direct timing decides between the two (`_fastest`).
With the profiled cost model a pick is compiled only where the model predicts it faster than the
fastest program measured by more than its own error (its margin) and MIN_GAIN; when a pick's
measurement disagrees with its prediction by more than the margin, it is profiled, its waves
join the fit and the search runs again, for at most MAX_ROUNDS picks, under the same rule. A pick ships
only when it is faster than IREE's best order by at least MIN_GAIN at 95% confidence;
otherwise IREE's best order ships, so iops never ships something slower than IREE's best order.
IREE's best order is `max-concurrency` unless another of IREE's orders was faster than it by the
same rule in the rounds that timed them together (`_best_iree`): a lead the rounds cannot tell
from noise is no reason to leave the order that holds best in later timings.
The fastest program is then timed on fewer CPU workers; where fewer ran it faster, its waves
compiled with each of the target's code variants (`code_variants`: each dispatch split for the
device's workers, one worker per dispatch) are more candidates, and the search's pick under each
variant's model (refitted on that variant's program once timed and profiled) another, each
timed the same way. That search is given the rule's bar (`pick_bar`): it stops where its bounds
show that no schedule it could find would be predicted faster by enough to be compiled.

Predictions are out of sample and of the whole call. A pick is predicted before it is
compiled: the fastest program measured so far, scaled by the wave model's ratio of the two
spans (`predict_pick`). IREE's orders are predicted leave-one-program-out, by the model and
calibration fitted without that program's profile or timing: the span of the stages under the
wave model, turned into a call time by the calibration (`Calibration`) fitted on the other
orders' spans under that same model and their timed calls. The flat program's own prediction
comes from a model fitted without it, its dispatches' times read from IREE's other orders
(`wave_cost_without_flat`).

With `--memory-budget`, a candidate ships only where IREE allocates no more than the budget for
it (its lowered program's transient memory, `_Loop.over_budget`); where none of IREE's orders
does, the first pick is compiled whatever its prediction if it allocates less than each of them.

Timings are cached by the candidates' bytes, so compiling again gives the same output.
Every ratio is over paired rounds (`timing.paired_ratio`). A pick's `measured_us` is its ratio
to IREE's best order times that order's `measured_us`, so every candidate is on the scale of
the first timing session: IREE's default order's median there.
"""

from __future__ import annotations

import dataclasses
import functools
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..cost.base import Cautious
from ..cost.cache import file_digest
from ..cost.calibration import Calibration
from ..cost.timed import Samples, Timed, on_scale_of, time_programs
from ..cost.wave_model import ProfiledProgram, WaveCost, WaveModel, scaled_call_us
from ..errors import ToolError
from ..host_load import busy_phrase
from ..options import CompileOptions
from ..progress import Progress
from ..schedule import Schedule
from ..schedule.memory import transient_allocations
from ..timing import paired_ratio, ratio_interval
from ..targets import CodeVariant
from ..workers import WorkersCheck, check_workers, with_workers
from . import code_variants
from .back import (Scheduled, codegen, compile_iree_orders, compile_stages, copy_to_output,
                   lower_iree_order, parameters_note, transient_bytes, write_schedule_file)
from .front import IREE_ORDERS, iree_order
from .pick_rule import MIN_GAIN, faster_than, pick_bar
from .plan import Plan, fixed_schedules, make_plan
from .profiling import profile_schedules, write_measured_timeline
from .scheduling import PROFILE_CALLS, make_report, search_options

MAX_ROUNDS = 3
# A pick ships when faster than IREE's best order by MIN_GAIN at this confidence (interval of the
# ratio over paired rounds, by batch means).
CONFIDENCE = 0.95
SETTLE_AFTER = 6  # paired rounds before a pick's timing may stop early
# IREE's best order is this one unless another of IREE's orders was surely faster than it in the
# same rounds (`_best_iree`). Its waves are the widest of IREE's orders, and where its timing does
# not tell the orders apart it is the one that holds: over 162 rows of the saved benches in which
# the compile shipped one of IREE's orders, it was within 2% of the best of the three in 159 (all
# three misses full-size Inception-v3, whose orders lie within 4% of each other), the order with
# the least median in the compile's 20 rounds in 155 (benchmarks/results/closed-loop/).
PREFERRED_ORDER = "iree-max-concurrency"
# What the report keeps of a code variant's refitted model (`WaveCost.describe`)
MODEL_FIELDS = ("fitted_on", "fit_samples", "contention", "overhead_us", "gap_us", "fill_us",
                "heldout_median_rel_error")


@dataclass(frozen=True)
class Comparison:
    """A pick timed against IREE's best order in the same rounds: their ratio over the paired
    rounds (`timing.paired_ratio`) and its interval (`timing.ratio_interval`)."""

    against: str
    ratio: float
    low: float
    high: float
    rounds: int

    @classmethod
    def of(cls, samples: Samples, pick: str, against: str) -> Comparison:
        mine, theirs = samples[pick], samples[against]
        low, high = ratio_interval(mine, theirs, level=CONFIDENCE)
        return cls(against, paired_ratio(mine, theirs), low, high, len(mine))

    def faster(self) -> bool:
        """Faster than IREE's best order by at least MIN_GAIN, at the confidence level."""
        return self.high < 1.0 - MIN_GAIN

    def settled(self) -> bool:
        """Whether the verdict is settled: the interval lies wholly on one side of 1 - MIN_GAIN."""
        return self.faster() or self.low > 1.0 - MIN_GAIN

    def phrase(self) -> str:
        """For the terminal: 'x0.944 [0.938-0.951] of iree-max-concurrency in 400 paired rounds'."""
        return f"x{self.ratio:.3f} [{self.low:.3f}-{self.high:.3f}] of {self.against} in {self.rounds} paired rounds"

    def to_json(self) -> dict:
        return {"against": self.against, "ratio": round(self.ratio, 4),
                "interval": [round(self.low, 4), round(self.high, 4)], "rounds": self.rounds}


@dataclass
class Candidate:
    """One measured program: a schedule of one compiled program, its prediction and its timing."""

    name: str  # "iree", "iree-max-concurrency", "iops", "iops-2", ...
    owner: Scheduled  # the program it is a schedule of
    plan: Plan  # the plan whose chosen schedule it is
    vmfb: Path
    predicted_us: float | None  # the whole call, predicted before the candidate was timed
    measured_us: float | None = None
    # Its timing against IREE's best order (an IREE order's: against PREFERRED_ORDER, in their rounds)
    comparison: Comparison | None = None
    predicted_from: str | None = None  # the candidate whose timing its prediction scales (a pick's)
    direct: Comparison | None = None  # its timing against that candidate, where it is not IREE's best order
    code: CodeVariant | None = None  # compiled with this code variant's flags (None: the target's own)
    waves_of: str | None = None  # the candidate whose waves it compiles so (None: its own waves)
    own_profile: ProfiledProgram | None = None  # its profile where it is kept out of the model's fit
    busy_cores: float | None = None  # cores its timed calls kept busy (`timing.Timing.busy_cores`)

    @property
    def is_iree_order(self) -> bool:
        return self.name in IREE_ORDERS

    @property
    def ir_name(self) -> str:
        """The NAME of its async.NAME.mlir and stream.NAME.mlir: an IREE order's own, or its own."""
        return self.waves_of if self.waves_of in IREE_ORDERS else self.name

    @property
    def is_pick(self) -> bool:
        return not self.is_iree_order

    @property
    def stages(self) -> list[list[int]]:
        return self.plan.chosen.stages

    @functools.cached_property
    def sha256(self) -> str | None:
        """Its file's digest: what matches it to the same file timed elsewhere (the bench's IREE
        orders, `bench.speed_since_compile`). None where the file is gone."""
        return file_digest(self.vmfb) if self.vmfb.is_file() else None

    def error(self) -> float | None:
        if self.predicted_us is None or not self.measured_us:
            return None
        return self.predicted_us / self.measured_us - 1.0

    def timed_phrase(self) -> str:
        """A pick's prediction and timing, for the terminal."""
        direct = "" if self.direct is None else "; " + self.direct.phrase()
        return (f"predicted {self.predicted_us:.0f} us, measured {self.measured_us:.0f} us ({self.error():+.1%}); "
                + self.comparison.phrase() + direct)

    def to_json(self) -> dict:
        error = self.error()
        found = {"scheduler": self.name, "program": self.owner.program.variant.label,
                 "predicted_us": None if self.predicted_us is None else round(self.predicted_us, 3),
                 "measured_us": None if self.measured_us is None else round(self.measured_us, 3),
                 "error": None if error is None else round(error, 4), "busy_cores": self.busy_cores,
                 "sha256": self.sha256}
        if self.comparison is not None:
            found["against_best_iree"] = self.comparison.to_json()
        if self.predicted_from is not None:
            found["predicted_from"] = self.predicted_from
        if self.direct is not None:
            found["against_predicted_from"] = self.direct.to_json()
        if self.code is not None:
            found["code"] = self.code.name
        if self.waves_of is not None:
            found["waves_of"] = self.waves_of
        return found


def applies(options: CompileOptions, chosen: Scheduled) -> bool:
    """Whether the output is chosen by measurement (`--verify`): not for a schedule the user asked
    for, nor for a chain (nothing profiled, every order the same). Where the search was skipped
    for want of headroom, IREE's two orders are still timed, and the faster ships."""
    if chosen.report.search_skipped and chosen.profiled is None:
        return False
    return options.measures_output


class _Loop:
    """The state of one closed loop: the candidates so far and how to time and predict them."""

    def __init__(self, options: CompileOptions, chosen: Scheduled, plain: Scheduled, inputs: list,
                 progress: Progress) -> None:
        self.options, self.chosen, self.plain = options, chosen, plain
        self.inputs, self.progress = inputs, progress
        self.target = plain.program.target
        self.candidates: list[Candidate] = []
        self.short_cores: list[float | None] = []  # each timing session's cores lacked to other processes
        self._transient: dict[str, int] = {}  # each candidate's transient memory in bytes, by name

    def note_host(self, timed: Timed) -> None:
        """Keep what other processes took from a timing session, and say so where it was a busy
        machine's: the choice it makes may not hold on a quiet one."""
        self.short_cores.append(timed.short_cores)
        if timed.on_busy_machine:
            self.progress.say(f"{busy_phrase(timed.short_cores, timed.workers)}: the choice they make may not "
                              f"hold on a quiet machine, where a compile times them again")

    # -- measuring ------------------------------------------------------------------------
    def time_baseline(self, timed: Timed | None = None) -> None:
        """Time IREE's orders, interleaved (cached), unless `timed` already did (before the search,
        `scheduling`). The first order's measured_us is its median, each other's that median
        times their ratio over the paired rounds (`timed.on_scale_of`; on 30 compiles, the paired
        ratios came a third closer to the bench's later ones than the medians, docs/reference.md)."""
        if timed is None:
            timed = time_programs({c.name: c.vmfb for c in self.candidates}, self.target, self.inputs,
                                  self.options.verify_rounds, say=self.progress.say)
        self.note_host(timed)
        measured = on_scale_of(timed.samples, self.candidates[0].name)  # IREE's default order, the first added
        for c in self.candidates:
            c.measured_us = measured[c.name]
            c.busy_cores = timed.busy_cores[c.name]
            if c.name != PREFERRED_ORDER and PREFERRED_ORDER in timed.samples:
                c.comparison = Comparison.of(timed.samples, c.name, PREFERRED_ORDER)

    def time_pick(self, pick: Candidate) -> None:
        """Time a pick against IREE's best order in paired rounds until the comparison settles; and
        in the same rounds against the candidate it was predicted from, where that is another
        program (a pick, or a code variant's program), until that comparison settles too. Each
        candidate's own timing compares it with IREE's best order in its own session; the machine's
        speed moves between sessions, so two candidates a few percent apart are told apart only
        by timing them together."""
        best, rounds = _best_iree(self.candidates), self.options.verify_rounds
        least = min(SETTLE_AFTER, rounds)
        source = self.named(pick.predicted_from)
        others = [best] + ([source] if source is not None and source is not best else [])
        self.progress.say(f"timing {pick.name} against {' and '.join(c.name for c in others)} on the device, "
                          f"paired rounds until settled ({least} to {rounds})")
        timed = time_programs(
            {pick.name: pick.vmfb, **{c.name: c.vmfb for c in others}}, self.target, self.inputs, rounds,
            decided=lambda s: len(s[pick.name]) >= least and all(Comparison.of(s, pick.name, c.name).settled()
                                                                 for c in others),
            rule=f"settled:gain={MIN_GAIN}:confidence={CONFIDENCE}:after={least}")
        self.note_host(timed)
        pick.comparison = Comparison.of(timed.samples, pick.name, best.name)
        pick.measured_us = pick.comparison.ratio * best.measured_us
        pick.busy_cores = timed.busy_cores[pick.name]
        if len(others) > 1:
            pick.direct = Comparison.of(timed.samples, pick.name, source.name)

    def named(self, name: str | None) -> Candidate | None:
        """The candidate of that name, if one was measured."""
        return next((c for c in self.candidates if c.name == name), None)

    def profile(self, candidate: Candidate) -> None:
        """Profile a pick and add it to its program's profiled programs (the refit's data). Only
        when needed: for a refit, or for the measured timeline of a pick that ships."""
        profiled = candidate.owner.profiled
        if profiled is None or profiled.program(candidate.name) is not None or candidate.own_profile is not None:
            return
        log, graph = candidate.owner.program.variant.log, candidate.owner.program.graph
        found = profile_schedules(log, self.target, graph, {candidate.name: candidate.plan.chosen},
                                  {candidate.name: candidate.vmfb}, self.inputs, log.cwd, calls=PROFILE_CALLS)
        if candidate.code is not None:  # other code than the model's programs: kept out of its fit
            candidate.own_profile = found[candidate.name]
        else:
            profiled.programs.update(found)

    def orders_measured(self, owner: Scheduled) -> dict[str, float]:
        """The timed calls of IREE's orders of `owner`, by name."""
        return {c.name: c.measured_us for c in self.candidates
                if c.owner is owner and c.is_iree_order and c.measured_us is not None}

    def calibration(self) -> Calibration | None:
        """Call time against the wave model's span over IREE's timed orders of the program as
        imported (None: it was not profiled)."""
        profiled = self.plain.profiled
        if profiled is None:
            return None
        return profiled.calibration(profiled.cost.model, self.orders_measured(self.plain))

    def predict_order(self, order: Candidate) -> float:
        """One of IREE's orders (of a profiled program), leave one program out: its span under the
        wave model fitted without its profile, turned into a call time by the calibration fitted on
        the other orders' spans under that model and their timed calls (`Profiled.leave_one_out`)."""
        span, calibration = order.owner.profiled.leave_one_out(order.name, self.orders_measured(order.owner))
        return calibration.call_us(span)

    def predict_pick(self, owner: Scheduled, plan: Plan, stages: list[list[int]]) -> float:
        """A pick's call: the fastest program measured so far, scaled by the wave model's ratio of
        the pick's span to that program's. A pick is most like the program it must beat (its
        waves are as wide as IREE's `max-concurrency`'s), and the model errs alike on both, so
        the ratio keeps what the model knows (which schedule is faster) and leaves out what it
        misses for both. The span-to-call calibration, fitted on IREE's three orders (two of them
        of narrow stages), carried those misses into the call instead: on ten first picks of the
        small zoo models it predicted them 1.2-13.9% fast, the ratio 0.3-4.9%
        (docs/reference.md). Without a profiled model, the plan's own prediction."""
        best = self.pick_source(owner)
        if best is None:
            return plan.uncharged_us(stages)
        model = owner.profiled.cost.model
        reference = best.owner.profiled.cost.model if best.owner.profiled is not None else model
        return scaled_call_us(best.measured_us, reference, best.stages, model, stages)

    # -- candidates -----------------------------------------------------------------------
    def add_iree_orders(self) -> None:
        """IREE's orders of the program as imported, compiled (once) and timed."""
        plain, log = self.plain, self.plain.program.variant.log
        orders = {name: iree_order(plain.program, name) for name in IREE_ORDERS}
        vmfbs = compile_iree_orders(log, self.target)  # at once, or already compiled
        for name, order in orders.items():
            plan = dataclasses.replace(plain.plan, chosen=order)
            self.candidates.append(Candidate(name, plain, plan, vmfbs[name], None))
        self.time_baseline(plain.orders_timed)
        if plain.profiled is not None:
            for c in self.candidates:  # each predicted by the model and calibration fitted without it
                if c.is_iree_order:
                    c.predicted_us = self.predict_order(c)

    def fastest_measured(self) -> Candidate:
        """The candidate measured fastest so far."""
        return min(self.candidates, key=lambda c: c.measured_us)

    def pick_source(self, owner: Scheduled) -> Candidate | None:
        """The candidate whose timing a pick of `owner` is predicted from (`predict_pick`): the
        fastest measured, where `owner` has a profiled model (None: the plan predicts it alone)."""
        return self.fastest_measured() if owner.profiled is not None else None

    def add_pick(self, plan: Plan, name: str, *, applied: bool) -> Candidate:
        """Predict the plan's pick, compile it and time it against IREE's best order (and the
        program it was predicted from)."""
        owner = self.chosen
        predicted = self.predict_pick(owner, plan, plan.chosen.stages)
        source = self.pick_source(owner)
        log, target = owner.program.variant.log, self.target
        vmfb = owner.program.variant.work / f"{name}.vmfb"
        self.progress.say(f"round {self._round()}: compiling the search's pick, predicted {predicted:.0f} us")
        if applied:  # the first pick was applied and lowered by the back phases
            work = owner.program.variant.work
            write_schedule_file(work / f"schedule.{name}.json", Schedule(name, plan.chosen.stages), owner.program.graph)
            shutil.copyfile(work / "async.scheduled.mlir", work / f"async.{name}.mlir")
            shutil.copyfile(work / "stream.mlir", work / f"stream.{name}.mlir")
            codegen(log, target, f"async.{name}.mlir", f"stream.{name}.mlir", vmfb)
        else:
            compile_stages(log, owner.program.graph, target, Schedule(name, plan.chosen.stages), vmfb)
        pick = Candidate(name, owner, dataclasses.replace(plan, chosen=Schedule(name, plan.chosen.stages,
                                                                                  plan.chosen.info)),
                         vmfb, predicted, predicted_from=None if source is None else source.name)
        self.candidates.append(pick)
        self.time_pick(pick)
        return pick

    def add_code_variants(self, winner: Candidate, check: WorkersCheck | None) -> dict:
        """Where fewer workers ran the winner faster, or IREE's order left the workers idle
        (`code_variants.reason_to_try`), its waves compiled with each of the target's code
        variants, predicted and timed against IREE's best order like a pick; what was done, for
        the report."""
        why = (code_variants.why_not(self.target, check, winner.owner, winner.name)
               if self.options.try_code_variants else "--distribution keep")
        if why is not None:
            return {"tried": False, "why": why}
        because = code_variants.reason_to_try(check, winner.owner)
        workers = check.workers if check is not None else winner.owner.profiled.headroom.workers
        self.progress.say(f"{winner.name}: {because}; compiling its waves with other code for the device's workers")
        return {"tried": True, "because": because,
                "variants": [self.add_code_variant(winner, variant, workers) for variant in self.target.code_variants]}

    def add_code_variant(self, winner: Candidate, variant: CodeVariant, workers: int) -> dict:
        """The winner's waves with `variant`'s code, then the search's pick under its model."""
        found = {"code": variant.name, "flags": list(variant.flags)}
        why = code_variants.why_not_variant(variant, workers)
        if why is not None:
            return {**found, "tried": False, "why": why}
        built = code_variants.build(winner.owner, variant, winner.name, winner.stages, winner.measured_us,
                                    self.inputs, self.options.verify_rounds)
        candidate = Candidate(built.name, winner.owner, winner.plan, built.vmfb, built.predicted_us,
                              code=variant, waves_of=winner.name, predicted_from=winner.name)
        self.candidates.append(candidate)
        self.time_pick(candidate)
        self.progress.say(f"{candidate.name}: {candidate.timed_phrase()}")
        self.profile(candidate)  # its waves refit the variant's model before the search under it
        cost = code_variants.refit(built, candidate.own_profile, winner.owner.program.graph.dispatch_ids())
        return {**found, "tried": True, **candidate.to_json(), "flat_ratio": round(built.flat_ratio, 4),
                "search": self.add_code_pick(candidate, variant, cost)}

    def add_code_pick(self, measured: Candidate, variant: CodeVariant, cost: WaveCost) -> dict:
        """The search under a code variant's model (`code_variants.search_pick`); its pick,
        predicted from `measured` (the variant's program just timed) by the model's ratio of
        their spans, compiled and timed like a pick where predicted faster than the fastest
        program measured by more than the model's error and MIN_GAIN. What was done, for the report."""
        owner = measured.owner
        margin = owner.plan.cost.margin()
        self.progress.say(f"searching again under the model of the {variant.name} code")
        plan = code_variants.search_pick(owner, cost, self.options, self.pick_bar(measured, cost.model, margin))
        stages = plan.chosen.stages
        predicted = scaled_call_us(measured.measured_us, cost.model, measured.stages, cost.model, stages)
        model = {k: v for k, v in cost.describe().items() if k in MODEL_FIELDS}
        found = {"predicted_us": round(predicted, 3), "search_seconds": plan.search["seconds"], "model": model}
        if "stopped" in plan.search:
            return {**found, "compiled": False,
                    "why": f"the search's bounds show no schedule under this model predicted {self.beating(margin)}; "
                           f"it stopped {plan.search['stopped']['when']}"}
        if _stage_key(stages) == _stage_key(measured.stages):
            return {**found, "compiled": False, "why": f"the search picked {measured.waves_of}'s waves"}
        why = self.not_faster(predicted, margin)
        if why:
            return {**found, "compiled": False, "why": why}
        name = code_variants.pick_name(variant)
        self.progress.say(f"compiling the search's pick with the {variant.name} code, predicted {predicted:.0f} us")
        vmfb = code_variants.compile_with(owner.program.variant.log, owner, variant, name, stages)
        pick = Candidate(name, owner, plan, vmfb, predicted, code=variant, predicted_from=measured.name)
        self.candidates.append(pick)
        self.time_pick(pick)
        self.progress.say(f"{pick.name}: {pick.timed_phrase()}")
        return {**found, "compiled": True, **pick.to_json()}

    def _round(self) -> int:
        return sum(1 for c in self.candidates if c.is_pick) + 1

    def replan(self) -> Plan:
        """The search again, under the wave model refitted with every profiled pick."""
        owner = self.chosen
        cost = owner.profiled.refit()
        owner.profiled.cost = cost
        plan = owner.plan
        fixed = fixed_schedules(owner.program.graph, owner.program.iree)
        cautious = Cautious(cost, cost.margin() if self.options.margin is None else self.options.margin,
                            fixed["iree"].stages)
        self.progress.say(f"refitted on {cost.fit_samples} stages ({cost.model.constants()}); searching again")
        return make_plan(owner.program.graph, fixed, cautious, search=search_options(self.options, plan.budget_bytes))

    def not_promising(self, plan: Plan, margin: float = 0.0) -> str | None:
        """Why the plan's pick is not worth a compile: the model (refitted after each pick), whose
        error is `margin`, does not predict it faster than the fastest program measured so far by
        more than that error and MIN_GAIN (None when it is worth one)."""
        return self.not_faster(self.predict_pick(self.chosen, plan, plan.chosen.stages), margin)

    def pick_bar(self, measured: Candidate, model: WaveModel, margin: float) -> float:
        """The bar a schedule predicted from `measured` under `model` must pass to be compiled
        (`pick_bar`), against the fastest program measured so far."""
        return pick_bar(model, measured.stages, measured.measured_us, self.fastest_measured().measured_us, margin)

    def not_faster(self, predicted: float, margin: float) -> str | None:
        """Why a pick predicted at `predicted` us is not worth a compile: not faster than the fastest
        program measured by more than the model's error `margin` and MIN_GAIN (None: it is)."""
        if predicted < faster_than(self.fastest_measured().measured_us, margin):
            return None
        return f"the model predicts the search's pick at {predicted:.0f} us, not {self.beating(margin)}"

    def beating(self, margin: float) -> str:
        """What a pick must be predicted to be, in words: 'faster than iree-max-concurrency (854 us) by
        more than its error and the minimum gain (14.0%)'."""
        best = self.fastest_measured()
        return (f"faster than {best.name} ({best.measured_us:.0f} us) by more than its error and the minimum gain "
                f"({max(MIN_GAIN, margin):.1%})")

    # -- the memory budget ----------------------------------------------------------------
    def transient(self, c: Candidate) -> int:
        """The transient memory IREE allocates for the candidate's program (`back.transient_bytes`:
        its lowered stream IR's, not the search's estimate). A code variant's waves are lowered
        as its default code's are."""
        if c.name not in self._transient:
            self._transient[c.name] = transient_bytes(c.owner.program.variant.log, c.ir_name)
        return self._transient[c.name]

    def over_budget(self) -> dict[str, int]:
        """The candidates over a memory budget the user gave, with their transient memory; where
        none keeps within it, all but those of the least (the leanest ship, as the search keeps
        the leanest order where none fits). Without a budget from the user, none: the default
        budget, IREE's default order's peak, holds the search's schedules, not IREE's own orders."""
        budget = self.options.memory_budget
        if budget is None:
            return {}
        needs = {c.name: self.transient(c) for c in self.candidates}
        limit = max(budget, min(needs.values()))
        return {name: bytes_ for name, bytes_ in needs.items() if bytes_ > limit}

    def needs_lean_pick(self) -> bool:
        """Whether the search's first pick (the chosen program's schedule, whose transient memory
        `back.lower` read) must be compiled whatever its prediction: IREE's orders are all over a
        budget the user gave, and the pick needs less transient memory than each of them."""
        budget = self.options.memory_budget
        if budget is None:
            return False
        least = min(self.transient(c) for c in self.candidates if c.is_iree_order)
        return least > budget and self.chosen.report.memory.transient_bytes < least

    def known(self, stages: list[list[int]]) -> Candidate | None:
        """A candidate of the chosen program with these very stages, if one was measured."""
        key = _stage_key(stages)
        for c in self.candidates:
            if c.owner is self.chosen and _stage_key(c.stages) == key:
                return c
        return None


def _stage_key(stages: list[list[int]]) -> list[list[int]]:
    """Stages compared as sets: the same waves, whatever order each lists its dispatches in."""
    return sorted(map(sorted, stages))


def run(options: CompileOptions, chosen: Scheduled, plain: Scheduled | None, inputs: list,
        progress: Progress, model: str) -> Scheduled:
    """Measure IREE's orders and the search's picks, refine, and ship the fastest to the output.

    `chosen` has been applied and lowered (async.scheduled.mlir, stream.mlir); `plain` is the
    program as imported (None with --replace all: then IREE's orders are `chosen`'s own).
    Returns what ships, with its report.
    """
    loop = _Loop(options, chosen, plain or chosen, inputs, progress)
    loop.add_iree_orders()
    margin = chosen.plan.cost.margin()
    stopped, plan, applied, rounds = "", chosen.plan, True, MAX_ROUNDS
    if chosen.report.search_skipped:  # no headroom: IREE's orders are the only candidates
        stopped, rounds = chosen.report.search_skipped, 0
    for round_ in range(1, rounds + 1):
        seen = loop.known(plan.chosen.stages)
        if seen is not None:
            stopped = f"the search picked {seen.name} again"
            break
        # A pick is compiled only where the model, fitted on this device, predicts it faster than the
        # fastest program measured by more than its own error: in the compile checks and the bench
        # every first pick this rule would have skipped timed no faster than IREE's best order.
        # Where IREE's orders are all over the user's memory budget, the first pick is the leaner
        # program to measure, whatever the model predicts of it.
        lean = round_ == 1 and loop.needs_lean_pick()
        why = loop.not_promising(plan, margin) if chosen.profiled is not None and not lean else None
        if why:
            stopped = why
            break
        pick = loop.add_pick(plan, "iops" if round_ == 1 else f"iops-{round_}", applied=applied)
        applied = False
        error = pick.error()
        progress.say(f"round {round_}: {pick.timed_phrase()}; margin {margin:.1%}")
        if abs(error) <= margin:
            stopped = "prediction and measurement agree within the margin"
            break
        if chosen.profiled is None:
            stopped = "the cost model was not fitted on this device, so there is nothing to refine"
            break
        if round_ == rounds:
            stopped = f"{rounds} rounds"
            break
        loop.profile(pick)  # its waves join the refit
        plan = loop.replan()
        margin = plan.cost.margin()
    winner = _fastest(loop.candidates, loop.over_budget())
    check = _time_workers(loop, winner)
    tried = loop.add_code_variants(winner, check)
    over = loop.over_budget()
    fastest = _fastest(loop.candidates, over)
    if fastest is not winner:
        winner, check = fastest, _time_workers(loop, fastest)  # the advice is for the program that ships
    if winner.is_pick:
        loop.profile(winner)  # its measured timeline goes with it (`explain --measured`)
    progress.say("measured: " + ", ".join(f"{c.name} {c.measured_us:.0f} us" for c in loop.candidates)
                 + f"; shipping {winner.name}" + _unshipped_faster(winner, loop.candidates, over))
    if options.memory_budget is not None and loop.transient(winner) > options.memory_budget:
        progress.say(f"warning: no candidate keeps within the {options.memory_budget} B memory budget: "
                     f"{winner.name} allocates {loop.transient(winner)} B, the least of them")
    shipped = _ship(options, winner, chosen, model)
    shipped.report.shipped = {**winner.to_json(), "candidates": {c.name: round(c.measured_us, 3)
                                                                  for c in loop.candidates}}
    calibration = loop.calibration()
    shipped.report.closed_loop = {
        "device": loop.target.runtime_device, "timing_rounds": options.verify_rounds, "min_gain": MIN_GAIN,
        "confidence": CONFIDENCE,
        "calibration": None if calibration is None else calibration.to_json(),
        "stopped": stopped, "short_cores": loop.short_cores,
        "candidates": [c.to_json() for c in loop.candidates], "code_variants": tried}
    if options.memory_budget is not None:  # what each candidate allocates, and which did not ship for it
        shipped.report.closed_loop["memory_budget"] = {
            "budget_bytes": options.memory_budget, "over_budget": over,
            "transient_bytes": {c.name: loop.transient(c) for c in loop.candidates}}
    _report_workers(loop, check, shipped)
    shipped.write_report()
    return shipped


def _time_workers(loop: _Loop, winner: Candidate) -> WorkersCheck | None:
    """The winner timed on the target's workers and fewer (see `workers`); None where there are no
    CPU workers to count or the timing failed."""
    # The winner's own file: the program the output holds, runnable without a parameter archive.
    try:
        return check_workers(winner.vmfb, loop.target, loop.inputs, winner.owner.program.variant.work / "workers",
                             winner.measured_us, what="the output", say=loop.progress.say)
    except ToolError as e:  # advice only: the output stands as compiled, with the target's flags
        loop.progress.say(f"the output could not be timed on fewer workers ({e}); the target's flags stand")
        return None


def _report_workers(loop: _Loop, check: WorkersCheck | None, shipped: Scheduled) -> None:
    """Where fewer workers ran the output surely faster, the report advises their runtime flags."""
    if check is None:
        return
    runtime = shipped.report.runtime
    runtime["workers_check"] = check.to_json()
    loop.progress.say(check.sentence("the output"))
    if check.advised != check.workers:
        runtime["advised_flags"] = list(with_workers(loop.target.runtime_flags, check.advised))


def _fastest(candidates: list[Candidate], over_budget: dict[str, int] | None = None) -> Candidate:
    """IREE's best order (`_best_iree`), unless a pick is surely faster (then the pick of lowest ratio to it).

    Candidates `over_budget` (`_Loop.over_budget`) do not ship, though IREE's best order among
    them is still what the picks were timed against: where every IREE order is over the budget,
    the fastest candidate within it ships, surely faster or not.

    Two picks that are both surely faster were each timed against IREE's best order in a session
    of their own; where one was also timed together with the other (`Candidate.direct`), that
    timing decides between them: the later one stays only if it was surely faster than the one
    it was predicted from, by MIN_GAIN at the confidence level, as a pick must be of IREE's order."""
    within = [c for c in candidates if c.name not in (over_budget or {})]
    faster = {c.name: c for c in within if c.is_pick and c.comparison is not None and c.comparison.faster()}
    for c in within:  # in the order they were timed: each against one timed before it
        against = c.direct.against if c.direct is not None else None
        if c.name in faster and against in faster:
            del faster[against if c.direct.faster() else c.name]
    if faster:
        return min(faster.values(), key=lambda c: c.comparison.ratio)
    if any(c.is_iree_order for c in within):
        return _best_iree(within)
    return min(within, key=lambda c: c.measured_us)


def _unshipped_faster(winner: Candidate, candidates: list[Candidate], over_budget: dict[str, int] | None = None) -> str:
    """Why a candidate whose median came out below the winner's does not ship, for the terminal
    ('' where none): it is over the user's memory budget, or (a pick) its paired rounds against
    IREE's best order did not show it faster by MIN_GAIN at the confidence level, or its rounds
    with the program it was predicted from decided (`_fastest`)."""
    reasons = []
    for c in candidates:
        if c is winner or c.measured_us >= winner.measured_us:
            continue
        if c.name in (over_budget or {}):
            reasons.append(f"{c.name}, over the memory budget: it allocates {over_budget[c.name]} B")
        elif c.comparison is None:
            continue
        elif not c.comparison.faster():
            reasons.append(f"{c.name}, not surely {MIN_GAIN:.0%} faster: {c.comparison.phrase()}")
        elif c.direct is not None:
            reasons.append(f"{c.name}, decided in its rounds with {c.direct.against}: {c.direct.phrase()}")
    return "; not shipped: " + "; ".join(reasons) if reasons else ""


def _best_iree(candidates: list[Candidate]) -> Candidate:
    """IREE's best order: what every pick is timed against, and what ships where no pick is surely
    faster. PREFERRED_ORDER, unless another of IREE's orders was surely faster than it in the
    rounds that timed them together (`_Loop.time_baseline`), by MIN_GAIN at the confidence level
    as a pick must be: then the one of lower ratio. A lead within the timing's resolution is no
    reason to leave the order that holds best (on full-size Inception-v3, whose orders lie within
    4% of each other, the least median of 20 rounds lost to the bench's best by more than 2% in 6
    of 20 benches). Where that order is not among `candidates` (over the user's memory budget),
    the fastest as measured."""
    orders = [c for c in candidates if c.is_iree_order]
    preferred = next((c for c in orders if c.name == PREFERRED_ORDER), None)
    if preferred is None:
        return min(orders, key=lambda c: c.measured_us)
    faster = [c for c in orders if c.comparison is not None and c.comparison.faster()]
    return min(faster, key=lambda c: c.comparison.ratio) if faster else preferred


def _ship(options: CompileOptions, winner: Candidate, chosen: Scheduled, model: str) -> Scheduled:
    """Write the winner to the output and make the dump show it; its Scheduled with a fresh report."""
    owner, name = winner.owner, winner.ir_name
    variant, output = owner.program.variant, Path(options.output)
    work = variant.work
    code_for = owner.program.target.with_code(winner.code) if winner.code is not None else owner.program.target
    if name in IREE_ORDERS:  # compiled by stock iree-compile: its stream.cmd IR is made for the dump here
        lower_iree_order(variant.log, name)
    if options.parameters_file is not None:
        codegen(variant.log, code_for, f"async.{name}.mlir", f"stream.{name}.mlir", output.resolve(),
                parameters_file=options.parameters_file)
    else:
        copy_to_output(variant.log, winner.vmfb, output)
    for kind in ("async", "stream"):  # the dump shows the program that ships
        source = work / f"{kind}.{name}.mlir"
        target = work / (f"{kind}.scheduled.mlir" if kind == "async" else "stream.mlir")
        if source != target:
            shutil.copyfile(source, target)
    profiled = winner.own_profile or (owner.profiled.program(winner.name) if owner.profiled is not None else None)
    if profiled is not None:
        write_measured_timeline(work if not variant.in_subdir else work.parent, profiled)
    report = make_report(owner.program, winner.plan, model=model, headroom=chosen.report.device_headroom)
    transient, unresolved = transient_allocations((work / "stream.mlir").read_text())
    report.memory = dataclasses.replace(owner.report.memory, transient_bytes=transient,
                                        unresolved_allocations=unresolved)
    report.replacements = dataclasses.replace(chosen.report.replacements, applied=bool(variant.records),
                                              dir="replaced" if variant.in_subdir else ".")
    report.compile_fallback = chosen.report.compile_fallback
    report.search_skipped = owner.report.search_skipped  # of the program whose plan ships
    report.parameters = parameters_note(options.parameters_file, owner.program.weights)
    return Scheduled(owner.program, winner.plan, report, owner.profiled)
