"""Good parts told plainly: kindness and gifts, a test passed, time off, a span made good.

Why: writers tell many good days as what someone did for them or as the time they had,
with no word VADER or the emotion lexicon scores ("Lead tester thanked me in stand-up.",
"she made me tea", "Day off, took the kids to the zoo.", "Made the night."), so the clause
read "Neutral". Across every writer's labelled set:

* kindness shown to the writer, told by its shape (someone thanked the writer, remembered
  something of theirs, made them a thing, or did a chore unasked: "without being asked",
  "without me asking") was good for the writer in every clause that read neutral without it
  (twelve sentences, nine writers' sets). Done "without asking" (the writer not asked) is the
  opposite, an imposition ("changed my hours without asking"), and a negator before
  ("nobody remembered my birthday") leaves the kindness untold. Someone coming back or
  writing in only to tell the writer something ("came back just to say her roses took",
  "wrote in to say my puzzles got her through chemo") is kindness too: good in sixteen of
  the seventeen labelled sentences that held one; the other was news rung through ("rang to
  say the neighbour's husband passed"), which is not read, and "to say goodbye" is a parting;
* a thing given to the writer ("bought me a mug", "drew us a picture", "sent me a box of
  brownies", "knitted me a scarf") was good in eighteen of the twenty labelled sentences that
  held one (fourteen writers' sets; the others a video of a gala missed and a photo of a
  dinner missed, whose clauses read bad by their other words). "Gave me" is left out: as
  often a fright, a slot or two minutes of a doctor's time as a gift, unless the thing is
  named as a treat ("gave me a cuppa", "gave me a jar of honey", "left me a tenner", "brought
  us coffee"): good in every labelled sentence that held one and read neutral without it
  (five, four writers' sets);
* a test or check passed, the test named anywhere in the sentence ("Passed the refresher
  course", "Finished my licence refresher, passed.", "Certificate in TIG passed, first
  try") was good in forty-nine of the fifty-five labelled sentences that held one (thirty-one
  sets); two were mixed beside a test failed, three a routine inspection or MOT told as a
  plain report. A death ("passed away"), a faint, a thing handed on ("passed the leaflet on
  to her") and a pass doubted ("whether I passed") are none;
* time off opening a clause ("Day off.", "Afternoon off, cooked my grandmother's stew",
  "Early finish, chips on the harbour wall", "Half term.", "Bye week.") was good in every
  clause that read neutral without it (sixteen sentences, eight writers' sets), when it stands
  alone or is placed in time or place ("Day off in Milwaukee", "Half term next week"); named
  as a thing with more after it ("Half-term childcare is £240", "Day off spent sleeping
  fourteen hours straight") it is left to the clause's other words. A quiet span ("Quiet day,
  tidied the workshop") is read in ``news.GOOD_MARKS``: good where it turns a neutral clause
  in sixteen of eighteen labelled sentences (the others a quiet night or day told as a work
  report);
* a span of the writer's time made good ("made my day", "Made the night.", "made our whole
  weekend") was good in every sentence that held one (thirty-three, over twenty writers'
  sets); the list of such phrases in ``news`` is read by this shape too.

* someone the writer could not do without ("Don't know how I'd manage without her", "Without
  my family I don't know how I'd cope", "Don't know what I'd do without him") is thanks, no
  doubt of coping: good in every labelled sentence that held one (three, two writers' sets),
  where a doubt with no one to rely on ("don't know how I'd cope if he left") stays strain
  (``relied_on_in``; ``clause_polarity`` reads its "don't know how" as no strain).

Like ``news.GOOD_MARKS`` these only tip a clause that would read neutral (``clauses``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import BREAK, is_negator

_THANKED: Final = frozenset({"thanked", "thank", "thanking"})
# a chore done unasked: "without being asked", "without me asking"
_UNASKED: Final = (("being", "asked"), ("me", "asking"), ("my", "asking"))
# what someone made the writer: "made me a card", "made me tea" ("made me cry" is no gift)
_MADE_FOR: Final = frozenset({"a", "tea", "dinner", "breakfast", "lunch"})

# a thing given to the writer: "bought me a mug", "drew us a picture", "sent me a box of
# brownies"; "gave me a fright", "gave me two minutes" and "left me with" are no gifts, and
# "bought us out" names no thing
_GIVING: Final = frozenset(
    {"bought", "brought", "drew", "sent", "knitted", "baked", "sketched", "painted", "wrote"}
)
_RECEIVERS: Final = frozenset({"me", "us"})
_A_THING: Final = frozenset({"a", "an", "some"})
# ... or given with the thing named as a treat or a gift ("gave me a cuppa", "brought us coffee
# and vetkoek", "gave me a jar of honey", "gave me flowers"): "gave", "left" and "made" too,
# as a named treat is no fright, slot or minute of anyone's time
_GIFTS: Final = frozenset(
    {"cuppa", "tea", "coffee", "brew", "flowers", "cake", "biscuits", "chocolates", "sweets",
     "honey", "tenner", "fiver", "hug", "present", "gift", "bacon", "wine", "pint", "soup",
     "sandwich", "sandwiches", "buns", "scones", "jam", "eggs"}
)  # fmt: skip
_GIFT_LEAD: Final = frozenset(
    {"a", "an", "some", "jar", "cup", "box", "bag", "bunch", "mug", "slice", "plate", "bottle",
     "tin", "pot", "of", "big", "little", "lovely", "huge", "free", "fresh", "homemade"}
)  # fmt: skip
_GIVING_TREATS: Final = _GIVING | frozenset({"gave", "left", "made", "got"})
_GIFT_REACH: Final = 4  # "gave me a jar of honey"


def _treat_given(clause: Sequence[str], i: int) -> bool:
    """Is ``clause[i]`` a giving to the writer of a thing named as a treat ("gave me a cuppa",
    "brought us coffee")?"""
    if clause[i] not in _GIVING_TREATS or tuple(clause[i + 1 : i + 2]) not in (("me",), ("us",)):
        return False
    for word in clause[i + 2 : i + 2 + _GIFT_REACH]:
        if word in _GIFTS:
            return True
        if word not in _GIFT_LEAD:
            return False
    return False


# a test or check the writer passed: "Passed the refresher course", "Certificate in TIG
# passed, first try", "Hygiene inspector came round, passed with no notes"
_TESTS: Final = frozenset(
    {"exam", "exams", "test", "course", "refresher", "assessment", "audit", "inspection",
     "inspector", "certificate", "cert", "mot", "interview", "audition", "quiz", "module",
     "theory", "practical", "probation", "sim", "licence", "license", "medical", "viva",
     "resit", "retake", "grading", "observation", "checkride", "qualification"}
)  # fmt: skip
# "passed away", "passed out", "passed over for the post", "passed on the message"; a thing
# handed "to" someone ("passed the leaflet on to her") is no test either
_NOT_A_PASS: Final = frozenset({"away", "out", "over", "on", "by", "through", "round"})
_HANDED: Final = frozenset({"to", "onto"})
_DOUBTED: Final = frozenset({"whether", "if", "how"})

# someone coming back or writing in only to tell the writer: "came back just to say …"
_REACHED: Final = frozenset({"came", "wrote", "popped", "called", "come", "comes", "writes"})
_TO_TELL: Final = (("to", "say"), ("to", "tell"), ("to", "thank"))
_PARTING: Final = frozenset({"goodbye", "bye", "farewell"})

# "Day off", "Sunday off", "Early finish", "Half term", "Bye week": time off
_OFF: Final = frozenset({"day", "afternoon", "morning", "evening", "sunday", "saturday", "weekend"})
_FREE: Final = (("early", "finish"), ("half", "term"), ("bye", "week"))
# "Day off between shifts", "Day off in Milwaukee", "Half term next week": placed in time or
# place; any other word after names the time off as a thing ("Half-term childcare is £240")
_PLACED: Final = frozenset(
    {"between", "in", "at", "with", "next", "today", "tomorrow", "this", "on", "for", "from",
     "and", "so", "after", "then"}
)  # fmt: skip

# "made my day", "Made the night.", "made our whole weekend": a span of time made good
_WHOSE: Final = frozenset({"my", "me", "the", "our", "their", "her", "his", "your"})
_SPANS: Final = frozenset(
    {"day", "night", "week", "morning", "evening", "year", "month", "weekend", "shift",
     "afternoon", "summer", "christmas", "birthday"}
)  # fmt: skip


# A card sent, the writer its receiver by the telling ("Deaf client sent a card saying I was
# the first interpreter who didn't rush her", "Mom sent a care package with a note"): a thanks
# or a gift, good in every labelled sentence that held one (fourteen, thirteen sets), where a
# sent email, text or photo is as often a demand or a jibe ("sent a rude email").
_CARDS: Final = frozenset(
    {"card", "cards", "postcard", "postcards", "thank-you", "thank", "care", "christmas",
     "birthday", "handwritten", "lovely", "kind", "little"}
)  # fmt: skip
_CARD_THINGS: Final = frozenset({"card", "cards", "postcard", "postcards", "package", "note"})


def _card_sent(clause: Sequence[str], i: int) -> bool:
    """Is ``clause[i]`` "sent" with a card, a note or a care package after it ("sent a card",
    "sent a christmas card", "sent a care package")?"""
    if clause[i] != "sent" or tuple(clause[i + 1 : i + 2]) not in (("a",), ("an",)):
        return False
    for word in clause[i + 2 : i + 5]:
        if word in _CARD_THINGS:
            return True
        if word not in _CARDS:
            return False
    return False


def kindness_in(clause: Sequence[str]) -> bool:
    """Does ``clause`` tell kindness shown to the writer ("thanked me", "remembered my dog's
    name", "made me a card", "without being asked"), with no negator before it?"""
    for i, word in enumerate(clause):
        if any(is_negator(w) for w in clause[:i]):
            return False
        after = tuple(clause[i + 1 : i + 3])
        if word in _THANKED and after[:1] == ("me",):
            return True
        if word == "without" and after in _UNASKED:
            return True
        if word == "remembered" and after[:1] == ("my",):
            return True
        if word == "made" and after[:1] == ("me",) and after[1:] and after[1] in _MADE_FOR:
            return True
        if _reached_out(clause, i) or _treat_given(clause, i) or _card_sent(clause, i):
            return True
        if (
            word in _GIVING
            and after[:1]
            and after[0] in _RECEIVERS
            and after[1:]
            and (after[1] in _A_THING)
        ):
            return True
    return False


def test_passed(tokens: Sequence[str], start: int, end: int) -> bool:
    """Does ``tokens[start:end]`` (one clause of the sentence ``tokens``) tell a test or
    check passed ("Passed the refresher course", "Finished my licence refresher, passed."),
    the test named anywhere in the sentence, not negated, doubted, nor a death or a faint
    ("passed away", "passed out")?"""
    if _TESTS.isdisjoint(tokens):
        return False
    for i in range(start, end):
        if tokens[i] != "passed" or not _NOT_A_PASS.isdisjoint(tokens[i + 1 : i + 2]):
            continue
        if not _HANDED.isdisjoint(tokens[i + 1 : i + 6]):
            continue
        before = tokens[max(start, i - 3) : i]
        if any(is_negator(w) or w in _DOUBTED for w in before if w != BREAK):
            continue
        return True
    return False


# How far back in its clause a pass may name the test it passed ("Passed the final of my
# professional exams"): the pass is the clause's verb however long the name after it.
_PASS_REACH: Final = 8


def passed_before(tokens: Sequence[str], i: int) -> bool:
    """Is the test at ``tokens[i]`` the one a "passed" earlier in its clause passed ("Passed
    the last part of my accountancy exams", but not "passed out before the exam")?"""
    start = i
    while start > 0 and i - start < _PASS_REACH and tokens[start - 1] != BREAK:
        start -= 1
    return test_passed(tokens, start, i)


def _reached_out(clause: Sequence[str], i: int) -> bool:
    """Did someone come back or write in at ``clause[i]`` only to tell the writer something
    ("came back just to say her roses took", "wrote in to say my puzzles got her through")?"""
    if not _PARTING.isdisjoint(clause[i : i + 6]):
        return False  # "came in to say goodbye": a parting, not news for the writer
    if clause[i] == "just":
        return tuple(clause[i + 1 : i + 3]) in _TO_TELL
    if clause[i] not in _REACHED:
        return False
    rest = tuple(clause[i + 1 : i + 4])
    return rest[1:] in _TO_TELL and rest[0] in ("in", "back", "round")


def time_off(clause: Sequence[str]) -> bool:
    """Does ``clause`` (one that opens its sentence or follows a break) open on time off
    ("Day off.", "Early finish, …"), alone or placed in time or place?"""
    first = tuple(clause[:2])
    if len(first) < 2 or (len(clause) > 2 and clause[2] not in _PLACED):
        return False
    return (first[1] == "off" and first[0] in _OFF) or first in _FREE


def made_good(clause: Sequence[str]) -> bool:
    """Does ``clause`` tell a span of the writer's time made good ("made my day", "Made the
    night.", "made our whole weekend")?"""
    for i, word in enumerate(clause):
        if word != "made" or i + 1 >= len(clause) or clause[i + 1] not in _WHOSE:
            continue
        rest = tuple(clause[i + 2 : i + 4])
        if rest[:1] == ("whole",):
            rest = rest[1:]
        if rest[:1] and rest[0] in _SPANS:
            return True
    return False


# Someone the writer could not do without: "Don't know how I'd manage without her", "Without my
# family I don't know how I'd cope". The doubt and "without" in one clause, nothing conditional.
_DOUBT_OPENERS: Final = (("don't", "know"), ("dont", "know"), ("do", "not", "know"))
_HOW_WHAT: Final = frozenset({"how", "what"})
_WOULD: Final = frozenset({"i'd", "we'd", "id"})
_CONDITIONS: Final = frozenset({"if", "when", "unless"})
# Whom "without" names: "without her", "without my family", "without Dave" (read "someone").
_RELIED_ON: Final = frozenset(
    {"her", "him", "them", "you", "us", "my", "our", "someone", "mum", "mam", "mom", "dad",
     "nan", "gran"}
)  # fmt: skip


def relied_on_in(clause: Sequence[str]) -> bool:
    """Does ``clause`` tell someone the writer could not do without ("Don't know how I'd manage
    without her"), thanks, not a doubt of coping?"""
    if "without" not in clause or not _CONDITIONS.isdisjoint(clause):
        return False
    at = list(clause).index("without")
    if at + 1 >= len(clause) or clause[at + 1] not in _RELIED_ON:
        return False  # "without the overtime": a thing, not someone relied on
    for k in range(len(clause)):
        for opener in _DOUBT_OPENERS:
            n = len(opener)
            if tuple(clause[k : k + n]) == opener:
                rest = clause[k + n : k + n + 2]
                if len(rest) == 2 and rest[0] in _HOW_WHAT and rest[1] in _WOULD:
                    return True
    return False
