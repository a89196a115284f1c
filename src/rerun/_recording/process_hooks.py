"""What happens to recordings when the process forks, is terminated, or ends.

- `os.fork` (directly or by multiprocessing's "fork" start method): the child gets fresh locks,
  an empty batcher and a sink of its own (`RecordingStream._after_fork_in_child`); it never
  re-sends the parent's queued rows, never waits on a lock another thread of the parent held at
  the fork, and never writes into the middle of the parent's messages.
- multiprocessing children end with `os._exit`, which skips `atexit`: a finalizer of
  multiprocessing's (run by the child before it exits) flushes their recordings instead.
- SIGTERM (the default action kills without running `atexit`): when the program has no handler
  of its own, ours flushes every recording, then lets the signal kill the process as before
  (same exit status). SIGINT raises `KeyboardInterrupt`, so `atexit` flushes already.
"""

from __future__ import annotations

import itertools
import os
import signal
import sys
import threading
from collections.abc import Iterable
from typing import Any

#: How long the SIGTERM handler waits for a flush that the interrupted thread itself is doing.
_SIGNAL_LOCK_TIMEOUT = 2.0

_installed = False
_sigterm_tried = False
_install_lock = threading.Lock()


def flush_all(streams: Iterable[Any], lock_timeout: float | None = None) -> None:
    """Flush and close every recording's sink (at exit); a failing one does not stop the others."""
    for stream in list(streams):
        try:
            stream.shutdown(lock_timeout)
        except Exception:  # noqa: BLE001 - at exit, keep closing the others
            pass


def _all_streams() -> Any:
    from .stream import _ALL_STREAMS

    return _ALL_STREAMS


def _after_fork_in_child() -> None:
    from .. import _chunk
    from . import stream

    global _install_lock
    _install_lock = threading.Lock()
    _held_across_fork.clear()  # the child makes new batchers: these locks stay with the old ones
    # Row ids are (time, counter): the child's counter must not repeat the parent's.
    counter = itertools.count(int.from_bytes(os.urandom(6), "little"))
    _chunk.ROW_ID_COUNTER = counter
    stream.ROW_ID_COUNTER = counter
    for recording in list(_all_streams()):
        try:
            recording._after_fork_in_child()
        except Exception:  # noqa: BLE001 - a child must start whatever happens to one recording
            pass


class _MultiprocessingHook:
    """A handle multiprocessing's after-fork registry holds weakly (it must stay alive here)."""


_MP_HOOK = _MultiprocessingHook()
_mp_registered = False


#: The batchers' flush locks held by the forking thread across `os.fork` (see `_before_fork`).
_held_across_fork: list[Any] = []

#: How long `os.fork` waits for a batcher busy with a flush (milliseconds, normally; longer only
#: when a sink is blocked, e.g. a full pipe: then the fork goes ahead after this).
_FORK_LOCK_TIMEOUT = 10.0


def _before_fork() -> None:
    # multiprocessing's fork children end with os._exit (no atexit). Its own after-fork hooks run
    # in every such child, after it cleared the inherited finalizers: register ours from there.
    global _mp_registered
    util = sys.modules.get("multiprocessing.util")
    if util is not None and not _mp_registered:
        _mp_registered = True
        util.register_after_fork(_MP_HOOK, _register_mp_finalizer)
    # No batcher thread may be inside a flush when the process forks: it could hold a lock the
    # child would wait on for ever, its own or one of Python's (the import lock of a module that
    # Arrow imports lazily on its first conversion, seen as children hanging at exit).
    me = threading.get_ident()
    for recording in list(_all_streams()):
        batcher = recording._batcher
        if batcher._flusher == me:
            continue  # forking from inside a flush (a sink's code): this thread holds it already
        lock = batcher.flush_lock
        if lock.acquire(timeout=_FORK_LOCK_TIMEOUT):
            _held_across_fork.append(lock)


def _after_fork_in_parent() -> None:
    while _held_across_fork:
        _held_across_fork.pop().release()


def _register_mp_finalizer(_hook: Any) -> None:
    import multiprocessing.util

    multiprocessing.util.Finalize(None, _flush_all_in_mp_child, exitpriority=100)


def _flush_all_in_mp_child() -> None:
    flush_all(_all_streams())


def _on_sigterm(signum: int, frame: Any) -> None:
    from . import batcher

    me = threading.get_ident()
    if any(recording._batcher._flusher == me for recording in list(_all_streams())):
        # The signal interrupted this thread's own flush: its rows are in that flush's hands.
        # Let it finish; it calls us back at its end (`batcher.after_interrupted_flush`).
        if not batcher.after_interrupted_flush:
            batcher.after_interrupted_flush.append((me, lambda: _terminate(signum)))
        return
    _terminate(signum)


def _terminate(signum: int) -> None:
    """Flush everything, then die of `signum` as the default action would (same exit status)."""
    try:
        flush_all(_all_streams(), lock_timeout=_SIGNAL_LOCK_TIMEOUT)
    finally:
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)


def install() -> None:
    """Install the fork hooks (once) and the SIGTERM handler (once, from the main thread, if nobody else handles SIGTERM)."""
    global _installed, _sigterm_tried
    if _installed and _sigterm_tried:
        return
    with _install_lock:
        if not _installed:
            _installed = True
            if hasattr(os, "register_at_fork"):
                os.register_at_fork(
                    before=_before_fork, after_in_parent=_after_fork_in_parent, after_in_child=_after_fork_in_child
                )
        if not _sigterm_tried and threading.current_thread() is threading.main_thread():
            _sigterm_tried = True
            try:
                if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
                    signal.signal(signal.SIGTERM, _on_sigterm)
            except (ValueError, OSError, AttributeError):  # no signals here (embedded, other platforms)
                pass
