"""The background batcher: rows logged by `rr.log` become chunks off the caller's thread.

`rr.log` only converts the data and appends a `PendingRow` to a deque (thread-safe, never
blocks). A background thread wakes every `RERUN_FLUSH_TICK_SECS` (default 8 ms), or sooner when
more than `RERUN_FLUSH_NUM_BYTES` (default 1 MiB) or `RERUN_FLUSH_NUM_ROWS` (default 4096) are
pending, groups the rows by entity and timelines, and builds one `Chunk` per group: numpy-backed
batches are concatenated with numpy and wrapped as Arrow list columns in one go.

A group is cut into several chunks once it passes either threshold, so a chunk stays a unit a
slow sink can drop, and the viewer's garbage collector can release, on its own. A row of
`SOLO_ROW_BYTES` (256 KiB) or more (an image, a point cloud) gets a chunk of its own and is never
copied: its numpy buffer becomes the Arrow column as it is. That chunk is built by `rr.log` in the
logging thread, and encoded there for a byte sink (see `Batcher.push`).
"""

from __future__ import annotations

import functools
import itertools
import operator
import os
import queue
import struct
import threading
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

import numpy as np

# pyarrow imports numpy.ma on its first conversion of a numpy array: done here, at import, rather
# than in a logging or batcher thread, where an `os.fork` during that import would leave the
# module's import lock held for ever in the child.
import numpy.ma  # noqa: F401
import pyarrow as pa

from .._chunk import Chunk, RowChunk, TimeType, new_chunk_id
from .._datamodel import arrow_types as T
from .._datamodel.batch import BaseBatch, Deferred, IndicatorComponentBatch, storage_nbytes
from .._datamodel.errors import warn
from .._rrd.templates import RowLayout
from .time import TimelineKey


def _env_float(name: str, default: float) -> float:
    """The environment variable `name` as a number; the default, with a warning, when it is not a number >= 0."""
    text = os.environ.get(name)
    if text is None:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):  # NaN fails too
        warn(f"{name}={text!r} is not a number >= 0; using the default {default:g}")
        return default
    return value


@dataclass(frozen=True)
class BatcherConfig:
    """When pending rows are turned into chunks, and how big a chunk may grow."""

    flush_tick_secs: float = 0.008
    flush_num_bytes: int = 1024 * 1024
    flush_num_rows: int = 4096

    @staticmethod
    def from_env() -> BatcherConfig:
        return BatcherConfig(
            flush_tick_secs=_env_float("RERUN_FLUSH_TICK_SECS", 0.008),
            flush_num_bytes=int(_env_float("RERUN_FLUSH_NUM_BYTES", 1024 * 1024)),
            flush_num_rows=int(_env_float("RERUN_FLUSH_NUM_ROWS", 4096)),
        )


#: One `rr.log` call, as a plain tuple (see `pending_row`):
#: ``(entity_path, timelines, times, names, storages, arrow_types, time_ns, inc, tick, nbytes)``:
#: the canonical entity path; the user's timelines (`TimelineKey`, None for a static row) and
#: their values; the component names with, in the same order, each batch's storage (numpy, Arrow,
#: `Deferred`, or None for an indicator) and Arrow type; the time of the call (row id and
#: `log_time`), the row id's counter, `log_tick`; and the estimated size for the flush thresholds.
#:
#: Why a tuple of plain values rather than an object holding component batches: rows wait up to a
#: flush tick in the queue, long enough to survive the garbage collector's young collections, and
#: every object that survives them counts towards a full collection (tens of milliseconds here).
#: At each collection CPython stops tracking the exact tuples whose items are all untracked
#: (strings, ints, numpy arrays, Arrow types, and such tuples): the inner tuples at a row's first
#: collection, the row at its second, before it would be promoted to the oldest generation. Rows
#: of numpy-backed components (scalars, points with colours) thus never count towards a full
#: collection: with 100k `rr.Scalar` rows the garbage collector takes about a third of the time.
PendingRow = tuple[str, "TimelineKey | None", tuple[int, ...], tuple[str, ...], tuple[Any, ...], tuple[Any, ...], int, int, int, int]

