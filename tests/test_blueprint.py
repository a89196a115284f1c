"""Blueprints as a Rerun 0.17 user writes them: every name exists, the store holds what 0.17 writes, the viewer reads it back."""

from __future__ import annotations

import copy
import importlib
import json
import uuid
import warnings
from pathlib import Path
from unittest.mock import patch

import pytest

import rerun as rr
import rerun.blueprint as rrb
import rerun.blueprint.archetypes as bpa
from rerun._log_msg import ArrowMsg, BlueprintActivation, SetStoreInfo, StoreKind
from rerun._store import StoreHub
from rerun._viewer.views.blueprint import blueprint_layout, blueprint_store, read_blueprint

FIXTURES = Path(__file__).parent / "fixtures"
SPEC = json.loads((FIXTURES / "spec" / "api-0.17.json").read_text())
ARROW_017 = json.loads((FIXTURES / "blueprint-arrow-0.17.json").read_text())
BLUEPRINT_MODULES = ["rerun.blueprint", "rerun.blueprint.archetypes", "rerun.blueprint.components", "rerun.blueprint.datatypes", "rerun.blueprint.views"]


@pytest.mark.parametrize("module", BLUEPRINT_MODULES)
def test_every_blueprint_name_of_rerun017_exists(module):
    mod = importlib.import_module(module)
    missing = [name for name in SPEC[module] if not hasattr(mod, name)]
    assert missing == []


def test_component_extension_types_name_the_component_and_its_storage():
    t = rrb.components.VisibleTimeRangeType()
    assert t.extension_name == "rerun.blueprint.components.VisibleTimeRange"
    assert t.storage_type == rr.datatypes.VisibleTimeRangeBatch._ARROW_TYPE


def _archetypes_as_017_writes_them():
    U = uuid.UUID(int=5)
    return {
        "Background(color)": bpa.Background(color=[10, 20, 30]),
        "Background(kind)": bpa.Background(kind="GradientBright"),
        "ContainerBlueprint": bpa.ContainerBlueprint("Grid", display_name="n", contents=["/a"], col_shares=[1], row_shares=[2], active_tab="/a", visible=True, grid_columns=2),
        "PanelBlueprint": bpa.PanelBlueprint(state="Hidden"),
        "PlotLegend": bpa.PlotLegend(corner="LeftTop", visible=True),
        "ScalarAxis": bpa.ScalarAxis(range=(1, 2), zoom_lock=True),
        "SpaceViewBlueprint": bpa.SpaceViewBlueprint("2D", display_name="x", space_origin="/", visible=True),
        "SpaceViewContents": bpa.SpaceViewContents(["+ /**"]),
        "TensorScalarMapping": bpa.TensorScalarMapping(mag_filter="Linear", colormap="turbo", gamma=2.0),
        "TensorSliceSelection": bpa.TensorSliceSelection(
            width=1, height=rr.datatypes.TensorDimensionSelection(dimension=2, invert=True),
            indices=[rr.datatypes.TensorDimensionIndexSelection(dimension=0, index=3)], slider=[0],
        ),
        "TensorViewFit": bpa.TensorViewFit("Fill"),
        "ViewportBlueprint": bpa.ViewportBlueprint(root_container=U, auto_layout=True, auto_space_views=False, past_viewer_recommendations=[3]),
        "VisibleTimeRanges": bpa.VisibleTimeRanges([rrb.VisibleTimeRange("t", start=rrb.TimeRangeBoundary.cursor_relative(seq=-5), end=rrb.TimeRangeBoundary.infinite())]),
        "VisualBounds2D": bpa.VisualBounds2D(x_range=[0, 1], y_range=[2, 3]),
    }


@pytest.mark.parametrize("case", sorted(ARROW_017))
def test_blueprint_components_have_rerun017_names_and_arrow_types(case):
    if case == "VisualizerOverrides":
        batches = [rrb.VisualizerOverrides(["SeriesPoint"])]
    else:
        batches = _archetypes_as_017_writes_them()[case].as_component_batches()
    ours = {b.component_name(): str(b.as_arrow_array().type) for b in batches}
    expected = dict(ARROW_017[case])
    if case == "ViewportBlueprint":  # 0.17 could not build the UUID in our fixture script; we write it as 0.17 types it
        expected["rerun.blueprint.components.RootContainer"] = "fixed_size_list<item: uint8 not null>[16]"
    assert ours == expected


