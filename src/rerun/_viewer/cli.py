"""`rerun [FILE ... | URL | -]`: start the viewer, load files, listen for SDK streams (options as Rerun 0.17's)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import logging
import os
import re
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import Any

from .ingest import LoadProgress, format_bytes, parse_memory_limit

DEFAULT_TCP_PORT = 9876
DEFAULT_WEB_PORT = 9090
#: `--test-receive` fails when no message arrives within this many seconds (0.17: "a dozen or so").
TEST_RECEIVE_TIMEOUT = 15

_DESCRIPTION = """\
Start the pyrerun viewer.

It listens for SDK streams (rr.connect / rr.spawn) on TCP --port, loads the given files (.rrd
recordings, images, meshes (glb, gltf, obj, stl), point clouds (ply), text (txt, md), MCAP files
and ROS 1/ROS 2 bags (mcap, bag, db3, a ROS 2 bag folder; needs pip install pyrerun[robotics]),
whatever a rerun-loader-* executable on PATH takes, directories of those, http(s) URLs of them, or stdin with
"-"), and serves the web app on http://BIND:WEB_VIEWER_PORT. The page opens in the default
browser unless --no-browser or --serve is given or there is no display; the URL is printed.
"""

_EPILOG = """\
environment:
  RERUN_PORT              default for --port
  RERUN_WEB_VIEWER_PORT   default for --web-viewer-port
  RERUN_NO_BROWSER=1      never open a browser

commands:
  rerun print FILE.rrd [-v]       summarise a recording file
  rerun rrd index FILE...         add the footer index that dataset queries use to read less
  rerun compare A.rrd B.rrd       exit 0 if both hold the same data, else 1 with the first difference
  rerun reset                     forget the viewer's saved state
  rerun analytics ...             accepted (pyrerun collects no analytics)
  rerun demo                      open the viewer with a demo recording
  rerun export FILE.rrd --to out.mcap   write a recording as MCAP (Foxglove schemas where one fits)
  rerun export FILE.rrd --to out.html   write a recording as one self-contained HTML page (opens offline)

examples:
  rerun                                  wait for a script to connect
  rerun recording.rrd                    view a file
  rerun mesh.glb image.png notes.md      view other files (each becomes a recording)
  rerun --save out.rrd                   record what SDKs send, without a viewer (Ctrl-C ends it)
  rerun image.png --save out.rrd         convert files into a recording
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
    parser.add_argument(
        "files", nargs="*", metavar="URL_OR_PATHS", help='files, directories or http(s) URLs to load; "-" reads stdin'
    )
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
    parser.add_argument("--version", action="store_true", help="print the version and quit")
    parser.add_argument(
        "--save",
        metavar="PATH",
        help="write what arrives to an .rrd file instead of showing it: the files given are converted and "
        "the command ends; without files it records SDK streams from --port until interrupted",
    )
    parser.add_argument(
        "--serve", action="store_true", help="serve the viewer without opening a browser (the viewer is always a web app)"
    )
    parser.add_argument("--web-viewer", action="store_true", help="open the viewer in the browser (the default)")
    parser.add_argument(
        "--ws-server-port", type=_port, metavar="PORT", help="accepted; the WebSocket is served on --web-viewer-port"
    )
    parser.add_argument(
        "--server-memory-limit", metavar="LIMIT", help="accepted; the viewer keeps one copy of the data, bounded by --memory-limit"
    )
    parser.add_argument("--drop-at-latency", metavar="LATENCY", help="accepted; data is dropped by --memory-limit, not by latency")
    parser.add_argument("--expect-data-soon", action="store_true", help="accepted (a hint rr.spawn gives Rerun's viewer)")
    parser.add_argument("--hide-welcome-screen", action="store_true", help="accepted; there is no welcome screen to hide")
    parser.add_argument("--persist-state", action="store_true", help="accepted; the web viewer saves no state")
    parser.add_argument("--profile", action="store_true", help="accepted; there is no profiler")
    parser.add_argument("-j", "--threads", type=int, metavar="N", help="accepted; the viewer sizes its own thread pool")
    parser.add_argument("--renderer", metavar="NAME", help="accepted; the browser chooses its renderer (WebGL)")
    parser.add_argument(
        "--test-receive",
        action="store_true",
        help="receive one SDK stream on --port and exit: 0 once it ended after sending data, 1 if it was damaged "
        f"or nothing arrived within {TEST_RECEIVE_TIMEOUT} s",
    )
    return parser


