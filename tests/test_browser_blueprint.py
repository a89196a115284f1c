"""Blueprint properties as a user sees them in the page: sent saved in a file, streamed live to an open
page, and streamed before the page opens. Each property's effect is read from the page (DOM, drawn
scales, pixels)."""

from __future__ import annotations

import json
import math
import warnings

import numpy as np
import pytest

import rerun as rr
import rerun.blueprint as rrb
from browser_support import browser, colored_pixels, open_viewer, page, viewer, wait_rendered  # noqa: F401
from viewer_support import wait_for

RED = (200, 30, 30)


def _blueprint() -> rrb.Blueprint:
    return rrb.Blueprint(
        rrb.Horizontal(
            rrb.TimeSeriesView(
                origin="/plot",
                name="Plot",
                axis_y=rrb.ScalarAxis(range=(-3.0, 3.0)),
                plot_legend=rrb.PlotLegend(corner=rrb.Corner2D.LeftTop),
                time_ranges=[rrb.VisibleTimeRange("step", start=rrb.TimeRangeBoundary.cursor_relative(seq=-20), end=rrb.TimeRangeBoundary.cursor_relative())],
                overrides={"plot/cos": [rrb.VisualizerOverrides(["SeriesPoint"])], "plot/sin": [rrb.VisualizerOverrides(["SeriesLine", "SeriesPoint"])]},
            ),
            rrb.Spatial3DView(origin="/world", name="World", background=list(RED)),
            column_shares=[2, 1],
        ),
        rrb.BlueprintPanel(state="hidden"),
    )


def _log(rec: rr.RecordingStream) -> None:
    rec.log("world/pts", rr.Points3D([[0, 0, 0]], radii=0.01), static=True)
    for i in range(100):
        rec.set_time_sequence("step", i)
        rec.log("plot/sin", rr.Scalar(math.sin(i / 10)))
        rec.log("plot/cos", rr.Scalar(math.cos(i / 10)))


def _send(mode: str, viewer, page, tmp_path, blueprint=None, log=_log):  # noqa: ANN001, ANN202, F811
    blueprint = blueprint or _blueprint()
    rec = rr.new_recording("rerun_test_blueprint_props")
    if mode == "saved":
        path = tmp_path / "props.rrd"
        rec.save(str(path))
        log(rec)
        rec.send_blueprint(blueprint)
        rec.shutdown()
        open_viewer(page, viewer(files=[path]))
        return
    server = viewer(tcp=True)
    if mode == "live_to_open_page":
        page.goto(server.url + "/")
    rec.connect(f"127.0.0.1:{server.tcp_port}")
    rec.send_blueprint(blueprint)
    log(rec)
    rec.flush()
    rec.disconnect()
    if mode == "page_opened_after":
        page.goto(server.url + "/")


@pytest.mark.parametrize("mode", ["saved", "live_to_open_page", "page_opened_after"])
def test_blueprint_properties_show_in_the_page(page, viewer, tmp_path, mode) -> None:  # noqa: F811
    _send(mode, viewer, page, tmp_path)
    page.wait_for_selector("[data-view-kind=TimeSeries] [data-x-max='99']", state="attached", timeout=15_000)
    wait_rendered(page)
    plot = page.locator("[data-view-kind=TimeSeries] [data-x-max]")

    # VisibleTimeRange: a window of 20 steps ending at the time cursor (at the last step).
    assert float(plot.get_attribute("data-x-min")) == 79.0
    # ScalarAxis: the y axis is the fixed range, not fitted to the data (-1..1).
    assert (float(plot.get_attribute("data-y-min")), float(plot.get_attribute("data-y-max"))) == (-3.0, 3.0)
    # VisualizerOverrides: cos as points only, sin as a line with points.
    series = {s["label"]: s for s in json.loads(plot.get_attribute("data-series"))}
    assert (series["cos"]["line"], series["cos"]["points"]) == (False, True)
    assert (series["sin"]["line"], series["sin"]["points"]) == (True, True)

    # PlotLegend: in the left top corner of the plot.
    legend = page.locator("[data-view-kind=TimeSeries] .legend[data-corner=LeftTop]")
    body = page.locator("[data-view-kind=TimeSeries] .view-body").bounding_box()
    box = legend.bounding_box()
    assert box["x"] < body["x"] + body["width"] / 2 and box["y"] < body["y"] + body["height"] / 2

    # Background: the 3D view is drawn on the blueprint's solid red.
    world = page.locator("[data-view-kind='3D'] .view-body")
    png = world.screenshot()
    wb = world.bounding_box()
    assert colored_pixels(png, RED, tolerance=12) > 0.8 * wb["width"] * wb["height"]

    # Shares: the plot is twice as wide as the 3D view; the blueprint panel is hidden.
    assert abs(body["width"] / wb["width"] - 2.0) < 0.15
    assert not page.locator(".left-panel").is_visible()


def _log_layout(rec: rr.RecordingStream) -> None:
    rec.log("img", rr.Image(np.full((40, 80, 3), 255, np.uint8)), static=True)
    rec.log("doc/a", rr.TextDocument("first tab"), static=True)
    rec.log("doc/b", rr.TextDocument("second tab"), static=True)
    for i in range(5):
        rec.set_time_sequence("step", i)
        rec.log("bars", rr.BarChart([1, 2, 3, i]))
        rec.log("plot/x", rr.Scalar(float(i)))


def _layout_blueprint() -> rrb.Blueprint:
    return rrb.Blueprint(
        rrb.Vertical(
            rrb.Grid(
                rrb.Spatial2DView(origin="/img", name="Img", visual_bounds=rrb.VisualBounds2D(x_range=[0, 20], y_range=[0, 10]), background=rrb.BackgroundKind.GradientBright),
                rrb.BarChartView(origin="/bars", name="Bars", plot_legend=rrb.PlotLegend(visible=False)),
                grid_columns=1,
            ),
            rrb.Tabs(rrb.TextDocumentView(origin="/doc/a", name="A"), rrb.TextDocumentView(origin="/doc/b", name="B"), active_tab="B"),
            row_shares=[3, 1],
        ),
        rrb.TopPanel(state="hidden"),
    )


