"""Sarcasm in one sentence: praise, thanks or a set phrase that mean the opposite.

Why a module of its own: the sentence rules (``sentence_rules``) grew past the size the
project keeps modules to, and the readings of irony form one family that changes together.
Praise alone opening a sentence before an event ("Fantastic, the car failed its MOT"), or
closing one after a trouble ("Pay freeze third year running, lovely"), loving a happening
("Love how …"), a mock promise ("Sure, I'll …") and a set phrase of irony are read as the
writer's annoyance, which the labelling guide names anger; praise before good news ("Fab,
lunch went really well") is meant.
"""

from __future__ import annotations

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
from neuroleaf_desktop.domain.analysis.emotions import Hit
from neuroleaf_desktop.domain.analysis.irony_words import (
    FUTURE_OPENERS,
    LOVE_CLAUSE_OPENERS,
    LOVE_OPENERS,
    MOCK_FILLERS,
    PASSIVE_IRREGULAR,
    PLEASANT_DOINGS,
    PRAISE_AFTER_OH,
    PRAISE_ALONE,
    SARCASM_FILLERS,
    SARCASTIC_FRAMES,
    SURE_WORDS,
    THANKS,
    THAT_SUBJECTS,
    WRITER_OPENERS,
)
from neuroleaf_desktop.domain.analysis.lexicon import BREAK, is_negator
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS, POSITIVE_EMOTIONS
from neuroleaf_desktop.domain.analysis.sentence_rules import SARCASM_CUE, feeling_named
from neuroleaf_desktop.domain.analysis.stress_keywords import category_of, stressful_by_itself


def sarcastic(clauses: list[Clause]) -> list[Clause]:
    """Sarcasm: praise alone opening a sentence before an event ("Fantastic, the car failed its
    MOT", "Oh good, another bloke who rang me at midnight", "Brilliant, they've cut my hours"),
    or a set phrase of irony ("love nothing more than …", "… love that for me"). Its praise is
    no joy and its pleasant words are the irony: it is negative, so a stressor in it counts.
    Sarcasm at what the writer lives through is their anger (the labelling guide), so the
    praise clause carries an anger cue unless a feeling of theirs is named instead. Thanks are
    sarcastic only before a bad event, and praise before the writer's own news ("Great, I
    passed!") is praise. A sentence opened by loving a happening ("Love how …", "love being
    told …") or by a mock promise ("Sure, I'll …") is sarcasm when nothing else in it is
    pleasant."""
    if any(_framed(c.words) for c in clauses) or _retort(clauses):
        return _annoyed(clauses)
    # "just what I needed" after a trouble ("the roof blew off in the storm, just what I
    # needed") is irony; after something pleasant it is meant ("a hot bath, just what I needed")
    if (
        any(_needed(c.words) for c in clauses)
        and not _pleasant_beyond(clauses)
        and _troubled(clauses)
    ):
        return _annoyed(clauses)
    # what is promised is the mockery ("Sure, I'll just relax while …"): only a pleasant word
    # after it, other than closing thanks, can make the promise meant
    if (
        clauses
        and _mock_promise(clauses)
        and not _pleasant_beyond(_without_closing_thanks(clauses[:1] + clauses[2:]))
    ):
        return _annoyed(clauses)
    if (
        clauses
        and not _pleasant_beyond(clauses)
        and _love_opened(clauses[0].words)
        and _troubled(clauses)
    ):
        return _annoyed(clauses)
    if len(clauses) < 2:
        return clauses
    thanked = _thanks_addressed(clauses) or _ironic_thanks_closing(clauses)
    if thanked and not _pleasant_beyond(_without_thanks(clauses)):
        return _annoyed(clauses)
    if _closing_praise(clauses):
        return _annoyed(clauses)
    words = clauses[0].words
    first = [w for w in words if w not in SARCASM_FILLERS]
    oh = bool(words) and words[0] in ("oh", "ah")
    if not first or not all(w in PRAISE_ALONE or (oh and w in PRAISE_AFTER_OH) for w in first):
        return clauses
    if any(c.polarity in (NEGATIVE, MIXED) for c in clauses[1:]):
        return _annoyed(clauses)
    rest = clauses[1].words
    if any(w in THANKS for w in first) or not rest or rest[0] in WRITER_OPENERS:
        return clauses
    if _sincere(clauses[1:]):
        return clauses
    return _annoyed(clauses)


