"""What the views draw, in a real browser, where it must look as in Rerun 0.17: float images in
color, lines as thick as their radius, colors as swatches, a time column per timeline in logs."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np

import rerun as rr
from browser_support import colored_pixels, open_viewer, wait_rendered


def _spatial_recording(path: Path) -> Path:
    rec = rr.new_recording("rerun_test_browser_views")
    rec.save(path)
    # A float image with values 0..255: Rerun shows it as 0..255, in color (not clipped to white).
    image = np.zeros((3, 3, 3), np.float64)
    image[:, :] = [200.0, 40.0, 40.0]
    rec.log("world/image", rr.Pinhole(focal_length=3, width=3, height=3), static=True)
    rec.log("world/image", rr.Image(image), static=True)
    # Two equal boxes side by side: edges as thick as their radius (in scene units).
    rec.log("world/thick", rr.Boxes3D(centers=[[-2, 0, 0]], half_sizes=[[1, 1, 1]], radii=0.08, colors=[0, 255, 0]), static=True)
    rec.log("world/thin", rr.Boxes3D(centers=[[2, 0, 0]], half_sizes=[[1, 1, 1]], radii=0.004, colors=[0, 0, 255]), static=True)
    rec.disconnect()
    return path


def test_float_images_thick_lines_and_color_swatches(page, viewer, tmp_path) -> None:
    server = viewer(files=[_spatial_recording(tmp_path / "views.rrd")])
    open_viewer(page, server)
    names = page.eval_on_selector_all(".view-header .name", "els => els.map(e => e.textContent)")
    assert names == ["/", "world/image"]  # views are named after their origin, as in Rerun

    image_view = page.locator(".view-tile[data-view-kind='2D'] .view-body").screenshot()
    assert colored_pixels(image_view, (200, 40, 40), tolerance=12) > 2000
    assert colored_pixels(image_view, (255, 255, 255), tolerance=10) == 0

    shot = page.locator(".view-tile[data-view-kind='3D'] .view-body").screenshot()
    green = _pure(shot, 1)
    blue = _pure(shot, 2)
    assert blue > 20  # the thin box is drawn (at least a pixel wide) ...
    assert green > 4 * blue  # ... and the thick one with its 20x larger radius is much bolder

    if not page.locator(".streams-names .tree-row[data-entity-path='/world/thick']").count():
        page.click(".streams-names .tree-row[data-entity-path='/world'] .toggle")
    page.click(".streams-names .tree-row[data-entity-path='/world/thick']")
    swatch = page.locator("[data-testid=component-values] .color-swatch")
    swatch.wait_for(timeout=5000)
    assert swatch.get_attribute("data-color") == "#00ff00ff"
    assert "#00ff00ff" in page.inner_text("[data-testid=component-values]")


def _pure(png: bytes, channel: int) -> int:
    """Pixels where one color channel clearly dominates the others."""
    from PIL import Image

    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    others = np.delete(img, channel, axis=2).max(axis=2)
    return int(((img[..., channel] > 120) & (others < 60)).sum())


def test_text_log_has_a_time_column_per_timeline(page, viewer, tmp_path) -> None:
    rec = rr.new_recording("rerun_test_browser_log")
    path = tmp_path / "log.rrd"
    rec.save(path)
    for i in range(3):
        rec.set_time_sequence("frame", i + 10)
        rec.log("logs", rr.TextLog(f"line {i}", level=rr.TextLogLevel.INFO))
    rec.disconnect()
    server = viewer(files=[path])
    open_viewer(page, server)
    heads = page.eval_on_selector_all(".view-tile[data-view-kind='TextLog'] th", "els => els.map(e => e.textContent)")
    assert heads == ["frame", "log_tick", "log_time", "Entity path", "Level", "Body"]
    first = page.eval_on_selector_all(
        ".view-tile[data-view-kind='TextLog'] tbody tr:first-child td", "els => els.map(e => e.textContent)"
    )
    assert first[:2] == ["#10", "#0"] and first[2].endswith("Z") and first[3:] == ["/logs", "INFO", "line 0"]


def test_text_log_scrolled_step_by_step_shows_the_rows_scrolled_to(page, viewer, tmp_path) -> None:
    # Virtual rows: the browser's scroll anchoring moved the scroll again each time the spacer
    # above the rows changed height, so 200 small steps landed hundreds of rows too far.
    rec = rr.new_recording("rerun_test_browser_log_scroll")
    path = tmp_path / "log.rrd"
    rec.save(path)
    for i in range(3000):
        rec.set_time_sequence("frame", i)
        rec.log("logs", rr.TextLog(f"line {i}"))
    rec.disconnect()
    server = viewer(files=[path])
    open_viewer(page, server)
    wrap = page.locator(".view-tile[data-view-kind='TextLog'] .log-wrap")
    page.wait_for_function("() => document.querySelectorAll(\"[data-view-kind='TextLog'] tbody tr\").length > 10")
    top = wrap.evaluate(
        """async (w) => {
          const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          w.scrollTop = 0;  // the log opens at the time cursor's row, the last
          await frame();
          for (let i = 0; i < 60; i++) {
            w.scrollTop += 88;
            await frame();
          }
          return w.scrollTop;
        }"""
    )
    assert abs(top - 60 * 88) <= 1
    shown = wrap.evaluate(
        """(w) => {
          const head = w.querySelector('th').getBoundingClientRect().bottom;  // the sticky column names
          for (const tr of w.querySelectorAll('tbody tr')) {
            if (tr.getBoundingClientRect().bottom > head + 1) return tr.lastElementChild.textContent;
          }
          return null;
        }"""
    )
    assert shown is not None and abs(int(shown.split()[1]) - 60 * 88 / 21) <= 2, shown


def test_default_3d_eye_looks_as_rerun_does(page, viewer, tmp_path) -> None:
    rec = rr.new_recording("rerun_test_browser_eye")
    path = tmp_path / "eye.rrd"
    rec.save(path)
    rec.log("world", rr.ViewCoordinates.RIGHT_HAND_Z_UP, static=True)
    rec.log("world/xyz", rr.Arrows3D(vectors=[[1, 0, 0], [0, 1, 0], [0, 0, 1]], colors=[[255, 0, 0], [0, 255, 0], [0, 0, 255]]), static=True)
    rec.disconnect()
    server = viewer(files=[path])
    open_viewer(page, server)
    assert page.eval_on_selector_all(".view-header .name", "els => els.map(e => e.textContent)") == ["world"]
    from PIL import Image

    png = page.locator(".view-tile[data-view-kind='3D'] .view-body").screenshot()
    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    height, width = img.shape[:2]

    def where(channel: int) -> tuple[np.ndarray, np.ndarray]:
        others = np.delete(img, channel, axis=2).max(axis=2)
        ys, xs = np.nonzero((img[..., channel] > 150) & (others < 90))
        assert len(xs) > 20, channel
        return ys, xs

    (ry, rx), (gy, gx), (by, bx) = where(0), where(1), where(2)
    # Rerun's eye direction (see reference-screens/view_coordinates_simple.png): in front, a little
    # right and above, looking at the scene's centre. Rerun's distance (1.5x the half diagonal)
    # crops this scene, cutting X to its tip and the origin off; ours moves back until nothing is cut.
    assert by.min() < gy.min() and abs(int(bx[by.argmin()]) - int(bx[by.argmax()])) < 0.1 * width  # Z: up
    assert gy.max() - gy.min() > 0.2 * height and gx[gy.argmin()] < 0.5 * width  # Y: away from us, up the screen
    assert rx.max() > 0.6 * width and ry[rx.argmax()] < ry[rx.argmin()]  # X: to the right, towards the horizon
    for ys, xs in ((ry, rx), (gy, gx), (by, bx)):  # every arrow whole: none touches the view's edge
        assert xs.min() > 2 and xs.max() < width - 3 and ys.min() > 2 and ys.max() < height - 3


def test_a_view_taller_than_wide_shows_what_a_wide_one_shows(page, viewer, tmp_path) -> None:
    # A 3D view beside a plot is taller than wide: Rerun's distance put both points outside it.
    rec = rr.new_recording("rerun_test_browser_tall")
    path = tmp_path / "tall.rrd"
    rec.save(path)
    rec.set_time_sequence("frame", 0)
    rec.log("pts", rr.Points3D([[1.9, 0, 0], [0, 1, 0]], radii=0.1, colors=[255, 0, 0]))
    rec.log("s", rr.Scalar(1.0))
    rec.disconnect()
    open_viewer(page, viewer(files=[path]))
    from PIL import Image

    body = page.locator(".view-tile[data-view-kind='3D'] .view-body")
    box = body.bounding_box()
    assert box is not None and box["height"] > box["width"]
    img = np.asarray(Image.open(io.BytesIO(body.screenshot())).convert("RGB")).astype(int)
    red = (img[..., 0] > 200) & (img[..., 1] < 60) & (img[..., 2] < 60)
    _, labels = np.unique(np.nonzero(red)[1] > img.shape[1] / 2, return_counts=True)
    assert len(labels) == 2 and labels.min() > 300  # a whole disc on each side


def test_scrubbing_many_entities_shows_the_changed_one_and_keeps_the_rest(page, viewer, tmp_path) -> None:
    """The page resolves spatial answers by drawable key: after one entity of many changes,
    scrubbing shows its new label at the new time and its old one back at the old time, and
    every other entity stays drawn."""
    path = tmp_path / "many.rrd"
    rec = rr.new_recording("rerun_test_browser_many")
    rec.save(path)
    rec.set_time_sequence("frame", 0)
    for e in range(24):
        rec.log(f"world/e{e}", rr.Points3D([[e, 0, 0]], labels=f"e{e} old"))
    rec.set_time_sequence("frame", 1)
    rec.log("world/e3", rr.Points3D([[3, 1, 0]], labels="e3 new"))
    rec.disconnect()
    server = viewer(files=[path])
    open_viewer(page, server)

    def labels() -> dict[str, str]:
        return page.eval_on_selector_all(
            ".view-tile[data-view-kind='3D'] .label[data-entity-path]", "els => Object.fromEntries(els.map(e => [e.dataset.entityPath, e.textContent]))"
        )

    def shows(text: str) -> None:
        page.wait_for_function(
            "t => [...document.querySelectorAll(\".view-tile[data-view-kind='3D'] .label[data-entity-path='/world/e3']\")].some(e => e.textContent === t)",
            arg=text,
            timeout=10_000,
        )
        wait_rendered(page)

    lanes = page.locator("[data-testid=time-lanes]").bounding_box()
    assert lanes is not None
    shows("e3 new")  # the last time at first
    for x, text in ((lanes["x"] + 12, "e3 old"), (lanes["x"] + lanes["width"] - 12, "e3 new"), (lanes["x"] + 12, "e3 old")):
        page.mouse.click(x, lanes["y"] + 10)
        shows(text)
        shown = labels()
        assert len(shown) == 24
        assert all(shown[f"/world/e{e}"] == f"e{e} old" for e in range(24) if e != 3)
