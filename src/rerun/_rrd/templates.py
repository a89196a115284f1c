"""
The frames of a stream of same-shaped large rows (a camera's images, a fixed-size point cloud),
written from the layout of the first instead of through Arrow's IPC writer.

Every frame of such a stream holds the same Arrow IPC bytes except the row's buffers: the schema
message, the record batch's message header (its field lengths, null counts and buffer offsets)
and the padding are identical. Building the record batch and serialising it cost an image about
0.3 ms of Python and Arrow calls, three times its protective copy (BENCHMARKS.md, issue 12).
So after a row whose layout was seen before, the stream is learnt once from Arrow's own bytes
(the header is taken from them, never written here), and later rows of that layout are written
as that header followed by their buffers, without building a record batch at all.

A row matches a learnt layout only if its batch would be laid out identically: the same columns
and types, the same top-level lengths and null counts, every buffer of the same size, only
arrays whose buffers have no unused bytes (numpy arrays, and Arrow arrays this package made and
marked so, `mark_tight`: no length hides in slack), and the same bytes in every buffer that
shapes the layout (validity bitmaps, offsets, union type ids). Values (pixels, positions, a
colour, a tensor's shape), the row id and the times may differ: they never enter the header.
Anything else is written through Arrow as before; learning checks that its own bytes for the
first row equal Arrow's, so a layout it cannot reproduce is never used.

Only uncompressed streams are written this way (compression rewrites every buffer).
"""

from __future__ import annotations

import os
import struct
import threading
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

#: Buffers from this size on are written by reference (as `_PieceCollector` does); smaller ones are joined.
BY_REFERENCE_BYTES = 64 << 10
#: Layouts kept per set of columns (entities logging images of a few sizes in turn).
LAYOUTS_PER_COLUMNS = 4
#: Sets of columns whose layouts are kept.
MAX_KEYS = 256

_END_OF_STREAM = b"\xff\xff\xff\xff\x00\x00\x00\x00"
_ZEROS = bytes(64)

# How `pa.Array.buffers()` (depth-first: an array's own buffers, then its children's) maps to the
# buffers of Arrow's IPC format, per field: a null array writes none, a union no validity bitmap.
_VALIDITY, _STRUCTURE, _DATA = 0, 1, 2


def _field_buffer_kinds(type_: pa.DataType, out: list[int | None]) -> None:
    """Per buffer of `buffers()` of an array of `type_`, its kind, or None where IPC writes nothing."""
    n = type_.num_buffers
    if pa.types.is_null(type_):
        out.extend([None] * n)
    elif pa.types.is_union(type_):
        out.extend([None] + [_STRUCTURE] * (n - 1))  # type ids, and a dense union's offsets
    elif n == 1:
        out.append(_VALIDITY)  # struct, fixed-size list
    elif n == 2:  # primitive (validity, values) or list (validity, offsets)
        is_list = pa.types.is_list(type_) or pa.types.is_large_list(type_) or pa.types.is_map(type_)
        out.extend([_VALIDITY, _STRUCTURE if is_list else _DATA])
    elif n == 3 and (pa.types.is_string(type_) or pa.types.is_binary(type_) or pa.types.is_large_string(type_) or pa.types.is_large_binary(type_)):
        out.extend([_VALIDITY, _STRUCTURE, _DATA])
    else:
        raise _Unsupported(str(type_))
    for i in range(type_.num_fields):
        _field_buffer_kinds(type_.field(i).type, out)


class _Unsupported(Exception):
    """A type whose IPC buffers this module does not map (dictionaries, views, run-end encoded)."""


def _u32(data: bytes, at: int) -> int:
    return int.from_bytes(data[at : at + 4], "little")


