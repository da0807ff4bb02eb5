"""Other people as the subject of a sentence: first names and "everyone".

Why: "Priya was so happy with her results", "Marcus is furious with me" and "everyone at work
is on edge" name feelings, but not the writer's (the labelling guide: another person's feeling
is theirs). The attribution rules (``feeling_context``, ``attribution``) know pronouns and
relations ("she", "my sister"); a first name is written as "someone" before the sentence is
read, so the same rules apply to it, and a clause whose subject is someone else keeps its
feeling words for them.

A name is a capitalised word directly followed by a verb a subject takes (``SUBJECT_VERBS``):
"Tom was", "Jo's been", "Dave shouted". As the first word of a sentence (always capitalised) it
must be a common first name (``FIRST_NAMES``: "Library was calm" stays a library); later it
must not be "I", a word of the analyser's own lexicons or of ``COMMON_SUBJECTS``. "Ellie and I
laughed" keeps the writer (no verb right after the name). Misreading a rare capitalised word
as a name costs little: only feelings said of it stop counting as the writer's. A person told
by where they are ("A colleague on the Penzance line got spat at", "Boss at my day job is
annoyed") opens a clause of theirs as the person alone does.
"""

from __future__ import annotations

import re
from typing import Final

from neuroleaf_desktop.domain.analysis.emotions import is_emotion_word
from neuroleaf_desktop.domain.analysis.lexicon import BREAK
from neuroleaf_desktop.domain.analysis.stress_keywords import STRESSOR_LEXICON

PERSON: Final = "someone"
# Subjects that are somebody other than the writer: a feeling in their clause, before any
# word of the writer's, is theirs ("everyone's on edge", "someone was furious").
OTHER_SUBJECTS: Final = frozenset(
    {"someone", "somebody", "everyone", "everybody", "he", "she", "they", "he's", "she's",
     "shes", "theyre",
     "they're", "someone's", "everyone's", "everybody's", "somebody's"}
)  # fmt: skip
SUBJECT_VERBS: Final = (
    "was", "is", "were", "seemed", "seems", "looked", "looks", "felt", "feels", "sounded",
    "sounds", "got", "gets", "has", "had", "said", "says", "told", "thinks", "thought",
    "cancelled", "canceled", "shouted", "yelled", "snapped", "screamed", "loved", "loves",
    "hates", "hated", "cried", "laughed", "been", "always", "never", "just", "really", "so",
    "texted", "messaged", "rang", "called", "came", "went", "left", "moved", "passed",
    "didn't", "doesn't", "won't", "can't", "isn't", "wasn't",
)  # fmt: skip
# Capitalised words that start sentences and are not people.
COMMON_SUBJECTS: Final = frozenset(
    {"today", "yesterday", "tonight", "tomorrow", "everything", "nothing", "life", "it",
     "this", "that", "there", "here", "what", "which", "who", "dinner", "lunch", "breakfast",
     "weather", "weekend", "week", "day", "night", "morning", "evening", "afternoon",
     "holiday", "trip", "party", "class", "gym", "yoga", "therapy", "church", "school",
     "christmas", "easter", "diwali", "eid", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
     "july", "august", "september", "october", "november", "december", "god", "mood",
     "sleep", "food", "coffee", "tea", "music", "news", "time", "home", "house", "flat",
     "rain", "sun", "summer", "winter", "spring", "autumn", "baby", "someone", "everyone",
     "nobody", "anyone", "nan", "gran", "grandad", "grandma", "grandpa", "mum", "dad",
     "mom", "he", "she", "they", "we", "you", "my", "our", "your", "his", "her", "their",
     "the", "a", "an", "and", "but", "so", "then", "still", "just", "also", "after",
     "before", "when", "if", "why", "how", "now", "finally", "honestly", "apparently"}
)  # fmt: skip