@pytest.mark.parametrize("mode", ["saved", "live_to_open_page", "page_opened_after"])
def test_blueprint_layout_and_view_properties_show_in_the_page(page, viewer, tmp_path, mode) -> None:  # noqa: F811
    _send(mode, viewer, page, tmp_path, _layout_blueprint(), _log_layout)
    page.wait_for_selector("[data-view-kind=TextDocument]:has-text('second tab')", timeout=15_000)
    wait_rendered(page)
    # TopPanel(state="hidden"): no top bar; the views take its room.
    assert not page.locator(".top-bar").is_visible()
    assert page.locator(".tab-bar").first.bounding_box()["y"] >= 0
    # Tabs: the active tab is the one named "B".
    assert page.locator(".tab-bar button.active").inner_text().strip() == "B"
    assert page.locator("[data-view-kind=TextDocument]:has-text('first tab')").count() == 0
    # Grid with one column: the 2D view above the bar chart; row shares 3:1 between grid and tabs.
    img = page.locator("[data-view-kind='2D']").bounding_box()
    bars = page.locator("[data-view-kind=BarChart]").bounding_box()
    tabs = page.locator("[data-view-kind=TextDocument]").bounding_box()
    assert abs(img["x"] - bars["x"]) < 2 and bars["y"] > img["y"] + img["height"] - 2
    tab_bar = page.locator(".tab-bar").bounding_box()
    grid_height = bars["y"] + bars["height"] - img["y"]
    tabs_height = tabs["y"] + tabs["height"] - tab_bar["y"]
    assert abs(grid_height / tabs_height - 3.0) < 0.3
    # PlotLegend(visible=False): no legend on the bar chart.
    assert not page.locator("[data-view-kind=BarChart] .legend").is_visible()
    # Background: Rerun's bright gradient behind the 2D view.
    assert page.locator("[data-view-kind='2D'] .view-body").get_attribute("data-background") == "GradientBright"
    # VisualBounds2D: x 0..20 of an 80 px wide white image: the image fills the whole view width.
    body = page.locator("[data-view-kind='2D'] .view-body")
    png = body.screenshot()
    box = body.bounding_box()
    white = colored_pixels(png, (255, 255, 255), tolerance=8)
    assert white > 0.6 * box["width"] * box["height"]
    # Clicking a view in the blueprint tree brings its tab to the front, as in Rerun.
    page.locator("[data-testid=blueprint-tree] .tree-row[data-node-id]:has(.label:text-is('A'))").click()
    page.wait_for_selector("[data-view-kind=TextDocument]:has-text('first tab')", timeout=10_000)
    assert page.locator(".tab-bar button.active").inner_text().strip() == "A"


def test_the_page_says_once_what_of_the_blueprint_it_does_not_apply(page, viewer, tmp_path) -> None:  # noqa: F811
    warnings_seen: list[str] = []
    page.on("console", lambda msg: msg.type == "warning" and warnings_seen.append(msg.text))
    with pytest.warns(rr.RerunWarning, match=r"defaults= \(Text\)"):
        bp = rrb.Blueprint(rrb.Horizontal(rrb.TextLogView(origin="/", name="L", defaults=[rr.components.Text("default text")]), rrb.TimeSeriesView(origin="/plot", name="P")))

    def log(rec: rr.RecordingStream) -> None:
        for i in range(3):
            rec.log("log", rr.TextLog(f"line {i}"))
            rec.set_time_sequence("step", i)
            rec.log("plot/x", rr.Scalar(float(i)))

    _send("saved", viewer, page, tmp_path, bp, log)
    page.wait_for_selector(".top-bar :text('not applied')", timeout=10_000)
    assert "component defaults (Text) of view 'L'" in page.inner_text(".top-bar")
    assert len([w for w in warnings_seen if "component defaults" in w]) == 1


GREEN = (0, 220, 0)


def _log_trail(rec: rr.RecordingStream) -> None:
    for i in range(10):
        rec.set_time_sequence("step", i)
        rec.log("world/trail", rr.Points2D([[i * 10 + 5, 5]], colors=[GREEN], radii=3.0))
    rec.log("world/frame", rr.Boxes2D(mins=[0, 0], sizes=[100, 10]), static=True)


@pytest.mark.parametrize("mode", ["saved", "live_to_open_page", "page_opened_after"])
def test_spatial_time_window_shows_the_trail_of_history(page, viewer, tmp_path, mode) -> None:  # noqa: F811
    window = rrb.VisibleTimeRange("step", start=rrb.TimeRangeBoundary.cursor_relative(seq=-4), end=rrb.TimeRangeBoundary.cursor_relative())
    bp = rrb.Blueprint(
        rrb.Horizontal(
            rrb.Spatial2DView(origin="/world", name="History", time_ranges=[window]),
            rrb.Spatial2DView(origin="/world", name="Latest"),
        )
    )
    _send(mode, viewer, page, tmp_path, bp, _log_trail)
    page.wait_for_selector("[data-view-kind='2D']:has-text('History')", timeout=15_000)
    wait_rendered(page)
    page.wait_for_timeout(300)
    tiles = page.locator("[data-view-kind='2D'] .view-body")
    history = colored_pixels(tiles.nth(0).screenshot(), GREEN, tolerance=60)
    latest = colored_pixels(tiles.nth(1).screenshot(), GREEN, tolerance=60)
    # Five points (steps 5..9) against one: the window draws the history.
    assert latest > 0
    assert history > 3.5 * latest


def _names(pg) -> list[str]:  # noqa: ANN001
    return pg.eval_on_selector_all(".centre .view-header .name", "els => els.map(e => e.textContent)")


