"""The background batcher: rows logged by `rr.log` become chunks off the caller's thread.

`rr.log` only converts the data and appends a `PendingRow` to a deque (thread-safe, never
blocks). A background thread wakes every `RERUN_FLUSH_TICK_SECS` (default 8 ms), or sooner when
more than `RERUN_FLUSH_NUM_BYTES` (default 1 MiB) or `RERUN_FLUSH_NUM_ROWS` (default 4096) are
pending, groups the rows by entity and timelines, and builds one `Chunk` per group: numpy-backed
batches are concatenated with numpy and wrapped as Arrow list columns in one go.

A group is cut into several chunks once it passes either threshold, so a chunk stays a unit a
slow sink can drop, and the viewer's garbage collector can release, on its own. A row bigger than
`RERUN_FLUSH_NUM_BYTES` (an image, a large point cloud) gets a chunk of its own and is never
copied: its numpy buffer becomes the Arrow column as it is.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa

from .._chunk import Chunk, TimeType
from .._datamodel import arrow_types as T
from .._datamodel.batch import Deferred
from .time import TimelineKey


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


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


class PendingRow:
    """One `rr.log` call: where, when, and the component batches (already converted)."""

    __slots__ = ("entity_path", "timelines", "times", "components", "time_ns", "inc", "tick", "nbytes")

    def __init__(
        self,
        entity_path: str,
        timelines: TimelineKey | None,
        times: tuple[int, ...],
        components: dict[str, Any],
        time_ns: int,
        inc: int,
        tick: int,
        nbytes: int,
    ) -> None:
        self.entity_path = entity_path
        self.timelines = timelines  # the user's timelines; None for a static row
        self.times = times  # their values, in the order of `timelines`
        self.components = components  # component name -> batch (numpy, Arrow or deferred)
        self.time_ns = time_ns  # time of the log call: the row id's time and `log_time`
        self.inc = inc  # the row id's counter
        self.tick = tick  # `log_tick`
        self.nbytes = nbytes


def batch_nbytes(batch: Any) -> int:
    """Cheap size estimate of a batch for the flush thresholds."""
    data = getattr(batch, "_data", None)
    kind = type(data)
    if kind is np.ndarray:
        return data.nbytes  # type: ignore[union-attr]
    if kind is Deferred:
        return 64 * len(data.items)  # type: ignore[union-attr]
    return data.nbytes if isinstance(data, pa.Array) else 64


def _arrow_of(batch: Any) -> pa.Array:
    data = getattr(batch, "_data", None)
    return data if isinstance(data, pa.Array) else batch.as_arrow_array()


def _values(batches: list[Any]) -> tuple[pa.Array, np.ndarray]:
    """The batches' values as one Arrow array, and each batch's length."""
    try:
        storages = [b._data for b in batches]
    except AttributeError:  # batches without a `_data` (e.g. `NamedBatch`) are Arrow already
        storages = [_arrow_of(b) for b in batches]
    first = storages[0]
    if type(first) is Deferred and all(s is first for s in storages):
        # The same values in every row: an archetype's indicator (one object per archetype).
        return first.build(first.items * len(storages)), np.full(len(storages), len(first), dtype=np.int32)
    lengths = np.fromiter(map(len, storages), dtype=np.int32, count=len(storages))
    kinds = set(map(type, storages))
    if kinds == {np.ndarray}:
        if len(storages) == 1:
            return T.numpy_to_arrow(first, batches[0]._ARROW_TYPE), lengths
        if len({s.dtype for s in storages}) == 1:
            return T.numpy_to_arrow(np.concatenate(storages), batches[0]._ARROW_TYPE), lengths
    elif kinds == {Deferred} and all(s.build is first.build for s in storages):
        return first.build([item for s in storages for item in s.items]), lengths
    arrays = [s if isinstance(s, pa.Array) else b.as_arrow_array() for s, b in zip(storages, batches)]
    return (pa.concat_arrays(arrays) if len(arrays) > 1 else arrays[0]), lengths


def _list_column(batches: list[Any]) -> pa.Array:
    """One list column from per-row batches (None where a row lacks the component)."""
    present = [b for b in batches if b is not None]
    values, lengths = _values(present)
    mask = None
    if len(present) != len(batches):
        is_present = np.fromiter((b is not None for b in batches), dtype=bool, count=len(batches))
        all_lengths = np.zeros(len(batches), dtype=np.int32)
        all_lengths[is_present] = lengths
        lengths, mask = all_lengths, pa.array(~is_present)
    offsets = np.zeros(len(batches) + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    return pa.ListArray.from_arrays(pa.array(offsets), values, mask=mask)


def _group_rows(rows: list[PendingRow], max_rows: int, max_bytes: int) -> list[list[PendingRow]]:
    """Rows grouped by entity and timelines, in logging order; a group is cut at either limit."""
    max_rows = max(1, max_rows)  # RERUN_FLUSH_NUM_ROWS=0 means a chunk per row, not no chunk at all
    groups: dict[tuple[str, TimelineKey | None], list[PendingRow]] = {}
    for row in rows:
        key = (row.entity_path, row.timelines)
        group = groups.get(key)
        if group is None:
            groups[key] = [row]
        else:
            group.append(row)
    out = []
    for group in groups.values():
        if len(group) == 1 or (len(group) <= max_rows and sum(r.nbytes for r in group) <= max_bytes):
            out.append(group)
            continue
        ends = np.cumsum(np.fromiter([r.nbytes for r in group], dtype=np.int64, count=len(group)))
        start = 0
        while start < len(group):
            # As many rows as fit in max_bytes (at least one), and at most max_rows.
            base = int(ends[start - 1]) if start else 0
            stop = max(start + 1, int(np.searchsorted(ends, base + max_bytes, side="right")))
            stop = min(stop, start + max_rows, len(group))
            out.append(group[start:stop])
            start = stop
    return out


def _columns(rows: list[PendingRow]) -> tuple[np.ndarray, dict[str, tuple[TimeType, np.ndarray]], dict[str, pa.Array]]:
    """Row ids, timeline columns and component columns of rows that share entity and timelines."""
    first = rows[0]
    ids = np.array([(r.time_ns, r.inc, r.tick) for r in rows], dtype=np.int64)
    timelines: dict[str, tuple[TimeType, np.ndarray]] = {}
    if first.timelines is not None:
        times = np.array([r.times for r in rows], dtype=np.int64).reshape(len(rows), -1)
        for i, (name, time_type) in enumerate(first.timelines):
            timelines[name] = (TimeType(time_type), times[:, i])
        timelines["log_time"] = (TimeType.TIME, ids[:, 0])
        timelines["log_tick"] = (TimeType.SEQUENCE, ids[:, 2])
    component_maps = [r.components for r in rows]
    first_keys = first.components.keys()
    if all(m.keys() == first_keys for m in component_maps):
        columns = {name: _list_column([m[name] for m in component_maps]) for name in first_keys}
    else:
        names: dict[str, None] = {}
        for m in component_maps:
            names.update(dict.fromkeys(m))
        columns = {name: _list_column([m.get(name) for m in component_maps]) for name in names}
    return ids[:, :2], timelines, columns


def _build_chunk(group: list[PendingRow]) -> Chunk:
    return Chunk.build(group[0].entity_path, *_columns(group))


#: Groups below this size may share one record batch with other entities' groups, up to
#: `_SHARED_BATCH_MAX_BYTES` per batch (see `build_chunks`). Kept small so that a sink can tell
#: a small chunk from its buffers' total size (see `rerun._rrd.encode_msg_parts`).
_SHARED_GROUP_MAX_BYTES = 16 * 1024
_SHARED_BATCH_MAX_BYTES = 64 * 1024


def _shared_layout(group: list[PendingRow]) -> tuple[Any, ...] | None:
    """What a small group's columns look like (timelines, components), or None to build it alone."""
    if sum(r.nbytes for r in group) > _SHARED_GROUP_MAX_BYTES:
        return None
    first = group[0]
    names = tuple(first.components)
    if any(tuple(r.components) != names for r in group):
        return None
    return (first.timelines, names)


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
            entity_paths = [g[0].entity_path for g in self.groups]
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
        pieces_per_entity[group[0].entity_path] = pieces_per_entity.get(group[0].entity_path, 0) + 1
    plan: list[list[PendingRow] | _Pack] = []  # in the order the groups were first logged to
    open_packs: dict[tuple[Any, ...], _Pack] = {}
    for group in groups:
        # An entity cut into several chunks keeps them in order: those are built one by one.
        layout = _shared_layout(group) if pieces_per_entity[group[0].entity_path] == 1 else None
        if layout is None:
            plan.append(group)
            continue
        nbytes = sum(r.nbytes for r in group)
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