# Words that tell a trouble eased, after which closing praise is meant ("traffic was light
# this morning, nice", "holiday fund is growing, nice").
EASED_WORDS: Final = frozenset(
    {"light", "quiet", "clear", "cheap", "cheaper", "down", "less", "early", "sorted", "free",
     "fine", "paid", "growing", "saved", "off", "done", "finished"}
)  # fmt: skip


CHEERS: Final = frozenset({"yay", "yippee", "hooray"})
# People at work named are no trouble by themselves ("manager said I showed real empathy. Nice.")
PEOPLE_AT_WORK: Final = frozenset({"boss", "colleagues"})


# What praise alone may end on and stay praise alone: "Lovely stuff", "Great stuff", "Perfect
# timing".
_PRAISE_TAILS: Final = frozenset({"aye", BREAK, "stuff", "timing", "that's", "thats"})
# Praise that closes a sentence, and only there, after a trouble ("…, so that's fun"); it
# never opens one as praise alone.
_CLOSING_PRAISE: Final = frozenset({"fun"})


def praise_only(words: tuple[str, ...]) -> bool:
    """Are ``words`` praise alone ("lovely", "oh brilliant", "aye, grand", "great stuff"), no
    thanks or cheer (a cheer closing good news is meant: "got the deposit back, yay!")?"""
    kept = [w for w in words if w not in SARCASM_FILLERS and w not in _PRAISE_TAILS]
    return (
        bool(kept)
        and all(w in PRAISE_ALONE | _CLOSING_PRAISE for w in kept)
        and not any(w in THANKS or w in CHEERS for w in kept)
    )


# A thing broken, lost or spoilt ("the spreadsheet crashed", "woke to a puddle and a chewed
# skirting board"): a mishap names a trouble though no stressor word does, and praise after
# it is as ironic as after one.
MISHAPS: Final = frozenset(
    {"crashed", "broke", "broken", "burst", "leaked", "leaking", "flooded", "smashed",
     "cracked", "jammed", "chewed", "wiped", "deleted", "corrupted", "puddle", "spilt",
     "spilled", "ruined"}
)  # fmt: skip


def trouble_named(clauses: list[Clause]) -> bool:
    """Do ``clauses`` name a trouble of the writer's (a stressor other than a person, not set
    aside, or a mishap) and nothing pleasant or eased ("traffic was light", "fund is
    growing")?"""
    if _pleasant_beyond(clauses) or any(c.polarity == POSITIVE for c in clauses):
        return False
    if any(denied(c.words) or _fails(c.words) for c in clauses):
        return True  # "Can't get a phone on contract for seven years, lovely"
    if any(w in EASED_WORDS for c in clauses for w in c.words):
        return False
    if any(w in MISHAPS for c in clauses for w in c.words):
        return True
    return any(
        not s.set_aside
        and category_of(s.keyword) not in PEOPLE_TOPICS
        and s.keyword not in PEOPLE_AT_WORK
        for c in clauses
        for s in c.stressors
    )


# A thing the writer cannot get or find ("Can't get a GP appointment for three weeks", "couldn't
# find a plumber till March"): a trouble though no stressor word names it. "Can't get enough
# of" and "couldn't get over" are delight, not a lack.
_CANNOT: Final = frozenset({"can't", "cant", "cannot", "couldn't", "couldnt", "still"})
_OBTAIN: Final = frozenset({"get", "find", "book"})
_NOT_A_LACK: Final = frozenset({"enough", "over", "away", "used"})


