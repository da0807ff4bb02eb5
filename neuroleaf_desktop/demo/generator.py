"""A deterministic, believable multi-year journal for the demo, the tests and the benchmarks.

Why a simulation rather than random rows: the insight features (weekly rhythm, "sleep helps",
"what helped last time?", declining-streak nudges) only look right on data that has those
patterns, and their tests need the ground truth. So the day-by-day model below is small but
causal:

* a latent daily mood = baseline + weekday rhythm (weekends better, Mondays worse) + a winter
  dip + AR(1) noise + yesterday's activities (walk, exercise, friends, nature, therapy help;
  alcohol and late screens hurt) + last night's sleep, which itself is shortened by alcohol,
  late caffeine and late screens the evening before;
* each check-in's ``sleep_hours`` is the sleep of the night *before* that day, so "sleep →
  next-day mood" is ``sleep_hours`` against the same day's mean mood (r ≈ 0.5);
* about four times a year a 3–5 day strictly declining streak is written in on purpose, and
  ends on a recovery day with named activities that the check-ins and an evening entry
  mention. These are the *only* runs of three or more strictly decreasing daily means (days
  without check-ins skipped): natural runs are smoothed away, so a detector's output can be
  compared with ``DemoData.declines`` exactly.

``generate`` is pure (no I/O, no clock unless ``end`` is omitted, only ``random.Random(seed)``)
so the same ``(years, seed, end)`` always yields the same data, on any machine and any
``PYTHONHASHSEED`` (sets are never iterated). ``populate`` (in ``demo/populate.py``) and
``create_demo_profile`` write it through the ordinary repositories and validation rules, so
demo data is data the app could have stored itself. The result types are in ``demo/data.py``.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Final, TypeVar

from neuroleaf_desktop.demo import texts
from neuroleaf_desktop.demo.compose import (
    FILLER_TOPICS,
    Cast,
    at_local,
    clamp,
    compose_body,
    entry_time,
    entry_title,
    pick_topics,
    tone_of,
)
from neuroleaf_desktop.demo.data import HOME_OFFSET_MIN as HOME_OFFSET_MIN  # re-exported
from neuroleaf_desktop.demo.data import DeclineEpisode as DeclineEpisode
from neuroleaf_desktop.demo.data import DemoData as DemoData
from neuroleaf_desktop.demo.data import TravelPeriod as TravelPeriod
from neuroleaf_desktop.demo.populate import populate as populate
from neuroleaf_desktop.demo.populate import to_journal_entry as to_journal_entry
from neuroleaf_desktop.demo.populate import to_mood_checkin as to_mood_checkin
from neuroleaf_desktop.domain.emotions import EMOTION_GRID, EmotionWord, Quadrant
from neuroleaf_desktop.domain.models import (
    EntrySource,
    NewCheckIn,
    NewEntry,
)

if TYPE_CHECKING:
    from neuroleaf_desktop.services.profiles import ProfileStore
    from neuroleaf_desktop.services.session import Session

DEMO_PASSPHRASE: Final = "sample-data-only"  # noqa: S105 - public on purpose: demo only
DECLINES_PER_YEAR: Final = 4

_WEEKDAY_EFFECT: Final = (-0.45, -0.2, -0.1, 0.0, 0.3, 0.7, 0.6)  # Mon..Sun
_BASELINE: Final = 6.1
_SLEEP_MEAN: Final = 7.2
_SLEEP_EFFECT: Final = 0.5  # mood points per hour of sleep above/below the mean
_SEASON_AMPLITUDE: Final = 0.55  # lowest in mid-January, highest in mid-July
_AR_PHI: Final = 0.55
_AR_SIGMA: Final = 0.5
_CHECKIN_NOISE: Final = 0.55

# Effect of an activity on the *next* day's mood, and on the night's sleep (hours).
_NEXT_DAY_EFFECT: Final[dict[str, float]] = {
    "walk": 0.35, "exercise": 0.45, "friends": 0.5, "nature": 0.45, "therapy": 0.5,
    "yoga": 0.25, "meditation": 0.2, "date": 0.3, "family": 0.15,
    "alcohol": -0.55, "screen late": -0.4, "caffeine late": -0.2,
}  # fmt: skip
_SLEEP_COST: Final[dict[str, float]] = {
    "alcohol": -0.6, "screen late": -0.5, "caffeine late": -0.6, "exercise": 0.2, "walk": 0.1,
}  # fmt: skip
POSITIVE_ACTIVITIES: Final = frozenset(
    {"walk", "exercise", "friends", "nature", "therapy", "yoga", "meditation"}
)
_HARMFUL: Final = frozenset({"alcohol", "screen late", "caffeine late"})

_TRAVEL_PLACES: Final = (
    ("Lisbon", 0), ("New York", -300), ("Athens", 120), ("Kerala", 330), ("Reykjavik", 0),
    ("Tokyo", 540), ("Crete", 120), ("Montreal", -300),
)  # fmt: skip
T = TypeVar("T")


# ---- the day model ----------------------------------------------------------------------------
@dataclass
class _Day:
    day: date
    offset: int
    latent: float = 0.0
    sleep: float | None = None
    activities: list[str] = field(default_factory=list)
    times: list[time] = field(default_factory=list)
    moods: list[int] = field(default_factory=list)
    role: str = "free"  # free | pre | decline | recovery
    episode: int = -1
    travel: str = ""

    @property
    def mean(self) -> float:
        return sum(self.moods) / len(self.moods)


@dataclass
class _EpisodePlan:
    first: int  # index of the first declining day
    length: int
    scenario: int
    values: list[int] = field(default_factory=list)


def _scale(value: float) -> int:
    return int(clamp(round(value), 1, 10))


def _plan_travel(rng: random.Random, n_days: int) -> list[tuple[int, int, str, int]]:
    """About one longer summer trip and one short city break a year: (first, last, place, off)."""
    trips: list[tuple[int, int, str, int]] = []
    for year_start in range(0, n_days, 365):
        for length_range, share in (((7, 12), 0.5), ((3, 5), 0.85)):
            length = rng.randint(*length_range)
            first = year_start + int(share * 365 * rng.uniform(0.6, 1.0)) - 30
            place, offset = rng.choice(_TRAVEL_PLACES)
            if first >= 0 and first + length < n_days:
                trips.append((first, first + length - 1, place, offset))
    return trips


def _plan_declines(rng: random.Random, n_days: int) -> list[_EpisodePlan]:
    """Spread the episodes one per equal segment, each with room for its lead-in and recovery."""
    count = round(DECLINES_PER_YEAR * n_days / 365.25)
    plans: list[_EpisodePlan] = []
    if count == 0:
        return plans
    segment = n_days / count
    if segment < 16:  # too short to fit them without overlap: fewer, still well separated
        count = max(0, int(n_days // 16))
        if count == 0:
            return plans
        segment = n_days / count
    for k in range(count):
        length = rng.randint(3, 5)
        low = int(k * segment) + 3
        high = int((k + 1) * segment) - length - 6
        if high < low:
            continue
        plans.append(_EpisodePlan(rng.randint(low, high), length, rng.randrange(9999)))
    return plans


def _pick_activities(rng: random.Random, day: date, mood_hint: float, travel: bool) -> list[str]:
    weekday = day.weekday()
    weekend = weekday >= 5
    summer = 4 <= day.month <= 9
    low = mood_hint < 5.0
    chances: list[tuple[str, float]] = [
        ("work", 0.0 if weekend or travel else 0.9),
        ("walk", 0.35 if not low else 0.2),
        ("exercise", (0.3 if summer else 0.2) * (0.5 if low else 1.0)),
        ("yoga", 0.07),
        ("friends", (0.4 if weekend else 0.15) * (0.6 if low else 1.0)),
        ("family", 0.3 if weekday == 6 else 0.06),
        ("date", 0.05),
        ("nature", (0.35 if weekend else 0.06) + (0.4 if travel else 0.0)),
        ("reading", 0.25),
        ("music", 0.2),
        ("meditation", 0.08),
        ("gaming", 0.08),
        ("tv", 0.3 if not low else 0.5),
        ("cooking", 0.25),
        ("chores", 0.3 if weekend else 0.15),
        ("study", 0.05),
        ("journaling", 0.1),
        ("good meal", 0.12 + (0.3 if travel else 0.0)),
        ("alcohol", 0.35 if weekday in (4, 5) else 0.06),
        ("caffeine late", 0.08),
        ("screen late", 0.18 if not low else 0.4),
    ]
    picked = [name for name, chance in chances if rng.random() < chance]
    if weekday == 1 and (day.toordinal() // 7) % 2 == 0 and not travel:
        picked.append("therapy")  # every other Tuesday
    return picked


def _checkin_times(rng: random.Random, count: int) -> list[time]:
    def at(lo_h: float, hi_h: float) -> time:
        minutes = int(rng.uniform(lo_h, hi_h) * 60)
        return time(minutes // 60, minutes % 60)

    if count == 2:
        return [at(7.0, 9.75), at(19.0, 22.75)]
    if count == 1:
        return [at(19.0, 22.75)] if rng.random() < 0.6 else [at(8.0, 14.0)]
    return []


def _raise_mean(moods: list[int], target: float) -> None:
    """Raise the lowest check-in(s) of a day until its mean reaches ``target``."""
    while sum(moods) / len(moods) < target:
        i = moods.index(min(moods))
        if moods[i] >= 10:
            return
        moods[i] += 1


def _smooth_natural_declines(days: list[_Day]) -> None:
    """Remove runs of 3 strictly decreasing daily means that are not planned episodes."""
    data = [d for d in days if d.moods]
    for i in range(2, len(data)):
        a, b, c = data[i - 2], data[i - 1], data[i]
        if not a.mean > b.mean > c.mean:
            continue
        if a.role == b.role == c.role == "decline" and a.episode == c.episode:
            continue
        if c.role == "free":
            _raise_mean(c.moods, b.mean)
        elif b.role == "free":  # c is an episode's lead-in day, which must keep its value
            _raise_mean(b.moods, a.mean)
        else:  # pragma: no cover - planning keeps episodes apart
            raise AssertionError("overlapping decline episodes")


# ---- emotions ---------------------------------------------------------------------------------
_BY_QUADRANT: Final[dict[Quadrant, tuple[EmotionWord, ...]]] = {
    q: tuple(e for e in EMOTION_GRID if e.quadrant == q) for q in Quadrant
}


def _emotions(
    rng: random.Random, mood: int, energy: int, anxiety: int, *, pleasant: bool | None = None
) -> tuple[str, ...]:
    """1–3 words from the circumplex grid that fit the mood, energy and anxiety."""
    if pleasant is None:  # mixed feelings in the middle, rarely at the ends
        pleasant = rng.random() < 1 / (1 + math.exp(-1.8 * (mood - 5.5)))
    if pleasant:
        quadrant = Quadrant.HIGH_ENERGY_PLEASANT if energy >= 6 else Quadrant.LOW_ENERGY_PLEASANT
    else:
        quadrant = (
            Quadrant.HIGH_ENERGY_UNPLEASANT if anxiety >= 6 else Quadrant.LOW_ENERGY_UNPLEASANT
        )
    level = 1 if abs(mood - 5.5) < 2 else 2 if abs(mood - 5.5) < 3.5 else 3
    words = _BY_QUADRANT[quadrant]
    weights = [1.0 / (1 + 2 * abs(abs(w.pleasantness) - level)) for w in words]
    count = rng.choices((1, 2, 3), weights=(0.45, 0.4, 0.15))[0]
    chosen: list[str] = []
    for _ in range(count * 3):
        word = rng.choices(words, weights=weights)[0].word
        if word not in chosen:
            chosen.append(word)
        if len(chosen) == count:
            break
    return tuple(chosen)


# ---- generate ---------------------------------------------------------------------------------
def generate(years: float, seed: int = 7, end: date | None = None) -> DemoData:
    """Simulate ``years`` of journalling ending the day before ``end`` (default: today).

    Pure and deterministic for a given ``(years, seed, end)``; ``end`` is exclusive so a demo
    made "today" never holds check-ins later than now.
    """
    if not math.isfinite(years) or years <= 0:
        raise ValueError("years must be a positive number")
    rng = random.Random(seed)
    end_day = end or date.today()
    n_days = max(1, round(years * 365.25))
    first_day = end_day - timedelta(days=n_days)

    days = [_Day(first_day + timedelta(days=i), HOME_OFFSET_MIN) for i in range(n_days)]
    travels: list[TravelPeriod] = []
    for first, last, place, offset in _plan_travel(rng, n_days):
        travels.append(TravelPeriod(days[first].day, days[last].day, place, offset))
        for i in range(first, last + 1):
            days[i].offset, days[i].travel = offset, place

    plans = _plan_declines(rng, n_days)
    scenarios = texts.RECOVERY_SCENARIOS
    for k, plan in enumerate(plans):
        days[plan.first - 1].role = "pre"
        for i in range(plan.first, plan.first + plan.length):
            days[i].role = "decline"
        days[plan.first + plan.length].role = "recovery"
        for i in range(plan.first - 1, plan.first + plan.length + 1):
            days[i].episode = k

    _simulate(rng, days, plans)
    _smooth_natural_declines(days)

    checkins = _build_checkins(rng, days)
    entries = _build_entries(rng, days, plans)
    declines = [
        DeclineEpisode(
            start=days[p.first].day,
            end=days[p.first + p.length - 1].day,
            daily_values=tuple(float(x) for x in p.values),
            recovery_date=days[p.first + p.length].day,
            recovery_activities=scenarios[p.scenario % len(scenarios)][0],
            recovery_text=scenarios[p.scenario % len(scenarios)][2],
        )
        for p in plans
    ]
    return DemoData(first_day, end_day, entries, checkins, declines, travels)


def _simulate(rng: random.Random, days: list[_Day], plans: list[_EpisodePlan]) -> None:
    """Walk day by day: activities, sleep, latent mood, check-in times and moods."""
    ar = 0.0
    carry = 0.0  # yesterday's activities' effect on today
    sleep_debt = 0.0  # yesterday's activities' effect on last night's sleep
    scenarios = texts.RECOVERY_SCENARIOS
    for i, d in enumerate(days):
        weekday = d.day.weekday()
        season = -_SEASON_AMPLITUDE * math.cos(
            2 * math.pi * (d.day.timetuple().tm_yday - 15) / 365.25
        )
        ar = _AR_PHI * ar + rng.gauss(0.0, _AR_SIGMA)
        sleep = _SLEEP_MEAN + (0.5 if weekday >= 5 else 0.0) + sleep_debt + rng.gauss(0.0, 0.85)
        sleep = round(clamp(sleep, 3.5, 10.5) * 4) / 4
        d.latent = (
            _BASELINE + _WEEKDAY_EFFECT[weekday] + season + ar + carry
            + _SLEEP_EFFECT * (sleep - _SLEEP_MEAN)
        )  # fmt: skip
        d.activities = _pick_activities(rng, d.day, d.latent, bool(d.travel))
        d.sleep = sleep
        gap = rng.random() < (0.12 if d.travel else 0.05)
        count = 0 if gap else (1 if rng.random() < 0.45 else 2)
        if d.role != "free":
            count = 2 if d.role == "recovery" else max(count, 1)
        d.times = _checkin_times(rng, count)
        d.moods = [
            _scale(d.latent + rng.gauss(0.0, _CHECKIN_NOISE) - (0.25 if t.hour < 12 else 0.0))
            for t in d.times
        ]
        if d.role != "free":
            _force_episode_day(rng, d, i, plans[d.episode])
            if d.role == "recovery":
                ar = 0.2
        if d.role == "decline":
            d.sleep = round(clamp(_SLEEP_MEAN + 0.5 * (d.mean - _BASELINE)
                                   + rng.gauss(0.0, 0.4), 3.5, 10.5) * 4) / 4  # fmt: skip
        if d.role == "recovery":
            plan = plans[d.episode]
            extra = scenarios[plan.scenario % len(scenarios)][0]
            # Only the scenario's helpers, so "what helped" is identifiable.
            d.activities = [
                a
                for a in d.activities
                if a not in POSITIVE_ACTIVITIES and a not in _HARMFUL and a not in extra
            ] + list(extra)
        carry = sum(_NEXT_DAY_EFFECT.get(a, 0.0) for a in d.activities)
        sleep_debt = sum(_SLEEP_COST.get(a, 0.0) for a in d.activities)


def _force_episode_day(rng: random.Random, d: _Day, index: int, plan: _EpisodePlan) -> None:
    """Write in the planned values: lead-in = first value, then strictly down, then recovery."""
    if d.role == "pre":
        # A pronounced slide: at least 3 points in all, 1-2 points a day, never below 1.
        v0 = int(clamp(round(d.latent), 5, 7))
        steps = [1] * (plan.length - 1)
        total = rng.randint(max(3, len(steps)), min(v0 - 1, 2 * len(steps)))
        for k in rng.sample(range(len(steps)), total - len(steps)):
            steps[k] = 2
        values = [v0]
        for step in steps:
            values.append(values[-1] - step)
        plan.values = values
        d.moods = [v0] * len(d.moods)
    elif d.role == "decline":
        value = plan.values[index - plan.first]
        if len(d.moods) == 2 and 2 <= value <= 9 and rng.random() < 0.5:
            d.moods = [value - 1, value + 1] if rng.random() < 0.5 else [value + 1, value - 1]
        else:
            d.moods = [value] * len(d.moods)
        d.activities = [a for a in d.activities if a not in POSITIVE_ACTIVITIES and a != "date"]
        if "screen late" not in d.activities:
            d.activities.append("screen late")
    else:  # recovery: low morning, better evening after the activities
        last = plan.values[-1]
        d.moods = [min(10, last + 1), min(10, last + 2)]


def _build_checkins(rng: random.Random, days: list[_Day]) -> list[NewCheckIn]:
    """Turn simulated days into check-ins; the day's activities go on its last check-in."""
    out: list[NewCheckIn] = []
    for d in days:
        forced = d.role != "free"
        cast = Cast(rng)
        for j, (at, mood) in enumerate(zip(d.times, d.moods, strict=True)):
            first, last = j == 0, j == len(d.times) - 1
            sleep = d.sleep if first and (forced or rng.random() < 0.85) else None
            quality = None
            if sleep is not None and rng.random() < 0.8:
                quality = int(
                    clamp(round(3 + 0.8 * (sleep - _SLEEP_MEAN) + rng.gauss(0, 0.7)), 1, 5)
                )
            night = d.sleep if d.sleep is not None else _SLEEP_MEAN
            energy = _scale(
                5.5 + 0.55 * (mood - 6) + 0.6 * (night - _SLEEP_MEAN)
                + (0.6 if last and "exercise" in d.activities else 0.0) + rng.gauss(0, 1.0)
            )  # fmt: skip
            anxiety = _scale(
                4.5 - 0.6 * (mood - 6) + (0.8 if "work" in d.activities else 0.0)
                + (1.0 if d.role == "decline" else 0.0) + rng.gauss(0, 1.1)
            )  # fmt: skip
            relieved = True if d.role == "recovery" and last else None
            emotions = _emotions(rng, mood, energy, anxiety, pleasant=relieved)
            note = ""
            if rng.random() < 0.12:
                note = cast.fill(rng.choice(texts.CHECKIN_NOTES[tone_of(mood)]))
            out.append(
                NewCheckIn(
                    mood=mood,
                    energy=energy if forced or rng.random() < 0.9 else None,
                    anxiety=anxiety if forced or rng.random() < 0.85 else None,
                    sleep_hours=sleep,
                    sleep_quality=quality,
                    emotions=emotions if forced or rng.random() < 0.88 else (),
                    activities=tuple(d.activities) if last else (),
                    note=note,
                    logged_at=at_local(d.day, at, d.offset),
                    tz_offset_min=d.offset,
                )
            )
    return out


