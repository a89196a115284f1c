"""The frame codec of the viewer's WebSocket: JSON plus binary buffers in one frame.

It knows bytes, JSON and numpy arrays, nothing about messages (those are declared in `protocol`).

Wire format (both directions, one *binary* WebSocket frame per message)::

    [u32 LE json_len][json_len bytes of UTF-8 JSON][zero padding up to an 8-aligned offset][buffers]

The buffer area starts at ``align8(4 + json_len)`` from the start of the frame. A binary array in
the JSON is a reference ``{"buf": i, "dtype": "f32", "shape": [n, 3]}`` and the top-level
``"buffers"`` lists ``[offset, length]`` of each buffer relative to the buffer area (every offset
8-aligned), so typed arrays can view the frame without copying. Bulk numbers never go into the JSON.
"""

from __future__ import annotations

import dataclasses
import json
import math
import struct
from typing import Any, Literal

import numpy as np

#: Wire dtype name -> numpy dtype. The TypeScript side maps them to typed arrays.
DTYPES: dict[str, np.dtype] = {
    "u8": np.dtype("<u1"),
    "u16": np.dtype("<u2"),
    "u32": np.dtype("<u4"),
    "u64": np.dtype("<u8"),
    "i8": np.dtype("<i1"),
    "i16": np.dtype("<i2"),
    "i32": np.dtype("<i4"),
    "i64": np.dtype("<i8"),
    "f32": np.dtype("<f4"),
    "f64": np.dtype("<f8"),
}
_NAME_OF_DTYPE = {dt: name for name, dt in DTYPES.items()}

DType = Literal["u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64", "f32", "f64"]


class ProtocolError(ValueError):
    """A frame or message that does not follow the protocol."""


def wire_array(values: Any) -> np.ndarray:
    """`values` as a C-contiguous little-endian array of a wire dtype (bool -> u8, f16 -> f32)."""
    arr = np.asarray(values)
    if arr.dtype == np.bool_:
        arr = arr.astype(np.uint8)
    elif arr.dtype == np.float16:
        arr = arr.astype(np.float32)
    elif arr.dtype.kind in "iuf" and arr.dtype.newbyteorder("<") in _NAME_OF_DTYPE:
        arr = arr.astype(arr.dtype.newbyteorder("<"), copy=False)
    else:
        raise TypeError(f"no wire dtype for numpy dtype {arr.dtype}")
    return np.ascontiguousarray(arr)


def _align8(n: int) -> int:
    return (n + 7) & ~7


def to_json(value: Any, buffers: list[np.ndarray]) -> Any:
    """`value` (dataclasses, dicts, lists, scalars, numpy arrays) as JSON-able data; each array is
    appended to `buffers` and replaced by its ``{"buf", "dtype", "shape"}`` reference."""
    # The common plain types first, by exact type: a scene answer holds tens of thousands of them.
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is float:
        return value if math.isfinite(value) else None  # JSON has no NaN/inf
    if kind is list:
        if len(value) > 8 and set(map(type, value)) == {str}:  # (labels: checked in C, not one call each)
            return value
        return [to_json(v, buffers) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name), buffers) for f in dataclasses.fields(value)}
    if isinstance(value, np.ndarray):
        arr = wire_array(value)
        buffers.append(arr)
        return {"buf": len(buffers) - 1, "dtype": _NAME_OF_DTYPE[arr.dtype], "shape": list(arr.shape)}
    if isinstance(value, dict):
        return {str(k): to_json(v, buffers) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v, buffers) for v in value]
    if isinstance(value, (bool, str)) or value is None:
        return value
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        v = float(value)
        return v if np.isfinite(v) else None  # JSON has no NaN/inf
    raise TypeError(f"cannot encode {type(value).__name__} in a protocol message")


