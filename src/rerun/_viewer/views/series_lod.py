"""Level of detail of a time series: at most a few points per pixel column of the plot.

A plot `width` pixels wide showing the times ``[t0, t1]`` of a series with more points than pixels
gets, per pixel column, the points that decide what a line drawn through every point looks like
in that column: the first, the last, the lowest and the highest (M4), so the drawn line is the
same as drawing every point. A `SeriesLine` with an `aggregation_policy` gets Rerun 0.17's
aggregation instead (see `reduce`). Point series (`SeriesPoint`) keep one point per pixel cell
(column and row of a `height`-pixel plot), so every lit pixel of the scatter stays lit.

Holes (NaN values: clears) are kept, one per column that has any, so a gap stays a gap.
Everything is numpy over the visible slice; no per-point Python work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np

#: Rerun 0.17's AggregationPolicy variants (rerun.components.AggregationPolicy), plus "M4": ours
#: when none is set (and for "Off": drawing every point looks exactly like M4).
POLICIES: Final = ("M4", "Off", "Average", "Max", "Min", "MinMax", "MinMaxAverage")


@dataclass
class Reduced:
    """The points to draw: times and values (f64), and for each the index of the source point
    whose style (color, size) it takes (its own, or the first of its column for averages)."""

    times: np.ndarray
    values: np.ndarray
    source: np.ndarray


def visible_span(times: np.ndarray, t0: float, t1: float) -> tuple[int, int]:
    """[lo, hi) positions of the points with t0 <= time <= t1 in the sorted int64 `times`."""
    lo = int(np.searchsorted(times, int(np.ceil(t0)), side="left"))
    hi = int(np.searchsorted(times, int(np.floor(t1)), side="right"))
    return lo, max(lo, hi)


def column_starts(times: np.ndarray, lo: int, hi: int, t0: float, t1: float, width: int) -> np.ndarray:
    """Start positions (relative to `lo`) of the non-empty pixel columns of times[lo:hi].

    Column k covers ``t0 + k * (t1 - t0) / width <= t < t0 + (k + 1) * (t1 - t0) / width``.
    """
    edges = t0 + (t1 - t0) * np.arange(width, dtype=np.float64) / width
    # Integer edges (the first integer time at or after each edge), so the int64 times are searched as they are.
    int_edges = np.ceil(edges).astype(np.int64)
    starts = np.searchsorted(times[lo:hi], int_edges, side="left")
    starts[0] = 0
    return np.unique(starts[starts < hi - lo])


def _first_in_segments(hits: np.ndarray, starts: np.ndarray, stops: np.ndarray) -> np.ndarray:
    """Per segment [start, stop) the first position in sorted `hits` inside it, or -1."""
    if len(hits) == 0:
        return np.full(len(starts), -1, np.int64)
    pos = np.searchsorted(hits, starts, side="left")
    ok = pos < len(hits)
    found = np.where(ok, hits[np.minimum(pos, len(hits) - 1)], -1)
    return np.where(ok & (found < stops), found, -1).astype(np.int64)


def _arg_extreme(v: np.ndarray, starts: np.ndarray, stops: np.ndarray, extreme: np.ndarray) -> np.ndarray:
    """Per segment, the first position whose value equals the segment's `extreme` (-1: all NaN)."""
    per_point = np.repeat(extreme, stops - starts)
    return _first_in_segments(np.flatnonzero(v == per_point), starts, stops)


