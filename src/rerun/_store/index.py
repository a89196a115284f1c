"""A sorted, incrementally built index of rows on one timeline, made of segments.

`TimeIndex` keeps the rows of one (entity, component or all components, timeline) sorted by
(time, row id) as a list of non-overlapping segments in that order:

- a *chunk segment* is a whole chunk whose rows arrive sorted and without null cells (the
  common case for chunks of more than a few rows): its times and row ids are the chunk's own
  arrays (numpy views of the Arrow buffers, shared by every index of the chunk), so it costs a
  few hundred bytes per chunk and nothing per row;
- a *row segment* owns per-row arrays (time, row id halves, chunk serial, row within the chunk
  and, for a `ComponentIndex`, the Arrow column of the row): rows of tiny chunks appended one
  after another, rows of chunks with null cells or unsorted rows, and the result of merging
  late rows. Only these cost memory per row.

Positions (what `latest`, `span`, `key_at` return) count rows across all segments. Rows
arriving out of order wait in a pending list and are merged on the next read: the segments at
and after the earliest late time become one row segment, the ones before keep their place.

Arrays handed out are never written inside after the fact: appends write beyond a row
segment's `n`, merges and removals build new segments.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import numpy as np
import pyarrow as pa

from .results import LatestAtResult

_INITIAL_CAPACITY = 8
# Up to this many rows a `ComponentIndex` also keeps its times as a Python list (see there).
_SMALL = 64
#: Sorted chunks with at least this many rows (and no null cell) are indexed as whole chunks.
CHUNK_SEGMENT_ROWS = 32
#: Per row besides its time: row id (two uint64 halves), chunk serial, row within the chunk.
ROW_META = np.dtype([("hi", np.uint64), ("lo", np.uint64), ("chunk", np.int32), ("row", np.int32)])
# Bounds of the latest-at cache interval beyond every int64 time.
_NEG_INF = -(1 << 64)
_POS_INF = 1 << 64
_EMPTY_I64 = np.empty(0, np.int64)
_EMPTY_U64 = np.empty(0, np.uint64)
# The first segment's start, shared by every index (most of a recording's many small indexes
# have one segment).
_FIRST_START = (0,)


def concat_meta(parts: list[np.ndarray]) -> np.ndarray:
    """`np.concatenate` of `ROW_META` arrays, as bytes (numpy copies records field by field)."""
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


class _Seg:
    """One segment (see the module docstring). Chunk segment: `serial >= 0`, `rows`/`serials`/
    `columns`/`meta` None, `column` the chunk's columns by component name (or None for an index
    without columns): immutable, so one chunk segment is shared by every index of its chunk on
    one timeline (each component's index reads its own column from it, `column_of`). Row
    segment: `serial == -1`, per-row arrays with spare capacity beyond `n`; its row id halves,
    chunk serials and rows are the fields of one `ROW_META` record array `meta` (one `item` call
    reads a row's four)."""

    __slots__ = ("times", "hi", "lo", "serial", "serials", "rows", "column", "columns", "n", "meta")

    def __init__(self, times, hi, lo, serial, serials, rows, column, columns, n, meta=None) -> None:  # type: ignore[no-untyped-def]
        self.times: np.ndarray = times
        self.hi: np.ndarray = hi
        self.lo: np.ndarray = lo
        self.serial: int = serial
        self.serials: np.ndarray | None = serials
        self.rows: np.ndarray | None = rows
        self.column: dict[str, pa.Array] | None = column
        self.columns: np.ndarray | None = columns
        self.n: int = n
        self.meta: np.ndarray | None = meta

    @staticmethod
    def rows_of(times, hi, lo, serials, rows, columns, cap: int) -> _Seg:  # type: ignore[no-untyped-def]
        """A row segment holding copies of the given per-row arrays, with room for `cap` rows."""
        k = len(times)
        cap = max(cap, k, _INITIAL_CAPACITY)
        meta = np.empty(cap, ROW_META)
        seg = _Seg(
            np.empty(cap, np.int64),
            meta["hi"],
            meta["lo"],
            -1,
            meta["chunk"],
            meta["row"],
            None,
            None if columns is None else np.empty(cap, object),
            k,
            meta,
        )
        seg.times[:k], seg.hi[:k], seg.lo[:k], seg.serials[:k], seg.rows[:k] = times, hi, lo, serials, rows  # type: ignore[index]
        if columns is not None:
            seg.columns[:k] = columns  # type: ignore[index]
        return seg

    def grow(self, k: int) -> None:
        """Make room for `k` more rows (a row segment); the old arrays stay as they were."""
        n = self.n
        if n + k <= len(self.times):
            return
        cap = max(2 * len(self.times), n + k)
        for name in ("times", "columns", "meta"):
            old = getattr(self, name)
            if old is None:
                continue
            new = np.empty(cap, old.dtype)
            new[:n] = old[:n]
            setattr(self, name, new)
        meta = self.meta
        self.hi, self.lo, self.serials, self.rows = meta["hi"], meta["lo"], meta["chunk"], meta["row"]  # type: ignore[index]

    # Per-row views of [0, n).
    def t(self) -> np.ndarray:
        return self.times[: self.n]

    def serials_view(self) -> np.ndarray:
        if self.serials is not None:
            return self.serials[: self.n]
        return np.full(self.n, self.serial, np.int32)

    def rows_view(self) -> np.ndarray:
        if self.rows is not None:
            return self.rows[: self.n]
        return np.arange(self.n, dtype=np.int32)

    def columns_view(self, component: str) -> np.ndarray:
        if self.columns is not None:
            return self.columns[: self.n]
        out = np.empty(self.n, object)
        out.fill(self.column_of(component))  # fill, not assignment: numpy would iterate the Arrow array
        return out

    def column_of(self, component: str) -> pa.Array | None:
        """A chunk segment's column of `component` (None in an index without columns)."""
        return None if self.column is None else self.column[component]

    def column_at(self, j: int, component: str) -> pa.Array:
        return self.column_of(component) if self.columns is None else self.columns[j]  # type: ignore[return-value]

    def row_at(self, j: int) -> int:
        return j if self.rows is None else int(self.rows[j])

    def serial_at(self, j: int) -> int:
        return self.serial if self.serials is None else int(self.serials[j])

    def nbytes(self) -> int:
        """Bytes this segment owns (a chunk segment's arrays belong to its chunk)."""
        if self.serial >= 0:
            return 0
        return sum(a.nbytes for a in (self.times, self.meta, self.columns) if a is not None)


class ChunkShare:
    """What the indexes of one chunk on one timeline share when the chunk is indexed whole (a
    chunk segment): the segment itself, holding the chunk's columns by name, and, for an index
    that starts with it, its one-segment tuples. Most of a recording's indexes are small ones
    of one chunk (an entity's components and its rows index, on each timeline); sharing makes
    each of them one object instead of five or six. Lives only while the chunk is being added."""

    __slots__ = ("columns", "seg", "alone")

    def __init__(self, columns: dict[str, pa.Array] | None) -> None:
        self.columns = columns
        self.seg: _Seg | None = None
        self.alone: tuple[tuple[_Seg], tuple[int], tuple[int]] | None = None


class TimeIndex:
    """Rows of one (entity, component, timeline), sorted by (time, row id)."""

    __slots__ = (
        "_segs",
        "_starts",
        "_firsts",
        "_lasts",
        "_with_columns",
        "n",
        "_pending",
        "first_time",
        "last_time",
        "_q_lo",
        "_q_hi",
        "_q_value",
    )

    def __init__(self, *, with_columns: bool = False) -> None:
        self._segs: tuple[_Seg, ...] = ()
        # Per segment: the position of its first row, its first and last time (for bisecting).
        # (Tuples, not lists: one allocation each, for the thousands of one-segment indexes.)
        self._starts: tuple[int, ...] = ()
        self._firsts: tuple[int, ...] = ()
        self._lasts: tuple[int, ...] = ()
        # Whether rows keep their Arrow column (a `ComponentIndex`: reading a row back then needs
        # no lookup through the store's chunk table).
        self._with_columns = with_columns
        self.n = 0
        # Late rows waiting for a merge: (times, hi, lo, chunk serials, rows, columns or None).
        # (None rather than an empty list: thousands of small indexes each keep one.)
        self._pending: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]] | None = None
        self.first_time = 0
        self.last_time = 0
        # Latest-at cache (see `ComponentIndex.latest_result`): the answer `_q_value` holds for
        # every query time in [_q_lo, _q_hi). Reset by every change.
        self._q_lo = 0
        self._q_hi = 0
        self._q_value: LatestAtResult | None = None

    # -- writing ----------------------------------------------------------------------------

    def append(
        self,
        times: np.ndarray,
        hi: np.ndarray,
        lo: np.ndarray,
        chunk: int,
        rows: np.ndarray | None = None,
        column: pa.Array | None = None,
        share: ChunkShare | None = None,
    ) -> None:
        """Add rows of one chunk (any order). `rows`: each row's position in the chunk (None:
        all rows of the chunk, in order, and then `times`, `hi`, `lo` may be the chunk's own
        arrays, kept by reference); `column`: the chunk's column (a `ComponentIndex`); `share`:
        what the chunk's indexes on this timeline share (see `ChunkShare`), given with the same
        `times`, `hi`, `lo` objects to each of them."""
        k = len(times)
        if k == 0:
            return
        order = sort_order(times, hi, lo)
        if order is not None:
            times, hi, lo = times[order], hi[order], lo[order]
            rows = order if rows is None else rows[order]
        first = (times.item(0), hi.item(0), lo.item(0))
        if self._pending or (self.n and first < self._last_key()):
            if self._pending is None:
                self._pending = []
            self._pending.append((times, hi, lo, np.full(k, chunk, np.int32), _rows(rows, k), self._fill_columns(column, k)))
            return
        segs = self._segs
        if rows is None and k >= CHUNK_SEGMENT_ROWS:
            seg = None if share is None else share.seg
            if seg is None or seg.times is not times or seg.hi is not hi or seg.lo is not lo or seg.serial != chunk:
                columns = None
                if share is not None:
                    columns = share.columns
                elif self._with_columns:
                    columns = {self.component: column}  # type: ignore[attr-defined]
                seg = _Seg(times, hi, lo, chunk, None, None, columns, None, k)
                if share is not None:
                    share.seg = seg
                    share.alone = (seg,), (first[0],), (times.item(k - 1),)
            if not segs and share is not None and share.seg is seg:
                # The first segment of a new index: the tuples (and the times in them) of the
                # chunk's other indexes on this timeline, not new ones.
                self._segs, self._firsts, self._lasts = share.alone  # type: ignore[misc]
                self._starts = _FIRST_START
            else:
                self._segs = (*segs, seg)
                self._starts = (*self._starts, self.n) if self._starts else _FIRST_START
                self._firsts = (*self._firsts, first[0])
                self._lasts = (*self._lasts, times.item(k - 1))
            if self.n == 0:
                self.first_time = self._firsts[0]
            self.n += k
            self._q_lo, self._q_hi, self._q_value = 0, 0, None
            self.last_time = self._lasts[-1]
            return
        last = segs[-1] if segs else None
        if last is None or last.serial >= 0:
            last = _Seg.rows_of(_EMPTY_I64, _EMPTY_U64, _EMPTY_U64, _EMPTY_I64, _EMPTY_I64, None if not self._with_columns else np.empty(0, object), k)
            self._segs = (*segs, last)
            self._starts = (*self._starts, self.n) if self._starts else _FIRST_START
            self._firsts = (*self._firsts, first[0])
            self._lasts = (*self._lasts, first[0])
        last.grow(k)
        m = last.n
        last.times[m : m + k], last.hi[m : m + k], last.lo[m : m + k] = times, hi, lo
        last.serials[m : m + k] = chunk  # type: ignore[index]
        last.rows[m : m + k] = _rows(rows, k)  # type: ignore[index]
        if last.columns is not None:
            last.columns[m : m + k].fill(column)
        last.n = m + k
        self._lasts = (*self._lasts[:-1], times.item(k - 1))
        if self.n == 0:
            self.first_time = first[0]
        self.n += k
        self._q_lo, self._q_hi, self._q_value = 0, 0, None
        self.last_time = times.item(k - 1)

    def _last_key(self) -> tuple[int, int, int]:
        """(time, row id hi, row id lo) of the last row in order (not of pending rows); n > 0."""
        seg = self._segs[-1]
        j = seg.n - 1
        return (seg.times.item(j), seg.hi.item(j), seg.lo.item(j))

    def _fill_columns(self, column: pa.Array | None, k: int) -> np.ndarray | None:
        if not self._with_columns:
            return None
        out = np.empty(k, object)
        out.fill(column)
        return out

    def _set_segments(self, segs: Sequence[_Seg]) -> None:
        """Replace every segment (after a merge or a removal) and recompute what derives from them."""
        self._segs = tuple(s for s in segs if s.n)
        starts = []
        at = 0
        for seg in self._segs:
            starts.append(at)
            at += seg.n
        self._starts = _FIRST_START if starts == [0] else tuple(starts)
        self._firsts = tuple(seg.times.item(0) for seg in self._segs)
        self._lasts = tuple(seg.times.item(seg.n - 1) for seg in self._segs)
        self.n = at
        self._q_lo, self._q_hi, self._q_value = 0, 0, None  # the cached answer may have changed
        if at:
            self.first_time = self._firsts[0]
            self.last_time = self._lasts[-1]

    def _merge(self) -> None:
        """Fold the pending (late) rows in; segments wholly before the earliest late time keep their place."""
        parts = list(zip(*(self._pending or [])))
        self._pending = None
        p_times, p_hi, p_lo, p_serials, p_rows = (np.concatenate(p) for p in parts[:5])
        p_columns = np.concatenate(parts[5]) if self._with_columns else None
        # First segment that has a row at or after the earliest late time: it and all after it
        # are merged with the late rows into one row segment.
        k = bisect_left(self._lasts, int(p_times.min()))
        tail = self._segs[k:]
        times = np.concatenate([s.t() for s in tail] + [p_times])
        hi = np.concatenate([s.hi[: s.n] for s in tail] + [p_hi])
        lo = np.concatenate([s.lo[: s.n] for s in tail] + [p_lo])
        serials = np.concatenate([s.serials_view() for s in tail] + [p_serials])
        rows = np.concatenate([s.rows_view() for s in tail] + [p_rows])
        columns = None
        if p_columns is not None:
            columns = np.concatenate([s.columns_view(self.component) for s in tail] + [p_columns])  # type: ignore[attr-defined]
        order = np.lexsort((lo, hi, times))
        merged = _Seg.rows_of(
            times[order], hi[order], lo[order], serials[order], rows[order], None if columns is None else columns[order], 0
        )
        self._set_segments([*self._segs[:k], merged])

    def remove_chunks(self, chunks: np.ndarray) -> int:
        """Drop every row that points into one of `chunks`; returns how many were dropped."""
        self.flush()
        n = self.n
        gone = set(np.asarray(chunks).tolist())
        if not gone:
            return 0
        one = next(iter(gone)) if len(gone) == 1 else None
        ordered = np.array(sorted(gone), np.int64)
        kept: list[_Seg] = []
        changed = False
        for seg in self._segs:
            if seg.serial >= 0:
                if seg.serial not in gone:
                    kept.append(seg)
                else:
                    changed = True
                continue
            serials = seg.serials[: seg.n]  # type: ignore[index]
            # (A comparison, or a search in the few sorted serials compaction removes: several
            # times cheaper than `np.isin`.)
            if one is not None:
                keep = serials != one
            else:
                at = np.minimum(ordered.searchsorted(serials), len(ordered) - 1)
                keep = ordered[at] != serials
            if keep.all():
                kept.append(seg)
                continue
            changed = True
            if keep.any():
                kept.append(
                    _Seg.rows_of(
                        seg.times[: seg.n][keep],
                        seg.hi[: seg.n][keep],
                        seg.lo[: seg.n][keep],
                        seg.serials[: seg.n][keep],  # type: ignore[index]
                        seg.rows[: seg.n][keep],  # type: ignore[index]
                        None if seg.columns is None else seg.columns[: seg.n][keep],
                        len(seg.times),  # room for the rows compaction adds back right away
                    )
                )
        if changed:
            self._set_segments(kept)
        return n - self.n

    # -- reading ----------------------------------------------------------------------------

    def flush(self) -> None:
        if self._pending:
            self._merge()

    def __len__(self) -> int:
        self.flush()
        return self.n

    def _locate(self, i: int) -> tuple[_Seg, int]:
        """The segment holding position i, and i's position within it."""
        if len(self._segs) == 1:
            return self._segs[0], i
        k = bisect_right(self._starts, i) - 1
        return self._segs[k], i - self._starts[k]

    def _count_le(self, t: int) -> int:
        """How many rows have time <= t."""
        k = bisect_right(self._firsts, t) - 1
        if k < 0:
            return 0
        seg = self._segs[k]
        return self._starts[k] + int(seg.times[: seg.n].searchsorted(t, "right"))

    def _count_lt(self, t: int) -> int:
        """How many rows have time < t."""
        k = bisect_left(self._lasts, t)
        if k >= len(self._segs):
            return self.n
        seg = self._segs[k]
        return self._starts[k] + int(seg.times[: seg.n].searchsorted(t, "left"))

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
        return self._count_le(t) - 1

    def latest_many(self, ts: np.ndarray) -> np.ndarray:
        """Vectorised `latest` for an int64 array of times."""
        self.flush()
        return np.searchsorted(self.times(), ts, side="right").astype(np.int64) - 1

    def span(self, t_min: int | None, t_max: int | None) -> tuple[int, int]:
        """[start, stop) positions of rows with t_min <= time <= t_max (None = unbounded)."""
        self.flush()
        lo = 0 if t_min is None else self._count_lt(t_min)
        hi = self.n if t_max is None else self._count_le(t_max)
        return lo, max(lo, hi)

    def segments(self, start: int = 0, stop: int | None = None) -> list[tuple[_Seg, int, int]]:
        """(segment, local start, local stop) of the segments covering positions [start, stop)."""
        self.flush()
        stop = self.n if stop is None else stop
        out = []
        for seg, at in zip(self._segs, self._starts):
            a, b = max(start - at, 0), min(stop - at, seg.n)
            if a < b:
                out.append((seg, a, b))
        return out

    def _joined(self, part) -> np.ndarray:  # type: ignore[no-untyped-def]
        """Per-row values of all segments as one array: a view for a single segment, else a copy."""
        self.flush()
        segs = self._segs
        if len(segs) == 1:
            return part(segs[0])
        if not segs:
            return part(_Seg.rows_of(_EMPTY_I64, _EMPTY_U64, _EMPTY_U64, _EMPTY_I64, _EMPTY_I64, None, 0))
        return np.concatenate([part(s) for s in segs])

    def times(self) -> np.ndarray:
        return self._joined(_Seg.t)

    def row_id_hi(self) -> np.ndarray:
        return self._joined(lambda s: s.hi[: s.n])

    def row_id_lo(self) -> np.ndarray:
        return self._joined(lambda s: s.lo[: s.n])

    def chunks(self) -> np.ndarray:
        return self._joined(_Seg.serials_view)

    def rows(self) -> np.ndarray:
        return self._joined(_Seg.rows_view)

    def meta(self) -> np.ndarray:
        """The `ROW_META` records of all rows (a new array)."""
        self.flush()
        out = np.empty(self.n, ROW_META)
        out["hi"], out["lo"], out["chunk"], out["row"] = self.row_id_hi(), self.row_id_lo(), self.chunks(), self.rows()
        return out

    def columns(self) -> np.ndarray:
        """Per row, the Arrow column holding its cell (an object array; `with_columns` only)."""
        assert self._with_columns, "an index built without columns"
        component = self.component  # type: ignore[attr-defined]
        return self._joined(lambda s: s.columns_view(component))

    def key_at(self, i: int) -> tuple[int, int, int]:
        """(time, row id hi, row id lo) of entry i."""
        seg, j = self._locate(i)
        return (seg.times.item(j), seg.hi.item(j), seg.lo.item(j))

    @property
    def index_nbytes(self) -> int:
        """Bytes the index owns (a chunk segment's arrays are its chunk's; pending rows count)."""
        pending = sum(a.nbytes for part in self._pending or () for a in part if a is not None)
        return sum(seg.nbytes() for seg in self._segs) + pending + 64 * len(self._segs)


