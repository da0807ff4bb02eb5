"""A person named at work read for who they are: a student's supervisor, whose relative.

Why a module of its own: "supervisor" and the other words of a boss are read by the words
around them, not by the word alone, and these readings sit beside ``word_uses`` without
growing it past the module size. A supervisor beside a thesis or a draft was labelled study
by every writer who told one, a supervisor elsewhere the work's strain ("Supervisor bawled me
out in front of the whole gang", "the warehouse supervisor sighed down the phone at me"), and
a boss named only as whose relative follows ("Our site supervisor's mum died last week") was
labelled no strain of the writer's, nor was a customer or a colleague named so ("Regular
customer's husband died"). A sum a customer asks the work for ("another bride who
wants a ballgown for a budget of two hundred quid", "a woman who wanted a full reupholster for
eighty quid") is the work's strain, not the writer's money, as both writers who told one
labelled. A family business named by the relative who ran it ("Dad ran this shop for forty
years and I'm scared I'll be the one who closes it", "Dad's business, Dad's name over the door")
is the writer's work: the writers who told one labelled the work's strain, not the family's.
A bad review someone named got ("Ailsa got a one-star review because it rained") is their
work's, where one the writer got stays the writer's work strain. One of the public who shouts at
the writer ("A dad shouted at me at the gate", "another caller shouting at me", "Man screamed at
me for eleven minutes about his broadband") is someone the writer serves: the work's strain
as well as the quarrel, as the writers who told one labelled. Children named beside a caseload
or a list the writer works through ("Caseload of ninety kids across six schools", "two of the
kids haven't even been seen yet") are the people the writer works for: the work's strain, no
family of the writer's. A price asked down by a half or to the price of less ("a 'rustic' firepit
for half my price", "a full groom for the price of a nail trim") is what a customer wants of the
work: the work's strain, no money of the writer's short.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.context_words import CLOSE_PEOPLE
from neuroleaf_desktop.domain.analysis.lexicon import BREAK

# A supervisor beside a thesis, a chapter or a draft ("supervisor sent my chapter back covered
# in red") is a student's, so the strain is the study's; without one ("Supervisor bawled me
# out in front of the whole gang") a supervisor at work, as the writers labelled either.
_STUDY_WORK: Final = frozenset(
    {"thesis", "chapter", "chapters", "dissertation", "phd", "draft", "upgrade", "proposal",
     "programme", "viva", "masters", "research", "lab", "paper", "supervision"}
)  # fmt: skip


def supervisor_of_study(tokens: list[str], i: int) -> bool:
    """Is the supervisor at ``i`` a student's, a study word in the same entry part?"""
    return tokens[i].startswith("supervisor") and not _STUDY_WORK.isdisjoint(tokens)


# The writer as the one acted on ("a customer's husband shouted at me", "rang us at midnight").
_AT_THE_WRITER: Final = frozenset({"me", "us"})
# What someone at work keeps doing to others ("boss's son keeps ordering everyone around").
_KEEPS: Final = frozenset({"keeps", "keep", "kept", "again", "always", "never"})


def owner_of_their_kin(written: list[str], i: int) -> bool:
    """Is the person at ``i`` named only as whose relative follows ("Our site supervisor's mum
    died last week")? The news is the relative's; a relative who keeps at the writer's
    workplace ("boss's son keeps ordering everyone around") or acts on the writer ("a
    customer's husband shouted at me") stays the work's strain."""
    return (
        written[i].endswith("'s")
        and i + 1 < len(written)
        and written[i + 1] in CLOSE_PEOPLE
        and _KEEPS.isdisjoint(written[i + 2 :])
        and _AT_THE_WRITER.isdisjoint(written[i + 2 :])
    )


# Someone met through the work, then what they want of it: "another bride who wants …".
_ASKERS: Final = frozenset(
    {"customer", "customers", "client", "clients", "bride", "brides", "woman", "man", "bloke",
     "lady", "guy", "someone", "somebody", "people", "punter", "punters", "couple", "mum",
     "dad", "parent", "parents", "tourist", "tourists"}
)  # fmt: skip
_WANTS: Final = frozenset(
    {"wants", "wanted", "want", "expects", "expected", "expect", "asks", "asked", "demands",
     "demanded", "thinks", "thought"}
)  # fmt: skip
_ASK_REACH: Final = 10  # "who wants a ballgown for a budget of two hundred quid"


