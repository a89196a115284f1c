"""Remote use: `rr.serve(bind=...)` on a non-loopback-default address, one port for page and WebSocket,
and the page working behind a reverse proxy under a path prefix (checked in headless Chromium)."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from aiohttp import ClientSession, WSMsgType, web

import rerun as rr
from browser_support import RENDERED, colored_pixels

ADDRESS = "127.0.0.2"  # in the loopback range but not 127.0.0.1: exercises a non-default bind


def _can_bind(host: str) -> bool:
    try:
        with socket.socket() as s:
            s.bind((host, 0))
        return True
    except OSError:
        return False


@pytest.fixture
def served() -> Iterator[Any]:
    """A recording served with `rr.serve(bind=127.0.0.2)`, with red points logged."""
    if not _can_bind(ADDRESS):
        pytest.skip(f"cannot bind {ADDRESS} on this machine")
    from rerun._recording import spawn

    # The port is held on 127.0.0.1 without listening while the test runs: a connection there can
    # then only be refused, never reach another process that happened to take the same port.
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    rec = rr.new_recording("rerun_test_remote")
    rec.serve(open_browser=False, web_port=holder.getsockname()[1], bind=ADDRESS)
    server = spawn._SERVED
    server.recording = rec
    rec.log("points", rr.Points2D([[0, 0], [10, 10]], colors=[255, 0, 0], radii=3.0))
    rec.flush()
    yield server
    server.shutdown()
    holder.close()


def test_serve_binds_the_address_asked_for_and_only_it(served: Any) -> None:
    with socket.create_connection((ADDRESS, served.web_port), timeout=2):
        pass
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", served.web_port), timeout=2):
        pass
    assert served.url == f"http://{ADDRESS}:{served.web_port}"


def test_page_through_the_bound_address_shows_the_data(served: Any, page: Any) -> None:
    page.goto(served.url + "/")
    page.wait_for_selector(RENDERED, state="attached", timeout=20_000)
    assert colored_pixels(page.screenshot(), (255, 0, 0)) > 200


class _PrefixProxy:
    """A reverse proxy serving the viewer under /some/prefix/ (HTTP and WebSocket), as nginx would."""

    PREFIX = "/some/prefix"

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.port = 0
        self.loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.path == self.PREFIX:
            raise web.HTTPFound(self.PREFIX + "/")
        tail = request.path[len(self.PREFIX) :]
        # Forward the client's Host (nginx: proxy_set_header Host $host) and Origin unchanged.
        headers = {k: v for k, v in request.headers.items() if k.lower() in ("host", "origin", "if-modified-since")}
        async with ClientSession(auto_decompress=False) as client:
            if request.headers.get("Upgrade", "").lower() == "websocket":
                ws_client = web.WebSocketResponse(max_msg_size=0)
                await ws_client.prepare(request)
                async with client.ws_connect(self.upstream + tail, headers=headers, max_msg_size=0) as ws_up:

                    async def down() -> None:
                        async for msg in ws_up:
                            if msg.type == WSMsgType.BINARY:
                                await ws_client.send_bytes(msg.data)
                            elif msg.type == WSMsgType.TEXT:
                                await ws_client.send_str(msg.data)

                    pump = asyncio.ensure_future(down())
                    async for msg in ws_client:
                        if msg.type == WSMsgType.BINARY:
                            await ws_up.send_bytes(msg.data)
                        elif msg.type == WSMsgType.TEXT:
                            await ws_up.send_str(msg.data)
                    pump.cancel()
                return ws_client
            async with client.get(self.upstream + tail, headers=headers) as up:
                body = await up.read()
                keep = {k: v for k, v in up.headers.items() if k.lower() in ("content-type", "content-security-policy")}
                return web.Response(status=up.status, body=body, headers=keep)

    def start(self) -> None:
        ready = threading.Event()

        async def main() -> None:
            app = web.Application()
            app.router.add_route("GET", self.PREFIX + "{tail:.*}", self._handle)
            self._runner = web.AppRunner(app)
            await self._runner.setup()
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            await site.start()
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            ready.set()

        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        asyncio.run_coroutine_threadsafe(main(), self.loop)
        assert ready.wait(10)

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)


def test_page_behind_a_path_prefix_proxy_shows_the_data(served: Any, page: Any) -> None:
    proxy = _PrefixProxy(served.url)
    proxy.start()
    try:
        page.goto(f"http://127.0.0.1:{proxy.port}{proxy.PREFIX}")  # redirected to the prefix with a slash
        page.wait_for_selector(RENDERED, state="attached", timeout=20_000)
        assert page.url.endswith(proxy.PREFIX + "/")
        assert colored_pixels(page.screenshot(), (255, 0, 0)) > 200
        # Data logged now arrives live through the proxied WebSocket.
        served.recording.log("more", rr.Points2D([[0, 10], [10, 0]], colors=[0, 0, 255], radii=3.0))
        served.recording.flush()
        for _ in range(100):
            if colored_pixels(page.screenshot(), (0, 0, 255)) > 200:
                break
            page.wait_for_timeout(200)
        else:
            raise AssertionError("data logged after the page opened did not arrive through the proxy")
    finally:
        page.close()  # ends the proxied WebSocket first
        proxy.stop()
