"""Local profiles: one folder (and one vault) per person using this computer account."""

from __future__ import annotations

import builtins
import json
import re
import shutil
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from neuroleaf_desktop.errors import NotFoundError, ProfileExistsError, ValidationError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.paths import AppPaths
from neuroleaf_desktop.services.clock import Clock, system_clock
from neuroleaf_desktop.storage.keyfile import read_keyfile, write_atomic
from neuroleaf_desktop.storage.vault import DB_NAME, KEY_NAME, Vault

if TYPE_CHECKING:
    from neuroleaf_desktop.services.session import Session

log = get_logger("profiles")
APP_CONFIG = "app.json"


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
        clean = " ".join(name.split())
        if not clean or len(clean) > 60:
            raise ValidationError("A profile name needs 1 to 60 characters.")
        slug = slugify(clean)
        target = self.paths.profiles / slug
        if target.exists() or any(p.name == clean for p in self.list()):
            raise ProfileExistsError(f"A profile called {clean!r} already exists.")
        staging = self.paths.profiles / f".creating-{uuid.uuid4().hex[:8]}"
        try:
            vault, recovery_key = Vault.create(staging, clean, passphrase)
            vault.lock()
            staging.rename(target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        vault = Vault(target)
        vault.unlock(passphrase)
        from neuroleaf_desktop.services.session import Session  # the services load at unlock

        session = Session(vault, slug, clock=self.clock)
        session.activities.seed_defaults()
        self.set_last_used(slug)
        log.info("profile.created", profile=slug)
        return session, recovery_key

    def vault(self, name_or_slug: str | None) -> Vault:
        return Vault(self.find(name_or_slug).folder)

    def open(self, name_or_slug: str | None, passphrase: str) -> Session:
        info = self.find(name_or_slug)
        vault = Vault(info.folder)
        vault.unlock(passphrase)
        return self._session(vault, info)

    def open_with_recovery(self, name_or_slug: str | None, recovery_key: str) -> Session:
        info = self.find(name_or_slug)
        vault = Vault(info.folder)
        vault.unlock_with_recovery(recovery_key)
        return self._session(vault, info)

    def _session(self, vault: Vault, info: ProfileInfo) -> Session:
        from neuroleaf_desktop.services.session import Session  # the services load at unlock

        session = Session(vault, info.slug, clock=self.clock)
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
        write_atomic(self._config_path(), json.dumps({"last_profile": slug}).encode())

    def db_path(self, info: ProfileInfo) -> Path:
        return info.folder / DB_NAME