def a_customers_ask(tokens: list[str], i: int) -> bool:
    """Is the sum at ``i`` what someone met at work wants of it ("another bride who wants a
    ballgown for a budget of two hundred quid"), told in a clause opened by "who wants"?"""
    for j in range(i - 1, max(1, i - _ASK_REACH) - 1, -1):
        if tokens[j] in _WANTS and tokens[j - 1] == "who":
            return j >= 2 and tokens[j - 2] in _ASKERS
    return False


# The relative who ran the business the writer now runs: "Dad ran this shop", "Dad's business".
_ELDERS: Final = frozenset(
    {"dad", "mum", "father", "mother", "grandad", "granddad", "grandfather", "gran", "nan",
     "grandma", "grandmother", "uncle", "parents", "dad's", "mum's", "father's", "mother's",
     "grandad's", "grandfather's", "uncle's", "parents'"}
)  # fmt: skip
_RAN: Final = frozenset({"ran", "runs", "run", "owned", "owns", "built", "started", "opened"})
_BUSINESSES: Final = frozenset(
    {"shop", "business", "firm", "place", "farm", "pub", "garage", "yard", "company", "stall",
     "café", "cafe", "salon", "restaurant", "bakery", "chippy"}
)  # fmt: skip
_THIS: Final = frozenset({"this", "the", "that"})


def family_business(written: list[str]) -> bool:
    """Does this part name a family business by the relative who ran it ("Dad ran this shop",
    "Dad's business")? Its family words then name the writer's work."""
    for k, word in enumerate(written[:-1]):
        if word not in _ELDERS:
            continue
        after = written[k + 1 : k + 4]
        if word.endswith(("'s", "'")) and after[0] in _BUSINESSES:
            return True
        if after[0] in _RAN and len(after) > 2 and after[1] in _THIS and after[2] in _BUSINESSES:
            return True
    return _family_worked_it(written)


# The writer's family as the line that worked the trade before them: "three generations of our
# family worked them", "my family have fished this bay since the war", "our family farmed it".
_LINE: Final = frozenset({"our", "my", "the"})
_HAVE: Final = frozenset({"has", "have", "had", "'ve", "'d"})
_WORKED: Final = frozenset(
    {"worked", "farmed", "fished", "ran", "run", "owned", "built", "crewed", "tended", "grazed",
     "ploughed", "mined", "logged", "dug", "raked", "kept"}
)  # fmt: skip
# ... unless the verb says something else the family did: "ran out of money", "kept asking".
_NOT_WORKED_AFTER: Final = frozenset({"out", "off", "away", "late", "around", "round", "up"})


def _family_worked_it(written: list[str]) -> bool:
    """Does this part tell the writer's family working a trade ("three generations of our family
    worked them")? Its family word then names the writer's work, as a family business does."""
    for k, word in enumerate(written[1:-1], start=1):
        if word != "family" or written[k - 1] not in _LINE:
            continue
        j = k + 1
        while j < len(written) and written[j] in _HAVE:
            j += 1
        if j >= len(written) or written[j] not in _WORKED:
            continue
        after = written[j + 1] if j + 1 < len(written) else ""
        if after not in _NOT_WORKED_AFTER and not after.endswith("ing"):
            return True
    return False


# A bad review got by someone named before it ("Ailsa got a one-star review because it
# rained"): their work's, no strain of the writer's, as a job lost by them is; got by the
# writer ("Got a one-star review today", "We got a one star review") or left for the writer
# ("A client left a one-star review") it stays.
_REVIEW_GOT: Final = frozenset({"got", "gets", "getting", "had", "has", "received"})
_REVIEW_LEAD: Final = frozenset({"a", "an", "another", "one", "star", "one-star"})
_REVIEW_LINKS: Final = frozenset(
    {"got", "gets", "getting", "had", "has", "received", "just", "only"}
)
_WRITER: Final = frozenset({"i", "i've", "i'd", "im", "ive", "me", "we", "we've", "we'd", "us"})