def _build_entries(
    rng: random.Random, days: list[_Day], plans: list[_EpisodePlan]
) -> list[NewEntry]:
    """About four entries a week, at varied times, about what the day held."""
    out: list[NewEntry] = []
    for i, d in enumerate(days):
        mood = d.mean if d.moods else d.latent
        tone = tone_of(mood)
        feeling = _scale(mood)
        if d.role == "recovery":
            out.append(_recovery_entry(rng, d, plans[d.episode]))
            continue
        chance = 0.7 if d.role == "decline" else 0.53
        count = (1 if rng.random() < chance else 0) + (1 if rng.random() < 0.06 else 0)
        for _ in range(count):
            moment = at_local(d.day, entry_time(rng), d.offset)
            topics = pick_topics(rng, tone, d.activities, bool(d.travel))
            emotions = _emotions(rng, feeling, feeling, _scale(11 - mood))
            extra: list[str] = []
            if d.role == "decline" and i > 0 and days[i - 1].role == "decline":
                extra.append(rng.choice(texts.DECLINE_LINES))
            voice = rng.random() < 0.06
            cast = Cast(rng)
            filler = [t for t in FILLER_TOPICS if not (d.travel and t == "work")]
            body = compose_body(
                rng,
                cast,
                tone=tone,
                topics=topics,
                emotions=emotions,
                extra=extra,
                voice=voice,
                filler=filler,
            )
            tags: list[str] = []
            if rng.random() < 0.85:
                tags.append(rng.choice(texts.TOPIC_TAGS[topics[0]]))
            if len(topics) > 1 and rng.random() < 0.4:
                tags.append(rng.choice(texts.TOPIC_TAGS[topics[1]]))
            if rng.random() < 0.15:
                tags.append(emotions[0])
            if d.travel and rng.random() < 0.5:
                tags.append(d.travel.lower())
            out.append(
                NewEntry(
                    title=entry_title(rng, cast, topics[0], tone, moment),
                    body=body,
                    tags=tuple(dict.fromkeys(tags)),
                    source=EntrySource.VOICE if voice else EntrySource.TEXT,
                    voice_duration_s=_voice_seconds(rng, body) if voice else None,
                    created_at=moment,
                    tz_offset_min=d.offset,
                )
            )
    return out


