"""
Arrow values as JSON and back, exactly, for the generic `rerun.Components` message of the MCAP export.

JSON has no unions and no bytes, so the convention is: structs are objects, lists are arrays,
a dense-union value is an object with one key, its variant (`{"Quaternion": [0, 0, 0, 1]}`),
binary is a base64 string, and non-finite floats are null. `from_json` reads it back into the
Arrow type Rerun gives the component, so an export read again keeps every component.
"""

from __future__ import annotations

import base64
import math
from typing import Any

import numpy as np
import pyarrow as pa


def to_json(array: pa.Array) -> list[Any]:
    """The values of `array` as JSON values (see the module docstring); nulls are None."""
    t = array.type
    if not _needs_walk(t):
        return _finite(array.to_pylist()) if _has_floats(t) else array.to_pylist()
    if pa.types.is_union(t):
        # From the buffers: pyarrow's `type_codes` and `offsets` of a sliced union ignore its offset.
        window = slice(array.offset, array.offset + len(array))
        buffers = array.buffers()
        codes = np.frombuffer(buffers[1], np.int8)[window]
        offsets = np.frombuffer(buffers[2], np.int32)[window] if t.mode == "dense" else np.arange(window.start, window.stop)
        children = {code: (t.field(i).name, to_json(array.field(i))) for i, code in enumerate(t.type_codes)}
        out: list[Any] = []
        for code, offset in zip(codes, offsets):
            name, values = children[int(code)]
            value = values[int(offset)]
            out.append(None if value is None and name == "_null_markers" else {name: value})
        return out
    if pa.types.is_struct(t):
        fields = {t.field(i).name: to_json(array.field(i)) for i in range(t.num_fields)}
        valid = array.is_valid().to_pylist()
        return [{k: v[i] for k, v in fields.items()} if valid[i] else None for i in range(len(array))]
    if pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
        valid = array.is_valid().to_pylist()
        return [to_json(array[i].values) if valid[i] else None for i in range(len(array))]
    if pa.types.is_binary(t) or pa.types.is_large_binary(t) or pa.types.is_fixed_size_binary(t):
        return [None if v is None else base64.b64encode(v).decode("ascii") for v in array.to_pylist()]
    if pa.types.is_floating(t):
        return [None if v is None or not math.isfinite(v) else v for v in array.to_pylist()]
    return array.to_pylist()


def from_json(values: list[Any], t: pa.DataType) -> pa.Array:
    """The Arrow array of type `t` that `to_json` gave `values` for. Raises ValueError/TypeError/ArrowException if they do not fit."""
    if pa.types.is_union(t):
        names = [t.field(i).name for i in range(t.num_fields)]
        grouped: list[list[Any]] = [[] for _ in names]
        codes, offsets = [], []
        for value in values:
            if value is None:
                if "_null_markers" not in names:
                    raise ValueError(f"a null where {t} has no null variant")
                index, item = names.index("_null_markers"), None
            elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in names:
                name, item = next(iter(value.items()))
                index = names.index(name)
            else:
                raise ValueError(f"expected one of {names} as {{variant: value}}, got {value!r:.80}")
            codes.append(t.type_codes[index])
            offsets.append(len(grouped[index]))
            grouped[index].append(item)
        if t.mode != "dense":
            raise TypeError(f"sparse unions are not read back ({t})")
        children = [from_json(group, t.field(i).type) for i, group in enumerate(grouped)]
        # From buffers, so the exact type (its variants' nullability) is kept.
        ids, offs = pa.py_buffer(np.array(codes, np.int8).tobytes()), pa.py_buffer(np.array(offsets, np.int32).tobytes())
        return pa.Array.from_buffers(t, len(values), [None, ids, offs], children=children)
    if pa.types.is_struct(t):
        mask = pa.array([v is None for v in values], pa.bool_())
        fields = [from_json([None if v is None else v.get(t.field(i).name) for v in values], t.field(i).type) for i in range(t.num_fields)]
        return pa.StructArray.from_arrays(fields, fields=[t.field(i) for i in range(t.num_fields)], mask=mask)
    if pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
        flat = [item for v in values if v is not None for item in v]
        child = from_json(flat, t.value_type)
        mask = pa.array([v is None for v in values], pa.bool_())
        if pa.types.is_fixed_size_list(t):
            if any(v is not None and len(v) != t.list_size for v in values):
                raise ValueError(f"a list of other than {t.list_size} values for {t}")
            # null rows still take list_size slots in the child
            padded: list[Any] = []
            for v in values:
                padded.extend([None] * t.list_size if v is None else v)
            return pa.FixedSizeListArray.from_arrays(from_json(padded, t.value_type), type=t, mask=mask)
        offsets, at = [0], 0
        for v in values:
            at += 0 if v is None else len(v)
            offsets.append(at)
        list_class = pa.LargeListArray if pa.types.is_large_list(t) else pa.ListArray
        return list_class.from_arrays(pa.array(offsets, pa.int64() if list_class is pa.LargeListArray else pa.int32()), child, type=t, mask=mask)
    if pa.types.is_binary(t) or pa.types.is_large_binary(t) or pa.types.is_fixed_size_binary(t):
        return pa.array([None if v is None else base64.b64decode(v) for v in values], type=t)
    if pa.types.is_floating(t):
        return pa.array([math.nan if v is None else v for v in values], type=t)
    return pa.array(values, type=t)


def _children(t: pa.DataType) -> list[pa.DataType]:
    return [t.field(i).type for i in range(t.num_fields)] if (pa.types.is_struct(t) or pa.types.is_union(t)) else (
        [t.value_type] if (pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t)) else []
    )


def _needs_walk(t: pa.DataType) -> bool:
    """Whether `to_pylist` would lose something JSON needs: a union's variant, or bytes."""
    if pa.types.is_union(t) or pa.types.is_binary(t) or pa.types.is_large_binary(t) or pa.types.is_fixed_size_binary(t):
        return True
    return any(_needs_walk(c) for c in _children(t))


def _has_floats(t: pa.DataType) -> bool:
    return pa.types.is_floating(t) or any(_has_floats(c) for c in _children(t))


def _finite(value: Any) -> Any:
    """Non-finite floats as None, anywhere in a `to_pylist` value (JSON has no NaN)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, list):
        return [_finite(v) for v in value]
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    return value
