"""The chunk: the one columnar unit that flows from `rr.log` to the file, the store and the wire.

A chunk holds the rows logged to *one* entity, as a single `pyarrow.RecordBatch`:

- column ``rerun.row_id``: ``struct<time_ns: uint64, inc: uint64>``, one per row, unique and
  increasing in logging order (time of the log call, then a process-wide counter).
- one ``int64`` column per timeline, named after the timeline; the field metadata says
  ``rerun.kind = "time"`` and ``rerun.time_type`` = ``"sequence"`` or ``"time"`` (nanoseconds).
  A static chunk has no timeline columns.
- one ``list<storage>`` column per component, named by the component name
  (``rerun.components.Position3D``); field metadata ``rerun.kind = "data"``. Each row holds the
  whole batch logged in that call; a null row means "not logged in this row".

The chunk's own metadata, its entity path (canonical, with a leading ``/``), chunk id (32 hex
digits) and static flag, is kept next to the batch rather than in its schema, so that the
chunks of thousands of entities with the same columns share one schema (which the .rrd writer
then serialises once: see docs/rrd-format.md). `to_record_batch()` gives the batch with that
metadata in its schema (``rerun.entity_path``, ``rerun.chunk_id``, ``rerun.is_static`` =
``"true"``/``"false"``), as .rrd files of format 1.0 stored it.

Because it is a plain record batch with documented names, any Arrow tool can read it.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

import numpy as np
import pyarrow as pa

ROW_ID = "rerun.row_id"
ROW_ID_TYPE = pa.struct([("time_ns", pa.uint64()), ("inc", pa.uint64())])

_KIND = b"rerun.kind"
_TIME_TYPE = b"rerun.time_type"
_ENTITY_PATH = b"rerun.entity_path"
_CHUNK_ID = b"rerun.chunk_id"
_IS_STATIC = b"rerun.is_static"


class TimeType(str, Enum):
    """How a timeline's integers are to be read: a plain sequence, or nanoseconds."""

    SEQUENCE = "sequence"
    TIME = "time"


# The counter half of row ids. `next()` on an `itertools.count` is atomic in CPython, so the
# logging hot path takes `(time.time_ns(), next(ROW_ID_COUNTER))` without a lock. It starts at
# a random point so that ids from two processes differ.
ROW_ID_COUNTER = itertools.count(int.from_bytes(os.urandom(6), "little"))


def next_row_ids(n: int) -> np.ndarray:
    """`n` fresh row ids as an (n, 2) uint64 array of (time_ns, inc)."""
    ids = np.empty((n, 2), dtype=np.uint64)
    ids[:, 0] = time.time_ns()
    ids[:, 1] = np.fromiter(itertools.islice(ROW_ID_COUNTER, n), dtype=np.uint64, count=n)
    return ids


def series_row_ids(n: int) -> pa.StructArray:
    """
    `n` fresh row ids for one `send_columns` call, without taking `n` counter values: the
    ``rerun.row_id`` column itself, made from two contiguous arrays (an (n, 2) array's columns
    would each be copied once more).

    All rows share one counter value and take the call's time plus their index as time: unique
    (no other row has that counter value; these rows differ in time) and increasing. Drawing a
    million counter values would cost a third of sending a million scalars; the price is that
    the last of a million rows carries a time 1 ms after the call.
    """
    start = time.time_ns()
    times = np.arange(start, start + n, dtype=np.uint64)
    counters = np.full(n, next(ROW_ID_COUNTER), dtype=np.uint64)
    return pa.StructArray.from_arrays([pa.array(times), pa.array(counters)], fields=list(ROW_ID_TYPE))


def new_chunk_id() -> str:
    return os.urandom(16).hex()


def row_id_array(ids: np.ndarray) -> pa.StructArray:
    """Build the ``rerun.row_id`` column from an (n, 2) uint64 array."""
    ids = np.asarray(ids, dtype=np.uint64).reshape(-1, 2)
    return pa.StructArray.from_arrays(
        [pa.array(ids[:, 0], pa.uint64()), pa.array(ids[:, 1], pa.uint64())],
        fields=list(ROW_ID_TYPE),
    )


