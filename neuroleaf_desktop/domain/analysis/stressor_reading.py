"""Reading the stressors of one segment, each with what the words around it say of it.

``read_stressors`` finds every stressor pattern (``stress_keywords.STRESSOR_LEXICON``) and
marks whether it is negated, resolved or judged fine, someone else's, a person turned to for
support, or a trouble dealt with; ``clauses`` then decides from the clause's polarity which of
them count. Kept apart from ``clauses`` so that each stays small: this is the part that asks
"whose trouble, and is it still one?" of a single word.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from neuroleaf_desktop.domain.analysis.attribution import (
    Stressor,
    _is_over,
    _phrase_after,
    _without_possessive,
    in_their_relative,
    others_breakup,
    owned_by_another,
    reconciled,
    theirs_by_possessive,
)
from neuroleaf_desktop.domain.analysis.befell import befell_another
from neuroleaf_desktop.domain.analysis.body_voices import body_raising_its_voice
from neuroleaf_desktop.domain.analysis.carried import (
    carried_by_another,
    carries_for_writer,
    lived_on,
)
from neuroleaf_desktop.domain.analysis.clause import word_negated
from neuroleaf_desktop.domain.analysis.contest_costs import cost_in_a_contest
from neuroleaf_desktop.domain.analysis.context_words import (
    ALL_CLEAR,
    CLOSE_PEOPLE,
    EASED_OR_PAST,
    EXCEPTIONS,
    FILLERS,
    FINE,
    FINE_WINDOW,
    FIRST_PERSON,
    HEALTH_ALL_CLEAR,
    OWNERS,
    PEOPLE,
    RESOLVED,
    RESOLVED_AFTER,
    RESOLVED_LATER,
    RESOLVED_WINDOW,
    SUPPORT,
    SUPPORT_WINDOW,
    UNDONE,
    WRITER,
)
from neuroleaf_desktop.domain.analysis.frames import missed_event_of, remembered
from neuroleaf_desktop.domain.analysis.gone_as_lost import part_given_out, sum_lost
from neuroleaf_desktop.domain.analysis.kinds_and_measures import relatives_event_as_setting
from neuroleaf_desktop.domain.analysis.lexicon import BREAK, STRONG, is_negator
from neuroleaf_desktop.domain.analysis.others_health import body_of_another
from neuroleaf_desktop.domain.analysis.pay_kept import pay_hoped, pay_kept
from neuroleaf_desktop.domain.analysis.plain_goods import passed_before
from neuroleaf_desktop.domain.analysis.senses import (
    criticised,
    deed_left_undone,
    missed_appointment,
    other_sense,
    others_named_illness,
    others_off_sick,
    overtime_as_pay,
    overtime_cut,
    owed_to_writer,
    payment_falling_due,
    verb_sense,
    work_as_pay,
)
from neuroleaf_desktop.domain.analysis.shared_laughs import laughed_together
from neuroleaf_desktop.domain.analysis.sleep_readings import body_up_all_night, mind_on_in_bed
from neuroleaf_desktop.domain.analysis.stress_keywords import (
    STRESSOR_LEXICON,
    STRESSORS,
    category_of,
    is_shadow,
    stressful_by_itself,
)
from neuroleaf_desktop.domain.analysis.stressor_forms import TIME_LEFT
from neuroleaf_desktop.domain.analysis.thanked import thanked_after
from neuroleaf_desktop.domain.analysis.word_uses import other_use
from neuroleaf_desktop.domain.analysis.work_people import (
    a_customers_ask,
    children_of_the_caseload,
    family_business,
    owner_of_their_kin,
    price_asked_down,
    review_got_by_another,
    shouted_at_by_the_public,
    supervisor_of_study,
)
from neuroleaf_desktop.domain.analysis.work_stressors import PUBLIC_ABUSE
from neuroleaf_desktop.domain.analysis.work_word_uses import (
    budget_of_the_work,
    employer_wont_pay,
    job_lost_by_another,
    landlord_of_the_work,
    till_short,
    unfinished_by_limit,
)

STRESSOR_NEGATION_WINDOW: Final = 2
# What is prepared for by a date: a part that tells the preparing as unfinished ("exam in
# eleven days and I've done half the syllabus") is strain by itself.
_PREPARED_FOR: Final = frozenset({"deadline", "exam", "coursework"})
# Time left counted to a limit names one only beside work told unfinished ("the test is in nine
# days and I still mix up the dates"), not beside a sum running out ("six weeks to go").
_TIME_LEFT: Final = frozenset(tuple(form.split()) for form in TIME_LEFT)
CONFLICT_WORDS: Final = frozenset(STRESSORS["conflict"])
# A trouble said to be finished is good news ("exams finished", "the boiler's fixed"); a bill
# paid or a headache gone is only logistics or relief in passing (the labelled set: neutral).
DEALT: Final = frozenset(
    {"finished", "sorted", "resolved", "fixed", "done", "cleared", "aced", "nailed", "healed",
     "recovered"}
)  # fmt: skip
NOTHING: Final = frozenset({"nothing", "none", "anything", "yet"})  # "has done nothing"
CLAUSE_WORDS: Final = frozenset({"and", "because", "cos", "cause", "coz"})
# Chores and people another carries for the writer ("doing every school run"): theirs.
_CARRIED: Final = frozenset({"commute", "family", "home", "relationships"})


def stressor_negated(tokens: list[str], i: int) -> bool:
    """A negator up to ``STRESSOR_NEGATION_WINDOW`` words before, not counting fillers; not
    one that negates a deed left undone ("can't pay the rent", "hasn't fixed the boiler":
    ``UNDONE``), which leaves the trouble standing."""
    seen = 0
    j = i - 1
    while j >= 0 and tokens[j] != BREAK and seen < STRESSOR_NEGATION_WINDOW:
        if is_negator(tokens[j]):
            return tokens[j + 1] not in UNDONE
        if tokens[j] not in FILLERS:
            seen += 1
        j -= 1
    return False


def near(
    tokens: list[str], start: int, end: int, words: frozenset[str], before: int, after: int
) -> bool:
    """Is one of ``words`` within ``before`` tokens before ``start`` or ``after`` tokens
    from ``end``, without crossing a clause break?"""  # fmt: skip
    for j in range(start - 1, max(-1, start - before - 1), -1):
        if tokens[j] == BREAK or tokens[j] in CLAUSE_WORDS:
            break
        if tokens[j] in words and not word_negated(tokens, j):
            return True
    for j in range(end, min(len(tokens), end + after)):
        if tokens[j] == BREAK or tokens[j] in CLAUSE_WORDS:
            break
        if tokens[j] in words and not word_negated(tokens, j):
            return True
    return False


def read_stressors(tokens: list[str]) -> Iterator[tuple[int, Stressor]]:
    missed = missed_event_of(tokens)
    written = tokens  # possessives kept: "my sous chef's mum" is someone else's
    off_sick = others_off_sick(tokens)
    their_illness = others_named_illness(tokens)
    # "back's" stays whole: "Back's gone again" is the writer's back, where "back" alone is a
    # place or a return ("back home", "back to work")
    tokens = [t if t == "back's" else _without_possessive(t) for t in tokens]
    for i in range(len(tokens) - 1):  # "passed away" is a death, not a stressor passed
        if tokens[i] == "passed" and tokens[i + 1] == "away":
            tokens[i] = tokens[i + 1] = "died"
        elif tokens[i] == "gone" and tokens[i + 1] == "up":
            tokens[i] = "moved"  # "the rent has gone up": risen, not a trouble gone
        elif tokens[i] == "for" and tokens[i + 1] == "good":
            tokens[i + 1] = "ever"  # "wrecked my sleep for good": for ever, not fine
    made_up = reconciled(tokens) or laughed_together(tokens)
    remembrance = remembered(tokens)
    awake = mind_on_in_bed(tokens)
    if awake is not None:
        yield awake, Stressor("poor sleep", STRONG, negated=False, at=(awake, awake + 1))
    night = body_up_all_night(tokens)
    if night is not None:  # a weak cue: counted only in a part that reads negative
        yield night, Stressor("poor sleep", 1.0, negated=False, at=(night, night + 1))
    i = 0
    while i < len(tokens):
        called = 0 if tokens[i] == BREAK else criticised(tokens, i)
        if called:  # "called me useless": criticism, stressful by itself
            negated = stressor_negated(tokens, i)
            yield i, Stressor("criticism", STRONG, negated=negated, at=(i, called))
            if shouted_at_by_the_public(written, i):  # "Patient called me a butcher": one served
                yield i, Stressor("work", STRONG, negated=negated, at=(i, called))
            i = called
            continue
        pattern = None if tokens[i] == BREAK else STRESSOR_LEXICON.match_at(tokens, i)
        if pattern is None:
            i += 1
            continue
        end = i + len(pattern.tokens)
        category = category_of(pattern.targets[0][0])
        if (
            (end == i + 1 and verb_sense(tokens, i))
            or other_sense(tokens, i, end, category)
            or other_use(tokens, i, end, category)
            or (category == "money" and (pay_kept(tokens, i, end) or pay_hoped(tokens, i)))
            or (category == "money" and cost_in_a_contest(tokens, i))
            or (category == "family" and relatives_event_as_setting(written, i, end))
            or (category == "conflict" and body_raising_its_voice(tokens, i))
        ):
            i = end  # "watching the squad train": a verb, not the vehicle
            continue
        targets = pattern.targets
        if targets[0][0] == PUBLIC_ABUSE:
            if not shouted_at_by_the_public(written, i):
                i = end  # "Lad swore at me like it was my fault": no one the writer serves
                continue
            targets = (("work", targets[0][1]),)  # "A man swore at me over a £3 charge"
        if targets[0][0] == "criticism" and shouted_at_by_the_public(written, i):
            targets = (*targets, ("work", targets[0][1]))  # "A dad shouted at me": one served
        for keyword, weight in targets:
            short_handed = "sick" in pattern.tokens and crowd_off_sick(written, i)
            if short_handed:
                keyword = "work"  # "two chefs off sick and a party of forty walked in at nine"
            elif is_shadow(keyword) or plain_mention(tokens, i, end, keyword):
                continue
            if keyword == "deadline" and (
                owed_to_writer(tokens, i) or payment_falling_due(tokens, i, end)
            ):
                keyword = "bills"  # "invoice is sixty days overdue", "the fees are due": money
            if pattern.tokens in _TIME_LEFT and not unfinished_by_limit(tokens):
                continue  # "the exam is in two weeks, plenty of time": a date, nothing behind
            if keyword in _PREPARED_FOR and unfinished_by_limit(tokens):
                weight = max(weight, STRONG)  # "essay due Friday and I've written the title"
            if keyword in ("landlord", "repairs") and landlord_of_the_work(tokens, i):
                keyword = "work"  # "the landlord wants the shop back": the business's
            kin = category_of(keyword) == "family"  # a remembered relative stays set aside
            if keyword == "family" and family_business(written):
                keyword = "work"  # "Dad ran this shop for forty years": the writer's work
            if kin and children_of_the_caseload(tokens, i):
                keyword = "work"  # "Caseload of ninety kids across six schools": the work's
            if category_of(keyword) == "work" and owner_of_their_kin(written, i):
                continue  # "Our site supervisor's mum died", "a customer's husband died"
            if keyword == "boss" and supervisor_of_study(tokens, i):
                keyword = "coursework"  # "supervisor sent my chapter back covered in red"
            if keyword == "money" and (
                budget_of_the_work(tokens, i)
                or employer_wont_pay(tokens, i)
                or till_short(tokens, i)
                or a_customers_ask(tokens, i)
                or price_asked_down(tokens, i)
            ):
                keyword = "work"  # "the ranger budget's been cut again": the work's strain
            if keyword == "work" and (overtime_as_pay(tokens, i, end) or work_as_pay(tokens, end)):
                keyword = "money"  # "overtime's been cut", "this job pays pennies": the pay
                if overtime_cut(tokens, i, end):
                    weight = max(weight, STRONG)  # "overtime's been scrapped": a loss by itself
            if sum_lost(tokens, i, end):
                weight = max(weight, STRONG)  # "that's January's income gone": lost by itself
            person = keyword in PEOPLE
            undone = deed_left_undone(tokens, i)
            dealt = not undone and (
                (
                    near(tokens, i, end, DEALT, RESOLVED_WINDOW, RESOLVED_WINDOW)
                    and NOTHING.isdisjoint(tokens[end:])
                )
                or _is_over(tokens, end)
            )
            yield (
                i,
                Stressor(
                    keyword,
                    weight,
                    negated=stressor_negated(tokens, i),
                    resolved=near(tokens, i, end, RESOLVED, RESOLVED_WINDOW, 0)
                    or (
                        not undone
                        and not part_given_out(tokens, i, end)
                        and not sum_lost(tokens, i, end)
                        and near(tokens, i, end, RESOLVED_AFTER, 0, RESOLVED_WINDOW)
                    )
                    or near(tokens, i, end, FINE, 0, FINE_WINDOW)
                    or (
                        not stressful_by_itself(weight)
                        and near(tokens, i, end, RESOLVED_LATER, 0, len(tokens))
                    )
                    or (not stressful_by_itself(weight) and _phrase_after(tokens, end, ALL_CLEAR))
                    or (
                        category_of(keyword) == "health"
                        and near(tokens, i, end, HEALTH_ALL_CLEAR, 0, RESOLVED_WINDOW)
                    )
                    or _phrase_after(tokens, end, EXCEPTIONS)
                    or _phrase_after(tokens, end, EASED_OR_PAST)
                    or _is_over(tokens, end)
                    or (keyword in TOLD_OF_ANOTHER and behind_the_writer(tokens))
                    or (made_up and (person or keyword in CONFLICT_WORDS))
                    or theirs_by_possessive(written, i)
                    or (remembrance and kin)
                    or (category_of(keyword) == "study" and passed_before(tokens, i))
                    or (person and i in missed),
                    someone_elses=not short_handed
                    and (
                        (keyword == "breakup" and others_breakup(tokens, i))
                        or (i in off_sick and not stressful_by_itself(weight))
                        or i in their_illness
                        or missed_appointment(tokens, i, keyword)
                        or (keyword in CONFLICT_WORDS and _others_quarrelling(tokens, i))
                        or owned_by_another(written, i, category_of(keyword))
                        or in_their_relative(tokens, i)
                        or (category_of(keyword) == "health" and body_of_another(written, i))
                        or others_named_trouble(written, i, keyword)
                        or job_lost_by_another(tokens, i)
                        or review_got_by_another(tokens, i)
                        or (category_of(keyword) == "work" and befell_another(tokens, i))
                        or (category_of(keyword) in _CARRIED and carried_by_another(tokens, i))
                    ),
                    support=person
                    and (
                        near(tokens, i, end, SUPPORT | {"for"}, SUPPORT_WINDOW, 0)
                        or offers_help(tokens, end)
                        or thanked_after(tokens, end)
                        or carries_for_writer(tokens, i, end)
                        or lived_on(written, i, end)
                        or (keyword in TOLD_PEOPLE and told_of_it(tokens, i))
                    ),
                    writer_before=near(tokens, i, end, WRITER, len(tokens), 0),
                    dealt_with=dealt and not person,
                    at=(i, end),
                ),
            )
        i = end


# People whose quarrel with each other is theirs: "heard the neighbours arguing", "the couple
# next to us were bickering" (a close person's is the writer's: "mum and dad were bickering").
QUARRELLERS: Final = frozenset(
    {"neighbours", "neighbors", "neighbour", "neighbor", "colleagues", "coworkers", "people",
     "strangers", "couple", "they", "students", "customers", "kids next door", "members",
     "players", "fans"}
)  # fmt: skip


def _others_quarrelling(tokens: list[str], i: int) -> bool:
    """Is the quarrel at ``i`` had by the people named just before it, not with the writer?"""
    if i == 0 or tokens[i - 1] not in QUARRELLERS:
        return False
    return not any(t in ("me", "us", "i", "we") for t in tokens[i + 1 : i + 4])


# A person who offers help ("my sister has offered to be tested as a donor", "mum's
# volunteered to have the kids") is support, not the stressor, as one the writer talks to
# is; help given may still come with trouble ("dad helped with the boxes but we argued").
HELPS: Final = frozenset({"offered", "offers", "offering", "volunteered", "volunteers"})
_HELP_SKIP: Final = frozenset({"has", "had", "have", "just", "kindly", "already", "even"})


def offers_help(tokens: list[str], end: int) -> bool:
    """Does the person whose name ends at ``end`` offer help, as the subject?"""
    j = end
    while j < len(tokens) and tokens[j] in _HELP_SKIP:
        j += 1
    return j < len(tokens) and tokens[j] in HELPS


# A person the writer tells, cannot tell or is ashamed to tell ("NDA means I can't even tell my
# mum", "ashamed to tell my dad") is the one told, a listener as "told my mum" is, even with
# the telling negated; not knowing what or how to tell them ("don't know what to tell my
# parents") dreads what they will say and leaves them the trouble.
TOLD_PEOPLE: Final = frozenset({"family", "partner", "friends"})
_TELL: Final = frozenset({"tell", "telling"})
_TELL_REACH: Final = 3  # "tell my mum", "tell my old school pals"


def told_of_it(tokens: list[str], i: int) -> bool:
    """Is the person at ``i`` the one the writer tells (or cannot tell) something?"""
    for j in range(i - 1, max(-1, i - _TELL_REACH - 1), -1):
        if tokens[j] == BREAK:
            return False
        if tokens[j] in _TELL:
            return tokens[j - 2 : j] not in (["what", "to"], ["how", "to"])
    return False


# Troubles a writer also tells of other people and of their own past: an illness, a doctor's
# care, a job lost, burnout. They are the writer's stress only while they are the writer's.
TOLD_OF_ANOTHER: Final = frozenset({"illness", "doctor", "job loss", "burnout"})
# Whose a job lost or burnout is: any person named as its subject ("my brother's been made
# redundant", "she's being restructured"); an illness of someone close is still a worry of the
# writer's family, so for it only someone outside that circle ("Priya's mum is having chemo",
# "the captain's wife starts chemo").
_WORK_LOSS: Final = frozenset({"job loss", "burnout"})
_SUBJECT_LINKS: Final = frozenset(
    {"been", "got", "has", "had", "is", "was", "just", "being", "getting", "having", "starts",
     "started", "in", "going", "off", "out"}
)  # fmt: skip
_PRONOUN_SUBJECTS: Final = frozenset({"he", "she", "he's", "she's", "hes", "shes"})
_CLAUSE_OPENERS: Final = frozenset({"and", "but", "so", "because", "cos", "while"})
_PERSON_NOUNS: Final = CLOSE_PEOPLE | OWNERS | frozenset(
    {"lad", "lass", "boy", "girl", "son", "wife", "husband", "missus", "hubby", "fiance",
     "fiancee", "fella", "bloke", "guy", "guys",
     "law", "nan", "nana", "gran", "granny", "grandad", "uncle", "aunt", "auntie", "cousin"}
)  # fmt: skip


def others_named_trouble(written: list[str], i: int, keyword: str) -> bool:
    """Is the trouble at ``i`` (one of ``TOLD_OF_ANOTHER``) said of another person named as
    the subject of its clause, the writer nowhere in the words before it? Such news is
    sympathy, not the writer's own stress ("Sue's husband has been made redundant")."""
    if keyword not in TOLD_OF_ANOTHER | _COUNTED_TROUBLES:
        return False
    before = _clause_before(written, i)
    # "my brother's been laid off": "my" that only owns the person named is no word of the
    # writer's own part in the trouble
    owned = {
        j
        for j in range(len(before) - 1)
        if before[j] in ("my", "our") and before[j + 1].endswith("'s")
    }
    if any(word in FIRST_PERSON for j, word in enumerate(before) if j not in owned):
        return False
    for j, word in enumerate(before):
        if keyword in _WORK_LOSS and word in _PRONOUN_SUBJECTS:
            return True  # "she's being restructured"
        if keyword in _COUNTED_TROUBLES and _counts_people(before, j):
            return True  # "two guys are sick", "half the lads have to resit"
        if keyword not in TOLD_OF_ANOTHER:
            continue
        owner = _without_possessive(word)
        following = before[j + 1] if j + 1 < len(before) else ""
        if not word.endswith("'s") or owner == word:
            continue
        if following in _PERSON_NOUNS and owner not in CLOSE_PEOPLE:
            return True  # "Priya's mum is having chemo", "Stevo's lad got laid off"
        if keyword in _WORK_LOSS and owner in _PERSON_NOUNS and following in _SUBJECT_LINKS:
            return True  # "brother's been made redundant"
    return False


