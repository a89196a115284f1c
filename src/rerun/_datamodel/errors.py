"""Bad input never crashes the user's program: it becomes a warning at their call site.

In strict mode (`rr.init(..., strict=True)`, `rr.set_strict_mode(True)` or `RERUN_STRICT=1`)
the same problems raise instead. Only `TypeError` and `ValueError` are raised for bad input.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Frames that are neither the user's nor ours: the thread machinery our worker threads run in.
_THREAD_MACHINERY = (threading.__file__, os.path.join(os.path.dirname(threading.__file__), "concurrent", ""))



def default_strict_mode() -> bool:
    """Strict mode as the `RERUN_STRICT` environment variable sets it (`1`, `true`, `yes`, `on`)."""
    return os.environ.get("RERUN_STRICT", "").strip().lower() in ("1", "true", "yes", "on")


_strict_mode: bool = default_strict_mode()
_local = threading.local()

F = TypeVar("F", bound=Callable[..., Any])


class RerunWarning(Warning):
    """A warning about data that could not be logged as given."""


def set_strict_mode(mode: bool) -> None:
    """
    Turn strict mode on or off.

    In strict mode, invalid input to the logging API raises an exception
    (`TypeError` or `ValueError`) instead of emitting a `RerunWarning` and dropping the data.

    Parameters
    ----------
    mode:
        `True` to raise on bad input, `False` to warn.

    """
    global _strict_mode
    _strict_mode = bool(mode)


def strict_mode() -> bool:
    """Whether strict mode is on for the current call (a per-call override wins)."""
    override = getattr(_local, "strict_override", None)
    return _strict_mode if override is None else override


class strict_override:
    """Context manager: use this strictness for the calls inside (`rr.log(..., strict=...)`)."""

    def __init__(self, strict: bool | None) -> None:
        self._strict = strict
        self._previous: bool | None = None

    def __enter__(self) -> None:
        self._previous = getattr(_local, "strict_override", None)
        if self._strict is not None:
            _local.strict_override = self._strict

    def __exit__(self, *exc: object) -> None:
        _local.strict_override = self._previous


def user_stacklevel() -> int:
    """
    The stacklevel for `warnings.warn` that points at the first frame outside this package, or at
    the caller when there is none (a thread of ours: better our line than Python's "sys:1").
    """
    frame = sys._getframe(1)
    level = 1
    while frame is not None and frame.f_code.co_filename.startswith((_PACKAGE_DIR, "<rerun.")):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    if frame is None or frame.f_code.co_filename.startswith(_THREAD_MACHINERY):
        return 2
    return level


def warn(message: str, category: type[Warning] = RerunWarning) -> None:
    """Emit a warning (a `RerunWarning` unless told) at the user's call site (or into `collect_warnings`)."""
    collector = getattr(_local, "collector", None)
    if collector is not None and category is RerunWarning:
        collector.append(message)
        return
    warnings.warn(message, category, stacklevel=user_stacklevel())


@contextmanager
def collect_warnings(into: list[str]) -> Iterator[None]:
    """
    This thread's `RerunWarning`s inside go into `into` instead of being emitted: for a loader,
    whose worker thread has no user call site, to report them once per file and topic.
    """
    previous = getattr(_local, "collector", None)
    _local.collector = into
    try:
        yield
    finally:
        _local.collector = previous


# Where Rerun 0.17 warns about a problem, our message starts with the words 0.17 uses, so that
# warning filters and searches written for 0.17 still find it; ours follow. 0.17 words it in one
# of two ways, which an exception carries as an attribute until it is reported:
#: "Position3DBatch: ValueError(...)": the component batch, archetype or function 0.17 names.
RERUN017_CONTEXT = "rerun017_context"
#: A sentence of its own ("Expected depth image, got array of shape [2 3 5]").
RERUN017_LEAD = "rerun017_lead"


E = TypeVar("E", bound=BaseException)


def as_rerun017(err: E, *, context: str | None = None, lead: str | None = None) -> E:
    """Note how Rerun 0.17 words this problem (see `RERUN017_CONTEXT`); the innermost note wins."""
    if context is not None and getattr(err, RERUN017_CONTEXT, None) is None:
        setattr(err, RERUN017_CONTEXT, context)
    if lead is not None and getattr(err, RERUN017_LEAD, None) is None:
        setattr(err, RERUN017_LEAD, lead)
    return err


def rewrapped(err: Exception, message: str) -> Exception:
    """`err` again with a new message (a plain `ValueError` for exotic exception types), keeping its 0.17 wording."""
    try:
        new = type(err)(message)
    except Exception:  # noqa: BLE001 - exotic exception constructors: a plain ValueError will do
        new = ValueError(message)
    for attr in (RERUN017_CONTEXT, RERUN017_LEAD):
        if hasattr(err, attr):
            setattr(new, attr, getattr(err, attr))
    return new


@contextmanager
def argument(name: str, rerun017_context: str | None = None) -> Iterator[None]:
    """
    Bad input inside this block is about the constructor argument `name`: say so in the message
    (and name the batch or type Rerun 0.17 names for it, `rerun017_context`, if given).
    """
    try:
        yield
    except (TypeError, ValueError) as err:
        new = err if str(err).startswith(f"{name}: ") else rewrapped(err, f"{name}: {err}")
        if rerun017_context is not None:
            as_rerun017(new, context=rerun017_context)
        if new is err:
            raise
        raise new from err


def describe(err: BaseException, context: str | None = None) -> str:
    """The message of a reported problem: 0.17's words first (if any), then ours with `context`."""
    rerun017 = getattr(err, RERUN017_CONTEXT, None)
    ours = f"{context}: {err}" if context and context != rerun017 else str(err)
    lead = getattr(err, RERUN017_LEAD, None)
    if lead:
        return f"{lead} ({ours})"
    if rerun017:
        return f"{rerun017}: {type(err).__name__}({ours})"
    return ours


def report(err: Exception, context: str | None = None) -> None:
    """Raise `err` in strict mode (as TypeError/ValueError), otherwise warn about it."""
    message = describe(err, context)
    if strict_mode():
        cls = type(err) if isinstance(err, (TypeError, ValueError)) else ValueError
        try:
            new = cls(message)
        except Exception:  # noqa: BLE001 - exotic constructors: fall back to ValueError
            new = ValueError(message)
        raise new from err
    warn(message)


def soft_problem(message: str) -> None:
    """
    A problem we can still log data for, as Rerun 0.17 does (e.g. 0-255 float colors): warn.

    Never raises, not even in strict mode: Rerun 0.17 accepts these values silently, so a script
    (the reference's own `point3d_random` among them) that runs strict with 0.17 must run here too.
    """
    warn(message)


def catch_and_log(context: str | None = None, default: Any = None) -> Callable[[F], F]:
    """Decorator: any exception in the function is reported (see `report`) and `default` returned."""

    def decorator(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return func(*args, **kwargs)
            except Exception as err:  # noqa: BLE001 - never crash the user's program
                report(err, context or func.__qualname__)
                return default

        return wrapper  # type: ignore[return-value]

    return decorator


class catch_and_log_exceptions:
    """
    Decorator and context manager: an exception inside becomes a `RerunWarning`, as in Rerun 0.17.

    `@catch_and_log_exceptions()` on a function returns `exception_return_value` when the function
    raised; `with catch_and_log_exceptions("what"):` swallows the exception after warning about it.
    The warning reads as 0.17's: `"<context>: <ExceptionType>(<message>)"`, at the user's code.
    In strict mode the exception is raised as it is. `KeyboardInterrupt` and `SystemExit` always pass.

    Parameters
    ----------
    context:
        Names what failed in the message (default: the decorated function's name).
    depth_to_user_code:
        Accepted for compatibility; the user's frame is found by walking out of this package.
    exception_return_value:
        What the decorated function returns when it raised.
    strict:
        Raise instead of warning (default: the global strict mode; a decorated function's own
        `strict=` argument wins).

    """

    def __init__(
        self,
        context: str | None = None,
        depth_to_user_code: int = 1,
        exception_return_value: Any = None,
        strict: bool | None = None,
    ) -> None:
        self.context = context
        self.depth_to_user_code = depth_to_user_code
        self.exception_return_value = exception_return_value
        self.strict = strict

    def _swallow(self, err: Exception, context: str | None, strict: bool | None) -> bool:
        """Warn about `err` and return True, or return False (strict mode: let it raise)."""
        if strict_mode() if strict is None else strict:
            return False
        described = f"{type(err).__name__}({err})"
        warn(f"{context}: {described}" if context else described)
        return True

    def __call__(self, func: F) -> F:
        context = self.context or func.__qualname__

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return func(*args, **kwargs)
            except Exception as err:  # noqa: BLE001 - never crash the user's program
                strict = kwargs.get("strict")
                if not self._swallow(err, context, self.strict if strict is None else strict):
                    raise
                return self.exception_return_value

        return wrapper  # type: ignore[return-value]

    def __enter__(self) -> catch_and_log_exceptions:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> bool:
        if exc is None or not isinstance(exc, Exception):
            return False  # KeyboardInterrupt, SystemExit: never swallowed
        return self._swallow(exc, self.context, self.strict)
