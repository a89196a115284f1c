"""Loose in, strict out: converters from what users pass to one exact storage.

Each converter takes user data and returns either a numpy array (primitive storage: shape
(n,), or (n, k) for fixed-size lists) or a `pyarrow.Array` of the exact storage type.
They raise `TypeError` (wrong kind of value) or `ValueError` (right kind, wrong shape or
range) with a message saying what was expected; the archetype adds which field it was.
Numpy arrays are converted as a whole: no per-element Python loops.
"""

from __future__ import annotations

import io
import pathlib
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pyarrow as pa

from . import arrow_types as T
from .batch import Deferred, Value
from .errors import soft_problem


def describe(data: Any) -> str:
    """A short description of a value for error messages."""
    if isinstance(data, np.ndarray):
        return f"numpy array of shape {data.shape} and dtype {data.dtype}"
    text = repr(data)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{type(data).__name__} {text}"


def as_numeric(data: Any, what: str) -> np.ndarray:
    """
    Any array-like of numbers as a numpy array (bool and object arrays refused).

    Numbers written as text (`"1.5"`, as read from a CSV file) and `None` (as NaN) are read as
    float64, as Rerun 0.17 does (numpy's float conversion). Raises ValueError for other text
    (`"far"`) and other non-numbers.
    """
    if isinstance(data, (pa.Array, pa.ChunkedArray)):
        data = data.to_numpy(zero_copy_only=False)
    if isinstance(data, bytes):
        raise ValueError(f"expected {what}, got {describe(data)}")
    try:
        arr = np.asarray(data)
    except (ValueError, TypeError) as err:
        raise ValueError(f"expected {what}, got ragged or mixed input {describe(data)}") from err
    if arr.dtype.kind == "U" and arr.size:
        # Numbers as text: whole ones as int64 (colors "255" are 0-255 values, as numpy's
        # conversion to uint8 reads them in 0.17), others as float64.
        try:
            arr = arr.astype(np.int64)
        except (ValueError, OverflowError):
            try:
                arr = arr.astype(np.float64)
            except (ValueError, OverflowError) as err:
                raise ValueError(f"expected {what}, got {describe(data)}") from err
    elif arr.dtype.kind == "O" and arr.size:
        # Any real number type (`fractions.Fraction`, ...), None: as float64.
        try:
            arr = arr.astype(np.float64)
        except (TypeError, ValueError, OverflowError) as err:
            raise ValueError(f"expected {what}, got {describe(data)}") from err
    if arr.dtype.kind not in "biuf":  # bool, ints, floats; not complex, bytes, dates or objects
        raise ValueError(f"expected {what}, got {describe(data)}")
    return arr


def drop_trailing_unit_dims(arr: np.ndarray, keep: int = 2) -> np.ndarray:
    """`arr` without trailing size-1 dimensions beyond the first `keep`: `(n, 3, 1, 1)` -> `(n, 3)`, as 0.17 reads it."""
    shape = arr.shape
    while len(shape) > keep and shape[-1] == 1:
        shape = shape[:-1]
    return arr.reshape(shape) if shape != arr.shape else arr


# Numbers beyond float32's range become +-inf as in Rerun 0.17, without numpy's RuntimeWarning
# (the only warnings users get are RerunWarnings); NaN and inf checks stay quiet too.
def quiet_numpy() -> Any:
    return np.errstate(over="ignore", invalid="ignore")


def floats(data: Any, dtype: Any = np.float32) -> np.ndarray:
    """One or many numbers -> 1-D float array."""
    if (type(data) is float or type(data) is int) and -1e38 < data < 1e38:  # the common `rr.Scalar(x)` case, kept cheap
        return np.array([data], dtype=dtype)
    arr = as_numeric(data, "numbers")
    with quiet_numpy():
        return np.ascontiguousarray(arr, dtype=dtype).reshape(-1)


def float64s(data: Any) -> np.ndarray:
    return floats(data, np.float64)


