"""People and places a question names: from the person's own journal, in any casing.

A name is the person's when their data holds it: a capitalised word (or two) of a journal
text, or a tag ("lisbon"). A question may write it in any case ("seeing priya", "time with
LENA", "new york"): such a mention counts only for names the journal never writes in lower
case, so "will" never finds a friend called Will, while "Will" still does.

A capitalised name the data does not hold ("Does Paris cheer me up?") is still what the
question is about: its answer says plainly that the journal does not mention it, rather than
answering about something else. Only a word that cannot be anything else counts: not the
first word of a sentence, not a question, day or month word, not in a title-cased question,
and only in a question about the person ("me", "my", "I").

A lower-case word right where a person stands ("after seeing *kate*", "dinner with *ellie*",
"talking to *jo*") is also a name, capitalised, unless it is an ordinary word of that place
("seeing *friends*", "time with *people*", "calls with *mum*").

Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from typing import Final

from neuroleaf_desktop.domain.insights.english_words import english_words
from neuroleaf_desktop.domain.insights.things import (
    TIME_WORDS,
)
from neuroleaf_desktop.domain.insights.told_things import (
    SIMILE_RX,
)
from neuroleaf_desktop.domain.insights.vocabulary import KNOWN_WORDS, word_set

# Words that start a sentence or name time or a family role, not a person or place.
# Holidays are times ("since Christmas"), not people or places; so is the day or night named
# after one ("before or after Bonfire Night", "on Christmas Eve": ``absent_names``).
HOLIDAYS: Final = word_set(
    "Christmas Easter Diwali Eid Hanukkah Ramadan Thanksgiving Halloween Passover "
    # ... by any of their names: "before or after Bonfire Night", "since Hogmanay"
    "Bonfire Hogmanay Xmas Lent Advent Whitsun Whitsuntide Pentecost Shrovetide Vaisakhi Holi "
    "Navratri Kwanzaa Chanukah Hallowe'en Midsummer Solstice Equinox"
)
NOT_NAMES: Final = (
    word_set(
        "I What When Why How Does Did Do Is Are Was Were Can Could Should Would Which Who Where "
        "Whenever Wherever However Whatever Whichever If After Before While Once "
        "Has Have Had Will Any Anything Something Everything Nothing Tell Please Also Then So "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays "
        "Thursdays Fridays Saturdays Sundays January February March April May June July August "
        "September October November December Mum Dad Mom Mother Father Okay Hey Hi Hello "
        "Honestly Seriously Really Lately Today Yesterday Tonight Tomorrow Last Since "
        "She They We You It His Her Their Nobody Somebody Someone Everyone Everybody Anyone"
    )
    | HOLIDAYS
)


# Month and day words that are also given names.
_DATED: Final = word_set("April May June July August Sunday")

# Titles and family words written before a name: the name is the person ("Dr Patel" → Patel,
# "Auntie Mei" → Mei); alone ("Nana") such a word is the person.
TITLES: Final = word_set(
    "dr mr mrs ms mx prof doctor aunty auntie aunt uncle coach sister brother father mother "
    "grandma grandpa granny grandad nan nana gran cousin pastor rev sir miss ate kuya tita tito "
    "mama papa rabbi imam father nonna nonno babcia dziadek abuela abuelo oma opa "
    "professor sensei sifu reverend bishop sheikh"
)


# The roles people have in someone's life, said before their name.
_ROLES: Final = (
    r"(?:friend|mate|pal|bestie|therapist|counsell?or|psychologist|psychiatrist|coach|tutor"
    r"|teacher|mentor|sponsor|trainer|physio|neighbou?r|colleague|flatmate|housemate|partner"
    r"|boyfriend|girlfriend|husband|wife|fiancée?|ex|boss|manager|doctor|gp|nurse|carer"
    r"|sister-in-law|brother-in-law|mother-in-law|father-in-law|stepmum|stepdad"
    # the family joined by a remarriage or one parent: "my stepbrother Callum", "my half-sister"
    r"|step-?(?:brother|sister|son|daughter|mom|mother|father|kid|child)|half-(?:brother|sister)"
    # the one shared with in a pastime, a team or a home, by any compound of "mate" or "buddy":
    # "my bandmate Tavita", "my teammate Rangi", "my running buddy Oskar", "my gym bud Kwame"
    r"|(?:band|team?|class|work|room|flat|house|school|play|gym|ship|crew|uni|course|club"
    r"|bunk|soul|office|desk|lab|squad|running|dance|choir)-?mate|buddy|bud|chum|co-?worker"
    r"|supervisor|line manager|team ?lead(?:er)?"
    r"|landlady|landlord|lodger|instructor|captain|skipper|neighbor|caregiver|care worker"
    r"|key ?worker|support worker|social worker|classmate|student|client|godmother|godfather"
    r"|son|daughter|niece|nephew|grandson|granddaughter)"
)


def _letters(case: Callable[[str], bool]) -> str:
    """A character class of the Latin, Greek and Cyrillic letters of one case: names are
    written in them too ("Oisín", "Zoë", "Łukasz"), not in A to Z only."""
    return "[" + "".join(re.escape(chr(c)) for c in range(0x41, 0x530) if case(chr(c))) + "]"


UPPER: Final = _letters(str.isupper)
LOWER: Final = _letters(str.islower)
# (a town named in hyphened parts with small joining words is one name: "Hay-on-Wye",
# "Stoke-on-Trent", "Bourton-on-the-Water", "Ashby-de-la-Zouch", "Weston-super-Mare")
_NAME: Final = rf"{UPPER}{LOWER}{{2,}}(?:(?:-[a-z]{{2,5}}){{1,2}}-{UPPER}{LOWER}{{2,}})?"

# Someone of the asker's own life by role and name, said to oneself in any person: "my bandmate
# Tavita", "your running buddy Oskar", "our neighbour Femi".
_ROLE_NAMED: Final = re.compile(rf"\b(?:my|your|our|ur) (?:[\w-]+ )?{_ROLES},? (?-i:{_NAME})", re.I)
# ... or named first and then told by their role, a capital opening the sentence: "Lysander, my
# half-brother, when did we last speak", "Oona - my stepmum - does she cheer me up".
# (the family words said before a name as titles too: "Wilhelmina, my cousin")
_ROLE_AFTER: Final = re.compile(
    # (a half or step relation in one word too: "my half-brother", "my step-sister")
    rf",? (?:[-–—] )?(?:my|your|our|ur) (?:[\w-]+ )?(?:(?:half|step|great)-)?(?:{_ROLES}|cousin"
    r"|aunt|auntie|aunty|uncle"
    r"|sister|brother|gran|granny|grandma|grandad|grandpa|nan|nana|mum|mom|dad)\b",
    re.I,
)
_WORD: Final = re.compile(r"[^\W\d_](?:[^\W\d_]|['-])*")
_CAPITAL_RUN: Final = re.compile(rf"\b{_NAME}(?:\s+{_NAME})?\b")
_SENTENCE_START: Final = re.compile(r"(?:^|[.!?:;\"(]\s*|\n)\s*$")
_ABOUT_ME: Final = re.compile(r"\b(?:i|me|my|myself|mine|i'm|i've|i'd|im|ive)\b", re.I)


_TITLE_BEFORE: Final = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St)\.$")


def _starts_sentence(text: str, at: int) -> bool:
    """Whether a word opens a sentence ("Dr. Okafor" does not: the dot ends a title)."""
    before = text[max(0, at - 8) : at].rstrip()
    if _TITLE_BEFORE.search(before):
        return False
    return not before or before[-1] in '.!?:;"(\n'


def name_candidates(question: str) -> list[str]:
    """Capitalised words that could be a person or place ("Sam", "Lisbon")."""
    words = re.findall(rf"\b{_NAME}\b", question)
    return [w for w in dict.fromkeys(words) if w not in NOT_NAMES]


def names_in(
    candidates: Collection[str], texts: Collection[str], tags: Collection[str]
) -> set[str]:
    """Which candidate names the person's own data holds: as a whole, case-sensitive word
    inside a sentence of a journal text, or as a tag (any case: tags are often written in
    lower case, "lisbon"). A name only tagged is still that person's place or person ("Did
    Lisbon do me good?")."""
    # A tag that is a word the topic rules read ("therapy", "sleep") is a topic, not a name.
    tagged = {t.strip().lower() for t in tags if not KNOWN_WORDS.fullmatch(t.strip())}
    found: set[str] = set()
    for name in candidates:
        rx = re.compile(rf"\b{re.escape(name)}\b")
        if name.lower() in tagged or any(_inside_sentence(rx, t) for t in texts):
            found.add(name)
    return found


