"""`rerun FILE.rrd --screenshot-to out.png`: headless Chromium renders the recording to a PNG."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

import rerun as rr
from browser_support import CHROMIUM, colored_pixels
from rerun._viewer.screenshot import ScreenshotError, chromium_or_error, take_screenshot


def test_screenshot_command_writes_the_rendered_recording(tmp_path: Path) -> None:
    if CHROMIUM is None:
        pytest.skip("no Chromium found (apt-get install chromium, or set RERUN_CHROMIUM); CI installs it")
    rec = rr.new_recording("rerun_test_screenshot")
    rrd = tmp_path / "shot.rrd"
    rec.save(rrd)
    rec.log("boxes", rr.Boxes2D(centers=[[50, 50]], half_sizes=[[40, 30]], colors=[0, 255, 0], radii=3))
    rec.disconnect()
    out = tmp_path / "out" / "shot.png"
    cmd = [sys.executable, "-m", "rerun", str(rrd), "--screenshot-to", str(out), "--window-size", "800x600"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    from PIL import Image

    png = out.read_bytes()
    assert Image.open(io.BytesIO(png)).size == (800, 600)
    assert colored_pixels(png, (0, 255, 0)) > 200  # the box outline was drawn before the capture


def test_missing_chromium_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RERUN_CHROMIUM", str(tmp_path / "no-such-chromium"))
    with pytest.raises(ScreenshotError, match="RERUN_CHROMIUM=.*not an executable.*apt-get install chromium"):
        chromium_or_error()
    with pytest.raises(ScreenshotError, match="apt-get install chromium"):
        take_screenshot("http://127.0.0.1:1/", tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()