def denied(words: tuple[str, ...]) -> bool:
    """Do ``words`` open on a thing the writer cannot get or find ("can't get a phone on
    contract", "couldn't find a plumber")?"""
    i = 0
    while i < len(words) and words[i] in _CANNOT | {"i", "we", "just"}:
        i += 1
    return (
        i > 0
        and not {"can't", "cant", "cannot", "couldn't", "couldnt"}.isdisjoint(words[:i])
        and i < len(words) - 1
        and words[i] in _OBTAIN
        and words[i + 1] not in _NOT_A_LACK
    )


# A thing that will not do its job ("the stroller doesn't fit through the door", "the car
# won't start"): a mishap told by a negated use. Said of a person ("I won't work weekends")
# it is a choice.
_WONT: Final = frozenset({"doesn't", "doesnt", "won't", "wont", "wouldn't", "isn't", "wasn't"})
_USES: Final = frozenset(
    {"fit", "work", "working", "start", "open", "close", "load", "charge", "charging", "print",
     "connect", "flush", "drain", "lock", "turn"}
)  # fmt: skip
_PERSONS: Final = frozenset({"i", "we", "you", "he", "she", "they", "it"})


def _fails(words: tuple[str, ...]) -> bool:
    return any(
        w in _WONT and 0 < k < len(words) - 1 and words[k + 1] in _USES
        and words[k - 1] not in _PERSONS
        for k, w in enumerate(words)
    )  # fmt: skip


def _closing_praise(clauses: list[Clause]) -> bool:
    """Praise alone closing a sentence ("Pay freeze third year running while the rent goes up,
    lovely", "head office says there's no budget, fab") after parts that name a trouble of the
    writer's: the same irony as praise opening it, read the same way. Praise said twice ("…
    the shop rent up again, lovely, just lovely") is one closing echo, read as one."""
    kept = len(clauses)
    while kept > 1 and praise_only(clauses[kept - 1].words):
        kept -= 1
    return kept < len(clauses) and trouble_named(clauses[:kept])


def _sincere(after: list[Clause]) -> bool:
    """Praise before good news is praise: the happening after it is a good outcome and holds no
    trouble ("Fab, lunch with Mum went really well", "Lovely, the scan came back clear",
    "Brilliant, the kids slept through the night"). Pleasant words alone do not make it good
    news: irony is made of them ("Ah yes, the joys of a gazebo in a gale")."""
    words = [w for c in after for w in c.words if w not in OUTCOME_INTENSIFIERS]
    good = any(w in GOOD_OUTCOMES for w in words) or any(
        tuple(words[i : i + len(p)]) == p for p in GOOD_OUTCOME_PHRASES for i in range(len(words))
    )
    return good and not any(
        c.polarity in (NEGATIVE, MIXED)
        or any(h.emotion in NEGATIVE_EMOTIONS for h in c.hits)
        or any(is_negator(w) for w in c.words)
        for c in after
    )


# Stress topics a person alone names ("my son", "my partner"): no trouble by themselves.
PEOPLE_TOPICS: Final = frozenset({"family", "relationships"})


def _love_opened(words: tuple[str, ...]) -> bool:
    """ "Love how the printer jams", "oh I love it when they cancel", "love that my landlord
    ignores", "love being handed three deadlines": loving a happening as the first words."""
    i = 0
    while i < len(words) and (words[i] in SARCASM_FILLERS or words[i] == "i"):
        i += 1
    if i >= len(words) - 1 or words[i] not in LOVE_OPENERS:
        return False
    rest = words[i + 1 :]
    if any(rest[: len(o)] == o for o in LOVE_CLAUSE_OPENERS):
        return True
    if rest[0] == "that":
        return len(rest) > 1 and rest[1] in THAT_SUBJECTS
    return (
        rest[0] == "being"
        and len(rest) > 1
        and (rest[1] in PASSIVE_IRREGULAR or (rest[1].endswith("ed") and len(rest[1]) > 4))
    )


def _without_closing_thanks(clauses: list[Clause]) -> list[Clause]:
    """The clauses but a last one of thanks alone ("…, thanks."): after a mock promise that
    thanks is the irony, not something pleasant besides it."""
    if len(clauses) > 1 and clauses[-1].words and set(clauses[-1].words) <= THANKS:
        return clauses[:-1]
    return clauses


