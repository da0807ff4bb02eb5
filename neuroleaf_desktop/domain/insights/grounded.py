"""An answer shows only evidence about what it says it looks at, and what was asked.

Two checks, made where the topic and the evidence are put together, so that no rule of the
topic finder has to be right for the answer to be true:

1. Every evidence item is marked by its builder with what it is about (``about``: the feeling
   topic, or the subject it was built for) and, for a subject, names that subject among its
   terms. ``kept`` drops any item about something else than the topic (its subject and the
   others a comparison names); an item marked with nothing is never shown. When none is left,
   the answer is the plain gap, never another topic's items.
2. A question that names a thing, person or place in one of its grammatical slots ("after a
   Sunday at *the flea market*", "does *knitting* help") is about that thing, whatever the
   feeling words beside it say. When the person's data does not hold it, ``unheld`` gives the
   topic of that thing, whose answer says plainly that it is not there: a feeling's items would
   answer a question that was not asked ("what's my mood like after the flea market" answered
   with the person's low days). A thing the data does hold is left to the topic rules. The
   thing is read with the rules' own weighing too (``asking.SUBJECT_RX``, one list of verbs of
   effect), so a form the rules miss is not missed here by a narrower grammar of its own.
3. The same holds when the rules read an activity from another word than the thing the
   question names ("do my *crochet* evenings with a film on help", read by its film): when the
   data does not hold the thing named, ``passed_over`` answers it as not there, instead of
   showing the other activity's items. A thing the data holds is left to the rules. A reading
   whose subject names no thing at all (only the verb of a frame: "has sea kayaking calmed me
   since I *started*", read by "started") passes the thing over the same way.

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import Final

from neuroleaf_desktop.domain.insights.arbiter import holds
from neuroleaf_desktop.domain.insights.asking import FRONTED_RX
from neuroleaf_desktop.domain.insights.evidence import EvidenceItem, TopicEvidence, renumber
from neuroleaf_desktop.domain.insights.extract import (
    fronted_doing,
    kept_up,
    names_thing,
    taken_subject,
    weighed_subject,
)
from neuroleaf_desktop.domain.insights.scope import COMPARE_RX
from neuroleaf_desktop.domain.insights.story import last_question, story_ask
from neuroleaf_desktop.domain.insights.things import fronted_side
from neuroleaf_desktop.domain.insights.topic import SPLIT_KINDS, Topic

# A question asking what helps names the feeling's occasion in its slots, not a thing it weighs:
# "I'm drained after a double, what's helped me recharge", "what settles me when I'm at work".
HELPERS_ASKED_RX: Final = re.compile(
    r"\b(?:what|anything|something|whatever)\b[^?.,;]*?\b(?:help\w*|works?|worked|perk\w*"
    r"|lift\w*|gave|give\w*|got|gets?|settl\w*|calm\w*|eas(?:e|es|ed|ing)|cheer\w*|pull\w*"
    r"|bring\w*|brought|boost\w*|recharg\w*|kept|keeps?|made|makes?|do|did"
    r"|(?:tak(?:e|es|ing)|took) the edge off)\b",
    re.I,
)
# The plain sentence when the builders found items, but none about what the answer looks at.
NOT_ABOUT: Final = (
    "Nothing in your check-ins or journal is about {what} yet, so I won't show anything about "
    "something else in its place."
)


def about(items: Sequence[EvidenceItem], what: str) -> list[EvidenceItem]:
    """The items marked as being about ``what`` (a feeling topic or a subject)."""
    return [replace(item, about=what) for item in items]


def _wanted(topic: Topic) -> frozenset[str]:
    """What the topic's items may be about: its feeling, or its subject and the others it is
    compared with; nothing for a topic that is not about the person's data."""
    if topic.kind in SPLIT_KINDS:
        return frozenset({topic.kind})
    if topic.kind in ("activity", "last_time") and topic.subject:
        return frozenset({topic.subject, *(s for s, _k in topic.also)})
    return frozenset()


def _is_about(item: EvidenceItem, topic: Topic, wanted: frozenset[str]) -> bool:
    if item.about not in wanted:
        return False
    if topic.kind in SPLIT_KINDS or topic.subject_kind == "feeling":
        return True
    # an item on a subject names it: the sentence the person reads is about that subject
    return item.about in item.terms


def kept(found: TopicEvidence) -> TopicEvidence:
    """The evidence with only the items about the topic it claims; with none left of those it
    had, the plain gap in their place."""
    wanted = _wanted(found.topic)
    items = [i for i in found.items if _is_about(i, found.topic, wanted)]
    if len(items) == len(found.items):
        return found
    gaps = found.gaps
    if not items:
        what = found.topic.label if found.topic.kind != "unknown" else "this"
        gaps = (*gaps, NOT_ABOUT.format(what=what))
    return replace(found, items=tuple(renumber(items)), gaps=gaps)


def feeling_sign(topic: Topic, thing: str) -> bool:
    """Whether ``thing`` is a word the rules read as the feeling's own sign ("shattered even after
    a *lie in*" is tiredness slept off, not a thing done): that feeling is asked about."""
    signs = {word for sign in topic.matched for word in re.split(r"[\s-]+", sign.lower())}
    # (by the word the thing is named by, its last: "a big lie in", not "night shifts")
    return bool(thing.split()) and thing.lower().split()[-1] in signs


