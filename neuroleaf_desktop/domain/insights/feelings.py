"""Anxiety, stress / work and energy: the person's own ratings and check-in emotions.

Anxiety is "high" at 7 of 10 or more; a calmer day is one whose anxiety is at least two points
below a high day within the next two days. Stress is read from work days (the "work"
activity) and the stressed / overwhelmed emotions; energy from the energy ratings (3 of 10 or
less is "low energy"). Associations with activities are reported only when their 95 %
interval excludes zero (``compare``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Final

from neuroleaf_desktop.domain.insights.compare import compare
from neuroleaf_desktop.domain.insights.evidence import EvidenceItem
from neuroleaf_desktop.domain.insights.facts import Citation, DayFacts, fmt, median
from neuroleaf_desktop.domain.insights.recovery import NOT_HELPERS
from neuroleaf_desktop.domain.insights.sleep import is_poor, nights, usual_hours

HIGH_ANXIETY: Final = 7
CALMER_DROP: Final = 2
LOW_ENERGY: Final = 3
MIN_RATINGS: Final = 5
MIN_WORDS: Final = 3
MIN_ACTIVITY_DAYS: Final = 5
ANXIOUS_WORDS: Final = frozenset(
    {"anxious", "nervous", "worried", "panicky", "tense", "scared", "restless", "on edge"}
)
STRESS_WORDS: Final = frozenset({"stressed", "overwhelmed", "pressured", "frazzled"})

Measure = Callable[[DayFacts], float | None]


def _dates_text(days: Sequence[date]) -> str:
    return ", ".join(d.isoformat() for d in days)


def _helpful(name: str) -> bool:
    return f"activity:{name}" not in NOT_HELPERS


def activity_links(
    facts: dict[date, DayFacts], measure: Measure, what: str, limit: int = 2
) -> list[EvidenceItem]:
    """Activities whose days differ clearly (interval excluding zero) on ``measure``."""
    rated = {d: v for d, f in facts.items() if (v := measure(f)) is not None}
    names = sorted({a for d in rated for a in facts[d].activities})
    found: list[tuple[float, EvidenceItem]] = []
    for name in names:
        on = [v for d, v in rated.items() if name in facts[d].activities]
        off = [v for d, v in rated.items() if name not in facts[d].activities]
        if len(on) < MIN_ACTIVITY_DAYS or len(off) < MIN_ACTIVITY_DAYS:
            continue
        result = compare(what, f"on {name} days", on, "on other days", off)
        if result is None or result.direction == "none":
            continue
        days = tuple(sorted((d for d in rated if name in facts[d].activities), reverse=True)[:3])
        gap = abs(sum(on) / len(on) - sum(off) / len(off))
        found.append((gap, EvidenceItem(0, days[0], "pattern", result.text, dates=days,
                                        terms=(name,), direction=result.direction)))  # fmt: skip
    found.sort(key=lambda x: -x[0])
    return [item for _gap, item in found[:limit]]


# ---- anxiety ----------------------------------------------------------------------------------
def anxiety_evidence(facts: dict[date, DayFacts]) -> tuple[list[EvidenceItem], list[str]]:
    ratings = {d: a for d, f in facts.items() if (a := f.anxiety) is not None}
    words = {d: sorted(f.all_emotions & ANXIOUS_WORDS) for d, f in facts.items()}
    word_days = {d: w for d, w in words.items() if w}
    if len(ratings) < MIN_RATINGS and len(word_days) < MIN_WORDS:
        return [], [
            f"Your check-ins hold {len(ratings)} anxiety rating(s) and {len(word_days)} day(s) "
            "marked anxious or nervous: too few to see a pattern. Rate anxiety in your "
            "check-ins (and pick 'anxious' when it fits) for a couple of weeks."
        ]
    items: list[EvidenceItem] = []
    if len(ratings) >= MIN_RATINGS:
        usual = median(list(ratings.values()))
        high = sorted((d for d, a in ratings.items() if a >= HIGH_ANXIETY), reverse=True)
        text = f"You rated anxiety on {len(ratings)} days; your usual is {fmt(usual)} of 10. "
        if high:
            text += (
                f"It was {HIGH_ANXIETY} or more on {len(high)} days, the latest on "
                f"{_dates_text(high[:3])}."
            )
        else:
            text += f"It was never {HIGH_ANXIETY} or more."
        items.append(EvidenceItem(0, high[0] if high else max(ratings), "anxiety", text,
                                  dates=tuple(high[:3]), terms=("anxiety", "high"),
                                  citations=_checkins(facts, high[:3])))  # fmt: skip
    if word_days:
        latest = sorted(word_days, reverse=True)[:3]
        chosen = sorted({w for d in word_days for w in word_days[d]})
        text = (
            f"You chose {' or '.join(chosen)} in check-ins on {len(word_days)} days, the "
            f"latest on {_dates_text(latest)}."
        )
        items.append(
            EvidenceItem(
                0,
                latest[0],
                "anxiety",
                text,
                dates=tuple(latest),
                terms=tuple(chosen),
                citations=_checkins(facts, latest),
            )
        )
    items.extend(_calmer_days(facts, ratings))
    items.extend(activity_links(facts, lambda f: f.anxiety, "Your anxiety"))
    return items, []


def _checkins(facts: dict[date, DayFacts], days: Sequence[date]) -> tuple[Citation, ...]:
    return tuple(c for d in days for c in facts[d].citations() if c.kind == "checkin")


def _calmer_days(facts: dict[date, DayFacts], ratings: dict[date, int]) -> list[EvidenceItem]:
    """The latest three times a high-anxiety day was followed by a calmer one."""
    out: list[EvidenceItem] = []
    days = sorted(ratings)
    used: set[date] = set()
    for i in range(len(days) - 1, -1, -1):
        high_day = days[i]
        if ratings[high_day] < HIGH_ANXIETY:
            continue
        for later in days[i + 1 :]:
            if (later - high_day).days > 2:
                break
            if ratings[later] <= ratings[high_day] - CALMER_DROP and later not in used:
                used.add(later)
                acts = sorted(a for a in facts[later].activities if _helpful(a))
                text = (
                    f"Your anxiety fell from {ratings[high_day]} on {high_day.isoformat()} to "
                    f"{ratings[later]} on {later.isoformat()}."
                )
                if acts:
                    text += f" Logged on {later.isoformat()}: {', '.join(acts)}."
                out.append(EvidenceItem(0, later, "anxiety", text, dates=(later, high_day),
                                        terms=(*acts, "anxiety"), direction="down",
                                        citations=tuple(facts[later].citations())))  # fmt: skip
                break
        if len(out) == 3:
            break
    return out


# ---- stress and work --------------------------------------------------------------------------
def stress_evidence(facts: dict[date, DayFacts]) -> tuple[list[EvidenceItem], list[str]]:
    work_days = [d for d, f in facts.items() if "work" in f.activities]
    stressed = {d: sorted(f.all_emotions & STRESS_WORDS) for d, f in facts.items()}
    stressed = {d: w for d, w in stressed.items() if w}
    if len(work_days) < MIN_ACTIVITY_DAYS and len(stressed) < MIN_WORDS:
        return [], [
            f"Your check-ins mark {len(work_days)} day(s) as work and {len(stressed)} as "
            "stressed or overwhelmed: too few to say anything about stress. Add 'work' as an "
            "activity and 'stressed' as an emotion on the days they apply."
        ]
    items: list[EvidenceItem] = []
    if stressed:
        latest = sorted(stressed, reverse=True)[:3]
        chosen = sorted({w for ws in stressed.values() for w in ws})
        on_work = sum(1 for d in stressed if d in set(work_days))
        text = (
            f"You chose {' or '.join(chosen)} on {len(stressed)} days, the latest on "
            f"{_dates_text(latest)}; {on_work} of them were work days."
        )
        items.append(
            EvidenceItem(
                0,
                latest[0],
                "stress",
                text,
                dates=tuple(latest),
                terms=(*chosen, "work"),
                citations=_checkins(facts, latest),
            )
        )
    measures: list[tuple[Measure, str]] = [
        (lambda f: f.mood, "Your mood"),
        (lambda f: f.anxiety, "Your anxiety"),
    ]
    for measure, what in measures:
        values = {d: v for d, f in facts.items() if (v := measure(f)) is not None}
        on = [v for d, v in values.items() if "work" in facts[d].activities]
        off = [v for d, v in values.items() if "work" not in facts[d].activities]
        result = compare(what, "on work days", on, "on other days", off)
        if result is not None:
            recent = tuple(sorted(work_days, reverse=True)[:3])
            items.append(
                EvidenceItem(
                    0,
                    recent[0],
                    "stress",
                    result.text,
                    dates=recent,
                    terms=("work",),
                    direction=result.direction,
                )
            )
    if not items:
        return [], ["Too few rated work days to compare yet; keep logging 'work' in check-ins."]
    return items, []


# ---- energy -----------------------------------------------------------------------------------
def energy_evidence(facts: dict[date, DayFacts]) -> tuple[list[EvidenceItem], list[str]]:
    ratings = {d: e for d, f in facts.items() if (e := f.energy) is not None}
    if len(ratings) < MIN_RATINGS:
        return [], [
            f"Your check-ins hold {len(ratings)} energy rating(s): too few to see a pattern. "
            "Rate your energy in check-ins for a couple of weeks."
        ]
    usual = median(list(ratings.values()))
    low = sorted((d for d, e in ratings.items() if e <= LOW_ENERGY), reverse=True)
    text = f"You rated energy on {len(ratings)} days; your usual is {fmt(usual)} of 10. "
    if low:
        text += (
            f"It was {LOW_ENERGY} or less on {len(low)} days, the latest on {_dates_text(low[:3])}."
        )
    else:
        text += f"It was never {LOW_ENERGY} or less."
    items = [EvidenceItem(0, low[0] if low else max(ratings), "energy", text,
                          dates=tuple(low[:3]), terms=("energy", "low"),
                          citations=_checkins(facts, low[:3]))]  # fmt: skip
    all_nights = nights(facts)
    usual_sleep = usual_hours(all_nights)
    if usual_sleep is not None:
        poor = {n.day for n in all_nights if is_poor(n, usual_sleep)}
        after_poor = [e for d, e in ratings.items() if d in poor]
        other = [e for d, e in ratings.items() if d not in poor and facts[d].sleep is not None]
        result = compare("Your energy", "on days after a poor night", after_poor,
                         "after your other nights", other)  # fmt: skip
        if result is not None:
            recent = tuple(sorted(poor, reverse=True)[:3])
            items.append(EvidenceItem(0, recent[0], "energy", result.text, dates=recent,
                                      terms=("energy", "poor", "night"),
                                      direction=result.direction))  # fmt: skip
    items.extend(activity_links(facts, lambda f: f.energy, "Your energy"))
    return items, []
