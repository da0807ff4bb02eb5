"""The writer's own good news exclaimed is joy: "Passed my exam!", "They offered me the job!!".

Why a module of its own: the labelling guide (``docs/ANALYSIS_LABELS.md``) names joy where the
writer "exclaims about their own good news", and ``news`` reads such events as good without
any feeling (good news told plainly, "Got the job.", is not joy until the writer says so). The
exclamation is the writer saying so. A clause that reads good counts, whether from the news
lexicon or from its own words ("Won gold at the county sausage awards!", "Shortlisted for an
award! Me!", "Saved £200 this month without trying!"): across every writer, a sentence
exclaimed with only good parts and no feeling named was labelled joy nine times in ten. A
feeling named in the sentence decides it instead, news that is someone else's is set aside
with the sentence (``sentence_rules.about_someone_else``) before this is read, and a trouble
ended ("I'm not sick anymore!") is relief, as an all-clear is. A question is never an
exclamation here ("Did I pass?!").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import NEUTRAL, POSITIVE, Clause
from neuroleaf_desktop.domain.analysis.emotions import Hit

# One plainly named feeling: an exclamation weighs as "so happy" would.
_EXCLAIMED_WEIGHT: Final = 1.0
# Relief, not news of a gain: an ordinary thing going right "for once" ("The train was on time
# for once!"), an all-clear after a scare ("the biopsy was benign!", "scan came back
# clear!") and a trouble ended ("not sick anymore!"). The guide keeps relief after a scare
# apart from the writer's good news.
_RELIEF: Final = (
    ("for", "once"), ("benign",), ("all", "clear"), ("came", "back", "clear"), ("anymore",),
    ("any", "more"), ("extended",),
)  # fmt: skip


# The writer's own time judged ("Such a productive day!", "What a week!") is the sentence's
# polarity, not joy (the guide): no news of a gain in it.
_JUDGING: Final = (("such", "a"), ("what", "a"))
_STRETCHES: Final = frozenset(
    {"day", "week", "morning", "afternoon", "evening", "night", "weekend", "party"}
)
_JUDGED_REACH: Final = 2  # "such a productive day": one describing word between


def _time_judged(words: list[str]) -> bool:
    """Does "such a" or "what a" open a stretch of the writer's time ("such a productive day")?"""
    for k in range(len(words) - 2):
        if tuple(words[k : k + 2]) in _JUDGING:
            ahead = words[k + 2 : k + 2 + _JUDGED_REACH]
            if not _STRETCHES.isdisjoint(ahead):
                return True
    return False


# A sentence written in capitals ("GOT THE TRAINING CONTRACT") is shouted: an exclamation
# without its mark, as every writer who wrote one meant it. At least three words, so an
# acronym or a name ("NHS", "A YEAR") is no shout.
_SHOUT_MIN: Final = 3


def shouted(sentence: str) -> bool:
    """Is ``sentence`` written in capitals, three words or more ("GOT THE TRAINING CONTRACT")?"""
    words = [w for w in re.findall(r"[^\W\d_]+", sentence) if w != "I"]
    return len(words) >= _SHOUT_MIN and all(w.isupper() for w in words)


def exclaimed_good_news(
    sentence: str, clauses: list[Clause], *, loud: bool | None = None
) -> list[Clause]:
    """Add joy to the last clause of ``sentence`` that reads good, when the sentence is
    exclaimed (ends with "!", or ``loud``: shouted in capitals), has no bad or mixed part and
    names no feeling of its own."""
    if loud is None:
        loud = sentence.rstrip().endswith("!")
    if not loud or sentence.rstrip().endswith("?!") or sentence.rstrip().endswith("?"):
        return clauses
    if any(c.hits or c.polarity not in (POSITIVE, NEUTRAL) for c in clauses):
        return clauses  # a feeling named, or a bad or mixed part: not news alone
    words = [w for c in clauses for w in c.words]
    if any(_told(words, mark) for mark in _RELIEF) or _time_judged(words):
        return clauses
    if words[:1] in (["happy"], ["merry"]):
        return clauses  # a greeting or a wish ("Happy Monday everyone!"), no news
    for k in range(len(clauses) - 1, -1, -1):
        clause = clauses[k]
        if clause.polarity == POSITIVE:
            joy = Hit(position=0, pattern="!", emotion="joy", weight=_EXCLAIMED_WEIGHT)
            return [*clauses[:k], replace(clause, hits=(joy,)), *clauses[k + 1 :]]
    return clauses


def _told(words: list[str], mark: tuple[str, ...]) -> bool:
    """Is ``mark`` among ``words``, word for word?"""
    n = len(mark)
    return any(tuple(words[k : k + n]) == mark for k in range(len(words) - n + 1))
