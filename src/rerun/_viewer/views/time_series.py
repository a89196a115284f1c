"""The time series view: every Scalar entity as a line (or points) over the whole timeline.

A `Clear` of the entity (or a recursive one of an ancestor) shows as a hole: a NaN value at the
clear's time. Styling comes from `SeriesLine` / `SeriesPoint` at the query time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Final

import numpy as np
import pyarrow as pa

from ..._datamodel import arrow_types as T
from ..._store import LatestAtResult, paths
from .. import protocol as P
from .common import C, ViewQuery, entity_color, enum_name, first_float, first_text, has_archetype, uints, unpack_colors

KIND: Final = "TimeSeries"
SCALAR = C + "Scalar"
_STYLE = ["SeriesLineIndicator", "SeriesPointIndicator", "Color", "StrokeWidth", "Name", "MarkerShape", "MarkerSize"]
#: Components whose rows change the answer as the time cursor moves: the styling only (the series
#: are sent whole). Read by the HTML export, which stores one answer per change.
TIME_DEPENDENT_COMPONENTS: Final = [C + s for s in _STYLE]


def first_values(batches: pa.Array) -> np.ndarray:
    """The first value of each row of a list<f64> column (NaN for empty rows)."""
    n = len(batches)
    if n == 0:
        return np.empty(0)
    offsets = batches.offsets.to_numpy().astype(np.int64)
    starts, lens = offsets[:-1] - offsets[0], np.diff(offsets)
    values = np.asarray(batches.flatten().fill_null(np.nan).to_numpy(zero_copy_only=False), np.float64)
    out = np.full(n, np.nan)
    has = lens > 0
    out[has] = values[starts[has]]
    return out


#: Points per piece of a series. A series is sent as consecutive pieces of its time-sorted points,
#: each keyed by the rows in it: while a logger appends, only the last piece (and new ones) change,
#: so a live plot re-sends a few thousand points per update, not the whole series.
PIECE_POINTS = 4096


@dataclass
class _SeriesPoints:
    """One entity's points on a timeline, sorted by (time, row id), clears included as holes."""

    times: np.ndarray  # int64 [n]
    row_ids: np.ndarray  # u64 [n, 2]
    is_clear: np.ndarray  # bool [n]
    order: np.ndarray | None  # positions of the points in (data rows ++ clears); None: data rows only, in order


def _sorted_points(times: np.ndarray, row_ids: np.ndarray, clears) -> _SeriesPoints:  # type: ignore[no-untyped-def]
    if len(clears.times) == 0:
        return _SeriesPoints(times, row_ids, np.zeros(len(times), bool), None)
    all_t = np.concatenate([times, clears.times])
    ids = np.concatenate([row_ids, clears.row_ids])
    order = np.lexsort((ids[:, 1], ids[:, 0], all_t))
    is_clear = order >= len(times)
    return _SeriesPoints(all_t[order], ids[order], is_clear, order)


def _piece_key(prefix: str, points: _SeriesPoints, start: int, stop: int) -> str:
    """Names the piece by the rows in it (rows are immutable, and so are their times)."""
    digest = hashlib.blake2b(digest_size=12)
    digest.update(np.ascontiguousarray(points.row_ids[start:stop]).tobytes())
    digest.update(points.is_clear[start:stop].tobytes())
    return f"{prefix}:{stop - start}:{digest.hexdigest()}"


def _style(q: ViewQuery, entity: str) -> dict[str, LatestAtResult]:
    """Series styling: the newest value of each style component up to the query time.

    Read like a range query, clears ignored: a Clear makes a hole in the line, not a restyle.
    """
    out: dict[str, LatestAtResult] = {}
    for short in _STYLE:
        name = C + short
        if q.timeline is None:
            res = q.store.latest_at(entity, name, None)
            if res is not None:
                out[short] = res
            continue
        rng = q.store.range(entity, name, q.timeline, None, q.time)
        if len(rng):
            hi, lo = (int(x) for x in rng.row_ids[-1])
            time = None if rng.is_static else int(rng.times[-1])
            out[short] = LatestAtResult(entity, name, time, hi, lo, rng.batches, len(rng) - 1)
    return out


