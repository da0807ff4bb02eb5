"""Frames of time, place and subject that say a word is not the writer's strain now.

Why: a stressor or feeling word can sit in a sentence without being what the writer is strained
by or feels today. Three frames recur in journal text, and each is read here as a rule over
one sentence's words or clauses (``clauses`` and ``sentence_rules`` call them):

* **a destination**: "walked two miles to work", "on the way to a job": work is where the
  writer was going, not the trouble (a feeling before it keeps it: "dreading going to work");
* **over by now**: "was dreading the appraisal but it was genuinely fine", "last month was all
  overdrafts and panic, this month I'm ahead", "was anxious about the biopsy, it came back
  benign": a part framed as past, then a part that says it is fine now, went fine or came
  back clear, ends the stressors and unpleasant feelings of the past part (the labelling
  guide: "was worried last week, fine now" → positive, no anxiety);
* **a remembrance**: "Anniversary of Dad's death today, lit a candle", "went to grandma's
  grave", "a year since we lost Grandad": the family word names whom the writer remembers,
  not a trouble in the family now;
* **a missed event**: "missed my daughter's recital": the person names whose event it was;
* **a negated quarrel**: "didn't have a single argument with my partner": its person too;
* **a good "then" ending**: "the kids fought all the way there, then we had the best day":
  a trouble that turned out well, told with no unpleasant feeling named, is over;
* **other people's quarrel**: "the man on the bus shouted at the driver": with no word of
  the writer's and no one close to them in the sentence, the quarrel is theirs;
* **a continued subject**: "my flatmate failed her driving test and cried all evening": a
  clause after "and" that opens on a verb has the subject of the clause before it, so when
  that subject is someone else the feeling is theirs (after a comma it may be the writer's:
  "friends came over, laughed so much").

Each rule only sets words aside; none adds a stressor or a feeling (precision first).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from neuroleaf_desktop.domain.analysis.attribution import Stressor
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
    CLOSE_PEOPLE,
    COMPANY_SKIP,
    FINE_NOW,
    FIRST_PERSON,
    OTHER_PERSON,
    PEOPLE,
    SETTLED,
    SETTLING_SUBJECTS,
)
from neuroleaf_desktop.domain.analysis.emotions import Hit
from neuroleaf_desktop.domain.analysis.lexicon import BREAK
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS
from neuroleaf_desktop.domain.analysis.people import OTHER_SUBJECTS, subject_is_other
from neuroleaf_desktop.domain.analysis.stress_keywords import STRESSORS, stressful_by_itself

CONFLICT: Final = frozenset(STRESSORS["conflict"])

# Going somewhere: a work word right after "to" with one of these shortly before it is the
# destination of a trip made ("walked two miles to work", "drove to the office", "on the way
# to a job"); a trip only wanted or dreaded is not ("I don't want to go to work").
MOTION: Final = frozenset(
    {"walked", "walking", "drove", "driving", "cycled", "cycling", "biked", "ran", "went",
     "got", "headed", "heading", "way", "commuted", "rode", "travelled", "traveled", "limped"}
)  # fmt: skip
MOTION_WINDOW: Final = 4
# Clothes or an aid worn to a place took the writer there: "wore my hair loose to the office",
# "wearing my hearing aids to work" (what was worn comes between, so the reach is longer).
WORN: Final = frozenset({"wore", "wear", "wearing", "worn"})
WORN_WINDOW: Final = 6
DESTINATIONS: Final = frozenset({"work"})  # stress keywords that are also places one goes to
# Arriving at work or starting it, and leaving for it, say where or when, not what strains:
# "reached office already exhausted", "before I even start work", "had to leave for work".
ARRIVING: Final = frozenset(
    {"reached", "reach", "reaching", "start", "starting", "started", "starts"}
)  # fmt: skip
LEAVING: Final = frozenset({"leave", "left", "leaving", "set", "setting", "off"})
# A period named as past, and the same period named as now.
PERIODS: Final = frozenset(
    {"week", "month", "year", "term", "semester", "spring", "summer", "autumn", "winter",
     "weekend"}
)  # fmt: skip
PAST_OPENERS: Final = frozenset({"was", "were"})  # "Was dreading the appraisal …"
OUTCOMES: Final = frozenset({"was", "wasn't", "were", "weren't", "didn't", "did", "went"})
# An all-clear result ends a worry told as past: "was anxious about the biopsy all week, it
# came back benign", "was dreading the scan, it was normal".
CLEAR_RESULTS: Final = frozenset({"benign", "clear", "normal", "negative"})
TURN_FILLERS: Final = frozenset({"honestly", "actually", "really", "tbh", "but", "and"})
WRITER_NOW: Final = frozenset({"i'm", "we're", "im"})  # the writer's state now
NOW_OPENERS: Final = frozenset({"now", "these", "today"})  # "… now I'm fine", "these days …"
# Words that open a clause with no subject of its own: the verb of the clause before's subject
# ("… and cried all evening", "… and was fuming").
VERB_OPENERS: Final = frozenset(
    {"cried", "wept", "sobbed", "laughed", "smiled", "was", "is", "were", "felt", "feels",
     "got", "looked", "seemed", "went", "said", "told", "shouted", "yelled", "screamed",
     "stormed", "slammed", "loved", "hated", "cries", "laughs", "smiles", "can't", "couldn't",
     "screams", "shouts", "yells", "sobs", "panicked", "panics", "sulked", "sulks",
     "won't", "didn't", "isn't", "wasn't", "has", "had", "hasn't", "hadn't", "kept", "keeps"}
)  # fmt: skip


def destination(
    tokens: list[str], start: int, pos: int, keyword: str, hits: tuple[Hit, ...]
) -> bool:
    """Is the work word at ``pos`` where the writer was going (see ``MOTION``, ``WORN``),
    arrived or left for (``ARRIVING``, ``LEAVING``), or the hour they start ("work at 8"), with no
    feeling of the writer's before it in its clause ("dreading going to work" counts)?"""
    if keyword not in DESTINATIONS or any(h.position < pos for h in hits):
        return False
    if _clock_time(tokens, pos + 1):
        return True  # "work at 8": when the writer starts, not what strains them
    j = pos - 1
    while j > start and tokens[j] in COMPANY_SKIP:
        j -= 1
    if j >= start and tokens[j] in ARRIVING:
        return True  # "reached the office already exhausted", "before I even start work"
    if j >= start and tokens[j] == "for":
        return any(t in LEAVING for t in tokens[max(start, j - MOTION_WINDOW) : j])
    if j <= start or tokens[j] != "to":
        return False
    return any(t in MOTION for t in tokens[max(start, j - MOTION_WINDOW) : j]) or any(
        t in WORN for t in tokens[max(start, j - WORN_WINDOW) : j]
    )


