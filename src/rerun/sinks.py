"""Rerun 0.17's module path for where a recording's data goes (file, viewer, stdout, memory)."""

from __future__ import annotations

from ._recording.api import (
    connect,
    disconnect,
    get_application_id,
    save,
    send_blueprint,
    serve,
    spawn,
    stdout,
)
from ._recording.stream import RecordingStream
from .blueprint import BlueprintLike
from .blueprint.send import create_in_memory_blueprint

__all__ = [
    "BlueprintLike",
    "RecordingStream",
    "connect",
    "create_in_memory_blueprint",
    "disconnect",
    "get_application_id",
    "save",
    "send_blueprint",
    "serve",
    "spawn",
    "stdout",
]