def _voice_seconds(rng: random.Random, body: str) -> float:
    """About 145 spoken words a minute, plus pauses."""
    return round(max(5.0, len(body.split()) / 2.4 + rng.uniform(2.0, 20.0)), 1)


def _recovery_entry(rng: random.Random, d: _Day, plan: _EpisodePlan) -> NewEntry:
    _activities, title, sentence, tags = texts.RECOVERY_SCENARIOS[
        plan.scenario % len(texts.RECOVERY_SCENARIOS)
    ]
    opener = rng.choice(
        ("Finally a better day.", "Something eased today.", "A turn, I think.", "Better.")
    )
    cast = Cast(rng)
    body = compose_body(
        rng,
        cast,
        tone="up",
        topics=["gratitude"],
        emotions=rng.choice((("hopeful", "calm"), ("relaxed", "grateful"), ("calm", "content"))),
        lead=(opener, sentence),
    )
    minutes = rng.randint(21 * 60 + 30, 23 * 60 + 30)
    return NewEntry(
        title=title,
        body=body,
        tags=tags,
        created_at=at_local(d.day, time(minutes // 60, minutes % 60), d.offset),
        tz_offset_min=d.offset,
    )


def create_demo_profile(
    store: ProfileStore,
    years: float,
    name: str = "Demo",
    passphrase: str = DEMO_PASSPHRASE,
    seed: int = 7,
    *,
    end: date | None = None,
) -> Session:
    """Create a profile and fill it with ``years`` of generated life. Returns it unlocked.

    The recovery key is not returned: a demo holds nothing worth recovering. If filling fails
    the half-made profile is removed, so a retry with the same name works.
    """
    data = generate(years, seed=seed, end=end)
    session, _recovery_key = store.create(name, passphrase)
    try:
        populate(session, data)
    except BaseException:
        session.close()
        store.delete(session.profile_slug)
        raise
    return session
