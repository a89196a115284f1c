"""What a big view keeps between the steps of a streaming recording, and when it lets go of it
(src/rerun/_store/store.py `shape_generation`, src/rerun/_store/scene/transforms.py `TransformMemo`,
src/rerun/_viewer/views/_spatial.py blocks patched from the last answer): new rows of components an
entity already has change no shape; a transform that changes moves exactly its subtree's entities;
a block patched entity by entity shows what one drawable per entity would."""

from __future__ import annotations

import numpy as np
import pytest

import rerun as rr
from rerun._store import ChunkStore, StoreHub
from rerun._store import store as store_module
from rerun._store import table as table_module
from rerun._viewer.views import _spatial, build_view
from test_store_helpers import COLOR, RADIUS, chunk
from test_viewer_points_batch import _expanded as points_expanded
from test_viewer_points_batch import _own as points_own
from test_viewer_table_batches import N, _expanded, _one_drawable_each, _streamed_steps, _values

_batch_array_keys = _spatial._batch_array_keys

_FRAME = "frame"


def test_new_rows_of_known_components_keep_the_store_shape_across_merges() -> None:
    store = ChunkStore()
    row = iter(range(1, 10_000))
    for e in range(3):
        store.add_chunk(chunk(f"/e{e}", [next(row)], {RADIUS: [[1.0]]}, {_FRAME: [0]}))
    shape = store.shape_generation
    # Many small chunks of rows of the same component: merged every `COMPACT_EVERY` (a merge
    # re-adds the entity's rows as one chunk), and never queried in between.
    for t in range(1, 3 * store_module.COMPACT_EVERY):
        store.add_chunk(chunk("/e1", [next(row)], {RADIUS: [[float(t)]]}, {_FRAME: [t]}))
    assert store.shape_generation == shape
    found = store.latest_at("/e1", RADIUS, _FRAME, 3 * store_module.COMPACT_EVERY)
    assert found is not None and found.batch.to_pylist() == [3.0 * store_module.COMPACT_EVERY - 1]
    assert len(store._chunks) < 3 + 3 * store_module.COMPACT_EVERY - 1  # (merges happened)
    # A component the entity did not have, or a new entity: a new shape, and its names are known.
    store.add_chunk(chunk("/e1", [next(row)], {COLOR: [[0xFF0000FF]]}, {_FRAME: [99]}))
    assert store.shape_generation > shape
    assert store.component_names("/e1") == sorted([RADIUS, COLOR])
    shape = store.shape_generation
    store.add_chunk(chunk("/e9", [next(row)], {RADIUS: [[1.0]]}, {_FRAME: [0]}))
    assert store.shape_generation > shape and store.has_entity("/e9")


def _summary(found: dict) -> dict:  # type: ignore[type-arg]
    return {name: (r.time, r.row_id, r.batch.to_pylist()) for name, r in found.items()}


