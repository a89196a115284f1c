"""The time series view: every Scalar entity as a line (or points) over the whole timeline.

A `Clear` of the entity (or a recursive one of an ancestor) shows as a hole: a NaN value at the
clear's time. Styling comes from `SeriesLine` / `SeriesPoint` at the query time.

Series of any length: the page says which part of the timeline is in sight and how wide the plot
is (`PlotQuery`); a series with more points there than the plot has pixel columns is sent as a
level of detail (`series_lod`: per column first/last/min/max, or the `SeriesLine`'s
`aggregation_policy`), one with fewer as its exact points. Comparing recordings
(`PlotQuery.compare_recordings`): each entity once per recording of the application, labelled
with the recording.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass
from typing import Final

import numpy as np
import pyarrow as pa

from ..._datamodel import arrow_types as T
from ..._recording.entity_path import unescape_entity_path_part
from ..._store import ChunkStore, LatestAtResult, paths
from .. import protocol as P
from . import series_lod
from .common import (
    C,
    ViewQuery,
    auto_color,
    entity_color,
    enum_name,
    first_float,
    first_text,
    has_archetype,
    uints,
    unpack_colors,
)

KIND: Final = "TimeSeries"
SCALAR = C + "Scalar"
_STYLE = ["SeriesLineIndicator", "SeriesPointIndicator", "Color", "StrokeWidth", "Name", "MarkerShape", "MarkerSize", "AggregationPolicy"]
#: Components whose rows change the answer as the time cursor moves: the styling only (the series
#: are sent whole when the page gives no plot range). Read by the HTML export, which stores one answer per change.
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
    #: Row ids as their two u64 halves [n] each (views of the store's index when there are no clears).
    row_id_hi: np.ndarray
    row_id_lo: np.ndarray
    is_clear: np.ndarray  # bool [n]
    order: np.ndarray | None  # positions of the points in (data rows ++ clears); None: data rows only, in order


def _sorted_points(times: np.ndarray, row_id_hi: np.ndarray, row_id_lo: np.ndarray, clears) -> _SeriesPoints:  # type: ignore[no-untyped-def]
    if len(clears.times) == 0:
        return _SeriesPoints(times, row_id_hi, row_id_lo, np.zeros(len(times), bool), None)
    all_t = np.concatenate([times, clears.times])
    hi = np.concatenate([row_id_hi, clears.row_ids[:, 0]])
    lo = np.concatenate([row_id_lo, clears.row_ids[:, 1]])
    order = np.lexsort((lo, hi, all_t))
    is_clear = order >= len(times)
    return _SeriesPoints(all_t[order], hi[order], lo[order], is_clear, order)


def _piece_key(prefix: str, points: _SeriesPoints, start: int, stop: int) -> str:
    """Names the piece by the rows in it (rows are immutable, and so are their times)."""
    digest = hashlib.blake2b(digest_size=12)
    digest.update(points.row_id_hi[start:stop].tobytes())
    digest.update(points.row_id_lo[start:stop].tobytes())
    digest.update(points.is_clear[start:stop].tobytes())
    return f"{prefix}:{stop - start}:{digest.hexdigest()}"


def _style(q: ViewQuery, store: ChunkStore, entity: str) -> dict[str, LatestAtResult]:
    """Series styling: the newest value of each style component up to the query time.

    Read like a range query, clears ignored: a Clear makes a hole in the line, not a restyle.
    """
    out: dict[str, LatestAtResult] = {}
    for short in _STYLE:
        name = C + short
        if q.timeline is None:
            res = store.latest_at(entity, name, None)
            if res is not None:
                out[short] = res
            continue
        rng = store.range(entity, name, q.timeline, None, q.time)
        if len(rng):
            hi, lo = (int(x) for x in rng.row_ids[-1])
            time = None if rng.is_static else int(rng.times[-1])
            out[short] = LatestAtResult(entity, name, time, hi, lo, rng.batches, len(rng) - 1)
    return q.resolve(entity, out, _STYLE, has_data=True)


def _per_point(q: ViewQuery, store: ChunkStore, entity: str, short: str, times: np.ndarray, default: float) -> np.ndarray | None:
    """A style component's value at every point (its latest row at or before the point), if it changes along the series."""
    rng = store.range(entity, C + short, q.timeline, None, None)  # type: ignore[arg-type]
    if rng.is_static or len(rng) < 2:
        return None
    values = first_values(rng.batches.cast(pa.list_(pa.float64())))
    if np.unique(values[~np.isnan(values)]).size < 2:
        return None
    at = np.searchsorted(rng.times, times, side="right") - 1
    out = np.where(at >= 0, values[np.clip(at, 0, None)], default)
    return np.where(np.isnan(out), default, out)


