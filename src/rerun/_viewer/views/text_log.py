"""The text log view: every TextLog row of the view's entities on its timeline, oldest first."""

from __future__ import annotations

from typing import Final

import numpy as np
import pyarrow as pa

from .. import protocol as P
from .common import ViewQuery, uints, unpack_colors

KIND: Final = "TextLog"
TEXT = "rerun.components.Text"
LEVEL = "rerun.components.TextLogLevel"
COLOR = "rerun.components.Color"
INDICATOR = "rerun.components.TextLogIndicator"
#: Only the newest rows are sent; a log of millions of lines is not read in a browser table.
MAX_ROWS = 10_000


def _firsts(batches: pa.Array) -> list:  # type: ignore[type-arg]
    offsets = batches.offsets.to_numpy().astype(np.int64)
    starts, lens = offsets[:-1] - offsets[0], np.diff(offsets)
    values = batches.flatten()
    taken = values.take(pa.array(np.where(lens > 0, starts, 0))) if len(values) else None
    out = [None] * len(batches) if taken is None else taken.to_pylist()
    return [v if n > 0 else None for v, n in zip(out, lens.tolist())]


def _by_row(q: ViewQuery, entity: str, component: str) -> dict[tuple[int, ...], object]:
    if q.timeline is None:
        res = q.store.latest_at(entity, component, None)
        return {} if res is None or len(res.batch) == 0 else {tuple(res.row_id): res.batch[0].as_py()}  # type: ignore[dict-item]
    rng = q.store.range(entity, component, q.timeline, None, None)
    return dict(zip(map(tuple, rng.row_ids.tolist()), _firsts(rng.batches)))


def _times_by_row(q: ViewQuery, entity: str, timeline: str) -> dict[tuple[int, ...], int]:
    rng = q.store.range(entity, TEXT, timeline, None, None)
    if rng.is_static:
        return {}
    return dict(zip(map(tuple, rng.row_ids.tolist()), rng.times.tolist()))


def build(q: ViewQuery) -> P.TextLogPayload:
    timelines = sorted(q.store.timelines().items())
    rows: list[tuple[int, int, int, P.TextLogRow]] = []
    for entity in q.entities():
        if INDICATOR not in q.store.component_names(entity):
            continue
        if q.timeline is None:
            res = q.store.latest_at(entity, TEXT, None)
            entries = [] if res is None else [(None, tuple(res.row_id), res.batch[0].as_py() if len(res.batch) else None)]
        else:
            rng = q.store.range(entity, TEXT, q.timeline, None, None)
            times = [None] * len(rng) if rng.is_static else rng.times.tolist()
            entries = list(zip(times, map(tuple, rng.row_ids.tolist()), _firsts(rng.batches)))
        levels = _by_row(q, entity, LEVEL)
        colors = _by_row(q, entity, COLOR)
        times_on = [_times_by_row(q, entity, name) for name, _ in timelines]
        for time, rid, text in entries:
            if text is None:
                continue
            color = colors.get(rid)
            rows.append(
                (
                    -(2**63) if time is None else time,
                    rid[0],
                    rid[1],
                    P.TextLogRow(
                        time=time,
                        times=[by_row.get(rid) for by_row in times_on],
                        entity=entity,
                        level=None if levels.get(rid) is None else str(levels.get(rid)),
                        text=str(text),
                        color=None if color is None else [int(x) for x in unpack_colors(uints(pa.array([color], pa.uint32())))[0]],
                    ),
                )
            )
    rows.sort(key=lambda r: r[:3])
    truncated = len(rows) > MAX_ROWS
    return P.TextLogPayload(
        kind=KIND,
        timeline=q.timeline,
        timelines=[name for name, _ in timelines],
        timeline_types=[time_type.value for _, time_type in timelines],  # type: ignore[misc]
        rows=[r[3] for r in rows[-MAX_ROWS:]],
        truncated=truncated,
    )
