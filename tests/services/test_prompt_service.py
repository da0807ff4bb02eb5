"""The prompt service and its setting: the day comes from the clock, the choice from the
domain, and ``writing_prompts`` (on by default) is stored like every other setting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.writing_prompts import PROMPTS, first_for, following
from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services.prompt_service import PromptService
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.settings_service import SCHEMA, Settings
from tests.support.cli_helpers import run_cli, run_json

# Noon UTC: the same calendar day in every time zone from UTC-11 to UTC+11.
NOON = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


class FixedClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_the_first_prompt_follows_the_clock_s_day() -> None:
    clock = FixedClock(NOON)
    service = PromptService(clock)
    morning = service.first()
    assert morning == first_for(NOON.astimezone().date())
    clock.now = NOON + timedelta(hours=3)
    assert service.first() == morning  # later the same day: the same first prompt
    clock.now = NOON + timedelta(days=1)
    assert service.first() != morning  # the next day: another


def test_another_takes_a_prompt_or_its_id_and_walks_the_cycle() -> None:
    service = PromptService(FixedClock(NOON))
    first = service.first()
    assert service.another(first) == following(first)
    assert service.another(first.id) == following(first)
    assert service.another("an.id-no-longer-in-the-list") == first  # starts over at today's
    walked = [first]
    for _ in range(len(PROMPTS) - 1):
        walked.append(service.another(walked[-1]))
    assert len(set(walked)) == len(PROMPTS)


def test_prompts_are_on_by_default_and_follow_the_setting(session: Session) -> None:
    assert Settings.defaults().writing_prompts == "on"
    assert "on or off" in SCHEMA["writing_prompts"][2]
    service = PromptService(session.clock, session.settings)
    assert service.enabled()
    session.settings.set("writing_prompts", "off")
    assert not service.enabled()
    session.settings.reset("writing_prompts")
    assert service.enabled()
    assert PromptService(session.clock).enabled()  # no profile open: simply on


@pytest.mark.parametrize("value", [True, False, "yes", "ON", "", None, 0])
def test_anything_but_on_or_off_is_refused_in_words(session: Session, value: object) -> None:
    with pytest.raises(ValidationError, match="on or off"):
        session.settings.set("writing_prompts", value)
    assert session.settings.get("writing_prompts") == "on"


def test_the_cli_turns_prompts_off_and_on(home: Path) -> None:
    run_json(home, "init", "--name", "Ivy")
    assert run_json(home, "settings", "list")["writing_prompts"] == "on"
    run_cli(home, "settings", "set", "writing_prompts", "off")
    assert run_json(home, "settings", "list")["writing_prompts"] == "off"
    bad = run_cli(home, "settings", "set", "writing_prompts", "maybe", check=False)
    assert bad.returncode == 2 and "on or off" in bad.stderr
    run_cli(home, "settings", "set", "writing_prompts", "on")
    assert run_json(home, "settings", "list")["writing_prompts"] == "on"