def _rows(rows: np.ndarray | None, k: int) -> np.ndarray:
    return np.arange(k, dtype=np.int32) if rows is None else rows


class ComponentIndex(TimeIndex):
    """The index of one (entity, component, timeline), answering latest-at with `LatestAtResult`s.

    The last answer is kept together with the interval of query times that share it (from the
    row's time up to the next row's time), so scrubbing within that interval, or asking at the
    same time for another view, costs a comparison instead of a search and a new result.
    """

    __slots__ = ("entity", "component", "_tlist", "_tlist_n")

    def __init__(self, entity: str, component: str) -> None:
        super().__init__(with_columns=True)
        self.entity = entity
        self.component = component
        # For small indexes, the times as a Python list (bisecting it is several times faster
        # than a numpy search), valid while `n == _tlist_n` (appends change `n`; merges and removals
        # rebuild the segments and reset it).
        self._tlist: list[int] | None = None
        self._tlist_n = -1

    def _set_segments(self, segs: Sequence[_Seg]) -> None:
        super()._set_segments(segs)
        self._tlist = None

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
        if t < self.first_time:
            self._q_lo, self._q_hi, self._q_value = _NEG_INF, self.first_time, None
            return None
        segs = self._segs
        if n <= _SMALL:
            tlist = self._tlist
            if tlist is None or self._tlist_n != n:
                tlist = self._tlist = self.times().tolist()
                self._tlist_n = n
            i = n - 1 if t >= last else bisect_right(tlist, t) - 1
            if len(segs) == 1:
                seg, j = segs[0], i
            else:
                seg, j = self._locate(i)
            time = tlist[i]
            next_time = tlist[i + 1] if i + 1 < n else _POS_INF
        else:
            k = len(segs) - 1 if t >= last else bisect_right(self._firsts, t) - 1
            seg = segs[k]
            m = seg.n
            if t >= self._lasts[k]:
                j = m - 1
            else:
                j = int(seg.times[:m].searchsorted(t, "right")) - 1
            time = seg.times.item(j)
            if j + 1 < m:
                next_time = seg.times.item(j + 1)
            elif k + 1 < len(segs):
                next_time = self._firsts[k + 1]
            else:
                next_time = _POS_INF
        if seg.serial >= 0:  # a chunk segment: row j of its chunk's column
            result = LatestAtResult(self.entity, self.component, time, seg.hi.item(j), seg.lo.item(j), seg.column[self.component], j)  # type: ignore[index]
        else:
            hi, lo, _, row = seg.meta.item(j)  # type: ignore[union-attr]
            result = LatestAtResult(self.entity, self.component, time, hi, lo, seg.columns[j], row)  # type: ignore[index]
        self._q_lo, self._q_hi, self._q_value = time, next_time, result
        return result