def test_time_range_boundaries_as_rerun017():
    assert rrb.TimeRangeBoundary.cursor_relative(seconds=-5.0).inner.value == -5_000_000_000
    assert rrb.TimeRangeBoundary.absolute(seq=7) == rr.TimeRangeBoundary(rr.TimeInt(seq=7), "absolute")
    assert rrb.TimeRangeBoundary.cursor_relative().inner.value == 0
    assert rrb.TimeRangeBoundary.infinite().kind == "infinite"
    window = rrb.VisibleTimeRange("time", start=rrb.TimeRangeBoundary.cursor_relative(seconds=-5.0), end=rrb.TimeRangeBoundary.cursor_relative())
    value = rrb.components.VisibleTimeRangeBatch(window).as_arrow_array()
    assert value.type == rr.datatypes.VisibleTimeRangeBatch._ARROW_TYPE
    assert value.field("timeline").to_pylist() == ["time"]


def _blueprint_chunks(blueprint):
    rec = rr.new_recording("rerun_test_blueprint")
    try:
        memory = rec.memory_recording()
        rec.send_blueprint(blueprint)
        messages = memory.messages()
    finally:
        rec.shutdown()
    bp = [m for m in messages if isinstance(m, (SetStoreInfo, ArrowMsg, BlueprintActivation)) and getattr(m, "store_id", getattr(getattr(m, "info", None), "store_id", None)).kind == StoreKind.BLUEPRINT]
    return messages, bp


def _layout(blueprint, make_active=True):
    hub, store_id = _hub_with(blueprint, lambda rec: rec.log("plot/a", rr.Scalar(1.0), static=True), make_active=make_active)
    return blueprint_layout(hub, store_id)


def test_grid_contents_keyword_keeps_its_views():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        grid = rrb.Grid(contents=[rrb.TimeSeriesView(origin=f"/plot/{k}", name=f"G{k}") for k in "abc"], grid_columns=2)
    layout = _layout(rrb.Blueprint(grid))
    assert layout.source == "sent"
    assert layout.root.container_kind == "grid" and layout.root.grid_columns == 2
    assert [v.name for v in layout.root.children] == ["Ga", "Gb", "Gc"]


def test_containers_shares_tabs_and_panels_read_back():
    bp = rrb.Blueprint(
        rrb.Horizontal(
            rrb.Tabs(rrb.TextLogView(name="log"), rrb.TimeSeriesView(name="ts"), active_tab="ts"),
            rrb.Vertical(rrb.Spatial3DView(name="3d"), rrb.Spatial2DView(name="2d"), row_shares=[1, 3]),
            column_shares=[2, 1],
        ),
        rrb.BlueprintPanel(state="hidden"),
        rrb.SelectionPanel(expanded=False),
        rrb.TimePanel(state=rrb.PanelState.Expanded),
    )
    layout = _layout(bp)
    tabs, vertical = layout.root.children
    assert layout.root.container_kind == "horizontal" and layout.root.column_shares == [2.0, 1.0]
    assert tabs.container_kind == "tabs" and tabs.active_tab == 1
    assert vertical.row_shares == [1.0, 3.0] and [v.kind for v in vertical.children] == ["3D", "2D"]
    assert layout.panels == {"blueprint": "hidden", "selection": "collapsed", "time": "expanded"}


def test_view_properties_reach_the_page():
    view = rrb.TimeSeriesView(
        origin="/plot",
        axis_y=rrb.ScalarAxis(range=(-2, 5)),
        plot_legend=rrb.Corner2D.LeftTop,
        time_ranges=rrb.VisibleTimeRange("step", start=rrb.TimeRangeBoundary.cursor_relative(seq=-10), end=rrb.TimeRangeBoundary.infinite()),
        overrides={"plot/a": [rrb.VisualizerOverrides(["SeriesLine", "SeriesPoint"])]},
    )
    layout = _layout(rrb.Blueprint(rrb.Horizontal(view, rrb.Spatial3DView(background=rrb.BackgroundKind.GradientBright), rrb.Spatial2DView(background=[1, 2, 3]))))
    ts, view3d, view2d = layout.root.children
    props = ts.properties
    assert props.legend_corner == "LeftTop" and props.axis_y_range == [-2.0, 5.0]
    (window,) = props.time_windows
    assert (window.timeline, window.start.kind, window.start.value, window.end.kind) == ("step", "cursor_relative", -10, "infinite")
    assert props.visualizers == {"/plot/a": ["SeriesLine", "SeriesPoint"]}
    assert view3d.properties.background_kind == "GradientBright"
    assert (view2d.properties.background_kind, view2d.properties.background_color) == ("SolidColor", [1, 2, 3, 255])