def _clock_time(tokens: list[str], k: int) -> bool:
    """Does an hour follow at ``k`` ("at 8", "at 7am", "at half six")?"""
    if tokens[k : k + 1] != ["at"] or k + 1 >= len(tokens):
        return False
    hour = tokens[k + 1]
    if hour.isdigit():
        return int(hour) <= 24  # "at 8", "at 14"; "Caseload's at 34" is a count, no hour
    return hour[:1].isdigit() or hour == "half"


# A death remembered: at a grave, on an anniversary, a family word names whom the writer
# remembers, not a trouble in the family now (grief is read by the emotion rules).
REMEMBRANCE: Final = frozenset({"grave", "graveside", "anniversary", "headstone", "memorial"})


# ... and so is a time counted since a death: "a year since we lost Grandad", "six months
# since Dad died" (an anniversary told without the word).
SPANS: Final = frozenset({"year", "years", "month", "months", "week", "weeks"})
DEATH: Final = frozenset({"died", "lost", "death", "funeral", "passed"})
DEATH_WINDOW: Final = 4


# ... and so is someone still sensed where they used to be: "Dad ran this stall forty years, I
# still feel him here", "I still hear her saying 'wrist up'": a presence remembered.
_SENSED: Final = frozenset({"feel", "hear", "see", "smell"})
_THEM_SENSED: Final = frozenset({"him", "her"})


def remembered(tokens: list[str]) -> bool:
    """Is this sentence part a remembrance ("Anniversary of Dad's death", "went to grandma's
    grave", "a year since we lost Grandad", "I still feel him here")? ``clauses`` then sets
    its family words aside."""
    if not REMEMBRANCE.isdisjoint(tokens):
        return True
    if any(
        tokens[i] == "still" and tokens[i + 1] in _SENSED and tokens[i + 2] in _THEM_SENSED
        for i in range(len(tokens) - 2)
    ):
        return True
    return any(
        tokens[i] == "since"
        and tokens[i - 1] in SPANS
        and not DEATH.isdisjoint(tokens[i + 1 : i + 1 + DEATH_WINDOW])
        for i in range(1, len(tokens))
    )


