"""Notebooks: `rr.notebook_show()` is a live widget over the Jupyter comm, and the saved output keeps a
snapshot that shows the data (checked by executing real notebooks with nbclient + ipykernel and
opening the saved output in headless Chromium)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import rerun as rr
from rerun._viewer import protocol as P
from rerun._viewer.wire import decode_to_dict

SRC = str(Path(__file__).resolve().parents[1] / "src")


def test_import_rerun_imports_no_notebook_packages() -> None:
    code = "import sys, rerun, rerun.notebook; print(sorted(m for m in ('anywidget', 'ipywidgets', 'IPython', 'traitlets') if m in sys.modules))"
    env = {**os.environ, "PYTHONPATH": SRC}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_notebook_show_without_a_recording_raises_as_rerun_017(monkeypatch: pytest.MonkeyPatch) -> None:
    import rerun.notebook as notebook

    monkeypatch.setattr(notebook, "get_data_recording", lambda recording=None: recording)
    with pytest.raises(ValueError, match="No recording specified"):
        rr.notebook_show()


class _FakeWidget:
    """The part of an anywidget widget the host uses: `send` and `on_msg` (the comm)."""

    def __init__(self) -> None:
        self.sent: list[tuple[dict[str, Any], bytes]] = []
        self.handler: Any = None

    def send(self, content: dict[str, Any], buffers: list[bytes]) -> None:
        self.sent.append((content, bytes(buffers[0])))

    def on_msg(self, handler: Any) -> None:
        self.handler = handler

    def from_page(self, content: dict[str, Any], frame: bytes | None = None) -> None:
        self.handler(self, content, [frame] if frame is not None else [])

    def messages(self) -> list[dict[str, Any]]:
        return [decode_to_dict(frame) for _, frame in self.sent]


def _wait_for(predicate: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError("timed out")


def test_a_widget_page_gets_the_recording_and_its_queries_answered_over_the_comm() -> None:
    pytest.importorskip("aiohttp")
    from rerun._viewer.notebook import NotebookHost, host_for

    rec = rr.new_recording("rerun_test_notebook_comm")
    rec.set_time_sequence("step", 0)
    rec.log("points", rr.Points3D([[0, 0, 0], [1, 1, 1]]))
    host = host_for(rec)
    assert isinstance(host, NotebookHost)
    rec.flush()
    widget = _FakeWidget()
    host.attach(widget, 300, 200)
    widget.from_page({"kind": "open"})  # the page in the iframe loaded
    _wait_for(lambda: any(m["type"] == "view_data" for m in widget.messages()))
    messages = widget.messages()
    types = [m["type"] for m in messages]
    assert types.index("hello") < types.index("recording_summary")
    view = next(m for m in messages if m["type"] == "view_data")
    assert view["request_id"] == 0 and view["store_id"] == str(rec.store_id)

    # A query from the page is answered with its request id, like over the WebSocket.
    query = P.QueryView(7, str(rec.store_id), view["view_id"], "3D", "/", ["+ /**"], "step", 0)
    widget.from_page({"kind": "frame"}, P.encode_message(query))
    _wait_for(lambda: any(m["type"] == "view_data" and m["request_id"] == 7 for m in widget.messages()))

    # Data logged later reaches the host (the recording's sink feeds it), and a busy-cell refresh pushes it.
    rec.set_time_sequence("step", 1)
    rec.log("more", rr.Points3D([[2, 2, 2]]))
    rec.flush()
    widget.sent.clear()
    host.refresh_now()
    _wait_for(lambda: any(m["type"] == "recording_summary" for m in widget.messages()))
    summary = next(m for m in widget.messages() if m["type"] == "recording_summary")
    assert "/more" in str(summary["entities"])


# -- real notebooks --------------------------------------------------------------------------------------


def _need_jupyter() -> None:
    for module in ("nbclient", "nbformat", "nbconvert", "ipykernel", "anywidget"):
        pytest.importorskip(module, reason=f"{module} is not installed (pip install -e '.[notebook,test]')")


def _execute(cells: list[str], tmp_path: Path) -> Any:
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in cells]
    env_path = os.environ.get("PYTHONPATH", "")
    os.environ["PYTHONPATH"] = SRC + (os.pathsep + env_path if env_path else "")
    try:
        client = NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
        client.execute()
    finally:
        os.environ["PYTHONPATH"] = env_path
    path = tmp_path / "executed.ipynb"
    nbformat.write(nb, path)
    return nbformat.read(path, as_version=4)


def _outputs(nb: Any) -> list[list[dict[str, Any]]]:
    return [list(cell.get("outputs", [])) for cell in nb.cells]


def _errors(nb: Any) -> list[str]:
    return [f"{o.get('ename')}: {o.get('evalue')}" for outs in _outputs(nb) for o in outs if o.get("output_type") == "error"]


def _viewer_outputs(nb: Any) -> list[dict[str, Any]]:
    return [o["data"] for outs in _outputs(nb) for o in outs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]


def _snapshot_outputs(nb: Any) -> list[str]:
    return [o["data"]["text/html"] for outs in _outputs(nb) for o in outs if "Rerun viewer (saved snapshot)" in o.get("data", {}).get("text/html", "")]


def test_saved_notebook_output_shows_data_logged_before_and_after_the_show(tmp_path: Path) -> None:
    _need_jupyter()
    from browser_support import CHROMIUM

    if CHROMIUM is None:
        pytest.skip("no Chromium found (apt-get install chromium); CI installs it")
    nb = _execute(
        [
            "import rerun as rr\n"
            "rr.init('rerun_test_notebook_saved')\n"
            "rr.set_time_sequence('step', 0)\n"
            "rr.log('first', rr.Points2D([[0, 0], [10, 10]], colors=[255, 0, 0], radii=3.0))\n"
            "rr.notebook_show(width=640, height=480)",
            "rr.set_time_sequence('step', 1)\n"
            "rr.log('second', rr.Points2D([[0, 10], [10, 0]], colors=[0, 0, 255], radii=3.0))",
        ],
        tmp_path,
    )
    assert _errors(nb) == []
    assert len(_viewer_outputs(nb)) == 1
    (snapshot,) = _snapshot_outputs(nb)
    page = tmp_path / "saved_output.html"
    page.write_text(f'<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">{snapshot}</body></html>')
    # The notebook exported to HTML (nbconvert) shows it too.
    from nbconvert import HTMLExporter

    exported = tmp_path / "exported.html"
    exported.write_text(HTMLExporter().from_notebook_node(nb)[0])
    for html_file in (page, exported):
        shot = _screenshot(html_file, tmp_path / f"{html_file.stem}.png")
        red, blue = _count_colour(shot, (255, 0, 0)), _count_colour(shot, (0, 0, 255))
        assert red > 200, f"{html_file.name}: the data of the first step is not shown ({red} red pixels)"
        assert blue > 200, f"{html_file.name}: the data logged after rr.notebook_show() is not shown ({blue} blue pixels)"


def _screenshot(page: Path, out: Path) -> Path:
    from playwright.sync_api import sync_playwright

    from browser_support import CHROMIUM
    from rerun._viewer.screenshot import CHROMIUM_ARGS

    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            pg = browser.new_page(viewport={"width": 700, "height": 520})
            pg.on("pageerror", lambda err: errors.append(str(err)))
            pg.goto(page.as_uri(), wait_until="domcontentloaded")
            iframe = pg.locator("iframe[title='Rerun viewer (saved snapshot)']")
            frame = iframe.element_handle(timeout=30_000).content_frame()
            assert frame is not None
            frame.wait_for_selector("body[data-rendered='true']", state="attached", timeout=30_000)
            iframe.screenshot(path=str(out))
        finally:
            browser.close()
    assert errors == []
    return out


def _count_colour(png: Path, rgb: tuple[int, int, int]) -> int:
    from browser_support import colored_pixels

    return int(colored_pixels(png.read_bytes(), rgb))


# Rerun 0.17's notebook example (examples/python/notebook/cube.ipynb) uses these display calls; its
# cells, logging and showing, must all run unchanged.
CUBE_STYLE_CELLS = [
    "from math import cos, sin, tau\nimport numpy as np\nimport rerun as rr\nimport rerun.blueprint as rrb\nrr.init('rerun_example_cube')",
    "def build_color_grid(n=10, twist=0.0):\n"
    "    grid = np.mgrid[-10:10:n*1j, -10:10:n*1j, -10:10:n*1j].reshape(3, -1).T\n"
    "    colors = np.mgrid[0:255:n*1j, 0:255:n*1j, 0:255:n*1j].reshape(3, -1).T.astype(np.uint8)\n"
    "    c, s = cos(twist), sin(twist)\n"
    "    grid = grid @ np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])\n"
    "    return grid, colors",
    "STEPS = 20\n"
    "for t in range(STEPS):\n"
    "    rr.set_time_sequence('step', t)\n"
    "    pos, col = build_color_grid(10, twist=tau * t / STEPS / 4)\n"
    "    rr.log('cube', rr.Points3D(pos, colors=col, radii=0.5))\n"
    "rr.notebook_show()",
    "rr.notebook_show(width=400, height=400)",
    "rr.notebook_show(blueprint=rrb.Horizontal(rrb.Spatial3DView(origin='/'), rrb.TimeSeriesView(origin='/')))",
    "rec = rr.new_recording('rerun_example_cube_flat')\n"
    "pos, col = build_color_grid(5)\n"
    "rec.log('cube', rr.Points3D(pos, colors=col))\n"
    "rec.notebook_show()",
    "viewer = rr.notebook.Viewer(width=500, height=300)\nviewer.display()",
    "mem = rr.memory_recording()\nrr.log('late', rr.Points3D([[0, 0, 0]]))\nmem",
    "mem.show(width=400, height=400)",
    # A blueprint part as the cell's last expression shows a viewer with it (0.17's `_ipython_display_`).
    "rrb.Spatial3DView(name='Horizontal grid', origin='/')",
]


def test_rerun_017_notebook_example_runs_in_every_cell(tmp_path: Path) -> None:
    _need_jupyter()
    nb = _execute(CUBE_STYLE_CELLS, tmp_path)
    assert _errors(nb) == []
    warnings = [o.get("text", "") for outs in _outputs(nb) for o in outs if o.get("name") == "stderr"]
    assert not any("Traceback" in w or "RerunWarning" in w for w in warnings), warnings
    # Every display cell shows a viewer (with its saved snapshot).
    assert len(_viewer_outputs(nb)) == 8
    assert len(_snapshot_outputs(nb)) == 8