def test_defaults_and_overrides_are_recorded_as_rerun017_does():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the viewer applies them: no "not applied" warning
        view = rrb.Spatial2DView(origin="/", defaults=[rr.components.Radius(2)], overrides={"rect/0": [rr.components.Radius(1)]})
    _, bp = _blueprint_chunks(rrb.Blueprint(view))
    chunks = {m.chunk.entity_path: m.chunk.components() for m in bp if isinstance(m, ArrowMsg)}
    path = f"/space_view/{view.id}"
    assert chunks[path + "/defaults"]["rerun.components.Radius"].to_pylist() == [[2.0]]
    assert chunks[path + "/SpaceViewContents/individual_overrides/rect/0"]["rerun.components.Radius"].to_pylist() == [[1.0]]


def test_blueprint_store_announced_before_its_data_and_activation():
    _, bp = _blueprint_chunks(rrb.Blueprint(rrb.TextLogView()))
    assert isinstance(bp[0], SetStoreInfo) and isinstance(bp[-1], BlueprintActivation)


def test_rbl_file_round_trip(tmp_path):
    path = tmp_path / "layout.rbl"
    rrb.Blueprint(rrb.Vertical(rrb.TextDocumentView(name="doc"), rrb.BarChartView(name="bars", plot_legend=rrb.PlotLegend(visible=False)))).save("my_app", str(path))
    from rerun.rrd import read_messages

    messages = list(read_messages(str(path)))
    (info,) = [m for m in messages if isinstance(m, SetStoreInfo)]
    assert info.info.application_id == "my_app" and info.info.store_id.kind == StoreKind.BLUEPRINT
    hub = StoreHub()
    for m in messages:
        hub.on_message(m)
    layout = read_blueprint(hub.store(info.info.store_id))
    assert [v.name for v in layout.root.children] == ["doc", "bars"]
    assert layout.root.children[1].properties.legend_visible is False


def test_not_applied_properties_warn_once_naming_them():
    with pytest.warns(rr.RerunWarning, match=r"defaults= \(Text\)") as record:
        rrb.TextLogView(defaults=[rr.components.Text("default text")])
    assert len([w for w in record if issubclass(w.category, rr.RerunWarning)]) == 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rrb.TimeSeriesView(plot_legend=rrb.PlotLegend(visible=False), overrides={"a": rrb.VisualizerOverrides("SeriesPoint")})


def test_bad_blueprint_input_warns_and_sends_nothing():
    with pytest.warns(rr.RerunWarning, match="active_tab"):
        tabs = rrb.Tabs(rrb.TextLogView(), active_tab=4)
    _, bp = _blueprint_chunks(rrb.Blueprint(tabs))
    assert bp == []


def test_rerun_file_rbl_applies_to_recordings_of_that_application(tmp_path):
    from rerun._viewer.server import ViewerServer
    from viewer_support import wait_for

    rrd, rbl = tmp_path / "run.rrd", tmp_path / "layout.rbl"
    rec = rr.new_recording("rerun_test_rbl_app")
    rec.save(str(rrd))
    rec.log("notes", rr.TextDocument("hi"), static=True)
    rec.shutdown()
    rrb.Blueprint(rrb.TextDocumentView(origin="/notes", name="FromRbl")).save("rerun_test_rbl_app", str(rbl))
    server = ViewerServer(web_port=0, tcp_port=None, memory_limit=None)
    server.start_in_thread()
    try:
        server.load_file(str(rrd))
        server.load_file(str(rbl))
        recording = wait_for(lambda: next(iter(server.hub.recordings("rerun_test_rbl_app")), None), what="the recording")
        layout = wait_for(lambda: (lo := blueprint_layout(server.hub, recording)).source == "sent" and lo, what="the .rbl layout")
        assert [v.name for v in layout.root.children] == ["FromRbl"]
    finally:
        server.shutdown()


