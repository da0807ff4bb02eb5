"""Nights taken by dreams, and the writer told off in words the lexicon lacked.

Why: "Dreamt about a case again. Third night." and "Dreamt again that the curtains wouldn't
close" tell a night's rest taken, as every writer who told a dream in a bad part labelled
sleep; dreaming as wishing ("dreaming of a week off") and the noun alone ("living the dream")
are no night. "Supervisor bawled me out" is being told off as "chewed me out" is, and
"Manager called my case notes sloppy" criticises the writer as "called me useless" does;
"called my dad to tell him" is a phone call. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Dreamt about the inspection again. Fourth night running.",
        "Dreamed again that I'd left the oven on at work and the place burned down.",
    ],
)
def test_a_dream_told_in_a_bad_part_is_sleep(text: str) -> None:
    assert "sleep" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Skint and knackered, dreaming of a week off somewhere hot.",
        "Pizza at my desk again, living the dream.",
    ],
)
def test_dreaming_as_wishing_or_the_noun_is_no_sleep(text: str) -> None:
    assert "sleep" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Foreman bawled me out in front of the whole crew for a delivery that wasn't mine.",
        "Head chef called my sauce rubbish in front of the new lad.",
        "The editor called my last three pieces lazy and unreadable.",
    ],
)
def test_told_off_or_the_writers_work_called_bad_is_a_conflict(text: str) -> None:
    assert "conflict" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Called my dad to tell him about the new job, he was thrilled.",
        "Called my sister back after tea and we laughed for an hour.",
    ],
)
def test_a_call_to_someone_is_no_conflict(text: str) -> None:
    assert "conflict" not in predict(text).stress
