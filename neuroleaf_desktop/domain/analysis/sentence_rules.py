"""Rules that revise the clauses of one sentence from what the whole sentence says.

A clause is scored on its own words (``clauses``); some meanings only show across a sentence:
whose trouble it is ("my friend's dog died, I feel for her"), a regretted
outburst, a good or settling ending ("chaotic but fun", "… but it's gone now", "… and I'm
finally okay", "… but I think I did okay") and a quarrel the writer is in ("my manager
shouted at me"), read as anger, as sarcasm is (``sarcasm``: "Fantastic, the car failed its
MOT"). Each rule takes the sentence's clauses and returns them revised.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import (
    EMOTION_FLOOR,
    MIXED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    Clause,
    word_negated,
)
from neuroleaf_desktop.domain.analysis.context_words import (
    BACK_TO_NORMAL,
    CLOSE_PEOPLE,
    FINE_NOW,
    NOW_WORDS,
    OTHER_PERSON,
    OUTBURSTS,
    OWNERS,
    REMORSE,
    REPORTING,
    SETTLED,
    SETTLING_SUBJECTS,
    SYMPATHY,
    THINK_WORDS,
    WENT_FINE,
    WENT_FINE_PHRASES,
    WRITER_SUBJECT,
)
from neuroleaf_desktop.domain.analysis.emotions import EMOTIONS, Hit
from neuroleaf_desktop.domain.analysis.lexicon import BREAK
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS, POSITIVE_EMOTIONS
from neuroleaf_desktop.domain.analysis.people import FIRST_NAMES, OTHER_SUBJECTS
from neuroleaf_desktop.domain.analysis.stress_keywords import category_of, stressful_by_itself

REPORT_WITHIN: Final = 4  # "my sister says", "mum told me": the speaker opens the sentence
_WRITER_AFTER: Final = frozenset({"i", "i'm", "i've", "i'd", "me", "myself", "we", "us"})


def about_someone_else(tokens: list[str]) -> bool:
    """Is this sentence about another person's trouble ("my friend's dog died", "I feel bad
    for her", "poor thing"), with no close person of the writer's (family, partner) in it?

    By the labelled set's convention a family member's or partner's trouble is the writer's
    stress ("mum is in hospital and I'm scared"); a friend's, colleague's or neighbour's is
    sympathy, not a stressor of the writer's.
    """
    owner_before = False
    marked = sympathy = False
    close = False
    for i, tok in enumerate(tokens):
        base = tok[:-2] if tok.endswith("'s") else tok
        if tok.endswith("'s") and base in OWNERS:
            marked = owner_before = True
            continue
        if i + 1 < len(tokens) and (tok, tokens[i + 1]) in SYMPATHY:
            marked = sympathy = True
        if base in CLOSE_PEOPLE and not owner_before:
            close = True
        owner_before = False
    # "Brother-in-law's been chasing a builder for his money, poor sod": pity with no word of
    # the writer's in the sentence puts the writer outside the trouble, close person or not
    return marked and (not close or (sympathy and _WRITER_AFTER.isdisjoint(tokens)))


# A trouble disowned at the sentence's close ("Another fundraiser on our team got a formal
# complaint, nothing to do with me", "… none of my business"): the writer stands outside it, as
# pity puts them. Only where the writer is named nowhere before it: "Boss shouted at me over
# the rota, it had nothing to do with me" disowns the cause, not the trouble. "Not my problem"
# is left alone, as writers also say it of their own settled trouble ("not my problem now").
_DISOWNED: Final = (("nothing", "to", "do", "with", "me"), ("none", "of", "my", "business"))


def disowned(tokens: list[str]) -> bool:
    """Does the sentence close by disowning its trouble ("…, nothing to do with me"), the
    writer named nowhere before?"""
    words = tokens[:-1] if tokens and tokens[-1] == BREAK else tokens
    for phrase in _DISOWNED:
        if tuple(words[-len(phrase) :]) == phrase:
            return _WRITER_AFTER.isdisjoint(words[: -len(phrase)])
    return False


# Money disowned in the next sentence ("The club bought a mower that cost more than my car.
# Not my money, thankfully."): what was spent was someone else's, no cost of the writer's.
# Only money and a short sentence: "not my problem" is also said of the writer's own trouble
# settled ("not my problem now").
_NOT_MINE: Final = frozenset({"not", "wasn't", "isn't"})
_WHOSE: Final = frozenset({"my", "our"})
_FUNDS: Final = frozenset({"money", "cash", "budget", "bill", "dime", "penny", "quid"})
_DISOWN_MAX: Final = 5


def money_disowned_after(tokens: list[str], following: list[str]) -> bool:
    """Is ``following`` a short sentence opening by disowning the money ("Not my money,
    thankfully", "Wasn't our cash anyway") after ``tokens``, with no word of the writer's
    before?"""
    words = [t for t in following if t != BREAK]
    return (
        3 <= len(words) <= _DISOWN_MAX
        and words[0] in _NOT_MINE
        and words[1] in _WHOSE
        and words[2] in _FUNDS
        and _WRITER_AFTER.isdisjoint(tokens)
    )


# Pity told alone in the next sentence ("… she can't make it pay. Feel for her", "Jay's knee
# has gone, he's out for six weeks. Poor sod."): the sentence before is someone else's
# trouble; every writer who closed one so labelled no stressor of their own (16 rows).
_PITY_MAX: Final = 6
_PITY_OPENS: Final = 3


def pitied_after(tokens: list[str], following: list[str]) -> bool:
    """Is ``following`` pity alone ("Feel for her", "Gutted for him") after ``tokens``, with
    no word of the writer's in either?"""
    words = [t for t in following if t != BREAK]
    return (
        0 < len(words) <= _PITY_MAX
        and _WRITER_AFTER.isdisjoint(words)
        and _WRITER_AFTER.isdisjoint(tokens)
        and any(pair in SYMPATHY for pair in pairwise(words[:_PITY_OPENS]))
    )


def reported_by_them(tokens: list[str], clauses: list[Clause]) -> bool:
    """Does the sentence open with someone else telling of their trouble ("my sister says
    she's struggling with the new baby"), with no unpleasant feeling of the writer's in it?

    The labelling guide: a close person's trouble is the writer's stress only when the writer
    says they are worried or affected by it ("… and I feel sick about it", "she says she
    hates me"); reported alone, it is theirs.
    """
    for i, tok in enumerate(tokens[:REPORT_WITHIN]):
        if tok in REPORTING and i > 0:
            speaker = tokens[i - 1][:-2] if tokens[i - 1].endswith("'s") else tokens[i - 1]
            if speaker not in OTHER_PERSON or not _WRITER_AFTER.isdisjoint(tokens[i + 1 :]):
                return False  # "she hates me", "… and I feel sick about it": it is the writer's
            return not any(h.emotion in NEGATIVE_EMOTIONS for c in clauses for h in c.hits)
    return _reported_apart(tokens) and not any(
        h.emotion in NEGATIVE_EMOTIONS for c in clauses for h in c.hits
    )


_SPEAKER_OWNERS: Final = frozenset({"my", "our", "the", "his", "her", "their"})


def _bare(token: str) -> str:
    return token[:-2] if token.endswith("'s") else token


def _reported_apart(tokens: list[str]) -> bool:
    """Is the report told in a part of its own, with the speaker opening the sentence
    ("Rachel's leaving the practice, says she's burnt out") or named after it ("'It's just a
    party' says my brother"), and no word of the writer's anywhere in the sentence?"""
    if not _WRITER_AFTER.isdisjoint(tokens):
        return False
    opener = _bare(tokens[0]) if tokens else ""
    for i, tok in enumerate(tokens[1:-1], start=1):
        if tok not in REPORTING or tokens[i - 1] != BREAK:
            continue
        if opener in OTHER_PERSON or opener in FIRST_NAMES:
            return True
        after = tokens[i + 1 : i + 3]
        speaker = after[1] if after[0] in _SPEAKER_OWNERS and len(after) > 1 else after[0]
        if _bare(speaker) in OTHER_PERSON:
            return True
    return False


def set_aside_all(clauses: list[Clause]) -> list[Clause]:
    """Stressors of someone else's trouble set aside, except where the writer speaks of
    themself before them ("my neighbour's baby cried all night, I barely slept")."""
    return [
        replace(
            c,
            stressors=tuple(
                s if s.writer_before else replace(s, someone_elses=True) for s in c.stressors
            ),
        )
        for c in clauses
    ]


def regretted(clauses: list[Clause], tokens: list[str]) -> list[Clause]:
    """Anger words of the writer's own outburst dropped when the sentence regrets it (see
    ``context_words.OUTBURSTS``); the clause keeps its polarity (the act was unpleasant)."""
    if not any(t in REMORSE for t in tokens) and not any(
        h.emotion == "shame" for c in clauses for h in c.hits
    ):
        return clauses
    out: list[Clause] = []
    for clause in clauses:
        outburst = [h for h in clause.hits if h.emotion == "anger" and h.pattern in OUTBURSTS]
        kept = tuple(h for h in clause.hits if h not in outburst)
        out.append(replace(clause, hits=kept) if outburst else clause)
    return out


def redeemed(clauses: list[Clause]) -> list[Clause]:
    """A sentence that ends on a positive part after a contrast ("loud and chaotic but fun",
    "the exam was hard but I think I did okay") settles what came before: stressors of the
    earlier parts with no unpleasant feeling named in them are set aside ("resolved")."""
    segments = sorted({c.segment for c in clauses})
    if len(segments) < 2:
        return clauses
    last = [c for c in clauses if c.segment == segments[-1]]
    if not any(c.polarity == POSITIVE and not c.news for c in last) or any(
        c.polarity in (NEGATIVE, MIXED) for c in last
    ):
        return clauses
    out: list[Clause] = []
    for clause in clauses:
        named = any(h.emotion in NEGATIVE_EMOTIONS for h in clause.hits)
        if clause.segment == segments[-1] or named or not clause.stressors:
            out.append(clause)
            continue
        settled = tuple(
            s if stressful_by_itself(s.weight) else replace(s, resolved=True)
            for s in clause.stressors
        )
        out.append(replace(clause, stressors=settled))
    return out


def settled_afterwards(clauses: list[Clause]) -> list[Clause]:
    """A last sentence part that says it is over ("… but it's gone now", "… but that's all
    sorted") settles every stressor before it; one that says it is over or fine *now* also
    ends the unpleasant feelings before it. See ``context_words.SETTLING_SUBJECTS``."""
    segments = sorted({c.segment for c in clauses})
    if len(segments) < 2:
        return clauses
    words = [w for c in clauses if c.segment == segments[-1] for w in c.words]
    now = "now" in words
    settling = SETTLED | FINE_NOW if now else SETTLED
    settled = (
        bool(words)
        and words[0] in SETTLING_SUBJECTS
        and any(w in settling and not word_negated(words, i) for i, w in enumerate(words))
    )
    if not settled:
        return clauses
    return [
        c
        if c.segment == segments[-1]
        else replace(
            c,
            stressors=tuple(replace(s, resolved=True) for s in c.stressors),
            hits=tuple(h for h in c.hits if not now or h.emotion not in NEGATIVE_EMOTIONS),
        )
        for c in clauses
    ]


def feeling_named(clauses: list[Clause], emotions: frozenset[str]) -> bool:
    """Does the sentence name one of ``emotions`` as the writer's, with at least one plain
    cue's weight ("furious", "a bit worried"; a weak word alone such as "failed" is not)?"""
    totals: dict[str, float] = {}
    for c in clauses:
        for h in c.hits:
            totals[h.emotion] = totals.get(h.emotion, 0.0) + h.weight
    return any(w >= NAMED_WEIGHT for e, w in totals.items() if e in emotions)


NAMED_WEIGHT: Final = 0.9

# The pattern names of the anger cues these rules add: no lexicon word, a reading of the form.
SARCASM_CUE: Final = "(sarcasm)"
QUARREL_CUE: Final = "(quarrel)"
# Shouting at the writer ("yelled at me", "had a go at me"): their quarrel whoever shouted.
SHOUTS: Final = ("shout", "yell", "scream", "snapp")
# A quarrel word; with the writer as a party ("my partner and I had a fight", "we keep
# bickering") or with no subject at all ("argued with my sister", "another row with my
# partner") it is the writer's.
QUARREL_WORDS: Final = (
    "argu", "row", "rows", "rowing", "rowed", "fight", "fights", "fighting", "fought",
    "bicker", "quarrel", "squabbl", "clash", "fell", "falling",
)  # fmt: skip
QUARREL_OPENERS: Final = frozenset(
    {"another", "a", "an", "had", "have", "having", "got", "get", "getting", "into", "heated",
     "huge", "big", "massive", "proper", "blazing", "stupid", "same", "first", "keep", "keeps",
     "kept", "again", "so", "tired", "sick", "of", "ongoing", "yet", "such", "im", "been"}
)  # fmt: skip
REFERRING: Final = frozenset({"the", "that", "this", "our", "last"})
PASSIVE_GETS: Final = frozenset({"get", "got", "getting", "gets", "was", "were", "been", "being"})
# The writer's body shows another feeling ("I shook for an hour", "went red", "wanted to
# disappear"): fear or shame, which the labels name instead of anger.
REACTIONS: Final = frozenset({"shaking", "shook", "shaky", "trembling", "disappear", "swallow"})
BLUSHED: Final = frozenset({"went", "go", "going", "turned", "bright"})
BLUSH_COLOURS: Final = frozenset({"red", "scarlet", "crimson", "beetroot", "pink"})
# A quarrel mended after it ("… but we sorted it out", "… then made up") is over.
MENDED: Final = frozenset({"sorted", "resolved", "settled", "made", "mended", "fixed"})


def _writers_quarrel(words: tuple[str, ...]) -> bool:
    """Is the writer a party to a quarrel in the clause now: shouted at ("my manager shouted
    at me"), or quarrelling with the writer in the subject or no subject at all? A quarrel
    referred back to ("replaying the argument", "since the row") or only wanted ("too tired to
    even argue") is not one happening; other people's ("the kids were fighting") is theirs."""
    for j, w in enumerate(words):
        shout = w.startswith(SHOUTS) or w == "go"
        if shout and ("at", "me") in (words[j + 1 : j + 3], words[j + 2 : j + 4]):
            return True
        # the writer shouted at, told in the passive: "I get shouted at all day"
        passive = w.endswith("ed") and j > 0 and words[j - 1] in PASSIVE_GETS
        at = words[j + 1 : j + 2] == ("at",)
        if shout and passive and at and WRITER_SUBJECT.intersection(words[:j]):
            return True
        if not w.startswith(QUARREL_WORDS) or (
            w in ("fell", "falling") and words[j + 1 : j + 2] != ("out",)
        ):
            continue
        before = words[:j]
        near = [b for b in before[-2:] if b != "same"]
        if any(b in REFERRING for b in near) or "to" in before[-2:]:
            continue
        if WRITER_SUBJECT.intersection(before) or all(b in QUARREL_OPENERS for b in before):
            return True
    return False


# The writer granting the other side its point ("he's not wrong", "fair enough", "she had a
# point"): a quarrel conceded is not voiced as anger.
CONCEDED: Final = frozenset(
    {("not", "wrong"), ("fair", "enough"), ("a", "point"), ("fair", "point"), ("be", "fair"),
     ("he's", "right"), ("she's", "right"), ("they're", "right"), ("was", "right")}
)  # fmt: skip


def reaction_shown(clauses: list[Clause]) -> bool:
    """Do ``clauses`` name a feeling of the writer's other than anger ("felt like a villain")
    or show one ("shaking", "went red")? Beside a quarrel, that is what the writer felt."""
    if feeling_named(clauses, frozenset(EMOTIONS) - {"anger"}):
        return True
    words = [w for c in clauses for w in c.words]
    pairs = set(pairwise(words))
    return bool(REACTIONS.intersection(words)) or any(
        (b, colour) in pairs for b in BLUSHED for colour in BLUSH_COLOURS
    )


def quarrel_voiced(clauses: list[Clause]) -> list[Clause]:
    """ "My manager shouted at me in front of the team", "another row with my partner about
    money", "we keep bickering about chores": a quarrel the writer is in, told as theirs now
    (its conflict stressor still counts after every frame: not negated, over, someone else's
    or only feared), is the writer's anger when no feeling of theirs is named ("shouted at me
    and I went red" is shame; "… and we laughed about it" is no quarrel felt)."""
    if reaction_shown(clauses) or any(h.pattern == SARCASM_CUE for c in clauses for h in c.hits):
        return clauses
    words = [w for c in clauses for w in c.words]
    pairs = set(pairwise(words))
    if CONCEDED.intersection(pairs):
        return clauses  # "… and he's not wrong": the writer grants the other side its point
    for i, c in enumerate(clauses):
        if any(w in MENDED for later in clauses[i + 1 :] for w in later.words):
            return clauses  # "argued with my partner but we sorted it out"
        if (
            c.polarity != POSITIVE
            and _writers_quarrel(c.words)
            and any(category_of(s.keyword) == "conflict" and not s.set_aside for s in c.stressors)
        ):
            cue = Hit(0, QUARREL_CUE, "anger", 1.0)
            return [*clauses[:i], replace(c, hits=(*c.hits, cue)), *clauses[i + 1 :]]
    return clauses


# An all-clear conceded before a lasting harm ("Client fainted mid-septum, all fine, but my
# heart's still going", "Protection was in and nobody was hurt, but I never slept after",
# "Decompression stop went fine but my ears have been ringing since Tuesday's dive"): the
# "fine" grants the event, and the turn tells how it left the writer; the writers who told one
# labelled it bad. As good news the "fine" made the entry mixed.
_ALL_CLEAR_WORDS: Final = frozenset({"fine", "alright", "ok", "okay", "hurt"})


def fine_conceded(clauses: list[Clause]) -> list[Clause]:
    """A part made good by an all-clear alone, before a turn to a bad part in the same
    sentence, reads neutral (see ``_ALL_CLEAR_WORDS``)."""
    for k, clause in enumerate(clauses):
        if not (clause.news and clause.polarity == POSITIVE):
            continue
        if _ALL_CLEAR_WORDS.isdisjoint(clause.words):
            continue
        later = [c for c in clauses[k + 1 :] if c.segment != clause.segment]
        if any(c.polarity == NEGATIVE for c in later):
            clauses = [
                replace(c, polarity=NEUTRAL, news=False) if j == k else c
                for j, c in enumerate(clauses)
            ]
    return clauses


def fine_at_last(clauses: list[Clause]) -> list[Clause]:
    """ "It's been a year since the breakup and I'm finally okay": a last clause in which the
    writer says they are fine or back to normal now, or that it has all cleared now ("…, all
    cleared now thank god"), settles the stressors of the clauses before it; "the exam was hard
    but I think I did okay" settles those with no unpleasant feeling named."""
    if len(clauses) < 2:
        return clauses
    # a one-word close after it ("…, back to normal now, phew") leaves it the last clause
    turn = len(clauses) - 2 if len(clauses) > 2 and len(clauses[-1].words) < 2 else -1
    if _fine_now_at_last(list(clauses[turn].words)):
        return [
            *(
                replace(c, stressors=tuple(replace(s, resolved=True) for s in c.stressors))
                for c in clauses[:turn]
            ),
            *clauses[turn:],
        ]
    last = clauses[-1].segment
    if clauses[0].segment == last or not went_fine([w for c in clauses if c.segment == last
                                                     for w in c.words]):  # fmt: skip
        return clauses
    # it went fine: a good part, though no feeling is named in it
    return [
        replace(c, polarity=POSITIVE, strength=EMOTION_FLOOR)
        if c.segment == last and c.polarity == NEUTRAL
        else c
        if c.segment == last or any(h.emotion in NEGATIVE_EMOTIONS for h in c.hits)
        else replace(
            c,
            stressors=tuple(
                s if stressful_by_itself(s.weight) else replace(s, resolved=True)
                for s in c.stressors
            ),
        )
        for c in clauses
    ]


# A body mended, told in a set phrase ("…, right as rain now after the physio", "fit as a
# fiddle now", "I'm good as new now"): the writer fine now, as "I'm fine now" is.
_MENDED: Final = (
    ("right", "as", "rain"), ("fit", "as", "a", "fiddle"), ("good", "as", "new"),
    ("right", "as", "ninepence"),
)  # fmt: skip


def _fine_now_at_last(words: list[str]) -> bool:
    """ "I'm finally okay", "we're back to normal now", "all cleared now", "right as rain now":
    the writer fine now, or "it" settled now (see ``fine_at_last``)."""
    if not words or not any(w in NOW_WORDS for w in words):
        return False
    opening = words[1:] if words[0] in WRITER_SUBJECT else words
    if any(tuple(opening[: len(mended)]) == mended for mended in _MENDED):
        return True
    normal = any(
        tuple(words[i : i + 3]) == BACK_TO_NORMAL and not word_negated(words, i)
        for i in range(len(words))
    )
    if words[0] in WRITER_SUBJECT:
        return normal or any(
            w in FINE_NOW and not word_negated(words, i) for i, w in enumerate(words)
        )
    return words[0] in SETTLING_SUBJECTS and any(
        w in SETTLED and not word_negated(words, i) for i, w in enumerate(words)
    )


def went_fine(words: list[str]) -> bool:
    """ "I think I did okay", "we made it on time": the writer says it went fine."""
    start = 0
    while start < len(words) and (words[start] in THINK_WORDS or words[start] in WRITER_SUBJECT):
        start += 1
    if start == 0 or words[0] not in WRITER_SUBJECT:
        return False
    rest = words[start:]
    return any(w in WENT_FINE and not word_negated(rest, i) for i, w in enumerate(rest)) or any(
        tuple(rest[i : i + 2]) in WENT_FINE_PHRASES for i in range(len(rest))
    )


def their_sequel(clauses: list[Clause]) -> list[Clause]:
    """ "Grace was nervous about her first day but loved it": a later part with no subject of
    its own, opening on a feeling, goes on about the first part's subject. When that subject is
    someone else, the feeling is theirs: the clause keeps its polarity (sympathy, as
    ``clause_polarity.sympathy``) but no feeling of the writer's."""
    if len(clauses) < 2 or not clauses[0].words:
        return clauses
    subject = clauses[0].words[0]
    base = subject[:-2] if subject.endswith("'s") else subject
    if base not in OTHER_SUBJECTS or clauses[0].hits:
        return clauses
    out = [clauses[0]]
    previous = clauses[0].segment
    for clause in clauses[1:]:
        opens = clause.segment != previous and any(h.position == 0 for h in clause.hits)
        previous = clause.segment
        if not opens:
            out.append(clause)
            continue
        emotions = {h.emotion for h in clause.hits}
        polarity = (
            POSITIVE
            if emotions <= POSITIVE_EMOTIONS
            else NEGATIVE
            if emotions <= NEGATIVE_EMOTIONS
            else MIXED
        )
        out.append(replace(clause, hits=(), polarity=polarity, strength=EMOTION_FLOOR))
    return out
