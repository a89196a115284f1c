"""The store's segment index (whole chunks by reference, rows of small or late chunks copied)
answers as a plain sorted list of rows would, whatever the chunk sizes, order and nulls; and a
large sorted chunk costs no memory per row."""

from __future__ import annotations

from unittest import mock

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rerun._store import ChunkStore
from rerun._store import store as store_module
from rerun._store.index import CHUNK_SEGMENT_ROWS
from test_store_helpers import COLOR, RADIUS, chunk

FUZZ = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# One chunk: (rows, first time, shuffled?, which rows are null). Sizes straddle the row count
# from which a chunk is indexed whole, so both kinds of segment and their mixes are made.
CHUNKS = st.lists(
    st.tuples(
        st.integers(1, CHUNK_SEGMENT_ROWS + 20),
        st.integers(0, 300),
        st.booleans(),
        st.sampled_from(["none", "none", "some"]),
    ),
    min_size=1,
    max_size=12,
)


def _build(spec: list[tuple[int, int, bool, str]]) -> tuple[ChunkStore, list[tuple[int, int, int, float]]]:
    """The store, and every non-null row as (time, row id inc, chunk number, value)."""
    store = ChunkStore()
    rows: list[tuple[int, int, int, float]] = []
    inc = 0
    rng = np.random.default_rng(len(spec))
    for number, (n, t0, shuffled, nulls) in enumerate(spec):
        times = list(range(t0, t0 + 2 * n, 2))  # even steps: queries between rows too
        if shuffled:
            times = rng.permutation(times).tolist()
        incs = list(range(inc, inc + n))
        inc += n
        values: list[list[float] | None] = []
        for k, (t, i) in enumerate(zip(times, incs)):
            if nulls == "some" and k % 3 == 1:
                values.append(None)
            else:
                values.append([float(i)])
                rows.append((t, i, number, float(i)))
        if all(v is None for v in values):
            values[0] = [float(incs[0])]
            rows.append((times[0], incs[0], number, float(incs[0])))
        store.add_chunk(chunk("/e", incs, {RADIUS: values}, {"frame": times}))
    return store, rows


def _expected_latest(rows: list[tuple[int, int, int, float]], t: int) -> float | None:
    seen = [(time, i, v) for time, i, _, v in rows if time <= t]
    return max(seen)[2] if seen else None


def _check(store: ChunkStore, rows: list[tuple[int, int, int, float]]) -> None:
    ordered = sorted(rows)
    queries = list(range(-1, 2 * max(t for t, *_ in rows) + 3, 5)) if rows else [0]
    for t in queries:
        res = store.latest_at("/e", RADIUS, "frame", t)
        got = None if res is None else res.batch.to_pylist()[0]
        assert got == _expected_latest(rows, t), t
    batches, found = store.latest_at_column("/e", RADIUS, "frame", np.array(queries, np.int64))
    want = [_expected_latest(rows, t) for t in queries]
    got_column = [None if not f else b[0] for b, f in zip(batches.to_pylist(), found)] if batches is not None else [None] * len(queries)
    assert got_column == want
    full = store.range("/e", RADIUS, "frame", None, None)
    assert full.times.tolist() == [t for t, *_ in ordered]
    assert full.row_ids[:, 1].tolist() == [i for _, i, *_ in ordered]
    assert [b[0] for b in full.batches.to_pylist()] == [v for *_, v in ordered]
    for lo, hi in ((5, 40), (0, 0), (17, 250), (100, 99)):
        part = store.range("/e", RADIUS, "frame", lo, hi)
        assert [b[0] for b in part.batches.to_pylist()] == [v for t, *_, v in ordered if lo <= t <= hi]
    assert store.component_times("/e", RADIUS, "frame").tolist() == [t for t, *_ in ordered]
    floats = store.range_first_floats("/e", RADIUS, "frame")
    assert floats is not None
    assert floats[3].tolist() == [v for *_, v in ordered]


@FUZZ
@given(spec=CHUNKS)
def test_segment_index_answers_as_sorted_rows(spec: list[tuple[int, int, bool, str]]) -> None:
    store, rows = _build(spec)
    _check(store, rows)


