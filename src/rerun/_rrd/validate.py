"""Checks that a chunk read from a file or a socket is one the store and the views can hold.

Arrow bytes that parse may still lie: string or list offsets pointing outside their buffers (reading
them crashes the process), union type ids out of range, columns of the wrong type for their
component. Everything that arrives from outside the process goes through `check_chunk` before it
reaches the store, so that later queries and pages never meet malformed data.
"""

from __future__ import annotations

import functools
import struct

import pyarrow as pa

from .._chunk import ROW_ID, ROW_ID_TYPE, TimeType
from .._recording.entity_path import canonical_entity_path

_KIND = b"rerun.kind"
_TIME_TYPE = b"rerun.time_type"
_TIME_TYPES = {t.value.encode() for t in TimeType}
_COMPONENT_PREFIX = "rerun.components."


@functools.lru_cache(maxsize=1)
def _component_types() -> dict[str, pa.DataType]:
    """Rerun 0.17 component name (``rerun.components.Position3D``) -> the Arrow type of one value."""
    from .._datamodel.tables import COMPONENT_BY_NAME, DATATYPE_BY_NAME

    return {
        _COMPONENT_PREFIX + name: DATATYPE_BY_NAME[component.datatype].arrow
        for name, component in COMPONENT_BY_NAME.items()
        if component.datatype in DATATYPE_BY_NAME
    }


def check_entity_path(entity_path: object) -> str:
    """`entity_path` if it is a canonical entity path string; ValueError otherwise."""
    if not isinstance(entity_path, str):
        raise ValueError(f"the entity path is a {type(entity_path).__name__}, not a string")
    try:
        canonical = canonical_entity_path(entity_path)
    except ValueError as err:
        raise ValueError(f"invalid entity path {entity_path[:200]!r}: {err}") from None
    if canonical != entity_path:
        raise ValueError(f"entity path {entity_path[:200]!r} is not canonical (expected {canonical[:200]!r})")
    return entity_path


def check_chunk(batch: pa.RecordBatch, entity_path: object, chunk_id: object, is_static: object) -> None:
    """
    Raise ValueError (saying what is wrong) unless `batch` is a well-formed chunk.

    Checks the Arrow data in full (offsets, union type ids, UTF-8: `RecordBatch.validate(full=True)`),
    then the chunk's shape as `rerun._chunk` defines it: a non-null ``rerun.row_id`` column of
    ``struct<time_ns: uint64, inc: uint64>``; timeline columns of non-null int64 with a known time
    type, and none in a static chunk; component columns of lists whose values have the Arrow type
    Rerun 0.17 gives that component name (other names: any list); unique column names; a canonical
    entity path.
    """
    check_entity_path(entity_path)
    if not isinstance(chunk_id, str):
        raise ValueError(f"the chunk id is a {type(chunk_id).__name__}, not a string")
    if not isinstance(is_static, bool):
        raise ValueError(f"the static flag is a {type(is_static).__name__}, not a boolean")
    try:
        batch.validate(full=True)
    except (pa.ArrowException, ValueError) as err:
        raise ValueError(f"invalid Arrow data: {err}") from None
    names = batch.schema.names
    if len(set(names)) != len(names):
        raise ValueError("two columns have the same name")
    index = batch.schema.get_field_index(ROW_ID)
    if index < 0:
        raise ValueError(f"no {ROW_ID!r} column")
    row_ids = batch.column(index)
    if not row_ids.type.equals(ROW_ID_TYPE):
        raise ValueError(f"the {ROW_ID!r} column is {row_ids.type}, expected {ROW_ID_TYPE}")
    if row_ids.null_count or any(row_ids.field(i).null_count for i in range(row_ids.type.num_fields)):
        raise ValueError(f"the {ROW_ID!r} column has nulls")
    expected_types = _component_types()
    timelines = 0
    for field, column in zip(batch.schema, batch.columns):
        kind = (field.metadata or {}).get(_KIND)
        if kind == b"time":
            timelines += 1
            time_type = (field.metadata or {}).get(_TIME_TYPE)
            if time_type not in _TIME_TYPES:
                raise ValueError(f"timeline {field.name!r} has the unknown time type {time_type!r}")
            if not pa.types.is_int64(field.type):
                raise ValueError(f"timeline {field.name!r} is {field.type}, expected int64")
            if column.null_count:
                raise ValueError(f"timeline {field.name!r} has nulls")
        elif kind == b"data":
            if not pa.types.is_list(field.type):
                raise ValueError(f"component {field.name!r} is {field.type}, expected a list column")
            expected = expected_types.get(field.name)
            if expected is not None and not field.type.value_type.equals(expected):
                raise ValueError(f"component {field.name!r} holds {field.type.value_type}, expected {expected}")
    if is_static and timelines:
        raise ValueError(f"a static chunk has {timelines} timeline columns")