# A counted group of other people ("three tellers out with the flu", "half the crew sick",
# "half the lads have to resit"): the illness or the exam of many is the workplace's news,
# not the writer's health or study.
_COUNTED_TROUBLES: Final = frozenset({"illness", "exam"})
_COUNTS: Final = frozenset(
    {"two", "three", "four", "five", "six", "half", "several", "most", "loads", "lots"}
)
_GROUP_LINKS: Final = frozenset({"the", "of", "our", "my"})


def crowd_off_sick(written: list[str], i: int) -> bool:
    """Is the illness at ``i`` a counted crowd's ("two chefs off sick", "three tellers out
    with the flu", "two of the lads are off sick")? The writer is left short-handed: every
    writer who told one (eight rows) labelled the work's strain, none the writer's health."""
    before = _clause_before(written, i)
    return any(_counts_people(before, j) for j in range(len(before)))


def _clause_before(written: list[str], i: int) -> list[str]:
    """The words of ``i``'s clause before it: back to a break or a clause opener ("and",
    "but", "because", ...), where another subject may begin."""
    start = i
    while start > 0 and written[start - 1] != BREAK and written[start - 1] not in _CLAUSE_OPENERS:
        start -= 1
    return written[start:i]


def _counts_people(words: list[str], j: int) -> bool:
    """Is ``words[j]`` a count of a group of other people ("two chefs", "half the crew")?"""
    return words[j] in _COUNTS and _counted_people(words[j + 1 : j + 4])


