"""`neuroleaf unlock --for 15m` and `neuroleaf lock`: stay unlocked for a while, safely."""

from __future__ import annotations

import click

from neuroleaf_desktop.cli.common import emit_json, json_option, state
from neuroleaf_desktop.services import unlock_agent


@click.command("unlock")
@click.option(
    "--for",
    "duration",
    default="15m",
    show_default=True,
    help="How long commands may skip the passphrase (e.g. 15m, 1h; at most 12h).",
)
@click.option(
    "--keychain",
    "use_keychain",
    is_flag=True,
    help="Unlock with this computer's keychain instead of the passphrase "
    "(after `neuroleaf keychain on`).",
)
@json_option
def unlock_cmd(duration: str, use_keychain: bool) -> None:
    """Keep a profile unlocked for a while: the key stays in memory only, never on disk.

    Commands in this login session then skip the passphrase until the time is up, until
    `neuroleaf lock`, or until the computer sleeps.
    """
    seconds = unlock_agent.parse_duration(duration)
    st = state()
    if use_keychain:
        from neuroleaf_desktop.services.keychain_unlock import KeychainUnlock

        store = st.store()
        info = store.find(st.profile)
        data_key, vault_id = KeychainUnlock(store.vault(info.slug)).data_key()
    else:
        info, data_key, vault_id = st.store().data_key(st.profile, st.passphrase())
    found = unlock_agent.start(info.slug, data_key, vault_id, seconds)
    if st.json:
        emit_json({"profile": info.slug, "seconds_left": found.seconds_left})
        return
    minutes = max(1, round(found.seconds_left / 60))
    click.echo(
        f"{info.name} stays unlocked for about {minutes} min. "
        "Run `neuroleaf lock` to lock it sooner."
    )


@click.command("lock")
@json_option
def lock_cmd() -> None:
    """Forget a key kept by `neuroleaf unlock` (the passphrase is needed again)."""
    st = state()
    info = st.store().find(st.profile)
    was_running = unlock_agent.lock(info.slug)
    if st.json:
        emit_json({"profile": info.slug, "locked": was_running})
        return
    click.echo(f"{info.name} is locked." if was_running else f"{info.name} was not unlocked.")
