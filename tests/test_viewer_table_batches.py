"""Plain boxes, arrows, line strips and labelled points of many entities answered from the
latest-at table as one `InstancesBatchDrawable` per block (src/rerun/_viewer/views/_spatial.py,
`_TableKind`): what the page expands each entity into is what its own boxes, arrows, lines or points
drawable would have drawn (half sizes or vectors, centers or origins, strips' vertices, positions,
labels, colors, radii in UI points and scene units, matrix), in 2D and 3D, under moving transform
groups; unchanged blocks are not sent again; entities with class or keypoint ids take their colors,
labels and keypoint connections from their annotation contexts as their own drawables do."""

from __future__ import annotations

import numpy as np
import pytest

import rerun as rr
from rerun._store import StoreHub
from rerun._viewer.protocol import labels_of
from rerun._viewer.views import _spatial, build_view
from test_viewer_points_batch import _expanded as points_expanded
from test_viewer_points_batch import _own as points_own
from test_viewer_points_batch import instance_style
from test_viewer_views import make_hub

N = 80  # above BATCH_MIN_ENTITIES
FIELDS = {"boxes": ("half_sizes", "centers"), "arrows": ("vectors", "origins"), "lines": ("positions", "offsets"), "points": ("positions", None)}


def _values(e: int, frame: int, dim: int) -> np.ndarray:
    """Entity e's instances at a frame: 1 + e % 4 of them."""
    n = 1 + e % 4
    out = np.zeros((n, dim), np.float32)
    out[:, 0] = 1 + e % 7
    out[:, 1] = 1 + frame
    if dim == 3:
        out[:, 2] = np.arange(1, n + 1)
    return out


def _log(rec: rr.RecordingStream, of: str, dim: int) -> None:
    archetype = {
        ("boxes", 3): rr.Boxes3D, ("boxes", 2): rr.Boxes2D, ("arrows", 3): rr.Arrows3D, ("arrows", 2): rr.Arrows2D,
        ("lines", 3): rr.LineStrips3D, ("lines", 2): rr.LineStrips2D, ("points", 3): rr.Points3D, ("points", 2): rr.Points2D,
    }[(of, dim)]  # fmt: skip
    main, extra = {"boxes": ("half_sizes", "centers"), "arrows": ("vectors", "origins"), "lines": ("strips", None), "points": ("positions", None)}[of]
    rec.set_time_sequence("frame", 0)
    for g in range(3):
        rec.log(f"world/g{g}", rr.Transform3D(translation=[10 * g, 0, 0]))
    for frame in range(4):
        rec.set_time_sequence("frame", frame)
        if frame == 2:
            rec.log("world/g1", rr.Transform3D(translation=[10, frame, 0], rotation=rr.RotationAxisAngle([0, 0, 1], degrees=30)))
        for e in range(N):
            if frame and (e + frame) % 5:
                continue
            values = _values(e, frame, dim)
            n = len(values)
            fields: dict = {main: values}
            if of == "lines":  # n strips of 1 + (e + i) % 3 vertices (a strip of one vertex draws nothing)
                fields[main] = [values[i] + np.arange(1 + (e + i) % 3, dtype=np.float32)[:, None] for i in range(n)]
            elif extra is not None and e % 2 == 0:
                fields[extra] = values * 2 + e
            elif extra is not None and e % 5 == 1:
                fields[extra] = values[:1] - 1  # one for all instances: it repeats
            if e % 7 == 0:
                fields["labels"] = f"e{e} at {frame}"  # one for all instances
            elif e % 7 != 3:
                fields["labels"] = [f"{e}.{i}" for i in range(max(1, n - e % 2))]  # one each (or one fewer)
            if e % 3 == 0:
                fields["radii"] = 0.25 + e * 0.01 + frame  # scene units
            elif e % 3 == 1:
                fields["radii"] = -np.arange(2, n + 2, dtype=np.float32)  # UI points, one each
            if e % 4 == 0:
                fields["colors"] = [frame * 40, 0, 0, 255]
            elif e % 4 == 1:
                fields["colors"] = np.tile(np.array([[0, e, 255, 255]], np.uint8), (max(1, n - 1), 1))  # the last repeats
            rec.log(f"world/g{e % 3}/e{e}", archetype(**fields))
        if frame == 1:
            # Not plain: labels and class ids keep their own drawables.
            one = [_values(1, frame, dim)] if of == "lines" else _values(1, frame, dim)
            rec.log("world/labelled", archetype(**{main: one}, labels="here"))
            rec.log("world/classes", archetype(**{main: one}, class_ids=[1, 2]))  # (no annotation context: auto colors)


