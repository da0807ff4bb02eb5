"""Things a question names that no rule knows: an activity or a place.

Each form is a plain grammatical slot, read only when nothing the person's data or the
vocabulary holds fills it; the answer then says plainly that the journal does not mention the
thing, instead of borrowing another topic's evidence. The slots, the first read here and the
others in ``told_things``:

* the thing *after* or *before* which the person asks how they are ("do I sleep better after
  *sauna*?", "how am I after *dancing*"), when it ends the question or a comparison ("…
  or …", "… than …");
* a place the question ends on after "in", "at", "from" or a verb of travel ("went to"; a
  bare "to" is most often a verb: "does it help me to *talk*?") ("was I happier in
  *new york*"), written in any casing; time words ("in october", "in winter") are not places;
* a bare verb after "last" ("when did I last *paint*");
* the days the question asks about, named by what happens on them ("on *bouldering* nights"),
  not by what they are like ("on rainy days").

``told_things`` also reads a doing told on its own and a name of two or three words. This
module keeps the words a thing is judged by (``bare``, ``is_new``) and the readers of a thing
after, before or opening a comparison.

A question about the app itself (exporting, passwords, "how does this app work") is not
about the person's journal at all, whatever else it says (``app_questions``).

Pure.
"""

from __future__ import annotations

import re
from typing import Final

from neuroleaf_desktop.domain.insights.clauses import spent_after
from neuroleaf_desktop.domain.insights.english_words import english_words
from neuroleaf_desktop.domain.insights.feeling_words import FEELING_RX
from neuroleaf_desktop.domain.insights.hobby_tools import made_by_verb
from neuroleaf_desktop.domain.insights.vocabulary import (
    ACTIVITY_SYNONYMS,
    KNOWN_WORDS,
    STOPWORDS,
    TIMED_RX,
    activity_pattern,
    word_set,
)

# Times of day, meals, seasons, months and days: when something happens, not a thing or place.
TIME_WORDS: Final = word_set(
    "breakfast lunch dinner tea supper meals meal midnight dark sunset sunrise noon christmas "
    "holidays holiday vacation easter summer winter spring autumn fall january february march "
    "april may june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays "
    "sundays weekdays weeknights tonight today yesterday tomorrow lately recently ages years "
    # parts of a day or week that frame a visit ("the afternoons round at Nanna's")
    "morning mornings afternoon afternoons evening evenings weekend weekends lunchtime "
    "lunchtimes "
    # ... and the meals' own times: "why does Monday *teatime* drag me under"
    "teatime teatimes dinnertime dinnertimes suppertime suppertimes "
    # ... and the day's edges: "what keeps waking me at *dawn*"
    "dawn dusk daybreak nightfall "
    # the holidays of the year: "was it before or after *Bonfire Night*", "since Hogmanay"
    "bonfire hogmanay xmas lent advent whitsun pentecost halloween diwali eid hanukkah ramadan "
    "thanksgiving passover solstice equinox midsummer "
    "months while general particular normal public town home bed school class all now then "
    # how often, not what: "the *fortnightly* sessions with my counsellor"
    "daily weekly fortnightly monthly nightly yearly hourly regular "
    "before after that this those these them him her us together alone myself yourself once "
    # life events: a time someone asks before or after, not a thing they do ("since the move")
    "move breakup break-up split divorce wedding funeral surgery operation accident diagnosis "
    "lockdown pandemic redundancy bereavement miscarriage birthday "
    # verbs whose object is a person ("after seeing, Sam or Priya?"), not a thing of their own
    "seeing meeting talking speaking calling visiting texting chatting being doing having "
    # numbers count hours or times ("awake until three or four"), never a thing of their own
    "one two three four five six seven eight nine ten eleven twelve "
    # what follows "or" / "than" without naming anything ("… or not?", "… than before?")
    "not no never else more less better worse most least either neither both usual normally"
)

