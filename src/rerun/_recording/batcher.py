"""The background batcher: rows logged by `rr.log` become chunks off the caller's thread.

`rr.log` only converts the data and appends a `PendingRow` to a deque (thread-safe, never
blocks). A background thread wakes every `RERUN_FLUSH_TICK_SECS` (default 8 ms), or sooner when
more than `RERUN_FLUSH_NUM_BYTES` (default 1 MiB) are pending, groups the rows by entity,
static-ness and timelines, and builds one `Chunk` per group: numpy-backed batches are
concatenated with numpy and wrapped as Arrow list columns in one go.
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


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class BatcherConfig:
    """When pending rows are turned into chunks."""

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

    __slots__ = ("entity_path", "timepoint", "components", "row_id", "nbytes")

    def __init__(
        self,
        entity_path: str,
        timepoint: dict[str, tuple[TimeType, int]],
        components: dict[str, Any],
        row_id: tuple[int, int],
        nbytes: int,
    ) -> None:
        self.entity_path = entity_path
        self.timepoint = timepoint  # empty for static rows
        self.components = components  # component name -> batch (numpy or Arrow backed)
        self.row_id = row_id
        self.nbytes = nbytes


def batch_nbytes(batch: Any) -> int:
    """Cheap size estimate of a batch for the flush threshold."""
    data = getattr(batch, "_data", None)
    if isinstance(data, np.ndarray):
        return data.nbytes
    if isinstance(data, pa.Array):
        return data.nbytes
    return 64 * len(data) if isinstance(data, Deferred) else 64


def _storage(batch: Any) -> np.ndarray | pa.Array | Deferred:
    data = getattr(batch, "_data", None)
    return data if isinstance(data, (np.ndarray, Deferred)) else batch.as_arrow_array()


def _list_column(batches: list[Any]) -> pa.Array:
    """One list column from per-row batches (None where a row lacks the component)."""
    present_batches = [b for b in batches if b is not None]
    storages = [_storage(b) for b in present_batches]
    lengths = np.fromiter(map(len, storages), dtype=np.int32, count=len(storages))
    mask = None
    if len(present_batches) != len(batches):
        present = np.fromiter((b is not None for b in batches), dtype=bool, count=len(batches))
        all_lengths = np.zeros(len(batches), dtype=np.int32)
        all_lengths[present] = lengths
        lengths, mask = all_lengths, pa.array(~present)
    offsets = np.zeros(len(batches) + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    first = storages[0]
    kinds = {type(s) for s in storages}
    if kinds == {np.ndarray} and len({s.dtype for s in storages}) == 1:  # type: ignore[union-attr]
        arrays: list[np.ndarray] = storages  # type: ignore[assignment]
        values = T.numpy_to_arrow(np.concatenate(arrays) if len(arrays) > 1 else arrays[0], present_batches[0]._ARROW_TYPE)
    elif kinds == {Deferred} and all(s.build is first.build for s in storages):  # type: ignore[union-attr]
        values = first.build([item for s in storages for item in s.items])  # type: ignore[union-attr]
    else:
        arrow_arrays = [s if isinstance(s, pa.Array) else b.as_arrow_array() for s, b in zip(storages, present_batches)]
        values = pa.concat_arrays(arrow_arrays) if len(arrow_arrays) > 1 else arrow_arrays[0]
    return pa.ListArray.from_arrays(pa.array(offsets), values, mask=mask)


def build_chunks(rows: list[PendingRow]) -> list[Chunk]:
    """Group rows by entity and timelines, in logging order, and build one chunk per group."""
    groups: dict[tuple[str, tuple[str, ...]], list[PendingRow]] = {}
    for row in rows:
        groups.setdefault((row.entity_path, tuple(row.timepoint)), []).append(row)
    chunks = []
    for (entity_path, timeline_names), group in groups.items():
        n = len(group)
        row_ids = np.array([r.row_id for r in group], dtype=np.uint64)
        timepoints = [r.timepoint for r in group]
        timelines = {
            name: (timepoints[0][name][0], np.fromiter((t[name][1] for t in timepoints), dtype=np.int64, count=n))
            for name in timeline_names
        }
        component_maps = [r.components for r in group]
        first_keys = component_maps[0].keys()
        if all(m.keys() == first_keys for m in component_maps):
            columns = {name: _list_column([m[name] for m in component_maps]) for name in first_keys}
        else:
            names: dict[str, None] = {}
            for m in component_maps:
                names.update(dict.fromkeys(m))
            columns = {name: _list_column([m.get(name) for m in component_maps]) for name in names}
        chunks.append(Chunk.build(entity_path, row_ids, timelines, columns))
    return chunks


class Batcher:
    """Collects rows and hands finished chunks to `on_chunks` on a background thread."""

    def __init__(self, on_chunks: Callable[[list[Chunk]], None], config: BatcherConfig | None = None) -> None:
        self._config = config or BatcherConfig.from_env()
        self._on_chunks = on_chunks
        self._pending: deque[PendingRow] = deque()
        self._pending_bytes = 0
        self._wake = threading.Event()
        self._flush_lock = threading.Lock()  # one flush at a time, so chunks keep their order
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="rerun-batcher", daemon=True)
        self._thread.start()

    def push(self, row: PendingRow) -> None:
        """Queue a row; wakes the batcher early when the size thresholds are passed."""
        self._pending.append(row)
        self._pending_bytes += row.nbytes
        if (
            self._pending_bytes >= self._config.flush_num_bytes or len(self._pending) >= self._config.flush_num_rows
        ) and not self._wake.is_set():
            self._wake.set()

    def flush(self) -> None:
        """Turn every pending row into chunks now and hand them over (in the calling thread)."""
        with self._flush_lock:
            rows = []
            while self._pending:
                rows.append(self._pending.popleft())
            self._pending_bytes = 0
            if rows:
                self._on_chunks(build_chunks(rows))

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