def test_viewer_lists_what_it_does_not_apply_and_nothing_else():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bp = rrb.Blueprint(
            rrb.Horizontal(
                rrb.TensorView(name="T", view_fit="Fill"),
                rrb.Spatial2DView(name="S", defaults=[rr.components.Radius(2)], time_ranges=rrb.VisibleTimeRange("t", start=rrb.TimeRangeBoundary.infinite(), end=rrb.TimeRangeBoundary.infinite())),
                rrb.TextLogView(name="L", defaults=[rr.components.Color([1, 2, 3]), rr.components.Text("default text")]),
                rrb.TimeSeriesView(name="P", plot_legend=rrb.Corner2D.LeftTop, overrides={"a": rrb.VisualizerOverrides("SeriesPoint")}, time_ranges=rrb.VisibleTimeRange("t", start=rrb.TimeRangeBoundary.infinite(), end=rrb.TimeRangeBoundary.infinite())),
            )
        )
    assert sorted(_layout(bp).unapplied) == ["component defaults (Text) of view 'L'"]


def test_defaults_and_overrides_the_viewer_cannot_apply_warn_naming_them():
    with pytest.warns(rr.RerunWarning, match=r"defaults= \(Text\).*overrides\['log'\] Text") as record:
        rrb.TextLogView(defaults=[rr.components.Color([1, 2, 3]), rr.components.Text("default text")], overrides={"log": [rr.components.Text("x"), rr.components.Color([1, 2, 3])]})
    assert len([w for w in record if issubclass(w.category, rr.RerunWarning)]) == 1


def test_spatial_view_with_a_time_window_draws_the_history_inside_it():
    from rerun._viewer import protocol as P
    from rerun._viewer.views import build_view

    rec = rr.new_recording("rerun_test_window")
    memory = rec.memory_recording()
    rec.log("world/static", rr.Points2D([[0, 0]]), static=True)
    for i in range(10):
        rec.set_time_sequence("step", i)
        rec.log("world/trail", rr.Points2D([[i, 0]]))
    messages = memory.messages()
    rec.shutdown()
    hub = StoreHub()
    for m in messages:
        hub.on_message(m)
    store = hub.store(rec.store_id)
    window = P.TimeWindow("step", P.TimeBoundary("cursor_relative", -4), P.TimeBoundary("cursor_relative", 0))

    def trail_positions(payload):
        return [d for d in payload.drawables if d.entity == "/world/trail"], [d for d in payload.drawables if d.entity == "/world/static"]

    latest, _ = build_view(store, "2D", "/world", ["+ /world/**"], "step", 8)
    trail, static = trail_positions(latest)
    assert len(trail) == 1 and len(static) == 1
    windowed, _ = build_view(store, "2D", "/world", ["+ /world/**"], "step", 8, time_window=window)
    trail, static = trail_positions(windowed)
    assert len(trail) == 5 and len(static) == 1  # steps 4..8, and the static point once
    # Another timeline's window does not apply.
    other = P.TimeWindow("time", window.start, window.end)
    assert len(trail_positions(build_view(store, "2D", "/world", ["+ /world/**"], "step", 8, time_window=other)[0])[0]) == 1


