"""The tensor view: the latest N-dimensional tensor of each Tensor entity, with its dimension names."""

from __future__ import annotations

from typing import Final

import numpy as np

from .. import protocol as P
from . import colormaps
from .common import ViewQuery, has_archetype, tensor

KIND: Final = "Tensor"


def build(q: ViewQuery) -> P.TensorPayload:
    items = []
    for entity in q.entities():
        comps = q.latest(entity, ["TensorIndicator", "TensorData"])
        res = comps.get("TensorData")
        if not has_archetype(comps, "Tensor") or res is None:
            continue
        t = tensor(res.batch)
        if t is None:
            continue
        data = t.array
        key = q.arrays.key(q.arrays.row_key(res, "/data"), lambda data=data: P.wire_array(np.ascontiguousarray(data)))  # type: ignore[misc]
        items.append(P.TensorItem(entity, [int(s) for s in data.shape], list(t.names), key))
    luts = {name: q.arrays.key(f"colormap/{name}", lambda name=name: colormaps.table(name)) for name in colormaps.NAMES}  # type: ignore[misc]
    return P.TensorPayload(kind=KIND, tensors=items, colormaps=luts)