# -- the size of compressed Arrow IPC data, before decompressing it ---------------------------------

#: `MessageHeader` union tags of Arrow's IPC flatbuffers (format/Message.fbs).
_DICTIONARY_BATCH = 2
_RECORD_BATCH = 3


_I32, _U16, _U32, _I64, _I64_PAIR = (struct.Struct(f) for f in ("<i", "<H", "<I", "<q", "<qq"))


def _field(meta: memoryview, table: int, index: int) -> int | None:
    """Absolute position of field `index` of the flatbuffer table at `table`, None when absent."""
    vtable = table - _I32.unpack_from(meta, table)[0]
    (vtable_size,) = _U16.unpack_from(meta, vtable)
    slot = 4 + 2 * index
    if slot + 2 > vtable_size:
        return None
    (offset,) = _U16.unpack_from(meta, vtable + slot)
    return table + offset if offset else None


def _follow(meta: memoryview, position: int) -> int:
    return position + _U32.unpack_from(meta, position)[0]


def _message_bytes(meta: memoryview, body: memoryview) -> tuple[int, int]:
    """(body length, bytes its buffers take once decompressed) of one IPC message."""
    message = _follow(meta, 0)
    body_at = _field(meta, message, 3)
    body_length = _I64.unpack_from(meta, body_at)[0] if body_at is not None else 0
    tag_at, header_at = _field(meta, message, 1), _field(meta, message, 2)
    if tag_at is None or header_at is None or meta[tag_at] not in (_RECORD_BATCH, _DICTIONARY_BATCH):
        return body_length, 0
    batch = _follow(meta, header_at)
    if meta[tag_at] == _DICTIONARY_BATCH:
        data_at = _field(meta, batch, 1)
        if data_at is None:
            return body_length, 0
        batch = _follow(meta, data_at)
    buffers_at = _field(meta, batch, 2)
    if buffers_at is None:
        return body_length, 0
    buffers = _follow(meta, buffers_at)
    (count,) = _U32.unpack_from(meta, buffers)
    if _field(meta, batch, 3) is None:  # no BodyCompression: the body is the data
        return body_length, body_length
    total = 0
    for i in range(count):
        offset, length = _I64_PAIR.unpack_from(meta, buffers + 4 + 16 * i)
        if length >= 8:  # a compressed buffer starts with its decompressed length (-1: stored as is)
            (decompressed,) = _I64.unpack_from(body, offset)
            total += length - 8 if decompressed == -1 else decompressed
    return body_length, total


def decompressed_bytes(ipc: memoryview) -> int:
    """
    Bytes an Arrow IPC stream's batches take once read, from its metadata, without reading them.

    A compressed stream of a few kilobytes can claim gigabytes (a decompression bomb); this
    is what lets a reader refuse it first. Reads the stream's framing as Arrow's IPC format
    defines it (continuation marker, metadata length, flatbuffer `Message`, body). Raises
    ValueError for framing or metadata that does not parse.
    """
    view = memoryview(ipc).cast("B")
    total = pos = 0
    try:
        while pos + 4 <= len(view):
            (size,) = _I32.unpack_from(view, pos)
            pos += 4
            if size == -1:  # continuation marker, then the length
                (size,) = _I32.unpack_from(view, pos)
                pos += 4
            if size <= 0:
                break  # end of stream
            meta = view[pos : pos + size]
            pos += size
            body_length, nbytes = _message_bytes(meta, view[pos:])
            if body_length < 0:
                raise ValueError(f"negative body length {body_length}")
            pos += body_length
            total += nbytes
    except (struct.error, IndexError) as err:
        raise ValueError(f"malformed Arrow IPC framing or metadata: {err}") from None
    return total
