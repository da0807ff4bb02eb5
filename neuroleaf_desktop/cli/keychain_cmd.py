"""`neuroleaf keychain on|off|status`: the opt-in "unlock with this computer's keychain"."""

from __future__ import annotations

import click

from neuroleaf_desktop.cli.common import emit_json, json_option, state
from neuroleaf_desktop.services.keychain_unlock import RISK, KeychainUnlock


def _unlocker() -> tuple[str, KeychainUnlock]:
    st = state()
    store = st.store()
    info = store.find(st.profile)
    return info.name, KeychainUnlock(store.vault(info.slug))


@click.group("keychain")
def keychain_group() -> None:
    """Unlock with this computer's keychain instead of typing the passphrase (off by default).

    Anyone who can log in as you on this computer can then open the journal. The passphrase
    and recovery key always keep working.
    """


@keychain_group.command("status")
@json_option
def status_cmd() -> None:
    """Say whether keychain unlock is on for this profile."""
    name, unlocker = _unlocker()
    if state().json:
        emit_json({"profile": name, "enabled": unlocker.enabled, "available": unlocker.available})
        return
    click.echo(f"{name}: {unlocker.status_text()}")


@keychain_group.command("on")
@json_option
def on_cmd() -> None:
    """Turn keychain unlock on (asks for the passphrase once)."""
    name, unlocker = _unlocker()
    unlocker.enable(state().passphrase())
    if state().json:
        emit_json({"profile": name, "enabled": True})
        return
    click.echo(f"{name} can now be unlocked with `neuroleaf unlock --keychain`.")
    click.echo(RISK)


@keychain_group.command("off")
@json_option
def off_cmd() -> None:
    """Turn keychain unlock off and delete its key from the keychain."""
    name, unlocker = _unlocker()
    unlocker.disable()
    if state().json:
        emit_json({"profile": name, "enabled": False})
        return
    click.echo(f"Keychain unlock is off for {name}; only the passphrase opens it now.")
