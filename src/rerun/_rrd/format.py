"""The .rrd stream format, version 1.2: a header, then framed messages (see docs/rrd-format.md).

The same bytes go to a file (`rr.save`), a pipe (`rr.stdout`) and the viewer's TCP port
(`rr.connect`), so one encoder and one decoder serve all of them.

    header  = b"PYRR" | u16 major | u16 minor | u32 flags                      (12 bytes)
    frame   = u8 kind | 3 zero bytes | u32 crc32(payload) | u64 len(payload)   (16 bytes)
              payload = u32 len(json) | json (utf-8) | [Arrow IPC stream]

A chunk's entity path, id and static flag are in its frame's json (format 1.1) rather than in its
Arrow schema (1.0, still read), so that chunks with the same columns carry identical schema bytes,
which the writer serialises once. Small chunks of many entities cut from one record batch by the
batcher travel as one pack frame (format 1.2): one IPC stream, one record batch, and the json
says which rows belong to which entity, so that a frame costs pyarrow's per-batch work once for
hundreds of entities rather than once each.

All integers are little-endian. A header may appear again between frames (a reconnecting
sender, or files concatenated with `cat`); the decoder accepts it.
"""

from __future__ import annotations

import json
import struct
import threading
from dataclasses import dataclass
from json.encoder import encode_basestring_ascii as _json_string  # json.dumps's own, for one str

import pyarrow as pa

from .._checksum import crc32 as _crc32
from .._checksum import crc32_combine as _crc32_combine
from .._chunk import Chunk, RowChunk, _PackChunk
from .._datamodel.copies import known_crc32 as _known_crc32
from .._log_msg import ArrowMsg, BlueprintActivation, LogMsg, SetStoreInfo, StoreId, StoreInfo
from .templates import TEMPLATES
from .validate import check_chunk, check_entity_path, decompressed_bytes

MAGIC = b"PYRR"
FORMAT_MAJOR = 1
FORMAT_MINOR = 2
HEADER = struct.Struct("<4sHHI")
FRAME = struct.Struct("<B3xIQ")
_JSON_LEN = struct.Struct("<I")

# Kinds of frame. None of them equals MAGIC[0], so a header between frames is recognisable.
KIND_STORE_INFO = 1
KIND_ARROW = 2
KIND_BLUEPRINT_ACTIVATION = 3
KIND_ARROW_PACK = 4  # format 1.2: the chunks of several entities in one record batch
#: The optional footer index of a file (`rerun._dataset.index`): not a message, readers pass over it.
KIND_INDEX = 5

# Header flags: which Arrow IPC compression the writer used (informational; IPC says it too).
FLAG_LZ4 = 1
FLAG_ZSTD = 2
_COMPRESSION_FLAGS = {None: 0, "lz4": FLAG_LZ4, "zstd": FLAG_ZSTD}

# A frame claiming more than this is taken as damage rather than allocated.
MAX_PAYLOAD_BYTES = 1 << 40

# Foreign magics we can name in an error message instead of "not an rrd file".
_RERUN_RUST_MAGICS = (b"RRF0", b"RRF1", b"RRF2", b"RRIS")


class RrdError(ValueError):
    """
    The bytes are not a readable .rrd stream; `offset` is where the problem starts.

    Raised by `StreamDecoder.feed`, `decoded` holds the messages that the same call completed
    before the damage, so that nothing received intact is lost.
    """

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(f"{message} (at byte {offset})")
        self.reason = message
        self.offset = offset
        self.decoded: list[LogMsg] = []


class RrdVersionError(RrdError):
    """The stream was written by a newer, incompatible format version."""


@dataclass(frozen=True)
class Header:
    major: int
    minor: int
    flags: int

    @property
    def compression(self) -> str | None:
        if self.flags & FLAG_ZSTD:
            return "zstd"
        if self.flags & FLAG_LZ4:
            return "lz4"
        return None


# -- encoding -----------------------------------------------------------------------------------

_IPC_OPTIONS: dict[str | None, pa.ipc.IpcWriteOptions] = {}


def _ipc_options(compression: str | None) -> pa.ipc.IpcWriteOptions:
    options = _IPC_OPTIONS.get(compression)
    if options is None:
        options = _IPC_OPTIONS[compression] = pa.ipc.IpcWriteOptions(compression=compression)
    return options


