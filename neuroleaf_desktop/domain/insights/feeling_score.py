"""How strongly a question's words name each feeling topic.

Kept apart from the topic rules (``topics``): the keyword vote is one step of reading a
question, with its own weights (a verb of effect, a condition, work, generic words).

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from neuroleaf_desktop.domain.insights.clauses import condition_spans, weighed
from neuroleaf_desktop.domain.insights.effect_words import (
    EFFECT_RX,
    EFFECT_WEIGHT,
    ENERGY_EFFECT_RX,
)
from neuroleaf_desktop.domain.insights.feeling_words import FEELING_RX
from neuroleaf_desktop.domain.insights.topic import TopicKind
from neuroleaf_desktop.domain.insights.vocabulary import GENERIC_RX, WORK_RX

WORK_WEIGHT: Final = 0.5
# A feeling ruled out on the way to the one meant: "not anxious, not tired, just hollow", "not
# sad exactly, more numb". The word after "not" is denied only when the sentence goes on
# (a comma, "but", "just", "more"), so "why am I not sleeping" still names sleep.
_DENIED_RX: Final = re.compile(
    r"\bnot (?:really |exactly |even |so much )?(?![\w'-]+ing\b)"
    r"(?=[\w'-]+(?: exactly)?\s*(?:[,;—–]|-\s|but\b|just\b|more\b|rather\b))",
    re.I,
)
# Someone else's bedtime told as the time of day: "once *the kids are in bed*", "after the baby's
# asleep", "when the little ones have gone down": the hour it names is no sleep of the person's.
_OTHERS_BEDTIME_RX: Final = re.compile(
    r"\b(?:the|my|our)\s+(?:kids?|children|child|baby|babies|toddlers?|twins|little ones?"
    r"|littl'?uns?|boys|girls|lads|youngsters?|wee ones?|bairns?|nippers?)"
    r"(?:['’]s|['’]re|\s+(?:is|are|were|was|have|has|had|'ve))?\s+(?:(?:finally|all|safely|gone"
    r"|been|got|off|both|put)\s+){0,2}(?:in bed|asleep|down|to bed|tucked (?:up|in))\b",
    re.I,
)
# Waking, and the words between it and the state woken in: "I wake up *feeling* hollow", "why
# do I wake up *so* sad", "woke up utterly hopeless".
_WOKEN_INTO_RX: Final = re.compile(
    r"(?:\s+up)?\s+(?:(?:feeling|with|so|really|very|all|a bit|a little|quite|just|utterly"
    r"|completely|totally|properly|already|kind of|sort of|in|a|an)\s+){0,3}",
    re.I,
)
# The states a waking can name the time of: a mood, a fear or a load (tired or groggy on waking
# is the night's sleep).
_WOKEN_STATES: Final[tuple[TopicKind, ...]] = ("low_mood", "anxiety", "stress")
# Low said of a thing's level, no mood: "at low tide", "low light", "low-key", "a low-fat yoghurt"
# (a tide said as a mood stays one: "I'm a low tide, what brought it back in").
_THING_LOW_RX: Final = re.compile(
    r"(?:(?<=\bat )|(?<=\bby )|(?<=\btill )|(?<=\buntil )|(?<=\bbefore )|(?<=\bafter )"
    r"|(?<=\baround ))low[- ]tide\b"
    r"|low(?:er|est)?[- ](?:water|lights?|sun|season|gear|heat|ceilings?|cloud|branch\w*"
    r"|bridges?|walls?|fat|carb\w*|sugar|budget|cost|key|impact|tech|res|intensity|maintenance"
    r"|volume|notes?|pitch)\b",
    re.I,
)
# Ties go to the more specific topic.
_PRIORITY: Final[tuple[TopicKind, ...]] = ("anxiety", "sleep", "stress", "energy", "low_mood")


def feeling_scores(question: str) -> tuple[dict[TopicKind, float], list[str]]:
    """Keyword score per feeling topic: one per word, plus one for the feeling a verb of
    effect acts on ("what helps *my sleep* when I'm anxious": sleep is what is asked about)."""
    scores: dict[TopicKind, float] = {}
    matched: list[str] = []
    # What a verb acts on: a word between the verb and the end of its filler words
    # ("keeping me *up*"); "make me feel worse" is a general outcome, like "helps", not one.
    objects: set[int] = set()
    for m in EFFECT_RX.finditer(question):
        words = [m.start() + w.start() for w in re.finditer(r"\b(?!feel)\w", m[0], re.I)]
        objects.update([*words[1:], m.end()])
    found = _undenied({kind: list(rx.finditer(question)) for kind, rx in FEELING_RX.items()},
                      question)  # fmt: skip
    found = _not_at_bedtimes(found, question)
    found = _woken_into(found, question)
    if "low_mood" in found:
        found["low_mood"] = [
            h for h in found["low_mood"] if not _THING_LOW_RX.match(question, h.start())
        ]
    # The condition and the outcome asked after, "feel better" as a general outcome (clauses).
    for kind, weight in weighed(question, found).items():
        hits = found[kind]
        scores[kind] = weight + EFFECT_WEIGHT * any(h.start() in objects for h in hits)
        matched.extend(h[0].lower() for h in hits)
    if taken := ENERGY_EFFECT_RX.search(question):  # the verb is an energy word of its own
        scores["energy"] = scores.get("energy", 1.0) + EFFECT_WEIGHT
        matched.append(taken[0].lower())
    named = bool(scores)
    work = list(WORK_RX.finditer(question))
    if work:
        # work only as the condition of a feeling asked after ("am I lower on weeks the
        # *workload*'s heavy") weighs half again, like a feeling named there (``clauses``)
        spans = condition_spans(question) if named else []
        set_in = all(any(a <= m.start() < b for a, b in spans) for m in work)
        scores["stress"] = scores.get("stress", 0.0) + WORK_WEIGHT * len(work) * (
            0.5 if named and spans and set_in else 1.0
        )
        matched.extend(m[0].lower() for m in work)
    # Generic words ("helped", "what did I do") stand for the bare "What helped last time?";
    # they are no vote against a feeling the question names.
    generic = [m[0].lower() for m in GENERIC_RX.finditer(question)]
    if generic and not named:
        scores["low_mood"] = scores.get("low_mood", 0.0) + 0.5
        matched.extend(generic)
    return scores, matched


def _undenied(
    found: dict[TopicKind, list[re.Match[str]]], question: str
) -> dict[TopicKind, list[re.Match[str]]]:
    """The hits without the feelings ruled out ("not anxious, …"), when another is left."""
    denied = {m.end() for m in _DENIED_RX.finditer(question)}
    if not denied:
        return found
    kept = {k: [h for h in hits if h.start() not in denied] for k, hits in found.items()}
    return kept if any(kept.values()) else found


def _not_at_bedtimes(
    found: dict[TopicKind, list[re.Match[str]]], question: str
) -> dict[TopicKind, list[re.Match[str]]]:
    """The hits without those inside someone else's bedtime told as a time ("once the kids
    are *in bed*", "the twins are *down*"): the hour names no sleep or low mood of the person."""
    spans = [m.span() for m in _OTHERS_BEDTIME_RX.finditer(question)]
    if not spans:
        return found
    kept = {k: [h for h in hits if not any(a <= h.start() < b for a, b in spans)]
            for k, hits in found.items()}  # fmt: skip
    return kept