def _body_buffers(metadata: bytes) -> tuple[int, list[tuple[int, int]]]:
    """
    The body length and the `(offset, length)` of each body buffer, from a record batch message's
    flatbuffer (Arrow's Message.fbs: Message{version, header_type, header, bodyLength},
    RecordBatch{length, nodes, buffers, compression}).
    """

    def table(pos: int) -> Any:
        vtable = pos - struct.unpack_from("<i", metadata, pos)[0]
        vtable_size = struct.unpack_from("<H", metadata, vtable)[0]

        def field(i: int) -> int | None:
            slot = 4 + 2 * i
            offset = struct.unpack_from("<H", metadata, vtable + slot)[0] if slot < vtable_size else 0
            return pos + offset if offset else None

        return field

    message = table(_u32(metadata, 0))
    header_type, header, body_length = message(1), message(2), message(3)
    if header_type is None or metadata[header_type] != 3 or header is None or body_length is None:
        raise _Unsupported("not a record batch message")
    record_batch = table(header + _u32(metadata, header))
    if record_batch(3) is not None:
        raise _Unsupported("compressed")
    buffers = record_batch(2)
    if buffers is None:
        return struct.unpack_from("<q", metadata, body_length)[0], []
    vector = buffers + _u32(metadata, buffers)
    count = _u32(metadata, vector)
    pairs = [struct.unpack_from("<qq", metadata, vector + 4 + 16 * k) for k in range(count)]
    return struct.unpack_from("<q", metadata, body_length)[0], pairs


class RowLayout:
    """
    What decides the layout of a one-row chunk's record batch apart from its buffers' bytes: its
    columns (the key) and, per component, a signature; with the row's buffers in the order of
    `pa.Array.buffers()` over the batch's columns. Made by the batcher (`row_layout`), which
    knows how a row becomes columns.
    """

    __slots__ = ("key", "signature", "buffers", "fixed")

    def __init__(self, key: Any, signature: tuple[Any, ...], buffers: list[Any], fixed: int) -> None:
        self.key = key
        self.signature = signature
        #: pa.Buffer, bytes, or None (no buffer, e.g. a validity bitmap without nulls).
        self.buffers = buffers
        #: The first `fixed` buffers are the row id and times: they differ in every row.
        self.fixed = fixed


class _Template:
    """A learnt layout: the stream's bytes before the body, and how to lay out a row's buffers."""

    __slots__ = ("schema", "signature", "head", "slots", "tail")

    def __init__(self, schema: pa.Schema, signature: tuple[Any, ...], head: bytes, slots: list[tuple[int, int, int, Any]], tail: int) -> None:
        self.schema = schema
        self.signature = signature
        self.head = head
        #: Per IPC body buffer: (index into the row's buffers, zero bytes before it, its length,
        #: None if its bytes may differ, else the bytes it must hold).
        self.slots = slots
        self.tail = tail  # zero bytes after the last buffer

    def pieces(self, buffers: list[Any]) -> list[Any] | None:
        """The IPC stream of a row with these buffers, in pieces as `_ipc_stream_pieces` gives; None if it does not fit."""
        pieces: list[Any] = []
        small = bytearray(self.head)
        for index, pad, length, same in self.slots:
            if pad:
                small += _ZEROS[:pad]
            buf = buffers[index]
            if buf is None:
                if length:
                    return None
                continue
            if len(buf) != length:
                return None
            if same is not None and buf is not same and not (buf == same if type(buf) is bytes else buf.equals(same)):
                return None
            if length >= BY_REFERENCE_BYTES:
                pieces.append(small)
                pieces.append(buf)
                small = bytearray()
            else:
                small += buf
        small += _ZEROS[: self.tail]
        small += _END_OF_STREAM
        pieces.append(small)
        return pieces


