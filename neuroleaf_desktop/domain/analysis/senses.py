"""Other senses of stressor words, told by the words around them.

The stressor lexicon names things ("train", "report"); the same spelling is also a verb or
part of another phrase ("watching the squad train", "I have to report to …"). A check here
says from the neighbouring words, not from a list of whole sentences, that a match is the
other sense, so it names no stressor.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.context_words import UNDONE
from neuroleaf_desktop.domain.analysis.lexicon import BREAK, is_negator
from neuroleaf_desktop.domain.analysis.motives import counted_from, money_as_motive, person_due

# Stressor nouns that are also verbs ("the squad train on Tuesdays", "I'll bus it in", "faster
# than I can scan it") and what, written just before them, makes them the verb: a subject
# pronoun, "to" or a modal, or a group that does it.
VERB_NOUNS: Final = frozenset({"train", "bus", "tube", "report", "scan"})
VERB_BEFORE: Final = frozenset(
    {"to", "i", "we", "they", "you", "will", "can", "could", "would", "should", "must",
     "i'll", "we'll", "they'll", "you'll", "didn't", "don't", "won't", "can't", "squad",
     "team", "kids", "players", "lads", "girls", "boys", "athletes"}
)  # fmt: skip


def verb_sense(tokens: list[str], i: int) -> bool:
    """Is the one-word stressor at ``i`` a verb ("watching the squad train", "got to report
    to HR" keeps "HR"), so not the thing the lexicon means?"""
    return tokens[i] in VERB_NOUNS and i > 0 and tokens[i - 1] in VERB_BEFORE


# "down to my last jerry can", "down to my last teabag": running short of a thing, not of
# money; what may follow "last" when it is money ("… last tenner", "… last £5", nothing).
MONEY_AFTER_LAST: Final = frozenset(
    {"tenner", "fiver", "quid", "pound", "pounds", "penny", "pennies", "pence", "cash",
     "money", "dollar", "dollars", "euro", "euros", "buck", "bucks", "few", "coins", "twenty",
     "fifty", "hundred", "grand", "bit", "of", "savings"}
)  # fmt: skip
# "the bank wants three forms of ID": a bank's paperwork is an errand, not money trouble
PAPERWORK: Final = frozenset(
    {"id", "forms", "form", "documents", "document", "paperwork", "identification", "passport",
     "signature", "proof", "photo", "address"}
)  # fmt: skip
WHEN: Final = frozenset({"mid", "during", "halfway"})
# A thing lent, not money borrowed: "stuck in a loan chair", "half the loans haven't even
# arrived" (an exhibition's). A lent thing is named right after "loan", or is delivered.
LENT_THINGS: Final = frozenset(
    {"chair", "wheelchair", "car", "bike", "van", "instrument", "laptop", "kit", "tools",
     "items", "objects", "paintings", "works", "pieces", "books"}
)  # fmt: skip
DELIVERED: Final = frozenset(
    {"arrived", "arrive", "arriving", "arrives", "delivered", "shipped", "crated", "unpacked",
     "hung", "installed", "returned"}
)  # fmt: skip
_LOAN_WINDOW: Final = 4  # "the loans haven't even arrived": the delivery within these words
# A plain shift as the time of something else: "don't want to talk after a shift", "took the
# kids to the beach after my shift" (a long or double shift is still a load: not here).
_SHIFT_DETERMINERS: Final = frozenset({"a", "my", "the", "every", "each", "night", "day"})
# A mould that shapes things, not damp: "came out with the wrong mould", "a new cake mould",
# "broke the mould". Damp mould is told by where it grows ("mould in the bathroom").
MOULDS: Final = frozenset({"mould", "mold"})
SHAPING_MOULD: Final = frozenset(
    {"wrong", "right", "new", "same", "cheese", "cake", "jelly", "plaster", "silicone",
     "break", "broke", "breaking", "broken", "fit", "fits", "into", "from"}
)  # fmt: skip


# People the writer works for: ghosting by one of them is a client gone quiet on a bill.
WORK_PEOPLE: Final = frozenset(
    {"client", "clients", "customer", "customers", "recruiter", "recruiters", "employer",
     "agency", "company", "buyer", "buyers", "supplier", "publisher"}
)  # fmt: skip
# What is owed to the writer when it is overdue: an invoice sent, a payment to come.
OWED_TO_WRITER: Final = ("invoice", "payment")
_OWED_WINDOW: Final = 5  # "$1,200 invoice, 45 days overdue": across a comma
# Things carried or worn that leak ("bag leaked", "the bottle leaked", "Mask leaked all night
# and hissed in my ear"): no repair of the home.
CARRIED: Final = frozenset(
    {"bag", "bags", "pouch", "bottle", "bottles", "flask", "pen", "nappy", "cup", "battery",
     "mask", "masks", "nappies", "catheter"}
)  # fmt: skip
# Someone else asking when or if the writer will do a thing: the job in it is what they want
# for the writer ("mum keeps asking when I'll get a job"), not a job the writer strains at.
ASKED: Final = frozenset({"asked", "asking", "asks", "ask"})
ASKED_WHAT: Final = frozenset({"when", "if", "whether"})


def owed_to_writer(tokens: list[str], i: int) -> bool:
    """Is the "overdue" at ``i`` said of an invoice or payment in its clause or just before it
    ("invoice is sixty days overdue", "$1,200 invoice, 45 days overdue")? Money owed to the
    writer that has not come is strain about money, not a time limit the writer must meet."""
    near = tokens[max(0, i - _OWED_WINDOW) : i] + _clause_before(tokens, i)
    return tokens[i] == "overdue" and any(t.startswith(OWED_TO_WRITER) for t in near)


# A payment named as falling due with no time after it ("the business rates are due", "my
# daughter's school fees are due.", "Loan on the new crane is due", the payment named with
# what it is on): money the writer must find, not a time limit to meet; a day or date after it
# ("rent is due Friday", "due on the 1st") keeps the time limit.
PAYMENTS: Final = frozenset(
    {"fee", "fees", "rent", "rates", "bill", "bills", "mortgage", "invoice", "tax", "taxes",
     "payment", "payments", "premium", "instalment", "installment", "deposit", "loan",
     "repayment", "repayments", "subscription", "insurance"}
)  # fmt: skip
_FALLING_DUE: Final = frozenset({"is", "are", "was", "were"})
_PAYMENT_WINDOW: Final = 6  # "my registration fee is due", "Loan on the new crane is due"
_NOTHING_TIMED: Final = frozenset({BREAK, "and", "but", "so", "again", "too", "already"})


def payment_falling_due(tokens: list[str], i: int, end: int) -> bool:
    """Is the "is due" at ``tokens[i:end]`` said of a payment in its clause, with no time
    after it (see ``PAYMENTS``)?"""
    if tokens[i] not in _FALLING_DUE or tokens[end - 1] != "due":
        return False
    if end < len(tokens) and tokens[end] not in _NOTHING_TIMED:
        return False
    before = _clause_before(tokens, i)[-_PAYMENT_WINDOW:]
    return any(t.removesuffix("'s") in PAYMENTS for t in before)


# Overtime lost, cut or unpaid ("overtime's been cut", "our overtime pay is six weeks late",
# "so there goes the overtime"): the pay it brought is the trouble, which writers label money.
OVERTIME_LOST: Final = frozenset(
    {"cut", "cuts", "pulled", "dried", "scrapped", "slashed", "axed", "stopped", "pay",
     "money"}
)  # fmt: skip
_OVERTIME_GONE: Final = frozenset({"goes", "lost", "losing", "lose"})
_OVERTIME_WINDOW: Final = 4


def overtime_as_pay(tokens: list[str], i: int, end: int) -> bool:
    """Is the "overtime" at ``i`` named as pay lost or owed (see ``OVERTIME_LOST``)?"""
    if tokens[i].removesuffix("'s") != "overtime" or end != i + 1:
        return False
    after = tokens[end : end + _OVERTIME_WINDOW]
    after = after[: after.index(BREAK)] if BREAK in after else after
    return not OVERTIME_LOST.isdisjoint(after) or not _OVERTIME_GONE.isdisjoint(
        _clause_before(tokens, i)[-3:]
    )


_OVERTIME_PAY: Final = frozenset({"pay", "money"})


def overtime_cut(tokens: list[str], i: int, end: int) -> bool:
    """Is the "overtime" at ``i`` told as taken away ("overtime's been scrapped", "overtime's
    been pulled for next month", "there goes the overtime")? A loss by itself, as being laid
    off is, where overtime pay named ("overtime money is good") is only the topic."""
    if not overtime_as_pay(tokens, i, end):
        return False
    after = tokens[end : end + _OVERTIME_WINDOW]
    after = after[: after.index(BREAK)] if BREAK in after else after
    lost = OVERTIME_LOST - _OVERTIME_PAY
    return not lost.isdisjoint(after) or not _OVERTIME_GONE.isdisjoint(
        _clause_before(tokens, i)[-3:]
    )


# A job, a shift or a contract as what pays ("this job pays pennies", "callouts pay the same",
# "till the Widcombe job pays out"): the pay is the trouble, which every writer who told it
# labelled money and none the work.
# A person who pays ("the gaffer's paying us late") is still the work's strain, and overtime
# that pays for something is work taken on.
_PAYS: Final = frozenset({"pay", "pays", "paid", "paying"})
_EARNERS: Final = frozenset(
    {"job", "jobs", "shift", "shifts", "callout", "callouts", "contract", "contracts", "gig",
     "gigs", "work", "role", "post"}
)  # fmt: skip


def work_as_pay(tokens: list[str], end: int) -> bool:
    """Is the job, shift or contract ending before ``end`` the subject of "pay(s)", naming
    what it earns ("this job pays pennies")?"""
    return end < len(tokens) and tokens[end] in _PAYS and tokens[end - 1] in _EARNERS


def _clause_before(tokens: list[str], i: int) -> list[str]:
    start = i
    while start > 0 and tokens[start - 1] != BREAK:
        start -= 1
    return tokens[start:i]


def _asked_of_writer(tokens: list[str], i: int) -> bool:
    """Is the word at ``i`` inside a question someone asked of the writer ("asked again when
    I'm going to find a job"), the asker named before "asked"?"""
    before = _clause_before(tokens, i)
    for k, word in enumerate(before):
        if word in ASKED and k > 0 and not ASKED_WHAT.isdisjoint(before[k + 1 : k + 4]):
            return before[k - 1] not in ("i", "we")
    return False


# What is still the trouble when named as the time of another: the writer's job ("laptop
# died mid-project": the project suffers) and a quarrel ("left for work mid-argument").
OWN_EVENTS: Final = frozenset({"work", "conflict"})


# "Argued" before what was claimed ("argued the bin moved", "argued that it was fine"): a case
# put, no quarrel; a quarrel says who with, what about or how long ("argued the whole way").
_ARGUED: Final = frozenset({"argued", "argues", "argue", "arguing"})
_CLAIM_OPENERS: Final = frozenset({"the", "it", "he", "she", "they", "his", "her", "its"})
_CLAIMED_VERBS: Final = frozenset(
    {"was", "were", "is", "are", "had", "has", "did", "didn't", "wasn't", "moved", "hit",
     "came", "jumped", "rolled", "weren't"}
)  # fmt: skip
_CLAIM_REACH: Final = 3


# Bills that can fall in the same week or month ("the rent deposit and the car insurance in
# the same month"): without one, "in the same week" stacks something else.
BILLS_STACKED: Final = frozenset(
    {"rent", "insurance", "tax", "payment", "payments", "bill", "bills", "loan", "fee", "fees",
     "mot", "deposit", "mortgage", "registration", "subscription", "subs"}
)  # fmt: skip


# Blame laid by a crowd or an unnamed "they" ("everyone blames us personally", "they'll blame
# me", "every single customer blamed me"): the public's mood or a fear of it, no quarrel with
# anyone; every writer who told one labelled no conflict.
_CROWDS: Final = frozenset(
    {"everyone", "everybody", "people", "they", "they'll", "they'd", "theyll", "folk"}
)


# "every customer", "every single parent": one of a crowd, each laying the same blame.
_EVERY: Final = frozenset({"every", "each"})
_EVERY_REACH: Final = 3  # "every single customer blamed me"


def _crowd_before(tokens: list[str], i: int) -> bool:
    """Is the blame at ``i`` laid by a crowd: "everyone", "they", or "every (single) customer"
    just before it?"""
    if i > 0 and tokens[i - 1] in _CROWDS:
        return True
    before = tokens[max(0, i - _EVERY_REACH) : i]
    return BREAK not in before and not _EVERY.isdisjoint(before[:-1])


def argued_a_claim(tokens: list[str], i: int, end: int) -> bool:
    """Is the "argued" at ``i`` followed by a claim, "that …" or a subject and its verb?"""
    if tokens[i] not in _ARGUED or end != i + 1 or end >= len(tokens):
        return False
    if tokens[end] == "that":
        return True
    after = tokens[end + 1 : end + 1 + _CLAIM_REACH]
    after = after[: after.index(BREAK)] if BREAK in after else after
    return tokens[end] in _CLAIM_OPENERS and not _CLAIMED_VERBS.isdisjoint(after)


def other_sense(tokens: list[str], i: int, end: int, category: str | None) -> bool:
    """Is the stressor of ``category`` matched at ``tokens[i:end]`` the other sense of its
    words: short of a thing ("down to my last jerry can"), a bank's paperwork ("the bank
    wants three forms of ID"), a mould that shapes ("the wrong mould"), a shift as the time
    of something else ("after a shift"), a thing lent ("a loan chair"), a bank as the place
    where something else happened ("at the bank they laughed at me"), or the time
    something else happened ("the card machine died mid-appointment": when, not what the
    trouble is; see ``OWN_EVENTS``)?"""
    if tokens[end - 1] == "last" and end < len(tokens):
        after = tokens[end]
        return after != BREAK and not after[:1].isdigit() and after not in MONEY_AFTER_LAST
    if tokens[end - 1] in ("shift", "shifts") and tokens[i] in ("shift", "shifts", "night"):
        j = i - 1
        while j >= 0 and tokens[j] in _SHIFT_DETERMINERS:
            j -= 1
        if j >= 0 and tokens[j] in ("after", "before"):
            return True
    if tokens[i] in ("loan", "loans") and end == i + 1:
        ahead = tokens[end : end + _LOAN_WINDOW]
        ahead = ahead[: ahead.index(BREAK)] if BREAK in ahead else ahead
        if (ahead and ahead[0] in LENT_THINGS) or not DELIVERED.isdisjoint(ahead):
            return True
    if tokens[i] in MOULDS:
        j = i - 1
        while j >= 0 and tokens[j] in ("the", "a", "its", "that"):
            j -= 1
        return j >= 0 and tokens[j] in SHAPING_MOULD
    if tokens[i] == "ghosted" and not WORK_PEOPLE.isdisjoint(tokens[max(0, i - 3) : i]):
        return True  # "client ghosted me": an unpaid job, not a date gone quiet
    if tokens[i].startswith("leak") and i > 0 and tokens[i - 1] in CARRIED:
        return True  # "bag leaked on the bus": a thing carried, not the home
    if category == "work" and tokens[i] in ("job", "jobs") and _asked_of_writer(tokens, i):
        return True  # "wife asked again when I'm going to find a job on dry land"
    if category == "health" and counted_from(tokens, i):
        return True  # "since the diagnosis": when, not the trouble
    if category == "deadlines" and person_due(tokens, i):
        return True  # "I'm due in at eight": expected at work, no time limit
    if category == "money" and money_as_motive(tokens, i, end):
        return True  # "only volunteered for the money": why, not a trouble
    if category == "money" and end - i > 2 and tokens[end - 2] == "same":
        return BILLS_STACKED.isdisjoint(tokens)  # "two funerals in the same week": no bills
    if category == "conflict" and tokens[i] in BLAMED and _crowd_before(tokens, i):
        return True  # "every single customer blamed me": a crowd's mood, no one to quarrel with
    if category == "conflict" and argued_a_claim(tokens, i, end):
        return True  # "then argued the bin moved": a claim made, no quarrel had
    if tokens[i] in ("bank", "banks"):
        if tokens[max(0, i - 2) : i] in (["at", "the"], ["in", "the"]):
            return True  # "tremor was bad at the bank today": where, not money
        clause_end = end
        while clause_end < len(tokens) and tokens[clause_end] != BREAK:
            clause_end += 1
        return not PAPERWORK.isdisjoint(tokens[end:clause_end])
    return i > 0 and tokens[i - 1] in WHEN and category not in OWN_EVENTS


# A health appointment missed or forgotten is a mishap, not a health worry ("missed the GP",
# "forgot the dentist again"); the illness, if any, is named elsewhere.
MISSED: Final = frozenset({"missed", "miss", "missing", "forgot", "forget", "forgetting"})
_SKIP: Final = frozenset({"the", "my", "a", "an", "our", "his", "her", "their", "another"})
APPOINTMENT_KEYWORDS: Final = frozenset({"doctor"})


def missed_appointment(tokens: list[str], i: int, keyword: str) -> bool:
    """Is the health place or appointment at ``i`` one the writer missed or forgot?"""
    if keyword not in APPOINTMENT_KEYWORDS:
        return False
    j = i - 1
    while j >= 0 and tokens[j] in _SKIP:
        j -= 1
    return j >= 0 and tokens[j] in MISSED


# "two chefs off sick", "my manager is off sick", "my colleague's been signed off", "Hamid is
# off with burnout": the illness or leave of whoever is before it, when that is not the writer
# ("I'm off sick with flu", "I've been signed off work", "I'm off with flu" are the writer's own).
_OFF_SICK_LINKS: Final = frozenset({"is", "are", "was", "were", "been", "has", "have", "being"})
_WRITER: Final = frozenset(
    {"i", "i'm", "i've", "i'd", "me", "myself", "we", "we're", "we've", "us", "been"}
)


_LEAVE: Final = frozenset({("off", "sick"), ("signed", "off"), ("off", "with")})


def others_off_sick(tokens: list[str]) -> set[int]:
    """Positions of the words of every "<someone> off sick", "<someone>'s been signed off
    (work)" or "<someone> is off with <illness>" said of another person: from the start of its
    clause to "sick", the word after "signed off" or the end of the illness's clause (their
    illness or leave, and the person, are not the writer's stressors)."""
    return {k for span in _others_leave(tokens) for k in span}


def others_named_illness(tokens: list[str]) -> set[int]:
    """Positions of the illness named after another person's "off with" ("Hamid is off with
    burnout"): theirs even when the word is stressful by itself, as "burnout" is."""
    return {k for span in _others_leave(tokens) if tokens[span[0] - 1] == "with" for k in span}


def _others_leave(tokens: list[str]) -> list[range]:
    """The spans of ``others_off_sick``; an "off with" span is split after "with" so that
    ``others_named_illness`` can tell the illness from the person."""
    out: list[range] = []
    for k in range(1, len(tokens) - 1):
        if (tokens[k], tokens[k + 1]) not in _LEAVE:
            continue
        if tokens[k - 1 : k + 1] == ["be", "signed"] and k > 1 and tokens[k - 2] == "to":
            continue  # "the budget has to be signed off by the 28th": approved, no leave
        j = k - 1
        while j >= 0 and tokens[j] in _OFF_SICK_LINKS:
            j -= 1
        if j < 0 or tokens[j] in _WRITER or tokens[j] == BREAK:
            continue  # "I'm off sick", "been off sick all week", "… , off sick"
        first = j
        while first > 0 and tokens[first - 1] not in (BREAK, "and", "because", "so"):
            first -= 1
        if not _WRITER.isdisjoint(tokens[first : j + 1]):  # the links ("been") are no writer
            continue
        if tokens[k + 1] != "with":
            out.append(range(first, min(len(tokens), k + 2 + (tokens[k] == "signed"))))
            continue
        last = k + 2  # "off with a bad back": the illness runs to the end of its clause
        while last < len(tokens) and tokens[last] not in (BREAK, "and", "but", "so"):
            last += 1
        out += [range(first, k + 2), range(k + 2, last)]
    return out


def deed_left_undone(tokens: list[str], i: int) -> bool:
    """ "Haven't got the essay done", "didn't get the report finished": a negated deed before
    the stressor at ``i`` (up to four words back in its clause) leaves it standing, so a
    "done" or "finished" after it settles nothing."""
    for k in range(i - 1, max(0, i - 5), -1):
        if tokens[k] == BREAK:
            return False
        if tokens[k] in UNDONE and is_negator(tokens[k - 1]):
            return True
    return False


# Strain told by the shape of a clause, whatever its words (``strain_frame``): an inability
# ("the pharmacy can't get them in"), a trouble that persists ("knee still isn't right") and
# a repeated annoyance ("my manager keeps telling me to prioritise").
CANT: Final = frozenset({"can't", "cannot", "couldn't"})
# what follows "can't" in idioms of eagerness, praise or wonder, not inability
CANT_IDIOMS: Final = frozenset(
    {"wait", "believe", "complain", "thank", "ask", "be", "help", "resist", "recommend",
     "fault", "praise", "imagine", "beat", "stop", "get", "see", "have", "agree"}
)  # fmt: skip
CANT_IDIOM_LISTS: Final = [[w] for w in CANT_IDIOMS]
CANT_GET_IDIOMS: Final = frozenset({"enough", "over"})  # "can't get enough", "can't get over how"
KEEP: Final = frozenset({"keep", "keeps", "kept", "keeping"})
KEEP_FINE: Final = frozenset(
    {"going", "smiling", "laughing", "improving", "trying", "moving", "getting", "thinking",
     "talking", "chatting", "playing", "dancing", "singing", "reading", "learning",
     "practising", "practicing", "giggling", "hugging", "growing", "winning"}
)  # fmt: skip


# A softening word between "can't" and the idiom leaves the idiom ("can't quite believe it",
# "can't really complain").
_SOFTENERS: Final = frozenset({"quite", "really", "actually", "honestly"})


def _after_cant(tokens: list[str], k: int, end: int) -> str:
    """The word after ``tokens[k]`` ("can't"), past one softening word."""
    j = k + 2 if tokens[k + 1] in _SOFTENERS and k + 2 < end else k + 1
    return tokens[j]


def strain_frame(tokens: list[str], start: int, end: int) -> bool:
    """Does the clause ``tokens[start:end]`` tell strain by its shape (see above, and a loss:
    "there goes my deposit")?"""
    for k in range(start, end - 1):
        word = tokens[k]
        after = _after_cant(tokens, k, end) if word in CANT else tokens[k + 1]
        if word == "there" and after == "goes" and tokens[k + 2 : k + 3] in (["my"], ["our"]):
            return True
        declined = after == "make" and tokens[k + 2 : k + 3] == ["it"]  # "can't make it"
        if (
            word in CANT
            and not declined
            and (
                after not in CANT_IDIOMS
                or (after == "get" and k + 2 < end and tokens[k + 2] not in CANT_GET_IDIOMS)
            )
        ):
            return True
        if word == "still" and any(
            is_negator(t)
            and not (t in CANT and j + 1 < end and _after_cant(tokens, j, end) in CANT_IDIOMS)
            for j, t in enumerate(tokens[k + 1 : min(end, k + 3)], start=k + 1)
        ):
            return True  # "still isn't right", but "still can't believe it" is wonder
        if word in KEEP and after.endswith("ing") and after not in KEEP_FINE:
            return not (called_something_good(tokens, k + 1) or asked_for_advice(tokens, k + 1))
    return False


# Reaching the writer for what they know ("keeps phoning me with questions", "keeps ringing me
# for tips"): a request, no repeated annoyance. Money or help asked for is not among them.
_REACHING: Final = frozenset(
    {"ringing", "phoning", "calling", "texting", "messaging", "emailing", "asking", "bugging"}
)
_ADVICE: Final = frozenset(
    {"questions", "question", "tips", "advice", "recipes", "recipe", "ideas", "pointers",
     "recommendations", "suggestions"}
)  # fmt: skip
_ADVICE_REACH: Final = 3  # "for driving tips", "with more silly questions"


def asked_for_advice(tokens: list[str], i: int) -> bool:
    """ "keeps ringing me for tips", "keeps texting me with questions about the baby": what the
    writer is reached for at ``i`` is advice, no annoyance (see ``_ADVICE``). Advice the writer
    cannot or may not give ("for advice I'm not allowed to give") stays a strain."""
    if tokens[i] not in _REACHING or tokens[i + 1 : i + 2] not in (["me"], ["us"]):
        return False
    if tokens[i + 2 : i + 3] not in (["with"], ["for"]):
        return False
    rest = tokens[i + 3 :]
    if BREAK in rest:
        rest = rest[: rest.index(BREAK)]
    return not _ADVICE.isdisjoint(rest[:_ADVICE_REACH]) and not any(is_negator(t) for t in rest)


def called_something_good(tokens: list[str], i: int) -> bool:
    """ "keeps calling me brave", "keeps telling me I'm doing brilliantly": what the writer is
    called or told at ``i`` is praise (VADER's valence), which is no repeated annoyance (the
    opposite of ``criticised``)."""
    if tokens[i] not in CALLED | _TOLD or i + 1 >= len(tokens) or tokens[i + 1] not in _ME:
        return False
    from neuroleaf_desktop.domain.analysis.sentiment import sentiment_lexicon

    valence = sentiment_lexicon()
    said = [t for t in tokens[i + 2 : i + 6] if t not in _NAME_OPENERS and t != BREAK]
    return (
        bool(said)
        and any(valence.get(t, 0.0) > 0 for t in said[:3])
        and not any(valence.get(t, 0.0) < 0 or is_negator(t) for t in said[:3])
    )


_TOLD: Final = frozenset({"telling", "tell", "tells", "told"})


# Being called something bad or blamed, in any tense: "called me useless", "calls me a
# failure", "he blames me" (the lexicon lists "blamed me" only). VADER's valence says what is
# bad, so no list of insults is needed.
CALLED: Final = frozenset({"called", "calls", "calling", "call"})
BLAMED: Final = frozenset({"blames", "blaming", "blame", "blamed"})
_ME: Final = frozenset({"me", "us"})
INSULT: Final = -1.5


def criticised(tokens: list[str], i: int) -> int:
    """The end of a "called me <something bad>", "called my <work> <something bad>" or
    "blames me" phrase at ``i``, or 0."""
    if i + 1 >= len(tokens) or tokens[i + 1] not in _ME | {"my"}:
        return 0
    if tokens[i + 1] == "my" and tokens[i] not in CALLED:
        return 0
    if tokens[i] in BLAMED:
        # blame laid by a crowd ("everyone blames us personally"): no one to quarrel with
        return 0 if _crowd_before(tokens, i) else i + 2
    if tokens[i] not in CALLED:
        return 0
    from neuroleaf_desktop.domain.analysis.sentiment import sentiment_lexicon

    valence = sentiment_lexicon()
    if tokens[i + 1] == "my":
        return _work_called_bad(tokens, i, valence)
    j = i + 2
    while j < len(tokens) and j < i + 4 and tokens[j] in _NAME_OPENERS:
        j += 1  # "called me a liar", "calls me so lazy"
    if j >= len(tokens) or tokens[j].endswith("ing"):
        return 0  # "called me crying", "called me sobbing": the caller's state
    return j + 1 if valence.get(tokens[j], 0.0) <= INSULT else 0


_NAME_OPENERS: Final = frozenset({"a", "an", "the", "so", "such", "really", "totally"})
# The writer's work or ways called bad ("Manager called my case notes sloppy in front of the
# new starter", "called my cooking rubbish"): criticism of the writer, as "called me useless"
# is. Words of a slight VADER does not score, beside those it scores as an insult.
_SLIGHTS: Final = frozenset(
    {"sloppy", "rubbish", "shoddy", "amateur", "amateurish", "garbage", "substandard",
     "slapdash", "unacceptable", "unreadable", "lazy"}
)  # fmt: skip
_WORK_REACH: Final = 4  # "called my case notes sloppy": up to three words of what was called


def _work_called_bad(tokens: list[str], i: int, valence: dict[str, float]) -> int:
    """The end of "called my <work> <something bad>" at ``i``, or 0."""
    for j in range(i + 3, min(len(tokens), i + 2 + _WORK_REACH)):
        if tokens[j] == BREAK:
            return 0
        if tokens[j] in _SLIGHTS or valence.get(tokens[j], 0.0) <= INSULT:
            return j + 1
    return 0


# Being named something by someone, told as done ("a passenger called me a glorified
# waitress", "Man in a Range Rover called me a parasite over £2.40", "Got called a loan shark
# at the school gate", "called me every name going"): the writer's anger in every labelled
# row that told one (eleven rows, ten writers), whatever the name, so VADER's valence is not
# asked for an insult. Praise named so is no insult ("called me a hero": a word VADER scores
# good, "glorified" aside, which only belittles), a taxi or an ambulance called for the
# writer is a booking, and only the past, with "a", "an" or "every": "the wife calls me the
# raccoon" is a pet name, "my daughter has started calling me the visitor" sadness.
_NAMED_AFTER: Final = frozenset({"a", "an", "every"})
_CALLED_FOR: Final = frozenset({"taxi", "cab", "ambulance", "uber", "car", "minicab"})
_BELITTLING: Final = frozenset({"glorified"})
NAMED_PATTERN: Final = "called me a"


def named_by_someone(tokens: list[str], i: int) -> int:
    """The end of a "called me a <name>" / "got called a <name>" phrase at ``i``, or 0."""
    if tokens[i : i + 2] not in (["called", "me"], ["got", "called"]):
        return 0
    j = i + 2
    if j >= len(tokens) or tokens[j] not in _NAMED_AFTER:
        return 0
    name: list[str] = []
    for t in tokens[j + 1 : j + 4]:
        if t == BREAK:
            break
        name.append(t)
    if not name or name[0] in _CALLED_FOR:
        return 0
    from neuroleaf_desktop.domain.analysis.sentiment import sentiment_lexicon

    valence = sentiment_lexicon()
    if any(valence.get(t, 0.0) > 0 and t not in _BELITTLING for t in name[:2]):
        return 0
    return j + 2