def test_a_layout_edited_in_the_page_becomes_the_active_blueprint_and_reads_back_the_same():
    from rerun._viewer.views.blueprint import edited_blueprint_messages

    sent = rrb.Blueprint(
        rrb.Horizontal(
            rrb.TimeSeriesView(origin="/plot", name="P", plot_legend=rrb.Corner2D.LeftTop, axis_y=rrb.ScalarAxis(range=(0, 1)),
                               time_ranges=rrb.VisibleTimeRange("step", start=rrb.TimeRangeBoundary.cursor_relative(seq=-3), end=rrb.TimeRangeBoundary.infinite()),
                               overrides={"plot/a": rrb.VisualizerOverrides("SeriesPoint")}),
            rrb.Tabs(rrb.TextLogView(name="L"), rrb.Spatial2DView(name="S", background=[1, 2, 3], visual_bounds=rrb.VisualBounds2D(x_range=[0, 4], y_range=[1, 2])), active_tab=1),
            column_shares=[1, 2],
        ),
        rrb.TimePanel(state="collapsed"),
    )
    rec = rr.new_recording("rerun_test_edit")
    memory = rec.memory_recording()
    rec.log("plot/a", rr.Scalar(1.0), static=True)
    rec.send_blueprint(sent)
    messages = memory.messages()
    rec.shutdown()
    hub = StoreHub()
    hub.on_messages(messages)
    before = blueprint_layout(hub, rec.store_id)
    original = copy.deepcopy(before.root)
    # The user swaps the two children, hides the log view and narrows the plot.
    edited = before.root
    edited.children.reverse()
    edited.column_shares = [3.0, 1.0]
    edited.children[0].children[0].visible = False
    # ... and ticks "Compare across recordings" on the plot (pyrerun's own view property).
    assert edited.children[1].properties.compare_recordings is None
    edited.children[1].properties.compare_recordings = True
    hub.on_messages(edited_blueprint_messages(edited, {"time": "collapsed", "selection": "hidden"}, "rerun_test_edit"))
    after = blueprint_layout(hub, rec.store_id)
    assert after.source == "sent" and after.panels == {"time": "collapsed", "selection": "hidden"}
    assert after.root == edited  # same ids, kinds, names, contents, shares, tabs and every view property
    assert not [line for line in after.unapplied if "CompareRecordings" in line]
    # Reset: back to the blueprint the script sent.
    hub.set_active_blueprint("rerun_test_edit", hub.default_blueprint("rerun_test_edit"))
    assert blueprint_layout(hub, rec.store_id).root == original


def test_visualizer_names_of_rerun017_select_the_visualizer():
    # Rerun 0.17's rerun.blueprint.visualizers: its docs' visualizer-override snippets use them.
    names = {
        "Arrows2D": "Arrows2D", "Arrows3D": "Arrows3D", "Asset3D": "Asset3D", "BarChar": "BarChart", "Boxes2D": "Boxes2D",
        "Boxes3D": "Boxes3D", "Cameras": "Cameras", "DepthImage": "DepthImage", "Image": "Image", "Lines2D": "Lines2D",
        "Lines3D": "Lines3D", "Mesh3D": "Mesh3D", "Points2D": "Points2D", "Points3D": "Points3D",
        "SegmentationImage": "SegmentationImage", "SeriesLine": "SeriesLine", "SeriesPoint": "SeriesPoint", "Tensor": "Tensor",
        "TextDocument": "TextDocument", "TextLog": "TextLog", "Transform3DArrows": "Transform3DArrows",
    }
    assert {n: getattr(rrb.visualizers, n) for n in names} == names
    view = rrb.TimeSeriesView(overrides={"trig/sin": [rrb.VisualizerOverrides(rrb.visualizers.SeriesPoint)], "trig/cos": [rrb.VisualizerOverrides([rrb.visualizers.SeriesLine, rrb.visualizers.SeriesPoint])]})
    layout = _layout(rrb.Blueprint(view))
    (ts,) = layout.root.children
    assert ts.properties.visualizers == {"/trig/sin": ["SeriesPoint"], "/trig/cos": ["SeriesLine", "SeriesPoint"]}


def _hub_with(blueprint, log, make_active=True):
    """A store hub holding what `log` logs and the blueprint sent for it (none: no blueprint); (hub, the recording's store id)."""
    rec = rr.new_recording("rerun_test_blueprint")
    try:
        memory = rec.memory_recording()
        log(rec)
        if blueprint is not None:
            rec.send_blueprint(blueprint, make_active=make_active, make_default=True)
        messages = memory.messages()
    finally:
        rec.shutdown()
    hub = StoreHub()
    for m in messages:
        hub.on_message(m)
    return hub, rec.store_id


