"""Starting a viewer: as a separate process (`rr.spawn`) or inside this one (`rr.serve`)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from typing import Any

from .._log_msg import LogMsg
from .sinks import DroppingSink, Sink


def _is_listening(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.2):
            return True
    except OSError:
        return False


DEFAULT_PORT = 9876


def resolve_port(port: int) -> int:
    """The SDK port to use: `$RERUN_PORT` replaces the default 9876 (lets tests and CI avoid a real viewer)."""
    env = os.environ.get("RERUN_PORT")
    if port == DEFAULT_PORT and env:
        try:
            return int(env)
        except ValueError:
            pass
    return port


def spawn_viewer(port: int = DEFAULT_PORT, memory_limit: str = "75%", wait_secs: float = 10.0) -> None:
    """
    Start `rerun --port PORT` in its own process unless something already listens on the port.

    Waits (at most `wait_secs`) until the viewer accepts connections, so that a script which
    ends right away still gets all its data across. The viewer outlives the script (its own
    session), so it keeps showing the data after the script ends.
    """
    port = resolve_port(port)
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

    def send_all(self, msgs: list[LogMsg]) -> None:
        for msg in msgs:
            self._server.add_message(msg)

    def for_forked_child(self) -> Sink:
        # The server's threads stayed in the parent.
        return DroppingSink("this process was forked from one serving the viewer in-process (rr.serve)")


def serve_in_process(
    open_browser: bool = True,
    web_port: int | None = None,
    ws_port: int | None = None,
    memory_limit: str = "25%",
    bind: str = "127.0.0.1",
) -> Sink:
    """Start the viewer server in a background thread of this process; return a sink feeding it.

    `ws_port` is accepted for compatibility with Rerun: the WebSocket shares the web port here.
    The URL is printed when no browser can be opened (remote machines, notebooks).
    """
    from .._viewer.server import ViewerServer, should_open_browser

    if web_port is None:
        try:
            web_port = int(os.environ.get("RERUN_WEB_VIEWER_PORT", 9090))
        except ValueError:
            web_port = 9090
    server = ViewerServer(web_port=web_port, tcp_port=None, bind=bind, open_browser=open_browser, memory_limit=memory_limit)
    server.start_in_thread()
    if not (open_browser and should_open_browser()):
        print(f"rerun: the viewer is served at {server.url}", file=sys.stderr)
    global _SERVED
    _SERVED = server
    return InProcessSink(server)


#: The last server started by `serve_in_process` (kept alive for the life of the process).
_SERVED: Any = None
