"""Latest-at for many entities at once: the component indexes of one timeline laid end to end.

Answering one entity's latest-at, the store bisects each of its `ComponentIndex`es: a couple of
microseconds of Python per component, most of it spent reaching scattered objects. For a whole
scene, `LatestAtTable` runs all those searches as one vectorised binary search over contiguous
copies of the indexes (their times, row records and column references), and hands the answers
back per index.

A table is a snapshot of the store at one generation. The store builds it only once data has
stopped changing (a second batched query at the same generation): while data streams in, the
per-index path with its per-index answer cache is used, and no copy is made per new chunk.
Indexes with more than `MAX_TABLE_ROWS` rows stay out of the table (their own search is cheap
next to their size, and copying them would double the memory of long series).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from .index import ROW_META, ComponentIndex, concat_meta
from .results import LatestAtResult

#: Indexes longer than this are searched one by one instead of being copied into the table.
MAX_TABLE_ROWS = 1024


class LatestAtTable:
    """Contiguous copies of the (small) component indexes of one timeline, at one store generation."""

    def __init__(self, indexes: list[ComponentIndex], generation: int) -> None:
        self.generation = generation
        self.indexes = indexes
        self.slot_of: dict[ComponentIndex, int] = {index: slot for slot, index in enumerate(indexes)}
        lens = np.fromiter((index.n for index in indexes), np.int64, len(indexes))
        self.stops = np.cumsum(lens)
        self.starts = self.stops - lens
        self.lens = lens
        if indexes:
            self.times = np.concatenate([index.times() for index in indexes])
            self.meta = concat_meta([index.meta() for index in indexes])
            self.columns = np.concatenate([index.columns() for index in indexes])
        else:
            self.times = np.empty(0, np.int64)
            self.meta = np.empty(0, ROW_META)
            self.columns = np.empty(0, object)
        self._steps = int(lens.max()).bit_length() if len(lens) else 0
        #: Entities whose latest-at answers on this timeline the table does not decide alone (an
        #: index outside it, or a clear); set by the store on first use.
        self.volatile: frozenset[str] | None = None

    def entities_changed(self, before: np.ndarray, after: np.ndarray) -> set[str]:
        """Entities with an index whose answer differs between two `positions` of this table."""
        indexes = self.indexes
        return {indexes[slot].entity for slot in np.flatnonzero(before != after).tolist()}

    @staticmethod
    def build(
        temporal: dict[str, dict[str, dict[str, ComponentIndex]]], timeline: str, generation: int
    ) -> LatestAtTable:
        """The table of every index of `timeline` with at most `MAX_TABLE_ROWS` rows."""
        indexes = []
        for by_component in temporal.values():
            for by_timeline in by_component.values():
                index = by_timeline.get(timeline)
                if index is not None and 0 < len(index) <= MAX_TABLE_ROWS:
                    indexes.append(index)
        return LatestAtTable(indexes, generation)

    @property
    def nbytes(self) -> int:
        return self.times.nbytes + self.meta.nbytes + self.columns.nbytes + 3 * self.stops.nbytes

    def positions(self, t: int | None) -> np.ndarray:
        """Per index (by slot): the flat position of its last row with time <= t (None: its last
        row), or a position before its start when it has none."""
        if t is None:
            return self.stops - 1
        times, last = self.times, len(self.times) - 1
        # Upper bound (first row with time > t) of every index at once: `base` moves right over
        # rows <= t, `n` is the width still to search; each step halves every width.
        base, n = self.starts.copy(), self.lens.copy()
        for _ in range(self._steps):
            half = n >> 1
            mid = base + half
            right = (n > 0) & (times[np.minimum(mid, last)] <= t)
            base += np.where(right, half + 1, 0)
            n = np.where(right, n - half - 1, half)
        return base - 1

    def answers(self, t: int | None) -> TableAnswers:
        return TableAnswers(self, t)


class TableAnswers:
    """The table's latest-at answers at one time, turned into `LatestAtResult`s on request."""

    __slots__ = ("_table", "_time", "positions", "_found_at", "_times", "_his", "_los", "_rows", "_columns")

    def __init__(self, table: LatestAtTable, t: int | None) -> None:
        self._table = table
        self._time = t
        #: Per slot, the flat position of the row answered (before the slot's start: none).
        self.positions = pos = table.positions(t)
        found = pos >= table.starts
        hit = pos[found]
        # Per slot, where its answer is in the lists below (-1: none). Plain lists of ints, not
        # tuples: a scene-wide query should not allocate thousands of objects the GC tracks.
        found_at = np.full(len(pos), -1, np.int64)
        found_at[found] = np.arange(len(hit))
        self._found_at: list[int] = found_at.tolist()
        meta = table.meta[hit]
        self._times: list[int] = table.times[hit].tolist()
        self._his: list[int] = meta["hi"].tolist()
        self._los: list[int] = meta["lo"].tolist()
        self._rows: list[int] = meta["row"].tolist()
        self._columns: list[pa.Array] = table.columns[hit].tolist()

    def result(self, index: ComponentIndex) -> LatestAtResult | None:
        """What `index.latest_result(t)` answers (indexes outside the table are asked)."""
        slot = self._table.slot_of.get(index)
        if slot is None:
            return index.latest_result(self._time)
        k = self._found_at[slot]
        if k < 0:
            return None
        return LatestAtResult(
            index.entity, index.component, self._times[k], self._his[k], self._los[k], self._columns[k], self._rows[k]
        )
