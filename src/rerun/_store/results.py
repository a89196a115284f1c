"""What store queries return."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
import pyarrow as pa

from .._chunk import TimeType

# Sort key of static data: below every int64 time, so that any temporal data (and any temporal
# clear) comes after it.
STATIC_TIME = -(2**63) - 1


class RowId(NamedTuple):
    """A row id: (time_ns, inc). Compares in logging order."""

    time_ns: int
    inc: int

    def hex(self) -> str:
        return f"{self.time_ns:016x}{self.inc:016x}"


class LatestAtResult:
    """One component batch found by a latest-at query.

    Attributes
    ----------
    entity_path, component:
        What was queried.
    time:
        Time of the row on the queried timeline; None for static data.
    row_id:
        Row id of the row the batch was logged in.
    batch:
        The component batch (the list element of that row) as a `pa.Array`; built on first access.

    """

    __slots__ = ("entity_path", "component", "time", "_hi", "_lo", "_column", "_row", "_batch")

    def __init__(
        self, entity_path: str, component: str, time: int | None, hi: int, lo: int, column: pa.Array, row: int
    ) -> None:
        self.entity_path = entity_path
        self.component = component
        self.time = time
        self._hi = hi
        self._lo = lo
        self._column = column
        self._row = row
        self._batch: pa.Array | None = None

    @property
    def row_id(self) -> RowId:
        return RowId(self._hi, self._lo)

    @property
    def is_static(self) -> bool:
        return self.time is None

    @property
    def batch(self) -> pa.Array:
        if self._batch is None:
            self._batch = self._column[self._row].values
        return self._batch

    def sort_key(self) -> tuple[int, int]:
        """(time, row id as int), static data sorting first."""
        return (STATIC_TIME if self.time is None else self.time, (self._hi << 64) | self._lo)

    def __repr__(self) -> str:
        when = "static" if self.time is None else f"t={self.time}"
        return f"LatestAtResult({self.entity_path} {self.component} {when} row_id={self.row_id.hex()})"


@dataclass
class RangeResult:
    """Rows of one component in a time range, sorted by (time, row id).

    ``times`` (int64, n), ``row_ids`` ((n, 2) uint64 of (time_ns, inc)) and ``batches`` (a list
    array of length n: one component batch per row). When the component is static at the entity
    (which shadows all its temporal data) ``is_static`` is True and the single static row is
    returned with time ``np.iinfo(np.int64).min``.
    """

    entity_path: str
    component: str
    times: np.ndarray
    row_ids: np.ndarray
    batches: pa.Array
    is_static: bool = False

    def __len__(self) -> int:
        return len(self.times)


@dataclass
class ClearTimes:
    """Clears that affect an entity on a timeline: sorted times and their row ids ((n, 2) uint64)."""

    times: np.ndarray
    row_ids: np.ndarray


@dataclass
class TimeHistogram:
    """When an entity has data on a timeline: distinct times (sorted int64) and rows at each."""

    times: np.ndarray
    counts: np.ndarray

    @property
    def total(self) -> int:
        return int(self.counts.sum())


@dataclass
class GcReport:
    """What `ChunkStore.gc_drop_oldest` dropped."""

    chunks_dropped: int = 0
    rows_dropped: int = 0
    bytes_dropped: int = 0
    entities_emptied: list[str] = field(default_factory=list)
    #: Per timeline, the (min, max) time of the dropped data.
    time_ranges: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class TimelineInfo:
    name: str
    time_type: TimeType
