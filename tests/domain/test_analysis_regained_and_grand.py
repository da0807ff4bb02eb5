"""An ability back ("I can feel my fingertips again") and "grand" as fine are good news.

"again" is a grumble word (``news.COMPLAINTS``: "the boiler's broken again"), so a sentence
telling that the writer can do something again read negative. Every writer who told an
ability regained labelled it positive. A trouble named beside it still decides ("I can feel
the pain again"), and "can't … again" is no ability back. The sentences are written for these
tests, not taken from the labelled set.

"grand" said of how a thing went or is ("the lambing went grand", "we're grand") is fine, as
writers from Scotland, Ireland and the north use it; a sum ("two grand") stays money.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Cast off today and I can bend my wrist again",
        "Physio signed me off, I can finally run again",
        "Cataract done, I can actually read the paper again",
    ],
)
def test_an_ability_back_reads_positive(text: str) -> None:
    got = predict(text)
    assert got.polarity == "pos"
    assert not got.stress


@pytest.mark.parametrize(
    "text",
    [
        "The boiler's broken again and I can't afford a plumber",
        "Knee's swollen again, I can feel the pain again with every step",
        "I can't sleep again, third night running",
    ],
)
def test_a_trouble_again_stays_negative(text: str) -> None:
    assert predict(text).polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Lambing went grand this year, not one lost",
        "Scan at the vets, kittens all grand",
        "New fence looks grand after a weekend on it",
    ],
)
def test_grand_as_fine_reads_positive(text: str) -> None:
    assert predict(text).polarity == "pos"


def test_grand_as_a_sum_stays_money() -> None:
    got = predict("Car repair came to two grand I haven't got")
    assert "money" in got.stress
    assert got.polarity == "neg"


def test_cool_said_again_is_a_shrug_of_irony() -> None:
    assert predict("Landlord says the damp is my lifestyle. Cool cool cool.").polarity == "neg"
    assert predict("Got the tickets for Saturday, cool.").polarity != "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Took the dog up the hill, first proper walk since the op",
        "Pub quiz with the old crew, first night out in months",
    ],
)
def test_a_first_for_a_long_while_is_good_news(text: str) -> None:
    assert predict(text).polarity == "pos"


def test_a_fight_for_the_first_time_in_a_while_stays_bad() -> None:
    assert predict("First row with my sister in years, about the will").polarity == "neg"


def test_a_bad_feeling_never_given_is_not_felt() -> None:
    assert "shame" not in predict("My mentor has never once made me feel stupid").emotions
    assert "shame" in predict("My mentor made me feel stupid in front of everyone").emotions