def test_view_defaults_and_overrides_resolve_as_rerun017_does_in_every_view_that_reads_them():
    from rerun._viewer.views import build_view
    from rerun._viewer.views.blueprint import view_components_of

    red, green, blue = [255, 0, 0], [0, 255, 0], [0, 0, 255]
    plot = rrb.TimeSeriesView(origin="/", defaults=[rr.components.Color(blue), rr.components.StrokeWidth(5.0)], overrides={"b": [rr.components.Color(green)]})
    bars = rrb.BarChartView(origin="/", defaults=[rr.components.Color(blue)])

    def log(rec):
        for i in range(3):
            rec.set_time_sequence("step", i)
            rec.log("a", rr.Scalar(float(i)))
            rec.log("b", rr.Scalar(float(i)), rr.SeriesLine(color=red))
            rec.log("c", rr.Scalar(float(i)), rr.SeriesLine(color=red))
        rec.log("bars", rr.BarChart([1, 2]), static=True)

    hub, sid = _hub_with(rrb.Blueprint(rrb.Horizontal(plot, bars)), log)
    store = hub.store(sid)
    payload, _ = build_view(store, "TimeSeries", "/", ["+ /**"], "step", None, blueprint=view_components_of(hub, sid, str(plot.id)))
    series = {s.entity: s for s in payload.series}
    # Default where nothing was logged, the logged value over the default, the override over both.
    assert series["/a"].color[:3] == blue and series["/c"].color[:3] == red and series["/b"].color[:3] == green
    assert series["/a"].width == 5.0
    payload, _ = build_view(store, "BarChart", "/", ["+ /**"], "step", None, blueprint=view_components_of(hub, sid, str(bars.id)))
    assert payload.bars[0].color[:3] == blue
    # Another view of the same blueprint has none of them.
    payload, _ = build_view(store, "TimeSeries", "/", ["+ /**"], "step", None, blueprint=view_components_of(hub, sid, "not-a-view"))
    assert {s.entity: s.color[:3] for s in payload.series}["/b"] == red


def test_a_layout_edited_in_the_page_keeps_the_views_defaults_and_overrides():
    from rerun._viewer.views.blueprint import blueprint_store, edited_blueprint_messages, view_components

    view = rrb.Spatial2DView(origin="/", name="S", defaults=[rr.components.Radius(2)], overrides={"p": [rr.components.Color([1, 2, 3]), rrb.VisualizerOverrides(["Points2D"])]})
    hub, sid = _hub_with(rrb.Blueprint(view), lambda rec: rec.log("p", rr.Points2D([[0, 0]]), static=True))
    layout = blueprint_layout(hub, sid)
    layout.root.children[0].name = "Renamed"  # an edit in the page
    messages = edited_blueprint_messages(layout.root, layout.panels, "rerun_test_blueprint_components", blueprint_store(hub, sid))
    fresh = StoreHub()
    for m in messages:
        fresh.on_message(m)
    found = view_components(fresh.store(messages[0].info.store_id), str(view.id))
    assert found.defaults["Radius"].batch.to_pylist() == [2.0]
    assert found.overrides["/p"]["Color"].batch.to_pylist() == [0x010203FF]
    assert found.visualizers == {"/p": ["Points2D"]}


def test_view_properties_of_a_layout_round_trip_through_a_blueprint():
    from rerun._viewer.views.blueprint import layout_to_blueprint
    from rerun.blueprint.send import blueprint_messages

    view = rrb.TensorView(
        origin="/t",
        slice_selection=rrb.TensorSliceSelection(width=2, height=rr.datatypes.TensorDimensionSelection(dimension=0, invert=True), indices=[rr.datatypes.TensorDimensionIndexSelection(dimension=1, index=3)], slider=[1]),
        scalar_mapping=rrb.TensorScalarMapping(colormap="turbo", gamma=2.0, mag_filter="Linear"),
        view_fit="Fill",
    )
    plot = rrb.TimeSeriesView(origin="/p", axis_y=rrb.ScalarAxis(range=(-1, 1), zoom_lock=True))

    def read(bp):
        messages = blueprint_messages(bp, "app", make_active=True, make_default=True)
        hub = StoreHub()
        hub.on_messages(messages)
        return read_blueprint(hub.store(messages[0].info.store_id))

    first = read(rrb.Blueprint(rrb.Horizontal(view, plot)))
    tensor_props, plot_props = (c.properties for c in first.root.children)
    assert (tensor_props.tensor_colormap, tensor_props.tensor_gamma, tensor_props.tensor_mag_filter, tensor_props.tensor_fit) == ("Turbo", 2.0, "Linear", "Fill")
    ts = tensor_props.tensor_slice
    assert (ts.width.dimension, ts.width.invert, ts.height.dimension, ts.height.invert) == (2, False, 0, True)
    assert [(i.dimension, i.index) for i in ts.indices] == [(1, 3)] and ts.sliders == [1]
    assert plot_props.axis_y_zoom_lock is True
    again = read(layout_to_blueprint(first.root, {}))
    assert [c.properties for c in again.root.children] == [tensor_props, plot_props]


