"""What part of the data a question asks about: a time window, or times it compares.

The evidence must answer the question asked, not a nearby one. So a question's scope is read
and either honoured or named as a limit, in the answer and in "Looking at: …":

* a **window** the calendar can place ("last month", "over the past two weeks", "this
  winter", "in october", "since the summer", "this year") limits the evidence to those days
  (with too little data there, the answer says so and borrows nothing from other days);
* a window only the person knows ("since I started the new job", "since the move") cannot be
  placed: the answer says it looks at all the data, not only that time;
* **days of the week singled out** (Mondays, "every friday", weekends vs weeknights): a
  feeling topic's measure on those days is compared with the other days (``weekdays``);
* **other times singled out** (mornings, evenings, winter or summer compared): the evidence
  holds one value per day and is not split by time of day or season, so the answer says it
  is the topic overall, not that comparison ("days off" are not among them: the evidence
  compares work days with the other days).

"Lately", "recently" and "these days" are left as they are: the evidence lists the latest
days first anyway. Pure: ``today`` is passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

MONTHS: Final = ("january", "february", "march", "april", "may", "june", "july", "august",
                 "september", "october", "november", "december")  # fmt: skip
SEASONS: Final[dict[str, tuple[int, int, int]]] = {  # first month, months long
    "winter": (12, 3, 0), "spring": (3, 3, 0), "summer": (6, 3, 0), "autumn": (9, 3, 0),
    "fall": (9, 3, 0),
}  # fmt: skip
_UNITS: Final = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30,
                 "year": 365, "years": 365}  # fmt: skip
_NUMBERS: Final = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                   "couple of": 2, "few": 3}  # fmt: skip

_ROLLING_RX: Final = re.compile(
    r"\b(?:(?:over |in |during )?the |these )?(?:past|last)\s+(?:(?P<n>\d+|a|one|two|three|four"
    r"|five|six|couple of|few)\s+)?(?P<unit>days?|weeks?|months?|years?)\b",
    re.I,
)
_CALENDAR_RX: Final = re.compile(r"\b(?P<which>this|last)\s+(?P<unit>week|month|year)\b", re.I)
_SEASON_RX: Final = re.compile(
    r"\b(?P<prep>this|last|in(?: the)?|during(?: the)?|since(?: the)?|over(?: the)?)\s+"
    r"(?P<season>winter|spring|summer|autumn|fall)\b",
    re.I,
)
_MONTH_RX: Final = re.compile(
    rf"\b(?P<prep>in|during|since|this|last)\s+(?P<m>{'|'.join(MONTHS)})\b", re.I
)
_CHRISTMAS_RX: Final = re.compile(r"\bsince (?:christmas|xmas|new year)\b", re.I)
# "since I started the new job", "since the move": a start only the person knows.
_ANCHOR_RX: Final = re.compile(
    r"\bsince\s+(?P<what>(?:i|we|my|the|our|he|she|they)\b[^,.;?!]{2,40}?)(?=\s*(?:[,.;?!]|$"
    r"|\b(?:have|has|am|is|was|did|do|what|how|and)\b))",
    re.I,
)
# Times a question compares or singles out: the evidence is not split by them.
_TIMES_RX: Final = re.compile(
    r"\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?"
    r"|weekdays?|weeknights?|mornings?|afternoons?|evenings?"
    r"|winter|spring|summer|autumn)\b",
    re.I,
)


@dataclass(frozen=True)
class Window:
    words: str  # as the question says it
    start: date | None = None  # None: a start only the person knows
    end: date | None = None

    @property
    def placed(self) -> bool:
        return self.start is not None and self.end is not None


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _season(name: str, today: date, *, last: bool) -> tuple[date, date]:
    """The season now under way, or the latest that has begun (``last``: the one before)."""
    first, length, _ = SEASONS[name]
    year = today.year if today.month >= first else today.year - 1
    start = date(year, first, 1)
    end = _add_months(start, length) - timedelta(days=1)
    if last and end >= today:
        start, end = date(year - 1, first, 1), _add_months(date(year - 1, first, 1), length)
        end -= timedelta(days=1)
    return start, min(end, today)


# A number said as a rough count, not a second side: "a poem or two from an anthology", "a pint
# or two in the beer garden", "a week or so", and a range between two numbers ("three or four
# downward dogs"); a number with its own thing after it is a side ("an hour of yoga or two hours
# of gaming").
_COUNTED: Final = ("one", "two", "three", "four", "five", "six", "[1-9]")
_ROUGH_COUNT: Final = (
    # (not a number between two numbers)
    r"(?:"
    + "".join(f"(?<!\\b{n} )" for n in _COUNTED)
    + r"or|or(?!\s+(?:"
    + "|".join(_COUNTED)
    + r")\b))"
    # (nor a number or "so" closing a phrase)
    + r"(?!\s+(?:so|"
    + "|".join(_COUNTED)
    + r")\b(?=\s*(?:[,.;:?!]|$|(?:from|of|in|on|at|with|when|before|after|a|an|the|each|every"
    r"|once|is|are|does|do|did|has|have|and|but|to|till|until|this|that|while|over|during|by"
    r"|into|i|my|me|it)\b)))"
)

COMPARE_RX: Final = re.compile(
    # (an "or not" closing the question is a tag of a yes-or-no, no second side: "board game
    # nights with my pals, good for me or not")
    r"\b(?:" + _ROUGH_COUNT + r"(?!\s+(?:not|what|no)\s*[?.!]*\s*$)|than|vs\.?|versus"
    r"|compared (?:to|with)"
    r"|difference between|rather than|as opposed to)\b"
    # one thing set against another and asked which: "an hour of ikebana against a pedal along
    # the cycle path, which one calms me more" (not a thing that helps against a feeling:
    # "does yoga help against anxiety")
    r"|\b(?:up |set |weighed |pitted |measured )?against\b(?=[^?]*\bwhich\b)"
    # one thing weighed as beating another: "does curling beat the gym for my mood" (not what
    # beats a feeling, nor a heart's beat: "does a walk beat the blues", "my heart beats fast")
    r"|^(?=\s*(?:does|do|did|would|will|can)\b)[^?,;]*?\b(?:beats?|outdo(?:es)?|trumps?)\b"
    r"(?= (?!(?:the |my |a )?(?:blues|boredom|stress|anxiety|insomnia|nerves|dread|slump"
    r"|fear|it|that|this)\b)[\w'-])",
    re.I,
)


_ROLLING_STARTS: Final = ("over", "in ", "during", "the", "these", "past")


def _rolling(question: str, today: date) -> Window | None:
    """ "The past two weeks", "the last month", "past 10 days" (not "last month": that is a
    calendar month)."""
    m = _ROLLING_RX.search(question)
    if m is None:
        return None
    if not m["n"] and not m[0].lower().startswith(_ROLLING_STARTS):
        return None
    count = m["n"] or "a"
    n = int(count) if count.isdigit() else _NUMBERS[count.lower()]
    return Window(m[0].strip(), today - timedelta(days=n * _UNITS[m["unit"].lower()] - 1), today)


def find_window(question: str, today: date) -> Window | None:
    """The window the question limits itself to, if any (see the module text). Two times
    compared ("in winter or summer") are a comparison, not a window."""
    times = {m[0].lower() for m in _TIMES_RX.finditer(question)}
    if COMPARE_RX.search(question) and len(times) > 1:
        return None
    if rolling := _rolling(question, today):
        return rolling
    if m := _CALENDAR_RX.search(question):
        unit, this = m["unit"].lower(), m["which"].lower() == "this"
        if unit == "week":
            monday = today - timedelta(days=today.weekday())
            start = monday if this else monday - timedelta(days=7)
            return Window(m[0], start, today if this else start + timedelta(days=6))
        if unit == "month":
            first = _month_start(today)
            if this:
                return Window(m[0], first, today)
            return Window(m[0], _add_months(first, -1), first - timedelta(days=1))
        year = today.year if this else today.year - 1
        return Window(m[0], date(year, 1, 1), today if this else date(year, 12, 31))
    if m := _SEASON_RX.search(question):
        prep = m["prep"].lower()
        start, end = _season(m["season"].lower(), today, last=prep == "last")
        return Window(m[0], start, today if prep.startswith("since") else end)
    if m := _MONTH_RX.search(question):
        number = MONTHS.index(m["m"].lower()) + 1
        year = today.year if number <= today.month else today.year - 1
        if m["prep"].lower() == "last" and number == today.month:
            year -= 1
        start = date(year, number, 1)
        end = today if m["prep"].lower() == "since" else _add_months(start, 1) - timedelta(days=1)
        return Window(m[0], start, min(end, today))
    if m := _CHRISTMAS_RX.search(question):
        word = m[0].lower()
        start = date(today.year, 1, 1) if "new year" in word else date(today.year - 1, 12, 25)
        if "new year" not in word and today >= date(today.year, 12, 25):
            start = date(today.year, 12, 25)
        return Window(m[0], start, today)
    if m := _ANCHOR_RX.search(question):
        return Window(f"since {m['what'].strip()}")
    return None


# Days of the week a question singles out: ``weekdays`` compares them with the other days.
DAY_RX: Final = re.compile(
    r"\b(?P<d>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b"
    r"|\b(?P<g>weekends?|weekdays?|weeknights?)\b",
    re.I,
)


def day_times(times: str) -> str:
    """The singled-out times that are days of the week ("mondays", "weekends")."""
    return " or ".join(p for p in times.split(" or ") if DAY_RX.fullmatch(p))


def other_times(times: str) -> str:
    """The singled-out times that are not days of the week ("mornings", "winter")."""
    return " or ".join(p for p in times.split(" or ") if p and not DAY_RX.fullmatch(p))


def singled_out_times(question: str, window: Window | None) -> str:
    """The times a question compares or singles out ("weekends or weekdays"), outside a
    window's own words, as the question writes them."""
    rest = question.replace(window.words, " ") if window is not None else question
    found = list(dict.fromkeys(m[0].lower() for m in _TIMES_RX.finditer(rest)))
    return " or ".join(found)


