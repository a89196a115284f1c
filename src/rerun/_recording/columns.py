"""`rr.send_columns`: a whole series in one call, as Rerun 0.18 added it (rerun-io/rerun#4184).

`rr.log` makes one row per call; a script logging a long sensor or loss series that way pays the
per-call cost for every sample. `send_columns` takes the series as columns instead: one or more
time columns (`TimeSequenceColumn`, `TimeSecondsColumn`, `TimeNanosColumn`) and component
columns (a component batch, one instance per row, or `batch.partition(lengths)` for several
instances per row), all with the same number of rows. The rows become one chunk (cut into several
at the batcher's `RERUN_FLUSH_NUM_ROWS` / `RERUN_FLUSH_NUM_BYTES` limits, as slices of one record
batch), written after the rows logged before the call.

As in Rerun 0.18, only the given timelines are used: the timelines set with `set_time_*` are
ignored, and `log_time` and `log_tick` are not added.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
import pyarrow as pa

from .._chunk import Chunk, TimeType, new_chunk_id, series_row_ids
from .._datamodel.batch import IndicatorComponentBatch
from .._datamodel.errors import strict_mode
from .checks import TIME_MAX, TIME_MIN

if TYPE_CHECKING:
    from .batcher import BatcherConfig

_NANOS_PER_SECOND = 1_000_000_000


class TimeColumnLike(Protocol):
    """Anything `send_columns` takes as a time column: a timeline name and its values."""

    def timeline_name(self) -> str:
        """The name of the timeline."""
        ...

    def as_arrow_array(self) -> pa.Array:
        """The times, one per row: int64 for a sequence, timestamp[ns] for time."""
        ...


def _int64_times(times: Iterable[Any], what: str) -> np.ndarray:
    """
    The times as int64, checked: whole numbers in `TIME_MIN..TIME_MAX` (as `rr.set_time_sequence`
    takes them). Raises TypeError for non-integers, ValueError for a time out of that range (a
    cast would wrap 2**63 around to -2**63 without a word; Rerun 0.18 raises too).
    """
    array = np.asarray(times if isinstance(times, np.ndarray) else list(times))
    if array.ndim != 1:
        raise ValueError(f"{what}: expected a 1-D sequence of times, got shape {array.shape}")
    if not array.size:
        return array.astype(np.int64)
    if array.dtype.kind == "O" and all(type(t) is int or isinstance(t, np.integer) for t in array):
        low, high = int(min(array)), int(max(array))  # Python ints beyond 64 bits
    elif np.issubdtype(array.dtype, np.integer):
        low, high = int(array.min()), int(array.max())
    elif np.issubdtype(array.dtype, np.floating) and np.all(np.mod(array, 1) == 0):
        # Whole and finite (NaN and inf fail the test). Compared as floats: 2**63 - 1 is 2**63 as a float.
        low, high = (TIME_MIN - 1, 0) if array.min() <= -(2.0**63) else (0, TIME_MAX + 1) if array.max() >= 2.0**63 else (0, 0)
    else:
        raise TypeError(f"{what}: expected integers, got {array.dtype} values")
    if not (TIME_MIN <= low and high <= TIME_MAX):
        bad = array.min() if not TIME_MIN <= low else array.max()
        raise ValueError(f"{what}: expected times in -2**63+1..2**63-1, got {bad}")
    return array.astype(np.int64)


class _TimeColumn:
    _TIME_TYPE: TimeType

    def __init__(self, timeline: str, times: Iterable[Any]) -> None:
        self.timeline = timeline
        self.times = times

    def timeline_name(self) -> str:
        """The name of the timeline."""
        return self.timeline

    def _int64(self) -> np.ndarray:
        return _int64_times(self.times, f"{type(self).__name__}({self.timeline!r})")

    def as_arrow_array(self) -> pa.Array:
        """The times as Arrow: int64 for a sequence, timestamp[ns] (UTC-less, as Rerun) for time."""
        arrow_type = pa.int64() if self._TIME_TYPE is TimeType.SEQUENCE else pa.timestamp("ns")
        return pa.array(self._int64(), arrow_type)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.timeline!r}, ...)"


class TimeSequenceColumn(_TimeColumn):
    """
    A column of sequence numbers (integers, e.g. frame numbers): the columnar `rr.set_time_sequence`.

    Parameters
    ----------
    timeline:
        The name of the timeline.
    times:
        One integer per row (any iterable; a numpy integer array is taken without a Python loop).

    """

    _TIME_TYPE = TimeType.SEQUENCE


class TimeSecondsColumn(_TimeColumn):
    """
    A column of times in seconds (floats, e.g. since the Unix epoch): the columnar `rr.set_time_seconds`.

    Stored as integer nanoseconds, rounded to the nearest nanosecond.
    """

    _TIME_TYPE = TimeType.TIME

    def _int64(self) -> np.ndarray:
        seconds = np.asarray(self.times if isinstance(self.times, np.ndarray) else list(self.times), dtype=np.float64)
        if seconds.ndim != 1:
            raise ValueError(f"TimeSecondsColumn({self.timeline!r}): expected a 1-D sequence of seconds")
        finite = np.isfinite(seconds)
        if not finite.all():  # as `rr.set_time_seconds` refuses them (a cast would make NaN the year 1677)
            first = int(np.flatnonzero(~finite)[0])
            raise ValueError(
                f"TimeSecondsColumn({self.timeline!r}): expected finite seconds, got {float(seconds[first])} at row {first}"
                f" ({int((~finite).sum())} of {len(seconds)} rows not finite)"
            )
        nanos = np.rint(seconds * _NANOS_PER_SECOND)
        outside = np.abs(nanos) >= 2.0**63  # the float nearest TIME_MAX is 2**63 itself
        if outside.any():
            first = int(np.flatnonzero(outside)[0])
            raise ValueError(
                f"TimeSecondsColumn({self.timeline!r}): expected seconds within about +-292 years of 1970 "
                f"(64-bit nanoseconds), got {float(seconds[first])} at row {first} (milliseconds given as seconds?)"
            )
        return nanos.astype(np.int64)


class TimeNanosColumn(_TimeColumn):
    """A column of times in integer nanoseconds: the columnar `rr.set_time_nanos`."""

    _TIME_TYPE = TimeType.TIME


class ComponentColumn:
    """
    A component batch cut into rows: what `batch.partition(lengths)` returns.

    `as_arrow_array()` is a list array with one list per row; row ``i`` holds ``lengths[i]``
    consecutive instances of the batch.
    """

    def __init__(self, batch: Any, lengths: Iterable[int] | None = None) -> None:
        self.component_batch = batch
        # Lengths that do not fit the batch are reported where the column is sent (`send_columns`
        # warns and logs nothing of that call, as Rerun 0.18 does); in strict mode they raise here.
        self._error: ValueError | None = None
        try:
            self._array: pa.Array | None = _partitioned(batch.as_arrow_array(), lengths)
        except ValueError as err:
            if strict_mode():
                raise
            self._array, self._error = None, err

    def component_name(self) -> str:
        """The batch's component name, e.g. `rerun.components.Scalar`."""
        return str(self.component_batch.component_name())

    def as_arrow_array(self) -> pa.Array:
        """One list per row. Raises `ValueError` when the partition lengths did not fit the batch."""
        if self._array is None:
            raise self._error  # type: ignore[misc]
        return self._array

    def __len__(self) -> int:
        return 0 if self._array is None else len(self._array)


