"""Batched latest-at (`latest_at_entities`) and the latest-at table behind it.

The batched query must answer exactly what `latest_at_entity` answers for each entity, whether it
runs index by index (data still changing) or through the vectorised table (data settled).
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from rerun._store import ChunkStore, RowId
from rerun._store import table as table_module
from test_store_helpers import CLEAR, COLOR, RADIUS, chunk

_FRAME = "frame"


def settled(store: ChunkStore, entities: list[str], timeline: str | None, t: int | None):  # type: ignore[no-untyped-def]
    """The batched answer through the table: the first query at a generation only asks for it."""
    store.latest_at_entities(entities, timeline, t)
    out = store.latest_at_entities(entities, timeline, t)
    if timeline is not None and len(entities) >= 16:
        assert store._tables.get(timeline) is not None  # the table answered
    return out


def summary(found: dict) -> dict:  # type: ignore[type-arg]
    """Comparable content of {component: result}: time, row id and the batch's values."""
    return {name: (r.time, r.row_id, r.batch.to_pylist()) for name, r in found.items()}


def test_batched_answers_by_hand() -> None:
    store = ChunkStore()
    store.add_chunk(chunk("/a", [1, 2], {RADIUS: [[1.0], [2.0]]}, {_FRAME: [10, 20]}))
    store.add_chunk(chunk("/a", [3], {COLOR: [[0xFF0000FF]]}, {_FRAME: [15]}))
    store.add_chunk(chunk("/b", [4], {RADIUS: [[4.0]]}, None))  # static: shadows b's temporal radius
    store.add_chunk(chunk("/b", [5], {RADIUS: [[5.0]]}, {_FRAME: [1]}))
    store.add_chunk(chunk("/c", [6], {RADIUS: [[6.0]]}, {_FRAME: [30]}))
    entities = ["a", "/b", "/c/", "/nothing"] + [f"/pad{i}" for i in range(16)]  # enough for the table
    for answer in (store.latest_at_entities(entities, _FRAME, 15), settled(store, entities, _FRAME, 15)):
        assert set(answer) == {"/a", "/b", "/c", "/nothing"} | {f"/pad{i}" for i in range(16)}  # canonical keys
        assert summary(answer["/a"]) == {RADIUS: (10, RowId(1000, 1), [1.0]), COLOR: (15, RowId(1000, 3), [0xFF0000FF])}
        assert summary(answer["/b"]) == {RADIUS: (None, RowId(1000, 4), [4.0])}
        assert answer["/c"] == {} and answer["/nothing"] == {}
    latest = settled(store, entities, _FRAME, None)
    assert latest["/a"][RADIUS].batch.to_pylist() == [2.0] and latest["/c"][RADIUS].time == 30
    before = settled(store, entities, _FRAME, 0)
    assert before["/a"] == {} and summary(before["/b"]) == {RADIUS: (None, RowId(1000, 4), [4.0])}
    # Only some components; static data only (no timeline).
    assert set(store.latest_at_entities(["/a"], _FRAME, 30, [COLOR])["/a"]) == {COLOR}
    assert summary(store.latest_at_entities(entities, None)["/b"]) == {RADIUS: (None, RowId(1000, 4), [4.0])}
    assert store.latest_at_entities(entities, None)["/a"] == {}


