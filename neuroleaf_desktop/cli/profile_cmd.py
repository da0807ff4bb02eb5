"""`neuroleaf init`, `passwd`, `profiles`, `settings`."""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path

import click

from neuroleaf_desktop.cli.common import emit_json, json_option, state, table
from neuroleaf_desktop.errors import PassphraseRequiredError, ValidationError
from neuroleaf_desktop.services.settings_service import SCHEMA


def _new_passphrase(file: Path | None) -> str:
    """A new passphrase: from a file, or typed twice at a terminal."""
    if file is not None:
        return file.read_text(encoding="utf-8").rstrip("\r\n")
    if sys.stdin.isatty():
        return _typed_twice()
    raise PassphraseRequiredError(
        "A new passphrase is needed: type it at a terminal, or use --new-passphrase-file FILE."
    )


def _typed_twice() -> str:
    first = getpass.getpass("New passphrase (10+ characters; a few words work well): ")
    second = getpass.getpass("Repeat it: ")
    if first != second:
        raise ValidationError("The two passphrases differ. Nothing was changed.")
    return first


def _print_recovery_key(key: str) -> None:
    click.echo("")
    click.echo("  Your recovery key (shown only now):")
    click.echo("")
    click.echo(f"    {key}")
    click.echo("")
    click.echo("  Write it down or store it in a password manager. If you forget your")
    click.echo("  passphrase, this key is the only way back into your journal.")
    click.echo("")


@click.command("init")
@click.option("--name", default=None, help="Profile name (default: asks, or 'Journal').")
@json_option
def init_cmd(name: str | None) -> None:
    """Create a new encrypted journal profile."""
    st = state()
    store = st.store()
    if name is None:
        name = click.prompt("Profile name", default="Journal") if sys.stdin.isatty() else "Journal"
    if st.passphrase_file is not None or not sys.stdin.isatty():
        passphrase = st.passphrase("New passphrase")
    else:
        passphrase = _typed_twice()
    session, recovery_key = store.create(name, passphrase)
    slug = session.profile_slug
    folder = session.vault.folder
    session.close()
    if st.json:
        emit_json(
            {"profile": slug, "name": name, "folder": str(folder), "recovery_key": recovery_key}
        )
        return
    click.echo(f"Created profile {name!r} in {folder}.")
    _print_recovery_key(recovery_key)


@click.command("passwd")
@click.option(
    "--new-passphrase-file",
    type=click.Path(path_type=Path, exists=True),
    help="Read the new passphrase from a file (for scripts).",
)
@click.option(
    "--recovery-key-file",
    type=click.Path(path_type=Path, exists=True),
    help="Forgot your passphrase? Use the recovery key from this file.",
)
@click.option("--use-recovery-key", is_flag=True, help="Type the recovery key instead.")
@click.option(
    "--rekey", is_flag=True,
    help="Rotate the data key: re-encrypt the whole journal (also gives a new recovery key).",
)  # fmt: skip
@click.option(
    "--new-recovery-key",
    is_flag=True,
    help="Replace your recovery key (the old one stops working).",
)
@json_option
def passwd_cmd(
    new_passphrase_file: Path | None,
    recovery_key_file: Path | None,
    use_recovery_key: bool,
    rekey: bool,
    new_recovery_key: bool,
) -> None:
    """Change your passphrase (the database is not re-encrypted; only the key is re-wrapped).

    With --rekey or --new-recovery-key the passphrase stays and a key is rotated instead.
    """
    st = state()
    vault = st.store().vault(st.profile)
    if rekey or new_recovery_key:
        current = st.passphrase("Passphrase")
        if rekey:
            from neuroleaf_desktop.services.keychain_unlock import KeychainUnlock

            fresh = KeychainUnlock(vault).rekey(current)  # keeps keychain unlock if it is on
        else:
            fresh = vault.rotate_recovery_key(current)
        if st.json:
            emit_json({"rekeyed": rekey, "recovery_key": fresh})
            return
        click.echo("The journal was re-encrypted with a new key." if rekey else "Done.")
        click.echo("Your old recovery key no longer works. The new one:")
        _print_recovery_key(fresh)
        return
    if recovery_key_file is not None or use_recovery_key:
        if recovery_key_file is not None:
            recovery = recovery_key_file.read_text(encoding="utf-8").strip()
        elif sys.stdin.isatty():
            recovery = getpass.getpass("Recovery key: ")
        else:
            raise PassphraseRequiredError("Use --recovery-key-file FILE in scripts.")
        new = _new_passphrase(new_passphrase_file)
        vault.reset_passphrase(recovery, new)
    else:
        current = st.passphrase("Current passphrase")
        new = _new_passphrase(new_passphrase_file)
        vault.change_passphrase(current, new)
    if st.json:
        emit_json({"changed": True})
    else:
        click.echo("Passphrase changed. Your recovery key stays the same.")


@click.command("profiles")
@json_option
def profiles_cmd() -> None:
    """List the journal profiles on this computer."""
    st = state()
    store = st.store()
    items = store.list()
    if st.json:
        emit_json(
            [
                {
                    "profile": p.slug,
                    "name": p.name,
                    "folder": str(p.folder),
                    "created_at": p.created_at,
                }
                for p in items
            ]
        )
        return
    if not items:
        click.echo("No profiles yet. Create one with `neuroleaf init`.")
        return
    last = store.last_used()
    rows = [
        (p.slug, p.name, p.created_at[:10], "last used" if p.slug == last else "") for p in items
    ]
    click.echo(table(("PROFILE", "NAME", "CREATED", ""), rows))


@click.group("settings")
def settings_group() -> None:
    """Read and change the settings of a profile."""


@settings_group.command("list")
@json_option
def settings_list() -> None:
    st = state()
    with st.open_session() as session:
        values = session.settings.all()
    if st.json:
        emit_json(values)
        return
    rows = [(k, json.dumps(v), SCHEMA[k][2]) for k, v in values.items()]
    click.echo(table(("SETTING", "VALUE", "ALLOWED"), rows, max_width=40))


@settings_group.command("set")
@click.argument("key")
@click.argument("value")
def settings_set(key: str, value: str) -> None:
    """Set KEY to VALUE (JSON, e.g. 10, true, "dark", ["08:00","20:30"])."""
    try:
        parsed = json.loads(value)
    except ValueError:
        parsed = value  # a bare word such as dark
    with state().open_session() as session:
        session.settings.set(key, parsed)
    click.echo(f"{key} = {json.dumps(parsed)}")