def _inside_sentence(rx: re.Pattern[str], text: str) -> bool:
    """A capitalised word opening a sentence ("Therapy today.") is not a name by itself."""
    return any(not _starts_sentence(text, m.start()) for m in rx.finditer(text))


def journal_names(texts: Iterable[str], tags: Iterable[str]) -> dict[str, str]:
    """Names the person writes only as names: lower case → their spelling.

    Capitalised words (and pairs: "New York") inside a sentence of an entry, and tags, that
    the entries never write in lower case ("priya" → "Priya"; "will" is an ordinary word).
    """
    capitals: dict[str, str] = {}
    lower: set[str] = set()
    for text in texts:
        lower.update(w for w in _WORD.findall(text) if w.islower())
        for m in _CAPITAL_RUN.finditer(text):
            words = m[0].split()
            if _starts_sentence(text, m.start()):
                words = words[1:]
            for name in (" ".join(words), *words) if len(words) > 1 else words:
                if name.split()[0] not in NOT_NAMES:
                    capitals.setdefault(name.lower(), name)
    names = {k: v for k, v in capitals.items() if not set(k.split()) & lower}
    for tag in tags:  # a one-word tag is often an ordinary word ("home"): only phrases
        key = " ".join(tag.strip().lower().split())
        if " " in key and key.replace(" ", "").isalpha():
            names.setdefault(key, capitals.get(key, key.title()))
    return names


