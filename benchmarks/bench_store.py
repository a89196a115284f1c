"""Chunk store benchmark: ingest rate, scene latest-at latency, range, memory overhead.

Run: ``python benchmarks/bench_store.py`` (add ``--quick`` for a smaller run). Not a test.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pyarrow as pa

from rerun._chunk import Chunk, TimeType, next_row_ids
from rerun._store import ChunkStore

C = "rerun.components."
VEC3 = pa.list_(pa.field("item", pa.float32(), nullable=False), 3)


def points_chunk(entity: str, frames: np.ndarray, n_points: int) -> Chunk:
    rows = len(frames)
    pos = np.random.default_rng(0).random((rows * n_points, 3), dtype=np.float32)
    flat = pa.FixedSizeListArray.from_arrays(pa.array(pos.reshape(-1)), type=VEC3)
    offsets = pa.array(np.arange(rows + 1, dtype=np.int32) * n_points)
    one = pa.array(np.arange(rows + 1, dtype=np.int32))
    return Chunk.build(
        entity,
        next_row_ids(rows),
        {
            "frame": (TimeType.SEQUENCE, frames),
            "log_time": (TimeType.TIME, np.full(rows, time.time_ns(), np.int64)),
        },
        {
            C + "Position3D": pa.ListArray.from_arrays(offsets, flat),
            C + "Color": pa.ListArray.from_arrays(one, pa.array(np.full(rows, 0xFF0000FF, np.uint32))),
            C + "Radius": pa.ListArray.from_arrays(one, pa.array(np.full(rows, 0.1, np.float32))),
            C + "Points3DIndicator": pa.ListArray.from_arrays(one, pa.nulls(rows)),
        },
    )


def scalar_chunk(entity: str, start: int, rows: int) -> Chunk:
    one = pa.array(np.arange(rows + 1, dtype=np.int32))
    return Chunk.build(
        entity,
        next_row_ids(rows),
        {"step": (TimeType.SEQUENCE, np.arange(start, start + rows, dtype=np.int64))},
        {C + "Scalar": pa.ListArray.from_arrays(one, pa.array(np.sin(np.arange(rows) / 100.0)))},
    )


def ingest(chunks: list[Chunk]) -> tuple[ChunkStore, float]:
    store = ChunkStore()
    t0 = time.perf_counter()
    for c in chunks:
        store.add_chunk(c)
    return store, time.perf_counter() - t0


def pct(samples: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(samples) * 1e3, q))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    n_small = 5_000 if args.quick else 20_000
    rows: list[tuple[str, str]] = []

    # 1. Many small chunks: one row each (10 points + color + radius + indicator, 2 timelines).
    small = [points_chunk(f"/world/e{i % 100}", np.array([i // 100]), 10) for i in range(n_small)]
    store, dt = ingest(small)
    nrows = sum(c.num_rows for c in small)
    mb = sum(c.nbytes for c in small) / 1e6
    rows.append(
        ("ingest small chunks", f"{len(small) / dt:,.0f} chunks/s, {nrows / dt:,.0f} rows/s, {mb / dt:,.1f} MB/s")
    )

    # 2. A few large chunks: 100k scalar rows each.
    n_large = 5 if args.quick else 10
    large = [scalar_chunk("/plot/series", i * 100_000, 100_000) for i in range(n_large)]
    store_l, dt = ingest(large)
    nrows = sum(c.num_rows for c in large)
    mb = sum(c.nbytes for c in large) / 1e6
    rows.append(
        ("ingest large chunks", f"{len(large) / dt:,.1f} chunks/s, {nrows / dt:,.0f} rows/s, {mb / dt:,.1f} MB/s")
    )

    # 3. Range over a long series (first call materialises; later calls reuse it).
    t0 = time.perf_counter()
    res = store_l.range("/plot/series", C + "Scalar", "step", None, None)
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(10):
        res = store_l.range("/plot/series", C + "Scalar", "step", None, None)
    again = (time.perf_counter() - t0) / 10
    rows.append((f"range {len(res):,} rows", f"first {first * 1e3:.1f} ms, then {again * 1e3:.2f} ms"))

    # 4. Scene latest-at: 1000 entities x 4 components logged at frames 0, 1000, ..., 9000.
    scene = ChunkStore()
    for i in range(1000):
        scene.add_chunk(points_chunk(f"/scene/obj{i}", np.arange(10) * 1000, 100))
    entities = scene.entity_paths()

    def query(t: int, build: bool) -> tuple[float, int]:
        t0 = time.perf_counter()
        found = [scene.latest_at_entity(e, "frame", t) for e in entities]
        if build:
            for comps in found:
                for r in comps.values():
                    r.batch  # noqa: B018 - materialise the batch
        return time.perf_counter() - t0, sum(len(f) for f in found)

    # Cold: every query time is new and falls in a different interval than the previous one,
    # so neither the per-entity result cache nor the per-index interval cache can answer.
    cold = [query((i % 10) * 1000 + i, False)[0] for i in range(200)]
    cold_b = [query((i % 10) * 1000 + 500 + i, True)[0] for i in range(100)]
    # Warm: the same time again with no new data (a paused or live-at-latest viewer).
    warm = [query(5000, False)[0] for _ in range(200)]
    ncomp = query(5000, False)[1]
    label = f"latest-at scene ({len(entities)} entities, {ncomp} comps)"
    rows.append((label + " cold", f"median {pct(cold, 50):.2f} ms, p99 {pct(cold, 99):.2f} ms"))
    rows.append(("  ... cold + build every batch", f"median {pct(cold_b, 50):.2f} ms, p99 {pct(cold_b, 99):.2f} ms"))
    rows.append(("  ... warm (same time, no new data)", f"median {pct(warm, 50):.2f} ms, p99 {pct(warm, 99):.2f} ms"))

    # 5. Memory held per byte of component payload.
    for name, st in (("small-chunk store", store), ("large-chunk store", store_l), ("scene store", scene)):
        payload = sum(sum(col.nbytes for col in c.components().values()) for c in st.chunks())
        held = st.nbytes + st.index_nbytes()
        rows.append(
            (
                f"memory: {name}",
                f"{held / payload:.2f} B held per payload B (chunks {st.nbytes / 1e6:.1f} MB"
                f" + index {st.index_nbytes() / 1e6:.1f} MB, payload {payload / 1e6:.1f} MB)",
            )
        )

    width = max(len(k) for k, _ in rows)
    print(f"{'benchmark':<{width}}  result")
    print("-" * (width + 60))
    for k, v in rows:
        print(f"{k:<{width}}  {v}")


if __name__ == "__main__":
    main()
