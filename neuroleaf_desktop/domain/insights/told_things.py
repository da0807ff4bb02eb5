"""Things a question names by its whole shape or its end: a place it ends on, a doing it
tells on its own, the days it asks about, a bare verb after "last", and a name of two or
three words.

Each reads one grammatical slot and says only what fills it, when nothing the person's data
or the vocabulary holds does (``things.is_new``). They live apart from ``things``, which keeps
the words a thing is judged by and the readers of a thing before or after another, so that
each module can grow without passing the style limit.
"""

from __future__ import annotations

import re
from typing import Final

from neuroleaf_desktop.domain.insights.things import (
    LIGHT_VERBS,
    PHRASE_FILLERS,
    TIME_WORDS,
    bare,
    is_new,
    names_feeling,
    new_phrase,
)
from neuroleaf_desktop.domain.insights.vocabulary import word_set

_PLACE_RX: Final = re.compile(
    r"\b(?:in|at|visiting|visited|from|(?:went|go|going|gone|been|moved|trips?|travel\w*|flew"
    # (not everywhere at once: "came at me *from every direction*", "in all sorts")
    r"|holidays?) to)\s+(?!(?:every|all|each|both|any|no|some|several)\b)"
    # (nor a going that is getting worse: "my nights go *to pot*", "it all went to pieces")
    r"(?!(?:pot|pieces|the dogs|rack and ruin|ruin|waste|seed|hell|shreds|mush)\b)"
    r"(?P<x>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)"
    r"\s*[?.!]*\s*$",
    re.I,
)
# Days named by what happens on them: "on *bouldering* nights", "on my *choir* evenings".
# (a determiner is no thing: "on *the* days I go paddleboarding" is read by the next pattern)
_ON_DAYS_RX: Final = re.compile(
    r"\bon (?:my |the |our )?(?P<x>(?!(?:and|or|of|the|my|our|those|these)\b)[a-z][a-z'-]+"
    r"(?:\s+(?!(?:and|or|of)\b)"
    r"[a-z][a-z'-]+)?)\s+"
    r"(?:days|nights|evenings|mornings|afternoons|weekends)\b",
    re.I,
)
# ... or by what the person goes to or does on them: "the weeks I make it to *pottery*", "on
# days when I get to *choir*", "the evenings I do *sudoku*".
_DAYS_I_DO_RX: Final = re.compile(
    r"\b(?:days|weeks|nights|evenings|mornings|afternoons|weekends) (?:when |that |where )?i"
    r" (?:make it (?:down |along )?to|get (?:down |along )?to|go (?:along |down )?to|head to"
    r"|do|go)\s+(?:my |the |a |an |some )?"
    r"(?P<x>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\s*(?:[?.!,;]|$)",
    re.I,
)
# What such days are like, not what is done on them ("on rainy days", "on weekday mornings").
_DAY_KINDS: Final = word_set(
    "weekday weeknight rainy sunny cold hot warm wet dark grey gray lazy quiet free rest "
    "sick off normal other certain some most those these such best worst better worse happy "
    "happiest saddest low high calm anxious stressful tired lonely"
)
# (an occasion is no verb: "when was *the last visit*", "the last trip")
_LAST_VERB_RX: Final = re.compile(
    r"\blast\s+(?!(?:visits?|trips?|times?|ones?|sessions?|outings?|occasions?|go)\b)"
    r"(?P<x>[a-z][a-z'-]+)\s*[?.!]*\s*$",
    re.I,
)


# A name inside a simile paints how something feels; it is no one and nowhere asked about:
# "I feel like a wet weekend in Rhyl", "a face like a Monday in Slough" (not "I'd like a day
# in Paris", a wish).
SIMILE_RX: Final = re.compile(
    r"(?<!'d )(?<!would )(?<!i )(?<!we )(?<!you )\blike (?:a|an) [^,;:.!?]*$", re.I
)