# A visit, a day out or a stretch of time spent somewhere frames the place: "a trip to *the
# garden centre*", "a Sunday at *the flea market*", "a Friday night at *the bowling alley*".
VISIT_FRAME: Final = (
    r"(?:(?:trips?|visits?|days? out|outings?|jaunts?) (?:out )?(?:to|at|in|round)"
    r"|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?(?:days?|mornings?|afternoons?|evenings?"
    r"|nights?|weekends?|hours?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)"
    r" (?:out |away )?(?:at|in|round|down at|up at))"
)
# One stretch of time filled by a thing: "*a morning's* fishing", "*an afternoon of* bell
# ringing" (how long it lasts, as "an hour of" is, not when the data is to be read).
STRETCH_OF: Final = (
    r"(?:mornings?|afternoons?|evenings?|nights?|days?|weekends?|week|lunchtime)(?:'s| of)"
)
# ... one such stretch names the visit or the thing, not days or times to split the data by.
# (how it went is no part of it: "a *late* night at the casino", "a *lazy* day at the beach")
SPENT: Final = r"(?:(?:late|long|lazy|whole|big|fun|great|lovely|proper|quiet) )?"
_ONE_VISIT_RX: Final = re.compile(
    rf"\b(?:a|an|one)\s+{SPENT}(?:{VISIT_FRAME}|{STRETCH_OF})\b", re.I
)


def unframed(question: str) -> str:
    """The question without the stretch of time that frames a visit ("after *a Saturday at*
    the car boot sale"), for reading the times it singles out."""
    return _ONE_VISIT_RX.sub(lambda m: " " * len(m[0]), question)


_AFTER_RX: Final = re.compile(
    r"\b(?:after|before)\s+(?:(?:a|an|my|some|the|doing|going|trying|playing|to|for)\s+){0,3}"
    rf"(?:{VISIT_FRAME}\s+(?:the |a |an |my |our )?)?"
    r"(?P<x>(?!(?:after|before)\b)[a-z][a-z'-]+(?:\s+(?!(?:or|than|after|before)\b)[a-z][a-z'-]+){0,2})"
    r"\s*(?=[?.!,]|$|\b(?:or|than|sessions?|class(?:es)?)\b)",
    re.I,
)

# What something is likened to is no thing done: "my chest feels *like a drum*", "sounds like a
# party", "my head's like a washing machine"; nor the picture of a quality, "*tight as a* drum",
# "*fit as a* fiddle", "*as busy as a* beehive" (not what a thing is used or counted as: "such
# as a walk", "as well as the gym", "working as a chef", "out as a PDF").
_LIKENED_RX: Final = re.compile(
    r"\b(?:like|as if|as though)\s+(?:a|an|the|some)?\s*$"
    r"|\b(?!(?:such|well|same|just|so|known|seen|used|out|up|go|goes|went|gone|job|role|hobby"
    r"|work\w*|serv\w*|act\w*|count\w*|start\w*|dress\w*|sign\w*|join\w*|volunteer\w*)\b)"
    r"[a-z]{3,}\s+as\s+(?:a|an|the)\s+$",
    re.I,
)


# A meal, a drink or a catch-up is had for the company: "brunches with the girls" is time with
# friends, unlike a thing done with them ("canasta with the cousins").
OCCASIONS: Final = word_set(
    "brunch brunches lunch lunches dinner dinners breakfast breakfasts supper suppers meal meals "
    "picnic picnics barbecue barbecues bbq bbqs catch-up catch-ups catchup catchups "
    "get-together get-togethers natter natters chat chats chinwag chinwags call calls coffee "
    "coffees cuppa "
    "cuppas drinks takeaway "
    "takeaways "
    # ... or the everyday play shared with them, no pursuit of its own ("a kickabout in the park
    # with my stepsons", "a knockabout with the lads", "a playdate with her cousins")
    "kickabout kickabouts kick-about kick-abouts knockabout knockabouts runaround runarounds "
    "playdate playdates play-date play-dates"
)


def likened(question: str, start: int) -> bool:
    """Whether the words starting at ``start`` are what something is likened to."""
    return bool(_LIKENED_RX.search(question[:start]))