#: The plot size assumed when the page did not say (notebook snapshots, tools): a wide screen.
DEFAULT_WIDTH_PX = 2048
DEFAULT_HEIGHT_PX = 600
#: A plot size a page may ask for, at most (a larger one is read as this): bounds the work and the answer.
MAX_PLOT_PX = 16384


@dataclass
class _SeriesData:
    """One entity's sorted points and values on a timeline, kept while its rows stay the same."""

    fingerprint: tuple[int, ...]
    points: _SeriesPoints
    values: np.ndarray  # f64 [n]; NaN = a hole (a clear, or a logged NaN)


#: Per store, (entity, timeline) -> its series: sorting and decoding 10M points takes a second,
#: and a page asks again on every zoom, pan and time cursor move.
#: Kept in the store's `derived` caches under this key (emptied when the memory limit drops
#: chunks: a series' times may be views of a chunk's buffer).
_SERIES_CACHE = "time_series"


def _series_data(store: ChunkStore, entity: str, timeline: str) -> _SeriesData | None:
    clears = store.range_clears(entity, timeline, None, None)
    fingerprint = store.range_fingerprint(entity, SCALAR, timeline) + (len(clears.times),)
    if len(clears.times):
        fingerprint += tuple(int(x) for x in clears.row_ids[-1])
    cache: dict[tuple[str, str], _SeriesData] = store.derived.setdefault(_SERIES_CACHE, {})
    found = cache.get((entity, timeline))
    if found is not None and found.fingerprint == fingerprint:
        return found
    found_rows = store.range_first_floats(entity, SCALAR, timeline)
    if found_rows is None or len(found_rows[0]) == 0:
        cache.pop((entity, timeline), None)
        return None
    times, row_id_hi, row_id_lo, data = found_rows
    points = _sorted_points(times, row_id_hi, row_id_lo, clears)
    if points.order is not None:
        data = np.concatenate([data, np.full(len(points.order) - len(data), np.nan)])[points.order]
    found = cache[(entity, timeline)] = _SeriesData(fingerprint, points, data)
    return found


def _recording_sources(q: ViewQuery) -> list[tuple[str | None, str | None, ChunkStore]]:
    if q.plot is not None and q.plot.compare_recordings and q.recordings:
        return [(sid, label, store) for sid, label, store in q.recordings]
    return [(None, None, q.store)]


def build(q: ViewQuery) -> P.TimeSeriesPayload:
    found: list[tuple[str | None, str | None, ChunkStore, str, _SeriesData]] = []
    if q.timeline is not None:
        for store_id, label, store in _recording_sources(q):
            if q.timeline not in store.timelines():
                continue
            for entity in store.entity_paths():
                if not q.contents.matches(entity) or SCALAR not in store.component_names(entity):
                    continue
                data = _series_data(store, entity, q.timeline)
                if data is not None:
                    found.append((store_id, label, store, entity, data))
    data_range = None
    if found:
        data_range = [float(min(d.points.times[0] for *_, d in found)), float(max(d.points.times[-1] for *_, d in found))]
    plot = q.plot
    x_range = plot.x_range if plot is not None and plot.x_range is not None and len(plot.x_range) == 2 else data_range
    width = min(max(1, plot.width_px), MAX_PLOT_PX) if plot is not None else DEFAULT_WIDTH_PX
    height = min(max(1, plot.height_px), MAX_PLOT_PX) if plot is not None else DEFAULT_HEIGHT_PX
    series = []
    for k, (store_id, label, store, entity, data) in enumerate(found):
        series.append(_one_series(q, store, entity, data, x_range, width, height, store_id, label, k))
    return P.TimeSeriesPayload(kind=KIND, timeline=q.timeline, series=series, data_range=data_range)


