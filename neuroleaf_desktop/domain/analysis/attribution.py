"""Who a feeling or stressor belongs to, and whether its context lets it count.

A word in a clause is not yet the writer's feeling or stress: "mum says I seem happier" is
reported speech, "an anxious dog" describes a dog, "a walk with mum" is company, "if work
gets stressful" has not happened, "bills paid" is settled. These rules read the tokens around
a match and say which of those it is; ``clauses.py`` applies them clause by clause.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Final

from neuroleaf_desktop.domain.analysis.context_words import (
    ABOUT_SPEECH,
    ANIMALS_AND_STRANGERS,
    ARTICLES,
    BEHIND,
    BREAKUP_OWNERS,
    CLOSE_PEOPLE,
    COMPANY,
    COMPANY_SKIP,
    COPULAS,
    COUNTERFACTUAL,
    CRYING,
    DEPARTED,
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
    GATHERINGS,
    GRIEF,
    HYPOTHETICAL,
    INDEFINITE,
    LESS,
    LINKS,
    LONG_PAST,
    MAX_LINKS,
    MISSED_BEINGS,
    MISSED_EVENTS,
    MISSED_WINDOW,
    NOT_HYPOTHETICAL_BEFORE,
    OTHER_PERSON,
    OTHERS_SUBJECT,
    OVER,
    OWNERS,
    PARTING,
    PAST_HABIT,
    PEOPLE,
    PROGRESSIVE,
    RECONCILED,
    REPORTING,
    RESOLVED_WINDOW,
    SETTING,
    SETTING_KEYWORDS,
    SITUATIONS,
    STEADY_THINGS,
    STEADY_WORDS,
    TALKS,
    THINGS,
    THIRD_PARTY,
    TOPIC_OF,
    TOPIC_SKIP,
    TROUBLE_WITH,
    WAS_FEELING,
    WITH_WRITER,
)
from neuroleaf_desktop.domain.analysis.emotions import (
    INTENSIFIERS,
    Hit,
)
from neuroleaf_desktop.domain.analysis.feeling_senses import sound_of_a_thing
from neuroleaf_desktop.domain.analysis.lexicon import BREAK
from neuroleaf_desktop.domain.analysis.models import (
    NEGATIVE_EMOTIONS,
    POSITIVE_EMOTIONS,
)
from neuroleaf_desktop.domain.analysis.people import GROUPS, STRANGERS, subject_is_other
from neuroleaf_desktop.domain.analysis.stress_keywords import (
    stressful_by_itself,
)

PREPOSITIONS: Final = frozenset({"with", "to", "at", "about", "for", "from", "of", "on", "by"})


@dataclass(frozen=True)
class Stressor:
    """One stressor pattern found in a clause, before the context rule is applied.

    ``negated``: "no deadlines"; ``resolved``: "bills paid"; ``support``: "talked to mum".
    """

    keyword: str
    weight: float
    negated: bool
    resolved: bool = False
    support: bool = False
    someone_elses: bool = False  # "my friend's landlord …, I feel bad for her"
    hypothetical: bool = False  # "if work gets stressful"
    company: bool = False  # "a walk with mum"
    writer_before: bool = False  # "I"/"me" earlier in its clause: "I barely slept"
    dealt_with: bool = False  # "exams finished", "bills paid": done, which is good news

    @property
    def set_aside(self) -> bool:
        return (
            self.negated or self.resolved or self.support or self.someone_elses
            or self.hypothetical or self.company
        )  # fmt: skip


def _phrase_after(tokens: list[str], end: int, phrases: Iterable[tuple[str, ...]]) -> bool:
    """Does one of ``phrases`` follow ``end`` in this sentence part (commas crossed: "the
    rash is nothing serious, relieved", "didn't sleep badly for once")?"""
    return any(
        tuple(tokens[j : j + len(phrase)]) == phrase
        for phrase in phrases
        for j in range(end, len(tokens) - len(phrase) + 1)
    )


def _shares_with_writer(tokens: list[str], pos: int) -> bool:
    """Is the person at ``pos`` joined to the writer ("my partner and I", "me and my
    sister")? See ``context_words.WITH_WRITER``."""
    for j in range(pos + 1, min(len(tokens) - 1, pos + 3)):
        if tokens[j] == BREAK:
            break
        if tokens[j] == "and":
            return tokens[j + 1] in WITH_WRITER
    j = pos - 1
    while j > 0 and tokens[j] in COMPANY_SKIP:
        j -= 1
    return j > 0 and tokens[j] == "and" and tokens[j - 1] in ("me", "i")


def _hypothetical_from(tokens: list[str], start: int, end: int) -> int:
    """Where a condition starts in the clause ("if work gets stressful …"), else ``end``;
    ``start`` when the clause before it is conditional too ("I'd be so happy if …") or the
    clause is about how things used to be ("I used to get so anxious").

    "as if" and "what if" are not conditions: "I feel as if I'm drowning", "what if I fail".
    """
    for i in range(start, end - 1):
        if (tokens[i], tokens[i + 1]) in PAST_HABIT:
            return start
    for i in range(start, end):
        if tokens[i] in HYPOTHETICAL and not (i > 0 and tokens[i - 1] in NOT_HYPOTHETICAL_BEFORE):
            if any(t in COUNTERFACTUAL for t in tokens[start:i]):
                return start
            return i
    return end


def _others_trouble(tokens: list[str], start: int, end: int) -> bool:
    """Does the clause start with a friend or colleague, and the rest of its segment never
    mention the writer ("my colleague is off sick")? See ``context_words.OTHERS_SUBJECT``."""
    j = start
    while j < end and tokens[j] in COMPANY_SKIP:
        j += 1
    if j >= end or _without_possessive(tokens[j]) not in OTHERS_SUBJECT:
        return False
    # "lad on my team", "a girl in my class": a possessive after a preposition only places
    # the person; it does not make the trouble the writer's
    # "… ill even longer than me": the writer as a measure, not in the trouble
    return not any(
        t in FIRST_PERSON
        and not (t in ("my", "our") and tokens[k - 1] in PREPOSITIONS)
        and tokens[k - 1] not in ("than", "as")
        for k, t in enumerate(tokens[j + 1 :], start=j + 1)
    )


def _not_felt_here(tokens: list[str], start: int, end: int, hit: Hit) -> bool:
    """A feeling word used as a topic ("an article about anxiety"), describing a thing ("a
    scary film", "steady work"), or said to be easing ("less stressed", "my anxiety was
    better")? See ``context_words.TOPIC_OF``, ``THINGS``, ``STEADY_THINGS`` and ``EASING``."""
    after = hit.position + len(hit.pattern.split())
    if after < len(tokens) and tokens[after] in THINGS:
        return True
    if sound_of_a_thing(tokens, start, hit.position):
        return True  # "pedal on the harp buzzing again": a sound, not joy
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
    # "an angry pupil's parents": the possessive still names the person described
    described = _without_possessive(tokens[after]) if after < len(tokens) else ""
    if described in DESCRIBED and hit.position > start:
        return tokens[hit.position - 1] in ARTICLES  # "an anxious dog", not "miss my gran"
    if after < len(tokens) and tokens[after] in DESCRIBED:
        if hit.position == start:  # "anxious dog at the vet", but "hope mum is ok"
            return tokens[after] in ANIMALS_AND_STRANGERS
        return tokens[hit.position - 1] in ARTICLES  # "an anxious dog", not "miss my gran"
    j = hit.position - 1
    while j > start and tokens[j] in TOPIC_SKIP:
        j -= 1
    if j >= start and tokens[j] in TOPIC_OF:
        return True
    return eased(tokens, start, end, hit)


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
    return _phrase_after(tokens[: min(end, after + EASING_WINDOW + 1)], after, BEHIND)


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
    return not any(w in OTHER_PERSON or w in MISSED_BEINGS for w in ahead)


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


def reconciled(tokens: list[str]) -> bool:
    """Does the sentence part make up with someone ("made up with my friend after the
    argument")? See ``context_words.RECONCILED``."""
    return any(
        tuple(tokens[j : j + len(phrase)]) == phrase
        for phrase in RECONCILED
        for j in range(len(tokens) - len(phrase) + 1)
    )


def others_breakup(tokens: list[str], i: int) -> bool:
    """Is the breakup at ``i`` someone else's ("my parents are getting divorced"): a person of
    ``context_words.BREAKUP_OWNERS`` before it in its clause, and no "I"/"we"? Or one named
    with "a" after any other subject ("Lou's going through a divorce", "my second shooter is
    in the middle of a nasty divorce"): the writer's own is "my divorce", "the breakup", or
    told with "I" or their partner ("my husband wants a divorce")."""
    j = i - 1
    while j >= 0 and tokens[j] != BREAK and tokens[j] not in ("and", "because"):
        if tokens[j] in WITH_WRITER or tokens[j] in ("we", "we're", "we've"):
            return False
        if _without_possessive(tokens[j]) in BREAKUP_OWNERS:
            return True
        j -= 1
    return _breakup_of_a_subject(tokens, i, j + 1)


# Who may have a breakup with the writer, and words that open a clause with no subject of its
# own ("going through a divorce", "in the middle of a breakup": the writer's, unsaid).
_PARTNERS: Final = frozenset(
    {"partner", "husband", "wife", "boyfriend", "girlfriend", "fiance", "fiancee", "bf", "gf",
     "spouse", "hubby", "missus", "ex"}
)  # fmt: skip
_NO_SUBJECT: Final = frozenset(
    {"in", "mid", "through", "after", "since", "during", "before", "still", "got", "get",
     "filed", "signed", "finalised", "finalized", "started", "facing", "another", "a", "an"}
)  # fmt: skip
_WRITER_SUBJECT: Final = frozenset({"i", "i'm", "im", "i've", "i'd", "me", "we", "we're",
                                    "we've", "us", "our"})  # fmt: skip


def _breakup_of_a_subject(tokens: list[str], i: int, start: int) -> bool:
    """Is the breakup at ``i`` named with "a" (describing words between) after a subject
    that is neither the writer nor their partner? See ``others_breakup``."""
    j = i - 1
    while j > start and j > i - 3 and tokens[j] not in ("a", "an"):
        j -= 1
    if j <= start or tokens[j] not in ("a", "an"):
        return False
    before = tokens[start:j]
    if tokens[start] in _NO_SUBJECT or tokens[start].endswith("ing"):
        return False
    return _WRITER_SUBJECT.isdisjoint(before) and _PARTNERS.isdisjoint(before)


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


def _with_company(tokens: list[str], start: int, i: int) -> bool:
    """Is the person at ``i`` someone the writer was with ("a walk with mum")?"""
    j = i - 1
    while j > start and tokens[j] in COMPANY_SKIP:
        j -= 1
    return (j > start and tokens[j] == COMPANY and tokens[j - 1] not in TROUBLE_WITH) or (
        j == start and tokens[j] == COMPANY
    )


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
    towards = matched[-1] in FELT_TOWARDS or (after < len(tokens) and tokens[after] in FELT_TOWARDS)
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
    first = max(start, hit.position - MAX_LINKS - 1)
    for j in range(hit.position - 1, first - 1, -1):
        token = tokens[j]
        if token in SITUATIONS:
            return any(t in COPULAS for t in tokens[j + 1 : hit.position])
        if token in _WHO and j > start and hit.weight >= 1.0 and hit.position - j > 1:
            # "a kid stuck near the top who was crying": the state of the one just named ("I'm
            # the one who was furious", "me, who was scared" are the writer); a weak cue ("a
            # man who's just lost his job") names no feeling to give away, and tears as an event
            # ("a buyer who cried when I gave her the keys") are read as tears elsewhere
            return _WRITER_WORDS.isdisjoint(tokens[max(start, j - 4) : j])
        if token in OTHER_PERSON or _without_possessive(token) in OTHER_PERSON - {"ex"}:
            return not _after_preposition(tokens, start, j)
        # a group's feeling is theirs: "while both teams laugh next door"
        if token.removesuffix("s") in GROUPS and tokens[j - 1] in GROUP_OPENERS:
            return not _after_preposition(tokens, start, j)
        if token not in LINKS or (token in LINKS_AFTER_COPULA and tokens[j - 1] not in COPULAS):
            return False  # "rang my sister in tears" is the writer's crying
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


def owned_by_another(tokens: list[str], i: int, category: str | None) -> bool:
    """Is the family member at ``i`` someone else's: right after a friend, colleague or
    neighbour ("the neighbours' baby", "my colleague's mum"), after anyone's possessive but a
    close person's ("my sous chef's mum", "Mrs Patel's dad"; "my partner's mum" stays the
    writer's family), or any child at all ("a kid", "another kid at nursery", "a family I
    worked with": the writer's own are "my kids", "the kids"; "as a parent" is the writer),
    one "kid" without "my" or "our", or a relative of someone named with "a" or "another"
    ("another family's baby")? Also a bond after anyone's possessive ("my sister's
    marriage") for relationships."""
    if i == 0:
        return category == "family" and tokens[i] == "kid"  # "Kid cried, I cried."
    before = tokens[i - 1]
    if category == "relationships":
        # "my daughter's marriage is falling apart", "my friend's divorce": a bond between
        # other people is theirs (a person, "my housemate's boyfriend", may still be a strain)
        possessive = before.endswith("'s") or before.endswith("s'")
        if tokens[i] in BONDS:
            return possessive or _bond_of_someone_named(tokens, i)
        # "a drunk patient's girlfriend", "the client's husband": the partner of someone the
        # writer names without "my" or "our" is that person's, not a relationship of the writer's
        return possessive and {"my", "our"}.isdisjoint(tokens[max(0, i - 4) : i - 1])
    if category != "family":
        return False
    # "a woman whose son died": the family of the person just named
    if _without_possessive(before) in OWNERS or before == "whose":
        return True
    if before.endswith("'s") and _without_possessive(before) not in CLOSE_PEOPLE:
        return True
    if before.endswith("'s") and i > 1 and tokens[i - 2] in INDEFINITE:
        return True  # "another family's baby", "a mum's toddler": the stranger's own
    if tokens[i] == "kid" and before not in _OWN:
        # one child with no "my" or "our" is someone the writer meets ("the kid high-fived
        # me", "Kid in peds cried"): the writer's own child is "my kid", "my son"
        return True
    return before in INDEFINITE and not (i > 1 and tokens[i - 2] in ("as", "like"))


_OWN: Final = frozenset({"my", "our"})


_BOND_REACH: Final = 5  # "a woman leaving a bad relationship": from the person to the bond


def _bond_of_someone_named(tokens: list[str], i: int) -> bool:
    """ "a woman leaving a bad relationship", "the lad going through a divorce": a bond after
    a stranger named with an article and a verb in "-ing" is the stranger's, unless the writer
    is in the words between ("a man telling me about my marriage")."""
    for j in range(i - 1, max(0, i - _BOND_REACH) - 1, -1):
        if tokens[j] == BREAK or tokens[j] in FIRST_PERSON:
            return False
        if (
            j >= 2
            and tokens[j].endswith("ing")
            and tokens[j - 1] in STRANGERS
            and tokens[j - 2] in ARTICLES
        ):
            return True
    return False


_WHO: Final = frozenset({"who", "who's", "who'd", "who'll"})
_RELATIVE_REACH: Final = 5  # "someone who's just been evicted": from "who" to the trouble


def in_their_relative(tokens: list[str], i: int) -> bool:
    """ "to someone who's just been evicted", "a man who'd lost his job": a trouble in a
    relative clause about another person is that person's, unless the writer is in it ("the
    client who shouted at me")."""
    for j in range(max(1, i - _RELATIVE_REACH), i):
        if tokens[j] in _WHO and _without_possessive(tokens[j - 1]) in OTHER_PERSON:
            return FIRST_PERSON.isdisjoint(tokens[j : i + 4])
    return False


def theirs_by_possessive(tokens: list[str], i: int) -> bool:
    """ "her deadline", "his cat's surgery", "their landlord's letter": a trouble right after
    his/her/their, or one possessive deeper, is that person's (``context_words.THIRD_PARTY``)."""
    if i > 0 and tokens[i - 1] in THIRD_PARTY:
        return True
    # the possessive may name what the trouble is of: "his cat's surgery bill"
    return any(
        j > 0 and tokens[j - 1] in THIRD_PARTY and tokens[j].endswith("'s")
        for j in range(max(0, i - 2), i)
    )


def without_regretted_crying(hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "embarrassed I cried in front of my team": crying after shame is what the writer is
    ashamed of, not sadness now."""
    shame = [h.position for h in hits if h.emotion == "shame"]
    if not shame:
        return hits
    return tuple(h for h in hits if not (h.pattern in CRYING and h.position > min(shame)))


def _in_context(
    tokens: list[str],
    start: int,
    pos: int,
    stressor: Stressor,
    condition: int,
    conflict: bool,
    hits: tuple[Hit, ...],
) -> Stressor:
    """``stressor`` marked hypothetical (after ``condition``) or as company (see
    ``context_words.COMPANY``)."""
    if pos >= condition:
        return replace(stressor, hypothetical=True)
    company = (
        stressor.keyword in PEOPLE
        and not conflict
        and not any(h.position < pos for h in hits)
        and _with_company(tokens, start, pos)
    )
    sad_moment = bool(hits) and all(h.emotion == "sadness" for h in hits)
    lonely = bool(hits) and all(h.emotion == "loneliness" for h in hits)
    if lonely and stressor.keyword in PEOPLE and not conflict:
        company = company or any(t in DEPARTED for t in tokens[pos + 1 :])
    if sad_moment and stressor.keyword in PEOPLE and not conflict:
        company = company or any(t in PARTING for t in tokens[start:pos])
    if sad_moment and not conflict and _setting(tokens, start, pos, stressor):
        company = True
    if not conflict and _at_gathering(tokens, start, pos):
        company = True
    return replace(stressor, company=True) if company else stressor


BONDS: Final = frozenset(
    {"marriage", "relationship", "divorce", "breakup", "engagement", "wedding", "separation"}
)
_DONE: Final = frozenset({"over", "sorted", "resolved", "settled"})


# What "over" is beyond when it does not mean ended: "over the limit", "over budget".
_BEYOND: Final = frozenset(
    {"the", "a", "an", "my", "our", "his", "her", "their", "budget", "capacity", "limit",
     "weight", "time", "half"}
)  # fmt: skip


def _is_over(tokens: list[str], end: int) -> bool:
    """ "the exam is over", "glad that meeting's over", "the row with my brother is sorted":
    behind the writer now."""
    # the topic may be named at length first: "the argument with my dad is sorted"
    for j in range(end, min(len(tokens) - 1, end + RESOLVED_WINDOW + 2)):
        if tokens[j] in ("is", "are", "was", "were", "finally", "all") and tokens[j + 1] in _DONE:
            # "all over the place", "was over the limit", "is over budget": beyond, not ended
            beyond = j + 2 < len(tokens) and (
                tokens[j + 2] in _BEYOND or tokens[j + 2][:1].isdigit()
            )
            return not beyond
    return end < len(tokens) and tokens[end] == "over" and end + 1 == len(tokens)


def _setting(tokens: list[str], start: int, pos: int, stressor: Stressor) -> bool:
    """Is a topic word only where a sad moment happened ("cried at the doctor's", "felt sad
    on the train home")? See ``context_words.SETTING``."""
    j = pos - 1
    while j > start and tokens[j] in COMPANY_SKIP:
        j -= 1
    return (
        not stressful_by_itself(stressor.weight)
        and stressor.keyword in SETTING_KEYWORDS
        and j >= start
        and tokens[j] in SETTING
    )


def _at_gathering(tokens: list[str], start: int, pos: int) -> bool:
    """ "stayed quiet all night at the work do", "alone at the team party": a gathering the
    writer was at, named by whose it is (``context_words.GATHERINGS``), is where it happened,
    not the job or the people it is named after (a quarrel there still counts)."""
    nxt = tokens[pos + 1] if pos + 1 < len(tokens) else ""
    j = pos - 1
    while j > start and tokens[j] in COMPANY_SKIP:
        j -= 1
    return nxt in GATHERINGS and j >= start and tokens[j] in SETTING


def _without_possessive(token: str) -> str:
    """ "kid's" → "kid", "mum's" → "mum": stressor keywords are written without it."""
    return token[:-2] if token.endswith("'s") and len(token) > 3 else token
