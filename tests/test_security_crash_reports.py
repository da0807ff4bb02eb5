"""Opt-in crash reports: off by default, scrubbed, shown before sending, sent only to the
person's own server (here a real HTTP server on 127.0.0.1 that records what arrives)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from neuroleaf_desktop.errors import NotFoundError
from neuroleaf_desktop.paths import AppPaths
from neuroleaf_desktop.services import crash_reports
from neuroleaf_desktop.services.profiles import ProfileStore
from tests.cli_helpers import run_cli

CANARY = "canary-crash-5d1e"


@pytest.fixture
def server() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    arrivals: list[dict[str, Any]] = []

    class Recorder(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            arrivals.append({"path": self.path, "headers": dict(self.headers), "body": body})
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'{"id": "ok"}')

        def log_message(self, *_args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://publickey@127.0.0.1:{httpd.server_address[1]}/42", arrivals
    finally:
        httpd.shutdown()
        httpd.server_close()


def _crash(store: ProfileStore, paths: AppPaths) -> BaseException:
    """A real error from our code whose message quotes what the person typed."""
    try:
        store.find(f"{CANARY} {paths.data}/profiles/secret")
    except NotFoundError as exc:
        assert CANARY in str(exc)
        return exc
    raise AssertionError("expected NotFoundError")


def test_off_by_default(store: ProfileStore, paths: AppPaths) -> None:
    store.create("Test", "correct horse battery staple")[0].close()
    assert crash_reports.configured_dsn(paths) is None
    assert crash_reports.prepare(paths, _crash(store, paths)) is None
    assert not (paths.logs / crash_reports.PENDING_FILE).exists()


def test_report_is_scrubbed_shown_and_sent_only_to_the_chosen_server(
    store: ProfileStore, paths: AppPaths, home: Path, server: tuple[str, list[dict[str, Any]]]
) -> None:
    dsn, arrivals = server
    store.create("Test", "correct horse battery staple")[0].close()
    run_cli(home, "crash-reports", "enable", "--dsn", dsn)
    pending = crash_reports.prepare(paths, _crash(store, paths))
    assert pending is not None
    text = pending.read_text(encoding="utf-8")
    assert CANARY not in text and str(home) not in text and "/tmp" not in text

    refused = run_cli(home, "crash-reports", "send", check=False)  # not a TTY, no --yes
    assert refused.returncode == 2 and arrivals == []

    sent = run_cli(home, "crash-reports", "send", "--yes")
    assert len(arrivals) == 1
    arrival = arrivals[0]
    assert arrival["path"] == "/api/42/envelope/"
    assert "sentry_key=publickey" in arrival["headers"]["X-Sentry-Auth"]
    body = arrival["body"].decode("utf-8")
    assert CANARY not in body and str(home) not in body and str(paths.data) not in body
    header, item_header, item = body.rstrip("\n").split("\n", 2)
    assert json.loads(item_header)["type"] == "event"
    event = json.loads(item)
    assert json.loads(header)["event_id"] == event["event_id"]
    assert item in sent.stdout  # the exact report was shown before it went out
    frames = event["exception"]["values"][0]["stacktrace"]["frames"]
    assert {"filename": "neuroleaf_desktop/services/profiles.py", "function": "find"}.items() <= {
        k: v for f in frames for k, v in f.items() if f["function"] == "find"
    }.items()
    assert event["exception"]["values"][0] == {
        "type": "NotFoundError", "value": "[scrubbed]", "stacktrace": {"frames": frames},
    }  # fmt: skip
    assert crash_reports.pending(paths) is None  # sent once, then gone
    run_cli(home, "crash-reports", "disable")
    assert crash_reports.configured_dsn(paths) is None