def _rbl_tree(path):  # noqa: ANN001, ANN202
    from rerun._log_msg import SetStoreInfo
    from rerun._store import StoreHub
    from rerun._viewer.protocol import ViewNode
    from rerun._viewer.views.blueprint import read_blueprint
    from rerun.rrd import read_messages

    hub = StoreHub()
    messages = list(read_messages(str(path)))
    hub.on_messages(messages)
    (store_id,) = {m.info.store_id for m in messages if isinstance(m, SetStoreInfo)}

    def walk(node):  # noqa: ANN001, ANN202
        return node.name if isinstance(node, ViewNode) else [node.container_kind, [walk(c) for c in node.children]]

    return walk(read_blueprint(hub.store(store_id)).root)


def test_edits_in_the_page_are_kept_downloaded_as_rbl_and_reload_into_a_fresh_viewer(page, viewer, tmp_path) -> None:  # noqa: F811
    rrd = tmp_path / "edit.rrd"
    rec = rr.new_recording("rerun_test_blueprint_edit")
    rec.save(str(rrd))
    for i in range(5):
        rec.set_time_sequence("step", i)
        rec.log("plot/x", rr.Scalar(float(i)))
    rec.log("world/p", rr.Points3D([[0, 0, 0]]), static=True)
    rec.log("notes", rr.TextDocument("notes"), static=True)
    rec.send_blueprint(
        rrb.Blueprint(rrb.Horizontal(rrb.TimeSeriesView(origin="/plot", name="Plot", plot_legend=rrb.Corner2D.LeftTop), rrb.Spatial3DView(origin="/world", name="World"), rrb.TextDocumentView(origin="/notes", name="Notes")))
    )
    rec.shutdown()
    server = viewer(files=[rrd])
    open_viewer(page, server)
    assert _names(page) == ["Plot", "World", "Notes"]

    # Edit: drag World onto Plot (swap), hide Notes, drag Plot onto World's bottom edge (a split).
    page.drag_and_drop(".view-tile[data-view-kind='3D'] .view-header", ".view-tile[data-view-kind='TimeSeries'] .view-body")
    page.locator(".tree-row:has-text('Notes') [data-testid=toggle-visible]").click()
    page.wait_for_function("() => document.querySelectorAll('.centre .view-tile').length === 2")
    assert _names(page) == ["World", "Plot"]
    _drag(page, ".view-tile[data-view-kind='TimeSeries'] .view-header", _point(page, ".view-tile[data-view-kind='3D']", 0.5, 0.9), "split-bottom")
    edited = ["horizontal", [["vertical", ["World", "Plot"]], "Notes"]]
    _wait_tree(page, edited)

    def world_above_plot() -> bool:
        world = page.locator(".view-tile[data-view-kind='3D']").bounding_box()
        plot = page.locator(".view-tile[data-view-kind='TimeSeries']").bounding_box()
        return abs(world["x"] - plot["x"]) < 2 and plot["y"] >= world["y"] + world["height"] - 2

    assert world_above_plot()

    # The server keeps the edit for the application: a reload shows it.
    wait_for(lambda: _server_tree(server, "rerun_test_blueprint_edit") == edited, what="the server to keep the edit")
    page.reload()
    wait_rendered(page, timeout=15_000)
    _wait_tree(page, edited)
    assert _names(page) == ["World", "Plot"] and world_above_plot()

    # Download the layout as .rbl and open the recording with it in a fresh viewer: same layout.
    with page.expect_download() as download:
        page.click("[data-testid=download-blueprint]")
    rbl = tmp_path / "edited.rbl"
    download.value.save_as(str(rbl))
    # Read back on its own (the viewer's blueprint reader; Rerun 0.17's SDK has no reading side): the same tree.
    assert _rbl_tree(rbl) == edited
    fresh = viewer(files=[rrd])
    page.goto(fresh.url + "/")
    wait_rendered(page, timeout=15_000)
    assert _names(page) == ["Plot", "World", "Notes"]
    fresh.load_file(str(rbl))  # as `rerun edit.rrd edited.rbl` would, after the recording
    _wait_tree(page, edited)
    assert _names(page) == ["World", "Plot"] and world_above_plot()
    assert page.locator("[data-view-kind=TimeSeries] .legend[data-corner=LeftTop]").count() == 1

    # Reset goes back to the blueprint the script sent.
    page.click("[data-testid=reset-blueprint]")
    page.wait_for_function("() => document.querySelectorAll('.centre .view-tile').length === 3", timeout=10_000)
    assert _names(page) == ["Plot", "World", "Notes"]


def test_views_added_renamed_rerooted_and_removed_in_the_page_are_kept(page, viewer, tmp_path) -> None:  # noqa: F811
    rrd = tmp_path / "views.rrd"
    rec = rr.new_recording("rerun_test_blueprint_views")
    rec.save(str(rrd))
    rec.log("notes/a", rr.TextDocument("note A"), static=True)
    rec.log("notes/b", rr.TextDocument("note B"), static=True)
    rec.log("world/p", rr.Points3D([[0, 0, 0]]), static=True)
    rec.send_blueprint(rrb.Blueprint(rrb.Horizontal(rrb.TextDocumentView(origin="/notes/a", name="Doc"), rrb.Spatial3DView(origin="/world", name="World"))))
    rec.shutdown()
    server = viewer(files=[rrd])
    open_viewer(page, server)
    assert _names(page) == ["Doc", "World"]

    # Add a view from the selection panel (nothing selected): a text document at /notes/b.
    page.select_option("[data-testid=add-view-kind]", "TextDocument")
    page.fill("[data-testid=add-view-origin]", "/notes/b")
    page.click("[data-testid=add-view]")
    page.wait_for_selector(".centre [data-view-kind=TextDocument]:has-text('note B')", timeout=10_000)
    assert _names(page) == ["Doc", "World", "b"]

    # Rename Doc and point it at /notes/b too; remove World.
    page.click(".view-tile:has(.name:text-is('Doc')) .view-header")
    page.fill("[data-testid=view-name]", "Renamed")
    page.fill("[data-testid=view-origin]", "/notes/b")
    page.fill("[data-testid=view-contents]", "+ $origin/**")
    page.click("[data-testid=apply-view-edit]")
    page.wait_for_function("() => [...document.querySelectorAll('.centre .view-header .name')].some(e => e.textContent === 'Renamed')")
    page.click(".view-tile:has(.name:text-is('World')) .view-header")
    page.click("[data-testid=remove-view]")
    page.wait_for_function("() => document.querySelectorAll('.centre .view-tile').length === 2")

    # Kept by the server: a reload shows the same views, the renamed one showing /notes/b.
    page.wait_for_timeout(500)
    page.reload()
    wait_rendered(page, timeout=15_000)
    page.wait_for_function("() => document.querySelectorAll('.centre .view-tile').length === 2")
    assert _names(page) == ["Renamed", "b"]
    assert page.locator(".view-tile:has(.name:text-is('Renamed'))").inner_text().count("note B") == 1