# Words that make a phrase a kind of day or a manner ("a long day", "screen late"), not a thing.
PHRASE_FILLERS: Final = word_set(
    "day days night nights week weeks shift shifts time times session sessions long hard bad "
    "good rough busy big little short early late full whole nice quick proper real decent out "
    "up in off over back home work poor lack enough too much less more extra broken lost last "
    "first next patch spell phase stretch period bout "
    # verbs and adverbs around a subject ("has wine *been* messing with me")
    "been being ever really actually always usually just still also even "
    # how many, not what: "a *few* pints", "a *couple of* glasses"
    "few couple several lots lot bit "
    # how long, not what: "an *hour* pottering about under the trees"
    "hour hours minute minutes "
    # how time is idled, not what fills it: "poking *about* in the woods", "mooching *around*"
    "about around"
)


JOINERS: Final = word_set("to for of with a an the some my")
# How a thing is taken, not the thing: "the pottery *course*", "choir *practice*", "riding
# *lessons*" name pottery, choir and riding.
FRAMES: Final = word_set(
    "course courses class classes lesson lessons practice practices session sessions "
    "workshop workshops "
    # a plural of occasions of a thing is the thing ("camping trips", "the church services",
    # "tarot readings", "my Lego builds"); the singulars are ordinary words of their own
    "trips services readings builds"
)
# A club or a place named by what is done there is that doing ("fencing club", "the
# bouldering wall", "the knitting group", "the bowling alley"); one named by a thing is a place
# of its own ("the bowls club", "the sea wall").
_CLUBS: Final = word_set(
    "club clubs wall walls centre center centres centers hall halls studio studios group groups "
    "alley alleys range ranges rink rinks team teams circle circles"
)


# How much of a thing, not the thing: "an *hour of* hatha", "twenty *minutes of* stretching",
# "a *round of* golf", "a *game of* chess".
_MEASURE_LEAD: Final = re.compile(
    r"^(?:(?:an?|one|two|three|half an?|the|my|our|some|twenty|thirty|forty) )?(?:(?:hours?"
    r"|minutes?|mins?|half[- ]hour|spells?|bits?|spot|rounds?|bouts?|games?|sessions?) of "
    # ... or how long it fills: "an *afternoon of* bell ringing", "a *morning's* fishing"
    rf"|{STRETCH_OF} )",
    re.I,
)
# A verb of handling before its thing names the thing: "*playing* chess", "*folding*
# origami", "*practising* calligraphy" (not "playing *with* the dog", "doing *the* garden").
_HANDLING: Final = word_set("playing doing folding knotting practising practicing")
# ... of them, the ones that work a craft by its material: "folding origami", "knotting macramé"
_WORKING: Final = word_set("folding knotting")
_NOT_THING: Final = word_set("with at on in to for the a an my our some it them that this up out")


# What makes a thing picked up one thing in the hand, not a doing taken up.
_ONE_OF: Final = word_set("a an the this that one")

# The parts of a seaside town written after its name: "a day at Tenby *beach*" is Tenby.
_TOWN_PARTS: Final = word_set(
    "beach beaches sands seafront prom promenade harbour pier quay marina"
)


# The words a doing is begun with: "*taking up* beekeeping", "*getting into* birding",
# "*picking up* crochet".
_TAKEN_UP: Final = (
    frozenset((verb, "up") for verb in ("take", "takes", "taking", "took", "taken"))
    | frozenset((verb, "up") for verb in ("pick", "picks", "picking", "picked"))
    | frozenset((verb, "into") for verb in ("get", "gets", "getting", "got", "gotten"))
)


# When a thing recurs, said before it: "the *Thursday* salsa class", "my *weekly* swim".
_WHEN_BEFORE: Final = word_set(
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night "
    "weekend lunchtime daily weekly fortnightly monthly nightly summer winter spring autumn "
    # ... in the plural, the times it fills: "my *evenings* playing bridge"
    "mornings afternoons evenings nights weekends lunchtimes mondays tuesdays wednesdays "
    "thursdays fridays saturdays sundays"
)