#: Options of Rerun 0.17's viewer that mean nothing here: accepted, and said so once.
_WITHOUT_EFFECT = {
    "ws_server_port": "--ws-server-port: the WebSocket is served on --web-viewer-port, next to the page",
    "server_memory_limit": "--server-memory-limit: the viewer keeps one copy of the data, bounded by --memory-limit",
    "drop_at_latency": "--drop-at-latency: data is dropped when --memory-limit is reached, not by latency",
    "hide_welcome_screen": "--hide-welcome-screen: there is no welcome screen",
    "persist_state": "--persist-state: the web viewer saves no state",
    "profile": "--profile: there is no profiler",
    "threads": "--threads: the viewer sizes its own thread pool",
    "renderer": "--renderer: the browser draws with WebGL",
}

#: The commands `rerun` knows (see `rerun/__main__.py`), for the error on a word that is none of them.
COMMANDS = ("print", "rrd", "compare", "reset", "analytics", "demo", "export")


def version_text() -> str:
    from .. import __version__

    return f"rerun-cli 0.17.0 (pyrerun {__version__}, Python {sys.version.split()[0]})"


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://", "ws://", "wss://"))


def check_sources(sources: list[str]) -> str | None:
    """An error message if a command-line source can never be loaded (so no viewer is started for it)."""
    from .._loaders import SUPPORTED_EXTENSIONS, extension, iter_external_loaders

    for source in sources:
        if source == "-":
            continue
        if source.startswith(("ws://", "wss://")):
            return f"{source}: connecting to another Rerun server over WebSocket is not supported; open its .rrd file or URL instead"
        if _is_url(source):
            continue
        if not os.path.exists(source):
            if os.sep not in source and "/" not in source and "." not in source:
                return f"{source!r} is neither a command ({', '.join(COMMANDS)}) nor an existing file"
            return f"{source}: no such file or directory"
        if os.path.isdir(source):
            continue
        if extension(source) not in SUPPORTED_EXTENSIONS and not any(True for _ in iter_external_loaders()):
            return (
                f"{source}: no data loader for this kind of file; the built-in loaders take "
                f"{', '.join(sorted(SUPPORTED_EXTENSIONS))}, and there is no rerun-loader-* executable on PATH"
            )
    return None


def _is_recording_source(source: str) -> bool:
    from .._loaders import extension, rrd

    return source == "-" or extension(source.split("?", 1)[0]) in rrd.EXTENSIONS


def load_source(
    source: str,
    on_message: Callable[[Any], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Any], str | None]:
    """
    Messages of one non-rrd source (a file, a directory, a URL), as a recording of its own.

    Returns (messages, error); blocking (call from a worker thread). With `on_message`, local
    files stream their messages there as they are read (the list returned is then empty) and
    report `progress(done, total)` (see `file_as_recording`).
    """
    from .._loaders import file_as_recording

    try:
        if _is_url(source):
            from urllib.parse import urlsplit

            contents = _download(source)
            name = os.path.basename(urlsplit(source).path) or "download"
            if _is_recording_source(name):
                from .._loaders import rrd

                return rrd.load(PurePath(name), contents), None
            return file_as_recording(name, contents), None
        return file_as_recording(source, on_message=on_message, progress=progress), None
    except (OSError, ValueError) as err:
        return [], f"cannot load {source}: {err}"