def _partitioned(values: pa.Array, lengths: Iterable[int] | None) -> pa.Array:
    """`values` as a list array, row ``i`` holding the next ``lengths[i]`` of them (default: one each)."""
    if lengths is None:  # one instance per row
        offsets = np.arange(len(values) + 1, dtype=np.int32)
    else:
        lengths_array = np.asarray(lengths if isinstance(lengths, np.ndarray) else list(lengths), dtype=np.int64)
        if lengths_array.ndim != 1 or (lengths_array.size and lengths_array.min() < 0):
            raise ValueError("partition lengths must be a 1-D sequence of non-negative integers")
        if int(lengths_array.sum()) != len(values):
            raise ValueError(f"partition lengths add up to {int(lengths_array.sum())}, but the batch has {len(values)} instances")
        offsets = np.zeros(len(lengths_array) + 1, dtype=np.int64)
        np.cumsum(lengths_array, out=offsets[1:])
        offsets = offsets.astype(np.int32)
    return pa.ListArray.from_arrays(pa.array(offsets), values)


def _time_column(column: Any) -> tuple[str, TimeType, np.ndarray]:
    name = column.timeline_name()
    if isinstance(column, _TimeColumn):
        return name, column._TIME_TYPE, column._int64()
    array = column.as_arrow_array()  # any `TimeColumnLike`
    if pa.types.is_timestamp(array.type) or pa.types.is_duration(array.type):
        return name, TimeType.TIME, array.cast(pa.int64()).to_numpy(zero_copy_only=False)
    if pa.types.is_integer(array.type):
        return name, TimeType.SEQUENCE, array.cast(pa.int64()).to_numpy(zero_copy_only=False)
    raise TypeError(f"time column {name!r} has Arrow type {array.type}, expected integers or timestamp[ns]")


