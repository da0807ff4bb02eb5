"""Topic rule families of round 13, each tested both ways: which of two feelings is asked
about (condition or outcome), effect verbs, slang for feelings, a link between two things,
doubled-letter typos; and a feeling topic with no data still answered plainly."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.insights import classify, gather
from neuroleaf_desktop.domain.insights.clauses import condition_spans
from neuroleaf_desktop.domain.insights.wording import repaired
from neuroleaf_desktop.domain.models import MoodCheckIn

ACTIVITIES = {"walk", "exercise", "friends", "family", "yoga", "alcohol", "work", "reading",
              "music", "cooking", "tv", "nature"}  # fmt: skip


def _topic(question: str) -> tuple[str, str]:
    topic = classify(question, activities=ACTIVITIES)
    return topic.kind, topic.subject


# ---- the condition and the outcome asked after ---------------------------------------------
def test_condition_spans_cover_the_condition_only() -> None:
    text = "am I more irritable when I'm tired?"
    ((start, end),) = condition_spans(text)
    assert text[start:end] == "when I'm tired"
    text = "when I'm anxious do I sleep worse?"
    ((start, end),) = condition_spans(text)
    assert text[start:end] == "when I'm anxious "
    assert condition_spans("what helps my sleep") == []


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # the outcome asked after wins over the condition
        ("am I more irritable when I'm tired?", "low_mood"),
        ("am I more irritable when I'm tired and drained?", "low_mood"),
        ("when I'm anxious do I sleep worse?", "sleep"),
        ("am i more stressed when i'm short on sleep", "stress"),
        ("do I get snappy on days I'm exhausted", "low_mood"),
        ("after a bad night, am I more stressed?", "stress"),
        ("Why am I so tired after a poor night's sleep?", "energy"),
        ("Am I more tired on stressful days?", "energy"),
        ("do I get anxious if I don't sleep enough", "anxiety"),
        # the other way round: the same two feelings, the other one asked after
        ("When I sleep badly am I more anxious the next day?", "anxiety"),
        ("am I more tired when I'm irritable?", "energy"),
        ("do I sleep worse when I'm stressed?", "sleep"),
    ],
)
def test_the_outcome_asked_after_wins(question: str, kind: str) -> None:
    assert _topic(question) == (kind, "")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # only a condition: it is the topic
        ("what helped last time I felt anxious?", "anxiety"),
        ("What helped the last time I couldn't sleep?", "sleep"),
        ("What helps after a bad night?", "sleep"),
        # relief or a general outcome is not a feeling of its own
        ("what makes me feel better when I'm anxious?", "anxiety"),
        ("Do I feel better when I sleep more?", "sleep"),
        ("how do I calm down when I'm stressed", "anxiety"),
        ("Do deadlines make me feel worse?", "stress"),
        # a late night out is not a condition phrase ("late" is not a bad night)
        ("Do I crash after late nights out?", "sleep"),
    ],
)
def test_a_condition_alone_or_with_relief_keeps_its_topic(question: str, kind: str) -> None:
    assert _topic(question) == (kind, "")


# ---- effect verbs: the feeling they act on ---------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("does being anxious make it harder to sleep?", "sleep"),
        ("does anxiety make it much harder to fall asleep", "sleep"),
        ("does worrying throw off my sleep", "sleep"),
        ("does being burnt out sap my energy", "energy"),
        ("does my low mood throw off my energy", "energy"),
        ("does being tired drag my mood down", "low_mood"),
        ("does my anxiety cause my insomnia", "sleep"),
        ("does overthinking at night stop me sleeping", "sleep"),
        # the same verbs with the feelings swapped
        ("does poor sleep throw off my mood", "low_mood"),
        ("does being tired make it harder to stay focused", "energy"),
    ],
)
def test_effect_verbs_point_at_what_they_act_on(question: str, kind: str) -> None:
    assert _topic(question) == (kind, "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does pottery keep me up at night", ("activity", "pottery")),
        ("does archery throw off my sleep", ("activity", "archery")),
        ("does yoga keep me calm", ("activity", "yoga")),
        # a feeling in the subject's place is not a thing
        ("does stress keep me up at night?", ("sleep", "")),
        ("does worrying stop me sleeping", ("sleep", "")),
    ],
)
def test_a_thing_before_an_effect_verb_is_the_subject(
    question: str, expected: tuple[str, str]
) -> None:
    assert _topic(question) == expected


def test_wrecked_is_worse_as_a_verb_not_as_how_someone_feels() -> None:
    assert classify("has work wrecked my sleep").worse
    tired = classify("I'm totally wrecked after the week")
    assert (tired.kind, tired.worse) == ("energy", False)


# ---- slang for feelings ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("I just feel fried all the time, what has helped?", "stress"),
        ("been overdoing it for weeks, what helped before", "stress"),
        ("stretched thin at the moment", "stress"),
        ("been wired and antsy all week", "anxiety"),
        ("my chest feels tight most mornings", "anxiety"),
        ("why am I so ratty in the evenings", "low_mood"),
        ("feeling cranky and fed up", "low_mood"),
        ("I've not been myself lately", "low_mood"),
        ("sunday blues again", "low_mood"),
        ("I'm running on fumes, what helped before", "energy"),
        ("why do I hit a wall every wednesday", "energy"),
        ("feel like a zombie lately", "energy"),
        ("restless nights again", "sleep"),
        ("tired but wired at bedtime, what helps?", "sleep"),
        ("I can't drop off at night", "sleep"),
    ],
)
def test_slang_reaches_its_feeling(question: str, kind: str) -> None:
    assert _topic(question) == (kind, "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does fried food affect my mood", ("activity", "fried food")),  # food, not stress
        ("do I sleep better after running", ("activity", "exercise")),  # still a run
        ("am I running late too often", ("unknown", "")),  # not a run, not energy
        ("how do I look after myself", ("unknown", "")),  # "myself" alone says no mood
        ("I feel restless", ("anxiety", "")),  # restless without the night
    ],
)
def test_slang_does_not_capture_ordinary_words(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


def test_feeling_like_myself_is_the_good_form_of_mood() -> None:
    topic = classify("when did I last feel like myself")
    assert (topic.kind, topic.subject, topic.good) == ("last_time", "low_mood", True)


# ---- a link between two things: the first named ----------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("is there a link between my workload and my sleep", "stress"),
        ("is there a link between my sleep and my workload", "sleep"),
        ("is there a connection between my anxiety and my mood?", "anxiety"),
        ("is there a connection between my mood and my anxiety?", "low_mood"),
    ],
)
def test_a_link_between_two_feelings_is_about_the_first(question: str, kind: str) -> None:
    assert _topic(question) == (kind, "")


# ---- typing: a letter typed twice, texting forms ---------------------------------------------
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("im so tirred", "im so tired"),
        ("stresssed about work", "stressed about work"),
        ("cnt sleep at nite", "can't sleep at night"),
        ("so iritable and grumy", "so irritable and grumpy"),
    ],
)
def test_doubled_letters_and_texting(typed: str, meant: str) -> None:
    assert repaired(typed) == meant


@pytest.mark.parametrize("kept", ["I tried yoga", "a clam chowder", "the seeping tap"])
def test_real_words_stay(kept: str) -> None:
    assert repaired(kept) == kept


# ---- truthful: a feeling topic with no data gets the plain gap ----------------------------------
def _days(n: int, **kw: object) -> list[MoodCheckIn]:
    start = date(2026, 10, 1)
    return [
        MoodCheckIn(id=f"c{i}", tz_offset_min=0, mood=6, **kw,  # type: ignore[arg-type]
                    logged_at=datetime(start.year, start.month, start.day, 20, tzinfo=UTC)
                    + timedelta(days=i))
        for i in range(n)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("why am I so ratty in the evenings", "low_mood"),
        ("am I more irritable when I'm tired?", "low_mood"),
        ("does being anxious make it harder to sleep?", "sleep"),
    ],
)
def test_a_topic_without_data_answers_with_a_gap_only(question: str, kind: str) -> None:
    # mood always 6 and nothing else: no lows, no sleep hours
    found = gather(classify(question), _days(21), [])
    assert found.topic.kind == kind
    assert not found.items
    assert found.gaps


# ---- the thing a question weighs, in more of its slots ---------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do I sleep better after playing tennis?", ("activity", "tennis")),
        ("do I feel better after going to the theatre", ("activity", "theatre")),
        ("does volunteering at the food bank help", ("activity", "volunteering")),
        ("how does painting affect my anxiety", ("activity", "painting")),
        # the other way: a day, a name, a known activity or a feeling in that slot
        ("why do Sundays make me so sad", ("low_mood", "")),
        ("How did the trip to Montreal affect me?", ("activity", "Montreal")),
        ("do I feel better after playing music", ("activity", "music")),
        ("how does my sleep affect my mood", ("low_mood", "")),
    ],
)
def test_things_in_their_slots(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- meaning: a topic is as close as its closest line --------------------------------------------
def test_similarity_reads_every_line_of_a_topic() -> None:
    def similarity(_question: str, lines: Sequence[str]) -> list[float]:
        return [0.8 if "racing thoughts" in line else 0.1 for line in lines]

    topic = classify("my mind keeps going round and round", similarity=similarity)
    assert (topic.kind, topic.method) == ("anxiety", "similarity")
    # every line far: nothing is guessed
    far = classify("my mind keeps going round and round", similarity=lambda _q, d: [0.2] * len(d))
    assert far.kind == "unknown"


# ---- effects that take something away ask the other way round ------------------------------------
@pytest.mark.parametrize(
    ("question", "worse"),
    [
        ("what stops me sleeping", True),
        ("what throws off my sleep", True),
        ("does being anxious make it harder to sleep?", True),
        ("what sets off my anxiety", True),
        ("what drains my energy most", True),
        # help asked for, or how someone feels: not the other way round
        ("what stops me from feeling low", False),
        ("how do I stop worrying so much", False),
        ("I'm totally wrecked after the week", False),
        ("what helps me sleep", False),
    ],
)
def test_effects_that_take_away_ask_what_makes_it_worse(question: str, worse: bool) -> None:
    assert classify(question, activities=ACTIVITIES).worse is worse


# ---- a lower-case name where a person stands --------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how am i after seeing kate", ("activity", "Kate")),
        ("does seeing jo help", ("activity", "Jo")),
        ("how do I feel after dinner with ellie", ("activity", "Ellie")),
        ("when did I last see kate", ("last_time", "Kate")),
        # ordinary words in that place are not names
        ("how am i after seeing friends", ("activity", "friends")),
        ("do I feel better after calls with my aunt", ("activity", "family")),
        ("does meeting new people stress me out", ("stress", "")),
        ("is texting him bad for me", ("unknown", "")),
    ],
)
def test_a_lower_case_name_where_a_person_stands(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


def test_a_name_the_journal_lacks_gets_a_plain_gap() -> None:
    found = gather(classify("how am i after seeing kate"), _days(21), [])
    assert not found.items
    assert found.gaps[0].startswith("I can't find Kate in your journal")


# ---- last times of everyday doings --------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected", "good"),
    [
        ("when did I last clean the house", ("last_time", "chores"), False),
        ("when did I last sing", ("last_time", "music"), False),
        ("when did I last feel hopeful", ("last_time", "low_mood"), True),
        ("when did I last feel hopeless", ("last_time", "low_mood"), False),
    ],
)
def test_last_times_of_everyday_doings(
    question: str, expected: tuple[str, str], good: bool
) -> None:
    topic = classify(question, activities=ACTIVITIES | {"chores", "screen late"})
    assert ((topic.kind, topic.subject), topic.good) == (expected, good)


def test_scrolling_in_any_form_is_screen_time() -> None:
    topic = classify("when did I last scroll late at night", activities={"screen late"})
    assert (topic.kind, topic.subject) == ("last_time", "screen late")
    assert classify("is my house clean", activities={"chores"}).kind == "unknown"


# ---- life events are times, not things done -----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("was I more tired before the move", ("energy", "")),
        ("how was I after the breakup", ("low_mood", "")),
        ("how was last week for me", ("low_mood", "")),
        # a thing done before or after still is one
        ("how am I after a sound bath", ("activity", "sound bath")),
        ("was I calmer after the sauna", ("activity", "sauna")),
    ],
)
def test_life_events_are_times(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # "if" that asks whether sets no condition: the outcome still wins
        ("do you know if I'm grumpier when I'm tired", "low_mood"),
        ("I wonder if I'm more tired when I'm grumpy", "energy"),
        # "if" that sets one
        ("if I sleep badly, am I grumpier?", "low_mood"),
        ("if I'm grumpy, do I sleep worse?", "sleep"),
    ],
)
def test_if_that_asks_whether_is_no_condition(question: str, kind: str) -> None:
    assert _topic(question) == (kind, "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("y cant i get up in the mornings", ("energy", "")),
        ("what shouldn't I do before bed", ("sleep", "")),
        ("worryed about money", ("anxiety", "")),
        # an activity named beside them is still the subject
        ("does reading before bed help", ("activity", "reading")),
        ("why can't I get up to go for a run", ("activity", "exercise")),
    ],
)
def test_getting_up_and_going_to_bed(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected
