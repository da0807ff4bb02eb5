"""An activity a question names only in passing: not what it asks about.

Met in the story before a question about a feeling, named only as the people someone pulls
away from or what the ask sets aside, or only as what something is likened to: the activity
sets the scene, and the feeling (or the thing weighed) is what the rules should read.

Pure.
"""

from __future__ import annotations

import re
from typing import Final

from neuroleaf_desktop.domain.insights.asking import EXCLUDED_RX
from neuroleaf_desktop.domain.insights.clauses import stated_cause
from neuroleaf_desktop.domain.insights.feeling_signs import (
    DEMAND_RX,
    LOADED_WITH_RX,
    PILED_ON_RX,
    PULLED_BETWEEN_RX,
    QUARREL_RX,
    STACKED_RX,
    WITHDRAWAL_RX,
    WORRIED_OVER_RX,
)
from neuroleaf_desktop.domain.insights.feeling_words import FEELING_RX
from neuroleaf_desktop.domain.insights.grounded import HELPERS_ASKED_RX
from neuroleaf_desktop.domain.insights.owned_events import only_owners
from neuroleaf_desktop.domain.insights.polarity_words import POSITIVE_RX
from neuroleaf_desktop.domain.insights.story import PRONOUN_ASK_RX, story_ask
from neuroleaf_desktop.domain.insights.things import likened
from neuroleaf_desktop.domain.insights.vocabulary import ACTIVITY_SYNONYMS, activity_pattern

# What sets a feeling off, told as something that happens to the person: "every time *the
# family group chat* pings", "whenever *my phone* buzzes" (not "every time *I*'m in London",
# where the person goes somewhere and the place is weighed).
_TRIGGER_RX: Final = re.compile(
    r"\b(?:every ?time|whenever|each time|any ?time|as soon as) (?:the|my|a|an|our|that|this)\b"
    r"[^,;:.?!]*",
    re.I,
)
# A mood weighed, compared or checked as a pattern is asked of the occasion: "am I happier every
# time the family comes round", "am I more on edge whenever the in-laws visit", "do I get
# tearful whenever my folks phone".
_COMPARED_RX: Final = re.compile(
    r"\b(?:more|less|better|worse)\b|^\s*(?:do|does|did|am|is|are|was|were|have|has)\b", re.I
)


def aside(text: str, activity: tuple[str, str] | None) -> bool:
    """Whether the activity is named only in passing (scenery, withdrawal, an image, what
    another doing is had over)."""
    if _scenery(text, activity) or _withdrawn(text, activity) or _image(text, activity):
        return True
    if activity is not None and only_owners(text, activity_pattern(activity[0]).finditer(text)):
        return True  # whose thing befell it: "since Dad's shop closed"
    if _trigger(text, activity) or _had_over(text, activity) or _worried_over(text, activity):
        return True
    if _remedy_sought(text, activity):
        return True
    return _quarrelled(text, activity) or _served(text, activity)


def _quarrelled(text: str, activity: tuple[str, str] | None) -> bool:
    """An activity named only as the other side of a quarrel ("after a row with my sister am I
    more nervous"), with a feeling named outside it: a row is no time spent with them, so the
    feeling is what is asked."""
    if activity is None:
        return False
    spans = [(m.start(), m.end()) for m in QUARREL_RX.finditer(text)]
    hits = list(activity_pattern(activity[0]).finditer(text))
    if not spans or not hits or not all(any(a <= h.start() < b for a, b in spans) for h in hits):
        return False
    feelings = [f for rx in FEELING_RX.values() for f in rx.finditer(text)]
    return any(not any(a <= f.start() < b for a, b in spans) for f in feelings)


def _worried_over(text: str, activity: tuple[str, str] | None) -> bool:
    """An activity named only as what the person worries about ("does worrying about my son's
    exams cut into my sleep"): the feeling or the sleep it touches is asked, not the doing."""
    if activity is None:
        return False
    spans = [(m.start(), m.end()) for m in WORRIED_OVER_RX.finditer(text)]
    hits = list(activity_pattern(activity[0]).finditer(text))
    return bool(spans and hits) and all(any(a <= h.start() < b for a, b in spans) for h in hits)


# What a doing is had over, said after it: "writing morning pages *over coffee*", "the
# crossword *over a cuppa*", "a chat *over breakfast*".
_OVER_RX: Final = re.compile(
    r"\bover (?:a |an |my |the |some |our |his |her |their )?(?:(?:first|morning|early|quick"
    r"|hot|cold|big|long|lazy|sunday|saturday) )?[\w'-]+\b",
    re.I,
)


def _had_over(text: str, activity: tuple[str, str] | None) -> bool:
    """An activity named only as what another doing is had over ("writing morning pages over
    coffee, worth it?"): the doing named before it is asked about. Only when a default
    activity's words are said before that "over": alone ("a chat over coffee") it is still
    what the question names."""
    if activity is None:
        return False
    spans = [(m.start(), m.end()) for m in _OVER_RX.finditer(text)]
    hits = list(activity_pattern(activity[0]).finditer(text))
    if not spans or not hits or not all(any(a <= h.start() < b for a, b in spans) for h in hits):
        return False
    before = text[: spans[0][0]]
    others = (n for n in ACTIVITY_SYNONYMS if n != activity[0])
    return any(activity_pattern(n).search(before) for n in others)