# Every sentence starts with a capital, so a first word is taken for a name only when it is a
# common first name ("Tom was so happy"); "Library was calm" stays a library. Later in a
# sentence a capital word before a subject's verb is a name ("…, Tom was so happy").
FIRST_NAMES: Final = frozenset(
    {"aaron", "abby", "adam", "aiden", "aisha", "alex", "alexander", "alfie", "ali", "alice",
     "alison", "amara", "amelia", "amir", "amy", "ana", "andrew", "andy", "angela", "anna",
     "anne", "archie", "arjun", "ava", "ayesha", "beth", "ben", "bella", "bilal", "carla",
     "carlos", "charlie", "charlotte", "chloe", "chris", "claire", "connor", "dan", "daniel",
     "dave", "david", "deepa", "ed", "ella", "ellie", "emily", "emma", "erin", "ethan", "eva",
     "evie", "fatima", "finn", "freddie", "freya", "gemma", "george", "grace", "hannah", "harry",
     "harvey", "hassan", "holly", "isaac", "isabel", "isla", "jack", "jacob", "jade", "jake",
     "james", "jamie", "jane", "jason", "jay", "jen", "jenny", "jess", "jessica", "jo", "joe",
     "john", "jon", "jonny", "josh", "joshua", "julia", "kate", "katie", "kemi", "kerry", "kim",
     "kwame", "laura", "lauren", "leah", "lee", "leila", "leo", "liam", "lily", "lisa", "liz",
     "lola", "louis", "lucy", "luke", "maria", "mark", "marcus", "martin", "mary", "matt", "maya",
     "megan", "mia", "michael", "mike", "mohammed", "molly", "nadia", "naomi", "nat", "nathan",
     "neil", "nia", "nick", "nina", "noah", "olivia", "ollie", "omar", "oscar", "owen", "paul",
     "pete", "peter", "phoebe", "priya", "rachel", "rahul", "raj", "ravi", "rebecca", "rich",
     "rob", "robert", "rosa", "rose", "ruby", "ryan", "sam", "samuel", "sara", "sarah", "scott",
     "sean", "seb", "simon", "sophie", "steph", "steve", "sue", "suzy", "tariq", "tash", "tom",
     "tommy", "tony", "wei", "will", "yusuf", "zara", "zoe"}
)  # fmt: skip
_NAME = re.compile(
    r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+)(?=(?:'s|’s)?\s+(?:" + "|".join(SUBJECT_VERBS) + r")\b)"
)
_FIRST = re.compile(r"^([A-Za-z][a-z]+)(?=(?:'s|’s)?\s+(?:" + "|".join(SUBJECT_VERBS) + r")\b)")
# Texting leaves names in lower case ("jess had a panic attack before physics"): a first word
# in lower case is a name only if it is a first name and no common word ("will", "mark").
WORDS_TOO: Final = frozenset({"will", "mark", "rich", "grace", "rose", "sue", "jay", "nat"})


def _first_name(word: str) -> str:
    lower = word.lower()
    if lower not in FIRST_NAMES or (word == lower and lower in WORDS_TOO):
        return word
    return PERSON


def _is_name(word: str) -> bool:
    lower = word.lower()
    return not (
        word == "I"
        or lower in COMMON_SUBJECTS
        or is_emotion_word(lower)
        or STRESSOR_LEXICON.matches_word(lower)
    )


# "Aunt Rosa's terrified", "Tom's furious": a name, "'s" for "is", then a feeling word.
_NAME_FEELS = re.compile(
    r"\b([A-Z][a-z]+)(?=(?:'s|’s)\s+(?:so\s+|really\s+|absolutely\s+)?([a-z]+))"
)


def people_named(sentence: str) -> str:
    """``sentence`` with first names used as subjects written as "someone"."""
    sentence = _FIRST.sub(lambda m: _first_name(m[1]), sentence.lstrip())
    sentence = _NAME_FEELS.sub(
        lambda m: (
            PERSON
            if is_emotion_word(m[2])
            and (m.start() > 0 or m[1].lower() in FIRST_NAMES)
            and _is_name(m[1])
            else m[1]
        ),
        sentence,
    )
    return _NAME.sub(lambda m: PERSON if _is_name(m[1]) else m[1], sentence)


def subject_is_other(tokens: list[str], start: int, position: int) -> bool:
    """Does the clause at ``start`` begin with another person ("everyone at work is on edge")
    and no word of the writer's come before ``position``?"""
    if start >= len(tokens):
        return False
    if not (
        tokens[start] in OTHER_SUBJECTS
        or _stranger_at(tokens, start)
        or group_at(tokens, start)
        or _placed_person_at(tokens, start)
    ):
        return False
    return not any(t in _WRITER for t in tokens[start:position] if t != BREAK)


_ARTICLES: Final = frozenset({"the", "a", "an", "this", "that", "some"})
STRANGERS: Final = frozenset(
    {"man", "woman", "guy", "lady", "bloke", "stranger", "driver", "passenger", "people",
     "men", "women", "guys", "strangers", "drivers", "passengers"}
)  # fmt: skip


# What follows a subject named by "a" and one noun: "a vendor is furious", "an examiner was".
_INDEFINITE_LINKS: Final = frozenset(
    {"is", "was", "were", "are", "seemed", "seems", "looked", "looks", "sounded", "sounds",
     "got", "gets", "went", "goes"}
)  # fmt: skip


def _stranger_at(tokens: list[str], start: int) -> bool:
    """Does the clause open on a stranger ("the angry man on the bus", "a woman in the queue",
    "a vendor is furious")? A stranger's feelings and quarrels are theirs, as a named
    person's are. Anyone named by "a" and a noun as the subject is such a stranger: writers
    do not call themselves "a vendor", whatever the trade."""
    j = start
    if j < len(tokens) and tokens[j] in _ARTICLES:
        j += 1
    if any(t in STRANGERS for t in tokens[j : j + 2]):
        return True
    return (
        tokens[start] in ("a", "an")
        and start + 2 < len(tokens)
        and tokens[start + 1] != BREAK
        and tokens[start + 1] not in COMMON_SUBJECTS  # "a week was bliss" is the writer's
        and not tokens[start + 1].endswith("ing")  # "a booking was …" names no one
        and tokens[start + 2] in _INDEFINITE_LINKS
    )


# A person named by where they are before what they did or what befell them ("A colleague on
# the Penzance line got spat at", "Mate from the depot got assaulted", "Marco on the other shift
# got kicked"): the place says who they are, and the clause is theirs as "a colleague got spat
# at" is. The place is a short phrase after "on", "from", "at" or "in", with no clause break,
# before a link a subject takes.
_PLACED_PEOPLE: Final = frozenset(
    {"colleague", "colleagues", "coworker", "coworkers", "mate", "mates", "friend", "friends",
     "neighbour", "neighbours", "neighbor", "neighbors", "someone", "lad", "lads", "girl",
     "bloke", "guy", "fella", "driver", "nurse", "manager", "boss", "crewmate", "pal"}
)  # fmt: skip
_PLACED_OPENERS: Final = frozenset({"a", "an", "the", "one", "another", "my", "our"})
_PLACES_BY: Final = frozenset({"on", "from", "at", "in"})
_PLACE_REACH: Final = 5


def _placed_person_at(tokens: list[str], start: int) -> bool:
    """Does the clause open on a person told by where they are ("A colleague on the Penzance
    line got spat at") before a link ("got", "was")?"""
    j = start + (1 if tokens[start] in _PLACED_OPENERS else 0)
    if j + 1 >= len(tokens) or tokens[j] not in _PLACED_PEOPLE or tokens[j + 1] not in _PLACES_BY:
        return False
    for k in range(j + 2, min(len(tokens), j + 2 + _PLACE_REACH)):
        if tokens[k] == BREAK or tokens[k] in _WRITER:
            return False
        if tokens[k] in _INDEFINITE_LINKS:
            return k > j + 2
    return False


# A group as a subject ("the whole team was devastated", "the class were buzzing"): the
# labelling guide reads a group's feeling as theirs, though the writer may be one of them.
GROUPS: Final = frozenset(
    {"team", "class", "squad", "crowd", "group", "staff", "crew", "department", "cast",
     "band", "choir", "audience", "committee"}
)  # fmt: skip
_GROUP_SKIP: Final = frozenset(
    {"the", "our", "my", "whole", "entire", "this", "that", "half", "most", "all", "rest", "of"}
)


def group_at(tokens: list[str], start: int) -> bool:
    """Does the clause open on a group ("the whole team", "our class") followed by a verb
    (not "the team meeting")?"""
    j = start
    while j < len(tokens) and tokens[j] in _GROUP_SKIP:
        j += 1
    # "the whole kitchen was buzzing", "the entire ward was in tears": any place or body of
    # people made whole stands for the people in it
    whole = any(t in ("whole", "entire") for t in tokens[start:j])
    return (
        j < len(tokens) - 1
        and (whole or tokens[j].removesuffix("'s") in GROUPS)
        and tokens[j + 1] in _GROUP_VERBS
    )


# What may follow a group that is the subject ("the team was", "the class were all …").
_GROUP_VERBS: Final = frozenset(
    {"was", "were", "is", "are", "all", "got", "felt", "seemed", "looked", "went", "has",
     "had", "have", "cheered", "celebrated", "cried", "laughed"}
)  # fmt: skip


_WRITER: Final = frozenset({"i", "i'm", "i've", "i'd", "me", "myself", "we", "we're", "us"})


# "the Hendry family": a household named by its surname is one the writer deals with (a
# client, a patient's family), not the writer's own.
_SURNAME_FAMILY: Final = re.compile(r"\b([Tt]he) ([A-Z][a-z]+) famil(?:y|ies)\b")


def households_by_surname(sentence: str) -> str:
    """ "the Hendry family" read as "the Hendrys", so it names no family of the writer's."""
    return _SURNAME_FAMILY.sub(r"\1 \2s", sentence)