def _component_column(column: Any) -> tuple[str, pa.Array]:
    if not (hasattr(column, "component_name") and hasattr(column, "as_arrow_array")):
        raise TypeError(
            f"expected component batches (e.g. rr.components.ScalarBatch(values)) or their .partition(lengths),"
            f" got {type(column).__name__}"
        )
    name = column.component_name()
    array = column.as_arrow_array()
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if not isinstance(array, pa.ListArray):
        # A plain batch: one instance per row (Rerun 0.18 does the same).
        array = ComponentColumn(column).as_arrow_array()
    return name, array


def columns_chunks(
    entity_path: str, times: Iterable[Any], components: Iterable[Any], config: BatcherConfig
) -> list[Chunk]:
    """
    The chunks of one `send_columns` call: one record batch, sliced at the batcher's limits.

    Raises `ValueError`/`TypeError` for columns of different lengths, times that are not
    integers, two columns of one name, or no component column.
    """
    timelines: dict[str, tuple[TimeType, np.ndarray]] = {}
    lengths: dict[str, int] = {}
    for column in times:
        name, time_type, values = _time_column(column)
        if name in timelines:
            raise ValueError(f"timeline {name!r} is given twice")
        timelines[name] = (time_type, values)
        lengths[f"timeline {name!r}"] = len(values)
    columns: dict[str, pa.Array] = {}
    indicators: list[str] = []
    for column in components:
        if isinstance(column, IndicatorComponentBatch):
            indicators.append(column.component_name())  # one null per row, however many rows (as Rerun 0.18)
            continue
        name, array = _component_column(column)
        if name in columns:
            raise ValueError(f"component {name!r} is given twice")
        columns[name] = array
        lengths[f"component {name!r}"] = len(array)
    if not columns:
        raise ValueError("no component columns given: expected at least one component batch or partitioned column")
    if len(set(lengths.values())) > 1:
        listed = ", ".join(f"{what}: {n}" for what, n in lengths.items())
        raise ValueError(f"all columns must have the same number of rows, got {listed}")
    num_rows = next(iter(lengths.values()))
    if num_rows == 0:
        return []
    for name in indicators:
        columns[name] = _partitioned(pa.nulls(num_rows), None)
    whole = Chunk.build(entity_path, series_row_ids(num_rows), timelines, columns).batch
    is_static = not timelines
    # Cut at the batcher's limits (rows, and bytes estimated from the whole batch's average row).
    bytes_per_row = max(1, whole.get_total_buffer_size() // num_rows)
    rows_per_chunk = max(1, min(config.flush_num_rows, config.flush_num_bytes // bytes_per_row))
    if rows_per_chunk >= num_rows:
        return [Chunk(whole, entity_path, new_chunk_id(), is_static)]
    return [
        Chunk(whole.slice(start, rows_per_chunk), entity_path, new_chunk_id(), is_static)
        for start in range(0, num_rows, rows_per_chunk)
    ]
