"""Garbage collection, memory accounting, entity time histograms, the store hub, threading."""

from __future__ import annotations

import threading

import numpy as np
import pyarrow as pa

from rerun._chunk import TimeType
from rerun._log_msg import ArrowMsg, BlueprintActivation, SetStoreInfo, StoreId, StoreInfo, StoreKind
from rerun._store import ChunkStore, StoreHub
from rerun._store.store import COMPACT_BYTES
from test_store_helpers import COLOR, RADIUS, chunk


def big(entity: str, inc: int, t: int, n_floats: int = COMPACT_BYTES // 4 + 16) -> object:
    """A one-row chunk too large to be compacted with others (the store then keeps each one)."""
    values = pa.array([np.full(n_floats, float(t), np.float32)], pa.list_(pa.float32()))
    return chunk(entity, [inc], {RADIUS: values}, {"frame": [t]})


def test_nbytes_and_gc_drops_oldest_temporal_keeps_static() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/static", [0], {COLOR: [[1]]}))
    chunks = [big("/a", i + 1, t=i) for i in range(10)]
    for c in chunks:
        store.add_chunk(c)  # type: ignore[arg-type]
    total = store.nbytes
    assert total == sum(c.nbytes for c in chunks) + store.chunks()[0].nbytes  # type: ignore[attr-defined]
    per = chunks[0].nbytes  # type: ignore[attr-defined]
    report = store.gc_drop_oldest(total - 3 * per)
    assert report.chunks_dropped == 3 and report.rows_dropped == 3 and report.bytes_dropped == 3 * per
    assert report.time_ranges == {"frame": (0, 2)}
    assert store.nbytes == total - 3 * per
    assert store.latest_at("/a", RADIUS, "frame", 2) is None
    res = store.latest_at("/a", RADIUS, "frame", 3)
    assert res is not None and res.time == 3
    assert store.range("/a", RADIUS, "frame", None, None).times.tolist() == list(range(3, 10))
    assert store.time_range("frame") == (3, 9)
    # Dropping everything temporal keeps static data and forgets the emptied entity.
    report = store.gc_drop_oldest(0)
    assert report.chunks_dropped == 7 and report.entities_emptied == ["/a"]
    assert store.entity_paths() == ["/static"]
    assert store.latest_at("/static", COLOR, None) is not None
    assert store.time_range("frame") is None
    assert store.gc_drop_oldest(0).chunks_dropped == 0


def test_gc_order_is_by_row_id_not_time() -> None:
    store = ChunkStore()
    store.add_chunk(big("/a", 2, t=0))  # type: ignore[arg-type]
    store.add_chunk(big("/a", 1, t=50))  # type: ignore[arg-type]  # logged first, later time
    store.gc_drop_oldest(store.nbytes - 1)
    assert store.range("/a", RADIUS, "frame", None, None).times.tolist() == [0]


def test_entity_time_histogram() -> None:
    store = ChunkStore()
    store.add_chunk(
        chunk("/a", [1, 2, 3], {RADIUS: [[1.0], [2.0], None], COLOR: [[1], None, [3]]}, {"frame": [1, 1, 4]})
    )
    store.add_chunk(chunk("/a/b", [4], {RADIUS: [[1.0]]}, {"frame": [4]}))
    h = store.entity_times("/a", "frame")
    assert h.times.tolist() == [1, 4] and h.counts.tolist() == [2, 1] and h.total == 3
    h = store.entity_times("/a", "frame", recursive=True)
    assert h.times.tolist() == [1, 4] and h.counts.tolist() == [2, 2]
    assert store.entity_times("/zzz", "frame").total == 0
    assert store.component_times("/a", COLOR, "frame").tolist() == [1, 4]
    assert store.timelines() == {"frame": TimeType.SEQUENCE}


def info(app: str, sid: StoreId) -> StoreInfo:
    return StoreInfo(application_id=app, store_id=sid, started_ns=0, sdk_version="0.17.0")


def test_hub_routes_messages_and_tracks_blueprints() -> None:
    hub = StoreHub()
    rec = StoreId(StoreKind.RECORDING, "rec1")
    rec2 = StoreId(StoreKind.RECORDING, "rec2")
    bp = StoreId(StoreKind.BLUEPRINT, "bp1")
    # Data may arrive before the store info.
    hub.on_message(ArrowMsg(rec, chunk("/a", [1], {RADIUS: [[1.0]]}, {"frame": [0]})))
    hub.on_message(SetStoreInfo(info("app", rec)))
    hub.on_message(SetStoreInfo(info("other", rec2)))
    # Activation before the blueprint's info is applied once the info arrives.
    hub.on_message(BlueprintActivation(bp, make_active=True, make_default=False))
    assert hub.active_blueprint("app") is None
    hub.on_message(SetStoreInfo(info("app", bp)))
    hub.on_message(ArrowMsg(bp, chunk("/view", [2], {COLOR: [[1]]})))
    assert hub.active_blueprint("app") == bp and hub.default_blueprint("app") is None
    hub.on_message(BlueprintActivation(bp))
    assert hub.default_blueprint("app") == bp

    store = hub.store(rec)
    assert store is not None and store.latest_at("/a", RADIUS, "frame", 0) is not None
    assert hub.store_info(rec) == info("app", rec) and store.info == info("app", rec)
    assert hub.recordings() == [rec, rec2] and hub.recordings("app") == [rec] and hub.blueprints("app") == [bp]
    assert hub.application_ids() == ["app", "other"]
    assert hub.active_recording == rec
    hub.set_active_recording(rec2)
    assert hub.active_recording == rec2
    hub.remove(rec2)
    assert hub.active_recording == rec and rec2 not in hub and len(hub) == 2


def test_concurrent_ingest_and_queries() -> None:
    store = ChunkStore()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for i in range(2000):
                store.add_chunk(chunk("/w", [i], {RADIUS: [[float(i)]]}, {"frame": [i]}))
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    thread = threading.Thread(target=writer)
    thread.start()
    while thread.is_alive():
        res = store.latest_at("/w", RADIUS, "frame", None)
        if res is not None:
            assert res.batch.to_pylist() == [float(res.time)]  # type: ignore[arg-type]
        rng = store.range("/w", RADIUS, "frame", None, None)
        assert len(rng.times) == len(rng.batches)
    thread.join()
    assert not errors
    assert len(store.range("/w", RADIUS, "frame", None, None)) == 2000