def _download(url: str, timeout: float = 30.0) -> bytes:
    import urllib.request

    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - http(s) only, checked by _is_url
        return bytes(response.read())


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
    if args.version:
        print(version_text())
        return 0
    _setup_logging(args.quiet)
    log = logging.getLogger("rerun.viewer")
    problem = check_sources(args.files)
    if problem is not None:
        print(f"rerun: {problem}", file=sys.stderr)
        return 2
    if args.screenshot_to is not None:
        others = [source for source in args.files if not _is_recording_source(source)]
        if others:
            print(
                f"rerun: --screenshot-to renders recordings (.rrd/.rbl files or '-'); {others[0]} is not one. "
                f"Convert it first: rerun {others[0]} --save recording.rrd",
                file=sys.stderr,
            )
            return 2
    for option, note in _WITHOUT_EFFECT.items():
        if getattr(args, option) not in (None, False):
            log.warning("%s (accepted, no effect)", note)
    try:
        if args.test_receive:
            return asyncio.run(_test_receive(args))
        if args.save is not None:
            return asyncio.run(_save(args))
        return asyncio.run(_run(args))
    except KeyboardInterrupt:
        return 0


def export_main(argv: list[str]) -> int:
    """`rerun export FILE.rrd --to OUT`: write the recording in another format (see `rerun._export`)."""
    from .._export import FORMATS, export

    parser = argparse.ArgumentParser(
        prog="rerun export",
        description=f"Write a recording (.rrd) in another format, chosen by the extension of --to ({', '.join(FORMATS)}).",
    )
    parser.add_argument("source", help="the recording, an .rrd file (for .html also any file the viewer opens: images, meshes, MCAP, bags)")
    parser.add_argument("--to", required=True, metavar="OUT", help="the file to write, e.g. out.mcap or out.html")
    args = parser.parse_args(argv)
    try:
        print(export(args.source, args.to))
    except (OSError, ValueError) as err:
        print(f"rerun export: {err}", file=sys.stderr)
        return 1
    return 0


def reset_main(argv: list[str]) -> int:
    """`rerun reset`: forget the viewer's saved state; the web viewer keeps none, so there is nothing to do."""
    parser = argparse.ArgumentParser(prog="rerun reset", description="Reset the memory of the Rerun Viewer.")
    parser.parse_args(argv)
    print("Nothing to reset: the pyrerun viewer keeps no state between runs (layouts come from your blueprints).")
    return 0


def analytics_main(argv: list[str]) -> int:
    """`rerun analytics ...`: accepted so scripts written for Rerun run; pyrerun collects nothing."""
    parser = argparse.ArgumentParser(prog="rerun analytics", description="Configure analytics (pyrerun collects none).")
    parser.add_argument("command", nargs="?", choices=["details", "clear", "email", "enable", "disable", "config"])
    parser.add_argument("rest", nargs="*")
    parser.parse_args(argv)
    print("pyrerun collects no analytics: there is nothing to configure.")
    return 0


async def _load_sources(server: Any, sources: list[str]) -> list[str]:
    """Load every command-line source into the viewer; returns the sources that could not be shown.

    Every problem is logged and shown on the page. A recording read in part (a truncated or damaged
    file: what came before the damage is loaded) is shown, as Rerun shows it, and is not returned.
    """
    loop = asyncio.get_running_loop()
    problems: list[str] = []
    for source in sources:
        if source == "-" or (_is_recording_source(source) and not _is_url(source)):
            load = server.load_stdin if source == "-" else functools.partial(server.load_file, source)
            progress = await loop.run_in_executor(None, load)
            error = progress.error if not progress.messages else None
        else:
            error = await loop.run_in_executor(None, _import_into_viewer, server.ingestor, source, server.notice)
            if error:
                logging.getLogger("rerun.viewer").warning("%s", error)
                server.notice(error)
        if error:
            problems.append(error)
    return problems


