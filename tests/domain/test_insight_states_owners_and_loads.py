"""Topic rule families read by class of wording, each both ways (a question that now maps, one
that keeps its topic): a participle the person is ("when I'm wrecked") is a state, not a verb
acting on the feeling after it; a feeling asked after in stretches named by another ("in busy
months") or after nights of one ("after nights I barely sleep"); a book by its kind or the
chapter read of it; someone's last visit or call, the name said first; whoever owns a thing that
befell, in the clause a feeling dates from ("since Nan's house got sold"), only sets the scene;
everything gone washed out as a mood; shutting the door and the post out as withdrawal; a mind
running worst cases as worry, not a run; no go in the body as energy; short words with their
vowels dropped; an inbox in the hundreds and work due by a set time as stress."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.insights import classify
from neuroleaf_desktop.domain.insights.gather import gather
from tests.support.insight_topics import DEMO_ACTIVITIES, topic_of


# ---- a state, and the outcome asked after a condition ----------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("am I jumpier on days when I'm drained and tired", ("anxiety", "")),
        ("do I get tearful in weeks when I'm wrecked and run down", ("low_mood", "")),
        ("am I more on edge in hectic months", ("anxiety", "")),
        ("am I more knackered during stressful spells", ("energy", "")),
        ("is the low mood worse after nights I hardly sleep", ("low_mood", "")),
        # unchanged: a thing that wrecks the feeling after it, and a bare state
        ("has work wrecked my sleep", ("sleep", "")),
        ("I'm wrecked, what helps", ("energy", "")),
        ("have I been more stressed in recent weeks", ("stress", "")),
    ],
)  # fmt: skip
def test_states_and_outcomes_after_conditions(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- books by their kind; someone's last visit --------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("do regency romances on the sofa settle me", ("activity", "reading")),
        ("is a chapter of my spy novel at lunch good for me", ("activity", "reading")),
        ("a chapter of a Victorian ghost story after tea, does it help", ("activity", "reading")),
        ("when did Tomasz last pop over", ("last_time", "Tomasz")),
        ("when did Auntie Bola last ring me", ("last_time", "Bola")),
        # unchanged: a new chapter of a life is no book; a walk's last time
        ("so anxious about this new chapter of my life, what helps", ("anxiety", "")),
        ("when did I last go for a walk", ("last_time", "walk")),
    ],
)  # fmt: skip
def test_books_by_kind_and_last_visits(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- an owner of what befell; a washed-out world; the door kept shut ----------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("since Grandad's bungalow got sold I've felt so low, what helped", ("low_mood", "")),
        ("ever since Mum's shop closed I've been anxious, what calmed me", ("anxiety", "")),
        ("everything looks washed out since the move, what brought me back", ("low_mood", "")),
        ("can't face opening my letters for weeks, what helped last time", ("low_mood", "")),
        ("stopped answering the phone again, what got me through before", ("low_mood", "")),
        # unchanged: a person weighed is the subject, a body washed out is tired
        ("am I happier on the days Grandad visits", ("activity", "Grandad")),
        ("washed out by teatime every day, what helps", ("energy", "")),
        ("does opening the post stress me", ("stress", "")),
    ],
)  # fmt: skip
def test_owners_washed_out_worlds_and_shut_doors(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


# ---- a mind's worst cases; no go; vowels dropped; a load by numbers ------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my head keeps running worst-case scenarios at 3am, what helps", ("anxiety", "")),
        ("when your mind's running wild about money, what settles you", ("anxiety", "")),
        ("no go in me after lunch, what perks me up", ("energy", "")),
        ("wy do i feel so tird on mondays", ("energy", "")),
        ("my inbox is over 200 and the essay's due in an hour, what helps", ("stress", "")),
        # unchanged: a run is still a run, and reports read for pleasure are no load
        ("does running by the canal help my mood", ("activity", "exercise")),
        ("is there a report of my mood in the app", ("unknown", "")),
    ],
)  # fmt: skip
def test_worst_cases_go_vowels_and_loads(question: str, expected: tuple[str, str]) -> None:
    assert topic_of(question) == expected


def test_a_mind_running_lends_no_run() -> None:
    # the person's runs are never the answer to a mind running through what could go wrong
    topic = classify("my brain keeps running worst cases before exams, what helps",
                     activities=DEMO_ACTIVITIES)  # fmt: skip
    assert topic.kind == "anxiety"
    assert topic.subject == ""
    assert not gather(topic, [], []).items