# Field positions of a `PendingRow` (Final, so that type checkers know each field's type).
ENTITY_PATH: Final = 0
TIMELINES: Final = 1
TIMES: Final = 2
NAMES: Final = 3
STORAGES: Final = 4
ARROW_TYPES: Final = 5
TIME_NS: Final = 6
INC: Final = 7
TICK: Final = 8
NBYTES: Final = 9
#: A large row (see `SOLO_ROW_BYTES`) may carry an eleventh field: its chunk, built by `Batcher.push`.
PREBUILT: Final = 10

#: Marks an entry of the pending queue that holds ready chunks (`Batcher.send_chunks`), not a row.
READY_CHUNKS: Final = "<ready chunks>"

#: Rows of at least this many bytes (an image, a point cloud) are never grouped with other rows:
#: their chunk holds their own arrays as they are (grouping them would copy them into one), and
#: it is built, and encoded for a byte sink, in the logging thread (see `Batcher.push`).
SOLO_ROW_BYTES = 256 * 1024


def batch_storage(batch: Any) -> tuple[Any, pa.DataType | None]:
    """
    What a row keeps of a component batch: its storage (numpy, Arrow, deferred values, or None
    for an archetype's indicator, one null) and its Arrow type (what numpy storage becomes).
    """
    if isinstance(batch, IndicatorComponentBatch):
        return None, None
    if isinstance(batch, BaseBatch):
        return batch._data, batch._ARROW_TYPE
    return batch.as_arrow_array(), None  # any other `ComponentBatchLike`


def component_parts(components: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[Any, ...], tuple[Any, ...]]:
    """A row's names, storages and Arrow types from component batches by name (see `batch_storage`)."""
    if not components:
        return (), (), ()
    storages, arrow_types = zip(*map(batch_storage, components.values()))
    return tuple(components), storages, arrow_types


def pending_row(
    entity_path: str,
    timelines: TimelineKey | None,
    times: tuple[int, ...],
    components: Mapping[str, Any],
    time_ns: int,
    inc: int,
    tick: int,
    nbytes: int | None = None,
) -> PendingRow:
    """
    A row from component batches by name; `timelines` None for a static row. `nbytes` defaults
    to the estimated size of the batches.
    """
    names, storages, arrow_types = component_parts(components)
    if nbytes is None:
        nbytes = sum(map(storage_nbytes, storages))
    return (entity_path, timelines, times, names, storages, arrow_types, time_ns, inc, tick, nbytes)


def _storage_as_arrow(storage: Any, arrow_type: pa.DataType | None) -> pa.Array:
    if storage is None:
        return pa.nulls(1, pa.null())
    if type(storage) is np.ndarray:
        return T.numpy_to_arrow(storage, arrow_type)
    if type(storage) is Deferred:
        return storage.build(storage.items)
    return storage


_build_of = operator.attrgetter("build")
_items_of = operator.attrgetter("items")


def _values(storages: list[Any], arrow_types: list[Any]) -> tuple[pa.Array, np.ndarray]:
    """The rows' values of one component as one Arrow array, and each row's length."""
    first = storages[0]
    count = len(storages)
    kinds = set(map(type, storages))
    if kinds == {type(None)}:
        # An archetype's indicator: one null per row.
        return pa.nulls(count, pa.null()), np.ones(count, dtype=np.int32)
    # `map` and `attrgetter` rather than generators: this runs per row of every chunk.
    if kinds == {Deferred} and len(set(map(_build_of, storages))) == 1:
        items = list(map(_items_of, storages))
        lengths = np.fromiter(map(len, items), dtype=np.int32, count=count)
        return first.build(list(itertools.chain.from_iterable(items))), lengths
    if type(None) in kinds:
        lengths = np.fromiter((1 if s is None else len(s) for s in storages), dtype=np.int32, count=count)
    else:
        lengths = np.fromiter(map(len, storages), dtype=np.int32, count=count)
    if kinds == {np.ndarray} and all(t == arrow_types[0] for t in arrow_types):
        if count == 1:
            return T.numpy_to_arrow(first, arrow_types[0]), lengths
        if len({s.dtype for s in storages}) == 1:
            return T.numpy_to_arrow(np.concatenate(storages), arrow_types[0]), lengths
    arrays = [_storage_as_arrow(s, t) for s, t in zip(storages, arrow_types)]
    return (pa.concat_arrays(arrays) if len(arrays) > 1 else arrays[0]), lengths