# How a thing is done, alone or led, said before it: no part of what it is.
_HOW_DONE: Final = word_set("solo lone guided")
# The ways of travel that name a trip of their own ("a road trip", "boat trips").
_TRAVELLED_BY: Final = word_set("road boat coach bus train rail car caravan campervan ferry barge")


def bare(phrase: str) -> str:
    """A thing without the frame it is taken in ("pottery course" → "pottery", "an hour of
    hatha" → "hatha", "playing chess" → "chess", "doing a crossword" → "crossword", "the
    Thursday salsa class" → "salsa": when it recurs is no part of what it is)."""
    words = _MEASURE_LEAD.sub("", phrase).split() or phrase.split()
    # done alone or led is how, not what: "*solo* road trips", "*guided* walks"
    if len(words) > 1 and words[0].lower() in _HOW_DONE:
        words.pop(0)
    while len(words) > 1 and (words[-1].lower() in FRAMES or _done_there(words)):
        if words[-1].lower() in ("trip", "trips") and words[-2].lower() in _TRAVELLED_BY:
            break  # a trip by its way of travel is the trip itself: "road trips", "boat trips"
        words.pop()
    # an occasion named by the part of the day it fills is the doing: "crochet *evenings*",
    # "quiz *nights*" (a time named by a time stays one: "Sunday evenings", "late nights")
    if len(words) == 2 and words[1].lower() in FILLED_TIMES and _doing_word(words[0]):
        words.pop()
    # a place named by its town and a part of it in lower case is the town: "Tenby beach"
    if len(words) == 2 and words[0][:1].isupper() and words[1] in _TOWN_PARTS:
        words.pop()
    # (a time before a club or place names it: "the evening group" stays whole)
    while (
        len(words) > 1
        and words[0].lower() in _WHEN_BEFORE
        and not (len(words) == 2 and words[1].lower() in _CLUBS | FRAMES)
    ):
        words.pop(0)
    # a doing taken up is that doing: "taking up beekeeping", "getting into birding"; one
    # thing picked up is that thing handled ("pick up a hook")
    taken = len(words) > 2 and (words[0].lower(), words[1].lower()) in _TAKEN_UP
    if taken and not (words[0].lower().startswith("pick") and words[2].lower() in _ONE_OF):
        del words[:2]
    if len(words) > 1 and words[0].lower() in _HANDLING and words[1].lower() not in _NOT_THING:
        crafted = words.pop(0).lower() in _WORKING
        if crafted and len(words) == 3 and _product(words[-1]):
            del words[1:]  # what it makes, in two words, is not the craft: "*plant hangers*"
    elif len(words) > 2 and words[0].lower() in _HANDLING and words[1].lower() in ("a", "an"):
        del words[:2]  # one of a thing is the thing: "doing *a* jigsaw", "playing *a* sudoku"
    elif len(words) == 2 and _made_by(words[0], words[1]):
        words.pop()  # what a craft makes is not the craft: "whittling *spoons*"
    elif len(words) == 3 and _borrowed_craft(words):
        words[:] = words[1:2]  # a craft by its own borrowed name: "painting *pysanky* eggs"
    elif 2 < len(words) < 5 and _craft_of_two(words) and _made_by(words[1], words[-1]):
        # ... after a craft named in two words too, however what it makes is told: "needle
        # felting *little animals*", "wood turning *bowls*"
        del words[2:]
    return " ".join(words)


def _borrowed_craft(words: list[str]) -> bool:
    """Whether a doing's verb and what it makes hold a craft's own name borrowed from another
    tongue, no English word ("painting *pysanky* eggs", "folding *origami* cranes", "stitching
    *sashiko* patches"): the name is what the person would log. Known only with the word list."""
    verb, name, made = (w.lower() for w in words)
    known = english_words()
    if not known or not verb.endswith("ing") or verb in LIGHT_VERBS or name in known:
        return False
    return name.isalpha() and _product(made)


