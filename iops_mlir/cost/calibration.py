"""From a profiled dispatch span to the time of a whole call, measured on the device."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

SCALE_RANGE = (0.5, 1.5)  # call time per profiled span time a least-squares slope may have


@dataclass(frozen=True)
class Calibration:
    """A call's time from its profiled dispatch span: call = scale * span + offset_us.

    The profiler stretches what it watches (Inception-v3: 198 ms of dispatches under it, 160 ms a
    plain call) and a call adds its submission and waiting (a 72 us program took 162 us a call),
    so both terms are measured: fitted on the timed programs, the flat program's long span and
    IREE's orders' short ones. With two timed programs (each of IREE's orders predicted from the
    other two) only one term can be told from the noise; `fit` says which."""

    scale: float
    offset_us: float
    points: int

    @classmethod
    def fit(cls, points: list[tuple[float, float]]) -> Calibration:
        """Least squares on (span, call) points. Where there are fewer than three, or the spans
        are too alike for the timing noise to leave a slope in SCALE_RANGE, one term is fitted,
        of the two forms the one whose predictions of the points are off by less (mean relative
        error): a ratio (the median of call / span) or a fixed cost (scale 1, the median of call -
        span, at least 0). Calls shorter than their spans mean the profiler stretched the
        dispatches, in proportion to their time, and only the ratio can fit them, however far
        from 1 (a measured ratio, unlike a slope, is not noise amplified; small RandWire's
        profiled spans ran 2.3 times its calls, and an offset there of -570 us predicted a 377 us
        call at 127 us). Calls longer than their spans can mean a fixed cost of the call (a small
        program's submission and waiting: a 72 us span, a 162 us call) or timing in a slower
        phase of the machine than the profiling, in proportion again: small NASNet-A's IREE
        orders timed at 1.91-2.08 times their profiled spans, where a fixed cost (2,398 us)
        predicted `max-concurrency` 17.2% slow, and the ratio 3.4% (`docs/reference.md`)."""
        if not points:
            return cls(1.0, 0.0, 0)
        spans = [x for x, _ in points]
        mean_x, mean_y = statistics.fmean(spans), statistics.fmean(y for _, y in points)
        spread = sum((x - mean_x) ** 2 for x in spans)
        if len(points) >= 3 and spread > 0:
            scale = sum((x - mean_x) * (y - mean_y) for x, y in points) / spread
            if SCALE_RANGE[0] <= scale <= SCALE_RANGE[1]:
                return cls(scale, mean_y - scale * mean_x, len(points))
        fixed = cls(1.0, max(0.0, statistics.median(y - x for x, y in points)), len(points))
        if not all(x > 0 for x in spans):
            return fixed
        ratio = cls(statistics.median(y / x for x, y in points), 0.0, len(points))
        return ratio if ratio.error(points) < fixed.error(points) else fixed

    def error(self, points: list[tuple[float, float]]) -> float:
        """The mean relative error of its calls for the points' spans."""
        return statistics.fmean(abs(self.call_us(x) - y) / y for x, y in points)

    def call_us(self, span_us: float) -> float:
        return self.scale * span_us + self.offset_us

    def to_json(self) -> dict:
        return {"scale": round(self.scale, 4), "offset_us": round(self.offset_us, 3), "points": self.points}
