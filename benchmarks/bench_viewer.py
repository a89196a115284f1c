"""Viewer core benchmark: ingest from a file and from a live TCP stream, scene latest-at, memory.

Run: ``python benchmarks/bench_viewer.py`` (``--quick`` for a smaller run, ``--latest-at-only``
to skip ingest and memory). Not a test. The store
itself is measured by benchmarks/bench_store.py; this measures the viewer's paths around it
(rrd decoding + `Ingestor`, the TCP server, the 3D view payload) with data logged by the SDK.

Figures (see BENCHMARKS.md, section "Viewer core"):

- ingest MB/s and rows/s, from an .rrd file and over TCP into a running `ViewerServer`, next to
  how fast the SDK logs the same rows (the target: ingest at least as fast as the SDK logs);
- latest-at of every entity of a 1,000-entity scene at one time (median, p99), as store queries
  (one call per entity, and one batched call) and as the whole 3D view payload the page asks for;
- memory held per byte of payload (Arrow data + indexes, and the process RSS growth).
"""

from __future__ import annotations

import argparse
import os
import resource
import socket
import tempfile
import time

import numpy as np

import rerun as rr
from rerun._log_msg import StoreKind
from rerun._store import StoreHub
from rerun._viewer.ingest import Ingestor, MemoryGuard
from rerun._viewer.server import ViewerServer
from rerun._viewer.views import build_view


def log_workload(rec: rr.RecordingStream, frames: int, points: int, scalars: int) -> tuple[int, int]:
    """Per frame: one point cloud of `points` points and `scalars` scalar series. Returns (rows, payload bytes)."""
    rng = np.random.default_rng(0)
    cloud = rng.random((points, 3), dtype=np.float32)
    colors = rng.integers(0, 255, (points, 3), dtype=np.uint8)
    rows = payload = 0
    for f in range(frames):
        rec.set_time_sequence("frame", f)
        rec.log("world/cloud", rr.Points3D(cloud + f, colors=colors, radii=0.01))
        payload += cloud.nbytes + points * 4 + 4  # positions, packed colors, one radius
        rows += 1
        for s in range(scalars):
            rec.log(f"plots/s{s}", rr.Scalar(np.sin(f / 10 + s)))
            payload += 8
            rows += 1
    return rows, payload


def sdk_rate(frames: int, points: int, scalars: int) -> tuple[float, bytes, int, int]:
    """(rows/s the SDK logs at, the rrd bytes it produced, rows, payload bytes)."""
    rec = rr.new_recording("bench_viewer", recording_id="bench")
    stream = rec.binary_stream()
    t0 = time.perf_counter()
    rows, payload = log_workload(rec, frames, points, scalars)
    rec.flush()
    elapsed = time.perf_counter() - t0
    data = stream.read()
    return rows / elapsed, data, rows, payload


def rows_in(hub: StoreHub) -> int:
    total = 0
    for sid in hub.store_ids(StoreKind.RECORDING):
        store = hub.store(sid)
        assert store is not None
        for entity in store.entity_paths():
            total += store.entity_times(entity, "frame").total
    return total


def file_ingest(data: bytes) -> tuple[float, StoreHub]:
    with tempfile.NamedTemporaryFile(suffix=".rrd", delete=False) as f:
        f.write(data)
        path = f.name
    try:
        hub = StoreHub()
        ingestor = Ingestor(hub, MemoryGuard(hub, None, lambda _: None), lambda _: None)
        t0 = time.perf_counter()
        progress = ingestor.load_file(path)
        elapsed = time.perf_counter() - t0
        assert progress.error is None, progress.error
        return elapsed, hub
    finally:
        os.unlink(path)


def tcp_ingest(data: bytes, rows: int) -> float:
    server = ViewerServer(web_port=0, tcp_port=0, memory_limit=None)
    server.start_in_thread()
    try:
        assert server.tcp_port is not None
        t0 = time.perf_counter()
        with socket.create_connection(("127.0.0.1", server.tcp_port)) as sock:
            sock.sendall(data)
        while rows_in(server.hub) < rows:
            time.sleep(0.002)
        return time.perf_counter() - t0
    finally:
        server.shutdown()


