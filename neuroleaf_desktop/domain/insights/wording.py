"""How people type: texting forms and one-slip typos of the words the topic rules read.

A question is read after two light repairs, so "whn did i last go for a walk", "im always
exausted" and "y do i feel so deprssed" meet the same rules as their careful spelling:

* texting forms, a short fixed list ("y" only as the first word: "y am i so tired");
* a word one slip away from a word the rules rely on (a feeling, a question word, "help"):
  one letter left out (not the first), two neighbouring letters swapped, or one letter
  typed twice. Only words of
  four letters or more are repaired, never into a shorter word, and never a real word that
  happens to be one slip away ("tried" stays "tried", not "tired"; "mediation" is not
  "meditation"; "were" is not "where");
* in a long word (eight letters or more), two letters left out, one of them a vowel, the
  way people type fast ("exaustd" → "exhausted", "overwhlmd" → "overwhelmed"); the first two
  letters and the last one stay as typed, so a real word two letters away ("dressing" from
  "depressing") is not reached (the few that still are stay real words: "excise").

Names keep their spelling: a capitalised word is never repaired. Pure.
"""

from __future__ import annotations

import re
from typing import Final

from neuroleaf_desktop.domain.insights.vocabulary import KNOWN_WORDS


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# The words the topic rules rely on, in their usual spellings.
TARGETS: Final = _words(
    "anxious anxiety anxiously worried worrying nervous panicking panicky depressed depression "
    "exhausted exhausting tired stressed stressful stress deadline deadlines sleep sleeping "
    "insomnia lonely loneliness miserable hopeless motivation motivated energy overwhelmed "
    "unmotivated help helps helped helping when what where which usually lately really before "
    "because therapy meditation meditating exercise exercising drained knackered restless "
    "sadness upset crying awake asleep nightmare nightmares relaxed relax happy happier "
    "irritable grumpy frazzled jittery loneliness panic panicked overwhelming exhaustion "
    "fatigue fatigued frustrated angry unhappy afraid sleepless burnout worry worries calm "
    "sleepy energetic depressing nerves"
    # a place of an everyday activity ("walking in the forrest"); not "walking", one slip
    # from the real "waking"
    " forest"
    # activities and the words around them ("is swiming actualy doing anything for me", "does
    # runnin evn help"): fillers typed fast would otherwise read as part of the thing
    " swimming running jogging cycling actually anything even"
    # the body's slang for no energy left ("so shatterd evry arvo")
    " shattered"
)
# Real words a slip (or two) away from a target: never repaired.
REAL_WORDS: Final = frozenset(
    _words(
        "tried tied tire seep seeping were whee cal cam clam rally mediation mediating hep "
        "wory clam cams eve nerve "
        # two letters away from a long target ("panicked", "exercise", "motivated")
        "packed packing excise excising motived"
    )
)
TEXTING: Final[dict[str, str]] = {
    "u": "you", "ur": "your", "b4": "before", "bc": "because", "cuz": "because",
    "cos": "because", "rly": "really", "abt": "about", "tho": "though", "pls": "please",
    "wanna": "want to", "gonna": "going to", "dunno": "don't know", "n": "and",
    "cnt": "can't", "cant": "can't", "nite": "night", "nites": "nights", "2nite": "tonight",
    "2day": "today", "wrk": "work", "slp": "sleep", "ppl": "people", "bday": "birthday",
    "wit": "with", "wiv": "with", "wid": "with",
    # question words and fillers typed by sound: "wat helpd wen", "wot sorted it", "agen"
    "wat": "what", "wot": "what", "wen": "when", "agen": "again", "agn": "again",
    "evry": "every", "evrything": "everything", "gud": "good", "coz": "because",
    "wk": "week", "wkend": "weekend", "tmrw": "tomorrow", "nxt": "next", "wud": "would",
    "cud": "could", "shud": "should", "nuthin": "nothing", "sumthin": "something",
    # words spelled as they sound or with their vowels dropped: "heart goin like mad evry time
    # the fone rings", "drained aftr wrk" (too short for the dropped "g" read below)
    "goin": "going", "doin": "doing", "fone": "phone", "fones": "phones", "aftr": "after",
    # the afternoon in Australian slang: "so shattered evry arvo"
    "arvo": "afternoon", "arvos": "afternoons",
    # ... and short words with their vowels dropped: "wy am i so wrn out", "tird", "shd i"
    "wy": "why", "wrn": "worn", "tird": "tired", "shd": "should",
}  # fmt: skip
_FIRST_WORD: Final[dict[str, str]] = {"y": "why"}


