"""What a question is about: a topic, found by keywords and (optionally) meaning.

The method is deliberately transparent, and the person sees its result ("Looking at: sleep"):

1. "When did I last …" questions are about a *last time* (of an activity, a person or place,
   or a feeling).
2. A named activity from the person's own check-ins ("walking", "the gym" → exercise) or a
   person / place their journal mentions ("Sam", "Lisbon") makes the question about *that*:
   its evidence covers mood, sleep and anxiety together.
3. Otherwise keyword patterns score each feeling topic (anxiety, sleep, stress / work,
   energy, low mood); the highest score wins, ties going to the more specific topic. Generic
   words ("helped", "better") count half, for "What helped last time?".
4. With no keyword at all, and only when a sentence embedder is available, the question is
   compared with a one-line description of each topic (cosine similarity); the best topic is
   taken if it is similar enough, else the topic is *unknown* and nothing is guessed.

Pure: the similarity function is passed in (the service wraps MiniLM).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Final, Literal

TopicKind = Literal[
    "low_mood", "anxiety", "sleep", "stress", "energy", "activity", "last_time", "unknown"
]
Method = Literal["keywords", "subject", "similarity", "none"]
Similarity = Callable[[str, Sequence[str]], Sequence[float]]

SIMILARITY_THRESHOLD: Final = 0.35

# One line each, written for the embedder: what a question on the topic tends to say.
DESCRIPTIONS: Final[dict[TopicKind, str]] = {
    "low_mood": "feeling low, sad, down or depressed and what helped me feel better",
    "anxiety": "feeling anxious, nervous, worried, panicky or on edge",
    "sleep": "sleeping badly, insomnia, short nights and sleep quality",
    "stress": "stress at work, deadlines, pressure and feeling overwhelmed by my job",
    "energy": "feeling tired, exhausted, drained or having no energy",
}

_FEELING_PATTERNS: Final[dict[TopicKind, str]] = {
    "anxiety": r"anx\w*|nervous\w*|panic\w*|worr(?:y|ied|ies|ying)|on edge|tense|scared"
    r"|fear\w*|dread\w*|restless|jittery|calm(?:er)? down",
    "sleep": r"sleep\w*|slept|insomnia|nights?|bed ?time|go(?:ing)? to bed|wak(?:e|ing) up"
    r"|woke|naps?|(?:well[- ])?rested|refreshed|restful|unrested",
    "stress": r"stress\w*|stres\w*|deadlines?|overwhelm\w*|pressure|burn(?:ed|t)?[- ]?out"
    r"|workload",
    "energy": r"energy|energi[sz]ed|tired(?:ness)?|exhaust\w*|fatigue\w*|drained|sluggish"
    r"|letharg\w*|worn out|no motivation|motivat\w*|knackered|shattered|wiped out|run down"
    r"|no get up and go",
    "low_mood": r"low|down|sad(?:ness)?|blue|depress\w*|unhappy|miserable"
    r"|bad (?:day|days|week|mood|patch|spell|time)|slump|funk|rut|flat|meh|rubbish|crap"
    r"|mood|hopeless|lonely|empty|gloomy|rough (?:day|patch|week)|feel(?:ing)? better",
}
_FEELING_RX: Final = {k: re.compile(rf"\b(?:{v})\b", re.I) for k, v in _FEELING_PATTERNS.items()}
# Work words make a question about stress only when nothing else names a feeling: "am I more
# tired on work days?" is about energy, "on edge before meetings" about anxiety. They count
# half, so a named feeling wins, and alone they still choose stress ("is my job the problem?").
_WORK_RX: Final = re.compile(
    r"\b(?:work|job|boss|manager|office|colleagues?|meetings?|shifts?)\b", re.I
)
WORK_WEIGHT: Final = 0.5
_GENERIC_RX: Final = re.compile(r"\b(?:help(?:ed|s|ful)?|better|cope|coping|lift(?:ed|s)?)\b", re.I)
# Ties go to the more specific topic.
_PRIORITY: Final[tuple[TopicKind, ...]] = ("anxiety", "sleep", "stress", "energy", "low_mood")

_LAST_TIME_RX: Final = re.compile(
    r"\bwhen (?:did|was|have) i (?:last|most recently)\b|\bwhen was the last time\b"
    r"|\bhow long (?:has it been |ago )?since\b|\bwhen did i (?:\w+ )?last\b",
    re.I,
)

# Everyday words people use for the default activities ("gym" → exercise).
ACTIVITY_SYNONYMS: Final[dict[str, str]] = {
    "walk": r"walk(?:s|ed|ing)?",
    "exercise": r"exercis\w*|gym|work(?:ing)?[- ]?outs?|running|jogg\w*|swimm\w*|climbing"
    r"|sports?",
    "yoga": r"yoga",
    "friends": r"friends?|social(?:ising|izing)?",
    "family": r"family",
    "date": r"dates?|dating",
    "nature": r"nature|outdoors|hik(?:e|es|ing)|forest|woods",
    "reading": r"read(?:ing|s)?|books?",
    "music": r"music",
    "meditation": r"meditat\w*",
    "gaming": r"gam(?:e|es|ing)",
    "tv": r"tv|television|netflix",
    "cooking": r"cook(?:ing|ed)?",
    "chores": r"chores?|housework|cleaning",
    "study": r"study(?:ing)?|studies",
    "journaling": r"journal(?:l?ing|s)?",
    "good meal": r"good meals?",
    "therapy": r"therap\w*|counsell?\w*",
    "alcohol": r"alcohol|drink(?:s|ing)?|beer|wine",
    "caffeine late": r"caffeine|coffee",
    "screen late": r"screens?|phone late|scrolling",
}
# Words that start a sentence or name time, not a person or place.
_NOT_NAMES: Final = frozenset(
    [
        "I",
        "What",
        "When",
        "Why",
        "How",
        "Does",
        "Did",
        "Do",
        "Is",
        "Are",
        "Was",
        "Were",
        "Can",
        "Could",
        "Should",
        "Would",
        "Which",
        "Who",
        "Where",
        "Has",
        "Have",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Mum",
        "Dad",
    ]
)

_TOPIC_ACTIVITIES: Final = frozenset({"work"})
_LAST_FEELING: Final = {
    "anxiety": "felt anxious",
    "low_mood": "felt low",
    "sleep": "slept badly",
    "stress": "felt stressed",
    "energy": "had low energy",
}

LABELS: Final[dict[TopicKind, str]] = {
    "low_mood": "low mood",
    "anxiety": "anxiety",
    "sleep": "sleep",
    "stress": "stress and work",
    "energy": "energy",
    "activity": "",
    "last_time": "",
    "unknown": "not sure what this is about",
}


@dataclass(frozen=True)
class Topic:
    kind: TopicKind
    subject: str = ""  # the activity, person or place; for last_time also a feeling topic
    subject_kind: Literal["", "activity", "name", "feeling"] = ""
    method: Method = "none"
    matched: tuple[str, ...] = ()  # the words that decided it (shown in --json)
    score: float = 0.0

    @property
    def label(self) -> str:
        if self.kind == "activity":
            return self.subject
        if self.kind == "last_time":
            if self.subject_kind == "feeling":
                return f"when you last {_LAST_FEELING.get(self.subject, 'felt like this')}"
            verb = "logged" if self.subject_kind == "activity" else "mentioned"
            return f"when you last {verb} {self.subject}"
        return LABELS[self.kind]

    @property
    def heading(self) -> str:
        return f"Looking at: {self.label}"


def activity_pattern(activity: str) -> re.Pattern[str]:
    body = ACTIVITY_SYNONYMS.get(activity, re.escape(activity))
    return re.compile(rf"\b(?:{body})\b", re.I)


def find_activity(question: str, activities: Collection[str]) -> tuple[str, str] | None:
    """The person's activity the question names, and the word that named it.

    A name the question capitalises ("Did Lisbon do me good?") also finds an activity whose
    name holds it as a word ("lisbon trip"), so a place or person someone only logs as an
    activity is still that subject. Ordinary words never do this ("park" does not pick
    "walk in the park"): only a capitalised name that is not a question word.
    """
    best: tuple[int, str, str] | None = None
    for activity in activities:
        match = activity_pattern(activity).search(question)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), activity, match[0])
    if best is None:
        best = _activity_by_name(question, activities)
    return (best[1], best[2]) if best else None


def _activity_by_name(question: str, activities: Collection[str]) -> tuple[int, str, str] | None:
    for name in name_candidates(question):
        word = re.compile(rf"\b{re.escape(name.lower())}\b")
        found = sorted(a for a in activities if " " in a.strip() and word.search(a.lower()))
        if found:
            return question.index(name), found[0], name
    return None


def names_in(
    candidates: Collection[str], texts: Collection[str], tags: Collection[str]
) -> set[str]:
    """Which candidate names the person's own data holds: as a whole, case-sensitive word of
    a journal text, or as a tag (any case: tags are often written in lower case, "lisbon").
    A name only tagged is still that person's place or person ("Did Lisbon do me good?")."""
    tagged = {t.strip().lower() for t in tags}
    found: set[str] = set()
    for name in candidates:
        rx = re.compile(rf"\b{re.escape(name)}\b")
        if name.lower() in tagged or any(rx.search(t) for t in texts):
            found.add(name)
    return found