def _expanded(drawables: list, arrays: dict) -> dict[str, dict[str, np.ndarray]]:  # type: ignore[type-arg]
    """Per entity of the batches: its matrix and per-instance arrays, as the page expands them."""
    out = {}
    for d in drawables:
        if d.kind != "instances_batch":
            continue
        offsets, matrices, index = arrays[d.offsets], arrays[d.matrices], arrays[d.matrix_index]
        for i, entity in enumerate(d.entities):
            a, b = int(offsets[i]), int(offsets[i + 1])
            main, extra = FIELDS[d.of]
            if d.of == "lines":
                strips = arrays[d.strip_offsets]
                values = {"positions": arrays[d.positions][strips[a] : strips[b]], "offsets": strips[a : b + 1] - strips[a]}
            elif extra is None:
                values = {main: arrays[getattr(d, main)][a:b]}
            else:
                values = {main: arrays[getattr(d, main)][a:b], extra: arrays[getattr(d, extra)][a:b]}
            labels = None
            if d.label_text is not None:
                lo = arrays[d.label_offsets]
                labels = labels_of(arrays[d.label_text], arrays[d.label_ends])[int(lo[i]) : int(lo[i + 1])] or None
            if d.of == "points":  # its keypoint connections, as index pairs into its own points
                eo = None if d.edge_offsets is None else arrays[d.edge_offsets]
                values["edges"] = None if eo is None or eo[i + 1] == eo[i] else arrays[d.edges][int(eo[i]) : int(eo[i + 1])]
            out[entity] = {
                "kind": d.of,
                "matrix": matrices[index[i]],
                **values,
                "colors": arrays[d.colors][a:b],
                "radii": arrays[d.radii][a:b],
                "draw_order": d.draw_order,
                "labels": labels,
            }
    return out


def _own(drawables: list, arrays: dict) -> dict[str, dict[str, np.ndarray]]:  # type: ignore[type-arg]
    """Per boxes or arrows drawable of one entity: the same, each instance's value as the page reads
    it (absent centers or origins are zero, a single color or radius applies to all)."""
    out = {}
    for d in drawables:
        if d.kind not in FIELDS:
            continue
        main, extra = FIELDS[d.kind]
        values = arrays[getattr(d, main)]
        n = len(arrays[d.offsets]) - 1 if d.kind == "lines" else len(values)
        colors, radii = instance_style(d, arrays, n)
        out[d.entity] = {
            "kind": d.kind,
            "matrix": np.array(d.world_from_entity),
            main: values,
            "colors": colors,
            "radii": radii,
            "draw_order": d.draw_order,
            "labels": d.labels,
        }
        if extra is not None:
            out[d.entity][extra] = np.zeros_like(values) if getattr(d, extra) is None else arrays[getattr(d, extra)]
        if d.kind == "points":
            out[d.entity]["edges"] = None if d.edges is None else arrays[d.edges]
    return out


def _page_step(store, kind: str, t: int, known: set[str], page: dict, page_arrays: dict):  # type: ignore[no-untyped-def]
    """One answer as a page gets it (only what it lacks) and the drawables it then shows."""
    payload, arrays = build_view(store, kind, "/world", ["+ $origin/**"], "frame", t, known, drawable_keys=True)
    known.update(arrays)
    known.update(payload.keys)
    page_arrays.update(arrays)
    page.update(zip(payload.keys, payload.drawables))
    return payload, arrays, [page[k] for k in payload.order]