def _import_into_viewer(ingestor: Any, source: str, notice: Callable[[str], None] | None = None) -> str | None:
    """Import a non-rrd source into the viewer as it is read, showing progress on the page and stderr; returns the error.

    The importer's warnings (data it could not read, e.g. a damaged MCAP chunk) go to stderr as
    always and, with `notice`, to the page as well.
    """
    progress = LoadProgress(source)
    reported = 0.0
    shown = _ProgressLine(source)

    def on_message(msg: Any) -> None:
        ingestor.ingest([msg], source)  # the viewer's memory limit applies while the file is read
        progress.messages += 1

    def on_progress(done: int, total: int) -> None:
        nonlocal reported
        progress.bytes_read, progress.bytes_total = done, total
        shown.update(done, total)
        if time.monotonic() - reported > 0.1:
            reported = time.monotonic()
            ingestor.report_progress(progress)

    ingestor.report_progress(progress)
    with _warnings_of_this_thread(notice):
        msgs, error = load_source(source, on_message, on_progress)
    shown.end()
    if msgs:  # a URL: downloaded whole, then taken in
        ingestor.ingest(msgs, source)
    progress.done, progress.error = True, error
    ingestor.report_progress(progress)
    return error


@contextlib.contextmanager
def _warnings_of_this_thread(notice: Callable[[str], None] | None) -> Iterator[None]:
    """Also pass the RerunWarnings this thread shows to `notice` (other threads' warnings are left alone)."""
    if notice is None:
        yield
        return
    from .._datamodel.errors import RerunWarning

    shown = warnings.showwarning
    me = threading.get_ident()

    def show(message: Any, category: type[Warning], filename: str, lineno: int, file: Any = None, line: str | None = None) -> None:
        if threading.get_ident() == me and issubclass(category, RerunWarning):
            notice(str(message))
        shown(message, category, filename, lineno, file, line)

    warnings.showwarning = show
    try:
        yield
    finally:
        if warnings.showwarning is show:
            warnings.showwarning = shown


