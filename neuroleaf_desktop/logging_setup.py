"""Structured logging: JSON lines in a rotating file, events and ids only.

Journal text never goes into a log call. The rule is enforced by convention (log calls pass
ids, counts and durations) and by the privacy-canary tests, which scan the log folder.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path


def _import_structlog_without_rich() -> None:
    """Import structlog without its optional `rich` console support.

    structlog imports `rich` (when installed, as a dependency of other packages) for pretty
    console tracebacks that NeuroLeaf never uses: it writes JSON lines to a file. That import
    is about two thirds of structlog's start-up cost, paid by every command. Hiding `rich`
    only while structlog loads keeps it importable for anyone else afterwards.
    """
    if "structlog" in sys.modules or "rich" in sys.modules:
        return
    sys.modules["rich"] = None  # type: ignore[assignment]  # makes `import rich` fail
    try:
        import structlog  # noqa: F401
    finally:
        del sys.modules["rich"]


_import_structlog_without_rich()

import structlog  # noqa: E402

_configured_for: Path | None = None

LOG_FILE_NAME = "neuroleaf.jsonl"


def _processors() -> list[structlog.typing.Processor]:
    return [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.format_exc_info,
        structlog.processors.JSONRenderer(),
    ]


def _route_to_stdlib(level: int) -> None:
    structlog.configure(
        processors=_processors(),
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.make_filtering_bound_logger(level),
        cache_logger_on_first_use=False,
    )


# Until configure_logging() runs, events go to a silent stdlib logger: never to stdout, where
# structlog would print by default (and where a CLI's output or a pipe would pick them up).
logging.getLogger("neuroleaf").addHandler(logging.NullHandler())
_route_to_stdlib(logging.INFO)


class QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A log file that never interrupts the person: when the disk is full, read-only or not
    ours, the record is dropped instead of printing "--- Logging error ---" and a traceback
    on their terminal. Logging is for developers; it must never be why a command fails."""

    dropped = 0

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (stdlib API)
        type(self).dropped += 1


def configure_logging(log_dir: Path, level: int = logging.INFO) -> None:
    """Route structlog to ``log_dir/neuroleaf.jsonl`` (1 MB x 5 files). Safe to call twice.

    If the folder cannot be created or the file opened (read-only or full disk), logging is
    silently off for this run.
    """
    global _configured_for
    if _configured_for == log_dir:
        return
    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = QuietRotatingFileHandler(
            log_dir / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger("neuroleaf")
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False
    _route_to_stdlib(level)
    _configured_for = log_dir


def get_logger(name: str) -> structlog.typing.FilteringBoundLogger:
    """A logger under the ``neuroleaf`` hierarchy (so it reaches the rotating file)."""
    logger: structlog.typing.FilteringBoundLogger = structlog.get_logger(f"neuroleaf.{name}")
    return logger