def _counted_people(words: list[str]) -> bool:
    """Do ``words`` (after a count) name a plural group of people other than the writer's
    close family ("guys", "of the passengers"; not "of the kids")?"""
    for word in words:
        if word in _GROUP_LINKS:
            continue
        if word in _CREWS:
            return True  # "two staff", "two people off sick": no plural "s" of their own
        return word.endswith("s") and word not in CLOSE_PEOPLE and word not in _NOT_PEOPLE
    return False


_CREWS: Final = frozenset({"staff", "people", "folk"})


_NOT_PEOPLE: Final = frozenset({"days", "weeks", "months", "years", "hours", "times", "nights"})


# Words that set a trouble in the writer's past: "in 2020 I was off with burnout", "twenty
# years back I was laid off", "the burnout year is far behind me", "at my old studio".
PAST_YEARS: Final = frozenset(str(year) for year in range(1960, 2026))
# A year written short, its apostrophe dropped in the tokens ("back in '09", "in '98"): only
# those no count is written as often ("in 14 down" is a crossword clue, "in 20 minutes" a
# time), and never before a unit ("in 90 minutes", "in 98-degree heat").
_SHORT_YEARS: Final = frozenset(f"{year:02d}" for year in (*range(10), *range(60, 100)))
_UNITS: Final = frozenset(
    {"minutes", "minute", "mins", "min", "seconds", "secs", "hours", "hrs", "days", "weeks",
     "months", "years", "degree", "degrees", "miles", "mile", "km", "k", "percent", "pounds",
     "quid", "of", "down", "across", "per", "to", "or", "and"}
)  # fmt: skip