def _streamed_steps(frames: list):  # type: ignore[no-untyped-def]
    """Each frame of a stream ingested as the viewer does, then one page step: (frame, store, payload, arrays, drawables, page_arrays)."""
    hub = StoreHub()
    known: set[str] = set()
    page: dict[str, object] = {}
    page_arrays: dict[str, np.ndarray] = {}
    for frame, msgs in enumerate(frames):
        hub.ingest_messages(msgs, hold=True)
        store = hub.store(hub.active_recording)  # type: ignore[arg-type]
        assert store is not None
        yield (frame, store, *_page_step(store, "3D", frame, known, page, page_arrays), page_arrays)


def _one_drawable_each(store, frame: int, monkeypatch: pytest.MonkeyPatch) -> tuple[dict, dict]:  # type: ignore[no-untyped-def]
    """The reference: the boxes and the points of each entity as the per-entity path draws them."""
    with monkeypatch.context() as one_each:
        one_each.setattr(_spatial, "BATCH_MIN_ENTITIES", 10**9)
        own_payload, own_arrays = build_view(store, "3D", "/world", ["+ $origin/**"], "frame", frame, set())
    boxes = {e: v for e, v in _own(own_payload.drawables, own_arrays).items() if v["kind"] == "boxes"}
    return boxes, points_own(own_payload, own_arrays)


def _assert_shows_what_each_entity_would(shown: dict, store, kind: str, t: int, monkeypatch: pytest.MonkeyPatch) -> dict:  # type: ignore[no-untyped-def]
    """`shown` (per entity, what the page draws) equals what one drawable per entity shows at `t`;
    returns the latter."""
    with monkeypatch.context() as one_each:
        one_each.setattr(_spatial, "BATCH_MIN_ENTITIES", 10**9)
        own_payload, own_arrays = build_view(store, kind, "/world", ["+ $origin/**"], "frame", t, set())
        expected = _own(own_payload.drawables, own_arrays)
    assert sorted(shown) == sorted(expected), t
    for entity, want in expected.items():
        got = shown[entity]
        assert sorted(got) == sorted(want), entity
        for name in want:
            if name == "labels":
                assert got[name] == want[name], (t, entity, got[name], want[name])
            else:
                assert np.array_equal(np.asarray(got[name]), np.asarray(want[name])), (t, entity, name, got[name], want[name])
    return expected


@pytest.mark.parametrize(("of", "dim"), [("boxes", 3), ("boxes", 2), ("arrows", 3), ("arrows", 2), ("lines", 3), ("lines", 2), ("points", 3), ("points", 2)])
def test_steps_from_the_table_show_what_each_boxes_arrows_lines_or_labelled_points_entity_would_draw(of: str, dim: int, monkeypatch: pytest.MonkeyPatch) -> None:
    _, store = make_hub(lambda rec: _log(rec, of, dim), f"table_batches_{of}_{dim}")
    kind = "3D" if dim == 3 else "2D"
    made: list[int] = []
    real = _spatial._table_block
    monkeypatch.setattr(_spatial, "_table_block", lambda *args: made.append(1) or real(*args))
    monkeypatch.setattr(_spatial, "BATCH_BLOCK", 32)
    known: set[str] = set()
    page: dict[str, object] = {}
    page_arrays: dict[str, np.ndarray] = {}
    for t in (0, 1, 2, 3, 2, 1, 0, 3, 0, 2):
        payload, arrays, drawables = _page_step(store, kind, t, known, page, page_arrays)
        shown = {**_expanded(drawables, page_arrays), **_own(drawables, page_arrays)}
        _assert_shows_what_each_entity_would(shown, store, kind, t, monkeypatch)
        if t >= 1:  # labels and class ids in the batch too
            assert shown["/world/labelled"]["labels"] == ["here"]
            assert "/world/classes" not in {d.entity for d in drawables if d.kind == of}
    assert made, "the steps were not answered from the latest-at table"
    # Answered in batches once the table is there: a step has no drawable per plain entity.
    payload, _ = build_view(store, kind, "/world", ["+ $origin/**"], "frame", 3, set(), drawable_keys=True)
    assert sum(d.kind == "instances_batch" for d in payload.drawables) >= 1
    assert {d.entity for d in payload.drawables if d.kind == of} <= {f"/world/g{e % 3}/e{e}" for e in range(3, N, 7) if of == "points"}  # (points never labelled: too few to batch)


