"""Rerun 0.17's module path for the warning and strict-mode helpers (kept for existing imports)."""

from ._datamodel.errors import (
    RerunWarning,
    catch_and_log,
    catch_and_log_exceptions,
    default_strict_mode,
    set_strict_mode,
    strict_mode,
)
from ._recording.stream import RecordingStream

__all__ = [
    "RecordingStream",
    "RerunWarning",
    "catch_and_log",
    "catch_and_log_exceptions",
    "default_strict_mode",
    "set_strict_mode",
    "strict_mode",
]
