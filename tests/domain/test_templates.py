"""Template rules: names, filling date fields, setting unchanged lines aside, starters."""

from __future__ import annotations

from datetime import datetime

import pytest

from neuroleaf_desktop.domain import templates as t
from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.starter_templates import STARTERS
from neuroleaf_desktop.errors import ValidationError

MOMENT = datetime(2027, 3, 4, 7, 5)  # a Thursday


def _template(title: str, body: str) -> t.EntryTemplate:
    return t.EntryTemplate("id", "Name", title, body, (), 0)


def test_date_fields_are_filled_and_unknown_braces_stay() -> None:
    filled = t.fill(
        _template("{weekday} {date}", "At {time}: {mood} and {{date}} and }} {Date}"), MOMENT
    )
    assert filled.title == "Thursday 4 March 2027"
    assert filled.body == "At 07:05: {mood} and {date} and } {Date}"


def test_names_keep_capitals_and_compare_without_case() -> None:
    assert t.clean_name("  Evening   Review ") == "Evening Review"
    assert t.name_key("EVENING review") == t.name_key("evening Review")
    with pytest.raises(ValidationError, match="empty"):
        t.clean_name("   ")
    with pytest.raises(ValidationError, match="at most 40"):
        t.clean_name("x" * 41)
    with pytest.raises(ValidationError, match="control"):
        t.clean_name("bad\u0007name")


def test_a_template_is_checked_like_an_entry() -> None:
    with pytest.raises(ValidationError, match="title or some text"):
        t.clean_draft(t.TemplateDraft("Empty", "  ", "\n"))
    with pytest.raises(ValidationError, match="one line"):
        t.clean_draft(t.TemplateDraft("Two lines", "a\nb", "body"))
    clean = t.clean_draft(t.TemplateDraft("Tags", "", "Body", ("#Work ", "work", "Sleep")))
    assert clean.tags == ("work", "sleep")  # the editor's own tag rule


def test_unchanged_template_lines_are_blank_space_and_edited_ones_are_kept() -> None:
    used = t.template_lines("Friday check", "How did the week end?\n\nWhat next?")
    body = "How did the week end?\nIt ended with a long walk.\nWhat next? Rest.\n"
    title, read = t.without_template_lines("Friday check", body, used)
    assert title == " " * len("Friday check")
    assert read.split("\n")[0] == " " * len("How did the week end?")
    assert "It ended with a long walk." in read
    # answered on the question's own line: the answer is read, the question is not
    assert read.split("\n")[2] == " " * len("What next?") + " Rest."
    assert len(read) == len(body)  # offsets still point at the same words
    untouched_title, _ = t.without_template_lines("Friday check, calm", body, used)
    assert untouched_title == "Friday check, calm"  # the person's own title stays


def test_a_line_like_a_prompt_elsewhere_is_not_set_aside_without_a_record() -> None:
    body = "What next?\nNothing much."
    assert t.without_template_lines("", body, None) == ("", body)
    assert t.without_template_lines("", body, t.TemplateLines()) == ("", body)


def test_an_untouched_template_is_empty_and_one_word_makes_it_written() -> None:
    filled = t.fill(_template("{date}", "Line one?\n"), MOMENT)
    assert t.is_untouched(filled.title, filled.body, (), filled)
    assert t.is_untouched(filled.title + " ", filled.body + "\n", (), filled)
    assert not t.is_untouched(filled.title, filled.body + "Yes.", (), filled)
    assert not t.is_untouched(filled.title, filled.body, ("extra",), filled)


@pytest.mark.parametrize("starter", STARTERS, ids=lambda s: s.id)
def test_every_starter_alone_gives_no_chip_and_no_flag(starter: object) -> None:
    """A starter's questions, read as if they were the person's words, lend no tone, no
    feeling, no worry and no safety flag (the unchanged-lines rule is a second guard)."""
    assert isinstance(starter, type(STARTERS[0]))
    filled = t.fill(_template(starter.title, starter.body), MOMENT)
    analysis = analyse(filled.title, filled.body)
    assert analysis.sentiment.label == "neutral"
    assert analysis.top_emotions(5) == []
    assert analysis.stress_keywords == ()
    assert not assess(f"{filled.title}\n{filled.body}").flagged
    assert t.clean_draft(t.TemplateDraft(starter.name, starter.title, starter.body, starter.tags))
