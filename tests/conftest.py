"""Shared pytest configuration (append only: several parts of the project add fixtures here)."""

import logging

import pytest

# Browser tests: one Chromium per session, real viewer servers (see tests/browser_support.py).
from browser_support import browser, page, viewer  # noqa: F401


@pytest.fixture(autouse=True)
def _viewer_logger_as_found():  # type: ignore[no-untyped-def]
    """Running the `rerun` command in-process gives the viewer's logger its own stderr handler and stops
    it propagating (as the command should); tests that read the viewer's log through `caplog` after
    such a test would see nothing, so each test gets the logger back as it found it."""
    logger = logging.getLogger("rerun.viewer")
    saved = (logger.disabled, logger.propagate, logger.level, list(logger.handlers))
    yield
    logger.disabled, logger.propagate, logger.level, logger.handlers = saved