_ROW_ID_FIELD = pa.field(ROW_ID, ROW_ID_TYPE, nullable=False, metadata={_KIND: b"control"})


# Fields are cached: a chunk is built every few milliseconds per entity, from the same few fields.
@functools.lru_cache(maxsize=4096)
def _time_field(name: str, time_type: TimeType) -> pa.Field:
    return pa.field(name, pa.int64(), metadata={_KIND: b"time", _TIME_TYPE: time_type.value.encode()})


#: The last data field made per component name. Not an `lru_cache` keyed by the type: hashing a
#: pyarrow type formats it as text, which for a tensor's type (a union of 14 lists) cost a third
#: of building an image's chunk; comparing it with the field's type is cheap.
_data_fields: dict[str, pa.Field] = {}


def _data_field(name: str, type_: pa.DataType) -> pa.Field:
    field = _data_fields.get(name)
    if field is None or not field.type.equals(type_):
        if len(_data_fields) >= 4096:
            _data_fields.clear()
        field = _data_fields[name] = pa.field(name, type_, metadata={_KIND: b"data"})
    return field


@dataclass(frozen=True, eq=False)
class Chunk:
    """Rows logged to one entity, stored column by column (see the module docstring)."""

    #: The columns. Its schema carries no per-chunk metadata (see `to_record_batch`).
    batch: pa.RecordBatch
    entity_path: str
    chunk_id: str
    is_static: bool
    #: For a chunk cut from a batch shared by several entities (`build_many`): that batch and the
    #: row where this chunk starts in it. The .rrd writer then writes the chunks of one shared
    #: batch as one frame with one record batch (format 1.2's pack frames) instead of one each.
    pack: tuple[pa.RecordBatch, int] | None = dataclasses.field(default=None, compare=False, repr=False)

    @staticmethod
    def build(
        entity_path: str,
        row_ids: np.ndarray | pa.StructArray,
        timelines: Mapping[str, tuple[TimeType, np.ndarray]],
        components: Mapping[str, pa.Array],
        *,
        chunk_id: str | None = None,
    ) -> Chunk:
        """
        Assemble a chunk from its columns.

        Parameters
        ----------
        entity_path:
            Canonical entity path (leading ``/``).
        row_ids:
            (n, 2) uint64 array of (time_ns, inc), or the ``rerun.row_id`` column already made.
        timelines:
            Timeline name to (type, int64 array of length n). Empty for a static chunk.
        components:
            Component name to a list array of length n (one batch per row, null = absent).

        """
        if ROW_ID in timelines or ROW_ID in components or not timelines.keys().isdisjoint(components):
            # Two columns of one name: no reader could tell them apart (`RecordingStream.log` leaves such components out).
            clashing = sorted({ROW_ID}.union(timelines).intersection(components) | ({ROW_ID} & set(timelines)))
            raise ValueError(f"a timeline and a component (or the row ids) share the name(s) {', '.join(map(repr, clashing))}")
        fields: list[pa.Field] = [_ROW_ID_FIELD]
        columns: list[pa.Array] = [row_ids if isinstance(row_ids, pa.StructArray) else row_id_array(row_ids)]
        for name, (time_type, times) in timelines.items():
            fields.append(_time_field(name, TimeType(time_type)))
            columns.append(pa.array(np.asarray(times, dtype=np.int64), pa.int64()))
        for name, array in components.items():
            fields.append(_data_field(name, array.type))
            columns.append(array)
        batch = pa.RecordBatch.from_arrays(columns, schema=pa.schema(fields))
        return Chunk(batch, entity_path, chunk_id or new_chunk_id(), not timelines)

    @staticmethod
    def build_many(
        entity_paths: Sequence[str],
        num_rows: Sequence[int],
        row_ids: np.ndarray,
        timelines: Mapping[str, tuple[TimeType, np.ndarray]],
        components: Mapping[str, pa.Array],
    ) -> list[Chunk]:
        """
        Chunks for several entities whose rows have the same columns, from those columns.

        The first `num_rows[0]` rows belong to `entity_paths[0]`, and so on. The record batch is
        built once and sliced (without copying) per entity: when thousands of entities log a row
        each, building one batch per entity would cost more than everything else together.
        """
        whole = Chunk.build(entity_paths[0] if entity_paths else "/", row_ids, timelines, components).batch
        is_static = not timelines
        ids = os.urandom(16 * len(entity_paths)).hex()  # one system call for all the chunk ids
        chunks: list[Chunk] = []
        start = 0
        for i, (entity_path, n) in enumerate(zip(entity_paths, num_rows)):
            chunks.append(_PackChunk(whole, start, n, entity_path, ids[32 * i : 32 * i + 32], is_static))
            start += n
        return chunks

    @staticmethod
    def from_record_batch(
        batch: pa.RecordBatch, entity_path: str | None = None, chunk_id: str | None = None, is_static: bool | None = None
    ) -> Chunk:
        """
        Wrap a record batch read back from a file or the wire, checking it is a chunk.

        The chunk's metadata not given is read from the schema's metadata (as `to_record_batch`
        writes it, and as .rrd files of format 1.0 stored it).
        """
        if batch.schema.get_field_index(ROW_ID) < 0:
            raise ValueError("record batch is not a rerun chunk: it has no 'rerun.row_id' column")
        meta = batch.schema.metadata or {}
        if entity_path is None:
            if _ENTITY_PATH not in meta:
                raise ValueError("record batch is not a rerun chunk: schema metadata lacks 'rerun.entity_path'")
            entity_path = meta[_ENTITY_PATH].decode()
        if chunk_id is None:
            chunk_id = meta.get(_CHUNK_ID, b"").decode()
        if is_static is None:
            is_static = meta.get(_IS_STATIC) == b"true"
        return Chunk(batch, entity_path, chunk_id, is_static)

    def to_record_batch(self) -> pa.RecordBatch:
        """The batch with the chunk's metadata in its schema: a chunk any Arrow tool can read on its own."""
        metadata = {
            _ENTITY_PATH: self.entity_path.encode(),
            _CHUNK_ID: self.chunk_id.encode(),
            _IS_STATIC: b"true" if self.is_static else b"false",
        }
        return self.batch.replace_schema_metadata({**(self.batch.schema.metadata or {}), **metadata})

    # -- reading ---------------------------------------------------------------------------

    @property
    def num_rows(self) -> int:
        return self.batch.num_rows  # type: ignore[no-any-return]

    def __eq__(self, other: object) -> bool:
        """Same rows, entity, id and static flag (however the batch is held: see `_PackChunk`)."""
        if not isinstance(other, Chunk):
            return NotImplemented
        return (self.entity_path, self.chunk_id, self.is_static) == (other.entity_path, other.chunk_id, other.is_static) and self.batch.equals(
            other.batch
        )

    __hash__ = None  # type: ignore[assignment]

    def row_ids(self) -> np.ndarray:
        """(n, 2) uint64 array of (time_ns, inc)."""
        col = self.batch.column(ROW_ID)
        return np.column_stack(
            [col.field(0).to_numpy(zero_copy_only=False), col.field(1).to_numpy(zero_copy_only=False)]
        ).astype(np.uint64)

    def timelines(self) -> dict[str, tuple[TimeType, np.ndarray]]:
        """Timeline name to (type, int64 times)."""
        out: dict[str, tuple[TimeType, np.ndarray]] = {}
        for i, field in enumerate(self.batch.schema):
            meta = field.metadata or {}
            if meta.get(_KIND) == b"time":
                times = self.batch.column(i).to_numpy(zero_copy_only=False)
                out[field.name] = (TimeType(meta[_TIME_TYPE].decode()), times)
        return out

    def components(self) -> dict[str, pa.Array]:
        """Component name to its list column."""
        return {
            field.name: self.batch.column(i)
            for i, field in enumerate(self.batch.schema)
            if (field.metadata or {}).get(_KIND) == b"data"
        }

    def component_names(self) -> list[str]:
        return [f.name for f in self.batch.schema if (f.metadata or {}).get(_KIND) == b"data"]

    @property
    def nbytes(self) -> int:
        # Not `batch.nbytes`: pyarrow (26) crashes computing it for dense unions read from IPC.
        return self.batch.get_total_buffer_size()