def _mock_promise(clauses: list[Clause]) -> bool:
    """ "Oh sure, I'll rewrite the whole plan by nine", "Right, I'll just ignore it, thanks":
    agreement alone, then the writer's own future ("right" only before "I'll just", as a
    plain "Right, I'll book it" is a plan)."""
    first = [w for w in clauses[0].words if w not in MOCK_FILLERS]
    later = [w for c in clauses[1:] for w in c.words[:2]]
    if first == ["right"]:
        return later[:2] in (["i'll", "just"], ["we'll", "just"])
    if not first or not all(w in SURE_WORDS for w in first):
        return False
    return bool(later) and later[0] in FUTURE_OPENERS


# Words after "thanks" that are no one addressed: "thanks a lot" (read elsewhere), "thanks
# again", "thanks so much", "thanks to the rain".
_NOT_ADDRESSED: Final = frozenset(
    {"for", "to", "a", "lot", "so", "much", "again", "very", "heaps", "loads", "god",
     "goodness", "heavens", "anyway", "though", "then", "mate", "x", "xx", "in",
     "advance", "all", "everyone", "everybody", "be", "and", "but", "i", "we"}
)  # fmt: skip
_ADDRESS_MAX: Final = 2  # "thanks Gary", "thank you, Social Services, for …"


def _thanks_addressed(clauses: list[Clause]) -> bool:
    """Is thanks said to someone by name in the sentence ("…, thanks Gary", "Thank you, Social
    Services, for the forty-page form", "Cheers, lads, really appreciate it")? In a journal the
    one thanked will not read it: with nothing pleasant named besides, writers meant it as
    irony, while heartfelt thanks name what they are for ("thank you, universe, for a quiet
    shift")."""
    for k, clause in enumerate(clauses):
        words = clause.words
        if words[:1] in (("thanks",), ("cheers",)):
            rest = words[1:]
        elif words[:2] == ("thank", "you"):
            rest = words[2:]
        else:
            continue
        if not rest and k + 1 < len(clauses):
            rest = clauses[k + 1].words  # the name as a clause of its own: "thank you, Sue, …"
            if clauses[k + 1].stressors:
                return False
        if 1 <= len(rest) <= _ADDRESS_MAX and _NOT_ADDRESSED.isdisjoint(rest):
            return True
    return False


# Thanks closing a sentence in a set form of irony ("…, my head's pounding, thanks a bunch
# Navy", "Boiler died on the coldest night of the year, cheers for that", "ta very much"): after
# a trouble, the writer's exasperation at what they live through. Thanks that go on to name
# what they are for ("thanks a bunch for helping me move") are meant.
_IRONIC_THANKS: Final = (
    ("thanks", "a", "bunch"), ("thanks", "a", "lot"), ("thanks", "very", "much"),
    ("thank", "you", "very", "much"), ("ta", "very", "much"), ("thanks", "for", "that"),
    ("cheers", "for", "that"), ("much", "obliged"),
)  # fmt: skip


def _ironic_thanks_closing(clauses: list[Clause]) -> bool:
    """Does the last part open with thanks in a set form of irony (``_IRONIC_THANKS``), at
    most a name after it, right after a part that tells a trouble (after a kindness, "my sister
    brought round a lasagne, thanks a bunch", the thanks are meant)?"""
    if len(clauses) < 2:
        return False
    last = clauses[-1].words
    form = next((f for f in _IRONIC_THANKS if last[: len(f)] == f), None)
    return (
        form is not None
        and len(last) - len(form) <= _ADDRESS_MAX
        and _NOT_ADDRESSED.isdisjoint(last[len(form) :])
        and _troubled(clauses[-2:-1])
    )


def _without_thanks(clauses: list[Clause]) -> list[Clause]:
    """The clauses with thanks and appreciation set aside (what else is pleasant?)."""
    return [replace(c, hits=tuple(h for h in c.hits if h.emotion != "gratitude")) for c in clauses]


