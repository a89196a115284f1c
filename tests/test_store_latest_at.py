"""Latest-at queries: times, ties, timelines, static data."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from rerun._store import ChunkStore, RowId
from test_store_helpers import COLOR, POS3, RADIUS, chunk, indicator


def radii(store: ChunkStore, entity: str, timeline: str | None, t: int | None) -> list | None:  # type: ignore[type-arg]
    res = store.latest_at(entity, RADIUS, timeline, t)
    return None if res is None else res.batch.to_pylist()


def make_store() -> ChunkStore:
    store = ChunkStore()
    # frame 10: r=1 (row 1); frame 20: r=2 (row 2) and r=3 (row 3, later row id wins the tie)
    store.add_chunk(chunk("/a", [1, 2, 3], {RADIUS: [[1.0], [2.0], [3.0]]}, {"frame": [10, 20, 20]}))
    return store


def test_before_exact_between_after() -> None:
    store = make_store()
    assert radii(store, "/a", "frame", 9) is None
    assert radii(store, "/a", "frame", 10) == [1.0]
    assert radii(store, "/a", "frame", 15) == [1.0]
    assert radii(store, "/a", "frame", 20) == [3.0]
    assert radii(store, "/a", "frame", 1000) == [3.0]
    assert radii(store, "a", "frame", None) == [3.0]  # None time = latest; path without slash
    res = store.latest_at("/a", RADIUS, "frame", 15)
    assert res is not None and res.time == 10 and res.row_id == RowId(1000, 1) and not res.is_static


def test_unknown_entity_component_timeline() -> None:
    store = make_store()
    assert store.latest_at("/b", RADIUS, "frame", 10) is None
    assert store.latest_at("/a", COLOR, "frame", 10) is None
    assert store.latest_at("/a", RADIUS, "other", 10) is None
    assert store.latest_at("/a", RADIUS, None, None) is None  # static only


def test_ties_broken_by_row_id_regardless_of_arrival_order() -> None:
    store = ChunkStore()
    # Row 7 arrives first but row 9 (later id) at the same time must win; row 8 at t=5 is earlier.
    store.add_chunk(chunk("/a", [7], {RADIUS: [[7.0]]}, {"frame": [5]}))
    store.add_chunk(chunk("/a", [9], {RADIUS: [[9.0]]}, {"frame": [5]}))
    store.add_chunk(chunk("/a", [8], {RADIUS: [[8.0]]}, {"frame": [5]}))
    assert radii(store, "/a", "frame", 5) == [9.0]
    store.add_chunk(chunk("/a", [1], {RADIUS: [[1.0]]}, {"frame": [6]}))  # old row id, later time
    assert radii(store, "/a", "frame", 6) == [1.0]
    assert radii(store, "/a", "frame", 5) == [9.0]


def test_out_of_order_arrival_and_unsorted_chunk() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/a", [1, 2, 3], {RADIUS: [[30.0], [10.0], [20.0]]}, {"frame": [30, 10, 20]}))
    store.add_chunk(chunk("/a", [4], {RADIUS: [[5.0]]}, {"frame": [5]}))  # late arrival, earliest time
    store.add_chunk(chunk("/a", [5], {RADIUS: [[25.0]]}, {"frame": [25]}))
    expected = {4: None, 5: [5.0], 12: [10.0], 20: [20.0], 26: [25.0], 31: [30.0]}
    for t, want in expected.items():
        assert radii(store, "/a", "frame", t) == want, t


def test_multiple_timelines() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/a", [1, 2], {RADIUS: [[1.0], [2.0]]}, {"frame": [1, 2], "sim": [200, 100]}))
    assert radii(store, "/a", "frame", 1) == [1.0]
    assert radii(store, "/a", "frame", 2) == [2.0]
    assert radii(store, "/a", "sim", 150) == [2.0]
    assert radii(store, "/a", "sim", 250) == [1.0]
    assert radii(store, "/a", "sim", 99) is None
    assert set(store.timelines()) == {"frame", "sim"}
    assert store.time_range("sim") == (100, 200)


def test_null_cells_are_not_data() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/a", [1, 2], {RADIUS: [[1.0], None], COLOR: [None, [0xFF0000FF]]}, {"frame": [1, 2]}))
    assert radii(store, "/a", "frame", 2) == [1.0]
    res = store.latest_at("/a", COLOR, "frame", 1)
    assert res is None
    res = store.latest_at("/a", COLOR, "frame", 2)
    assert res is not None and res.batch.to_pylist() == [0xFF0000FF]


def test_static_shadows_temporal_on_every_timeline() -> None:
    store = make_store()
    store.add_chunk(chunk("/a", [0], {RADIUS: [[42.0]]}))  # static, even with an older row id
    for tl, t in [("frame", 5), ("frame", 20), ("other", 0), (None, None)]:
        res = store.latest_at("/a", RADIUS, tl, t)
        assert res is not None and res.batch.to_pylist() == [42.0] and res.time is None
    # Temporal data logged after the static data is still shadowed.
    store.add_chunk(chunk("/a", [10], {RADIUS: [[99.0]]}, {"frame": [30]}))
    assert radii(store, "/a", "frame", 30) == [42.0]


def test_static_overwrite_last_row_id_wins() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/a", [2], {RADIUS: [[2.0]]}))
    store.add_chunk(chunk("/a", [1], {RADIUS: [[1.0]]}))  # older row id arrives later: loses
    assert radii(store, "/a", None, None) == [2.0]
    store.add_chunk(chunk("/a", [3, 4], {RADIUS: [[4.0], [3.0]]}))
    assert radii(store, "/a", "frame", 0) == [3.0]
    # The overwritten static chunks are released.
    assert store.num_chunks == 1


def test_static_component_does_not_shadow_other_components() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/a", [1], {COLOR: [[7]]}))
    store.add_chunk(chunk("/a", [2], {RADIUS: [[1.0]]}, {"frame": [1]}))
    assert radii(store, "/a", "frame", 1) == [1.0]
    got = store.latest_at_entity("/a", "frame", 1)
    assert {k: v.batch.to_pylist() for k, v in got.items()} == {COLOR: [7], RADIUS: [1.0]}


def test_latest_at_entity_and_catalogue() -> None:
    store = ChunkStore()
    name, ind = indicator("Points3D", 2)
    store.add_chunk(chunk("/world/points", [1, 2], {POS3: [[[1, 2, 3]], [[4, 5, 6]]], name: ind}, {"frame": [1, 2]}))
    got = store.latest_at_entity("world/points", "frame", 1)
    assert got[POS3].batch.to_pylist() == [[1.0, 2.0, 3.0]]
    assert got[name].batch.to_pylist() == [None]
    assert store.entity_paths() == ["/world/points"]
    assert store.all_paths() == ["/", "/world", "/world/points"]
    assert store.children("/") == ["/world"]
    assert store.children("world") == ["/world/points"]
    assert store.component_names("/world/points") == sorted([POS3, name])


def test_latest_at_column_vectorised() -> None:
    store = make_store()
    batches, found = store.latest_at_column("/a", RADIUS, "frame", np.array([5, 10, 15, 20, 25]))
    assert found.tolist() == [False, True, True, True, True]
    assert batches is not None and batches.to_pylist() == [None, [1.0], [1.0], [3.0], [3.0]]
    exact, found = store.latest_at_column("/a", RADIUS, "frame", np.array([10, 15, 20]), exact=True)
    assert exact is not None and exact.to_pylist() == [[1.0], None, [3.0]]


def test_many_small_chunks_interleaved_queries() -> None:
    store = ChunkStore()
    for i in range(200):
        store.add_chunk(chunk("/s", [i], {RADIUS: pa.array([[float(i)]], pa.list_(pa.float32()))}, {"t": [i * 2]}))
        if i % 17 == 0:
            assert radii(store, "/s", "t", i * 2 + 1) == [float(i)]
    assert radii(store, "/s", "t", 101) == [50.0]
    assert len(store.component_times("/s", RADIUS, "t")) == 200