def mentioned(question: str, lexicon: dict[str, str]) -> list[str]:
    """The person's names the question mentions, in any casing, longest match first."""
    words = [w.lower().removesuffix("'s") for w in _WORD.findall(question)]
    found: list[str] = []
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            spelling = lexicon.get(" ".join(words[i : i + size]))
            if spelling and not any(spelling == f or spelling in f.split() for f in found):
                found.append(spelling)
    return found


# What only a person does to the one asking: a capitalised word opening a sentence is a name
# when one of these follows it ("Oluwaseun *rang* last night and I felt lighter").
# Someone calling on the person at home, in any tense: "Ottoline *dropping by*", "when Benedikt
# *pops round*", "Ravi *coming over* for tea", "Mags *coming to stay*", "Ingeborg *stays the
# weekend*", "after Benedikt *has been round*" (not "Kate visiting the gym").
_VISIT: Final = (
    r"visits|visited|(?:came|comes?|coming|popped|pops?|popping|dropped|drops?|dropping"
    r"|call(?:s|ed|ing)?|swung|swings?|swinging) (?:back )?(?:over|round|around|by|in)"
    r"|(?:came|comes?|coming) (?:over |round |up |down )?to stay"
    r"|(?:stays?|stayed|staying) (?:over|the night|the weekend|for the weekend|a few days)"
    r"|(?:has|had) been (?:over|round|around|by)"
    r"|visiting(?! (?:the|a|an|my|your|his|her|their|our|me|us|him|them|it|this|that)\b)"
)
# The verbs of getting in touch in their "-ing" form: after an English word opening the
# question they name a doing ("Bell ringing at the church"), after a name a person calling.
_CONTACT_ING: Final = (
    r"ringing|phoning|calling|texting|messaging|e-?mailing|facetiming|skyping|video[- ]?calling"
    r"|writing (?:to me|to us|me|us)"
)
_CONTACT_ING_RX: Final = re.compile(rf"\s+(?:{_CONTACT_ING})\b", re.I)
_CONTACT_AFTER: Final = re.compile(
    r"\s+(?:rang|rings|phoned|phones|called|calls|texted|texts|messaged|messages"
    # ... in any form of the verb (``_CONTACT_ING``): "Ceridwen *ringing* on a Thursday",
    # "Ottilie *texting* first", "Nia *writing* to me"
    rf"|{_CONTACT_ING}|(?:writes|wrote) (?:to )?(?:me|us)"
    rf"|{_VISIT}"
    r"|told me|asked me|invited me|on the (?:phone|line)"
    # ... or spends time with them: "afternoons Mamó *spends with us*", "Dee stays with me"
    r"|(?:spends?|spent|spending|stays?|stayed|staying) (?:(?:the|an?|some|time|a few|\w+s) )?"
    r"with (?:me|us)"
    # ... or keeps doing to them: "Jess *keeps asking* when I'll next pop round"
    r"|keeps? (?:asking|texting|messaging|ringing|calling|inviting|nagging|telling me))\b"
)

