"""Topic rule families of round 5: typing repairs, the app itself, a generic "you", things in
grammatical slots (after …, a place at the end, "last <verb>"), comparative feeling words."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify, gather
from neuroleaf_desktop.domain.insights.wording import repaired

ACTIVITIES = {"walk", "exercise", "friends", "family", "yoga", "alcohol", "work", "reading",
              "music", "cooking", "tv", "nature"}  # fmt: skip


def _topic(question: str, names: tuple[str, ...] = ()) -> tuple[str, str]:
    topic = classify(question, activities=ACTIVITIES, names=names)
    return topic.kind, topic.subject


# ---- typing: texting forms and one-slip typos of the words the rules read --------------------
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("whn did i last go out", "when did i last go out"),
        ("y am i so anxous", "why am i so anxious"),
        ("im so exhuasted", "im so exhausted"),
        ("feelin deprsesed b4 work", "feelin depressed before work"),
        ("does therpy hlp u", "does therapy help you"),
        ("overwhelmd by deadlins", "overwhelmed by deadlines"),
    ],
)
def test_typing_repairs(typed: str, meant: str) -> None:
    assert repaired(typed) == meant


@pytest.mark.parametrize(
    "kept",
    [
        "I tried yoga",  # "tried" is a word, not a slip of "tired"
        "Were you there",  # not "where"
        "mediation at work",  # not "meditation"
        "Why did Trie call",  # a name keeps its spelling
        "the dam was full",  # short words are never repaired
    ],
)
def test_real_words_and_names_are_not_repaired(kept: str) -> None:
    assert repaired(kept) == kept


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("im alwys so exausted", ("energy", "")),
        ("y do i get so nervos", ("anxiety", "")),
        ("whn did i last go for a walk", ("last_time", "walk")),
        ("cant stop worring at nite", ("anxiety", "")),
        ("I tried yoga, did it help?", ("activity", "yoga")),
    ],
)
def test_typos_reach_their_topic(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- questions about the app, not the journal --------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "how does this app work",
        "can I export my entries to PDF?",
        "how do I change my password",
        "does NeuroLeaf sync to my phone?",
        "how do I delete an old check-in",
        "where are my backups stored",
    ],
)
def test_questions_about_the_app_are_unknown(question: str) -> None:
    assert _topic(question) == ("unknown", "")


# ---- a generic "you" with a feeling is the person asking about themselves -----------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how do you stop feeling so low", ("low_mood", "")),
        ("how can you calm down when you panic", ("anxiety", "")),
        ("what do you do when you can't sleep", ("sleep", "")),
        ("how do you make pancakes", ("unknown", "")),
        ("can you recommend a film", ("unknown", "")),
    ],
)
def test_generic_you(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


# ---- things in grammatical slots --------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do I sleep better after sauna?", ("activity", "sauna")),
        ("how am i after karaoke", ("activity", "karaoke")),
        ("am I calmer after pottery or after walks?", ("activity", "pottery")),
        ("was i happier in new york", ("activity", "new york")),  # as written, any case
        ("do I feel better when I'm in Lisbon?", ("activity", "Lisbon")),
        ("when did I last paint", ("last_time", "paint")),
        ("when did I last knit?", ("last_time", "knit")),
    ],
)
def test_unknown_things_in_slots_are_the_subject(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why am I so tired after lunch?", ("energy", "")),  # a meal is a time
        ("was I stressed in october", ("stress", "")),  # a month is not a place
        ("is my sleep worse in winter?", ("sleep", "")),
        ("am I more anxious after a bad night?", ("anxiety", "")),  # "bad" is not a thing
        ("do I feel better after a walk?", ("activity", "walk")),  # a known activity
        ("do I feel better at home", ("low_mood", "")),
        ("when did I last cry?", ("last_time", "low_mood")),  # a feeling, not a thing
    ],
)
def test_times_and_known_words_are_not_things(question: str, expected: tuple[str, str]) -> None:
    assert _topic(question) == expected


def test_a_thing_after_answers_plainly_without_borrowing() -> None:
    topic = classify("do I sleep better after sauna?", activities=ACTIVITIES)
    found = gather(topic, [], [])
    assert found.items == ()
    assert found.gaps  # no data at all, said plainly


# ---- comparative feeling words ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [("since the move, have I been lower?", "low_mood"), ("when am I lowest", "low_mood"),
     ("why am I sadder in the evenings", "low_mood")],
)  # fmt: skip
def test_comparative_feeling_words(question: str, kind: str) -> None:
    assert _topic(question)[0] == kind


@pytest.mark.parametrize(
    "question",
    ["what did I do the last time I felt this way", "How did I do in november",
     "how was I coping last week"],
)  # fmt: skip
def test_how_did_i_do_and_what_did_i_do_last_time_are_the_general_question(question: str) -> None:
    assert _topic(question) == ("low_mood", "")


# ---- comparisons: the first subject named, the others kept and shown -----------------------
@pytest.mark.parametrize(
    ("question", "subject", "also"),
    [
        ("do I sleep better after yoga or after swimming?", "yoga", ("exercise",)),
        ("is walking or the gym better for my mood?", "walk", ("exercise",)),
        ("who do I feel better after seeing, Sam or Priya?", "Sam", ("Priya",)),
        ("am I calmer after pottery or after walks?", "pottery", ("walk",)),
        ("does reading help more than karaoke?", "reading", ("karaoke",)),
    ],
)
def test_compared_subjects(question: str, subject: str, also: tuple[str, ...]) -> None:
    topic = classify(question, activities=ACTIVITIES, names=("Sam", "Priya"))
    assert (topic.kind, topic.subject) == ("activity", subject)
    assert tuple(s for s, _k in topic.also) == also
    assert all(s in topic.heading for s in (subject, *also))


def test_one_subject_with_or_is_no_comparison() -> None:
    topic = classify("is yoga good for me or not?", activities=ACTIVITIES)
    assert (topic.subject, topic.also) == ("yoga", ())


def test_a_thing_never_logged_but_written_about_is_found_in_the_entries() -> None:
    from datetime import UTC, datetime

    from neuroleaf_desktop.domain.models import JournalEntry

    def entry(i: int, body: str) -> JournalEntry:
        at = datetime(2026, 10, 1 + i, 20, tzinfo=UTC)
        return JournalEntry(str(i + 1), at, at, 0, "", body)

    entries = [entry(0, "Went dancing with the team."), entry(1, "Quiet day.")]
    found = gather(classify("how am i after dancing", activities=ACTIVITIES), [], entries)
    assert found.items and "Your journal mentions dancing on 1 of your 2 days" in (
        found.items[0].summary
    )
    assert found.items[0].quote == "Went dancing with the team."
    last = gather(classify("when did I last paint", activities=ACTIVITIES), [], entries)
    assert not last.items and "I can't find paint" in last.gaps[0]
