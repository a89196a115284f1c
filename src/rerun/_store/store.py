"""The chunk store: every chunk of one recording (or blueprint), indexed for latest-at and range.

Layout
------
- ``_chunks``: chunk serial (an int given at insertion) -> `_ChunkRec` (the chunk and its columns).
- ``_temporal[entity][component][timeline]``: a `ComponentIndex` of the non-null rows of that
  component, sorted by (time, row id). Made per timeline when the timeline is first queried
  (`_on`): until then a timeline keeps only the serials of its chunks (`_unindexed`), and from
  then on its indexes grow as chunks arrive. A recording's rows carry their timelines and the
  SDK's ``log_time`` and ``log_tick``; a page shows one timeline at a time, and the indexes of
  the others would be two thirds of the store's Python objects for many small entities.
  ``_temporal`` itself makes every timeline's (for readers not asking about one timeline);
  the store's own timeline-aware paths read ``_indexes`` through `_on`. Built incrementally
  from segments (see `index.py`): a sorted chunk without nulls is referenced whole (its own
  time and row id arrays), so memory per row is only spent on small, late or sparse chunks; it
  keeps its last latest-at answer with the interval of times that share it.
- Compaction: an unbroken run of small temporal chunks of one entity with the same columns is
  merged into one chunk (`_note_small`), as Rerun's store does: rows logged one at a time
  otherwise cost far more as chunks and index entries than as data.
- Staging (`add_chunks`): small temporal chunks arriving in blocks (a file, a socket read) wait,
  per schema and entity, until a reader takes the store's lock, the entity has `STAGE_ROWS`
  rows, `STAGE_BYTES` are waiting, or the caller flushes; then each entity's waiting rows become
  one chunk, copied once from the decoded batches and indexed once. Every reader sees them
  (`_FlushingLock`); the store never holds tens of thousands of tiny chunks on the way.
- ``derived``: caches views keep per store (emptied when the memory limit drops chunks).
- ``_static[entity][component]``: the one static cell that wins (greatest row id). A static cell
  shadows all temporal data of the same component at the same entity, on every timeline.
- ``_rclear[entity][timeline]``: the subset of ``ClearIsRecursive`` rows whose value is true.
- ``_entity_rows[entity][timeline]``: every row with any data, for the streams histogram (made
  per timeline like ``_temporal``; raw: ``_rows``).
- ``_tables[timeline]``: for batched latest-at over many entities once data has settled, a
  contiguous copy of that timeline's small indexes, searched all at once (see `table.py`).

Clears
------
A latest-at query of component C at entity E for time t hides the value found at (t_d, row_d)
if there is a clear at E (recursive or not), or a *recursive* clear at an ancestor of E, whose
(time, row id) is after (t_d, row_d) and at or before t. Static data sorts before all temporal
data, but static data is never hidden by a temporal clear (as in Rerun: a temporal clear is
shadowed by the static cell it would empty, rerun-io/rerun#11919); a static clear only hides
static data logged before it (by row id); and, being static, it shadows the temporal clears of
its entity.
The ``ClearIsRecursive`` component itself is never hidden. Range queries ignore clears;
`range_clears` reports them (so plots can draw holes).
"""

from __future__ import annotations

import itertools
import logging
import threading
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .._chunk import ROW_ID, Chunk, TimeType, _PackChunk, new_chunk_id
from . import paths
from .index import ChunkShare, ComponentIndex, TimeIndex
from .ranges import RangeQueries
from .results import STATIC_TIME, LatestAtResult, TimeHistogram
from .table import LatestAtTable, TableAnswers

log = logging.getLogger("rerun.store")

CLEAR_COMPONENT = "rerun.components.ClearIsRecursive"
# Batched latest-at queries of fewer entities than this search index by index (no table).
#: Consecutive small temporal chunks of one entity are merged up to this many rows and bytes
#: (Rerun's store compacts its chunks with similar thresholds).
COMPACT_ROWS = 512
COMPACT_BYTES = 256 * 1024
#: An entity's small chunks are merged once it has this many (and by `ChunkStore.compact`).
COMPACT_EVERY = 8
_TABLE_MIN_ENTITIES = 16
#: Staged rows (see `ChunkStore.add_chunks`) are added once this many bytes of their batches wait.
#: (The store would hold those rows anyway; each addition before a file's end leaves every entity
#: one more small chunk to merge: 10,000 entities x 100 rows loaded in 38 s of CPU with 32 MB,
#: 14 s with 128 MB, and a lower peak, 0.7 GB against 1.0 GB.)
STAGE_BYTES = 128 << 20
#: An entity's staged rows are added once it has this many (or `COMPACT_BYTES` of them): the
#: SDK's own chunks hold up to 4,096 rows. With `COMPACT_ROWS` (512), rows of one entity sent a
#: chunk each (200,000 scalars) became 391 chunks whose Arrow objects, made while the next frames
#: were being decoded, kept 1.8x the rows' bytes resident; 49 chunks kept 1.4x.
STAGE_ROWS = 4096
#: Staged batches are joined into one every this many (see `_Stage`).
STAGE_JOIN_BATCHES = 256
#: The Arrow memory pool of the rows the store copies to keep (staged rows joined, small chunks
#: merged): the C library's allocator, not Arrow's default (mimalloc). These copies live as long
#: as the store and are large (a column of many entities' rows), which the C allocator maps page
#: by page and gives back whole when freed; from mimalloc, among the short-lived buffers of the
#: frames being decoded, 100,000 small rows on 1,000 entities (10.8 MB) kept ~1.5 MB more
#: resident (`benchmarks/bench_store_memory.py`), and loaded no faster.
LASTING_POOL: pa.MemoryPool | None = pa.system_memory_pool()


class _Stage:
    """Small temporal chunks of one schema waiting to be added (see `ChunkStore.add_chunks`).

    The decoded batches they are rows of are kept whole (a pack frame's batch holds the chunks of
    hundreds of entities); per entity, its parts as (batch number, first row, rows), in order,
    flat in an int64 `array` (no Python object per part: tens of thousands of them, freed while
    the store's lasting objects are made, would leave Python's heap fragmented).

    Every `STAGE_JOIN_BATCHES` batches, those staged since the last join are joined into one
    (`add_batch`): a decoded record batch costs ~14 kB of C++ objects and its frame's bytes
    besides its rows, so a file of chunks of one row each (the SDK flushing every row) held
    1.6 GB at its peak for 11 MB of rows, and the Python objects of 100,000 staged batches
    spread over arenas that the store's lasting objects then kept. A batch keeps its number;
    `where` maps it to the batch it is now rows of (`locate`).
    """

    __slots__ = ("schema", "batches", "positions", "row_bytes", "parts", "nbytes", "where", "joined")

    def __init__(self, schema: pa.Schema) -> None:
        self.schema = schema
        self.batches: list[pa.RecordBatch] = []
        # id(batch) -> its number, for the batches not joined yet (each kept alive by `batches`,
        # so its id stays its own).
        self.positions: dict[int, int] = {}
        # Per batch number: bytes per row, and where its rows are: (index in `batches`, first row).
        self.row_bytes: array[float] = array("d")
        self.where: array[int] = array("q")
        self.parts: dict[str, array[int]] = {}
        self.nbytes = 0.0
        # `batches[:joined]` are joins (or batches staged before the last join).
        self.joined = 0

    def add_batch(self, source: pa.RecordBatch) -> int:
        """Stage a decoded batch; its number."""
        if len(self.batches) - self.joined >= STAGE_JOIN_BATCHES:
            self._join()
        number = len(self.row_bytes)
        self.positions[id(source)] = number
        self.where.append(len(self.batches))
        self.where.append(0)
        self.batches.append(source)
        self.row_bytes.append(source.get_total_buffer_size() / max(source.num_rows, 1))
        return number

    def _join(self) -> None:
        """Join the batches staged since the last join into one (see the class docstring)."""
        tail = self.batches[self.joined :]
        try:
            joined = pa.concat_batches(tail)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
            self.joined = len(self.batches)  # kept apart (a type Arrow cannot join)
            return
        firsts = np.cumsum([0] + [b.num_rows for b in tail[:-1]], dtype=np.int64)
        where = np.frombuffer(self.where, np.int64).reshape(-1, 2)
        # The batches since the last join are the last numbers, one each, in order.
        moved = where[len(where) - len(tail) :]
        moved[:, 1] = firsts
        moved[:, 0] = self.joined
        del where, moved  # (a view pins the array's buffer: no append while it lives)
        self.batches[self.joined :] = [joined]
        self.joined = len(self.batches)
        self.positions.clear()  # only batches not joined are looked up (their ids may be reused now)

    def locate(self, parts: np.ndarray) -> np.ndarray:
        """(batch number, first row, rows) triples as (index in `batches`, first row, rows)."""
        where = np.frombuffer(self.where, np.int64).reshape(-1, 2)
        out = parts.reshape(-1, 3).copy()
        out[:, 0] = where[out[:, 0], 0]
        out[:, 1] += where[parts.reshape(-1, 3)[:, 0], 1]
        return out