def test_table_is_built_only_once_data_stops_changing_and_made_from_the_stale_one_after() -> None:
    store = ChunkStore()
    entities = [f"/e{i}" for i in range(20)]
    for step in range(5):  # live: a new chunk between every two queries -> never a table
        for i, e in enumerate(entities):
            store.add_chunk(chunk(e, [1000 * step + i], {RADIUS: [[float(step)]]}, {_FRAME: [step]}))
        got = store.latest_at_entities(entities, _FRAME, None)
        assert all(got[e][RADIUS].batch.to_pylist() == [float(step)] for e in entities)
        assert store._tables == {}
    assert store.latest_at_entities(entities, _FRAME, 2)["/e3"][RADIUS].batch.to_pylist() == [2.0]
    assert store._tables.get(_FRAME) is not None  # second query at the same generation
    # New data makes the table stale; the next query's table is made from it (only /e3's index
    # copied again), and the answer includes the new row.
    stale = store._tables[_FRAME]
    store.add_chunk(chunk("/e3", [99_999], {RADIUS: [[-1.0]]}, {_FRAME: [2]}))
    assert store._tables == {}
    got = store.latest_at_entities(entities, _FRAME, 2)
    assert got["/e3"][RADIUS].batch.to_pylist() == [-1.0] and got["/e4"][RADIUS].batch.to_pylist() == [2.0]
    updated = store._tables[_FRAME]
    assert updated.previous is stale and updated.from_previous is not None
    assert int((updated.from_previous < 0).sum()) == len(store._temporal["/e3"][RADIUS][_FRAME])  # /e3's rows only
    assert settled(store, entities, _FRAME, 2)["/e3"][RADIUS].batch.to_pylist() == [-1.0]


def test_clears_apply_to_batched_answers() -> None:
    store = ChunkStore()
    entities = ["/w", "/w/a", "/w/b", "/x"] + [f"/pad{i}" for i in range(16)]
    for e in entities[:4]:
        store.add_chunk(chunk(e, [1], {RADIUS: [[1.0]]}, {_FRAME: [1]}))
    store.add_chunk(chunk("/w", [2], {CLEAR: [[True]]}, {_FRAME: [5]}))  # recursive
    store.add_chunk(chunk("/x", [3], {CLEAR: [[False]]}, {_FRAME: [6]}))  # flat
    store.add_chunk(chunk("/w/b", [4], {RADIUS: [[2.0]]}, {_FRAME: [7]}))
    at = {t: settled(store, entities, _FRAME, t) for t in (4, 5, 6, 7)}
    assert all(RADIUS in at[4][e] for e in entities[:4])
    assert RADIUS not in at[5]["/w"] and RADIUS not in at[5]["/w/a"] and RADIUS not in at[5]["/w/b"]
    assert RADIUS in at[5]["/x"] and RADIUS not in at[6]["/x"]
    assert at[7]["/w/b"][RADIUS].batch.to_pylist() == [2.0] and RADIUS not in at[7]["/w/a"]
    assert CLEAR in at[7]["/w"]  # the clear itself is never hidden


def _random_store(rng: random.Random) -> tuple[ChunkStore, list[str]]:
    """Chunks in random arrival order: ties, late rows, null cells, static data, clears, two timelines."""
    entities = ["/r", "/r/a", "/r/a/b", "/r/c", "/s"] + [f"/r/c/n{i}" for i in range(20)]
    rows = []
    for inc in range(1, 400):
        e = rng.choice(entities)
        kind = rng.random()
        if kind < 0.05:
            rows.append((e, inc, {CLEAR: [[rng.random() < 0.5]]}, {_FRAME: [rng.randrange(0, 60)]}))
        elif kind < 0.1:
            rows.append((e, inc, {RADIUS: [[float(inc)]]}, None))  # static
        else:
            comps = {
                RADIUS: [[float(inc)]] if rng.random() < 0.8 else [None],
                COLOR: [[inc] if rng.random() < 0.5 else None],
            }
            timelines = {_FRAME: [rng.randrange(0, 60)]}
            if rng.random() < 0.3:
                timelines["sim"] = [rng.randrange(-5, 5)]
            rows.append((e, inc, comps, timelines))
    rng.shuffle(rows)  # arrival order differs from row-id order
    store = ChunkStore()
    for e, inc, comps, timelines in rows:
        store.add_chunk(chunk(e, [inc], comps, timelines))
    return store, entities