def test_a_table_made_from_the_last_one_looks_only_at_the_entities_that_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Between two queries a few entities get rows (new ones, late ones, merged small chunks, a
    new component, rows dropped by the memory limit, compaction): the next table looks at only
    those entities' indexes (by the store's per-entity change counts) and answers as each
    entity's own search does."""
    looked: list[int] = []
    real = table_module._EntityGens.touched_slots
    monkeypatch.setattr(table_module._EntityGens, "touched_slots", lambda self, gen: (found := real(self, gen), looked.append(len(found[0])))[0])
    store = ChunkStore()
    entities = [f"/w/e{e:02}" for e in range(40)]
    row = iter(range(1, 100_000))
    for t in range(3):
        for e in entities:
            store.add_chunk(chunk(e, [next(row)], {RADIUS: [[float(t)]]}, {_FRAME: [t]}))

    def check(touched: int | None) -> None:
        for t in (None, 0, 1, 2, 5, 50):
            single = {e: _summary(store.latest_at_entity(e, _FRAME, t)) for e in entities}
            store.latest_at_entities(entities, _FRAME, t)
            batched = store.latest_at_entities(entities, _FRAME, t)
            assert {e: _summary(found) for e, found in batched.items()} == single, t
        assert store._tables.get(_FRAME) is not None
        if touched is not None:
            assert looked and looked[-1] == touched, looked

    check(None)
    for step in range(1, 3 * store_module.COMPACT_EVERY):
        e = entities[step % 5]
        store.add_chunk(chunk(e, [next(row)], {RADIUS: [[100.0 + step]]}, {_FRAME: [2 + step]}))
        store.add_chunk(chunk(entities[7], [next(row)], {RADIUS: [[-1.0 * step]]}, {_FRAME: [1]}))  # late rows
        check(2)  # (one index each: their radii)
    store.add_chunk(chunk(entities[9], [next(row)], {COLOR: [[0xFF0000FF]]}, {_FRAME: [1]}))  # a new index
    check(None)
    store.add_chunk(chunk(entities[3], [next(row)], {RADIUS: [[7.0]]}, {_FRAME: [4]}))
    check(1)
    store.gc_drop_oldest(store.nbytes * 3 // 4)
    check(None)
    store.add_chunk(chunk(entities[11], [next(row)], {RADIUS: [[9.0]]}, {_FRAME: [60]}))
    check(None)
    store.compact()
    check(None)


def _stream_frames(log_frame, frames: int, name: str) -> list:  # type: ignore[no-untyped-def]
    """Each frame's messages of a recording logged by `log_frame(rec, frame)`, as an SDK stream sends them."""
    rec = rr.new_recording(name, recording_id=name)
    mem = rec.memory_recording()
    out = []
    for frame in range(frames):
        rec.set_time_sequence("frame", frame)
        log_frame(rec, frame)
        mem.messages()  # (flushes)
        out.append(mem._sink.drain())
    return out


def _rows_this_frame(frame: int):  # type: ignore[no-untyped-def]
    """(entity number, its instances) of the entities that get a row at a frame: all at frame 0,
    then a sixth of them; at frame 4 some with more instances than before."""
    for e in range(N):
        if frame and (e + frame) % 6:
            continue
        values = _values(e, frame, 3)
        if frame == 4 and e % 12 == 2:
            values = np.concatenate([values, values + 1])  # more instances than before
        yield e, values


def test_streaming_blocks_patched_from_the_last_ones_show_what_each_entity_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sixth of the entities get a row per frame: each block is the last one's arrays with only
    those entities' instances made again, unless an entity's instance count changed (then it is
    made whole). Every frame the page shows what one drawable per entity shows: positions,
    half sizes, centers, colors (logged and default), radii, matrices of a group that moves."""

    def log_frame(rec: rr.RecordingStream, frame: int) -> None:
        if frame in (0, 3):
            for g in range(3):
                rec.log(f"world/g{g}", rr.Transform3D(translation=[10 * g, frame, 0]))
        for e, values in _rows_this_frame(frame):
            colors = None if e % 4 else [[frame * 30, e, 0, 255]]
            rec.log(f"world/g{e % 3}/p{e}", rr.Points3D(values, radii=None if e % 5 == 0 else 0.1 * (1 + frame), colors=colors))
            rec.log(f"world/g{e % 3}/b{e}", rr.Boxes3D(half_sizes=values, centers=values * 2 if e % 2 else None, colors=colors))

    frames = _stream_frames(log_frame, 7, "scene_streaming_patch")
    bases: list[bool] = []
    real = _spatial._table_block
    monkeypatch.setattr(_spatial, "_table_block", lambda *args: bases.append(args[-1] is not None) or real(*args))
    monkeypatch.setattr(_spatial, "BATCH_BLOCK", 32)
    for frame, store, _payload, _arrays, drawables, page_arrays in _streamed_steps(frames):
        assert {d.kind for d in drawables} == {"points_batch", "instances_batch"}, frame  # type: ignore[attr-defined]
        resolved = _spatial.P.SpatialPayload("3D", "/world", drawables, None, None)  # type: ignore[arg-type]
        shown_boxes = _expanded(drawables, page_arrays)
        shown_points = points_expanded(resolved, page_arrays)
        want_boxes, want_points = _one_drawable_each(store, frame, monkeypatch)
        assert sorted(shown_boxes) == sorted(want_boxes) and sorted(shown_points) == sorted(want_points), frame
        for entity, want in want_boxes.items():
            for name in want:
                if name != "labels":
                    assert np.array_equal(np.asarray(shown_boxes[entity][name]), np.asarray(want[name])), (frame, entity, name)
        for entity, want_values in want_points.items():
            for x, y in zip(shown_points[entity], want_values):
                assert np.array_equal(x, y), (frame, entity)
        if frame == 4:  # (the entities with more instances now)
            assert len(shown_points["/world/g2/p2"][1]) == 2 * len(_values(2, 4, 3))  # (matrix, positions, colors, radii)
    assert sum(bases) >= 4, "no block was patched from the last one"
    assert not all(bases[len(bases) // 2 :]), "every block was patched, even with changed instance counts"


def test_rows_of_several_stream_blocks_met_at_once_show_what_each_entity_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """Frames ingested one after another (each a block of rows cut into one chunk per entity:
    slices of the block's columns) and asked for only then: the values of each block's rows are
    found in that block's arrays, a few shared arrays for thousands of cells."""

    def log_frame(rec: rr.RecordingStream, frame: int) -> None:
        for e in range(N):
            if frame == 0 or (e + frame) % 3 == 0:
                rec.log(f"world/g{e % 3}/p{e}", rr.Points3D(_values(e, frame, 3), radii=0.1 * (1 + frame + e % 2)))

    placed: list[int] = []
    real = _spatial._CellSources._shared_parents
    monkeypatch.setattr(_spatial._CellSources, "_shared_parents", lambda self, *args: (found := real(self, *args), placed.append(len(found)))[0])
    hub = StoreHub()
    for msgs in _stream_frames(log_frame, 4, "scene_streaming_blocks"):
        hub.ingest_messages(msgs, hold=True)
    store = hub.store(hub.active_recording)  # type: ignore[arg-type]
    assert store is not None
    for t in (3, 1):
        payload, arrays = build_view(store, "3D", "/world", ["+ $origin/**"], "frame", t, set(), drawable_keys=True)
        shown = points_expanded(payload, arrays)
        with monkeypatch.context() as one_each:
            one_each.setattr(_spatial, "BATCH_MIN_ENTITIES", 10**9)
            own_payload, own_arrays = build_view(store, "3D", "/world", ["+ $origin/**"], "frame", t, set())
        want = points_own(own_payload, own_arrays)
        assert sorted(shown) == sorted(want) and len(want) == N
        for entity, values in want.items():
            for x, y in zip(shown[entity], values):
                assert np.array_equal(x, y), (t, entity)
    assert sum(placed) >= N, placed


def test_a_transform_changed_in_a_subtree_moves_exactly_its_entities() -> None:
    """The transform walk with its memo of the last answer (`TransformMemo`): at each step the
    entities under a changed transform (a group, or a transform inside another group's subtree)
    get new placements with the right matrices, every other entity keeps its placement object;
    and every placement equals a walk without memo."""
    from rerun._store.scene.transforms import TransformMemo, resolve_transforms
    from test_viewer_views import make_hub

    def log(rec: rr.RecordingStream) -> None:
        for t in range(4):
            rec.set_time_sequence("frame", t)
            if t == 0:
                for g in range(3):
                    rec.log(f"w/g{g}", rr.Transform3D(translation=[10 * g, 0, 0]))
                rec.log("w/g2/sub", rr.Transform3D(translation=[0, 1, 0]))
                for e in range(12):
                    rec.log(f"w/g{e % 3}/e{e}", rr.Points3D([[e, 0, 0]]))
                    rec.log(f"w/g2/sub/s{e}", rr.Points3D([[0, e, 0]]))
            if t == 1:
                rec.log("w/g1", rr.Transform3D(translation=[10, 5, 0]))
            if t == 2:
                rec.log("w/g2/sub", rr.Transform3D(translation=[0, 2, 0], rotation=rr.RotationAxisAngle([0, 0, 1], degrees=90)))
            if t == 3:
                rec.log("w/g0/e3", rr.Points3D([[3, 3, 3]]))  # new rows alone move nothing

    _, store = make_hub(log, "scene_streaming_transforms")
    memo = TransformMemo()
    expect_moved = {0: None, 1: ("/w/g1",), 2: ("/w/g2/sub",), 3: ()}
    last: dict[str, object] = {}
    for t, roots in expect_moved.items():
        placed = {et.entity_path: et for et in resolve_transforms(store, "/w", "frame", t, memo)}
        fresh = {et.entity_path: et for et in resolve_transforms(store, "/w", "frame", t)}
        assert sorted(placed) == sorted(fresh)
        for path, et in placed.items():
            assert np.allclose(et.world_from_entity, fresh[path].world_from_entity), (t, path)
        if roots is None:
            last = dict(placed)
            continue
        moved = {path for path, et in placed.items() if et is not last[path]}
        under = {path for path in placed if any(path == r or path.startswith(r + "/") for r in roots)}
        assert moved == under, (t, sorted(moved ^ under))
        last = dict(placed)
    assert np.allclose(last["/w/g2/sub/s4"].world_from_entity[:3, 3], [20, 2, 0])  # type: ignore[attr-defined]


def test_cell_sources_carried_to_a_newer_table_leave_the_older_ones_answers_as_they_were() -> None:
    """Where each row's values are (`_CellSources`) is carried from a table to the one appended
    to after it, sharing its buffers: rows found later by either (the newer one's new rows, rows
    of the older one's that no step showed yet) leave the other's findings as they were."""
    store = ChunkStore()
    row = iter(range(1, 100_000))
    entities = [f"/e{e:02}" for e in range(20)]
    for e, entity in enumerate(entities):
        store.add_chunk(chunk(entity, [next(row)], {RADIUS: [[float(e)] * (1 + e % 3)]}, {_FRAME: [0]}))
    memo = _spatial._ColumnMemo()

    def table_now():  # type: ignore[no-untyped-def]
        found = store.latest_at_table(_FRAME, build=True)
        assert found is not None
        memo.use(found[0])
        return found[0]

    def check(table, cells, rows: np.ndarray) -> None:  # type: ignore[no-untyped-def]
        fresh = _spatial._CellSources(table, 0, _spatial._ColumnMemo())
        assert np.array_equal(cells.lengths(rows), fresh.lengths(rows))
        for r in rows.tolist():
            got = cells.parents[int(cells.code[r])][cells.start[r] : cells.stop[r]]
            want = fresh.parents[int(fresh.code[r])][fresh.start[r] : fresh.stop[r]]
            assert np.array_equal(got, want), r

    first = table_now()
    _spatial._cell_sources(first, RADIUS, 0, memo).lengths(np.arange(len(first.times)))
    store.add_chunk(chunk(entities[0], [next(row)], {RADIUS: [[-1.0]]}, {_FRAME: [1]}))
    old = table_now()  # (its cell sources carried from the first table's, with room to append)
    old_cells = _spatial._cell_sources(old, RADIUS, 0, memo)
    old_cells.lengths(np.arange(0, len(old.times), 2))  # (found: every other row)
    for e in (1, 5, 9):
        store.add_chunk(chunk(entities[e], [next(row)], {RADIUS: [[100.0 + e] * 4]}, {_FRAME: [2]}))
    new = table_now()
    assert new.previous is old and new.kept_prefix == len(old.times)
    new_cells = _spatial._cell_sources(new, RADIUS, 0, memo)
    assert new_cells is not old_cells and new_cells.code.base is old_cells.code.base  # (shared)
    check(new, new_cells, np.arange(len(old.times), len(new.times)))  # the new rows
    check(old, old_cells, np.arange(len(old.times)))  # all of the old table's, the rest found now
    check(new, new_cells, np.arange(len(new.times)))  # and the newer one's, rows it shares too
    check(old, old_cells, np.arange(len(old.times)))


def test_streaming_blocks_with_class_ids_labels_and_keypoints_patched_equal_blocks_made_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Boxes, arrows and points with class ids (under annotation contexts, one of which changes),
    keypoint ids and labels, a sixth of them getting a row per frame: their blocks are patched
    from the last ones (colors, radii, vectors, class and keypoint ids), and each patched block
    is the block made whole (the same key, the same arrays and labels) and shows what one
    drawable per entity shows, class ids logged again the same or not."""
    from test_viewer_table_batches import _assert_shows_what_each_entity_would

    def log_frame(rec: rr.RecordingStream, frame: int) -> None:
        if frame == 0:
            rec.log("world", rr.AnnotationContext([rr.ClassDescription(info=(1, "person", (0, 200, 255)), keypoint_connections=[(0, 1), (1, 2)]), (2, "two", (0, 255, 0)), (3, "three")]), static=True)
            for g in range(3):
                rec.log(f"world/g{g}", rr.Transform3D(translation=[10 * g, 0, 0]))
        if frame in (0, 3):  # (a context changed: the colors and labels of the entities under it)
            rec.log("world/g2", rr.AnnotationContext([(2, f"g2 two at {frame}", (frame * 50, 50, 50))]))
        if frame == 5:
            rec.log("world/g1", rr.Transform3D(translation=[10, frame, 0]))
        for e, values in _rows_this_frame(frame):
            n = len(values)
            mode = e % 4
            style: dict = {"class_ids": [2 + frame % 3 // 2, 3, 1, 2][:n]} if mode == 0 else {"class_ids": 2, "colors": [[frame * 30, e, 0, 255]]} if mode == 1 else {}
            if mode == 2:
                style["labels"] = [f"{e}.{i} at {frame}" for i in range(n)]
            points: dict = {"class_ids": 1, "keypoint_ids": np.arange(n)} if mode == 3 else style
            rec.log(f"world/g{e % 3}/p{e}", rr.Points3D(values, radii=0.1 * (1 + frame), **points))
            rec.log(f"world/g{e % 3}/b{e}", rr.Boxes3D(half_sizes=values, centers=values * 2 if e % 2 else None, **style))
            rec.log(f"world/g{e % 3}/a{e}", rr.Arrows3D(vectors=values, origins=values + 1, **style))

    frames = _stream_frames(log_frame, 7, "scene_streaming_patch_classes")
    monkeypatch.setattr(_spatial, "BATCH_BLOCK", 32)
    patched: list[str] = []
    real = _spatial._table_block
    monkeypatch.setattr(_spatial, "_table_block", lambda *args: (args[-1] is not None and patched.append(args[1].spec.of)) or real(*args))
    steps = list(_streamed_steps(frames))
    assert {"points", "boxes", "arrows"} <= set(patched), patched
    with monkeypatch.context() as whole:
        whole.setattr(_spatial._BlockMade, "patch", lambda *args: None)
        patched.clear()
        made_whole = list(_streamed_steps(frames))
        assert not patched
    labels_seen = edges_seen = 0
    for (frame, store, payload, _arrays, drawables, page_arrays), (_, _, payload_whole, _, drawables_whole, arrays_whole) in zip(steps, made_whole):
        assert payload.order == payload_whole.order, frame  # (the same keys)
        assert {d.kind for d in drawables} == {"instances_batch"}, frame  # type: ignore[attr-defined]
        for d, w in zip(drawables, drawables_whole):
            assert d == w, frame
            for key in _batch_array_keys(d):
                assert np.array_equal(page_arrays[key], arrays_whole[key]), (frame, key)
        shown = _expanded(drawables, page_arrays)
        for want in _assert_shows_what_each_entity_would(shown, store, "3D", frame, monkeypatch).values():
            labels_seen += any(label and " at " not in label for label in want["labels"] or [])
            edges_seen += want.get("edges") is not None
    assert labels_seen and edges_seen
