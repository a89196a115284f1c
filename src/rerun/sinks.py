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
from ._recording.sinks import MemorySink
from ._recording.stream import MemoryRecording, RecordingStream
from .blueprint import BlueprintLike


def create_in_memory_blueprint(*, application_id: str, blueprint: BlueprintLike) -> MemoryRecording:
    """
    A blueprint (a layout) recorded in memory, e.g. to send it to a viewer later.

    Parameters
    ----------
    application_id:
        The application the blueprint is for: the viewer uses it for recordings of that id.
    blueprint:
        A `rrb.Blueprint`, container or view.

    Returns
    -------
    MemoryRecording
        Its messages: the blueprint store's info, its chunks and its activation (active and default).

    """
    from ._log_msg import StoreKind
    from .blueprint.send import blueprint_messages

    sink = MemorySink()
    for msg in blueprint_messages(blueprint, application_id, make_active=True, make_default=True):
        sink.send(msg)
    # A stream that logs nothing itself: `MemoryRecording` flushes it before reading the messages.
    stream = RecordingStream(application_id, default_enabled=False, store_kind=StoreKind.BLUEPRINT)
    return MemoryRecording(stream, sink)



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