# Time someone spends with the person or the household: "spends with us", "stayed with me".
_WITH_US: Final = re.compile(
    r"\b(?:spends?|spent|spending|stays?|stayed|staying)\s+(?:[\w-]+\s+){0,2}?with (?:me|us)\b",
    re.I,
)

# ... or the one asking is named beside them: "Marcus and me", "Dee and I".
_AND_ME: Final = re.compile(r"\s+and (?:me|i)\b", re.I)
# ... or they are set apart first, then met as "we": "Tomasz, how many weeks since we met up",
# "Ines, when did we last catch up properly" (the person and the one asking are the "we").
_THEN_WE_MET: Final = re.compile(
    r"\s*,(?=[^.?!;]*\bwe (?:\w+ ){0,2}(?:met|meet|saw|see|seen|caught up|catch up|spoke|speak"
    r"|talked|talk|hung out|hang out|got together|get together|went out|go out)\b)",
    re.I,
)
# ... or a place set apart first, then pointed back to as "there", where the person was: "Aldeburgh
# last summer, what was I like while we were there", "Crete in June, was I happier there?" (a
# "there is" or "is there" only says something exists: "Ikea on a Saturday, is there any point").
_THEN_THERE: Final = re.compile(
    r"(?=[^.?!;]*?,[^.?!;]*\b(?:(?:we|i) (?:\w+ )?(?:were|was|went|got|stayed|lived|been)"
    r"(?: \w+)? there\b|there\s*[?.!]*\s*$))",
    re.I,
)


def role_told(question: str) -> list[str]:
    """Names told by their role in the asker's life, either way round ("my stepbrother Callum",
    "Lysander, my half-brother"): the person, more specific than the family or friends their
    role word would name."""
    before = [m[0].split()[-1] for m in _ROLE_NAMED.finditer(question)]
    after = re.findall(rf"\b((?-i:{_NAME})){_ROLE_AFTER.pattern}", question, re.I)
    return [*before, *after]