def test_batched_matches_per_entity_on_random_stores(monkeypatch: pytest.MonkeyPatch) -> None:
    # Small table limit: some indexes are in the table and some are searched one by one.
    monkeypatch.setattr(table_module, "MAX_TABLE_ROWS", 12)
    for seed in range(6):
        store, entities = _random_store(random.Random(seed))
        for timeline in (_FRAME, "sim", None):
            for t in [None, -10, -1, 0, 1, 2, 17, 30, 59, 60, 1000]:
                single = {e: summary(store.latest_at_entity(e, timeline, t)) for e in entities}
                direct = store.latest_at_entities(entities, timeline, t)
                assert {e: summary(found) for e, found in direct.items()} == single
                batched = settled(store, entities, timeline, t)
                assert {e: summary(found) for e, found in batched.items()} == single, (seed, timeline, t)


def test_latest_at_agrees_with_brute_force_without_clears() -> None:
    """Index searches (per index and through the table) against a scan of every logged row."""
    rng = random.Random(7)
    store = ChunkStore()
    logged: list[tuple[str, int, int | None, float]] = []  # entity, row inc, time (None: static), value
    entities = [f"/p{i}" for i in range(18)]
    events = [
        (rng.choice(entities), inc, None if rng.random() < 0.05 else rng.randrange(0, 40)) for inc in range(1, 300)
    ]
    rng.shuffle(events)
    for e, inc, t in events:
        store.add_chunk(chunk(e, [inc], {RADIUS: [[float(inc)]]}, None if t is None else {_FRAME: [t]}))
        logged.append((e, inc, t, float(inc)))
    for t in range(-1, 42):
        batched = settled(store, entities, _FRAME, t)
        for e in entities:
            static = [(inc, v) for (ent, inc, time, v) in logged if ent == e and time is None]
            temporal = [(time, inc, v) for (ent, inc, time, v) in logged if ent == e and time is not None and time <= t]
            want = max(static)[1] if static else (max(temporal)[2] if temporal else None)
            got = batched[e].get(RADIUS)
            assert (None if got is None else got.batch.to_pylist()[0]) == want, (e, t)


