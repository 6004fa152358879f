"""What a compile takes besides the model: one typed dataclass, checked before any work starts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .choices import CostModelKind, CostSpec, Phase, ReplaceMode, Scheduler, VerifyMode
from .errors import UserError

# Dispatches per searched part (see `partition`): as many as one wave may hold (`MAX_STAGE`), so
# that neither a part nor a window caps a stage below the wave limit.
DEFAULT_MAX_BLOCK = 32
DEFAULT_WHOLE_BLOCK = 96  # blocks up to this size are searched whole before any split
# Search work per compile (see search.MOVES_PER_EXPANSION): decides the result. Full-size RandWire's
# proof under the profiled CPU model takes about 650,000 (benchmarks/results/search/proof-budgets.md).
DEFAULT_EXPANSIONS = 700_000
DEFAULT_EXPANSIONS_PER_BLOCK = 100_000  # for one block searched whole
DEFAULT_WAVE_BOUND_WORK = 4_000_000  # dispatches and edges the kept-waves bound visits per compile
DEFAULT_COVER_WORK = 100_000_000  # the cover program's size summed over its solves, per block (`schedule.cover_bound`)
# The stage cover's work per compile (`schedule.stage_cover`: its program's size per solve plus
# its pricing's cuts times the network's size; 0: the pass does not run).
DEFAULT_STAGE_COVER_WORK = 0
DEFAULT_MOVE_WORK = 2_000_000  # candidate stages the single-dispatch moves weigh per compile
DEFAULT_WEIGHTED_WORK = 100_000  # the weighted A* searches' expansions per compile, a unit per 64 dispatches of a block (`schedule.weighted`)
DEFAULT_SOLVER_WORK_S = 5.0  # CP-SAT deterministic seconds per compile for blocks A* leaves unproven
# The search's passes from the windows on leave a block once its schedule is within this fraction of its proven
# lower bound: a tenth of the least gain the closed loop ships a pick for (`pick_rule.MIN_GAIN`).
DEFAULT_SEARCH_TOLERANCE = 0.001
DEFAULT_SAFETY_TIMEOUT_S = 600.0  # wall-clock net only; the expansion budget normally ends first
DEFAULT_VERIFY_ROUNDS = 20


@dataclass(kw_only=True)
class CompileOptions:
    """Everything `iops-mlir compile` takes besides the model; each CLI flag is one field."""

    target: str = "llvm-cpu"
    cuda_arch: str | None = None
    cuda_graphs: bool = False  # concurrent CUDA graphs recorded per call (`targets.load_target`)
    scheduler: Scheduler = Scheduler.IOPS
    schedule_file: Path | None = None
    cost_model: CostSpec | None = None  # None: CostSpec.default(target)
    search_expansions: int = DEFAULT_EXPANSIONS
    search_timeout: float = DEFAULT_SAFETY_TIMEOUT_S
    search_workers: int | None = None  # processes the search may run side by side (None: one per CPU)
    solver_work: float = DEFAULT_SOLVER_WORK_S  # CP-SAT deterministic seconds (0: off)
    search_tolerance: float = DEFAULT_SEARCH_TOLERANCE  # relative gap a block is left at (0: to the proof)
    margin: float | None = None  # None: the cost model's own error (cost.Cautious)
    max_block: int = DEFAULT_MAX_BLOCK
    whole_block: int = DEFAULT_WHOLE_BLOCK
    memory_budget: int | None = None  # bytes; default: IREE's own schedule's estimated peak
    output: Path | None = None
    parameters_file: Path | None = None  # weights beside the output instead of inside it
    dump_dir: Path | None = None
    stop_after: Phase = Phase.VMFB
    quiet: bool = False
    replace: ReplaceMode | None = None  # None: not given (`replace_mode` resolves it)
    rules: str | None = None  # comma-separated rule names; None: every rule
    verify: VerifyMode = VerifyMode.AUTO
    verify_rounds: int = DEFAULT_VERIFY_ROUNDS
    # Whether the closed loop may try the output's waves with the target's code variants
    # (`--distribution auto`, `pipeline.code_variants`).
    try_code_variants: bool = True

    def __post_init__(self) -> None:
        """Accept plain strings for the choices (the Python API), and check the numbers."""
        self.scheduler = Scheduler.parse(self.scheduler)
        self.replace = None if self.replace is None else ReplaceMode.parse(self.replace)
        self.verify = VerifyMode.parse(self.verify)
        self.stop_after = Phase.parse(self.stop_after)
        if isinstance(self.cost_model, str):
            self.cost_model = CostSpec.parse(self.cost_model, self.target)
        if self.verify_rounds < 3:
            raise UserError("--verify-rounds must be at least 3 to compare medians.")
        if self.search_expansions < 1 or self.search_timeout <= 0 or self.max_block < 1 \
                or self.whole_block < 1:
            raise UserError("The search budget (--search-expansions, --search-timeout, --max-block, --whole-block) "
                            "must be positive.")
        if self.search_workers is not None and self.search_workers < 1:
            raise UserError("--search-workers must be at least 1.")
        if self.solver_work < 0:
            raise UserError("--solver-work must be at least 0 (0 turns the constraint solver off).")
        if not 0.0 <= self.search_tolerance < 1.0:
            raise UserError("--search-tolerance must be at least 0 and less than 1 (0 searches every block to its "
                            "proof or the budget).")
        if self.parameters_file is not None and self.output is None:
            raise UserError("--parameters-file goes with -o/--output: it holds the output's weights.")
        if self.rules is not None:
            from .replace import parse_rules  # the rewrites need MLIR; only their names are checked here
            parse_rules(self.rules)  # an unknown name is said now, not silently left unused
            if self.replace_mode is ReplaceMode.NONE:
                raise UserError(f"--rules {self.rules} has no effect with --replace none (the default): add "
                                "--replace auto (keep a rewrite where the cost model predicts it faster) or "
                                "--replace all.")
        if self.schedule_file is not None:  # read once the graph is known, after the lowering
            from .schedule.model import check_schedule_path  # imports numpy: not for --help
            check_schedule_path(self.schedule_file)

    @property
    def replace_mode(self) -> ReplaceMode:
        """--replace as given, else the target's default."""
        return ReplaceMode.default(self.target) if self.replace is None else self.replace

    @property
    def cost_spec(self) -> CostSpec:
        """The cost model asked for, or the target's default. A fixed order (iree, asap,
        sequential) needs no model to decide, so by default it is only predicted, analytically,
        and nothing is profiled."""
        if self.cost_model is not None:
            return self.cost_model
        if self.scheduler.is_fixed_order or self.schedule_file:
            return CostSpec.parse("analytic", self.target)
        return CostSpec.default(self.target)

    @property
    def measures_output(self) -> bool:
        """Whether `--verify` chooses the output by timing candidates on this machine (the closed
        loop), for the iops scheduler: always with `on`, and with `auto` under a cost model fitted
        on this machine (profiled or measured)."""
        if self.verify is VerifyMode.OFF or self.output is None:
            return False
        if self.scheduler is not Scheduler.IOPS or self.schedule_file is not None:
            return False
        fitted_here = self.cost_spec.kind is CostModelKind.PROFILED or (
            self.cost_spec.kind is CostModelKind.MEASURED and self.cost_spec.device is None)  # not from a file
        return self.verify is VerifyMode.ON or fitted_here
