"""The live widget in a real JupyterLab, driven by headless Chromium: a cell shows the viewer and keeps
logging in a loop; the viewer shows the new data while the cell is still running."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from browser_support import CHROMIUM, colored_pixels

SRC = str(Path(__file__).resolve().parents[1] / "src")

LIVE_CELL = """\
import time
import rerun as rr
rr.init("rerun_test_jupyterlab_live")
rr.set_time_sequence("step", 0)
rr.log("first", rr.Points2D([[0, 0], [10, 10]], colors=[255, 0, 0], radii=3.0))
rr.notebook_show(width=640, height=420)
for step in range(1, 200):
    rr.set_time_sequence("step", step)
    if step == 10:
        rr.log("second", rr.Points2D([[0, 10], [10, 0]], colors=[0, 0, 255], radii=3.0))
    rr.log("tick", rr.Scalar(step))
    time.sleep(0.2)
print("loop done")
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _notebook(path: Path) -> None:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(LIVE_CELL)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)


SAVED_CELLS = [
    "import rerun as rr\n"
    "rr.init('rerun_test_jupyterlab_saved')\n"
    "rr.set_time_sequence('step', 0)\n"
    "rr.log('first', rr.Points2D([[0, 0], [10, 10]], colors=[255, 0, 0], radii=3.0))\n"
    "rr.notebook_show(width=640, height=420)",
    "rr.set_time_sequence('step', 1)\nrr.log('second', rr.Points2D([[0, 10], [10, 0]], colors=[0, 0, 255], radii=3.0))",
]


def _saved_notebook(path: Path, env: dict[str, str]) -> None:
    """A notebook run to the end (nbclient) and saved, then signed as trusted, as its user's own would be."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in SAVED_CELLS]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = env["PYTHONPATH"]
    try:
        NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    finally:
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old
    nbformat.write(nb, path)
    subprocess.run([sys.executable, "-m", "nbformat.sign", str(path)], env=env, check=True, capture_output=True)  # noqa: S603


@pytest.fixture(scope="module")
def jupyterlab(tmp_path_factory: pytest.TempPathFactory) -> Any:
    tmp_path = tmp_path_factory.mktemp("lab")
    for module in ("jupyterlab", "anywidget", "ipykernel", "nbformat"):
        pytest.importorskip(module, reason=f"{module} is not installed (pip install jupyterlab and the notebook extra)")
    if CHROMIUM is None:
        pytest.skip("no Chromium found (apt-get install chromium); CI installs it")
    if shutil.which("jupyter") is None:
        pytest.skip("the jupyter command is not on PATH")
    _notebook(tmp_path / "live.ipynb")
    port, token = _free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", ""),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "cfg"),
        "JUPYTER_DATA_DIR": str(tmp_path / "data"),  # the notebook signatures (trust) of this test only
        "JUPYTER_PATH": os.pathsep.join(p for p in (os.environ.get("JUPYTER_PATH"), sys.prefix + "/share/jupyter") if p),
    }
    _saved_notebook(tmp_path / "saved.ipynb", env)
    proc = subprocess.Popen(  # noqa: S603 - jupyter lab of this environment, on loopback
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}", f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={tmp_path}", "--ServerApp.open_browser=False", "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
        + (["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60  # JupyterLab starts in ~5 s alone, much slower on a busy machine
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("jupyter lab did not start listening within 60 s")
        yield f"http://127.0.0.1:{port}/{{front}}/{{name}}.ipynb?token={token}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _widget_pixels(page: Any, rgb: tuple[int, int, int]) -> int:
    iframe = page.locator("iframe[title='Rerun viewer']").first
    return colored_pixels(iframe.screenshot(), rgb)


# JupyterLab, and Notebook 7 (its own front end on the same components), served by one server.
FRONTS = ["lab/tree", pytest.param("notebooks", id="notebook7")]


@pytest.mark.parametrize("front", FRONTS)
def test_live_widget_updates_while_the_cell_runs(jupyterlab: str, front: str) -> None:
    from playwright.sync_api import sync_playwright

    if front == "notebooks":
        pytest.importorskip("notebook", reason="Notebook 7 is not installed (pip install notebook)")

    from rerun._viewer.screenshot import CHROMIUM_ARGS

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(jupyterlab.format(front=front, name="live"))
            page.wait_for_selector(".jp-Notebook .jp-Cell .cm-content", timeout=40_000)
            if front == "lab/tree":
                page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=40_000)
            else:  # Notebook 7 shows the kernel's state in its header
                page.wait_for_function("() => /idle/i.test(document.querySelector('.jp-NotebookKernelStatus, #jp-top-panel')?.textContent ?? '') || document.querySelector('.jp-Notebook-ExecutionIndicator[data-status=\\'idle\\']')", timeout=40_000)
            # The front end may drop a key pressed while it still sets the editor up (seen now and
            # then): press again, on the first cell, while the cell has not started.
            for attempt in range(3):
                page.click(".jp-Notebook .jp-Cell .cm-content >> nth=0")
                page.keyboard.press("Shift+Enter")
                try:
                    page.wait_for_selector("iframe[title='Rerun viewer']", timeout=20_000)
                    break
                except Exception:  # noqa: BLE001 - playwright's TimeoutError: try once more
                    if attempt == 2 or "[*]" in page.locator(".jp-Cell .jp-InputPrompt").first.inner_text():
                        page.wait_for_selector("iframe[title='Rerun viewer']", timeout=30_000)
                        break
            deadline = time.monotonic() + 30
            seen_red = seen_blue = False
            while time.monotonic() < deadline and not (seen_red and seen_blue):
                seen_red = seen_red or _widget_pixels(page, (255, 0, 0)) > 200
                seen_blue = seen_blue or _widget_pixels(page, (0, 0, 255)) > 200
                page.wait_for_timeout(300)
            # The cell is still running its loop (its prompt shows "[*]"), and the new data is shown.
            assert "[*]" in page.locator(".jp-Cell .jp-InputPrompt").first.inner_text()
            assert seen_red, "the data logged before rr.notebook_show() is not shown"
            assert seen_blue, "the data logged while the cell runs is not shown live"
        finally:
            browser.close()


def test_saved_notebook_reopened_shows_its_snapshot(jupyterlab: str) -> None:
    """Opened again without running it, the viewer's output shows the data of both cells."""
    from playwright.sync_api import sync_playwright

    from rerun._viewer.screenshot import CHROMIUM_ARGS

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(jupyterlab.format(front="lab/tree", name="saved"))
            snapshot = page.locator("iframe[title='Rerun viewer (saved snapshot)']").first
            snapshot.wait_for(state="visible", timeout=40_000)
            frame = snapshot.element_handle().content_frame()
            frame.wait_for_selector("body[data-rendered='true']", state="attached", timeout=30_000)
            # The widget restored from the saved state has no kernel behind it: it steps aside.
            page.wait_for_timeout(7000)
            assert snapshot.is_visible()
            png = snapshot.screenshot()
            assert colored_pixels(png, (255, 0, 0)) > 200, "the first cell's data is not in the saved snapshot"
            assert colored_pixels(png, (0, 0, 255)) > 200, "the data logged after rr.notebook_show() is not in the saved snapshot"
        finally:
            browser.close()
