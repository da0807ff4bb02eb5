"""The sixth round's rules: chips that agree, good and bad news without feeling words, and
other people (names, "everyone", reported trouble) as the subject of a feeling.

Each case is a sentence a person could write; each assertion is what the entry's chips would
show for it (``ui.widgets.analysis_chips.chip_specs``) or what the one agreement rule returns.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.agreement import CHIP_MINIMUM, agreeing_sentiment
from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.analysis.models import (
    NEGATIVE_EMOTIONS,
    POSITIVE_EMOTIONS,
    SentimentScores,
)
from neuroleaf_desktop.domain.analysis.people import people_named
from neuroleaf_desktop.domain.analysis.stress_keywords import category_of
from neuroleaf_desktop.ui.widgets.analysis_chips import chip_specs

NO_EMOTION = dict.fromkeys(POSITIVE_EMOTIONS | NEGATIVE_EMOTIONS, 0.0)


def _scores(positive: float, negative: float) -> SentimentScores:
    return SentimentScores(positive - negative, positive, 1 - positive - negative, negative)


def _emotion_chips(text: str) -> set[str]:
    return {s.text for s in chip_specs(analyse("", text)) if s.kind == "emotion"}


def _categories(text: str) -> set[str | None]:
    return {category_of(k) for k, _w in analyse("", text).stress_keywords}


# --- the one agreement rule -------------------------------------------------------------


def test_a_stressor_or_an_unpleasant_emotion_never_sits_beside_positive() -> None:
    positive = _scores(0.5, 0.05)
    assert positive.label == "positive"
    with_stressor = agreeing_sentiment(positive, NO_EMOTION, (("rent", 1.0),))
    assert with_stressor.label == "mixed"
    anxious = agreeing_sentiment(positive, {**NO_EMOTION, "anxiety": CHIP_MINIMUM}, ())
    assert anxious.label == "mixed"
    below_chip = agreeing_sentiment(positive, {**NO_EMOTION, "anxiety": CHIP_MINIMUM - 0.01}, ())
    assert below_chip == positive  # no chip shown, nothing to disagree with


def test_joy_alone_never_sits_beside_negative() -> None:
    negative = _scores(0.05, 0.5)
    joyful = {**NO_EMOTION, "joy": 0.4}
    assert agreeing_sentiment(negative, joyful, ()).label == "mixed"
    # joy beside a stressor or an unpleasant emotion may well read negative
    assert agreeing_sentiment(negative, joyful, (("boss", 1.0),)) == negative
    assert agreeing_sentiment(negative, {**joyful, "sadness": 0.5}, ()) == negative


def test_a_neutral_entry_with_a_stressor_reads_negative() -> None:
    neutral = _scores(0.0, 0.0)
    assert agreeing_sentiment(neutral, NO_EMOTION, (("exam", 1.0),)).label == "negative"
    assert agreeing_sentiment(neutral, NO_EMOTION, ()) == neutral


# --- good and bad news without a feeling word -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Got the job.",
        "Bought my first house today.",  # told plainly; exclaimed it is joy (exclaimed_news)
        "Passed my probation at work.",
        "Our daughter was born at 4am.",
        "Scan came back clear.",
        "Debt free as of this morning.",
        "Mum rang to say the biopsy was benign!",
        "Physio said my shoulder is healing well.",
        "Slept well for once.",
        "Not worried about money for once.",  # a negated unpleasant feeling
        "The coffee at the new place is amazing.",  # praise of a thing: good, not joy
        "Less stressed than last week.",  # easing
    ],
)
def test_good_news_reads_positive_with_no_chip_but_the_sentiment(text: str) -> None:
    analysis = analyse("", text)
    assert analysis.sentiment.label == "positive"
    assert analysis.stress_keywords == ()
    assert [s for s in chip_specs(analysis) if s.kind == "emotion"] == []


@pytest.mark.parametrize(
    "text",
    [
        "I didn't get the job.",  # negated
        "If I get the job we'll move.",  # a condition
        "Passed out on the sofa at nine.",  # not an exam passed
        "Grandad passed away last night.",  # a death
    ],
)
def test_what_only_looks_like_good_news_is_not_positive(text: str) -> None:
    assert analyse("", text).sentiment.label != "positive"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Passed my exam but failed the practical.", "mixed"),
        ("Money is a bit tight this month, but we'll manage.", "mixed"),
        ("Skipped lunch again.", "negative"),  # a grumble VADER does not score
        ("Got a parking ticket, typical.", "negative"),
        ("Slept well again.", "positive"),  # a grumble word never spoils a good part
    ],
)
def test_news_and_grumbles_set_the_polarity(text: str, label: str) -> None:
    assert analyse("", text).sentiment.label == label


def test_an_upside_that_only_softens_keeps_the_stressor() -> None:
    analysis = analyse("", "Money is a bit tight this month, but we'll manage.")
    assert {category_of(k) for k, _w in analysis.stress_keywords} == {"money"}


def test_emoji_are_a_good_or_a_bad_part() -> None:
    assert analyse("", "Visited grandma, she recognised me today ❤️").sentiment.label == "positive"
    assert analyse("", "Monday again 😭").sentiment.label == "negative"


def test_a_heading_before_a_colon_heads_its_list() -> None:
    assert _categories("Worries: rent, mum's scan, the car.") == {"money", "family", "health"}
    assert _categories("Today: dentist, pharmacy, school pickup, laundry.") == set()


# --- other people as the subject of a feeling -------------------------------------------


def test_a_first_name_before_a_subjects_verb_is_someone_else() -> None:
    assert people_named("Priya was so happy with her results.").startswith("someone was")
    assert people_named("Had lunch, then Tom said he was tired.") == (
        "Had lunch, then someone said he was tired."
    )
    # a first word is a name only when it is a common first name
    assert people_named("Library was calm.") == "Library was calm."
    # "Ellie and I" includes the writer: no verb right after the name
    assert people_named("Ellie and I laughed all evening.") == "Ellie and I laughed all evening."


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Priya was so happy with her results.", "positive"),  # their joy: good news
        ("Everyone at work is on edge about the restructure.", "negative"),
        ("Grace was nervous about her first day but loved it.", "mixed"),
    ],
)
def test_a_named_persons_or_everyones_feeling_shows_no_chip(text: str, label: str) -> None:
    analysis = analyse("", text)
    assert analysis.sentiment.label == label
    assert [s for s in chip_specs(analysis) if s.kind == "emotion"] == []


def test_the_writers_feeling_beside_a_named_person_still_shows() -> None:
    assert "Joy" in _emotion_chips("Ellie and I laughed all evening.")
    assert "Loneliness" in _emotion_chips("Jo's moving to Canada and I'm going to miss her.")


def test_anger_at_the_writer_is_a_conflict_not_the_writers_anger() -> None:
    analysis = analyse("", "Marcus is furious with me for missing his party.")
    assert {category_of(k) for k, _w in analysis.stress_keywords} == {"conflict"}
    assert "Anger" not in _emotion_chips("Marcus is furious with me for missing his party.")


def test_anothers_feeling_is_sympathy_and_their_topics_stay_theirs() -> None:
    analysis = analyse("", "My flatmate is stressed about his rent.")
    assert analysis.sentiment.label == "negative" and analysis.stress_keywords == ()
    # the writer affected: their own stressor counts
    assert _categories("The neighbours' baby cried all night, we barely slept.") == {
        "home",
        "sleep",
    }


def test_reported_trouble_is_theirs_unless_the_writer_is_in_it() -> None:
    assert _categories("My sister says she's struggling with the new baby.") == set()
    assert _categories("My son says he's being bullied and I feel sick about it.") == {"family"}


def test_a_reported_death_is_the_writers_grief() -> None:
    analysis = analyse("", "Grandad passed peacefully in his sleep last night.")
    assert analysis.sentiment.label == "negative"
    assert "Sadness" in {s.text for s in chip_specs(analysis) if s.kind == "emotion"}
    assert "Calm" not in {s.text for s in chip_specs(analysis)}
    # someone else's loss stays theirs
    assert "Sadness" not in _emotion_chips("My friend's dad passed away last week.")


def test_sarcastic_thanks_are_not_gratitude() -> None:
    analysis = analyse("", "Thanks a lot, universe, another flat tyre.")
    assert analysis.sentiment.label == "negative"
    assert "Gratitude" not in _emotion_chips("Thanks a lot to whoever ate my lunch.")
