"""Rerun 0.17's module path for the time functions (`from rerun.time import set_time_seconds`)."""

from ._recording.api import disable_timeline, reset_time, set_time_nanos, set_time_seconds, set_time_sequence
from ._recording.stream import RecordingStream

__all__ = ["RecordingStream", "disable_timeline", "reset_time", "set_time_nanos", "set_time_seconds", "set_time_sequence"]
