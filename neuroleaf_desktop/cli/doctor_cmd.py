"""`neuroleaf doctor`: is this machine and this vault in good shape?"""

from __future__ import annotations

import ctypes.util
import os
import platform
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import click

from neuroleaf_desktop import __version__
from neuroleaf_desktop.cli.common import ENV_PASSPHRASE, emit_json, json_option, state, table
from neuroleaf_desktop.errors import ExitCode, NeuroLeafError
from neuroleaf_desktop.paths import app_paths


@dataclass
class Check:
    area: str
    name: str
    status: str  # ok | warn | fail | info
    detail: str


def _system_checks() -> list[Check]:
    import sqlcipher3

    checks = [
        Check(
            "system",
            "python",
            "ok" if sys.version_info >= (3, 11) else "fail",
            platform.python_version(),
        ),
    ]
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
        options = {r[0] for r in conn.execute("PRAGMA compile_options")}
    finally:
        conn.close()
    checks.append(
        Check(
            "system",
            "sqlcipher",
            "ok" if cipher else "fail",
            cipher[0] if cipher else "SQLCipher codec missing",
        )
    )
    checks.append(
        Check(
            "system",
            "fts5",
            "ok" if "ENABLE_FTS5" in options else "fail",
            "full-text search available"
            if "ENABLE_FTS5" in options
            else "FTS5 missing: search will not work",
        )
    )
    libs = {
        "EGL": ("Qt windows", "libegl1"),
        "xkbcommon": ("Qt keyboard", "libxkbcommon0"),
        "fontconfig": ("Qt fonts", "libfontconfig1"),
        "portaudio": ("voice recording", "libportaudio2"),
        "xcb-cursor": ("Qt on X11", "libxcb-cursor0"),
    }
    for lib, (purpose, package) in libs.items():
        found = ctypes.util.find_library(lib)
        checks.append(
            Check(
                "system",
                f"lib{lib}",
                "ok" if found else "warn",
                found or f"missing: {purpose} unavailable (apt install {package})",
            )
        )
    for tool, purpose in (("espeak-ng", "test speech"), ("pdftoppm", "PDF previews")):
        path = shutil.which(tool)
        checks.append(
            Check(
                "system",
                tool,
                "ok" if path else "info",
                path or f"not installed ({purpose}; optional)",
            )
        )
    return checks


def _model_checks() -> list[Check]:
    """Every registered model: present, missing (that feature is off), or damaged."""
    from neuroleaf_desktop.services.model_service import ModelStatus, model_statuses

    checks = []
    for info in model_statuses():
        status = {
            ModelStatus.PRESENT: "ok",
            ModelStatus.NEEDS_ASSEMBLY: "ok",
            ModelStatus.MISSING: "info",
            ModelStatus.CORRUPT: "warn",
        }[info.status]
        size = f"{info.size_bytes / 1e6:.0f} MB" if info.size_bytes else ""
        detail = {
            ModelStatus.PRESENT: f"ready ({size})",
            ModelStatus.NEEDS_ASSEMBLY: f"installed; joined on first use ({size})",
            ModelStatus.MISSING: f"not installed, feature off ({info.spec.install_hint})",
            ModelStatus.CORRUPT: info.detail or "damaged: reinstall " + info.spec.install_hint,
        }[info.status]
        checks.append(Check("models", info.spec.label, status, detail))
    user_models = app_paths().user_models
    files = sorted(p.name for p in user_models.glob("*")) if user_models.exists() else []
    checks.append(
        Check("models", "user models folder", "info", f"{user_models} ({len(files)} files)")
    )
    return checks


def _vault_checks(deep: bool) -> list[Check]:
    st = state()
    store = st.store()
    profiles = store.list()
    if not profiles:
        return [Check("vault", "profiles", "info", "no profile yet (neuroleaf init)")]
    checks = [Check("vault", "profiles", "ok", ", ".join(p.slug for p in profiles))]
    for info in profiles:
        if st.profile and st.profile not in (info.slug, info.name):
            continue
        vault = store.vault(info.slug)
        try:
            keyfile = vault.keyfile
            size = vault.db_path.stat().st_size if vault.db_path.exists() else 0
            with vault.db_path.open("rb") as handle:
                plain = handle.read(16) == b"SQLite format 3\x00"
            checks.append(
                Check(
                    "vault",
                    f"{info.slug}: files",
                    "fail" if plain or size == 0 else "ok",
                    "database is NOT encrypted"
                    if plain
                    else f"{size / 1e6:.1f} MB encrypted; Argon2id "
                    f"{keyfile.kdf.memory_kib // 1024} MiB x{keyfile.kdf.time_cost}",
                )
            )
            wait = vault.throttle.retry_after()
            if wait:
                checks.append(
                    Check(
                        "vault",
                        f"{info.slug}: unlock",
                        "warn",
                        f"locked out for {wait:.0f} s after wrong attempts",
                    )
                )
        except (NeuroLeafError, OSError) as exc:
            message = exc.user_message if isinstance(exc, NeuroLeafError) else str(exc)
            checks.append(Check("vault", f"{info.slug}: files", "fail", message))
            continue
        if deep:
            checks += _deep_checks(info.slug, vault, st.passphrase)
    return checks


def _deep_checks(slug: str, vault: Any, passphrase: Callable[[], str]) -> list[Check]:
    """The vault's own health checks (page authentication first), one line each."""
    try:
        results = vault.health(passphrase())
    except NeuroLeafError as exc:
        return [Check("vault", f"{slug}: integrity", "fail", exc.user_message)]
    return [
        Check("vault", f"{slug}: {r.name}", "ok" if r.ok else "fail", r.detail) for r in results
    ]


def _isolated(area: str, run: Callable[[], list[Check]]) -> list[Check]:
    """One group of checks; if it crashes (it exists to meet damage), a FAIL line instead."""
    try:
        return run()
    except NeuroLeafError as exc:
        return [Check(area, "checks", "fail", exc.user_message)]
    except Exception as exc:
        return [Check(area, "checks", "fail", f"could not run ({type(exc).__name__})")]


@click.command("doctor")
@click.option(
    "--deep/--no-deep",
    default=None,
    help="Unlock and run a full integrity check (default: when a passphrase is "
    "available from --passphrase-file or the environment).",
)
@json_option
def doctor_cmd(deep: bool | None) -> None:
    """Check system libraries, optional models and the health of your vaults."""
    st = state()
    if deep is None:
        deep = st.passphrase_file is not None or bool(os.environ.get(ENV_PASSPHRASE))
    want_deep = deep
    checks = (
        _isolated("system", _system_checks)
        + _isolated("models", _model_checks)
        + _isolated("vault", lambda: _vault_checks(want_deep))
    )
    failed = [c for c in checks if c.status == "fail"]
    if st.json:
        emit_json(
            {"version": __version__, "ok": not failed, "checks": [c.__dict__ for c in checks]}
        )
    else:
        click.echo(f"NeuroLeaf {__version__} — data in {app_paths().data}")
        click.echo(
            table(
                ("AREA", "CHECK", "STATUS", "DETAIL"),
                [(c.area, c.name, c.status.upper(), c.detail) for c in checks],
                max_width=70,
            )
        )
        click.echo("")
        click.echo(
            "All essential checks passed." if not failed else f"{len(failed)} problem(s) found."
        )
    if failed:
        sys.exit(ExitCode.ERROR)