def past_year(tokens: Sequence[str], k: int) -> bool:
    """Is the token at ``k`` a past year, written whole ("2009") or short ("'09")?"""
    if tokens[k] in PAST_YEARS:
        return True
    return tokens[k] in _SHORT_YEARS and (k + 1 == len(tokens) or tokens[k + 1] not in _UNITS)


_PAST_PHRASES: Final = (
    ("years", "back"), ("years", "ago"), ("behind", "me"), ("my", "old"), ("last", "year"),
    ("back", "then"), ("when", "i", "qualified"),
)  # fmt: skip


def behind_the_writer(tokens: list[str]) -> bool:
    """Does the segment place what it tells in the writer's past (a year, "years ago",
    "behind me", "my old job")? A trouble told as history is over, not a present worry."""
    for k in range(len(tokens)):
        if past_year(tokens, k) and k > 0 and tokens[k - 1] in ("in", "since", "back"):
            return True
        if any(tuple(tokens[k : k + len(p)]) == p for p in _PAST_PHRASES):
            return True
    return False


# Chores are a strain when their share falls unfairly: left undone by others ("my flatmate
# never does the dishes"), landing on the writer ("all the chores fall on me"), done after
# everyone ("cleaning up after everyone"), the whole load ("all the housework") or the share
# itself in dispute ("deciding who does the dishes"). A chore named as a task, a place or the
# subject of another trouble ("weapon cleaning", "lifting the laundry basket") says nothing
# of a household burden.
_UNDONE_BY_OTHERS: Final = frozenset(
    {"never", "nobody", "won't", "doesn't", "don't", "didn't", "who", "whose", "all"}
)
_SHARE_AFTER: Final = (("on", "me"), ("on", "us"), ("after",), ("by", "myself"), ("alone",))
# A clinic or hospital as where the writer is going or working, named by its kind or town
# ("70 minutes to the clinic", "the flu clinic", "slows the whole clinic down") or by its car
# park ("hospital parking"), is a place,
# not a health worry ("hospital appointment tomorrow and I'm dreading it" still is one).
_PLACES: Final = frozenset({"clinic", "clinics", "hospital", "hospitals"})
_TO_A_PLACE: Final = frozenset({("to", "the"), ("reach", "the"), ("the", "whole")})
_KIND_OF_PLACE: Final = frozenset({"flu", "jab", "vaccine", "vaccination", "practice", "walk-in"})


