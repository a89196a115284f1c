"""The optional footer index of an .rrd file: what each frame holds and where it is.

A file's last frame may be an index frame (kind `KIND_INDEX`, see docs/rrd-format.md): its
payload is ``u32 len(json) | json | u64 offset of the index frame | b"PYRRIDX1"``. The JSON lists,
for every chunk frame before it, its byte offset and length, store, entity path, static flag,
row count, time range per timeline and schema (component names and Arrow types), so that a
query reads only the frames it needs. Readers of the stream pass over the frame; a file without
one (or whose index does not end the file, e.g. after ``cat a.rrd b.rrd``) is summarised by
scanning it instead, which gives the same summary by reading every byte.

This module walks frames with the format's frame header and `decode_payload_all` only, so it does
not depend on how a chunk is laid out inside its frame.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import warnings
import zlib
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii as _json_string  # json.dumps's own, for one str
from typing import BinaryIO

import numpy as np
import pyarrow as pa

from .._chunk import _KIND, Chunk, RowChunk
from .._log_msg import ArrowMsg, LogMsg, SetStoreInfo, StoreId
from .._rrd.format import FRAME, HEADER, KIND_INDEX, MAGIC, RrdError, decode_header, decode_payload_all
from .._rrd.reader import RrdWarning

INDEX_MAGIC = b"PYRRIDX1"
INDEX_VERSION = 1
_TRAILER = struct.Struct("<Q8s")
_JSON_LEN = struct.Struct("<I")


@dataclass
class FrameEntry:
    """One chunk frame: where it is and what it holds."""

    offset: int  # of the frame header, from the start of the file
    length: int  # frame header + payload
    store_id: str
    entity_path: str
    is_static: bool
    num_rows: int
    schema_id: int  # into FileSummary.schemas
    #: Timeline name to (min, max) of the chunk's times on it.
    time_ranges: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: Timeline -> component -> first time the component holds a value, where that is not the
    #: chunk's first time (None: never); needed to know which older frames latest-at may need.
    first_times: dict[str, dict[str, int | None]] = field(default_factory=dict)

    def first_time(self, timeline: str, component: str) -> int | None:
        """The first time on `timeline` at which `component` has a value in this frame."""
        found = self.first_times.get(timeline, {})
        return found[component] if component in found else self.time_ranges[timeline][0]


@dataclass
class FileSummary:
    """What a file holds, from its index or from a scan."""

    size: int
    frames: list[FrameEntry]
    #: Store id (``"recording:<id>"``) to its `SetStoreInfo` JSON.
    store_infos: dict[str, dict[str, object]]
    #: Distinct chunk schemas (Arrow), referenced by `FrameEntry.schema_id`.
    schemas: list[pa.Schema]
    from_index: bool
    #: Bytes read to make the summary.
    bytes_read: int = 0
    #: Frames skipped as damaged (offset, reason).
    damaged: list[tuple[int, str]] = field(default_factory=list)
    #: False when damage lost the framing or the file is truncated (the scan stopped early).
    complete: bool = True

    def components(self, entry: FrameEntry) -> dict[str, pa.DataType]:
        schema = self.schemas[entry.schema_id]
        return {f.name: f.type for f in schema if (f.metadata or {}).get(b"rerun.kind") == b"data"}

    def time_types(self, entry: FrameEntry) -> dict[str, str]:
        schema = self.schemas[entry.schema_id]
        return {
            f.name: (f.metadata or {}).get(b"rerun.time_type", b"sequence").decode()
            for f in schema
            if (f.metadata or {}).get(b"rerun.kind") == b"time"
        }


class _Schemas:
    def __init__(self) -> None:
        self.schemas: list[pa.Schema] = []
        self._ids: dict[bytes, int] = {}

    def id_of(self, schema: pa.Schema) -> int:
        key = schema.serialize().to_pybytes()
        found = self._ids.get(key)
        if found is None:
            found = self._ids[key] = len(self.schemas)
            self.schemas.append(schema)
        return found


_NO_TIME = np.iinfo(np.int64).max


@dataclass
class _Layout:
    """Where a chunk schema keeps its timelines and components (read once per distinct schema)."""

    schema_id: int
    times: list[tuple[int, str]]  # (column index, timeline)
    components: list[tuple[int, str]]  # (column index, component)


class EntryMaker:
    """
    The index entries of chunks, from their Arrow columns (no decoding, no per-row Python).

    Shared by the scan of a file and by the file sink, which indexes what it writes as it writes
    it. The small chunks of many entities come as the chunks of one pack, cut one after the
    other from one record batch: their time ranges are then one vectorised pass over that
    batch's columns, so an entity costs a few microseconds, not one Arrow call per column.
    """

    def __init__(self) -> None:
        self.schemas = _Schemas()
        # Schemas by column names, then compared in full: hashing a pyarrow schema costs ~12 µs.
        self._layouts: dict[tuple[str, ...], list[tuple[pa.Schema, _Layout]]] = {}

    def _layout(self, schema: pa.Schema) -> _Layout:
        if schema.metadata:  # a chunk read back carries its entity path there: not part of the layout
            schema = schema.remove_metadata()
        known = self._layouts.setdefault(tuple(schema.names), [])
        for seen, layout in known:
            if schema.equals(seen, check_metadata=True):
                return layout
        times, components = [], []
        for i, f in enumerate(schema):
            kind = (f.metadata or {}).get(_KIND)
            if kind == b"time":
                times.append((i, f.name))
            elif kind == b"data":
                components.append((i, f.name))
        layout = _Layout(self.schemas.id_of(schema), times, components)
        known.append((schema, layout))
        return layout

    def entries(self, offset: int, length: int, store_id: str, chunks: list[Chunk]) -> list[FrameEntry]:
        """
        One entry per chunk of the frame at `offset`: one chunk, or the chunks of a pack
        (consecutive slices of one record batch, see `pack_msgs`).
        """
        first = chunks[0]
        counts = np.array([c.num_rows for c in chunks], dtype=np.int64)
        if len(chunks) > 1 and first.pack is not None:
            batch = first.pack[0].slice(first.pack[1], int(counts.sum()))
        else:
            batch = first.batch
        layout = self._layout(batch.schema)
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        filled = np.flatnonzero(counts > 0)
        ranges: list[dict[str, tuple[int, int]]] = [{} for _ in chunks]
        firsts: list[dict[str, dict[str, int | None]]] = [{} for _ in chunks]
        columns_with_nulls = [(i, c) for i, c in layout.components if batch.column(i).null_count]
        if len(filled):
            at = starts[filled]
            for column, timeline in layout.times:
                times = np.asarray(batch.column(column).to_numpy(zero_copy_only=False)).view(np.int64)
                lows = np.minimum.reduceat(times, at).tolist()
                highs = np.maximum.reduceat(times, at).tolist()
                for k, lo, hi in zip(filled.tolist(), lows, highs):
                    ranges[k][timeline] = (lo, hi)
                for i, component in columns_with_nulls:
                    # The first time the component holds a value, per chunk, where not the chunk's first.
                    valid = batch.column(i).is_valid().to_numpy(zero_copy_only=False)
                    valid_firsts = np.minimum.reduceat(np.where(valid, times, _NO_TIME), at).tolist()
                    for k, lo, found in zip(filled.tolist(), lows, valid_firsts):
                        value = None if found == _NO_TIME else found
                        if value != lo:
                            firsts[k].setdefault(timeline, {})[component] = value
        return [
            FrameEntry(offset, length, store_id, c.entity_path, c.is_static, c.num_rows, layout.schema_id, r, f)
            for c, r, f in zip(chunks, ranges, firsts)
        ]

    def _one_entry_json(self, offset: int, length: int, store_id: str, chunk: Chunk) -> str | None:
        """
        `_entries_json(self.entries(...))` of a frame of one chunk (an image, a point cloud),
        formatted directly: the general path's numpy passes and `json.dumps` cost more than
        the rest of writing an image. None where that path is needed (no rows, absent values).
        """
        static = "true" if chunk.is_static else "false"
        if isinstance(chunk, RowChunk) and not chunk.batch_made and chunk.known_schema is not None:
            # Written from a learnt layout (`rerun._rrd.templates`): one row, every component present.
            layout = self._layout(chunk.known_schema)
            row_times = chunk.row_times
            ranges = [f"{_json_string(timeline)}:[{row_times[timeline]},{row_times[timeline]}]" for _column, timeline in layout.times]
            return (
                f"[{offset},{length},{_json_string(store_id)},{_json_string(chunk.entity_path)},{static},1,"
                f"{layout.schema_id},{{{','.join(ranges)}}},{{}}]"
            )
        batch = chunk.batch
        rows = batch.num_rows
        layout = self._layout(batch.schema)
        if rows == 0 or any(batch.column(i).null_count for i, _ in layout.components):
            return None
        ranges = []
        for column, timeline in layout.times:
            times = np.asarray(batch.column(column).to_numpy(zero_copy_only=False)).view(np.int64)
            low, high = (int(times[0]), int(times[0])) if rows == 1 else (int(times.min()), int(times.max()))
            ranges.append(f"{_json_string(timeline)}:[{low},{high}]")
        return (
            f"[{offset},{length},{_json_string(store_id)},{_json_string(chunk.entity_path)},{static},{rows},"
            f"{layout.schema_id},{{{','.join(ranges)}}},{{}}]"
        )

    def entries_json(self, offset: int, length: int, store_id: str, chunks: list[Chunk]) -> str:
        """
        `_entries_json(self.entries(...))`, the same JSON, written straight from the columns
        for the chunks of a pack (thousands of entities a tick): no `FrameEntry` and no dicts per
        entity, and numbers formatted by f-strings rather than `json.dumps` of nested lists (which
        cost more than building the entity's chunk). Other frames take the general path.
        """
        first = chunks[0]
        if len(chunks) == 1:
            return self._one_entry_json(offset, length, store_id, first) or _entries_json(self.entries(offset, length, store_id, chunks))
        if first.pack is None:
            return _entries_json(self.entries(offset, length, store_id, chunks))
        counts = [c.num_rows for c in chunks]
        whole, start = first.pack
        batch = whole.slice(start, sum(counts))
        layout = self._layout(batch.schema)
        if 0 in counts or any(batch.column(i).null_count for i, _ in layout.components):
            # An empty chunk has no time range; a component absent from some rows records its first time.
            return _entries_json(self.entries(offset, length, store_id, chunks))
        at = np.concatenate([[0], np.cumsum(counts[:-1])])
        ranges = [""] * len(chunks)
        for column, timeline in layout.times:
            times = np.asarray(batch.column(column).to_numpy(zero_copy_only=False)).view(np.int64)
            name = _json_string(timeline)
            lows = np.minimum.reduceat(times, at).tolist()
            highs = np.maximum.reduceat(times, at).tolist()
            ranges = [f"{r},{name}:[{lo},{hi}]" for r, lo, hi in zip(ranges, lows, highs)]
        head = f"[{offset},{length},{_json_string(store_id)},"
        static = "true" if first.is_static else "false"
        schema_id = layout.schema_id
        return ",".join(
            f"{head}{_json_string(c.entity_path)},{static},{n},{schema_id},{{{r[1:]}}},{{}}]"
            for c, n, r in zip(chunks, counts, ranges)
        )


class IndexBuilder:
    """
    The footer index of a file being written, entry by entry (see `FileSink`): at close it is
    appended without reading the file again.

    Entries are kept as the JSON they are written as (about 150 bytes each, the index's own
    size), not as objects (about 700): a recording of 10,000 entities a frame adds 10,000 a tick.
    """

    def __init__(self) -> None:
        self._maker = EntryMaker()
        self._rows: list[str] = []  # per frame, its entries' JSON
        self.store_infos: dict[str, dict[str, object]] = {}

    def add(self, offset: int, length: int, item: LogMsg | list[ArrowMsg]) -> None:
        """Index the frame at `offset` (`length` bytes with its header) holding `item`."""
        if isinstance(item, list):
            self._rows.append(self._maker.entries_json(offset, length, str(item[0].store_id), [m.chunk for m in item]))
            return
        if isinstance(item, ArrowMsg):
            self._rows.append(self._maker.entries_json(offset, length, str(item.store_id), [item.chunk]))
        elif isinstance(item, SetStoreInfo):
            self.store_infos[str(item.store_id)] = json.loads(item.info.to_json())

    def encode(self, index_offset: int) -> bytes:
        """The index frame for a file whose frames end at `index_offset`."""
        return _index_frame(self.store_infos, self._maker.schemas.schemas, self._rows, index_offset)


def scan(file: BinaryIO, size: int, name: str = "<file>") -> FileSummary:
    """
    Summarise a file by reading all of it (every frame decoded and validated).

    Damaged frames are skipped and listed in `damaged`; damage that loses the framing ends the
    scan there (the frames before it are kept).

    Raises
    ------
    RrdError
        The file does not start with an rrd header.

    """
    file.seek(0)
    maker = EntryMaker()
    head = file.read(HEADER.size)
    read = len(head)
    if len(head) < HEADER.size:
        raise RrdError(f"{name}: not an rrd file: {len(head)} bytes, shorter than a header", 0)
    decode_header(head, 0)
    offset = HEADER.size
    frames: list[FrameEntry] = []
    infos: dict[str, dict[str, object]] = {}
    damaged: list[tuple[int, str]] = []
    complete = True
    while offset < size:
        head = file.read(FRAME.size)
        read += len(head)
        if head[:4] == MAGIC:  # a header again (concatenated files)
            rest = file.read(HEADER.size - FRAME.size)
            read += len(rest)
            try:
                decode_header((head + rest)[: HEADER.size], offset)
            except RrdError as err:
                damaged.append((offset, err.reason))
                complete = False
                break
            file.seek(offset + HEADER.size)
            offset += HEADER.size
            continue
        if len(head) < FRAME.size:
            damaged.append((offset, f"truncated: {size - offset} bytes at the end are an incomplete frame"))
            complete = False
            break
        kind, crc, length = FRAME.unpack(head)
        if head[1:4] != b"\0\0\0" or offset + FRAME.size + length > size:
            damaged.append((offset, f"damaged or truncated frame header (kind {kind}, length {length})"))
            complete = False
            break
        if kind == KIND_INDEX:
            file.seek(length, os.SEEK_CUR)
            offset += FRAME.size + length
            continue
        payload = file.read(length)
        read += len(payload)
        try:
            msgs = decode_payload_all(kind, crc, payload, offset)
        except RrdError as err:
            damaged.append((offset, err.reason))
        else:
            # A pack frame (format 1.2) holds several entities' chunks: one entry each, same frame.
            for msg in msgs:
                if isinstance(msg, ArrowMsg):  # read back, a pack's chunks are separate batches
                    frames += maker.entries(offset, FRAME.size + length, str(msg.store_id), [msg.chunk])
                elif isinstance(msg, SetStoreInfo):
                    infos[str(msg.store_id)] = json.loads(msg.info.to_json())
        offset += FRAME.size + length
    return FileSummary(size, frames, infos, maker.schemas.schemas, False, read, damaged, complete)


def _entries_json(frames: list[FrameEntry]) -> str:
    """The index's rows of `frames`, as JSON list items without the brackets."""
    rows = [
        [f.offset, f.length, f.store_id, f.entity_path, f.is_static, f.num_rows, f.schema_id, f.time_ranges, f.first_times]
        for f in frames
    ]
    return json.dumps(rows, separators=(",", ":"))[1:-1]


def _index_frame(stores: dict[str, dict[str, object]], schemas: list[pa.Schema], rows: list[str], index_offset: int) -> bytes:
    """The index frame (header, payload and trailer) for a file whose frames end at `index_offset`."""
    head = {
        "version": INDEX_VERSION,
        "covers": index_offset,
        "stores": stores,
        "schemas": [base64.b64encode(s.serialize().to_pybytes()).decode() for s in schemas],
    }
    frames = ",".join(r for r in rows if r)
    meta = (json.dumps(head, separators=(",", ":"))[:-1] + ',"frames":[' + frames + "]}").encode()
    payload = _JSON_LEN.pack(len(meta)) + meta + _TRAILER.pack(index_offset, INDEX_MAGIC)
    return FRAME.pack(KIND_INDEX, zlib.crc32(payload), len(payload)) + payload


def encode_index(summary: FileSummary, index_offset: int) -> bytes:
    """The index frame (header, payload and trailer) for a file whose frames end at `index_offset`."""
    return _index_frame(summary.store_infos, summary.schemas, [_entries_json(summary.frames)], index_offset)


def read_index(file: BinaryIO, size: int) -> FileSummary | None:
    """The summary from the file's footer index, or None if it has no valid one ending the file."""
    if size < HEADER.size + FRAME.size + _TRAILER.size:
        return None
    file.seek(size - _TRAILER.size)
    tail = file.read(_TRAILER.size)
    read = len(tail)
    index_offset, magic = _TRAILER.unpack(tail)
    if magic != INDEX_MAGIC or not HEADER.size <= index_offset < size - FRAME.size:
        return None
    file.seek(index_offset)
    frame = file.read(size - index_offset)
    read += len(frame)
    kind, crc, length = FRAME.unpack_from(frame)
    payload = frame[FRAME.size :]
    if kind != KIND_INDEX or length != len(payload) or zlib.crc32(payload) != crc:
        return None
    try:
        (json_len,) = _JSON_LEN.unpack_from(payload)
        doc = json.loads(payload[4 : 4 + json_len])
        if doc.get("version") != INDEX_VERSION or doc.get("covers") != index_offset:
            return None
        schemas = [pa.ipc.read_schema(pa.py_buffer(base64.b64decode(s))) for s in doc["schemas"]]
        frames = [
            FrameEntry(
                int(o),
                int(n),
                str(sid),
                str(ent),
                bool(st),
                int(rows),
                int(schema_id),
                {k: (int(v[0]), int(v[1])) for k, v in ranges.items()},
                {k: {c: None if t is None else int(t) for c, t in v.items()} for k, v in firsts.items()},
            )
            for o, n, sid, ent, st, rows, schema_id, ranges, firsts in doc["frames"]
        ]
        for entry in frames:
            StoreId.parse(entry.store_id)
            if not (0 <= entry.schema_id < len(schemas) and entry.offset + entry.length <= index_offset):
                return None
    except (ValueError, KeyError, TypeError, IndexError, OSError, pa.ArrowException):
        return None
    return FileSummary(size, frames, doc["stores"], schemas, True, read)


def summarize(file: BinaryIO, size: int, name: str = "<file>", *, use_index: bool = True) -> FileSummary:
    """The file's index if it has one (and `use_index`), else a scan."""
    if use_index:
        found = read_index(file, size)
        if found is not None:
            return found
    return scan(file, size, name)


def index_file(path: str | os.PathLike[str]) -> FileSummary:
    """
    Add (or renew) the footer index of a local .rrd file, in place; return its summary.

    A file that already ends with a valid index is rescanned only up to that index, which is
    then rewritten. Damaged frames are listed in the index's summary (`damaged`), not indexed.
    """
    name = os.fspath(path)
    with open(name, "r+b") as file:
        size = os.fstat(file.fileno()).st_size
        existing = read_index(file, size)
        covered = size
        if existing is not None:
            file.seek(size - _TRAILER.size)
            covered, _magic = _TRAILER.unpack(file.read(_TRAILER.size))
        summary = scan(file, covered, name)
        for offset, reason in summary.damaged:
            warnings.warn(f"{name}: byte {offset}: {reason}; not indexed", RrdWarning, stacklevel=2)
        if not summary.complete:
            # An index after a truncated frame would be read as that frame's bytes: leave the file as it is.
            warnings.warn(
                f"{name}: not indexed: the file is truncated or its framing is damaged", RrdWarning, stacklevel=2
            )
            return summary
        file.seek(covered)
        file.truncate(covered)
        file.write(encode_index(summary, covered))
    return summary