def test_a_step_from_the_table_sends_only_the_blocks_of_changed_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.set_time_sequence("frame", 0)
        for e in range(N):
            rec.log(f"boxes/e{e:03}", rr.Boxes3D(half_sizes=_values(e, 0, 3), radii=0.1))
        for frame in (1, 2):
            rec.set_time_sequence("frame", frame)
            rec.log("boxes/e070", rr.Boxes3D(half_sizes=_values(70, frame, 3), radii=0.2))

    _, store = make_hub(log, "table_batches_blocks")
    monkeypatch.setattr(_spatial, "BATCH_BLOCK", 16)
    known: set[str] = set()
    for t, sent in ((0, 5), (0, 0), (1, 1), (2, 1), (1, 0), (0, 0)):
        payload, arrays = build_view(store, "3D", "/", ["+ $origin/**"], "frame", t, known, drawable_keys=True)
        known.update(arrays)
        known.update(payload.keys)
        # From the first answer on (the table is made at once): blocks, only those that changed.
        assert len(payload.drawables) == sent, (t, [d.kind for d in payload.drawables])
        assert {d.kind for d in payload.drawables} <= {"instances_batch"}
    payload, arrays = build_view(store, "3D", "/", ["+ $origin/**"], "frame", 2, set(), drawable_keys=True)
    shown = _expanded(payload.drawables, arrays)
    assert len(shown) == N
    assert np.array_equal(shown["/boxes/e070"]["half_sizes"], _values(70, 2, 3)) and shown["/boxes/e070"]["radii"][0] == np.float32(0.2)
    assert np.array_equal(shown["/boxes/e071"]["half_sizes"], _values(71, 0, 3))


