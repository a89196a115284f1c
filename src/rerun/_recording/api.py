"""The module-level API (`rr.init`, `rr.log`, `rr.save`, ...): each acts on the current recording.

The current recording is the thread-local one if set (`with rec:`), else the global one
(`rr.init`). Every function also takes `recording=` to name one explicitly. Without any
recording, calls do nothing (as in Rerun).
"""

from __future__ import annotations

import functools
import inspect
import threading
import uuid
import warnings
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from .._datamodel import errors
from .stream import RecordingStream

_global: RecordingStream | None = None
_TFunc = TypeVar("_TFunc", bound=Callable[..., Any])


class _ThreadLocal(threading.local):
    recording: RecordingStream | None = None  # a class default, so reading it never raises


_thread_local = _ThreadLocal()


def get_global_data_recording() -> RecordingStream | None:
    """The global recording (set by `rr.init`), if any."""
    return _global


def set_global_data_recording(recording: RecordingStream | None) -> RecordingStream | None:
    """Make `recording` the global recording; returns the previous one."""
    global _global
    previous, _global = _global, recording
    return previous


def get_thread_local_data_recording() -> RecordingStream | None:
    """This thread's recording (set with `with rec:`), if any."""
    return _thread_local.recording


def set_thread_local_data_recording(recording: RecordingStream | None) -> RecordingStream | None:
    """Make `recording` this thread's recording; returns the previous one."""
    previous = get_thread_local_data_recording()
    _thread_local.recording = recording
    return previous


def get_data_recording(recording: RecordingStream | None = None) -> RecordingStream | None:
    """The recording a call acts on: `recording`, else the thread-local one, else the global one."""
    if recording is not None:
        return recording
    return get_thread_local_data_recording() or _global


def init(
    application_id: str,
    *,
    recording_id: str | uuid.UUID | None = None,
    spawn: bool = False,
    init_logging: bool = True,
    default_enabled: bool = True,
    strict: bool | None = None,
    default_blueprint: Any = None,
) -> None:
    """
    Initialize the global recording.

    Parameters
    ----------
    application_id:
        Your application's name, e.g. `"rerun_example_points3d"`; the viewer groups recordings by it.
    recording_id:
        A unique id for this recording (random by default); processes sharing it share a recording.
    spawn:
        Start a viewer (unless one runs already) and stream to it.
    init_logging:
        Kept for compatibility with Rerun; the global recording is always made.
    default_enabled:
        Whether logging is on unless the `RERUN` environment variable says otherwise.
    strict:
        Raise on bad input instead of warning (see `set_strict_mode`).
    default_blueprint:
        A layout to use when none was sent.

    """
    if strict is not None:
        errors.set_strict_mode(strict)
    recording = RecordingStream(application_id, recording_id=recording_id, default_enabled=default_enabled)
    previous = set_global_data_recording(recording)
    if previous is not None and previous is not recording:
        previous.flush()
    if spawn:
        recording.spawn(default_blueprint=default_blueprint)


def new_recording(
    application_id: str,
    *,
    recording_id: str | uuid.UUID | None = None,
    make_default: bool = False,
    make_thread_default: bool = False,
    spawn: bool = False,
    default_enabled: bool = True,
) -> RecordingStream:
    """
    Create a new recording, independent of the global one.

    Parameters
    ----------
    application_id:
        Your application's name.
    recording_id:
        A unique id for this recording (random by default).
    make_default:
        Also make it the global recording.
    make_thread_default:
        Also make it this thread's recording.
    spawn:
        Start a viewer and stream this recording to it.
    default_enabled:
        Whether logging is on unless the `RERUN` environment variable says otherwise.

    """
    recording = RecordingStream(application_id, recording_id=recording_id, default_enabled=default_enabled)
    if make_default:
        set_global_data_recording(recording)
    if make_thread_default:
        set_thread_local_data_recording(recording)
    if spawn:
        recording.spawn()
    return recording


