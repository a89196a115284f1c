"""Spatial views over a window of time (the blueprint's VisibleTimeRange): history, not only the latest.

Rerun 0.17 shows, for every entity of a view with a visible time range, each row logged inside
the window (static data always). We build the view's drawables at every data time in the window
(only for the entities with a row at that time) and put them together, newest last; the number of
times is capped so a long window over dense data stays bounded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import numpy as np

from ..._store.entity_filter import EntityFilter
from .. import protocol as P
from .common import ViewQuery

#: At most this many distinct times of a window are drawn (the newest ones).
MAX_WINDOW_TIMES = 256


def window_bounds(window: P.TimeWindow, cursor: int, data_range: tuple[int, int]) -> tuple[int, int]:
    """[lo, hi] of a window on its timeline, with the cursor at `cursor`."""

    def at(b: P.TimeBoundary, open_end: int) -> int:
        if b.kind == "infinite" or b.value is None:
            return open_end
        return int(b.value) if b.kind == "absolute" else cursor + int(b.value)

    return at(window.start, data_range[0]), at(window.end, data_range[1])


def spatial_history(q: ViewQuery, window: P.TimeWindow, build: Callable[[ViewQuery], Any]) -> Any:
    """The payload of `build` with every row inside `window` drawn, not only the latest at the cursor."""
    data_range = q.store.time_range(q.timeline) if q.timeline is not None else None
    if q.timeline is None or data_range is None:
        return build(q)
    cursor = data_range[1] if q.time is None else int(q.time)
    lo, hi = window_bounds(window, cursor, data_range)
    times_of: dict[str, set[int]] = {}
    static: list[str] = []
    for entity in q.entities():
        indicators = [c for c in q.store.component_names(entity) if c.endswith("Indicator")]
        times: set[int] = set()
        is_static = False
        for name in indicators:
            rng = q.store.range(entity, name, q.timeline, lo, hi)
            if rng.is_static:
                is_static = True
            else:
                times.update(int(t) for t in rng.times)
        if is_static:
            static.append(entity)
        elif times:
            times_of[entity] = times
    all_times = sorted({t for ts in times_of.values() for t in ts})[-MAX_WINDOW_TIMES:]
    payload = build(_only(q, static, None))
    drawables = list(payload.drawables)
    for t in all_times:
        entities = [e for e, ts in times_of.items() if t in ts]
        drawables.extend(build(_only(q, entities, t)).drawables)
    drawables.sort(key=lambda d: getattr(d, "draw_order", 0.0))  # stable: older rows first at equal order
    return dataclasses.replace(payload, drawables=drawables)


def _only(q: ViewQuery, entities: list[str], time: int | None) -> ViewQuery:
    """`q` restricted to exactly `entities`, at `time` (None: the query's own time)."""
    contents = EntityFilter.parse([f"+ {e}" for e in entities] or ["- /**"], q.origin)
    return dataclasses.replace(q, contents=contents, time=q.time if time is None else np.int64(time).item())
