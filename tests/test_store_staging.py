"""Recordings of many tiny chunks (rows logged one at a time over many entities) load staged:
each entity's small chunks become one chunk, and every query answers as if the chunks had been
added one by one, also while the file is still being read."""

from __future__ import annotations

import gc
import socket
import subprocess
import sys

import numpy as np
import pyarrow as pa

import rerun as rr
from rerun._log_msg import ArrowMsg
from rerun._rrd.reader import read_messages
from rerun._store import ChunkStore, StoreHub
from rerun._viewer.ingest import Ingestor, MemoryGuard
from viewer_support import running_server, wait_for

ENTITIES = 30
STEPS = 40
POSITIONS = "rerun.components.Position3D"
COLORS = "rerun.components.Color"


def write_many_entities(path: str) -> None:
    """ENTITIES entities logging a few points each step (the batcher packs them: one frame holds
    the tiny chunks of many entities); every 7th step one entity also logs colors (a second schema)."""
    rec = rr.new_recording("staging_test", recording_id="many_entities")
    rec.save(path)
    rng = np.random.default_rng(1)
    for step in range(STEPS):
        rec.set_time_sequence("step", step)
        for e in range(ENTITIES):
            colors = [[e, step, 0]] if step % 7 == 0 and e == 3 else None
            rec.log(f"world/group{e % 3}/points{e}", rr.Points3D(rng.random((2, 3), np.float32) + step, colors=colors))
        # A chunk per entity and step, whatever the machine's speed: unflushed, a fast machine
        # batched an entity's steps into one chunk, and the file no longer had tiny chunks.
        rec.flush()
    rr.disconnect(recording=rec)


def one_by_one(path: str) -> ChunkStore:
    """The reference: every chunk added on its own, as the store did before staging."""
    store = ChunkStore()
    for msg in read_messages(path):
        if isinstance(msg, ArrowMsg):
            store.add_chunk(msg.chunk)
    return store


def answers(store: ChunkStore, entity: str, step: int | None) -> dict[str, object]:
    return {name: (r.time, r.batch.to_pylist()) for name, r in store.latest_at_entity(entity, "step", step).items()}


