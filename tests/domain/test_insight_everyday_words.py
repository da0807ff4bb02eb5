"""Topic rules read by class of wording: the body's signs, everyday and regional words for a
feeling or an activity, a feeling's trigger, a state asked to pass, a try named as a noun, the
day itself asked for, and the journal carried to another device (with look-alikes that must
keep their own topic)."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights.topics import WORLD, classify
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the insides stirred, however it is said
        ("why does my chest go fizzy before every meeting", ("anxiety", "")),
        ("Guts all churny today, how come?", ("anxiety", "")),
        ("my stomach knots up on Sunday nights, what has helped", ("anxiety", "")),
        ("fluttery tummy all morning, what calms that", ("anxiety", "")),
        # the heart however its beating starts
        ("what helps when my heart starts pounding before a call", ("anxiety", "")),
        ("what usually settles you down when your heart keeps hammering", ("anxiety", "")),
        # look-alike: the mood still named
        ("what helped when I was feeling down", ("low_mood", "")),
    ],
)
def test_the_body_stirred_is_anxiety(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("zero pep lately, whats up w me", ("energy", "")),
        ("hardly any get-up-and-go this week, why", ("energy", "")),
        ("nae oomph at all since the flu", ("energy", "")),
        ("up to my neck in paperwork, what helps", ("stress", "")),
        ("which weeks had me stretched to breaking point", ("stress", "")),
        ("is the job grinding me down", ("stress", "")),
    ],
)
def test_everyday_words_for_a_feeling(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "not_kind"),
    [
        ("is a fizzy drink before bed bad for my sleep", "anxiety"),
        ("does a pep talk from my sister help", "energy"),
        ("does the coffee grinder wake me up", "stress"),
    ],
)
def test_look_alikes_of_those_words(question: str, not_kind: str) -> None:
    assert topic_of(question)[0] != not_kind


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does noodling on the bass help when im wound up", ("activity", "music")),
        ("is plucking away at the old banjo good for me", ("activity", "music")),
        ("does hitting the squat rack help my mood", ("activity", "exercise")),
        ("am I brighter on leg day", ("activity", "exercise")),
        ("cat-cow stretches first thing, worth it for my head?", ("activity", "yoga")),
        ("does a nightcap mess with my sleep", ("activity", "alcohol")),
        ("is a wee dram before bed doing me any good", ("activity", "alcohol")),
        ("is Twitter in bed why I'm so grumpy", ("activity", "screen late")),
        ("do curry nights with the old rugby lot help when I'm low", ("activity", "friends")),
        ("am I calmer after a tramp through the pine plantation", ("activity", "nature")),
        ("does baking a loaf on a Sunday cheer me up", ("activity", "cooking")),
        # look-alikes: a fish, a squat in a flat, a lot of work, a night's sleep
        ("does fishing for sea bass calm me", ("activity", "fishing")),
        ("do I sleep better on nights I read", ("activity", "reading")),
        ("how many nights this month did I sleep badly", ("sleep", "")),
    ],
)
def test_everyday_words_for_an_activity(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # what sets a feeling off, told as something that happens to the person
        ("why does my chest go fizzy every time the family group chat pings", ("anxiety", "")),
        ("my stomach knots every time my mum rings, what's helped with that", ("anxiety", "")),
        # look-alikes: a mood weighed, compared or checked as a pattern of the occasion
        ("am I happier every time the family comes round", ("activity", "family")),
        ("do I get tearful whenever my folks phone", ("activity", "family")),
        ("am I more on edge whenever my friends visit", ("activity", "friends")),
    ],
)
def test_a_trigger_sets_the_scene(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


def test_a_story_asking_when_its_state_passes_is_about_that_state() -> None:
    story = (
        "The builders were in all week, my partner's away in Cork for work and I've done every "
        "school run. Up to my neck in invoices on top. When does this ease off?"
    )
    assert topic_of(story) == ("stress", "")
    weighed = (
        "The builders were in all week, my partner's away in Cork for work and I've done every "
        "school run. Up to my neck in invoices on top. Was I any calmer in Cork then?"
    )
    assert topic_of(weighed) == ("activity", "Cork")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my last go at bouldering, which week was that", ("last_time", "bouldering")),
        ("my last stab at a sourdough, when was that", ("last_time", "cooking")),
        ("which was my most recent really bad low day?", ("last_time", "low_mood")),
        ("what was the most recent calm week", ("last_time", "anxiety")),
        # look-alike: what a day was like is no date
        ("what was my last good day like?", ("low_mood", "")),
    ],
)
def test_a_last_time_named_by_a_try_or_the_day_itself(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "can I move my entries over to a new phone",
        "how do I get my journal onto my laptop",
        "transfer all my check-ins across to the tablet",
    ],
)
def test_the_journal_carried_to_a_device_is_about_the_app(question: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES)
    assert (topic.kind, topic.matched) == ("unknown", (WORLD,))


def test_notes_taken_to_a_session_are_not_the_app() -> None:
    assert topic_of("does taking my notes to therapy help", DEMO_ACTIVITIES | {"therapy"}) == (
        "activity",
        "therapy",
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("am I less wound up after a game of bowls", ("activity", "bowls")),
        ("does a game of chess calm me", ("activity", "chess")),
        # look-alike: gaming itself
        ("am I happier after gaming", ("activity", "gaming")),
    ],
)
def test_a_game_of_something_names_that_game(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question, DEMO_ACTIVITIES | {"gaming"}) == expected


def test_a_question_word_is_never_the_thing_weighed() -> None:
    story = (
        "My sister's just had her baby up north and I couldn't get there because work wouldn't "
        "let me swap, and I've been moping about the flat all week. Is that what's dragging me "
        "down or was I already low before?"
    )
    topic = classify(story, activities=DEMO_ACTIVITIES, written=lambda word: False)
    assert (topic.kind, topic.subject) == ("low_mood", "")


@pytest.mark.parametrize(
    ("question", "sure_of", "expected"),
    [
        # when a feeling hit hardest asks for its pattern: a classifier sure of a last time
        # does not turn it into one
        ("over the past month, when did the panicky spells hit hardest?", "last_time", "anxiety"),
        ("when am I at my lowest in the week", "last_time", "low_mood"),
        # look-alike: a last time the classifier may still read
        ("the panicky spells, remind me of the latest", "last_time", "last_time"),
    ],
)
def test_a_peak_asked_is_no_last_time(question: str, sure_of: str, expected: str) -> None:
    topic = classify(question, activities=DEMO_ACTIVITIES, learned=lambda q: {sure_of: 0.9})
    assert topic.kind == expected


@pytest.mark.parametrize(
    "question",
    ["good morning journal, hope you're well", "hello there", "evening, how are you"],
)
def test_a_greeting_is_about_the_app_or_the_world(question: str) -> None:
    # a classifier sure of an activity does not read one into a greeting
    topic = classify(question, activities=DEMO_ACTIVITIES, learned=lambda q: {"activity": 0.9})
    assert (topic.kind, topic.matched) == ("unknown", (WORLD,))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("morning walks, do they help", ("activity", "walk")),
        ("hey, does yoga help me sleep", ("activity", "yoga")),
        ("good morning journal, I slept badly, what helped?", ("sleep", "")),
    ],
)
def test_a_greeting_before_a_question_about_me_is_no_world(
    question: str, expected: tuple[str, str]
) -> None:
    assert topic_of(question) == expected
