"""Topic rule families of round 14, each both ways (a question that now maps, one that keeps
its topic): typos two letters away in long words, hyphenated compounds, names in any
alphabet, "doing anything for me", kinds of exercise the journal never names, gerund
subjects as conditions, generic words against a named feeling, images of fatigue and fear,
the story of a long question, and the description lines read word by word."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.insights import classify, gather, journal_names
from neuroleaf_desktop.domain.insights.described import by_words
from neuroleaf_desktop.domain.insights.named_activity import journal_writes
from neuroleaf_desktop.domain.insights.wording import repaired
from neuroleaf_desktop.domain.models import MoodCheckIn

ACTIVITIES = {"walk", "exercise", "friends", "family", "yoga", "alcohol", "work", "reading",
              "music", "cooking", "tv", "nature", "screen late"}  # fmt: skip


def _topic(question: str, **kw: object) -> tuple[str, str]:
    topic = classify(question, activities=ACTIVITIES, **kw)  # type: ignore[arg-type]
    return topic.kind, topic.subject


# ---- typing: two letters left out of a long word ----------------------------------------------
@pytest.mark.parametrize(
    ("typed", "meant"),
    [("why am i so exaustd", "why am i so exhausted"), ("so overwhlmd", "so overwhelmed")],
)
def test_a_long_word_typed_fast_is_repaired(typed: str, meant: str) -> None:
    assert repaired(typed) == meant


@pytest.mark.parametrize(
    "kept", ["I packed my bag", "the excise duty", "dressing for dinner", "exhaust fumes"]
)
def test_real_words_two_letters_away_are_kept(kept: str) -> None:
    assert repaired(kept) == kept


def test_a_repaired_long_word_reaches_its_topic() -> None:
    assert _topic("why am i so exaustd after wrk") == ("energy", "")
    assert _topic("why am i so stressed after wrk") == ("stress", "")


# ---- hyphenated compounds -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("was I more anxious in the run-up to the wedding?", ("anxiety", "")),  # a time
        ("is my late-night phone scrolling wrecking my sleep", ("activity", "screen late")),
        # unchanged: the activity itself, a compound that is its own name, a new thing
        ("do I feel better after a run?", ("activity", "exercise")),
        ("do my work-outs help my mood", ("activity", "exercise")),
        ("does cold-water swimming calm me down?", ("activity", "cold-water swimming")),
    ],
)
def test_half_of_a_compound_is_not_the_activity(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- names in any alphabet ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how am i after talking to oisín", ("activity", "Oisín")),
        ("Do I sleep better after seeing Zoë?", ("activity", "Zoë")),
        ("how am I after talking to people", ("unknown", "")),  # an ordinary word: no name
    ],
)
def test_names_with_letters_beyond_a_to_z(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


def test_the_journal_writes_names_beyond_a_to_z() -> None:
    assert journal_names(["Met up with Oisín and Łukasz for lunch."], []) == {
        "oisín": "Oisín",
        "łukasz": "Łukasz",
    }


# ---- "doing anything for me" weighs a thing ---------------------------------------------------
def test_doing_anything_for_me_weighs_a_thing() -> None:
    assert _topic("is birdwatching doing anything for me") == ("activity", "birdwatching")
    assert _topic("Is yoga doing anything for me?") == ("activity", "yoga")


# ---- a class or discipline of exercise the journal never names ------------------------------
JOURNAL = ["Pilates class after work, my back thanked me.", "Went for a run, gave up soon."]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does pilates help my mood", ("activity", "pilates")),
        ("when did I last go to pilates", ("last_time", "pilates")),
        ("does zumba cheer me up", ("activity", "zumba")),
        # everyday words of exercise are it, written in the journal or not
        ("is swimming any good for my anxiety", ("activity", "exercise")),
        ("when did I last go for a run", ("last_time", "exercise")),
        ("does the gym help me", ("activity", "exercise")),
    ],
)
def test_a_discipline_the_journal_never_names_is_its_own_subject(
    question: str, expected: tuple[str, str]
) -> None:
    assert _topic(question, written=journal_writes(["Went for a run, gave up soon."])) == expected


def test_a_discipline_never_named_is_its_own_subject_in_a_comparison_too() -> None:
    written = journal_writes(JOURNAL[1:])
    topic = classify("is yoga or pilates better for my mood", activities=ACTIVITIES,
                     written=written)  # fmt: skip
    assert (topic.subject, topic.also) == ("yoga", (("pilates", "activity"),))
    topic = classify("is yoga or running better for my mood", activities=ACTIVITIES,
                     written=written)  # fmt: skip
    assert (topic.subject, topic.also) == ("yoga", (("exercise", "activity"),))


def test_a_discipline_the_journal_names_is_the_persons_exercise() -> None:
    written = journal_writes(JOURNAL)
    assert _topic("does pilates help my mood", written=written) == ("activity", "exercise")
    assert _topic("does zumba cheer me up", written=written) == ("activity", "zumba")


def test_a_discipline_never_named_gets_no_evidence_of_the_default_activity() -> None:
    checkins = _days(30, activities=lambda i: ("exercise",) if i % 3 == 0 else ("walk",))
    topic = classify("does pilates help my mood", activities=ACTIVITIES,
                     written=journal_writes(JOURNAL[1:]))  # fmt: skip
    found = gather(topic, checkins, [])
    assert not found.items
    assert found.gaps[0].startswith("I can't find pilates in your journal")


# ---- a gerund subject is the condition ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("does worrying wear me out?", "energy"),
        ("is sleeping badly making me anxious?", "anxiety"),
        # unchanged: the object of the effect verb, a single feeling, a noun in "-ing"
        ("does worrying throw off my sleep", "sleep"),
        ("does crying help?", "low_mood"),
        ("does morning anxiety affect my sleep", "sleep"),
    ],
)
def test_a_gerund_subject_is_the_condition(question: str, kind: str) -> None:
    assert _topic(question)[0] == kind


# ---- generic words are no vote against a named feeling --------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (
            "I'm useless by three and I drag myself through the day, what did I do about it",
            "energy",
        ),
        # unchanged: the bare question, and work words with a generic one
        ("What helped last time?", "low_mood"),
        ("what helps when work is crazy", "stress"),
    ],
)
def test_generic_words_vote_only_when_no_feeling_is_named(question: str, kind: str) -> None:
    assert _topic(question)[0] == kind


# ---- images of fatigue and fear -------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("it feels like wading through treacle lately", ("energy", "")),
        ("work wore me out today, what helps", ("energy", "")),
        ("my stomach is in knots before meetings, what helps?", ("anxiety", "")),
        ("there's a knot in my chest all day", ("anxiety", "")),
        ("did dragging myself to the gym help?", ("activity", "exercise")),  # the activity wins
    ],
)
def test_images_of_fatigue_and_fear(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- the story of a long question -----------------------------------------------------------
HOSPITAL = (
    "my partner's been in hospital for two weeks and I'm holding everything together for the "
    "kids, I'm not sleeping much but honestly the worst bit is the knot in my chest every "
    "time the phone rings, what has helped me calm that down before"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (HOSPITAL, ("anxiety", "")),
        # unchanged: the activity is in the asking part, or the question is short
        (
            "my partner's been in hospital for two weeks and I'm holding everything together "
            "for the kids and I'm not sleeping much, would going for a run help me calm down?",
            ("activity", "exercise"),
        ),
        ("does my phone keep me up at night?", ("activity", "screen late")),
        (
            "I went back to the climbing gym last week after months away from it and came "
            "home buzzing for once, does that sort of thing actually help me?",
            ("activity", "exercise"),  # the asking part names no feeling
        ),
    ],
)
def test_an_activity_in_the_story_sets_the_scene(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- the description lines, word by word ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("I've been snapping at everyone this week, what's going on with me?", "low_mood"),
        ("I snapped at my kids again", "low_mood"),
        ("I keep snapping at everyone", "low_mood"),  # "everyone" is no place to be at
        ("a pounding heart for no reason, why am I like this", "anxiety"),
    ],
)
def test_the_image_words_of_the_lines_decide_without_an_embedder(question: str, kind: str) -> None:
    topic = classify(question, activities=ACTIVITIES)
    assert (topic.kind, topic.method) == (kind, "similarity")


@pytest.mark.parametrize(
    "question",
    [
        "how many pounds did I spend",  # a plural of another word
        "I have been stretching every morning",  # a state's line word matches only itself
        "tell me a joke",
        "I can't find my keys",  # a plain word of the lines
        "what's a normal resting heart rate",  # not about the person
    ],
)
def test_plain_words_and_other_forms_decide_nothing(question: str) -> None:
    assert _topic(question) == ("unknown", "")


def test_two_topics_at_once_decide_nothing() -> None:
    assert by_words("I keep snapping and my heart is pounding") is None


def test_the_embedder_comes_first_when_it_is_there() -> None:
    def similarity(question: str, lines: Sequence[str]) -> list[float]:
        return [0.9 if "racing thoughts" in line else 0.1 for line in lines]

    topic = classify("I've been snapping at everyone", similarity=similarity)
    assert (topic.kind, topic.method) == ("anxiety", "similarity")


def _days(n: int, **kw: object) -> list[MoodCheckIn]:
    start = date(2026, 10, 1)
    out = []
    for i in range(n):
        day = start + timedelta(days=i)
        values = {k: (v(i) if callable(v) else v) for k, v in kw.items()}
        out.append(MoodCheckIn(id=f"c{i}", logged_at=datetime(day.year, day.month, day.day, 20,
                   tzinfo=UTC), tz_offset_min=0, mood=6, **values))  # type: ignore[arg-type]  # fmt: skip
    return out
