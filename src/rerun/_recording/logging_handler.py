"""`rr.LoggingHandler`: Python `logging` records become `TextLog`s."""

from __future__ import annotations

import logging


class LoggingHandler(logging.Handler):
    """
    A `logging.Handler` that logs each record as an `rr.TextLog`.

    As in Rerun 0.17, records are logged to `path_prefix/<module>` (the module that emitted the
    record, dots as slashes), with the standard levels mapped to Rerun's (WARNING -> WARN) and
    user-defined levels logged under their level name.

    Parameters
    ----------
    path_prefix:
        Entity path under which the log records are logged.

    """

    LVL2NAME = {
        logging.CRITICAL: "CRITICAL",
        logging.ERROR: "ERROR",
        logging.WARNING: "WARN",
        logging.INFO: "INFO",
        logging.DEBUG: "DEBUG",
    }

    def __init__(self, path_prefix: str | None = None) -> None:
        super().__init__()
        self.path_prefix = path_prefix

    def _level_name(self, record: logging.LogRecord) -> str:
        return self.LVL2NAME.get(record.levelno) or record.levelname

    def _entity_path(self, record: logging.LogRecord) -> str:
        path = record.module.replace(".", "/")
        return path if self.path_prefix is None else f"{self.path_prefix}/{path}"

    def emit(self, record: logging.LogRecord) -> None:
        from ..archetypes import TextLog  # type: ignore[attr-defined]
        from . import api

        try:
            message = self.format(record) if self.formatter else record.getMessage()
            api.log(self._entity_path(record), TextLog(message, level=self._level_name(record)))
        except Exception:  # noqa: BLE001 - logging must never raise
            self.handleError(record)

    def __repr__(self) -> str:
        return f"LoggingHandler(path_prefix={self.path_prefix!r})"