def scene_latest_at(entities: int, frames: int, queries: int, clock=time.perf_counter) -> tuple[list[float], list[float], list[float]]:  # type: ignore[no-untyped-def]
    """Per query time, timed with `clock`, seconds of: all entities' store latest-at one entity per
    call, the same as one batched call, and the whole 3D payload."""
    rec = rr.new_recording("bench_scene", recording_id="scene")
    mem = rec.memory_recording()
    rng = np.random.default_rng(1)
    for f in range(frames):
        rec.set_time_sequence("frame", f)
        for e in range(entities):
            if (e + f) % 4 == 0:  # each entity changes every 4th frame
                rec.log(f"world/group{e % 10}/obj{e}", rr.Points3D(rng.random((10, 3), dtype=np.float32)))
    hub = StoreHub()
    hub.on_messages(mem.messages())
    store = hub.store(hub.active_recording)  # type: ignore[arg-type]
    assert store is not None
    paths = store.entity_paths()
    assert len(paths) == entities
    raw, batched, view = [], [], []
    # Scrubbing: each query at a random time, never the previous one (which the store's
    # per-index answer cache would serve).
    def scrub() -> list[int]:  # from frame 3 on, when every entity has data
        return (3 + np.cumsum(rng.integers(1, frames - 3, queries)) % (frames - 3)).tolist()

    for t in scrub():
        t0 = clock()
        for p in paths:
            store.latest_at_entity(p, "frame", t)
        raw.append(clock() - t0)
    for t in scrub():
        t0 = clock()
        store.latest_at_entities(paths, "frame", t)
        batched.append(clock() - t0)
    for t in scrub():
        t0 = clock()
        payload, _ = build_view(store, "3D", "/", ["+ $origin/**"], "frame", t)
        view.append(clock() - t0)
        assert len(payload.drawables) == entities
    return raw, batched, view


def ms(samples: list[float], q: float) -> float:
    return float(np.percentile(samples, q)) * 1e3


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--latest-at-only", action="store_true", help="only the scene latest-at and 3D payload figures")
    args = parser.parse_args()
    if not args.latest_at_only:
        ingest_and_memory(args.quick)
    # Wall time, and this thread's CPU time (what the query costs, without waiting for a busy machine).
    for label, clock in (("wall", time.perf_counter), ("cpu", time.thread_time)):
        raw, batched, view = scene_latest_at(1000, 40 if args.quick else 100, 50 if args.quick else 200, clock)
        print(f"latest-at, 1,000 entities ({label}): median {ms(raw, 50):6.2f} ms  p99 {ms(raw, 99):6.2f} ms  (one store call per entity)")
        print(f"  ... batched ({label}):             median {ms(batched, 50):6.2f} ms  p99 {ms(batched, 99):6.2f} ms  (latest_at_entities)")
        print(f"3D view payload, 1,000 ({label}):    median {ms(view, 50):6.2f} ms  p99 {ms(view, 99):6.2f} ms  (transforms + drawables)")


def ingest_and_memory(quick: bool) -> None:
    frames, points, scalars = (300, 2000, 5) if quick else (2000, 5000, 10)

    log_rate, data, rows, payload = sdk_rate(frames, points, scalars)
    mb = len(data) / 1e6
    print(f"workload: {frames} frames x ({points} points + {scalars} scalars) = {rows} rows, {mb:.1f} MB rrd")
    print(f"SDK logging rate:          {log_rate:12,.0f} rows/s")

    rss0 = rss_bytes()
    elapsed, hub = file_ingest(data)
    rss1 = rss_bytes()
    assert rows_in(hub) == rows
    print(f"file ingest:               {mb / elapsed:8.1f} MB/s {rows / elapsed:12,.0f} rows/s")
    elapsed = tcp_ingest(data, rows)
    print(f"live TCP ingest:           {mb / elapsed:8.1f} MB/s {rows / elapsed:12,.0f} rows/s")

    store = hub.store(hub.active_recording)  # type: ignore[arg-type]
    assert store is not None
    held = store.nbytes + store.index_nbytes()
    print(f"memory per payload byte:   {held / payload:8.2f} (Arrow data + indexes: {held / 1e6:.1f} MB for {payload / 1e6:.1f} MB)")
    print(f"  process RSS growth:      {(rss1 - rss0) / payload:8.2f} per payload byte (includes allocator slack)")
    del hub, store


if __name__ == "__main__":
    main()
