"""Work, money and time-limit words in uses that name something else, and one that says more.

Why a module of its own: these readings settle what a work, money or deadline word stands for
in its part, each chosen by the word's record across every writer's labelled set; ``word_uses``
asks them for the work, money, home and deadline categories, and ``stressor_reading`` for the
landlord, the budget, the job lost and the unfinished work.

A landlord or a repair named beside a shop, a unit, a studio or a pub ("the landlord wants the
shop back", "damp in the studio's back room", "my landlord's selling the pub") is the
business's, so the work's strain, not the home's (``landlord_of_the_work``). A hardship taken
as the work's lot in a part with no subject (", comes with the job I guess") says where it came
from, no work strain; a sum someone shouted at the writer about ("shouted at me about the
bill") is the topic of their complaint (``complaint_topic``); emails counted as a chase ("three
emails to the agency about March's money") are the means, no work strain; the office named from
outside ("right outside our office") is a place.

An organisation's budget ("the ranger budget", "next year's budget", "a budget cut", "the
budget deficit") is the work's strain, not the writer's money, as every writer but one
labelled it (``budget_of_the_work``); the writer's own budget ("eating my budget", "isn't
anywhere in the budget") stays money.

A job lost, told of someone named before it ("Jonas got laid off today"), is theirs
(``job_lost_by_another``).

A call-out named as when a trouble began ("Not sleeping since the motorway job") is a time,
the job and the words naming it no work or commute strain; money or strength run out by a
date ("skint by the 20th", "back's gone by Thursday") says how long it lasts, no time limit.

One reading goes the other way (``unfinished_by_limit``): a time limit in a part that tells
the work as unfinished ("essay due Friday and so far I've written the title", "report due
Thursday and I've written one of the four", "only halfway through") is a deadline strain by
itself, though no feeling word makes the part negative: every writer labelled it so. So is a
page or a contract still blank or unsigned ("personal statement due the 15th, blank page") and
a count of things still to do before the limit ("Forty casks to char by the end of the month",
"Thirty-two books to mark by Friday"): labelled a deadline in five of the six such rows across
writers (the sixth, a seamstress's count that ends on a good register, has none).
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.context_words import CLOSE_PEOPLE
from neuroleaf_desktop.domain.analysis.lexicon import BREAK

# Marks of work unfinished: a share done ("done half", "a third of it", "one of the four"), a
# blank ("written the title", "blank page", "the contract's still unsigned"), a lack ("haven't
# started", "still writing").
_UNFINISHED: Final = frozenset(
    {"half", "halfway", "third", "quarter", "title", "haven't", "havent", "hasn't", "blank",
     "unsigned", "unwritten"}
)  # fmt: skip
# A count of things still to do ("forty casks to char", "Thirty-two books to mark", "38
# dresses to hem"): the work owed, counted. Not a time or a sum counted ("two weeks to go",
# "three hours to get there", "£40 to spend") nor a count going somewhere ("two kids to school").
_COUNTS: Final = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
     "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
     "dozen", "dozens", "hundreds"}
)  # fmt: skip
_NOT_OWED: Final = frozenset(
    {"second", "seconds", "minute", "minutes", "mins", "hour", "hours", "hrs", "day", "days",
     "week", "weeks", "month", "months", "year", "years", "sleeps", "nights", "pounds", "quid",
     "dollars", "euros", "grand", "more", "of", "left", "miles", "stops", "kids", "children",
     # a clock time, not a count: "eleven at night to say …", "six in the morning to catch"
     "at", "in", "on", "past", "night", "morning", "o'clock", "am", "pm"}
)  # fmt: skip
# a size told by a count before a singular unit ("400-page report", "12-hour shift", "two-day
# course"): what the thing is like, no count of things owed
_SIZES: Final = frozenset(
    {"page", "hour", "minute", "day", "week", "month", "year", "mile", "word", "piece", "part",
     "step", "seater", "bed", "storey", "foot", "metre", "inch", "litre", "ton", "tonne"}
)  # fmt: skip
_NOT_DONE_TO: Final = frozenset({"go", "the", "a", "my", "our", "school", "bed", "work", "be"})
_COUNT_REACH: Final = 4  # "Twelve Victorian bodices to finish": count, up to three words, "to"


def _a_count(word: str) -> bool:
    """A number said or written ("forty", "thirty-two", "38"), not a share, a date or a size
    ("400-page", "12-hour")."""
    return word.split("-")[0] in _COUNTS or (word.isdigit() and int(word) > 1)


def counted_to_do(tokens: list[str]) -> bool:
    """Does the part count things still to do ("forty casks to char", "200 orders to pack")?"""
    for k, word in enumerate(tokens):
        if not _a_count(word) or (k + 1 < len(tokens) and tokens[k + 1] in _SIZES):
            continue
        for j in range(k + 2, min(k + 1 + _COUNT_REACH, len(tokens) - 1)):
            if tokens[j] == "to":
                things = tokens[k + 1 : j]
                done_to = tokens[j + 1]
                if (
                    _NOT_OWED.isdisjoint(things)
                    and BREAK not in things
                    and done_to not in _NOT_DONE_TO
                    and done_to != BREAK
                ):
                    return True
                break
    return False


# "still" only before what is left to do ("still to check", "still writing it at eleven");
# "still confident" tells nothing unfinished.
_STILL_TO_DO: Final = frozenset(
    {"to", "writing", "working", "waiting", "need", "needs", "got", "have", "not", "haven't",
     "don't", "can't", "doing", "checking", "missing", "stuck",
     # what is not learnt yet: "still mix up which Act joined which country"
     "mix", "mixing", "muddle", "muddling", "confuse", "confusing", "forget", "forgetting"}
)  # fmt: skip
_SHARES: Final = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "a", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
)  # fmt: skip


def _ranking(word: str) -> bool:
    """A superlative ("best", "worst", "hardest", "most"): "one of the best" is a rank."""
    return word in ("best", "worst", "most", "least") or (len(word) > 4 and word.endswith("est"))


def unfinished_by_limit(tokens: list[str]) -> bool:
    """Does this part tell work as unfinished ("only halfway through", "written one of the
    four", "haven't started", "forty casks to char")? "half term" is a holiday, not half the
    work."""
    if counted_to_do(tokens):
        return True
    for k, word in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        if word in _UNFINISHED and not (word == "half" and after == "term"):
            return True
        if word == "still" and after in _STILL_TO_DO:
            return True
        if word in _SHARES and after == "of" and k + 2 < len(tokens) and tokens[k + 2] != BREAK:
            following = tokens[k + 2]
            ranked = tokens[k + 3 : k + 4]  # "one of the best she's read" ranks, it counts none
            if following == "the" and ranked and _ranking(ranked[0]):
                continue
            if following == "the" or following[:1].isdigit() or following in _SHARES:
                return True
    return False


# Places of work a landlord may own ("landlord wants the unit back"), unless a home is named.
_WORKPLACES: Final = frozenset(
    {"workshop", "shop", "office", "studio", "unit", "business", "salon", "premises", "yard",
     "warehouse", "surgery", "cafe", "café", "restaurant", "stall", "bookstore", "bookshop",
     "store", "bakery", "gallery", "practice", "pub"}
)  # fmt: skip
DWELLINGS: Final = frozenset({"flat", "house", "home", "bedroom", "apartment", "bedsit"})


# A lease with no home named is a business's, as ``other_use`` reads a lease alone: so is the
# landlord who raises it ("the landlord wants to 'talk about the lease'").
_LEASES: Final = frozenset({"lease", "leases"})


def landlord_of_the_work(tokens: list[str], i: int) -> bool:
    """Is the landlord or the repair at ``i`` a business's ("the landlord wants the shop
    back", "the damp in the studio's back room", a landlord beside a lease and no home)?"""
    return not (_WORKPLACES | _LEASES).isdisjoint(tokens) and DWELLINGS.isdisjoint(tokens)


_BUDGETS: Final = frozenset({"budget", "budgets"})
# Before "budget": the writer's own ("my budget", "in the budget", "on a budget").
_OWN_BUDGET: Final = frozenset(
    {BREAK, "my", "our", "the", "a", "no", "on", "in", "off", "to", "over", "under", "within",
     "family", "household", "monthly", "weekly", "food", "grocery", "shopping", "holiday",
     "tight", "small", "little", "personal"}
)  # fmt: skip
_CUTS: Final = frozenset({"cut", "cuts", "cutting", "slashed", "slashing", "deficit", "deficits"})


def budget_of_the_work(tokens: list[str], i: int) -> bool:
    """Is the budget at ``i`` an organisation's ("the ranger budget", "next year's budget", a
    budget cut or deficit) rather than the writer's money?"""
    if tokens[i] not in _BUDGETS:
        return False
    near = tokens[max(0, i - 2) : i] + tokens[i + 1 : i + 2]
    if not _CUTS.isdisjoint(near):
        return True
    return i > 0 and tokens[i - 1] not in _OWN_BUDGET


# An employer that will not pay for staff or kit ("head office won't pay for a second person",
# "management refuses to pay for proper gloves"): the work's purse, as its budget is; what it
# will not pay for the writer ("won't pay for my parking") stays the writer's money.
_EMPLOYERS: Final = frozenset(
    {"office", "management", "company", "firm", "trust", "council", "hospital", "corporate",
     "hq", "employer", "employers", "owner", "owners", "boss", "bosses", "work"}
)  # fmt: skip
_REFUSALS: Final = (["won't"], ["wont"], ["will", "not"], ["refuses", "to"], ["refused", "to"])
_REFUSAL_REACH: Final = 2  # "won't even pay for", "refuses to pay for"


def employer_wont_pay(tokens: list[str], i: int) -> bool:
    """Is the pay at ``i`` one an employer refuses for staff or kit, not the writer's money?"""
    if tokens[i] != "pay" or tokens[i + 1 : i + 2] != ["for"]:
        return False
    if tokens[i + 2 : i + 3] in (["my"], ["our"], ["me"], ["us"]):
        return False
    for k in range(i - 1, max(-1, i - _REFUSAL_REACH - 2), -1):
        for refusal in _REFUSALS:
            start = k - len(refusal) + 1
            if start >= 1 and tokens[start : k + 1] == refusal:
                return tokens[start - 1] in _EMPLOYERS
    return False


# A till or a float found short at cashing up ("Till was forty quid short at close", "the float
# came up a fiver short"): the shop's cash the writer answers for, the work's strain, no money
# of the writer's; takings down are the owner's money and stay so.
_CASH_AT_WORK: Final = frozenset({"till", "till's", "tills", "float", "float's", "drawer"})
_CASH_REACH: Final = 5


def till_short(tokens: list[str], i: int) -> bool:
    """Is the sum at ``i`` a till or a float found short ("Till was forty quid short")?"""
    before = tokens[max(0, i - _CASH_REACH) : i]
    if BREAK in before:
        before = before[len(before) - before[::-1].index(BREAK) :]
    after = tokens[i : i + 3]
    return not _CASH_AT_WORK.isdisjoint(before) and "short" in before + after


# Someone's outburst at the writer about a sum ("Client shouted at me in reception about the
# bill like I set the prices", "Man shouted at reception about his cat's surgery bill"): the
# sum is what the complaint was about, no money of the writer's, as a refund asked for is not;
# both writers who told one labelled no money.
_COMPLAINED: Final = frozenset(
    {"shouted", "shouting", "screamed", "screaming", "yelled", "yelling", "complained",
     "complaining", "moaned", "moaning", "ranted", "ranting"}
)  # fmt: skip


_SHOUTERS_WRITER: Final = frozenset({"i", "me", "we", "us", "i'm", "we're", "im", "i've", "we've"})


# An accusation against the writer ("A family accused me of taking money from their dad's
# purse", "Customer accused me of overcharging in an online review"): the sum is what the
# writer is blamed for, the conflict and the work's strain, no money of the writer's short.
_ACCUSED: Final = frozenset({"accused", "accusing", "accuses", "accuse"})


def complaint_topic(tokens: list[str], i: int) -> bool:
    """Is the money word at ``i`` after "about" in a clause told of someone's outburst, or
    after "of" in one told of someone's accusation?"""
    start = i
    while start > 0 and tokens[start - 1] != BREAK:
        start -= 1
    clause = tokens[start:i]
    for k, word in enumerate(clause):
        if word in _ACCUSED and "of" in clause[k + 1 :]:
            return _SHOUTERS_WRITER.isdisjoint(clause[:k])  # "I accused him of …" is the writer's
    if "about" not in clause:
        return False
    about = start + clause.index("about")
    for k in range(start, about):
        if tokens[k] in _COMPLAINED:
            # the writer among those shouting ("Kasia and me shouting about money") is a row
            return _SHOUTERS_WRITER.isdisjoint(tokens[start:k])
    return False


# Emails counted as a chase ("Three emails to the agency about March's money", "after three
# emails" to a letting agent): the means of chasing what the part is about, no work strain;
# a count of emails by itself ("Forty emails before nine") is the workload and stays.
_EMAILS: Final = frozenset({"emails", "email"})
_MANY: Final = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "2", "3", "4", "5",
     "6", "several", "multiple", "countless", "endless"}
)  # fmt: skip


