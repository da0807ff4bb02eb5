"""What the CLI and the app call: create or join an account, sign out, sync, status.

Sync needs an unlocked vault (the sync key and tokens live inside it) and is off until the
person signs in. In the app it runs as the durable ``sync`` job (see ``attach``): queued a
little after each change and on unlock, retried with back-off when the server is away.
"""

from __future__ import annotations

import platform
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from neuroleaf_desktop.domain.timeutil import from_iso, to_iso
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.clock import Clock, system_clock
from neuroleaf_desktop.services.events import Change, EventBus, Topic
from neuroleaf_desktop.services.jobs import Job, JobFailed, JobRunner
from neuroleaf_desktop.services.sync import keys, records
from neuroleaf_desktop.services.sync.client import SyncClient, check_url
from neuroleaf_desktop.services.sync.engine import PULL_PAGE, PUSH_BATCH, SyncEngine, SyncReport
from neuroleaf_desktop.services.sync.errors import (
    SyncAuthError,
    SyncError,
    SyncNotSignedInError,
    SyncUnreachableError,
    TamperError,
)
from neuroleaf_desktop.services.sync.keychain import IN_KEYCHAIN, Keychain, system_keychain
from neuroleaf_desktop.storage.repositories.sync_repo import SyncAccountRow, SyncRepository
from neuroleaf_desktop.storage.vault import Vault

log = get_logger("sync")

JOB_KIND = "sync"
_AUTO = object()
AUDIT_WORDS = {
    "account_created": "Account created",
    "signed_in_new_device": "Signed in on a new device",
    "signin_failed": "A sign-in failed (wrong password or code)",
    "reused_sign_in_revoked": "A copied sign-in was detected; that device was signed out",
    "two_factor_on": "Two-factor sign-in turned on",
    "two_factor_off": "Two-factor sign-in turned off",
    "password_changed": "Account password changed; other devices signed out",
    "two_factor_code_failed": "A wrong code was given to turn off two-factor sign-in",
    "device_signed_out": "A device signed out",
    "device_revoked": "A device was signed out from another device",
    "signed_out_everywhere": "Signed out everywhere",
}
CHANGE_DELAY = timedelta(seconds=10)  # gather a burst of edits into one sync
_DATA_TOPICS = (Topic.ENTRY, Topic.CHECKIN, Topic.ACTIVITY, Topic.SETTINGS, Topic.TEMPLATE)


