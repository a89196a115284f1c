"""The time series view: every Scalar entity as a line (or points) over the whole timeline.

A `Clear` of the entity (or a recursive one of an ancestor) shows as a hole: a NaN value at the
clear's time. Styling comes from `SeriesLine` / `SeriesPoint` at the query time.
"""

from __future__ import annotations

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


def _with_holes(times: np.ndarray, values: np.ndarray, row_ids: np.ndarray, clears) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[no-untyped-def]
    if len(clears.times) == 0:
        return times.astype(np.float64), values
    all_t = np.concatenate([times, clears.times])
    all_v = np.concatenate([values, np.full(len(clears.times), np.nan)])
    ids = np.concatenate([row_ids, clears.row_ids])
    order = np.lexsort((ids[:, 1], ids[:, 0], all_t))
    return all_t[order].astype(np.float64), all_v[order]


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


def build(q: ViewQuery) -> P.TimeSeriesPayload:
    series = []
    for entity in q.entities():
        if SCALAR not in q.store.component_names(entity):
            continue
        rng = q.store.range(entity, SCALAR, q.timeline, None, None) if q.timeline else None
        if rng is None or len(rng) == 0 or rng.is_static:
            continue
        clears = q.store.range_clears(entity, q.timeline, None, None)  # type: ignore[arg-type]
        key = f"ts:{q.timeline}:{entity}:{len(rng)}:{int(rng.row_ids[-1, 0]):x}.{int(rng.row_ids[-1, 1]):x}:{int(rng.row_ids[0, 1]):x}"
        if len(clears.times):
            key += f":c{len(clears.times)}:{int(clears.row_ids[-1, 1]):x}"
        cache: list[tuple[np.ndarray, np.ndarray]] = []

        def part(i: int, rng=rng, clears=clears, cache=cache) -> np.ndarray:  # type: ignore[no-untyped-def]
            if not cache:
                cache.append(_with_holes(rng.times, first_values(rng.batches), rng.row_ids, clears))
            return cache[0][i]

        style = _style(q, entity)
        color = entity_color(entity)
        if "Color" in style and len(style["Color"].batch):
            color = [int(x) for x in unpack_colors(uints(style["Color"].batch))[0]]
        is_points = has_archetype(style, "SeriesPoint") and not has_archetype(style, "SeriesLine")
        series.append(
            P.Series(
                entity=entity,
                name=first_text(style.get("Name")) or paths.last_part(entity) or "/",  # Rerun's default: the last path part
                series_kind="points" if is_points else "line",
                color=color,
                width=first_float(style.get("StrokeWidth"), 0.75),
                marker=(enum_name(style.get("MarkerShape"), T.MARKER_SHAPE_VARIANTS) or "Circle").lower(),
                marker_size=first_float(style.get("MarkerSize"), 2.0),
                times=q.arrays.key(key + "/times", lambda part=part: part(0)),  # type: ignore[misc]
                values=q.arrays.key(key + "/values", lambda part=part: part(1)),  # type: ignore[misc]
            )
        )
    return P.TimeSeriesPayload(kind=KIND, timeline=q.timeline, series=series)
