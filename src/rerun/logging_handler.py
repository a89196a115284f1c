"""Rerun 0.17's module path for `LoggingHandler` (Python `logging` records as `TextLog`s)."""

from ._recording.logging_handler import LoggingHandler
from .components import TextLogLevel

__all__ = ["LoggingHandler", "TextLogLevel"]