def _forward(method: Callable[..., Any], default: Any = None) -> Callable[..., Any]:
    """
    A module-level function that calls `method` on the current recording (or `recording=`).

    As in Rerun 0.17, `recording` comes last; it may be given positionally (`rr.reset_time(rec)`)
    unless the method has keyword-only parameters.
    """
    signature = inspect.signature(method)
    params = [p for p in signature.parameters.values() if p.name != "self"]
    keyword_only = any(p.kind == inspect.Parameter.KEYWORD_ONLY for p in params)
    n_positional = sum(p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD) for p in params)

    @functools.wraps(method)
    def function(*args: Any, recording: RecordingStream | None = None, **kwargs: Any) -> Any:
        if len(args) > n_positional and not keyword_only and recording is None:
            recording, args = args[n_positional], args[:n_positional]
        if recording is not None and not isinstance(recording, RecordingStream):
            raise TypeError(f"{method.__name__}: expected recording= to be a RecordingStream, got {type(recording).__name__}")
        # Inlined `get_data_recording`: this wraps calls made in users' loops.
        target = recording or _thread_local.recording or _global
        if target is None:
            return default
        return method(target, *args, **kwargs)

    kind = inspect.Parameter.KEYWORD_ONLY if keyword_only else inspect.Parameter.POSITIONAL_OR_KEYWORD
    params.append(inspect.Parameter("recording", kind, default=None))
    params.sort(key=lambda p: p.kind)
    function.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    return function


# `log` and `set_time_*` are called in users' innermost loops: written out, without the generic
# forwarding (which costs as much as the logging itself), and with the same docs as the methods.


def log(
    entity_path: str | list[str],
    entity: Any,
    *extra: Any,
    timeless: bool = False,
    static: bool = False,
    recording: RecordingStream | None = None,
    strict: bool | None = None,
) -> None:
    target = recording or _thread_local.recording or _global
    if target is not None:
        if timeless:
            static = _timeless_as_static("log")
        target._log(entity_path, (entity, *extra) if extra else entity, static, strict)


def send_columns(
    entity_path: str | list[str],
    times: Iterable[Any],
    components: Iterable[Any],
    recording: RecordingStream | None = None,
    strict: bool | None = None,
) -> None:
    """Log a whole series at once (Rerun 0.18's `rr.send_columns`); see `RecordingStream.send_columns`."""
    target = recording or _thread_local.recording or _global
    if target is not None:
        target.send_columns(entity_path, times, components, strict=strict)


def _timeless_as_static(function: str) -> bool:
    """Rerun 0.17 still accepts `timeless=True` (deprecated): it means `static=True`."""
    warnings.warn(
        f"`timeless` is deprecated as an argument to `{function}`; prefer `static` instead",
        DeprecationWarning,
        stacklevel=errors.user_stacklevel(),
    )
    return True


def set_time_sequence(timeline: str, sequence: int, recording: RecordingStream | None = None) -> None:
    target = recording or _thread_local.recording or _global
    if target is not None:
        target.set_time_sequence(timeline, sequence)


def set_time_seconds(timeline: str, seconds: float, recording: RecordingStream | None = None) -> None:
    target = recording or _thread_local.recording or _global
    if target is not None:
        target.set_time_seconds(timeline, seconds)


def set_time_nanos(timeline: str, nanos: int, recording: RecordingStream | None = None) -> None:
    target = recording or _thread_local.recording or _global
    if target is not None:
        target.set_time_nanos(timeline, nanos)


for _function in (log, set_time_sequence, set_time_seconds, set_time_nanos):
    _function.__doc__ = getattr(RecordingStream, _function.__name__).__doc__
del _function

log_components = _forward(RecordingStream.log_components)
log_file_from_path = _forward(RecordingStream.log_file_from_path)
log_file_from_contents = _forward(RecordingStream.log_file_from_contents)
disable_timeline = _forward(RecordingStream.disable_timeline)
reset_time = _forward(RecordingStream.reset_time)
save = _forward(RecordingStream.save)
save_html = _forward(RecordingStream.save_html)
stdout = _forward(RecordingStream.stdout)
connect = _forward(RecordingStream.connect)
disconnect = _forward(RecordingStream.disconnect)
memory_recording = _forward(RecordingStream.memory_recording)
binary_stream = _forward(RecordingStream.binary_stream)
send_blueprint = _forward(RecordingStream.send_blueprint)
serve = _forward(RecordingStream.serve)
flush = _forward(RecordingStream.flush)
get_application_id = _forward(RecordingStream.get_application_id)
get_recording_id = _forward(RecordingStream.get_recording_id)
is_enabled = _forward(RecordingStream.is_enabled, default=False)