def plain_numbers(values: list[Any] | tuple[Any, ...]) -> bool:
    """Whether every value is a Python int or float that float32 holds without overflow (a loop: a generator costs twice as much)."""
    for x in values:
        if not ((type(x) is float or type(x) is int) and -1e38 < x < 1e38):
            return False
    return True


def vectors(n: int, dtype: Any = np.float32):
    """Converter for fixed-size vectors: one vector, many, or a flat run of numbers -> (m, n)."""

    to_integers = np.dtype(dtype).kind in "iu"

    def convert(data: Any) -> np.ndarray:
        if type(data) is np.ndarray and data.dtype == dtype and data.ndim == 2 and data.shape[1] == n:
            return np.ascontiguousarray(data)  # (m, n) of the storage type already, the common numpy case: as it is
        if not to_integers and (type(data) is list or type(data) is tuple) and len(data) == n and plain_numbers(data):
            return np.array(data, dtype=dtype).reshape(1, n)  # one vector of plain numbers (`translation=[x, y, z]`)
        if isinstance(data, Sequence) and data and not isinstance(data, (str, bytes)) and hasattr(data[0], "__array__"):
            data = [np.asarray(d) for d in data]  # a list of Vec3D-like objects
        arr = as_numeric(data, f"vectors of {n} numbers")
        if arr.ndim >= 2 and arr.shape[-1] != n:
            arr = drop_trailing_unit_dims(arr, keep=1)  # `(m, 3, 1, 1)`: Rerun 0.17 accepts it
        if arr.size % n != 0 or (arr.ndim >= 2 and arr.shape[-1] != n):
            raise ValueError(f"expected vectors of {n} numbers (shape (n, {n})), got {describe(arr)}")
        if arr.dtype == dtype:  # already the storage type (the common numpy case): nothing to convert or check
            return np.ascontiguousarray(arr).reshape(-1, n)
        with quiet_numpy():
            if to_integers:
                if arr.size and (np.issubdtype(arr.dtype, np.floating) and not np.all(np.mod(arr, 1) == 0)):
                    raise ValueError(f"expected whole numbers, got {describe(arr)}")
                info = np.iinfo(dtype)
                if arr.size and (arr.min() < info.min or arr.max() > info.max):
                    raise ValueError(f"expected values in {info.min}..{info.max}, got {describe(arr)}")
            return np.ascontiguousarray(arr, dtype=dtype).reshape(-1, n)

    return convert


def unsigned(dtype: Any):
    """Converter for unsigned ids (class ids, keypoint ids, indices), refusing out-of-range values."""
    info = np.iinfo(dtype)

    def convert(data: Any) -> np.ndarray:
        arr = as_numeric(data, f"whole numbers in 0..{info.max}").reshape(-1)
        with quiet_numpy():
            if arr.size:
                if np.issubdtype(arr.dtype, np.floating) and not np.all(np.mod(arr, 1) == 0):
                    if not np.all(np.isfinite(arr)):
                        raise ValueError(f"expected whole numbers in 0..{info.max}, got {describe(arr)}")
                    # Rerun 0.17 truncates fractional ids toward zero and logs them: so do we, saying so.
                    soft_problem(f"expected whole numbers for ids, got fractions ({describe(arr)}); they were truncated toward zero as Rerun 0.17 does")
                    arr = np.trunc(arr)
                if arr.min() < 0 or arr.max() > info.max:
                    raise ValueError(f"expected whole numbers in 0..{info.max}, got values {arr.min()}..{arr.max()}")
            return np.ascontiguousarray(arr, dtype=dtype)

    return convert


def bools(data: Any) -> np.ndarray:
    if isinstance(data, (bool, np.bool_)):
        return np.array([bool(data)])
    arr = np.asarray(data)
    if arr.dtype != np.bool_:
        raise TypeError(f"expected True or False, got {describe(data)}")
    return arr.reshape(-1)


