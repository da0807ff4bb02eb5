"""Who a stressor belongs to, and whether its context lets it count.

A topic word in a clause is not yet the writer's stress: "a walk with mum" is company, "my
colleague is off sick" is the colleague's trouble, "my parents are getting divorced" is their
breakup, "if work gets stressful" has not happened, "bills paid" is settled. These rules read
the tokens around a match and say which of those it is; ``clauses.py`` and
``stressor_reading.py`` apply them. Whether a feeling word is the writer's lives in
``feeling_context``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Final

from neuroleaf_desktop.domain.analysis.context_words import (
    ARTICLES,
    BREAKUP_OWNERS,
    CLOSE_PEOPLE,
    COMPANY,
    COMPANY_SKIP,
    COUNTERFACTUAL,
    DEPARTED,
    FIRST_PERSON,
    GATHERINGS,
    HYPOTHETICAL,
    INDEFINITE,
    NOT_HYPOTHETICAL_BEFORE,
    OTHER_PERSON,
    OTHERS_SUBJECT,
    OWNERS,
    PARTING,
    PAST_HABIT,
    PEOPLE,
    RECONCILED,
    RESOLVED_WINDOW,
    SETTING,
    SETTING_KEYWORDS,
    SNORING,
    THIRD_PARTY,
    TROUBLE_WITH,
    WITH_WRITER,
)
from neuroleaf_desktop.domain.analysis.emotions import (
    Hit,
)
from neuroleaf_desktop.domain.analysis.lexicon import BREAK
from neuroleaf_desktop.domain.analysis.people import STRANGERS
from neuroleaf_desktop.domain.analysis.stress_keywords import (
    STRESSOR_LEXICON,
    category_of,
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
    # the words read, as token positions [start, end) in its segment's ``tokenize`` (-1: none);
    # ``stress_spans`` maps them to the text, so a chip can name the clause it came from
    at: tuple[int, int] = field(default=(-1, -1), compare=False)

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
    return (j > 0 and tokens[j] == "and" and tokens[j - 1] in ("me", "i")) or _taken_along(
        tokens, pos
    )


# Taking someone somewhere ("Took my daughter to the heritage open day", "take the kids to the
# doctor"): the writer's company on an outing or an errand, no strain with them; what happened
# there is read by its own words. No writer labelled the person taken (fourteen rows).
_TAKEN: Final = frozenset({"took", "take", "taking", "takes"})
_BEFORE_TAKEN: Final = frozenset({"my", "the", "our", "little", "youngest", "eldest", "two"})


def _taken_along(tokens: list[str], pos: int) -> bool:
    """Is the person at ``pos`` taken somewhere by the writer ("took my son to football")?"""
    j = pos - 1
    while j > 0 and tokens[j] in _BEFORE_TAKEN:
        j -= 1
    return tokens[j] in _TAKEN and j < pos - 1 and tokens[pos + 1 : pos + 2] == ["to"]


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
    if j + 1 < end and _without_possessive(tokens[j + 1]) in OTHERS_SUBJECT:
        j += 1  # one word that kinds them: "online friend", "old mate", "new intern"
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


# People the writer meets who are no one of theirs, named as a sentence part's subject: "old
# man in the lounge", "a little girl's mum" (customers and clients bring the writer's work).
_MET: Final = STRANGERS | frozenset(
    {"girl", "boy", "fella", "gentleman", "widow", "widower", "toddler"}
)  # fmt: skip
# Where the subject's part ends and the writer's reply may begin: "… couldn't sleep so we talked"
_REPLY: Final = frozenset({"so", "then", "while", "when", "till", "until"})


def strangers_trouble(tokens: list[str], start: int, pos: int) -> bool:
    """Is the trouble at ``pos`` told of someone the writer met, who opens the sentence part
    as its subject, with the writer not in that part ("Old man in the lounge couldn't sleep so
    we talked", "A little girl's mum couldn't afford one so I said it was free")? Theirs: the
    writer only answers. A trouble they bring to the writer names the writer ("a man shouted
    at me"); one in a later clause may be done to the writer ("can't sleep, two guys
    snoring")."""
    if start != 0 or tokens[pos] in SNORING:  # "one bloke snoring": the dorm's poor night
        return False
    j = 1 if tokens[:1] and tokens[0] in ARTICLES else 0
    if j + 1 < pos and _without_possessive(tokens[j + 1]) in _MET:
        j += 1  # one word that kinds them: "old man", "little girl's"
    if j >= pos or _without_possessive(tokens[j]) not in _MET:
        return False
    stop = next((k for k in range(pos, len(tokens)) if tokens[k] in _REPLY), len(tokens))
    return FIRST_PERSON.isdisjoint(tokens[j:stop])


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


def _with_company(tokens: list[str], start: int, i: int) -> bool:
    """Is the person at ``i`` someone the writer was with ("a walk with mum")?"""
    j = i - 1
    while j > start and tokens[j] in COMPANY_SKIP:
        j -= 1
    return (j > start and tokens[j] == COMPANY and tokens[j - 1] not in TROUBLE_WITH) or (
        j == start and tokens[j] == COMPANY
    )


def owned_by_another(tokens: list[str], i: int, category: str | None) -> bool:
    """Is the family member at ``i`` someone else's: right after a friend, colleague or
    neighbour ("the neighbours' baby", "my colleague's mum"), after anyone's possessive but a
    close person's ("my sous chef's mum", "Mrs Patel's dad"; "my partner's mum" stays the
    writer's family), or any child at all ("a kid", "another kid at nursery", "a family I
    worked with": the writer's own are "my kids", "the kids"; "as a parent" is the writer),
    one "kid" without "my" or "our", or a relative of someone named with "a" or "another"
    ("another family's baby")? Also a bond after anyone's possessive ("my sister's
    marriage") for relationships, and a bank after anyone's possessive ("every client's bank
    feed", "Dad's bank") for money."""
    if category == "family" and tokens[i] in _PARENT_WORDS and _their_child_named(tokens, i):
        return i == 0 or tokens[i - 1] not in _OWN  # "Parent emailed to ask why her son …"
    if i == 0:  # "Kid cried, I cried.", "Parent's two hours late for pickup"
        return category == "family" and tokens[i] in _ONE_MET
    before = tokens[i - 1]
    if category == "money" and tokens[i] in _BANKS:
        # "every client's bank feed", "Dad's bank wants the certificate": the bank of the one
        # named, their account, not the writer's money
        return before.endswith("'s") and before not in _NOT_OWNERS
    if category == "relationships":
        # "my daughter's marriage is falling apart", "my friend's divorce": a bond between
        # other people is theirs (a person, "my housemate's boyfriend", may still be a strain)
        possessive = before.endswith("'s") or before.endswith("s'")
        if tokens[i] in BONDS:
            return possessive or _bond_of_someone_named(tokens, i)
        # "a drunk patient's girlfriend", "the client's husband": the partner of someone the
        # writer names without "my" or "our" is that person's, not a relationship of the writer's
        if possessive and {"my", "our"}.isdisjoint(tokens[max(0, i - 4) : i - 1]):
            return True
        # "a guy whose wife just died": the partner of the person just named, as for family
        # ("I'm the one whose husband never helps" names the writer's)
        if before == "whose":
            return tuple(tokens[max(0, i - 4) : i - 1]) not in _WRITER_AS_ONE
        return possessive and _partner_opens_clause(tokens, i)
    if category != "family":
        return False
    # "a woman whose son died": the family of the person just named
    if _without_possessive(before) in OWNERS or before == "whose":
        return True
    if before.endswith("'s") and _without_possessive(before) not in CLOSE_PEOPLE:
        return True
    if before.endswith("'s") and i > 1 and tokens[i - 2] in INDEFINITE:
        return True  # "another family's baby", "a mum's toddler": the stranger's own
    if tokens[i] in _ONE_MET and before not in _OWN and not _as_one(tokens, i):
        # one child or one parent with no "my" or "our" is someone the writer meets ("the kid
        # high-fived me", "Kid in peds cried", "Parent's late for pickup"): the writer's own
        # are "my kid", "my son", "my mum"; "as a parent" is the writer
        return True
    if before == "every":
        return True  # "had to cancel every family": the families the writer works for
    if before == "one" or (i > 2 and tokens[i - 3 : i - 1] == ["one", "of"]):
        return True  # "One dad keeps texting me", "one of my mums": one of many met at work
    if before in _CREWS and i > 1 and tokens[i - 2] in _OWN | {"the"}:
        return True  # "two of my delivery kids didn't turn up": the writer's crew, no kin
    return before in INDEFINITE and not (i > 1 and tokens[i - 2] in ("as", "like"))


_OWN: Final = frozenset({"my", "our"})
_WRITER_AS_ONE: Final = frozenset(
    {("i'm", "the", "one"), ("im", "the", "one"), ("am", "the", "one"), ("we're", "the", "ones")}
)
_BANKS: Final = frozenset({"bank", "bank's", "banks"})
# "'s" that spells "is" or "has", not an owner ("it's bank holiday", "that's bank charges")
_NOT_OWNERS: Final = frozenset(
    {"it's", "that's", "there's", "here's", "what's", "who's", "he's", "she's", "let's",
     "one's"}
)  # fmt: skip
# A trade or a club that names children or lads as the writer's crew or charges ("my delivery
# kids", "the swim kids"): the people the writer works with, not their own family.
_CREWS: Final = frozenset(
    {"delivery", "paper", "paperround", "swim", "football", "rugby", "club", "youth", "choir"}
)
# One child or one parent named bare: someone the writer meets, not their own.
_ONE_MET: Final = frozenset({"kid", "parent", "parent's"})


def _as_one(tokens: list[str], i: int) -> bool:
    """ "as a parent", "like a kid": the writer compared or in that role, no one met."""
    return i > 1 and tokens[i - 2] in ("as", "like") and tokens[i - 1] in INDEFINITE


# A parent named without "my" or "our" in a sentence that names their own child ("half the
# parents are still dropping their kids off", "Parent emailed to ask why her son isn't
# progressing") is a client's or a stranger's parent: every such chip was wrong, two writers.
_PARENT_WORDS: Final = frozenset({"parent", "parents"})
_THEIR: Final = frozenset({"her", "his", "their"})
_CHILD_WORDS: Final = frozenset(
    {"son", "sons", "daughter", "daughters", "kid", "kids", "child", "children", "boy", "girl",
     "lad", "baby", "toddler"}
)  # fmt: skip


def _their_child_named(tokens: list[str], i: int) -> bool:
    """Does a child of "her", "his" or "their" follow the parent word at ``i``?"""
    return any(
        tokens[j] in _THEIR and tokens[j + 1] in _CHILD_WORDS for j in range(i + 1, len(tokens) - 1)
    )


def _partner_opens_clause(tokens: list[str], i: int) -> bool:
    """ "My player's wife is pregnant": a partner after a possessive, the pair opening the
    clause as its subject with the writer not before it, is the possessor's partner, not a
    bond of the writer's ("I can't stand my housemate's boyfriend" keeps the writer's strain;
    a close person's partner, "my brother's wife", stays family talk the writer is part of)."""
    owner = _without_possessive(tokens[i - 1])
    if owner in CLOSE_PEOPLE or owner == tokens[i - 1]:
        return False
    start = i - 1
    while start > 0 and tokens[start - 1] in _OWN | ARTICLES:
        start -= 1
    return start == 0 or tokens[start - 1] == BREAK


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
    his/her/their, after a trouble word of theirs ("his rent money") or one possessive deeper
    is that person's (``context_words.THIRD_PARTY``). Snoring keeps whoever hears it awake."""
    if tokens[i] in SNORING:
        return False  # "his snoring is awful": the listener's poor night
    if i > 0 and tokens[i - 1] in THIRD_PARTY:
        return True
    # one trouble named in two words of one kind, the first theirs: "lose his rent money" ("her
    # hospital rota" is a rota of work, the hospital only its place)
    if i > 1 and tokens[i - 2] in THIRD_PARTY and _one_kind(tokens, i - 1, i):
        return True
    # a kin word qualified by how the tie came ("her birth mum", "his foster dad") or by the
    # kin's state ("his late dad's watch", "her elderly mum"): theirs
    if i > 1 and tokens[i - 2] in THIRD_PARTY and tokens[i - 1] in KIN_BY_TIE | KIN_STATES:
        return True
    # the possessive may name what the trouble is of: "his cat's surgery bill"
    if any(
        j > 0 and tokens[j - 1] in THIRD_PARTY and tokens[j].endswith("'s")
        for j in range(max(0, i - 2), i)
    ):
        return True
    return _a_strangers(tokens, i) or _money_held_by_another(tokens, i)


# Someone else said to have the debt ("Dad has loans he's been hiding from Mum", "he has a
# loan at home"): that person's money; the writer's worry for them is read by its own words.
_HOLDERS: Final = frozenset(
    {"he", "she", "they", "dad", "mum", "mom", "brother", "sister", "husband", "wife",
     "partner", "son", "daughter", "friend", "mate", "boyfriend", "girlfriend", "uncle",
     "aunt", "nan", "grandad", "colleague"}
)  # fmt: skip
_HAS: Final = frozenset({"has", "had", "got"})


def _money_held_by_another(tokens: list[str], i: int) -> bool:
    """Is the money trouble at ``i`` had by another person ("Dad has loans", "she's got
    debts", "he has a loan at home")?"""
    pattern = STRESSOR_LEXICON.match_at(tokens, i)
    if pattern is None or category_of(pattern.targets[0][0]) != "money":
        return False
    j = i - 1 if i > 0 and tokens[i - 1] in ("a", "some", "big", "huge") else i
    if j < 2 or tokens[j - 1] not in _HAS:
        return False
    holder = tokens[j - 2]
    if tokens[j - 1] == "got" and holder in ("has", "have"):
        holder = tokens[j - 3] if j >= 3 else ""
    return _without_possessive(holder) in _HOLDERS


# People the writer meets, named with "a" or "another" before a trouble of theirs ("Got a
# woman's council tax arrears written off", "another client's debt"): every writer who told one
# labelled no trouble of the writer's own. A trade named so is the writer's own lot ("on a
# lawyer's salary", "a teller's pay"), so only these met people own the trouble.
MET_OWNERS: Final = STRANGERS | frozenset(
    {"client", "customer", "patient", "resident", "pupil", "tenant", "caller", "family",
     "child", "kid", "boy", "girl", "lad", "lass", "mum", "dad", "widow", "old"}
)  # fmt: skip
_STRANGERS_REACH: Final = 3  # "a woman's council tax arrears"
_THINGS_OF_THEIRS: Final = frozenset({"money", "health", "home", "deadlines"})


def _a_strangers(tokens: list[str], i: int) -> bool:
    """Is the trouble at ``i`` owned by a person met, named with "a" or "another" just before
    it ("a woman's council tax arrears")? Only a thing of theirs: money, health, a home or a
    date; a quarrel after one ("a resident's daughter screamed at me") is with the writer."""
    pattern = STRESSOR_LEXICON.match_at(tokens, i)
    if pattern is None or category_of(pattern.targets[0][0]) not in _THINGS_OF_THEIRS:
        return False
    for j in range(max(1, i - _STRANGERS_REACH), i):
        if (
            tokens[j].endswith("'s")
            and _without_possessive(tokens[j]) in MET_OWNERS
            and tokens[j - 1] in ("a", "an", "another")
            and BREAK not in tokens[j:i]
        ):
            return True
    return False


# How a parent or a relative came to be one: "birth", "foster", "step", "biological", "adoptive".
KIN_BY_TIE: Final = frozenset({"birth", "foster", "biological", "adoptive", "step"})
KIN_STATES: Final = frozenset({"late", "elderly", "ailing"})


def _one_kind(tokens: list[str], first: int, second: int) -> bool:
    """Are the words at ``first`` and ``second`` both stressor words of one category?"""
    kinds = []
    for i in (first, second):
        pattern = STRESSOR_LEXICON.match_at(tokens, i)
        kinds.append(category_of(pattern.targets[0][0]) if pattern else None)
    return kinds[0] is not None and kinds[0] == kinds[1]


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