def spawn(
    *,
    port: int = 9876,
    connect: bool = True,
    memory_limit: str = "75%",
    hide_welcome_screen: bool = False,
    default_blueprint: Any = None,
    recording: RecordingStream | None = None,
) -> None:
    """
    Start a viewer process (unless one already listens on `port`) and stream to it.

    Returns at once; works from scripts, REPLs and notebooks.

    Parameters
    ----------
    port:
        The TCP port the viewer listens on for SDK streams.
    connect:
        Also stream the current recording to it.
    memory_limit:
        The viewer's memory limit, e.g. `"75%"` or `"4GB"`; beyond it the oldest data is dropped.
    hide_welcome_screen:
        Kept for compatibility with Rerun.
    default_blueprint:
        A layout to use when none was sent.
    recording:
        The recording to stream (default: the current one).

    """
    from .spawn import spawn_viewer

    target = get_data_recording(recording)
    if target is None:
        spawn_viewer(port=port, memory_limit=memory_limit)
        return
    target.spawn(port=port, connect=connect, memory_limit=memory_limit, default_blueprint=default_blueprint)


def thread_local_stream(application_id: str) -> Callable[[_TFunc], _TFunc]:
    """
    Decorator: run each call of the function with a fresh thread-local recording for `application_id`.

    Works on generator functions too: the recording is this thread's recording only while the
    generator runs, never in the caller's code between two `next()` calls (as in Rerun 0.17).
    """

    def decorator(func: _TFunc) -> _TFunc:
        if inspect.isgeneratorfunction(func):

            @functools.wraps(func)
            def generator_wrapper(*args: Any, **kwargs: Any) -> Any:
                return _drive(func(*args, **kwargs), new_recording(application_id))

            return generator_wrapper  # type: ignore[return-value]

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with new_recording(application_id):
                return func(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorator


_CALLERS = object()  # `_drive`: start with the caller's recording


def _drive(generator: Any, inside: Any = _CALLERS) -> Any:
    """
    Run `generator` with its own thread-local recording, swapped in at every resume and out at every yield.

    `inside` is the recording it starts with (default: the caller's at the first `next()`); a
    `with rec:` inside the generator changes it for the generator only.
    """
    if inside is _CALLERS:
        inside = get_thread_local_data_recording()
    to_send: Any = None
    while True:
        outside = set_thread_local_data_recording(inside)
        try:
            value = generator.send(to_send)
        except StopIteration as stop:
            return stop.value
        finally:
            inside = set_thread_local_data_recording(outside)
        to_send = yield value  # `throw()` into this wrapper is not passed on into the generator


def recording_stream_generator_ctx(func: _TFunc) -> _TFunc:
    """
    Decorator for generator functions: keep the recording set inside the generator (`with rec:`)
    to the generator, and give the caller back its own recording at every `yield`.

    Without it, a `with rec:` block that yields would leave `rec` as the caller's thread-local
    recording until the generator resumes (Rerun issue 6238).
    """
    if not inspect.isgeneratorfunction(func):
        return func

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return _drive(func(*args, **kwargs))

    return wrapper  # type: ignore[return-value]


def rerun_shutdown() -> None:
    """Flush every recording and close its sink (runs at interpreter exit; call it to do so earlier)."""
    from .stream import _flush_all_at_exit

    _flush_all_at_exit()


def unregister_shutdown() -> None:
    """Do not flush and close the recordings at interpreter exit (pending data is then lost)."""
    import atexit

    from .stream import _flush_all_at_exit

    atexit.unregister(_flush_all_at_exit)


def cleanup_if_forked_child() -> None:
    """
    Kept for Rerun 0.17 compatibility, where it drops SDK state a forked child inherited.

    pyrerun keeps no such state outside the recordings themselves, so there is nothing to drop here.
    """


def shutdown_at_exit(func: _TFunc) -> _TFunc:
    """
    Decorator: flush every recording and close its sink when the decorated function returns.

    Processes that end without running `atexit` handlers (multiprocessing's fork children end
    with `os._exit`) would otherwise lose what they logged last. Use it on the child's entry point.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        finally:
            rerun_shutdown()

    return wrapper  # type: ignore[return-value]


def start_web_viewer_server(port: int = 0) -> None:
    """
    Serve the viewer's web app from this process on `port` (0: a free port), and print its URL.

    It shows what reaches it from this process (as with `rr.serve`); Rerun 0.17 uses this for
    notebooks without internet access.
    """
    import sys

    from .._viewer.server import ViewerServer

    server = ViewerServer(web_port=port, tcp_port=None, open_browser=False)
    server.start_in_thread()
    _WEB_SERVERS.append(server)
    print(f"rerun: the viewer is served at {server.url}", file=sys.stderr)


_WEB_SERVERS: list[Any] = []
