"""View payloads built from the store, checked against hand-computed results (no server, no browser)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pytest

import rerun as rr
import rerun.blueprint as rrb
from rerun._store import ChunkStore, StoreHub
from rerun._store.entity_filter import EntityFilter
from rerun._viewer.summary import recording_summary
from rerun._viewer.views import BUILDERS, VIEWS, build_view
from rerun._viewer.views.blueprint import blueprint_layout


def make_hub(log: Callable[[rr.RecordingStream], None], app: str = "views_test") -> tuple[StoreHub, ChunkStore]:
    rec = rr.new_recording(app, recording_id=f"{app}-rec")
    mem = rec.memory_recording()
    log(rec)
    hub = StoreHub()
    hub.on_messages(mem.messages())
    sid = hub.active_recording
    assert sid is not None
    store = hub.store(sid)
    assert store is not None
    return hub, store


def view(store: ChunkStore, kind: str, origin: str = "/", timeline: str | None = None, time: int | None = None, known=frozenset()):  # type: ignore[no-untyped-def]
    return build_view(store, kind, origin, ["+ $origin/**"], timeline, time, known)


def by_entity(payload, kind: str | None = None) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return {d.entity: d for d in payload.drawables if kind is None or d.kind == kind}


@dataclass
class LogRow:
    time: int | None
    entity: str
    level: str | None
    text: str
    color: list[int] | None


def text_log_rows(payload, arrays) -> list[LogRow]:  # type: ignore[no-untyped-def]
    """The rows of a TextLogPayload, decoded from its columns."""
    text, offsets = arrays[payload.text].tobytes(), arrays[payload.text_offsets]
    out = []
    for i in range(payload.row_count):
        t = None if payload.timeline_index is None else int(arrays[payload.times[payload.timeline_index]][i])
        level = int(arrays[payload.level_index][i])
        color = None if payload.colors is None or arrays[payload.colors][i][3] == 0 else [int(x) for x in arrays[payload.colors][i]]
        out.append(
            LogRow(
                None if t is None or t == np.iinfo(np.int64).min else t,
                payload.entities[int(arrays[payload.entity_index][i])],
                payload.levels[level - 1] if level else None,
                text[int(offsets[i]) : int(offsets[i + 1])].decode(),
                color,
            )
        )
    return out


def test_one_module_per_view_kind_in_one_list() -> None:
    assert [m.KIND for m in VIEWS] == ["3D", "2D", "TimeSeries", "BarChart", "Tensor", "TextDocument", "TextLog"]
    with pytest.raises(KeyError, match="unknown view kind"):
        build_view(ChunkStore(), "Map", "/", [], None, None)
    assert set(BUILDERS) == {m.KIND for m in VIEWS}


def test_entity_filter_most_specific_rule_wins() -> None:
    f = EntityFilter.parse(["+ $origin/**", "- /world/secret/**", "+ /world/secret/ok"], "/world")
    assert f.matches("/world") and f.matches("/world/a/b")
    assert not f.matches("/other")
    assert not f.matches("/world/secret") and not f.matches("/world/secret/x")
    assert f.matches("/world/secret/ok")
    root = EntityFilter.parse(["+ $origin/**"], "/")
    assert root.matches("/anything/at/all")
    # Whether a view rooted somewhere shows its whole subtree (and need not test each entity).
    assert root.includes_subtree("/") and root.includes_subtree("/world")
    assert not f.includes_subtree("/world") and not f.includes_subtree("/world/a")
    assert EntityFilter.parse(["+ /world/**"], "/").includes_subtree("/world/a")
    assert not EntityFilter.parse(["+ /world/**"], "/").includes_subtree("/")
    assert not EntityFilter.parse(["+ /world"], "/world").includes_subtree("/world")


def test_transforms_colors_from_class_ids_and_labels() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.log("/", rr.AnnotationContext([(1, "car", (255, 0, 0)), (2, "tree", (0, 128, 0))]), static=True)
        rec.set_time_sequence("frame", 0)
        rec.log("world", rr.Transform3D(translation=[10, 0, 0]))
        rec.log("world/objects", rr.Points3D([[1, 2, 3], [4, 5, 6], [7, 8, 9]], class_ids=[1, 2, 7]))
        rec.log("world/plain", rr.Points3D([[0, 0, 0]], colors=[1, 2, 3]))

    _, store = make_hub(log)
    payload, arrays = view(store, "3D", "/", "frame", 0)
    objects = by_entity(payload)["/world/objects"]
    # world_from_entity: the parent's translation (column-major: translation in elements 12..14).
    assert objects.world_from_entity[12:15] == [10.0, 0.0, 0.0]
    np.testing.assert_array_equal(arrays[objects.positions], [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    colors = arrays[objects.colors]
    np.testing.assert_array_equal(colors[0], [255, 0, 0, 255])
    np.testing.assert_array_equal(colors[1], [0, 128, 0, 255])
    assert colors[2][3] == 255 and tuple(colors[2][:3]) not in [(255, 0, 0), (0, 128, 0)]  # class 7: auto color
    assert objects.labels == ["car", "tree", ""]
    plain = by_entity(payload)["/world/plain"]
    assert plain.colors is None and plain.default_color == [1, 2, 3, 255]  # a single color is the default
    assert not by_entity(payload, "axes")  # a transform shows no axes unless it names their length
    # Class 7 has no annotated color: Rerun's automatic one, egui Hsva(7 * 0.618 % 1, 0.85, 0.5) in sRGB.
    assert tuple(colors[2][:3]) == (86, 188, 77)


def test_transform_axes_only_with_an_axis_length() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.log("plain", rr.Transform3D(translation=[1, 0, 0]), static=True)
        rec.log("plain", rr.Points3D([[0, 0, 0]]), static=True)
        rec.log("with_axes", rr.Transform3D(translation=[2, 0, 0], axis_length=0.5), static=True)

    _, store = make_hub(log)
    payload, _ = view(store, "3D", "/")
    axes = by_entity(payload, "axes")
    assert list(axes) == ["/with_axes"] and axes["/with_axes"].length == 0.5


def test_scrubbing_back_and_forth_resends_nothing() -> None:
    def log(rec: rr.RecordingStream) -> None:
        for f in range(3):
            rec.set_time_sequence("frame", f)
            rec.log("pts", rr.Points3D(np.full((4, 3), f, np.float32)))

    _, store = make_hub(log)
    known: set[str] = set()
    sent_per_step = []
    for t in [0, 1, 2, 1, 0, 2]:
        payload, arrays = view(store, "3D", "/", "frame", t, known)
        known.update(arrays)
        sent_per_step.append(len(arrays))
        (points,) = payload.drawables
        assert points.positions in known
    assert sent_per_step == [1, 1, 1, 0, 0, 0]


class KeyedPage:
    """What the viewer's page keeps of spatial answers by key (web/src/app.ts): arrays and
    drawables by key; each answer's `order` resolved against them."""

    def __init__(self, store: ChunkStore) -> None:
        self.store = store
        self.known: set[str] = set()
        self.arrays: dict[str, np.ndarray] = {}
        self.drawables: dict[str, object] = {}
        self.sent: list[int] = []

    def show(self, t: int) -> dict[str, object]:
        payload, arrays = build_view(self.store, "3D", "/", ["+ $origin/**"], "frame", t, self.known, drawable_keys=True)
        self.known.update(arrays)
        self.known.update(payload.keys)
        self.arrays.update(arrays)
        self.drawables.update(zip(payload.keys, payload.drawables))
        self.sent.append(len(payload.drawables))
        return {d.entity: d for d in (self.drawables[k] for k in payload.order)}  # type: ignore[attr-defined]

    def positions(self, drawable: object) -> np.ndarray:
        return self.arrays[drawable.positions]  # type: ignore[attr-defined]