def _scenery(text: str, activity: tuple[str, str] | None) -> bool:
    """An activity met in the story of a long question whose asking part is about a feeling
    ("my partner's in hospital … every time the phone rings, what has helped me calm that
    down?"): it sets the scene, the feeling is what is asked about."""
    if activity is None:
        return False
    at = activity_pattern(activity[0]).search(text)
    if at is not None and stated_cause(text, at.start(), FEELING_RX.values()):
        return True
    asked = story_ask(text)
    if asked is None:
        return False
    # any word of the activity counts: "scrolling" in the story, "that phone habit" asked
    named = activity_pattern(activity[0]).search(asked) or re.search(
        rf"\b{re.escape(activity[1])}\b", asked, re.I
    )
    return named is None


def _withdrawn(text: str, activity: tuple[str, str] | None) -> bool:
    """An activity named only as the people someone pulls away from ("I've stopped answering my
    friends, what pulled me out of that"): a sign of low mood, not what is asked about; or
    only where the ask sets it aside ("what helped that wasn't just more caffeine"), or only as
    the demands the person is pulled at or between, that pile up on them together, or that
    they are snowed under with."""
    if activity is None:
        return False
    found = [*WITHDRAWAL_RX.finditer(text), *EXCLUDED_RX.finditer(text), *DEMAND_RX.finditer(text)]
    found += [*PULLED_BETWEEN_RX.finditer(text), *PILED_ON_RX.finditer(text)]
    found += [*LOADED_WITH_RX.finditer(text), *STACKED_RX.finditer(text)]
    spans = [(m.start(), m.end()) for m in found]
    hits = list(activity_pattern(activity[0]).finditer(text))
    return bool(spans) and all(any(a <= h.start() < b for a, b in spans) for h in hits)


def _image(text: str, activity: tuple[str, str] | None) -> bool:
    """An activity named only as what something is likened to ("my chest feels like a drum")."""
    if activity is None:
        return False
    hits = list(activity_pattern(activity[0]).finditer(text))
    return bool(hits) and all(likened(text, h.start()) for h in hits)


def _trigger(text: str, activity: tuple[str, str] | None) -> bool:
    """An activity named only in what sets off a feeling the question names outside it ("why
    does my chest go fizzy every time the family group chat pings"): the feeling is asked."""
    if activity is None:
        return False
    spans = [(m.start(), m.end()) for m in _TRIGGER_RX.finditer(text)]
    hits = list(activity_pattern(activity[0]).finditer(text))
    if not spans or not hits or POSITIVE_RX.search(text) or _COMPARED_RX.search(text):
        return False
    inside = all(any(a <= h.start() < b for a, b in spans) for h in hits)
    feelings = [f for rx in FEELING_RX.values() for f in rx.finditer(text)]
    told = any(not any(a <= f.start() < b for a, b in spans) for f in feelings)
    return inside and told


# Volunteering at an event or a place named by what others do there, and what the volunteer
# does instead of it: "volunteering *at parkrun*", "volunteering at the yoga retreat", "*not
# running*".
_SERVED_AT_RX: Final = re.compile(
    r"\bvolunteer\w*\s+(?:at|for|with)\s+(?:the |a |my |our |this )?"
    r"(?:[\w'-]+ ){0,2}$",
    re.I,
)
_NOT_DOING_RX: Final = re.compile(r"\b(?:not|rather than|instead of)\s+$", re.I)


def _served(text: str, activity: tuple[str, str] | None) -> bool:
    """An activity named only as the event or place someone volunteers at ("volunteering at
    parkrun, marshalling not running"): the volunteering is weighed, not the sport."""
    if activity is None:
        return False
    hits = list(activity_pattern(activity[0]).finditer(text))
    served = [bool(_SERVED_AT_RX.search(text[: h.start()])) for h in hits]
    negated = [bool(_NOT_DOING_RX.search(text[: h.start()])) for h in hits]
    return any(served) and all(a or b for a, b in zip(served, negated, strict=True))


# A case told first, closed by a comma: "if the neighbours' telly keeps you up, …", "when my
# partner's gaming keeps me awake, …", "whenever the kids' cartoons wind me up, …".
_CASE_RX: Final = re.compile(
    r"^\s*(?:if|when|whenever|every ?time|each time|any ?time|on nights|on days)\b"
    r"(?P<case>[^,;:.?!]*)[,;:]\s*(?P<ask>.*)$",
    re.I,
)
# ... then a remedy asked for it: "what's worth trying", "what helps", "any tips", "how do I cope"
_REMEDY_RX: Final = re.compile(
    r"\bworth (?:a )?(?:try|trying|a go|a shot|doing)\b|\bany (?:tips|ideas|advice|suggestions)\b"
    r"|\bhow (?:do|can|should|would) (?:i|you|we) (?:cope|deal|handle|manage|get through|stop|fix"
    r"|sort)\b",
    re.I,
)
# ... never a doing of the person's own weighed after it: "if I skip the gym, do I sleep worse"
_WEIGHED_AFTER_RX: Final = re.compile(
    r"^(?:(?:so|and|then)\s+)?(?:do|does|did|am|is|are|was|were|has|have|will|would) "
    r"(?:i|it|that|this|they|those)\b",
    re.I,
)


def _remedy_sought(text: str, activity: tuple[str, str] | None) -> bool:
    """An activity named only in a case told first that names a feeling, and a remedy then
    asked for it ("if the neighbours' telly keeps you up, what's worth trying"): the telly is
    how the night goes wrong, the night is what help is asked for."""
    if activity is None or (m := _CASE_RX.match(text)) is None:
        return False
    case, ask = m["case"], m["ask"]
    if not any(rx.search(case) for rx in FEELING_RX.values()):
        return False
    if activity_pattern(activity[0]).search(ask) or _WEIGHED_AFTER_RX.search(ask):
        return False
    if PRONOUN_ASK_RX.search(ask):
        return False
    return bool(HELPERS_ASKED_RX.search(ask) or _REMEDY_RX.search(ask))
