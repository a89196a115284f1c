"""The time of the next `rr.log` call: per recording and per thread, as in Rerun.

Each thread has its own time per recording; `log_time` (nanoseconds since the epoch) and
`log_tick` (a counter per recording) are added to every row unless disabled.
"""

from __future__ import annotations

import threading
import time as _time
from typing import Any

from .._chunk import TimeType

_NANOS_PER_SECOND = 1_000_000_000


class TimeContext:
    """The timelines set by `set_time_*` on one recording, separately for each thread."""

    def __init__(self) -> None:
        self._local = threading.local()

    def _times(self) -> dict[str, tuple[TimeType, int]]:
        times = getattr(self._local, "times", None)
        if times is None:
            times = self._local.times = {}
        return times

    def set(self, timeline: str, time_type: TimeType, value: int) -> None:
        self._times()[timeline] = (time_type, value)

    def disable(self, timeline: str) -> None:
        self._times().pop(timeline, None)

    def reset(self) -> None:
        self._times().clear()

    def current(self) -> dict[str, tuple[TimeType, int]]:
        """A snapshot of this thread's timelines."""
        return dict(self._times())


def to_nanos(seconds: Any) -> int:
    """Seconds (float, int, numpy number or datetime) to integer nanoseconds."""
    if hasattr(seconds, "timestamp"):
        return int(round(seconds.timestamp() * _NANOS_PER_SECOND))
    return int(round(float(seconds) * _NANOS_PER_SECOND))


def now_nanos() -> int:
    return _time.time_ns()
