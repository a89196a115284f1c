"""A sorted, incrementally built index of rows on one timeline.

`TimeIndex` keeps five parallel numpy columns — time, row id (two uint64 halves), chunk serial
and row within the chunk — sorted by (time, row id). Rows arriving in order (the common case
while a viewer is live) are appended in amortised O(1) into over-allocated buffers; rows arriving
out of order wait in a pending list and are merged on the next read, re-sorting only the tail
that the late rows fall into.

Arrays handed out (`times()`, ...) are views of `[:n]` of the buffers. Nothing ever writes inside
`[:n]` after the fact: appends write beyond it, merges and removals build new buffers, so views
stay valid and unchanged while the index grows.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy as np
import pyarrow as pa

_INITIAL_CAPACITY = 8
# Up to this many rows an index also keeps its times as a Python list: bisecting that is several
# times faster than a numpy searchsorted call, and most entities of a scene have few rows.
_SMALL = 64


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
        "_hi",
        "_lo",
        "_chunk",
        "_row",
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
        "_q_entry",
        "_tlist",
    )

    def __init__(self) -> None:
        cap = _INITIAL_CAPACITY
        self._times = np.empty(cap, np.int64)
        self._hi = np.empty(cap, np.uint64)
        self._lo = np.empty(cap, np.uint64)
        self._chunk = np.empty(cap, np.int32)  # chunk serial
        self._row = np.empty(cap, np.int32)  # row within the chunk
        self.n = 0
        self._pending: list[tuple[np.ndarray, ...]] = []
        self._tview = self._times[:0]
        self.first_time = 0
        self.last_time = 0
        self._last_key: tuple[int, int, int] | None = None
        # Materialised list arrays of the component batches, in index order, for entries [0, mat_n).
        self.mat_pieces: list[pa.Array] = []
        self.mat_n = 0
        # Latest-at cache: the answer `_q_entry` holds for every query time in [_q_lo, _q_hi).
        self._q_lo = 0
        self._q_hi = 0
        self._q_entry: tuple[int, int, int, int, int] | None = None
        self._tlist: list[int] | None = []

    # -- writing ----------------------------------------------------------------------------

    def append(self, times: np.ndarray, hi: np.ndarray, lo: np.ndarray, chunk: int, rows: np.ndarray) -> None:
        """Add rows of one chunk (any order)."""
        k = len(times)
        if k == 0:
            return
        order = sort_order(times, hi, lo)
        if order is not None:
            times, hi, lo, rows = times[order], hi[order], lo[order], rows[order]
        first = (times.item(0), hi.item(0), lo.item(0))
        if self._pending or (self._last_key is not None and first < self._last_key):
            self._pending.append((times, hi, lo, np.full(k, chunk, np.int64), rows))
            return
        n = self.n
        if n + k > len(self._times):
            cap = max(2 * len(self._times), n + k)
            for name in ("_times", "_hi", "_lo", "_chunk", "_row"):
                old = getattr(self, name)
                new = np.empty(cap, old.dtype)
                new[:n] = old[:n]
                setattr(self, name, new)
        self._times[n : n + k] = times
        self._hi[n : n + k] = hi
        self._lo[n : n + k] = lo
        self._chunk[n : n + k] = chunk
        self._row[n : n + k] = rows
        self.n = m = n + k
        # Incremental version of `_refresh` for the append-only case.
        self._q_lo, self._q_hi = 0, 0
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
        self._q_lo, self._q_hi = 0, 0  # the cached latest-at answer may have changed
        n = self.n
        self._tview = self._times[:n]
        self._tlist = self._tview.tolist() if n <= _SMALL else None
        if n:
            self.first_time = self._times.item(0)
            self.last_time = self._times.item(n - 1)
            self._last_key = (self.last_time, self._hi.item(n - 1), self._lo.item(n - 1))
        else:
            self._last_key = None

    def _merge(self) -> None:
        """Fold the pending (late) rows in, re-sorting only the affected tail."""
        parts = list(zip(*self._pending))
        self._pending = []
        p_times, p_hi, p_lo, p_chunk, p_row = (np.concatenate(p) for p in parts)
        n = self.n
        # Everything strictly before the earliest late time keeps its place.
        pos = int(np.searchsorted(self._times[:n], p_times.min(), side="left"))
        t = np.concatenate([self._times[pos:n], p_times])
        h = np.concatenate([self._hi[pos:n], p_hi])
        lo_ = np.concatenate([self._lo[pos:n], p_lo])
        c = np.concatenate([self._chunk[pos:n], p_chunk])
        r = np.concatenate([self._row[pos:n], p_row])
        order = np.lexsort((lo_, h, t))
        total = pos + len(t)
        cap = max(_INITIAL_CAPACITY, total + total // 2)
        new_cols = []
        for old, tail in ((self._times, t), (self._hi, h), (self._lo, lo_), (self._chunk, c), (self._row, r)):
            new = np.empty(cap, old.dtype)
            new[:pos] = old[:pos]
            new[pos:total] = tail[order]
            new_cols.append(new)
        self._times, self._hi, self._lo, self._chunk, self._row = new_cols
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
        keep = ~np.isin(self._chunk[:n], chunks)
        dropped = int(n - keep.sum())
        if dropped:
            for name in ("_times", "_hi", "_lo", "_chunk", "_row"):
                setattr(self, name, getattr(self, name)[:n][keep].copy())
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

    def latest_entry(self, t: int | None) -> tuple[int, int, int, int, int] | None:
        """`entry(latest(t))` or None, cached for the interval of times sharing that answer."""
        if self._pending:
            self._merge()
        if t is None:
            t = self.last_time
        if self._q_lo <= t < self._q_hi:
            return self._q_entry
        n = self.n
        if n == 0:
            return None
        if t >= self.last_time:
            i = n - 1
        elif t < self.first_time:
            i = -1
        elif self._tlist is not None:
            i = bisect_right(self._tlist, t) - 1
        else:
            i = int(self._tview.searchsorted(t, "right")) - 1
        big = 1 << 64
        if i < 0:
            entry = None
            self._q_lo, self._q_hi = -big, self.first_time
        else:
            entry = self.entry(i)
            self._q_lo = entry[0]
            self._q_hi = self._times.item(i + 1) if i + 1 < n else big
        self._q_entry = entry
        return entry

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

    def row_id_hi(self) -> np.ndarray:
        self.flush()
        return self._hi[: self.n]

    def row_id_lo(self) -> np.ndarray:
        self.flush()
        return self._lo[: self.n]

    def chunks(self) -> np.ndarray:
        self.flush()
        return self._chunk[: self.n]

    def rows(self) -> np.ndarray:
        self.flush()
        return self._row[: self.n]

    def key_at(self, i: int) -> tuple[int, int, int]:
        """(time, row id hi, row id lo) of entry i."""
        return (self._times.item(i), self._hi.item(i), self._lo.item(i))

    def entry(self, i: int) -> tuple[int, int, int, int, int]:
        """(time, row id hi, row id lo, chunk serial, row) of entry i."""
        return (self._times.item(i), self._hi.item(i), self._lo.item(i), self._chunk.item(i), self._row.item(i))

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
        return sum(a.nbytes for a in (self._times, self._hi, self._lo, self._chunk, self._row))
