"""`rerun [FILE.rrd ... | -]`: start the viewer, load recordings, listen for SDK streams."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import re
import sys

from .ingest import format_bytes, parse_memory_limit

DEFAULT_TCP_PORT = 9876
DEFAULT_WEB_PORT = 9090

_DESCRIPTION = """\
Start the pyrerun viewer.

It listens for SDK streams (rr.connect / rr.spawn) on TCP --port, loads the given .rrd files
(or stdin with "-"), and serves the web app on http://BIND:WEB_VIEWER_PORT. The page opens in
the default browser unless --no-browser is given or there is no display; the URL is printed.
"""

_EPILOG = """\
environment:
  RERUN_PORT              default for --port
  RERUN_WEB_VIEWER_PORT   default for --web-viewer-port
  RERUN_NO_BROWSER=1      never open a browser

other commands:
  rerun print FILE.rrd [-v]   summarise a recording file
  rerun demo                  open the viewer with a demo recording

examples:
  rerun                                  wait for a script to connect
  rerun recording.rrd                    view a file
  python my_script.py --stdout | rerun -   view a stream from a pipe
  rerun rec.rrd --screenshot-to out.png --window-size 1280x800
"""


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


def _window_size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d+)\s*[xX]\s*(\d+)\s*", text)
    if not m or int(m.group(1)) <= 0 or int(m.group(2)) <= 0:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1280x800, got {text!r}")
    return int(m.group(1)), int(m.group(2))


def _memory_limit(text: str) -> str:
    try:
        parse_memory_limit(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
    return text


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a port number, got {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"port {value} is outside 0-65535")
    return value


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rerun",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help='.rrd files to load; "-" reads stdin')
    parser.add_argument(
        "--port",
        type=_port,
        default=_env_int("RERUN_PORT", DEFAULT_TCP_PORT),
        help="TCP port for SDK streams (default: %(default)s)",
    )
    parser.add_argument(
        "--web-viewer-port",
        type=_port,
        default=_env_int("RERUN_WEB_VIEWER_PORT", DEFAULT_WEB_PORT),
        help="HTTP/WebSocket port of the web app (default: %(default)s; a free one if it is taken)",
    )
    parser.add_argument(
        "--bind",
        default="127.0.0.1",
        help="address to listen on (default: %(default)s); other addresses expose your data and print a warning",
    )
    parser.add_argument(
        "--memory-limit",
        type=_memory_limit,
        default="75%",
        help="e.g. 75%% (of RAM) or 4GB; beyond it the oldest data is dropped (static data kept) and the page says so (default: %(default)s)",
    )
    parser.add_argument("--no-browser", action="store_true", help="do not open a browser; just print the URL")
    parser.add_argument(
        "--screenshot-to",
        metavar="PATH",
        help="load the files, render the page in headless Chromium, write a PNG to PATH and exit",
    )
    parser.add_argument(
        "--window-size",
        type=_window_size,
        default=(1280, 800),
        metavar="WxH",
        help="window size for --screenshot-to (default: 1280x800)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="log only warnings")
    return parser


def _setup_logging(quiet: bool) -> None:
    logger = logging.getLogger("rerun.viewer")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("[rerun] %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
    logger.setLevel(logging.WARNING if quiet else logging.INFO)


def main(argv: list[str] | None = None) -> int:
    """Run the viewer until interrupted (or until the screenshot is written). Returns the exit code."""
    args = make_parser().parse_args(sys.argv[1:] if argv is None else argv)
    _setup_logging(args.quiet)
    try:
        return asyncio.run(_run(args))
    except KeyboardInterrupt:
        return 0


async def _run(args: argparse.Namespace) -> int:
    from .server import ViewerServer, should_open_browser

    screenshot = args.screenshot_to is not None
    if screenshot:
        try:
            from . import screenshot as screenshot_module  # noqa: F401
        except ImportError as err:
            print(f"rerun: --screenshot-to needs rerun._viewer.screenshot, which is missing ({err})", file=sys.stderr)
            return 1
    server = ViewerServer(
        web_port=args.web_viewer_port,
        tcp_port=None if screenshot else args.port,
        bind=args.bind,
        open_browser=not args.no_browser and not screenshot,
        memory_limit=args.memory_limit,
    )
    try:
        await server.start()
    except OSError as err:
        print(f"rerun: cannot serve on {args.bind}:{args.web_viewer_port}: {err.strerror or err}", file=sys.stderr)
        return 1
    limit = server.guard.limit_bytes
    log = logging.getLogger("rerun.viewer")
    log.info("viewer: %s", server.url)
    if server.tcp_port is not None:
        log.info("listening for SDK streams on %s:%d", args.bind, server.tcp_port)
    if limit is not None:
        log.info("memory limit: %s", format_bytes(limit))
    if not screenshot and (args.no_browser or not should_open_browser()):
        print(f"Open the viewer at {server.url}", flush=True)

    loop = asyncio.get_running_loop()
    for path in args.files:
        if path == "-":
            await loop.run_in_executor(None, server.load_stdin)
        else:
            await loop.run_in_executor(None, server.load_file, path)

    if screenshot:
        from .screenshot import take_screenshot

        width, height = args.window_size
        try:
            out = await loop.run_in_executor(None, take_screenshot, server.url + "/", args.screenshot_to, width, height)
        except Exception as err:  # noqa: BLE001 - any failure is reported as such, with a non-zero exit
            print(f"rerun: screenshot failed: {err}", file=sys.stderr)
            await server.stop()
            return 1
        print(f"Wrote {out}")
        await server.stop()
        return 0
    try:
        await asyncio.Event().wait()  # serve until interrupted
    finally:
        await server.stop()
    return 0
