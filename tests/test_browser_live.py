"""Live streaming as a user sees it: a script run again next to an open viewer, and a big point cloud
next to fast scalars (the page must not rebuild or recompile what did not change)."""

from __future__ import annotations

import numpy as np

import rerun as rr
from browser_support import open_viewer, wait_rendered

# Counts WebGL shader program links and big buffer uploads, before the app creates its contexts.
COUNT_GL_WORK = """
(() => {
  window.__glLinks = 0;
  window.__glBigUploads = 0;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const link = proto.linkProgram;
    proto.linkProgram = function (...args) { window.__glLinks += 1; return link.apply(this, args); };
    const upload = proto.bufferData;
    proto.bufferData = function (target, data, ...rest) {
      if (data && data.byteLength >= 100000) window.__glBigUploads += 1;
      return upload.call(this, target, data, ...rest);
    };
    // A batch of the same size is rewritten in place (whole, or in ranges of elements).
    const rewrite = proto.bufferSubData;
    proto.bufferSubData = function (target, offset, data, srcOffset, length) {
      const bytes = data && length !== undefined ? length * (data.BYTES_PER_ELEMENT || 1) : data ? data.byteLength : 0;
      if (bytes >= 100000) window.__glBigUploads += 1;
      return rewrite.apply(this, arguments);
    };
  }
})();
"""


def _current_time_is(page, text: str) -> None:
    page.wait_for_function(
        "t => document.querySelector('[data-testid=current-time]').textContent === t", arg=text, timeout=10_000
    )


def test_a_new_live_recording_replaces_the_shown_one_unless_the_user_picked(page, viewer) -> None:
    server = viewer(tcp=True)
    first = rr.new_recording("rerun_test_live_first")
    first.connect(f"127.0.0.1:{server.tcp_port}")
    first.set_time_sequence("step", 0)
    first.log("first/value", rr.Scalar(1.0))
    first.flush()
    first.disconnect()
    open_viewer(page, server)
    page.wait_for_selector("[data-testid=recordings] button.active:has-text('rerun_test_live_first')")

    # Running the script again: the viewer shows the new run, as Rerun does.
    second = rr.new_recording("rerun_test_live_second")
    second.connect(f"127.0.0.1:{server.tcp_port}")
    try:
        for i in range(3):
            second.set_time_sequence("step", i)
            second.log("second/value", rr.Scalar(float(i)))
        second.flush()
        page.wait_for_selector("[data-testid=recordings] button.active:has-text('rerun_test_live_second')", timeout=10_000)
        _current_time_is(page, "#2")
        wait_rendered(page)
        assert page.locator(".tree-row:has-text('second')").count() >= 1

        # Once the user picked a recording, a newer one does not take the page away from it.
        page.click("[data-testid=recordings] button:has-text('rerun_test_live_first')")
        page.wait_for_selector("[data-testid=recordings] button.active:has-text('rerun_test_live_first')")
        third = rr.new_recording("rerun_test_live_third")
        third.connect(f"127.0.0.1:{server.tcp_port}")
        third.log("third/value", rr.TextDocument("third"), static=True)
        third.flush()
        page.wait_for_selector("[data-testid=recordings] button:has-text('rerun_test_live_third')", timeout=10_000)
        third.disconnect()
        assert "rerun_test_live_first" in page.inner_text("[data-testid=recordings] button.active")
    finally:
        second.disconnect()


def test_live_scalars_next_to_a_big_cloud_neither_recompile_shaders_nor_reupload_the_cloud(page, viewer) -> None:
    page.add_init_script(COUNT_GL_WORK)
    server = viewer(tcp=True)
    open_viewer(page, server)
    rec = rr.new_recording("rerun_test_live_cloud")
    rec.connect(f"127.0.0.1:{server.tcp_port}")
    try:
        rec.set_time_sequence("step", 0)
        rec.log("cloud", rr.Points3D(np.random.default_rng(0).random((20_000, 3), dtype=np.float32)))
        rec.log("plot/value", rr.Scalar(0.0))
        rec.flush()
        _current_time_is(page, "#0")
        page.wait_for_selector(".view-tile[data-view-kind='3D']")
        wait_rendered(page)
        links = page.evaluate("window.__glLinks")
        uploads = page.evaluate("window.__glBigUploads")
        assert uploads >= 1, "the cloud was never uploaded"
        # New scalars move the followed time; the cloud at that time is still the one of step 0.
        for step in range(1, 6):
            rec.set_time_sequence("step", step)
            rec.log("plot/value", rr.Scalar(float(step)))
            rec.flush()
            _current_time_is(page, f"#{step}")
            wait_rendered(page)
        assert page.evaluate("window.__glBigUploads") == uploads
        assert page.evaluate("window.__glLinks") == links
        # A new cloud is uploaded once, and draws with the shader programs it already has.
        rec.set_time_sequence("step", 6)
        rec.log("cloud", rr.Points3D(np.random.default_rng(1).random((20_000, 3), dtype=np.float32)))
        rec.flush()
        _current_time_is(page, "#6")
        page.wait_for_function("n => window.__glBigUploads > n", arg=uploads, timeout=10_000)
        wait_rendered(page)
        assert page.evaluate("window.__glLinks") == links
    finally:
        rec.disconnect()


def test_live_data_for_the_same_entities_keeps_the_trees_and_lanes(page, viewer) -> None:
    """Rebuilding the blueprint tree and every stream lane ~10 times a second made live pages stutter."""
    server = viewer(tcp=True)
    open_viewer(page, server)
    rec = rr.new_recording("rerun_test_live_lanes")
    rec.connect(f"127.0.0.1:{server.tcp_port}")
    try:
        rec.set_time_sequence("step", 0)
        rec.log("plot/value", rr.Scalar(0.0))
        rec.flush()
        _current_time_is(page, "#0")
        page.wait_for_selector(".streams-names .tree-row[data-entity-path='/plot/value']")
        page.evaluate("""() => {
            document.querySelector(".streams-names .tree-row[data-entity-path='/plot/value']").dataset.tagged = "1";
            document.querySelector(".tree-row[data-node-id]").dataset.tagged = "1";
        }""")
        for step in range(1, 4):
            rec.set_time_sequence("step", step)
            rec.log("plot/value", rr.Scalar(float(step)))
            rec.flush()
            _current_time_is(page, f"#{step}")
        assert page.evaluate("() => document.querySelector(\".streams-names .tree-row[data-entity-path='/plot/value']\").dataset.tagged") == "1"
        assert page.evaluate("() => document.querySelector('.tree-row[data-node-id]').dataset.tagged") == "1"
        # A new entity does show up in the streams tree.
        rec.log("plot/other", rr.Scalar(1.0))
        rec.flush()
        page.wait_for_selector(".streams-names .tree-row[data-entity-path='/plot/other']", timeout=10_000)
    finally:
        rec.disconnect()
