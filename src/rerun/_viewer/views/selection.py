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


#: Beyond this magnitude (and below its inverse) a number is written with a few significant
#: digits and an exponent: 1.79769e308, not 1.7976931348623157e+308.
_HUGE = 1e15
_FLOAT_MAX = {float(np.finfo(np.float64).max): "f64 max", float(np.finfo(np.float32).max): "f32 max"}


def format_number(value: float, single: bool = False) -> str:
    """A float as a person reads it: "inf", "-inf", "NaN"; huge or tiny ones with 6 significant
    digits and an exponent, the extremes of f32/f64 named ("3.40282e38 (f32 max)"); others as the
    shortest text that reads back the same (`single`: of the float32 the value was, so 0.1 logged
    as float32 is "0.1", not 0.10000000149011612)."""
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "inf" if value > 0 else "-inf"
    magnitude = abs(value)
    if magnitude >= _HUGE or 0 < magnitude < 1 / _HUGE:
        mantissa, _, exponent = f"{value:.5e}".partition("e")
        text = f"{mantissa.rstrip('0').rstrip('.')}e{int(exponent)}"
        name = _FLOAT_MAX.get(magnitude)
        return f"{text} ({name if value > 0 else name.replace('max', 'min')})" if name else text
    if single:
        return np.format_float_positional(np.float32(value), unique=True, trim="0")
    return repr(float(value))


def _as_text(value: object, single: bool) -> str:
    """`value` as JSON would write it, but numbers through `format_number`."""
    if isinstance(value, float):
        return format_number(value, single)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k), ensure_ascii=False)}: {_as_text(v, single)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_as_text(v, single) for v in value) + "]"
    if isinstance(value, np.generic):
        return _as_text(value.item(), single)
    if isinstance(value, (str, int, bool)) or value is None:
        return json.dumps(value, ensure_ascii=False)
    return json.dumps(_default(value), ensure_ascii=False)


def _render(values: list, total: int, component: str, single: bool = False) -> str:  # type: ignore[type-arg]
    """`values` (the first of `total`) as text, cut to `MAX_TEXT` characters (`single`: float32 numbers)."""
    if component == COLOR:
        text = ", ".join("null" if v is None else rgba_hex(v) for v in values)
    else:
        shown = [_colors_as_hex(v) for v in values]
        text = _as_text(shown if len(shown) != 1 else shown[0], single)
    if total > len(values):
        text += f" … ({total} values)"
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + " …"


def _default(value: object) -> object:
    if isinstance(value, (bytes, bytearray)):
        return f"<{len(value)} bytes>"
    if isinstance(value, np.generic):
        return value.item()
    return str(value)


def _is_single(arrow_type: object) -> bool:
    """Whether the numbers of an Arrow type are float32 (and none float64)."""
    text = str(arrow_type)
    return "float" in text and "double" not in text


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
            text = _render(batch.slice(instance, 1).to_pylist(), 1, name, _is_single(batch.type))
        else:  # no instance, or a batch without it (a single color for all points): all values
            text = _render(batch.slice(0, MAX_INSTANCES).to_pylist(), len(batch), name, _is_single(batch.type))
        out.append(P.ComponentValue(name, text, len(batch), res.row_id.hex(), res.time))
    return out