def _utf8_array(items: list[str]) -> pa.Array:
    return pa.array(items, T.UTF8)


def _valid_text(items: list[str]) -> list[str]:
    """`items`, after checking each encodes as UTF-8: a lone surrogate ('\\ud800') raises ValueError here,
    at the user's call, instead of failing the batcher's Arrow build of a whole chunk later."""
    for text in items:
        if not text.isascii():
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as err:
                raise ValueError(
                    f"text {text!r} is not valid Unicode: lone surrogate {text[err.start]!r} at position {err.start}"
                ) from None
    return items


def strings(data: Any) -> pa.Array | Deferred:
    """One string or many; other scalars are turned into text as Rerun does (`str()`)."""
    if type(data) is str:
        return Deferred([data] if data.isascii() else _valid_text([data]), _utf8_array)
    if isinstance(data, pa.Array) and pa.types.is_string(data.type):
        return data
    if isinstance(data, (str, int, float, np.generic)):
        return Deferred(_valid_text([str(data)]), _utf8_array)
    if isinstance(data, Value) and isinstance(data._value, str):  # `rr.MediaType.MARKDOWN`, `rr.TextLogLevel.WARN`
        return Deferred(_valid_text([data._value]), _utf8_array)
    if isinstance(data, bytes):
        raise TypeError(f"expected text, got bytes {describe(data)}")
    if isinstance(data, np.ndarray):
        return pa.array([str(x) for x in data.reshape(-1).tolist()], T.UTF8)
    if isinstance(data, Iterable):
        items = list(data)
        if all(type(x) is str for x in items):
            return Deferred(_valid_text(items), _utf8_array)
        for x in items:
            if x is None or isinstance(x, (bytes, list, tuple, dict, set)):
                raise TypeError(f"expected text, got {describe(x)} in {describe(data)}")
        return Deferred(_valid_text([str(x) for x in items]), _utf8_array)
    raise TypeError(f"expected text or a list of texts, got {describe(data)}")


def _scale_colors(arr: np.ndarray) -> np.ndarray:
    """Color components (0-255 ints, or 0-1 floats) as uint8, the way Rerun 0.17 converts them."""
    if np.issubdtype(arr.dtype, np.floating):
        if arr.size and not np.isfinite(arr).all():
            raise ValueError(f"expected finite color values, got NaN or infinity in {describe(arr)}")
        if arr.size and (arr.min() < 0.0 or arr.max() > 1.0):
            soft_problem(
                f"float colors are expected in 0-1, got values {arr.min():g}..{arr.max():g}; "
                "they were scaled by 255 and wrapped as Rerun 0.17 does (pass integers for 0-255 colors)"
            )
        with quiet_numpy():  # huge values wrap like Rerun 0.17's (after the warning above)
            return np.round(arr.astype(np.float64) * 255.0).astype(np.int64).astype(np.uint8)
    if arr.size and (arr.min() < 0 or arr.max() > 255):
        soft_problem(
            f"integer color components are expected in 0-255, got values {arr.min()}..{arr.max()}; "
            "they were wrapped to 8 bits as Rerun 0.17 does"
        )
    return arr.astype(np.int64).astype(np.uint8)


def _pack_rgba(components: np.ndarray) -> np.ndarray:
    """(n, 3|4) uint8 -> packed 0xRRGGBBAA uint32 (alpha 255 when absent)."""
    n, k = components.shape
    c = components.astype(np.uint32)
    alpha = c[:, 3] if k == 4 else np.uint32(255)
    return (c[:, 0] << 24) | (c[:, 1] << 16) | (c[:, 2] << 8) | alpha