def emails_chasing(tokens: list[str], i: int) -> bool:
    """Are the emails at ``i`` counted as a chase ("three emails to", "after three emails")?"""
    if tokens[i] not in _EMAILS or i == 0 or tokens[i - 1] not in _MANY:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else BREAK
    return after == "to" or (i >= 2 and tokens[i - 2] in ("after", "took", "sent"))


# The office named as where, from outside ("a payday loan poster right outside our office", "no
# real friends outside the office"): a place or the time away from work, no work strain; and
# a thing called the writer's office ("my car is basically my office", "the van is my office
# now"): a likeness of where the writer spends the day, which names no strain of the work.
_OUTSIDE: Final = frozenset({"outside", "opposite"})
_CALLED: Final = frozenset(
    {"is", "'s", "basically", "practically", "literally", "pretty", "much", "effectively"}
)  # fmt: skip


def office_as_a_place(tokens: list[str], i: int) -> bool:
    """Is the office at ``i`` named as where, after "outside the" or "opposite our", or a
    thing called the writer's office ("my car is basically my office")?"""
    if tokens[i] != "office" or i < 2 or tokens[i - 1] not in ("the", "our", "my"):
        return False
    return tokens[i - 2] in _OUTSIDE or (tokens[i - 1] != "the" and tokens[i - 2] in _CALLED)


