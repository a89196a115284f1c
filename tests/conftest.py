"""Shared pytest configuration (append only: several parts of the project add fixtures here)."""

# Browser tests: one Chromium per session, real viewer servers (see tests/browser_support.py).
from browser_support import browser, page, viewer  # noqa: F401
