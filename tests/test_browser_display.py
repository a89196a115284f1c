"""What the page shows, checked in a real browser: absolute times, a collapsed time panel, and a legend
of many series staying inside its view."""

from __future__ import annotations

from pathlib import Path

import rerun as rr
import rerun.blueprint as rrb
from browser_support import open_viewer, wait_rendered


def _save(path: Path, app_id: str, log) -> Path:  # type: ignore[no-untyped-def]
    rec = rr.new_recording(app_id)
    rec.save(path)
    log(rec)
    rec.disconnect()
    return path


def test_absolute_seconds_show_whole_milliseconds_and_the_date(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        for i in range(5):
            # 1.7e9 + 0.25 s is not exact in nanoseconds as a double: it must still read .250, not .249999.
            rec.set_time_seconds("sim_time", 1.7e9 + i * 0.25)
            rec.log("value", rr.Scalar(float(i)))

    server = viewer(files=[_save(tmp_path / "t.rrd", "rerun_test_seconds", log)])
    open_viewer(page, server)
    page.select_option("[data-testid=timeline-select]", "sim_time")
    page.wait_for_function(
        "() => document.querySelector('[data-testid=current-time]').textContent === '2023-11-14 22:13:21Z'",
        timeout=10_000,
    )
    page.click("[data-testid=step-back]")
    page.wait_for_function(
        "() => document.querySelector('[data-testid=current-time]').textContent === '2023-11-14 22:13:20.750Z'",
        timeout=10_000,
    )


def test_a_collapsed_time_panel_keeps_its_controls(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        rec.send_blueprint(rrb.Blueprint(rrb.TimeSeriesView(origin="/"), rrb.TimePanel(state="collapsed")))
        for i in range(3):
            rec.set_time_sequence("step", i)
            rec.log("value", rr.Scalar(float(i)))

    server = viewer(files=[_save(tmp_path / "c.rrd", "rerun_test_collapsed_time", log)])
    open_viewer(page, server)
    assert page.is_visible("[data-testid=play]")
    assert page.inner_text("[data-testid=current-time]") == "#2"
    assert not page.is_visible("[data-testid=time-lanes]")


def test_a_legend_of_many_series_stays_inside_its_view(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        for t in range(3):
            rec.set_time_sequence("step", t)
            for i in range(80):
                rec.log(f"series/s{i}", rr.Scalar(float(t * i * 1000)))

    server = viewer(files=[_save(tmp_path / "l.rrd", "rerun_test_legend", log)])
    open_viewer(page, server)
    wait_rendered(page)
    tile = page.locator(".view-tile[data-view-kind='TimeSeries']").first
    legend = tile.locator(".legend")
    view_box = tile.bounding_box()
    legend_box = legend.bounding_box()
    assert view_box is not None and legend_box is not None
    assert legend_box["y"] >= view_box["y"] and legend_box["y"] + legend_box["height"] <= view_box["y"] + view_box["height"]
    # Every entry is still reachable by scrolling the legend.
    legend.evaluate("el => { el.scrollTop = el.scrollHeight; }")
    last = legend.locator("div").last
    last_box = last.bounding_box()
    assert last_box is not None and last_box["y"] + last_box["height"] <= legend_box["y"] + legend_box["height"] + 1


def test_the_streams_tree_lists_numbered_entities_in_natural_order(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        for i in (10, 2, 1, 20):
            rec.log(f"cam{i}", rr.TextDocument(f"camera {i}"), static=True)

    server = viewer(files=[_save(tmp_path / "n.rrd", "rerun_test_natural_order", log)])
    open_viewer(page, server)
    names = page.eval_on_selector_all("[data-testid=time-panel] .tree-row[data-entity-path]", "els => els.map(e => e.dataset.entityPath)")
    assert names == ["/cam1", "/cam2", "/cam10", "/cam20"]
