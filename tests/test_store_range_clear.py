"""Range queries and clears."""

from __future__ import annotations

import numpy as np

from rerun._store import ChunkStore
from test_store_helpers import CLEAR, COLOR, RADIUS, chunk


def r(store: ChunkStore, entity: str, t: int | None, timeline: str | None = "frame") -> list | None:  # type: ignore[type-arg]
    res = store.latest_at(entity, RADIUS, timeline, t)
    return None if res is None else res.batch.to_pylist()


# -- range -------------------------------------------------------------------------------------


def test_range_sorted_inclusive_with_ties() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/a", [5, 1, 2], {RADIUS: [[5.0], [1.0], [2.0]]}, {"frame": [20, 10, 20]}))
    store.add_chunk(
        chunk(
            "/a",
            [3],
            {
                RADIUS: [
                    [3.0],
                ]
            },
            {"frame": [30]},
        )
    )
    res = store.range("/a", RADIUS, "frame", 10, 20)
    assert res.times.tolist() == [10, 20, 20]
    assert res.row_ids.tolist() == [[1000, 1], [1000, 2], [1000, 5]]
    assert res.batches.to_pylist() == [[1.0], [2.0], [5.0]]
    assert store.range("/a", RADIUS, "frame", 11, 19).times.tolist() == []
    assert store.range("/a", RADIUS, "frame", None, None).batches.to_pylist() == [[1.0], [2.0], [5.0], [3.0]]
    assert store.range("/a", RADIUS, "frame", 21, None).times.tolist() == [30]
    assert len(store.range("/b", RADIUS, "frame", None, None)) == 0


def test_range_large_uses_materialised_pieces_and_stays_correct_while_growing() -> None:
    store = ChunkStore()
    for i in range(0, 2000, 4):  # 500 chunks of 4 rows
        times = [i, i + 1, i + 2, i + 3]
        store.add_chunk(chunk("/s", list(range(i, i + 4)), {RADIUS: [[float(t)] for t in times]}, {"frame": times}))
        if i in (800, 1600):
            full = store.range("/s", RADIUS, "frame", None, None)
            assert np.array(full.batches.flatten()).tolist() == list(range(i + 4))
    full = store.range("/s", RADIUS, "frame", None, None)
    assert np.array(full.batches.flatten()).tolist() == list(range(2000))
    part = store.range("/s", RADIUS, "frame", 1000, 1999)
    assert np.array(part.batches.flatten()).tolist() == list(range(1000, 2000))
    # A late row in the middle invalidates the tail of the materialised cache.
    store.add_chunk(chunk("/s", [5000], {RADIUS: [[-1.0]]}, {"frame": [1500]}))
    part = store.range("/s", RADIUS, "frame", 1499, 1501)
    assert part.batches.to_pylist() == [[1499.0], [1500.0], [-1.0], [1501.0]]
    assert len(store.range("/s", RADIUS, "frame", None, None)) == 2001


def test_range_of_static_component() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/a", [1], {RADIUS: [[1.0]]}, {"frame": [1]}))
    store.add_chunk(chunk("/a", [2], {RADIUS: [[9.0]]}))
    res = store.range("/a", RADIUS, "frame", 0, 10)
    assert res.is_static and res.batches.to_pylist() == [[9.0]]


# -- clears ------------------------------------------------------------------------------------


def clear_store() -> ChunkStore:
    store = ChunkStore()
    store.add_chunk(chunk("/a/b", [1], {RADIUS: [[1.0]]}, {"frame": [1]}))
    store.add_chunk(chunk("/a/b/c", [2], {RADIUS: [[2.0]]}, {"frame": [1]}))
    store.add_chunk(chunk("/a", [3], {RADIUS: [[3.0]]}, {"frame": [1]}))
    store.add_chunk(chunk("/x", [4], {RADIUS: [[4.0]]}, {"frame": [1]}))
    store.add_chunk(chunk("/a", [10], {CLEAR: [[False]]}, {"frame": [5]}))  # flat clear of /a
    store.add_chunk(chunk("/a", [11], {CLEAR: [[True]]}, {"frame": [7]}))  # recursive clear of /a
    store.add_chunk(chunk("/a/b", [12], {RADIUS: [[12.0]]}, {"frame": [8]}))  # after the clear
    return store


def test_flat_clear_only_affects_its_entity() -> None:
    store = clear_store()
    assert r(store, "/a", 4) == [3.0]
    assert r(store, "/a", 5) is None
    assert r(store, "/a/b", 5) == [1.0]
    assert r(store, "/a/b/c", 6) == [2.0]
    assert r(store, "/x", 100) == [4.0]


def test_recursive_clear_affects_descendants() -> None:
    store = clear_store()
    assert r(store, "/a/b", 7) is None
    assert r(store, "/a/b/c", 7) is None
    assert r(store, "/a/b/c", 100) is None
    assert r(store, "/a", 7) is None


def test_data_after_clear_is_visible() -> None:
    store = clear_store()
    assert r(store, "/a/b", 8) == [12.0]
    assert r(store, "/a/b", 100) == [12.0]
    assert r(store, "/a/b", 7) is None


def test_clear_component_itself_is_visible() -> None:
    store = clear_store()
    res = store.latest_at("/a", CLEAR, "frame", 9)
    assert res is not None and res.batch.to_pylist() == [True]


