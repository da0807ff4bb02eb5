"""Structured logging: JSON lines in a rotating file, events and ids only.

Journal text never goes into a log call. The rule is enforced by convention (log calls pass
ids, counts and durations) and by the privacy-canary tests, which scan the log folder.
"""

from __future__ import annotations

import importlib
import logging
import logging.handlers
import sys
import threading
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from structlog.typing import FilteringBoundLogger, Processor


class _AsyncioOnDemand(types.ModuleType):
    """Stands in for ``asyncio`` while structlog is imported; the real module loads on first use.

    structlog imports asyncio at the top of two modules only for its ``a``-prefixed async log
    methods (``await log.ainfo(…)``), which NeuroLeaf never calls. Importing asyncio (with ssl,
    socket and subprocess) is about half of structlog's start-up cost, paid by every command.
    structlog keeps this object as its ``asyncio`` name, so an async method, if ever called,
    still works: any attribute asked for loads the real asyncio and is taken from it.
    """

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get("asyncio") is self:  # asked while structlog is still loading
            del sys.modules["asyncio"]
        return getattr(importlib.import_module("asyncio"), name)


def _import_structlog_lean() -> None:
    """Import structlog without its optional `rich` console support and without asyncio.

    structlog imports `rich` (when installed, as a dependency of other packages) for pretty
    console tracebacks that NeuroLeaf never uses: it writes JSON lines to a file. That import
    is about two thirds of structlog's start-up cost. Hiding `rich` only while structlog loads
    keeps it importable for anyone else afterwards; asyncio is deferred as explained above
    (when something else already loaded it, structlog simply gets the real one).
    """
    if "structlog" in sys.modules:
        return
    hidden: dict[str, types.ModuleType | None] = {}
    if "rich" not in sys.modules:
        hidden["rich"] = None  # makes `import rich` fail
    if "asyncio" not in sys.modules:
        hidden["asyncio"] = _AsyncioOnDemand("asyncio")
    sys.modules.update(hidden)  # type: ignore[arg-type]  # None blocks an import
    try:
        import structlog  # noqa: F401
    finally:
        for name, stand_in in hidden.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


_configured_for: Path | None = None

LOG_FILE_NAME = "neuroleaf.jsonl"

# structlog costs a start tens of milliseconds, so it loads with the first event actually
# logged, not with this module: the unlock window paints before anything is logged. The level
# it routes at is the one wanted when that happens.
_wanted_level = logging.INFO
_routed_level: int | None = None  # the level structlog is configured for; None: not loaded
_route_lock = threading.Lock()


def _processors() -> list[Processor]:
    import structlog

    return [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.format_exc_info,
        structlog.processors.JSONRenderer(),
    ]


def _route_to_stdlib() -> None:
    """Load structlog if needed and route it to the stdlib ``neuroleaf`` logger at the wanted
    level (structlog's own default would print to stdout, where a CLI's output goes)."""
    global _routed_level
    if _routed_level == _wanted_level:
        return
    with _route_lock:
        level = _wanted_level
        if _routed_level == level:
            return
        _import_structlog_lean()
        import structlog

        structlog.configure(
            processors=_processors(),
            logger_factory=structlog.stdlib.LoggerFactory(),
            wrapper_class=structlog.make_filtering_bound_logger(level),
            cache_logger_on_first_use=False,
        )
        _routed_level = level


# Until configure_logging() runs, events go to a silent stdlib logger: never to stdout.
logging.getLogger("neuroleaf").addHandler(logging.NullHandler())


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
    global _configured_for, _wanted_level
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
    _wanted_level = level
    if _routed_level is not None:  # already loaded: route at the new level now
        _route_to_stdlib()
    _configured_for = log_dir


class Logger:
    """What :func:`get_logger` returns: a structlog logger made when the first event is logged.

    Modules create their logger at import (``log = get_logger("vault")``), long before anything
    is logged: the unlock window paints and ``--version`` or ``--help`` answer without a single
    event, so structlog is imported by the first call below, not by the import. The methods are
    structlog's: an event name and key-value pairs (ids, counts, durations; never content).
    """

    __slots__ = ("_bound", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._bound: FilteringBoundLogger | None = None

    def _real(self) -> FilteringBoundLogger:
        _route_to_stdlib()
        bound = self._bound
        if bound is None:
            import structlog

            bound = self._bound = structlog.get_logger(self._name)
        return bound

    def debug(self, event: str, *args: Any, **kw: Any) -> Any:
        return self._real().debug(event, *args, **kw)

    def info(self, event: str, *args: Any, **kw: Any) -> Any:
        return self._real().info(event, *args, **kw)

    def warning(self, event: str, *args: Any, **kw: Any) -> Any:
        return self._real().warning(event, *args, **kw)

    def error(self, event: str, *args: Any, **kw: Any) -> Any:
        return self._real().error(event, *args, **kw)

    def exception(self, event: str, *args: Any, **kw: Any) -> Any:
        return self._real().exception(event, *args, **kw)


def get_logger(name: str) -> Logger:
    """A logger under the ``neuroleaf`` hierarchy (so it reaches the rotating file)."""
    return Logger(f"neuroleaf.{name}")