def test_visualizer_overrides_pick_the_spatial_visualizers_that_draw_an_entity():
    from rerun._viewer.views import build_view
    from rerun._viewer.views.blueprint import view_components_of

    view = rrb.Spatial3DView(
        origin="/",
        overrides={
            "boxes": rrb.VisualizerOverrides([rrb.visualizers.Boxes3D, rrb.visualizers.Points3D]),
            "only_points": rrb.VisualizerOverrides([rrb.visualizers.Points3D]),
            "cam": rrb.VisualizerOverrides([rrb.visualizers.Points3D]),  # not applicable: nothing drawn
        },
    )

    def log(rec):
        rec.log("boxes", rr.Boxes3D(centers=[[1, 2, 3]], half_sizes=[[1, 1, 1]]), static=True)
        rec.log("only_points", rr.Boxes3D(centers=[[0, 0, 0]], half_sizes=[[1, 1, 1]]), static=True)
        rec.log("cam", rr.Pinhole(focal_length=100, width=64, height=48), static=True)
        rec.log("plain", rr.Boxes3D(centers=[[0, 0, 0]], half_sizes=[[1, 1, 1]]), static=True)

    hub, sid = _hub_with(rrb.Blueprint(view), log)
    payload, _ = build_view(hub.store(sid), "3D", "/", ["+ /**"], None, None, blueprint=view_components_of(hub, sid, str(view.id)))
    drawn = {}
    for d in payload.drawables:
        drawn.setdefault(d.entity, []).append(d.kind)
    assert sorted(drawn["/boxes"]) == ["boxes", "points"]
    assert drawn["/only_points"] == ["points"]
    assert drawn["/plain"] == ["boxes"]
    assert "/cam" not in drawn


def test_text_log_rows_take_the_views_color_default_and_overrides():
    from rerun._viewer.views import build_view
    from rerun._viewer.views.blueprint import view_components_of

    view = rrb.TextLogView(origin="/", defaults=[rr.components.Color([0, 0, 255])], overrides={"b": [rr.components.Color([0, 255, 0])]})

    def log(rec):
        rec.set_time_sequence("step", 0)
        rec.log("a", rr.TextLog("plain"))
        rec.log("a", rr.TextLog("red", color=[255, 0, 0]))
        rec.log("b", rr.TextLog("overridden", color=[255, 0, 0]))

    hub, sid = _hub_with(rrb.Blueprint(view), log)
    store = hub.store(sid)
    payload, arrays = build_view(store, "TextLog", "/", ["+ /**"], "step", None, blueprint=view_components_of(hub, sid, str(view.id)))
    colors = arrays[payload.colors][:, :3].tolist()
    entities = [payload.entities[i] for i in arrays[payload.entity_index]]
    assert list(zip(entities, colors)) == [("/a", [0, 0, 255]), ("/a", [255, 0, 0]), ("/b", [0, 255, 0])]
    # Without the blueprint the logged colors stay (and the cached columns are not changed).
    payload, arrays = build_view(store, "TextLog", "/", ["+ /**"], "step", None)
    assert [c[3] for c in arrays[payload.colors].tolist()] == [0, 255, 255]


def test_text_log_rows_take_the_views_level_default_and_overrides():
    from rerun._viewer.views import build_view
    from rerun._viewer.views.blueprint import view_components_of

    view = rrb.TextLogView(origin="/", defaults=[rr.components.TextLogLevel("WARN")], overrides={"b": [rr.components.TextLogLevel("CRITICAL")]})

    def log(rec):
        rec.set_time_sequence("step", 0)
        rec.log("a", rr.TextLog("no level"))
        rec.log("a", rr.TextLog("debug", level="DEBUG"))
        rec.log("b", rr.TextLog("overridden", level="INFO"))

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # applied: nothing to warn about
        hub, sid = _hub_with(rrb.Blueprint(view), log)
    store = hub.store(sid)
    payload, arrays = build_view(store, "TextLog", "/", ["+ /**"], "step", None, blueprint=view_components_of(hub, sid, str(view.id)))
    levels = [payload.levels[i - 1] if i else None for i in arrays[payload.level_index]]
    assert levels == ["WARN", "DEBUG", "CRITICAL"]
    # Without the blueprint the logged levels stay (the cached columns are not changed).
    payload, arrays = build_view(store, "TextLog", "/", ["+ /**"], "step", None)
    assert [payload.levels[i - 1] if i else None for i in arrays[payload.level_index]] == [None, "DEBUG", "INFO"]


