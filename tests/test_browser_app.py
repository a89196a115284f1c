"""The web app in a real browser against the real viewer server: loading, time cursor, selection,
blueprints, live data, reconnecting, and that recording text never runs as script."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

import rerun as rr
import rerun.blueprint as rrb
from browser_support import colored_pixels, current_time, open_viewer, save_recording, wait_rendered

STEPS = 100


def _steps_recording(path: Path, app_id: str = "rerun_test_browser", blueprint: object = None) -> Path:
    """Red points moving along x, a sine scalar and a log line per step on a `step` timeline."""
    rec = rr.new_recording(app_id)
    rec.save(path)
    if blueprint is not None:
        rec.send_blueprint(blueprint)
    for i in range(STEPS + 1):
        rec.set_time_sequence("step", i)
        pts = np.array([[i / 10.0, 0.0, 0.0], [i / 10.0, 1.0, 0.0], [i / 10.0, 0.0, 1.0]], dtype=np.float32)
        rec.log("world/points", rr.Points3D(pts, colors=[255, 0, 0], radii=0.2))
        rec.log("plot/value", rr.Scalar(float(np.sin(i / 10.0))))
    rec.disconnect()
    return path


@pytest.fixture(scope="module")
def steps_rrd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _steps_recording(tmp_path_factory.mktemp("rec") / "steps.rrd")


def test_app_loads_a_recording_and_draws_its_views(page, viewer, steps_rrd) -> None:
    server = viewer(files=[steps_rrd])
    open_viewer(page, server)
    assert "rerun_test_browser" in page.inner_text("[data-testid=recordings]")
    kinds = page.eval_on_selector_all(".view-tile", "els => els.map(e => e.dataset.viewKind).sort()")
    assert kinds == ["3D", "TimeSeries"]
    streams = page.eval_on_selector_all(".streams-names .tree-row", "els => els.map(e => e.dataset.entityPath)")
    assert "/world" in streams and "/plot" in streams
    # Follows the newest data: the cursor is at the last step.
    assert page.inner_text("[data-testid=current-time]") == f"#{STEPS}"
    # The 3D view really drew the red points (WebGL through SwiftShader).
    body = page.locator(".view-tile[data-view-kind='3D'] .view-body")
    shot = body.screenshot()
    assert colored_pixels(shot, (255, 0, 0), tolerance=90) > 50
    # Clicking a drawn point selects that instance.
    y, x = _reddest_pixel(shot)
    box = body.bounding_box()
    page.mouse.move(box["x"] + x, box["y"] + y)
    hover = page.locator(".view-tile[data-view-kind='3D'] [data-testid=hover]")
    hover.wait_for(timeout=5000)
    assert hover.inner_text().startswith("/world/points[")
    page.mouse.click(box["x"] + x, box["y"] + y)
    title = page.locator("[data-testid=selection-title]")
    title.wait_for(timeout=5000)
    assert title.inner_text().startswith("/world/points[")
    # ... and the view marks it with a white rim.
    page.wait_for_timeout(100)
    assert colored_pixels(body.screenshot(), (255, 255, 255), tolerance=10) > 20
    assert colored_pixels(shot, (255, 255, 255), tolerance=10) == 0


def _reddest_pixel(png: bytes) -> tuple[int, int]:
    import io

    from PIL import Image

    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    redness = img[..., 0] - img[..., 1] - img[..., 2]
    y, x = np.unravel_index(np.argmax(redness), redness.shape)
    return int(y), int(x)


def test_dragging_the_scrubber_and_play_move_the_time_cursor(page, viewer, steps_rrd) -> None:
    server = viewer(files=[steps_rrd])
    open_viewer(page, server)
    lanes = page.locator("[data-testid=time-lanes]").bounding_box()
    assert lanes is not None
    y = lanes["y"] + 10
    page.mouse.move(lanes["x"] + lanes["width"] * 0.2, y)
    page.mouse.down()
    page.mouse.move(lanes["x"] + lanes["width"] * 0.35, y, steps=5)
    page.mouse.move(lanes["x"] + lanes["width"] * 0.5, y, steps=5)
    page.mouse.up()
    t = current_time(page)
    assert abs(t - STEPS / 2) <= 3, t
    assert page.inner_text("[data-testid=current-time]") == f"#{t}"
    wait_rendered(page)
    # Play from the cursor: time advances, then pause stops it.
    page.click("[data-testid=play]")
    page.wait_for_function(f"() => Number(document.querySelector('[data-testid=time-panel]').dataset.time) >= {t + 5}", timeout=5000)
    page.click("[data-testid=play]")
    paused = current_time(page)
    page.wait_for_timeout(300)
    assert current_time(page) == paused
    assert t + 5 <= paused <= STEPS


def test_selecting_an_entity_shows_its_component_values(page, viewer, steps_rrd) -> None:
    server = viewer(files=[steps_rrd])
    open_viewer(page, server)
    if not page.locator(".streams-names .tree-row[data-entity-path='/world/points']").count():
        page.locator(".streams-names .tree-row[data-entity-path='/world'] .toggle").click()
    page.click(".streams-names .tree-row[data-entity-path='/world/points']")
    values = page.locator("[data-testid=component-values]")
    values.wait_for(timeout=5000)
    text = values.inner_text()
    assert "Position3D" in text and "Color" in text and "Radius" in text
    assert "10" in text  # x of the points at the last step (100 / 10)
    # At another time the values change (the selection follows the time cursor).
    lanes = page.locator("[data-testid=time-lanes]").bounding_box()
    page.mouse.click(lanes["x"] + 12, lanes["y"] + 10)  # the left end: step 0
    page.wait_for_function("() => document.querySelector('[data-testid=current-time]').textContent === '#0'")
    page.wait_for_function("() => !document.querySelector('[data-testid=component-values]')?.innerText.includes('10')", timeout=5000
    )
    assert "Position3D" in page.inner_text("[data-testid=component-values]")


def test_a_sent_blueprint_replaces_the_default_layout(page, viewer, tmp_path) -> None:
    blueprint = rrb.Blueprint(
        rrb.Vertical(
            rrb.TimeSeriesView(origin="/plot", name="My plot"),
            rrb.Spatial3DView(origin="/world", name="My world"),
            row_shares=[1, 2],
        ),
        rrb.SelectionPanel(state="collapsed"),
    )
    rrd = _steps_recording(tmp_path / "bp.rrd", "rerun_test_browser_bp", blueprint)
    server = viewer(files=[rrd])
    open_viewer(page, server)
    names = page.eval_on_selector_all(".view-header .name", "els => els.map(e => e.textContent)")
    assert names == ["My plot", "My world"]
    assert page.locator(".container.vertical").count() == 1
    plot = page.locator(".view-tile[data-view-kind='TimeSeries']").bounding_box()
    world = page.locator(".view-tile[data-view-kind='3D']").bounding_box()
    assert plot["y"] < world["y"] and world["height"] > 1.5 * plot["height"]
    assert not page.is_visible(".right-panel")
    # Dragging a view's header onto another view swaps them.
    page.drag_and_drop(".view-tile[data-view-kind='3D'] .view-header", ".view-tile[data-view-kind='TimeSeries'] .view-body")
    names = page.eval_on_selector_all(".view-header .name", "els => els.map(e => e.textContent)")
    assert names == ["My world", "My plot"]
    wait_rendered(page)
    # Hiding a view from the blueprint tree removes it from the viewport.
    page.click(".tree-row[data-node-id] >> text=My plot")
    page.locator(".tree-row:has-text('My plot') [data-testid=toggle-visible]").click()
    page.wait_for_function("() => document.querySelectorAll('.view-tile[data-view-kind=TimeSeries]').length === 0 || !document.querySelector('.view-tile[data-view-kind=TimeSeries]').isConnected")
    assert page.locator(".centre .view-tile").count() == 1


def test_live_data_appears_and_the_cursor_follows_it(page, viewer) -> None:
    server = viewer(tcp=True)
    open_viewer(page, server)
    rec = rr.new_recording("rerun_test_browser_live")
    rec.connect(f"127.0.0.1:{server.tcp_port}")
    try:
        for i in range(5):
            rec.set_time_sequence("frame", i)
            rec.log("live/value", rr.Scalar(float(i)))
        rec.flush()
        page.wait_for_selector("[data-testid=recordings] >> text=rerun_test_browser_live", timeout=5000)
        page.wait_for_function("() => document.querySelector('[data-testid=current-time]').textContent === '#4'", timeout=5000)
        start = time.monotonic()
        rec.set_time_sequence("frame", 5)
        rec.log("live/value", rr.Scalar(5.0))
        rec.flush()
        page.wait_for_function("() => document.querySelector('[data-testid=current-time]').textContent === '#5'", timeout=5000)
        assert time.monotonic() - start < 2.0
        assert page.locator(".view-tile[data-view-kind='TimeSeries']").count() == 1
        # Once the user moved the cursor, new data no longer drags it along.
        lanes = page.locator("[data-testid=time-lanes]").bounding_box()
        page.mouse.click(lanes["x"] + 12, lanes["y"] + 10)
        page.wait_for_function("() => document.querySelector('[data-testid=current-time]').textContent === '#0'")
        rec.set_time_sequence("frame", 6)
        rec.log("live/value", rr.Scalar(6.0))
        rec.flush()
        page.wait_for_function("() => document.querySelector('[data-testid=time-ruler]').innerText.includes('#6')", timeout=5000)
        assert page.inner_text("[data-testid=current-time]") == "#0"
    finally:
        rec.disconnect()


def test_the_page_reconnects_after_a_server_restart(page, viewer, steps_rrd) -> None:
    server = viewer(files=[steps_rrd])
    open_viewer(page, server)
    port = server.web_port
    server.shutdown()
    page.wait_for_function("() => document.querySelector('[data-testid=status]').textContent.includes('reconnecting')", timeout=5000)
    restarted = viewer(files=[steps_rrd], web_port=port)
    assert restarted.web_port == port
    page.wait_for_function("() => document.querySelector('[data-testid=status]').textContent === 'Connected'", timeout=10000)
    wait_rendered(page)
    assert page.locator(".view-tile").count() == 2


HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


def test_recording_text_never_runs_as_script(page, viewer, tmp_path) -> None:
    rec = rr.new_recording("rerun_test_<b>hostile</b>")
    path = tmp_path / "hostile.rrd"
    rec.save(path)
    # The labelled points sit inside the scene's bounds, so the default eye (close, as Rerun's) sees them.
    rec.log("world/bounds", rr.Points3D([[-1, -1, -1], [2, 2, 2]]))
    rec.log("world/points", rr.Points3D([[0, 0, 0], [1, 1, 1]], labels=[HOSTILE, "<svg onload=window.__pwned=3>"]))
    rec.log(
        "notes",
        rr.TextDocument(
            f"# Title\n\n{HOSTILE}\n\n[link](javascript:window.__pwned=4)\n\n<iframe src='javascript:window.__pwned=5'></iframe>",
            media_type=rr.MediaType.MARKDOWN,
        ),
    )
    rec.log("logs", rr.TextLog(HOSTILE, level="ERROR"))
    rec.log(f"odd/{HOSTILE}", rr.Scalar(1.0))
    rec.disconnect()
    server = viewer(files=[path])
    open_viewer(page, server)
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src=x], iframe, svg[onload], .centre script").count() == 0
    # The text is shown, as text.
    labels = page.eval_on_selector_all(".overlay .label", "els => els.map(e => e.textContent)")
    assert HOSTILE in labels
    assert HOSTILE in page.inner_text(".view-tile[data-view-kind='TextLog']")
    doc = page.locator(".view-tile[data-view-kind='TextDocument'] .markdown")
    assert doc.locator("h1").inner_text() == "Title"
    assert all(not (h or "").lower().startswith("javascript:") for h in doc.locator("a").evaluate_all("as => as.map(a => a.getAttribute('href'))"))
    assert "rerun_test_<b>hostile</b>" in page.inner_text("[data-testid=recordings]")


def test_switching_recordings_shows_the_other_recording(page, viewer, steps_rrd, tmp_path) -> None:
    other = tmp_path / "other.rrd"
    rec = rr.new_recording("rerun_test_browser_other")
    rec.save(other)
    rec.log("notes", rr.TextDocument("# Other recording", media_type=rr.MediaType.MARKDOWN), static=True)
    rec.disconnect()
    server = viewer(files=[steps_rrd, other])
    open_viewer(page, server)
    buttons = page.locator("[data-testid=recordings] button")
    assert buttons.count() == 2
    page.click("[data-testid=recordings] button:has-text('rerun_test_browser_other')")
    page.wait_for_selector(".view-tile[data-view-kind='TextDocument'] h1", timeout=5000)
    wait_rendered(page)
    assert page.locator(".view-tile").count() == 1
    page.click("[data-testid=recordings] button:has-text('rerun_test_browser ')")
    page.wait_for_selector(".view-tile[data-view-kind='3D']", timeout=5000)
    wait_rendered(page)
    kinds = page.eval_on_selector_all(".centre .view-tile", "els => els.map(e => e.dataset.viewKind).sort()")
    assert kinds == ["3D", "TimeSeries"]


def test_scrubbing_a_seconds_timeline_queries_whole_nanoseconds(page, viewer, tmp_path) -> None:
    path = tmp_path / "seconds.rrd"
    rec = rr.new_recording("rerun_test_browser_seconds")
    rec.save(path)
    for i in range(11):
        rec.set_time_seconds("sim_time", i * 0.1)
        rec.log("signal", rr.Scalar(float(i)))
    rec.disconnect()
    server = viewer(files=[path])
    open_viewer(page, server)
    page.select_option("[data-testid=timeline-select]", "sim_time")
    page.click(".streams-names .tree-row[data-entity-path='/signal']")
    lanes = page.locator("[data-testid=time-lanes]").bounding_box()
    # Somewhere between two samples: the query time is a fraction of a pixel's worth of nanoseconds.
    page.mouse.click(lanes["x"] + lanes["width"] * 0.537, lanes["y"] + 10)
    wait_rendered(page)
    t = current_time(page)
    assert 0.4e9 < t < 0.7e9
    expected = int(t // 1e8)  # the latest sample at or before the cursor
    page.wait_for_function(
        f"() => document.querySelector('[data-testid=component-values]')?.innerText.includes('{expected}.0')", timeout=5000
    )


def test_the_streams_tree_of_thousands_of_children_keeps_only_the_rows_in_sight(page, viewer, tmp_path) -> None:
    # 3,000 entities under /world: the tree opens it (as Rerun 0.17 opens the top level) yet holds
    # only the rows in sight in the DOM, with one canvas for their lanes; a lane canvas per row
    # kept the browser's GPU process busy for minutes at 10,000.
    n = 3000

    def log(rec) -> None:  # type: ignore[no-untyped-def]
        # One small view: the page's time goes to the streams tree, not to a view of 3,000 entities.
        rec.send_blueprint(rrb.Blueprint(rrb.TextDocumentView(origin="/doc")))
        rec.log("doc", rr.TextDocument("3,000 entities"), static=True)
        for i in range(n):
            rec.set_time_sequence("step", 1 if i == n - 1 else 0)  # the last entity alone at step 1
            rec.log(f"world/e{i}", rr.TextLog(f"entity {i}"))
        rec.set_time_sequence("step", 2)
        rec.log("other", rr.TextLog("the time range ends at 2"))

    server = viewer(files=[save_recording(tmp_path / "many.rrd", log)])
    open_viewer(page, server, timeout=60_000)
    rows = page.eval_on_selector_all(".streams-names .tree-row", "els => els.map(e => e.dataset.entityPath)")
    assert rows[:4] == ["/doc", "/other", "/world", "/world/e0"], rows[:4]
    assert len(rows) <= 40
    assert page.locator("[data-testid=time-lanes] canvas").count() == 1
    # Scrolling to the end shows the last entity's row, in sight, with its lane mark in the middle
    # of the time range (step 1 of 0..2) beside it and none beside the row above it.
    body = page.locator("[data-testid=time-panel] .time-body")
    body.evaluate("b => { b.scrollTop = b.scrollHeight; }")
    last = page.locator(f".streams-names .tree-row[data-entity-path='/world/e{n - 1}']")
    last.wait_for(timeout=10_000)
    assert page.locator(".streams-names .tree-row").count() <= 40
    box, view = last.bounding_box(), body.bounding_box()
    assert box is not None and view is not None
    assert view["y"] <= box["y"] and box["y"] + box["height"] <= view["y"] + view["height"] + 1
    lanes = page.locator("[data-testid=time-lanes]").bounding_box()
    assert lanes is not None

    def marks_mid_lane(row_top: float) -> int:
        clip = {"x": lanes["x"] + lanes["width"] / 2 - 8, "y": row_top + 2, "width": 16, "height": 18}
        return colored_pixels(page.screenshot(clip=clip), (172, 180, 185), tolerance=60)

    assert marks_mid_lane(box["y"]) > 10
    assert marks_mid_lane(box["y"] - 22) == 0
    # Clicking the row selects that entity.
    last.click()
    page.wait_for_function(
        "t => document.querySelector('[data-testid=selection-title]')?.textContent === t", arg=f"/world/e{n - 1}", timeout=10_000
    )
    assert "selected" in (last.get_attribute("class") or "")
    # Closing /world leaves the three top-level rows; opening it again shows its children.
    body.evaluate("b => { b.scrollTop = 0; }")
    toggle = page.locator(".streams-names .tree-row[data-entity-path='/world'] .toggle")
    toggle.click()
    page.wait_for_function("() => document.querySelectorAll('.streams-names .tree-row').length === 3", timeout=10_000)
    toggle.click()
    page.wait_for_selector(".streams-names .tree-row[data-entity-path='/world/e0']", state="attached", timeout=10_000)
