"""Plain point clouds of many entities answered as one `PointsBatchDrawable` per view
(src/rerun/_viewer/views/_spatial.py): each entity's instances in the batch are exactly what its own
points drawable held (positions, colors, radii, matrix), a step where some entities changed shows
their new rows and keeps the others', a moved transform group moves its entities, and the page's
cache by key is sent only what changed."""

from __future__ import annotations

import numpy as np
import pytest

import rerun as rr
from rerun._store import ChunkStore
from rerun._viewer.views import _spatial, build_view
from test_viewer_views import make_hub

N = 100  # above BATCH_MIN_ENTITIES
RED = [255, 0, 0, 128]


def _points(e: int, frame: int) -> np.ndarray:
    """Entity e's points at a frame: 1 + e % 5 points, all with x = e and y = frame."""
    n = 1 + e % 5
    out = np.zeros((n, 3), np.float32)
    out[:, 0] = e
    out[:, 1] = frame
    out[:, 2] = np.arange(n)
    return out


def _log(rec: rr.RecordingStream) -> None:
    rec.set_time_sequence("frame", 0)
    for g in range(3):
        rec.log(f"world/g{g}", rr.Transform3D(translation=[100 * g, 0, 0]))
    for frame in range(3):
        rec.set_time_sequence("frame", frame)
        if frame == 1:
            rec.log("world/g0", rr.Transform3D(translation=[0, 0, 50]))
        for e in range(N):
            if frame and e % 10 != frame:
                continue
            n = len(_points(e, frame))
            style: dict = {}
            if e % 3 == 0:
                style["radii"] = 0.5 + e
            elif e % 3 == 1:
                style["radii"] = np.arange(1, n, dtype=np.float32)  # one fewer than points: the last repeats
            if e % 4 == 0:
                style["colors"] = RED
            elif e % 4 == 1:
                style["colors"] = np.tile(np.array([[0, e, 255, 255]], np.uint8), (max(1, n - 1), 1))
            rec.log(f"world/g{e % 3}/e{e}", rr.Points3D(_points(e, frame), **style))
            rec.log(f"flat/e{e}", rr.Points2D(_points(e, frame)[:, :2], radii=-3.0))
    # A labelled entity is not plain: it keeps its own drawable.
    rec.set_time_sequence("frame", 0)
    rec.log("world/labelled", rr.Points3D([[1, 2, 3]], labels="here"))


@pytest.fixture(scope="module")
def store() -> ChunkStore:
    return make_hub(_log, "points_batch_test")[1]


def _expanded(payload, arrays) -> dict[str, tuple]:  # type: ignore[no-untyped-def,type-arg]
    """Per entity of the payload's batches: (matrix, positions, colors, radii), as the page expands them."""
    out = {}
    for d in payload.drawables:
        if d.kind != "points_batch":
            continue
        offsets, matrices, index = arrays[d.offsets], arrays[d.matrices], arrays[d.matrix_index]
        for i, entity in enumerate(d.entities):
            a, b = int(offsets[i]), int(offsets[i + 1])
            out[entity] = (matrices[index[i]], arrays[d.positions][a:b], arrays[d.colors][a:b], arrays[d.radii][a:b])
    return out


