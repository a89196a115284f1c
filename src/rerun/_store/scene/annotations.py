"""Annotation contexts: class id -> label/color, keypoints, keypoint connections.

An entity uses the AnnotationContext of the nearest entity on its path (itself first, then each
ancestor) that has one at the query time. Colors are Rerun's packed ``0xRRGGBBAA`` uint32.
Lookups are vectorised over arrays of class ids (dense 65536-entry tables, class ids are uint16).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .. import paths
from ..results import RowId
from .decode import fields

if TYPE_CHECKING:
    from ..store import ChunkStore

ANNOTATION_CONTEXT = "rerun.components.AnnotationContext"
_N = 1 << 16


@dataclass
class AnnotationContext:
    """A decoded AnnotationContext.

    Attributes
    ----------
    entity_path:
        Where it was logged.
    row_id:
        Row it came from (for caching), or None when decoded standalone.
    class_ids:
        uint16 class ids described, in logged order (a later duplicate wins).

    """

    entity_path: str
    row_id: RowId | None
    class_ids: np.ndarray
    _label_index: np.ndarray  # (65536,) int32 -> position in _labels, -1 = none
    _labels: pa.Array  # string
    _colors: np.ndarray  # (65536,) uint32
    _has_color: np.ndarray  # (65536,) bool
    _kp_keys: np.ndarray  # sorted uint32 class_id << 16 | keypoint_id
    _kp_labels: pa.Array  # string, aligned with _kp_keys
    _kp_colors: np.ndarray  # uint32, aligned
    _kp_has_color: np.ndarray  # bool, aligned
    _connections: dict[int, np.ndarray]  # class id -> (k, 2) uint16

    def lookup(self, class_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray, pa.Array]:
        """Per class id: (colors uint32, has_color bool, labels string array with nulls)."""
        ids = np.asarray(class_ids, dtype=np.int64)
        inside = (ids >= 0) & (ids < _N)
        safe = np.where(inside, ids, 0)
        colors = np.where(inside, self._colors[safe], 0).astype(np.uint32)
        has = inside & self._has_color[safe]
        idx = np.where(inside, self._label_index[safe], -1)
        return colors, has, self._labels.take(pa.array(idx, mask=idx < 0))

    def class_info(self, class_id: int) -> tuple[str | None, int | None]:
        """(label, color) of one class id; (None, None) when unknown."""
        colors, has, labels = self.lookup(np.array([class_id]))
        return labels[0].as_py(), int(colors[0]) if has[0] else None

    def keypoint_lookup(
        self, class_ids: np.ndarray, keypoint_ids: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, pa.Array]:
        """Per (class id, keypoint id): (colors, has_color, labels).

        A described keypoint gives its label, and its color or else the class color. A keypoint
        that is not described falls back to the class's label and color.
        """
        cls = np.broadcast_to(np.asarray(class_ids, np.int64), np.shape(keypoint_ids))
        kp = np.asarray(keypoint_ids, np.int64)
        colors, has, labels = self.lookup(cls)
        keys = ((cls & 0xFFFF) << 16) | (kp & 0xFFFF)
        pos = np.searchsorted(self._kp_keys, keys)
        pos_safe = np.minimum(pos, max(len(self._kp_keys) - 1, 0))
        found = (pos < len(self._kp_keys)) & (self._kp_keys[pos_safe] == keys) if len(self._kp_keys) else pos < 0
        if found.any():
            kp_has = self._kp_has_color[pos_safe] & found
            colors = np.where(kp_has, self._kp_colors[pos_safe], colors).astype(np.uint32)
            has = has | kp_has
            kp_labels = self._kp_labels.take(pa.array(np.where(found, pos_safe, 0)))
            labels = pc.if_else(pa.array(found), kp_labels, labels)
        return colors, has, labels

    def keypoint_connections(self, class_id: int) -> np.ndarray:
        """(k, 2) uint16 keypoint id pairs to connect for a class (empty if none)."""
        return self._connections.get(int(class_id), np.empty((0, 2), np.uint16))

    @functools.cached_property
    def _label_objects(self) -> np.ndarray:
        """The class labels as an object array (None where a class has none), None appended."""
        return np.array([*self._labels.to_pylist(), None], object)

    @functools.cached_property
    def _kp_label_objects(self) -> np.ndarray:
        return np.array([*self._kp_labels.to_pylist(), None], object)

    def lookup_many(self, class_ids: np.ndarray, keypoint_ids: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """As `keypoint_lookup` (with `keypoint_ids`, -1 where an instance has none: it takes its
        class's) or `lookup`, with the labels as an object array of str or None: numpy only, for
        many instances at once."""
        ids = np.asarray(class_ids, np.int64)
        inside = (ids >= 0) & (ids < _N)
        safe = np.where(inside, ids, 0)
        colors = np.where(inside, self._colors[safe], 0).astype(np.uint32)
        has = inside & self._has_color[safe]
        idx = np.where(inside, self._label_index[safe], -1)
        labels = self._label_objects[idx]  # (-1: the None appended)
        if keypoint_ids is None or not len(self._kp_keys):
            return colors, has, labels
        kp = np.asarray(keypoint_ids, np.int64)
        keys = ((ids & 0xFFFF) << 16) | (kp & 0xFFFF)
        pos = np.minimum(np.searchsorted(self._kp_keys, keys), len(self._kp_keys) - 1)
        found = (kp >= 0) & (self._kp_keys[pos] == keys)
        if found.any():
            kp_has = self._kp_has_color[pos] & found
            colors = np.where(kp_has, self._kp_colors[pos], colors).astype(np.uint32)
            has = has | kp_has
            labels = np.where(found, self._kp_label_objects[pos], labels)
        return colors, has, labels

    @functools.cached_property
    def connection_table(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every class's keypoint connections end to end, for vectorised lookups: (the classes
        with connections, sorted, int64 [c]; where each one's pairs start in the pairs, int64
        [c + 1]; the pairs, int64 [k, 2]), each class's pairs in logged order."""
        classes = np.array(sorted(self._connections), np.int64)
        parts = [self._connections[c] for c in classes.tolist()]
        starts = np.zeros(len(classes) + 1, np.int64)
        np.cumsum([len(p) for p in parts], out=starts[1:])
        pairs = np.concatenate(parts).astype(np.int64) if parts else np.empty((0, 2), np.int64)
        return classes, starts, pairs


def _np(arr: pa.Array, dtype: type, fill: int = 0) -> np.ndarray:
    return np.asarray(arr.fill_null(fill).to_numpy(zero_copy_only=False), dtype=dtype)


def decode_annotation_context(
    batch: pa.Array, entity_path: str = "/", row_id: RowId | None = None
) -> AnnotationContext:
    """Decode a ``rerun.components.AnnotationContext`` batch (its first element)."""
    entries = batch[0].values if len(batch) else pa.array([], batch.type.value_type)
    class_id_arr, desc = fields(entries)
    class_ids = _np(class_id_arr, np.uint16)
    info, kp_ann, kp_conn = fields(desc)
    _info_id, info_label, info_color = fields(info)
    n = len(class_ids)
    label_index = np.full(_N, -1, np.int32)
    label_index[class_ids] = np.where(info_label.is_valid().to_numpy(zero_copy_only=False), np.arange(n), -1)
    colors = np.zeros(_N, np.uint32)
    has_color = np.zeros(_N, bool)
    colors[class_ids] = _np(info_color, np.uint32)
    has_color[class_ids] = info_color.is_valid().to_numpy(zero_copy_only=False)

    # Keypoints: flatten each class's list, tagging every keypoint with its class id.
    kp_offsets = kp_ann.offsets.to_numpy()
    kp_counts = np.diff(kp_offsets)
    kp_values = kp_ann.values.slice(int(kp_offsets[0]), int(kp_offsets[-1] - kp_offsets[0]))
    kp_id, kp_label, kp_color = fields(kp_values)
    kp_cls = np.repeat(class_ids.astype(np.uint32), kp_counts)
    keys = (kp_cls << 16) | _np(kp_id, np.uint32)
    order = np.argsort(keys, kind="stable")
    # Duplicates: keep the last described.
    keys_sorted = keys[order]
    last = np.ones(len(keys_sorted), bool)
    last[:-1] = keys_sorted[1:] != keys_sorted[:-1]
    order = order[last]

    conn_offsets = kp_conn.offsets.to_numpy()
    conn_values = kp_conn.values.slice(int(conn_offsets[0]), int(conn_offsets[-1] - conn_offsets[0]))
    k0, k1 = (_np(a, np.uint16) for a in fields(conn_values))
    pairs = np.column_stack([k0, k1]) if len(k0) else np.empty((0, 2), np.uint16)
    starts = conn_offsets[:-1] - conn_offsets[0]
    stops = conn_offsets[1:] - conn_offsets[0]
    connections = {int(c): pairs[a:b] for c, a, b in zip(class_ids.tolist(), starts.tolist(), stops.tolist()) if b > a}

    return AnnotationContext(
        entity_path=entity_path,
        row_id=row_id,
        class_ids=class_ids,
        _label_index=label_index,
        _labels=info_label,
        _colors=colors,
        _has_color=has_color,
        _kp_keys=keys[order].astype(np.int64),
        _kp_labels=kp_label.take(pa.array(order)),
        _kp_colors=_np(kp_color, np.uint32)[order],
        _kp_has_color=kp_color.is_valid().to_numpy(zero_copy_only=False)[order],
        _connections=connections,
    )


_CACHE: dict[tuple[int, str, RowId], AnnotationContext] = {}
_CACHE_MAX = 256


def find_annotation_context(
    store: ChunkStore, entity_path: str, timeline: str | None = None, time: int | None = None
) -> AnnotationContext | None:
    """The AnnotationContext in effect for an entity: its own, else the nearest ancestor's."""
    for path in paths.ancestors(paths.normalize(entity_path)):
        ctx = annotation_context_at(store, path, timeline, time)
        if ctx is not None:
            return ctx
    return None


def annotation_context_at(store: ChunkStore, path: str, timeline: str | None = None, time: int | None = None) -> AnnotationContext | None:
    """The AnnotationContext logged at `path` itself (normalized) in effect at the time, or None;
    decoded once per row."""
    res = store.latest_at(path, ANNOTATION_CONTEXT, timeline, time)
    if res is None:
        return None
    key = (id(store), path, res.row_id)
    ctx = _CACHE.get(key)
    if ctx is None:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        ctx = _CACHE[key] = decode_annotation_context(res.batch, path, res.row_id)
    return ctx
