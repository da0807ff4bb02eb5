"""A real vault of walks, the gym and low days, asked with MiniLM and the trained topic
classifier on (the app's setting): a pursuit the journal never names, practised or weighed by
how the person is after it ("practising the diabolo in the yard", "rock-pooling along the
shore, how am I afterwards"), is a plain gap naming it, with no claim and no walk or low-mood
item borrowed; running shoes left unused ask for the last run, and a loop of the cemetery paths
is a walk and keeps the walks' items."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.services.insight_service import InsightService
from neuroleaf_desktop.services.session import Session
from tests.support.insight_vault import fill_walks_and_gym


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("practising the diabolo in the yard, has it chilled me out", "diabolo"),
        ("rock-pooling along the shore, how am I afterwards", "rock-pooling"),
    ],
)
def test_a_pursuit_the_journal_never_names_is_a_plain_gap(
    session: Session, question: str, subject: str
) -> None:
    fill_walks_and_gym(session)
    answer = InsightService(session, model="test").ask(question, use_llm=False)
    assert answer.topic is not None and answer.topic.subject == subject, answer.topic
    assert not answer.evidence and not answer.claims


def test_shoes_left_unused_ask_for_the_last_run(session: Session) -> None:
    fill_walks_and_gym(session)
    answer = InsightService(session, model="test").ask(
        "my running shoes, how long have they sat by the door unused", use_llm=False
    )
    assert answer.topic is not None, answer
    assert (answer.topic.kind, answer.topic.subject) == ("last_time", "exercise"), answer.topic


def test_a_loop_of_the_cemetery_paths_keeps_the_walks_items(session: Session) -> None:
    fill_walks_and_gym(session)
    answer = InsightService(session, model="test").ask(
        "a loop of the cemetery paths on my lunch hour, good for my head", use_llm=False
    )
    assert answer.topic is not None and answer.topic.subject == "walk", answer.topic
    assert answer.evidence