def encode_header(compression: str | None = None) -> bytes:
    """The 12-byte stream header; `compression` is None, "lz4" or "zstd"."""
    if compression not in _COMPRESSION_FLAGS:
        raise ValueError(f"unknown rrd compression {compression!r}: expected None, 'lz4' or 'zstd'")
    return HEADER.pack(MAGIC, FORMAT_MAJOR, FORMAT_MINOR, _COMPRESSION_FLAGS[compression])


def _frame(kind: int, meta: dict[str, object]) -> bytes:
    """A frame of json only (store info, blueprint activation)."""
    return b"".join(_frame_parts(kind, _meta_prefix(meta), []))


#: Body pieces from this size on may be pooled copies whose checksum is known (`known_crc32`).
_KNOWN_CRC_MIN_BYTES = 64 << 10


def _frame_parts(kind: int, prefix: bytes, body: list[bytes | pa.Buffer]) -> list[bytes | pa.Buffer]:
    """A frame as pieces (frame header, json prefix, then the body's pieces as given)."""
    crc = _crc32(prefix)
    for part in body:
        if isinstance(part, pa.Buffer) and part.size >= _KNOWN_CRC_MIN_BYTES and _crc32_combine is not None:
            known = _known_crc32(part.address, part.size)
            if known is not None:  # a pooled copy, checksummed as it was made
                crc = _crc32_combine(crc, known, part.size)
                continue
        crc = _crc32(part, crc)
    return [FRAME.pack(kind, crc, len(prefix) + sum(len(p) for p in body)), prefix, *body]


def _meta_prefix(meta: dict[str, object]) -> bytes:
    meta_bytes = json.dumps(meta, separators=(",", ":"), sort_keys=True).encode()
    return _JSON_LEN.pack(len(meta_bytes)) + meta_bytes


def _chunk_meta_prefix(store_id: StoreId, chunk: Chunk) -> bytes:
    """
    The json prefix of a chunk's frame: its store id, entity path, chunk id and static flag.

    The same bytes as `_meta_prefix` of that dict, written out because this is made for every
    chunk (thousands of entities logging a few points: json.dumps of a dict would cost a tenth of
    encoding their chunks). Strings are escaped by json's own string encoder.
    """
    meta_bytes = (
        f'{{"chunk_id":{_json_string(chunk.chunk_id)},"entity_path":{_json_string(chunk.entity_path)},'
        f'"is_static":{"true" if chunk.is_static else "false"},"store_id":{_json_string(str(store_id))}}}'
    ).encode()
    return _JSON_LEN.pack(len(meta_bytes)) + meta_bytes


class _PieceCollector:
    """
    A write-only file for Arrow's IPC writer that keeps large data buffers by reference and
    joins everything else (message headers, flatbuffers, padding, small buffers) into few pieces.

    Arrow writes a chunk of an image as about fifty pieces, all but one of a few bytes: kept
    apart, each would cost its own checksum call and its own entry in the sink's `writev`.
    """

    closed = False

    def __init__(self) -> None:
        self.pieces: list[bytes | bytearray | pa.Buffer] = []
        self._small = bytearray()
        self.nbytes = 0

    def write(self, data: bytes | pa.Buffer) -> int:
        size = len(data)
        if size >= _BY_REFERENCE_PIECE_BYTES:
            if self._small:
                self.pieces.append(self._small)
                self._small = bytearray()
            self.pieces.append(data)
        else:
            self._small += data
        self.nbytes += size
        return size

    def tell(self) -> int:
        return self.nbytes

    def flush(self) -> None:
        pass

    def start(self, head: bytes | pa.Buffer) -> None:
        """Forget what was written so far, and begin the next pieces with `head`."""
        self.pieces = []
        self._small = bytearray(head)
        self.nbytes = 0

    def finish(self) -> list[bytes | bytearray | pa.Buffer]:
        """The pieces, in order, once the writer is closed."""
        if self._small:
            self.pieces.append(self._small)
            self._small = bytearray()
        return self.pieces


#: Pieces at least this large are written from the chunk's own buffer (no copy); smaller ones are joined.
_BY_REFERENCE_PIECE_BYTES = 64 << 10


#: From this size on, `encode_msg_parts` references a chunk's buffers instead of copying them.
_BY_REFERENCE_MIN_BYTES = 256 << 10


