"""Rerun 0.17's module path for recordings and the functions choosing the current one."""

from __future__ import annotations

from typing import Any

from ._recording import api as _api
from ._recording.api import (
    binary_stream,
    get_application_id,
    get_data_recording,
    get_global_data_recording,
    get_recording_id,
    get_thread_local_data_recording,
    is_enabled,
    new_recording,
    recording_stream_generator_ctx,
    set_global_data_recording,
    set_thread_local_data_recording,
    thread_local_stream,
)
from ._recording.stream import BinaryStream, RecordingStream

__all__ = [
    "BinaryStream",
    "RecordingStream",
    "binary_stream",
    "get_application_id",
    "get_data_recording",
    "get_global_data_recording",
    "get_recording_id",
    "get_thread_local_data_recording",
    "is_enabled",
    "new_recording",
    "recording_stream_generator_ctx",
    "set_global_data_recording",
    "set_thread_local_data_recording",
    "thread_local_stream",
]


def __getattr__(name: str) -> Any:
    # Rerun 0.17 keeps a module attribute for the active recording; here it is read live.
    if name == "active_recording_stream":
        return _api.get_data_recording()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
