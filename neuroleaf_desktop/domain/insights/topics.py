"""What a question is about: a topic, found by keywords and (optionally) meaning.

The method is deliberately transparent, and the person sees its result ("Looking at: sleep"):

1. "When did I last …" (also "when's the last time", "how long since", "last time I went
   running?") is about a *last time*: of a person or place, an activity, a feeling (its bad
   form, or its good one: "when did I last sleep well?"), or a thing the data does not hold.
2. A person or place the journal names, in any casing ("Sam", "seeing priya", "New York"),
   makes the question about *that*; it is more specific than an activity ("my runs with Sam"
   is about Sam; so is a name the journal lacks where a person is met or spoken to, "the days
   I talk to Kemi and go swimming", or that a weighed phrase is done with, "do calls with
   Priya help"). Then a logged activity ("walking", "the gym" → exercise). Their evidence
   covers mood, sleep and anxiety together. A class or discipline of a default activity
   ("pilates" for exercise) is that activity only when the person's journal names it;
   otherwise it is a thing the journal does not hold (3.). In a long question that tells a
   story and asks about a feeling at its end, an activity met only in the story sets the
   scene ("… every time the phone rings, what helped me calm that down?" asks about anxiety;
   so does a general ask after a story naming a feeling: "… what perks me up").
3. A capitalised name the data does not hold ("Does Paris cheer me up?") or a thing a
   question weighs that no rule knows ("does knitting help me?") is still the subject: its
   answer says plainly that the journal does not mention it, instead of borrowing another
   topic's evidence. A thing of two or three words ("am I calmer after *tai chi*", "*hot
   yoga*") is more specific than the activity one of its words names, unless the person
   logs that very phrase; a feeling topic asked the other way round ("what doesn't help",
   "what makes it worse") is marked ``worse``.
4. Otherwise keyword patterns (``vocabulary``) score each feeling topic (anxiety, sleep,
   stress / work, energy, low mood); the feeling a verb of effect acts on ("what helps *my
   sleep* when I'm anxious", "does anxiety *make it harder to* sleep") scores one more, so
   the topic asked about wins; a feeling named only as the condition ("am I more irritable
   *when I'm tired*?") counts half when another one is asked after (``clauses``); ties go
   to the more specific topic. Generic words ("helped", "better") count half, for "What helped last
   time?", and only when no feeling is named; work words count half, so a named feeling wins
   over them.
5. With no keyword at all, only for a question about the person ("I", "me", "my"), the
   question is compared with a few lines describing each topic (``described``): by meaning
   when a sentence embedder is available (cosine similarity, the closest line if similar
   enough), else by the image words of the lines ("I've been *snapping* at everyone" → low
   mood); with neither the topic is *unknown* ("what's the weather?") and nothing is guessed.

Pure: the similarity function is passed in (the service wraps MiniLM).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Final, Literal

from neuroleaf_desktop.domain.insights import arbiter
from neuroleaf_desktop.domain.insights.app_questions import about_app
from neuroleaf_desktop.domain.insights.arbiter import CHOSEN, Learned, Policy, decide, holds
from neuroleaf_desktop.domain.insights.asides import aside
from neuroleaf_desktop.domain.insights.asking import (
    ABOUT_ME,
    GENERAL_RX,
    GREETING_RX,
    LAST_THING_RX,
    REQUEST_RX,
    SOURCE_RX,
    SUBJECT_RX,
    WEIGHED_RX,
    is_last_time,
)
from neuroleaf_desktop.domain.insights.compared import (
    TOPIC_ACTIVITIES,
    Written,
    compared_subjects,
    doing_kind,
    unwritten_kind,
)
from neuroleaf_desktop.domain.insights.described import (
    DESCRIPTIONS as DESCRIPTIONS,  # re-exported
)
from neuroleaf_desktop.domain.insights.described import (
    SIMILARITY_THRESHOLD as SIMILARITY_THRESHOLD,  # re-exported
)
from neuroleaf_desktop.domain.insights.described import Similarity as Similarity  # re-exported
from neuroleaf_desktop.domain.insights.described import by_meaning, by_words
from neuroleaf_desktop.domain.insights.extract import (
    fronted_pursuit,
    kept_up,
    person_in,
    subject_in,
    taken_up,
    weighed_at_length,
)
from neuroleaf_desktop.domain.insights.feeling_score import (
    best_feeling,
    feeling_scores,
    measure_only,
)
from neuroleaf_desktop.domain.insights.feeling_words import FEELING_RX
from neuroleaf_desktop.domain.insights.grounded import HELPERS_ASKED_RX, feeling_sign, unheld
from neuroleaf_desktop.domain.insights.hobby_tools import tool_doing, tools_in
from neuroleaf_desktop.domain.insights.named_activity import find_activity
from neuroleaf_desktop.domain.insights.names import (
    absent_names,
    company_rx,
    named_after_title,
    people_at_slot,
    role_told,
    titled_contact,
)
from neuroleaf_desktop.domain.insights.names import names_in as names_in  # re-exported
from neuroleaf_desktop.domain.insights.owned_events import owner_in_event
from neuroleaf_desktop.domain.insights.polarity_words import NEGATIVE_RX, POSITIVE_RX, asks_worse
from neuroleaf_desktop.domain.insights.pursuits import pursuit_named
from neuroleaf_desktop.domain.insights.recency import PEAK_ASK_RX, RECENT_THING_RX
from neuroleaf_desktop.domain.insights.scope import (
    COMPARE_RX,
    find_window,
    singled_out_times,
)
from neuroleaf_desktop.domain.insights.shared_meals import meal_with
from neuroleaf_desktop.domain.insights.sport_roles import role_at
from neuroleaf_desktop.domain.insights.story import (
    PRONOUN_ASK_RX,
    last_question,
    points_back,
    story_ask,
)
from neuroleaf_desktop.domain.insights.things import (
    bare,
    thing_after,
    unframed,
)
from neuroleaf_desktop.domain.insights.told_things import (
    last_verb,
    on_days,
    place_at_end,
    told_doing,
    whole_name,
)
from neuroleaf_desktop.domain.insights.topic import LABELS as LABELS  # re-exported
from neuroleaf_desktop.domain.insights.topic import SPLIT_KINDS, Topic, TopicKind
from neuroleaf_desktop.domain.insights.topic import Method as Method  # re-exported
from neuroleaf_desktop.domain.insights.vocabulary import (
    KNOWN_WORDS,
    WORK_RX,
)
from neuroleaf_desktop.domain.insights.weighed_things import (
    as_company,
    company_of,
    new_thing,
    taken_up_at,
    weighed_phrase,
    weighed_thing,
)
from neuroleaf_desktop.domain.insights.wording import repaired

_YOU_RX: Final = re.compile(r"\b(?:you|your|you're|youre)\b", re.I)
# A state told of a generic "you", then asked what helps it: "when you keep imagining every
# disaster that could happen to your kids, what's worked", "when you're all pins and needles,
# what usually settles you" (the person asking about themselves).
_WHEN_YOU_RX: Final = re.compile(
    r"^\s*(?:when|whenever|if) (?:you|you're|youre|you've)\b[^,;?]*[,;]\s*", re.I
)
# What an unknown topic matched when the question is about the app or the world.
WORLD: Final = "the app or the world"


# Time with a person the ask points back to: "seeing him", "a call with her", "visiting them"
# (the person told before the ask; "she's stressing me out" makes them the trouble, not company).
_TOLD_BACK_RX: Final = re.compile(
    r"\b(?:see\w*|saw|seen|visit\w*|call\w*|ring\w*|rang|phon\w*|text\w*|meet\w*|met"
    r"|(?:talk\w*|speak\w*|spoke|chat\w*) (?:to|with)|hear\w* from|heard from|with)"
    r" (?:him|her|them)\b",
    re.I,
)


def _thing_topic(kind: TopicKind, thing: str) -> Topic:
    """A thing named but not in the data: a capitalised one is a name ("Paris"); the frame it
    is taken in is not part of it ("the pottery course" → pottery)."""
    # "the watercolour set" is painting, and "ringing handbells" bell ringing, however framed
    thing = tool_doing(thing) or tool_doing(bare(thing)) or bare(thing)
    subject_kind: Literal["activity", "name"] = "name" if thing[:1].isupper() else "activity"
    return Topic(kind, thing, subject_kind, "subject", (thing,), 1.0)


def _about_person(text: str) -> bool:
    """About the person: "I", "me", "my", or a generic "you" with a feeling ("how do you stop
    feeling so low?" is the person asking about themselves; "how do you make pancakes?" not)."""
    if ABOUT_ME.search(text):
        return True
    if (told := _WHEN_YOU_RX.match(text)) and HELPERS_ASKED_RX.match(text, told.end()):
        return True
    return bool(_YOU_RX.search(text)) and any(rx.search(text) for rx in FEELING_RX.values())


def _good_form(text: str) -> bool:
    return bool(POSITIVE_RX.search(text)) and not NEGATIVE_RX.search(text)


def _mentioned_names(text: str, names: Collection[str]) -> list[str]:
    """The person's names the question holds, in the order it says them (any casing)."""
    lower = text.lower()
    found = []
    for name in names:
        m = re.search(rf"\b{re.escape(name.lower())}(?:'s)?\b", lower)
        if m:
            found.append((m.start(), -len(name), named_after_title(text, name) or name))
    return [n for _at, _len, n in sorted(found)]


def classify(
    question: str,
    *,
    activities: Collection[str] = (),
    names: Collection[str] = (),
    similarity: Similarity | None = None,
    today: date | None = None,
    written: Written | None = None,
    learned: Learned | None = None,
) -> Topic:
    """The topic of ``question``; ``activities`` and ``names`` come from the person's data,
    ``written`` says whether their journal names a word (``journal_writes``).

    What decides, in order: "when did I last …"; two or more subjects compared ("yoga or
    swimming?": the first named, the others kept in ``also``); a person or place of the
    journal (more specific than an activity: "my runs with Sam" is about Sam); a logged
    activity; a capitalised name or a weighed thing the data does not hold (its answer says so
    plainly); feeling keywords; meaning similarity, only for a question about the person.
    With ``today``, the question's scope too: a time window, times it singles out. With
    ``learned`` (a trained classifier's scores), ``arbiter`` may change a weak answer.
    """
    text = repaired(question.strip())
    topic = _classify(text, activities, names, similarity, written)
    if learned is not None:
        held = holds(topic, activities, names, written)
        topic = arbitrate(topic, learned(question), text=text, activities=activities, held=held)
    # a thing the question names in its grammar that the data does not hold is answered as not
    # there: the feeling beside it would lend its items (``grounded``)
    topic = unheld(topic, text, activities, names, written, last=is_last_time(text)) or topic
    if topic.kind == "unknown":
        return topic
    worse = topic.kind in SPLIT_KINDS and asks_worse(text)
    if today is None:
        return replace(topic, focus=_focus(topic, text), worse=worse)
    window = find_window(text, today)
    times = singled_out_times(unframed(text), window) if topic.kind != "last_time" else ""
    return replace(topic, window=window, times=times, focus=_focus(topic, text), worse=worse)


def arbitrate(
    topic: Topic,
    scores: Mapping[str, float],
    policy: Policy = CHOSEN,
    *,
    text: str = "",
    activities: Collection[str] = (),
    held: bool = True,
) -> Topic:
    """The rules' topic, or the classifier's kind where the policy (``arbiter``) lets it
    decide; the rules' subject and scope are carried over, never invented: a kind that needs
    a subject the rules did not find takes one only from the words of ``text`` (``extract``).
    ``held``: whether the data holds the rules' subject (``holds``)."""
    if topic.matched == (WORLD,):
        # a question about the app or the world has no evidence in the journal: a feeling the
        # classifier is sure of would answer it with items borrowed from that feeling
        return topic
    switch = decide(topic, scores, policy)
    if switch is not None and not held and switch.kind in SPLIT_KINDS:
        # a thing the journal does not hold ("does fencing help when I'm tense") is answered
        # plainly as not there; the feeling named beside it would lend it that feeling's items
        return topic
    if switch is None:
        wanted = arbiter.subject_wanted(topic, scores, policy)
        found = subject_in(text, activities) if wanted else None
        if wanted is None or found is None:
            return topic
        if feeling_sign(topic, found[0]):
            return topic  # "shattered even after a lie in": the feeling's sign, no thing done
        return Topic(wanted, found[0], found[1], "learned", (found[0],), 1.0)  # type: ignore[arg-type]
    kind: TopicKind = switch.kind  # type: ignore[assignment]  # a kind the classifier knows
    if switch.shape == "keep":
        return replace(topic, kind=kind, method="learned")
    if switch.shape == "feeling":
        if PEAK_ASK_RX.search(text):
            # when a feeling hit hardest asks for its pattern, not its last time
            return topic
        return Topic("last_time", topic.kind, "feeling", "learned", score=1.0)
    return Topic(kind, method="learned")


def _focus(topic: Topic, text: str) -> str:
    """The measure a question about a subject names: sleep, anxiety or mood."""
    if topic.kind != "activity":
        return ""
    scores, _matched = feeling_scores(unframed(text))
    measured = {k: v for k, v in scores.items() if k in ("sleep", "anxiety", "low_mood")}
    return best_feeling({k: v for k, v in measured.items() if v >= 1.0}) or ""


def _classify(
    text: str,
    activities: Collection[str],
    names: Collection[str],
    similarity: Similarity | None,
    written: Written | None = None,
) -> Topic:
    world = GENERAL_RX.search(text) or (REQUEST_RX.search(text) and not _about_person(text))
    world = world or (GREETING_RX.search(text) and not _about_person(text))
    if about_app(text) or world:
        return Topic("unknown", method="keywords", matched=(WORLD,))
    # a story told in sentences, then a question of its own weighing a thing ("… Does the
    # allotment actually help when I'm like this?"): that thing is asked about, not whoever or
    # whatever the story names; "does it help" weighs the story's own thing
    asking = last_question(text)
    if asking is not None and SUBJECT_RX.search(asking) and not PRONOUN_ASK_RX.search(asking):
        weighed_alone = _classify(asking, activities, names, similarity, written)
        if weighed_alone.kind == "activity":
            return weighed_alone
    # "work" is the stress topic's own: its evidence compares work days with the others.
    # ... nor is whoever a claim is heard from ("my sister says yoga helps": yoga, not family)
    unspoken = SOURCE_RX.sub(lambda m: " " * len(m[0]), text)
    activity = find_activity(unspoken, [a for a in activities if a not in TOPIC_ACTIVITIES])
    # a discipline of a default activity the journal never names is its own thing ("pilates")
    unlogged = unwritten_kind(activity, written) or doing_kind(unspoken, activity, written)
    passing = aside(text, activity)
    if passing and not unlogged:
        # a load or scene told first is only the condition: the next activity the question
        # names is the one asked after ("drowning in revision, does a walk help" → the walk)
        activity = _after_aside(text, unspoken, activity, activities, written)
    activity = None if unlogged or (passing and activity is None) else activity
    activity = company_of(unspoken, activity, activities) or activity
    known_names = _mentioned_names(text, names)
    last = is_last_time(text)
    # a question weighing what is done with someone is about the person even with no "me"
    # ("does talking things over with Dr Okafor help")
    personal = last or bool(WEIGHED_RX.search(text) or SUBJECT_RX.search(text))
    personal = personal or titled_contact(text)
    absent = absent_names(text, KNOWN_WORDS, personal=personal) or people_at_slot(text, KNOWN_WORDS)
    # people and places of the story set its scene, unless the ask points back to them
    # (or back to someone told by their role, asked after by "him" or "her": "Bartholomew, my
    # godfather, does seeing him help my mood")
    if (asked := story_ask(text)) is not None and not points_back(asked):
        back = role_told(text) if _TOLD_BACK_RX.search(asked) else []
        known_names = [n for n in known_names if n.lower() in asked.lower() or n in back]
        absent = [n for n in absent if n.lower() in asked.lower() or n in back]
    # ... and so does whoever owns a thing that befell ("since Nan's house got sold")
    known_names = [n for n in known_names if not owner_in_event(text, n)]
    absent = [n for n in absent if not owner_in_event(text, n)]
    # someone told by their role in the person's life is that person, not the family or friends
    # the role word names ("Lysander, my half-brother, when did we last speak")
    known_names = known_names or [n for n in role_told(text) if n in absent]
    # the stretch of time spent at a place names the visit, not a feeling: "a *night* at the
    # theatre" is no night's sleep
    scores, matched = feeling_scores(unframed(text))
    # a person the journal never names, as company for an activity ("walks with Tomasz", "when
    # did Femi and I last go for a walk"), is the subject like a known one: the person is more
    # specific than what they did together
    company = [n for n in absent if company_rx(n).search(text)][:1]
    if last:
        if unlogged and not known_names:
            return _thing_topic("last_time", unlogged)
        people = known_names or company
        return _last_time(text, activity, people, absent, scores, matched, activities)
    compared = (
        compared_subjects(text, activities, known_names, absent, written)
        if COMPARE_RX.search(text)
        else []
    )
    if len(compared) > 1:
        (first, kind), *others = compared
        return Topic("activity", first, kind, "subject", (first,), 1.0,  # type: ignore[arg-type]
                     also=tuple(others[:2]))  # fmt: skip
    known_names = known_names or company
    # ... or done with someone in the phrase a question weighs ("do calls with Priya help",
    # "does time with LENA help"), even when the journal names no one
    known_names = known_names or [p for p in (person_in(text if asked is None else asked),) if p]
    if known_names:
        return Topic("activity", known_names[0], "name", "subject", (known_names[0],), 1.0)
    if activity is not None and meal_with(text, activity):  # "dim sum with my mates": with them
        return Topic("activity", activity[0], "activity", "subject", (activity[1],), 1.0)
    # (or a pursuit named by a word before an everyday doing: "tightrope walking")
    if phrase := weighed_phrase(text, activities) or pursuit_named(text, activity):
        return _thing_topic("activity", phrase)
    # a part played at a sport, not the sport ("marshalling at parkrun")
    if activity is not None and activity[0] == "exercise" and (role := role_at(text, activity[1])):
        return _thing_topic("activity", role)
    # an activity named only as the company of a thing weighed ("canasta *with the cousins*")
    if activity is not None and as_company(text, activity) and (thing := weighed_thing(text)):
        return _thing_topic("activity", thing)
    # a thing taken up, with an activity named only as where it is done ("since taking up
    # bouldering at the climbing centre"): the place is that thing's, not a doing of its own
    if activity is not None and (thing := taken_up_at(text, activity)):
        return _thing_topic("activity", thing)
    if activity is not None:
        return Topic("activity", activity[0], "activity", "subject", (activity[1],), 1.0)
    if unlogged:
        return _thing_topic("activity", unlogged)
    if absent:
        return Topic("activity", absent[0], "name", "subject", (absent[0],), 1.0)
    # a doing put first names the pursuit it serves by its tool or by what it is done for
    # ("polishing stones in the rock tumbler, …" → rock tumbling), over its own verb
    thing = fronted_pursuit(text) or weighed_thing(text)
    if not thing and ABOUT_ME.search(text):
        # a thing the story alone is after sets its scene ("the flat's sorted after the leak,
        # yet I've been weepy …, what's worked"), as its people and places do
        told = text if asked is None or points_back(asked) else asked
        # (never where someone else went away to: "low since my best mate moved to Perth")
        place = place_at_end(text)
        place = "" if place and owner_in_event(text, place) else place
        thing = thing_after(told) or place or on_days(text)
    # a doing said on its own, with no "I" at all ("making stained glass on Saturday mornings")
    thing = thing or told_doing(text)
    if thing:
        return _thing_topic("activity", thing)
    # a doing weighed at length, named by an activity's words or the class it is done at
    if long := weighed_at_length(text, [a for a in activities if a not in TOPIC_ACTIVITIES]):
        return Topic("activity", long[0], long[1], "subject", (long[0],), 1.0)
    # asked about by "it": "I've taken up crochet, any sign it settles me?"; or kept up since a
    # time and asked after by the change in the person ("I've been out paddleboarding since June")
    if referred := taken_up(text, activities) or kept_up(text, activities):
        return Topic("activity", referred[0], referred[1], "subject", (referred[0],), 1.0)
    feeling = best_feeling(scores)
    if feeling is not None:
        score = measure_only(text, scores)
        return Topic(feeling, method="keywords", matched=tuple(matched), score=score)
    if not _about_person(text):
        return Topic("unknown")
    close = by_meaning(text, similarity) if similarity is not None else None
    if close is not None:
        return Topic(close[0], method="similarity", score=close[1])
    shared = by_words(text)  # no embedder, or no line close enough: the lines' image words
    if shared is not None:
        return Topic(shared[0], method="similarity", matched=shared[1], score=1.0)
    return Topic("unknown")


def _after_aside(
    text: str,
    unspoken: str,
    passing: tuple[str, str] | None,
    activities: Collection[str],
    written: Written | None,
) -> tuple[str, str] | None:
    """Another logged activity the question names besides those named only in passing (a load
    it is swamped by, a scene, an image), when none of these is said outside that passing
    part; None when there is none."""
    skipped = {passing[0]} if passing is not None else set()
    left = [a for a in activities if a not in TOPIC_ACTIVITIES]
    while True:
        found = find_activity(unspoken, [a for a in left if a not in skipped])
        if found is None or unwritten_kind(found, written) or doing_kind(unspoken, found, written):
            return None
        if not aside(text, found):
            return found
        skipped.add(found[0])


def _last_time(
    text: str,
    activity: tuple[str, str] | None,
    names: Sequence[str],
    absent: Sequence[str],
    scores: dict[TopicKind, float],
    matched: Sequence[str],
    activities: Collection[str] = (),
) -> Topic:
    if names:
        return Topic("last_time", names[0], "name", "subject", (names[0],), 1.0)
    if activity is not None:
        return Topic("last_time", activity[0], "activity", "subject", (activity[1],), 1.0)
    feeling = best_feeling({k: v for k, v in scores.items() if v >= 1.0})
    if feeling is not None:
        return Topic("last_time", feeling, "feeling", "keywords", tuple(matched), 1.0,
                     good=_good_form(text))  # fmt: skip
    if absent:
        return _thing_topic("last_time", absent[0])
    if doing := tools_in(text):  # "which Sunday did I last sit down with the watercolours"
        return _thing_topic("last_time", doing)
    thing = new_thing(m := LAST_THING_RX.search(text)) or last_verb(text)
    if m is not None and thing == m["x"]:  # "tai" of "tai chi" is only its first word
        thing = whole_name(text, m.end("x"), thing) or thing
    if thing:
        return _thing_topic("last_time", thing)
    # a slot of the question's grammar names it ("since I saw tendai", "last time I went to
    # the allotment")
    found = subject_in(text, activities)
    if found is not None:
        return Topic("last_time", found[0], found[1], "subject", (found[0],), 1.0)
    if thing := new_thing(RECENT_THING_RX.search(text)):  # "my most recent sauna, when"
        return _thing_topic("last_time", thing)
    if WORK_RX.search(text):  # work is the stress topic's own ("the last calm day at work")
        return Topic("last_time", "stress", "feeling", "keywords", ("work",), 1.0)
    return Topic("unknown", method="keywords", matched=("last",))
