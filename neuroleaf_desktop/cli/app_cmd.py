"""Commands that start or render the desktop app: `demo` and `gallery` (see desktop.py)."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import click

from neuroleaf_desktop.cli.common import emit_json, json_option, state
from neuroleaf_desktop.cli.desktop import has_display, start_desktop
from neuroleaf_desktop.errors import NotFoundError

DEMO_PROFILE = "Demo"


@click.command("demo")
@click.option("--years", default=2.0, show_default=True, type=click.FloatRange(0.1, 30))
@click.option("--seed", default=7, show_default=True, type=int)
@click.option("--reset", is_flag=True, help="Recreate the demo profile from scratch.")
@click.option("--no-open", is_flag=True, help="Create the profile but do not start the app.")
@json_option
def demo_cmd(years: float, seed: int, reset: bool, no_open: bool) -> None:
    """Create a demo profile full of realistic sample data, then open it in the app."""
    from neuroleaf_desktop.demo.generator import DEMO_PASSPHRASE, create_demo_profile

    st = state()
    store = st.store()
    existing = None
    with contextlib.suppress(NotFoundError):
        existing = store.find(DEMO_PROFILE)
    if existing is not None and reset:
        shutil.rmtree(existing.folder)
        existing = None
    created = existing is None
    if created:
        with create_demo_profile(store, years, name=DEMO_PROFILE, seed=seed) as session:
            entries, checkins = session.journal.count(), len(session.mood.list(None, None))
    else:
        with store.open(DEMO_PROFILE, DEMO_PASSPHRASE) as session:
            entries, checkins = session.journal.count(), len(session.mood.list(None, None))
    if st.json:
        emit_json(
            {
                "profile": DEMO_PROFILE.lower(),
                "created": created,
                "entries": entries,
                "checkins": checkins,
                "passphrase": DEMO_PASSPHRASE,
            }
        )
    else:
        verb = "Created" if created else "Using existing"
        click.echo(
            f"{verb} demo profile {DEMO_PROFILE!r}: {entries} entries, "
            f"{checkins} check-ins. Its passphrase is {DEMO_PASSPHRASE!r} "
            "(sample data only)."
        )
    if not no_open:
        if not has_display():
            click.echo(
                "No graphical desktop was found, so the app was not opened. Open the demo "
                "later with `neuroleaf --profile Demo` on the desktop, or explore it here with "
                "`neuroleaf --profile Demo journal list`.",
                err=True,
            )
            return
        raise SystemExit(start_desktop(DEMO_PROFILE, DEMO_PASSPHRASE))


@click.command("gallery")
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Folder for the PNG files.",
)
@json_option
def gallery_cmd(out_dir: Path) -> None:
    """Render every widget and screen in its states (light and dark) to PNG files.

    Needs no display: it renders offscreen unless a Qt platform is chosen.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from neuroleaf_desktop.tools.gallery import render_gallery

    out_dir.mkdir(parents=True, exist_ok=True)
    files = render_gallery(out_dir)
    if state().json:
        emit_json([str(f) for f in files])
    else:
        click.echo(f"Rendered {len(files)} images into {out_dir}.")
