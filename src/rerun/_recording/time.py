"""The time of the next `rr.log` call: per recording and per thread, as in Rerun.

Each thread has its own time per recording; `log_time` (nanoseconds since the epoch) and
`log_tick` (a counter per recording) are added to every row unless disabled.
"""

from __future__ import annotations

import math
import operator
import threading
from typing import Any

from .._chunk import TimeType
from .._datamodel.errors import soft_problem

_NANOS_PER_SECOND = 1_000_000_000

#: The range of a time value, as in Rerun (`TimeInt`): a signed 64-bit integer whose minimum,
#: -2**63, is reserved for static data, so the smallest time is -2**63 + 1.
TIME_MAX = 2**63 - 1
TIME_MIN = -TIME_MAX

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


def check_timeline_name(timeline: Any) -> None:
    """
    Raise `TypeError` unless `timeline` is a `str`, `ValueError` if it is not valid Unicode.

    Rerun 0.17 raises the same for these names (its timeline names are Rust strings); checked at
    the `set_time_*` call so that a bad name never reaches the batcher, where it would fail the
    encoding of a whole chunk.
    """
    if not isinstance(timeline, str):
        raise TypeError(f"timeline name must be a str, got {type(timeline).__name__} {timeline!r}")
    check_text(timeline, "timeline name")


def check_text(text: str, what: str) -> None:
    """Raise `ValueError` if `text` cannot be encoded as UTF-8 (a lone surrogate such as '\\ud800')."""
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as err:
            raise ValueError(
                f"{what} {text!r} is not valid Unicode: lone surrogate {text[err.start]!r} at position {err.start} "
                "(Arrow and .rrd strings are UTF-8)"
            ) from None


def time_int(value: Any, what: str) -> int:
    """
    A sequence number or nanoseconds as a Python int in `TIME_MIN..TIME_MAX`.

    Accepts `int` and anything with `__index__` (numpy integers); raises `TypeError` for other
    types (floats included, as Rerun 0.17 does) and `ValueError` outside the 64-bit range (0.17
    raises `OverflowError` there). -2**63 itself is moved up by one to `TIME_MIN`, as 0.17 does.
    """
    try:
        number = operator.index(value)
    except TypeError:
        raise TypeError(f"{what} must be an integer, got {type(value).__name__} {value!r}") from None
    if TIME_MIN <= number <= TIME_MAX:
        return number
    if number == TIME_MIN - 1:
        soft_problem(f"{what} -2**63 is reserved for static data in Rerun; moved up by one to {TIME_MIN}")
        return TIME_MIN
    raise ValueError(f"{what} {number} is outside the 64-bit time range {TIME_MIN}..{TIME_MAX}")


def to_nanos(seconds: Any) -> tuple[int, str | None]:
    """
    Seconds (float, int, numpy number or datetime) to integer nanoseconds, and what was wrong.

    Returns ``(nanos, problem)``: `problem` is None for a normal value; for one outside the 64-bit
    nanosecond range (about +-292 years around 1970, so a time in milliseconds or nanoseconds
    given as seconds lands there) or infinite it is a sentence, and `nanos` is clamped to the
    range as Rerun 0.17 does (silently). Raises `TypeError` for a non-number and `ValueError` for
    NaN (0.17 turns NaN into 0, a time nobody meant).
    """
    if hasattr(seconds, "timestamp"):
        seconds = seconds.timestamp()
    try:
        if isinstance(seconds, (str, bytes)):
            raise TypeError
        value = float(seconds)
    except (TypeError, ValueError):
        raise TypeError(f"seconds must be a real number, got {type(seconds).__name__} {seconds!r}") from None
    if math.isnan(value):
        raise ValueError("seconds is NaN (not a number); the time was not changed")
    if math.isinf(value):
        return (TIME_MAX if value > 0 else TIME_MIN), f"seconds is {value}; clamped to the 64-bit nanosecond range"
    scaled = value * _NANOS_PER_SECOND
    nanos = int(round(scaled)) if math.isfinite(scaled) else (TIME_MAX + 1 if scaled > 0 else TIME_MIN - 1)
    if TIME_MIN <= nanos <= TIME_MAX:
        return nanos, None
    return (TIME_MAX if nanos > 0 else TIME_MIN), (
        f"seconds {value:g} is outside the 64-bit nanosecond range (about +-9.2e9 s, 292 years around 1970; "
        "milliseconds or nanoseconds given as seconds?); clamped to it"
    )
