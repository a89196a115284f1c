"""The time of the next `rr.log` call: per recording and per thread, as in Rerun.

Each thread has its own time per recording; `log_time` (nanoseconds since the epoch) and
`log_tick` (a counter per recording) are added to every row unless disabled.
"""

from __future__ import annotations

import threading

from .._chunk import TimeType
from .checks import check_timeline_name

#: Which timelines a row has, and of which type: ``((name, TimeType.value), ...)`` in the order
#: set. Plain strings, because the batcher hashes it for every row (an Enum hashes in Python).
TimelineKey = tuple[tuple[str, str], ...]


class _ThreadTimes:
    """One thread's timelines. `key` is rebuilt only when a timeline is added, removed or retyped."""

    __slots__ = ("values", "types", "key")

    def __init__(self) -> None:
        self.values: dict[str, int] = {}
        self.types: dict[str, TimeType] = {}
        self.key: TimelineKey | None = ()


class TimeContext:
    """The timelines set by `set_time_*` on one recording, separately for each thread."""

    def __init__(self) -> None:
        self._local = threading.local()

    def _times(self) -> _ThreadTimes:
        try:
            return self._local.times  # type: ignore[no-any-return]
        except AttributeError:
            times = self._local.times = _ThreadTimes()
            return times

    def set(self, timeline: str, time_type: TimeType, value: int) -> None:
        try:
            times: _ThreadTimes = self._local.times  # inlined `_times()`: called once per logged row, often
        except AttributeError:
            times = self._times()
        if times.types.get(timeline) is not time_type:
            check_timeline_name(timeline)  # only for a name new to this thread: off the hot path
            times.values.pop(timeline, None)  # a retyped timeline moves to the end, like a new one
            times.types[timeline] = time_type
            times.key = None
        times.values[timeline] = value

    def disable(self, timeline: str) -> None:
        times = self._times()
        if times.types.pop(timeline, None) is not None:
            del times.values[timeline]
            times.key = None

    def reset(self) -> None:
        times = self._times()
        times.values.clear()
        times.types.clear()
        times.key = ()

    def snapshot(self) -> tuple[TimelineKey, tuple[int, ...]]:
        """This thread's timelines now: which ones (a cached, hashable key) and their values."""
        try:
            times: _ThreadTimes = self._local.times  # inlined `_times()`: called for every logged row
        except AttributeError:
            times = self._times()
        key = times.key
        if key is None:
            key = times.key = tuple((name, times.types[name].value) for name in times.values)
        return key, tuple(times.values.values())