def test_editing_the_layout_made_from_the_data_keeps_the_views_and_saves_it(page, viewer, tmp_path) -> None:  # noqa: F811
    rrd = tmp_path / "default.rrd"
    rec = rr.new_recording("rerun_test_blueprint_default_edit")
    rec.save(str(rrd))
    rec.log("world/p", rr.Points3D([[0, 0, 0]]), static=True)
    for i in range(3):
        rec.set_time_sequence("step", i)
        rec.log("plot", rr.Scalar(float(i)))
    rec.shutdown()
    server = viewer(files=[rrd])
    open_viewer(page, server)
    kinds = page.eval_on_selector_all(".centre .view-tile", "els => els.map(e => e.dataset.viewKind)")
    assert kinds == ["3D", "TimeSeries"]
    page.evaluate("() => { document.querySelector(\".view-tile[data-view-kind='3D']\").__marker = 1; }")
    page.drag_and_drop(".view-tile[data-view-kind='3D'] .view-header", ".view-tile[data-view-kind='TimeSeries'] .view-body")
    # The server answers with the saved layout (blueprint ids now); the 3D view is the same instance.
    page.wait_for_timeout(800)
    wait_rendered(page)
    assert page.eval_on_selector_all(".centre .view-tile", "els => els.map(e => e.dataset.viewKind)") == ["TimeSeries", "3D"]
    assert page.evaluate("() => document.querySelector(\".view-tile[data-view-kind='3D']\").__marker") == 1
    page.reload()
    wait_rendered(page, timeout=15_000)
    assert page.eval_on_selector_all(".centre .view-tile", "els => els.map(e => e.dataset.viewKind)") == ["TimeSeries", "3D"]


BLUE = (30, 60, 255)


def test_time_series_draws_color_and_size_changes_along_a_series(page, viewer, tmp_path) -> None:  # noqa: F811
    # As Rerun's plots example: each sample logged with its own SeriesPoint color and size; a line changing color midway.
    rrd = tmp_path / "styled.rrd"
    rec = rr.new_recording("rerun_test_styled_series")
    rec.save(str(rrd))
    for i in range(40):
        rec.set_time_sequence("step", i)
        rec.log("samples", rr.Scalar(float(i % 7)), rr.SeriesPoint(color=GREEN if i % 2 else RED, marker_size=4.0 if i % 2 else 2.0))
        rec.log("line", rr.Scalar(3.0), rr.SeriesLine(color=RED if i < 20 else BLUE, width=3.0))
    rec.shutdown()
    open_viewer(page, viewer(files=[rrd]))
    plot = page.locator("[data-view-kind=TimeSeries] .view-body")
    png = plot.screenshot()
    assert colored_pixels(png, GREEN, tolerance=40) > 50
    assert colored_pixels(png, RED, tolerance=40) > 50
    assert colored_pixels(png, BLUE, tolerance=40) > 50