def test_a_file_of_tiny_chunks_loads_as_few_chunks_with_the_same_answers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "many.rrd")
    write_many_entities(path)
    hub = StoreHub()
    progress = Ingestor(hub, MemoryGuard(hub, None, lambda _: None), lambda _: None).load_file(path)
    assert progress.error is None
    (store_id,) = hub.store_ids()
    loaded, reference = hub.store(store_id), one_by_one(path)
    assert loaded is not None
    assert loaded.entity_paths() == reference.entity_paths() and len(loaded.entity_paths()) == ENTITIES
    # One chunk per entity, plus the colored rows of entity 3 (another schema) in their own.
    assert loaded.num_chunks <= ENTITIES + 2 * (STEPS // 7 + 1), loaded.num_chunks
    for entity in loaded.entity_paths():
        for step in (None, -1, 0, 6, 7, 20, STEPS - 1):
            assert answers(loaded, entity, step) == answers(reference, entity, step), (entity, step)
        for component in (POSITIONS, COLORS):
            got, want = loaded.range(entity, component, "step", 5, 30), reference.range(entity, component, "step", 5, 30)
            assert got.times.tolist() == want.times.tolist()
            assert got.row_ids.tolist() == want.row_ids.tolist()
            assert got.batches.to_pylist() == want.batches.to_pylist()
    assert loaded.time_range("step") == (0, STEPS - 1)
    hist = loaded.entity_times("/world", "step", recursive=True)
    assert hist.counts.tolist() == [ENTITIES] * STEPS


def test_rows_of_a_file_still_loading_are_answered_between_blocks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "many.rrd")
    write_many_entities(path)
    msgs = list(read_messages(path))
    hub = StoreHub()
    half = len(msgs) // 2
    generation = hub.generation
    # Blocks as a file read gives them, with more to come (`hold`): rows may wait staged.
    hub.ingest_messages(msgs[:half], hold=True)
    store = hub.store(hub.store_ids()[0])
    assert store is not None
    assert store.generation > 0 and hub.generation > generation  # a page waiting for news sees some
    last_step = {}
    for msg in msgs[:half]:
        if isinstance(msg, ArrowMsg):
            steps = msg.chunk.timelines()["step"][1]
            last_step[msg.chunk.entity_path] = max(last_step.get(msg.chunk.entity_path, -1), int(steps.max()))
    latest = store.latest_at_entities(sorted(last_step), "step", None, [POSITIONS])
    assert {e: a[POSITIONS].time for e, a in latest.items()} == last_step
    hub.ingest_messages(msgs[half:], hold=True)
    reference = one_by_one(path)
    for entity in reference.entity_paths():
        assert answers(store, entity, None) == answers(reference, entity, None)
        assert answers(store, entity, STEPS // 2) == answers(reference, entity, STEPS // 2)


def test_rows_from_a_connection_still_open_are_answered(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A live SDK stream: what arrived is answered while the sender stays connected (its small
    chunks may be staged across reads, never hidden from a query)."""
    path = str(tmp_path / "many.rrd")
    write_many_entities(path)
    data = open(path, "rb").read()
    reference = one_by_one(path)
    with running_server() as server:
        assert server.tcp_port is not None
        with socket.create_connection(("127.0.0.1", server.tcp_port)) as sock:
            sock.sendall(data)  # and the connection stays open

            def all_rows_in() -> ChunkStore | None:
                for sid in server.hub.store_ids():
                    store = server.hub.store(sid)
                    if store is not None and store.entity_times("/world", "step", recursive=True).total == ENTITIES * STEPS:
                        return store
                return None

            store = wait_for(all_rows_in, timeout=60, what="every row of the open stream in the store")
            for entity in reference.entity_paths():
                assert answers(store, entity, None) == answers(reference, entity, None)
                assert answers(store, entity, STEPS // 3) == answers(reference, entity, STEPS // 3)


def _payload(path: str) -> int:
    """Bytes of the distinct decoded batches of a file's chunks (rows of one pack frame share one)."""
    seen: dict[int, int] = {}
    for msg in read_messages(path):
        if isinstance(msg, ArrowMsg):
            whole = msg.chunk.batch if msg.chunk.pack is None else msg.chunk.pack[0]
            seen[id(whole)] = whole.get_total_buffer_size()
    return sum(seen.values())


def test_the_memory_limit_counts_each_staged_row_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Entities whose rows are row ranges of one batch shared with other entities (a pack frame
    held as it is, or the one batch a staged block is copied into) count their share of it, not
    the whole batch each: otherwise the memory limit would drop data far below the limit."""
    path = str(tmp_path / "many.rrd")
    write_many_entities(path)
    payload = _payload(path)
    for hold in (True, False):  # a file read in blocks, and chunks added as they arrive
        store = ChunkStore()
        for msg in read_messages(path):
            if isinstance(msg, ArrowMsg):
                store.add_chunks([msg.chunk], hold=hold)
        store.flush()
        assert store.nbytes < 1.5 * payload, (hold, store.nbytes, payload)
        assert store.nbytes > 0.5 * payload, (hold, store.nbytes, payload)
        reference = one_by_one(path)
        for e in (0, 3, ENTITIES - 1):
            entity = f"/world/group{e % 3}/points{e}"
            for step in (None, 0, 7, STEPS // 2):
                assert answers(store, entity, step) == answers(reference, entity, step)


def test_a_timeline_is_indexed_once_asked_about_and_answers_as_if_indexed_all_along(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A recording's rows carry the SDK's log_time and log_tick besides the user's timelines, and a
    page shows one timeline at a time: the others' indexes are made only when first asked about,
    from the chunks as they are then (merged runs, chunks added since), with the same answers."""
    path = str(tmp_path / "many.rrd")
    write_many_entities(path)
    hub = StoreHub()
    assert Ingestor(hub, MemoryGuard(hub, None, lambda _: None), lambda _: None).load_file(path).error is None
    (store_id,) = hub.store_ids()
    loaded = hub.store(store_id)
    assert loaded is not None
    timelines = sorted(loaded.timelines())
    assert timelines == ["log_tick", "log_time", "step"]
    # The reference asks about every timeline after each chunk: its indexes grow as chunks arrive.
    reference = ChunkStore()
    chunks = [msg.chunk for msg in read_messages(path) if isinstance(msg, ArrowMsg)]
    for chunk in chunks:
        reference.add_chunk(chunk)
        for timeline in timelines:
            reference.latest_at_entity(chunk.entity_path, timeline, None)

    def made() -> set[str]:
        return {timeline for by_component in loaded._indexes.values() for by_timeline in by_component.values() for timeline in by_timeline}

    entities = loaded.entity_paths()
    assert len(entities) == ENTITIES and made() == set()
    loaded.latest_at_entities(entities, "step", 10)
    assert made() == {"step"}
    # More rows of one entity (the same chunks again, logged later): indexed on "step" as they arrive.
    later = [c for c in chunks if c.entity_path == "world/group0/points0"][:3]
    for store in (loaded, reference):
        for chunk in later:
            store.add_chunk(chunk)
    assert made() == {"step"}

    def answer(res):  # type: ignore[no-untyped-def]
        return None if res is None else (res.time, res.row_id, res.batch.to_pylist())

    for timeline in ["log_tick", "step", "log_time"]:
        all_times = reference.entity_times("/world", timeline, recursive=True).times
        for t in [None, int(all_times[0]) - 1, *all_times[:: max(1, len(all_times) // 7)].tolist()]:
            got, want = loaded.latest_at_entities(entities, timeline, t), reference.latest_at_entities(entities, timeline, t)
            assert {e: {c: answer(r) for c, r in got[e].items()} for e in entities} == {e: {c: answer(r) for c, r in want[e].items()} for e in entities}
        for entity in entities:
            a, b = loaded.range(entity, POSITIONS, timeline, None, None), reference.range(entity, POSITIONS, timeline, None, None)
            assert a.times.tolist() == b.times.tolist() and a.row_ids.tolist() == b.row_ids.tolist()
            ha, hb = loaded.entity_times(entity, timeline), reference.entity_times(entity, timeline)
            assert ha.times.tolist() == hb.times.tolist() and ha.counts.tolist() == hb.counts.tolist()
    assert made() == set(timelines)


_POOLS_AFTER_A_LOAD = """
import gc, sys
import pyarrow as pa
from rerun._store import StoreHub
from rerun._viewer.ingest import Ingestor, MemoryGuard
lasting, default = pa.system_memory_pool().bytes_allocated(), pa.total_allocated_bytes()
hub = StoreHub()
assert Ingestor(hub, MemoryGuard(hub, None, lambda _: None), lambda _: None).load_file(sys.argv[1]).error is None
gc.collect()
print(pa.system_memory_pool().bytes_allocated() - lasting, pa.total_allocated_bytes() - default)
"""


def test_many_small_entities_keep_about_their_payload_until_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A loaded file of many small entities (rows logged one at a time) costs about its Arrow
    payload: the rows copied once into lasting memory (the system allocator's, apart from the
    decoded frames'), and per entity no column objects until a reader asks for that entity's
    rows (a sliced list column costs ~0.7 kB of C++ objects, more than such an entity's rows).
    Answers are the same as with every chunk added on its own, before and after reading."""
    path = str(tmp_path / "many.rrd")
    write_many_entities(path)
    payload = _payload(path)
    reference = one_by_one(path)

    def list_columns_alive() -> int:
        return sum(1 for o in gc.get_objects() if isinstance(o, pa.ListArray))

    # Where the load's bytes go, in a process of its own (the pools' counts are the process's).
    counts = subprocess.run([sys.executable, "-c", _POOLS_AFTER_A_LOAD, path], capture_output=True, text=True, check=True, timeout=120)
    lasting, decoded = map(int, counts.stdout.split())
    assert 0.8 * payload < lasting < 1.2 * payload, (lasting, payload)
    assert decoded < 0.1 * payload, (decoded, payload)  # the decoded frames are let go
    gc.collect()
    columns_before = list_columns_alive()  # (of earlier tests, or caches: counted from here)
    hub = StoreHub()
    assert Ingestor(hub, MemoryGuard(hub, None, lambda _: None), lambda _: None).load_file(path).error is None
    gc.collect()
    (store_id,) = hub.store_ids()
    store = hub.store(store_id)
    assert store is not None

    # (The colored rows of entity 3 are another schema: merged chunks, their own columns.)
    columns_loaded = list_columns_alive()
    assert columns_loaded - columns_before <= 10, (columns_before, columns_loaded)
    entities = store.entity_paths()
    assert len(entities) == ENTITIES
    for entity in entities[:5]:
        assert answers(store, entity, STEPS // 2) == answers(reference, entity, STEPS // 2)
    for entity in entities:
        assert answers(store, entity, None) == answers(reference, entity, None)
        got, want = store.range(entity, POSITIONS, "step", 3, 33), reference.range(entity, POSITIONS, "step", 3, 33)
        assert got.batches.to_pylist() == want.batches.to_pylist()
    # Read: each entity's positions are its own column now (the reference's are not counted: made before).
    assert list_columns_alive() - columns_loaded >= ENTITIES, (columns_loaded, list_columns_alive())


_PEAK_OF_A_LOAD = """
import sys
from rerun._store import StoreHub
from rerun._viewer.ingest import Ingestor, MemoryGuard

def load(path):
    hub = StoreHub()
    assert Ingestor(hub, MemoryGuard(hub, None, lambda _: None), lambda _: None).load_file(path).error is None
    return hub

def peak():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmHWM:"))

load(sys.argv[2])  # (modules imported on a first load are not the load's)
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # the peak starts again from the resident size now
before = peak()
hub = load(sys.argv[1])
print(peak() - before)
"""


def test_a_file_of_one_row_chunks_loads_without_holding_every_decoded_chunk(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An SDK that flushes every row writes a chunk (a frame) per row. Its rows wait staged until
    the file ends, but not as the decoded batches themselves: each costs ~14 kB of Arrow objects
    and its frame's bytes besides its row, so 100,000 rows of 11 MB took 1.6 GB at the peak
    (here 6,000 rows: ~90 MB before, under 25 MB now). Answers as with every chunk added alone."""
    monkeypatch.setenv("RERUN_FLUSH_NUM_ROWS", "1")
    path, tiny = str(tmp_path / "rows.rrd"), str(tmp_path / "tiny.rrd")
    for name, entities, steps in ((path, 100, 60), (tiny, 2, 2)):
        rec = rr.new_recording("staging_test", recording_id=name)
        rec.save(name)
        rng = np.random.default_rng(2)
        for step in range(steps):
            rec.set_time_sequence("step", step)
            for e in range(entities):
                rec.log(f"world/points{e}", rr.Points3D(rng.random((2, 3), np.float32)))
        rr.disconnect(recording=rec)
    chunks = sum(1 for msg in read_messages(path) if isinstance(msg, ArrowMsg))
    assert chunks == 6000
    out = subprocess.run([sys.executable, "-c", _PEAK_OF_A_LOAD, path, tiny], capture_output=True, text=True, check=True, timeout=120)
    assert int(out.stdout) < 25 << 20, int(out.stdout)
    hub = StoreHub()
    assert Ingestor(hub, MemoryGuard(hub, None, lambda _: None), lambda _: None).load_file(path).error is None
    store = hub.store(hub.store_ids()[0])
    assert store is not None and store.num_chunks == 100
    reference = one_by_one(path)
    for entity in reference.entity_paths():
        for step in (None, 0, 17, 59):
            assert answers(store, entity, step) == answers(reference, entity, step)
        got, want = store.range(entity, POSITIONS, "step", 5, 40), reference.range(entity, POSITIONS, "step", 5, 40)
        assert got.row_ids.tolist() == want.row_ids.tolist() and got.batches.to_pylist() == want.batches.to_pylist()


_PYTHON_OBJECTS_OF_A_LOAD = """
import gc, sys, tracemalloc
from rerun._store import StoreHub
from rerun._viewer.ingest import Ingestor, MemoryGuard

def load():
    hub = StoreHub()
    assert Ingestor(hub, MemoryGuard(hub, None, lambda _: None), lambda _: None).load_file(sys.argv[1]).error is None
    return hub

load()  # (modules, and caches filled on a first load, such as canonical entity paths', are not the store's)
gc.collect()
tracemalloc.start()
hub = load()
gc.collect()
print(tracemalloc.get_traced_memory()[0])
"""


def test_a_loaded_small_entity_keeps_few_python_objects(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Many small entities: besides their rows (Arrow buffers, not Python objects), the store keeps
    per entity its chunk record and chunk, and its place in the store's dicts; no component dict
    of its own until a timeline is asked about, no list for a run of one chunk, no `__dict__` per
    chunk. 1,062 B per entity before, 752 B now (300 entities x 5 steps, a chunk per step)."""
    path, entities = str(tmp_path / "small.rrd"), 300
    rec = rr.new_recording("staging_test", recording_id="small_entities")
    rec.save(path)
    for step in range(5):
        rec.set_time_sequence("step", step)
        for e in range(entities):
            rec.log(f"world/points{e}", rr.Points3D(np.full((2, 3), step, np.float32)))
        rec.flush()
    rr.disconnect(recording=rec)
    out = subprocess.run([sys.executable, "-c", _PYTHON_OBJECTS_OF_A_LOAD, path], capture_output=True, text=True, check=True, timeout=120)
    per_entity = int(out.stdout) / entities
    assert per_entity < 900, per_entity