@functools.lru_cache(maxsize=256)
def _one_row_offsets(length: int) -> pa.Array:
    return pa.array([0, length], pa.int32())


def _list_column(present: list[bool] | None, storages: list[Any], arrow_types: list[Any]) -> pa.Array:
    """One list column from the rows' storages; `present` says which rows have the component (None: all)."""
    values, lengths = _values(storages, arrow_types)
    if present is None and len(storages) == 1:  # one row (an image, a point cloud): offsets made once per length
        return pa.ListArray.from_arrays(_one_row_offsets(len(values)), values)
    mask = None
    num_rows = len(storages) if present is None else len(present)
    if present is not None:
        is_present = np.array(present, dtype=bool)
        all_lengths = np.zeros(num_rows, dtype=np.int32)
        all_lengths[is_present] = lengths
        lengths, mask = all_lengths, pa.array(~is_present)
    offsets = np.zeros(num_rows + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    return pa.ListArray.from_arrays(pa.array(offsets), values, mask=mask)


def _group_rows(rows: list[PendingRow], max_rows: int, max_bytes: int) -> list[list[PendingRow]]:
    """Rows grouped by entity and timelines, in logging order; a group is cut at either limit."""
    max_rows = max(1, max_rows)  # RERUN_FLUSH_NUM_ROWS=0 means a chunk per row, not no chunk at all
    groups: dict[tuple[str, TimelineKey | None], list[PendingRow]] = {}
    for row in rows:
        key = (row[ENTITY_PATH], row[TIMELINES])
        group = groups.get(key)
        if group is None:
            groups[key] = [row]
        else:
            group.append(row)
    out = []
    for group in groups.values():
        if len(group) == 1:
            out.append(group)
            continue
        total = sum(r[NBYTES] for r in group)
        if total >= SOLO_ROW_BYTES and max(r[NBYTES] for r in group) >= SOLO_ROW_BYTES:
            out.extend(_cut_around_solo_rows(group, max_rows, max_bytes))
            continue
        if len(group) <= max_rows and total <= max_bytes:
            out.append(group)
            continue
        ends = np.cumsum(np.fromiter([r[NBYTES] for r in group], dtype=np.int64, count=len(group)))
        start = 0
        while start < len(group):
            # As many rows as fit in max_bytes (at least one), and at most max_rows.
            base = int(ends[start - 1]) if start else 0
            stop = max(start + 1, int(np.searchsorted(ends, base + max_bytes, side="right")))
            stop = min(stop, start + max_rows, len(group))
            out.append(group[start:stop])
            start = stop
    return out


def _cut_around_solo_rows(group: list[PendingRow], max_rows: int, max_bytes: int) -> list[list[PendingRow]]:
    """A group with large rows cut in logging order: each large row alone, the rows between within the limits."""
    out: list[list[PendingRow]] = []
    piece: list[PendingRow] = []
    nbytes = 0
    for row in group:
        size = row[NBYTES]
        if size >= SOLO_ROW_BYTES:
            if piece:
                out.append(piece)
                piece, nbytes = [], 0
            out.append([row])
            continue
        if piece and (len(piece) >= max_rows or nbytes + size > max_bytes):
            out.append(piece)
            piece, nbytes = [], 0
        piece.append(row)
        nbytes += size
    if piece:
        out.append(piece)
    return out


def _columns(rows: list[PendingRow]) -> tuple[np.ndarray, dict[str, tuple[TimeType, np.ndarray]], dict[str, pa.Array]]:
    """Row ids, timeline columns and component columns of rows that share entity and timelines."""
    first = rows[0]
    # One list per column: a list of per-row tuples made into a 2-D array costs three times as much.
    ids = np.empty((len(rows), 2), np.int64)
    ids[:, 0] = [r[TIME_NS] for r in rows]
    ids[:, 1] = [r[INC] for r in rows]
    timelines: dict[str, tuple[TimeType, np.ndarray]] = {}
    if first[TIMELINES] is not None:
        for i, (name, time_type) in enumerate(first[TIMELINES]):  # the rows of a group share their timelines
            timelines[name] = (TimeType(time_type), np.array([r[TIMES][i] for r in rows], np.int64))
        timelines["log_time"] = (TimeType.TIME, ids[:, 0])
        timelines["log_tick"] = (TimeType.SEQUENCE, np.array([r[TICK] for r in rows], np.int64))
    first_names = first[NAMES]
    columns: dict[str, pa.Array] = {}
    if all(r[NAMES] is first_names or r[NAMES] == first_names for r in rows):  # shared per archetype and fields (`row_parts`)
        for i, name in enumerate(first_names):
            columns[name] = _list_column(None, [r[STORAGES][i] for r in rows], [r[ARROW_TYPES][i] for r in rows])
    else:
        names: dict[str, None] = {}
        for r in rows:
            names.update(dict.fromkeys(r[NAMES]))
        positions = [dict(zip(r[NAMES], range(len(r[NAMES])))) for r in rows]
        for name in names:
            present = [name in p for p in positions]
            storages = [r[STORAGES][p[name]] for r, p in zip(rows, positions) if name in p]
            arrow_types = [r[ARROW_TYPES][p[name]] for r, p in zip(rows, positions) if name in p]
            columns[name] = _list_column(present, storages, arrow_types)
    return ids, timelines, columns


def _row_times(row: PendingRow) -> dict[str, int]:
    """The row's time per timeline column of its chunk, in `_columns`' order (empty when static)."""
    if row[TIMELINES] is None:
        return {}
    times = {name: value for (name, _type), value in zip(row[TIMELINES], row[TIMES])}
    times["log_time"] = row[TIME_NS]
    times["log_tick"] = row[TICK]
    return times


_U64 = struct.Struct("<Q")
_I64 = struct.Struct("<q")


@functools.lru_cache(maxsize=256)
def _one_row_offsets_bytes(length: int) -> bytes:
    return np.array([0, length], np.int32).tobytes()


def row_layout(row: PendingRow) -> RowLayout | None:
    """
    The buffers of the record batch `Chunk.build(path, *_columns([row]))` would make, in the order
    of `pa.Array.buffers()` over its columns, without making it, and what else decides that
    batch's layout (see `rerun._rrd.templates`). None for a row holding an array whose layout its
    buffers do not fix (one not made by this package's converters).
    """
    buffers: list[Any] = [None, None, _U64.pack(row[TIME_NS]), None, _U64.pack(row[INC])]  # rerun.row_id
    for value in _row_times(row).values():
        buffers += (None, _I64.pack(value))
    fixed = len(buffers)
    signature: list[Any] = []
    for storage, arrow_type in zip(row[STORAGES], row[ARROW_TYPES]):
        if storage is None:  # an indicator: one null
            buffers += (None, _one_row_offsets_bytes(1), None)
            signature.append(None)
            continue
        if type(storage) is np.ndarray:
            values = T.numpy_to_arrow(storage, arrow_type)
            signature.append((storage.dtype.str, storage.shape, arrow_type))
        elif isinstance(storage, pa.Array) and T.is_tight(storage):
            values = storage
            signature.append((values.type, len(values), values.null_count))
        elif type(storage) is Deferred and storage.layout is not None:
            known = storage.layout(storage.items)  # a tensor's buffers, without making its array
            if known is None:
                return None
            signature.append(known[0])
            buffers += (None, _one_row_offsets_bytes(len(storage.items)))
            buffers += known[1]
            continue
        else:
            return None
        buffers += (None, _one_row_offsets_bytes(len(values)))  # the list column of one row
        buffers += values.buffers()
    return RowLayout((row[TIMELINES], row[NAMES]), tuple(signature), buffers, fixed)


def _row_chunk(row: PendingRow) -> RowChunk:
    """The chunk of one large row for a byte sink: its batch made only if asked for (see `RowChunk`)."""
    entity_path = row[ENTITY_PATH]
    return RowChunk(
        entity_path,
        new_chunk_id(),
        row[TIMELINES] is None,
        lambda: Chunk.build(entity_path, *_columns([row])).batch,
        lambda: row_layout(row),
        _row_times(row),
    )


def _build_chunk(group: list[PendingRow]) -> Chunk:
    first = group[0]
    if len(first) > PREBUILT and len(group) == 1:
        return first[PREBUILT]  # type: ignore[misc]  # a large row, built by `Batcher.push`
    return Chunk.build(first[ENTITY_PATH], *_columns(group))


#: Groups below this size may share one record batch with other entities' groups, up to
#: `_SHARED_BATCH_MAX_BYTES` per batch (see `build_chunks`). Kept small so that a sink can tell
#: a small chunk from its buffers' total size (see `rerun._rrd.encode_msg_parts`).
_SHARED_GROUP_MAX_BYTES = 16 * 1024
_SHARED_BATCH_MAX_BYTES = 64 * 1024


def _shared_layout(group: list[PendingRow], nbytes: int) -> tuple[Any, ...] | None:
    """What a small group's columns look like (timelines, components), or None to build it alone."""
    if nbytes > _SHARED_GROUP_MAX_BYTES:
        return None
    first = group[0]
    names = first[NAMES]
    if len(group) > 1 and any(r[NAMES] != names for r in group):
        return None
    return (first[TIMELINES], names)


class _Pack:
    """Small groups of different entities, with the same layout, to build as one record batch."""

    __slots__ = ("groups", "nbytes")

    def __init__(self) -> None:
        self.groups: list[list[PendingRow]] = []
        self.nbytes = 0

    def build(self) -> list[Chunk]:
        if len(self.groups) == 1:
            return [_build_chunk(self.groups[0])]
        try:
            entity_paths = [g[0][ENTITY_PATH] for g in self.groups]
            rows = [r for g in self.groups for r in g]
            return Chunk.build_many(entity_paths, [len(g) for g in self.groups], *_columns(rows))
        except (TypeError, ValueError, pa.ArrowException):
            return [_build_chunk(g) for g in self.groups]  # e.g. one entity's values of another type


def build_chunks(rows: list[PendingRow], config: BatcherConfig | None = None) -> list[Chunk]:
    """
    Group rows by entity and timelines, and build one chunk per group, in logging order.

    Small groups of different entities with the same columns (10,000 entities logging a few
    points each) are built together as one record batch, sliced into one chunk per entity.
    """
    config = config or BatcherConfig()
    groups = _group_rows(rows, config.flush_num_rows, config.flush_num_bytes)
    pieces_per_entity: dict[str, int] = {}
    for group in groups:
        entity_path = group[0][ENTITY_PATH]
        pieces_per_entity[entity_path] = pieces_per_entity.get(entity_path, 0) + 1
    plan: list[list[PendingRow] | _Pack] = []  # in the order the groups were first logged to
    open_packs: dict[tuple[Any, ...], _Pack] = {}
    for group in groups:
        # An entity cut into several chunks keeps them in order: those are built one by one.
        nbytes = group[0][NBYTES] if len(group) == 1 else sum(r[NBYTES] for r in group)
        layout = _shared_layout(group, nbytes) if pieces_per_entity[group[0][ENTITY_PATH]] == 1 else None
        if layout is None:
            plan.append(group)
            continue
        pack = open_packs.get(layout)
        if pack is None or pack.nbytes + nbytes > _SHARED_BATCH_MAX_BYTES:
            pack = open_packs[layout] = _Pack()
            plan.append(pack)
        pack.groups.append(group)
        pack.nbytes += nbytes
    chunks: list[Chunk] = []
    for item in plan:
        if isinstance(item, _Pack):
            chunks.extend(item.build())
        else:
            chunks.append(_build_chunk(item))
    return chunks


def build_chunks_isolating(rows: list[PendingRow], config: BatcherConfig) -> tuple[list[Chunk], list[tuple[PendingRow, Exception]]]:
    """
    `build_chunks`, but a row that cannot be built costs only itself: the chunks of every other
    row, and the rows that failed with their errors.

    The fast path builds everything at once; only when that fails are the groups built one by
    one, and the rows of a failing group one by one (a value that slipped past the checks at
    `rr.log`, or rows of one entity whose columns disagree in type).
    """
    try:
        return build_chunks(rows, config), []
    except Exception:  # noqa: BLE001 - narrowed down below
        pass
    chunks: list[Chunk] = []
    failed: list[tuple[PendingRow, Exception]] = []
    for group in _group_rows(rows, config.flush_num_rows, config.flush_num_bytes):
        try:
            chunks.append(_build_chunk(group))
            continue
        except Exception:  # noqa: BLE001
            pass
        for row in group:
            try:
                chunks.append(_build_chunk([row]))
            except Exception as err:  # noqa: BLE001
                failed.append((row, err))
    return chunks, failed


def _describe_failed(failed: list[tuple[PendingRow, Exception]]) -> str:
    paths = sorted({row[ENTITY_PATH] for row, _ in failed})
    shown = ", ".join(paths[:5]) + (f" and {len(paths) - 5} more" if len(paths) > 5 else "")
    err = failed[0][1]
    return (
        f"rerun: {len(failed)} logged row(s) of {shown} could not be encoded and were dropped "
        f"({type(err).__name__}: {err}); the other rows were kept"
    )


def _env_int(name: str, default: int) -> int:
    return int(_env_float(name, default))


#: ``[(thread id, handler)]`` when a signal handler (SIGTERM, see `process_hooks`) interrupted
#: that thread's own flush, which must end before the handler can flush everything.
after_interrupted_flush: list[tuple[int, Callable[[], None]]] = []


_arrow_warmed_up = False


def warm_up_arrow() -> None:
    """
    Do once, in the thread making the first recording, what Arrow does lazily on its first
    conversion: pyarrow imports pandas (when installed) and numpy.ma there, which takes a while.

    Done in the batcher thread instead, that first flush would often be under way when a script
    forks (multiprocessing right after `rr.init`), and a child forked during an import can find
    the import's locks held for ever. (`os.fork` also waits for a flush under way: see
    `process_hooks`.) The cost is the same, paid at `rr.init` instead of on the first flush.
    """
    global _arrow_warmed_up
    if not _arrow_warmed_up:
        _arrow_warmed_up = True
        _list_column(None, [np.zeros(1), np.zeros(1)], [pa.float64(), pa.float64()])
        pa.array(["warm-up"], pa.utf8())


class _Wake:
    """
    The batcher's wake-up flag: `threading.Event`'s methods, safe against a signal handler.

    Our SIGTERM handler flushes from the thread the signal interrupted (see `process_hooks`). If
    that thread was inside `Event.set`, it held the Event's lock, which is not reentrant: the
    handler's own `set` then waited on that lock for ever (a process that never ended on SIGTERM,
    about one run in ten of a busy logging loop). `queue.SimpleQueue.put` is reentrant, safe to
    call from a signal handler (Python's `queue` documentation), and so is a plain attribute.
    Wake-ups may be spurious; the batcher re-checks what is pending after each.
    """

    __slots__ = ("_flag", "_tokens")

    def __init__(self) -> None:
        self._flag = False
        self._tokens: queue.SimpleQueue[None] = queue.SimpleQueue()

    def set(self) -> None:
        self._flag = True
        self._tokens.put(None)

    def is_set(self) -> bool:
        return self._flag

    def clear(self) -> None:
        self._flag = False
        try:
            while True:
                self._tokens.get_nowait()
        except queue.Empty:
            pass

    def wait(self, timeout: float | None = None) -> bool:
        if self._flag:
            return True
        try:
            self._tokens.get(timeout=timeout)
        except queue.Empty:
            pass
        return self._flag


class Batcher:
    """
    Collects rows and hands finished chunks to `on_chunks` on a background thread.

    Memory stays bounded when the sink is slower than the logging (a slow disk or pipe: the
    sink writes in the batcher's thread): once more than `RERUN_MAX_PENDING_BYTES` (default
    16 MiB: about 18 camera frames of 640x480 RGB, half a second of a 30 Hz camera) or
    `RERUN_MAX_PENDING_ROWS` (default 1,000,000) wait, `push` blocks until the batcher has caught
    up. Nothing is dropped. The bound is also what the protective copies of large arrays cost in
    fresh memory: each copy waiting for the writer holds a buffer of the copy pool
    (`_datamodel/copies.py`), and memory touched for the first time costs more than the copying
    (on the VMs measured, several times more, as the host backs it anew). With 64 MiB, 20 point
    clouds of 12 MB written to a file kept 6-8 buffers (72-96 MB) in the pool; with 16 MiB, 5.
    """

    def __init__(
        self,
        on_chunks: Callable[[list[Chunk]], None],
        config: BatcherConfig | None = None,
        prepare: Callable[[Chunk], bool] | None = None,
    ) -> None:
        self._config = config or BatcherConfig.from_env()
        self._on_chunks = on_chunks
        self._prepare = prepare
        self._pending: deque[PendingRow] = deque()
        self._pending_bytes = 0
        #: Entries `(READY_CHUNKS, chunks)` ever queued (`send_chunks`) and ever handed over: a
        #: flush looks for them among the rows only while the two differ.
        self._ready_queued = 0
        self._ready_taken = 0
        self._ready_lock = threading.Lock()
        self._max_bytes = max(_env_int("RERUN_MAX_PENDING_BYTES", 16 << 20), 1)
        self._max_rows = max(_env_int("RERUN_MAX_PENDING_ROWS", 1_000_000), 1)
        # Read for every row: kept at hand. Never above the bounds, which are checked only past them.
        self._wake_bytes = min(self._config.flush_num_bytes, self._max_bytes)
        self._wake_rows = min(self._config.flush_num_rows, self._max_rows)
        self._wake = _Wake()
        self._drained = threading.Condition()  # notified after each flush (an RLock: see `Sink`)
        self.flush_lock = self._flush_lock = threading.Lock()  # one flush at a time, so chunks keep their order
        self._flusher: int | None = None  # the thread inside a flush
        self._stopped = False
        # True while nothing is pending: the thread then sleeps until a push instead of waking
        # every tick, so a program holding many recordings keeps no busy threads.
        self._idle = True
        self._thread = threading.Thread(target=self._run, name="rerun-batcher", daemon=True)
        self._thread.start()

    def push(self, row: PendingRow) -> None:
        """
        Queue a row; wakes the batcher early when the size thresholds are passed, waits when far behind.

        A large row (`SOLO_ROW_BYTES`) is made into its chunk here, and handed to `prepare` (the
        recording encodes it for a byte sink), so that the batcher's thread, which writes, has
        little else to do: the logging thread works on the next image meanwhile, and checksums
        the array while it is still in the processor's cache from the protective copy. For a
        byte sink the chunk's record batch is made only if its encoding needs it (`RowChunk`:
        a camera stream's later frames are written from the first's layout); else it is made
        here. If that fails, the row is queued as it is, and the batcher reports the error as
        for any row.
        """
        if row[NBYTES] >= SOLO_ROW_BYTES and len(row) == PREBUILT:
            try:
                chunk = _row_chunk(row)
                if self._prepare is None or not self._prepare(chunk):
                    chunk.batch  # noqa: B018 - made now, here: a bad row fails at once, and is reported by the batcher
                row = (*row, chunk)  # type: ignore[assignment]
            except Exception:  # noqa: BLE001, S110 - built again, and reported, by the batcher
                pass
        pending = self._pending
        pending.append(row)
        self._pending_bytes += row[NBYTES]  # approximate under races: it only decides when to wake
        if self._idle:  # read after the append: see `_run` for why no row is ever left asleep
            self._idle = False
            self._wake.set()
        if self._pending_bytes >= self._wake_bytes or len(pending) >= self._wake_rows:
            if not self._wake.is_set():
                self._wake.set()
            if self._pending_bytes > self._max_bytes or len(pending) > self._max_rows:
                self._wait_for_room()

    def _wait_for_room(self) -> None:
        """Back-pressure: block the logging thread until the batcher took the pending rows."""
        if threading.current_thread() is self._thread:
            return  # a sink that logs: waiting for ourselves would never end
        with self._drained:
            while (
                (self._pending_bytes > self._max_bytes or len(self._pending) > self._max_rows)
                and not self._stopped
                and self._thread.is_alive()
            ):
                self._wake.set()
                self._drained.wait(0.1)

    def flush(self, lock_timeout: float | None = None, then: list[Chunk] | None = None) -> None:
        """
        Turn every pending row into chunks now and hand them over (in the calling thread), followed
        by the ready chunks `then` (in the same hand-over, so nothing logged meanwhile comes between).

        Never raises for a row that cannot be encoded: that row is dropped with a warning and
        every other row is handed over (see `build_chunks_isolating`). `lock_timeout`: give up
        after this long if another flush holds the lock (None: wait).
        """
        if lock_timeout is not None and self._flusher == threading.get_ident():
            return  # a signal handler interrupting this thread's own flush: that one cannot finish
        if not self._flush_lock.acquire(timeout=-1 if lock_timeout is None else lock_timeout):
            return
        self._flusher = threading.get_ident()
        try:
            pending = self._pending
            self._pending_bytes = 0
            # Pop exactly the rows present now; rows pushed meanwhile stay for the next flush.
            rows = [pending.popleft() for _ in range(len(pending))]
            with self._drained:
                self._drained.notify_all()
            failed: list[tuple[PendingRow, Exception]] = []
            chunks: list[Chunk] = []
            if self._ready_queued != self._ready_taken:
                # Ready chunks (`send_chunks`) between the rows: each run of rows built, in order.
                run: list[PendingRow] = []
                row: Any
                for row in [*rows, (READY_CHUNKS, [])]:
                    if row[0] is not READY_CHUNKS:
                        run.append(row)
                        continue
                    if run:
                        built, run_failed = build_chunks_isolating(run, self._config)
                        chunks += built
                        failed += run_failed
                        run = []
                    chunks += row[1]  # type: ignore[arg-type]
                    self._ready_taken += 1
                self._ready_taken -= 1  # the end mark
            elif rows:
                chunks, failed = build_chunks_isolating(rows, self._config)
            if then:
                chunks += then
            if chunks:
                self._on_chunks(chunks)
        finally:
            self._flusher = None
            self._flush_lock.release()
            if after_interrupted_flush and after_interrupted_flush[0][0] == threading.get_ident():
                after_interrupted_flush.pop()[1]()  # a signal arrived during this flush: handled now
        if failed:
            warn(_describe_failed(failed))

    def send_chunks(self, chunks: list[Chunk]) -> None:
        """
        Queue ready chunks (`send_columns`) after every row pending now, keeping the logging order:
        the batcher's thread hands them over with the rows, so the caller does not wait for a
        slow sink, except as `push` waits once `RERUN_MAX_PENDING_BYTES` are pending.

        Queued in parts of about `flush_num_bytes` x 16 (16 MiB by default): a byte sink then
        holds the encoding of only those at a time, not of a whole long series (10M scalars:
        360 MB more at the peak), and back-pressure applies part by part.
        """
        max_bytes = 16 * self._config.flush_num_bytes
        start = 0
        while start < len(chunks):
            stop, nbytes = start, 0
            while stop < len(chunks) and (stop == start or nbytes < max_bytes):
                nbytes += chunks[stop].batch.nbytes  # of its slice (the total buffer size is the whole series)
                stop += 1
            with self._ready_lock:  # counted before it is queued: a flush that takes it knows to look
                self._ready_queued += 1
                self._pending.append((READY_CHUNKS, chunks[start:stop]))  # type: ignore[arg-type]
            self._pending_bytes += nbytes
            if self._idle:
                self._idle = False
            self._wake.set()
            if self._pending_bytes > self._max_bytes:
                self._wait_for_room()
            start = stop

    @property
    def config(self) -> BatcherConfig:
        return self._config

    def _run(self) -> None:
        tick = self._config.flush_tick_secs
        while not self._stopped:
            if self._idle:
                self._wake.wait()  # nothing pending: sleep until the next push (or stop)
                self._wake.clear()
                if self._stopped:
                    break
            # The first row of a batch waits one tick for company; a size threshold wakes us earlier.
            if self._pending_bytes < self._wake_bytes and len(self._pending) < self._wake_rows:
                self._wake.wait(tick)
                self._wake.clear()
            try:
                self.flush()
            except Exception as err:  # noqa: BLE001 - the batcher must survive anything
                warn(f"rerun: failed to hand chunks to the sink: {type(err).__name__}: {err}")
            # Mark idle first, then look: a push that appended before this look is seen here, and
            # one that appends after it reads `_idle` as True and wakes us.
            self._idle = True
            if self._pending:
                self._idle = False

    def stop(self, lock_timeout: float | None = None) -> None:
        """Flush what is pending and stop the background thread."""
        self.flush(lock_timeout)
        self._stopped = True
        self._wake.set()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=5.0)
