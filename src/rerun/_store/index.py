"""A sorted, incrementally built index of rows on one timeline.

`TimeIndex` keeps, sorted by (time, row id), a contiguous time column (for searching), one
`ROW_META` record per row (row id as two uint64 halves, chunk serial, row within the chunk) and,
for a `ComponentIndex`, a reference per row to the Arrow column holding the cell. Rows arriving
in order (the common case while a viewer is live) are appended in amortised O(1) into
over-allocated buffers; rows arriving out of order wait in a pending list and are merged on the
next read, re-sorting only the tail that the late rows fall into.

Arrays handed out (`times()`, ...) are views of `[:n]` of the buffers. Nothing ever writes inside
`[:n]` after the fact: appends write beyond it, merges and removals build new buffers, so views
stay valid and unchanged while the index grows.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy as np
import pyarrow as pa

from .results import LatestAtResult

_INITIAL_CAPACITY = 8
# Up to this many rows an index also keeps its times as a Python list: bisecting that is several
# times faster than a numpy searchsorted call, and most entities of a scene have few rows.
_SMALL = 64
#: Per row besides its time: row id (two uint64 halves), chunk serial, row within the chunk.
#: One record per row, so that reading a row back is one `.item()` call.
ROW_META = np.dtype([("hi", np.uint64), ("lo", np.uint64), ("chunk", np.int32), ("row", np.int32)])
# Bounds of the latest-at cache interval beyond every int64 time.
_NEG_INF = -(1 << 64)
_POS_INF = 1 << 64


def _plain(a: np.ndarray) -> np.ndarray:
    """`a`, or for `ROW_META` records an (n, record size) uint8 view of the same memory: numpy
    copies, gathers and masks record arrays field by field, ten times slower than bytes."""
    return a.view(np.uint8).reshape(len(a), ROW_META.itemsize) if a.dtype == ROW_META else a


def _take(a: np.ndarray, which: np.ndarray) -> np.ndarray:
    """``a[which]`` (indices or a mask), through `_plain` for records."""
    if a.dtype != ROW_META:
        return a[which]
    return _plain(a)[which].reshape(-1).view(ROW_META)


def concat_meta(parts: list[np.ndarray]) -> np.ndarray:
    """`np.concatenate` of `ROW_META` arrays, as bytes (see `_plain`)."""
    return np.concatenate([part.view(np.uint8) for part in parts]).view(ROW_META)


def sort_order(times: np.ndarray, hi: np.ndarray, lo: np.ndarray) -> np.ndarray | None:
    """Permutation sorting rows by (time, row id), or None when they are already sorted."""
    if len(times) < 2:
        return None
    dt = np.diff(times)
    if (dt > 0).all():
        return None
    if not (dt < 0).any():
        # Only ties in time: sorted if row ids increase within each tie.
        tie = dt == 0
        ok = (hi[1:] > hi[:-1]) | ((hi[1:] == hi[:-1]) & (lo[1:] > lo[:-1]))
        if ok[tie].all():
            return None
    return np.lexsort((lo, hi, times))


class TimeIndex:
    """Rows of one (entity, component, timeline), sorted by (time, row id)."""

    __slots__ = (
        "_times",
        "_meta",
        "_columns",
        "n",
        "_pending",
        "_tview",
        "first_time",
        "last_time",
        "_last_key",
        "mat_pieces",
        "mat_n",
        "_q_lo",
        "_q_hi",
        "_q_value",
        "_tlist",
    )

    def __init__(self, *, with_columns: bool = False) -> None:
        cap = _INITIAL_CAPACITY
        self._times = np.empty(cap, np.int64)  # contiguous, for searchsorted
        self._meta = np.empty(cap, ROW_META)
        # Optionally per row the Arrow column holding its cell (a reference, 8 bytes a row), so
        # reading a row back needs no lookup through the store's chunk table.
        self._columns: np.ndarray | None = np.empty(cap, object) if with_columns else None
        self.n = 0
        # Late rows waiting for a merge: (times, hi, lo, chunk serials, rows, columns or None).
        self._pending: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]] = []
        self._tview = self._times[:0]
        self.first_time = 0
        self.last_time = 0
        self._last_key: tuple[int, int, int] | None = None
        # Materialised list arrays of the component batches, in index order, for entries [0, mat_n).
        self.mat_pieces: list[pa.Array] = []
        self.mat_n = 0
        # Latest-at cache (see `ComponentIndex.latest_result`): the answer `_q_value` holds for
        # every query time in [_q_lo, _q_hi). Reset by every change.
        self._q_lo = 0
        self._q_hi = 0
        self._q_value: LatestAtResult | None = None
        self._tlist: list[int] | None = []

    # -- writing ----------------------------------------------------------------------------

    def append(
        self,
        times: np.ndarray,
        hi: np.ndarray,
        lo: np.ndarray,
        chunk: int,
        rows: np.ndarray,
        column: pa.Array | None = None,
    ) -> None:
        """Add rows of one chunk (any order); `column` is the chunk's column (`with_columns`)."""
        k = len(times)
        if k == 0:
            return
        order = sort_order(times, hi, lo)
        if order is not None:
            times, hi, lo, rows = times[order], hi[order], lo[order], rows[order]
        first = (times.item(0), hi.item(0), lo.item(0))
        if self._pending or (self._last_key is not None and first < self._last_key):
            columns = None
            if self._columns is not None:
                columns = np.empty(k, object)
                columns.fill(column)  # fill, not assignment: numpy would iterate the Arrow array
            self._pending.append((times, hi, lo, np.full(k, chunk, np.int64), rows, columns))
            return
        n = self.n
        if n + k > len(self._times):
            cap = max(2 * len(self._times), n + k)
            for name in self._column_names():
                old = getattr(self, name)
                new = np.empty(cap, old.dtype)
                _plain(new)[:n] = _plain(old)[:n]
                setattr(self, name, new)
        self._times[n : n + k] = times
        meta = self._meta[n : n + k]
        meta["hi"], meta["lo"], meta["chunk"], meta["row"] = hi, lo, chunk, rows
        if self._columns is not None:
            self._columns[n : n + k].fill(column)
        self.n = m = n + k
        # Incremental version of `_refresh` for the append-only case.
        self._q_lo, self._q_hi, self._q_value = 0, 0, None
        self._tview = self._times[:m]
        if n == 0:
            self.first_time = first[0]
        self.last_time = times.item(k - 1)
        self._last_key = (self.last_time, hi.item(k - 1), lo.item(k - 1))
        if self._tlist is not None:
            if m <= _SMALL:
                self._tlist.extend(times.tolist())
            else:
                self._tlist = None

    def _refresh(self) -> None:
        """Recompute the derived fields after a rebuild (merge or removal)."""
        self._q_lo, self._q_hi, self._q_value = 0, 0, None  # the cached answer may have changed
        n = self.n
        self._tview = self._times[:n]
        self._tlist = self._tview.tolist() if n <= _SMALL else None
        if n:
            self.first_time = self._times.item(0)
            self.last_time = self._times.item(n - 1)
            self._last_key = self.key_at(n - 1)
        else:
            self._last_key = None

    def _column_names(self) -> tuple[str, ...]:
        return ("_times", "_meta") if self._columns is None else ("_times", "_meta", "_columns")

    def _merge(self) -> None:
        """Fold the pending (late) rows in, re-sorting only the affected tail."""
        parts = list(zip(*self._pending))
        self._pending = []
        p_times, p_hi, p_lo, p_chunk, p_row = (np.concatenate(p) for p in parts[:5])
        p_meta = np.empty(len(p_times), ROW_META)
        p_meta["hi"], p_meta["lo"], p_meta["chunk"], p_meta["row"] = p_hi, p_lo, p_chunk, p_row
        n = self.n
        # Everything strictly before the earliest late time keeps its place.
        pos = int(np.searchsorted(self._times[:n], p_times.min(), side="left"))
        times = np.concatenate([self._times[pos:n], p_times])
        meta = concat_meta([self._meta[pos:n], p_meta])
        tails = [times, meta]
        if self._columns is not None:
            tails.append(np.concatenate([self._columns[pos:n], *parts[5]]))
        order = np.lexsort((meta["lo"], meta["hi"], times))
        total = n + len(p_times)
        cap = max(_INITIAL_CAPACITY, total + total // 2)
        for name, tail in zip(self._column_names(), tails):
            old = getattr(self, name)
            new = np.empty(cap, old.dtype)
            _plain(new)[:pos] = _plain(old)[:pos]
            _plain(new)[pos:total] = _plain(tail)[order]
            setattr(self, name, new)
        self.n = total
        self._truncate_materialised(pos)
        self._refresh()

    def _truncate_materialised(self, pos: int) -> None:
        if self.mat_n <= pos:
            return
        kept: list[pa.Array] = []
        start = 0
        for piece in self.mat_pieces:
            end = start + len(piece)
            if end <= pos:
                kept.append(piece)
            elif start < pos:
                kept.append(piece.slice(0, pos - start))
            start = end
        self.mat_pieces = kept
        self.mat_n = pos

    def remove_chunks(self, chunks: np.ndarray) -> int:
        """Drop every row that points into one of `chunks`; returns how many were dropped."""
        self.flush()
        n = self.n
        keep = ~np.isin(self._meta["chunk"][:n], chunks)
        dropped = int(n - keep.sum())
        if dropped:
            for name in self._column_names():
                setattr(self, name, _take(getattr(self, name)[:n], keep))
            self.n = n - dropped
            self.mat_pieces = []
            self.mat_n = 0
            self._refresh()
        return dropped

    # -- reading ----------------------------------------------------------------------------

    def flush(self) -> None:
        if self._pending:
            self._merge()

    def __len__(self) -> int:
        self.flush()
        return self.n

    def latest(self, t: int | None) -> int:
        """Position of the last row with time <= t (the greatest row id among equal times), or -1."""
        if self._pending:
            self._merge()
        n = self.n
        if n == 0:
            return -1
        if t is None or t >= self.last_time:
            return n - 1
        if t < self.first_time:
            return -1
        return int(self._tview.searchsorted(t, "right")) - 1

    def latest_many(self, ts: np.ndarray) -> np.ndarray:
        """Vectorised `latest` for an int64 array of times."""
        self.flush()
        return np.searchsorted(self._tview, ts, side="right").astype(np.int64) - 1

    def span(self, t_min: int | None, t_max: int | None) -> tuple[int, int]:
        """[start, stop) positions of rows with t_min <= time <= t_max (None = unbounded)."""
        self.flush()
        lo = 0 if t_min is None else int(np.searchsorted(self._tview, t_min, side="left"))
        hi = self.n if t_max is None else int(np.searchsorted(self._tview, t_max, side="right"))
        return lo, max(lo, hi)

    def times(self) -> np.ndarray:
        self.flush()
        return self._tview

    # The column views below are strided (fields of `_meta`); numpy and pyarrow accept them.

    def row_id_hi(self) -> np.ndarray:
        self.flush()
        return self._meta["hi"][: self.n]

    def row_id_lo(self) -> np.ndarray:
        self.flush()
        return self._meta["lo"][: self.n]

    def chunks(self) -> np.ndarray:
        self.flush()
        return self._meta["chunk"][: self.n]

    def rows(self) -> np.ndarray:
        self.flush()
        return self._meta["row"][: self.n]

    def meta(self) -> np.ndarray:
        """The `ROW_META` records of all rows (a contiguous view)."""
        self.flush()
        return self._meta[: self.n]

    def columns(self) -> np.ndarray:
        """Per row, the Arrow column holding its cell (an object array; `with_columns` only)."""
        self.flush()
        assert self._columns is not None, "an index built without columns"
        return self._columns[: self.n]

    def key_at(self, i: int) -> tuple[int, int, int]:
        """(time, row id hi, row id lo) of entry i."""
        hi, lo, _, _ = self._meta.item(i)
        return (self._times.item(i), hi, lo)

    def add_materialised(self, piece: pa.Array) -> None:
        """Append a materialised piece covering the next entries; keeps O(log n) pieces."""
        self.mat_pieces.append(piece)
        self.mat_n += len(piece)
        pieces = self.mat_pieces
        while len(pieces) >= 2 and len(pieces[-2]) <= 2 * len(pieces[-1]):
            merged = pa.concat_arrays([pieces[-2], pieces[-1]])
            pieces[-2:] = [merged]

    @property
    def index_nbytes(self) -> int:
        return sum(getattr(self, name).nbytes for name in self._column_names())


class ComponentIndex(TimeIndex):
    """The index of one (entity, component, timeline), answering latest-at with `LatestAtResult`s.

    The last answer is kept together with the interval of query times that share it (from the
    row's time up to the next row's time), so scrubbing within that interval, or asking at the
    same time for another view, costs a comparison instead of a search and a new result.
    """

    __slots__ = ("entity", "component")

    def __init__(self, entity: str, component: str) -> None:
        super().__init__(with_columns=True)
        self.entity = entity
        self.component = component

    def latest_result(self, t: int | None) -> LatestAtResult | None:
        """The row visible at time `t` (None: the latest), ignoring clears and static data."""
        if self._pending:
            self._merge()
        n = self.n
        if n == 0:
            return None
        last = self.last_time
        if t is None:
            t = last
        if self._q_lo <= t < self._q_hi:
            return self._q_value
        if t >= last:
            i = n - 1
        elif t < self.first_time:
            i = -1
        elif self._tlist is not None:
            i = bisect_right(self._tlist, t) - 1
        else:
            i = int(self._tview.searchsorted(t, "right")) - 1
        if i < 0:
            self._q_lo, self._q_hi, self._q_value = _NEG_INF, self.first_time, None
            return None
        tlist = self._tlist
        if tlist is not None:  # small index: times as Python ints already
            time = tlist[i]
            next_time = tlist[i + 1] if i + 1 < n else _POS_INF
        else:
            time = self._times.item(i)
            next_time = self._times.item(i + 1) if i + 1 < n else _POS_INF
        hi, lo, _, row = self._meta.item(i)
        column = self._columns[i]  # type: ignore[index]  # always kept by a ComponentIndex
        result = LatestAtResult(self.entity, self.component, time, hi, lo, column, row)
        self._q_lo, self._q_hi, self._q_value = time, next_time, result
        return result
