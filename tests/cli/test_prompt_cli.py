"""`neuroleaf prompt`: today's first prompt, as plain text or JSON, with no vault needed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from neuroleaf_desktop.domain.writing_prompts import PROMPTS, by_id, first_for
from tests.support.cli_helpers import run_cli, run_json


def _today_s_prompts() -> set[str]:
    """Today's first prompt (and, should the test run across midnight, tomorrow's)."""
    today = date.today()
    return {first_for(today).id, first_for(date.fromordinal(today.toordinal() + 1)).id}


def test_prompt_prints_today_s_first_prompt_as_one_line(home: Path) -> None:
    out = run_cli(home, "prompt", passphrase=None).stdout  # no profile, no passphrase
    lines = out.strip().splitlines()
    assert len(lines) == 1
    assert lines[0] in {p.text for p in PROMPTS}
    assert {p.id for p in PROMPTS if p.text == lines[0]} & _today_s_prompts()


def test_prompt_json_carries_its_id_theme_and_text(home: Path) -> None:
    for args in (("prompt", "--json"), ("--json", "prompt")):
        data = run_cli(home, *args, passphrase=None).stdout
        shown = json.loads(data)
        assert set(shown) == {"id", "theme", "theme_label", "text"}
        prompt = by_id(shown["id"])
        assert prompt is not None and shown["id"] in _today_s_prompts()
        assert (shown["theme"], shown["theme_label"], shown["text"]) == (
            prompt.theme.value,
            prompt.theme.label,
            prompt.text,
        )


def test_prompt_is_the_same_with_a_profile_and_prompts_turned_off(home: Path) -> None:
    run_json(home, "init", "--name", "Bo")
    run_cli(home, "settings", "set", "writing_prompts", "off")
    asked = run_json(home, "prompt", passphrase=None)
    assert asked["id"] in _today_s_prompts()  # asking for one is a choice of its own
