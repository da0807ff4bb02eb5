"""Questions that ask what does *not* help ("what doesn't help my mood?", "what makes my
anxiety worse?", "what hurts my sleep?"): answered with what goes with the measure getting
worse, never with what came before recoveries (the opposite question).

Three kinds of evidence, all from the person's own ratings:

* activities whose days differ in the *bad* direction (mood or energy lower, anxiety higher,
  the next night shorter), with their 95 % interval excluding zero (``compare``);
* what was logged on the day before the latest worse turns (mood down two points or more
  from one day to the next, anxiety up two or more, a poor night), as a plain record: what
  happened before, not a cause;
* activities whose interval crosses zero, said as "not clear yet" with their counts, so the
  answer shows what the data cannot yet say. An activity that goes with the measure getting
  *better* is never listed here.

With none of these, the answer says plainly that nothing is linked with a worse measure yet.
Pure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from neuroleaf_desktop.domain.insights.compare import compare
from neuroleaf_desktop.domain.insights.evidence import Direction, EvidenceItem
from neuroleaf_desktop.domain.insights.facts import DayFacts, fmt
from neuroleaf_desktop.domain.insights.sleep import is_poor, nights, usual_hours

MIN_DAYS: Final = 5
TURN: Final = 2.0
MAX_WORSE: Final = 3
MAX_TURNS: Final = 2
MAX_UNCLEAR: Final = 2


@dataclass(frozen=True)
class Bad:
    """A measure and the direction in which it gets worse."""

    what: str  # "Your mood"
    term: str  # "mood"
    measure: Callable[[DayFacts], float | None]
    worse: Direction  # "down" for mood, "up" for anxiety
    next_night: bool = False  # an activity is read against the night after it (sleep)


BAD: Final[dict[str, list[Bad]]] = {
    "low_mood": [Bad("Your mood", "mood", lambda f: f.mood, "down")],
    "anxiety": [Bad("Your anxiety", "anxiety", lambda f: f.anxiety, "up")],
    "sleep": [Bad("Your sleep (hours)", "sleep", lambda f: f.sleep, "down", next_night=True)],
    "stress": [
        Bad("Your mood", "mood", lambda f: f.mood, "down"),
        Bad("Your anxiety", "anxiety", lambda f: f.anxiety, "up"),
    ],
    "energy": [Bad("Your energy", "energy", lambda f: f.energy, "down")],
}


def _activities(facts: dict[date, DayFacts], day: date, bad: Bad) -> set[str]:
    """What was logged on the day a value belongs to (for sleep: the day before the night)."""
    f = facts.get(day - timedelta(days=1) if bad.next_night else day)
    return set() if f is None else f.activities


def _links(facts: dict[date, DayFacts], bad: Bad) -> tuple[list[EvidenceItem], list[EvidenceItem]]:
    """Activities clearly linked with the worse direction, and those not clear yet."""
    values = {d: v for d, f in facts.items() if (v := bad.measure(f)) is not None}
    names = sorted({a for d in values for a in _activities(facts, d, bad)})
    worse: list[tuple[float, EvidenceItem]] = []
    unclear: list[tuple[int, EvidenceItem]] = []
    on_label = "after {} days" if bad.next_night else "on {} days"
    for name in names:
        inside = sorted((d for d in values if name in _activities(facts, d, bad)), reverse=True)
        on = [values[d] for d in inside]
        off = [v for d, v in values.items() if name not in _activities(facts, d, bad)]
        if len(on) < MIN_DAYS or len(off) < MIN_DAYS:
            continue
        result = compare(bad.what, on_label.format(name), on, "on other days", off)
        if result is None or result.direction not in (bad.worse, "none"):
            continue
        days = tuple(inside[:3])
        item = EvidenceItem(0, days[0], "pattern", result.text, dates=days,
                            terms=(name, bad.term), direction=result.direction)  # fmt: skip
        if result.direction == bad.worse:
            worse.append((-abs(sum(on) / len(on) - sum(off) / len(off)), item))
        else:
            unclear.append((-len(on), item))
    worse.sort(key=lambda x: x[0])
    unclear.sort(key=lambda x: x[0])
    return [i for _k, i in worse[:MAX_WORSE]], [i for _k, i in unclear[:MAX_UNCLEAR]]


def _turns(facts: dict[date, DayFacts], bad: Bad) -> list[EvidenceItem]:
    """The latest worse turns, with what was logged the day before."""
    out: list[EvidenceItem] = []
    if bad.next_night:
        all_nights = nights(facts)
        usual = usual_hours(all_nights)
        for n in sorted(all_nights, key=lambda n: n.day, reverse=True):
            before = n.day - timedelta(days=1)
            acts = sorted(facts[before].activities) if before in facts else []
            if is_poor(n, usual) and acts:
                text = (
                    f"Before your poor night logged on {n.day.isoformat()} you had logged "
                    f"{', '.join(acts)} on {before.isoformat()}."
                )
                out.append(EvidenceItem(0, n.day, "sleep", text, dates=(n.day, before),
                                        terms=(*acts, "poor", "night", "sleep")))  # fmt: skip
            if len(out) == MAX_TURNS:
                break
        return out
    values = {d: v for d, f in facts.items() if (v := bad.measure(f)) is not None}
    days = sorted(values, reverse=True)
    for day in days:
        before = day - timedelta(days=1)
        if before not in values:
            continue
        change = values[day] - values[before]
        worse = change <= -TURN if bad.worse == "down" else change >= TURN
        acts = sorted(facts[before].activities)
        if worse and acts:
            verb = "fell" if bad.worse == "down" else "rose"
            text = (
                f"{bad.what} {verb} from {fmt(values[before])} on {before.isoformat()} to "
                f"{fmt(values[day])} on {day.isoformat()}. Logged on {before.isoformat()}: "
                f"{', '.join(acts)}."
            )
            out.append(EvidenceItem(0, day, "pattern", text, dates=(day, before),
                                    terms=(*acts, bad.term), direction=bad.worse))  # fmt: skip
        if len(out) == MAX_TURNS:
            break
    return out


def worse_evidence(facts: dict[date, DayFacts], kind: str) -> tuple[list[EvidenceItem], list[str]]:
    """What goes with the topic's measure getting worse (see the module text)."""
    worse: list[EvidenceItem] = []
    turns: list[EvidenceItem] = []
    unclear: list[EvidenceItem] = []
    for bad in BAD.get(kind, []):
        clear, open_ = _links(facts, bad)
        worse += clear
        turns += _turns(facts, bad)
        unclear += open_
    items = [*worse, *turns, *unclear]
    if not worse:
        label = " or ".join(b.term for b in BAD.get(kind, [])) or "this"
        gap = (
            f"Nothing you log is clearly linked with worse {label} yet: no activity's days "
            "differ in that direction beyond chance."
        )
        return items, [gap]
    return items, []
