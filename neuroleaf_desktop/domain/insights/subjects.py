"""A named activity, person or place, and "when did I last …".

An activity's days are those whose check-ins list it; a person's or place's days are those
whose entries name it (a whole, case-sensitive word). Each is compared with the other days on
mood (that day and the next), the following night's sleep and anxiety, with n and a 95 %
interval (``compare``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Final

from neuroleaf_desktop.domain.insights.compare import MIN_GROUP, compare
from neuroleaf_desktop.domain.insights.evidence import EvidenceItem
from neuroleaf_desktop.domain.insights.facts import DayFacts, clip, fmt, percentile
from neuroleaf_desktop.domain.insights.feelings import (
    ANXIOUS_WORDS,
    HIGH_ANXIETY,
    LOW_ENERGY,
    STRESS_WORDS,
    Measure,
)
from neuroleaf_desktop.domain.insights.sleep import is_better, is_poor, nights, usual_hours
from neuroleaf_desktop.domain.insights.topic import Topic

MIN_DAYS_FOR_LOW_LINE: Final = 28
LOW_LINE_DEFAULT: Final = 4.0
HIGH_LINE_DEFAULT: Final = 7.0
LOW_ANXIETY: Final = 3
HIGH_ENERGY: Final = 7
RELAXED_WORDS: Final = frozenset({"relaxed", "calm", "peaceful", "content", "at ease"})


# A sentence ends at . ! or ?, but not at the dot of a title ("Dr. Okafor").
_SENTENCE_END: Final = r"(?<=[.!?])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)\s+"


_FOCUS_MEASURE: Final = {"sleep": "Your sleep", "anxiety": "Your anxiety", "low_mood": "Your mood"}


def _name_rx(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(name)}\b")


def subject_days(facts: dict[date, DayFacts], topic: Topic) -> list[date]:
    """Days whose check-ins list the activity, or whose entries name the person or place in
    their text or tags (a tag is the person's own word for the day: "lisbon")."""
    if topic.subject_kind == "activity":
        logged = [d for d, f in facts.items() if topic.subject in f.activities]
        return logged or _written_days(facts, topic.subject)
    rx = _name_rx(topic.subject)
    tag = topic.subject.lower()
    return [
        d
        for d, f in facts.items()
        if rx.search(f.text()) or any(t.strip().lower() == tag for e in f.entries for t in e.tags)
    ]


def _thing_rx(thing: str) -> re.Pattern[str]:
    """A thing never logged, as entries write it: any case, a usual ending ("dances")."""
    return re.compile(rf"\b{re.escape(thing)}(?:s|es|ed|d|ing)?\b", re.I)


def _written_days(facts: dict[date, DayFacts], thing: str) -> list[date]:
    """Days whose entries (or tags) name a thing no check-in lists: "I can't find it" must
    not be said of a thing the journal writes about."""
    rx = _thing_rx(thing)
    return [
        d
        for d, f in facts.items()
        if rx.search(f.text()) or any(rx.fullmatch(t.strip()) for e in f.entries for t in e.tags)
    ]


def _quote(f: DayFacts, name: str, rx: re.Pattern[str] | None = None) -> str:
    rx = rx or _name_rx(name)
    for entry in reversed(f.entries):
        for sentence in re.split(_SENTENCE_END, entry.body.strip()):
            if rx.search(sentence):
                return clip(sentence, 160)
    return ""


def not_found(name: str) -> str:
    """The whole answer about a person, place or activity the data does not hold."""
    return (
        f"I can't find {name} in your journal or check-ins, so I can't say anything about it. "
        "Log it as an activity (or write about it) on the days it happens."
    )


def _logged(topic: Topic) -> str:
    return "logged" if topic.subject_kind == "activity" else "mentioned"


def subject_evidence(
    facts: dict[date, DayFacts], topic: Topic
) -> tuple[list[EvidenceItem], list[str]]:
    name = topic.subject
    days = subject_days(facts, topic)
    if not days:
        return [], [not_found(name)]
    recent = sorted(days, reverse=True)[:3]
    logged = topic.subject_kind == "activity" and name in facts[recent[0]].activities
    where = "check-ins" if logged else "journal"
    text = (
        f"Your {where} {'list' if logged else 'mentions'} {name} on {len(days)} "
        f"of your {len(facts)} days, most recently on {', '.join(d.isoformat() for d in recent)}."
    )
    quote = ""
    if not logged:
        rx = _thing_rx(name) if topic.subject_kind == "activity" else None
        quote = _quote(facts[recent[0]], name, rx)
    items = [
        EvidenceItem(
            0,
            recent[0],
            "activity",
            text,
            quote=quote,
            dates=tuple(recent),
            terms=(name,),
            citations=tuple(facts[recent[0]].citations()),
        )
    ]
    on = set(days)
    gaps: list[str] = []
    comparisons = []
    measures: list[tuple[str, Measure, int]] = [
        ("Your mood", lambda f: f.mood, 0),
        ("Your mood the next day", lambda f: f.mood, 1),
        ("Your sleep (hours) the night after", lambda f: f.sleep, 1),
        ("Your anxiety", lambda f: f.anxiety, 0),
    ]
    # the measure the question names comes first ("do I sleep better after yoga?")
    first = _FOCUS_MEASURE.get(topic.focus, "")
    measures.sort(key=lambda m: not (first and m[0].startswith(first)))
    for label, measure, shift in measures:
        with_it: list[float] = []
        without: list[float] = []
        for d in facts:
            f = facts.get(d + timedelta(days=shift))
            value = measure(f) if f is not None else None
            if value is not None:
                (with_it if d in on else without).append(float(value))
        result = compare(label, f"after {name} days" if shift else f"on {name} days", with_it,
                         "after other days" if shift else "on other days", without)  # fmt: skip
        if result is not None:
            comparisons.append(result)
            items.append(EvidenceItem(0, recent[0], "pattern", result.text, dates=tuple(recent),
                                      terms=(name,), direction=result.direction))  # fmt: skip
    if not comparisons:
        gaps.append(
            f"{len(days)} day(s) with {name} are too few to compare with your other days "
            f"(at least {MIN_GROUP} with ratings are needed). Keep logging it."
        )
    return items, gaps


# ---- when did I last … -------------------------------------------------------------------------
def _low_line(facts: dict[date, DayFacts]) -> float:
    means = [m for f in facts.values() if (m := f.mood) is not None]
    if len(means) >= MIN_DAYS_FOR_LOW_LINE:
        return percentile(means, 0.15)
    return LOW_LINE_DEFAULT


def _high_line(facts: dict[date, DayFacts]) -> float:
    means = [m for f in facts.values() if (m := f.mood) is not None]
    if len(means) >= MIN_DAYS_FOR_LOW_LINE:
        return percentile(means, 0.85)
    return HIGH_LINE_DEFAULT


def _good_days(facts: dict[date, DayFacts], feeling: str) -> tuple[list[date], str]:
    """Days of a feeling's good form: a good night, a calm, relaxed or energetic day."""
    if feeling == "anxiety":
        days = [d for d, f in facts.items()
                if (a := f.anxiety) is not None and a <= LOW_ANXIETY]  # fmt: skip
        return days, f"anxiety of {LOW_ANXIETY} or less"
    if feeling == "sleep":
        all_nights = nights(facts)
        usual = usual_hours(all_nights)
        return [n.day for n in all_nights if is_better(n, usual)], "a good night"
    if feeling == "stress":
        days = [d for d, f in facts.items() if f.all_emotions & RELAXED_WORDS]
        return days, "a relaxed or calm day"
    if feeling == "energy":
        days = [d for d, f in facts.items() if (e := f.energy) is not None and e >= HIGH_ENERGY]
        return days, f"energy of {HIGH_ENERGY} or more"
    line = _high_line(facts)
    days = [d for d, f in facts.items() if (m := f.mood) is not None and m >= line]
    return days, f"a mood of {fmt(line)} or more"


def _feeling_days(facts: dict[date, DayFacts], feeling: str) -> tuple[list[date], str]:
    if feeling == "anxiety":
        days = [
            d
            for d, f in facts.items()
            if (f.anxiety or 0) >= HIGH_ANXIETY or f.all_emotions & ANXIOUS_WORDS
        ]
        return days, f"anxiety of {HIGH_ANXIETY} or more, or an anxious check-in"
    if feeling == "sleep":
        all_nights = nights(facts)
        usual = usual_hours(all_nights)
        return [n.day for n in all_nights if is_poor(n, usual)], "a poor night"
    if feeling == "stress":
        return [d for d, f in facts.items() if f.all_emotions & STRESS_WORDS], "a stressed day"
    if feeling == "energy":
        days = [d for d, f in facts.items() if (f.energy or 99) <= LOW_ENERGY]
        return days, f"energy of {LOW_ENERGY} or less"
    line = _low_line(facts)
    days = [d for d, f in facts.items() if (m := f.mood) is not None and m <= line]
    return days, f"a low day (mood {fmt(line)} or less)"


def last_time_evidence(
    facts: dict[date, DayFacts], topic: Topic
) -> tuple[list[EvidenceItem], list[str]]:
    if topic.subject_kind == "feeling":
        find = _good_days if topic.good else _feeling_days
        days, what = find(facts, topic.subject)
        if not days:
            return [], [f"No day in your check-ins or journal shows {what} yet."]
    else:
        days = subject_days(facts, topic)
        what = topic.subject
        if not days:
            return [], [not_found(what)]
    recent = sorted(days, reverse=True)[:3]
    text = f"The last day with {what} was {recent[0].isoformat()}"
    if len(recent) > 1:
        text += f"; before that {' and '.join(d.isoformat() for d in recent[1:])}"
    text += f" ({len(days)} days in all)."
    quote = ""
    if topic.subject_kind == "name":
        quote = _quote(facts[recent[0]], topic.subject)
    elif topic.subject_kind == "activity" and topic.subject not in facts[recent[0]].activities:
        quote = _quote(facts[recent[0]], topic.subject, _thing_rx(topic.subject))
    terms: Sequence[str] = (topic.subject,) if topic.subject_kind != "feeling" else ()
    return [
        EvidenceItem(
            0,
            recent[0],
            "last",
            text,
            quote=quote,
            dates=tuple(recent),
            terms=tuple(terms),
            citations=tuple(facts[recent[0]].citations()),
        )
    ], []