class _ProgressLine:
    """Progress of a long import on stderr: one line rewritten in a terminal, else a line per tenth."""

    #: Imports quicker than this show nothing (outside a terminal).
    QUIET_SECS = 1.0

    def __init__(self, source: str) -> None:
        self.source = os.path.basename(source) or source
        self.tty = sys.stderr.isatty()
        self.shown_tenths = -1
        self.last = 0.0
        self.started = time.monotonic()

    def update(self, done: int, total: int) -> None:
        if total <= 0:
            return
        tenths = min(10, done * 10 // total)
        now = time.monotonic()
        if self.tty:
            if now - self.last < 0.2:
                return
            self.last = now
            print(f"\rrerun: importing {self.source}: {100 * done // total}%", end="", file=sys.stderr, flush=True)
        elif tenths > self.shown_tenths and now - self.started >= self.QUIET_SECS:
            self.shown_tenths = tenths
            print(f"rerun: importing {self.source}: {tenths * 10}%", file=sys.stderr, flush=True)

    def end(self) -> None:
        if self.tty and self.last:
            print(file=sys.stderr)


async def _save(args: argparse.Namespace) -> int:
    """`--save PATH`: convert the files given into one .rrd, or record SDK streams from --port until interrupted."""
    from .._recording.sinks import FileSink
    from .._rrd import read_messages

    log = logging.getLogger("rerun.viewer")
    try:
        sink = FileSink(args.save)
    except OSError as err:
        print(f"rerun: cannot write {args.save}: {err.strerror or err}", file=sys.stderr)
        return 1
    loop = asyncio.get_running_loop()
    try:
        if args.files:
            problems = []
            for source in args.files:
                if _is_recording_source(source) and not _is_url(source):
                    with warnings.catch_warnings(record=True) as caught:
                        warnings.simplefilter("always")
                        try:
                            for msg in read_messages(source):
                                sink.send(msg)
                        except Exception as err:  # noqa: BLE001 - reported, the other sources still converted
                            problems.append(f"cannot read {source}: {err}")
                    problems.extend(str(w.message) for w in caught)
                else:
                    shown = _ProgressLine(source)
                    msgs, error = await loop.run_in_executor(None, load_source, source, sink.send, shown.update)
                    shown.end()
                    for msg in msgs:
                        sink.send(msg)
                    if error:
                        problems.append(error)
            for problem in problems:
                print(f"rerun: {problem}", file=sys.stderr)
            print(f"Wrote {args.save}")
            return 1 if problems else 0
        return await _record_streams(args, sink, log)
    finally:
        sink.close()


async def _test_receive(args: argparse.Namespace) -> int:
    """`--test-receive`: wait for one SDK stream; 0 once it ended cleanly after sending messages, else 1."""
    from .._rrd import RrdError, StreamDecoder

    first_message = asyncio.Event()
    result: asyncio.Future[tuple[int, str]] = asyncio.get_running_loop().create_future()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        decoder = StreamDecoder()
        count = 0
        outcome: tuple[int, str] | None = None
        try:
            while data := await reader.read(1 << 20):
                count += len(decoder.feed(data))
                if count:
                    first_message.set()
            if decoder.pending_bytes:
                outcome = (1, f"the stream ended in the middle of a message after {count} messages")
            else:
                outcome = (0, f"received {count} messages") if count else None  # an empty probe (rr.spawn)
        except RrdError as err:
            outcome = (1, f"the stream is not valid after {count} messages: {err}")
        except (ConnectionError, OSError) as err:
            outcome = (1, f"the connection was lost after {count} messages: {err}") if count else None
        finally:
            writer.close()
        if outcome is not None and not result.done():
            result.set_result(outcome)

    try:
        server = await asyncio.start_server(handle, args.bind, args.port)
    except OSError as err:
        print(f"rerun: cannot listen on {args.bind}:{args.port}: {err.strerror or err}", file=sys.stderr)
        return 1
    try:
        waiter = asyncio.ensure_future(first_message.wait())
        pending: set[asyncio.Future[Any]] = {waiter, result}
        await asyncio.wait(pending, timeout=TEST_RECEIVE_TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
        waiter.cancel()
        if not first_message.is_set() and not result.done():
            print(f"rerun --test-receive: no message arrived within {TEST_RECEIVE_TIMEOUT} s", file=sys.stderr)
            return 1
        code, text = await result
    finally:
        server.close()
    print(f"rerun --test-receive: {text}", file=sys.stderr if code else sys.stdout)
    return code


async def _record_streams(args: argparse.Namespace, sink: Any, log: logging.Logger) -> int:
    """Write the messages of every SDK connection to `sink` as they arrive, until SIGINT/SIGTERM."""
    import signal

    from .._rrd import RrdError, StreamDecoder

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        decoder = StreamDecoder()
        try:
            while data := await reader.read(1 << 20):
                try:
                    msgs = decoder.feed(data)
                except RrdError as err:
                    for msg in getattr(err, "decoded", None) or []:
                        sink.send(msg)
                    log.warning("a sender's stream is not valid, closing its connection (data before it is kept): %s", err)
                    break
                for msg in msgs:
                    sink.send(msg)
                sink.flush()
        except (ConnectionError, OSError) as err:
            log.warning("connection lost (%s); data received before it was kept", err)
        finally:
            sink.flush()
            writer.close()

    try:
        server = await asyncio.start_server(handle, args.bind, args.port)
    except OSError as err:
        print(f"rerun: cannot listen on {args.bind}:{args.port}: {err.strerror or err}", file=sys.stderr)
        return 1
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # not on this platform / thread
            pass
    print(f"Recording SDK streams from {args.bind}:{args.port} into {args.save} (Ctrl-C to stop)", flush=True)
    try:
        await stop.wait()
    finally:
        server.close()
        sink.flush()
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
        open_browser=not (args.no_browser or args.serve or screenshot),
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
    if not screenshot and (args.no_browser or args.serve or not should_open_browser()):
        print(f"Open the viewer at {server.url}", flush=True)

    loop = asyncio.get_running_loop()
    problems = await _load_sources(server, args.files)

    if screenshot:
        from .screenshot import take_screenshot

        if problems:
            print(f"rerun: no screenshot taken: {'; '.join(problems)}", file=sys.stderr)
            await server.stop()
            return 1

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
