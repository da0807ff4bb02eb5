"""The reduce_motion setting: three values, a plain error for anything else, and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.settings_service import SCHEMA, Settings
from tests.support.cli_helpers import run_cli, run_json


def test_reduce_motion_defaults_to_following_the_system(session: Session) -> None:
    assert Settings.defaults().reduce_motion == "system"
    assert session.settings.snapshot().reduce_motion == "system"
    assert "system, on or off" in SCHEMA["reduce_motion"][2]


@pytest.mark.parametrize("value", ["on", "off", "system"])
def test_each_choice_is_stored(session: Session, value: str) -> None:
    session.settings.set("reduce_motion", value)
    assert session.settings.snapshot().reduce_motion == value
    assert session.settings.get("reduce_motion") == value


@pytest.mark.parametrize("value", [True, False, "yes", "ON", "reduced", "", 1, None])
def test_anything_else_is_refused_in_words(session: Session, value: object) -> None:
    with pytest.raises(ValidationError, match="system, on or off"):
        session.settings.set("reduce_motion", value)
    assert session.settings.get("reduce_motion") == "system"


def test_the_cli_sets_and_lists_it(home: Path) -> None:
    run_json(home, "init", "--name", "Kit")
    run_cli(home, "settings", "set", "reduce_motion", "on")
    assert run_json(home, "settings", "list")["reduce_motion"] == "on"
    bad = run_cli(home, "settings", "set", "reduce_motion", "true", check=False)
    assert bad.returncode == 2 and "system, on or off" in bad.stderr
    assert run_json(home, "settings", "list")["reduce_motion"] == "on"