class _FlushingLock:
    """The store's lock. Entering it first adds the staged chunks (`ChunkStore.add_chunks`), so
    that whoever reads the store under its lock sees every row handed to it. `raw` is the lock
    itself, for the ingest path that stages."""

    __slots__ = ("raw", "_store")

    def __init__(self, store: ChunkStore) -> None:
        self.raw = threading.RLock()
        self._store = store

    def __enter__(self) -> _FlushingLock:
        self.raw.acquire()
        store = self._store
        if store._stages and not store._flushing:
            try:
                store._flush_staged()
            except BaseException:
                self.raw.release()
                raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.raw.release()


@dataclass(slots=True)
class _ChunkRec:
    serial: int
    chunk: Chunk
    entity: str
    is_static: bool
    nbytes: int
    min_row_id: int
    #: The component columns with any non-null row, once made (see `columns`).
    made_columns: dict[str, pa.Array] | None
    #: For rows of a batch shared with other entities (`chunk.pack`): (component, column
    #: position in that batch) of the columns `columns` slices when first asked for (one tuple
    #: shared by the entities of the batch).
    column_source: tuple[tuple[str, int], ...] | None = None
    static_refs: int = 0

    @property
    def columns(self) -> dict[str, pa.Array]:
        """Component name to its column of this chunk's rows (those with any non-null row).

        For a row range of a shared batch the sliced columns are made on first use: a sliced
        list column costs ~0.7 kB of C++ objects (its array data and the boxed child arrays),
        more than a small entity's rows, and a recording's entities are not all read (a page
        shows one timeline; many entities are never in view). Once made they are kept, so
        readers get the same column objects every time (views cache per column object)."""
        cols = self.made_columns
        if cols is None:
            # (`column_source` stays: a reader outside the store's lock racing this one makes
            # the same columns again, and one of the two is kept.)
            positions, pack = self.column_source, self.chunk.pack
            assert positions is not None and pack is not None
            whole, start = pack
            n = self.chunk.num_rows
            cols = self.made_columns = {name: whole.column(i).slice(start, n) for name, i in positions}
        return cols

    def time_bounds(self) -> dict[str, tuple[int, int]]:
        """(min, max) time of the chunk's rows per timeline (computed when asked: kept per chunk,
        these tuples cost more than a small entity's index)."""
        return {name: (int(times.min()), int(times.max())) for name, (_, times) in _timelines(self.chunk).items() if len(times)}


@dataclass(frozen=True)
class _Static:
    """The winning static cell of one (entity, component), and the latest-at answer it gives."""

    rid: int
    hi: int
    lo: int
    serial: int
    row: int
    result: LatestAtResult


def _row_id_halves(chunk: Chunk) -> tuple[np.ndarray, np.ndarray]:
    """The chunk's row ids as two uint64 arrays: views of its Arrow buffers when possible, so
    the indexes that keep them by reference cost no copy."""
    col = chunk.batch.column(ROW_ID)
    if col.null_count == 0 and pa.types.is_uint64(col.type.field(0).type) and pa.types.is_uint64(col.type.field(1).type):
        hi, lo = col.flatten()  # `flatten`, unlike `field`, applies a sliced column's offset
        if hi.null_count == 0 and lo.null_count == 0:
            return _view(hi, np.uint64), _view(lo, np.uint64)
    rids = chunk.row_ids()
    return np.ascontiguousarray(rids[:, 0]), np.ascontiguousarray(rids[:, 1])


def _view(array: pa.Array, dtype: type) -> np.ndarray:
    """A primitive Arrow array without nulls as a numpy view of its buffer (fewer objects than
    `to_numpy`, and every chunk keeps several for its indexes)."""
    return np.frombuffer(array.buffers()[1], dtype, len(array), array.offset * np.dtype(dtype).itemsize)


def _arrow_indices(rows: np.ndarray) -> pa.Array:
    """int64 row numbers as an Arrow array, made from the buffer: `pa.array` of a numpy array
    (or a `take` given one) makes pyarrow import pandas to check its type, 28 MB of memory the
    first time, in a viewer that otherwise never needs it."""
    rows = np.ascontiguousarray(rows, np.int64)
    return pa.Array.from_buffers(pa.int64(), len(rows), [None, pa.py_buffer(rows)])


def _own_nbytes(chunk: Chunk) -> int:
    """The chunk's bytes: for rows of a batch shared with other entities (a `_PackChunk`), their
    share of it by row count (`Chunk.nbytes` would count the whole batch for each of them)."""
    pack = chunk.pack
    if pack is None:
        return chunk.nbytes
    whole = pack[0]
    return whole.get_total_buffer_size() * chunk.num_rows // max(whole.num_rows, 1)


_TIME_TYPES = {t.value.encode(): t for t in TimeType}
# The children of every leaf of the entity tree (see `_register_entity`): never mutated.
_NO_CHILDREN: set[str] = set()
# The indexes of a component known at an entity on no indexed timeline yet (see `_on`): one
# shared empty dict, never added to (`_index_rows` gives the component its own when it indexes
# rows; ~330 B per entity and component otherwise, for timelines a page may never show).
_NOT_INDEXED: dict[str, ComponentIndex] = {}


class _SharedNames(dict):  # type: ignore[type-arg]
    """The components of an entity none of which is indexed on any timeline yet (each maps to
    `_NOT_INDEXED`): one such dict per set of names, shared by every entity with those names
    (`ChunkStore._with_names`) and never changed; an entity gets a dict of its own
    (`ChunkStore._own_components`) when one of its components is indexed. A dict per entity cost
    ~210 B, a fifth of a small entity's Python objects, for a timeline a page may never show."""

    __slots__ = ()


def _timelines(chunk: Chunk) -> dict[str, tuple[TimeType, np.ndarray]]:
    """`Chunk.timelines`, the times as views of the chunk's buffers where they have no nulls."""
    out: dict[str, tuple[TimeType, np.ndarray]] = {}
    batch = chunk.batch
    for i, f in enumerate(batch.schema):
        meta = f.metadata
        if meta and meta.get(b"rerun.kind") == b"time":
            col = batch.column(i)
            ok = col.null_count == 0 and pa.types.is_int64(col.type)
            times = _view(col, np.int64) if ok else col.to_numpy(zero_copy_only=False)
            out[f.name] = (_TIME_TYPES.get(meta.get(b"rerun.time_type", b""), TimeType.SEQUENCE), times)
    return out


def _schema(chunk: Chunk) -> pa.Schema:
    """A chunk's schema, without slicing a `_PackChunk`'s batch."""
    return chunk.batch.schema if chunk.pack is None else chunk.pack[0].schema