def window_label(window: Window) -> str:
    """How "Looking at: …" names the days read."""
    if window.start is None or window.end is None:
        return f"all your data, not only {window.words}"
    return f"{window.words} ({window.start.isoformat()} to {window.end.isoformat()})"


def window_limit(window: Window) -> str:
    """The sentence the answer starts with: which days it reads, plainly."""
    if window.start is None or window.end is None:
        return (
            f'You asked about "{window.words}". I can\'t limit the evidence to that time, so '
            "this looks at all your data, not only that time."
        )
    return (
        f"This looks only at {window.words}: {window.start.isoformat()} to "
        f"{window.end.isoformat()}."
    )


def times_limit(times: str, label: str, *, days_split: bool = False) -> str:
    """Times the evidence cannot split by (the days of the week, when also named, are)."""
    if days_split:
        return (
            f"You asked about {times}. I can't split your data by time of day or season yet, "
            f"so {times} is not compared."
        )
    return (
        f"You asked about {times}. I can't split your data by time of day or season yet, so "
        f"this is your {label} on all days, not that comparison."
    )


def empty_window(window: Window) -> str:
    """The whole answer when the window holds no data: nothing borrowed from other days."""
    assert window.start is not None and window.end is not None
    return (
        f"You have no check-ins or entries from {window.words} ({window.start.isoformat()} to "
        f"{window.end.isoformat()}), so I can't say anything about that time. Ask without a "
        "time to look at all your data."
    )