def colors(data: Any) -> np.ndarray:
    """
    Colors as packed RGBA uint32.

    Accepts one color or many: packed 0xRRGGBBAA integers, RGB or RGBA sequences of 0-255
    integers or 0-1 floats, (n, 3) / (n, 4) arrays, or `Color`/`Rgba32` objects.
    """
    kind = type(data)
    if kind is list or kind is tuple:
        # One RGB(A) color as plain 0-255 ints (`colors=[255, 0, 0]`), the most common form, packed
        # without numpy (and without a generator: this runs for every logged entity).
        if len(data) == 3:
            r, g, b = data
            a = 255
        elif len(data) == 4:
            r, g, b, a = data
        else:
            r = None
        if (
            type(r) is int and type(g) is int and type(b) is int and type(a) is int
            and 0 <= r <= 255 and 0 <= g <= 255 and 0 <= b <= 255 and 0 <= a <= 255
        ):
            return np.array([(r << 24) | (g << 16) | (b << 8) | a], dtype=np.uint32)
    if isinstance(data, (int, np.integer)) and not isinstance(data, bool):
        return _packed(np.array([data]))
    if isinstance(data, Sequence) and data and not isinstance(data, (str, bytes)) and hasattr(data[0], "rgba"):
        return np.array([int(c.rgba) for c in data], dtype=np.uint32)
    if hasattr(data, "rgba"):
        return np.array([int(data.rgba)], dtype=np.uint32)
    arr = as_numeric(data, "colors (RGB/RGBA values or packed 0xRRGGBBAA integers)")
    if arr.dtype == np.bool_:
        raise ValueError(f"expected colors, got {describe(data)}")
    if arr.ndim == 0 or arr.dtype == np.uint32:
        return _packed(arr.reshape(-1))  # as in Rerun 0.17, u32 arrays hold packed colors whatever their shape
    arr = drop_trailing_unit_dims(arr)  # `(n, 3, 1)`: as Rerun 0.17 reads it
    if arr.ndim == 1:
        if len(arr) in (3, 4):
            return _pack_rgba(_scale_colors(arr).reshape(1, -1))
        if len(arr) == 0:
            return np.zeros(0, np.uint32)
        is_int = np.issubdtype(arr.dtype, np.integer)
        if len(arr) % 4 == 0 and (not is_int or (arr.min() >= 0 and arr.max() <= 255)):
            return _pack_rgba(_scale_colors(arr.reshape(-1, 4)))  # a flat run of RGBA values, as 0.17 reads it
        if is_int:
            return _packed(arr)
        raise ValueError(f"expected RGB or RGBA values (3 or 4 numbers per color), got {describe(arr)}")
    if arr.ndim == 2 and arr.shape[1] in (3, 4):
        return _pack_rgba(_scale_colors(arr))
    if arr.ndim == 2 and arr.shape[1] == 1 and np.issubdtype(arr.dtype, np.integer):
        return _packed(arr.reshape(-1))
    raise ValueError(f"expected colors of shape (n, 3) or (n, 4), got {describe(arr)}")


def one_color(data: Any) -> int:
    """Exactly one color (any form `colors` takes) as packed 0xRRGGBBAA."""
    packed = colors(data)
    if len(packed) != 1:
        raise ValueError(f"expected one color, got {len(packed)}: {describe(data)}")
    return int(packed[0])


def _packed(arr: np.ndarray) -> np.ndarray:
    if not np.issubdtype(arr.dtype, np.integer):
        raise ValueError(f"expected packed 0xRRGGBBAA integer colors, got {describe(arr)}")
    in_range = arr.dtype.kind == "u" and arr.dtype.itemsize <= 4  # no need to look at the values
    if arr.size and not in_range and (arr.min() < 0 or arr.max() > 0xFFFFFFFF):
        raise ValueError(f"expected packed colors in 0..0xFFFFFFFF, got {describe(arr)}")
    return arr.astype(np.uint32).reshape(-1)


