"""The subject a question names in its own grammar, once the kind of question is known.

The topic rules find a subject by what they know: a logged activity, a person or place of the
journal, a capitalised name, a thing weighed by "does X help". When the rules or the learned
classifier know that a question is about an activity, a person or a place, or asks "when did
I last …", but none of those found *what*, the subject is still in the question's words, in
one of a few grammatical slots:

* what someone started or stopped: "since I started *sea swimming*", "since I took up *choir*";
* whom someone last saw and where they last went or were: "since I saw *Tendai*", "last time
  I went to *the allotment*", "when was I last up at *the lake*";
* where or with whom someone is: "when I'm up in *Aberdeen*", "when I see *Farah*";
* what someone does before how they feel: "after *choir practice*", "after seeing *Kofi*";
* where a stretch of time was spent that a time is counted from: "since a night at *the
  theatre*";
* what a question weighs: "does *clay modelling* help", "has *the allotment* made any
  difference";
* who opens the question by getting in touch: "*Oluwaseun* rang last night";
* what the person says they took up, when the question then asks about "it": "I've taken up
  *crochet*, any sign it settles me?" (``taken_up``, read by the topic rules too).

A capitalised word there is a person or place, kept as written. A person the phrase is done
with is the subject over what is done ("does time with *LENA* help" → Lena, "calls with
*Priya*", "after dinner with *ellie*", "seeing *kate*"): capitalised as a name, in any case the
names module reads one in; "time with friends", "time with the dog" name no one (``person_in``:
the topic rules take that person even when the journal names no one). Otherwise
the phrase is named by the default activity whose everyday words it holds ("listening to
music" → music, "long swims" → exercise, "the woods" → nature) or by an activity the person
logs, else kept as written (a thing the journal may not hold: its answer says so plainly),
without the frame it is taken in ("choir practice" → choir, "the pottery course" → pottery). A
phrase that is only a feeling, a time or a filler ("since I started feeling low", "after a bad
night") names nothing, and nothing is returned: a subject is never guessed.

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final, Literal

from neuroleaf_desktop.domain.insights.asking import COUNT, FRONTED_RX, SUBJECT_RX, WHAT_ABOUT_RX
from neuroleaf_desktop.domain.insights.effect_words import WEIGHING_VERBS
from neuroleaf_desktop.domain.insights.feeling_signs import (
    QUARREL_RX,
    QUARREL_WORD_RX,
    WORRIED_OVER_RX,
)
from neuroleaf_desktop.domain.insights.feeling_words import FEELING_RX
from neuroleaf_desktop.domain.insights.hobby_tools import made_craft, tools_in
from neuroleaf_desktop.domain.insights.names import NOT_NAMES, NOT_PEOPLE, TITLES, lower_name
from neuroleaf_desktop.domain.insights.things import (
    JOINERS,
    PHRASE_FILLERS,
    SPENT,
    TIME_WORDS,
    VISIT_FRAME,
    bare,
    drink_tea,
)
from neuroleaf_desktop.domain.insights.vocabulary import (
    ACTIVITY_SYNONYMS,
    KNOWN_WORDS,
    STOPWORDS,
    WORK_RX,
    activity_pattern,
)

SubjectKind = Literal["activity", "name"]

# Up to four words ("few glasses of wine"), as few as reach the end of the phrase.
_X: Final = r"(?P<x>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3}?)"
# Where the phrase ends: punctuation, the end, or a word that starts the rest of the question.
# (a word after it is a word of its own: "when did I last *e*at" never ends at its "at")
_END: Final = (
    r"(?=\s*(?:[?.!,;:]|$)|\s+(?:(?:and|or|but|help\w*|make\w*|made|cheer\w*|calm\w*|settle\w*"
    r"|affect\w*|do|does|did|is|was|has|have|again|last|lately|recently|before|because|when|then|so|for"
    r"|with|at|in|on|to|than|this|that|every|each|more|less|i|i'm|im|ive|i've|any|much|how"
    # an auxiliary put before the person opens the question itself: "after poker nights *am* I"
    # (not a clause's own verb: "after the kids *are* in bed" is a time, no thing)
    r"|(?:am|are|were)(?= (?:i|my|we)\b)"
    # a tag asked after the clause: "since I went down the lido *hasn't it*"
    r"|(?:has|is|was|did|does|do|have)n'?t)\b))"
)
_DET: Final = r"(?:(?:a|an|the|my|some|our|his|her|their|that|this)\s+)?"
_SLOTS: Final = tuple(
    re.compile(body, re.I)
    for body in (
        # "since I started sea swimming", "since I took up choir", "since I quit vaping"
        r"\bsince (?:i (?:first |finally )?(?:started|began|took up|got into|joined|stopped|quit"
        # (the person left unsaid: "since *taking up* bouldering", "since giving up sugar")
        r"|gave up)|(?:taking up|starting|beginning|getting into|joining|stopping|quitting"
        r"|giving up))"
        rf"\s+(?:doing |going to |going |going for )?{_DET}{_X}{_END}",
        # "since I saw Tendai", "last time I went to the allotment", "when did I last see Nana"
        # ... "the most recent entry where I went to church", "which date I go to the mosque"
        # (also done together: "last time *we* went to the coast", "*me and Jo* went")
        r"\b(?:last time (?:that )?(?:i|we|me and [\w'-]+|[\w'-]+ and (?:i|me))|since i"
        r"|when did i|when was i|when have i|(?:entry|day|date|night) (?:where |when |that )?i)"
        r"(?: last| most recently)?(?:\s+(?:saw|see|seen|met|meet|visited|visit|went|go|gone"
        r"|did|do|done|had|have|played|play|tried|try|was|been|got|get|rang|ring|called|call"
        r"|phoned|spoke to|talked to|texted|heard from|(?:make|made) it|caught up))?"
        rf"\s+(?:out |up |over |round |back |down )?(?:(?:to|for|in|at|with)\s+)?{_DET}{_X}{_END}",
        # "when I'm up in Aberdeen", "when I see Farah", "when I go to choir"
        r"\bwhen (?:i'?m|im|i am|i)\s+(?:(?:up|down|out|over|back|away|round) )?(?:in|at|with|see"
        rf"|visit|go to|go for|do|play)\s+{_DET}{_X}{_END}",
        # "after choir practice", "after seeing Kofi"
        # ... a visit or a stretch of time framing the place: "after a trip to the garden
        # centre", "after a Sunday at the flea market"
        rf"\bafter (?:seeing |visiting |doing |going to |going for |playing )?{_DET}"
        rf"(?:{VISIT_FRAME} {_DET})?"
        rf"{_X}{_END}",
        # "does clay modelling help", "has the allotment made any difference"; going to a thing
        # is the thing ("does going to orienteering club help")
        rf"^\s*(?:does|do|did|is|are|was|has|have|can)\s+"
        rf"(?:(?:going|getting|heading|making it) (?:off )?to )?{_DET}{COUNT}{_X}"
        # (an adverb of truth between: "has fishing *ever* calmed me")
        r"(?:\s+(?:actually|really|truly|honestly|ever|even|still))?"
        rf"\s+(?:{WEIGHING_VERBS}|made|(?:do(?:es|ing)?|done|did) (?:me|anything|much))\b",
        # "Oluwaseun rang last night"
        r"^\s*(?P<x>(?-i:[A-Z])[\w'-]+)\s+(?:rang|rings|phoned|called|texted|messaged|visited"
        r"|(?:came|popped|dropped) (?:over|round|by|in))\b",
        # a time counted from a stretch of time spent at a place: "been ages since a night at
        # the theatre", "how long since an afternoon out at the races" (the place, not the
        # night's sleep)
        rf"\bsince (?:a|an|one|my last|our last|the last) {SPENT}{VISIT_FRAME} {_DET}{_X}{_END}",
    )
)
# Words that join a verb to its thing or fill a phrase: never a subject on their own.
_EMPTY: Final = (
    STOPWORDS
    | TIME_WORDS
    | PHRASE_FILLERS
    | JOINERS
    | frozenset(("our", "his", "her", "their", "that", "this"))
    # the verb of a feeling is no thing done ("when did I last *feel* calm")
    | frozenset(("feel", "feels", "felt", "feeling"))
)
# Default activities by their everyday words, most specific first ("a walk in the woods" is
# nature, not walk).
_CANON: Final = tuple(
    (name, activity_pattern(name))
    for name in sorted(ACTIVITY_SYNONYMS, key=lambda name: name != "nature")
)


def canonical(phrase: str, activities: Collection[str] = ()) -> str:
    """The activity a phrase names: one the person logs, word for word, or a default one by its
    everyday words ("listening to music" → music); "" for none."""
    lower = phrase.lower()
    for activity in sorted(activities, key=len, reverse=True):
        if re.search(rf"(?<![\w-]){re.escape(activity.lower())}s?(?![\w-])", lower):
            return activity
    for name, rx in _CANON:
        if rx.search(phrase):
            return name
    return ""


# What a lone doing is done in or into, to its clause's end: "filling *in my one-line-a-day
# diary*", "scribbling *into the bullet journal*".
_DONE_IN_RX: Final = re.compile(r"\s+(?:in|into) (?:my|a|an|the|our|his|her)\b[^,;:.?!]*", re.I)


def done_in(text: str, end: int, thing: str) -> str:
    """A lone doing word is the activity the thing it is done in names ("filling in my
    gratitude diary" is journaling), when the rules know one there; else the doing itself."""
    m = _DONE_IN_RX.match(text, end)
    if " " in thing or not thing.lower().endswith("ing") or m is None:
        return thing
    return canonical(m[0]) or thing


# The verbs of the slots' own frames, in the forms that are no noun: a phrase of nothing else is
# the frame with its thing said elsewhere ("has sea kayaking calmed me *since I started*", "since
# I quit, am I calmer", "when did I last go"), never a thing of its own ("a long call" still is).
_FRAME_VERBS: Final = frozenset(
    (
        *("started", "starting", "began", "begun", "beginning", "joined", "joining", "stopped"),
        *("stopping", "quit", "quitting", "gave", "giving", "took", "taken", "taking", "up"),
        *("into", "got", "getting", "went", "go", "gone", "going", "saw", "seen", "met"),
        *("visited", "did", "done", "had", "played", "tried", "was", "been", "rang", "called"),
        *("phoned", "texted", "made", "it", "caught"),
    )
)


def names_thing(phrase: str) -> bool:
    """Whether a phrase read in a slot names a thing at all: not when it is only the words of
    the slot's frame ("started", "gave up"), with at most words that join or fill a phrase."""
    lower = [w.lower() for w in phrase.split()]
    frame = _EMPTY | _FRAME_VERBS
    framed = any(w in _FRAME_VERBS for w in lower) and all(w in frame for w in lower)
    return bool(lower) and not framed


def _named(phrase: str, activities: Collection[str]) -> tuple[str, SubjectKind] | None:
    words = phrase.split()
    if words[0][:1].isupper() and words[0] not in NOT_NAMES and not words[0].startswith("I'"):
        run = [w for w in words if w[:1].isupper()]
        return " ".join(run).removesuffix("'s"), "name"
    if not names_thing(phrase):
        return None  # the frame alone: its thing is said elsewhere in the question
    if activity := canonical(phrase, activities):
        return activity, "activity"
    if any(rx.search(phrase) for rx in FEELING_RX.values()) or WORK_RX.search(phrase):
        return None  # "since I started feeling low", "after work": a feeling or work, no thing
    # (a drink's tea is its name: "chamomile tea")
    while words and words[-1].lower() in _EMPTY and not drink_tea(" ".join(words)):
        words.pop()
    if not words or all(w.lower() in _EMPTY for w in words):
        return None
    return bare(" ".join(words)).lower(), "activity"  # "choir practice" → choir


# A person next to what is done with them, in the phrase or right after it: "time with LENA",
# "calls with Priya", "dinner with ellie", "seeing Kofi"; the one or two words after the joiner.
_WORD: Final = r"[^\W\d_][\w'-]*"
_WITH: Final = re.compile(
    rf"(?:(?:{_WORD}\s+){{1,3}}?(?P<j>with)|(?:{_WORD}\s+){{0,2}}?(?P<v>seeing|visiting|meeting"
    rf"|(?:talking|speaking|chatting) to))\s+(?P<p>{_WORD})(?:\s+(?P<q>{_WORD}))?",
    re.I,
)


def _capitalised(word: str) -> str:
    """A capitalised or all-capitals word as a name ("Lena", "LENA" → "Lena"), else "".
    Capitals with no vowel are an abbreviation, not a name shouted ("NHS", "GP")."""
    if len(word) < 2 or not word[0].isupper() or word.lower() in NOT_PEOPLE:
        return ""
    if word.isupper() and not re.search(r"[AEIOUY]", word):
        return ""
    name = word.capitalize() if word.isupper() else word
    return "" if name in NOT_NAMES or KNOWN_WORDS.fullmatch(word) else name


def _person_with(text: str, m: re.Match[str]) -> str:
    """The person a slot's phrase is done with ("time with LENA" → "Lena"), else "": the person
    is the subject even next to an activity, while "time with friends" or "with the dog" name
    no one and the phrase keeps its own subject."""
    w = _WITH.match(text, m.start("x"))
    if w is None:
        return ""
    joiner = w.start("j") if w["j"] else w.start("v")
    if joiner > m.end("x") and text[m.end("x") : joiner].strip():
        return ""  # the joiner is past the phrase: another part of the question
    if w["p"].rstrip(".").lower() in TITLES and w["q"]:
        # "sessions with Dr Patel" → Patel, "Aunty Grace" → Grace, "with dr okafor" → Okafor
        lower = lower_name(w["q"], KNOWN_WORDS) if w["q"].islower() else ""
        after = w["q"] if w["q"][:1].isupper() and w["q"] not in NOT_NAMES else ""
        if titled := after or lower:
            return titled
    if first := _capitalised(w["p"]):
        # "Mary Jane", but not the verb of a Title Cased question ("Time With Lena Help")
        ends = not w["q"] or re.match(_END, " " + w["q"], re.I)
        second = "" if ends else _capitalised(w["q"])
        return f"{first} {second}" if second else first
    return lower_name(w["p"], KNOWN_WORDS) if w["p"].islower() else ""


# What the person says they took up, in a clause of its own: "I've taken up *crochet*", "I
# started *sea swimming* in May" ...
_TAKEN_UP: Final = re.compile(
    r"\bi(?:'ve| have|ve)? (?:just |recently |finally |now |also )?(?:taken up|took up|started"
    r"|begun|began|got into|gotten into|joined|signed up for|signed up to)\s+"
    rf"(?:doing |going to (?!bed\b))?{_DET}{_X}{_END}",
    re.I,
)
# ... and the question asks about it by a pronoun: "any sign *it settles* me", "is *it* helping",
# "has *that* made a difference".
_IT: Final = re.compile(
    r"\b(?:does|do|did|is|was|has|had|if|whether|sign|think|reckon) (?:it|that)\b"
    r"|\b(?:it|that)(?:'s| is| has| was)? (?:been )?(?:really |actually |even )?(?:help|settl"
    r"|calm|lift|work|improv|affect|mak|made|doing|done|good|bad|chang)\w*",
    re.I,
)


def taken_up(text: str, activities: Collection[str] = ()) -> tuple[str, SubjectKind] | None:
    """What a question asks about by "it" after saying the person took it up ("I've taken up
    crochet, any sign it settles me?" → crochet), else None."""
    m = _TAKEN_UP.search(text)
    if m is None or not _IT.search(text, m.end("x")):
        return None
    return _named(m["x"], activities)


# ... or what the person says they have kept doing since a time, asked about by "it" or by the
# change in them: "I've been out *paddleboarding* since June, any change in me", "I've been
# *bouldering* every week, is it helping" (one doing word: "I've been sleeping badly since" is
# a feeling, named by its words, and never a thing).
_KEPT_UP: Final = re.compile(
    # (working is the job, the stress topic's own)
    r"\bi(?:'ve| have|ve) been (?:out |off |going )?(?!working\b)(?P<x>[a-z][a-z'-]*ing)"
    r" (?:since|every|each|most|for (?:a|the|weeks|months|ages))\b",
    re.I,
)
# ... or a thing made as a craft, kept up making since a time: "I've been hooking a rag rug most
# evenings" is rag rug making, "I've been pouring candles every weekend" candle making.
_KEPT_MAKING: Final = re.compile(
    r"\b(?:i|you|we|they|she|he)(?:'ve| have|ve|'s| has) been (?:[a-z][a-z'-]*ing) "
    r"(?:(?:a|an|the|some|my|more|little) )?"
    r"(?P<x>[a-z][a-z'-]*(?: [a-z][a-z'-]*)?) (?:since|every|each|most|for (?:a|the|weeks"
    r"|months|ages)|of an?)\b",
    re.I,
)
_CHANGE: Final = re.compile(
    r"\bany (?:change|difference|improvement|effect|sign)\b|\bmade (?:a|any) difference\b", re.I
)


def kept_up(text: str, activities: Collection[str] = ()) -> tuple[str, SubjectKind] | None:
    """What a question asks about by "it" or by a change in the person after saying they have
    kept doing it since a time ("I've been out paddleboarding since June, any change in me?" →
    paddleboarding), else None."""
    made = _KEPT_MAKING.search(text)
    craft = made_craft(made["x"]) if made is not None else ""
    if made is not None and craft and (_IT.search(text, made.end()) or _CHANGE.search(text)):
        return craft, "activity"
    m = _KEPT_UP.search(text)
    if m is None or not (_IT.search(text, m.end("x")) or _CHANGE.search(text, m.end("x"))):
        return None
    return None if m["x"].lower() in _EMPTY else _named(m["x"], activities)


def person_in(text: str) -> str:
    """The person a slot's phrase is done with ("do calls with *Priya* help" → "Priya"), else
    "": the topic rules take it as the subject even when the journal names no one."""
    for rx in _SLOTS:
        for m in rx.finditer(text):
            if person := _person_with(text, m):
                return person
    return ""


# A doing with what it is about told as a clause after it, to the clause's end: "wrote down
# *how I was actually feeling*", "jotted down *what was on my mind*".
_TOLD_CLAUSE: Final = re.compile(r"[^,;:.?!]*?\s(?:how|what)\b[^,;:.?!]*", re.I)


def subject_in(text: str, activities: Collection[str] = ()) -> tuple[str, SubjectKind] | None:
    """The subject the question names in one of its slots (see the module text), or None. A
    doing whose object is a clause is named with it ("since I wrote down how I was feeling" is
    journaling, not "wrote down")."""
    for rx in _SLOTS:
        for m in rx.finditer(text):
            if person := _person_with(text, m):
                return person, "name"
            found = _named(m["x"], activities)
            told = _TOLD_CLAUSE.match(text, m.start("x"))
            whole = canonical(told[0], activities) if told and not canonical(m["x"]) else ""
            if found is not None and found[1] == "activity" and whole:
                return whole, "activity"
            if found is not None:
                return found
    return None


# The slots where a feeling question weighs a thing rather than naming its occasion: where the
# person is or what they do ("am I happier *when I'm at the beach*"), what comes before it ("is
# my mood better *after karaoke*") and what is weighed ("does *fasting* affect my energy"); not
# what the person started or stopped ("since I retired": the time a feeling is set in).
_WEIGHING_SLOTS: Final = _SLOTS[2:5]
# ... and where a stretch of time a last time is counted from was spent ("since a night at *the
# theatre*").
_SPENT_SINCE: Final = _SLOTS[6]
# ... and, for a last time, where the person went or was ("when did I last go to *the lido*",
# "how long since I was down at *the beach*") or what came before ("... sleep well *after a night
# at the caravan*"), not what they had or managed.
_GONE_TO: Final = re.compile(
    r"\b(?:last time (?:that )?(?:i|we)|since i|when did i|when was i|when have i)(?: last)?"
    r"(?:\s+(?:went|go|gone|been|was|were|got|get|made it))?"
    rf"\s+(?:out |up |over |round |back |down )?(?:to|at|in)\s+{_DET}{_X}{_END}",
    re.I,
)
# Where a thing happened, said right after it, when that place is work: "after a pile-up *at
# the office*", "the days after a row *at work*". What happens at work is work, the stress
# topic's own, not a thing the person chose to do.
_AT_WORK: Final = re.compile(
    r"\s+(?:at|in|from) (?:the |my )?(?:office|work|job|workplace|shop floor)\b", re.I
)
# What a phrase holding a verb of being or having, or starting with a pronoun, is: no thing.
_NOT_A_THING: Final = re.compile(
    # (nor does a question word or an indefinite: "is that *what's* dragging me down")
    r"^(?:you|there|it|that|this|i|me|what|what's|whats|who|who's|which|whatever|something"
    r"|anything|nothing|everything)\b|\b(?:is|are|was|were|be|been|am|has|have|had)\b",
    re.I,
)


def weighed_subject(
    text: str, activities: Collection[str] = (), *, last: bool = False
) -> tuple[str, SubjectKind] | None:
    """The thing a question weighs in one of the slots above (``_GONE_TO``, "after" and a stretch
    of time spent somewhere for a last time), as ``subject_in`` names it, or None. The topic
    rules' own weighing (``asking.SUBJECT_RX``: "has *a morning's fishing* off the canal bank
    ever calmed me") is read too, so a thing the rules would weigh is never missed here; so is
    a thing put up front and weighed by "it" after a comma ("*beachcombing* for sea glass on
    Sunday mornings, does it help", ``asking.FRONTED_RX``; "what about *kayaking*, …")."""
    weighing = (*_WEIGHING_SLOTS, SUBJECT_RX, FRONTED_RX, WHAT_ABOUT_RX)
    for rx in (_GONE_TO, _SLOTS[3], _SPENT_SINCE) if last else weighing:
        for m in rx.finditer(text):
            if _NOT_A_THING.search(m["x"]) or _AT_WORK.match(text, m.end("x")):
                continue
            if QUARREL_RX.match(text, m.start("x")) or QUARREL_WORD_RX.search(m["x"]):
                continue  # a row with someone befell the person: "a bust-up with my flatmate, …"
            if person := _person_with(text, m):
                return person, "name"
            if (found := _named(m["x"], activities)) is not None:
                return found
    return None


def taken_subject(text: str, activities: Collection[str] = ()) -> tuple[str, SubjectKind] | None:
    """What the question says the person took up, started or stopped ("since I took up
    *archery*", "since taking up *bouldering*"), as ``subject_in`` names it, or None."""
    for m in _SLOTS[0].finditer(text):
        if _NOT_A_THING.search(m["x"]):
            continue
        if (found := _named(m["x"], activities)) is not None:
            return found
    return None


# A question that weighs a doing told at length, from its opening verb to the verb of effect:
# "does *jotting a page of scrawl into a spiral notebook at lights-out* clear my mind", "has
# *throwing pots at the evening pottery class* made me less wound up". Too long for a slot.
_WEIGHED_AT_LENGTH: Final = re.compile(
    r"^\s*(?:does|do|did|is|are|was|has|have|can|could|might|would|will)\s+"
    r"(?P<x>[a-z][^?.!,;]{8,120}?)"
    rf"\s+(?:{WEIGHING_VERBS}|made (?:me|my)|(?:do(?:es|ing)?|done|did) (?:me|anything|much))\b",
    re.I,
)
# ... or put up front at length and weighed by "it" after a comma: "*writing down three things
# I'm grateful for before lights out*, has it changed anything", "*ringing the church bells with
# the tower team*, does it do my head any good" (a gerund opens it: a story does not).
_FRONTED_AT_LENGTH: Final = re.compile(
    r"^\s*(?P<x>[a-z]+ing\b[^?.!,;]{8,120}?)\s*,\s*(?:and )?(?:(?:does|do|did|is|are|was|has"
    r"|have) (?:it|that|this|they)\b|(?:any )?(?:good|bad) for (?:me|my)\b|any (?:good|use|help)\b"
    r"|worth (?:it|keeping)\b"
    # ... or by the change it makes, asked of "it": "am I calmer for it", "was she happier after it"
    r"|(?:am|was|are|were|is) (?:i|you|she|he|we|they) (?:any |more |less )?[a-z]+ (?:for|after)"
    r" (?:it|that|them)\b)",
    re.I,
)
# A class, club or course named by its discipline: "at *the evening pottery* class", "my
# Tuesday *life drawing* group" (when it meets is no part of it, ``things.bare``).
_CLASS_OF: Final = re.compile(
    r"\b(?:at|in|to|from|during) (?:the|my|a|an|our|this) (?P<x>[a-z][a-z'-]+(?: [a-z][a-z'-]+)?"
    r"(?: [a-z][a-z'-]+)?) (?P<f>class|classes|club|course|courses|lessons?|workshops?|group)\b",
    re.I,
)


def weighed_at_length(
    text: str, activities: Collection[str] = ()
) -> tuple[str, SubjectKind] | None:
    """What a question weighs when the doing is told at length (``_WEIGHED_AT_LENGTH``): an
    activity of the person or a default one its words name ("a spiral notebook" → journaling),
    else the discipline of a class it is done at ("the evening pottery class" → pottery);
    None when it names neither: a subject is never guessed from a long phrase."""
    # (or put first in a few words and weighed after a break, by a default activity's words the
    # person never logs: "my fortnightly counselling since spring, any difference to me")
    m = (
        _WEIGHED_AT_LENGTH.search(text)
        or _FRONTED_AT_LENGTH.search(text)
        or FRONTED_RX.search(text)
    )
    if m is None or _NOT_A_THING.search(m["x"]) or _AT_WORK.search(m["x"]):
        return None
    if WORRIED_OVER_RX.match(m["x"]) or QUARREL_RX.match(m["x"]) or QUARREL_WORD_RX.search(m["x"]):
        # what the person frets about, or a row with someone, is the condition: "does fretting
        # about X …", "does fighting with my dad wreck my sleep"
        return None
    if activity := canonical(m["x"], activities):
        return activity, "activity"
    if doing := tools_in(m["x"]):  # "ringing the church bells" is bell ringing
        return doing, "activity"
    held = _CLASS_OF.search(m["x"])
    if held is None:
        return None
    discipline = bare(f"{held['x']} {held['f']}").lower()
    if all(w in _EMPTY for w in discipline.split()) or KNOWN_WORDS.search(discipline):
        return None
    return discipline, "activity"


# The pursuit a doing put first is done for: "rolling paper strips into coils *for quilling*",
# "sanding offcuts *for whittling*", "cutting card *for decoupage*".
# (when it is done is no part of it: "for mosaics *of an evening*")
_DONE_FOR: Final = re.compile(
    r"\bfor (?:the |my |a |an )?(?P<x>[a-z][a-z'-]+(?: (?!(?:of|on|at|every|in|most)\b)"
    r"[a-z][a-z'-]+)?)(?:\s+(?:of an?|on|at|every|in the|most) [a-z' ]+)?\s*$",
    re.I,
)
# A scene taken in or a way travelled is the occasion of a feeling, not a pursuit practised:
# "*watching* the kids play in the garden", "*making my own way* home late".
_SCENE_OR_ROUTE: Final = re.compile(
    r"(?:watching|seeing|hearing|looking|listening|making (?:my|our) (?:own )?way|getting"
    r"|going|coming|heading|driving|commuting|travelling|traveling|riding|waiting|sitting)\b",
    re.I,
)
_PARTICLE: Final = re.compile(r"\b([a-z]+ing) (?:down|up|out|off)\b", re.I)
# The doing itself, a gerund and up to two words of what it handles, before where or how.
_DOING_HEAD: Final = re.compile(
    r"^(?P<x>[a-z]+ing(?: (?!(?:into|onto|in|on|at|for|with|by|from|to|of|over|under|round"
    r"|around|through|before|after|while|until|till|up|out|off|down)\b)[a-z][a-z'-]+){0,2})",
    re.I,
)


def fronted_doing(text: str) -> tuple[str, SubjectKind] | None:
    """A doing put up front at length and weighed by "it" after a comma (``_FRONTED_AT_LENGTH``:
    "rolling paper strips into coils for quilling, does it calm me"), as a thing: the pursuit it
    is done for when the phrase ends on one ("quilling"), else the gerund and what it handles
    ("rolling paper strips"); None when the phrase names a feeling, a default activity or work
    (the topic rules read those), or a worry or a row (the condition, not a thing).

    Read for grounding only (``grounded.unheld``): whatever the feeling words after the comma
    say, the question weighs this doing, so a feeling's items would answer another question."""
    m = _FRONTED_AT_LENGTH.search(text)
    if m is None or _NOT_A_THING.search(m["x"]) or _AT_WORK.search(m["x"]):
        return None
    phrase = m["x"]
    if _SCENE_OR_ROUTE.match(phrase):
        return None
    # (a verb's own particle is no feeling: "sanding *down* offcuts", "winding *up* the wool")
    plain = _PARTICLE.sub(r"\1", phrase)
    if any(rx.search(plain) for rx in FEELING_RX.values()) or WORK_RX.search(phrase):
        return None
    if WORRIED_OVER_RX.match(phrase) or QUARREL_RX.match(phrase) or QUARREL_WORD_RX.search(phrase):
        return None
    if canonical(phrase):
        return None  # a default activity's words: the topic rules read it
    if pursuit := _pursuit_of(phrase):
        return pursuit, "activity"
    head = _DOING_HEAD.match(phrase)
    if head is None:
        return None
    return (head["x"].lower(), "activity") if names_thing(head["x"]) else None


def _pursuit_of(phrase: str) -> str:
    """The pursuit a doing put first names: by a tool or machine of one pursuit ("polishing
    stones in the rock tumbler" → rock tumbling), or by what it is done for, a craft named by
    what it makes too ("for chainmail" → chainmail making); "" for neither."""
    if doing := tools_in(phrase):
        return doing
    done_for = _DONE_FOR.search(phrase)
    if done_for is None or not names_thing(done_for["x"]):
        return ""
    return made_craft(done_for["x"]) or done_for["x"].lower()


def fronted_pursuit(text: str) -> str:
    """The pursuit a doing put up front at length serves, when the doing is only a step of it
    (a verb and what it handles: "polishing stones", "linking rings"): a tool of one pursuit
    ("in the rock tumbler" → rock tumbling), a craft named by what it makes ("for chainmail" →
    chainmail making) or by its own gerund ("for quilling"). The question weighs that pursuit
    over the step's verb. "" otherwise: a bare gerund is a pursuit of its own ("doodling in my
    sketchbook"), and a thing done for a use or for a while names none ("chopping wood for the
    stove", "practising a card trick for hours")."""
    m = _FRONTED_AT_LENGTH.search(text)
    if m is None or fronted_doing(text) is None:
        return ""
    phrase = _PARTICLE.sub(r"\1", m["x"])
    step = _DOING_HEAD.match(phrase)
    # (a step worked at what it handles is one too: "chipping at a block of limestone")
    at_it = re.match(r"[a-z]+ing (?:at|with|on|into|over|through)\b", phrase, re.I)
    if step is None or (" " not in step["x"] and at_it is None):
        return ""
    if doing := tools_in(phrase):
        return doing
    done_for = _DONE_FOR.search(phrase)
    if done_for is None or not names_thing(done_for["x"]):
        return ""
    pursuit = done_for["x"].lower()
    # (a pursuit of two words ending in its gerund too: "for paper marbling", "for wood turning")
    gerund = re.fullmatch(r"(?:[a-z-]+ )?[a-z-]+ing", pursuit)
    return made_craft(pursuit) or (pursuit if gerund else "")