def test_dropping_an_rbl_on_the_page_applies_it_and_foreign_uploads_are_refused(page, viewer, tmp_path) -> None:  # noqa: F811
    import base64
    import urllib.error
    import urllib.request

    rrd = tmp_path / "drop.rrd"
    rec = rr.new_recording("rerun_test_blueprint_drop")
    rec.save(str(rrd))
    rec.log("notes/a", rr.TextDocument("note A"), static=True)
    rec.log("notes/b", rr.TextDocument("note B"), static=True)
    rec.shutdown()
    rbl = tmp_path / "drop.rbl"
    rrb.Blueprint(rrb.Vertical(rrb.TextDocumentView(origin="/notes/b", name="Dropped B"), rrb.TextDocumentView(origin="/notes/a", name="Dropped A"))).save("rerun_test_blueprint_drop", str(rbl))
    server = viewer(files=[rrd])
    open_viewer(page, server)
    assert "Dropped B" not in _names(page)
    page.evaluate(
        """([name, b64]) => {
          const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const dt = new DataTransfer();
          dt.items.add(new File([bytes], name));
          document.querySelector('.centre').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        }""",
        ["drop.rbl", base64.b64encode(rbl.read_bytes()).decode()],
    )
    page.wait_for_function("() => [...document.querySelectorAll('.centre .view-header .name')].map(e => e.textContent).join() === 'Dropped B,Dropped A'", timeout=10_000)

    # Another web site cannot push files into the viewer through the visitor's browser.
    request = urllib.request.Request(server.url + "/api/load?name=x.rbl", data=rbl.read_bytes(), headers={"Origin": "http://evil.example"}, method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403


def test_series_overrides_of_rerun017s_plots_example_color_and_name_the_series(page, viewer, tmp_path) -> None:  # noqa: F811
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # applied by the viewer: no "not applied" warning
        view = rrb.TimeSeriesView(
            origin="/trig",
            name="Trig",
            overrides={"trig/sin": [rr.components.Color([255, 0, 0]), rr.components.Name("sin(0.01t)")], "trig/cos": [rr.components.Color([0, 255, 0]), rr.components.Name("cos(0.01t)")]},
        )

    def log(rec: rr.RecordingStream) -> None:
        for t in range(200):
            rec.set_time_sequence("frame_nr", t)
            rec.log("trig/sin", rr.Scalar(math.sin(t / 100.0)))
            rec.log("trig/cos", rr.Scalar(math.cos(t / 100.0)))

    _send("saved", viewer, page, tmp_path, rrb.Blueprint(view), log)
    legend = page.locator("[data-view-kind=TimeSeries] .legend")
    legend.wait_for(timeout=10_000)
    assert sorted(legend.inner_text().split()) == ["cos(0.01t)", "sin(0.01t)"]
    png = page.locator("[data-view-kind=TimeSeries] .view-body").screenshot()
    assert colored_pixels(png, (255, 0, 0), tolerance=30) > 30
    assert colored_pixels(png, (0, 255, 0), tolerance=30) > 30


# The layout as the blueprint tree of the page shows it: a view is its name, a container [kind, children].
_TREE_JS = """() => {
  const walk = (li) => {
    const row = li.querySelector(':scope > .tree-row[data-node-id]');
    if (row.dataset.nodeType === 'view') return row.querySelector('.label').textContent;
    const kids = [...li.querySelectorAll(':scope > ul > li')].filter((c) => c.querySelector(':scope > .tree-row[data-node-id]'));
    return [row.dataset.containerKind, kids.map(walk)];
  };
  return walk(document.querySelector('[data-testid=blueprint-tree] > li'));
}"""


def _page_tree(pg):  # noqa: ANN001, ANN202
    return pg.evaluate(_TREE_JS)


def _server_tree(server, app_id):  # noqa: ANN001, ANN202
    """The layout the server keeps as the application's active blueprint, in the form of `_page_tree`."""
    from rerun._viewer.protocol import ViewNode
    from rerun._viewer.views.blueprint import blueprint_layout

    def walk(node):  # noqa: ANN001, ANN202
        return node.name if isinstance(node, ViewNode) else [node.container_kind, [walk(c) for c in node.children]]

    (store_id,) = server.hub.recordings(app_id)
    return walk(blueprint_layout(server.hub, store_id).root)


def _point(pg, selector: str, fx: float = 0.5, fy: float = 0.5) -> tuple[float, float]:  # noqa: ANN001
    # The tree is drawn anew when the server's copy of the layout arrives: ask until the element stays.
    box = wait_for(lambda: pg.locator(selector).bounding_box(), what=selector)
    return box["x"] + fx * box["width"], box["y"] + fy * box["height"]


def _drag(pg, source: str, to: tuple[float, float], expect_zone: str) -> dict:  # noqa: ANN001
    """Press on `source`, move to `to` with the mouse (pointer events), check the drop-zone highlight, release."""
    x, y = _point(pg, source)
    pg.mouse.move(x, y)
    pg.mouse.down()
    pg.mouse.move(x + 8, y + 8)
    pg.mouse.move(*to, steps=4)
    zone = pg.locator("[data-testid=drop-zone]")
    zone.wait_for(state="visible", timeout=5_000)
    assert zone.get_attribute("data-drop") == expect_zone
    box = zone.bounding_box()
    pg.mouse.up()
    zone.wait_for(state="detached", timeout=5_000)
    return box


def _wait_tree(pg, expected) -> None:  # noqa: ANN001
    try:
        pg.wait_for_function(f"want => JSON.stringify(({_TREE_JS})()) === want", arg=json.dumps(expected, separators=(",", ":")), timeout=10_000)
    except Exception:  # say what the page shows instead
        assert _page_tree(pg) == expected
        raise


def test_views_and_containers_move_by_dragging_and_the_layout_is_kept(page, viewer, tmp_path) -> None:  # noqa: F811
    app_id = "rerun_test_blueprint_drag"
    rrd = tmp_path / "drag.rrd"
    rec = rr.new_recording(app_id, recording_id="drag-run")
    rec.save(str(rrd))
    for name in "ABCD":
        rec.log(f"doc/{name.lower()}", rr.TextDocument(f"text {name}"), static=True)
    rec.send_blueprint(rrb.Blueprint(rrb.Horizontal(*(rrb.TextDocumentView(origin=f"/doc/{n.lower()}", name=n) for n in "ABCD"))))
    rec.shutdown()
    server = viewer(files=[rrd])
    open_viewer(page, server)
    assert _page_tree(page) == ["horizontal", ["A", "B", "C", "D"]]
    header = ".centre .view-tile:has(.name:text-is('{}')) .view-header".format
    tile = ".centre .view-tile:has(.name:text-is('{}'))".format
    row = "[data-testid=blueprint-tree] .tree-row[data-node-id]:has(.label:text-is('{}'))".format

    # D onto C's header: the two become tabs, D shown.
    _drag(page, header("D"), _point(page, header("C")), "tab")
    _wait_tree(page, ["horizontal", ["A", "B", ["tabs", ["C", "D"]]]])
    assert page.locator(".tab-bar button.active").inner_text() == "D"

    # A onto B's right edge: the Horizontal gets A after B; the highlight covers B's right half.
    b = page.locator(tile("B")).bounding_box()
    zone = _drag(page, header("A"), _point(page, tile("B"), 0.92, 0.6), "split-right")
    assert abs(zone["x"] - (b["x"] + b["width"] / 2)) < 3 and abs(zone["width"] - b["width"] / 2) < 3
    _wait_tree(page, ["horizontal", ["B", "A", ["tabs", ["C", "D"]]]])

    # B onto A's bottom edge: A is split into a Vertical, B below it.
    _drag(page, header("B"), _point(page, tile("A"), 0.5, 0.92), "split-bottom")
    _wait_tree(page, ["horizontal", [["vertical", ["A", "B"]], ["tabs", ["C", "D"]]]])
    a, b = page.locator(tile("A")).bounding_box(), page.locator(tile("B")).bounding_box()
    assert abs(a["x"] - b["x"]) < 2 and b["y"] > a["y"] + a["height"] - 2

    # In the blueprint tree: B into the Tabs container; the Vertical left with A alone collapses.
    _drag(page, row("B"), _point(page, "[data-testid=blueprint-tree] .tree-row[data-container-kind=tabs]"), "insert")
    _wait_tree(page, ["horizontal", ["A", ["tabs", ["C", "D", "B"]]]])

    # A tab dragged along its tab bar: C goes last.
    _drag(page, ".tab-bar button:text-is('C')", _point(page, ".tab-bar", 0.97, 0.5), "insert")
    _wait_tree(page, ["horizontal", ["A", ["tabs", ["D", "B", "C"]]]])

    # A container dragged in the tree: the Tabs before A (onto the upper part of A's row).
    _drag(page, "[data-testid=blueprint-tree] .tree-row[data-container-kind=tabs]", _point(page, row("A"), 0.5, 0.2), "insert")
    expected = ["horizontal", [["tabs", ["D", "B", "C"]], "A"]]
    _wait_tree(page, expected)
    tabs, a = page.locator(".container.tabs").bounding_box(), page.locator(tile("A")).bounding_box()
    assert tabs["x"] + tabs["width"] <= a["x"] + 2

    # Kept by the server as the application's blueprint; new data and a reload keep it.
    wait_for(lambda: _server_tree(server, app_id) == expected, what="the server to keep the dragged layout")
    more = tmp_path / "more.rrd"
    rec = rr.new_recording(app_id, recording_id="drag-run")
    rec.save(str(more))
    rec.log("doc/a", rr.TextDocument("new text A"), static=True)
    rec.shutdown()
    server.load_file(str(more))
    page.wait_for_selector(".centre .view-tile:has-text('new text A')", timeout=10_000)
    assert _page_tree(page) == expected
    page.reload()
    wait_rendered(page, timeout=15_000)
    _wait_tree(page, expected)
    assert page.locator(".tab-bar button.active").inner_text() == "C"

    # Removing views simplifies the same way: the Tabs left with C alone collapses into C.
    for name in "DB":
        page.click(row(name))
        page.click("[data-testid=remove-view]")
    _wait_tree(page, ["horizontal", ["C", "A"]])


YELLOW = (240, 220, 0)


def _log_shapes(rec: rr.RecordingStream) -> None:
    rec.log("shapes/box", rr.Boxes2D(centers=[[50, 50]], sizes=[[80, 80]], colors=[RED]), static=True)
    rec.log("shapes/dot", rr.Points2D([[20, 20]]), static=True)
    rec.log("shapes/red", rr.Points2D([[80, 20]], colors=[RED]), static=True)
    rec.log("world/p", rr.Points3D([[0, 0, 0], [1, 1, 1]]), static=True)
    rec.log("log/a", rr.TextLog("no color logged"), static=True)
    rec.log("log/b", rr.TextLog("red logged", color=RED), static=True)


def _overrides_blueprint() -> rrb.Blueprint:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # applied by the viewer: no "not applied" warning
        return rrb.Blueprint(
            rrb.Horizontal(
                rrb.Spatial2DView(
                    origin="/shapes",
                    name="Shapes",
                    visual_bounds=rrb.VisualBounds2D(x_range=[0, 100], y_range=[0, 100]),
                    background=[0, 0, 0],
                    defaults=[rr.components.Color(BLUE), rr.components.Radius(4.0)],
                    overrides={"shapes/box": [rrb.VisualizerOverrides([rrb.visualizers.Boxes2D, rrb.visualizers.Points2D]), rr.components.Color(GREEN)]},
                ),
                rrb.Spatial3DView(origin="/world", name="World", background=[0, 0, 0], overrides={"world/p": [rr.components.Color(YELLOW), rr.components.Radius(0.1)]}),
                rrb.TextLogView(origin="/log", name="Log", defaults=[rr.components.Color(BLUE)], overrides={"log/b": [rr.components.Color(GREEN)]}),
            )
        )


def _crop(png: bytes, left: float, top: float, right: float, bottom: float) -> bytes:
    """The part of a PNG between the given fractions of its width and height, as a PNG."""
    import io

    from PIL import Image

    img = Image.open(io.BytesIO(png))
    w, h = img.size
    out = io.BytesIO()
    img.crop((int(left * w), int(top * h), int(right * w), int(bottom * h))).save(out, format="PNG")
    return out.getvalue()


def _until(pg, check, timeout_ms: int = 20_000):  # noqa: ANN001, ANN202
    """`check()` once it passes, retried as the page redraws (a live page may draw before every part arrived)."""
    import time

    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        try:
            return check()
        except AssertionError:
            if time.monotonic() > deadline:
                raise
            pg.wait_for_timeout(200)


@pytest.mark.parametrize("mode", ["saved", "live_to_open_page", "page_opened_after"])
def test_view_defaults_overrides_and_visualizer_overrides_show_in_spatial_views(page, viewer, tmp_path, mode) -> None:  # noqa: F811
    _send(mode, viewer, page, tmp_path, _overrides_blueprint(), _log_shapes)
    page.wait_for_selector("[data-view-kind='3D']:has-text('World')", timeout=15_000)
    wait_rendered(page)

    def check_2d() -> None:
        png = page.locator("[data-view-kind='2D'] .view-body").screenshot()
        # The override (Color) beats the box's logged red; VisualizerOverrides adds a point at its
        # center (the Points2D visualizer of its centers), green in the middle of the view.
        assert colored_pixels(_crop(png, 0.45, 0.45, 0.55, 0.55), GREEN, tolerance=60) > 20
        assert colored_pixels(png, GREEN, tolerance=60) > 400  # the box outline, 4 units thick (the default Radius)
        # The view default colors the dot that logged no color; the other dot's logged red stays.
        assert colored_pixels(png, BLUE, tolerance=60) > 20
        assert colored_pixels(png, RED, tolerance=60) > 20

    def check_3d() -> None:
        # The override colors both points yellow.
        assert colored_pixels(page.locator("[data-view-kind='3D'] .view-body").screenshot(), YELLOW, tolerance=60) > 100

    def check_log() -> None:
        # Text log rows: the view default colors the row that logged none, the override the other.
        color = "e => getComputedStyle(e).color"
        assert page.locator("[data-view-kind=TextLog] tr[data-entity-path='/log/a'] td:last-child").evaluate(color) == "rgb({}, {}, {})".format(*BLUE)
        assert page.locator("[data-view-kind=TextLog] tr[data-entity-path='/log/b'] td:last-child").evaluate(color) == "rgb({}, {}, {})".format(*GREEN)

    _until(page, check_2d)
    _until(page, check_3d)
    _until(page, check_log)


def _log_tensor(rec: rr.RecordingStream) -> None:
    # Only the slice at index 5 of dimension 1 ramps along dimension 2; every other slice ramps along dimension 0.
    t = np.zeros((4, 6, 8), np.float32)
    t += np.arange(4, dtype=np.float32)[:, None, None]
    t[:, 5, :] = np.arange(8, dtype=np.float32)[None, :]
    rec.log("t", rr.Tensor(t, dim_names=["a", "b", "c"]), static=True)


def _tensor_blueprint() -> rrb.Blueprint:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # applied by the viewer: no "not applied" warning
        return rrb.Blueprint(
            rrb.TensorView(
                origin="/t",
                name="T",
                slice_selection=rrb.TensorSliceSelection(
                    width=0,
                    height=rr.datatypes.TensorDimensionSelection(dimension=2, invert=True),
                    indices=[rr.datatypes.TensorDimensionIndexSelection(dimension=1, index=5)],
                    slider=[1],
                ),
                scalar_mapping=rrb.TensorScalarMapping(colormap="Grayscale", gamma=2.0, mag_filter="Linear"),
                view_fit="Fill",
            )
        )


@pytest.mark.parametrize("mode", ["saved", "live_to_open_page", "page_opened_after"])
def test_tensor_view_properties_pick_the_slice_colormap_and_fit(page, viewer, tmp_path, mode) -> None:  # noqa: F811
    from rerun._viewer.views.colormaps import table

    _send(mode, viewer, page, tmp_path, _tensor_blueprint(), _log_tensor)
    page.wait_for_selector("[data-view-kind=Tensor] canvas[data-colormap=Grayscale][data-fit=Fill]", state="attached", timeout=15_000)
    wait_rendered(page)
    # TensorSliceSelection: dimension 2 as the (inverted) height, 0 as the width, index 5 of
    # dimension 1 shown with a slider; no slider for a dimension the blueprint leaves out.
    assert page.input_value("[data-testid=tensor-dim-height]") == "2"
    assert page.input_value("[data-testid=tensor-dim-width]") == "0"
    assert page.is_checked("[data-testid=tensor-invert-height]")
    assert page.input_value("[data-testid=tensor-slider-1]") == "5"
    # The canvas is the slice: 4 wide, 8 high, rows running from c=7 (top) to c=0 (bottom), each
    # row one gray: index 5 is the slice ramping along c (others would ramp along the width).
    canvas = page.locator("[data-view-kind=Tensor] canvas")
    pixels = page.evaluate(
        """() => { const c = document.querySelector('[data-view-kind=Tensor] canvas');
                   return [c.width, c.height, Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data)]; }"""
    )
    w, h, data = pixels
    assert (w, h) == (4, 8)
    rgba = np.array(data, np.uint8).reshape(h, w, 4)
    # TensorScalarMapping: Grayscale with gamma 2: a row's gray is the colormap at (c / 7) ** 2.
    lut = table("Grayscale")
    for y in range(8):
        c = 7 - y
        expected = lut[round(((c / 7) ** 2) * 255)][:3]
        assert (np.abs(rgba[y, :, :3].astype(int) - expected.astype(int)) <= 2).all(), (y, rgba[y, :, :3], expected)
    # MagnificationFilter Linear: the texels are blended when magnified (not drawn as blocks).
    assert canvas.evaluate("c => c.style.imageRendering") == "auto"
    # TensorViewFit Fill: the slice is stretched over the whole view, not kept at its 1:2 aspect.
    box = canvas.bounding_box()
    body = page.locator("[data-view-kind=Tensor] .view-body").bounding_box()
    assert abs(box["width"] - body["width"]) < 2 and box["height"] > 0.8 * body["height"]


def _log_wave(rec: rr.RecordingStream) -> None:
    for i in range(50):
        rec.set_time_sequence("step", i)
        rec.log("locked/x", rr.Scalar(math.sin(i / 5)))
        rec.log("free/x", rr.Scalar(math.sin(i / 5)))


def _zoom_lock_blueprint() -> rrb.Blueprint:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # applied by the viewer: no "not applied" warning
        return rrb.Blueprint(
            rrb.Horizontal(
                rrb.TimeSeriesView(origin="/locked", name="Locked", axis_y=rrb.ScalarAxis(range=(-3.0, 3.0), zoom_lock=True)),
                rrb.TimeSeriesView(origin="/free", name="Free", axis_y=rrb.ScalarAxis(range=(-3.0, 3.0), zoom_lock=False)),
            )
        )


@pytest.mark.parametrize("mode", ["saved", "live_to_open_page", "page_opened_after"])
def test_scalar_axis_zoom_lock_keeps_the_y_range_when_the_wheel_zooms(page, viewer, tmp_path, mode) -> None:  # noqa: F811
    _send(mode, viewer, page, tmp_path, _zoom_lock_blueprint(), _log_wave)
    page.locator("[data-view-kind=TimeSeries] [data-x-max='49']").nth(1).wait_for(state="attached", timeout=15_000)
    wait_rendered(page)
    plots = page.locator("[data-view-kind=TimeSeries] [data-x-max]")

    def ranges(i: int) -> tuple[float, float, float, float]:
        p = plots.nth(i)
        return tuple(float(p.get_attribute(f"data-{a}")) for a in ("x-min", "x-max", "y-min", "y-max"))  # type: ignore[return-value]

    for i in range(2):
        box = page.locator("[data-view-kind=TimeSeries] .u-over").nth(i).bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 3)
        page.keyboard.down("Control")
        page.mouse.wheel(0, -300)  # ctrl + wheel: zoom in, as in Rerun's plots
        page.keyboard.up("Control")
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-view-kind=TimeSeries] [data-x-max]')].every(p => Number(p.dataset.xMax) < 49)", timeout=10_000
    )
    locked, free = ranges(0), ranges(1)
    # Both zoomed in on time; only the unlocked view's value axis moved.
    assert locked[2:] == (-3.0, 3.0)
    assert free[3] - free[2] < 5.5
    # The wheel alone pans: the unlocked value axis moves down, the locked one stays.
    for i in range(2):
        box = page.locator("[data-view-kind=TimeSeries] .u-over").nth(i).bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 3)
        page.mouse.wheel(0, 100)
    page.wait_for_function(f"() => Number(document.querySelectorAll('[data-view-kind=TimeSeries] [data-x-max]')[1].dataset.yMin) < {free[2]}", timeout=10_000)
    panned = ranges(1)
    assert abs((panned[3] - panned[2]) - (free[3] - free[2])) < 1e-6
    assert ranges(0)[2:] == (-3.0, 3.0)