def reduce(
    times: np.ndarray,
    values: np.ndarray,
    t0: float,
    t1: float,
    width: int,
    policy: str = "M4",
    *,
    height: int | None = None,
) -> Reduced | None:
    """The points to draw of the sorted series (`times` int64, `values` f64, NaN = hole) over [t0, t1].

    Returns None when the range holds at most `width` points: then every point is drawn as it is
    (the caller sends the exact points). Otherwise per pixel column, by `policy`:

    - "M4" (and Rerun's "Off", which draws every point: the same pixels): first, last, min and max;
    - "Max" / "Min": the highest / lowest point; "MinMax": both (two points, a vertical stroke);
    - "Average": the mean value at the mean time of the column's points;
    - "MinMaxAverage": the mean of the column's min and max, at the mean time;
    - with `height` (point series): one point per pixel cell of the column, over the visible
      values' extent split in `height` rows.

    One point on each side of the range is added when there is one, so a line runs on to the
    plot's edges. Raises ValueError for an unknown policy.
    """
    if policy not in POLICIES:
        raise ValueError(f"unknown aggregation policy {policy!r}; expected one of {', '.join(POLICIES)}")
    width = max(1, int(width))
    lo, hi = visible_span(times, t0, t1)
    if hi - lo <= width or not t1 > t0:
        return None
    v = values[lo:hi]
    starts = column_starts(times, lo, hi, t0, t1, width)
    stops = np.append(starts[1:], hi - lo)
    holes = _first_in_segments(np.flatnonzero(np.isnan(v)), starts, stops)
    picks: list[np.ndarray] = [holes[holes >= 0]]
    synthetic: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
    if height is not None:
        picks = []
        synthetic = _cells(times[lo:hi], v, starts, stops, max(1, int(height)))
    elif policy in ("M4", "Off"):
        vmin, vmax = np.fmin.reduceat(v, starts), np.fmax.reduceat(v, starts)
        picks += [starts, stops - 1, _arg_extreme(v, starts, stops, vmin), _arg_extreme(v, starts, stops, vmax)]
    elif policy in ("Max", "Min", "MinMax"):
        if policy != "Max":
            picks.append(_arg_extreme(v, starts, stops, np.fmin.reduceat(v, starts)))
        if policy != "Min":
            picks.append(_arg_extreme(v, starts, stops, np.fmax.reduceat(v, starts)))
    else:
        ok = ~np.isnan(v)
        count = np.add.reduceat(ok.astype(np.int64), starts)
        seg_t = times[lo:hi].astype(np.float64)
        mean_t = np.add.reduceat(np.where(ok, seg_t, 0.0), starts) / np.maximum(count, 1)
        if policy == "Average":
            mean_v = np.add.reduceat(np.where(ok, v, 0.0), starts) / np.maximum(count, 1)
        else:  # MinMaxAverage
            mean_v = (np.fmin.reduceat(v, starts) + np.fmax.reduceat(v, starts)) / 2
        keep = count > 0
        synthetic = (mean_t[keep], mean_v[keep], starts[keep])
    idx = np.unique(np.concatenate(picks)) if picks else np.empty(0, np.int64)
    idx = idx[idx >= 0] + lo
    out_t = times[idx].astype(np.float64)
    out_v = values[idx]
    source = idx
    if synthetic is not None:
        out_t = np.concatenate([out_t, synthetic[0]])
        out_v = np.concatenate([out_v, synthetic[1]])
        source = np.concatenate([idx, synthetic[2] + lo])
        order = np.argsort(out_t, kind="stable")
        out_t, out_v, source = out_t[order], out_v[order], source[order]
    # The neighbours just outside the range, so the line runs on to the plot's edges.
    before = [lo - 1] if lo > 0 else []
    after = [hi] if hi < len(times) else []
    edge_idx = np.array(before + after, np.int64)
    if len(edge_idx):
        out_t = np.concatenate([times[before].astype(np.float64), out_t, times[after].astype(np.float64)])
        out_v = np.concatenate([values[before], out_v, values[after]])
        source = np.concatenate([np.array(before, np.int64), source, np.array(after, np.int64)])
    return Reduced(out_t, out_v, source.astype(np.int64))


def _cells(t: np.ndarray, v: np.ndarray, starts: np.ndarray, stops: np.ndarray, height: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One point per lit (column, row) pixel cell, at the row's centre and the column's first time
    (half a pixel from the exact points at most), each styled as the column's first point."""
    finite = np.isfinite(v)
    if not finite.any():
        return np.empty(0), np.empty(0), np.empty(0, np.int64)
    ymin, ymax = float(v[finite].min()), float(v[finite].max())
    span = ymax - ymin if ymax > ymin else 1.0
    rows = np.clip(((v[finite] - ymin) * (height / span)).astype(np.int64), 0, height - 1)
    cols = np.repeat(np.arange(len(starts), dtype=np.int64), stops - starts)[finite]
    cells = np.flatnonzero(np.bincount(cols * height + rows, minlength=len(starts) * height))
    col, row = cells // height, cells % height
    y = ymin + (row + 0.5) * (span / height) if ymax > ymin else np.full(len(row), ymin)
    return t[starts[col]].astype(np.float64), y, starts[col]


__all__ = ["POLICIES", "Reduced", "column_starts", "reduce", "visible_span"]