def _one_series(  # noqa: PLR0913 - one series' inputs
    q: ViewQuery,
    store: ChunkStore,
    entity: str,
    data: _SeriesData,
    x_range: list[float] | None,
    width: int,
    height: int,
    store_id: str | None,
    label: str | None,
    index: int,
) -> P.Series:
    points = data.points
    timeline = q.timeline
    assert timeline is not None
    style = _style(q, store, entity)
    color = entity_color(entity)
    if "Color" in style and len(style["Color"].batch):
        color = [int(x) for x in unpack_colors(uints(style["Color"].batch))[0]]
    if store_id is not None:
        color = auto_color(index)  # comparing recordings: one color per series, whatever was logged
    is_points = has_archetype(style, "SeriesPoint") and not has_archetype(style, "SeriesLine")
    # Rows logged with their own Color / MarkerSize / StrokeWidth restyle the series from there on (Rerun's plots example).
    packed = float((color[0] << 24) | (color[1] << 16) | (color[2] << 8) | color[3])
    # ... unless the blueprint overrides that component for the whole series.
    overridden = q.blueprint.overrides.get(entity, {})
    point_colors = None if store_id is not None or "Color" in overridden else _per_point(q, store, entity, "Color", points.times, packed)
    size_name = "MarkerSize" if is_points else "StrokeWidth"
    default_size = first_float(style.get(size_name), 2.0 if is_points else 0.75)
    point_sizes = None if size_name in overridden else _per_point(q, store, entity, size_name, points.times, default_size)
    policy = (enum_name(style.get("AggregationPolicy"), T.AGGREGATION_POLICY_VARIANTS) or "M4") if not is_points else "M4"
    prefix = f"ts:{timeline}:{entity}" if store_id is None else f"ts:{store_id}:{timeline}:{entity}"
    n = len(points.times)
    lo, hi = (0, n) if x_range is None else series_lod.visible_span(points.times, x_range[0], x_range[1])
    is_lod = x_range is not None and hi - lo > width and x_range[1] > x_range[0]
    time_keys, value_keys, color_keys, size_keys = [], [], [], []
    if is_lod:
        assert x_range is not None
        # Keyed by the rows and the question: asking again (the time cursor moved) costs nothing.
        digest = hashlib.blake2b(repr((data.fingerprint, x_range, width, height, policy, is_points)).encode(), digest_size=12).hexdigest()
        key = f"{prefix}:lod:{digest}"
        done: list[series_lod.Reduced] = []

        def lod(x_range: list[float] = x_range) -> series_lod.Reduced:
            if not done:
                reduced = series_lod.reduce(points.times, data.values, x_range[0], x_range[1], width, policy, height=height if is_points else None)
                assert reduced is not None  # more points in sight than pixel columns
                done.append(reduced)
            return done[0]

        time_keys.append(q.arrays.key(key + "/times", lambda: lod().times))
        value_keys.append(q.arrays.key(key + "/values", lambda: lod().values))
        if point_colors is not None:
            color_keys.append(q.arrays.key(key + "/colors", lambda c=point_colors: c[lod().source].astype(np.float64)))  # type: ignore[misc]
        if point_sizes is not None:
            size_keys.append(q.arrays.key(key + "/sizes", lambda z=point_sizes: z[lod().source].astype(np.float64)))  # type: ignore[misc]
    else:
        # Every point of the visible range (all of them without a range), in pieces keyed by their
        # rows: a growing series re-sends only its last piece, a zoomed-in one only the pieces in sight.
        first, last = max(lo - 1, 0), min(hi + 1, n)
        for start in range(first // PIECE_POINTS * PIECE_POINTS, last, PIECE_POINTS):
            stop = min(start + PIECE_POINTS, n)
            key = _piece_key(prefix, points, start, stop)
            time_keys.append(q.arrays.key(key + "/times", lambda a=start, b=stop, t=points.times: t[a:b].astype(np.float64)))  # type: ignore[misc]
            value_keys.append(q.arrays.key(key + "/values", lambda a=start, b=stop, v=data.values: v[a:b]))  # type: ignore[misc]
            if point_colors is not None:
                color_keys.append(q.arrays.key(key + "/colors", lambda a=start, b=stop, c=point_colors: c[a:b].astype(np.float64)))  # type: ignore[misc]
            if point_sizes is not None:
                size_keys.append(q.arrays.key(key + "/sizes", lambda a=start, b=stop, z=point_sizes: z[a:b].astype(np.float64)))  # type: ignore[misc]
    # Rerun's default: the last path part, as written (without the canonical form's escapes)
    name = first_text(style.get("Name")) or unescape_entity_path_part(paths.last_part(entity)) or "/"
    return P.Series(
        entity=entity,
        name=name if label is None else f"{name} · {label}",
        series_kind="points" if is_points else "line",
        color=color,
        width=first_float(style.get("StrokeWidth"), 0.75),
        marker=(enum_name(style.get("MarkerShape"), T.MARKER_SHAPE_VARIANTS) or "Circle").lower(),
        marker_size=first_float(style.get("MarkerSize"), 2.0),
        times=time_keys,
        values=value_keys,
        point_colors=color_keys or None,
        point_sizes=size_keys or None,
        lod=is_lod,
        recording=store_id,
    )


def recording_label(recording_id: str, started_ns: int) -> str:
    """How a compared recording is named in the legend: its id, a long one (a UUID) shortened
    and followed by its start time (UTC)."""
    if len(recording_id) <= 24:
        return recording_id
    if started_ns <= 0:
        return recording_id[:8]
    started = datetime.datetime.fromtimestamp(started_ns / 1e9, datetime.timezone.utc)
    return f"{recording_id[:8]} {started:%Y-%m-%d %H:%M:%S}"