@dataclass(slots=True)
class _PackViews:
    """What `ChunkStore._columns_of` needs of a batch whose row ranges are several entities'
    chunks: its component columns' positions, and numpy views of its row id halves and times."""

    data: tuple[tuple[str, int], ...]
    hi: np.ndarray
    lo: np.ndarray
    times: list[tuple[str, TimeType, np.ndarray]]
    #: Per entry of `data`: None when that column has no null row, else its validity per row.
    valid: tuple[np.ndarray | None, ...]

    @staticmethod
    def of(whole: pa.RecordBatch) -> _PackViews | None:
        """None when some column cannot be viewed without a copy (nulls, other types)."""
        data: list[tuple[str, int]] = []
        times: list[tuple[str, TimeType, np.ndarray]] = []
        row_ids = None
        for i, f in enumerate(whole.schema):
            meta = f.metadata or {}
            kind = meta.get(b"rerun.kind")
            if kind == b"data":
                data.append((f.name, i))
            elif kind == b"time":
                col = whole.column(i)
                if col.null_count or not pa.types.is_int64(col.type):
                    return None
                times.append((f.name, _TIME_TYPES.get(meta.get(b"rerun.time_type", b""), TimeType.SEQUENCE), _view(col, np.int64)))
            elif f.name == ROW_ID:
                row_ids = whole.column(i)
        if row_ids is None or row_ids.null_count or not all(pa.types.is_uint64(row_ids.type.field(k).type) for k in (0, 1)):
            return None
        hi, lo = row_ids.flatten()
        if hi.null_count or lo.null_count:
            return None
        valid = tuple(
            None if whole.column(i).null_count == 0 else whole.column(i).is_valid().to_numpy(zero_copy_only=False) for _, i in data
        )
        return _PackViews(tuple(data), _view(hi, np.uint64), _view(lo, np.uint64), times, valid)


def _first_bools(col: pa.Array) -> np.ndarray:
    """First value of each row of a list<bool> column (False for null or empty rows)."""
    n = len(col)
    offsets = col.offsets.to_numpy()
    starts, lens = offsets[:-1], np.diff(offsets)
    values = col.values.fill_null(False).to_numpy(zero_copy_only=False)
    out = np.zeros(n, dtype=bool)
    has = lens > 0
    if col.null_count:
        has &= col.is_valid().to_numpy(zero_copy_only=False)
    out[has] = values[starts[has]]
    return out


class LatestAtMemo:
    """What one `ChunkStore.latest_at_entities` call answered, for the next call to reuse.

    Owned by one caller (e.g. one view being scrubbed): entities whose rows did not change since
    then get the same answer object back, found by comparing the table's positions of both times
    in one vectorised step instead of searching every entity again.
    """

    __slots__ = ("table", "positions", "answers", "components", "paths", "entities", "changed")

    def __init__(self) -> None:
        self.table: LatestAtTable | None = None
        self.positions: np.ndarray | None = None
        self.answers: dict[str, dict[str, LatestAtResult]] = {}
        self.components: tuple[str, ...] | None = None
        #: The entity paths the last call was given, and the same made canonical.
        self.paths: list[str] = []
        self.entities: list[str] = []
        #: The entities whose answer the last call made anew (None: every one), e.g. for a caller
        #: that keeps its own per-entity state to update only those.
        self.changed: set[str] | None = None