def unheld(
    topic: Topic,
    text: str,
    activities: Collection[str],
    names: Collection[str],
    written: Callable[[str], bool] | None,
    *,
    last: bool = False,
) -> Topic | None:
    """The topic of a thing, person or place the question weighs in a slot of its grammar
    (``extract.weighed_subject``: where the person is, what they did before, what is weighed;
    where they went, for a last time) when the data does not hold it and ``topic`` is a
    feeling (or the last time of one); None otherwise, and when the journal is not known
    (``written`` None). ``last``: the question asks when it last happened."""
    feeling = topic.kind in SPLIT_KINDS or topic.subject_kind == "feeling"
    if written is None:
        return None  # (with the journal unknown, nothing can be said to be missing from it)
    if not feeling:
        return passed_over(topic, text, activities, names, written, last=last)
    # a long question's story sets the scene: only its asking part weighs anything
    asking = last_question(text) or story_ask(text) or text
    if not last and HELPERS_ASKED_RX.search(asking):
        return None
    # (or a doing kept up since a time and asked after: "I've been out paddleboarding since
    # June, any change in me")
    # ... or a doing put first at length, weighed by "it" after a comma ("rolling paper strips
    # into coils for quilling, does it calm me"): the feeling after the comma is only how
    found = weighed_subject(asking, activities, last=last) or (
        None if last else kept_up(asking, activities) or fronted_doing(asking)
    )
    if found is None:
        return None
    subject, kind = found
    if feeling_sign(topic, subject):
        return None
    named = Topic("last_time" if last else "activity", subject, kind, "subject", (subject,), 1.0)
    return None if holds(named, activities, names, written) else named


def passed_over(
    topic: Topic,
    text: str,
    activities: Collection[str],
    names: Collection[str],
    written: Callable[[str], bool],
    *,
    last: bool = False,
) -> Topic | None:
    """The topic of the thing a question about an activity names in a slot of its grammar,
    when the reading took another word as its subject and the data does not hold that thing;
    None otherwise. "Do my crochet evenings with a film on help", read by its film, would show
    the person's television days for a question about crochet; "since taking up bouldering at
    the climbing centre", read by its climbing, their exercise. The slots are those ``unheld``
    reads, what was taken up or started, and the side a comparison opens with. A thing the
    data holds is left to the topic rules, and so is a reading that took the slot's thing."""
    if topic.kind not in ("activity", "last_time") or topic.subject_kind != "activity":
        return None
    if topic.subject in _COMPANY:
        return None  # whom a thing is done with is the subject by the app's convention
    asking = last_question(text) or story_ask(text) or text
    if not last and HELPERS_ASKED_RX.search(asking):
        return None
    side = fronted_side(asking) if COMPARE_RX.search(asking) else ""
    found = (
        weighed_subject(asking, activities, last=last)
        or (None if last else taken_subject(asking, activities))
        or ((side, "activity") if side else None)
    )
    if found is None:
        return None
    subject, kind = found
    taken = {topic.subject.lower(), *(s.lower() for s, _k in topic.also)}
    if subject.lower() in taken:
        return None
    word = topic.matched[0] if topic.matched else topic.subject
    # (a reading whose subject is only a frame's verb, "since I *started*", names no thing at
    # all: the thing the slot names is what is asked, wherever the verb stands)
    if not _aside(asking, word) and names_thing(topic.subject):
        return None  # the reading's word is how the thing is done ("bashing away on the drums")
    named = Topic(topic.kind, subject, kind, "subject", (subject,), 1.0)
    return None if holds(named, activities, names, written) else named


# The activities that are whom a thing is done with: "darts nights with the lads" is friends.
_COMPANY: Final = frozenset({"friends", "family"})
# Where the reading's word only stands beside the thing named: what is on in the background
# ("with a film on"), the place it is done at ("at the climbing centre").
_WITH_BEFORE: Final = re.compile(r"\bwith (?:a |an |the |my |our |some )?(?:[\w'-]+ )?$", re.I)
_AT_BEFORE: Final = re.compile(r"\b(?:at|in|to|from) (?:the|my|our|a|an|this|that) $", re.I)
_PLACE_AFTER: Final = re.compile(
    r"\s*(?:gym|club|centre|center|hall|studio|wall|pool|track|park)\b", re.I
)


def _aside(text: str, word: str) -> bool:
    """Whether every place ``word`` stands in ``text`` only sets the named thing's scene: what
    is on in its background, the place it is done at, or the other side of a comparison the
    question opens with that thing; False when the word is not found."""
    hits = list(re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I))
    compared = COMPARE_RX.search(text)
    # a thing put first is described in a break of its own before the weighing ("the Strava
    # thing, *logging runs*, is it good for me", "volunteering at parkrun, *marshalling not
    # running*, does it"); not a doing said to be done there ("the quiet carriage, *reading
    # there*, does it …"), nor where or with what it is done ("pottering *in the pine forest*")
    fronted = FRONTED_RX.search(text)
    said = fronted.span("said") if fronted is not None and fronted["said"] else None
    if said is not None and re.search(r"\bthere\b", text[said[0] : said[1]], re.I):
        said = None

    def beside(hit: re.Match[str]) -> bool:
        before = text[: hit.start()]
        if compared is not None and compared.end() <= hit.start():
            return True
        if said is not None and said[0] <= hit.start() < said[1]:
            return True
        place = _AT_BEFORE.search(before) and _PLACE_AFTER.match(text, hit.end())
        return bool(_WITH_BEFORE.search(before) or place)

    return bool(hits) and all(beside(h) for h in hits)
