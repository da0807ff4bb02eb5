"""Local profiles: one folder (and one vault) per person using this computer account."""

from __future__ import annotations

import builtins
import contextlib
import json
import os
import re
import shutil
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from neuroleaf_desktop.errors import (
    NeuroLeafError,
    NotFoundError,
    ProfileExistsError,
    ValidationError,
)
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.paths import AppPaths
from neuroleaf_desktop.services.clock import Clock, system_clock
from neuroleaf_desktop.storage.keyfile import read_keyfile, sweep_temp_files, write_atomic
from neuroleaf_desktop.storage.layout import DB_NAME, KEY_NAME, THROTTLE_NAME
from neuroleaf_desktop.storage.throttle import UnlockThrottle

if TYPE_CHECKING:
    from neuroleaf_desktop.services.session import Session
    from neuroleaf_desktop.storage.vault import Vault

log = get_logger("profiles")
APP_CONFIG = "app.json"
STAGING_PREFIX = ".creating-"  # ".creating-<pid>-<random>": a profile not yet committed


def _vault_at(folder: Path) -> Vault:
    """The vault in ``folder``, locked. Imported here, not at the top: listing and finding
    profiles (the unlock window, every command's first step) need no SQLCipher."""
    from neuroleaf_desktop.storage.vault import Vault

    return Vault(folder)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


@dataclass
class StagedProfile:
    """A profile being built in a hidden folder; invisible until :meth:`ProfileStore.commit`."""

    name: str
    slug: str
    folder: Path
    session: Session
    recovery_key: str


@dataclass(frozen=True)
class ProfileInfo:
    slug: str
    name: str
    folder: Path
    created_at: str


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40]
    return slug or "profile-" + uuid.uuid4().hex[:6]