# A job lost, told of someone named before it ("The club's head coach got made redundant",
# "Jonas got laid off today", "Flatmate got fired from the pub"): their loss, no work strain of
# the writer's, as every writer who told one labelled (``stressor_reading`` sets it aside as
# theirs, so the news still reads as bad); told of the writer ("I got laid off", "Got sacked
# by text", "They've told me I'll be made redundant") or of someone close ("My wife got laid
# off today and I can't sleep": the household's loss, by the guide) it stays.
_LOST_JOB: Final = frozenset({"laid", "fired", "sacked"})
_LOSS_LINKS: Final = frozenset(
    {"got", "get", "gets", "getting", "been", "was", "were", "is", "are", "being", "has",
     "have", "had", "just", "now", "all", "both", "made", "be", "will", "to", "going",
     "gonna", "might", "may", "could"}
)  # fmt: skip
_WRITER: Final = frozenset(
    {
        "i",
        "i'm",
        "i've",
        "i'll",
        "i'd",
        "im",
        "ive",
        "me",
        "we",
        "we're",
        "we've",
        "we'll",
        "us",
        "myself",
    }
)


def job_lost_by_another(tokens: list[str], i: int) -> bool:
    """Is the job loss at ``i`` ("made redundant", "laid off", "fired") told, through a link
    ("got", "has been"), of someone named before it who is not the writer?"""
    word = tokens[i]
    if word not in _LOST_JOB and not word.startswith("redundan"):
        return False
    j = i - 1
    while j >= 0 and tokens[j] in _LOSS_LINKS:
        j -= 1
    if j < i - 1 and j >= 0 and tokens[j] in _WRITER:
        j = _subject_of_relative(tokens, j)  # "the fella who had the suit before me got sacked"
    return (
        j < i - 1
        and j >= 0
        and tokens[j] != BREAK
        and tokens[j] not in _WRITER
        and tokens[j].removesuffix("'s") not in CLOSE_PEOPLE
    )


