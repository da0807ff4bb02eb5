"""Counting words and marking search words: the small texts people read everywhere."""

from __future__ import annotations

from neuroleaf_desktop.domain.snippets import highlight
from neuroleaf_desktop.domain.wording import duration_words, plural


def test_plural_says_one_thing_and_many_things() -> None:
    assert plural(1, "day") == "1 day"
    assert plural(2, "day") == "2 days"
    assert plural(0, "check-in") == "0 check-ins"
    assert plural(1, "check-in") == "1 check-in"
    assert plural(1, "entry") == "1 entry"
    assert plural(3, "entry") == "3 entries"
    assert plural(2, "person", "people") == "2 people"


def test_a_length_of_time_is_said_as_a_person_says_it() -> None:
    assert duration_words(12) == "12 seconds"
    assert duration_words(1) == "1 second"
    assert duration_words(60) == "1 minute"
    assert duration_words(65) == "1 minute 5 seconds"
    assert duration_words(125.4) == "2 minutes 5 seconds"
    assert duration_words(300) == "5 minutes"
    assert duration_words(3725) == "1 hour 2 minutes"
    for nothing in (0, 0.3, -2):
        assert duration_words(nothing) == "less than a second"


def test_highlight_marks_only_the_words_searched_for() -> None:
    text = "Last night we walked to the lake and lay on the lawn."
    marked = highlight(text, "lake")
    assert "[[lake]]" in marked
    assert "[[Last]]" not in marked and "[[lay]]" not in marked and "[[lawn]]" not in marked


def test_highlight_still_joins_forms_of_one_word() -> None:
    assert "[[walked]]" in highlight("We walked far.", "walking")
    assert "[[walking]]" in highlight("Walking helps.".lower(), "walk")