def absent_names(
    question: str, known_words: re.Pattern[str], *, personal: bool = False
) -> list[str]:
    """Capitalised names the question uses that are surely names (see the module text).

    ``known_words`` matches the words the topic rules already read (feelings, activities):
    "Does Walking help?" is about walking, not a place called Walking. ``personal``: the
    question is about the person whatever its words ("last time uncle Dayo came round, when
    was that" asks the person's own last time).
    """
    # (a name spending time with the person makes the question theirs: "afternoons Mamó spends
    # with us")
    personal = personal or bool(_WITH_US.search(question))
    # (so does someone of the asker's own life named by their role: "your running buddy Oskar")
    personal = personal or bool(_ROLE_NAMED.search(question))
    personal = personal or bool(re.search(rf"(?-i:{_NAME}){_ROLE_AFTER.pattern}", question, re.I))
    if not personal and not _ABOUT_ME.search(question):
        return []
    words = _WORD.findall(question)
    capitalised = [w for w in words if w[:1].isupper() and w not in ("I", "I'm", "I've", "I'd")]
    if len(words) >= 3 and len(capitalised) * 2 > len(words):
        return []  # Title Case Of Every Word says nothing about names
    found: list[str] = []
    for m in _CAPITAL_RUN.finditer(question):
        if SIMILE_RX.search(question, 0, m.start()):
            continue  # a picture of a feeling: "I feel like a wet weekend in Rhyl"
        words_here = m[0].split()
        if words_here[0] in HOLIDAYS or words_here[-1] in ("Night", "Eve"):
            continue  # "Bonfire Night", "Burns Night", "Christmas Eve": a time of year
        if _STYLE_OF_DOING.match(question, m.end()):
            continue  # "Morris dancing", "Nordic walking": a style of the doing, no one
        # a capital opening a sentence is a name when the person is with them or hears from
        # them ("Marcus and me used to meet up", "Ray rang", "Ines, when did we last meet")
        with_me = _CONTACT_AFTER.match(question, m.end()) or _AND_ME.match(question, m.end())
        if _CONTACT_ING_RX.match(question, m.end()) and words_here[0].lower() in english_words():
            with_me = None  # "Bell ringing at the church" is a doing, no one called Bell
        with_me = with_me or _THEN_WE_MET.match(question, m.end())
        with_me = with_me or _THEN_THERE.match(question, m.end())
        with_me = with_me or _ROLE_AFTER.match(question, m.end())
        if _starts_sentence(question, m.start()) and not with_me:
            words_here = words_here[1:]
        titled = len(words_here) > 1 and words_here[0].lower() in TITLES
        if titled:
            words_here = words_here[1:]
        # after a title a month or day word is a name: "Grandma June", "Auntie May"
        name = " ".join(w for w in words_here if w not in NOT_NAMES or (titled and w in _DATED))
        # after a title any capitalised word is a name, even one the rules read ("Tita Joy")
        if name and (titled or not known_words.search(name)):
            found.append(name)
    return found


# A doing named by its style, the style capitalised: "Morris dancing", "Nordic walking", "Thai
# boxing" (not a person doing it to someone: "Kate walking me home").
_STYLE_OF_DOING: Final = re.compile(
    r" (?-i:dancing|walking|boxing|skating|skiing|singing|drumming|wrestling|rowing|cooking"
    r"|knitting|embroidery|calligraphy|massage)\b(?! (?:me|us|him|her|them|round|over|home)\b)"
)


# Where a person stands: after a verb of meeting or a shared time, with no "my" or "the".
_PERSON_SLOT: Final = re.compile(
    r"\b(?:see|sees|seeing|saw|seen|meet|meets|meeting|met|visit|visits|visiting|visited"
    r"|text|texts|texting|texted|(?:call|calls|calling|called|talk|talks|talking|talked|speak"
    r"|speaks|speaking|spoke|chat|chats|chatting|chatted) (?:to|with)|call|calls|calling|called"
    r"|(?:time|dinner|lunch|drinks|coffee|a walk|walks|a weekend|weekends|an evening|evenings"
    r"|a day|nights? out|calls|hanging out|out) with)\s+"
    # a formal title before the name is not the name: "talking with dr okafor" → Okafor
    r"(?:(?:dr|mr|mrs|ms|mx|prof|doctor|coach|pastor|rev)\.?\s+)?"
    rf"(?P<x>(?-i:{LOWER}(?:{LOWER}|['-])+))\b(?!')",
    re.I,
)
# Ordinary words that stand there: not names.
NOT_PEOPLE: Final = word_set(
    "my the a an his her their our your its them him us you it me myself people someone "
    "anyone everyone nobody somebody anybody everybody new old more less other others "
    "friends family colleagues coworkers clients things stuff everything nothing anything "
    "some any all no one two few lots loads much many that this these those there here "
    "doctor doctors therapist nurse gp partner boss manager kids children baby dog cat "
    "again less often before after anymore together alone home out up back "
    # after a verb of calling or meeting: a preposition or the verb asked about, never a name
    "with to for about at on in from by of into over around and or but help helps helped "
    # ... nor how well one sees: "swamped to the point I can't see straight"
    "straight clearly properly "
    # ... nor whom two people see: "when did we last see *each* other", "met *one* another"
    "each another"
)


