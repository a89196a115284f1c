"""TensorData: an n-dimensional numpy array (or encoded image bytes) with named dimensions."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pyarrow as pa

from . import arrow_types as T
from .batch import Deferred, checked_when_logged
from .convert import describe
from .copies import protective_copy
from .errors import as_rerun017

_CODE_OF_DTYPE = {dtype: i + 1 for i, (name, dtype) in enumerate(T.TENSOR_BUFFER_VARIANTS) if name not in ("JPEG", "NV12", "YUY2")}
ENCODED_CODES = {"JPEG": 12, "NV12": 13, "YUY2": 14}


@checked_when_logged
class TensorDimension:
    """One dimension of a tensor: its size and an optional name (e.g. "height")."""

    def __init__(self, size: int | np.integer, name: str | None = None) -> None:
        if isinstance(size, bool) or not isinstance(size, (int, np.integer)) or size < 0:
            raise ValueError(f"expected a dimension size (a whole number >= 0), got {describe(size)}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"expected a dimension name (text), got {describe(name)}")
        self.size = int(size)
        self.name = name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TensorDimension) and (self.size, self.name) == (other.size, other.name)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TensorDimension(size={self.size}, name={self.name!r})"


def _dimension(value: Any) -> TensorDimension:
    """A `TensorDimension` from one, a size, a `(size, name)` pair, or an object with `size`/`name`."""
    if isinstance(value, TensorDimension):
        return value
    if isinstance(value, (int, np.integer)):
        return TensorDimension(value)
    if isinstance(value, (tuple, list)) and 1 <= len(value) <= 2:
        return TensorDimension(*value)
    if hasattr(value, "size") and hasattr(value, "name"):
        return TensorDimension(value.size, value.name)
    raise TypeError(f"expected a dimension size, (size, name) or TensorDimension, got {describe(value)}")


_KIND_OF_VARIANT = {name: name.lower() for name, _ in T.TENSOR_BUFFER_VARIANTS}
_VARIANT_OF_KIND = {kind: name for name, kind in _KIND_OF_VARIANT.items()}
_DTYPE_OF_VARIANT = dict(T.TENSOR_BUFFER_VARIANTS)


@checked_when_logged
class TensorBuffer:
    """
    The flat values of a tensor and their element type, as Rerun 0.17's `TensorBuffer` union.

    Parameters
    ----------
    inner:
        The values (any shape; kept flat as a numpy array of the kind's dtype).
    kind:
        `"u8"`, `"u16"`, `"u32"`, `"u64"`, `"i8"`-`"i64"`, `"f16"`, `"f32"`, `"f64"`, or an encoding
        of bytes: `"jpeg"`, `"nv12"`, `"yuy2"`.

    Raises
    ------
    ValueError
        For an unknown kind.

    """

    def __init__(self, inner: Any, kind: str = "u8") -> None:
        variant = _VARIANT_OF_KIND.get(str(kind).lower())
        if variant is None:
            raise ValueError(f"unknown TensorBuffer kind {kind!r}; expected one of {', '.join(_VARIANT_OF_KIND)}")
        self.kind = variant.lower()
        if isinstance(inner, (bytes, bytearray, memoryview)):
            inner = np.frombuffer(bytes(inner), np.uint8)
        self.inner = np.asarray(inner, dtype=_DTYPE_OF_VARIANT[variant]).reshape(-1)

    @property
    def _code(self) -> int:
        return [name for name, _ in T.TENSOR_BUFFER_VARIANTS].index(_VARIANT_OF_KIND[self.kind]) + 1

    def as_arrow(self) -> pa.Array:
        """This buffer as a one-element TensorBuffer union array."""
        return _buffer_array(self.inner, self._code)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TensorBuffer) and self.kind == other.kind and bool(np.array_equal(self.inner, other.inner))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TensorBuffer(kind={self.kind!r}, {len(self.inner)} values)"


@functools.lru_cache(maxsize=256)
def _shape_array(sizes: tuple[int, ...], names: tuple[str | None, ...]) -> pa.Array:
    """A tensor's shape as a one-element list of TensorDimension: made once per shape (a camera's
    frames all have the same), since building it costs as much as the rest of an image's conversion."""
    shape = pa.StructArray.from_arrays([pa.array(sizes, T.U64), pa.array(names, T.UTF8)], fields=list(T.TENSOR_DIMENSION))
    return pa.ListArray.from_arrays(pa.array([0, len(sizes)], pa.int32()), shape, type=T.TENSOR_DATA[0].type)