def review_got_by_another(tokens: list[str], i: int) -> bool:
    """Is the bad review at ``i`` one that someone named before it got ("Ailsa got a one-star
    review")?"""
    if tokens[i] not in ("one", "one-star", "review", "reviews"):
        return False
    j = i - 1
    while j >= 0 and tokens[j] in _REVIEW_LEAD:
        j -= 1
    if j < 1 or tokens[j] not in _REVIEW_GOT:
        return False
    while j >= 0 and tokens[j] in _REVIEW_LINKS:
        j -= 1
    return j >= 0 and tokens[j] != BREAK and tokens[j] not in _WRITER


# One of the public who shouts at the writer ("A dad shouted at me because his son's scan was
# running late", "another caller shouting at me because the ward didn't pick up", "Bloke
# shouted at me because his carbon frame cracked"): someone the writer serves, so the work's
# strain beside the quarrel. Named with "a", "an", "another" or "one", or bare at the part's
# start for those no one calls their own ("Man screamed at me"; a bare "Dad shouted at me" is
# the writer's father); "the man next door" and a crowd ("Ramblers", "People") are not.
_PUBLIC: Final = frozenset(
    {"customer", "caller", "client", "patient", "passenger", "punter", "guest", "diner",
     "visitor", "shopper", "motorist", "driver", "man", "woman", "bloke", "lady", "guy", "dad",
     "mum", "parent", "father", "mother"}
)  # fmt: skip
_ONE_OF: Final = frozenset({"a", "an", "another", "one", "some"})
_OWN_IF_BARE: Final = frozenset({"dad", "mum", "parent", "father", "mother"})


def shouted_at_by_the_public(tokens: list[str], i: int) -> bool:
    """Is the shouting at ``i`` done by one of the public named right before it ("a dad
    shouted at me", "Customer shouted at me")?"""
    if i == 0 or tokens[i - 1] not in _PUBLIC:
        return False
    before = tokens[i - 2] if i >= 2 else BREAK
    if before in _ONE_OF:
        return True
    return before == BREAK and tokens[i - 1] not in _OWN_IF_BARE


# Children as a caseload the writer works through ("A caseload of 110 children and now they
# want me to cover the secondary school too", "Forty-two kids on my list, the waiting list is
# past a year", "two of the kids haven't even been seen yet"): the people the writer works for,
# so the work's strain; "my kids" and "our children" stay the writer's own.
_CHILDREN: Final = frozenset({"kids", "children", "kid", "child", "babies"})
_CASELOAD: Final = frozenset({"caseload", "caseloads", "referral", "referrals"})
_WORKED_THROUGH: Final = (("waiting", "list"), ("on", "my", "list"), ("been", "seen"))


def children_of_the_caseload(tokens: list[str], i: int) -> bool:
    """Are the children at ``i`` a caseload, a list or a clinic's waiting the writer works
    through, told in the same sentence?"""
    if tokens[i] not in _CHILDREN or (i > 0 and tokens[i - 1] in ("my", "our")):
        return False
    if not _CASELOAD.isdisjoint(tokens):
        return True
    return any(
        tuple(tokens[k : k + len(marks)]) == marks
        for marks in _WORKED_THROUGH
        for k in range(len(tokens) - len(marks) + 1)
    )


# A price asked down ("wants a 'rustic' firepit for half my price", "copy the exact design you
# found on Pinterest … for half price", "a full groom for the price of a nail trim", "seven
# bridesmaid dresses in two days for the price of one"): what a customer wants of the work, so
# the work's strain, as the writers who told one labelled, no money of the writer's short.
_HALVED: Final = frozenset({"half", "halve", "halved", "quarter"})
_LESSER: Final = frozenset({"a", "an", "one"})


def price_asked_down(tokens: list[str], i: int) -> bool:
    """Is the price at ``i`` asked down by a half ("half price", "half my price") or to the
    price of a lesser thing ("for the price of a nail trim")?"""
    if tokens[i] not in ("price", "prices"):
        return False
    if not _HALVED.isdisjoint(tokens[max(0, i - 2) : i]):
        return True
    return (
        i >= 2
        and tokens[i - 2 : i] == ["for", "the"]
        and tokens[i + 1 : i + 2] == ["of"]
        and (tokens[i + 2] if i + 2 < len(tokens) else BREAK) in _LESSER
    )