def _craft_of_two(words: list[str]) -> bool:
    """Whether the first two words name a craft by its tool or stuff and its gerund ("needle
    felting", "wood turning"), no default activity's words among them ("batch cooking")."""
    first, second = words[0].lower(), words[1].lower()
    if first.endswith("ing") or not second.endswith("ing") or first in TIME_WORDS:
        return False
    return not KNOWN_WORDS.search(" ".join(words))


# Verbs that say little without their object: "making candles" is candle making, not making.
LIGHT_VERBS: Final = word_set(
    "making having getting taking going being trying giving putting buying"
)


def _made_by(verb: str, thing: str) -> bool:
    """Whether ``thing`` is what the doing ``verb`` makes or works on ("whittling spoons",
    "painting watercolours"): a plural no rule knows after a verb of doing that is not only a
    handle ("playing chess" is chess) nor a time or a manner."""
    verb = verb.lower()
    if not verb.endswith("ing") or verb in _HANDLING | LIGHT_VERBS or verb in TIME_WORDS:
        return False
    return _product(thing)


# Threads and cloths a craft makes or works, named as a mass: "tatting *lace*", "spinning
# *wool*", "weaving *silk*" (not wood a chore chops, nor a game's board).
_TEXTILES: Final = word_set("lace yarn wool silk thread cloth fabric felt linen tapestry macrame")


def _product(thing: str) -> bool:
    """Whether ``thing`` can be what a doing makes: a plural no rule knows, no frame; or a
    textile it makes or works."""
    thing = thing.lower()
    plural = thing.endswith("s") and not thing.endswith("ss")
    made = (plural and thing not in FRAMES) or thing in _TEXTILES
    return made and not KNOWN_WORDS.fullmatch(thing)


def _done_there(words: list[str]) -> bool:
    """Whether the last word is a club or place named by the doing before it ("bouldering
    wall"); a time of day is no doing ("the evening group", "the morning club")."""
    doing = words[-2].lower()
    return words[-1].lower() in _CLUBS and doing.endswith("ing") and doing not in TIME_WORDS


# Tea named by its kind is a drink, not the meal: "chamomile tea", "bubble tea", "peppermint
# teas" (not "afternoon tea", "toast for tea", "the kids' tea").
_DRINK_TEA_RX: Final = re.compile(r"\b(?P<kind>[a-z][a-z-]+) teas?$", re.I)
_MEAL_TEA: Final = word_set(
    "afternoon high cream cup cups mug mugs pot pots nice proper early late"
)


def drink_tea(phrase: str) -> bool:
    """Whether ``phrase`` ends with tea named by its kind, a drink ("chamomile tea")."""
    m = _DRINK_TEA_RX.search(phrase.strip())
    kind = m["kind"].lower() if m else ""
    return bool(kind) and not {kind} & (TIME_WORDS | STOPWORDS | JOINERS | _MEAL_TEA)


def times_in(phrase: str) -> frozenset[str]:
    """The words of ``phrase`` that make it a time ("after-tea" too); a drink's tea is none."""
    times = {w for w in phrase.lower().split() if w in TIME_WORDS or TIMED_RX.fullmatch(w)}
    return frozenset(times - {"tea", "teas"} if drink_tea(phrase) else times)


def is_new(phrase: str) -> bool:
    """A thing no rule knows: one word that is none of theirs, or a phrase of two or three
    words ("tai chi", "cold water swimming") with a word no rule knows and none of the
    words that make it a time or a manner."""
    words = set(phrase.lower().split())
    if words & STOPWORDS or times_in(phrase):
        return False
    if len(words) == 1 or len(phrase.split()) == 1:
        return not KNOWN_WORDS.search(phrase)
    if names_feeling(phrase):
        return False  # "a panic attack", "social anxiety": a feeling, not a thing done
    # a hyphenated modifier is read as its parts ("*late-night* phone scrolling": late, night)
    if words & PHRASE_FILLERS or _parts(words) & PHRASE_FILLERS:
        return False
    if any(w[:1].isupper() for w in phrase.split()[1:]):
        return False  # "the trip to *Montreal*": the name is the subject
    # words that only join a verb to its thing ("listening *to* music") name nothing
    unknown = [w for w in words - JOINERS if not KNOWN_WORDS.fullmatch(w)]
    if unknown and all(w.endswith("ly") for w in unknown):
        return False  # an adverb beside a known word: "does running *honestly* help"
    # "playing music" is music played: a verb of doing beside a known word names nothing new;
    # a noun that only ends in "ing" is no verb ("*wing* walking", "*ring* fighting")
    return len(unknown) == len(words - JOINERS) or any(not _doing_form(w) for w in unknown)


