"""`rr.LoggingHandler`: Python `logging` records become `TextLog`s."""

from __future__ import annotations

import logging


class LoggingHandler(logging.Handler):
    """
    A `logging.Handler` that logs each record as an `rr.TextLog`.

    Records are logged to `path_prefix/<logger name>` (the root logger's records to
    `path_prefix` itself, or to `logs` when no prefix is given), with the level mapped to
    Rerun's levels (WARNING -> WARN, NOTSET and levels below DEBUG -> TRACE).

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

    def _level_name(self, levelno: int) -> str:
        for threshold in (logging.CRITICAL, logging.ERROR, logging.WARNING, logging.INFO, logging.DEBUG):
            if levelno >= threshold:
                return self.LVL2NAME[threshold]
        return "TRACE"

    def _entity_path(self, record: logging.LogRecord) -> str:
        name = record.name if record.name != "root" else ""
        parts = [p for p in (self.path_prefix, name.replace(".", "/")) if p]
        return "/".join(parts) or "logs"

    def emit(self, record: logging.LogRecord) -> None:
        from ..archetypes import TextLog  # type: ignore[attr-defined]
        from . import api

        try:
            message = self.format(record) if self.formatter else record.getMessage()
            api.log(self._entity_path(record), TextLog(message, level=self._level_name(record.levelno)))
        except Exception:  # noqa: BLE001 - logging must never raise
            self.handleError(record)

    def __repr__(self) -> str:
        return f"LoggingHandler(path_prefix={self.path_prefix!r})"


