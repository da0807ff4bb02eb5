"""A commendation given to the writer, the team named before a meal, and a thing "to be signed
off" by a date.

Why: a blind batch (test46) chipped the manager as a strain where the manager gave the writer a
commendation (the rest of the sentence, a fire drill, read as bad news), colleagues where "Team
curry, terrible jokes" named a night out, and missed a time limit where a budget "has to be
signed off by the 28th" (read as someone's sick note). Each reading was kept only where its
record over every writer's rows held. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Station manager gave me a commendation for how the flood rescue went.",
        "Got a commendation from the chief for the night of the warehouse fire.",
    ],
)
def test_a_commendation_is_good_news_not_a_strain(text: str) -> None:
    got = predict(text)
    assert "work" not in got.stress
    assert got.polarity == "pos"


def test_a_manager_who_is_the_trouble_is_still_work() -> None:
    assert "work" in predict("Manager tore into me about the fire drill, furious.").stress


@pytest.mark.parametrize(
    "text",
    [
        "Team lunch, awful service, good laugh though.",
        "Team drinks, terrible karaoke, needed that.",
    ],
)
def test_the_team_named_before_a_meal_is_company(text: str) -> None:
    assert "work" not in predict(text).stress


def test_a_team_that_is_the_trouble_is_still_work() -> None:
    assert "work" in predict("The team keeps dumping their jobs on me and I'm fed up.").stress


@pytest.mark.parametrize(
    "text",
    [
        "The accounts have to be signed off by the 30th and I'm nowhere near.",
        "Risk assessment has to be signed off by Friday and half of it is blank.",
    ],
)
def test_a_thing_to_be_signed_off_by_a_date_is_a_time_limit(text: str) -> None:
    assert "deadlines" in predict(text).stress


def test_someone_elses_sick_note_is_still_theirs() -> None:
    assert "health" not in predict("My colleague's been signed off with stress again.").stress