def test_while_a_recording_streams_in_steps_are_answered_from_tables_made_from_the_last_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """A live recording: after each frame's messages are ingested (as an SDK stream's blocks), the
    page asks for the newest frame. The answers come from the table made from the last one (the
    points of the entities that received rows, and no other, copied again), and show exactly what
    one drawable per entity shows: new rows, a moved group, a new entity, an entity that got a
    static colour, another that got labels."""

    rec = rr.new_recording("table_batches_stream", recording_id="table_batches_stream")
    mem = rec.memory_recording()
    frames = []
    for frame in range(7):
        rec.set_time_sequence("frame", frame)
        if frame in (0, 3):
            for g in range(3):
                rec.log(f"world/g{g}", rr.Transform3D(translation=[10 * g, frame, 0]))
        for e in range(N):
            if frame == 0 or (e + frame) % 6 == 0:
                rec.log(f"world/g{e % 3}/e{e}", rr.Points3D(_values(e, frame, 3), radii=0.1 * (1 + frame)))
                rec.log(f"world/g{e % 3}/b{e}", rr.Boxes3D(half_sizes=_values(e, frame, 3), colors=[0, 0, 255 - frame, 255]))
        if frame == 2:
            rec.log("world/g1/late", rr.Points3D([[1, 2, 3]]))
        if frame == 4:
            rec.log("world/g0/e3", [rr.components.ColorBatch([[0, 255, 0, 255]])], static=True)
        if frame == 5:
            rec.log("world/g2/b5", rr.Boxes3D(half_sizes=[[1, 1, 1]], labels="now labelled"))
        mem.messages()  # (flushes)
        frames.append(mem._sink.drain())
    updated = []
    real = _spatial._table_block
    monkeypatch.setattr(_spatial, "_table_block", lambda *args: updated.append(args[3].previous is not None) or real(*args))
    monkeypatch.setattr(_spatial, "BATCH_BLOCK", 32)
    for frame, store, _payload, _arrays, drawables, page_arrays in _streamed_steps(frames):
        resolved = _spatial.P.SpatialPayload("3D", "/world", drawables, None, None)  # type: ignore[arg-type]
        shown = {e: v for e, v in {**_expanded(drawables, page_arrays), **_own(drawables, page_arrays)}.items() if v["kind"] == "boxes"}
        shown_points = {**points_expanded(resolved, page_arrays), **points_own(resolved, page_arrays)}
        expected, expected_points = _one_drawable_each(store, frame, monkeypatch)
        assert sorted(shown) == sorted(expected) and sorted(shown_points) == sorted(expected_points), frame
        for entity, want in expected.items():
            for name in want:
                assert np.array_equal(np.asarray(shown[entity][name]), np.asarray(want[name])), (frame, entity, name)
        assert (shown["/world/g2/b5"]["labels"] == ["now labelled"]) == (frame >= 5)
        for entity, want in expected_points.items():
            for x, y in zip(shown_points[entity], want):
                assert np.array_equal(x, y), (frame, entity)
        assert ("/world/g1/late" in shown_points) == (frame >= 2)
        if frame >= 4:
            assert np.array_equal(shown_points["/world/g0/e3"][2], [[0, 255, 0, 255]] * len(shown_points["/world/g0/e3"][2]))
        assert shown_points["/world/g2/e5"][1][0, 1] == (2 if frame >= 1 else 1)  # its row of frame 1
    assert updated and all(updated[-5:]), "the streaming steps were not answered from updated tables"


def _log_classes(rec: rr.RecordingStream, of: str, dim: int) -> None:
    """Entities with class ids (one for all, one each, classes the context does not describe or
    gives no color or label), keypoint ids (with and without class ids, a keypoint id twice), and
    logged colors or labels that win over the context's, under three annotation contexts: a static
    one at `world`, one at `world/g1` from frame 2 on (changed alone at frame 4), and one at
    `world/g2` changed at frame 3."""
    archetype = {("points", 3): rr.Points3D, ("points", 2): rr.Points2D, ("boxes", 3): rr.Boxes3D, ("lines", 2): rr.LineStrips2D}[(of, dim)]
    main = {"points": "positions", "boxes": "half_sizes", "lines": "strips"}[of]
    person = rr.ClassDescription(
        info=(1, "person", (0, 200, 255)),
        keypoint_annotations=[rr.AnnotationInfo(0, "head", (255, 0, 0)), rr.AnnotationInfo(1, "neck"), rr.AnnotationInfo(3, color=(9, 9, 9))],
        keypoint_connections=[(0, 1), (1, 2), (2, 3), (3, 0), (0, 2)],
    )
    world = [
        rr.ClassDescription(info=(0, "zero"), keypoint_connections=[(0, 1), (1, 2)]),
        person,
        rr.AnnotationInfo(2, "two", (0, 255, 0)),
        rr.AnnotationInfo(3, "three"),
        rr.AnnotationInfo(5, color=(1, 2, 3)),  # (class 4: not described)
    ]
    rec.log("world", rr.AnnotationContext(world), static=True)
    rec.set_time_sequence("frame", 0)
    rec.log("world/g2", rr.AnnotationContext([rr.AnnotationInfo(1, "g2 person", (50, 50, 50)), rr.AnnotationInfo(2, "g2 two")]))
    for g in range(3):
        rec.log(f"world/g{g}", rr.Transform3D(translation=[10 * g, 0, 0]))
    for frame in range(5):
        rec.set_time_sequence("frame", frame)
        if frame == 2:
            rec.log("world/g1", rr.AnnotationContext([rr.ClassDescription(info=(1, "other", (90, 0, 90)), keypoint_connections=[(0, 3)])]))
        if frame == 4:  # only a context changes
            rec.log("world/g1", rr.AnnotationContext([rr.ClassDescription(info=(1, "again", (90, 90, 0)), keypoint_connections=[(1, 3)])]))
            continue
        if frame == 3:
            rec.log("world/g2", rr.AnnotationContext([rr.AnnotationInfo(2, "g2 two again", (7, 7, 7))]))
        for e in range(N):
            if frame and (e + frame) % 5:
                continue
            values = _values(e, frame, dim)
            n = len(values)
            fields: dict = {main: [values[i] + np.arange(2, dtype=np.float32)[:, None] for i in range(n)] if of == "lines" else values}
            mode = e % 7
            if mode == 0:
                fields["class_ids"] = e % 6  # one for all
            elif mode == 1:
                fields["class_ids"] = [(e + i) % 6 for i in range(max(1, n - 1))]  # one each (the last repeats)
            elif mode == 2 and of == "points":
                fields["class_ids"], fields["keypoint_ids"] = 1, np.arange(n)  # a skeleton
            elif mode == 3 and of == "points":
                fields["keypoint_ids"] = np.arange(n)  # keypoints of class 0, colors of the entity
            elif mode == 4:
                fields["class_ids"] = 1
                fields["colors"] = [frame * 40, 0, 0, 255]  # logged colors and labels win
                fields["labels"] = [f"{e}.{i}" for i in range(n)]
                if of == "points":
                    fields["keypoint_ids"] = [0, 2, 2, 1][:n]  # keypoint 2 twice: its last instance
            elif mode == 5:
                fields["class_ids"] = 5 if e % 2 else 4  # no label at all: none shown
            else:
                fields["class_ids"], fields["radii"] = [2, 3], 0.5
            rec.log(f"world/g{e % 3}/e{e}", archetype(**fields))


