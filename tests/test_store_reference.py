"""Every query of the store equals a brute-force answer over a plain list of rows, whatever the
mix: two components with their own nulls in one chunk, chunks in any order (late rows), small
and large chunks (row and chunk segments, compaction), chunks added one by one or in blocks
(staged and added per entity, held across blocks, with pack chunks cut from one shared batch as
a decoded file gives them, and queries between blocks), static data, clears (recursive from a parent, or at the entity), two timelines (one of them
missing from some chunks), and dropping the oldest chunks under a memory limit."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rerun._chunk import Chunk, _PackChunk
from rerun._store import ChunkStore
from rerun._store.index import CHUNK_SEGMENT_ROWS
from rerun._store.store import LatestAtMemo
from test_store_helpers import CLEAR, COLOR, RADIUS, chunk

FUZZ = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
ENTITIES = ("/a", "/a/b")
TIMELINES = ("frame", "other")


@dataclass(frozen=True)
class Row:
    entity: str
    inc: int  # the row id's counter: row ids order like it
    times: dict[str, int] | None  # None: static
    values: dict[str, object]  # component -> first value (absent: null cell)


# One chunk: (entity, kind, rows, first time, shuffled, null pattern, on both timelines).
CHUNK = st.tuples(
    st.sampled_from(ENTITIES),
    st.sampled_from(["data", "data", "data", "clear", "static"]),
    st.integers(1, CHUNK_SEGMENT_ROWS + 8),
    st.integers(0, 60),
    st.booleans(),
    st.sampled_from(["none", "none", "radius", "color", "both"]),
    st.booleans(),
)
SPEC = st.lists(CHUNK, min_size=1, max_size=14)


# How chunks reach the store: one by one, or in blocks of the given sizes, each (size, hold the
# staged rows for the next block, cut same-schema runs from one shared batch, query afterwards).
BLOCKS = st.lists(st.tuples(st.integers(1, 6), st.booleans(), st.booleans(), st.booleans()), max_size=6)


def as_pack(chunks: list[Chunk]) -> list[Chunk]:
    """The chunks as a decoded pack frame gives them: rows of one batch shared by all (where they
    have one schema and are temporal)."""
    if len(chunks) < 2 or any(c.is_static for c in chunks) or any(not c.batch.schema.equals(chunks[0].batch.schema) for c in chunks):
        return chunks
    whole = pa.concat_batches([c.batch for c in chunks])
    out: list[Chunk] = []
    start = 0
    for c in chunks:
        out.append(_PackChunk(whole, start, c.num_rows, c.entity_path, c.chunk_id, False))
        start += c.num_rows
    return out


def build(spec: list[tuple], blocks: list[tuple[int, bool, bool, bool]] | None = None) -> tuple[ChunkStore, list[Row]]:  # type: ignore[type-arg]
    """The store (chunks added one by one, or as `BLOCKS`), and its rows."""
    store = ChunkStore()
    rows: list[Row] = []
    chunks: list[Chunk] = []
    inc = 0
    rng = np.random.default_rng(len(spec))
    for entity, kind, n, t0, shuffled, nulls, both in spec:
        if kind == "clear":
            n = min(n, 3)
        incs = list(range(inc, inc + n))
        inc += n
        frame = [t0 + 2 * k for k in range(n)]
        if shuffled:
            frame = rng.permutation(frame).tolist()
        timelines = None if kind == "static" else {"frame": frame}
        if timelines is not None and both:
            timelines["other"] = [100 - 3 * t for t in frame]  # the reverse order on the other timeline
        if kind == "clear":
            cols: dict[str, list] = {CLEAR: [[bool(i % 2)] for i in incs]}  # type: ignore[type-arg]
        else:
            radius = [None if nulls in ("radius", "both") and k % 3 == 1 else [float(i)] for k, i in enumerate(incs)]
            color = [None if nulls in ("color", "both") and k % 2 == 0 else [i] for k, i in enumerate(incs)]
            if all(c is None for c in color):
                color[0] = [incs[0]]
            cols = {RADIUS: radius, COLOR: color}
        for k, i in enumerate(incs):
            times = None if timelines is None else {tl: ts[k] for tl, ts in timelines.items()}
            values = {name: col[k][0] for name, col in cols.items() if col[k] is not None}
            rows.append(Row(entity, i, times, values))
        chunks.append(chunk(entity, incs, cols, timelines))
    at = 0
    for size, hold, packed, peek in blocks or ():
        block = chunks[at : at + size]
        at += size
        assert store.add_chunks(as_pack(block) if packed else block, hold=hold) == []
        if peek:
            store.latest_at(ENTITIES[0], RADIUS, "frame", 30)
    for c in chunks[at:]:
        store.add_chunk(c)
    return store, rows


def expected(rows: list[Row], entity: str, component: str, timeline: str, t: int | None) -> tuple[int | None, object] | None:
    """(time, value) of the row latest-at answers, or None: the model of the store's docstring."""
    static = [r for r in rows if r.entity == entity and r.times is None and component in r.values]
    if static:
        best = max(static, key=lambda r: r.inc)
        return None, best.values[component]
    found = [
        (r.times[timeline], r.inc, r)
        for r in rows
        if r.entity == entity and r.times is not None and timeline in r.times and component in r.values and (t is None or r.times[timeline] <= t)
    ]
    if not found:
        return None
    time, inc, row = max(found, key=lambda f: (f[0], f[1]))
    if component != CLEAR:
        for c in rows:
            if c.times is None or timeline not in c.times or CLEAR not in c.values or (t is not None and c.times[timeline] > t):
                continue
            applies = c.entity == entity or (entity.startswith(c.entity + "/") and c.values[CLEAR])
            if applies and (c.times[timeline], c.inc) > (time, inc):
                return None
    return time, row.values[component]


