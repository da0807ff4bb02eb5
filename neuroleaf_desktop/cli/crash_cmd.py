"""`neuroleaf crash-reports`: opt-in crash reports to the person's own server."""

from __future__ import annotations

import sys

import click

from neuroleaf_desktop.cli.common import emit_json, json_option, state
from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services import crash_reports


@click.group("crash-reports")
def crash_group() -> None:
    """Opt-in crash reports to a Sentry or GlitchTip server you choose (off by default).

    A report holds only the error's type and code locations: no journal text, no file paths.
    After a crash it is prepared, shown to you, and sent only when you say so.
    """


@crash_group.command("enable")
@click.option("--dsn", required=True, help="Your server's DSN, e.g. https://KEY@host/1.")
def crash_enable(dsn: str) -> None:
    parsed = crash_reports.enable(app_paths(), dsn)
    click.echo(
        f"Crash reports on: after a crash you can review and send a report to {parsed.host}."
    )


@crash_group.command("disable")
def crash_disable() -> None:
    crash_reports.disable(app_paths())
    click.echo("Crash reports off. Nothing will be prepared or sent.")


@crash_group.command("status")
@json_option
def crash_status() -> None:
    paths = app_paths()
    dsn = crash_reports.configured_dsn(paths)
    waiting = crash_reports.pending(paths) is not None
    if state().json:
        emit_json({"enabled": dsn is not None, "server": dsn.host if dsn else None,
                   "pending": waiting})  # fmt: skip
        return
    click.echo(f"Crash reports: {'on, to ' + dsn.host if dsn else 'off'}.")
    if waiting:
        click.echo("A report is waiting: `neuroleaf crash-reports send` shows it.")


@crash_group.command("send")
@click.option("--yes", is_flag=True, help="Send without asking (after it is printed).")
def crash_send(yes: bool) -> None:
    """Show the prepared crash report exactly as it would be sent, then send it if you agree."""
    paths = app_paths()
    dsn = crash_reports.configured_dsn(paths)
    report = crash_reports.pending(paths)
    if report is None:
        click.echo("No crash report is waiting.")
        return
    if dsn is None:
        raise ValidationError("Crash reports are off; the waiting report stays on this computer.")
    click.echo(crash_reports.render(report))
    if not yes:
        if not sys.stdin.isatty():
            raise ValidationError("Not sent. To send it from a script, add --yes.")
        if not click.confirm(f"Send this report to {dsn.host}?", default=False):
            click.echo("Not sent.")
            return
    crash_reports.send(paths, report)
    click.echo(f"Sent to {dsn.host}. Thank you.")