#: The end-of-stream marker of Arrow's IPC stream format (continuation token, zero length).
_IPC_END_OF_STREAM = b"\xff\xff\xff\xff\x00\x00\x00\x00"


#: Recently serialised schemas, newest first, as `(schema, bytes)`. Chunks of many entities
#: with the same columns share one schema (their metadata is in the frame's json), and
#: serialising it costs as much as serialising a small chunk's data. A tuple, replaced whole,
#: so that encoders on several threads need no lock (a race only loses an entry).
_recent_schemas: tuple[tuple[pa.Schema, pa.Buffer], ...] = ()
_RECENT_SCHEMAS_KEPT = 8


def _serialized_schema(schema: pa.Schema) -> pa.Buffer:
    global _recent_schemas
    recent = _recent_schemas
    for known, data in recent:
        if known.equals(schema, check_metadata=True):  # nanoseconds when they share one C++ schema
            return data
    data = schema.serialize()
    _recent_schemas = ((schema, data), *recent[: _RECENT_SCHEMAS_KEPT - 1])
    return data


class _StreamWriters(threading.local):
    """Per thread, Arrow IPC stream writers of recently written schemas, each with its collector."""

    def __init__(self) -> None:
        self.recent: list[tuple[pa.Schema, str | None, _PieceCollector, pa.ipc.RecordBatchStreamWriter]] = []


_stream_writers = _StreamWriters()


def _ipc_stream_pieces(batch: pa.RecordBatch, compression: str | None) -> list[bytes | bytearray | pa.Buffer]:
    """
    One batch as a whole Arrow IPC stream (schema, the batch, end-of-stream), in pieces: its
    large buffers by reference, everything else joined (see `_PieceCollector`).

    The schema message is serialised once per schema (`_serialized_schema`) and the record batch
    message written by a stream writer kept open per schema and thread: opening a writer for
    each image wrote its schema (a tensor's is 2.7 KB of flatbuffers) every time, a third of
    the encoding. The bytes are those of a writer opened for this batch alone.
    """
    schema = batch.schema
    recent = _stream_writers.recent
    i = next(
        (i for i, (known, known_compression, _c, _w) in enumerate(recent) if known_compression == compression and known.equals(schema, check_metadata=True)),
        -1,
    )
    # Taken out of the list while in use: a signal handler flushing in this thread meanwhile
    # (SIGTERM, see `process_hooks`) makes its own writer instead of writing into this one.
    if i >= 0:
        entry = recent.pop(i)
        collector, writer = entry[2], entry[3]
        collector.start(_serialized_schema(schema))
    else:
        collector = _PieceCollector()
        writer = pa.ipc.new_stream(collector, schema, options=_ipc_options(compression))
        entry = (schema, compression, collector, writer)
        collector.start(b"")  # a new writer writes the schema with its first batch
    writer.write_batch(batch)  # on failure the writer is dropped: its state is unknown
    collector.write(_IPC_END_OF_STREAM)
    pieces = collector.finish()
    recent.insert(0, entry)
    del recent[_RECENT_SCHEMAS_KEPT:]
    return pieces


def encode_chunk_ipc(chunk: Chunk, compression: str | None = None) -> bytes | pa.Buffer:
    """One chunk's columns as an Arrow IPC stream (schema, one record batch, end-of-stream)."""
    batch = chunk.batch
    if compression is None:
        # The very bytes Arrow's stream writer produces, without its per-stream setup, which costs
        # a third of the encoding of a small chunk (thousands of entities logging a few points).
        return b"".join((_serialized_schema(batch.schema), batch.serialize(), _IPC_END_OF_STREAM))
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema, options=_ipc_options(compression)) as writer:
        writer.write_batch(batch)
    return sink.getvalue()


