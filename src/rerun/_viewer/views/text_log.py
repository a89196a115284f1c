"""The text log view: every TextLog row of the view's entities on its timeline, oldest first.

Rows go to the browser as columns (times per timeline, entity and level indices, UTF-8 bodies with
offsets, colors), built with numpy and Arrow in bulk: a log of a million rows is a few arrays,
drawn there as virtual rows. The columns are computed once per store generation and keyed by a
digest of their rows, so moving the time cursor re-sends nothing.
"""

from __future__ import annotations

import hashlib
import weakref
from dataclasses import dataclass
from typing import Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..._store import ChunkStore, LatestAtResult
from .. import protocol as P
from .common import ViewQuery, uints, unpack_colors

KIND: Final = "TextLog"
#: Components whose rows change the answer as the time cursor moves: none (every row is sent; the
#: page scrolls to the cursor itself). Read by the HTML export, which stores one answer per change.
TIME_DEPENDENT_COMPONENTS: Final[list[str]] = []
TEXT = "rerun.components.Text"
LEVEL = "rerun.components.TextLogLevel"
COLOR = "rerun.components.Color"
INDICATOR = "rerun.components.TextLogIndicator"
#: Only the newest rows are sent beyond this many (the browser holds every row sent in memory).
MAX_ROWS = 5_000_000
#: "Not on this timeline" (and static rows on the view's timeline).
NO_TIME = np.iinfo(np.int64).min

_RID = np.dtype([("a", "<u8"), ("b", "<u8")])


def _firsts(batches: pa.Array) -> tuple[pa.Array, np.ndarray]:
    """(first value of each row, whether the row has one) of a list array."""
    offsets = batches.offsets.to_numpy().astype(np.int64)
    starts, lens = offsets[:-1] - offsets[0], np.diff(offsets)
    values = batches.flatten()
    has = lens > 0
    if len(values) == 0:
        return pa.nulls(len(batches), values.type), has
    taken = values.take(pa.array(np.where(has, starts, 0)))
    return taken, has & np.asarray(taken.is_valid().to_numpy(zero_copy_only=False), bool)


