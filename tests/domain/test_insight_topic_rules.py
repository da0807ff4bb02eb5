"""The topic rules one family at a time: names in any casing, things the data does not hold,
the feeling a verb acts on, last-time forms and good forms, questions not about the person."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.insight_answer import template_answer
from neuroleaf_desktop.domain.insights import (
    classify,
    gather,
    journal_names,
    mentioned,
    name_candidates,
    names_in,
)
from neuroleaf_desktop.domain.models import MoodCheckIn

ACTIVITIES = {"walk", "exercise", "friends", "family", "yoga", "alcohol", "work", "therapy",
              "meditation", "tv", "screen late", "caffeine late", "journaling"}  # fmt: skip
TEXTS = [
    "Went for a long walk with Sam along the river, and Priya called later.",
    "Had Tom and Lena over; we cooked. Will there be time to rest? I will try.",
    "Therapy today. We talked about therapy homework and my sleep.",
    "Saw Dr. Okafor this afternoon.",
]
TAGS = ["new york", "therapy", "lisbon"]


def _topic(question: str, **kw: object) -> tuple[str, str]:
    names = names_in(name_candidates(question), TEXTS, TAGS)
    names.update(mentioned(question, journal_names(TEXTS, TAGS)))
    topic = classify(question, activities=ACTIVITIES, names=names, **kw)  # type: ignore[arg-type]
    return topic.kind, topic.subject


# ---- names the journal holds, in any casing ---------------------------------------------------
def test_journal_names_are_capitalised_inside_sentences_and_never_lower_case() -> None:
    lexicon = journal_names(TEXTS, TAGS)
    assert {"sam", "priya", "tom", "lena", "new york"} <= set(lexicon)
    assert lexicon["priya"] == "Priya" and lexicon["new york"] == "New York"
    assert "will" not in lexicon  # also an ordinary word of the journal
    assert "therapy" not in lexicon  # capitalised only where a sentence starts


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how do i feel after seeing priya", ("activity", "Priya")),
        ("does time with LENA help", ("activity", "Lena")),
        ("Was I happier in new york?", ("activity", "New York")),
        ("When's the last time I saw tom?", ("last_time", "Tom")),
        # a person is more specific than an activity done with them
        ("how do I feel after my runs with Sam?", ("activity", "Sam")),
        # a tag that is a topic word is that topic, not a name
        ("what about my Therapy sessions, are they helping?", ("activity", "therapy")),
        # the dot of a title does not end a sentence
        ("Is Dr. Okafor helping me?", ("activity", "Okafor")),
    ],
)
def test_names_of_the_journal_in_any_casing(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- things the data does not hold: the subject, answered "I can't find …" ----------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does Paris cheer me up?", ("activity", "Paris")),
        ("Was I calmer in Buenos Aires?", ("activity", "Buenos Aires")),
        ("Does knitting help me relax?", ("activity", "knitting")),
        ("When did I last go bowling?", ("last_time", "bowling")),
        # a title or family word before a name is dropped: the name is the person
        ("When did I last see Grandpa Joe?", ("last_time", "Joe")),
    ],
)
def test_a_thing_the_data_does_not_hold_is_still_the_subject(
    question: str, expected: tuple[str, str]
) -> None:
    assert _topic(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Honestly, what helps when I can't sleep?", ("sleep", "")),  # opens the sentence
        ("What Helps When I Can't Sleep?", ("sleep", "")),  # title case names nothing
        ("translate 'hello' into Spanish", ("unknown", "")),  # not about the person
        ("Does it help me to talk?", ("low_mood", "")),  # "it" is not a thing
        ("Does poor sleep make me anxious?", ("anxiety", "")),  # a feeling, not a thing
        ("Do I feel more anxious on Mondays?", ("anxiety", "")),  # a day, not a name
        ("Do I feel less worried on days I journal?", ("activity", "journaling")),
        ("What does my journal say about feeling worried?", ("anxiety", "")),  # the source
    ],
)
def test_words_that_are_not_names_or_things(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


def test_the_answer_for_a_missing_thing_says_so_and_borrows_nothing() -> None:
    checkins = _days(20, sleep_hours=7.0, anxiety=6, activities=("walk",))
    for topic in (classify("Does Paris cheer me up?"), classify("When did I last go bowling?")):
        found = gather(topic, checkins, [])
        assert not found.items
        assert found.gaps[0].startswith(f"I can't find {topic.subject} in your journal")
        assert "walk" not in template_answer(found)


# ---- two feelings: the one a verb acts on -----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What helps my sleep when I'm anxious?", "sleep"),
        ("Does anxiety mess with my sleep?", "sleep"),
        ("Is being tired making my mood worse?", "low_mood"),
        ("Does pressure at work make me anxious?", "anxiety"),
        ("When work is stressful, what helps my mood?", "low_mood"),
        # no object: the feeling the question names as its condition
        ("What helped last time I felt anxious before work?", "anxiety"),
        ("I'm tired but can't fall asleep, what helps?", "sleep"),
        # a bad stretch placed at work is about work
        ("I've had a terrible week at work, what pulled me through?", "stress"),
        ("I've had a terrible week, what pulled me through?", "low_mood"),
        ("Is stress at work keeping me up?", "sleep"),
        # "feel worse" is a general outcome: what is weighed decides
        ("Do deadlines make me feel worse?", "stress"),
    ],
)
def test_the_feeling_acted_on_wins(question: str, kind: str) -> None:
    assert _topic(question) == (kind, "")


# ---- last-time forms, and the good form of a feeling -------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected", "good"),
    [
        ("last time I went running?", ("last_time", "exercise"), False),
        ("How many days since I last meditated?", ("last_time", "meditation"), False),
        ("when did I last have a proper lie-in", ("last_time", "sleep"), False),
        ("When did I last have a proper bowling session?", ("last_time", "bowling"), False),
        ("when did I last have a good night's sleep", ("last_time", "sleep"), True),
        ("When did I last sleep badly?", ("last_time", "sleep"), False),
        ("When was I last actually happy?", ("last_time", "low_mood"), True),
        ("When did I last feel this low?", ("last_time", "low_mood"), False),
        ("When did I last feel calm?", ("last_time", "anxiety"), True),
        ("When was my last panic attack?", ("last_time", "anxiety"), False),
        ("Tell me when I last felt really good", ("last_time", "low_mood"), True),
        # asks what helped, not when
        ("last time I was this stressed, what got me through?", ("stress", ""), False),
        ("What helped the last time I couldn't sleep?", ("sleep", ""), False),
        ("What helped when I last felt low?", ("low_mood", ""), False),
    ],
)
def test_last_time_forms(question: str, expected: tuple[str, str], good: bool) -> None:
    assert _topic(question) == expected
    topic = classify(question, activities=ACTIVITIES)
    assert topic.good is good


def test_the_good_form_finds_good_days_and_says_so() -> None:
    hours = (4.5, 7.0, 8.5, 7.0, 5.0, 9.0, 7.0)
    checkins = _days(21, sleep_hours=lambda i: hours[i % 7])
    good = classify("When did I last sleep well?")
    assert good.heading == "Looking at: when you last slept well"
    item = gather(good, checkins, []).items[0]
    last_good = max(c.logged_at.date() for c in checkins if (c.sleep_hours or 0) >= 8.5)
    assert item.day == last_good and "good night" in item.summary
    bad = gather(classify("When did I last sleep badly?"), checkins, []).items[0]
    assert bad.day == max(c.logged_at.date() for c in checkins if (c.sleep_hours or 9) <= 5.0)


# ---- questions not about the person ------------------------------------------------------------
def test_questions_not_about_the_journal_are_unknown_and_never_matched_by_meaning() -> None:
    calls: list[str] = []

    def similarity(question: str, descriptions: Sequence[str]) -> list[float]:
        calls.append(question)
        return [0.9] * len(descriptions)

    for question in ("what's the weather", "who won the football last night",
                     "How many calories are in a banana?",
                     "can you recommend a good book",  # "book" is reading, but not theirs
                     "what's a good recipe for lasagne"):  # fmt: skip
        assert _topic(question, similarity=similarity) == ("unknown", "")
    assert not calls
    assert classify("I keep counting sheep", similarity=similarity).method == "similarity"


def _days(n: int, **kw: object) -> list[MoodCheckIn]:
    start = date(2026, 10, 1)
    out = []
    for i in range(n):
        day = start + timedelta(days=i)
        values = {k: (v(i) if callable(v) else v) for k, v in kw.items()}
        out.append(MoodCheckIn(id=f"c{i}", logged_at=datetime(day.year, day.month, day.day, 20,
                   tzinfo=UTC), tz_offset_min=0, mood=6, **values))  # type: ignore[arg-type]  # fmt: skip
    return out


# ---- everyday words for each feeling ---------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Do I feel worse in winter?", "low_mood"),
        ("Why do I get so angry?", "low_mood"),
        ("What did I do on my best days?", "low_mood"),
        ("Why do I feel guilty all the time?", "low_mood"),
        ("Why can't I get out of bed?", "energy"),
        ("how come i feel wiped every sunday evening", "energy"),
        ("What helps me focus?", "energy"),
        ("What helps me when everything feels like too much?", "stress"),
        ("I keep waking at 3, why?", "sleep"),
        ("nervy before presentations, what calms me?", "anxiety"),
    ],
)
def test_everyday_words(question: str, kind: str) -> None:
    assert _topic(question) == (kind, "")


# ---- activities the person named themselves -----------------------------------------------
OWN = {"running", "swimming", "painting", "piano", "hiking", "walk in the park", "work"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do my runs help", ("activity", "running")),  # any form of the name
        ("Did I feel better after I painted?", ("activity", "painting")),
        ("When did I last go for a run?", ("last_time", "running")),
        ("when did i last swim", ("last_time", "swimming")),
        ("how do hikes affect my mood", ("activity", "hiking")),
        ("Does working out help me?", ("activity", "running")),  # the kind of activity it is
        ("Is the park nice for me?", ("unknown", "")),  # an ordinary word of a longer name
    ],
)
def test_self_named_activities_in_any_form(question: str, expected: tuple[str, str]) -> None:
    topic = classify(question, activities=OWN)
    assert (topic.kind, topic.subject) == expected