class ProfileStore:
    def __init__(self, paths: AppPaths, clock: Clock = system_clock) -> None:
        self.paths = paths
        self.clock = clock
        paths.ensure()
        self.sweep_leftovers()

    def sweep_leftovers(self) -> None:
        """Remove what a crash left behind: half-created profiles whose process is gone, and
        old temp files beside the key file and the back-off state."""
        with contextlib.suppress(OSError):
            for folder in self.paths.profiles.iterdir():
                if folder.name.startswith(STAGING_PREFIX):
                    pid = folder.name[len(STAGING_PREFIX) :].split("-", 1)[0]
                    if not (pid.isdigit() and _pid_alive(int(pid))):
                        shutil.rmtree(folder, ignore_errors=True)
                        log.info("profile.staging_swept")
                elif folder.is_dir():
                    for name in (KEY_NAME, THROTTLE_NAME):
                        sweep_temp_files(folder / name)

    # ---- listing --------------------------------------------------------------------------
    def list(self) -> builtins.list[ProfileInfo]:
        found = []
        for folder in sorted(self.paths.profiles.iterdir()):
            if folder.name.startswith(".") or not (folder / KEY_NAME).exists():
                continue
            try:
                key = read_keyfile(folder / KEY_NAME)
            except Exception:  # a damaged profile still shows up, by folder name
                found.append(ProfileInfo(folder.name, folder.name, folder, ""))
                continue
            found.append(ProfileInfo(folder.name, key.profile_name, folder, key.created_at))
        return found

    def find(self, name_or_slug: str | None) -> ProfileInfo:
        profiles = self.list()
        if not profiles:
            raise NotFoundError("There is no profile yet. Create one with `neuroleaf init`.")
        if name_or_slug is None:
            if len(profiles) == 1:
                return profiles[0]
            last = self.last_used()
            for profile in profiles:
                if profile.slug == last:
                    return profile
            names = ", ".join(p.slug for p in profiles)
            raise ValidationError(f"Several profiles exist ({names}); choose one with --profile.")
        wanted = name_or_slug.strip()
        for profile in profiles:
            if wanted in (profile.slug, profile.name):
                return profile
        raise NotFoundError(f"No profile called {wanted!r}.")

    # ---- creating and opening -----------------------------------------------------------------
    def create(self, name: str, passphrase: str) -> tuple[Session, str]:
        """Create a profile; returns its open session and the recovery key (show it once)."""
        staged = self.stage(name, passphrase)
        return self.commit(staged, passphrase), staged.recovery_key

    def _check_new_name(self, name: str) -> tuple[str, str]:
        clean = " ".join(name.split())
        if not clean or len(clean) > 60:
            raise ValidationError("A profile name needs 1 to 60 characters.")
        slug = slugify(clean)
        if (self.paths.profiles / slug).exists() or any(p.name == clean for p in self.list()):
            raise ProfileExistsError(f"A profile called {clean!r} already exists.")
        return clean, slug

    def stage(self, name: str, passphrase: str) -> StagedProfile:
        """Build a new profile in a hidden staging folder, open, to be filled and committed.

        Until :meth:`commit` renames it into place, a crash leaves only the staging folder,
        which the next start sweeps away: the profile either exists complete or not at all.
        """
        clean, slug = self._check_new_name(name)
        staging = self.paths.profiles / f"{STAGING_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}"
        try:
            from neuroleaf_desktop.services.session import Session
            from neuroleaf_desktop.storage.vault import Vault

            vault, recovery_key = Vault.create(staging, clean, passphrase)

            session = Session(vault, slug, clock=self.clock)
            session.activities.seed_defaults()
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return StagedProfile(clean, slug, staging, session, recovery_key)

    def discard(self, staged: StagedProfile) -> None:
        staged.session.close()
        shutil.rmtree(staged.folder, ignore_errors=True)

    def commit(self, staged: StagedProfile, passphrase: str) -> Session:
        """Close the staged vault, rename it into place (the commit), and open it there."""
        staged.session.close()
        target = self.paths.profiles / staged.slug
        try:
            if target.exists():
                raise ProfileExistsError(f"A profile called {staged.name!r} already exists.")
            staged.folder.rename(target)
        except BaseException:
            shutil.rmtree(staged.folder, ignore_errors=True)
            raise
        with contextlib.suppress(OSError):
            dir_fd = os.open(self.paths.profiles, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        vault = _vault_at(target)
        vault.unlock(passphrase)
        from neuroleaf_desktop.services.session import Session  # opened at unlock

        session = Session(vault, staged.slug, clock=self.clock)
        self.set_last_used(staged.slug)
        log.info("profile.created", profile=staged.slug)
        return session

    def unlock_hints(self, name_or_slug: str | None) -> tuple[float, bool]:
        """Before a passphrase is typed: the seconds still to wait after wrong attempts, and
        whether keychain unlock is on. Reads two small files and opens nothing, so the unlock
        window can ask while it first paints without loading SQLCipher."""
        info = self.find(name_or_slug)
        wait = UnlockThrottle(info.folder / THROTTLE_NAME).retry_after()
        try:
            keychain = read_keyfile(info.folder / KEY_NAME).keychain_slot is not None
        except NeuroLeafError:  # a damaged key file: unlocking will say so in words
            keychain = False
        return wait, keychain

    def vault(self, name_or_slug: str | None) -> Vault:
        return _vault_at(self.find(name_or_slug).folder)

    def open(self, name_or_slug: str | None, passphrase: str) -> Session:
        info = self.find(name_or_slug)
        vault = _vault_at(info.folder)
        vault.unlock(passphrase)
        return self._session(vault, info)

    def open_with_data_key(
        self, name_or_slug: str | None, data_key: bytes, vault_id: str
    ) -> Session:
        """Open with a data key kept in memory by the unlock agent (see cli/agent_cmd.py)."""
        info = self.find(name_or_slug)
        vault = _vault_at(info.folder)
        vault.unlock_with_data_key(data_key, vault_id)
        return self._session(vault, info)

    def data_key(self, name_or_slug: str | None, passphrase: str) -> tuple[ProfileInfo, bytes, str]:
        """Check the passphrase and return the profile, its data key and vault id, without
        opening the journal: for the unlock agent, which keeps the key in memory only."""
        info = self.find(name_or_slug)
        vault = _vault_at(info.folder)
        key = vault.data_key(passphrase)
        vault.throttle.record_success()
        return info, key, vault.keyfile.vault_id

    def open_with_recovery(self, name_or_slug: str | None, recovery_key: str) -> Session:
        info = self.find(name_or_slug)
        vault = _vault_at(info.folder)
        vault.unlock_with_recovery(recovery_key)
        return self._session(vault, info)

    def open_with_keychain(self, name_or_slug: str | None) -> Session:
        """Open with the secret kept in this computer's keychain (opt-in, see
        services/keychain_unlock.py); KeychainUnlockError in words when that is not possible."""
        from neuroleaf_desktop.services.keychain_unlock import KeychainUnlock

        info = self.find(name_or_slug)
        vault = _vault_at(info.folder)
        KeychainUnlock(vault).unlock()
        return self._session(vault, info)

    def _session(self, vault: Vault, info: ProfileInfo) -> Session:
        from neuroleaf_desktop.services.session import Session  # opened at unlock

        session = Session(vault, info.slug, clock=self.clock)
        if not vault.read_only:  # a full disk: read and export only, tidy up later
            session.housekeeping()
        self.set_last_used(info.slug)
        return session

    def delete(self, name_or_slug: str) -> None:
        """Remove a profile folder entirely (the caller confirms with the person first)."""
        info = self.find(name_or_slug)
        shutil.rmtree(info.folder)
        log.info("profile.deleted", profile=info.slug)

    # ---- app config (not secret: which profile was used last) ---------------------------------
    def _config_path(self) -> Path:
        return self.paths.config / APP_CONFIG

    def last_used(self) -> str | None:
        try:
            value = json.loads(self._config_path().read_text(encoding="utf-8")).get("last_profile")
            return str(value) if value else None
        except (FileNotFoundError, ValueError, AttributeError):
            return None

    def set_last_used(self, slug: str) -> None:
        """Best effort: a full or read-only config disk must not stop anyone from reading.

        Written only when it changes: most commands open the profile used last, and an
        atomic write (temp file, fsync, rename) on every one of them is wasted disk work."""
        if self.last_used() == slug:
            return
        try:
            write_atomic(self._config_path(), json.dumps({"last_profile": slug}).encode())
        except OSError as exc:
            log.warning("profile.last_used_not_saved", errno=exc.errno)

    def db_path(self, info: ProfileInfo) -> Path:
        return info.folder / DB_NAME