@functools.cache
def _one_row_union_parts(code: int) -> tuple[pa.Buffer, pa.Buffer, tuple[pa.Array, ...]]:
    """The type id and offset buffers of a one-row TensorBuffer union of variant `code`, and its
    empty children: the same for every image, so made once rather than per image."""
    type_ids = pa.py_buffer(np.array([code], np.int8))
    offsets = pa.py_buffer(np.zeros(1, np.int32))
    return type_ids, offsets, T.empty_union_children(T.TENSOR_BUFFER)


def _buffer_array(flat: np.ndarray, code: int) -> pa.Array:
    """A one-row TensorBuffer union holding `flat` (1-D, the dtype of variant `code`) without copying it."""
    child_type = T.TENSOR_BUFFER.field(code).type
    values = pa.array(flat, child_type.value_type)
    child = pa.Array.from_buffers(child_type, 1, [None, _list_offsets(len(flat))], children=[values])
    type_ids, offsets, empty = _one_row_union_parts(code)
    children = list(empty)
    children[code] = child
    return pa.Array.from_buffers(T.TENSOR_BUFFER, 1, [None, type_ids, offsets], children=children)


@functools.lru_cache(maxsize=64)
def _list_offsets(length: int) -> pa.Buffer:
    """The int32 offsets `[0, length]` of a one-row list (a camera's frames all have the same length)."""
    return pa.py_buffer(np.array([0, length], np.int32))


def tensor_buffers(data: Any) -> pa.Array:
    """Converter for TensorBuffer batches: one `TensorBuffer`, a list of them, or a numeric array."""
    items = data if isinstance(data, Sequence) and data and all(isinstance(x, TensorBuffer) for x in data) else [data]
    arrays = []
    for item in items:
        if not isinstance(item, TensorBuffer):
            flat = _numeric_array(item).reshape(-1)
            item = TensorBuffer(flat, [name for name, dtype in T.TENSOR_BUFFER_VARIANTS if dtype == flat.dtype][0].lower())
        arrays.append(item.as_arrow())
    return pa.concat_arrays(arrays)


@checked_when_logged
class TensorData:
    """
    An n-dimensional array of numbers, with optional dimension names.

    Parameters
    ----------
    shape:
        The dimension sizes (ints) or `TensorDimension`-like `(size, name)` pairs; with `buffer`.
    buffer:
        The flat data; with `shape`.
    array:
        A numpy array (or anything `np.asarray` takes) of any numeric dtype.
    dim_names:
        One name (or None) per dimension.

    """

    def __init__(
        self,
        *,
        shape: Sequence[Any] | None = None,
        buffer: Any = None,
        array: Any = None,
        dim_names: Sequence[str | None] | None = None,
        encoding: str | None = None,
    ) -> None:
        if array is not None and (shape is not None or buffer is not None):
            raise ValueError("TensorData takes either array= or shape= and buffer=, not both")
        if isinstance(buffer, TensorBuffer):
            if buffer.kind in ("jpeg", "nv12", "yuy2"):
                encoding = buffer.kind.upper()
            buffer = buffer.inner
        self.encoding = encoding
        if array is None:
            if shape is None or buffer is None:
                raise ValueError("TensorData needs array=, or both shape= and buffer=")
            if isinstance(shape, (str, bytes)) or not isinstance(shape, Iterable):
                raise TypeError(f"expected shape= as a list of sizes or TensorDimensions, got {describe(shape)}")
            dims = [_dimension(d) for d in shape]
            sizes = [d.size for d in dims]
            names = [d.name for d in dims]
            if isinstance(buffer, (bytes, bytearray, memoryview)):
                data = np.frombuffer(bytes(buffer), np.uint8)
            elif encoding is None:
                data = _numeric_array(buffer)
            else:
                data = np.asarray(buffer, dtype=np.uint8)
            if encoding is None:
                if data.size != int(np.prod(sizes)):
                    raise ValueError(f"buffer has {data.size} values but shape {sizes} needs {int(np.prod(sizes))}")
                data = data.reshape(sizes)
            self.array = data
            self.sizes = sizes
            self.names: list[str | None] = names
        else:
            self.array = _numeric_array(array)
            self.sizes = list(self.array.shape)
            self.names = [None] * len(self.sizes)
        if dim_names is not None:
            if len(dim_names) != len(self.sizes):
                raise ValueError(
                    f"got {len(dim_names)} dim_names for a tensor with {len(self.sizes)} dimensions {self.sizes}"
                )
            self.names = [None if n is None else str(n) for n in dim_names]

    @property
    def shape(self) -> list[TensorDimension]:
        """The dimensions, as Rerun 0.17 has them: `TensorDimension(size, name)` each."""
        return [TensorDimension(size, name) for size, name in zip(self.sizes, self.names)]

    @property
    def buffer(self) -> TensorBuffer:
        """The values as a flat `TensorBuffer` (`.kind` "u8", "f32", ..., or "jpeg" for encoded bytes)."""
        if self.encoding:
            return TensorBuffer(self.array, self.encoding.lower())
        flat = np.asarray(self.array).reshape(-1)
        return TensorBuffer(flat, [name for name, dtype in T.TENSOR_BUFFER_VARIANTS if dtype == flat.dtype][0].lower())

    def as_arrow(self) -> pa.Array:
        """This tensor as a one-element TensorData array."""
        return _tensor_struct(self._logged_row())

    def _logged_row(self) -> TensorRow:
        # A copy: users refill their image buffers after logging them; what was logged must not change.
        flat = protective_copy(self.array).reshape(-1)
        code = ENCODED_CODES[self.encoding] if self.encoding else _CODE_OF_DTYPE[flat.dtype]
        return (tuple(self.sizes), tuple(self.names), code, flat)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TensorData):
            return NotImplemented
        same_layout = (self.sizes, self.names, self.encoding) == (other.sizes, other.names, other.encoding)
        return same_layout and self.array.dtype == other.array.dtype and bool(np.array_equal(self.array, other.array))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TensorData(shape={self.sizes}, names={self.names}, dtype={self.array.dtype})"