_RELATIVES: Final = frozenset({"who", "that"})


def _subject_of_relative(tokens: list[str], j: int) -> int:
    """Where the subject stands when the writer at ``j`` ends a relative clause about them
    ("the manager who hired me", "the lad who had my locker before me"): the word before
    "who"; ``j`` itself when there is none."""
    k = j - 1
    while k > 0 and tokens[k] != BREAK:
        if tokens[k] in _RELATIVES:
            return k - 1 if tokens[k - 1] != BREAK else j
        k -= 1
    return j


# A hardship taken as the work's lot, in a part with no subject of its own ("My ears have been
# blocked for days, comes with the job I guess"): it says where the trouble told before it came
# from, no strain of the job; with a subject ("Cottage comes with the job") it is the job's.
_COMES: Final = frozenset({"comes", "come", "came", "goes", "go"})


def the_jobs_lot(tokens: list[str], i: int) -> bool:
    """Is the "job" at ``i`` in a subjectless ", comes with the job" after a trouble?"""
    return (
        i >= 4
        and tokens[i - 2 : i] == ["with", "the"]
        and tokens[i - 3] in _COMES
        and tokens[i - 4] == BREAK
    )


# A call-out named as the time a trouble began ("Not sleeping since the motorway job", "Not
# slept right since the house fire job"): the job and the words naming it say when, and the
# trouble is the sleep; both writers who told one labelled no work or commute.
_JOB_EVENTS: Final = frozenset({"job", "shout", "callout", "call-out", "incident"})
_JOB_NAME_REACH: Final = 2