class Batcher:
    """Collects rows and hands finished chunks to `on_chunks` on a background thread."""

    def __init__(self, on_chunks: Callable[[list[Chunk]], None], config: BatcherConfig | None = None) -> None:
        self._config = config or BatcherConfig.from_env()
        self._on_chunks = on_chunks
        self._pending: deque[PendingRow] = deque()
        self._pending_bytes = 0
        self._wake_bytes = self._config.flush_num_bytes  # read for every row: kept at hand
        self._wake_rows = self._config.flush_num_rows
        self._wake = threading.Event()
        self._flush_lock = threading.Lock()  # one flush at a time, so chunks keep their order
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="rerun-batcher", daemon=True)
        self._thread.start()

    def push(self, row: PendingRow) -> None:
        """Queue a row; wakes the batcher early when the size thresholds are passed."""
        pending = self._pending
        pending.append(row)
        self._pending_bytes += row.nbytes  # approximate under races: it only decides when to wake
        if (self._pending_bytes >= self._wake_bytes or len(pending) >= self._wake_rows) and not self._wake.is_set():
            self._wake.set()

    def flush(self) -> None:
        """Turn every pending row into chunks now and hand them over (in the calling thread)."""
        with self._flush_lock:
            pending = self._pending
            self._pending_bytes = 0
            # Pop exactly the rows present now; rows pushed meanwhile stay for the next flush.
            rows = [pending.popleft() for _ in range(len(pending))]
            if rows:
                self._on_chunks(build_chunks(rows, self._config))

    def _run(self) -> None:
        while not self._stopped:
            self._wake.wait(self._config.flush_tick_secs)
            self._wake.clear()
            try:
                self.flush()
            except Exception as err:  # noqa: BLE001 - the batcher must survive anything
                import warnings

                warnings.warn(f"rerun: failed to build chunks, data was lost: {err}", stacklevel=1)

    def stop(self) -> None:
        """Flush what is pending and stop the background thread."""
        self.flush()
        self._stopped = True
        self._wake.set()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=5.0)