def _numeric_array(data: Any) -> np.ndarray:
    if isinstance(data, TensorData):
        return data.array
    # `__array_interface__`: PIL images and other buffers numpy understands.
    if hasattr(data, "__array__") or hasattr(data, "__array_interface__") or isinstance(data, (list, tuple)):
        try:
            arr = np.asarray(data)
        except (ValueError, TypeError) as err:
            raise ValueError(f"expected a rectangular array of numbers, got {describe(data)}") from err
    else:
        raise TypeError(f"expected a numpy array (or nested lists of numbers), got {describe(data)}")
    if arr.dtype == np.bool_:
        arr = arr.astype(np.uint8)
    if arr.dtype.byteorder == ">":
        arr = arr.astype(arr.dtype.newbyteorder("<"))
    if arr.dtype not in _CODE_OF_DTYPE:
        raise TypeError(
            f"expected a numeric array (u8-u64, i8-i64, f16, f32, f64), got {describe(arr)}"
        )
    return arr


def tensor_data_from_arrow(array: pa.Array, cls: type[TensorData] | None = None) -> TensorData:
    """The first element of a TensorData array as a `TensorData` (of `cls`, e.g. the component class)."""
    dims = array.field("shape")[0].as_py()
    union = array.field("buffer")
    code = union.type_codes[0].as_py()
    offset = union.offsets[0].as_py()
    values = union.field(code)[offset].values.to_numpy(zero_copy_only=False)
    variant = T.TENSOR_BUFFER_VARIANTS[code - 1][0]
    return (cls or TensorData)(
        shape=[TensorDimension(d["size"], d["name"]) for d in dims],
        buffer=values,
        encoding=variant if variant in ENCODED_CODES else None,
    )


def tensor_dimensions(data: Any) -> pa.Array:
    """Converter for TensorDimension batches: one dimension (or size, or `(size, name)`) or a list."""
    items = data if isinstance(data, Sequence) and not isinstance(data, (str, bytes)) and data and not (
        len(data) == 2 and isinstance(data[0], (int, np.integer)) and (data[1] is None or isinstance(data[1], str))
    ) else [data]
    dims = [_dimension(d) for d in items]
    return pa.array([{"size": d.size, "name": d.name} for d in dims], T.TENSOR_DIMENSION)


#: A logged tensor as the batcher keeps it until its chunk is made: dimension sizes and names,
#: TensorBuffer variant code, and the flat protective copy of its values.
TensorRow = tuple[tuple[int, ...], tuple[str | None, ...], int, np.ndarray]


def _tensor_struct(row: TensorRow) -> pa.Array:
    """One logged tensor as a one-element TensorData array (its values not copied)."""
    sizes, names, code, flat = row
    buffer = _buffer_array(flat, code)
    return T.mark_tight(pa.StructArray.from_arrays([_shape_array(sizes, names), buffer], fields=list(T.TENSOR_DATA)))


