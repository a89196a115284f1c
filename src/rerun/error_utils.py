"""Rerun 0.17's module path for the warning and strict-mode helpers (kept for existing imports)."""

from ._datamodel.errors import RerunWarning, catch_and_log, set_strict_mode, strict_mode

__all__ = ["RerunWarning", "catch_and_log", "set_strict_mode", "strict_mode"]