def lower_name(word: str, known_words: re.Pattern[str]) -> str:
    """A lower-case word where a person stands, capitalised, when it can be a name ("kate" →
    "Kate"); "" for an ordinary word of that place ("friends", "mum", "walking")."""
    ordinary = word in NOT_PEOPLE or word in TIME_WORDS or word.endswith("ing")
    # (a state the texts or calls are left in is no one: "leaving texts *unanswered*")
    ordinary = ordinary or re.fullmatch(r"un\w+(?:ed|read)", word) is not None
    if ordinary or known_words.fullmatch(word) or word.capitalize() in NOT_NAMES:
        return ""
    return word.capitalize()


# A lower-case word right after someone's role: "my running buddy *oskar*", "lunch w my
# coworker *ngaire*" (read as a name only by ``_role_lower_name``).
_ROLE_LOWER: Final = re.compile(
    rf"\b(?:my|your|our|ur) (?:[\w-]+ )?{_ROLES},? (?P<x>(?-i:{LOWER}{{3,}}))\b(?!['’-])"
    # (a word with an object after it is a verb: "my coworker *reckons the* walks help")
    r"(?!\s+(?:the|a|an|my|your|his|her|our|their|me|us|him|them|it|that|this|what|how)\b)",
    re.I,
)
# Chat shorthand no vocabulary holds: "my flatmate *innit*", "my teammate *lmao*".
_CHAT: Final = word_set("imo idk omg lmao lmfao innit abit aswell yknow tonite tmrw xoxo")
_VOWEL: Final = re.compile(r"[aeiouyà-ÿ]")


def _role_lower_name(match: re.Match[str], known_words: re.Pattern[str]) -> str:
    """The word after a role, capitalised, when it can only be a name: no English word the
    shipped vocabulary holds (``english_words``), nor one the rules read, a time, a chat
    shorthand or letters with no vowel ("tbh"), nor followed by a time ("evry week")."""
    word = match["x"]
    vocabulary = english_words()
    if not vocabulary or word in vocabulary or word in _CHAT or not _VOWEL.search(word):
        return ""
    after = re.match(r"\s+(\w+)", match.string[match.end() :])
    if after is not None and after[1].lower() in TIME_WORDS | {"week", "weeks", "day", "days"}:
        return ""
    return lower_name(word, known_words)


# Someone who calls on the person, named before the visit: "when *ottoline* drops by" (read
# as a name only by ``_role_lower_name``), or a given name that is also a word the rules keep
# out, written with its capital mid-sentence: "when *Will* pops round", "the days *May* visits".
# A word after an article or a quantity is a thing or a creature, never a given name: "watching
# *the starlings* come in", "*some geese* coming over", "*those swifts* swinging by".
_VISITOR: Final = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bsome )(?<!\bthose )(?<!\bthese )(?<!\ball )"
    r"(?<!\bany )(?<!\bmore )"
    rf"(?<![\w'’-])(?P<x>(?-i:{LOWER}{{3,}}|(?<!^)(?:Will|April|May|June|July|August)))"
    rf"(?=\s+(?:{_VISIT})\b)",
    re.I,
)