def _tensor_array(rows: list[TensorRow]) -> pa.Array:
    arrays = [_tensor_struct(row) for row in rows]
    return arrays[0] if len(arrays) == 1 else pa.concat_arrays(arrays)


#: Per tensor layout (sizes, names, variant, dtype, bytes): the buffers of its TensorData array in
#: `pa.Array.buffers()` order, with None for the values, and the position of the values.
_BUFFERS_OF_LAYOUT: dict[tuple[Any, ...], tuple[list[Any], int]] = {}
_MAX_LAYOUTS = 64


def _tensor_layout(rows: list[TensorRow]) -> tuple[Any, list[Any]] | None:
    """
    The buffers `_tensor_array(rows)` would have, without building it (`Deferred.layout`): the
    Arrow arrays of a camera's frames differ only in their values, so the rest is kept per layout
    from the first frame's array. For one tensor; None for several.
    """
    if len(rows) != 1:
        return None
    sizes, names, code, flat = rows[0]
    key = (sizes, names, code, flat.dtype.str, flat.nbytes)
    known = _BUFFERS_OF_LAYOUT.get(key)
    if known is None:
        buffers = _tensor_struct(rows[0]).buffers()
        places = [i for i, b in enumerate(buffers) if b is not None and b.address == flat.ctypes.data and b.size == flat.nbytes]
        if len(places) != 1:
            return None
        buffers[places[0]] = None  # the values differ per frame (and are not kept here)
        if len(_BUFFERS_OF_LAYOUT) >= _MAX_LAYOUTS:
            _BUFFERS_OF_LAYOUT.clear()  # one call, safe while other logging threads read it
        known = _BUFFERS_OF_LAYOUT[key] = (buffers, places[0])
    buffers, values_at = known
    out = list(buffers)
    out[values_at] = pa.py_buffer(flat)
    return key, out


def tensors(data: Any) -> Deferred:
    """
    Converter for TensorData batches: one tensor (array or TensorData) or a list of TensorData.

    The values are copied now; their Arrow array is made when the row's chunk is (never, for a
    camera's later frames written to a file: see `_tensor_layout`).
    """
    if isinstance(data, Sequence) and data and all(isinstance(x, TensorData) for x in data):
        rows = [x._logged_row() for x in data]
    else:
        rows = [(data if isinstance(data, TensorData) else TensorData(array=data))._logged_row()]
    return Deferred(rows, _tensor_array, sum(row[3].nbytes for row in rows), _tensor_layout)


#: How Rerun 0.17 words a wrong image shape (its image extensions), by image kind.
_RERUN017_IMAGE_LEAD = {
    "color": "Expected image 3 (RGB) or 4 (RGBA). Instead got array of shape {}",
    "depth": "Expected depth image, got array of shape {}",
    "segmentation": "Expected segmentation image, got array of shape {}",
}


def image_dim_names(shape: Sequence[int], kind: str) -> list[str | None]:
    """
    Name an image's dimensions as Rerun does, checking its shape.

    Leading and trailing unit dimensions are ignored; what is left must be HxW (any kind) or
    HxWx3 / HxWx4 (color images only).
    """
    nonunit = [i for i, s in enumerate(shape) if s != 1]
    lo = nonunit[0] if nonunit else 0
    hi = nonunit[-1] + 1 if nonunit else 0
    core = list(shape[lo:hi])
    allowed = "HxW, HxWx3 or HxWx4" if kind == "color" else "HxW"
    # Interior unit dimensions count: an image of height 1 is still HxW.
    if len(core) < 2 and len(shape) >= 2:
        lo, hi = (max(0, len(shape) - 2), len(shape)) if kind != "color" else (0, 2)
        core = list(shape[lo:hi])
    ok = len(core) == 2 or (kind == "color" and len(core) == 3 and core[2] in (3, 4))
    if kind == "color" and len(core) == 3 and core[2] == 1:
        ok = True
    if not ok:
        err = ValueError(f"expected an image of shape {allowed} (unit dimensions aside), got shape {tuple(shape)}")
        raise as_rerun017(err, lead=_RERUN017_IMAGE_LEAD[kind].format(np.array(shape)))
    names: list[str | None] = [None] * len(shape)
    for name, idx in zip(("height", "width", "depth"), range(lo, hi)):
        names[idx] = name
    return names
