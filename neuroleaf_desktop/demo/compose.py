"""Turning a simulated day into words: entry bodies, titles and check-in notes.

The day model (``generator``) decides what happened and how the day felt; this module only
writes it down, from the sentence pools in ``texts``, deterministically for a given ``rng``.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta, timezone
from typing import Final, TypeVar

from neuroleaf_desktop.demo import texts

T = TypeVar("T")

_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_SLOT: Final = re.compile(r"\{(\w+)\}")
# Topics whose "mid" sentences may pad any entry without contradicting the day's activities.
FILLER_TOPICS: Final = ("family", "sleep", "anxiety", "gratitude", "loneliness", "creativity",
                         "health", "home", "work")  # fmt: skip


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


class Cast:
    """One pick per slot per entry, so the same friend appears in a title and its body."""

    def __init__(self, rng: random.Random, fixed: Mapping[str, str] | None = None) -> None:
        self.rng = rng
        self.picks: dict[str, str] = dict(fixed or {})

    def fill(self, template: str) -> str:
        def pick(match: re.Match[str]) -> str:
            slot = match[1]
            if slot not in self.picks:
                self.picks[slot] = self.rng.choice(texts.SLOTS[slot])
            value = self.picks[slot]
            if match.start() > 0 and template[: match.start()].rstrip().endswith((".", "!", "?")):
                value = value[:1].upper() + value[1:]  # "… today. The migration is …"
            return value

        text = _SLOT.sub(pick, template)
        return text[:1].upper() + text[1:]


def tone_of(mood: float) -> str:
    return "up" if mood >= 6.5 else "down" if mood <= 4.5 else "mid"


_TOPIC_WEIGHTS: Final[dict[str, float]] = {
    "work": 3.0, "family": 1.5, "friends": 1.5, "sleep": 1.2, "exercise": 1.0, "nature": 1.0,
    "therapy": 0.4, "anxiety": 1.2, "gratitude": 1.0, "loneliness": 0.8, "creativity": 0.8,
    "health": 0.7, "home": 1.0, "travel": 0.0,
}  # fmt: skip
_ACTIVITY_TOPIC: Final[dict[str, tuple[str, float]]] = {
    "friends": ("friends", 4.0), "family": ("family", 4.0), "therapy": ("therapy", 12.0),
    "walk": ("nature", 2.0), "nature": ("nature", 3.0), "exercise": ("exercise", 4.0),
    "yoga": ("exercise", 3.0), "work": ("work", 1.3), "reading": ("creativity", 1.5),
    "cooking": ("home", 2.0), "chores": ("home", 1.5), "alcohol": ("health", 1.5),
    "screen late": ("sleep", 1.5),
}  # fmt: skip


def pick_topics(
    rng: random.Random, tone: str, activities: Sequence[str], travel: bool
) -> list[str]:
    weights = dict(_TOPIC_WEIGHTS)
    for name in activities:
        if name in _ACTIVITY_TOPIC:
            topic, factor = _ACTIVITY_TOPIC[name]
            weights[topic] *= factor
    if tone == "down":
        for topic in ("anxiety", "loneliness", "sleep", "work"):
            weights[topic] *= 2.5
    elif tone == "up":
        for topic in ("gratitude", "friends", "nature", "creativity"):
            weights[topic] *= 2.0
    if travel:
        weights["travel"] = 12.0
        weights["work"] = 0.1
    names = list(weights)
    first = rng.choices(names, weights=[weights[n] for n in names])[0]
    if rng.random() < 0.5:
        weights[first] = 0.0
        return [first, rng.choices(names, weights=[weights[n] for n in names])[0]]
    return [first]


def sample(rng: random.Random, pool: Sequence[T], k: int) -> list[T]:
    return rng.sample(list(pool), min(k, len(pool)))


def word_count(sentences: Sequence[str]) -> int:
    return sum(len(s.split()) for s in sentences)


def compose_body(
    rng: random.Random,
    cast: Cast,
    *,
    tone: str,
    topics: Sequence[str],
    emotions: Sequence[str],
    lead: Sequence[str] = (),
    extra: Sequence[str] = (),
    voice: bool = False,
    filler: Sequence[str] = FILLER_TOPICS,
) -> str:
    """Opener, topic sentences, a named feeling, a reflection: 40–300 words, 1–3 paragraphs."""
    sentences: list[str] = []
    if voice:
        sentences.append(rng.choice(texts.VOICE_PREFIXES))
    if rng.random() < 0.7:
        sentences.append(rng.choice(texts.OPENERS[tone]))
    sentences.extend(lead)
    protected = len(sentences)  # the lead (e.g. a recovery sentence) is never trimmed
    long_entry = rng.random() < 0.15
    main = rng.randint(3, 5) if long_entry else rng.randint(2, 3)
    sentences += [cast.fill(s) for s in sample(rng, texts.TOPICS[topics[0]][tone], main)]
    if emotions and rng.random() < 0.65:
        lines = [x for x in texts.EMOTION_LINES if len(emotions) > 1 or "{emotion2}" not in x]
        line = rng.choice(lines)
        second = emotions[1] if len(emotions) > 1 else emotions[0]
        sentences.append(cast.fill(line.replace("{emotion}", emotions[0]).replace(
            "{emotion2}", second)))  # fmt: skip
    sentences.extend(extra)
    for topic in topics[1:]:
        mix = tone if rng.random() < 0.7 else "mid"
        count = rng.randint(2, 4) if long_entry else rng.randint(1, 2)
        sentences += [cast.fill(s) for s in sample(rng, texts.TOPICS[topic][mix], count)]
    if rng.random() < 0.5 or long_entry:
        sentences.append(rng.choice(texts.REFLECTIONS[tone]))
    if rng.random() < 0.6:
        sentences.append(rng.choice(texts.CLOSERS[tone]))
    # Real journals mix two-line notes with long evening pages: aim for a skewed length.
    target = int(clamp(rng.lognormvariate(math.log(80), 0.55), 40, 300))
    pools = [list(texts.TOPICS[t][tone]) for t in topics]
    pools += [list(texts.TOPICS[t]["mid"]) for t in filler if t not in topics]
    used = set(sentences)
    for pool in pools:
        rng.shuffle(pool)
        for template in pool:
            if word_count(sentences) >= target:
                break
            sentence = cast.fill(template)
            if sentence not in used:
                used.add(sentence)
                sentences.insert(max(protected, len(sentences) - 1), sentence)
        if word_count(sentences) >= target:
            break
    while word_count(sentences) > 300 and len(sentences) > protected + 1:
        sentences.pop(max(protected, len(sentences) // 2))
    paragraph_breaks = rng.randint(0, min(4, max(1, len(sentences) // 4)))
    cuts = sorted(sample(rng, range(2, len(sentences) - 1), paragraph_breaks))
    paragraphs: list[str] = []
    prev = 0
    for cut in [*cuts, len(sentences)]:
        paragraphs.append(" ".join(sentences[prev:cut]))
        prev = cut
    return "\n\n".join(p for p in paragraphs if p)


def entry_title(rng: random.Random, cast: Cast, topic: str, tone: str, moment: datetime) -> str:
    base = cast.fill(rng.choice(texts.TITLES[topic][tone]))
    part = (
        "Morning"
        if moment.hour < 11
        else "Midday"
        if moment.hour < 15
        else "Afternoon"
        if moment.hour < 18
        else "Evening"
        if moment.hour < 22
        else "Late-night"
    )
    frame = rng.choice(texts.TITLE_FRAMES)
    return frame.format(
        title=base,
        lower=base[:1].lower() + base[1:] if not base.startswith(("I ", "Dr.")) else base,
        weekday=_WEEKDAYS[moment.weekday()],
        part=part,
        month=_MONTHS[moment.month - 1],
    )


def entry_time(rng: random.Random) -> time:
    slot = rng.choices(
        ((6.5, 9.0), (12.0, 14.0), (15.0, 18.0), (19.0, 22.5), (22.5, 23.95)),
        weights=(0.2, 0.15, 0.15, 0.4, 0.1),
    )[0]
    minutes = int(rng.uniform(*slot) * 60)
    return time(minutes // 60, minutes % 60)


def at_local(day: date, at: time, offset: int) -> datetime:
    return datetime.combine(day, at, tzinfo=timezone(timedelta(minutes=offset)))