def _pleasant_beyond(clauses: list[Clause]) -> bool:
    """Is anything pleasant named besides the opening praise ("… and it sounds fun", "… when
    my son laughs")?"""
    return any(
        h.emotion in POSITIVE_EMOTIONS and not h.pattern.startswith(("lov", "ador"))
        for c in clauses
        for h in c.hits
    ) or any(w.startswith(PLEASANT_DOINGS) for c in clauses for w in c.words)


def _troubled(clauses: list[Clause]) -> bool:
    """Is the loved happening a trouble: a stressor other than a person named ("love it when my
    son laughs" names a family word, no trouble), an unpleasant feeling or part, a "no"?"""
    return any(
        any(
            category_of(s.keyword) not in PEOPLE_TOPICS or stressful_by_itself(s.weight)
            for s in c.stressors
        )
        or c.polarity in (NEGATIVE, MIXED)
        or any(h.emotion in NEGATIVE_EMOTIONS for h in c.hits)
        or any(is_negator(w) for w in c.words)
        for c in clauses
    )


_NEEDED: Final = (("just", "what", "i", "needed"), ("just", "what", "i", "need"),
                  ("just", "what", "we", "needed"), ("just", "what", "we", "need"))  # fmt: skip


def _needed(words: tuple[str, ...]) -> bool:
    """Does "just what I needed" (or "need", "we") start at any word?"""
    return any(
        tuple(words[i : i + len(phrase)]) == phrase
        for phrase in _NEEDED
        for i in range(len(words) - len(phrase) + 1)
    )


def _retort(clauses: list[Clause]) -> bool:
    """Is a part opened by "as if" a retort ("Manager wants photos of everything, as if I've got
    a third arm", "As if I set the prices")? It opens its own part, after a comma or the
    sentence's start, not after a verb of likeness ("felt as if"), and nothing in the sentence
    is pleasant ("as if by magic, the bus came": meant)."""
    return any(c.words[:2] == ("as", "if") for c in clauses) and all(
        c.polarity != POSITIVE for c in clauses
    )


def _framed(words: tuple[str, ...]) -> bool:
    """Does a set phrase of irony (``SARCASTIC_FRAMES``, ``*`` any word) start at any word?"""
    return any(
        all(f in ("*", w) for f, w in zip(frame, words[i : i + len(frame)], strict=True))
        for frame in SARCASTIC_FRAMES
        for i in range(len(words) - len(frame) + 1)
    )


# A sentence that is only an ironic sign-off ("Love that for us.", "love that for me"): the
# irony is aimed at the sentence before it.
_SIGN_OFFS: Final = (("love", "that", "for", "me"), ("love", "that", "for", "us"))


def mocked_by_the_next(clauses: list[Clause], following: list[str]) -> list[Clause]:
    """``clauses`` of a sentence the next one mocks ("Another guy in trainers carried off the
    tops in the dark. Love that for us.", "oh great another group project where i do
    everything. love that for me"): their pleasant words are the irony's target, so a
    positive clause turns neutral and keeps only its unpleasant feelings, as in a sentence
    read as sarcasm (every writer who signed off so labelled the whole entry negative)."""
    if tuple(w for w in following if w != BREAK) not in _SIGN_OFFS:
        return clauses
    return [
        replace(
            c,
            hits=tuple(h for h in c.hits if h.emotion in NEGATIVE_EMOTIONS),
            polarity=NEUTRAL,
            strength=0.0,
        )
        if c.polarity == POSITIVE
        else c
        for c in clauses
    ]


# Words that answer or close rather than echo: "Fine.", "Anyway.", "Again?" is a question.
_NOT_ECHOES: Final = frozenset(
    {"yes", "no", "ok", "okay", "well", "so", "anyway", "right", "fine", "sure", "and", "but",
     "still", "again", "the", "a", "i", "it", "me"}
)  # fmt: skip
ECHO_CUE: Final = "(echo)"
# "… wants me to do her husband's accounts for nothing. Again.": the trouble come round once
# more, told in one word, is the same indignation (anger in every such row of six writers),
# except after an occasion missed ("Missed my niece's christening for a shift. Again."), where
# the writers labelled sadness, after the writer's own slip ("Forgot my sister's birthday.
# Again."), their shame, and after a bare word or two ("Nits. Again."), which tell too little.
_RECURRED: Final = ["again"]
_MISSED: Final = frozenset(
    {"missed", "missing", "miss", "misses", "instead", "forgot", "forgotten", "forgetting"}
)
_TOLD_MIN: Final = 3
_ARTICLES: Final = frozenset({"a", "an", "the"})
_WITH_ARTICLE: Final = 2