class Templates:
    """The learnt layouts of one process (thread-safe: templates are never changed once made)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        #: Per key, the learnt layouts, newest first (a list replaced whole, never changed in place).
        self._known: dict[Any, list[_Template]] = {}
        #: Per key, the signatures of recent rows that fitted no layout: a layout is learnt once
        #: seen twice, so that rows of ever-changing sizes (a lidar's clouds) never pay for learning.
        self._missed: dict[Any, list[tuple[Any, ...]]] = {}

    def stream_pieces(self, row: RowLayout) -> tuple[pa.Schema, list[Any]] | None:
        """The row's IPC stream from a learnt layout, with that layout's schema; None if none fits."""
        for template in self._known.get(row.key, ()):
            if template.signature == row.signature:
                pieces = template.pieces(row.buffers)
                if pieces is not None:
                    return template.schema, pieces
        return None

    def learn(self, row: RowLayout, batch: pa.RecordBatch, schema_bytes: bytes | pa.Buffer, pieces: Sequence[Any]) -> None:
        """
        Learn the layout of `row` from `pieces`, Arrow's IPC stream of its `batch` (schema message
        `schema_bytes` first), if a row of this signature missed recently and this module reproduces it.
        """
        with self._lock:
            missed = self._missed.setdefault(row.key, [])
            if row.signature not in missed:
                missed.insert(0, row.signature)
                del missed[LAYOUTS_PER_COLUMNS:]
                if len(self._missed) > MAX_KEYS:
                    self._missed.pop(next(iter(self._missed)))
                return
            missed.remove(row.signature)
        try:
            template = _learn(row, batch, bytes(schema_bytes), pieces)
        except Exception:  # noqa: BLE001 - a stream this module cannot read is written through Arrow, as before
            template = None
        if template is None:
            return
        with self._lock:
            self._known[row.key] = [template, *self._known.get(row.key, ())][:LAYOUTS_PER_COLUMNS]
            if len(self._known) > MAX_KEYS:  # keys of entities no longer logged
                self._known.pop(next(iter(self._known)))

    def after_fork_in_child(self) -> None:
        # A fork while another thread held the lock would leave it held for ever in the child.
        self._lock = threading.Lock()


def _learn(row: RowLayout, batch: pa.RecordBatch, schema_bytes: bytes, pieces: Sequence[Any]) -> _Template | None:
    first = bytes(pieces[0][: len(schema_bytes) + 8])
    if first[: len(schema_bytes)] != schema_bytes or first[-8:-4] != b"\xff\xff\xff\xff":
        return None
    metadata_length = int.from_bytes(first[-4:], "little")
    head_length = len(schema_bytes) + 8 + metadata_length
    if len(pieces[0]) < head_length:
        return None  # the header was written in several pieces
    head = bytes(pieces[0][:head_length])
    body_length, body = _body_buffers(head[len(schema_bytes) + 8 :])
    kinds: list[int | None] = []
    for field in batch.schema:
        _field_buffer_kinds(field.type, kinds)
    batch_buffers = [b for column in batch.columns for b in column.buffers()]
    if len(kinds) != len(row.buffers) or len(batch_buffers) != len(row.buffers):
        return None
    written = [i for i, kind in enumerate(kinds) if kind is not None]
    if len(written) != len(body):
        return None
    slots: list[tuple[int, int, int, Any]] = []
    end = 0
    for index, (offset, length) in zip(written, body):
        mine, theirs = row.buffers[index], batch_buffers[index]
        size = 0 if mine is None else len(mine)
        if size != length or (theirs is not None and theirs.size != length) or (mine is None) != (theirs is None) or not 0 <= offset - end <= len(_ZEROS):
            return None  # a buffer Arrow wrote partly (slack, a slice) or not as given
        # Values never change a layout, only their buffers' sizes do; validity bitmaps, offsets and
        # type ids say how long each array is and how many nulls it has, which the header records.
        varying = index < row.fixed or kinds[index] == _DATA
        # The row's own object where it is the whole buffer: the layouts a converter keeps (a
        # tensor's, `Deferred.layout`) then hand the same objects again, found equal by identity.
        same = None if varying or mine is None else (mine if type(mine) is bytes or mine.size == length else mine.slice(0, length))
        slots.append((index, offset - end, length, same))
        end = offset + length
    if body_length < end or body_length - end > len(_ZEROS):
        return None
    template = _Template(batch.schema, row.signature, head, slots, body_length - end)
    # Written from the row's own buffers, the stream must be Arrow's, byte for byte.
    again = template.pieces(row.buffers)
    if again is None or not _same_stream(again, pieces):
        return None
    return template


def _same_stream(mine: Sequence[Any], theirs: Sequence[Any]) -> bool:
    """The same bytes; large pieces compared by where they are (they are the row's own buffers)."""

    def flat(pieces: Sequence[Any]) -> list[Any]:
        out: list[Any] = []
        for p in pieces:
            if len(p) >= BY_REFERENCE_BYTES and isinstance(p, pa.Buffer):
                out.append((p.address, p.size))
            elif out and isinstance(out[-1], bytearray):
                out[-1] += p
            else:
                out.append(bytearray(p))
        return out

    return flat(mine) == flat(theirs)


TEMPLATES = Templates()
os.register_at_fork(after_in_child=TEMPLATES.after_fork_in_child)