def since_the_job(tokens: list[str], i: int, end: int) -> bool:
    """Is the stressor at ``tokens[i:end]`` inside a "since the <…> job" naming when, the job
    closing its clause ("since the new job started" is the job itself)?"""
    for j in range(max(0, i - _JOB_NAME_REACH - 2), i + 1):
        if tokens[j : j + 2] != ["since", "the"]:
            continue
        for k in range(j + 2, min(len(tokens), j + 3 + _JOB_NAME_REACH)):
            if tokens[k] == BREAK:
                break
            if tokens[k] in _JOB_EVENTS:
                closes = k + 1 >= len(tokens) or tokens[k + 1] == BREAK  # not "… job started"
                return closes and j + 2 <= i and end <= k + 1
    return False


# A job named as why the writer moved ("lonely since I moved to Red Deer for the new job",
# "relocated up here for work", "we came over for his contract"): the job says why, closing its
# clause; the trouble told is elsewhere. A job that goes on to be the trouble ("moved for a job
# that's killing me", "moved for the job and it's awful") keeps its word.
_MOVED: Final = frozenset(
    {"moved", "move", "moving", "relocated", "relocate", "relocating", "came", "come",
     "emigrated", "uprooted"}
)  # fmt: skip
_WHY_JOBS: Final = frozenset({"job", "jobs", "work", "role", "post", "contract", "placement"})
_WHY_LEAD: Final = frozenset({"the", "a", "my", "his", "her", "our", "this", "new", "first"})
_MOVED_REACH: Final = 6
# What may follow the job for it to close its clause: a break, a joined clause, a time.
_WHY_CLOSERS: Final = frozenset(
    {BREAK, "and", "but", "so", "last", "in", "back", "about", "over", "a", "two", "three",
     "four", "five", "six", "ago", "this", "years", "months", "weeks"}
)  # fmt: skip


def moved_for_the_job(tokens: list[str], i: int, end: int) -> bool:
    """Is the work word at ``tokens[i:end]`` the job the writer moved for, closing its clause?"""
    if end != i + 1 or tokens[i] not in _WHY_JOBS:
        return False
    if end < len(tokens) and tokens[end] not in _WHY_CLOSERS:
        return False
    j = i - 1
    while j >= 0 and tokens[j] in _WHY_LEAD:
        j -= 1
    if j < 0 or tokens[j] != "for":
        return False
    before = tokens[max(0, j - _MOVED_REACH) : j]
    before = before[len(before) - before[::-1].index(BREAK) :] if BREAK in before else before
    return not _MOVED.isdisjoint(before)


# Money or strength run out by a date ("skint by the 20th", "by the 20th there's nothing
# left", "back's gone by Thursday", "my eyes are shot by Friday", "Nerves shot by Friday"): the
# date says how long the pay or the body lasts, no limit on a thing owed; every writer who told
# one labelled no time limit (five rows, four writers). "Done by" is a thing finished, a limit.
# (``stressor_forms.WORN_BY`` hides the limit when the state stands right before "by"; this
# reads it also after a hurt part has taken the state: "my eyes are shot by Friday".)
_RUN_OUT: Final = frozenset(
    {"skint", "broke", "left", "gone", "empty", "shot", "wrecked", "knackered", "shattered",
     "exhausted", "frazzled", "fried"}
)  # fmt: skip
_RUN_OUT_REACH: Final = 4


def money_runs_out(tokens: list[str], i: int, end: int) -> bool:
    """Is the "by <date>" at ``tokens[i:end]`` when the writer's money runs out?"""
    near = tokens[max(0, i - 2) : i] + tokens[end : end + _RUN_OUT_REACH]
    return BREAK not in near[:2] and not _RUN_OUT.isdisjoint(near)