# Missing someone's event: "missed my daughter's recital", "missed mum's birthday lunch": the
# person names whose event it was; the trouble is the missing, not them.
MISSING: Final = frozenset({"missed", "miss", "missing", "misses"})
_OWNER_SKIP: Final = frozenset({"my", "our", "the", "his", "her", "their"})


def missed_event_of(tokens: list[str]) -> set[int]:
    """Positions of people named in the possessive right after a "miss" verb ("missed my
    daughter's recital") or right after "instead of <doing>" ("instead of seeing my mates"):
    ``clauses`` sets them aside as stressors."""
    found: set[int] = set()
    for i, token in enumerate(tokens):
        if not token.endswith("'s") or i + 1 >= len(tokens) or tokens[i + 1] == BREAK:
            continue
        j = i - 1
        while j >= 0 and tokens[j] in _OWNER_SKIP:
            j -= 1
        if j >= 0 and tokens[j] in MISSING:
            found.add(i)
    # what the writer gave up for something else: "pasteurising straw instead of seeing my
    # mates" names whom they missed, not a trouble with them
    for i in range(2, len(tokens)):
        if tokens[i - 2 : i] == ["instead", "of"] and tokens[i].endswith("ing"):
            j = i + 1
            while j < len(tokens) and tokens[j] in _OWNER_SKIP:
                j += 1
            if j < len(tokens):
                found.add(j)
    return found


# "no fights with my sister", "didn't have a single argument with my partner": the person of
# a negated quarrel is not a stressor either. Words allowed between the quarrel and them:
PARTNER_LINK: Final = frozenset({"with", "out", "my", "the", "our", "his", "her", "their"})


def quarrel_partners_negated(
    tokens: list[str], stressors: list[tuple[int, Stressor]]
) -> list[tuple[int, Stressor]]:
    """``stressors`` with the person right after a negated quarrel ("no fights with my
    sister") marked negated too."""
    quarrels = [pos + 1 for pos, s in stressors if s.keyword in CONFLICT and s.negated]
    if not quarrels:
        return stressors
    return [
        (pos, replace(s, negated=True))
        if s.keyword in PEOPLE
        and any(end <= pos and PARTNER_LINK.issuperset(tokens[end:pos]) for end in quarrels)
        else (pos, s)
        for pos, s in stressors
    ]


def others_quarrel(tokens: list[str], clauses: list[Clause]) -> list[Clause]:
    """ "The man on the bus shouted at the driver": a quarrel in a sentence that opens on
    someone else, with no word of the writer's and no one close to them, is other people's:
    none of its stressors are the writer's ("mum and dad were bickering" still is, and so is
    "argued with a stranger", whose subject is the writer left out)."""
    quarrel = any(s.keyword in CONFLICT for c in clauses for s in c.stressors)
    if not quarrel or not FIRST_PERSON.isdisjoint(tokens):
        return clauses
    if not (_subject_is_someone_else(tuple(tokens)) or subject_is_other(tokens, 0, len(tokens))):
        return clauses  # "Argued with a stranger": a sentence with no subject is the writer's
    if _gathering_opens(tokens):
        # "Residents' meeting became a shouting match": the quarrel is one the writer sat in;
        # the gathering is only where it happened
        return [
            replace(
                c,
                stressors=tuple(
                    s if s.keyword in CONFLICT else replace(s, company=True) for s in c.stressors
                ),
            )
            for c in clauses
        ]
    if any(t.removesuffix("'s") in CLOSE_PEOPLE for t in tokens):
        return clauses
    return [
        replace(c, stressors=tuple(replace(s, someone_elses=True) for s in c.stressors))
        for c in clauses
    ]


def _past_frame(words: tuple[str, ...]) -> bool:
    """ "Was dreading …", "Last month was …", "worried it would …": a part told as past, or
    as a fear of what would happen ("I was so nervous" alone is today's feeling: it counts)."""
    if words and words[0] in PAST_OPENERS:
        return True
    if "would" in words:
        return True  # a feared outcome: "worried the shop would be closed, but it was open"
    return any(words[i] == "last" and words[i + 1] in PERIODS for i in range(len(words) - 1))


