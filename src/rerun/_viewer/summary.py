"""Pushed state: the recordings list (`Hello`), a recording's summary and its streams histogram."""

from __future__ import annotations

import weakref

import numpy as np

from .. import __version__ as _version
from .._log_msg import StoreId, StoreInfo, StoreKind
from .._store import ChunkStore, StoreHub
from .._store.scene.views import view_kinds
from . import protocol as P
from .views.blueprint import blueprint_layout


def hello(hub: StoreHub, sources: dict[str, str], active: str | None) -> P.Hello:
    recordings = []
    for sid in hub.recordings():
        info = hub.store_info(sid)
        recordings.append(
            P.RecordingInfo(
                store_id=str(sid),
                application_id=info.application_id if isinstance(info, StoreInfo) else "unknown",
                recording_id=sid.id,
                started_ns=info.started_ns if isinstance(info, StoreInfo) else 0,
                source=sources.get(str(sid), ""),
            )
        )
    return P.Hello(P.PROTOCOL_VERSION, _version, recordings, active)


def default_timeline(store: ChunkStore) -> str | None:
    """The timeline a page shows first: the first user timeline, else log_time, as Rerun does."""
    names = list(store.timelines())
    builtin = ["log_time", "log_tick"]
    others = [n for n in names if n not in builtin]
    candidates = others or [n for n in builtin if n in names] or names
    return candidates[0] if candidates else None


def entity_tree_key(store: ChunkStore) -> tuple[int, int]:
    """Changes whenever the entity tree of `recording_summary` may have (a new entity or component, data dropped)."""
    return id(store), store.shape_generation


def recording_summary(
    hub: StoreHub, store_id: StoreId, memory_limit: int | None, with_entities: bool = True
) -> P.RecordingSummary | None:
    """
    What a page shows of a recording besides its views: timelines, entity tree, layout, memory.

    `with_entities=False` leaves the entity tree out (null), for a page that was sent it since
    `entity_tree_key` last changed: with 10,000 entities, the tree was most of each summary's
    cost and size, and live data makes a summary up to 10 times a second.
    """
    store = hub.store(store_id)
    if store is None:
        return None
    app = hub.application_of(store_id) or "unknown"
    timelines = []
    for name, time_type in store.timelines().items():
        bounds = store.time_range(name)
        timelines.append(
            P.TimelineInfo(name, time_type.value, None if bounds is None else bounds[0], None if bounds is None else bounds[1])
        )
    entities = None
    if with_entities:
        with_data = set(store.entity_paths())
        entities = []
        for path in store.all_paths():
            comps = store.component_names(path) if path in with_data else []
            entities.append(P.EntityInfo(path, path in with_data, comps, sorted(view_kinds(comps))))
    return P.RecordingSummary(
        store_id=str(store_id),
        application_id=app,
        timelines=timelines,
        entities=entities,
        blueprint=blueprint_layout(hub, store_id),
        memory_bytes=sum(s.nbytes for sid in hub.store_ids(StoreKind.RECORDING) if (s := hub.store(sid)) is not None),
        memory_limit=memory_limit,
    )


# (store, entity, timeline) -> (entity generation, times, counts): while data streams in, only the
# entities that changed are recounted (the push loop asks up to 10 times a second).
_STREAMS_CACHE: weakref.WeakKeyDictionary[ChunkStore, dict[tuple[str, str], tuple[int, np.ndarray, np.ndarray]]] = (
    weakref.WeakKeyDictionary()
)


#: At most this many times per entity in a `streams` message: the lanes are a few thousand pixels
#: wide, and the message is re-sent up to 10 times a second while data arrives.
MAX_STREAM_BINS = 2000


def binned(times: np.ndarray, counts: np.ndarray, max_bins: int = MAX_STREAM_BINS) -> tuple[np.ndarray, np.ndarray]:
    """
    At most `max_bins` (time, rows) pairs for sorted distinct `times` with `counts` rows each.

    Beyond `max_bins` times, the entity's own time range is cut into `max_bins` equal bins; each
    bin with data is sent as its first data time (a real time, so stepping lands on data and a
    single logged time stays a mark) and the sum of its rows.
    """
    if len(times) <= max_bins:
        return times, counts
    lo, hi = float(times[0]), float(times[-1])
    bins = np.minimum(((times.astype(np.float64) - lo) * (max_bins / (hi - lo))).astype(np.int64), max_bins - 1)
    starts = np.flatnonzero(np.diff(bins, prepend=-1))
    return times[starts], np.add.reduceat(counts.astype(np.uint64), starts)


def streams(store: ChunkStore, store_id: str, timeline: str) -> P.Streams:
    """Per entity with data on `timeline`: its times (binned beyond `MAX_STREAM_BINS`) and the rows at each."""
    cache = _STREAMS_CACHE.setdefault(store, {})
    paths: list[str] = []
    times_parts: list[np.ndarray] = []
    counts_parts: list[np.ndarray] = []
    for path in store.entity_paths():
        gen = store._entity_gen.get(path, 0)
        cached = cache.get((path, timeline))
        if cached is None or cached[0] != gen:
            hist = store.entity_times(path, timeline)
            times, counts = binned(hist.times, hist.counts)
            cached = cache[(path, timeline)] = (gen, times.astype(np.float64), np.minimum(counts, 2**32 - 1).astype(np.uint32))
        if len(cached[1]):
            paths.append(path)
            times_parts.append(cached[1])
            counts_parts.append(cached[2])
    offsets = np.zeros(len(paths) + 1, np.uint32)
    np.cumsum([len(t) for t in times_parts], out=offsets[1:])
    return P.Streams(
        store_id,
        timeline,
        paths,
        offsets,
        np.concatenate(times_parts) if times_parts else np.zeros(0, np.float64),
        np.concatenate(counts_parts) if counts_parts else np.zeros(0, np.uint32),
    )