def test_changing_one_entity_of_many_updates_it_and_keeps_the_rest() -> None:
    """Scrubbing a scene of many entities: an answer by key re-sends only the changed entity's
    drawable (and the group whose transform moved), and the page's resolved scene is exactly
    the scene built from scratch at that time."""
    n = 40

    def log(rec: rr.RecordingStream) -> None:
        rec.set_time_sequence("frame", 0)
        for g in range(2):
            rec.log(f"world/g{g}", rr.Transform3D(translation=[10 * g, 0, 0]))
        for e in range(n):
            rec.log(f"world/g{e % 2}/e{e}", rr.Points3D(np.full((3, 3), e, np.float32)))
        rec.set_time_sequence("frame", 1)
        rec.log("world/g0/e4", rr.Points3D(np.full((3, 3), 100, np.float32)))
        rec.set_time_sequence("frame", 2)
        rec.log("world/g1", rr.Transform3D(translation=[0, 5, 0]))
        rec.set_time_sequence("frame", 3)
        rec.log("world/g0", rr.Clear(recursive=True))

    _, store = make_hub(log)
    page = KeyedPage(store)
    for t in [0, 1, 0, 1, 2, 1, 2, 3, 2, 3]:  # forward, back and forth: each answer equals the full one
        shown = page.show(t)
        full, full_arrays = build_view(store, "3D", "/", ["+ $origin/**"], "frame", t)
        expected = {d.entity: d for d in full.drawables}
        assert list(shown) == list(expected)
        for entity, d in expected.items():
            assert shown[entity].world_from_entity == d.world_from_entity  # type: ignore[attr-defined]
            assert np.array_equal(page.positions(shown[entity]), full_arrays[d.positions])
    assert page.sent[7] == 0 and not any(e.startswith("/world/g0/") for e in page.show(3))  # cleared
    assert page.positions(page.show(1)["/world/g0/e4"])[0].tolist() == [100, 100, 100]
    at0 = page.show(0)
    assert page.positions(at0["/world/g0/e4"])[0].tolist() == [4, 4, 4]
    assert page.positions(at0["/world/g0/e6"])[0].tolist() == [6, 6, 6]
    assert at0["/world/g1/e5"].world_from_entity[12:15] == [10.0, 0.0, 0.0]  # type: ignore[attr-defined]
    assert page.show(2)["/world/g1/e5"].world_from_entity[12:15] == [0.0, 5.0, 0.0]  # type: ignore[attr-defined]
    # Sent in full: everything once, then the changed entity, then the 20 entities of the moved
    # group; scrubbing back and forth over times seen before sends nothing.
    assert page.sent[:7] == [n, 1, 0, 0, n // 2, 0, 0]
    assert page.sent[8:] == [0] * (len(page.sent) - 8)


def test_pinhole_image_in_3d_and_2d() -> None:
    image = np.zeros((4, 6, 3), np.uint8)
    image[:, :, 0] = 200

    def log(rec: rr.RecordingStream) -> None:
        rec.log("world/cam", rr.Pinhole(focal_length=3.0, width=6, height=4), static=True)
        rec.log("world/cam", rr.Transform3D(translation=[0, 0, 5]), static=True)
        rec.log("world/cam/img", rr.Image(image), static=True)
        rec.log("world/cam/pt", rr.Points2D([[3, 2]]), static=True)

    hub, store = make_hub(log)
    payload3d, arrays = view(store, "3D", "/")
    d = by_entity(payload3d)
    camera = by_entity(payload3d, "camera")["/world/cam"]
    assert camera.resolution == [6.0, 4.0] and camera.image_from_camera[0] == 3.0
    img = d["/world/cam/img"]
    assert img.kind == "image" and img.space == "pinhole_2d" and (img.width, img.height) == (6, 4)
    np.testing.assert_array_equal(arrays[img.pixels][0, 0], [200, 0, 0])  # RGB as logged: the page uploads it as an RGB texture
    # Pixel (u, v) = principal point (3, 2) lands on the optical axis, 1 unit (image plane) in front.
    m = np.array(d["/world/cam/pt"].world_from_entity).reshape(4, 4).T
    np.testing.assert_allclose(m @ [3, 2, 0, 1], [0, 0, 6, 1], atol=1e-9)

    payload2d, _ = view(store, "2D", "/world/cam")
    assert {x.entity for x in payload2d.drawables} == {"/world/cam/img", "/world/cam/pt"}
    assert payload2d.canvas_size == [6.0, 4.0]
    assert all(x.space == "2d" for x in payload2d.drawables)
    assert [x.kind for x in payload2d.drawables] == ["image", "points"]  # draw order: images below points

    layout = blueprint_layout(hub, hub.active_recording)  # type: ignore[arg-type]
    assert layout.source == "default"
    assert [(v.kind, v.origin) for v in layout.root.children] == [("3D", "/"), ("2D", "/world/cam")]  # type: ignore[union-attr]


def test_depth_image_is_backprojected_in_3d() -> None:
    depth = np.zeros((2, 2), np.uint16)
    depth[1, 0] = 2000  # 2 m at pixel column 0, row 1

    def log(rec: rr.RecordingStream) -> None:
        rec.log("cam", rr.Pinhole(focal_length=1.0, width=2, height=2), static=True)
        rec.log("cam/depth", rr.DepthImage(depth, meter=1000.0), static=True)

    _, store = make_hub(log)
    payload, arrays = view(store, "3D", "/")
    (cloud,) = [x for x in payload.drawables if x.kind == "points"]
    # Principal point (1, 1); pixel centre (0.5, 1.5); x = (0.5 - 1) / 1 * 2, y = (1.5 - 1) / 1 * 2, z = 2.
    np.testing.assert_allclose(arrays[cloud.positions], [[-1.0, 1.0, 2.0]])
    payload2d, arrays2d = view(store, "2D", "/cam")
    (img,) = payload2d.drawables
    assert img.kind == "depth"
    meters = arrays2d[img.values]
    np.testing.assert_allclose(meters, [[0, 0], [2.0, 0]])
    pixels = arrays2d[img.pixels]
    assert pixels[1, 0, 3] == 255 and pixels[0, 0, 3] == 0  # no depth: transparent


def test_segmentation_colors_from_annotation_context() -> None:
    seg = np.array([[0, 1], [2, 1]], np.uint8)

    def log(rec: rr.RecordingStream) -> None:
        rec.log("/", rr.AnnotationContext([(1, "red", (255, 0, 0)), (2, "green", (0, 255, 0))]), static=True)
        rec.log("image", rr.SegmentationImage(seg), static=True)

    hub, store = make_hub(log)
    payload, arrays = view(store, "2D", "/")
    (img,) = payload.drawables
    px = arrays[img.pixels]
    np.testing.assert_array_equal(px[0, 1], [255, 0, 0, 255])
    np.testing.assert_array_equal(px[1, 0], [0, 255, 0, 255])
    np.testing.assert_array_equal(px[0, 0], [188, 77, 77, 255])  # class 0 without a color: Rerun's automatic one
    assert img.opacity == 1.0  # the only image
    layout = blueprint_layout(hub, hub.active_recording)  # type: ignore[arg-type]
    # One view, around the image (the common ancestor of the 2D content), in tabs, named as its origin.
    assert layout.root.container_kind == "tabs"  # type: ignore[union-attr]
    assert [(v.kind, v.origin, v.name) for v in layout.root.children] == [("2D", "/image", "image")]  # type: ignore[union-attr]


def test_time_series_clear_is_a_hole_and_styling_applies() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.log("plot/a", rr.SeriesLine(color=[255, 0, 0], name="alpha", width=3), static=True)
        rec.log("plot/b", rr.SeriesPoint(marker="diamond", marker_size=5), static=True)
        for t in range(6):
            rec.set_time_sequence("step", t)
            if t == 3:
                rec.log("plot", rr.Clear(recursive=True))
                continue
            rec.log("plot/a", rr.Scalar(t * 1.0))
            rec.log("plot/b", rr.Scalar(-t * 1.0))

    hub, store = make_hub(log)
    payload, arrays = view(store, "TimeSeries", "/", "step", 5)
    series = {s.entity: s for s in payload.series}
    a, b = series["/plot/a"], series["/plot/b"]
    np.testing.assert_array_equal(np.concatenate([arrays[k] for k in a.times]), [0, 1, 2, 3, 4, 5])
    np.testing.assert_array_equal(np.concatenate([arrays[k] for k in a.values]), [0, 1, 2, np.nan, 4, 5])
    assert (a.name, a.color, a.width, a.series_kind) == ("alpha", [255, 0, 0, 255], 3.0, "line")
    assert (b.series_kind, b.marker, b.marker_size) == ("points", "diamond", 5.0)
    layout = blueprint_layout(hub, hub.active_recording)  # type: ignore[arg-type]
    assert [v.kind for v in layout.root.children] == ["TimeSeries"]  # type: ignore[union-attr]


def test_text_log_bar_chart_tensor_and_document() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.log("doc", rr.TextDocument("# Title", media_type=rr.MediaType.MARKDOWN), static=True)
        rec.set_time_sequence("step", 1)
        rec.log("logs", rr.TextLog("first", level=rr.TextLogLevel.WARN))
        rec.log("bars", rr.BarChart([1, 2, 3]))
        rec.log("tensor", rr.Tensor(np.arange(24, dtype=np.int16).reshape(2, 3, 4), dim_names=["a", "b", "c"]))
        rec.set_time_sequence("step", 2)
        rec.log("logs", rr.TextLog("<script>alert(1)</script>", level=rr.TextLogLevel.ERROR, color=[0, 0, 255]))

    hub, store = make_hub(log)
    logs, arrays = view(store, "TextLog", "/", "step", 2)
    assert [(r.time, r.level, r.text) for r in text_log_rows(logs, arrays)] == [(1, "WARN", "first"), (2, "ERROR", "<script>alert(1)</script>")]
    assert [r.color for r in text_log_rows(logs, arrays)] == [None, [0, 0, 255, 255]]
    bars, arrays = view(store, "BarChart", "/bars", "step", 2)
    np.testing.assert_array_equal(arrays[bars.bars[0].values], [1.0, 2.0, 3.0])
    tensor, arrays = view(store, "Tensor", "/tensor", "step", 2)
    (t,) = tensor.tensors
    assert t.shape == [2, 3, 4] and t.dim_names == ["a", "b", "c"]
    np.testing.assert_array_equal(arrays[t.data], np.arange(24).reshape(2, 3, 4))
    docs, _ = view(store, "TextDocument", "/doc")
    assert [(d.text, d.media_type) for d in docs.documents] == [("# Title", "text/markdown")]
    layout = blueprint_layout(hub, hub.active_recording)  # type: ignore[arg-type]
    assert [(v.kind, v.origin) for v in layout.root.children] == [  # type: ignore[union-attr]
        ("BarChart", "/bars"),
        ("Tensor", "/tensor"),
        ("TextDocument", "/doc"),
        ("TextLog", "/"),
    ]


def test_disconnected_space_is_cut_off_the_one_root_3d_view() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.log("world/room1/point", rr.Points3D([[0, 0, 0]]))
        rec.log("world/wormhole", rr.DisconnectedSpace())
        rec.log("world/wormhole/point", rr.Points3D([[2, 2, 2]]))

    hub, store = make_hub(log)
    layout = blueprint_layout(hub, hub.active_recording)  # type: ignore[arg-type]
    # As Rerun 0.17: the view the wormhole's space would get is inside the root view's contents, so
    # it is not spawned (the reference screenshot shows one view).
    assert layout.root.container_kind == "tabs"  # type: ignore[union-attr]
    assert [(v.kind, v.origin, v.name) for v in layout.root.children] == [("3D", "/", "/")]  # type: ignore[union-attr]
    payload, _ = view(store, "3D", "/", "log_tick", None)
    assert set(by_entity(payload)) == {"/world/room1/point"}  # the disconnected subtree is cut off


def test_view_names_follow_the_origin_as_rerun_does() -> None:
    from rerun._viewer.views.blueprint import view_name

    assert view_name("/") == "/"
    assert view_name("/image") == "image"
    assert view_name("/segmentation/image") == "segmentation/image"  # parts added while under 11 characters
    assert view_name("/a/very_long_name/x") == "…/very_long_name/x"


def test_default_layout_follows_rerun_spawn_heuristics() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.log("world", rr.ViewCoordinates.RIGHT_HAND_Z_UP, static=True)
        rec.log("world/xyz", rr.Arrows3D(vectors=[[1, 0, 0]]), static=True)
        rec.log("trig/sin", rr.Scalar(0.0))
        rec.log("trig/cos", rr.Scalar(1.0))
        rec.log("flat/a", rr.Image(np.zeros((2, 3), np.uint8)), static=True)
        rec.log("flat/a/pt", rr.Points2D([[1, 1]]), static=True)
        rec.log("flat/b", rr.Image(np.zeros((5, 5), np.uint8)), static=True)  # another size: a view of its own

    hub, _ = make_hub(log)
    layout = blueprint_layout(hub, hub.active_recording)  # type: ignore[arg-type]
    assert layout.root.container_kind == "grid"  # type: ignore[union-attr]
    assert [(v.kind, v.origin, v.name) for v in layout.root.children] == [  # type: ignore[union-attr]
        ("3D", "/world", "world"),  # at the view coordinates, which cover all 3D content
        ("2D", "/flat/a", "flat/a"),
        ("2D", "/flat/b", "flat/b"),
        ("TimeSeries", "/trig", "trig"),  # no scalar at the root or right below it
    ]


def test_pinholes_make_2d_views_and_their_parent_space_3d() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.log("cams/left", rr.Pinhole(focal_length=1.0, width=4, height=4), static=True)
        rec.log("cams/left/img", rr.Image(np.zeros((4, 4, 3), np.uint8)), static=True)
        rec.log("cams/right", rr.Pinhole(focal_length=1.0, width=4, height=4), static=True)  # nothing 2D below it
        rec.log("flat", rr.Points2D([[1, 1]]), static=True)  # 2D content in a 3D space: no 2D view (as Rerun)

    hub, _ = make_hub(log)
    layout = blueprint_layout(hub, hub.active_recording)  # type: ignore[arg-type]
    assert [(v.kind, v.origin) for v in layout.root.children] == [("3D", "/"), ("2D", "/cams/left")]  # type: ignore[union-attr]


def test_view_coordinates_get_their_own_3d_view() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.log("world", rr.ViewCoordinates.RIGHT_HAND_Z_UP, static=True)
        rec.log("world/asset", rr.Points3D([[0, 0, 0]]), static=True)
        rec.log("scalar", rr.Scalar(1.0))

    hub, _ = make_hub(log)
    layout = blueprint_layout(hub, hub.active_recording)  # type: ignore[arg-type]
    assert [(v.kind, v.origin) for v in layout.root.children] == [("3D", "/world"), ("TimeSeries", "/")]  # type: ignore[union-attr]


def test_sent_blueprint_replaces_the_default() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.log("world/points", rr.Points3D([[0, 0, 0]]))
        rec.log("plots/x", rr.Scalar(1.0))
        rec.send_blueprint(
            rrb.Blueprint(
                rrb.Horizontal(
                    rrb.Spatial3DView(origin="/world", name="World", contents=["+ $origin/**", "- /world/hidden"]),
                    rrb.Tabs(rrb.TimeSeriesView(origin="/plots", name="Plots"), rrb.TextLogView(origin="/", name="Log"), active_tab=1),
                    column_shares=[2, 1],
                ),
                rrb.TimePanel(expanded=False),
            )
        )

    hub, _ = make_hub(log)
    summary = recording_summary(hub, hub.active_recording, None)  # type: ignore[arg-type]
    assert summary is not None
    layout = summary.blueprint
    assert layout.source == "sent"
    root = layout.root
    assert root.node == "container" and root.container_kind == "horizontal" and root.column_shares == [2.0, 1.0]  # type: ignore[union-attr]
    world, tabs = root.children  # type: ignore[union-attr]
    assert (world.kind, world.name, world.origin) == ("3D", "World", "/world")
    assert world.contents == ["+ /world/**", "- /world/hidden"]
    assert tabs.container_kind == "tabs" and tabs.active_tab == 1
    assert [c.name for c in tabs.children] == ["Plots", "Log"]
    assert layout.panels.get("time") == "collapsed"


def test_default_blueprint_applies_when_none_is_active() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.log("plots/x", rr.Scalar(1.0))
        rec.send_blueprint(rrb.TimeSeriesView(origin="/plots", name="Only plots"), make_active=False, make_default=True)

    hub, _ = make_hub(log)
    layout = blueprint_layout(hub, hub.active_recording)  # type: ignore[arg-type]
    assert layout.source == "sent"
    assert layout.root.node == "container" and layout.root.container_kind == "tabs"  # type: ignore[union-attr]  # a lone view sits in tabs
    assert [(v.kind, v.name) for v in layout.root.children] == [("TimeSeries", "Only plots")]  # type: ignore[union-attr]


def test_selection_of_an_instance_deep_in_a_big_batch_shows_that_instance() -> None:
    from rerun._viewer.views.selection import MAX_INSTANCES, describe_entity

    n = 1000
    positions = np.arange(n * 3, dtype=np.float32).reshape(n, 3)
    _, store = make_hub(lambda rec: rec.log("cloud", rr.Points3D(positions, colors=[255, 0, 0]), static=True))
    values = {v.name: v for v in describe_entity(store, "/cloud", 700, None, None)}
    assert values["rerun.components.Position3D"].text == "[2100.0, 2101.0, 2102.0]"
    # A single color for every point: the batch has no instance 700, so its one value is shown.
    assert values["rerun.components.Color"].text == "#ff0000ff"
    everything = {v.name: v for v in describe_entity(store, "/cloud", None, None, None)}
    text = everything["rerun.components.Position3D"].text
    assert text.startswith("[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]") and text.endswith(f" … ({n} values)")
    last = MAX_INSTANCES - 1
    assert f"[{3.0 * last}, {3.0 * last + 1}, {3.0 * last + 2}]]" in text  # the first MAX_INSTANCES only


def test_selected_values_read_as_numbers_also_when_huge_infinite_or_float32() -> None:
    from rerun._viewer.views.selection import describe_entity

    def log(rec: rr.RecordingStream) -> None:
        rec.log("p", rr.Points2D([[np.finfo(np.float32).max, 0.1]], radii=[np.inf]), static=True)
        rec.log("v", rr.AnyValues(big=[-np.finfo(np.float64).max], nan=[np.nan], tiny=[1.5e-300], plain=[0.30000000000000004]), static=True)

    _, store = make_hub(log)
    points = {v.name.rsplit(".", 1)[-1]: v.text for v in describe_entity(store, "/p", None, None, None)}
    # float32 values as the float32 they are: 0.1, not 0.10000000149011612.
    assert (points["Position2D"], points["Radius"]) == ("[3.40282e38 (f32 max), 0.1]", "inf")
    values = {v.name: v.text for v in describe_entity(store, "/v", None, None, None)}
    assert (values["big"], values["nan"], values["tiny"], values["plain"]) == ("-1.79769e308 (f64 min)", "NaN", "1.5e-300", "0.30000000000000004")


def test_streams_are_exact_for_few_times_and_binned_for_many() -> None:
    from rerun._viewer.summary import MAX_STREAM_BINS, streams

    def log(rec: rr.RecordingStream) -> None:
        for step in range(5_000):
            rec.set_time_sequence("step", step * 10)
            rr.log("long", rr.Scalar(float(step)), recording=rec)
        for step in (7, 7, 40_000):
            rec.set_time_sequence("step", step)
            rr.log("few", rr.Scalar(1.0), recording=rec)
        rec.set_time_sequence("step", 123)
        rr.log("single", rr.Scalar(1.0), recording=rec)

    hub, store = make_hub(log, "streams_bins")
    msg = streams(store, "x", "step")
    cut = dict(zip(msg.paths, zip(msg.offsets[:-1].tolist(), msg.offsets[1:].tolist())))
    got = {path: (msg.times[a:b], msg.counts[a:b]) for path, (a, b) in cut.items()}
    assert got["/few"][0].tolist() == [7.0, 40_000.0] and got["/few"][1].tolist() == [2, 1]
    assert got["/single"][0].tolist() == [123.0] and got["/single"][1].tolist() == [1]
    long_times, long_counts = got["/long"]
    assert len(long_times) == MAX_STREAM_BINS
    # Every row is counted once, each mark is a real data time, and the marks span the whole range.
    assert int(long_counts.sum()) == 5_000
    assert long_times[0] == 0 and long_times[-1] >= 49_990 - 49_990 / MAX_STREAM_BINS
    assert np.all(np.diff(long_times) > 0) and np.all(long_times % 10 == 0)


def test_growing_time_series_resends_only_changed_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    from rerun._viewer.views import time_series

    monkeypatch.setattr(time_series, "PIECE_POINTS", 4)
    hub = StoreHub()

    def log_steps(steps: list[int], clear_at: int | None = None) -> None:
        # Each call is one more batch of the same recording arriving at a live viewer.
        rec = rr.new_recording("pieces", recording_id="pieces-rec")
        mem = rec.memory_recording()
        for t in steps:
            rec.set_time_sequence("step", t)
            if t == clear_at:
                rec.log("plot", rr.Clear(recursive=True))
            else:
                rec.log("plot", rr.Scalar(t * 10.0))
        hub.on_messages(mem.messages())

    def plot(known: frozenset[str]) -> tuple[np.ndarray, np.ndarray, set[str]]:
        store = hub.store(hub.active_recording)  # type: ignore[arg-type]
        payload, arrays = view(store, "TimeSeries", "/", "step", None, known)  # type: ignore[arg-type]
        (s,) = payload.series
        have = {**{k: None for k in known}, **arrays}
        assert set(s.times) | set(s.values) <= set(have)
        for k in [*s.times, *s.values]:
            if k in arrays:
                cache[k] = arrays[k]
        return np.concatenate([cache[k] for k in s.times]), np.concatenate([cache[k] for k in s.values]), set(arrays)

    cache: dict[str, np.ndarray] = {}
    log_steps(list(range(10)))
    times, values, sent = plot(frozenset())
    np.testing.assert_array_equal(times, range(10))
    assert len(sent) == 6  # three pieces (4 + 4 + 2 points), times and values each

    log_steps([10, 11, 12])
    times, values, sent2 = plot(frozenset(cache))
    np.testing.assert_array_equal(times, range(13))
    np.testing.assert_array_equal(values, np.arange(13) * 10.0)
    assert len(sent2) == 4  # the first two pieces are unchanged and not re-sent

    # Out of order data and a clear land in the middle: the pieces from there on change.
    log_steps([5], clear_at=5)
    log_steps([1])  # a second row at step 1 (logged later, so after the first one)
    times, values, _ = plot(frozenset(cache))
    np.testing.assert_array_equal(times, [0, 1, 1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12])
    np.testing.assert_array_equal(values, [0, 10, 10, 20, 30, 40, 50, np.nan, 60, 70, 80, 90, 100, 110, 120])


def test_a_pinhole_2d_view_projects_the_3d_content_its_contents_include() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.log("world", rr.Transform3D(translation=[5, 5, 5]), static=True)  # the origin's parents do not matter
        rec.log("world/cam", rr.Transform3D(translation=[1, 0, 0]), static=True)
        rec.log("world/cam", rr.Pinhole(focal_length=100.0, width=200, height=100), static=True)
        rec.log("world/points", rr.Points3D([[1, 0, 2], [1.5, 0.5, 4]]), static=True)
        rec.log("elsewhere", rr.DisconnectedSpace(), static=True)
        rec.log("elsewhere/points", rr.Points3D([[0, 0, 1]]), static=True)

    _, store = make_hub(log)
    included, _ = build_view(store, "2D", "/world/cam", ["+ /**"], None, None, frozenset())
    projected = by_entity(included, "points")
    assert set(projected) == {"/world/points"}  # not the disconnected space
    m = np.array(projected["/world/points"].world_from_entity).reshape(4, 4).T  # column-major
    pts = np.array([[1, 0, 2, 1], [1.5, 0.5, 4, 1]]) @ m.T
    uv = pts[:, :2] / pts[:, 3:]
    # Camera at x = 1 looking down +z (RDF): (1, 0, 2) is the image centre, (1.5, 0.5, 4) 12.5 px right and down.
    np.testing.assert_allclose(uv, [[100, 50], [112.5, 62.5]], atol=1e-9)
    # w = depth / focal length: scene-unit radii shrink with it.
    np.testing.assert_allclose(pts[:, 3], [0.02, 0.04], atol=1e-12)
    # The default contents ($origin/**) project nothing.
    assert not by_entity(view(store, "2D", "/world/cam")[0], "points")


def test_default_entity_colors_are_rerun_017s_per_path_colors() -> None:
    from rerun._viewer.views.common import entity_color

    # Colors of entities without colors in Rerun 0.17's web viewer (its reference screenshots:
    # box2d_simple's box, bar_chart's bars at 75% brightness).
    assert entity_color("/simple") == [77, 133, 188, 255]
    assert entity_color("simple") == entity_color("/simple")
    assert entity_color("/bar_chart") == [188, 77, 172, 255]
    assert len({tuple(entity_color(f"/e{i}")) for i in range(50)}) > 40
    # Many at once (a big view's first answer): the same colours.
    from rerun._viewer.views.common import entity_colors

    many = ["/simple", "/bar_chart", "/", "/a", "/abc", "/abcdefghi", "/a part longer than sixteen bytes/x", "/é/ü\\/z", "/x/y/z/w/v/u"]
    many += [f"/w/g{i % 3}/e{i}" for i in range(200)]
    assert entity_colors(many).tolist() == [entity_color(e) for e in many]


def test_text_log_columns_interleave_entities_by_time_with_static_rows_first() -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.log("boot", rr.TextLog("static line"), static=True)
        for step in range(3):
            rec.set_time_sequence("step", step)
            rec.log("a", rr.TextLog(f"a{step}", level=rr.TextLogLevel.INFO))
            rec.log("b", rr.TextLog(f"b{step}"))  # no level
        rec.disable_timeline("step")
        rec.set_time_sequence("other", 7)
        rec.log("a", rr.TextLog("only on other", level="CUSTOM"))

    _, store = make_hub(log)
    logs, arrays = view(store, "TextLog", "/", "step", 2)
    rows = text_log_rows(logs, arrays)
    assert [(r.time, r.entity, r.level, r.text) for r in rows] == [
        (None, "/boot", None, "static line"),
        (0, "/a", "INFO", "a0"),
        (0, "/b", None, "b0"),
        (1, "/a", "INFO", "a1"),
        (1, "/b", None, "b1"),
        (2, "/a", "INFO", "a2"),
        (2, "/b", None, "b2"),
    ]
    # On the other timeline: that row, and the static one.
    other, arrays = view(store, "TextLog", "/", "other", 7)
    assert [(r.time, r.level, r.text) for r in text_log_rows(other, arrays)] == [(None, None, "static line"), (7, "CUSTOM", "only on other")]
    # Moving the time re-sends nothing: the columns are the same arrays.
    again, new = view(store, "TextLog", "/", "step", 0, known=frozenset(arrays) | frozenset(view(store, "TextLog", "/", "step", 2)[1]))
    assert new == {} and again.text == logs.text


def test_a_file_opened_by_absolute_path_gets_a_view_of_its_entity(tmp_path) -> None:
    """`rerun /tmp/photo.png`: the entity is `/\\//tmp/photo.png` as in 0.17 (the root is a part); its view must show it."""
    from PIL import Image

    from rerun._loaders import file_as_recording
    from rerun._viewer.views.blueprint import default_layout

    path = tmp_path / "photo.png"
    Image.fromarray(np.full((4, 6, 3), 200, np.uint8)).save(path)
    hub = StoreHub()
    hub.on_messages(file_as_recording(str(path.resolve())))
    store = hub.store(hub.active_recording)  # type: ignore[arg-type]
    assert store is not None
    (entity,) = store.entity_paths()
    assert entity.startswith("/\\//")
    layout = default_layout(store)
    (view,) = layout.root.children  # type: ignore[union-attr]
    assert view.origin == entity
    payload, _ = build_view(store, view.kind, view.origin, view.contents, None, None)
    assert [d.entity for d in payload.drawables] == [entity]


def test_a_bar_chart_view_draws_one_dimensional_tensors_as_0_17_does() -> None:
    """Rerun 0.17's bar chart snippet logs `rr.Tensor([...])` and shows it in a `BarChartView`."""
    rec = rr.new_recording("rerun_test_bar_tensor")
    memory = rec.memory_recording()
    rec.log("tensor", rr.Tensor([8, 4, 0, 9]))
    rec.log("image_like", rr.Tensor(np.zeros((3, 4))))  # two dimensions: not bars
    rec.log("bars", rr.BarChart([1, 2]))
    rec.flush()
    hub = StoreHub()
    hub.on_messages(memory.messages())
    store = hub.store(hub.active_recording)  # type: ignore[arg-type]
    assert store is not None
    payload, arrays = build_view(store, "BarChart", "/", ["+ /**"], "log_tick", None)
    assert {b.entity: arrays[b.values].tolist() for b in payload.bars} == {"/bars": [1.0, 2.0], "/tensor": [8.0, 4.0, 0.0, 9.0]}


def test_u8_images_are_sent_as_logged_gray_rgb_and_rgba() -> None:
    gray = np.arange(12, dtype=np.uint8).reshape(3, 4)
    rgb = np.zeros((3, 4, 3), np.uint8)
    rgba = np.zeros((3, 4, 4), np.uint8)

    def log(rec: rr.RecordingStream) -> None:
        rec.log("gray", rr.Image(gray), static=True)
        rec.log("rgb", rr.Image(rgb), static=True)
        rec.log("rgba", rr.Image(rgba), static=True)

    _, store = make_hub(log)
    payload, arrays = view(store, "2D", "/")
    shapes = {d.entity: arrays[d.pixels].shape for d in payload.drawables}
    # The page uploads these bytes as they are (one-channel, RGB, RGBA textures): no channel added.
    assert shapes == {"/gray": (3, 4, 1), "/rgb": (3, 4, 3), "/rgba": (3, 4, 4)}
    (g,) = [d for d in payload.drawables if d.entity == "/gray"]
    np.testing.assert_array_equal(arrays[g.pixels][:, :, 0], gray)
