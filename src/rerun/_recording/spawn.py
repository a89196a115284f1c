"""Starting a viewer: as a separate process (`rr.spawn`) or inside this one (`rr.serve`)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from typing import Any

from .._log_msg import LogMsg
from .sinks import Sink


def _is_listening(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.2):
            return True
    except OSError:
        return False


def spawn_viewer(port: int = 9876, memory_limit: str = "75%", wait_secs: float = 10.0) -> None:
    """
    Start `rerun --port PORT` in its own process unless something already listens on the port.

    Waits (at most `wait_secs`) until the viewer accepts connections, so that a script which
    ends right away still gets all its data across.
    """
    if _is_listening(port):
        return
    command = [sys.executable, "-m", "rerun", "--port", str(port), "--memory-limit", memory_limit]
    env = dict(os.environ)
    env.pop("RERUN", None)  # the viewer must run even when the script disabled logging by env
    subprocess.Popen(  # noqa: S603 - our own interpreter and module
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=None if os.environ.get("RERUN_VIEWER_LOG") else subprocess.DEVNULL,
        start_new_session=True,
        env=env,
    )
    deadline = time.monotonic() + wait_secs
    while time.monotonic() < deadline:
        if _is_listening(port):
            return
        time.sleep(0.05)
    import warnings

    warnings.warn(f"rerun: the viewer did not start listening on port {port} within {wait_secs:g} s", stacklevel=3)


class InProcessSink(Sink):
    """Hands messages straight to a viewer server running in this process."""

    def __init__(self, server: Any) -> None:
        self._server = server

    def send(self, msg: LogMsg) -> None:
        self._server.add_message(msg)


def serve_in_process(
    open_browser: bool = True, web_port: int | None = None, ws_port: int | None = None, memory_limit: str = "25%"
) -> Sink:
    """Start the viewer server in a background thread of this process; return a sink feeding it."""
    from .._viewer.server import ViewerServer

    server = ViewerServer(web_port=web_port or 9090, tcp_port=None, open_browser=open_browser, memory_limit=memory_limit)
    server.start_in_thread()
    return InProcessSink(server)