def answer(res) -> tuple[int | None, object] | None:  # type: ignore[no-untyped-def]
    return None if res is None else (res.time, res.batch.to_pylist()[0])


def check(store: ChunkStore, rows: list[Row]) -> None:
    times = [t for r in rows if r.times for t in r.times.values()]
    queries: list[int | None] = [None, -1000, *range(min(times, default=0) - 1, max(times, default=0) + 2, 3)]
    memo = LatestAtMemo()
    for timeline in TIMELINES:
        for t in queries:
            # 16 entries: the batched query over a vectorised table (from the second call on)
            for _ in range(2):
                batched = store.latest_at_entities(list(ENTITIES) * 8, timeline, t)
            memoed = store.latest_at_entities(list(ENTITIES) * 8, timeline, t, memo=memo)
            for entity in ENTITIES:
                one = store.latest_at_entity(entity, timeline, t)
                for component in (RADIUS, COLOR, CLEAR):
                    want = expected(rows, entity, component, timeline, t)
                    assert answer(store.latest_at(entity, component, timeline, t)) == want, (entity, component, timeline, t)
                    assert answer(one.get(component)) == want
                    assert answer(batched[entity].get(component)) == want
                    assert answer(memoed[entity].get(component)) == want
    for entity in ENTITIES:
        for component in (RADIUS, COLOR):
            if any(r.entity == entity and r.times is None and component in r.values for r in rows):
                continue  # static: range answers the static cell (tested elsewhere)
            for timeline in TIMELINES:
                ordered = sorted(
                    (r.times[timeline], r.inc, r.values[component])
                    for r in rows
                    if r.entity == entity and r.times and timeline in r.times and component in r.values
                )
                for lo, hi in ((None, None), (5, 40), (30, 30), (41, 40)):
                    got = store.range(entity, component, timeline, lo, hi)
                    want = [o for o in ordered if (lo is None or lo <= o[0]) and (hi is None or o[0] <= hi)]
                    assert got.times.tolist() == [o[0] for o in want]
                    assert got.row_ids[:, 1].tolist() == [o[1] for o in want]
                    assert [b[0] for b in got.batches.to_pylist()] == [o[2] for o in want]
                qs = np.array([q for q in queries if q is not None], np.int64)
                column, found = store.latest_at_column(entity, component, timeline, qs)
                want_col = [expected(rows, entity, component, timeline, int(q)) for q in qs]
                got_col = [None] * len(qs) if column is None else [b[0] if f else None for b, f in zip(column.to_pylist(), found)]
                assert got_col == [None if w is None else w[1] for w in want_col]
        for timeline in TIMELINES:
            with_data = [r.times[timeline] for r in rows if r.entity == entity and r.times and timeline in r.times and r.values]
            hist = store.entity_times(entity, timeline)
            assert dict(zip(hist.times.tolist(), hist.counts.tolist())) == {t: with_data.count(t) for t in set(with_data)}


@FUZZ
@given(spec=SPEC, blocks=BLOCKS)
def test_queries_equal_brute_force(spec: list[tuple], blocks: list[tuple[int, bool, bool, bool]]) -> None:  # type: ignore[type-arg]
    store, rows = build(spec, blocks)
    check(store, rows)
    store.compact()
    check(store, rows)


@FUZZ
@given(spec=SPEC, blocks=BLOCKS, keep=st.floats(0.1, 0.9))
def test_queries_equal_brute_force_after_gc(spec: list[tuple], blocks: list[tuple[int, bool, bool, bool]], keep: float) -> None:  # type: ignore[type-arg]
    store, rows = build(spec, blocks)
    store.latest_at(ENTITIES[0], RADIUS, "frame", 10)
    store.gc_drop_oldest(int(store.nbytes * keep))
    kept = {int(i) for c in store.chunks() for i in c.row_ids()[:, 1]}
    check(store, [r for r in rows if r.inc in kept])