class _LazyChunk(Chunk):
    """A chunk whose record batch is made on first use (`_make_batch`), by a subclass's own recipe.

    Its fields are set directly, not through the dataclass's `__init__` (it is frozen, and this
    runs per entity or per image), the batch kept in `__dict__` once made."""

    def _make_batch(self) -> pa.RecordBatch:
        raise NotImplementedError

    @property  # type: ignore[override]
    def batch(self) -> pa.RecordBatch:
        fields = self.__dict__
        batch = fields.get("_batch")
        if batch is None:
            batch = fields["_batch"] = self._make_batch()
        return batch

    @property
    def batch_made(self) -> bool:
        """Whether `batch` was asked for (and so is at hand)."""
        return "_batch" in self.__dict__


class _PackChunk(_LazyChunk):
    """
    A chunk of `Chunk.build_many`: rows `start` to `start + num_rows` of a batch shared by several
    entities, sliced only when its own `batch` is asked for. The file sink never asks (it writes
    the shared batch once, as a pack frame, from `pack` and `num_rows`), and a slice costs a
    pyarrow object and one per column: as much as the rest of building an entity's chunk.
    """

    _num_rows: int

    def __init__(self, whole: pa.RecordBatch, start: int, num_rows: int, entity_path: str, chunk_id: str, is_static: bool) -> None:
        # Set through `object.__setattr__` (the dataclass is frozen), not written into `__dict__`:
        # reading `__dict__` makes a dict object of the instance's attributes, ~64 B more per
        # entity of a store that keeps many small ones; the dict is made only if `batch` is asked.
        init = object.__setattr__
        init(self, "entity_path", entity_path)
        init(self, "chunk_id", chunk_id)
        init(self, "is_static", is_static)
        init(self, "pack", (whole, start))
        init(self, "_num_rows", num_rows)

    def _make_batch(self) -> pa.RecordBatch:
        whole, start = self.pack  # type: ignore[misc]
        return whole.slice(start, self._num_rows)

    @property
    def num_rows(self) -> int:
        return self._num_rows


