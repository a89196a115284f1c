"""Checks of the values given to `rr.log` and `rr.set_time_*`, made at the call.

A value that would fail later, when the batcher builds Arrow arrays for a whole tick (an integer
beyond 64 bits, a lone surrogate in a string), is refused here, where the warning (or, in
strict mode, the exception) reaches the user's line. Each check raises `TypeError` or
`ValueError`; the callers report it (`rerun._datamodel.errors.report`).
"""

from __future__ import annotations

import math
import operator
from typing import Any

from .._datamodel.errors import soft_problem

_NANOS_PER_SECOND = 1_000_000_000

#: The range of a time value, as in Rerun (`TimeInt`): a signed 64-bit integer whose minimum,
#: -2**63, is reserved for static data, so the smallest time is -2**63 + 1.
TIME_MAX = 2**63 - 1
TIME_MIN = -TIME_MAX


def check_timeline_name(timeline: Any) -> None:
    """
    Raise `TypeError` unless `timeline` is a `str`, `ValueError` if it is not valid Unicode or
    names the row ids (`rerun.row_id`) or a Rerun component (`rerun.components.*`), which are
    columns of the same chunks.

    Rerun 0.17 raises the same for these names (its timeline names are Rust strings); checked at
    the `set_time_*` call so that a bad name never reaches the batcher, where it would fail the
    encoding of a whole chunk.
    """
    if not isinstance(timeline, str):
        raise TypeError(f"timeline name must be a str, got {type(timeline).__name__} {timeline!r}")
    check_text(timeline, "timeline name")
    if timeline == "rerun.row_id" or timeline.startswith("rerun.components."):
        # A chunk holds its timelines, row ids and components as columns of one record batch.
        raise ValueError(f"timeline name {timeline!r} is reserved: it names the row ids or a Rerun component")


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


def check_component_names(names: tuple[str, ...]) -> None:
    """Raise unless every component name is a valid Unicode `str` (user-made batches: `rr.AnyValues`)."""
    for name in names:
        if type(name) is not str or not name.isascii():
            if not isinstance(name, str):
                raise TypeError(f"component name must be a str, got {type(name).__name__} {name!r}")
            check_text(name, "component name")


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
