"""Rerun 0.17's module path for in-memory recordings: `from rerun.memory import MemoryRecording`."""

from __future__ import annotations

from ._recording.api import memory_recording
from ._recording.stream import MemoryRecording, RecordingStream

__all__ = ["MemoryRecording", "RecordingStream", "memory_recording"]