def blobs(data: Any) -> pa.Array:
    """Bytes (or a readable binary file, or a uint8 array) -> one blob."""
    if isinstance(data, (io.BufferedReader, io.BytesIO, io.RawIOBase)) or hasattr(data, "read"):
        data = data.read()
    if isinstance(data, (bytes, bytearray, memoryview)):
        values = pa.array(np.frombuffer(bytes(data), dtype=np.uint8), T.U8)
        return pa.ListArray.from_arrays(pa.array([0, len(values)], pa.int32()), values, type=T.BLOB)
    if isinstance(data, np.ndarray) and data.dtype == np.uint8:
        values = pa.array(data.reshape(-1), T.U8)
        return pa.ListArray.from_arrays(pa.array([0, len(values)], pa.int32()), values, type=T.BLOB)
    if isinstance(data, (str, pathlib.Path)):
        raise TypeError("expected the contents as bytes; to read a file pass it as `path=`")
    raise TypeError(f"expected bytes or a binary file, got {describe(data)}")


def line_strips(n: int):
    """Converter for line strips: one strip (list of points) or many strips of any lengths."""
    to_points = vectors(n)
    strip_type = T.LINE_STRIP2 if n == 2 else T.LINE_STRIP3

    def convert(data: Any) -> pa.Array:
        strips: list[Any]
        if hasattr(data, "points") and not isinstance(data, (Sequence, np.ndarray)):
            strips = [data.points]  # one `rr.components.LineStrip3D(...)`, as Rerun 0.17 accepts
        elif isinstance(data, np.ndarray):
            data = drop_trailing_unit_dims(data, keep=3)  # `(m, k, 3, 1)`: as Rerun 0.17 reads it
            if data.ndim == 2:
                strips = [data]
            elif data.ndim == 3:
                strips = list(data)
            else:
                raise ValueError(f"expected strips of {n}D points, got {describe(data)}")
        elif isinstance(data, Sequence) and not isinstance(data, (str, bytes)):
            if len(data) == 0:
                strips = []
            else:
                first = np.asarray(data[0], dtype=object) if not isinstance(data[0], np.ndarray) else data[0]
                # A single strip is a list of points; a batch is a list of such lists.
                strips = [data] if first.ndim == 1 and not _is_strip_like(data[0]) else list(data)
        else:
            raise TypeError(f"expected line strips (lists of {n}D points), got {describe(data)}")
        points = [to_points(s) for s in strips]
        lengths = np.array([len(p) for p in points], dtype=np.int32)
        offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int32)
        flat = np.concatenate(points) if points else np.zeros((0, n), np.float32)
        values = T.numpy_to_arrow(flat, T.fixed_list(T.F32, n))
        return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), values, type=strip_type)

    return convert


def _is_strip_like(item: Any) -> bool:
    """True when `item` is itself a list of points (so the outer list is a batch of strips)."""
    if hasattr(item, "points"):
        return True
    if isinstance(item, np.ndarray):
        return item.ndim == 2
    if isinstance(item, Sequence) and not isinstance(item, (str, bytes)) and len(item) > 0:
        return isinstance(item[0], (Sequence, np.ndarray)) and not isinstance(item[0], (str, bytes))
    return False


def enum_codes(union_type: pa.DataType, enum_name: str):
    """Converter for an enum: enum members, case-insensitive names, or lists of either."""
    variants = [union_type.field(i).name for i in range(1, union_type.num_fields)]
    lookup = {v.lower(): i + 1 for i, v in enumerate(variants)}

    def one(value: Any) -> int:
        name = getattr(value, "name", value) if not isinstance(value, str) else value
        if isinstance(name, str):
            code = lookup.get(name.lower().replace("_", ""))
            if code is not None:
                return code
        raise ValueError(f"unknown {enum_name} {value!r}; expected one of {', '.join(variants)} (case-insensitive)")

    def convert(data: Any) -> pa.Array:
        items = [data] if isinstance(data, str) or not isinstance(data, Iterable) else list(data)
        return T.enum_array(union_type, np.array([one(v) for v in items], dtype=np.int8))

    # Variant names compared without underscores so `MIN_MAX` and `minmax` both work.
    lookup = {k.replace("_", ""): v for k, v in lookup.items()}
    return convert