def _slips(word: str) -> set[str]:
    """Every spelling of ``word`` with one letter left out (not the first), two neighbours
    swapped, or one letter typed twice ("tirred", "stresssed")."""
    found = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
    found.update(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
    found.update(word[: i + 1] + word[i:] for i in range(1, len(word)))
    found.discard(word)
    return found


LONG_WORD: Final = 8
_VOWELS: Final = frozenset("aeiou")


def _two_slips(target: str) -> set[str]:
    """A long word typed fast: two letters left out, one of them a vowel, neither of its
    first two letters nor its last one ("exhausted" → "exaustd")."""
    inner = range(2, len(target) - 1)
    return {
        target[:i] + target[i + 1 : j] + target[j + 1 :]
        for i in inner
        for j in inner
        if i < j and (target[i] in _VOWELS or target[j] in _VOWELS)
    }


def _typo_table() -> dict[str, str]:
    targets = set(TARGETS)
    table: dict[str, str] = {}
    for target in TARGETS:
        for slip in _slips(target):
            if len(slip) >= 3 and slip not in targets and slip not in REAL_WORDS:
                table.setdefault(slip, target)
    for target in (t for t in TARGETS if len(t) >= LONG_WORD):  # one slip always comes first
        for slip in _two_slips(target):
            if slip not in targets and slip not in REAL_WORDS:
                table.setdefault(slip, target)
    return table


TYPOS: Final = _typo_table()
_TOKEN: Final = re.compile(r"(?:[^\W_]|')+")  # letters of any alphabet ("Oisín"), digits


def _dropped_g(word: str) -> str:
    """A spoken "-in'" for "-ing" ("cookin", "runnin'", "worryin"), or "-n" typed fast
    ("cookn", "joggn"): the "-ing" word, when the topic rules read it; any other word ending
    in "in" or "n" ("cabin", "cousin", "seen") stays."""
    bare = word.rstrip("'")
    if len(bare) < 5 or not bare.endswith("n"):
        return ""
    full = f"{bare}g" if bare.endswith("in") else f"{bare[:-1]}ing"
    return full if KNOWN_WORDS.fullmatch(full) else ""


# "4" for "for" before whom or what something is for ("any gud *4* my head", "good 4 me"); a
# number elsewhere ("awake at 4") stays.
_FOUR: Final = re.compile(
    r"(?<!at )(?<!by )(?<!till )(?<!until )(?<!past )(?<!around )(?<!about )(?<!to )"
    r"\b4(?= (?:my|me|you|u|your|ur|the|a|an|it|that|this|sleep)\b)",
    re.I,
)


# Spoken fillers, as voice typing writes them: "um", "uh", "er", and the openings that only
# hold the floor ("okay so", "oh yeah", "hang on let me think", "hey journal", "what was I
# saying"). They are dropped so the question's own form starts the sentence.
_FILLER_RX: Final = re.compile(
    r"\b(?:um+|uh+|erm*|hmm+)\b[,.…]*\s*"
    r"|^\s*(?:(?:okay|ok|so|right|well) (?:so|like)\b|oh yeah\b|hey(?: there)?,? journal\b"
    r"|hang on\b|let me think\b|(?:hey )?quick one(?: is)?\b|what was i saying\b)[,.…]*\s*",
    re.I,
)


# An opening that asks for candour, not a question of its own: "be honest, does …", "out of
# interest, …". Dropped like the spoken fillers, so the question's own form starts the sentence.
_CANDID_RX: Final = re.compile(
    r"^\s*(?:(?:be|being|to be) (?:honest|straight|real|frank)(?: with me)?|honestly|frankly"
    r"|tell me (?:straight|honestly|the truth)|out of (?:interest|curiosity)|just (?:wondering"
    r"|curious)|(?:quick|random|serious|genuine|honest) question)\s*[,:;.!—–-]+\s*",
    re.I,
)
# Whose reading a weighing is put to: "does *your data say* the sauna helps me", "do *my
# entries show that* archery helps", ", *do you reckon* the allotment calms me". The thing
# weighed is the same as in "does the sauna help me", so the frame is dropped and the question
# read in that form; a frame followed by the person ("do you think *I* sleep worse …") stays,
# as the person is what it weighs.
_REPORTED_RX: Final = re.compile(
    r"(?:^|(?<=[,;:.!?]))(?P<lead>\s*)(?P<aux>does|do|did|would|will)"
    r"(?: (?:your|my|the|all my|all the) (?:data|entries|journal|diary|check-?ins|notes|records"
    r"|numbers|logs?|stats|history)| you)"
    r" (?:say|says|show|shows|suggest|suggests|tell you|tell me|indicate|indicates|reveal"
    r"|think|reckon|see|reckon that|think that)(?: that)?"
    r" (?!(?:i|i'm|im|i've|ive|i'd|we|me|it|it's|that|this|they|there)\b)",
    re.I,
)


def repaired(question: str) -> str:
    """``question`` with texting forms spelled out, one-slip typos of rule words fixed,
    spoken fillers and candid openings dropped, and a weighing put to someone's reading
    ("does your data say X helps") read as the weighing itself ("does X helps")."""
    for _ in range(3):  # openings come in runs: "er what was I saying oh yeah does ..."
        question = _FILLER_RX.sub("", question)
        question = _CANDID_RX.sub("", question)
    question = _REPORTED_RX.sub(lambda m: f"{m['lead']}{m['aux']} ", question)
    question = _FOUR.sub("for", question)
    first = True

    def fix(m: re.Match[str]) -> str:
        nonlocal first
        word, was_first = m[0], first
        first = False
        if word[:1].isupper() and word != word.upper() and not was_first:
            return word  # a name inside the sentence keeps its spelling
        lower = word.lower()
        if was_first and lower in _FIRST_WORD:
            return _FIRST_WORD[lower]
        if lower in TEXTING:
            return TEXTING[lower]
        return TYPOS.get(lower) or _dropped_g(lower) or word

    return _TOKEN.sub(fix, question)