def test_batched_after_garbage_collection() -> None:
    store = ChunkStore()
    entities = [f"/g{i}" for i in range(20)]
    for step in range(4):
        for i, e in enumerate(entities):
            store.add_chunk(chunk(e, [100 * step + i], {RADIUS: [[float(step)]]}, {_FRAME: [step]}))
    assert settled(store, entities, _FRAME, 0)["/g0"][RADIUS].batch.to_pylist() == [0.0]
    report = store.gc_drop_oldest(store.nbytes // 2)  # the oldest rows: steps 0 and 1
    assert report.chunks_dropped == 40
    assert store._tables == {}  # it held references to the dropped columns
    got = settled(store, entities, _FRAME, 1)
    assert all(got[e] == {} for e in entities)  # rows at or before t=1 are gone
    assert settled(store, entities, _FRAME, 3)["/g5"][RADIUS].batch.to_pylist() == [3.0]


def test_late_rows_keep_their_columns() -> None:
    """Out-of-order rows merged into an index still point at their own chunk's cells."""
    store = ChunkStore()
    entities = [f"/m{i}" for i in range(16)]
    for e in entities:
        store.add_chunk(chunk(e, [10, 11], {RADIUS: [[10.0], [11.0]]}, {_FRAME: [10, 11]}))
        store.add_chunk(chunk(e, [5], {RADIUS: [[5.0]]}, {_FRAME: [5]}))  # late, earlier time
        store.add_chunk(chunk(e, [12], {RADIUS: [[10.5]]}, {_FRAME: [10]}))  # late tie, later row id
    for query in (store.latest_at_entities, settled):
        got = {
            t: query(store, entities, _FRAME, t) if query is settled else query(entities, _FRAME, t)
            for t in (5, 9, 10, 11)
        }
        assert got[5]["/m3"][RADIUS].batch.to_pylist() == [5.0]
        assert got[9]["/m3"][RADIUS].batch.to_pylist() == [5.0]
        assert got[10]["/m3"][RADIUS].batch.to_pylist() == [10.5]
        assert got[11]["/m3"][RADIUS].batch.to_pylist() == [11.0]


def test_answer_cache_follows_new_rows() -> None:
    """The per-index cache of the last answer must not outlive a change to the index."""
    store = ChunkStore()
    store.add_chunk(chunk("/a", [1], {RADIUS: [[1.0]]}, {_FRAME: [10]}))
    assert store.latest_at("/a", RADIUS, _FRAME, 20).batch.to_pylist() == [1.0]  # type: ignore[union-attr]
    store.add_chunk(chunk("/a", [2], {RADIUS: [[2.0]]}, {_FRAME: [15]}))  # inside the cached interval
    assert store.latest_at("/a", RADIUS, _FRAME, 20).batch.to_pylist() == [2.0]  # type: ignore[union-attr]
    store.add_chunk(chunk("/a", [3], {RADIUS: [[3.0]]}, {_FRAME: [12]}))  # late row, also inside
    assert store.latest_at("/a", RADIUS, _FRAME, 13).batch.to_pylist() == [3.0]  # type: ignore[union-attr]
    assert store.latest_at("/a", RADIUS, _FRAME, 11).batch.to_pylist() == [1.0]  # type: ignore[union-attr]


def test_table_positions_vectorised_search() -> None:
    """The segmented binary search alone, against numpy's searchsorted per index."""
    store = ChunkStore()
    rng = np.random.default_rng(3)
    entities = []
    for i in range(30):
        n = int(rng.integers(1, 40))
        times = np.sort(rng.integers(-50, 50, n))
        e = f"/t{i}"
        entities.append(e)
        store.add_chunk(
            chunk(e, list(range(1, n + 1)), {RADIUS: [[float(x)] for x in range(n)]}, {_FRAME: times.tolist()})
        )
    table = table_module.LatestAtTable.build(store._temporal, _FRAME, store.generation)
    for t in range(-52, 53):
        pos = table.positions(t)
        for slot, index in enumerate(table.indexes):
            want = int(np.searchsorted(index.times(), t, side="right")) - 1
            got = int(pos[slot] - table.starts[slot])
            assert (got if got >= 0 else -1) == want
    assert (table.positions(None) == table.stops - 1).all()


def test_a_memo_of_the_last_answer_gives_the_same_answers_and_keeps_unchanged_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stepping through times with a `LatestAtMemo`: every answer is what a query without it gives;
    an entity none of whose rows differ keeps the very same answer object, and the memo names the
    entities it answered anew."""
    from rerun._store.store import LatestAtMemo

    monkeypatch.setattr(table_module, "MAX_TABLE_ROWS", 12)
    for seed in range(4):
        store, entities = _random_store(random.Random(seed))
        for timeline in (_FRAME, "sim"):
            settled(store, entities, timeline, 0)
            memo = LatestAtMemo()
            last: dict | None = None  # type: ignore[type-arg]
            for t in [0, 1, 2, 17, 17, 30, 59, 1000, 59, 2, -10, None, 0]:
                got = store.latest_at_entities(list(entities), timeline, t, memo=memo)
                expected = store.latest_at_entities(entities, timeline, t)
                assert {e: summary(f) for e, f in got.items()} == {e: summary(f) for e, f in expected.items()}, (seed, timeline, t)
                if last is not None and memo.changed is not None:
                    for entity, found in got.items():
                        if entity not in memo.changed:
                            assert found is last[entity], (seed, timeline, t, entity)
                        else:
                            assert found is not last[entity]
                last = got
            assert memo.changed is not None  # the steps were answered by patching the last answer


def test_a_table_made_from_the_last_one_finds_new_indexes_and_long_ones_without_walking_the_store_each_time() -> None:
    """While a recording streams in, a table made from the last one walks the store's indexes only
    when one may have appeared: a component first logged on this timeline by an entity that logged
    it on another one before (no new entity or component), and an index too long for the table
    (its entity then answered per entity) are both seen."""
    store = ChunkStore()
    entities = [f"/e{i}" for i in range(20)]
    for i, e in enumerate(entities):
        store.add_chunk(chunk(e, [i], {RADIUS: [[1.0]]}, {_FRAME: [0]}))
    store.add_chunk(chunk("/e0", [100], {COLOR: [[0x00FF00FF]]}, {"other": [0]}))  # COLOR on another timeline only
    settled(store, entities, _FRAME, 5)
    walks = []
    real = table_module._walk
    table_module._walk = lambda *args: walks.append(1) or real(*args)  # type: ignore[assignment]
    try:
        store.add_chunk(chunk("/e1", [101], {RADIUS: [[2.0]]}, {_FRAME: [1]}))  # rows only: no walk
        assert store.latest_at_entities(entities, _FRAME, 5)["/e1"][RADIUS].batch.to_pylist() == [2.0]
        assert walks == [] and store._tables[_FRAME].previous is not None
        store.add_chunk(chunk("/e0", [102], {COLOR: [[0xFF0000FF]]}, {_FRAME: [2]}))  # a new index, no new component
        got = store.latest_at_entities(entities, _FRAME, 5)
        assert got["/e0"][COLOR].batch.to_pylist() == [0xFF0000FF] and walks == [1]
        long = table_module.MAX_TABLE_ROWS + 1
        store.add_chunk(chunk("/e2", list(range(1000, 1000 + long)), {RADIUS: [[float(k)] for k in range(long)]}, {_FRAME: list(range(long))}))
        store.add_chunk(chunk("/e3", [5000], {RADIUS: [[3.0]]}, {_FRAME: [3]}))
        for t in (5, 5):  # (the second from the table)
            got = store.latest_at_entities(entities, _FRAME, t)
            assert got["/e2"][RADIUS].batch.to_pylist() == [5.0] and got["/e3"][RADIUS].batch.to_pylist() == [3.0]
        table, volatile = store.latest_at_table(_FRAME)  # type: ignore[misc]
        assert "/e2" in volatile and "/e3" not in volatile
    finally:
        table_module._walk = real  # type: ignore[assignment]


def test_tables_made_from_the_last_one_while_rows_arrive_answer_as_each_entity_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows arriving between queries, in random order (late rows, new entities and timelines,
    indexes growing past the table's limit): each query's table is made from the last one (the
    rows of changed indexes appended, or all laid out anew once more rows are left behind than
    live), and answers as the per-entity search."""
    monkeypatch.setattr(table_module, "MAX_TABLE_ROWS", 40)
    for seed in range(3):
        rng = random.Random(seed)
        rows = []
        entities = ["/r", "/r/a", "/r/a/b", "/r/c", "/s"] + [f"/r/c/n{i}" for i in range(20)]
        for inc in range(1, 300):
            e = rng.choice(entities[: 5 + inc // 20])
            rows.append((e, inc, {RADIUS: [[float(inc)]], COLOR: [[inc]] if rng.random() < 0.3 else [None]}, {_FRAME: [rng.randrange(0, 40)]}))
        store = ChunkStore()
        appended = laid_out = 0
        for k in range(0, len(rows), 7):
            for e, inc, comps, timelines in rows[k : k + 7]:
                store.add_chunk(chunk(e, [inc], comps, timelines))
            for t in (None, 3, 20):
                single = {e: summary(store.latest_at_entity(e, _FRAME, t)) for e in entities}
                batched = settled(store, entities, _FRAME, t)
                assert {e: summary(found) for e, found in batched.items()} == single, (seed, k, t)
            table = store._tables[_FRAME]
            if table.previous is not None:
                appended += table.dead > 0
                laid_out += table.dead == 0
        assert appended and laid_out, (appended, laid_out)
