"""The learned topic classifier with its shipped weights and the real MiniLM model, and the
arbiter that decides when it may change the rules' topic."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder
from neuroleaf_desktop.ai.topic_classifier import WEIGHTS, TopicClassifier, TopicWeights
from neuroleaf_desktop.domain.insights import Topic, classify
from neuroleaf_desktop.domain.insights.arbiter import CHOSEN, Policy
from neuroleaf_desktop.domain.insights.topics import LABELS, arbitrate

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import train_topic_classifier as training

KINDS = ("low_mood", "anxiety", "sleep", "stress", "energy", "activity", "last_time", "unknown")
ACTIVITIES = {"walk", "exercise", "friends", "family", "yoga", "alcohol", "work", "therapy",
              "meditation", "tv", "screen late", "caffeine late", "reading"}  # fmt: skip


@pytest.fixture(scope="module")
def scorer() -> Iterator[TopicClassifier]:
    embedder = MiniLMEmbedder()
    assert embedder.available(), "the all-MiniLM-L6-v2 package should be installed"
    yield TopicClassifier(embedder)


def test_the_shipped_weights_load_with_both_heads() -> None:
    weights = TopicWeights.load()
    assert weights is not None
    assert weights.classes == KINDS
    assert weights.with_minilm.dense.shape == (len(KINDS), 384)
    assert weights.ngrams_only is not None and weights.ngrams_only.dense is None
    # without MiniLM the n-gram head still gives every kind a probability
    alone = TopicClassifier(None)("why can't I sleep at night")
    assert set(alone) == set(KINDS) and sum(alone.values()) == pytest.approx(1.0, abs=1e-4)
    assert max(alone, key=alone.__getitem__) == "sleep"


def test_the_shipped_weights_were_trained_on_every_block_and_question_file() -> None:
    # a block or topic_questions file added (or grown) after the weights were written shows
    # here: the weights must be trained again (scripts/train_topic_classifier.py)
    rows = training.labelled_rows()
    now = Counter(r.group for r in rows if r.group not in training.TRAIN_ONLY)
    trained = json.loads(WEIGHTS.read_text(encoding="utf-8"))["groups"]
    assert {g: n for g, n in trained.items() if g not in training.TRAIN_ONLY} == dict(now)
    assert {"BD", "topic_questions_6"} <= set(now)  # the newest block and question file
    # each question file is its own fold of the cross-validation, never only trained on
    files = sorted(p.stem for p in training.CORPUS.glob("topic_questions*.tsv"))
    assert files and all(now[f] > 0 for f in files)


def test_missing_weights_leave_the_rules_alone(tmp_path: Path) -> None:
    missing = TopicClassifier(None, weights=tmp_path / "none.json")
    assert missing("what helps when my to-do list is endless") == {}
    rules = classify("what helps when my to-do list is endless", activities=ACTIVITIES)
    assert classify("what helps when my to-do list is endless", activities=ACTIVITIES,
                    learned=missing) == rules  # fmt: skip


@pytest.mark.parametrize(
    ("question", "rules_said", "kind"),
    [
        # only the generic "what helps" voted (half a vote): the classifier decides (a racing
        # heart is a fear word of the rules now: a pulse they do not name)
        ("what helps me chill out when my pulse is racing", "low_mood", "anxiety"),
        # (a to-do list is a stress word of the rules now: a load they do not name)
        ("what helps when my diary is rammed", "low_mood", "stress"),
        # only work words voted (half each): a racing body before meetings is anxiety
        ("my legs turn to jelly before meetings, what helps?", "stress", "anxiety"),
    ],
)
def test_weak_rule_answers_the_classifier_gets_right(
    scorer: TopicClassifier, question: str, rules_said: str, kind: str
) -> None:
    rules = classify(question, activities=ACTIVITIES)
    assert rules.kind == rules_said and rules.score < 1.0
    learned = classify(question, activities=ACTIVITIES, learned=scorer)
    assert (learned.kind, learned.subject, learned.method) == (kind, "", "learned")
    assert learned.heading == f"Looking at: {LABELS[kind]}"  # shown as any topic is


def test_a_confident_rule_answer_is_kept(scorer: TopicClassifier) -> None:
    # the outcome of "stops me dozing off" is sleep; the classifier leans elsewhere (to a
    # feeling below the policy's bar and not far ahead of sleep, or to a kind that needs a
    # subject the words never name)
    question = "is it worry that stops me dozing off"
    scores = scorer(question)
    top = max(scores, key=scores.__getitem__)
    assert top != "sleep"
    close = scores[top] < CHOSEN.strong and scores[top] - scores["sleep"] < CHOSEN.lead
    assert close or top in ("activity", "last_time")
    topic = classify(question, activities=ACTIVITIES, learned=scorer)
    assert (topic.kind, topic.method) == ("sleep", "keywords")


def test_a_subject_the_rules_found_is_kept(scorer: TopicClassifier) -> None:
    topic = classify("does yoga calm my anxiety", activities=ACTIVITIES, learned=scorer)
    assert (topic.kind, topic.subject) == ("activity", "yoga")


def test_the_arbiter_never_invents_a_subject() -> None:
    sure = {"activity": 0.99, "sleep": 0.01}
    assert arbitrate(Topic("unknown"), sure) == Topic("unknown")
    last = {"last_time": 0.95, "activity": 0.05}
    walk = Topic("activity", "walk", "activity", "subject", ("walk",), 1.0)
    assert arbitrate(walk, last).kind == "last_time" and arbitrate(walk, last).subject == "walk"
    # a feeling replaces a named subject only where the policy lets it (``leave_subject``)
    keep = Policy(weak=CHOSEN.weak, strong=CHOSEN.strong, leave_subject=False, to_unknown=True)
    assert arbitrate(walk, {"sleep": 0.99}, keep) == walk
    assert arbitrate(walk, {"sleep": 0.99}).kind == (
        "sleep" if CHOSEN.leave_subject else "activity"
    )
    assert arbitrate(walk, {"sleep": CHOSEN.strong - 0.05, "activity": 0.3}) == walk
    # ... unless the classifier gives the rules' kind almost nothing (``lead``)
    assert arbitrate(walk, {"sleep": CHOSEN.strong - 0.05, "activity": 0.05}).kind == "sleep"
    # "unknown" may replace a weak answer: a question about the world
    weak = Topic("low_mood", method="keywords", score=0.5)
    assert arbitrate(weak, {"unknown": 0.9}).kind == "unknown"