def _per_point(q: ViewQuery, entity: str, short: str, times: np.ndarray, default: float) -> np.ndarray | None:
    """A style component's value at every point (its latest row at or before the point), if it changes along the series."""
    rng = q.store.range(entity, C + short, q.timeline, None, None)  # type: ignore[arg-type]
    if rng.is_static or len(rng) < 2:
        return None
    values = first_values(rng.batches.cast(pa.list_(pa.float64())))
    if np.unique(values[~np.isnan(values)]).size < 2:
        return None
    at = np.searchsorted(rng.times, times, side="right") - 1
    out = np.where(at >= 0, values[np.clip(at, 0, None)], default)
    return np.where(np.isnan(out), default, out)


def build(q: ViewQuery) -> P.TimeSeriesPayload:
    series = []
    for entity in q.entities():
        if SCALAR not in q.store.component_names(entity):
            continue
        rng = q.store.range(entity, SCALAR, q.timeline, None, None) if q.timeline else None
        if rng is None or len(rng) == 0 or rng.is_static:
            continue
        clears = q.store.range_clears(entity, q.timeline, None, None)  # type: ignore[arg-type]
        points = _sorted_points(rng.times, rng.row_ids, clears)
        values_cache: list[np.ndarray] = []

        def values(start: int, stop: int, rng=rng, points=points, cache=values_cache) -> np.ndarray:  # type: ignore[no-untyped-def]
            if not cache:
                data = first_values(rng.batches)
                cache.append(data if points.order is None else np.concatenate([data, np.full(len(points.order) - len(data), np.nan)])[points.order])
            return cache[0][start:stop]

        prefix = f"ts:{q.timeline}:{entity}"
        time_keys, value_keys = [], []
        for start in range(0, len(points.times), PIECE_POINTS):
            stop = min(start + PIECE_POINTS, len(points.times))
            key = _piece_key(prefix, points, start, stop)
            time_keys.append(q.arrays.key(key + "/times", lambda a=start, b=stop, t=points.times: t[a:b].astype(np.float64)))  # type: ignore[misc]
            value_keys.append(q.arrays.key(key + "/values", lambda a=start, b=stop, v=values: v(a, b)))  # type: ignore[misc]
        style = _style(q, entity)
        color = entity_color(entity)
        if "Color" in style and len(style["Color"].batch):
            color = [int(x) for x in unpack_colors(uints(style["Color"].batch))[0]]
        is_points = has_archetype(style, "SeriesPoint") and not has_archetype(style, "SeriesLine")
        # Rows logged with their own Color / MarkerSize / StrokeWidth restyle the series from there on (Rerun's plots example).
        packed = float((color[0] << 24) | (color[1] << 16) | (color[2] << 8) | color[3])
        point_colors = _per_point(q, entity, "Color", points.times, packed)
        size_name = "MarkerSize" if is_points else "StrokeWidth"
        point_sizes = _per_point(q, entity, size_name, points.times, first_float(style.get(size_name), 2.0 if is_points else 0.75))
        color_keys = size_keys = None
        if point_colors is not None or point_sizes is not None:
            color_keys, size_keys = [], []
            for start in range(0, len(points.times), PIECE_POINTS):
                stop = min(start + PIECE_POINTS, len(points.times))
                key = _piece_key(prefix, points, start, stop)
                if point_colors is not None:
                    color_keys.append(q.arrays.key(key + "/colors", lambda a=start, b=stop, c=point_colors: c[a:b].astype(np.float64)))  # type: ignore[misc]
                if point_sizes is not None:
                    size_keys.append(q.arrays.key(key + "/sizes", lambda a=start, b=stop, s=point_sizes: s[a:b].astype(np.float64)))  # type: ignore[misc]
        series.append(
            P.Series(
                entity=entity,
                name=first_text(style.get("Name")) or paths.last_part(entity) or "/",  # Rerun's default: the last path part
                series_kind="points" if is_points else "line",
                color=color,
                width=first_float(style.get("StrokeWidth"), 0.75),
                marker=(enum_name(style.get("MarkerShape"), T.MARKER_SHAPE_VARIANTS) or "Circle").lower(),
                marker_size=first_float(style.get("MarkerSize"), 2.0),
                times=time_keys,
                values=value_keys,
                point_colors=color_keys or None,
                point_sizes=size_keys or None,
            )
        )
    return P.TimeSeriesPayload(kind=KIND, timeline=q.timeline, series=series)
