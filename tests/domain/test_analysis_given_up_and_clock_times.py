"""Clock times with minutes, people given up for something else, and other senses.

Why: wrong chips in a blind batch came from words that name something other than the writer's
strain or feeling: "5.12am" read as "12am", a small hour; friends given up for a chore
("instead of seeing my mates") or still to be made ("hard making friends"); a feeling someone
was cured of ("cured her of hating mushrooms"); a thing of a kind worn for grief ("a mourning
brooch"); a landlord beside a lease and no home (the business's, as a lease alone is); money
run out by a date ("skint by the 20th"), which is how long the pay lasts, no time limit; a
call-out named as when a poor night began ("since the motorway job"), no work strain. Each
case shows the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.lexicon import tokenize
from neuroleaf_desktop.domain.analysis.quality import predict


def test_a_clock_time_with_minutes_is_its_hour() -> None:
    assert tokenize("Home 5.12am, then 2:15 pm") == ["home", "5am", "|", "then", "2pm"]
    assert "|" in tokenize("£2.40 and change")  # a price keeps its point
    assert predict("Baby girl arrived 6.12am, mum and baby both well.").stress == frozenset()
    assert "sleep" in predict("Woke at 3.10am again and lay there till six.").stress


@pytest.mark.parametrize(
    ("text", "category", "chipped"),
    [
        ("Spent Saturday grouting the bathroom instead of seeing my friends. Again.",
         "relationships", False),
        ("Spent Saturday arguing with my friends about the trip. Again.", "relationships", True),
        ("So hard making friends in a new city.", "relationships", False),
        ("My friends keep cancelling on me and it hurts.", "relationships", True),
    ],
)  # fmt: skip
def test_friends_given_up_or_still_to_make_are_no_strain_with_them(
    text: str, category: str, chipped: bool
) -> None:
    assert (category in predict(text).stress) is chipped


def test_a_feeling_someone_was_cured_of_is_not_felt() -> None:
    cured = predict("A regular told me my sourdough cured him of hating rye.")
    assert "anger" not in cured.emotions and cured.polarity != "neg"
    assert "anger" in predict("Hating this rota, third weekend on.").emotions


def test_a_mourning_brooch_is_a_thing() -> None:
    assert "sadness" not in predict("Cleaned a mourning ring for a customer today.").emotions
    assert "sadness" in predict("Still mourning my dad, it comes in waves.").emotions


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Landlord wants to renegotiate the lease and I'm dreading it.", {"work"}),
        ("Landlord wants to renegotiate the lease on the flat and I'm dreading it.", {"home"}),
    ],
)
def test_a_landlord_beside_a_lease_and_no_home_is_the_business(
    text: str, categories: set[str]
) -> None:
    assert categories <= predict(text).stress


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("Rent, council tax, the car loan, and I'm skint by the 20th again.", False),
        ("Rent and bills out on payday and by the 20th there's nothing left, sick of it.", False),
        ("Funding report has to be in by the 20th and I've barely started, stressed.", True),
    ],
)
def test_money_run_out_by_a_date_is_no_time_limit(text: str, limit: bool) -> None:
    assert ("deadlines" in predict(text).stress) is limit


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Not slept properly since the flood job, keep seeing the water.", False),
        ("Not slept properly since the new job started, I hate it.", True),
    ],
)
def test_a_call_out_named_as_when_is_a_time(text: str, work: bool) -> None:
    got = predict(text)
    assert "sleep" in got.stress and ("work" in got.stress) is work
