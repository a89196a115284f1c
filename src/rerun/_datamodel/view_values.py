"""Values of view properties (blueprints): time ranges and their boundaries, 2D ranges, tensor slicing.

Hand-written because they have behaviour (`TimeRangeBoundary.cursor_relative(seconds=-5)`); their
Arrow storage is Rerun 0.17's (`arrow_types`: `TIME_RANGE_BOUNDARY`, `VISIBLE_TIME_RANGE`, ...),
and the converters below are the datatype table's rows for them (`tables.py`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

import numpy as np
import pyarrow as pa

from . import arrow_types as T
from .batch import checked_when_logged

_NANOS_PER_SECOND = 1_000_000_000


def _one_time(seq: int | None, seconds: float | None, nanos: int | None, what: str) -> int:
    given = [v for v in (seq, seconds, nanos) if v is not None]
    if len(given) != 1:
        raise ValueError(f"{what}: give exactly one of seq=, seconds= or nanos=")
    if seq is not None:
        return int(seq)
    if seconds is not None:
        if not np.isfinite(seconds):
            raise ValueError(f"{what}: seconds must be finite, got {seconds!r}")
        return int(round(float(seconds) * _NANOS_PER_SECOND))
    return int(nanos)  # type: ignore[arg-type]


@checked_when_logged
class TimeInt:
    """A time on a timeline: a sequence number (`seq=`), or `seconds=`/`nanos=` (stored as int64 nanoseconds)."""

    def __init__(self, *, seq: int | None = None, seconds: float | None = None, nanos: int | None = None) -> None:
        self.value = _one_time(seq, seconds, nanos, "TimeInt")

    def __int__(self) -> int:
        return self.value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TimeInt) and other.value == self.value

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TimeInt(value={self.value})"


def _time_int(value: Any) -> int:
    if isinstance(value, TimeInt):
        return value.value
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return int(value)
    raise TypeError(f"expected a TimeInt or an int, got {type(value).__name__}")


BoundaryKind = Literal["cursor_relative", "absolute", "infinite"]
_BOUNDARY_CODES = {"cursor_relative": 1, "absolute": 2, "infinite": 3}


@checked_when_logged
class TimeRangeBoundary:
    """
    One end of a visible time range: relative to the time cursor, absolute, or unbounded.

    Build one with `TimeRangeBoundary.cursor_relative(seq=-10)`, `.absolute(seconds=3.0)` or
    `.infinite()`; times are sequence numbers on sequence timelines, else nanoseconds.
    """

    def __init__(self, inner: TimeInt | int | None, kind: BoundaryKind = "cursor_relative") -> None:
        if kind not in _BOUNDARY_CODES:
            raise ValueError(f"TimeRangeBoundary kind must be one of {', '.join(_BOUNDARY_CODES)}, got {kind!r}")
        self.kind: BoundaryKind = kind
        self.inner = None if kind == "infinite" else TimeInt(nanos=_time_int(0 if inner is None else inner))

    @staticmethod
    def cursor_relative(offset: TimeInt | None = None, *, seq: int | None = None, seconds: float | None = None, nanos: int | None = None) -> TimeRangeBoundary:
        """A boundary `offset` away from the time cursor (0 = at the cursor)."""
        if offset is None:
            offset = TimeInt(nanos=0) if (seq, seconds, nanos) == (None, None, None) else TimeInt(seq=seq, seconds=seconds, nanos=nanos)
        return TimeRangeBoundary(offset, "cursor_relative")

    @staticmethod
    def absolute(time: TimeInt | None = None, *, seq: int | None = None, seconds: float | None = None, nanos: int | None = None) -> TimeRangeBoundary:
        """A boundary at a fixed time."""
        if time is None:
            time = TimeInt(seq=seq, seconds=seconds, nanos=nanos)
        return TimeRangeBoundary(time, "absolute")

    @staticmethod
    def infinite() -> TimeRangeBoundary:
        """No boundary: everything before (as start) or after (as end)."""
        return TimeRangeBoundary(None, "infinite")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TimeRangeBoundary) and (other.kind, other.inner) == (self.kind, self.inner)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TimeRangeBoundary(inner={self.inner!r}, kind={self.kind!r})"


def _boundary(value: Any) -> TimeRangeBoundary:
    if isinstance(value, TimeRangeBoundary):
        return value
    raise TypeError(f"expected a rerun.datatypes.TimeRangeBoundary, got {type(value).__name__}")


@checked_when_logged
class TimeRange:
    """A time range between two `TimeRangeBoundary`s (`start`, `end`)."""

    def __init__(self, start: TimeRangeBoundary, end: TimeRangeBoundary) -> None:
        self.start = _boundary(start)
        self.end = _boundary(end)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TimeRange) and (other.start, other.end) == (self.start, self.end)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TimeRange(start={self.start!r}, end={self.end!r})"


@checked_when_logged
class VisibleTimeRange:
    """
    The time window a view shows of one timeline: `VisibleTimeRange("time", start=..., end=...)`.

    Parameters
    ----------
    timeline:
        The timeline's name.
    range:
        A `TimeRange`; or give `start=` and `end=` (`TimeRangeBoundary`s) instead.

    """

    def __init__(self, timeline: str, range: TimeRange | None = None, *, start: TimeRangeBoundary | None = None, end: TimeRangeBoundary | None = None) -> None:  # noqa: A002 - Rerun's name
        if not isinstance(timeline, str):
            raise TypeError(f"VisibleTimeRange: timeline must be a string, got {type(timeline).__name__}")
        if range is None:
            if start is None or end is None:
                raise ValueError("VisibleTimeRange: give range=, or both start= and end=")
            range = TimeRange(start, end)
        elif start is not None or end is not None:
            raise ValueError("VisibleTimeRange: give range= or start=/end=, not both")
        if not isinstance(range, TimeRange):
            raise TypeError(f"VisibleTimeRange: range must be a TimeRange, got {type(range).__name__}")
        self.timeline = timeline
        self.range = range

    @property
    def start(self) -> TimeRangeBoundary:
        return self.range.start

    @property
    def end(self) -> TimeRangeBoundary:
        return self.range.end

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VisibleTimeRange) and (other.timeline, other.range) == (self.timeline, self.range)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"VisibleTimeRange(timeline={self.timeline!r}, range={self.range!r})"


def _items(data: Any, single: type | tuple[type, ...]) -> list[Any]:
    if isinstance(data, single) or isinstance(data, Mapping):
        return [data]
    if isinstance(data, Iterable) and not isinstance(data, (str, bytes)):
        return list(data)
    return [data]


def boundary_array(items: list[TimeRangeBoundary]) -> pa.Array:
    codes = np.array([_BOUNDARY_CODES[b.kind] for b in items], np.int8)
    return T.dense_union_from_variants(
        T.TIME_RANGE_BOUNDARY,
        codes,
        {
            1: pa.array([b.inner.value for b in items if b.kind == "cursor_relative"], T.I64),  # type: ignore[union-attr]
            2: pa.array([b.inner.value for b in items if b.kind == "absolute"], T.I64),  # type: ignore[union-attr]
            3: pa.nulls(int((codes == 3).sum()), pa.null()),
        },
    )


def time_ints(data: Any) -> np.ndarray:
    return np.array([_time_int(v) for v in _items(data, (TimeInt, int))], np.int64)


def time_range_boundaries(data: Any) -> pa.Array:
    return boundary_array([_boundary(v) for v in _items(data, TimeRangeBoundary)])


def _time_range_struct(ranges: list[TimeRange]) -> pa.Array:
    return pa.StructArray.from_arrays(
        [boundary_array([r.start for r in ranges]), boundary_array([r.end for r in ranges])], fields=list(T.TIME_RANGE)
    )


def time_ranges(data: Any) -> pa.Array:
    items = _items(data, TimeRange)
    for r in items:
        if not isinstance(r, TimeRange):
            raise TypeError(f"expected a rerun.datatypes.TimeRange, got {type(r).__name__}")
    return _time_range_struct(items)


def visible_time_ranges(data: Any) -> pa.Array:
    items = _items(data, VisibleTimeRange)
    for r in items:
        if not isinstance(r, VisibleTimeRange):
            raise TypeError(f"expected a rerun.datatypes.VisibleTimeRange, got {type(r).__name__}")
    return pa.StructArray.from_arrays(
        [pa.array([r.timeline for r in items], T.UTF8), _time_range_struct([r.range for r in items])],
        fields=list(T.VISIBLE_TIME_RANGE),
    )


def _range1d(value: Any, what: str) -> list[float]:
    try:
        lo, hi = (float(v) for v in np.asarray(value, dtype=np.float64).reshape(2))
    except (TypeError, ValueError) as err:
        raise ValueError(f"{what}: expected [min, max], got {value!r}") from err
    return [lo, hi]


@checked_when_logged
class Range2D:
    """An axis-aligned 2D range: `x_range` and `y_range`, each [min, max] (float64)."""

    def __init__(self, x_range: Any, y_range: Any) -> None:
        self.x_range = _range1d(x_range, "Range2D.x_range")
        self.y_range = _range1d(y_range, "Range2D.y_range")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Range2D) and (other.x_range, other.y_range) == (self.x_range, self.y_range)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Range2D(x_range={self.x_range}, y_range={self.y_range})"


def range2ds(data: Any) -> pa.Array:
    items = []
    for r in _items(data, Range2D):
        if isinstance(r, Mapping):
            r = Range2D(r["x_range"], r["y_range"])
        if not isinstance(r, Range2D):
            raise TypeError(f"expected a rerun.datatypes.Range2D, got {type(r).__name__}")
        items.append(r)
    return pa.array([{"x_range": r.x_range, "y_range": r.y_range} for r in items], T.RANGE2D)


def _dimension(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 0:
        raise ValueError(f"{what}: expected a non-negative dimension index, got {value!r}")
    return int(value)


@checked_when_logged
class TensorDimensionSelection:
    """Which tensor dimension is shown along an axis (`dimension`), and whether it is flipped (`invert`)."""

    def __init__(self, dimension: int, *, invert: bool = False) -> None:
        self.dimension = _dimension(dimension, "TensorDimensionSelection.dimension")
        self.invert = bool(invert)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TensorDimensionSelection) and (other.dimension, other.invert) == (self.dimension, self.invert)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TensorDimensionSelection(dimension={self.dimension}, invert={self.invert})"


def tensor_dimension_selections(data: Any) -> pa.Array:
    items = [v if isinstance(v, TensorDimensionSelection) else TensorDimensionSelection(v) for v in _items(data, (TensorDimensionSelection, int))]
    return pa.array([{"dimension": s.dimension, "invert": s.invert} for s in items], T.TENSOR_DIMENSION_SELECTION)


@checked_when_logged
class TensorDimensionIndexSelection:
    """A tensor dimension fixed at one index (`dimension`, `index`), for slicing the shown 2D plane."""

    def __init__(self, dimension: int, index: int) -> None:
        self.dimension = _dimension(dimension, "TensorDimensionIndexSelection.dimension")
        self.index = _dimension(index, "TensorDimensionIndexSelection.index")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TensorDimensionIndexSelection) and (other.dimension, other.index) == (self.dimension, self.index)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TensorDimensionIndexSelection(dimension={self.dimension}, index={self.index})"


def tensor_dimension_index_selections(data: Any) -> pa.Array:
    items = _items(data, TensorDimensionIndexSelection)
    for s in items:
        if not isinstance(s, TensorDimensionIndexSelection):
            raise TypeError(f"expected a rerun.datatypes.TensorDimensionIndexSelection, got {type(s).__name__}")
    return pa.array([{"dimension": s.dimension, "index": s.index} for s in items], T.TENSOR_DIMENSION_INDEX_SELECTION)


@checked_when_logged
class TensorDimensionIndexSlider:
    """A tensor dimension that gets a slider in the tensor view (`dimension`)."""

    def __init__(self, dimension: int) -> None:
        self.dimension = _dimension(dimension, "TensorDimensionIndexSlider.dimension")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TensorDimensionIndexSlider) and other.dimension == self.dimension

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TensorDimensionIndexSlider(dimension={self.dimension})"


def tensor_dimension_index_sliders(data: Any) -> pa.Array:
    items = [v if isinstance(v, TensorDimensionIndexSlider) else TensorDimensionIndexSlider(v) for v in _items(data, (TensorDimensionIndexSlider, int))]
    return pa.array([{"dimension": s.dimension} for s in items], T.TENSOR_DIMENSION_INDEX_SLIDER)
