"""What the page shows, checked in a real browser: absolute times, a collapsed time panel, a legend
of many series staying inside its view, and the page still usable with many recordings, a narrow text
log, a bar chart legend and huge values."""

from __future__ import annotations

import numpy as np

import rerun as rr
import rerun.blueprint as rrb
from browser_support import open_viewer, save_recording, wait_rendered


def test_absolute_seconds_show_whole_milliseconds_and_the_date(page, viewer, tmp_path) -> None:
    def log(rec: rr.RecordingStream) -> None:
        for i in range(5):
            # 1.7e9 + 0.25 s is not exact in nanoseconds as a double: it must still read .250, not .249999.
            rec.set_time_seconds("sim_time", 1.7e9 + i * 0.25)
            rec.log("value", rr.Scalar(float(i)))

    server = viewer(files=[save_recording(tmp_path / "t.rrd", app_id="rerun_test_seconds", log=log)])
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

    server = viewer(files=[save_recording(tmp_path / "c.rrd", app_id="rerun_test_collapsed_time", log=log)])
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

    server = viewer(files=[save_recording(tmp_path / "l.rrd", app_id="rerun_test_legend", log=log)])
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

    server = viewer(files=[save_recording(tmp_path / "n.rrd", app_id="rerun_test_natural_order", log=log)])
    open_viewer(page, server)
    names = page.eval_on_selector_all("[data-testid=time-panel] .tree-row[data-entity-path]", "els => els.map(e => e.dataset.entityPath)")
    assert names == ["/cam1", "/cam2", "/cam10", "/cam20"]


# Whether the text log's filter bar is laid out without overlaps: checkboxes, level names and the
# text filter apart from each other, all inside the bar, and the table below it.
_LOG_FILTERS_APART = """() => {
  const bar = document.querySelector('[data-view-kind=TextLog] .log-filters');
  const table = document.querySelector('[data-view-kind=TextLog] .log-wrap');
  if (!bar || !table) return false;
  const rects = [];
  for (const label of bar.querySelectorAll('.log-levels label')) {
    const text = document.createRange();
    text.selectNodeContents(label.lastChild);
    rects.push(label.querySelector('input').getBoundingClientRect(), text.getBoundingClientRect());
  }
  rects.push(bar.querySelector('input[type=search]').getBoundingClientRect());
  const apart = (a, b) => a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
  for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) if (!apart(rects[i], rects[j])) return false;
  const box = bar.getBoundingClientRect();
  const inside = rects.every((r) => r.width > 0 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 && r.right <= box.right + 0.5);
  return rects.length === 11 && inside && table.getBoundingClientRect().top >= box.bottom - 0.5;
}"""


def test_many_recordings_a_narrow_text_log_bar_legend_and_huge_values_stay_readable(page, viewer, tmp_path) -> None:
    def run(index: int):  # type: ignore[no-untyped-def]
        def log(rec: rr.RecordingStream) -> None:
            rec.set_time_sequence("step", 0)
            rec.log("loss", rr.Scalar(float(index)))
            if index == 9:
                rec.set_time_sequence("step", 1)
                rec.log("loss", rr.Scalar(float(np.finfo(np.float64).max)))
                for level in ("INFO", "WARN", "ERROR", "DEBUG", "TRACE"):
                    rec.log("log", rr.TextLog(f"a {level} message", level=level))
                rec.log("bars", rr.BarChart([1.0, 8.0, 3.0]), static=True)
                rec.log("huge", rr.Points3D([[np.finfo(np.float32).max, 0.1, -np.inf]], radii=[np.inf]), static=True)

        rec = rr.new_recording("rerun_test_many_runs", recording_id=f"run{index}")
        rec.save(tmp_path / f"run{index}.rrd")
        log(rec)
        rec.disconnect()
        return tmp_path / f"run{index}.rrd"

    server = viewer(files=[run(i) for i in range(10)])
    open_viewer(page, server)
    # Ten recordings: one compact list, and the panel toggles stay in the bar, in sight.
    for width in (1280, 700):
        page.set_viewport_size({"width": width, "height": 800})
        page.wait_for_function(f"() => window.innerWidth === {width}")
        toggle = page.locator("[data-testid=toggle-selection]").bounding_box()
        bar = page.locator(".top-bar").bounding_box()
        assert toggle is not None and bar is not None
        assert toggle["x"] + toggle["width"] <= width and bar["height"] <= 30

        # The text log's level checkboxes, their names and the filter do not overlap (the bar wraps).
        page.wait_for_function(_LOG_FILTERS_APART, timeout=10_000)

        # The bar chart's legend (top right, as in Rerun 0.17) leaves the tallest bar uncovered.
        tile = page.locator(".view-tile[data-view-kind='BarChart']")
        legend = tile.locator(".legend").bounding_box()
        plot = tile.locator(".u-over").bounding_box()
        y_min, y_max = (float(tile.locator("[data-y-max]").get_attribute(a)) for a in ("data-y-min", "data-y-max"))
        tallest_top = plot["y"] + (y_max - 8.0) / (y_max - y_min) * plot["height"]
        assert legend is not None and legend["y"] + legend["height"] <= tallest_top

    # A series reaching f64's largest value is drawn on a finite value axis (padding it overflowed to infinity).
    plot = page.locator("[data-view-kind=TimeSeries] [data-x-max]")
    assert float(plot.get_attribute("data-y-max")) == float(np.finfo(np.float64).max)

    # Huge and infinite values read as numbers, not as 3.4028234663852886e+38 and Infinity.
    page.click(".streams-names .tree-row[data-entity-path='/huge']")
    page.wait_for_selector("[data-testid=component-values]", timeout=5000)
    text = page.inner_text("[data-testid=component-values]")
    assert "[3.40282e38 (f32 max), 0.1, -inf]" in text and "\ninf" in text and "Infinity" not in text

    options = page.locator("[data-testid=recording-select] option")
    assert options.count() == 10 and options.first.inner_text().startswith("rerun_test_many_runs · run0 ")
    page.select_option("[data-testid=recording-select]", index=0)
    page.wait_for_function("() => document.querySelectorAll('.centre .view-tile').length === 1", timeout=10_000)