class ChunkStore(RangeQueries):
    """All chunks of one store, with latest-at and range queries. Thread-safe (one lock).

    Parameters
    ----------
    store_id:
        Optional identity, kept for callers (`StoreHub` sets it).

    """

    def __init__(self, store_id: object = None) -> None:
        self.store_id = store_id
        self.info: object = None
        self._lock = _FlushingLock(self)
        # Staged chunks by schema (see `add_chunks`), the stage of each staged entity and its row count.
        self._stages: list[_Stage] = []
        self._staged_in: dict[str, _Stage] = {}
        self._staged_rows: dict[str, int] = {}
        self._staged_bytes = 0.0
        self._flushing = False
        self._serials = itertools.count()
        self._chunks: dict[int, _ChunkRec] = {}
        # The indexes made so far (see `_temporal`, `_on`), the timelines they are made for, and
        # per timeline not yet queried, the serials of its chunks in the order they were added.
        self._indexes: dict[str, dict[str, dict[str, ComponentIndex]]] = {}
        self._indexed_timelines: set[str] = set()
        # The `_SharedNames` dicts, by their names.
        self._shared_names: dict[frozenset[str], _SharedNames] = {}
        self._unindexed: dict[str, array[int]] = {}
        self._static: dict[str, dict[str, _Static]] = {}
        self._static_clear_recursive: dict[str, bool] = {}
        self._rclear: dict[str, dict[str, TimeIndex]] = {}
        self._rows: dict[str, dict[str, TimeIndex]] = {}
        self._entities: set[str] = set()
        self._tree: dict[str, set[str]] = {"/": set()}
        self._clear_entities: set[str] = set()
        self._clear_candidates: dict[str, list[tuple[str, bool]]] = {}
        self._timelines: dict[str, TimeType] = {}
        self._time_ranges: dict[str, list[int]] = {}
        # Per entity: its component names, sorted and as a set (dropped when the entity changes).
        self._component_cache: dict[str, tuple[list[str], frozenset[str]]] = {}
        #: Per entity, bumped whenever its data changes (lets callers cache per entity).
        self._entity_gen: dict[str, int] = {}
        # Per timeline: the latest-at table (see `table.py`), and the generation of the last
        # batched query that found none (a table is built when the next one sees the same).
        self._tables: dict[str, LatestAtTable] = {}
        # Tables of an earlier generation, that the next one may be made from (`LatestAtTable.updated`).
        self._previous_tables: dict[str, LatestAtTable] = {}
        self._table_requests: dict[str, int] = {}
        # (generation, entity -> its children in reverse path order): see `_children_sorted_reversed`.
        self._children_cache: tuple[int, dict[str, list[str]]] = (-1, {})
        # Component -> (generation, entities that logged it): see `_entities_with`.
        self._with_component: dict[str, tuple[int, list[str]]] = {}
        self._nbytes = 0
        #: Bumped on every change; lets callers notice new data cheaply.
        self.generation = 0
        #: Changes when an entity, or a component at an entity, appears (or chunks are dropped):
        #: what derives from the entity tree and who logged which component holds while it stays.
        self.shape_generation = 0
        #: How many component indexes were ever made (with `shape_generation`: whether the
        #: latest-at table must look for new indexes, `LatestAtTable.updated`).
        self.indexes_made = 0
        #: Caches that views derive from this store's data (their results refer to its chunks),
        #: by the view's own key. Emptied when chunks are dropped (`gc_drop_oldest`), so that no
        #: cache keeps a dropped chunk's memory alive.
        self.derived: dict[str, Any] = {}
        # Per entity, the serials of its small chunks gathered for merging (see `_note_small`):
        # the serial alone while there is one (a list per entity cost 64 B, and after a file's
        # load most entities are one chunk).
        self._open_chunks: dict[str, int | list[int]] = {}
        # id(batch) -> (batch, its `_PackViews`) for the chunks being added that are row ranges of
        # it (see `_columns_of`); emptied once they are in, so it keeps no batch alive.
        self._pack_views: dict[int, tuple[pa.RecordBatch, _PackViews | None]] = {}

    # -- ingest -----------------------------------------------------------------------------

    def add_chunk(self, chunk: Chunk) -> None:
        """Index a chunk. Rows whose component cell is null are not data for that component."""
        with self._lock:
            try:
                self._add(chunk)
            finally:
                self._pack_views.clear()

    def add_chunks(self, chunks: Sequence[Chunk], *, hold: bool = False) -> list[tuple[int, Exception]]:
        """Index several chunks, e.g. one block read from a file or a socket: the same rows as
        `add_chunk` of each in turn. Returns (position, error) of the chunks that could not be
        taken (the others are in).

        Small temporal chunks are staged: per entity, its consecutive small chunks of one schema
        become one chunk, copied once from the decoded batches and indexed once. (A file of rows
        logged one at a time holds tens of thousands of chunks of a few rows; indexing each of
        them and merging them later took ~0.5 ms per chunk and left the heap fragmented.) Staged
        rows are added when anyone takes the store's lock (every query does, so no reader misses
        them), when the entity has `STAGE_ROWS` rows or `COMPACT_BYTES` waiting, when the
        store holds `STAGE_BYTES` of staged batches, and, unless `hold`, before this returns.
        The order of each entity's chunks is kept; across entities it does not matter (queries
        order rows by time and row id).
        """
        errors: list[tuple[int, Exception]] = []
        staged = False
        with self._lock.raw:
            for i, chunk in enumerate(chunks):
                try:
                    if self._stage(chunk):
                        staged = True
                        continue
                    entity = paths.normalize(chunk.entity_path)
                    if entity in self._staged_in:
                        self._flush_entity(entity)  # its earlier rows go in first
                    self._add(chunk)
                except Exception as err:  # noqa: BLE001 - reported per chunk to the caller
                    errors.append((i, err))
            if staged:
                if not hold or self._staged_bytes > STAGE_BYTES:
                    self._flush_staged()
                else:
                    self.generation += 1  # readers notice, and their lock adds the staged rows
            self._pack_views.clear()
        return errors

    def flush(self) -> None:
        """Add the chunks `add_chunks` staged (taking the lock does it)."""
        with self._lock:
            pass

    def _stage(self, chunk: Chunk) -> bool:
        """Stage a small temporal chunk (lock held); False for any other chunk."""
        n = chunk.num_rows
        if chunk.is_static or n == 0 or not self._is_small(chunk, n):
            return False
        pack = chunk.pack
        source, start = (chunk.batch, 0) if pack is None else pack
        key = id(source)
        stage = None
        for candidate in self._stages:
            if key in candidate.positions:
                stage = candidate
                break
        if stage is None:
            schema = source.schema
            for candidate in self._stages:
                if candidate.schema.equals(schema, check_metadata=True):
                    stage = candidate
                    break
            else:
                if not any((f.metadata or {}).get(b"rerun.kind") == b"time" for f in schema):
                    return False  # no timeline: static data after all
                stage = _Stage(schema)
                self._stages.append(stage)
            size = source.get_total_buffer_size()
            stage.add_batch(source)
            stage.nbytes += size
            self._staged_bytes += size
        entity = paths.normalize(chunk.entity_path)
        current = self._staged_in.get(entity)
        if current is not None and current is not stage:
            self._flush_entity(entity)  # another schema: keep the entity's chunks in order
        pos = stage.positions[key]
        parts = stage.parts.get(entity)
        if parts is None:
            parts = stage.parts[entity] = array("q")
            self._staged_in[entity] = stage
        parts.append(pos)
        parts.append(start)
        parts.append(n)
        counts = self._staged_rows.get(entity, 0) + n
        self._staged_rows[entity] = counts
        if counts >= STAGE_ROWS or counts * stage.row_bytes[pos] >= COMPACT_BYTES:
            self._flush_entity(entity)
        return True

    def _flush_entity(self, entity: str) -> None:
        """Add one entity's staged rows as one chunk (lock held)."""
        stage = self._staged_in.pop(entity)
        parts = stage.parts.pop(entity)
        self._staged_rows.pop(entity, None)
        if not stage.parts:
            self._stages.remove(stage)
            self._staged_bytes -= stage.nbytes
        own = stage.locate(np.frombuffer(parts, np.int64)).tolist()
        merged = None
        if len(own) > 1:
            try:
                merged = pa.concat_batches([stage.batches[pos].slice(start, n) for pos, start, n in own], memory_pool=LASTING_POOL)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
                merged = None
        self._add_staged(entity, None if merged is None else Chunk(merged, entity, new_chunk_id(), False), own, stage.batches)

    def _flush_staged(self) -> None:
        """Add every staged row: per entity one chunk (lock held)."""
        self._flushing = True
        try:
            stages, self._stages = self._stages, []
            self._staged_in, self._staged_rows, self._staged_bytes = {}, {}, 0.0
            for stage in stages:
                self._add_stage(stage)
        finally:
            self._flushing = False
            self._pack_views.clear()

    def _add_stage(self, stage: _Stage) -> None:
        """The rows of one stage, as one new chunk per entity taken from its batches joined."""
        entities = list(stage.parts)
        if not entities:
            return
        batches = stage.batches
        # Every part as (global first row, rows), entities one after the other, in order.
        offsets = np.cumsum([0] + [b.num_rows for b in batches[:-1]], dtype=np.int64)
        flat = stage.locate(np.concatenate([np.frombuffer(stage.parts[e], np.int64) for e in entities]))
        part_bounds = np.cumsum([0] + [len(stage.parts[e]) // 3 for e in entities])
        stage.parts = {}  # freed before the lasting objects are made (see `_Stage`)
        pos, start, count = flat.T
        firsts = offsets[pos] + start
        # Row numbers of every part, concatenated: a ramp per part (one vectorised pass).
        ends = np.cumsum(count)
        rows = np.arange(int(ends[-1]), dtype=np.int64) + np.repeat(firsts - (ends - count), count)
        per_entity = np.concatenate([[0], ends[part_bounds[1:] - 1]])
        # When some entity has several parts, the rows of every entity are taken in one go into
        # one batch, entity after entity, and each entity's chunk is its row range of it (a
        # `_PackChunk`). One batch, not one per entity: a record batch costs ~4 kB of C++ objects
        # (arrays, buffers) besides its data, more than a small entity's rows; a row range of a
        # shared batch costs its sliced columns only. The decoded batches are then let go
        # *before* the store's lasting objects (chunk records, indexes) are made, so that these
        # fill the heap the batches leave rather than pin pages among them.
        taken: pa.RecordBatch | None = None
        if (np.diff(part_bounds) > 1).any():
            try:
                # (Taken from the batches as a table, not from one batch of them all: that
                # joined copy, freed right after, left ~1.6 MB of Arrow's pages resident.)
                parts_taken = pc.take(pa.Table.from_batches(batches), _arrow_indices(rows), memory_pool=LASTING_POOL)
                parts_taken = parts_taken.combine_chunks(memory_pool=LASTING_POOL).to_batches()
                taken = parts_taken[0] if len(parts_taken) == 1 else pa.concat_batches(parts_taken, memory_pool=LASTING_POOL)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
                taken = None
        del rows
        if taken is not None:
            stage.batches, stage.positions, batches = [], {}, []
        for k, entity in enumerate(entities):
            if taken is not None:
                start, stop = int(per_entity[k]), int(per_entity[k + 1])
                self._add_staged(entity, _PackChunk(taken, start, stop - start, entity, new_chunk_id(), False), [], batches)
            else:
                self._add_staged(entity, None, flat[part_bounds[k] : part_bounds[k + 1]].tolist(), batches)

    def _add_staged(self, entity: str, merged: Chunk | None, parts: list[list[int]], batches: list[pa.RecordBatch]) -> None:
        """Add an entity's staged rows: the chunk of them all, or else (one part only, or rows
        Arrow could not join) each part as it is, rows of its batch (as `_PackChunk`: small, so
        compaction merges it with the entity's next ones; copying a lone tiny part would cost
        more than the merge that follows)."""
        chunks = (
            [merged]
            if merged is not None
            else [_PackChunk(batches[pos], start, n, entity, new_chunk_id(), False) for pos, start, n in parts]
        )
        for chunk in chunks:
            try:
                self._add(chunk)
            except Exception as err:  # noqa: BLE001 - a reader's lock must not fail for one bad chunk
                log.warning("skipped %d rows of %s the store could not take: %s", chunk.num_rows, entity, err)

    def _add(self, chunk: Chunk, compact: bool = True) -> None:
        n = chunk.num_rows
        if n == 0:
            return
        entity = paths.normalize(chunk.entity_path)
        valid, made_columns, column_source, hi, lo, timelines = self._columns_of(chunk, n)
        if not valid:
            return
        # What the entity logged before this chunk: rows of components it already has change no
        # shape (a streaming entity's next rows, a merge of its small chunks), and keep the
        # caches keyed by `shape_generation` (the views' plans, the transform walk's tree facts).
        known = self._component_cache.get(entity)
        if known is None and entity in self._entities:
            known = self._cache_components(entity)
        order = np.lexsort((lo, hi))
        rec = _ChunkRec(
            serial=next(self._serials),
            chunk=chunk,
            entity=entity,
            is_static=chunk.is_static,
            nbytes=_own_nbytes(chunk),
            min_row_id=(int(hi[order[0]]) << 64) | int(lo[order[0]]),
            made_columns=made_columns,
            column_source=column_source,
        )
        if compact and timelines and entity in self._open_chunks and not self._continues_run(entity, chunk, n):
            # Only an unbroken run of small chunks is merged: the merged chunk then takes their
            # place at the end of the entity's rows, and indexes stay in order (a merged chunk
            # spanning later rows would arrive late, and late rows are indexed row by row).
            self._merge_small(entity)
        # (Counted before its indexes change: a latest-at table made later looks at the indexes
        # of the entities counted again, even if indexing this chunk fails half way.)
        self._entity_gen[entity] = self._entity_gen.get(entity, 0) + 1
        if not timelines:
            self._add_static(rec, valid, hi, lo, order)
            if rec.static_refs == 0:
                return
        else:
            self._add_temporal(rec, valid, timelines, hi, lo)
        self._chunks[rec.serial] = rec
        if known is None or not known[1].issuperset(valid):
            self._component_cache.pop(entity, None)
            self.shape_generation += 1
        self._nbytes += rec.nbytes
        self._register_entity(entity)
        self._changed()
        if compact and timelines and self._is_small(chunk, n):
            self._note_small(rec)

    def _columns_of(
        self, chunk: Chunk, n: int
    ) -> tuple[
        dict[str, np.ndarray | None],
        dict[str, pa.Array] | None,
        tuple[tuple[str, int], ...] | None,
        np.ndarray,
        np.ndarray,
        dict[str, tuple[TimeType, np.ndarray]],
    ]:
        """(valid rows per component with any: None for all; the component columns, or what to
        slice them from when first asked, see `_ChunkRec.columns`; row id halves; timelines) of a
        chunk. For rows of a batch shared with other entities (a `_PackChunk`), the row ids,
        times and validity are slices of views of the shared batch's columns made once for all
        of them, and nothing is sliced now: the chunk's own `batch` (a slice of every column,
        ~2 kB of C++ objects per small entity) is made only if someone asks for it, its
        component columns when a reader first asks for them."""
        valid: dict[str, np.ndarray | None] = {}
        pack = chunk.pack
        if pack is not None:
            whole, start = pack
            found = self._pack_views.get(id(whole))
            if found is None or found[0] is not whole:
                found = self._pack_views[id(whole)] = (whole, _PackViews.of(whole))
            views = found[1]
            if views is not None:
                stop = start + n
                all_valid = True
                for (name, _), mask in zip(views.data, views.valid):
                    if mask is None:
                        valid[name] = None
                        continue
                    own = mask[start:stop]
                    count = int(np.count_nonzero(own))
                    if count == n:
                        valid[name] = None
                    elif count:
                        valid[name] = own.copy()
                    else:
                        all_valid = False  # an all-null column: not this chunk's
                positions = views.data if all_valid else tuple((name, i) for name, i in views.data if name in valid)
                timelines = {name: (time_type, times[start:stop]) for name, time_type, times in views.times}
                return valid, None, positions, views.hi[start:stop], views.lo[start:stop], timelines
        components = chunk.components()
        for name, col in components.items():
            if col.null_count == 0:
                valid[name] = None
            elif col.null_count < n:
                valid[name] = col.is_valid().to_numpy(zero_copy_only=False)
        hi, lo = _row_id_halves(chunk)
        return valid, {name: components[name] for name in valid}, None, hi, lo, _timelines(chunk)

    def _continues_run(self, entity: str, chunk: Chunk, n: int) -> bool:
        """Whether `chunk` can join the entity's run of small chunks gathered for merging."""
        run = self._open_chunks.get(entity)
        first = None if run is None else self._chunks.get(run if isinstance(run, int) else run[0])
        return first is not None and self._is_small(chunk, n) and _schema(first.chunk).equals(_schema(chunk))

    @staticmethod
    def _is_small(chunk: Chunk, n: int) -> bool:
        """Whether a temporal chunk is small enough to be merged with others (`_note_small`)."""
        # (The size of a chunk cut from a batch shared with other entities is not its own: such
        # chunks are small by construction; a merged chunk's size is checked when merging.)
        return n < COMPACT_ROWS and (chunk.pack is not None or chunk.nbytes < COMPACT_BYTES)

    def _note_small(self, rec: _ChunkRec) -> None:
        """Remember a small temporal chunk of an entity; merge the entity's small chunks once
        there are `COMPACT_EVERY` of them (lock held).

        Rows logged one at a time arrive as many tiny chunks (one per entity per batcher flush);
        kept as they are, each costs far more in Python objects and index entries than its data.
        As Rerun's store does, small chunks of an entity with the same columns are merged, up to
        `COMPACT_ROWS` rows or `COMPACT_BYTES` bytes; queries see the same rows. Merging a few
        at a time (not each new chunk into the last) keeps ingest cheap; `compact` merges the
        rest, e.g. once a file is loaded.
        """
        small = self._open_chunks.get(rec.entity)
        if small is None:
            self._open_chunks[rec.entity] = rec.serial
            return
        if isinstance(small, int):
            small = self._open_chunks[rec.entity] = [small]
        small.append(rec.serial)
        if len(small) >= COMPACT_EVERY:
            self._merge_small(rec.entity)

    def compact(self) -> None:
        """Merge the small chunks each entity has gathered (see `_note_small`)."""
        with self._lock:
            for entity in [e for e, small in self._open_chunks.items() if not isinstance(small, int)]:
                self._merge_small(entity)

    def _merge_small(self, entity: str) -> None:
        """Replace the entity's gathered small chunks by one chunk of all their rows (lock held)."""
        serials = self._open_chunks.pop(entity, None)
        if not isinstance(serials, list):
            return
        recs = [rec for serial in serials if (rec := self._chunks.get(serial)) is not None]
        if len(recs) < 2:
            return
        try:
            table = pa.Table.from_batches([rec.chunk.batch for rec in recs]).combine_chunks(memory_pool=LASTING_POOL)
            batches = table.to_batches()
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
            return  # a type Arrow cannot concatenate: keep the chunks apart
        if len(batches) != 1:
            return
        gone = np.array([rec.serial for rec in recs], np.int64)
        # (Timelines not indexed yet skip the serials of chunks gone when they are indexed.)
        for by_timeline in self._indexes.get(entity, {}).values():
            for index in by_timeline.values():
                index.remove_chunks(gone)
        for table_ in (self._rows, self._rclear):
            for rows_index in table_.get(entity, {}).values():
                rows_index.remove_chunks(gone)
        for rec in recs:
            del self._chunks[rec.serial]
            self._nbytes -= rec.nbytes
        merged = Chunk(batches[0], recs[0].chunk.entity_path, new_chunk_id(), False)
        self._add(merged, compact=False)
        if merged.num_rows < COMPACT_ROWS and merged.nbytes < COMPACT_BYTES:
            new = next(reversed(self._chunks))  # the merged chunk's serial: the latest added
            self._open_chunks[entity] = new

    def _add_static(self, rec: _ChunkRec, valid, hi, lo, order) -> None:  # type: ignore[no-untyped-def]
        cells = self._static.setdefault(rec.entity, {})
        for name, mask in valid.items():
            # The winning row of this chunk: the greatest row id among valid rows.
            ranked = order if mask is None else order[mask[order]]
            j = int(ranked[-1])
            h, low = int(hi[j]), int(lo[j])
            result = LatestAtResult(rec.entity, name, None, h, low, rec.columns[name], j)
            new = _Static((h << 64) | low, h, low, rec.serial, j, result)
            old = cells.get(name)
            if old is not None and new.rid < old.rid:
                continue
            if old is not None:
                self._release_static(old.serial)
            cells[name] = new
            rec.static_refs += 1
            if name == CLEAR_COMPONENT:
                self._static_clear_recursive[rec.entity] = bool(_first_bools(rec.columns[name].slice(j, 1))[0])
                self._mark_clear_entity(rec.entity)

    def _release_static(self, serial: int) -> None:
        old_rec = self._chunks.get(serial)
        if old_rec is None:
            return
        old_rec.static_refs -= 1
        if old_rec.static_refs <= 0:
            del self._chunks[serial]
            self._nbytes -= old_rec.nbytes

    def _add_temporal(self, rec: _ChunkRec, valid, timelines, hi, lo) -> None:  # type: ignore[no-untyped-def]
        recursive: np.ndarray | None = None
        if CLEAR_COMPONENT in valid:
            recursive = _first_bools(rec.columns[CLEAR_COMPONENT])
            if valid[CLEAR_COMPONENT] is not None:
                recursive &= valid[CLEAR_COMPONENT]
            self._mark_clear_entity(rec.entity)
        per_entity = self._indexes.get(rec.entity)
        if per_entity is None or not per_entity.keys() >= valid.keys():
            self._indexes[rec.entity] = self._with_names(per_entity, valid)
        for timeline, (time_type, times) in timelines.items():
            times = np.asarray(times, dtype=np.int64)
            self._register_timeline(timeline, time_type, times)
            if timeline in self._indexed_timelines:
                self._index_rows(rec, timeline, times, hi, lo, valid)
            else:
                serials = self._unindexed.get(timeline)
                if serials is None:
                    serials = self._unindexed[timeline] = array("q")
                elif len(serials) > 2 * len(self._chunks) + 1024:
                    # (Serials of chunks merged or dropped since: let go now and then, so that a
                    # long live stream's timeline nobody asks about stays as small as its chunks.)
                    serials = self._unindexed[timeline] = array("q", [k for k in serials if k in self._chunks])
                serials.append(rec.serial)
            if recursive is not None and recursive.any():
                n = len(hi)
                all_rows = np.arange(n, dtype=np.int32)
                rindex = self._rclear.setdefault(rec.entity, {}).setdefault(timeline, TimeIndex())
                rindex.append(times[recursive], hi[recursive], lo[recursive], rec.serial, all_rows[recursive])

    def _with_names(self, per_entity: dict[str, dict[str, ComponentIndex]] | None, names: Iterable[str]) -> dict[str, dict[str, ComponentIndex]]:
        """An entity's component dict with `names` added (lock held): the shared one of its names
        while none is indexed (see `_SharedNames`), else its own, changed in place."""
        if per_entity is not None and not isinstance(per_entity, _SharedNames):
            for name in names:
                if name not in per_entity:
                    per_entity[name] = _NOT_INDEXED
            return per_entity
        ordered = dict.fromkeys(itertools.chain(per_entity or (), names), _NOT_INDEXED)
        key = frozenset(ordered)
        shared = self._shared_names.get(key)
        if shared is None:
            shared = self._shared_names[key] = _SharedNames(ordered)
        return shared

    def _own_components(self, entity: str) -> dict[str, dict[str, ComponentIndex]]:
        """The entity's component dict, its own (not a shared `_SharedNames`) to be changed (lock held)."""
        per_entity = self._indexes.get(entity)
        if per_entity is None or isinstance(per_entity, _SharedNames):
            per_entity = self._indexes[entity] = dict(per_entity or ())
        return per_entity

    def _index_rows(self, rec: _ChunkRec, timeline: str, times: np.ndarray, hi: np.ndarray, lo: np.ndarray, valid: dict[str, np.ndarray | None]) -> None:
        """Index a chunk's rows on one timeline: per component its non-null rows, and the rows
        with any of them (lock held)."""
        per_entity = self._own_components(rec.entity)
        all_rows = np.arange(len(hi), dtype=np.int32)
        any_valid: np.ndarray | None = None
        if not any(m is None for m in valid.values()):
            any_valid = np.logical_or.reduce([m for m in valid.values() if m is not None])
        share = ChunkShare(rec.columns)  # (the same `times`, `hi`, `lo` objects to every index)
        for name, mask in valid.items():
            by_timeline = per_entity.get(name)
            if by_timeline is None or by_timeline is _NOT_INDEXED:
                by_timeline = per_entity[name] = {}
            index = by_timeline.get(timeline)
            if index is None:
                index = by_timeline[timeline] = ComponentIndex(rec.entity, name)
                self.indexes_made += 1
            column = rec.columns[name]
            if mask is None:
                index.append(times, hi, lo, rec.serial, None, column, share)
            else:
                index.append(times[mask], hi[mask], lo[mask], rec.serial, all_rows[mask], column)
        by_rows = self._rows.get(rec.entity)
        if by_rows is None:
            by_rows = self._rows[rec.entity] = {}
        rows_index = by_rows.get(timeline)
        if rows_index is None:
            rows_index = by_rows[timeline] = TimeIndex()
        if any_valid is None:
            rows_index.append(times, hi, lo, rec.serial, None, None, share)
        else:
            rows_index.append(times[any_valid], hi[any_valid], lo[any_valid], rec.serial, all_rows[any_valid])

    def _on(self, timeline: str | None) -> dict[str, dict[str, dict[str, ComponentIndex]]]:
        """The indexes, with `timeline`'s made (see the module docstring; lock held)."""
        if timeline is not None and timeline not in self._indexed_timelines:
            self._index_timeline(timeline)
        return self._indexes

    def _index_timeline(self, timeline: str) -> None:
        """Index the rows of every chunk on `timeline`, in the order the chunks were added, and
        from now on those of each chunk as it arrives (lock held)."""
        self._indexed_timelines.add(timeline)
        serials = self._unindexed.pop(timeline, None)
        if serials is None:
            return
        views: dict[int, tuple[pa.RecordBatch, _PackViews | None]] = {}
        for serial in serials:
            rec = self._chunks.get(serial)
            if rec is None:
                continue  # merged into a later chunk, or dropped by the memory limit
            found = self._rows_on(rec, timeline, views)
            if found is None:
                continue
            valid = {name: None if col.null_count == 0 else col.is_valid().to_numpy(zero_copy_only=False) for name, col in rec.columns.items()}
            self._index_rows(rec, timeline, *found, valid)

    @staticmethod
    def _rows_on(rec: _ChunkRec, timeline: str, views: dict[int, tuple[pa.RecordBatch, _PackViews | None]]) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """(times on `timeline`, row id halves) of a chunk's rows, as `_columns_of` makes them."""
        chunk = rec.chunk
        pack = chunk.pack
        if pack is not None:
            whole, start = pack
            found = views.get(id(whole))
            if found is None or found[0] is not whole:
                found = views[id(whole)] = (whole, _PackViews.of(whole))
            packed = found[1]
            if packed is not None:
                stop = start + chunk.num_rows
                for name, _, times in packed.times:
                    if name == timeline:
                        return times[start:stop], packed.hi[start:stop], packed.lo[start:stop]
                return None
        on = _timelines(chunk).get(timeline)
        if on is None:
            return None
        hi, lo = _row_id_halves(chunk)
        return np.asarray(on[1], dtype=np.int64), hi, lo

    @property
    def _temporal(self) -> dict[str, dict[str, dict[str, ComponentIndex]]]:
        """Every index, each timeline's made first (for readers not asking about one timeline)."""
        for timeline in list(self._unindexed):
            self._index_timeline(timeline)
        return self._indexes

    @property
    def _entity_rows(self) -> dict[str, dict[str, TimeIndex]]:
        """Per entity and timeline, its rows with any data; each timeline's made first."""
        for timeline in list(self._unindexed):
            self._index_timeline(timeline)
        return self._rows

    def _register_timeline(self, name: str, time_type: TimeType, times: np.ndarray) -> None:
        self._timelines.setdefault(name, time_type)
        if len(times) == 0:
            return
        t0, t1 = int(times.min()), int(times.max())
        bounds = self._time_ranges.get(name)
        if bounds is None:
            self._time_ranges[name] = [t0, t1]
        else:
            bounds[0], bounds[1] = min(bounds[0], t0), max(bounds[1], t1)

    def _register_entity(self, entity: str) -> None:
        if entity in self._entities:
            return
        self.shape_generation += 1
        self._entities.add(entity)
        child = entity
        tree = self._tree
        for node in itertools.islice(paths.ancestors(entity), 1, None):
            siblings = tree.get(node)
            if not siblings:  # (a leaf's shared empty set is replaced by its own)
                siblings = tree[node] = set()
            elif child in siblings:
                break
            siblings.add(child)
            child = node
        if entity not in tree:
            tree[entity] = _NO_CHILDREN  # most entities are leaves: one shared empty set, never added to

    def _mark_clear_entity(self, entity: str) -> None:
        if entity not in self._clear_entities:
            self._clear_entities.add(entity)
            self._clear_candidates.clear()

    def _changed(self) -> None:
        self.generation += 1
        if self._tables:
            # Stale: kept only for the next table to be made from (which copies again every index
            # that changed, so no reference to a dropped column survives there); older stale ones
            # of timelines no longer asked for are dropped.
            self._previous_tables = dict(self._tables)
            self._tables.clear()

    # -- latest-at --------------------------------------------------------------------------

    def latest_at(
        self, entity_path: str, component_name: str, timeline: str | None, time: int | None = None
    ) -> LatestAtResult | None:
        """The component batch visible at `entity_path` at `time` on `timeline`.

        Parameters
        ----------
        entity_path:
            The entity (``"world/points"`` or ``"/world/points"``).
        component_name:
            Full component name, e.g. ``"rerun.components.Position3D"``.
        timeline:
            Timeline name; None queries static data only.
        time:
            Query time on `timeline`; None means "latest" (+infinity).

        Returns
        -------
        LatestAtResult | None
            None if there is no data, or if it was cleared (see the module docstring).

        """
        entity = paths.normalize(entity_path)
        with self._lock:
            return self._entity_results(entity, timeline, time, (component_name,)).get(component_name)

    def latest_at_entity(
        self,
        entity_path: str,
        timeline: str | None,
        time: int | None = None,
        components: Sequence[str] | None = None,
    ) -> dict[str, LatestAtResult]:
        """Latest-at of several (default: all) components of one entity; absent ones are left out.

        Returns a new dict each call; the results in it are shared and must not be mutated.
        """
        entity = paths.normalize(entity_path)
        with self._lock:
            return self._entity_results(entity, timeline, time, components)

    def latest_at_entities(
        self,
        entity_paths: Iterable[str],
        timeline: str | None,
        time: int | None = None,
        components: Sequence[str] | None = None,
        memo: LatestAtMemo | None = None,
    ) -> dict[str, dict[str, LatestAtResult]]:
        """`latest_at_entity` for many entities at one time, e.g. every entity of a scene.

        Same answers, one lock acquisition, and once the store stops changing the index searches
        of all entities run as one vectorised search (see `table.py`). Returns
        ``{entity: {component: result}}`` keyed by canonical entity path (``"/world/points"``),
        with every requested entity present (an empty dict when nothing is visible). The results
        are shared and must not be mutated.

        `memo` (a `LatestAtMemo` kept by the caller between calls): an entity whose answer cannot
        have changed since the memo's call (none of its rows on `timeline` is answered differently,
        in one vectorised comparison) gets that call's dict back, the same object.
        """
        same_paths = False
        if memo is not None:
            if not isinstance(entity_paths, list):
                entity_paths = list(entity_paths)
            same_paths = entity_paths == memo.paths  # (one C-level comparison)
        entities = memo.entities if same_paths else [paths.normalize(p) for p in entity_paths]  # type: ignore[union-attr]
        with self._lock:
            answers = table = None
            if timeline is not None and len(entities) >= _TABLE_MIN_ENTITIES:
                table = self._latest_at_table(timeline)
                answers = None if table is None else table.answers(time)
            if memo is None:
                return {entity: self._entity_results(entity, timeline, time, components, answers) for entity in entities}
            wanted = None if components is None else tuple(components)
            changed: set[str] | None = None
            if table is not None and memo.table is table and memo.components == wanted and answers is not None and memo.positions is not None:
                changed = table.entities_changed(memo.positions, answers.positions)
                changed.update(self._volatile(table, timeline))  # type: ignore[arg-type]
            before = memo.answers
            out: dict[str, dict[str, LatestAtResult]]
            if changed is not None and same_paths:
                # The same entities as last time: the last answer, with only the changed ones
                # made anew (nothing per unchanged entity).
                out = dict(before)
                remade = changed.intersection(out)
                for entity in remade:
                    out[entity] = self._entity_results(entity, timeline, time, components, answers)
                changed = remade
            else:
                out = {}
                for entity in entities:
                    found = None if changed is None or entity in changed else before.get(entity)
                    out[entity] = self._entity_results(entity, timeline, time, components, answers) if found is None else found
                changed = None
            memo.table, memo.positions, memo.answers, memo.components = table, None if answers is None else answers.positions, out, wanted
            memo.paths = memo.paths if same_paths else list(entity_paths)
            memo.entities, memo.changed = entities, changed
            return out

    def latest_at_table(self, timeline: str, build: bool = False) -> tuple[LatestAtTable, frozenset[str]] | None:
        """The timeline's latest-at table, if the store has settled (see `table.py`), with the
        entities whose answers it does not decide alone (an index outside it, a clear): for
        callers that answer many entities from the table's arrays themselves.

        Like a batched query, the first call at a store generation finds none and the second
        builds it; with `build`, the first does (a caller about to answer many entities, which
        would make the second call itself). An entity outside that set, without static
        components, is answered by the table exactly: component C at time t is the row at
        ``positions(t)[slot]`` of its slot (`LatestAtTable.entity_slots`), none when that is
        before the slot's start.
        """
        with self._lock:
            table = self._latest_at_table(timeline, build)
            if table is None:
                return None
            return table, self._volatile(table, timeline)

    def has_static(self, entity_path: str) -> bool:
        """Whether the (canonical) entity has a static component (it shadows temporal data)."""
        return bool(self._static.get(entity_path))

    def static_entity_count(self) -> int:
        """How many entities have static components (it only grows: static data is never dropped),
        so a caller can tell that `has_static` answers as before for every entity."""
        return len(self._static)

    def entity_components(self, entity_path: str) -> frozenset[str]:
        """The components ever logged at a canonical entity path (cached; a frozenset)."""
        with self._lock:
            return self._component_set(entity_path)

    def _volatile(self, table: LatestAtTable, timeline: str) -> frozenset[str]:
        """Entities whose answers on `timeline` the table does not decide alone: one of their
        indexes on it is not in the table, or a clear may hide their data (lock held)."""
        if table.volatile is None:
            found: set[str] = set()
            if table.outside is not None:  # (found by the table's own walk over the indexes)
                found.update(table.outside)
            else:
                for entity, by_component in self._indexes.items():  # (the table's timeline is indexed)
                    for by_timeline in by_component.values():
                        index = by_timeline.get(timeline)
                        if index is not None and index not in table.slot_of and len(index):
                            found.add(entity)
                            break
            if self._clear_entities:
                found.update(e for e in self._entities if self._candidates(e))
            table.volatile = frozenset(found)
        return table.volatile

    def _latest_at_table(self, timeline: str, build: bool = False) -> LatestAtTable | None:
        """The timeline's table if it is current; built on the second batched query at one
        generation (so a store receiving data between queries never pays for copies), or made at
        the first from the last one when only some of its indexes received rows since (a
        recording that streams in)."""
        table = self._tables.get(timeline)
        if table is not None and table.generation == self.generation:
            return table
        indexes = self._on(timeline)
        previous = self._previous_tables.pop(timeline, None) or table
        if previous is not None:
            updated = LatestAtTable.updated(previous, indexes, timeline, self.generation, (self.shape_generation, self.indexes_made), self._entity_gen)
            if updated is not None:
                self._tables[timeline] = updated
                return updated
        self._tables.pop(timeline, None)
        if not build and self._table_requests.get(timeline) != self.generation:
            self._table_requests[timeline] = self.generation
            return None
        table = self._tables[timeline] = LatestAtTable.build(indexes, timeline, self.generation, (self.shape_generation, self.indexes_made), self._entity_gen)
        return table

    def _entity_results(
        self,
        entity: str,
        timeline: str | None,
        time: int | None,
        components: Sequence[str] | None,
        answers: TableAnswers | None = None,
    ) -> dict[str, LatestAtResult]:
        """The one latest-at routine: components (None: all) of a canonical entity path; lock held.

        `answers`, from this store's current table for `timeline` at `time`, replaces the
        per-index searches.
        """
        if components is None:
            components = self._component_names(entity)
        static = self._static.get(entity)
        temporal = self._on(timeline).get(entity) if timeline is not None else None
        clear_key = self._clear_key(entity, timeline, time) if self._clear_entities else None
        out: dict[str, LatestAtResult] = {}
        for name in components:
            res: LatestAtResult | None
            if static is not None and (cell := static.get(name)) is not None:
                res = cell.result  # static data shadows temporal data, and temporal clears too
                static_clear = self._clear_key(entity, None, None) if clear_key is not None else None
                if static_clear is None or name == CLEAR_COMPONENT or res.sort_key() >= static_clear:
                    out[name] = res
                continue
            elif temporal is not None and (by_timeline := temporal.get(name)) is not None:
                index = by_timeline.get(timeline)  # type: ignore[arg-type]
                if index is None:
                    continue
                res = index.latest_result(time) if answers is None else answers.result(index)
            else:
                continue
            if res is None:
                continue
            if clear_key is None or name == CLEAR_COMPONENT or res.sort_key() >= clear_key:
                out[name] = res
        return out

    def _candidates(self, entity: str) -> list[tuple[str, bool]]:
        cands = self._clear_candidates.get(entity)
        if cands is None:
            cands = [(p, p == entity) for p in paths.ancestors(entity) if p in self._clear_entities]
            self._clear_candidates[entity] = cands
        return cands

    def _clear_key(self, entity: str, timeline: str | None, time: int | None) -> tuple[int, int] | None:
        """(time, row id) of the latest clear affecting `entity` at `time`, or None."""
        if not self._clear_entities:
            return None
        best: tuple[int, int] | None = None
        index: TimeIndex | None
        for path, is_self in self._candidates(entity):
            key: tuple[int, int] | None = None
            cell = self._static.get(path, {}).get(CLEAR_COMPONENT)
            if cell is not None:
                if is_self or self._static_clear_recursive.get(path, False):
                    key = (STATIC_TIME, cell.rid)
            elif timeline is not None:
                if is_self:
                    index = self._on(timeline).get(path, {}).get(CLEAR_COMPONENT, {}).get(timeline)
                else:
                    index = self._rclear.get(path, {}).get(timeline)
                if index is not None:
                    i = index.latest(time)
                    if i >= 0:
                        t, h, lo = index.key_at(i)
                        key = (t, (h << 64) | lo)
            if key is not None and (best is None or key > best):
                best = key
        return best

    # -- catalogue --------------------------------------------------------------------------

    def entity_paths(self) -> list[str]:
        """Entities that hold data, sorted."""
        with self._lock:
            return sorted(self._entities)

    def all_paths(self) -> list[str]:
        """Every node of the entity tree, including intermediate paths without data."""
        with self._lock:
            return sorted(self._tree)

    def children(self, entity_path: str) -> list[str]:
        """Direct children in the entity tree (intermediate paths included), sorted."""
        with self._lock:
            return sorted(self._tree.get(paths.normalize(entity_path), ()))

    def has_entity(self, entity_path: str) -> bool:
        with self._lock:
            return paths.normalize(entity_path) in self._tree

    def component_names(self, entity_path: str) -> list[str]:
        with self._lock:
            return list(self._component_names(paths.normalize(entity_path)))

    def _component_names(self, entity: str) -> list[str]:
        """Sorted names of the components logged at an entity (cached: do not mutate)."""
        cached = self._component_cache.get(entity)
        if cached is None:
            cached = self._cache_components(entity)
        return cached[0]

    def _component_set(self, entity: str) -> frozenset[str]:
        """The same names as a set, for cheap membership tests."""
        cached = self._component_cache.get(entity)
        if cached is None:
            cached = self._cache_components(entity)
        return cached[1]

    def _children_sorted_reversed(self, entity: str) -> list[str]:
        """`entity`'s children in the tree, in reverse path order; cached until the store changes (lock held)."""
        if self._children_cache[0] != self.shape_generation:
            self._children_cache = (self.shape_generation, {})
        cache = self._children_cache[1]
        found = cache.get(entity)
        if found is None:
            found = cache[entity] = sorted(self._tree.get(entity, ()), reverse=True)
        return found

    def entities_with(self, component: str) -> list[str]:
        """Entities that logged `component` (at any time, static or not), sorted."""
        with self._lock:
            return list(self._entities_with(component))

    def _entities_with(self, component: str) -> list[str]:
        """Entities that logged `component` (at any time), sorted; cached until the store changes (lock held)."""
        cached = self._with_component.get(component)
        if cached is None or cached[0] != self.shape_generation:
            found = sorted(e for e in self._entities if component in self._component_set(e))
            cached = self._with_component[component] = (self.shape_generation, found)
        return cached[1]

    def _cache_components(self, entity: str) -> tuple[list[str], frozenset[str]]:
        names = set(self._indexes.get(entity, {})) | set(self._static.get(entity, {}))
        cached = self._component_cache[entity] = (sorted(names), frozenset(names))
        return cached

    def static_component_names(self, entity_path: str) -> list[str]:
        with self._lock:
            return sorted(self._static.get(paths.normalize(entity_path), {}))

    def timelines(self) -> dict[str, TimeType]:
        with self._lock:
            return dict(self._timelines)

    def time_range(self, timeline: str) -> tuple[int, int] | None:
        """(min, max) time of all data on a timeline, or None."""
        with self._lock:
            bounds = self._time_ranges.get(timeline)
            return None if bounds is None else (bounds[0], bounds[1])

    def entity_times(self, entity_path: str, timeline: str, *, recursive: bool = False) -> TimeHistogram:
        """Distinct times at which an entity (or its subtree) has rows on a timeline, with counts."""
        entity = paths.normalize(entity_path)
        with self._lock:
            self._on(timeline)
            rows = self._rows
            if recursive:
                nodes = [e for e in rows if paths.is_descendant_or_self(e, entity)]
            else:
                nodes = [entity]
            parts = [idx.times() for e in nodes if (idx := rows.get(e, {}).get(timeline)) is not None]
            times = np.concatenate(parts) if parts else np.empty(0, np.int64)
            uniq, counts = np.unique(times, return_counts=True)
            return TimeHistogram(uniq, counts)

    def component_times(self, entity_path: str, component_name: str, timeline: str) -> np.ndarray:
        """Sorted times of every row of one component on a timeline (a read-only view)."""
        with self._lock:
            index = self._on(timeline).get(paths.normalize(entity_path), {}).get(component_name, {}).get(timeline)
            return np.empty(0, np.int64) if index is None else index.times()

    def chunks(self) -> list[Chunk]:
        """The chunks held, in insertion order (e.g. to save the store to a file)."""
        with self._lock:
            return [rec.chunk for rec in self._chunks.values()]

    @property
    def num_chunks(self) -> int:
        with self._lock:
            return len(self._chunks)

    @property
    def nbytes(self) -> int:
        """Bytes of the Arrow data of the chunks held, and of the decoded batches of staged ones."""
        return self._nbytes + int(self._staged_bytes)

    def index_nbytes(self) -> int:
        """Bytes used by the indexes (numpy buffers, including spare capacity)."""
        with self._lock:
            total = 0
            for comps in self._indexes.values():
                for by_timeline in comps.values():
                    total += sum(ix.index_nbytes for ix in by_timeline.values())
            for by_tl in itertools.chain(self._rows.values(), self._rclear.values()):
                total += sum(ix.index_nbytes for ix in by_tl.values())
            return total + sum(table.nbytes for table in self._tables.values())

    def gc_drop_oldest(self, target_bytes: int):  # type: ignore[no-untyped-def]
        """Drop the oldest temporal chunks (by row id) until `nbytes <= target_bytes`. See `gc.py`."""
        from .gc import drop_oldest

        with self._lock:
            report = drop_oldest(self, target_bytes)
            if report.chunks_dropped:
                self._changed()
                self._previous_tables.clear()  # (they hold references to the dropped columns)
                self.shape_generation += 1
                self.derived.clear()
            return report