def test_a_container_that_holds_itself_is_reported_not_raised():
    outer = rrb.Horizontal(rrb.Spatial3DView())
    outer.contents.append(outer)  # a cycle built by hand
    with pytest.warns(rr.RerunWarning, match="a container holds itself"):
        messages, bp = _blueprint_chunks(rrb.Blueprint(outer))
    assert bp == []


def _default_views(log):
    """(kind, origin) of each view of the layout made from what `log` logs (no blueprint sent)."""
    from rerun._viewer.snapshot import layout_views

    hub, store_id = _hub_with(None, log)
    return [(v.kind, v.origin) for v in layout_views(blueprint_layout(hub, store_id).root)]


def test_a_few_scalar_subtrees_get_a_plot_each_and_many_share_one():
    def scalars(n):
        return lambda rec: [rec.log(f"/topic_{i:04d}/v", rr.Scalar(float(i))) for i in range(n)]

    assert _default_views(scalars(3)) == [("TimeSeries", f"/topic_{i:04d}") for i in range(3)]
    # One view per subtree would be thousands of tiny plots (a page that never finished loading).
    assert _default_views(scalars(100)) == [("TimeSeries", "/")]


def test_a_blueprint_written_by_an_earlier_pyrerun_still_lays_the_recording_out(caplog):
    """tests/fixtures/rrd/blueprint_text_root_4555f18.rrd: saved by pyrerun at commit 4555f18, which
    wrote the viewport's RootContainer as text (Rerun 0.17 writes 16 bytes). The page waited for a
    layout for ever (qa17); now the layout is read, and a blueprint that cannot be read at all
    gives the default layout with a warning instead."""
    from rerun.rrd import read_messages

    hub = StoreHub()
    for m in read_messages(Path(__file__).parent / "fixtures" / "rrd" / "blueprint_text_root_4555f18.rrd"):
        hub.on_message(m)
    (recording,) = hub.store_ids(StoreKind.RECORDING)
    layout = blueprint_layout(hub, recording)
    assert layout.source == "sent"
    assert sorted(view.name for view in layout.root.children) == ["plot view", "world view"]

    assert blueprint_store(hub, recording) is not None
    with patch("rerun._viewer.views.blueprint.read_blueprint", side_effect=ValueError("no such layout")):
        fallback = blueprint_layout(hub, recording)
    assert fallback.source == "default" and fallback.root is not None
    assert "could not be read" in caplog.text


def test_the_default_layout_is_made_again_only_when_the_store_changes_shape(monkeypatch):
    # Live data pushes a summary up to 10 times a second; with 10,000 entities the layout took ~0.4 s.
    from rerun._viewer.views import blueprint as bp_module

    made = []
    make = bp_module._make_default_layout
    monkeypatch.setattr(bp_module, "_make_default_layout", lambda store: made.append(1) or make(store))
    hub = StoreHub()
    rec = rr.new_recording("rerun_test_blueprint")
    memory = rec.memory_recording()
    for step in range(3):
        rec.set_time_sequence("frame", step)
        rec.log("world/points", rr.Points3D([[step, 0, 0]]))
        rec.flush()
        for m in memory.messages():
            hub.on_message(m)
        first = blueprint_layout(hub, rec.store_id)
    assert len(made) == 1 and first.source == "default"
    first.root.children.clear()  # a caller's change does not reach the next caller
    rec.log("plot/value", rr.Scalar(1.0))
    rec.flush()
    for m in memory.messages():
        hub.on_message(m)
    layout = blueprint_layout(hub, rec.store_id)
    rec.shutdown()
    assert len(made) == 2
    from rerun._viewer.snapshot import layout_views

    assert sorted(view.kind for view in layout_views(layout.root)) == ["3D", "TimeSeries"]
