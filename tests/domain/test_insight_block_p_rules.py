"""Topic rule families of round 27, each both ways (a question that now maps, one that keeps
its topic): a default activity said at length or in a class of its own motion, a walk along the
water as the outdoors, putting worries on paper as journaling, how often as no thing, one of a
thing done as the thing, a time window before an occasion, pulling away from people and going
through the motions as low mood, whoever a claim is heard from as its source, and someone else's
claim weighed "is there anything in it" as a question about the world."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights.things import bare, new_phrase
from neuroleaf_desktop.domain.insights.topics import WORLD, arbitrate, classify
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of

# a person who also logs journaling and therapy: the rules name a default activity only
# among the ones the person logs (the app's classifier and extractor find it otherwise)
LOGS = DEMO_ACTIVITIES | {"journaling", "therapy"}


def _check(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question, LOGS) == expected


# ---- a default activity said at length, or a class of its own motion -------------------------
def test_a_phrase_the_vocabulary_spans_is_no_new_thing() -> None:
    assert not new_phrase("batch cooking stews")
    assert not new_phrase("rustling up curries")
    # one known word beside an unknown one is still a thing of its own
    assert new_phrase("hot yoga")
    assert new_phrase("tai chi")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does batch cooking curries at the weekend help my stress", ("activity", "cooking")),
        ("does whipping up pies for the family cheer me up", ("activity", "cooking")),
        ("are my spin sessions on a Tuesday any good for my sleep", ("activity", "exercise")),
        ("do spinning classes lift my mood", ("activity", "exercise")),
        # unchanged: a discipline with a following of its own, a known word beside a new one
        ("does zumba help my mood", ("activity", "zumba")),
        ("is hot yoga good for me", ("activity", "hot yoga")),
    ],
)  # fmt: skip
def test_default_activities_in_other_words(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- a walk along wild water is the outdoors, along a canal's towpath a walk -----------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does a wander by the riverbank settle me", ("activity", "nature")),
        ("has a trudge along the river path ever lifted me", ("activity", "nature")),
        # a canal is built, its towpath a way through town: a walk, as a walk by the river is
        ("is a walk along the towpath good for my head", ("activity", "walk")),
        ("an evening stroll along the canal towpath, does it do me good", ("activity", "walk")),
        ("a wander along the canal bank after tea, does it help", ("activity", "walk")),
        # unchanged: a walk round the block stays a walk, the beach a place of its own
        ("does a walk round the block help my mood", ("activity", "walk")),
        ("does a walk in the park help my mood", ("activity", "walk")),
    ],
)  # fmt: skip
def test_a_walk_along_the_water(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- putting what is on the mind on paper is journaling --------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does jotting down my thoughts at night help me drop off", ("activity", "journaling")),
        ("has writing out my fears made any difference to the panic", ("activity", "journaling")),
        ("does a brain dump before work calm me", ("activity", "journaling")),
        # unchanged: worries with nothing written are the feeling
        ("what helps when my worries keep me up", ("sleep", "")),
        ("what calms my worries before a meeting", ("anxiety", "")),
    ],
)  # fmt: skip
def test_worries_on_paper(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- how often is no thing; one of a thing done is the thing ---------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("are the weekly chats with my therapist doing anything", ("activity", "therapy")),
        ("is the monthly session with my counsellor helping", ("activity", "therapy")),
        ("does doing a crossword in the bath help me relax", ("activity", "crossword")),
        ("does playing a board game with the kids cheer me up", ("activity", "board game")),
        # unchanged: the plain forms
        ("does doing crosswords help me relax", ("activity", "crosswords")),
        ("does therapy help my anxiety", ("activity", "therapy")),
    ],
)  # fmt: skip
def test_how_often_and_one_of_a_thing(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


def test_one_of_a_thing_is_the_thing() -> None:
    assert bare("doing a crossword") == "crossword"
    assert bare("playing an instrument") == "instrument"
    assert bare("doing the garden") == "doing the garden"  # a verb of its own, not one of a thing


# ---- a time window before an occasion --------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("in the fortnight before my driving test, what helped with the nerves", ("anxiety", "")),
        ("the night before a big presentation, what helps me sleep", ("sleep", "")),
        ("in the run-up before the move what took the pressure off", ("stress", "")),
        # unchanged: what is done after, with no stretch of time before it
        ("how do I sleep after sauna", ("activity", "sauna")),
    ],
)  # fmt: skip
def test_a_time_window_before_an_occasion(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- pulling away from people and going through the motions are low mood ---------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I just go through the motions every day, what has lifted me before", ("low_mood", "")),
        ("can't be bothered to call anyone lately, what helped last time", ("low_mood", "")),
        ("I can't be bothered to reply to anybody, what pulled me out before", ("low_mood", "")),
        # unchanged: no energy for doing things
        ("can't be bothered to cook, I'm so drained, what helps", ("energy", "")),
    ],
)  # fmt: skip
def test_withdrawal_is_low_mood(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- someone else's claim weighed "is there anything in it" ----------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my aunt swears fasting resets the brain, is there anything in it", ("unknown", "")),
        ("a colleague says magnesium fixes insomnia, any truth in that", ("unknown", "")),
        # unchanged: a claim about the person's own is the person's question
        ("my sister says yoga would help my sleep, is there anything in it", ("activity", "yoga")),
    ],
)  # fmt: skip
def test_someone_elses_claim(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


# ---- whoever a claim is heard from is its source, not what is weighed ------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my brother reckons I'm calmer after a swim, is he right", ("activity", "exercise")),
        ("a mate from work thinks cooking helps my stress, does it", ("activity", "cooking")),
        # unchanged: the family weighed, and family named after the claim's source
        ("does my mum help my mood", ("activity", "family")),
        ("my brother says I'm grumpier after seeing my dad", ("activity", "family")),
    ],
)  # fmt: skip
def test_the_source_of_a_claim(question: str, expected: tuple[str, str]) -> None:
    _check(question, expected)


def test_a_claim_put_to_the_app_stays_unknown_against_a_sure_classifier() -> None:
    question = "my dad says cold showers cure low mood, is there anything in it"
    topic = classify(question, activities=LOGS)
    assert (topic.kind, topic.matched) == ("unknown", (WORLD,))
    sure = {"low_mood": 0.96, "activity": 0.02, "unknown": 0.02}
    assert arbitrate(topic, sure, text=question).kind == "unknown"