@pytest.mark.parametrize(("of", "dim"), [("points", 3), ("points", 2), ("boxes", 3), ("lines", 2)])
def test_class_and_keypoint_ids_from_the_table_show_what_each_entity_would_draw(of: str, dim: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Colors, labels and keypoint connections from the annotation context each entity finds up its
    path (changing over time) are what its own drawable shows; a step that changes nothing sends
    nothing, and a context that changes sends again the blocks of the entities under it."""
    _, store = make_hub(lambda rec: _log_classes(rec, of, dim), f"table_batches_classes_{of}_{dim}")
    kind = "3D" if dim == 3 else "2D"
    made: list[int] = []
    real = _spatial._table_block
    monkeypatch.setattr(_spatial, "_table_block", lambda *args: made.append(1) or real(*args))
    monkeypatch.setattr(_spatial, "BATCH_BLOCK", 32)
    known: set[str] = set()
    page: dict[str, object] = {}
    page_arrays: dict[str, np.ndarray] = {}
    edges_seen = labels_seen = 0
    for t in (0, 1, 2, 2, 3, 4, 1, 0, 3, 4, 2):
        before = len(made)
        payload, arrays, drawables = _page_step(store, kind, t, known, page, page_arrays)
        assert {d.kind for d in drawables} <= {"instances_batch", "points_batch"}, t  # every entity in a batch
        shown = _expanded(drawables, page_arrays)
        for want in _assert_shows_what_each_entity_would(shown, store, kind, t, monkeypatch).values():
            edges_seen += want.get("edges") is not None
            labels_seen += any(label and not label[0].isdigit() for label in want["labels"] or [])
        if t == 2 and made[before:] == []:
            assert payload.drawables == [], "the same step again sent drawables"
        if t == 4:  # (after 3 each time)
            # Only the blocks holding entities under world/g1 with class or keypoint ids changed.
            assert made[before:], "a changed annotation context was not shown"
    assert made, "the steps were not answered from the latest-at table"
    assert labels_seen, "no entity showed its classes' labels"
    assert edges_seen or of != "points", "no keypoint connections were drawn"