def _doing_form(word: str) -> bool:
    """Whether ``word`` is a verb's -ing form: something with a vowel before the ending
    ("playing", "doing"), not a noun like "wing", "ring" or "string"."""
    return word.endswith("ing") and re.search(r"[aeiouy]", word[:-3]) is not None


# The default activities by their everyday words ("batch-cook a stew" → cooking).
_DEFAULT_WORDS: Final = tuple(activity_pattern(name) for name in ACTIVITY_SYNONYMS)


def names_feeling(text: str) -> bool:
    return any(rx.search(text) for rx in FEELING_RX.values())


def _parts(words: set[str]) -> set[str]:
    """The parts of the hyphenated words among ``words`` ("late-night" → late, night)."""
    return {p for w in words if "-" in w for p in w.split("-")} - {""}


def new_phrase(phrase: str) -> bool:
    """Whether a phrase of two or three words is a thing no rule knows (``is_new``). A phrase
    the everyday words of a default activity span across words ("batch cooking soups", "a
    stroll along the towpath") is that activity said at length, not a new thing; one known
    word beside an unknown one ("hot yoga") still is."""
    phrase = bare(phrase)
    if _BOOK_KIND_RX.search(phrase):
        return False  # a book by its kind or heft is read like any other: "crime paperbacks"
    return len(phrase.split()) > 1 and is_new(phrase) and not _said_at_length(phrase)


# A book named by its form, at the end of a phrase that says its kind or heft ("chunky crime
# *paperbacks*", "a Scandi *thriller*"); not "books" alone, which a doing can own ("puzzle
# books", "colouring books").
_BOOK_KIND_RX: Final = re.compile(
    r"\b(?:novels?|paperbacks?|hardbacks?|thrillers?|whodunn?its?|page-?turners?|tomes?"
    r"|memoirs?|biograph(?:y|ies)|trilog(?:y|ies)|sagas?|antholog(?:y|ies)|doorstop(?:per)?s?)\s*$",
    re.I,
)


def _said_at_length(phrase: str) -> bool:
    return any(" " in m[0].strip() for rx in _DEFAULT_WORDS for m in rx.finditer(phrase))


# A stretch of time that ends at an occasion: "the six weeks before", "the night before", "the
# run-up before".
_SPAN_BEFORE_RX: Final = re.compile(
    r"\b(?:hours?|days?|nights?|evenings?|mornings?|weeks?|fortnights?|months?|run-?up"
    r"|lead-?up|build-?up)\s*$",
    re.I,
)


def thing_after(question: str) -> str:
    """An unknown thing the person asks how they are after (or before)."""
    m = _AFTER_RX.search(question)
    if m and " " in (said := _unwhen(m["x"])) and said[:1].isupper():
        return ""  # "after *Brendan* comes round": a person and what they do (``names``)
    if m and m[0][:6].lower() == "before" and names_feeling(question[: m.start()]):
        return ""  # "the butterflies *before my driving test*": the occasion of a feeling
    if m and spent_after(question, m.start("x"), FEELING_RX.values()):
        return ""  # "cream-crackered after *lambing*, what's got me back": what it came after
    if m and m[0][:6].lower() == "before" and _SPAN_BEFORE_RX.search(question[: m.start()]):
        return ""  # "in the six weeks *before my finals*": a time window, not a thing done
    if m and _said_at_length(m[0]):
        # the words of a default activity with their place: "an afternoon *in the pine wood*"
        return ""
    if m is None:
        return ""
    thing = _unwhen(m["x"])
    if not is_new(thing) and is_new(bare(thing)):
        thing = bare(thing)  # "the Thursday ceilidh *class*": a frame the words alone miss
    return thing if is_new(thing) else ""