def place_at_end(question: str) -> str:
    """An unknown place the question ends on, as written: a lower-case one ("in hospital")
    is then looked for in the entries in any case, like any thing never logged."""
    m = _PLACE_RX.search(question)
    if m is None or SIMILE_RX.search(question, 0, m.start("x")):
        return ""  # a place in a picture of a feeling: "like a wet weekend in Rhyl"
    return m["x"] if is_new(m["x"]) else ""


# A doing said on its own, the whole question a gerund and its thing, with at most when or where
# it is done: "making stained glass on Saturday mornings", "whittling spoons in the shed".
_TOLD_DOING_RX: Final = re.compile(
    r"^\s*(?P<v>[a-z]{3,}ing) (?:(?:a|an|the|some|my|our) )?"
    r"(?P<x>[a-z][a-z'-]+(?: [a-z][a-z'-]+)?)"
    r"(?:\s+(?:on|at|in|every|most|of an?|after|before) [a-z' -]+)?\s*[?.!]*\s*$",
    re.I,
)


def told_doing(question: str) -> str:
    """An unknown doing the whole question names ("making *stained glass* on Saturday
    mornings", "*whittling* spoons in the shed"): a light verb's thing is the doing, another
    verb is the doing itself with what it makes (``bare``); "" for anything else."""
    m = _TOLD_DOING_RX.match(question)
    if m is None or m["v"].lower() in TIME_WORDS or names_feeling(question):
        return ""
    light = m["v"].lower() in LIGHT_VERBS
    thing = bare(m["x"] if light else f"{m['v']} {m['x']}")
    return thing if is_new(thing) else ""


def on_days(question: str) -> str:
    """An unknown thing that names the days the question asks about ("how is my mood on
    *bouldering* nights"); "" for days named by what they are like ("on rainy days")."""
    m = _ON_DAYS_RX.search(question) or _DAYS_I_DO_RX.search(question)
    if m is None or {w.lower() for w in m["x"].split()} & (_DAY_KINDS | PHRASE_FILLERS):
        return ""
    return m["x"] if is_new(m["x"]) else ""


def last_verb(question: str) -> str:
    """The bare verb of "when did I last *paint*?"."""
    m = _LAST_VERB_RX.search(question)
    return m["x"] if m and is_new(m["x"]) else ""


# A word that may carry on a name: not a verb of the question, a question word or a spoken
# punctuation mark ("the last time I played padel *was when*", "the park *question mark*").
_NEXT_WORD_RX: Final = re.compile(
    r" (?!(?:is|was|were|are|am|did|does|do|has|had|have|will|can|could|would|should|when"
    r"|where|what|how|why|which|who|question|comma|full|period|i|me|my|it)\b)([^\W\d_][\w'-]*)",
    re.I,
)
# Where the name of what was done ends: the clause's end or a place, time or company after it.
_NAME_ENDS_RX: Final = re.compile(
    r"\s*(?:[,;:.!?()—–]|\s-\s|$)|\s+(?:at|in|on|with|to|for|before|after|again|when|since"
    r"|this|that|last|yesterday|today|and|or|but"
    # ... or the main question asked straight after it: "since starting tai chi *am* I calmer"
    r"|am|is|are|was|were|have|has|had|do|does|did|will|can|could|would|should)\b",
    re.I,
)


def whole_name(question: str, end: int, first: str) -> str:
    """What was done named by two or three words of which ``first`` (ending at ``end``) is only
    the first ("when did I last do *tai chi*", "go *horse riding* at the stables", "had the
    *muay thai class*" → muay thai); "" when the words after it do not close the name."""
    words, at, found = [first], end, ""
    for _ in range(2):
        n = _NEXT_WORD_RX.match(question, at)
        if n is None:
            break
        words.append(n[1])
        at = n.end()
        if _NAME_ENDS_RX.match(question, at) and new_phrase(" ".join(words)):
            found = " ".join(words)
    return bare(found) if found else ""