def _visitor(match: re.Match[str], known_words: re.Pattern[str]) -> str:
    word = match["x"]
    return word if word[:1].isupper() else _role_lower_name(match, known_words)


def people_at_slot(question: str, known_words: re.Pattern[str]) -> list[str]:
    """Lower-case names where a person stands ("after seeing kate" → "Kate"), right after
    their role ("my running buddy oskar" → "Oskar", when no English word) or before a visit
    ("when ottoline drops by" → "Ottoline", when no English word)."""
    found = [lower_name(m["x"], known_words) for m in _PERSON_SLOT.finditer(question)]
    found += [_role_lower_name(m, known_words) for m in _ROLE_LOWER.finditer(question)]
    found += [_visitor(m, known_words) for m in _VISITOR.finditer(question)]
    return [name for name in dict.fromkeys(found) if name]


def company_rx(name: str) -> re.Pattern[str]:
    """A name standing as someone's company: "with Tomasz", "Tomasz and I", or where a person
    is met or spoken to ("the days I talk to Kemi and go swimming", "when I see Ade", "on the
    phone to Gran", "Grace on the phone", "Ray rang"), or named with a family word or title
    ("Uncle Ray", "my cousin Dev"): the person is more specific than "family"."""
    return re.compile(
        r"\b(?:with|(?:talk|speak|chat|chatt|listen)(?:s|ed|ing)? to|(?:see|sees|seeing|saw|meet"
        r"|meets|meeting|met|visit|visits|visiting|visited|call|calls|calling|called|ring|rings"
        r"|ringing|rang|phone|phones|phoning|phoned|text|texts|texting|texted|hug|hugged)"
        rf"(?: up)?|on the (?:phone|line) (?:to|with))\s+{re.escape(name)}\b"
        rf"|\b{re.escape(name)} and (?:i|me)\b|\b(?:me|i) and {re.escape(name)}\b"
        rf"|\b{re.escape(name)}(?:'s)?{_CONTACT_AFTER.pattern}"
        # a family word or title before the name: "Uncle Ray", "my sister Nadia", "Rabbi Cohen"
        rf"|\b(?:{'|'.join(sorted(TITLES))})\.? {re.escape(name)}\b"
        # ... or the role a person has for someone, before the name or with a comma: "my friend
        # Chidi", "the old therapist, Rosalind", "my sponsor Dee"
        rf"|\b{_ROLES},? {re.escape(name)}\b",
        re.I,
    )


def titled_contact(question: str) -> bool:
    """Whether the question names someone by a title where a person is met or spoken to ("is
    talking to *Professor Lindqvist* making it worse", "after seeing Aunty Ngozi"): that is
    someone in the person's own life, so the question is about them even with no "me"."""
    titles = "|".join(sorted(TITLES, key=len, reverse=True))
    rx = (
        r"\b(?:(?:talk|speak|chat|chatt|listen|writ)(?:s|ed|ing|e|es)? (?:to|with)|(?:see|seeing"
        r"|saw|meet|meeting|met|visit|visiting|visited|call|calling|called|ring|ringing|rang"
        r"|phon(?:e|ed|ing)|text|texting|texted)(?: up)?|(?:time|sessions?|appointments?|catch-ups?"
        rf"|lunch|dinner|coffee) with)\s+(?:{titles})\.?\s+(?-i:{UPPER}{LOWER}+)"
    )
    return re.search(rx, question, re.I) is not None


def named_after_title(text: str, word: str) -> str:
    """The name a title or family word of the journal is written before ("Grandma *Rosa*",
    "Auntie *June*"): the name is the person more exactly than the word; "" when none follows
    (a month or day word after a title is a name)."""
    if word.lower() not in TITLES:
        return ""
    m = re.search(rf"\b{re.escape(word)}\.? (?-i:([A-Z][a-z-]+))\b", text, re.I)
    if m is None or (m[1] in NOT_NAMES and m[1] not in _DATED):
        return ""
    return m[1]
