"""Every day worked, a counted crowd off sick and the workplace's future in doubt are the
work's strain, told by themselves.

Why: "Seven days a week behind that counter since Easter", "fourth week without a day off"
and "No day off since August" name the work as the trouble though no work word is in them;
every writer who told one (four writers) labelled work. A day off had ("Had a day off, bliss")
is no strain. A counted crowd off sick ("two chefs off sick and a party of forty walked in",
"Three staff called in sick on the busiest Saturday") leaves the writer short-handed: the
work's strain for every writer who told one, no health of the writer's. Funding running out
or a workplace that "might shut", told in a bad part, was labelled work by every writer who
told it (seven rows); funding approved is no strain. The sentences are new, written for these
tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Seven days a week on the stall since March, not one off.",
        "Third week without a day off and I'm running on fumes.",
        "No days off since the new manager started.",
    ],
)
def test_every_day_worked_is_work(text: str) -> None:
    assert "work" in predict(text).stress


def test_a_day_off_had_is_no_work_strain() -> None:
    assert "work" not in predict("Had a proper day off today, read in the garden.").stress


@pytest.mark.parametrize(
    "text",
    [
        "Two of the lads are off sick and the cup final is Saturday.",
        "Lunch was carnage, three chefs off sick and a coach party walked in at one.",
    ],
)
def test_a_counted_crowd_off_sick_is_work_not_health(text: str) -> None:
    got = predict(text).stress
    assert "work" in got
    assert "health" not in got


def test_the_writer_off_sick_stays_health() -> None:
    assert "health" in predict("Off sick again with this chest infection, feel awful.").stress


@pytest.mark.parametrize(
    "text",
    [
        "Our funding runs out in June and nobody will tell us anything.",
        "Heard the rink might close next year, can't stop fretting about it.",
    ],
)
def test_the_workplaces_future_in_doubt_is_work(text: str) -> None:
    assert "work" in predict(text).stress


def test_funding_approved_is_no_work_strain() -> None:
    assert "work" not in predict("Funding for the mural approved, so happy!").stress
