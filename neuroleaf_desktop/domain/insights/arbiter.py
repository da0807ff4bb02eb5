"""When a learned topic classifier may change the topic the rules found.

The rules (``topics``) are transparent and find the subject (a named activity, person or
place); they also fit the wording they were studied on. A classifier trained on every labelled
question (``ai.topic_classifier``) gives each topic kind a probability. ``arbitrate`` lets it
change the rules' answer only:

* where the rules' answer is *weak*: no keyword decided (meaning similarity or the lines'
  image words), nothing was found (unknown, not a question about the world), or only half
  votes did (generic "what helped", work words alone); or
* where the classifier is very sure (``Policy.strong``) and disagrees.

It never invents a subject: a kind that needs one (a named activity, "when did I last …")
is taken only when the rules found one to carry over; and whether a feeling may replace a
subject the rules found, or "unknown" replace anything, is the policy's (both chosen by the
leave-one-block-out cross-validation of ``benchmarks/bench_topic_learned.py``).

Pure: the classifier's scores are passed in (the service wraps the trained weights).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from neuroleaf_desktop.domain.insights.vocabulary import FeelingKind

if TYPE_CHECKING:
    from neuroleaf_desktop.domain.insights.topics import Topic

# The question → each topic kind's probability ({} when no classifier is installed).
Learned = Callable[[str], Mapping[str, float]]

FEELINGS: Final[tuple[FeelingKind, ...]] = ("low_mood", "anxiety", "sleep", "stress", "energy")
# Under a whole vote: "what helped" alone (0.5), work words alone (0.5 each).
WEAK_SCORE: Final = 1.0


@dataclass(frozen=True)
class Policy:
    weak: float  # the classifier's probability needed to change a weak answer (> 1: never)
    strong: float  # ... to change a confident one (> 1: never)
    leave_subject: bool = False  # a feeling may replace a subject the rules found
    to_unknown: bool = False  # "unknown" may replace a topic


#: Chosen by pooled leave-one-block-out cross-validation (bench_topic_learned) against the
#: rules as they were while each block was blind: 391 → 416 of 468 right (83.5 → 88.9 %; the
#: policy chosen on the other blocks only: 88.7 %), 27 answers fixed, 2 broken; within half a
#: percent of the best policy, the one changing the fewest answers.
CHOSEN: Final = Policy(weak=0.5, strong=0.6, leave_subject=False, to_unknown=True)


def weak(topic: Topic) -> bool:
    """No keyword, subject or request pattern decided the rules' answer."""
    if topic.method in ("similarity", "none"):
        return True
    return topic.method == "keywords" and topic.kind in FEELINGS and topic.score < WEAK_SCORE


def switched(topic: Topic, kind: str, policy: Policy) -> Topic | None:
    """The rules' topic changed to ``kind`` with what the rules found, or None when it can't."""
    from neuroleaf_desktop.domain.insights.topics import Topic

    if kind == topic.kind:
        return None
    has_subject = topic.kind in ("activity", "last_time") and topic.subject_kind != "feeling"
    if kind in FEELINGS:
        if topic.kind == "last_time" and topic.subject_kind == "feeling":
            # "what helped last time I felt anxious": the feeling, not its date
            return Topic(kind, method="learned") if topic.subject == kind else None
        if has_subject and not policy.leave_subject:
            return None
        return Topic(kind, method="learned")
    if kind == "unknown":
        return Topic("unknown", method="learned") if policy.to_unknown else None
    if kind == "activity" and topic.kind == "last_time" and has_subject:
        return replace(topic, kind="activity", method="learned")
    if kind == "last_time" and topic.kind == "activity" and not topic.also:
        return replace(topic, kind="last_time", method="learned")
    if kind == "last_time" and topic.kind in FEELINGS:
        return Topic("last_time", topic.kind, "feeling", "learned", score=1.0)
    return None  # a subject the rules did not find is never invented


def arbitrate(topic: Topic, scores: Mapping[str, float], policy: Policy = CHOSEN) -> Topic:
    """The rules' topic, or the classifier's kind where the policy lets it decide."""
    if not scores:
        return topic
    kind = max(scores, key=lambda k: scores[k])
    if scores[kind] < (policy.weak if weak(topic) else policy.strong):
        return topic
    return switched(topic, kind, policy) or topic
