"""`neuroleaf sync status|now|signup|signin|signout|devices`: optional encrypted sync."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import click

from neuroleaf_desktop.cli.common import emit_json, json_option, state
from neuroleaf_desktop.errors import PassphraseRequiredError
from neuroleaf_desktop.services.sync.errors import SyncTotpRequiredError
from neuroleaf_desktop.services.sync.service import SyncService, unreadable_text

ENV_ACCOUNT_PASSWORD = "NEUROLEAF_SYNC_PASSWORD"  # noqa: S105 - a variable's name


@contextmanager
def _sync() -> Iterator[SyncService]:
    session = state().open_session()
    try:
        yield SyncService(session.vault, session.events)
    finally:
        session.close()


def _account_password(password_file: Path | None, *, confirm: bool = False) -> str:
    """From --password-file, then NEUROLEAF_SYNC_PASSWORD, then a hidden TTY prompt."""
    if password_file is not None:
        return password_file.read_text(encoding="utf-8").rstrip("\r\n")
    if os.environ.get(ENV_ACCOUNT_PASSWORD):
        return os.environ[ENV_ACCOUNT_PASSWORD]
    if not sys.stdin.isatty():
        raise PassphraseRequiredError(
            "The sync account password is needed: type it at a terminal, or for scripts use "
            f"--password-file FILE or {ENV_ACCOUNT_PASSWORD}."
        )
    first = getpass.getpass("Sync account password: ")
    if confirm and getpass.getpass("Again, to be sure: ") != first:
        raise PassphraseRequiredError("The two passwords differ; nothing was changed.")
    return first


_password_file = click.option(
    "--password-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the sync account password from this file.",
)


@click.group("sync")
def sync_group() -> None:
    """End-to-end-encrypted sync between your devices (off until you sign in).

    The server only ever stores encrypted items: it cannot read your journal.
    """


@sync_group.command("signup")
@click.argument("server_url")
@click.argument("account")
@_password_file
def signup_cmd(server_url: str, account: str, password_file: Path | None) -> None:
    """Create a sync account on SERVER_URL; this journal becomes its first content."""
    with _sync() as service:
        service.signup(server_url, account, _account_password(password_file, confirm=True))
        report = service.sync_now()
    click.echo(f"Account created; {report.pushed} records uploaded, encrypted.")


@sync_group.command("signin")
@click.argument("server_url")
@click.argument("account")
@_password_file
@click.option("--code", help="Two-factor code from your authenticator app, or a recovery code.")
def signin_cmd(server_url: str, account: str, password_file: Path | None, code: str | None) -> None:
    """Join an existing sync account from this device, then sync."""
    with _sync() as service:
        password = _account_password(password_file)
        try:
            service.signin(server_url, account, password, code)
        except SyncTotpRequiredError:
            if code is not None or not sys.stdin.isatty():
                raise
            service.signin(server_url, account, password, click.prompt("Two-factor code"))
        report = service.sync_now()
    click.echo(f"Signed in; {report.pulled} changes received, {report.pushed} sent.")


@sync_group.command("now")
@json_option
def now_cmd() -> None:
    """Sync now: receive other devices' changes and send this device's."""
    with _sync() as service:
        report = service.sync_now()
    if state().json:
        emit_json(report.as_dict())
        return
    text = f"Synced: {report.pulled} changes received, {report.pushed} sent."
    if report.conflicts:
        text += f" {report.conflicts} entries were edited on two devices: both versions kept."
    if report.unreadable:
        text += " " + unreadable_text(report.unreadable)
    click.echo(text)


@sync_group.command("status")
@json_option
def status_cmd() -> None:
    """Whether sync is on, when it last ran, what is waiting, and any problem."""
    with _sync() as service:
        status = service.status()
    if state().json:
        emit_json(
            {
                "signed_in": status.signed_in,
                "server": status.server_url,
                "account": status.identifier,
                "last_synced_at": status.last_synced_at.isoformat()
                if status.last_synced_at
                else None,
                "pending": status.pending,
                "error": status.error,
                "conflicted_copies": status.conflicts,
            }
        )
        return
    click.echo(status.text(datetime.now(UTC)))
    if status.signed_in:
        click.echo(f"Account {status.identifier} on {status.server_url}")


@sync_group.command("signout")
@click.option("--everywhere", is_flag=True, help="Sign every device out of the account.")
def signout_cmd(everywhere: bool) -> None:
    """Stop syncing on this device. Your journal stays here, complete."""
    with _sync() as service:
        service.signout(everywhere=everywhere)
    click.echo("Signed out. This journal stays complete on this device.")
    if everywhere:
        click.echo("Every other device was signed out too; each keeps its journal.")


@sync_group.command("devices")
@json_option
def devices_cmd() -> None:
    """The devices signed in to your sync account."""
    with _sync() as service:
        devices = service.devices()
    if state().json:
        emit_json(devices)
        return
    for d in devices:
        mark = " (this device)" if d["current"] else ""
        click.echo(f"{d['device_name']}{mark} · last seen {d['last_seen_at']} · id {d['id']}")


@sync_group.group("2fa")
def totp_group() -> None:
    """Two-factor sign-in for the sync account (an authenticator app's 6-digit codes)."""


@totp_group.command("setup")
def totp_setup_cmd() -> None:
    """Show the secret to add to an authenticator app (then confirm with `2fa enable`)."""
    with _sync() as service:
        secret, uri = service.totp_setup()
    click.echo(f"Add this key to your authenticator app: {secret}")
    click.echo(f"(or open this link on the phone: {uri})")
    click.echo("Then run `neuroleaf sync 2fa enable CODE` with the code it shows.")


@totp_group.command("enable")
@click.argument("code")
def totp_enable_cmd(code: str) -> None:
    """Turn two-factor sign-in on, confirmed by a first code; prints recovery codes once."""
    with _sync() as service:
        codes = service.totp_enable(code)
    click.echo("Two-factor sign-in is on. Keep these recovery codes somewhere safe; each works")
    click.echo("once if you lose your authenticator. They will not be shown again:")
    for recovery in codes:
        click.echo(f"  {recovery}")


@totp_group.command("disable")
@click.argument("code")
def totp_disable_cmd(code: str) -> None:
    """Turn two-factor sign-in off (needs a current code or a recovery code)."""
    with _sync() as service:
        service.totp_disable(code)
    click.echo("Two-factor sign-in is off.")


@sync_group.command("activity")
@json_option
def activity_cmd() -> None:
    """What happened to your sync account: sign-ins, new devices, 2FA and password changes."""
    with _sync() as service:
        events = service.account_events()
    if state().json:
        emit_json([{"at": at, "what": what, "device": device} for at, what, device in events])
        return
    for at, what, device in events:
        click.echo(f"{at[:16].replace('T', ' ')}  {what}" + (f" · {device}" if device else ""))


@sync_group.command("revoke")
@click.argument("device_id")
def revoke_cmd(device_id: str) -> None:
    """Sign one device out of the account (see `neuroleaf sync devices` for ids)."""
    with _sync() as service:
        service.revoke_device(device_id)
    click.echo("That device is signed out; its journal stays on it.")