def _woken_into(
    found: dict[TopicKind, list[re.Match[str]]], question: str
) -> dict[TopicKind, list[re.Match[str]]]:
    """The hits without a waking that only tells when a mood or a fear is felt ("when you wake
    up feeling hollow", "mornings I wake up miserable", "woke up dreading the day"): the state
    woken in is asked after, not the night's sleep."""
    states = {h.start() for k in _WOKEN_STATES for h in found.get(k, [])}
    if not states or not found.get("sleep"):
        return found

    def woken(hit: re.Match[str]) -> bool:
        if not re.match(r"wak|woke", hit[0], re.I):
            return False
        gap = _WOKEN_INTO_RX.match(question, hit.end())
        end = gap.end() if gap else hit.end()
        # (a state's words may take in the gap's own: "feeling hollow")
        return any(hit.end() <= at <= end for at in states)

    return {**found, "sleep": [h for h in found["sleep"] if not woken(h)]}


def best_feeling(scores: dict[TopicKind, float]) -> TopicKind | None:
    if not scores:
        return None
    top = max(scores.values())
    return next(k for k in _PRIORITY if scores.get(k) == top)


def measure_only(text: str, scores: Mapping[TopicKind, float]) -> float:
    """The best feeling's score, or half a vote when the only feeling word is the name of the
    mood measure itself ("fishing trips, good for my *mood*?", "what does the *mood* graph
    show"): that names what is measured, not a low mood, so a weak answer the classifier may
    change (``arbiter``), as the generic "what helped" is."""
    best = max(scores.values())
    if set(scores) != {"low_mood"}:
        return best
    words = [m[0].lower() for m in FEELING_RX["low_mood"].finditer(text)]
    return min(best, 0.5) if words and all(w in ("mood", "moods") for w in words) else best
