"""Whether a feeling word in a clause is the writer's feeling now, and whose it is.

A feeling word is not yet the writer's feeling: "mum says I seem happier" is reported
speech, "an anxious dog" describes a dog, "she was furious" is hers, "need to relax" is only
wanted, "less stressed" is easing, "amazing coffee" judges a thing. These rules read the
tokens around an emotion match and say which of those it is; ``clauses.py`` applies them
clause by clause. Whose a stressor is lives in ``attribution``, whose helpers these share.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.attribution import (
    _WHO,
    PREPOSITIONS,
    _phrase_after,
    _without_possessive,
)
from neuroleaf_desktop.domain.analysis.context_words import (
    ABOUT_SPEECH,
    ANIMALS_AND_STRANGERS,
    ARTICLES,
    BEHIND,
    COMPANY_SKIP,
    COPULAS,
    CRYING,
    DESCRIBED,
    DESIRE,
    DESIRE_WINDOW,
    DETERMINERS,
    DOUBTS,
    EASING,
    EASING_WINDOW,
    EVALUATIVE,
    EXPERIENCES,
    FEEL_WORDS,
    FELT_BY_WRITER,
    FELT_TOWARDS,
    FIRST_PERSON,
    GRIEF,
    LESS,
    LINKS,
    LONG_PAST,
    MAX_LINKS,
    MISSED_BEINGS,
    MISSED_EVENTS,
    MISSED_WINDOW,
    OTHER_PERSON,
    OVER,
    PROGRESSIVE,
    REPORTING,
    SITUATIONS,
    STEADY_THINGS,
    STEADY_WORDS,
    TALKS,
    THINGS,
    TOPIC_OF,
    TOPIC_SKIP,
    WAS_FEELING,
)
from neuroleaf_desktop.domain.analysis.emotions import (
    INTENSIFIERS,
    Hit,
)
from neuroleaf_desktop.domain.analysis.feeling_senses import (
    a_pity,
    a_place_gutted,
    an_empty_thing,
    box_ticked,
    settled_in_another_sense,
    sound_of_a_thing,
)
from neuroleaf_desktop.domain.analysis.lexicon import BREAK, is_negator
from neuroleaf_desktop.domain.analysis.models import (
    NEGATIVE_EMOTIONS,
    POSITIVE_EMOTIONS,
)
from neuroleaf_desktop.domain.analysis.people import GROUPS, subject_is_other


def _not_felt_here(tokens: list[str], start: int, end: int, hit: Hit) -> bool:
    """A feeling word used as a topic ("an article about anxiety"), describing a thing ("a
    scary film", "steady work"), or said to be easing ("less stressed", "my anxiety was
    better")? See ``context_words.TOPIC_OF``, ``THINGS``, ``STEADY_THINGS`` and ``EASING``."""
    after = hit.position + len(hit.pattern.split())
    if after < len(tokens) and tokens[after] in THINGS:
        return True
    if sound_of_a_thing(tokens, start, hit.position):
        return True  # "pedal on the harp buzzing again": a sound, not joy
    if an_empty_thing(tokens, start, hit.position):
        return True  # "empty forecourt, empty wallet": the place is empty, no sadness
    if a_pity(tokens, start, hit.position):
        return True  # "shame I can barely keep my eyes open for it": a pity, not shame
    if settled_in_another_sense(tokens, start, hit.position):
        return True  # "Cold has settled on my chest": the ailment taking hold, no calm
    if box_ticked(tokens, start, hit.position):
        return True  # "ticked off for another three years": a task checked, no annoyance
    if a_place_gutted(tokens, start, hit.position):
        return True  # "The kitchen's gutted": a place stripped bare, no sadness
    if hit.pattern in STEADY_WORDS and after < len(tokens) and tokens[after] in STEADY_THINGS:
        return True  # "steady work at last": the work is steady
    # a feeling offered as one of two, undecided: "which is either sad or fine, can't decide"
    before = tokens[max(start, hit.position - 4) : hit.position]
    if before and (
        before[-1] in ("either", "whether")
        or (before[-1] == "or" and not {"either", "whether"}.isdisjoint(before))
    ):
        return True
    if _missed_event(tokens, hit, after) or _about_a_thing_before(tokens, start, hit):
        return True
    # "a nervous seventeen-year-old": an age after the feeling names the person it describes;
    # "a calm chat": the talk (``context_words.TALKS``)
    if tokens[hit.position - 1] in ARTICLES and (
        tokens[after + 1 : after + 3] == ["year", "old"]
        or (after < len(tokens) and tokens[after] in TALKS)
    ):
        return True
    # "the nervous ones finally get it": a feeling word made into a kind of people by "ones"
    # describes them ("the quiet ones", "the scared ones"), never the writer
    if (
        hit.position > start
        and tokens[hit.position - 1] in ARTICLES
        and tokens[after : after + 1] == ["ones"]
    ):
        return True
    # "an angry pupil's parents": the possessive still names the person described
    described = _without_possessive(tokens[after]) if after < len(tokens) else ""
    if described in DESCRIBED and hit.position > start:
        return tokens[hit.position - 1] in ARTICLES  # "an anxious dog", not "miss my gran"
    if after < len(tokens) and tokens[after] in DESCRIBED:
        if hit.position == start:  # "anxious dog at the vet", but "hope mum is ok"
            return tokens[after] in ANIMALS_AND_STRANGERS
        return tokens[hit.position - 1] in ARTICLES  # "an anxious dog", not "miss my gran"
    if hit.pattern == "touched" and _touched_a_thing(tokens, after):
        return True
    j = hit.position - 1
    while j > start and tokens[j] in TOPIC_SKIP:
        j -= 1
    if j >= start and tokens[j] in TOPIC_OF:
        return True
    return eased(tokens, start, end, hit)


# What a hand touches is named after a determiner ("touched the bin", "touched my face"); a
# heart or a soul touched is the writer moved ("it touched my heart").
_TOUCHED_OBJECT: Final = DETERMINERS | {"his", "her", "their", "your", "its", "it", "every"}
_MOVED_PARTS: Final = frozenset({"heart", "soul"})


def _touched_a_thing(tokens: list[str], after: int) -> bool:
    """Is "touched" a verb of the hand with a thing as its object ("touched the bin at work
    without washing my hands")? Being moved is told with no object or a person moved ("so
    touched", "touched by their card", "touched that they came", "it touched me")."""
    if after >= len(tokens) or tokens[after] not in _TOUCHED_OBJECT:
        return False
    return _MOVED_PARTS.isdisjoint(tokens[after + 1 : after + 3])


def eased(tokens: list[str], start: int, end: int, hit: Hit) -> bool:
    """Is an unpleasant ``hit`` said to be easing or over ("less stressed", "my anxiety was
    better", "the panic is over", "work stress is behind me")? That is good news for the
    writer (``clauses`` reads the clause as positive), though not a feeling felt now."""
    if hit.emotion not in NEGATIVE_EMOTIONS:
        return False
    after = hit.position + len(hit.pattern.split())
    if hit.position > start and tokens[hit.position - 1] in LESS:
        return True
    if any(t in EASING for t in tokens[after : min(end, after + EASING_WINDOW)]):
        return True
    if tuple(tokens[after : after + 2]) in OVER:
        return True
    if _phrase_after(tokens[:end], after, LONG_PAST):
        return True
    if _stopped_being(tokens, start, hit.position):
        return True
    return _phrase_after(tokens[: min(end, after + EASING_WINDOW + 1)], after, BEHIND)


# A state the writer has come out of: "I stopped being angry about it", "stopped feeling
# guilty". Only the past tense: "need to stop being so anxious" wants it gone, and "can't stop
# feeling sad" keeps it.
_STOPPED: Final = frozenset({"stopped"})
_STATE_VERBS: Final = frozenset({"being", "feeling", "getting"})


def _stopped_being(tokens: list[str], start: int, pos: int) -> bool:
    """Is the feeling at ``pos`` one the writer stopped having ("where I stopped being angry
    about it"), with no negator before "stopped" ("never stopped being scared")?"""
    if pos - 2 < start or tokens[pos - 1] not in _STATE_VERBS or tokens[pos - 2] not in _STOPPED:
        return False
    return not any(is_negator(t) for t in tokens[max(start, pos - 4) : pos - 2])


def _missed_event(tokens: list[str], hit: Hit, after: int) -> bool:
    """ "missing my niece's birthday", "missed my train": an event missed, not a person (see
    ``context_words.MISSED_EVENTS``); "miss my old life": a thing, not a person
    (``MISSED_BEINGS``)."""
    if hit.emotion != "loneliness" or not hit.pattern.startswith("miss"):
        return False
    if after >= len(tokens):
        return False
    nxt = tokens[after]
    if nxt.endswith("'s") or nxt in MISSED_EVENTS or tokens[after - 1] in MISSED_EVENTS:
        return True
    if tokens[after - 1] != "my":
        return False  # "miss him", "missing home": a person or home named by the pattern
    ahead = tokens[after : after + MISSED_WINDOW]
    if _plural_owners_event(ahead):
        return True
    return not any(w in OTHER_PERSON or w in MISSED_BEINGS for w in ahead)


# What a plural owner's event is called ("my kids' sports day", "my girls' bedtime"): the
# tokenizer drops the apostrophe of a plural possessive, so the people named are followed at
# once by their event, where a missed person is followed by anything else ("miss my kids so
# much", "missing my girls every day").
_OWNERS_EVENTS: Final = MISSED_EVENTS | frozenset(
    {"bedtime", "bedtimes", "sports", "school", "nativity", "christening", "recital", "concert",
     "play", "plays", "graduation", "match", "matches", "game", "games", "parents", "swimming",
     "football", "assembly", "carnival", "show", "presentation", "prizegiving", "tea", "bath"}
)  # fmt: skip


def _plural_owners_event(ahead: list[str]) -> bool:
    """Is the first person after "miss my" followed at once by their event ("Missing my kids'
    sports day again", "I still miss my girls' bedtime every single night")?"""
    for k, word in enumerate(ahead[:-1]):
        if word in OTHER_PERSON or word in MISSED_BEINGS:
            return ahead[k + 1] in _OWNERS_EVENTS
    return False


def _about_a_thing_before(tokens: list[str], start: int, hit: Hit) -> bool:
    """ "passed the exam I was dreading": a feeling in a relative clause after a thing says how
    the thing was seen before (``context_words.WAS_FEELING``), not how the writer feels now."""
    for phrase in WAS_FEELING:
        first = hit.position - len(phrase)
        if first - 2 < start or tuple(tokens[first : hit.position]) != phrase:
            continue
        noun, det = tokens[first - 1], tokens[first - 2]
        if det in DETERMINERS and noun not in FIRST_PERSON and noun != BREAK:
            return True
    return False


def _judges_a_thing(tokens: list[str], start: int, end: int, hit: Hit) -> bool:
    """Is a praise word (``context_words.EVALUATIVE``) judging a thing ("amazing coffee",
    "the film was amazing") rather than naming the writer's joy ("felt amazing", "no emails
    all weekend, amazing!", "the holiday was amazing")?"""
    if hit.pattern.lstrip("~!") not in EVALUATIVE:
        return False
    i = hit.position
    if any(t in FEEL_WORDS for t in tokens[max(start, i - 3) : i]):
        return False
    after = i + 1
    if after < end and tokens[after] != BREAK:
        return tokens[after] not in EXPERIENCES  # "amazing coffee" (but "amazing day")
    words = [t for t in tokens[start:end] if t != BREAK]
    if all(t in INTENSIFIERS or t == tokens[i] for t in words):
        return False  # an exclamation on its own
    return not any(t in EXPERIENCES for t in tokens[start:i])


def _reported(tokens: list[str], start: int, hit: Hit) -> bool:
    """Is ``hit`` inside someone else's words ("my mum says I seem happier", "she told me
    she's stressed")? See ``context_words.REPORTING``."""
    if hit.pattern in ABOUT_SPEECH:
        return False
    for j in range(start, hit.position):
        if tokens[j] in REPORTING and not (j > start and tokens[j - 1] in ("i", "we")):
            return True
    return False


def _only_wanted(tokens: list[str], start: int, hit: Hit) -> bool:
    """Is a pleasant ``hit`` only wanted or tried for ("need to relax", "trying to stay
    calm", "wish I could enjoy it"), out of reach ("too tired to enjoy dinner") or doubted
    ("don't know how we'll keep going")? See ``context_words.DESIRE`` and ``DOUBTS``."""
    if hit.emotion not in POSITIVE_EMOTIONS:
        return False
    if hit.emotion != "gratitude" and _doubted(tokens, start, hit.position):
        return True
    if hit.emotion == "hope":
        return False  # "trying to stay hopeful" is hope
    first = max(start, hit.position - DESIRE_WINDOW)
    before = tokens[first : hit.position]
    too_to = "too" in before and "to" in before[before.index("too") :]  # "too tired to enjoy"
    return too_to or any(t in DESIRE for t in before)


def _doubted(tokens: list[str], start: int, position: int) -> bool:
    """Does a doubt (``context_words.DOUBTS``) come before ``position`` in its clause?"""
    return any(
        tuple(tokens[j : j + len(doubt)]) == doubt
        for doubt in DOUBTS
        for j in range(start, position - len(doubt) + 1)
    )


def _after_preposition(tokens: list[str], start: int, i: int) -> bool:
    """Is the person at ``i`` the object of a preposition ("things with my wife are tense"),
    so not the subject of what follows?"""
    j = i - 1
    while j > start and tokens[j] in COMPANY_SKIP:
        j -= 1
    return j >= start and tokens[j] in PREPOSITIONS


# A feeling word right after these names a thing of someone else's, not a feeling of the
# writer's ("planning everyone else's happy day").
OTHERS_POSSESSIVES: Final = frozenset(
    {"his", "her", "their", "else's", "everyone's", "everybody's", "someone's", "somebody's"}
)


# Links that join a person to a feeling only after a copula: "the owner was in tears" is the
# owner's, "rang my sister in tears" the writer's.
LINKS_AFTER_COPULA: Final = frozenset({"in"})
# What opens a group whose feeling is theirs ("both teams laugh", "the whole crew cheered"):
# a bare "team happy" in a list of the writer's own news may be the writer's too.
GROUP_OPENERS: Final = frozenset({"the", "both", "all", "whole", "entire", "two", "their"})


def _felt_by_someone_else(tokens: list[str], start: int, hit: Hit) -> bool:
    """Is ``hit`` said of another person ("she was furious", "mum cried", "they loved it")?
    See ``context_words.OTHER_PERSON`` for what keeps it the writer's."""
    word = tokens[hit.position]
    if hit.pattern in GRIEF:  # "uncle passed away" is the writer's loss, unless someone else's
        return _after_possessive(tokens, start, hit.position)
    if hit.pattern == "tears" and _in_tears_is_theirs(tokens, start, hit.position):
        return True
    after = hit.position + len(hit.pattern.split())
    matched = tokens[hit.position : after]
    # "mad at me" is theirs; "blamed me for the mix-up" names the writer inside the feeling's
    # own words, so the "for" after it does not turn it towards someone else
    towards = matched[-1] in FELT_TOWARDS or (
        after < len(tokens)
        and tokens[after] in FELT_TOWARDS
        and FELT_BY_WRITER.isdisjoint(matched[1:])
    )
    if not towards and any(t in FELT_BY_WRITER for t in tokens[hit.position : after + 1]):
        return False
    if word.endswith("ing") and word not in PROGRESSIVE:
        return False
    if (
        hit.position > start
        and tokens[hit.position - 1] in OTHERS_POSSESSIVES
        and not word.endswith("ing")  # "ends with her crying" is what she does
    ):
        return True  # "everyone else's happy day", "their angry faces": a thing of theirs
    if _after_possessive(tokens, start, hit.position) or subject_is_other(
        tokens, start, hit.position
    ):
        return True  # "my daughter's exam stress", "everyone at work is on edge"
    if _placed_one_before(tokens, start, hit.position):
        return True  # "the little girl on him cried", "Kid in peds cried the whole time"
    first = max(start, hit.position - MAX_LINKS - 1)
    for j in range(hit.position - 1, first - 1, -1):
        token = tokens[j]
        if token in SITUATIONS:
            return any(t in COPULAS for t in tokens[j + 1 : hit.position])
        if (
            token in _WHO
            and j > start
            and hit.weight >= 1.0
            and (hit.position - j > 1 or tokens[hit.position] not in CRYING)
        ):
            # "a kid stuck near the top who was crying": the state of the one just named ("I'm
            # the one who was furious", "me, who was scared" are the writer); a weak cue ("a
            # man who's just lost his job") names no feeling to give away, and tears as an event
            # ("a buyer who cried when I gave her the keys") are read as tears elsewhere; a
            # feeling right after "who" ("dated someone who freaked out") is as much theirs
            return _WRITER_WORDS.isdisjoint(tokens[max(start, j - 4) : j])
        if token in OTHER_PERSON or _without_possessive(token) in OTHER_PERSON - {"ex"}:
            return not _after_preposition(tokens, start, j)
        # a group's feeling is theirs: "while both teams laugh next door"
        if token.removesuffix("s") in GROUPS and tokens[j - 1] in GROUP_OPENERS:
            return not _after_preposition(tokens, start, j)
        if token not in LINKS or (token in LINKS_AFTER_COPULA and tokens[j - 1] not in COPULAS):
            return False  # "rang my sister in tears" is the writer's crying
    return False


# Someone placed by a short phrase between them and their tears or laughter ("the little girl
# on him cried", "Kid in peds cried the whole time", "the old man at the bar laughed"): the
# place says where they are, and the feeling is still theirs.
_PLACING: Final = frozenset({"on", "in", "at", "from", "by", "near", "behind"})
_PLACE_OPENERS: Final = frozenset({"the", "a", "his", "her", "their", "this", "that"})
_PLACED_ONES: Final = OTHER_PERSON | {"girl", "boy", "girls", "boys"}
_SHOWN: Final = frozenset(
    {"cried", "wept", "sobbed", "laughed", "smiled", "screamed", "panicked", "beamed",
     "giggled", "grinned"}
)  # fmt: skip


def _placed_one_before(tokens: list[str], start: int, pos: int) -> bool:
    """Is the tear or the laugh at ``pos`` shown by someone named just before a place ("<the
    girl> on him cried", "<kid> in peds cried")?"""
    if tokens[pos] not in _SHOWN:
        return False
    for width in (1, 2, 3):  # "on him", "on the pony", "on the top seat"
        k = pos - width - 1
        if k - 1 < start or tokens[k] not in _PLACING:
            continue
        if width > 1 and tokens[k + 1] not in _PLACE_OPENERS:
            continue
        who = tokens[k - 1]
        if who in _PLACED_ONES:
            return True
    return False


# The writer as a word of the clause: "she rings me every night in tears" is the writer's
# sadness at her tears (a call the writer takes), "rang my sister in tears" the writer's own.
_WRITER_WORDS: Final = FELT_BY_WRITER | {"i", "i'm", "i've", "i'd", "im"}


def _in_tears_is_theirs(tokens: list[str], start: int, pos: int) -> bool:
    """Are the tears at ``pos`` another person's, that person named in the clause before them
    and the writer not at all ("now both kids are in tears", "client burst into tears", "so
    badly that she went home in tears")? Several writers label such tears as the other's, not
    the writer's sadness. A possessive ("dad's funeral, in tears") names no one who cries."""
    before = tokens[start:pos]
    if any(t in _WRITER_WORDS for t in before):
        return False
    return any(t in OTHER_PERSON for t in before)


def _after_possessive(tokens: list[str], start: int, pos: int) -> bool:
    """Is a person's possessive ("daughter's", "mum's") up to three words before ``pos``?"""
    return any(
        tokens[j].endswith("'s") and _without_possessive(tokens[j]) in OTHER_PERSON
        for j in range(max(start, pos - 3), pos)
    )


def without_regretted_crying(hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "embarrassed I cried in front of my team": crying after shame is what the writer is
    ashamed of, not sadness now."""
    shame = [h.position for h in hits if h.emotion == "shame"]
    if not shame:
        return hits
    return tuple(h for h in hits if not (h.pattern in CRYING and h.position > min(shame)))