class RowChunk(_LazyChunk):
    """
    The chunk of one large row (an image, a point cloud) logged to a byte sink, whose record
    batch is made only when asked for.

    The .rrd writer asks only for a row whose layout it has not learnt (`rerun._rrd.templates`):
    for a camera stream's later frames it writes the row's buffers into the first frame's layout,
    and indexes the frame from `row_times` and `known_schema`. Anything else that reads the
    chunk (`batch`, its columns) gets the batch the row would have had, made on first use.
    """

    #: The row's time on each timeline of its batch (with `log_time` and `log_tick`).
    row_times: dict[str, int]
    #: The batch's schema, once known without making the batch (set by the .rrd writer).
    known_schema: pa.Schema | None

    def __init__(
        self,
        entity_path: str,
        chunk_id: str,
        is_static: bool,
        make_batch: Callable[[], pa.RecordBatch],
        make_layout: Callable[[], Any],
        row_times: dict[str, int],
    ) -> None:
        fields = self.__dict__
        fields["entity_path"] = entity_path
        fields["chunk_id"] = chunk_id
        fields["is_static"] = is_static
        fields["pack"] = None
        fields["_recipe"] = make_batch
        fields["_make_layout"] = make_layout
        fields["row_times"] = row_times
        fields["known_schema"] = None

    def _make_batch(self) -> pa.RecordBatch:
        return self.__dict__["_recipe"]()  # type: ignore[no-any-return]

    def row_layout(self) -> Any:
        """The row's `rerun._rrd.templates.RowLayout` (its buffers, in the batch's order), or None."""
        return self.__dict__["_make_layout"]()

    @property
    def num_rows(self) -> int:
        return 1