def plain_mention(tokens: list[str], i: int, end: int, keyword: str) -> bool:
    """Is the word at ``i`` a chore or a clinic only named, not a trouble of the writer's?"""
    if keyword == "chores":
        before = tokens[max(0, i - 6) : i]
        if BREAK in before:
            before = before[len(before) - before[::-1].index(BREAK) :]
        unfair = not _UNDONE_BY_OTHERS.isdisjoint(before) or any(
            tuple(tokens[end : end + len(p)]) == p or tuple(tokens[end + 1 : end + 1 + len(p)]) == p
            for p in _SHARE_AFTER
        )
        return not unfair
    if keyword == "doctor" and tokens[i] in _PLACES and _parked_at(tokens, i, end):
        return True
    if keyword == "doctor" and tokens[i] in _PLACES and i >= 1:
        return tuple(tokens[max(0, i - 2) : i]) in _TO_A_PLACE or tokens[i - 1] in _KIND_OF_PLACE
    return False


def _parked_at(tokens: list[str], i: int, end: int) -> bool:
    """ "hospital parking", "parking at the hospital": the car park is the trouble (its cost),
    the hospital only where it is, in every labelled set that names it."""
    if tokens[end : end + 1] in (["parking"], ["car"]):
        return True
    return tokens[max(0, i - 3) : i] == ["parking", "at", "the"]