def instance_style(d, arrays: dict, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The colour and radius of each of a drawable's `n` instances, as the page resolves them
    (per-instance arrays, one value for all, or the defaults)."""
    colors = np.tile(np.array(d.default_color, np.uint8), (n, 1))
    if d.colors is not None:
        given = arrays[d.colors]
        colors[: len(given)] = given if len(given) > 1 else given[0]
    radii = np.full(n, d.default_radius, np.float32)
    if d.radii is not None:
        given = arrays[d.radii]
        radii = given[np.minimum(np.arange(n), len(given) - 1)]
    return colors, radii


def _own(payload, arrays) -> dict[str, tuple]:  # type: ignore[no-untyped-def,type-arg]
    """Per points drawable of one entity: the same four, each instance's value as the page reads it
    (a single color or radius for all; the last radius repeats; missing colors take the default)."""
    out = {}
    for d in payload.drawables:
        if d.kind != "points":
            continue
        n = len(arrays[d.positions])
        colors, radii = instance_style(d, arrays, n)
        out[d.entity] = (np.array(d.world_from_entity), arrays[d.positions], colors, radii)
    return out


def _scene(store: ChunkStore, kind: str, t: int, known: set[str] | None = None) -> tuple:  # type: ignore[type-arg]
    origin = "/world" if kind == "3D" else "/flat"
    payload, arrays = build_view(store, kind, origin, ["+ $origin/**"], "frame", t, set() if known is None else known, drawable_keys=known is not None)
    return payload, arrays


def _page_step(store: ChunkStore, t: int, known: set[str]) -> tuple:  # type: ignore[type-arg]
    """The 3D answer at `t` to a page that has `known`; the page then has what was sent too."""
    payload, arrays = _scene(store, "3D", t, known)
    known.update(arrays)
    known.update(payload.keys)
    return payload, arrays


def _assert_same(a: dict[str, tuple], b: dict[str, tuple]) -> None:  # type: ignore[type-arg]
    assert list(a) == list(b)
    for entity in a:
        for name, x, y in zip(("matrix", "positions", "colors", "radii"), a[entity], b[entity]):
            assert np.array_equal(x, y), (entity, name, x, y)


@pytest.mark.parametrize("kind", ["3D", "2D"])
def test_many_plain_point_entities_come_in_one_batch_holding_what_each_would_draw(store: ChunkStore, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    batched = {t: _scene(store, kind, t) for t in range(3)}
    for t, (payload, arrays) in batched.items():
        kinds = [d.kind for d in payload.drawables]
        assert kinds.count("points_batch") == 1
        # The labelled entity keeps its own drawable, with its label.
        if kind == "3D":
            assert kinds.count("points") == 1
            (own,) = [d for d in payload.drawables if d.kind == "points"]
            assert own.entity == "/world/labelled" and own.labels == ["here"]
        else:
            assert kinds == ["points_batch"]
        batch = next(d for d in payload.drawables if d.kind == "points_batch")
        assert len(batch.entities) == N and arrays[batch.matrices].shape[1] == 16
        batched[t] = _expanded(payload, arrays)  # type: ignore[assignment]
    # The same scene answered with one drawable per entity, as a small scene is.
    monkeypatch.setattr(_spatial, "BATCH_MIN_ENTITIES", 10**9)
    for t in range(3):
        payload, arrays = _scene(store, kind, t)
        assert "points_batch" not in {d.kind for d in payload.drawables}
        own = _own(payload, arrays)
        own.pop("/world/labelled", None)
        _assert_same(batched[t], own)  # type: ignore[arg-type]


def test_a_step_shows_the_new_rows_of_the_changed_entities_and_moves_a_group(store: ChunkStore) -> None:
    known: set[str] = set()
    first, arrays = _page_step(store, 0, known)
    at0 = _expanded(first, arrays)
    step, arrays = _page_step(store, 1, known)
    # Only the batch is sent again (the labelled entity did not change).
    assert [d.kind for d in step.drawables] == ["points_batch"]
    at1 = _expanded(step, arrays)
    for e in range(N):
        entity = f"/world/g{e % 3}/e{e}"
        matrix, positions, _, _ = at1[entity]
        assert np.array_equal(positions, _points(e, 1 if e % 10 == 1 else 0)), entity
        # Group 0's transform moved in frame 1: its entities moved with it, the others did not.
        assert matrix[14] == (50.0 if e % 3 == 0 else 0.0) and matrix[12] == 100.0 * (e % 3), entity
        if e % 10 != 1 and e % 3 != 0:
            for x, y in zip(at1[entity], at0[entity]):
                assert np.array_equal(x, y), entity
    # The same time again, and back to the first one: nothing is sent (the page has both).
    again, arrays = _scene(store, "3D", 1, known)
    assert again.drawables == [] and arrays == {} and again.order == step.order
    back, arrays = _scene(store, "3D", 0, known)
    assert back.drawables == [] and arrays == {} and back.order == first.order


def test_a_page_missing_the_batch_arrays_gets_them_again(store: ChunkStore) -> None:
    known: set[str] = set()
    payload, arrays = _page_step(store, 2, known)
    expected = _expanded(payload, arrays)
    batch = next(d for d in payload.drawables if d.kind == "points_batch")
    # The page lost the batch's arrays (but not the batch): they come again, the same.
    known.difference_update(arrays)
    again, resent = _scene(store, "3D", 2, known)
    assert again.drawables == [] and again.order == payload.order
    _assert_same(_expanded(payload, resent), expected)
    # It lost everything (its cache limit empties both): the batch comes again too.
    known.difference_update(payload.keys)
    again, resent = _scene(store, "3D", 2, known)
    assert [d for d in again.drawables if d.kind == "points_batch"] == [batch]
    _assert_same(_expanded(again, resent), expected)


def test_few_point_entities_keep_one_drawable_each() -> None:
    def log(rec: rr.RecordingStream) -> None:
        for e in range(_spatial.BATCH_MIN_ENTITIES - 1):
            rec.log(f"p{e}", rr.Points3D([[e, 0, 0]]), static=True)

    _, small = make_hub(log, "points_batch_small")
    payload, _ = build_view(small, "3D", "/", ["+ $origin/**"], None, None, set())
    assert [d.kind for d in payload.drawables] == ["points"] * (_spatial.BATCH_MIN_ENTITIES - 1)


def test_a_step_sends_again_only_the_blocks_of_the_changed_entities(monkeypatch: pytest.MonkeyPatch) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.set_time_sequence("frame", 0)
        for e in range(N):
            rec.log(f"cloud/e{e:03}", rr.Points3D(_points(e, 0)))
        rec.set_time_sequence("frame", 1)
        rec.log("cloud/e040", rr.Points3D(_points(40, 1)))

    _, blocks = make_hub(log, "points_batch_blocks")
    monkeypatch.setattr(_spatial, "BATCH_BLOCK", 16)
    known: set[str] = set()
    page: dict[str, object] = {}
    page_arrays: dict[str, np.ndarray] = {}
    for t, sent in ((0, 7), (1, 1), (0, 0)):
        payload, arrays = build_view(blocks, "3D", "/", ["+ $origin/**"], "frame", t, known, drawable_keys=True)
        known.update(arrays)
        known.update(payload.keys)
        page_arrays.update(arrays)
        page.update(zip(payload.keys, payload.drawables))
        # 100 entities in blocks of 16: 7 at first; then only the block holding e040.
        assert len(payload.drawables) == sent and all(d.kind == "points_batch" for d in payload.drawables)
        assert len(payload.order) == 7
        resolved = _spatial.P.SpatialPayload("3D", "/", [page[k] for k in payload.order], None, None)
        scratch = build_view(blocks, "3D", "/", ["+ $origin/**"], "frame", t, set())
        _assert_same(_expanded(resolved, page_arrays), _expanded(*scratch))
        assert np.array_equal(_expanded(resolved, page_arrays)["/cloud/e040"][1], _points(40, t))


def _log_mixed(rec: rr.RecordingStream) -> None:
    """Plain point entities changing at different frames under moving groups, and the entities the
    latest-at table does not answer alone or that are not plain points: a clear, a static color,
    labels logged later, an entity appearing late, an empty batch, points under a pinhole."""
    rec.set_time_sequence("frame", 0)
    for g in range(3):
        rec.log(f"world/g{g}", rr.Transform3D(translation=[10 * g, 0, 0]))
    rec.log("world/cam", rr.Pinhole(focal_length=10, width=20, height=10))
    rec.log("world/cam/seen", rr.Points3D([[1, 1, 5]]))
    rec.log("world/static_color", rr.Points3D([[1, 1, 1]]))
    rec.log("world/static_color", [rr.components.ColorBatch([[0, 255, 0, 255]])], static=True)
    rec.log("world/labelled", rr.Points3D([[1, 2, 3]]))
    for frame in range(6):
        rec.set_time_sequence("frame", frame)
        if frame in (2, 4):
            rec.log("world/g1", rr.Transform3D(translation=[10, frame, 0], rotation=rr.RotationAxisAngle([0, 0, 1], degrees=10 * frame)))
        for e in range(N):
            if frame and (e + frame) % 7:
                continue
            n = len(_points(e, frame))
            style: dict = {}
            if e % 3 == 0:
                style["radii"] = 0.5 + e + frame
            elif e % 3 == 1:
                style["radii"] = np.arange(1, n + 2, dtype=np.float32)  # more than points: the extra ones are dropped
            if e % 4 == 0:
                style["colors"] = [frame * 40, 0, 0, 255]
            elif e % 4 == 1:
                style["colors"] = np.tile(np.array([[0, e, 255, 255]], np.uint8), (max(1, n - 1), 1))
            rec.log(f"world/g{e % 3}/e{e}", rr.Points3D(_points(e, frame), **style))
        if frame == 1:
            rec.log("world/g2/late", rr.Points3D([[0, 0, frame]], radii=0.25))
        if frame == 3:
            rec.log("world/labelled", rr.Points3D([[1, 2, 3]], labels="now labelled"))
            rec.log("world/g0/e0", rr.Clear(recursive=False))
        if frame == 5:
            rec.log("world/g2/e5", rr.Points3D(np.zeros((0, 3), np.float32)))


@pytest.mark.parametrize(("kind", "layout"), [("3D", "as logged"), ("2D", "as logged"), ("3D", "compacted"), ("3D", "unpooled")])
def test_steps_answered_from_the_latest_at_table_show_what_each_entity_would_draw(kind: str, layout: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Scrubbing forward, back and jumping: the page's view (its cache resolving the answers' keys)
    holds, entity by entity, what the same scene answered with one drawable per entity holds.
    Rows as logged (small chunks cut from the frames' shared arrays), compacted (each entity's rows
    in one chunk of its own, as after loading a file), and without the pool of small arrays."""

    def log(rec: rr.RecordingStream) -> None:
        _log_mixed(rec)
        if kind == "2D":  # the same steps as 2D points
            for frame in range(6):
                rec.set_time_sequence("frame", frame)
                for e in range(N):
                    if not frame or (e + frame) % 5 == 0:
                        rec.log(f"flat/e{e}", rr.Points2D(_points(e, frame)[:, :2], radii=0.5 * frame, colors=[0, 0, 255, 255] if e % 2 else None))

    _, store = make_hub(log, f"points_table_{kind}_{layout.replace(' ', '_')}")
    if layout == "compacted":
        store.compact()
    if layout == "unpooled":
        monkeypatch.setattr(_spatial, "_POOLED_VALUES", 0)
    made: list[int] = []
    real = _spatial._table_block
    monkeypatch.setattr(_spatial, "_table_block", lambda *args: made.append(1) or real(*args))
    monkeypatch.setattr(_spatial, "BATCH_BLOCK", 32)
    origin = "/world" if kind == "3D" else "/flat"
    known: set[str] = set()
    page: dict[str, object] = {}
    page_arrays: dict[str, np.ndarray] = {}
    for t in (0, 1, 2, 3, 4, 5, 4, 3, 2, 1, 0, 5, 0, 3):
        payload, arrays = build_view(store, kind, origin, ["+ $origin/**"], "frame", t, known, drawable_keys=True)
        known.update(arrays)
        known.update(payload.keys)
        page_arrays.update(arrays)
        page.update(zip(payload.keys, payload.drawables))
        resolved = _spatial.P.SpatialPayload(kind, origin, [page[k] for k in payload.order], None, None)  # type: ignore[arg-type]
        assert any(d.kind == "points_batch" for d in resolved.drawables)
        shown = {**_expanded(resolved, page_arrays), **_own(resolved, page_arrays)}
        with monkeypatch.context() as one_each:
            one_each.setattr(_spatial, "BATCH_MIN_ENTITIES", 10**9)
            expected = _own(*build_view(store, kind, origin, ["+ $origin/**"], "frame", t, set()))
        assert sorted(shown) == sorted(expected), t
        _assert_same({e: shown[e] for e in sorted(shown)}, {e: expected[e] for e in sorted(expected)})
        if kind == "3D":
            assert "/world/g0/e0" not in shown if t >= 3 else "/world/g0/e0" in shown  # cleared at 3
            assert ("/world/g2/late" in shown) == (t >= 1)
            assert np.array_equal(shown["/world/static_color"][2], [[0, 255, 0, 255]])
    assert made, "the steps were not answered from the latest-at table"


def test_a_step_from_the_table_sends_only_the_blocks_that_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the store has settled, a step where one entity changed sends one block; a step back
    sends nothing, and every unchanged entity keeps its instances."""

    def log(rec: rr.RecordingStream) -> None:
        rec.set_time_sequence("frame", 0)
        for e in range(N):
            rec.log(f"cloud/e{e:03}", rr.Points3D(_points(e, 0), radii=0.1))
        for frame in (1, 2):
            rec.set_time_sequence("frame", frame)
            rec.log("cloud/e070", rr.Points3D(_points(70, frame), radii=0.2))

    _, store = make_hub(log, "points_table_blocks")
    monkeypatch.setattr(_spatial, "BATCH_BLOCK", 16)
    known: set[str] = set()
    views = []
    for t, sent in ((0, 7), (0, 0), (1, 1), (2, 1), (1, 0), (0, 0)):
        payload, arrays = build_view(store, "3D", "/", ["+ $origin/**"], "frame", t, known, drawable_keys=True)
        known.update(arrays)
        known.update(payload.keys)
        assert len(payload.drawables) == sent, t
        views.append(_expanded(*build_view(store, "3D", "/", ["+ $origin/**"], "frame", t, set())))
    assert np.array_equal(views[3]["/cloud/e070"][1], _points(70, 2)) and views[3]["/cloud/e070"][3][0] == np.float32(0.2)
    for entity in views[0]:
        if entity != "/cloud/e070":
            for x, y in zip(views[0][entity], views[3][entity]):
                assert np.array_equal(x, y), entity
