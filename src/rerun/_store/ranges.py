"""Column-shaped queries of the chunk store: vectorised latest-at, range, clear times.

A mixin of `ChunkStore` (same state, same lock); see `store.py` for the data layout and the
clear semantics.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa

from . import paths
from .results import ClearTimes, RangeResult

CLEAR_COMPONENT = "rerun.components.ClearIsRecursive"
_INT64_MIN = np.iinfo(np.int64).min


class RangeQueries:
    """Vectorised latest-at, range and clear-time queries (mixed into `ChunkStore`)."""

    _lock: Any
    _static: Any
    _on: Any
    _rclear: Any
    _chunks: Any
    _clear_entities: Any
    _static_clear_recursive: Any

    def _candidates(self, entity: str) -> list[tuple[str, bool]]:
        raise NotImplementedError

    # -- vectorised latest-at (dataframes) ------------------------------------------------------

    def latest_at_column(
        self, entity_path: str, component_name: str, timeline: str, times: np.ndarray, *, exact: bool = False
    ) -> tuple[pa.Array | None, np.ndarray]:
        """Latest-at for many query times at once.

        Returns ``(batches, found)``: a list array with one row per query time (null where nothing
        is visible) and the boolean mask of found rows. ``batches`` is None if the component was
        never logged at the entity. With ``exact=True`` only rows logged exactly at the query time
        count (no filling forward); static data then never matches.
        """
        entity = paths.normalize(entity_path)
        times = np.asarray(times, dtype=np.int64)
        m = len(times)
        with self._lock:
            cell = self._static.get(entity, {}).get(component_name)
            if cell is not None:
                serials = np.full(m, cell.serial, np.int64)
                rows = np.full(m, cell.row, np.int64)
                dt = np.full(m, _INT64_MIN, np.int64)
                dh, dl = np.full(m, cell.hi, np.uint64), np.full(m, cell.lo, np.uint64)
                found = np.full(m, not exact)
            else:
                index = self._on(timeline).get(entity, {}).get(component_name, {}).get(timeline)
                if index is None:
                    return None, np.zeros(m, bool)
                pos = index.latest_many(times)
                found = pos >= 0
                p = np.where(found, pos, 0)
                if index.n == 0:
                    return None, np.zeros(m, bool)
                dt, dh, dl = index.times()[p], index.row_id_hi()[p], index.row_id_lo()[p]
                serials, rows = index.chunks()[p], index.rows()[p]
                if exact:
                    found &= dt == times
            if component_name != CLEAR_COMPONENT and self._clear_entities:
                # static data is hidden by static clears only
                ct, ch, cl = self._clear_keys_many(entity, None if cell is not None else timeline, times)
                found &= ~_lex_less((dt, dh, dl), (ct, ch, cl))
            batches = self._gather(component_name, serials[found], rows[found])
            take = np.full(m, -1, np.int64)
            take[found] = np.arange(int(found.sum()))
            return batches.take(pa.array(take, mask=~found)), found

    def _clear_keys_many(self, entity: str, timeline: str | None, times: np.ndarray):  # type: ignore[no-untyped-def]
        """Per time, (time, row id) of the latest clear affecting `entity`; static clears only if no timeline."""
        m = len(times)
        bt, bh, bl = np.full(m, _INT64_MIN, np.int64), np.zeros(m, np.uint64), np.zeros(m, np.uint64)
        for path, is_self in self._candidates(entity):
            cell = self._static.get(path, {}).get(CLEAR_COMPONENT)
            if cell is not None:
                if not (is_self or self._static_clear_recursive.get(path, False)):
                    continue
                ct = np.full(m, _INT64_MIN, np.int64)
                ch, cl = np.full(m, cell.hi, np.uint64), np.full(m, cell.lo, np.uint64)
            elif timeline is not None:
                if is_self:
                    index = self._on(timeline).get(path, {}).get(CLEAR_COMPONENT, {}).get(timeline)
                else:
                    index = self._rclear.get(path, {}).get(timeline)
                if index is None or len(index) == 0:
                    continue
                pos = index.latest_many(times)
                ok = pos >= 0
                p = np.where(ok, pos, 0)
                ct = np.where(ok, index.times()[p], _INT64_MIN)
                ch = np.where(ok, index.row_id_hi()[p], np.uint64(0))
                cl = np.where(ok, index.row_id_lo()[p], np.uint64(0))
            else:
                continue
            better = _lex_less((bt, bh, bl), (ct, ch, cl))
            bt, bh, bl = np.where(better, ct, bt), np.where(better, ch, bh), np.where(better, cl, bl)
        return bt, bh, bl

    # -- range ------------------------------------------------------------------------------

    def range(
        self, entity_path: str, component_name: str, timeline: str, t_min: int | None, t_max: int | None
    ) -> RangeResult:
        """All rows of a component with ``t_min <= time <= t_max`` (None = unbounded), clears ignored."""
        entity = paths.normalize(entity_path)
        with self._lock:
            cell = self._static.get(entity, {}).get(component_name)
            if cell is not None:
                col = self._chunks[cell.serial].columns[component_name]
                return RangeResult(
                    entity,
                    component_name,
                    np.array([_INT64_MIN], np.int64),
                    np.array([[cell.hi, cell.lo]], np.uint64),
                    col.slice(cell.row, 1),
                    is_static=True,
                )
            index = self._on(timeline).get(entity, {}).get(component_name, {}).get(timeline)
            if index is None:
                empty = pa.array([], pa.list_(pa.null()))
                return RangeResult(entity, component_name, np.empty(0, np.int64), np.empty((0, 2), np.uint64), empty)
            start, stop = index.span(t_min, t_max)
            parts = index.segments(start, stop)
            if not parts:
                times, row_ids = np.empty(0, np.int64), np.empty((0, 2), np.uint64)
            else:
                times = np.concatenate([seg.times[a:b] for seg, a, b in parts])
                row_ids = np.column_stack(
                    [np.concatenate([seg.hi[a:b] for seg, a, b in parts]), np.concatenate([seg.lo[a:b] for seg, a, b in parts])]
                )
            return RangeResult(entity, component_name, times, row_ids, self._segment_cells(component_name, parts))

    def range_fingerprint(self, entity_path: str, component_name: str, timeline: str) -> tuple[int, ...]:
        """A cheap identity of a component's temporal rows on a timeline: (rows, first and last
        (time, row id)). Rows are immutable and only added or removed, so anything derived from
        the whole range (a plot's sorted series) stays valid while this stays the same."""
        entity = paths.normalize(entity_path)
        with self._lock:
            index = self._on(timeline).get(entity, {}).get(component_name, {}).get(timeline)
            n = 0 if index is None else len(index)
            if n == 0:
                return (0,)
            return (n, *index.key_at(0), *index.key_at(n - 1))

    def range_first_floats(
        self, entity_path: str, component_name: str, timeline: str
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
        """Every temporal row of a numeric list component on a timeline, sorted by (time, row id):
        ``(times int64 [n], row id high and low halves uint64 [n] each, first value of each row
        float64 [n])``, NaN for empty or null cells. The first three are read-only views of the
        store's index (never rewritten in place), so holding them costs no copy. What a plot draws, read straight from the chunks without gathering
        the Arrow cells (10M rows in a fraction of a second). None when the component is static at
        the entity (static data shadows the temporal rows)."""
        entity = paths.normalize(entity_path)
        with self._lock:
            if self._static.get(entity, {}).get(component_name) is not None:
                return None
            index = self._on(timeline).get(entity, {}).get(component_name, {}).get(timeline)
            if index is None or len(index) == 0:
                return np.empty(0, np.int64), np.empty(0, np.uint64), np.empty(0, np.uint64), np.empty(0)
            pieces = []
            for seg, a, b in index.segments():
                if seg.serial >= 0:
                    pieces.append(_first_floats(self._chunks[seg.serial].columns[component_name]))
                    continue
                serials, rows = seg.serials[a:b], seg.rows[a:b]
                present = np.flatnonzero(np.bincount(serials))
                base = np.zeros(int(present[-1]) + 1, np.int64)
                firsts, at = [], 0
                for serial in present.tolist():
                    first = _first_floats(self._chunks[serial].columns[component_name])
                    base[serial] = at
                    at += len(first)
                    firsts.append(first)
                pieces.append(np.concatenate(firsts)[base[serials] + rows])
            values = pieces[0] if len(pieces) == 1 else np.concatenate(pieces)
            return index.times(), index.row_id_hi(), index.row_id_lo(), values

    def range_clears(self, entity_path: str, timeline: str, t_min: int | None, t_max: int | None) -> ClearTimes:
        """Times (and row ids) of the temporal clears affecting an entity within a time range."""
        entity = paths.normalize(entity_path)
        with self._lock:
            ts, ids = [np.empty(0, np.int64)], [np.empty((0, 2), np.uint64)]
            for path, is_self in self._candidates(entity):
                if CLEAR_COMPONENT in self._static.get(path, {}):
                    continue  # a static clear shadows the temporal clears of its entity
                if is_self:
                    index = self._on(timeline).get(path, {}).get(CLEAR_COMPONENT, {}).get(timeline)
                else:
                    index = self._rclear.get(path, {}).get(timeline)
                if index is None:
                    continue
                a, b = index.span(t_min, t_max)
                ts.append(index.times()[a:b])
                ids.append(np.column_stack([index.row_id_hi()[a:b], index.row_id_lo()[a:b]]))
            times, row_ids = np.concatenate(ts), np.concatenate(ids)
            order = np.lexsort((row_ids[:, 1], row_ids[:, 0], times))
            return ClearTimes(times[order], row_ids[order])

    def _gather(self, component: str, serials: np.ndarray, rows: np.ndarray) -> pa.Array:
        """The list cells at (chunk serial, row) pairs, in the given order."""
        if len(serials) == 0:
            for rec in self._chunks.values():
                if component in rec.columns:
                    return rec.columns[component].slice(0, 0)
            return pa.array([], pa.list_(pa.null()))
        order = None
        if len(serials) > 1 and (np.diff(serials) < 0).any():
            order = np.argsort(serials, kind="stable")
            serials, rows = serials[order], rows[order]
        cuts = np.flatnonzero(np.diff(serials)) + 1
        starts = np.concatenate([[0], cuts])
        stops = np.concatenate([cuts, [len(serials)]])
        pieces = []
        for a, b in zip(starts.tolist(), stops.tolist()):
            col = self._chunks[int(serials[a])].columns[component]
            r = rows[a:b]
            first = int(r[0])
            if int(r[-1]) - first == b - a - 1 and (b - a == 1 or (np.diff(r) == 1).all()):
                pieces.append(col.slice(first, b - a))
            else:
                pieces.append(col.take(pa.array(r)))
        out = pieces[0] if len(pieces) == 1 else _concat(pieces)
        if order is not None:
            inverse = np.empty_like(order)
            inverse[order] = np.arange(len(order))
            out = out.take(pa.array(inverse))
        return out

    def _segment_cells(self, component: str, parts: list[tuple[Any, int, int]]) -> pa.Array:
        """The list cells of (segment, start, stop) parts of an index, in order: slices of the
        chunks' columns for chunk segments, gathered for row segments (nothing is cached: a copy
        kept per range would cost as much memory as the data)."""
        pieces = []
        for seg, a, b in parts:
            if seg.serial >= 0:
                pieces.append(self._chunks[seg.serial].columns[component].slice(a, b - a))
            else:
                pieces.append(self._gather(component, seg.serials[a:b], seg.rows[a:b]))
        if not pieces:
            return self._gather(component, np.empty(0, np.int64), np.empty(0, np.int64))
        return pieces[0] if len(pieces) == 1 else _concat(pieces)


def _first_floats(column: pa.Array) -> np.ndarray:
    """The first value of each cell of a list<number> column as float64 (NaN: empty or null cell)."""
    offsets = column.offsets.to_numpy().astype(np.int64)
    starts, lens = offsets[:-1], np.diff(offsets)
    child = column.values
    if not pa.types.is_floating(child.type):
        child = child.cast(pa.float64())
    values = np.asarray(child.to_numpy(zero_copy_only=False), np.float64)  # nulls of a float array become NaN
    has = lens > 0
    if column.null_count:
        has &= np.asarray(column.is_valid().to_numpy(zero_copy_only=False), bool)
    out = np.full(len(column), np.nan)
    out[has] = values[starts[has]]
    return out


def _lex_less(a: tuple[np.ndarray, ...], b: tuple[np.ndarray, ...]) -> np.ndarray:
    """Element-wise (a0, a1, a2) < (b0, b1, b2), lexicographically."""
    (a0, a1, a2), (b0, b1, b2) = a, b
    return (a0 < b0) | ((a0 == b0) & ((a1 < b1) | ((a1 == b1) & (a2 < b2))))


def _concat(pieces: list[pa.Array]) -> pa.Array:
    try:
        return pa.concat_arrays(pieces)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        target = pieces[0].type
        return pa.concat_arrays([p if p.type == target else p.cast(target) for p in pieces])
