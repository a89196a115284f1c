"""
Showing the viewer inside Jupyter notebooks (`rr.notebook_show()`): not there yet in pyrerun.

The names of Rerun 0.17 exist so that notebooks import and fail at the call with a clear
message; use `rr.serve()` (the viewer in this process, in a browser tab) or `rr.save("x.rrd")`
and `rerun x.rrd` meanwhile.
"""

from __future__ import annotations

from typing import Any

from ._recording.api import get_data_recording
from ._recording.stream import RecordingStream

DEFAULT_WIDTH = 950
DEFAULT_HEIGHT = 712

_NOT_YET = (
    "pyrerun cannot show the viewer inside a notebook yet; use rr.serve() (the viewer in a "
    "browser tab) or rr.save('x.rrd') and `rerun x.rrd` instead"
)


class Viewer:
    """
    Rerun 0.17's notebook viewer widget: not there yet in pyrerun.

    Raises
    ------
    NotImplementedError
        Always, naming the alternatives (`rr.serve()`, `rr.save()`).

    """

    def __init__(
        self,
        *,
        width: int = DEFAULT_WIDTH,
        height: int = DEFAULT_HEIGHT,
        blueprint: Any = None,
        recording: RecordingStream | None = None,
    ) -> None:
        raise NotImplementedError(_NOT_YET)


def notebook_show(
    *,
    width: int = DEFAULT_WIDTH,
    height: int = DEFAULT_HEIGHT,
    blueprint: Any = None,
    recording: RecordingStream | None = None,
) -> None:
    """
    Show the recording in the notebook cell: not there yet in pyrerun.

    Raises
    ------
    NotImplementedError
        Always, naming the alternatives (`rr.serve()`, `rr.save()`).

    """
    raise NotImplementedError(_NOT_YET)


__all__ = ["DEFAULT_HEIGHT", "DEFAULT_WIDTH", "RecordingStream", "Viewer", "get_data_recording", "notebook_show"]