def name_candidates(question: str) -> list[str]:
    """Capitalised words that could be a person or place ("Sam", "Lisbon")."""
    words = re.findall(r"\b[A-Z][a-z]{2,}\b", question)
    return [w for w in dict.fromkeys(words) if w not in _NOT_NAMES]


def feeling_scores(question: str) -> tuple[dict[TopicKind, float], list[str]]:
    scores: dict[TopicKind, float] = {}
    matched: list[str] = []
    for kind, rx in _FEELING_RX.items():
        hits = [m[0].lower() for m in rx.finditer(question)]
        if hits:
            scores[kind] = float(len(hits))
            matched.extend(hits)
    work = [m[0].lower() for m in _WORK_RX.finditer(question)]
    if work:
        scores["stress"] = scores.get("stress", 0.0) + WORK_WEIGHT * len(work)
        matched.extend(work)
    generic = [m[0].lower() for m in _GENERIC_RX.finditer(question)]
    if generic:
        scores["low_mood"] = scores.get("low_mood", 0.0) + 0.5
        matched.extend(generic)
    return scores, matched


def _best_feeling(scores: dict[TopicKind, float]) -> TopicKind | None:
    if not scores:
        return None
    top = max(scores.values())
    return next(k for k in _PRIORITY if scores.get(k) == top)


