"""Bad and good parts told by their shape, not by a word VADER or the lexicons score.

Why: new writers tell much of a bad day through their own body ("my back's gone", "my
kneecaps crunch like gravel on every ladder"), the hour it reached ("callout at 11pm"), a
cost compared, a need barely met, a question left open or a reproach reported.
No word there is a feeling, so the clause read "Neutral". Across every writer's labelled
set:

* a part of the writer's body as the subject of its clause ("my back is telling me about
  it", "shoulder's clicking", "my eyes twitch") was the writer's bad part in about nine
  clauses in ten (ten writers, none wrong once the subject is required); a body part the
  writer does something with ("put my feet up", "on my knees", "in my head") or places
  ("… and my knees up") is no subject and is left alone;
* a late hour, 10pm to 4am ("home at 1am", "an email at 11pm"), was a bad part in about
  nine in ten (nine writers) unless something pleasant was told beside it ("caught a baby
  at 4am … still buzzing"), so ``own_readings`` reads it as it reads weak unpleasant cues;
  "3pm" and "7am" are ordinary hours;
* a body part opening its clause with the "my" left out ("hands cracked", "fingers raw",
  "shoulder popped out") is the same subject: a bad part in sixteen of the twenty-one
  sentences it changes (nine writers; the others a good day told through a sore body,
  "legs are jelly, heart is full", and a check-up, "eyes and hearing"); "back" opening a
  clause is mostly an adverb ("back home", "back in 2018") and crossed fingers are a hope,
  so both are left alone;
* a cost set above another sum ("the quote came in at more than our mortgage", "costs more
  than my riding fee") was the writer's bad part in all fifteen such sentences (nine
  writers), while "more than" measuring a benefit ("helped more than I expected") names no
  cost; a cost set against another person's ("£30 more than my sister's") is left alone, as
  ``news`` leaves it, since the person then reads as the topic of the trouble;
* a need barely met ("pay barely covers the rent", "we're barely speaking", "can barely
  hold a pen") was a bad part in every clause that read neutral without it (nine writers);
  "barely" before attention ("barely think about it now", "barely noticed") tells an old
  trouble that no longer registers, which writers label good;
* a question about the writer's lot left open, nobody knowing ("nobody knows if we keep
  our jobs") or the writer not sure of a whole statement ("not sure rangering has a
  future", "not sure it was right"), was a bad part in every such clause that read neutral
  (six, five writers), as ``news`` reads "no idea if …"; "not sure about the colour" and
  "not sure yet" doubt no statement;
* someone's reproach that the writer gives a thing more than them ("says I love the birds
  more than her", "thinks I talk to clients more than I talk to her") was a bad part for
  every writer who wrote one (seven writers; one labelled it mixed, "half joking");
* a cost told as risen ("rent goes up in January", "the landlord put the rent up by £100",
  "rent's up $200 on the apartment", "the phone bill was double what I expected") was a bad
  part in every sentence that held one (fifty-seven, twenty-six writers' sets), as ``news`` reads
  "gone up"; "up" near no cost ("ran up the hill") is none. Told past what the cost is on
  ("rent on the workshop goes up in April", "rent on the unit up fifteen percent") or as a sum
  it has reached ("costs have hit 600") it is the same, in every such row (three, two writers).

A symptom felt ("got stung twice", "makes my eyes twitch", "allergy flaring, sneezing on
the maps") was a bad part in every clause that read neutral without it, where nothing
pleasant was near (seven sentences, six writers' sets); beside a good part it is a cost paid
("the resit stung but worth it"), so ``symptoms_felt`` reads it after the clause rules, as
``own_readings`` reads weak cues, and not negated nor easing ("not been stung since", "the
swelling went down").

Losses, longing, resignation and neglect told without a feeling word are read by
``losses_told``; kindness shown to the writer, time off and a span of time made good by
``plain_goods``.

A sentence can tell a bad part by its build alone: an event, then "and" and a state of the
writer's own ("Tax return due the 31st and my receipts are in a shoebox", "Payday and it's
gone on rent already", "Forecast says rain all week and I've got a half-stripped roof").
Where every part of such a sentence read neutral and nothing pleasant was near, it was the
writer's bad part in forty-six of the fifty-three sentences it turns negative (twenty-four
writers' sets; two were neutral, five good or mixed). A bare "… and I" opens an act and was
good in one such sentence in four, so it is left out. ``stacked`` reads it after the
whole-entry rules (``present``), so a story told as past then now ("… and it's a different
job now") is read as over first.

Good parts are told by shape too, and read as ``news.GOOD_MARKS`` are (``good_told_in``):

* an expectation beaten, "actually" before what happened ("the architect actually
  listened", "can actually afford a pizza"), was good for the writer in ten of the eleven
  clauses that read neutral without it (nine writers); opening a sentence or closing a
  clause it corrects a claim ("three shoeboxes actually");
* goods counted out in trade ("sold three notebooks", "sold some old clothes", "sold out
  by eleven") was good news in every such sentence (eight, eight writers' sets), while a
  possession parted with ("sold the car", "sold my old bike") was as often a loss;
* the early light told as a scene ("pod of dolphins off the point at dawn", "mist on the
  water", "a barn owl at first light") was good in seven of the eight clauses that read
  neutral without it (seven writers), as a sunrise is (``news.GOOD_MARKS``); the eighth
  was an hour the writer was up at ("up at dawn and crashing at noon"), which is left alone;
* an aid done without ("walked round the park without the stick", four sentences) and the
  writer restored ("felt like a person", "feeling more like myself", seven not negated)
  were good in every such sentence, across nine writers' sets.

Like ``news.COMPLAINTS`` and ``news.GOOD_MARKS`` these only tip a clause that would read
neutral (``clauses``): a body part in a clause already read good ("my legs feel strong")
stays good.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import (
    EMOTION_FLOOR,
    MIXED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    Clause,
)
from neuroleaf_desktop.domain.analysis.lexicon import BREAK, is_negator
from neuroleaf_desktop.domain.analysis.losses_told import (
    nobody_reacted_in,
    not_missed_in,
    resigned_in,
)
from neuroleaf_desktop.domain.analysis.plain_goods import (
    kindness_in,
    made_good,
    relied_on_in,
    test_passed,
    time_off,
)

BODY_PARTS: Final = frozenset(
    {"back", "knees", "knee", "kneecaps", "feet", "foot", "hands", "wrists", "wrist",
     "shoulders", "shoulder", "legs", "leg", "hips", "hip", "neck", "eyes", "eyelid", "body",
     "arms", "elbow", "elbows", "ankle", "ankles", "spine", "fingers", "thumb", "skin",
     "joints", "jaw"}
)  # fmt: skip
# "back's gone", "knee's stiff": a body part with "is" fused on is the subject of its clause
_FUSED: Final = frozenset(f"{part}'s" for part in BODY_PARTS)
# words after which "my <part>" still opens its clause ("… and my back is finished")
_OPENERS: Final = frozenset({"and", "so", "now", "then", "while", "plus", "also"})

# "… and my knees up", "my feet in the sea": a body part placed somewhere is at rest
_PLACED: Final = frozenset({"up", "in", "on", "under", "over", "into", "to", "against"})
# "my shoulder feels looser", "knee's healing": the body easing is no trouble told
_EASING: Final = frozenset(
    {"looser", "loose", "easier", "freer", "lighter", "stronger", "better", "fitter", "healed",
     "healing", "easing", "eased", "recovered", "recovering"}
)  # fmt: skip

# a symptom felt ("got stung twice", "eye has been twitching", "allergy flaring, sneezing")
_SYMPTOMS: Final = frozenset(
    {"stung", "sneezing", "sneezed", "flaring", "flared", "twitch", "twitching", "twitches",
     "itching", "itchy", "throbbing", "swollen", "blistered", "wheezing", "wheezy", "coughing",
     "aching", "numb", "dizzy", "nauseous", "cramping"}
)  # fmt: skip
# "the swelling has gone down", "the rash went away": a symptom easing is no trouble told
_EASED: Final = frozenset({"down", "away", "gone", "since", "cleared", "settled"})

# "back" opening a clause is mostly "back home", "back in 2018": only "back's" is the body
_BARE_NOT_SUBJECT: Final = frozenset({"back", "body"})

# what a cost is named by ("costs more than my rent", "the quote came in at more than our
# mortgage"); a benefit measured ("helped more than I expected") names none
_COSTS: Final = frozenset(
    {"cost", "costs", "costing", "bill", "bills", "quote", "price", "prices", "insurance",
     "fee", "fees", "premium", "charge", "charged", "rent", "diesel", "petrol", "fuel"}
)  # fmt: skip
# "rent goes up", "the phone bill was double what I expected": a cost told as risen
_RISEN: Final = frozenset({"up", "double", "doubled", "triple", "tripled", "twice"})
# "barely think about it", "barely crosses my mind": attention an old trouble no longer holds
_REGISTERS: Final = frozenset(
    (w,)
    for w in ("think", "thought", "notice", "noticed", "recognise", "recognize", "looked",
              "touches", "remember", "changed", "flinched", "register", "registers", "crosses",
              "crossed", "bothers", "bothered")
)  # fmt: skip
# "she says I …", "he thinks I …": someone else's view of the writer
_REPORTS: Final = frozenset(
    {"says", "said", "thinks", "thought", "reckons", "claims", "joked", "jokes", "reckoned",
     # said by more than one ("my own kids reckon I like the Scouts more than them")
     "say", "think", "reckon", "claim", "joke"}
)  # fmt: skip
# "… more than her", "… more than people", "… more than I talk to him": a person set below
_PERSON_AFTER: Final = tuple(
    [w] for w in ("her", "him", "them", "me", "us", "people", "i", "anyone", "family")
)

# "actually listened", "can actually afford a pizza", "I actually cried": what happened beat
# what the writer expected; "actually" opening a sentence or closing a clause, or before a
# negation, corrects a count or a claim ("three shoeboxes actually", "Actually disinfecting
# mats")
_NOT_BEATEN: Final = frozenset({"no", "not", "never", "i", "it's", "that", "the"})
# "sold out", "sold three bowls", "sold some old clothes": goods counted out in trade;
# a possession parted with ("sold the car", "sold my old bike") is a loss as often as a gain
_TRADED: Final = frozenset(
    {"out", "some", "a", "an", "loads", "lots", "two", "three", "four", "five", "six",
     "seven", "eight", "nine", "ten", "twelve", "twenty", "thirty", "forty", "fifty", "sixty",
     "seventy", "eighty", "ninety", "hundred", "hundreds", "dozens"}
)  # fmt: skip
# an aid done without ("walked to the church without my stick")
_AIDS: Final = frozenset(
    {"stick", "crutch", "crutches", "cane", "walker", "frame", "wheelchair", "sling", "brace",
     "splint", "inhaler", "painkillers", "oxygen"}
)  # fmt: skip
# the early light as a scene ("dolphins off the point at dawn", "mist on the water", "a barn
# owl at first light"), as ``news`` reads a sunrise; an hour the writer was up at is a duty
_DAWN_AFTER: Final = tuple(
    [w] for w in ("at", "over", "on", "in", "chorus", "light", "broke", "breaking", "patrol")
)
_WAKING: Final = frozenset(
    {"up", "woke", "awake", "wake", "start", "started", "starting", "since", "till", "until",
     "shift", "before"}
)  # fmt: skip
# the writer restored ("felt like a person", "treated like a human")
# ("don't feel like myself" is the opposite, and "like me" mostly the verb: "if they like me")
_RESTORED: Final = (["a", "person"], ["a", "human"], ["myself"])

# "… and my card's maxed", "… and it's due Wednesday", "… and I'm two hundred short", "… and
# I've done six": a state of the writer's own stacked on an event; a bare "… and I" opens an
# act ("… and I chased them"), as often good as bad
_STACKED_OPENERS: Final = frozenset({"my", "it's", "i'm", "i've", "we're"})
# "… and I'm helping her sort the embassy stuff": the writer's help given is an act, told as
# ``help_given`` reads it, no state of their own
_HELPING: Final = frozenset({"helping"})

# a question left open: "nobody knows if …", "no one knows who's staying"
_OPEN: Final = frozenset({"if", "whether", "how", "what", "when", "where", "who", "who's", "why"})
# "not sure about the colour", "not sure yet", "not sure, maybe": no statement doubted
_NOT_A_STATEMENT: Final = frozenset({"about", "yet", "of", "exactly", "though", BREAK})

_COMPLETE: Final = frozenset(
    {"done", "sent", "finished", "sorted", "booked", "paid", "submitted", "packed", "handed",
     "fixed", "signed", "filed"}
)  # fmt: skip

_LATE_HOUR: Final = re.compile(r"(?:10|11)pm|(?:12|1|2|3|4)am")
_SMALL_HOURS: Final = frozenset({"12", "1", "2", "3", "4"})


def late_hour_in(words: Sequence[str]) -> bool:
    """Does ``words`` name a late hour, 10pm to 4am ("at 11pm", "3am", "2 am")?"""
    return any(
        _LATE_HOUR.fullmatch(word)
        or (word in _SMALL_HOURS and tuple(words[i + 1 : i + 2]) == ("am",))
        for i, word in enumerate(words)
    )


def stacked(sentences: list[list[Clause]]) -> list[list[Clause]]:
    """The clauses of an entry, sentence by sentence: where every clause of a sentence reads
    neutral and one joined by "and" opens on the writer's own ("… and my card's maxed", "…
    and it's due Wednesday"), that one reads negative when nothing in the sentence or the
    two either side is pleasant (module docstring)."""
    out = [list(s) for s in sentences]
    for k, sentence in enumerate(sentences):
        near = [c for s in sentences[max(0, k - 2) : k + 3] for c in s]
        if any(c.polarity != NEUTRAL for c in sentence) or any(
            c.polarity in (POSITIVE, MIXED) for c in near
        ):
            continue
        out[k] = [
            replace(c, polarity=NEGATIVE, strength=EMOTION_FLOOR) if _stacked_state(c) else c
            for c in sentence
        ]
    return out


def _stacked_state(clause: Clause) -> bool:
    """Does ``clause``, joined by "and", open on a state of the writer's own, not a body part
    placed ("… and my knees up", "… and my feet in the sea", which is at rest) nor a task
    told complete ("… and it's all sent off already")?"""
    words = clause.words
    if not (clause.after_and and words[:1] and words[0] in _STACKED_OPENERS):
        return False
    if words[1:2] and words[1] in _HELPING:
        return False
    if words[1:2] and words[1] in BODY_PARTS and words[2:3] and words[2] in _PLACED:
        return False
    # "… and it's all sent off already", "… and we're all packed": a task told complete
    return not ("all" in words and not _COMPLETE.isdisjoint(words))


# A piece of work the writer opens a sentence on as finished ("Finished the gearbox swap on
# number 17", "Finished a herringbone hallway and just stood there looking at it"): good news
# in every labelled sentence that held one but a stocktake told bare.
_A_PIECE: Final = (["the"], ["a"], ["an"])


def good_told_in(tokens: list[str], start: int, end: int) -> bool:
    """Does ``tokens[start:end]`` (one clause) tell a good part by its shape alone: an
    expectation beaten, goods sold, an aid done without or the writer restored (module
    docstring)?"""
    clause = tokens[start:end]
    if not_missed_in(clause) or nobody_reacted_in(clause) or kindness_in(clause):
        return True
    if relied_on_in(clause):
        return True  # "Don't know how I'd manage without her": thanks
    if test_passed(tokens, start, end):
        return True
    if made_good(clause) or ((start == 0 or tokens[start - 1] == BREAK) and time_off(clause)):
        return True
    if start == 0 and clause[:1] == ["finished"] and clause[1:2] in _A_PIECE:
        # "Finished the wet room in Didsbury, every tile lined up": a piece of work done,
        # told first in its sentence ("… and I finished the shift shaking" is only when)
        return True
    for i, word in enumerate(clause):
        after = clause[i + 1 : i + 3]
        opens = i == 0 and (start == 0 or tokens[start - 1] == BREAK)
        if word == "actually" and not opens and after and after[0] not in _NOT_BEATEN:
            return True
        if word == "sold" and after and (after[0] in _TRADED or after[0].isdigit()):
            return True
        if word == "without" and len(after) == 2 and after[1] in _AIDS:
            return True
        light = word == "mist" or clause[i : i + 2] == ["first", "light"] or _dawn(clause, i)
        if light and _WAKING.isdisjoint(clause[max(0, i - 3) : i]):
            return True
        if (
            word == "like"
            and after in _RESTORED
            and not any(is_negator(w) for w in clause[max(0, i - 3) : i])
        ):
            return True
    return False


def _dawn(clause: list[str], i: int) -> bool:
    """Is ``clause[i]`` the dawn as a time or a scene ("at dawn", "dawn over the fell"), not
    a woman named Dawn ("me and Dawn haven't had an evening off")?"""
    if clause[i] != "dawn":
        return False
    return clause[i - 1 : i] in (["at"], ["by"], ["the"]) or clause[i + 1 : i + 2] in _DAWN_AFTER


def bad_told_in(tokens: list[str], start: int, end: int) -> bool:
    """Does ``tokens[start:end]`` (one clause) tell a bad part by its shape alone: the
    writer's body as its subject, a cost set against another, a scant measure, a question
    left open or a reproach reported (module docstring)?"""
    clause = tokens[start:end]
    return (
        body_told(tokens, start, end)
        or cost_compared(tokens, start, end)
        or cost_risen(clause)
        or resigned_in(tokens, start, end)
        or scant(tokens, start, end)
        or reproach_reported(tokens, start, end)
        or left_open(tokens, start, end)
    )


def body_told(tokens: list[str], start: int, end: int) -> bool:
    """Does ``tokens[start:end]`` (one clause) make a part of the writer's body its subject
    (module docstring), not to tell it easing ("my shoulder feels looser")?"""
    if not _EASING.isdisjoint(tokens[start:end]):
        return False
    for i in range(start, end):
        word = tokens[i]
        if word in _FUSED:
            return True
        if word not in BODY_PARTS or (i + 1 < end and tokens[i + 1] in _PLACED):
            continue
        if i == start and word not in _BARE_NOT_SUBJECT and tokens[i + 1 : i + 2] != ["crossed"]:
            return True  # "hands cracked", "fingers raw": the "my" left out
        opens = i - 1 == start or (i - 1 > start and tokens[i - 2] in _OPENERS)
        if i > start and tokens[i - 1] == "my" and opens:
            return True
    return False


def cost_compared(tokens: list[str], start: int, end: int) -> bool:
    """Does ``tokens[start:end]`` set a cost above another sum ("the insurance is more than
    my car", "£30 more than last month"), not against another person's ("more than my
    sister's", which compares with a person and is left alone, as ``news`` leaves it)?"""
    clause = tokens[start:end]
    for i in range(len(clause) - 1):
        if clause[i : i + 2] != ["more", "than"]:
            continue
        if any(w.endswith("'s") for w in clause[i + 2 : i + 5]):
            return False
        if (i and clause[i - 1][:1].isdigit()) or not _COSTS.isdisjoint(clause):
            return True
    return False


def symptoms_felt(sentences: list[list[Clause]]) -> list[list[Clause]]:
    """The clauses of an entry, sentence by sentence: a neutral clause telling a symptom felt
    ("got stung twice", "eye has been twitching") reads negative when nothing in its sentence
    or the two either side is pleasant ("the resit stung but worth it" is a cost paid)."""
    out = [list(s) for s in sentences]
    for k, sentence in enumerate(sentences):
        near = [c for s in sentences[max(0, k - 2) : k + 3] for c in s]
        if any(c.polarity in (POSITIVE, MIXED) for c in near):
            continue
        out[k] = [
            replace(c, polarity=NEGATIVE, strength=EMOTION_FLOOR)
            if c.polarity == NEUTRAL and symptom_felt(c.words)
            else c
            for c in sentence
        ]
    return out


def symptom_felt(clause: Sequence[str]) -> bool:
    """Does ``clause`` tell a symptom felt ("got stung twice", "my eyes twitch", "allergy
    flaring"), not negated nor easing ("not been stung since", "the swelling went down")?"""
    if not _EASED.isdisjoint(clause) or not _EASING.isdisjoint(clause):
        return False
    return any(
        word in _SYMPTOMS and not any(is_negator(w) for w in clause[max(0, i - 3) : i])
        for i, word in enumerate(clause)
    )


def cost_risen(clause: Sequence[str]) -> bool:
    """Does ``clause`` tell a cost risen ("rent goes up in January", "put the rent up by
    £100", "rent's up $200", "the phone bill was double what I expected", "rent on the unit
    up fifteen percent", "costs have hit 600")?"""
    return any(
        (word in _COSTS or (word.endswith("'s") and word[:-2] in _COSTS))
        and (_risen_after(clause, i + 1) or _sum_reached(clause, i + 1))
        and clause[i - 1 : i] != ["to"]  # "told her to charge double": advice, no cost
        for i, word in enumerate(clause)
    )


def _risen_after(clause: Sequence[str], j: int) -> bool:
    """Is the cost before ``j`` told risen within three words, past what it is on or for?"""
    j += _what_of(clause, j)
    return not _RISEN.isdisjoint(clause[j : j + 3])


# what a cost is on or for ("rent on the unit", "insurance for the van"): read past it
_ON_OR_FOR: Final = frozenset({"on", "for"})
_THE: Final = frozenset({"the", "my", "our", "a"})
# a cost said to reach a sum ("costs have hit 600", "the bill's reached four figures")
_REACHED: Final = frozenset({"hit", "reached", "topped"})


def _what_of(clause: Sequence[str], j: int) -> int:
    """How many words after a cost name what it is on or for ("on the unit" → 3), or 0."""
    if clause[j : j + 1] and clause[j] in _ON_OR_FOR and clause[j + 1 : j + 2]:
        return 3 if clause[j + 1] in _THE and len(clause) > j + 2 else 2
    return 0


def _sum_reached(clause: Sequence[str], j: int) -> bool:
    """Does the cost before ``j`` reach a sum told in figures ("have hit 600", "hit £2k")?"""
    for k in range(j, min(j + 3, len(clause) - 1)):
        if clause[k] in _REACHED:
            return clause[k + 1][:1].isdigit()
    return False


def left_open(tokens: list[str], start: int, end: int) -> bool:
    """Does ``tokens[start:end]`` leave a question about the writer's lot open: nobody knows
    ("nobody knows if we keep our jobs") or the writer is not sure of a whole statement
    ("not sure rangering has a future")?"""
    for i in range(start, min(end, len(tokens) - 2)):
        # the word after may open a condition, where the clause's reading stops ("… if")
        pair, after = tokens[i : i + 2], tokens[i + 2]
        nobody = pair == ["nobody", "knows"] or tokens[i - 1 : i + 2] == ["no", "one", "knows"]
        if nobody and after in _OPEN:
            return True
        if pair == ["not", "sure"] and after not in _OPEN and after not in _NOT_A_STATEMENT:
            return True
    return False


def scant(tokens: list[str], start: int, end: int) -> bool:
    """Does ``tokens[start:end]`` tell a need barely met ("barely covers the rent", "we're
    barely speaking"), not an old trouble that barely registers ("barely think about it")?"""
    return any(
        tokens[i] == "barely" and tuple(tokens[i + 1 : i + 2]) not in _REGISTERS
        for i in range(start, end)
    )


def reproach_reported(tokens: list[str], start: int, end: int) -> bool:
    """Does ``tokens[start:end]`` report someone's reproach that the writer gives another
    thing more than them ("says I love the birds more than her", "thinks I talk to clients
    more than I talk to her")?"""
    clause = tokens[start:end]
    for i in range(len(clause) - 1):
        if clause[i] in _REPORTS and clause[i + 1] == "i":
            rest = clause[i + 2 :]
            return any(
                rest[j : j + 2] == ["more", "than"] and rest[j + 2 : j + 3] in _PERSON_AFTER
                for j in range(len(rest))
            )
    return False
