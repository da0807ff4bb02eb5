"""Opt-in crash reports, sent only to a server the person chose, only after they saw them.

Off by default. When the person turns them on they give a DSN of a Sentry-compatible server
they trust (self-hosted Sentry or GlitchTip). A crash then *prepares* a report; nothing is
sent until the person has seen the exact bytes and said yes.

What a report holds: the exception's type, the code locations of its stack (package-relative
file, function, line), the app and Python versions and the OS name. Every other string is
scrubbed: the exception's message (it may quote journal text), file paths outside the code
(they name the person's folders), local variables (never collected). The format is Sentry's
envelope (one event item), written by hand: a few lines instead of a dependency.
"""

from __future__ import annotations

import json
import platform
import traceback
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from neuroleaf_desktop import __version__
from neuroleaf_desktop.errors import FeatureUnavailableError, NeuroLeafError, ValidationError
from neuroleaf_desktop.paths import AppPaths
from neuroleaf_desktop.storage.keyfile import write_atomic

SETTINGS_FILE = "crash_reports.json"
PENDING_FILE = "crash-report-pending.json"
SCRUBBED = "[scrubbed]"
_PACKAGE = "neuroleaf_desktop"


@dataclass(frozen=True)
class Dsn:
    """``https://<public key>@<host>/<project id>`` as Sentry and GlitchTip hand them out."""

    scheme: str
    public_key: str
    netloc: str
    prefix: str
    project_id: str
    raw: str

    @property
    def envelope_url(self) -> str:
        return f"{self.scheme}://{self.netloc}{self.prefix}/api/{self.project_id}/envelope/"

    @property
    def host(self) -> str:
        return self.netloc


def parse_dsn(text: str) -> Dsn:
    parts = urllib.parse.urlsplit(text.strip())
    path = parts.path.rstrip("/")
    project = path.rsplit("/", 1)[-1] if path else ""
    if parts.scheme not in ("http", "https") or not parts.username or not project.isdigit():
        raise ValidationError(
            "That is not a crash-report address (DSN). It looks like "
            "https://KEY@your-server.example/1 and comes from your Sentry or GlitchTip."
        )
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return Dsn(parts.scheme, parts.username, netloc, path[: -len(project) - 1], project, text)


# ---- settings (app config, not the vault: a crash may happen while it is locked) ----------
def _settings_path(paths: AppPaths) -> Path:
    return paths.config / SETTINGS_FILE


def configured_dsn(paths: AppPaths) -> Dsn | None:
    """The DSN when crash reports are on, else None (the default)."""
    try:
        raw = json.loads(_settings_path(paths).read_text(encoding="utf-8"))
        return parse_dsn(str(raw["dsn"])) if raw.get("enabled") else None
    except (OSError, ValueError, KeyError, TypeError, NeuroLeafError):
        return None


def enable(paths: AppPaths, dsn: str) -> Dsn:
    parsed = parse_dsn(dsn)
    paths.config.mkdir(parents=True, exist_ok=True)
    write_atomic(_settings_path(paths), json.dumps({"enabled": True, "dsn": dsn}).encode())
    return parsed


def disable(paths: AppPaths) -> None:
    _settings_path(paths).unlink(missing_ok=True)
    (paths.logs / PENDING_FILE).unlink(missing_ok=True)


# ---- building a report -----------------------------------------------------------------------
def code_location(filename: str) -> str:
    """A file as a code location: package-relative for ours and for libraries, else its
    base name. Never a path that says where the person keeps anything."""
    parts = Path(filename).parts
    for anchor in (_PACKAGE, "site-packages", "dist-packages"):
        if anchor in parts:
            start = parts.index(anchor) + (0 if anchor == _PACKAGE else 1)
            return "/".join(parts[start:])
    if filename.startswith("<"):  # <frozen runpy>, <string>
        return filename
    return Path(filename).name


def build_report(exc: BaseException, *, now: datetime | None = None) -> dict[str, Any]:
    frames = [
        {
            "filename": code_location(f.filename),
            "function": f.name,
            "lineno": f.lineno,
            "in_app": code_location(f.filename).startswith(_PACKAGE),
        }
        for f in traceback.extract_tb(exc.__traceback__)
    ]
    return {
        "event_id": uuid.uuid4().hex,
        "timestamp": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "platform": "python",
        "level": "fatal",
        "release": f"neuroleaf@{__version__}",
        "exception": {
            "values": [
                {"type": type(exc).__name__, "value": SCRUBBED, "stacktrace": {"frames": frames}}
            ]
        },
        "contexts": {
            "os": {"name": platform.system()},
            "runtime": {"name": "CPython", "version": platform.python_version()},
        },
    }


def render(report: dict[str, Any]) -> str:
    """The exact text that would be sent (the event item), for the person to read."""
    return json.dumps(report, indent=2, sort_keys=True)


def envelope(report: dict[str, Any], dsn: Dsn) -> bytes:
    header = {"event_id": report["event_id"], "dsn": dsn.raw, "sent_at": report["timestamp"]}
    item = render(report).encode("utf-8")
    lines = [
        json.dumps(header).encode(),
        json.dumps({"type": "event", "length": len(item)}).encode(),
        item,
    ]
    return b"\n".join(lines) + b"\n"


# ---- the pending report and sending ------------------------------------------------------------
def prepare(paths: AppPaths, exc: BaseException) -> Path | None:
    """After a crash, with reports on: keep the scrubbed report for review; nothing is sent."""
    if configured_dsn(paths) is None:
        return None
    target = paths.logs / PENDING_FILE
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        write_atomic(target, render(build_report(exc)).encode("utf-8"))
    except OSError:
        return None
    return target


def pending(paths: AppPaths) -> dict[str, Any] | None:
    try:
        report = json.loads((paths.logs / PENDING_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return report if isinstance(report, dict) else None


def send(paths: AppPaths, report: dict[str, Any], *, timeout: float = 10.0) -> None:
    """Send ``report`` to the configured server (the caller has shown it and asked)."""
    dsn = configured_dsn(paths)
    if dsn is None:
        raise ValidationError("Crash reports are off. Turn them on with a DSN first.")
    request = urllib.request.Request(  # noqa: S310 - the person's own http(s) server
        dsn.envelope_url,
        data=envelope(report, dsn),
        method="POST",
        headers={
            "Content-Type": "application/x-sentry-envelope",
            "X-Sentry-Auth": (
                f"Sentry sentry_version=7, sentry_key={dsn.public_key}, "
                f"sentry_client=neuroleaf/{__version__}"
            ),
            "User-Agent": f"neuroleaf/{__version__}",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            response.read()
    except OSError as exc:
        raise FeatureUnavailableError(
            f"The crash report could not be sent to {dsn.host} ({type(exc).__name__}). "
            "It is kept; try again later."
        ) from None
    (paths.logs / PENDING_FILE).unlink(missing_ok=True)
