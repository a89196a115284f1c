"""Chunks dropped by the memory limit are freed: no view's reuse cache keeps them alive."""

from __future__ import annotations

import gc
import io
import weakref

import numpy as np

import rerun as rr
from rerun._rrd.reader import read_messages
from rerun._store import StoreHub
from rerun._viewer import protocol as P
from rerun._viewer.views import build_view


def test_dropped_chunks_are_not_kept_alive_by_view_caches() -> None:
    rec = rr.new_recording("cache_eviction", recording_id="cache_eviction")
    mem = rec.memory_recording()
    for frame in range(3):
        rec.set_time_sequence("frame", frame)
        rec.log("world/points", rr.Points3D(np.full((100, 3), frame, np.float32)))
        rec.log("plot/s", rr.Scalar(float(frame)))
    # Through the file format, so the store's chunks are its own (the SDK's sink keeps its messages).
    data = mem.drain_as_bytes()
    hub = StoreHub()
    hub.on_messages(list(read_messages(io.BytesIO(data))))
    store = hub.store(hub.active_recording)  # type: ignore[arg-type]
    assert store is not None
    known: set[str] = set()
    for t in (2, 0):  # the spatial view's reuse cache now holds frame 0's rows and drawables
        payload, arrays = build_view(store, "3D", "/", ["+ $origin/**"], "frame", t, known, drawable_keys=True)
        known.update(arrays)
        known.update(payload.keys)
        assert payload.drawables or payload.keys
    plot = P.PlotQuery(x_range=None, width_px=400, height_px=200)
    build_view(store, "TimeSeries", "/", ["+ $origin/**"], "frame", 0, plot=plot)

    # The store's records of its chunks and their columns (what latest-at results refer to).
    records = list(store._chunks.values())
    assert records and not any(r.is_static for r in records)
    cells = [weakref.ref(r.chunk) for r in records]
    columns = [weakref.ref(col) for r in records for col in r.columns.values()]
    del records
    report = store.gc_drop_oldest(0)
    assert report.chunks_dropped == len(cells)
    gc.collect()
    assert [r for r in cells if r() is not None] == []
    assert [r for r in columns if r() is not None] == []
    # The views still answer (with nothing left to show).
    payload, _ = build_view(store, "3D", "/", ["+ $origin/**"], "frame", 2, known, drawable_keys=True)
    assert not payload.drawables