def encode_msg_parts(msg: LogMsg | list[ArrowMsg], compression: str | None = None) -> list[bytes | pa.Buffer]:
    """
    One message as a frame, in pieces to write one after the other (they join to `encode_msg`);
    or, given a list of chunk messages from `pack_msgs`, their pack frame.

    A large chunk's data buffers are referenced, not copied, so a sink writing the pieces moves
    each byte once (point clouds, images).
    """
    if isinstance(msg, list):
        return _pack_parts(msg[0].store_id, [m.chunk for m in msg], compression)
    if not isinstance(msg, ArrowMsg):
        return [encode_msg(msg, compression)]
    chunk = msg.chunk
    ahead = chunk.__dict__.get(_ENCODED_AHEAD)
    if ahead is not None and ahead[0] == msg.store_id and ahead[1] == compression:
        return ahead[2]  # type: ignore[no-any-return]
    prefix = _chunk_meta_prefix(msg.store_id, chunk)
    if isinstance(chunk, RowChunk) and compression is None:
        return _frame_parts(KIND_ARROW, prefix, _row_stream_pieces(chunk))
    # The total size of the buffers a batch references: for a slice, that of the whole batch it
    # was cut from (the batcher cuts slices only from small batches), and unlike `nbytes` it
    # costs nothing to ask.
    if chunk.batch.get_total_buffer_size() >= _BY_REFERENCE_MIN_BYTES:
        return _frame_parts(KIND_ARROW, prefix, _ipc_stream_pieces(chunk.batch, compression))
    # A small frame goes as one piece: joining a few KB costs less than writing three pieces.
    return [b"".join(_frame_parts(KIND_ARROW, prefix, [encode_chunk_ipc(chunk, compression)]))]


def _row_stream_pieces(chunk: RowChunk) -> list[bytes | bytearray | pa.Buffer]:
    """
    A large row's chunk as an IPC stream, in pieces: from a learnt layout without making its
    record batch when one fits (`rerun._rrd.templates`), else through Arrow (and learnt).
    """
    layout = chunk.row_layout()
    if layout is not None:
        known = TEMPLATES.stream_pieces(layout)
        if known is not None:
            chunk.__dict__["known_schema"] = known[0]
            return known[1]
    batch = chunk.batch
    pieces = _ipc_stream_pieces(batch, None)
    if layout is not None:
        TEMPLATES.learn(layout, batch, _serialized_schema(batch.schema), pieces)
    return pieces


#: Where `encode_ahead` keeps a chunk's frame: `(store id, compression, pieces)`.
_ENCODED_AHEAD = "_encoded_ahead"


def encode_ahead(msg: ArrowMsg, compression: str | None = None) -> None:
    """
    Encode a chunk's frame now and keep it with the chunk, for `encode_msg_parts` of the same
    store and compression to return (a large chunk, encoded in the logging thread while its
    array is still in the processor's cache; see `Batcher.push`).
    """
    parts = encode_msg_parts(msg, compression)
    msg.chunk.__dict__[_ENCODED_AHEAD] = (msg.store_id, compression, parts)


def _pack_meta_prefix(store_id: StoreId, chunks: list[Chunk]) -> bytes:
    """The json prefix of a pack frame: store id, static flag, and per chunk [entity path, chunk id, rows]."""
    entries = ",".join(
        f"[{_json_string(c.entity_path)},{_json_string(c.chunk_id)},{c.num_rows}]" for c in chunks
    )
    meta_bytes = (
        f'{{"chunks":[{entries}],"is_static":{"true" if chunks[0].is_static else "false"},'
        f'"store_id":{_json_string(str(store_id))}}}'
    ).encode()
    return _JSON_LEN.pack(len(meta_bytes)) + meta_bytes


def _pack_parts(store_id: StoreId, chunks: list[Chunk], compression: str | None) -> list[bytes | pa.Buffer]:
    """One pack frame for chunks cut, one after the other, from one shared batch (see `pack_msgs`)."""
    whole, start = chunks[0].pack  # type: ignore[misc]
    rows = sum(c.num_rows for c in chunks)
    batch = whole if start == 0 and rows == whole.num_rows else whole.slice(start, rows)
    ipc = encode_chunk_ipc(Chunk(batch, chunks[0].entity_path, "", chunks[0].is_static), compression)
    return [b"".join(_frame_parts(KIND_ARROW_PACK, _pack_meta_prefix(store_id, chunks), [ipc]))]


