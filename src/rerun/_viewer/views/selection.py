"""The selection panel's content: an entity's component values at a time, as short text (colors as "#rrggbbaa")."""

from __future__ import annotations

import json

import numpy as np

from ..._store import ChunkStore
from .. import protocol as P

#: Values longer than this are cut; a point cloud's positions are not read in a side panel.
MAX_TEXT = 2000
MAX_INSTANCES = 50


COLOR = "rerun.components.Color"
#: Shown by size only.
_BINARY = ("rerun.components.TensorData", "rerun.components.Blob")


def rgba_hex(packed: int) -> str:
    """A packed 0xRRGGBBAA color as "#rrggbbaa" (the page draws a swatch next to it)."""
    return f"#{int(packed) & 0xFFFFFFFF:08x}"


def _colors_as_hex(value: object) -> object:
    """Colors nested in a value (an annotation context's classes and keypoints) as "#rrggbbaa"."""
    if isinstance(value, dict):
        return {k: rgba_hex(v) if k == "color" and isinstance(v, int) else _colors_as_hex(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_colors_as_hex(v) for v in value]
    return value


def _render(values: list, total: int, component: str) -> str:  # type: ignore[type-arg]
    """`values` (the first of `total`) as text, cut to `MAX_TEXT` characters."""
    if component == COLOR:
        text = ", ".join("null" if v is None else rgba_hex(v) for v in values)
    else:
        shown = [_colors_as_hex(v) for v in values]
        text = json.dumps(shown if len(shown) != 1 else shown[0], default=_default, ensure_ascii=False)
    if total > len(values):
        text += f" … ({total} values)"
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + " …"


def _default(value: object) -> object:
    if isinstance(value, (bytes, bytearray)):
        return f"<{len(value)} bytes>"
    if isinstance(value, np.generic):
        return value.item()
    return str(value)


def describe_entity(
    store: ChunkStore, entity_path: str, instance: int | None, timeline: str | None, time: int | None
) -> list[P.ComponentValue]:
    """The entity's component values at a time, as text; only `instance`'s value where it has one."""
    out = []
    for name, res in sorted(store.latest_at_entity(entity_path, timeline, time).items()):
        batch = res.batch
        if name.endswith("Indicator"):
            continue
        if name in _BINARY:
            text = f"<{len(batch)} {name.rsplit('.', 1)[-1]}, {batch.nbytes} bytes>"
        elif instance is not None and 0 <= instance < len(batch):
            text = _render(batch.slice(instance, 1).to_pylist(), 1, name)
        else:  # no instance, or a batch without it (a single color for all points): all values
            text = _render(batch.slice(0, MAX_INSTANCES).to_pylist(), len(batch), name)
        out.append(P.ComponentValue(name, text, len(batch), res.row_id.hex(), res.time))
    return out
