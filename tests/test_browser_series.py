"""Time series in the page: a million points drawn from a level of detail and zoomed to the exact
points, and one entity compared across recordings (kept across a reload, live for every run)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

import rerun as rr
from browser_support import browser, open_viewer, page, viewer, wait_rendered  # noqa: F401
from viewer_support import wait_for

PLOT = "[data-view-kind=TimeSeries] [data-x-max]"


def _million_points(path: Path) -> np.ndarray:
    steps = np.arange(1_000_000)
    values = np.sin(steps / 20_000.0) * 10.0 + np.random.default_rng(7).normal(0.0, 1.0, len(steps))
    values[123_457] = 40.0  # one spike: a level of detail must keep it
    rec = rr.new_recording("rerun_example_series_lod", recording_id="lod")
    rec.save(path)
    rr.send_columns("signal", times=[rr.TimeSequenceColumn("step", steps)], components=[rr.components.ScalarBatch(values)], recording=rec)
    rec.flush()
    rr.disconnect(recording=rec)
    return values


def _plot_attrs(pg: Any) -> dict[str, str]:
    return pg.eval_on_selector(PLOT, "e => ({...e.dataset})")  # type: ignore[no-any-return]


def _drag_zoom(pg: Any, left: float, right: float) -> None:
    """Drag across the plot from `left` to `right` (fractions of its width)."""
    box = pg.locator(f"{PLOT} .u-over").bounding_box()
    y = box["y"] + box["height"] / 2
    pg.mouse.move(box["x"] + box["width"] * left, y)
    pg.mouse.down()
    pg.mouse.move(box["x"] + box["width"] * (left + right) / 2, y, steps=3)
    pg.mouse.move(box["x"] + box["width"] * right, y, steps=3)
    pg.mouse.up()


def test_million_points_draw_their_extent_and_zoom_to_the_exact_points(page, viewer, tmp_path) -> None:  # noqa: F811
    values = _million_points(tmp_path / "lod.rrd")
    open_viewer(page, viewer(files=[tmp_path / "lod.rrd"]), timeout=60_000)
    page.wait_for_selector(f"{PLOT}[data-lod=true]", state="attached", timeout=30_000)
    attrs = _plot_attrs(page)
    # The whole series, reduced to a few points per pixel column, with its exact extremes (the spike too).
    assert (float(attrs["xMin"]), float(attrs["xMax"])) == (0.0, 999_999.0)
    assert (float(attrs["drawnYMin"]), float(attrs["drawnYMax"])) == (values.min(), 40.0)
    assert int(attrs["drawnPoints"]) < 10_000

    # Three drags, each into a 4% slice: 1M -> 40k -> 1.6k -> ~64 steps in sight, fewer than pixels.
    for _ in range(3):
        before = float(_plot_attrs(page)["xMax"]) - float(_plot_attrs(page)["xMin"])
        _drag_zoom(page, 0.48, 0.52)
        page.wait_for_function(
            f"() => {{ const d = document.querySelector('{PLOT}').dataset; return d.xMax - d.xMin < {before} * 0.1; }}", timeout=10_000
        )
    page.wait_for_selector(f"{PLOT}[data-lod=false]", state="attached", timeout=30_000)
    wait_rendered(page, timeout=30_000)
    attrs = _plot_attrs(page)
    lo, hi = float(attrs["xMin"]), float(attrs["xMax"])
    assert 10 < hi - lo < 1_000
    # Every step in sight is drawn, with its exact value.
    inside = values[int(np.ceil(lo)) : int(np.floor(hi)) + 1]
    assert int(attrs["drawnPoints"]) == len(inside)
    assert (float(attrs["drawnYMin"]), float(attrs["drawnYMax"])) == (inside.min(), inside.max())

    # A double click shows the whole series again.
    box = page.locator(f"{PLOT} .u-over").bounding_box()
    page.mouse.dblclick(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector(f"{PLOT}[data-lod=true][data-x-min='0'][data-x-max='999999']", state="attached", timeout=30_000)


def _series_count_is(pg: Any, count: int) -> None:
    pg.wait_for_function(
        f"() => {{ const e = document.querySelector('{PLOT}'); return e && JSON.parse(e.dataset.series).length === {count}; }}", timeout=15_000
    )


def test_one_entity_compared_across_three_recordings(page, viewer, tmp_path) -> None:  # noqa: F811
    files = []
    for run in range(3):
        path = tmp_path / f"run{run}.rrd"
        rec = rr.new_recording("rerun_example_training", recording_id=f"run{run}")
        rec.save(path)
        steps = np.arange(50)
        rr.send_columns("loss", times=[rr.TimeSequenceColumn("step", steps)], components=[rr.components.ScalarBatch((run + 1) / (steps + 1.0))], recording=rec)
        rec.flush()
        rr.disconnect(recording=rec)
        files.append(path)
    open_viewer(page, viewer(files=files), timeout=30_000)
    page.locator("[data-view-kind=TimeSeries] .view-header").first.click()
    page.locator("[data-testid=compare-recordings]").check()
    page.wait_for_function(f"() => JSON.parse(document.querySelector('{PLOT}').dataset.series).length === 3", timeout=15_000)
    wait_rendered(page)
    attrs = _plot_attrs(page)
    assert [s["label"] for s in json.loads(attrs["series"])] == ["loss · run0", "loss · run1", "loss · run2"]
    # Aligned on the step timeline: all 50 steps of each run, the largest loss is run2's first step (3.0).
    assert (float(attrs["xMin"]), float(attrs["xMax"])) == (0.0, 49.0)
    assert int(attrs["drawnPoints"]) == 150
    assert (float(attrs["drawnYMin"]), float(attrs["drawnYMax"])) == (1 / 50, 3.0)
    legend = page.locator("[data-view-kind=TimeSeries] .legend [data-entity-path='/loss']")
    assert legend.count() == 3

    # The toggle is a view property of the application's blueprint, as the others are: a reload keeps it.
    page.reload()
    wait_rendered(page)
    _series_count_is(page, 3)
    page.locator("[data-view-kind=TimeSeries] .view-header").first.click()
    assert page.locator("[data-testid=compare-recordings]").is_checked()
    page.locator("[data-testid=compare-recordings]").uncheck()
    _series_count_is(page, 1)


def test_a_compared_recording_that_is_not_shown_draws_its_new_points(page, viewer) -> None:  # noqa: F811
    server = viewer(tcp=True)
    runs = [rr.new_recording("rerun_test_compare_live", recording_id=f"run{run}") for run in range(2)]
    try:
        for run, rec in enumerate(runs):
            rec.connect(f"127.0.0.1:{server.tcp_port}")
            for step in range(5):
                rec.set_time_sequence("step", step)
                rec.log("loss", rr.Scalar(run + 1.0 / (step + 1)))
            rec.flush()
            # run1 is the later run (the one shown) only once run0 has reached the viewer: the
            # two connections are read concurrently.
            wait_for(lambda n=run + 1: len(server.hub.recordings()) == n, timeout=30, what=f"run{run} in the viewer")
        open_viewer(page, server, timeout=30_000)
        page.wait_for_selector("[data-testid=recordings] button.active[data-store-id*=run1]", state="attached", timeout=15_000)
        page.locator("[data-view-kind=TimeSeries] .view-header").first.click()
        page.locator("[data-testid=compare-recordings]").check()
        _series_count_is(page, 2)
        page.wait_for_function(f"() => document.querySelector('{PLOT}').dataset.drawnPoints === '10'", timeout=15_000)
        # run0 is not the recording shown, yet its new steps appear in the compare view.
        for step in range(5, 8):
            runs[0].set_time_sequence("step", step)
            runs[0].log("loss", rr.Scalar(-1.0))
        runs[0].flush()
        page.wait_for_function(f"() => document.querySelector('{PLOT}').dataset.drawnPoints === '13'", timeout=15_000)
        attrs = _plot_attrs(page)
        assert float(attrs["drawnYMin"]) == -1.0
        assert "run1" in page.get_attribute("[data-testid=recordings] button.active", "data-store-id")
    finally:
        for rec in runs:
            rec.disconnect()


def test_plots_of_zero_bars_and_of_tiny_values_draw_with_value_ticks(page, viewer, tmp_path) -> None:  # noqa: F811
    """An all-zero bar chart (a value range of 0..0) sent uPlot's tick loop into an endless loop
    ("RangeError: Invalid array length", a page error the fixture fails on); a series spread over
    1e-9 got no usable tick step. Both draw, with value labels."""
    path = tmp_path / "plots.rrd"
    rec = rr.new_recording("rerun_example_plot_ranges")
    rec.save(path)
    rec.log("zeros", rr.BarChart([0, 0, 0, 0]), static=True)
    for step in range(20):
        rec.set_time_sequence("step", step)
        rec.log("tiny", rr.Scalar(1e-9 * step))
    rec.disconnect()
    open_viewer(page, viewer(files=[path]))
    page.wait_for_selector("[data-view-kind=BarChart] .u-over", timeout=20_000)
    page.wait_for_selector(f"{PLOT}", state="attached", timeout=20_000)
    wait_rendered(page)

    # Drawn, with the ranges the axes tick over: 0..1 for the bars, the data's for the series.
    assert page.get_attribute("[data-view-kind=BarChart] .view-body", "data-y-max") == "1"
    attrs = _plot_attrs(page)
    assert float(attrs["drawnYMax"]) == 1.9e-8