def pack_msgs(msgs: list[LogMsg]) -> list[LogMsg | list[ArrowMsg]]:
    """
    `msgs` with each run of chunks that follow each other in one shared batch (same store,
    consecutive rows of `Chunk.pack`) replaced by the list of their messages.
    """
    out: list[LogMsg | list[ArrowMsg]] = []
    run: list[ArrowMsg] = []
    end = -1  # the row after the run's last chunk in its shared batch
    for msg in msgs:
        pack = msg.chunk.pack if isinstance(msg, ArrowMsg) else None
        if run and pack is not None:
            first = run[0]
            if pack[0] is first.chunk.pack[0] and pack[1] == end and msg.store_id == first.store_id:  # type: ignore[index]
                run.append(msg)  # type: ignore[arg-type]
                end += msg.chunk.num_rows  # type: ignore[union-attr]
                continue
        if run:
            out.append(run if len(run) > 1 else run[0])
            run = []
        if pack is not None:
            run = [msg]  # type: ignore[list-item]
            end = pack[1] + msg.chunk.num_rows  # type: ignore[union-attr]
        else:
            out.append(msg)
    if run:
        out.append(run if len(run) > 1 else run[0])
    return out


def encode_msgs_parts(msgs: list[LogMsg], compression: str | None = None) -> list[bytes | pa.Buffer]:
    """
    Several messages as frames, in pieces to write one after the other.

    Like `encode_msg_parts` of each, except that the small chunks of several entities that the
    batcher cut from one record batch become one pack frame (format 1.2): one IPC stream
    instead of one per entity.
    """
    return [part for item in pack_msgs(msgs) for part in encode_msg_parts(item, compression)]


def encode_msg(msg: LogMsg, compression: str | None = None) -> bytes:
    """One message as a frame."""
    if isinstance(msg, ArrowMsg):
        return b"".join(encode_msg_parts(msg, compression))
    if isinstance(msg, SetStoreInfo):
        return _frame(KIND_STORE_INFO, json.loads(msg.info.to_json()))
    if isinstance(msg, BlueprintActivation):
        meta = {"store_id": str(msg.store_id), "make_active": msg.make_active, "make_default": msg.make_default}
        return _frame(KIND_BLUEPRINT_ACTIVATION, meta)
    raise TypeError(f"cannot encode {type(msg).__name__} as an rrd message")


# -- decoding -----------------------------------------------------------------------------------


def decode_header(data: bytes | memoryview, offset: int) -> Header:
    """Check a 12-byte header; raise `RrdError`/`RrdVersionError` with a clear message."""
    magic, major, minor, flags = HEADER.unpack(data)
    if magic != MAGIC:
        if bytes(magic) in _RERUN_RUST_MAGICS:
            raise RrdError("this is an .rrd file of Rerun's own (Rust) SDK, which pyrerun cannot read", offset)
        raise RrdError(f"not an rrd stream: expected the magic bytes {MAGIC!r}, found {bytes(magic)!r}", offset)
    if major > FORMAT_MAJOR:
        raise RrdVersionError(
            f"the stream was written in rrd format version {major}.{minor}, newer than the version "
            f"{FORMAT_MAJOR}.{FORMAT_MINOR} this pyrerun reads; upgrade pyrerun to read it",
            offset,
        )
    return Header(major, minor, flags)


def _store_id(meta: object) -> StoreId:
    store_id = meta.get("store_id") if isinstance(meta, dict) else None
    if not isinstance(store_id, str):
        raise ValueError(f"the store id is a {type(store_id).__name__}, not a string like 'recording:<id>'")
    parsed = StoreId.parse(store_id)  # ValueError for an unknown kind
    if not parsed.id:
        raise ValueError(f"store id {store_id!r} has an empty id")
    return parsed


def _one_batch(arrow: memoryview, max_bytes: int) -> pa.RecordBatch:
    size = decompressed_bytes(arrow)
    if size > max_bytes:
        raise ValueError(f"its Arrow data decompresses to {size} bytes, more than the {max_bytes} bytes allowed")
    batches = list(pa.ipc.open_stream(pa.py_buffer(arrow)))
    if len(batches) != 1:
        raise ValueError(f"expected one record batch per chunk, found {len(batches)}")
    return batches[0]