# The parts of a day or week an occasion fills, said after what is done in them.
FILLED_TIMES: Final = word_set("evenings nights mornings afternoons weekends")


def _doing_word(word: str) -> bool:
    """A word that can name what fills a time: not a time, a filler or a stopword itself."""
    lower = word.lower()
    return lower.isalpha() and not {lower} & (TIME_WORDS | PHRASE_FILLERS | STOPWORDS)


def _unwhen(phrase: str) -> str:
    """A phrase without the time it recurs at said first ("Thursday ceilidh" → "ceilidh")."""
    words = phrase.split()
    while len(words) > 1 and words[0].lower() in _WHEN_BEFORE:
        words.pop(0)
    return " ".join(words)


# The side a comparison opens with, said first: "*tai chi* in the park versus a run", "is
# *sea swimming* or the gym better"; where it is done is not part of it. A stretch of time
# spent at a place is the place ("is *an evening on* the allotment better for me than the
# gym"), and a side weighed as better or worse "than" the other opens the comparison too; so
# does a side the question singles out by "it" ("is *it* salsa or the gym that lifts me", "was it
# the allotment or the choir that calmed me").
_FRONTED_SIDE_RX: Final = re.compile(
    r"^\s*(?:(?:is|was|were)\s+it\s+|(?:is|are|does|do|was|were|has|have)\s+)?"
    r"(?:(?:my|the|a|an|some)\s+)?"
    r"(?:(?:evenings?|afternoons?|mornings?|days?|weekends?|hours?)\s+(?:on|at|in|down at"
    r"|up at|out on)\s+(?:the |my |our )?)?"
    # (or a spell of it measured out: "*an hour of* ikebana", "a whole afternoon of bonsai")
    r"(?:(?:(?:an?|one|two|three|half an?|a whole|an entire|a full)\s+)?(?:hours?|evenings?"
    r"|afternoons?|mornings?|sessions?|spells?|stints?|days?|weekends?)\s+of\s+)?"
    r"(?P<x>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2}?)"
    # (where, with the way out to it: "paddleboarding *out on* the estuary", "up in the hills")
    r"(?:\s+(?:(?:out|up|down|over|off)\s+)?(?:in|at|on|by|round|around|with|along)"
    r"\s+(?:the |a |an |my |our )?[\w'-]+"
    r"(?:\s+[\w'-]+)?)?\s*,?\s+(?:vs\.?|versus|or|compared (?:to|with)|rather than"
    r"|as opposed to|(?:up |set |weighed |pitted )?against(?=[^?]*\bwhich\b)"
    r"|(?:any )?(?:better|worse)(?: for (?:me|my \w+))? than"
    # ... or doing more for the person: "does lawn bowls *do more for me than* the gym does"
    r"|(?:do|does|did) (?:more|less) (?:good )?for (?:me|my \w+) than"
    # ... or beating it: "does curling at the ice rink *beat* the gym"
    r"|beats?|outdo(?:es)?|trumps?)\s",
    re.I,
)


def fronted_side(question: str) -> str:
    """An unknown thing the question opens a comparison with ("*Tai chi* in the park versus a
    lunchtime run, which leaves me calmer?" → "tai chi"), in lower case; "" for none."""
    m = _FRONTED_SIDE_RX.match(question)
    # (a person's visits are the person's: "Aunt Lucy's visits vs Uncle Ray's" (``names``))
    if m is None or m["x"].split()[0] in ("I", "I'm") or "'" in m["x"]:
        return ""
    if any(w[:1].isupper() for w in m["x"].split()[1:]):
        return ""
    if craft := made_by_verb(m["x"]):
        return craft  # "building a terrarium" → terrarium building
    thing = bare(m["x"]).lower()
    return thing if is_new(thing) else ""