def test_view_properties_edited_in_the_selection_panel_apply_and_are_kept(page, viewer, tmp_path) -> None:  # noqa: F811
    rrd = tmp_path / "props_edit.rrd"
    rec = rr.new_recording("rerun_test_blueprint_props_edit")
    rec.save(str(rrd))
    _log_wave(rec)
    _log_tensor(rec)
    rec.log("img", rr.Points2D([[0, 0], [10, 10]], colors=[GREEN], radii=1.0), static=True)
    rec.send_blueprint(rrb.Blueprint(rrb.Grid(rrb.TimeSeriesView(origin="/free", name="Plot"), rrb.Spatial2DView(origin="/img", name="Img"), rrb.TensorView(origin="/t", name="T"))))
    rec.shutdown()
    server = viewer(files=[rrd])
    open_viewer(page, server)

    def select_view(name: str) -> None:
        page.click(f".view-tile:has(.name:text-is('{name}')) .view-header")
        page.wait_for_selector("[data-testid=view-properties]")

    # The plot: a fixed, zoom-locked y axis, the legend at the left top, the last 10 steps.
    select_view("Plot")
    page.fill("[data-testid=prop-axis-min]", "-5")
    page.fill("[data-testid=prop-axis-max]", "5")
    page.check("[data-testid=prop-zoom-lock]")
    page.select_option("[data-testid=prop-legend-corner]", "LeftTop")
    page.select_option("[data-testid=prop-window-start-kind]", "cursor_relative")
    page.fill("[data-testid=prop-window-start]", "-10")
    page.click("[data-testid=apply-view-edit]")
    # The 2D view: a solid red background, the visual bounds around the point at (10, 10).
    select_view("Img")
    page.select_option("[data-testid=prop-background-kind]", "SolidColor")
    page.fill("[data-testid=prop-background-color]", "#c81e1e")
    for field, value in (("x-min", "5"), ("x-max", "15"), ("y-min", "5"), ("y-max", "15")):
        page.fill(f"[data-testid=prop-bounds-{field}]", value)
    page.click("[data-testid=apply-view-edit]")
    # The tensor view: grayscale, stretched over the view.
    select_view("T")
    page.select_option("[data-testid=prop-colormap]", "Grayscale")
    page.select_option("[data-testid=prop-fit]", "Fill")
    page.click("[data-testid=apply-view-edit]")
    # The slice picked in the tensor view itself is kept too (Rerun's TensorSliceSelection).
    page.wait_for_selector("[data-view-kind=Tensor] canvas[data-colormap=Grayscale]", state="attached")
    page.select_option("[data-testid=tensor-dim-height]", "0")

    def check() -> None:
        plot = page.locator("[data-view-kind=TimeSeries] [data-x-max]")
        assert (plot.get_attribute("data-y-min"), plot.get_attribute("data-y-max"), plot.get_attribute("data-x-min")) == ("-5", "5", "39")
        assert page.locator("[data-view-kind=TimeSeries] .legend[data-corner=LeftTop]").count() == 1
        assert page.locator("[data-view-kind=Tensor] canvas[data-colormap=Grayscale][data-fit=Fill]").count() == 1
        assert (page.input_value("[data-testid=tensor-dim-height]"), page.input_value("[data-testid=tensor-dim-width]")) == ("0", "2")
        body = page.locator("[data-view-kind='2D'] .view-body")
        box = body.bounding_box()
        png = body.screenshot()
        assert colored_pixels(png, RED, tolerance=12) > 0.7 * box["width"] * box["height"]
        assert colored_pixels(_crop(png, 0.45, 0.45, 0.55, 0.55), GREEN, tolerance=60) > 20

    _until(page, check)
    # Saved as the application's blueprint by the server: a reload shows the same properties.
    page.wait_for_timeout(500)
    page.reload()
    wait_rendered(page, timeout=15_000)
    _until(page, check)
    # The locked axis does not move under the wheel.
    box = page.locator("[data-view-kind=TimeSeries] .u-over").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.keyboard.down("Control")
    page.mouse.wheel(0, -300)
    page.keyboard.up("Control")
    page.mouse.wheel(0, 100)
    page.wait_for_function("() => Number(document.querySelector('[data-view-kind=TimeSeries] [data-x-max]').dataset.xMin) > 39", timeout=10_000)
    plot = page.locator("[data-view-kind=TimeSeries] [data-x-max]")
    assert (plot.get_attribute("data-y-min"), plot.get_attribute("data-y-max")) == ("-5", "5")


def test_a_bar_chart_stands_on_zero_and_names_its_chart_in_a_legend(page, viewer, tmp_path) -> None:  # noqa: F811
    """As in Rerun: bars start at zero (not at the smallest value), and the legend names the chart unless hidden."""

    def log(rec: rr.RecordingStream) -> None:
        rec.log("counts", rr.BarChart([1, 3, 2, 5, 4]), static=True)

    _send("saved", viewer, page, tmp_path, rrb.Blueprint(rrb.BarChartView(origin="/counts", name="Counts")), log)
    page.wait_for_selector("[data-view-kind=BarChart] .view-body[data-y-min]", state="attached", timeout=15_000)
    wait_rendered(page)
    assert float(page.get_attribute("[data-view-kind=BarChart] .view-body", "data-y-min")) == 0.0
    legend = page.locator("[data-view-kind=BarChart] .legend")
    assert legend.is_visible() and "/counts" in legend.inner_text()
