"""Rerun 0.17's module path for the standard flags of example scripts (`--headless`, `--save`, ...)."""

from argparse import ArgumentParser, Namespace

from ._recording.script_helpers import script_add_args, script_setup, script_teardown
from ._recording.stream import RecordingStream

__all__ = ["ArgumentParser", "Namespace", "RecordingStream", "script_add_args", "script_setup", "script_teardown"]