def test_range_still_returns_pre_clear_data_and_reports_clears() -> None:
    store = clear_store()
    res = store.range("/a/b", RADIUS, "frame", 0, 10)
    assert res.times.tolist() == [1, 8] and res.batches.to_pylist() == [[1.0], [12.0]]
    assert store.range_clears("/a/b", "frame", 0, 10).times.tolist() == [7]  # only the recursive one
    assert store.range_clears("/a", "frame", 0, 10).times.tolist() == [5, 7]
    assert store.range_clears("/a", "frame", 6, 10).times.tolist() == [7]
    assert store.range_clears("/x", "frame", None, None).times.tolist() == []


def test_clear_tie_at_same_time_uses_row_id() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/t", [20], {RADIUS: [[20.0]]}, {"frame": [3]}))
    store.add_chunk(chunk("/t", [21], {CLEAR: [[False]]}, {"frame": [3]}))
    assert r(store, "/t", 3) is None  # logged before the clear at the same time
    store.add_chunk(chunk("/t", [22], {RADIUS: [[22.0]]}, {"frame": [3]}))
    assert r(store, "/t", 3) == [22.0]  # logged after it


def test_clear_on_other_timeline_only() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/a", [1], {RADIUS: [[1.0]]}, {"frame": [1], "sim": [1]}))
    store.add_chunk(chunk("/a", [2], {CLEAR: [[False]]}, {"sim": [2]}))
    assert r(store, "/a", 5, "frame") == [1.0]
    assert r(store, "/a", 5, "sim") is None


def test_later_flat_clear_at_ancestor_does_not_undo_recursive_clear() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/p/q", [1], {RADIUS: [[1.0]]}, {"frame": [0]}))
    store.add_chunk(chunk("/p", [2], {CLEAR: [[True]]}, {"frame": [1]}))
    store.add_chunk(chunk("/p", [3], {CLEAR: [[False]]}, {"frame": [2]}))
    assert r(store, "/p/q", 3) is None


def test_static_clear_semantics() -> None:
    store = ChunkStore()
    # Static data then a static clear: the static data is cleared; temporal data is not.
    store.add_chunk(chunk("/s", [30], {RADIUS: [[30.0]]}))
    assert r(store, "/s", None, None) == [30.0]
    store.add_chunk(chunk("/s", [31], {CLEAR: [[False]]}))
    assert r(store, "/s", None, None) is None
    assert r(store, "/s", 5) is None
    store.add_chunk(chunk("/s", [32], {RADIUS: [[32.0]]}))  # static data after the static clear
    assert r(store, "/s", 5) == [32.0]


def test_static_clear_does_not_hide_temporal_data() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/s", [5], {RADIUS: [[5.0]]}, {"frame": [1]}))
    store.add_chunk(chunk("/s", [6], {CLEAR: [[True]]}))
    assert r(store, "/s", 1) == [5.0]


def test_temporal_clear_never_hides_static_data() -> None:
    # Rerun 0.17's store: static data "unconditionally overrides any temporal component data",
    # the empty cells a temporal clear writes included (rerun-io/rerun#11919)
    store = ChunkStore()
    store.add_chunk(chunk("/s", [40], {RADIUS: [[40.0]]}))
    store.add_chunk(chunk("/s", [41], {CLEAR: [[False]]}, {"frame": [10]}))
    store.add_chunk(chunk("/", [42], {CLEAR: [[True]]}, {"frame": [11]}))
    store.add_chunk(chunk("/s", [43], {COLOR: [[7]]}, {"frame": [5]}))  # temporal data beside it
    assert r(store, "/s", 9) == [40.0]
    assert r(store, "/s", 12) == [40.0]
    assert r(store, "/s", None, None) == [40.0]
    assert store.latest_at("/s", COLOR, "frame", 9) is not None
    assert store.latest_at("/s", COLOR, "frame", 10) is None  # temporal data is cleared
    _, found = store.latest_at_column("/s", RADIUS, "frame", np.array([9, 10, 12]))
    assert found.tolist() == [True, True, True]
    _, found = store.latest_at_column("/s", COLOR, "frame", np.array([9, 10, 12]))
    assert found.tolist() == [True, False, False]


def test_static_clear_shadows_temporal_clears_of_its_entity() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/s", [1], {RADIUS: [[1.0]]}, {"frame": [1]}))
    store.add_chunk(chunk("/s", [2], {CLEAR: [[False]]}, {"frame": [5]}))
    assert r(store, "/s", 6) is None
    store.add_chunk(chunk("/s", [3], {CLEAR: [[False]]}))  # static clear: shadows the t=5 one
    assert r(store, "/s", 6) == [1.0]
    assert store.range_clears("/s", "frame", None, None).times.tolist() == []


def test_static_recursive_clear_at_ancestor() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/p/q", [1], {RADIUS: [[1.0]]}))
    store.add_chunk(chunk("/p/r", [2], {RADIUS: [[2.0]]}, {"frame": [0]}))
    store.add_chunk(chunk("/p", [3], {CLEAR: [[True]]}))
    assert r(store, "/p/q", 0) is None
    assert r(store, "/p/r", 0) == [2.0]


def test_vectorised_latest_at_respects_clears() -> None:
    store = clear_store()
    times = np.array([0, 1, 5, 7, 8, 9])
    batches, found = store.latest_at_column("/a/b", RADIUS, "frame", times)
    assert found.tolist() == [False, True, True, False, True, True]
    assert batches is not None and batches.to_pylist() == [None, [1.0], [1.0], None, [12.0], [12.0]]
    batches, found = store.latest_at_column("/a", RADIUS, "frame", times)
    assert found.tolist() == [False, True, False, False, False, False]