def encode_frame(obj: dict[str, Any], buffers: list[np.ndarray]) -> bytes:
    """One frame from a JSON-able dict (whose ArrayRefs index `buffers`) and the buffers."""
    offsets: list[list[int]] = []
    pos = 0
    for arr in buffers:
        offsets.append([pos, arr.nbytes])
        pos = _align8(pos + arr.nbytes)
    body = dict(obj)
    body["buffers"] = offsets
    text = json.dumps(body, separators=(",", ":"), allow_nan=False, ensure_ascii=False).encode()
    head = 4 + len(text)
    parts: list[bytes | memoryview] = [struct.pack("<I", len(text)), text, b"\0" * (_align8(head) - head)]
    for arr, (_, length) in zip(buffers, offsets):
        if length:  # memoryview cannot cast an empty array of shape (0, 3)
            parts.append(memoryview(arr).cast("B"))  # type: ignore[arg-type]
        parts.append(b"\0" * (_align8(length) - length))
    return b"".join(parts)


def _check_depth(value: Any, max_depth: int) -> None:
    """ProtocolError if arrays and objects nest deeper than `max_depth` (iterative: no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > max_depth:
            raise ProtocolError(f"frame JSON nests deeper than {max_depth} levels")
        stack.extend((child, depth + 1) for child in children)


def decode_frame(
    data: bytes | bytearray | memoryview, *, max_depth: int | None = None
) -> tuple[dict[str, Any], list[memoryview]]:
    """
    Split a frame into its JSON object and its buffers (views of `data`).

    Raises ProtocolError for anything malformed, including JSON nested deeper than `max_depth`
    arrays/objects (when given) or too deep for Python's parser.
    """
    view = memoryview(data).cast("B")
    if len(view) < 4:
        raise ProtocolError(f"frame of {len(view)} bytes is too short")
    (json_len,) = struct.unpack_from("<I", view, 0)
    if 4 + json_len > len(view):
        raise ProtocolError(f"frame says {json_len} bytes of JSON but has {len(view) - 4}")
    try:
        obj = json.loads(bytes(view[4 : 4 + json_len]).decode())
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ProtocolError(f"frame JSON is malformed: {err}") from err
    except RecursionError:
        raise ProtocolError("frame JSON nests too deeply") from None
    if max_depth is not None:
        _check_depth(obj, max_depth)
    if not isinstance(obj, dict) or not isinstance(obj.get("type"), str):
        raise ProtocolError("frame JSON is not an object with a string 'type'")
    area = view[_align8(4 + json_len) :]
    buffers: list[memoryview] = []
    for entry in obj.pop("buffers", None) or []:
        if not (isinstance(entry, list) and len(entry) == 2 and all(isinstance(x, int) and x >= 0 for x in entry)):
            raise ProtocolError(f"bad buffer entry {entry!r}")
        start, length = entry
        if start + length > len(area):
            raise ProtocolError(f"buffer [{start}, {start + length}) lies outside the frame")
        buffers.append(area[start : start + length])
    return obj, buffers


def _resolve_arrays(value: Any, buffers: list[memoryview]) -> Any:
    if isinstance(value, dict):
        if set(value) == {"buf", "dtype", "shape"} and isinstance(value["buf"], int):
            if not 0 <= value["buf"] < len(buffers) or value["dtype"] not in DTYPES:
                raise ProtocolError(f"bad array reference {value!r}")
            arr = np.frombuffer(buffers[value["buf"]], DTYPES[value["dtype"]])
            try:
                return arr.reshape(value["shape"])
            except (ValueError, TypeError) as err:
                raise ProtocolError(f"array of {arr.size} values does not fit shape {value['shape']}") from err
        return {k: _resolve_arrays(v, buffers) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve_arrays(v, buffers) for v in value]
    return value


def decode_to_dict(data: bytes | bytearray | memoryview, *, max_depth: int | None = None) -> dict[str, Any]:
    """Decode any frame to plain data: `ArrayRef`s become (read-only) numpy arrays."""
    obj, buffers = decode_frame(data, max_depth=max_depth)
    return _resolve_arrays(obj, buffers)


__all__ = [
    "DTYPES",
    "DType",
    "ProtocolError",
    "decode_frame",
    "decode_to_dict",
    "encode_frame",
    "to_json",
    "wire_array",
]