def classify(
    question: str,
    *,
    activities: Collection[str] = (),
    names: Collection[str] = (),
    similarity: Similarity | None = None,
) -> Topic:
    """The topic of ``question``; ``activities`` and ``names`` come from the person's data."""
    text = question.strip()
    # "work" is the stress topic's own: its evidence compares work days with the others.
    activity = find_activity(text, [a for a in activities if a not in _TOPIC_ACTIVITIES])
    known_names = [n for n in name_candidates(text) if n in names]
    scores, matched = feeling_scores(text)
    if _LAST_TIME_RX.search(text):
        if activity is not None:
            return Topic("last_time", activity[0], "activity", "subject", (activity[1],), 1.0)
        if known_names:
            return Topic("last_time", known_names[0], "name", "subject", (known_names[0],), 1.0)
        feeling = _best_feeling({k: v for k, v in scores.items() if v >= 1.0})
        if feeling is not None:
            return Topic("last_time", feeling, "feeling", "keywords", tuple(matched), 1.0)
        return Topic("unknown", method="keywords", matched=("last",))
    if activity is not None:
        return Topic("activity", activity[0], "activity", "subject", (activity[1],), 1.0)
    if known_names:
        return Topic("activity", known_names[0], "name", "subject", (known_names[0],), 1.0)
    feeling = _best_feeling(scores)
    if feeling is not None:
        return Topic(feeling, method="keywords", matched=tuple(matched), score=scores[feeling])
    if similarity is not None and text:
        kinds = list(DESCRIPTIONS)
        sims = list(similarity(text, [DESCRIPTIONS[k] for k in kinds]))
        best = max(range(len(kinds)), key=lambda i: sims[i])
        if sims[best] >= SIMILARITY_THRESHOLD:
            return Topic(kinds[best], method="similarity", score=float(sims[best]))
    return Topic("unknown")