@dataclass(frozen=True)
class Device:
    """One signed-in device as the device list shows it."""

    session_id: str
    name: str
    last_seen_at: datetime
    current: bool

    def label(self) -> str:
        return f"{self.name}{' (this computer)' if self.current else ''}"

    def seen(self, now: datetime) -> str:
        minutes = int((now - self.last_seen_at).total_seconds() // 60)
        return "active now" if minutes < 2 else f"last seen {_ago(minutes)} ago"


@dataclass(frozen=True)
class AccountEvent:
    at: datetime
    what: str  # in words, see AUDIT_WORDS
    device: str


@dataclass(frozen=True)
class AccountSecurity:
    """What Settings → Sync shows about the account: devices, activity, two-factor state."""

    devices: list[Device]
    events: list[AccountEvent]
    two_factor: bool


@dataclass(frozen=True)
class SyncStatus:
    signed_in: bool
    server_url: str = ""
    identifier: str = ""
    last_synced_at: datetime | None = None
    pending: int = 0
    error: str = ""
    conflicts: int = 0
    too_large: int = 0  # kept recordings too large to sync: they stay on this device

    def text(self, now: datetime) -> str:
        """One line for the status bar, in words."""
        line = self._line(now)
        if self.signed_in and self.too_large:
            many = self.too_large != 1
            line += (
                f" · {self.too_large} voice recording{'s' if many else ''} too long to sync "
                f"({'they stay' if many else 'it stays'} on this computer)"
            )
        return line

    def _line(self, now: datetime) -> str:
        if not self.signed_in:
            return "Sync is off"
        if self.error:
            return f"Sync problem: {self.error}"
        if self.last_synced_at is None:
            when = "not yet synced"
        else:
            minutes = int((now - self.last_synced_at).total_seconds() // 60)
            when = "synced just now" if minutes < 1 else f"synced {_ago(minutes)} ago"
        waiting = f" · {self.pending} change{'s' if self.pending != 1 else ''} waiting"
        return f"Sync: {when}" + (waiting if self.pending else "")


def unreadable_text(count: int) -> str:
    """Said once, after the sync that met them: the items are noted and not fetched again."""
    many = count != 1
    return (
        f"{count} record{'s' if many else ''} from another device could not be read (damaged, "
        f"or dated outside the years 1000-9998) and {'were' if many else 'was'} not applied; "
        "this computer kept its own copy."
    )


def _ago(minutes: int) -> str:
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h"
    return f"{minutes // 1440} days"


def default_device_name() -> str:
    """What the device list shows: the kind of computer, not its network name."""
    return f"NeuroLeaf on {platform.system() or 'a computer'}"


class SyncService:
    def __init__(
        self,
        vault: Vault,
        events: EventBus,
        *,
        clock: Clock = system_clock,
        page_size: int = PULL_PAGE,
        batch_size: int = PUSH_BATCH,
        client_factory: Callable[..., SyncClient] = SyncClient,
        keychain: Keychain | object | None = _AUTO,
    ) -> None:
        self.vault = vault
        self.events = events
        self.clock = clock
        self.page_size = page_size
        self.batch_size = batch_size
        self.client_factory = client_factory
        self.keychain: Keychain | None = (
            system_keychain() if keychain is _AUTO else keychain  # type: ignore[assignment]
        )
        self._run_lock = threading.Lock()
        self._unsubscribe: list[Callable[[], None]] = []

    # ---- account ------------------------------------------------------------------------------
    def account(self) -> SyncAccountRow | None:
        """The account with its secrets, from the keychain where they are kept there."""
        with self.vault.reading() as conn:
            row = SyncRepository(conn).account()
        if row is None or row.refresh_token != IN_KEYCHAIN:
            return row
        kept = self.keychain.get(self._key(row, "refresh")) if self.keychain else None
        session = self.keychain.get(self._key(row, "session")) if self.keychain else None
        return replace(row, refresh_token=kept or "", session_id=session or row.session_id)

    @staticmethod
    def _key(row: SyncAccountRow, what: str) -> str:
        return f"{row.account_id}/{what}"

    def _stored(self, row: SyncAccountRow) -> SyncAccountRow:
        """What goes into the vault: secrets replaced by a marker when the keychain has them."""
        if self.keychain is None:
            return row
        self.keychain.set(self._key(row, "refresh"), row.refresh_token)
        self.keychain.set(self._key(row, "session"), row.session_id)
        return replace(row, refresh_token=IN_KEYCHAIN, session_id=IN_KEYCHAIN)

    @property
    def secrets_location(self) -> str:
        """In words, for Settings and `sync status`."""
        if self.keychain is None:
            return (
                "No system keychain is available, so your sync sign-in is kept inside the "
                "encrypted journal."
            )
        return f"Your sync sign-in is kept in the system keychain ({self.keychain.name})."

    def signup(self, server_url: str, identifier: str, password: str) -> None:
        """Create an account; this device's journal becomes its first content (next sync)."""
        identifier = keys.normalise_identifier(identifier)
        _check_password(password)
        params = keys.AccountKeyParams.new()
        derived = keys.derive(identifier, password, params)
        sync_key = keys.new_sync_key()
        client = self.client_factory(check_url(server_url))
        try:
            body = client.signup(
                identifier=identifier,
                server_password=derived.server_password,
                key_params=params.to_json(),
                wrapped_sync_key=keys.wrap_sync_key(derived.root_key, sync_key, identifier),
                device_name=default_device_name(),
            )
        finally:
            client.close()
        self._save_account(server_url, identifier, sync_key, body)

    def signin(
        self, server_url: str, identifier: str, password: str, totp_code: str | None = None
    ) -> None:
        """Join an existing account from this device (the next sync merges both sides).

        With two-factor sign-in on, raises SyncTotpRequiredError until ``totp_code`` (a code
        from the authenticator app, or a recovery code) is given."""
        identifier = keys.normalise_identifier(identifier)
        client = self.client_factory(check_url(server_url))
        try:
            params = keys.AccountKeyParams.from_json(client.key_params(identifier))
            derived = keys.derive(identifier, password, params)
            body = client.signin(
                identifier, derived.server_password, default_device_name(), totp_code
            )
        finally:
            client.close()
        sync_key = keys.unwrap_sync_key(derived.root_key, body["wrapped_sync_key"], identifier)
        self._save_account(server_url, identifier, sync_key, body)

    def _save_account(
        self, server_url: str, identifier: str, sync_key: bytes, body: dict[str, object]
    ) -> None:
        row = SyncAccountRow(
            server_url=check_url(server_url),
            identifier=identifier,
            account_id=str(body["account_id"]),
            session_id=str(body["session_id"]),
            sync_key=sync_key,
            access_token=str(body["access_token"]),
            refresh_token=str(body["refresh_token"]),
            cursor=0,
            last_synced_at=None,
            last_error="",
        )
        with self.vault.transaction() as conn:
            repo = SyncRepository(conn)
            if repo.last_account_id() != row.account_id:
                repo.clear_items()  # another account's versions mean nothing here
            repo.save_account(self._stored(row), to_iso(self.clock()))
        log.info("sync.signed_in")
        self.events.publish(Change(Topic.SYNC, "signed_in"))

    def signout(self, *, everywhere: bool = False) -> None:
        """Forget the account on this device (the journal stays) and end the server session;
        ``everywhere`` ends every device's session (each keeps its journal)."""
        account = self.account()
        if account is None:
            raise SyncNotSignedInError("This journal is not signed in to a sync account.")
        client = self._client(account)
        try:
            client.signout_everywhere() if everywhere else client.signout()
        except (SyncUnreachableError, SyncAuthError):
            pass  # signing out locally must work offline or when already revoked
        finally:
            client.close()
        with self.vault.transaction() as conn:
            SyncRepository(conn).forget_account(to_iso(self.clock()))
        if self.keychain is not None:
            self.keychain.delete(self._key(account, "refresh"))
            self.keychain.delete(self._key(account, "session"))
        log.info("sync.signed_out")
        self.events.publish(Change(Topic.SYNC, "signed_out"))

    def change_password(self, current: str, new: str) -> None:
        """New account password: the same sync key is re-wrapped; no item changes. Other
        devices are signed out by the server and sign in with the new password."""
        account = self._require_account()
        _check_password(new)
        client = self._client(account)
        try:
            params = keys.AccountKeyParams.from_json(client.key_params(account.identifier))
            old = keys.derive(account.identifier, current, params)
            new_params = keys.AccountKeyParams.new()
            fresh = keys.derive(account.identifier, new, new_params)
            client.change_password(
                current_server_password=old.server_password,
                new_server_password=fresh.server_password,
                key_params=new_params.to_json(),
                wrapped_sync_key=keys.wrap_sync_key(
                    fresh.root_key, account.sync_key, account.identifier
                ),
            )
        finally:
            client.close()

    def devices(self) -> list[dict[str, object]]:
        account = self._require_account()
        client = self._client(account)
        try:
            return client.devices()
        finally:
            client.close()

    def account_events(self) -> list[tuple[str, str, str]]:
        """What happened to the account, newest first: (when, what in words, which device)."""
        with self._signed_in_client() as client:
            events = client.audit()
        return [
            (str(e["at"]), AUDIT_WORDS.get(str(e["kind"]), str(e["kind"])), str(e["device_name"]))
            for e in events
        ]

    def security(self) -> AccountSecurity:
        """Devices (with last-seen time), the account's activity, and whether two-factor
        sign-in is on (as the server holds it)."""
        with self._signed_in_client() as client:
            devices = client.devices()
            events = client.audit()
            two_factor = bool(client.account()["two_factor"])
        return AccountSecurity(
            devices=[
                Device(
                    session_id=str(d["id"]),
                    name=str(d["device_name"]),
                    last_seen_at=datetime.fromisoformat(str(d["last_seen_at"])),
                    current=bool(d["current"]),
                )
                for d in devices
            ],
            events=[
                AccountEvent(
                    at=datetime.fromisoformat(str(e["at"])),
                    what=AUDIT_WORDS.get(str(e["kind"]), str(e["kind"])),
                    device=str(e["device_name"]),
                )
                for e in events
            ],
            two_factor=two_factor,
        )

    def revoke_device(self, session_id: str) -> None:
        """Sign another device out of the account (its next sync fails; its journal stays)."""
        account = self._require_account()
        client = self._client(account)
        try:
            client.revoke(session_id)
        finally:
            client.close()

    def totp_setup(self) -> tuple[str, str]:
        """Start two-factor set-up: (secret as text, otpauth:// URI for a QR code)."""
        with self._signed_in_client() as client:
            body = client.totp_setup()
        return body["secret"], body["uri"]

    def totp_enable(self, code: str) -> list[str]:
        """Confirm set-up with a first code; returns 10 recovery codes, shown only once."""
        with self._signed_in_client() as client:
            return client.totp_enable(code)

    def totp_disable(self, code: str) -> None:
        with self._signed_in_client() as client:
            client.totp_disable(code)

    @contextmanager
    def _signed_in_client(self) -> Iterator[SyncClient]:
        client = self._client(self._require_account())
        try:
            yield client
        finally:
            client.close()

    # ---- syncing ------------------------------------------------------------------------------
    def sync_now(self) -> SyncReport:
        """One full sync. Raises SyncError (in words) if it could not finish."""
        with self._run_lock:
            account = self._require_account()
            self.events.publish(Change(Topic.SYNC, "started"))
            client = self._client(account)
            engine = SyncEngine(
                self.vault,
                self.events,
                account,
                client,
                now=self.clock,
                page_size=self.page_size,
                batch_size=self.batch_size,
            )
            try:
                report = engine.run()
            except SyncError as exc:
                self._record(None, exc.user_message)
                self.events.publish(Change(Topic.SYNC, "failed"))
                raise
            finally:
                client.close()
            error = ""
            if report.rejected:
                error = (
                    f"{report.rejected} item{'s' if report.rejected != 1 else ''} from the "
                    "server failed verification and were not applied."
                )
            if report.unreadable and not error:
                error = unreadable_text(report.unreadable)
            self._record(to_iso(self.clock()), error)
            log.info("sync.done", **report.as_dict())
            self.events.publish(Change(Topic.SYNC, "done"))
            if report.rejected:
                raise TamperError(error)
            return report

    def _record(self, synced_at: str | None, error: str) -> None:
        with self.vault.transaction() as conn:
            SyncRepository(conn).set_result(synced_at, error)

    def status(self) -> SyncStatus:
        account = self.account()
        if account is None:
            return SyncStatus(signed_in=False)
        with self._signed_in_client() as client:  # no request is made: only counting
            pending = SyncEngine(
                self.vault, self.events, account, client, now=self.clock
            ).note_local_changes()
        with self.vault.reading() as conn:
            conflicts = len(SyncRepository(conn).conflicts())
            too_large = records.audio_too_large(conn)
        return SyncStatus(
            signed_in=True,
            server_url=account.server_url,
            identifier=account.identifier,
            last_synced_at=from_iso(account.last_synced_at) if account.last_synced_at else None,
            pending=pending,
            error=account.last_error,
            conflicts=conflicts,
            too_large=too_large,
        )

    def conflicts(self) -> list[tuple[str, str, str]]:
        """(conflicted copy id, original entry id, when) for the journal to show."""
        with self.vault.reading() as conn:
            return SyncRepository(conn).conflicts()

    # ---- the background job ---------------------------------------------------------------------
    def attach(self, runner: JobRunner) -> None:
        """Register the ``sync`` job, queue one now, and one shortly after each change."""
        runner.register(JOB_KIND, self._job, label=lambda n: "Syncing…")
        for topic in _DATA_TOPICS:
            self._unsubscribe.append(
                self.events.subscribe(lambda _c: self._queue(runner, CHANGE_DELAY), topic)
            )
        self._queue(runner, timedelta(0))

    def detach(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()

    def _queue(self, runner: JobRunner, delay: timedelta) -> None:
        if self._run_lock.locked():
            delay = max(delay, CHANGE_DELAY)  # changes applied by a running sync
        if self.account() is not None:
            runner.enqueue(JOB_KIND, "", delay=delay)

    def _job(self, _job: Job) -> None:
        try:
            self.sync_now()
        except SyncNotSignedInError:
            return  # signed out while queued: nothing to do
        except (SyncAuthError, TamperError) as exc:
            raise JobFailed(exc.user_message, permanent=True) from None
        except SyncError as exc:
            raise JobFailed(exc.user_message) from None  # retried with back-off

    # ---- helpers ------------------------------------------------------------------------------
    def _require_account(self) -> SyncAccountRow:
        account = self.account()
        if account is None:
            raise SyncNotSignedInError(
                "This journal is not signed in to a sync account. "
                "Use `neuroleaf sync signin` (or `signup` for a new account)."
            )
        return account

    def _client(self, account: SyncAccountRow) -> SyncClient:
        def keep(access: str, refresh: str) -> None:
            if self.keychain is not None:
                self.keychain.set(self._key(account, "refresh"), refresh)
                refresh = IN_KEYCHAIN
            with self.vault.transaction() as conn:
                SyncRepository(conn).set_tokens(access, refresh)

        return self.client_factory(
            account.server_url,
            access_token=account.access_token,
            refresh_token=account.refresh_token,
            on_tokens=keep,
        )


def _check_password(password: str) -> None:
    if len(password) < keys.MIN_PASSWORD:
        raise SyncError(f"The account password needs at least {keys.MIN_PASSWORD} characters.")
