"""
The viewer inside Jupyter notebooks (`rr.notebook_show()`), as in Rerun 0.17, but live.

`rr.notebook_show()` puts a viewer in the cell's output that keeps showing what is logged
afterwards, also while a cell is still running a logging loop. It is a Jupyter widget (`anywidget`)
talking to the kernel over the widget's comm: no port is opened and nothing is fetched from the
internet, so it works with remote kernels (JupyterLab, Notebook 7, VS Code). The output also keeps
a static snapshot (the recording as of the last finished cell) that shows when the notebook is
reopened without a kernel or exported to HTML.

Needs the `notebook` extra: `pip install "pyrerun[notebook]"` (anywidget).
"""

from __future__ import annotations

from typing import Any

from ._datamodel.errors import warn
from ._recording.api import get_data_recording
from ._recording.stream import RecordingStream

DEFAULT_WIDTH = 950
DEFAULT_HEIGHT = 712

_MISSING = (
    "rr.notebook_show() needs the anywidget package: pip install 'pyrerun[notebook]' "
    "(or use rr.serve() to view the recording in a browser tab)"
)


class Viewer:
    """
    A live viewer of one recording, for a notebook cell (Rerun 0.17's `rerun.notebook.Viewer`).

    Data logged to the recording after it is created is shown as it arrives. Show it with
    `display()`, or by making it the last expression of a cell.

    Parameters
    ----------
    width, height:
        Size of the viewer in CSS pixels (default 950 x 712, as Rerun 0.17).
    blueprint:
        A blueprint to send to the recording first (made active and default), as `rr.send_blueprint`.
    recording:
        The recording to show; default: the current recording (`rr.init`).

    Raises
    ------
    ValueError
        There is no recording (call `rr.init` first), as in Rerun 0.17.

    """

    def __init__(
        self,
        *,
        width: int = DEFAULT_WIDTH,
        height: int = DEFAULT_HEIGHT,
        blueprint: Any = None,
        recording: RecordingStream | None = None,
    ) -> None:
        rec = get_data_recording(recording)
        if rec is None:
            raise ValueError("No recording specified and no active recording found")
        self._recording = rec
        self._width = int(width)
        self._height = int(height)
        if blueprint is not None:
            rec.send_blueprint(blueprint)
        self._shown = False

    def display(self, block_until_ready: bool = True) -> None:
        """Show the viewer in the current cell's output now (`block_until_ready` is accepted for 0.17; nothing waits)."""
        self._shown = True
        _show(self._recording, self._width, self._height)

    def _repr_mimebundle_(self, **_kwargs: Any) -> dict[str, Any] | None:
        if self._shown:
            return {"text/plain": repr(self)}
        self._shown = True
        _show(self._recording, self._width, self._height)
        return {"text/plain": ""}

    def __repr__(self) -> str:
        return f"rerun.notebook.Viewer({self._recording!r}, width={self._width}, height={self._height})"


def _show(recording: RecordingStream, width: int, height: int) -> None:
    if not recording.enabled:
        return
    try:
        import anywidget  # noqa: F401
    except ImportError:
        warn(_MISSING)
        return
    from ._viewer.notebook import show

    show(recording, width, height)


def notebook_show(
    *,
    width: int = DEFAULT_WIDTH,
    height: int = DEFAULT_HEIGHT,
    blueprint: Any = None,
    recording: RecordingStream | None = None,
) -> None:
    """
    Show the recording in the current notebook cell: a live viewer (Rerun 0.17's `rr.notebook_show`).

    Everything logged before and after the call is shown; several calls show several viewers.
    Without the `notebook` extra (anywidget) a `RerunWarning` names the install command.

    Parameters
    ----------
    width, height:
        Size of the viewer in CSS pixels (default 950 x 712, as Rerun 0.17).
    blueprint:
        A blueprint to send first (made active and default), as `rr.send_blueprint`.
    recording:
        The recording to show; default: the current recording (`rr.init`).

    Raises
    ------
    ValueError
        There is no recording (call `rr.init` first), as in Rerun 0.17.

    """
    Viewer(width=width, height=height, blueprint=blueprint, recording=recording).display()


__all__ = ["DEFAULT_HEIGHT", "DEFAULT_WIDTH", "RecordingStream", "Viewer", "get_data_recording", "notebook_show"]