def _fine_now(words: tuple[str, ...]) -> bool:
    """ "this month I'm ahead", "now it's fine", "it was genuinely fine": the part after a
    past one says things are fine now, or that the thing went fine."""
    while words and words[0] in TURN_FILLERS:  # "… and honestly I'm better off"
        words = words[1:]
    if not words:
        return False
    if words[0] in WRITER_NOW and any(
        w in FINE_NOW and not word_negated(list(words), i) for i, w in enumerate(words)
    ):
        return True  # "broke up last year and I'm better off", "… we're fine"
    if words[0] in NOW_OPENERS or (words[0] == "this" and len(words) > 1 and words[1] in PERIODS):
        return True
    if words[0] in SETTLING_SUBJECTS and len(words) > 1 and words[1] in OUTCOMES:
        return True  # "… but it was open", "… but it didn't": the feared outcome did not come
    return words[0] in SETTLING_SUBJECTS and any(
        w in FINE_NOW | SETTLED | CLEAR_RESULTS and not word_negated(list(words), i)
        for i, w in enumerate(words)
    )


def _outcome(clause: Clause) -> bool:
    """Does ``clause`` tell that a feared event came out well ("Was dreading the appraisal,
    loved it in the end")? A plain outcome ("got there late") may be bad: only a good one."""
    return clause.polarity == POSITIVE


def over_by_now(clauses: list[Clause]) -> list[Clause]:
    """A sentence that opens in the past and then says it is fine now (module docstring):
    the past part keeps no stressor and no unpleasant feeling, and reads neutral (it is over);
    a neutral "now" part reads as the good part it is."""
    if len(clauses) < 2 or not _past_frame(clauses[0].words):
        return clauses
    told_past = clauses[0].words[0] in PAST_OPENERS  # "Was dreading the inspection, …"
    turn = next(
        (
            k
            for k in range(1, len(clauses))
            if _fine_now(clauses[k].words) or (told_past and _outcome(clauses[k]))
        ),
        None,
    )
    if turn is None or any(c.polarity in (NEGATIVE, MIXED) for c in clauses[turn:]):
        return clauses
    if any(h.emotion in NEGATIVE_EMOTIONS for c in clauses[turn:] for h in c.hits):
        return clauses
    past = [
        replace(
            c,
            stressors=tuple(replace(s, resolved=True) for s in c.stressors),
            hits=tuple(h for h in c.hits if h.emotion not in NEGATIVE_EMOTIONS),
            polarity=NEUTRAL,
            strength=0.0,
        )
        for c in clauses[:turn]
    ]
    now = [
        replace(c, polarity=POSITIVE, strength=EMOTION_FLOOR) if c.polarity == NEUTRAL else c
        for c in clauses[turn:]
    ]
    return past + now


# The good ending must look back on the trouble ("laughed about it") or judge the whole time
# ("had the best day"), not only tell what came next.
VERDICTS: Final = frozenset(
    {"it", "day", "time", "evening", "night", "weekend", "trip", "holiday", "morning",
     "afternoon", "fine", "okay", "ok", "alright"}
)  # fmt: skip
NAMED: Final = 0.9  # the weight of a feeling plainly named (weak cues weigh 0.5)


def then_fine(clauses: list[Clause]) -> list[Clause]:
    """ "Kids fought all the way to the beach, then had the best day", "we argued about the
    film, then laughed about it": a sentence that ends on a good part opened by "then", with
    no unpleasant feeling named anywhere, tells a trouble that turned out well: the stressors
    before it (even a quarrel) are over. Its polarity is left as read (mixed, mostly)."""
    if len(clauses) < 2:
        return clauses
    last = clauses[-1]
    if not last.words or last.words[0] != "then" or last.polarity != POSITIVE or last.news:
        return clauses
    if VERDICTS.isdisjoint(last.words):
        return clauses  # "…, then had a nice dinner with friends" is only what came next
    if any(h.emotion in NEGATIVE_EMOTIONS and h.weight >= NAMED for c in clauses for h in c.hits):
        return clauses  # a weak cue ("argued" as anger) names no feeling
    return [
        replace(c, stressors=tuple(replace(s, resolved=True) for s in c.stressors))
        for c in clauses[:-1]
    ] + [last]