def _decode_pack(meta: dict[str, object], arrow: memoryview, max_bytes: int) -> list[LogMsg]:
    """A pack frame (format 1.2): the chunks of several entities, consecutive rows of one batch."""
    store_id = _store_id(meta)
    entries, is_static = meta.get("chunks"), meta.get("is_static")
    if not isinstance(entries, list) or not entries:
        raise ValueError("a pack frame's 'chunks' is not a non-empty list")
    for entry in entries:
        if not (
            isinstance(entry, list)
            and len(entry) == 3
            and type(entry[2]) is int
            and entry[2] > 0
            and isinstance(entry[1], str)
        ):
            raise ValueError(f"a pack frame's chunk entry {str(entry)[:200]} is not [entity path, chunk id, rows > 0]")
    batch = _one_batch(arrow, max_bytes)
    if sum(entry[2] for entry in entries) != batch.num_rows:
        raise ValueError(f"the pack frame's chunks have {sum(e[2] for e in entries)} rows, its batch {batch.num_rows}")
    # The whole batch is validated once (in full); each entity's path on its own.
    check_chunk(batch, entries[0][0], entries[0][1], is_static)
    out: list[LogMsg] = []
    start = 0
    for entity_path, chunk_id, rows in entries:
        check_entity_path(entity_path)
        # Sliced only when a chunk's own batch is asked for: the store takes the rows of many
        # small chunks straight from the shared batch, and a slice costs Arrow objects per column.
        out.append(ArrowMsg(store_id, _PackChunk(batch, start, rows, entity_path, chunk_id, is_static)))  # type: ignore[arg-type]
        start += rows
    return out


def _decode_json(kind: int, meta: object, arrow: memoryview, max_bytes: int) -> LogMsg:
    if not isinstance(meta, dict):
        raise ValueError(f"the frame's JSON is a {type(meta).__name__}, not an object")
    if kind == KIND_ARROW:
        store_id = _store_id(meta)
        batch = _one_batch(arrow, max_bytes)
        # Format 1.1 puts the chunk's metadata in the json; 1.0 had it in the schema (the fallback).
        if "entity_path" in meta:
            entity_path, chunk_id, is_static = (meta.get(key) for key in ("entity_path", "chunk_id", "is_static"))
        else:
            chunk = Chunk.from_record_batch(batch)
            entity_path, chunk_id, is_static = chunk.entity_path, chunk.chunk_id, chunk.is_static
        check_chunk(batch, entity_path, chunk_id, is_static)
        return ArrowMsg(store_id, Chunk(batch, entity_path, chunk_id, is_static))  # type: ignore[arg-type]
    if kind == KIND_STORE_INFO:
        _store_id(meta)
        return SetStoreInfo(StoreInfo.from_json(json.dumps(meta)))
    if kind == KIND_BLUEPRINT_ACTIVATION:
        flags = meta.get("make_active"), meta.get("make_default")
        if not all(isinstance(flag, bool) for flag in flags):
            raise ValueError(f"make_active and make_default are {flags!r}, expected booleans")
        return BlueprintActivation(_store_id(meta), *flags)  # type: ignore[arg-type]
    raise ValueError(f"unknown frame kind {kind}")


def decode_payload(
    kind: int, crc: int, payload: memoryview | bytes, offset: int, max_bytes: int = MAX_PAYLOAD_BYTES
) -> LogMsg:
    """The one message of a frame that is not a pack frame (see `decode_payload_all`)."""
    msgs = decode_payload_all(kind, crc, payload, offset, max_bytes)
    if len(msgs) != 1:
        raise RrdError(f"a frame of kind {kind} holds {len(msgs)} messages, expected one", offset)
    return msgs[0]


def decode_payload_all(
    kind: int, crc: int, payload: memoryview | bytes, offset: int, max_bytes: int = MAX_PAYLOAD_BYTES
) -> list[LogMsg]:
    """
    Turn one frame's payload into its messages (several for a pack frame, one otherwise);
    `offset` (of the frame) is for error messages.

    A chunk whose Arrow data would take more than `max_bytes` once decompressed is refused
    before it is decompressed.

    Raises `RrdError` for a checksum that does not match and for any content that does not decode
    or validate (`validate.check_chunk`): whatever a file or a socket holds, nothing else escapes.
    """
    if _crc32(payload) != crc:
        raise RrdError("damaged frame: its checksum does not match its contents", offset)
    view = memoryview(payload)
    try:
        (json_len,) = _JSON_LEN.unpack_from(view)
        if 4 + json_len > len(view):
            raise ValueError(f"its JSON length {json_len} runs past the frame's {len(view)} bytes")
        meta = json.loads(bytes(view[4 : 4 + json_len]))
        if kind == KIND_ARROW_PACK and isinstance(meta, dict):
            return _decode_pack(meta, view[4 + json_len :], max_bytes)
        return [_decode_json(kind, meta, view[4 + json_len :], max_bytes)]
    except Exception as err:  # noqa: BLE001 - Arrow raises OSError, json RecursionError...: all are damage
        raise RrdError(f"damaged frame of kind {kind}: {type(err).__name__}: {err}"[:2000], offset) from err


