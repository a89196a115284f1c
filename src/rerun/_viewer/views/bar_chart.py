"""The bar chart view: the latest 1D tensor of each BarChart entity (and of each 1D `Tensor`, as Rerun 0.17 draws those too)."""

from __future__ import annotations

from typing import Final

import numpy as np

from ..._store import LatestAtResult
from .. import protocol as P
from .common import ViewQuery, entity_color, has_archetype, tensor, uints, unpack_colors

KIND: Final = "BarChart"


def _is_1d(res: LatestAtResult) -> bool:
    """Is the tensor one-dimensional (unit dimensions aside)? Read from its shape, without decoding it."""
    if len(res.batch) == 0 or not res.batch[0].is_valid:
        return False
    sizes = res.batch.slice(0, 1).field("shape").flatten().field("size").to_pylist()
    return sum(1 for size in sizes if size != 1) <= 1


def build(q: ViewQuery) -> P.BarChartPayload:
    bars = []
    for entity in q.entities():
        comps = q.latest(entity, ["BarChartIndicator", "TensorIndicator", "TensorData", "Color"])
        res = comps.get("TensorData")
        if res is None or not (has_archetype(comps, "BarChart") or (has_archetype(comps, "Tensor") and _is_1d(res))):
            continue

        def values(res=res) -> np.ndarray:  # type: ignore[no-untyped-def]
            t = tensor(res.batch)
            return np.zeros(0) if t is None else t.array.reshape(-1).astype(np.float64)

        color = entity_color(entity)
        if "Color" in comps and len(comps["Color"].batch):
            color = [int(x) for x in unpack_colors(uints(comps["Color"].batch))[0]]
        bars.append(P.Bars(entity, q.arrays.key(q.arrays.row_key(res, "/f64"), values), color))
    return P.BarChartPayload(kind=KIND, bars=bars)
