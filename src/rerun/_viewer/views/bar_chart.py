"""The bar chart view: the latest 1D tensor of each BarChart entity."""

from __future__ import annotations

from typing import Final

import numpy as np

from .. import protocol as P
from .common import ViewQuery, entity_color, has_archetype, tensor, uints, unpack_colors

KIND: Final = "BarChart"


def build(q: ViewQuery) -> P.BarChartPayload:
    bars = []
    for entity in q.entities():
        comps = q.latest(entity, ["BarChartIndicator", "TensorData", "Color"])
        res = comps.get("TensorData")
        if not has_archetype(comps, "BarChart") or res is None:
            continue

        def values(res=res) -> np.ndarray:  # type: ignore[no-untyped-def]
            t = tensor(res.batch)
            return np.zeros(0) if t is None else t.array.reshape(-1).astype(np.float64)

        color = entity_color(entity)
        if "Color" in comps and len(comps["Color"].batch):
            color = [int(x) for x in unpack_colors(uints(comps["Color"].batch))[0]]
        bars.append(P.Bars(entity, q.arrays.key(q.arrays.row_key(res, "/f64"), values), color))
    return P.BarChartPayload(kind=KIND, bars=bars)