class StreamDecoder:
    """
    Decodes an rrd byte stream fed in pieces of any size (a pipe, a socket).

    `feed` returns the messages completed by the new bytes. A frame that is whole but does not
    decode (bad checksum, bad JSON, Arrow bytes that do not parse or validate) is skipped: its
    `RrdError` (with the frame's stream offset) is appended to `skipped`, and decoding goes on
    with the next frame. So is a frame announcing more than `max_frame_bytes` (the viewer's memory
    limit): its bytes are dropped as they arrive, never buffered. Damage that loses the framing
    (a frame header that cannot be one, bytes that are not an rrd stream, a newer format
    version) raises `RrdError` with the stream offset, carrying in `decoded` the messages this
    call completed before it; the stream cannot be read on from there.
    """

    def __init__(self, max_frame_bytes: int = MAX_PAYLOAD_BYTES) -> None:
        self._buf = bytearray()
        self._pos = 0  # read position inside _buf
        self._offset = 0  # stream offset of _buf[0]
        self.header: Header | None = None
        #: Payload bytes a frame may announce, and bytes its Arrow data may take once decompressed;
        #: a larger frame is skipped without holding or decompressing it.
        self.max_frame_bytes = max_frame_bytes
        #: Frames skipped as damaged, oldest first; callers report and clear it.
        self.skipped: list[RrdError] = []
        self._discard = 0  # bytes still to drop of a frame too large to read

    @property
    def bytes_consumed(self) -> int:
        return self._offset + self._pos

    @property
    def pending_bytes(self) -> int:
        """Bytes received that do not form a whole frame yet (non-zero at the end = truncated)."""
        return len(self._buf) - self._pos + self._discard

    @property
    def buffered_bytes(self) -> int:
        """Bytes held in memory for the unfinished frame (those of a frame being dropped are not)."""
        return len(self._buf) - self._pos

    def feed(self, data: bytes | bytearray | memoryview) -> list[LogMsg]:
        out: list[LogMsg] = []
        try:
            self._decode(data, out)
        except RrdError as err:
            err.decoded = out
            raise
        return out

    def _decode(self, data: bytes | bytearray | memoryview, out: list[LogMsg]) -> None:
        if self._discard:
            dropped = min(self._discard, len(data))
            self._discard -= dropped
            self._offset += dropped
            data = memoryview(data)[dropped:]
        self._buf += data
        buf = self._buf
        while True:
            start = self._pos
            available = len(buf) - start
            if available >= 4 and buf[start : start + 4] == MAGIC or self.header is None:
                if available < HEADER.size:
                    break
                self.header = decode_header(memoryview(buf)[start : start + HEADER.size], self._offset + start)
                self._pos += HEADER.size
                continue
            if available < FRAME.size:
                break
            kind, crc, length = FRAME.unpack_from(buf, start)
            if buf[start + 1 : start + 4] != b"\0\0\0" or length > MAX_PAYLOAD_BYTES:
                raise RrdError(f"damaged frame header (kind {kind}, length {length})", self._offset + start)
            if length > self.max_frame_bytes:
                self.skipped.append(
                    RrdError(
                        f"a frame announces {length} bytes, more than the {self.max_frame_bytes} bytes allowed "
                        "(the memory limit); its bytes are dropped unread",
                        self._offset + start,
                    )
                )
                whole = FRAME.size + length
                dropped = min(whole, available)
                self._pos += dropped
                self._discard = whole - dropped
                if self._discard:
                    break
                continue
            end = start + FRAME.size + length
            if len(buf) < end:
                break
            self._pos = end
            if kind == KIND_INDEX:
                continue
            payload = bytes(memoryview(buf)[start + FRAME.size : end])
            try:
                out.extend(decode_payload_all(kind, crc, payload, self._offset + start, self.max_frame_bytes))
            except RrdError as err:
                self.skipped.append(err)
        if self._pos:
            # Drop what was consumed so the buffer only holds the unfinished frame.
            del buf[: self._pos]
            self._offset += self._pos
            self._pos = 0
