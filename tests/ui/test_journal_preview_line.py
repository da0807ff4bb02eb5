"""A journal row names an entry and shows the words under that name, never the same words twice."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from neuroleaf_desktop.domain.models import JournalEntry
from neuroleaf_desktop.domain.writing_prompts import PROMPTS, as_heading
from neuroleaf_desktop.ui.journal.model import display_title, preview_line

_AT = datetime(2026, 12, 5, 9, 30, tzinfo=UTC)


def _entry(title: str, body: str) -> JournalEntry:
    return JournalEntry("e1", _AT, _AT, 0, title, body)


@pytest.mark.parametrize(
    ("title", "body", "name", "preview"),
    [
        ("Lake", "Swam far.\nThen tea.", "Lake", "Swam far."),
        ("", "Swam far.\nThen tea.", "Swam far.", "Then tea."),
        ("", "Rain again", "Rain again", ""),
        ("", "\n\n  Rain again  \n\n\nWet socks.", "Rain again", "Wet socks."),
        ("", "## Sunday\n- bread\n- milk", "Sunday", "bread"),
        ("", "", "Untitled", ""),
        ("  ", "One line only.", "One line only.", ""),
    ],
)
def test_the_name_and_the_words_under_it(title: str, body: str, name: str, preview: str) -> None:
    entry = _entry(title, body)
    assert display_title(entry) == name
    assert preview_line(entry) == preview


def test_an_entry_begun_from_a_prompt_is_named_by_the_question_and_shows_the_answer() -> None:
    prompt = PROMPTS[0]
    entry = _entry("", f"{as_heading(prompt)}\nThe bus was on time and the sun came out.")
    assert display_title(entry) == prompt.text
    assert preview_line(entry) == "The bus was on time and the sun came out."