# A gathering named by whom it is for ("the residents' meeting", "parents' evening", "tenants
# association"): the people are not the subject, the gathering is, and a quarrel told of it
# is one the writer sat in ("Residents' meeting became a shouting match"), as "family dinner
# turned into a shouting match" is; the gathering itself is where it happened, no stressor.
_GATHERINGS: Final = frozenset(
    {"meeting", "meetings", "evening", "committee", "association", "forum", "group", "night",
     "assembly", "consultation", "ballot"}
)  # fmt: skip


def _gathering_opens(tokens: list[str]) -> bool:
    """Does the sentence open on a gathering named by the people it is for?"""
    j = 0
    while j < len(tokens) and tokens[j] in COMPANY_SKIP:
        j += 1
    return j + 1 < len(tokens) and tokens[j + 1] in _GATHERINGS


def _subject_is_someone_else(words: tuple[str, ...]) -> bool:
    """Does the clause open on another person ("my flatmate …", "she …", "mum's …")?"""
    j = 0
    while j < len(words) and words[j] in COMPANY_SKIP:
        j += 1
    if j >= len(words):
        return False
    word = words[j][:-2] if words[j].endswith("'s") else words[j]
    return word in OTHER_SUBJECTS or word in OTHER_PERSON


def _theirs(clause: Clause) -> Clause:
    """``clause`` with its topic stressors set aside as someone else's (strong ones stay)."""
    stressors = tuple(
        s if stressful_by_itself(s.weight) else replace(s, someone_elses=True)
        for s in clause.stressors
    )
    return replace(clause, stressors=stressors)


def _close(words: tuple[str, ...]) -> bool:
    """Does the clause name someone close to the writer (family, partner)?"""
    return any(w.removesuffix("'s") in CLOSE_PEOPLE for w in words)


def continued_subject(clauses: list[Clause]) -> list[Clause]:
    """ "My flatmate failed her driving test and cried all evening": a clause after "and" in the
    same sentence part that opens on a verb goes on about the subject before it; when that is
    someone else, its feelings are theirs (it keeps its polarity, as sympathy, but no chip)
    and so are the topics of both clauses (the flatmate's test is not the writer's stress),
    unless that someone is close to the writer ("the baby has colic and screams for hours")."""
    out: list[Clause] = []
    subject: int | None = None  # index in ``out`` of the clause naming someone else
    previous = -1
    for clause in clauses:
        words = clause.words
        # "she's nineteen and scared": a feeling word alone after "and" carries the "is" of
        # the clause before, so it is said of the same subject
        continues = (
            clause.segment == previous and clause.after_and and bool(words)
            and (words[0] in VERB_OPENERS or (len(words) == 1 and bool(clause.hits)))
        )  # fmt: skip
        previous = clause.segment
        if not continues:
            subject = len(out) if _subject_is_someone_else(words) else None
        elif subject is not None and clause.hits:
            strength = min(clause.strength, EMOTION_FLOOR)
            clause = replace(clause, hits=(), strength=strength)
            if not _close(out[subject].words):  # a close person's trouble may be the writer's
                out[subject] = _theirs(out[subject])
                clause = _theirs(clause)
            out.append(clause)
            continue
        out.append(clause)
    return out


# A feeling taken back at once: "I laughed, then I didn't", "felt fine, then I wasn't". The
# last clause is only "then", the writer (or nothing) and a negated auxiliary.
_TAKEN_BACK: Final = frozenset(
    {"didn't", "wasn't", "don't", "isn't", "couldn't", "stopped", "not"}
)  # fmt: skip


def retracted(clauses: list[Clause]) -> list[Clause]:
    """The feelings of the clause before a "then I didn't" ending, set aside: the writer says
    they did not last, and what came instead is not named (no chip either way)."""
    if len(clauses) < 2:
        return clauses
    words = clauses[-1].words
    taken_back = (
        len(words) in (2, 3) and words[0] == "then" and words[-1] in _TAKEN_BACK
        and (len(words) == 2 or words[1] in ("i", "we", "it"))
    )  # fmt: skip
    before = clauses[-2]
    if not taken_back or not before.hits:
        return clauses
    return [*clauses[:-2], replace(before, hits=(), polarity=NEUTRAL, strength=0.0), clauses[-1]]