def echoed(
    clauses: list[Clause],
    tokens: list[str],
    before: list[str],
    before_clauses: list[Clause],
    *,
    question: bool = False,
) -> list[Clause]:
    """A sentence that is one word of the sentence before, said again alone ("Manager's cut us
    to two on the door on a Saturday. Two.", "Toilet breaks are timed. Timed!!", "Gynae waiting
    list is now fourteen months. Fourteen."): the writer's indignation, anger, as the writers
    labelled eleven of the twelve such echoes of a sentence with no good part and no feeling
    named. After a good part the echo is delight ("the conductor nodded at me. Nodded!") and
    is left to the exclamation; after a feeling named the feeling decides ("a patient cried
    … seven minutes. seven"); a negation, a question or a word that answers is no echo."""
    words = [w for w in tokens if w != BREAK]
    if len(words) == _WITH_ARTICLE and words[0] in _ARTICLES:
        words = words[1:]  # "… could take a year to settle. A YEAR.": the word echoed
    told = [w for w in before if w != BREAK]
    recurred = words == _RECURRED and _MISSED.isdisjoint(told) and len(told) >= _TOLD_MIN
    if not recurred and (
        len(words) != 1 or not clauses or words[0] in _NOT_ECHOES or words[0] not in before
    ):
        return clauses
    if is_negator(words[0]) or words[0] == "zero" or question:
        return clauses  # "zero issues. ZERO.", "says nothing. Nothing.", "Rest?": no echo
    if any(c.polarity == POSITIVE or c.hits for c in [*before_clauses, *clauses]):
        return clauses
    first = clauses[0]
    first = replace(
        first,
        polarity=NEGATIVE,
        strength=max(first.strength, EMOTION_FLOOR),
        hits=(*first.hits, Hit(0, ECHO_CUE, "anger", 1.0)),
    )
    return [first, *clauses[1:]]


def _annoyed(clauses: list[Clause]) -> list[Clause]:
    """The sentence read as sarcasm: its clauses keep only their unpleasant feelings and a
    positive one turns neutral; the first (the praise or the frame) turns negative at the
    weakest strength."""
    out = [
        replace(
            c,
            hits=tuple(h for h in c.hits if h.emotion in NEGATIVE_EMOTIONS),
            polarity=NEUTRAL if c.polarity == POSITIVE else c.polarity,
            strength=0.0 if c.polarity == POSITIVE else c.strength,
        )
        for c in clauses
    ]
    first = replace(out[0], polarity=NEGATIVE, strength=max(out[0].strength, EMOTION_FLOOR))
    if not feeling_named(out, NEGATIVE_EMOTIONS):
        first = replace(first, hits=(*first.hits, Hit(0, SARCASM_CUE, "anger", 1.0)))
    return [first, *out[1:]]


# A happening that went the writer's way, after opening praise: the praise is meant.
GOOD_OUTCOMES: Final = frozenset(
    {"passed", "won", "arrived", "clear", "recovered", "healed", "approved", "accepted",
     "promoted", "hired", "engaged", "fixed", "sorted", "booked", "delivered"}
)  # fmt: skip
GOOD_OUTCOME_PHRASES: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("went", "well"), ("went", "great"),
     ("went", "fine"), ("slept", "through"), ("on", "time"), ("got", "the", "job"),
     ("job", "offer"), ("came", "back", "clear"), ("came", "back", "fine"), ("made", "it")}
)  # fmt: skip
# Words read past inside those phrases ("went really well", "slept right through").
OUTCOME_INTENSIFIERS: Final = frozenset({"really", "so", "very", "right", "just", "all", "pretty"})