@FUZZ
@given(spec=CHUNKS, keep=st.floats(0.1, 0.9))
def test_segment_index_after_dropping_oldest_chunks(spec: list[tuple[int, int, bool, str]], keep: float) -> None:
    store, rows = _build(spec)
    store.latest_at("/e", RADIUS, "frame", 10)  # merge any late rows before the drop
    store.gc_drop_oldest(int(store.nbytes * keep))
    kept_incs = {int(i) for c in store.chunks() for i in c.row_ids()[:, 1]}
    remaining = [r for r in rows if r[1] in kept_incs]
    if remaining:
        _check(store, remaining)
    else:
        assert store.latest_at("/e", RADIUS, "frame", None) is None


def test_large_sorted_chunk_is_indexed_without_memory_per_row() -> None:
    store = ChunkStore()
    n = 50_000
    times = np.arange(n)
    store.add_chunk(chunk("/s", list(range(n)), {RADIUS: [[1.0]] * n}, {"frame": times, "other": times * 2}))
    # Three indexes (radius and every row, on two timelines) of 50,000 rows: a few hundred
    # bytes each, where a per-row index would take megabytes.
    assert store.index_nbytes() < 4096
    assert store.latest_at("/s", RADIUS, "other", 2 * 1234 + 1).time == 2 * 1234  # type: ignore[union-attr]


# Small chunks of a few entities, in any order: (entity, rows, first time, which rows are null).
SMALL_CHUNKS = st.lists(
    st.tuples(st.sampled_from(["/a", "/a/b", "/c"]), st.integers(1, 6), st.integers(0, 40), st.booleans()),
    min_size=1,
    max_size=30,
)


def _small_store(spec: list[tuple[str, int, int, bool]], compact: bool) -> ChunkStore:
    with mock.patch.object(store_module, "COMPACT_ROWS", store_module.COMPACT_ROWS if compact else 0):
        store = ChunkStore()
        inc = 0
        for entity, n, t0, nulls in spec:
            incs = list(range(inc, inc + n))
            inc += n
            radii = [None if nulls and k % 2 else [float(i)] for k, i in enumerate(incs)]
            colors = [[i] for i in incs]
            store.add_chunk(chunk(entity, incs, {RADIUS: radii, COLOR: colors}, {"frame": [t0 + 3 * k for k in range(n)]}))
    return store


@FUZZ
@given(spec=SMALL_CHUNKS)
def test_compaction_keeps_every_answer(spec: list[tuple[str, int, int, bool]]) -> None:
    compacted, plain = _small_store(spec, True), _small_store(spec, False)
    compacted.compact()  # what is left of each entity's small chunks, merged too
    assert plain.num_chunks == len(spec)
    assert compacted.num_chunks == len({entity for entity, *_ in spec})  # one chunk per entity
    entities = plain.entity_paths()
    assert compacted.entity_paths() == entities
    times = np.arange(-1, 60, 2)

    def rows(found: dict) -> dict:  # type: ignore[type-arg]
        return {name: (res.time, res.row_id, res.batch.to_pylist()) for name, res in found.items()}

    for t in [None, *times.tolist()]:
        for entity in entities:
            assert rows(compacted.latest_at_entity(entity, "frame", t)) == rows(plain.latest_at_entity(entity, "frame", t))
    for entity in entities:
        for component in (RADIUS, COLOR):
            a, b = compacted.range(entity, component, "frame", 5, 30), plain.range(entity, component, "frame", 5, 30)
            assert a.times.tolist() == b.times.tolist() and a.row_ids.tolist() == b.row_ids.tolist()
            assert a.batches.to_pylist() == b.batches.to_pylist()
            col_a, found_a = compacted.latest_at_column(entity, component, "frame", times)
            col_b, found_b = plain.latest_at_column(entity, component, "frame", times)
            assert found_a.tolist() == found_b.tolist()
            assert (col_a is None and col_b is None) or col_a.to_pylist() == col_b.to_pylist()  # type: ignore[union-attr]
        ha, hb = compacted.entity_times(entity, "frame"), plain.entity_times(entity, "frame")
        assert ha.times.tolist() == hb.times.tolist() and ha.counts.tolist() == hb.counts.tolist()
    assert compacted.time_range("frame") == plain.time_range("frame")