def _rids(row_ids: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(row_ids, np.uint64).reshape(-1, 2).view(_RID).reshape(-1)


def _join(keys: np.ndarray, rids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(index into `rids` of each key, whether found): rows of another column with the same row id."""
    n = len(keys)
    if len(rids) == 0:
        return np.zeros(n, np.int64), np.zeros(n, bool)
    if len(rids) == n and np.array_equal(rids, keys):  # the usual case: one row logs all columns
        return np.arange(n), np.ones(n, bool)
    # One sort of both (row ids of `rids` first among equals): a key matches its sorted predecessor.
    a = np.concatenate([rids["a"], keys["a"]])
    b = np.concatenate([rids["b"], keys["b"]])
    src = np.concatenate([np.zeros(len(rids), np.int8), np.ones(n, np.int8)])
    pos = np.concatenate([np.arange(len(rids)), np.arange(n)])
    order = np.lexsort((src, b, a))
    sa, sb, ss, sp = a[order], b[order], src[order], pos[order]
    hit = (sa[1:] == sa[:-1]) & (sb[1:] == sb[:-1]) & (ss[:-1] == 0) & (ss[1:] == 1)
    idx = np.zeros(n, np.int64)
    found = np.zeros(n, bool)
    idx[sp[1:][hit]] = sp[:-1][hit]
    found[sp[1:][hit]] = True
    return idx, found


@dataclass
class _Columns:
    timeline_index: int | None
    times: list[np.ndarray]
    entities: list[str]
    entity_index: np.ndarray
    levels: list[str]
    level_index: np.ndarray
    text: np.ndarray
    text_offsets: np.ndarray
    colors: np.ndarray | None
    truncated: bool
    digest: str


_CACHE: weakref.WeakKeyDictionary[ChunkStore, tuple[tuple[object, ...], _Columns]] = weakref.WeakKeyDictionary()


@dataclass
class _EntityRows:
    """One entity's text rows (those with a body) and what goes with them, in range order."""

    row_ids: np.ndarray  # u64 [n, 2]
    view_times: np.ndarray  # i64 [n]
    text: pa.Array  # large_string [n]
    times: list[np.ndarray]  # i64 [n] per timeline
    level: tuple[pa.Array, np.ndarray] | None  # (values, found) per row
    color: tuple[pa.Array, np.ndarray] | None


def _column_of(q: ViewQuery, entity: str, component: str, keys: np.ndarray) -> tuple[pa.Array, np.ndarray] | None:
    """(first value of `component` in each key's row, whether it has one), or None if never logged."""
    store = q.store
    if q.timeline is None:
        res = store.latest_at(entity, component, None)
        if res is None or len(res.batch) == 0:
            return None
        values = pa.array([res.batch[0].as_py()], res.batch.type)
        rids = _rids(np.asarray([list(res.row_id)], np.uint64))
        valid = np.array([res.batch[0].is_valid])
    else:
        rng = store.range(entity, component, q.timeline, None, None)
        if len(rng) == 0:
            return None
        values, valid = _firsts(rng.batches)
        rids = _rids(rng.row_ids)
    idx, found = _join(keys, rids)
    return values.take(pa.array(idx)), found & valid[idx]


def _entity_rows(q: ViewQuery, entity: str, timelines: list[str]) -> _EntityRows | None:
    store = q.store
    if q.timeline is None:
        res = store.latest_at(entity, TEXT, None)
        if res is None or len(res.batch) == 0:
            return None
        row_ids = np.asarray([list(res.row_id)], np.uint64)
        view_times = np.array([NO_TIME], np.int64)
        texts = pa.array([res.batch[0].as_py()], pa.large_string())
        has = np.array([res.batch[0].is_valid])
    else:
        rng = store.range(entity, TEXT, q.timeline, None, None)
        if len(rng) == 0:
            return None
        row_ids = np.asarray(rng.row_ids, np.uint64).reshape(-1, 2)
        view_times = np.full(len(rng), NO_TIME, np.int64) if rng.is_static else np.asarray(rng.times, np.int64)
        first, has = _firsts(rng.batches)
        texts = first.cast(pa.large_string())
    keep = np.flatnonzero(has)
    if len(keep) == 0:
        return None
    row_ids, view_times = row_ids[keep], view_times[keep]
    keys = _rids(row_ids)
    times = []
    for name in timelines:
        t = np.full(len(keys), NO_TIME, np.int64)
        if name == q.timeline:
            t = view_times
        else:
            on = store.range(entity, TEXT, name, None, None)
            if len(on) and not on.is_static:
                idx, found = _join(keys, _rids(on.row_ids))
                t[found] = np.asarray(on.times, np.int64)[idx[found]]
        times.append(t)
    return _EntityRows(
        row_ids, view_times, texts.take(pa.array(keep)), times, _column_of(q, entity, LEVEL, keys), _column_of(q, entity, COLOR, keys)
    )


def _gather(parts: list[_EntityRows], pick: str, order: np.ndarray) -> tuple[pa.Array, np.ndarray] | None:
    """One optional column (`level` or `color`) of every entity, concatenated, in `order`."""
    columns = [getattr(p, pick) for p in parts]
    present = [c for c in columns if c is not None]
    if not present:
        return None
    type_ = present[0][0].type
    values = pa.concat_arrays([c[0].cast(type_) if c is not None else pa.nulls(len(p.view_times), type_) for c, p in zip(columns, parts)])
    found = np.concatenate([c[1] if c is not None else np.zeros(len(p.view_times), bool) for c, p in zip(columns, parts)])
    return values.take(pa.array(order)), found[order]


def _build_columns(q: ViewQuery, timelines: list[str], entities: list[str]) -> _Columns:
    parts: list[_EntityRows] = []
    entity_names: list[str] = []
    for entity in entities:
        rows = _entity_rows(q, entity, timelines)
        if rows is not None:
            parts.append(rows)
            entity_names.append(entity)
    if parts:
        row_ids = np.concatenate([p.row_ids for p in parts])
        view_times = np.concatenate([p.view_times for p in parts])
        order = np.lexsort((row_ids[:, 1], row_ids[:, 0], view_times))
    else:
        row_ids, order = np.zeros((0, 2), np.uint64), np.zeros(0, np.int64)
    truncated = len(order) > MAX_ROWS
    if truncated:
        order = order[-MAX_ROWS:]
    n = len(order)
    if parts:
        entity_index = np.concatenate([np.full(len(p.view_times), i, np.uint32) for i, p in enumerate(parts)])[order]
        times = [np.concatenate([p.times[k] for p in parts])[order] for k in range(len(timelines))]
        text = pc.fill_null(pa.concat_arrays([p.text for p in parts]).take(pa.array(order)), "")
    else:
        entity_index = np.zeros(0, np.uint32)
        times = [np.zeros(0, np.int64) for _ in timelines]
        text = pa.array([], pa.large_string())
    offsets_buf, data_buf = text.buffers()[1], text.buffers()[2]
    offsets = np.frombuffer(offsets_buf, np.int64)[text.offset : text.offset + n + 1] if offsets_buf is not None else np.zeros(1, np.int64)
    data = np.frombuffer(data_buf, np.uint8) if data_buf is not None else np.zeros(0, np.uint8)
    text_bytes = data[int(offsets[0]) : int(offsets[-1])]
    text_offsets = (offsets - offsets[0]).astype(np.uint32)
    # Levels: one name table; 0 = none.
    level_names: list[str] = []
    level_index = np.zeros(n, np.uint16)
    levels = _gather(parts, "level", order)
    if levels is not None:
        encoded = pc.dictionary_encode(levels[0].cast(pa.large_string()))
        level_names = [str(x) for x in encoded.dictionary.to_pylist()]
        idx = np.asarray(encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False), np.int64) + 1
        level_index = np.where(levels[1], idx, 0).astype(np.uint16)
    colors = None
    packed = _gather(parts, "color", order)
    if packed is not None:
        colors = unpack_colors(np.asarray(packed[0].fill_null(0).to_numpy(zero_copy_only=False), np.uint32))
        colors[~packed[1], 3] = 0
    digest = hashlib.blake2b(np.ascontiguousarray(row_ids[order]).tobytes(), digest_size=12)
    digest.update("\0".join(timelines).encode())
    return _Columns(
        timeline_index=timelines.index(q.timeline) if q.timeline in timelines else None,
        times=times,
        entities=entity_names,
        entity_index=entity_index,
        levels=level_names,
        level_index=level_index,
        text=text_bytes,
        text_offsets=text_offsets,
        colors=colors,
        truncated=truncated,
        digest=digest.hexdigest(),
    )


def _blueprint_colors(q: ViewQuery, cols: _Columns) -> tuple[np.ndarray | None, str]:
    """The rows' colors with the view's Color default (rows that logged none) and per-entity Color overrides applied.

    Returns the colors and a key suffix naming the blueprint values used ("" when none).
    """
    bp = q.blueprint
    default = bp.defaults.get("Color")
    overrides = {i: c for i, e in enumerate(cols.entities) if (c := bp.overrides.get(e, {}).get("Color")) is not None}
    if default is None and not overrides:
        return cols.colors, ""
    n = len(cols.entity_index)
    colors = np.zeros((n, 4), np.uint8) if cols.colors is None else cols.colors.copy()
    used = []
    if default is not None and len(default.batch):
        colors[colors[:, 3] == 0] = unpack_colors(uints(default.batch))[0]
        used.append(default.row_id.hex())
    for i, res in overrides.items():
        if len(res.batch):
            colors[cols.entity_index == i] = unpack_colors(uints(res.batch))[0]
            used.append(f"{i}:{res.row_id.hex()}")
    return colors, "@" + hashlib.blake2b(",".join(used).encode(), digest_size=8).hexdigest()


def _blueprint_levels(q: ViewQuery, cols: _Columns) -> tuple[list[str], np.ndarray, str]:
    """The rows' levels with the view's TextLogLevel default (rows that logged none) and per-entity overrides applied.

    Returns the level names, each row's index into them (0: none) and a key suffix naming the
    blueprint values used ("" when none).
    """
    bp = q.blueprint

    def level_of(res: LatestAtResult | None) -> str | None:
        values = [] if res is None else res.batch.to_pylist()
        return str(values[0]) if values and values[0] is not None else None

    default = level_of(bp.defaults.get("TextLogLevel"))
    overrides = {i: level for i, e in enumerate(cols.entities) if (level := level_of(bp.overrides.get(e, {}).get("TextLogLevel"))) is not None}
    if default is None and not overrides:
        return cols.levels, cols.level_index, ""
    names = list(cols.levels)
    index = cols.level_index.copy()

    def code(level: str) -> int:
        if level not in names:
            names.append(level)
        return names.index(level) + 1

    if default is not None:
        index[index == 0] = code(default)
    for i, level in overrides.items():
        index[cols.entity_index == i] = code(level)
    return names, index, "@" + hashlib.blake2b(repr((default, sorted(overrides.items()))).encode(), digest_size=8).hexdigest()


def build(q: ViewQuery) -> P.TextLogPayload:
    timelines = sorted(q.store.timelines().items())
    names = [name for name, _ in timelines]
    entities = [e for e in q.entities() if INDICATOR in q.store.component_names(e)]
    cache_key = (q.store.generation, q.timeline, tuple(names), tuple(entities))
    cached = _CACHE.get(q.store)
    if cached is not None and cached[0] == cache_key:
        cols = cached[1]
    else:
        cols = _build_columns(q, names, entities)
        _CACHE[q.store] = (cache_key, cols)
    prefix = f"textlog:{cols.digest}:{q.timeline}"
    key = q.arrays.key
    colors, colors_key = _blueprint_colors(q, cols)
    level_names, level_index, levels_key = _blueprint_levels(q, cols)
    return P.TextLogPayload(
        kind=KIND,
        timeline=q.timeline,
        timelines=names,
        timeline_types=[time_type.value for _, time_type in timelines],  # type: ignore[misc]
        row_count=len(cols.entity_index),
        times=[key(f"{prefix}/t{i}", lambda t=t: t) for i, t in enumerate(cols.times)],  # type: ignore[misc]
        timeline_index=cols.timeline_index,
        entities=cols.entities,
        entity_index=key(f"{prefix}/entity", lambda: cols.entity_index),
        levels=level_names,
        level_index=key(f"{prefix}/level:{len(level_names)}:{hashlib.blake2b(level_index.tobytes(), digest_size=8).hexdigest()}{levels_key}", lambda: level_index),
        text=key(f"{prefix}/text", lambda: cols.text),
        text_offsets=key(f"{prefix}/text_offsets", lambda: cols.text_offsets),
        colors=None if colors is None else key(f"{prefix}/colors{colors_key}", lambda: colors),  # type: ignore[arg-type,return-value]
        truncated=cols.truncated,
    )
