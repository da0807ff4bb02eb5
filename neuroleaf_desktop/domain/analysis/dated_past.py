"""A trouble dated to a past year and told in the past tense: history, not a present strain.

Why: writers date what is over by its year ("Teacher in 1989 called me lazy", "Lost a client
on the Matterhorn in 2016", "In 2020 they cut our hours", "Had a panic attack on the helideck
in 2019"). Over every labelled writer, each stressor chip read in such a clause was wrong
(three, three writers) and so was each worry chip (anxiety, three writers): the writer labels
the memory's lasting feeling (sadness at a loss, shame at a slight) but not a strain or a fear
of what has already happened. A year counted from ("hasn't moved since 2024") and a year set
against the present tense ("the rate is what it was in 2019") say the trouble goes on, so
either keeps the clause as it is.

A season gone, named as when ("Last winter I nearly quit over the call-outs", "The first
winter on earlies my body clock was wrecked"), dates a
clause's stressors the same way: over every writer's rows that open so, the trouble told was
labelled over (the row goes on to how it is now), where "than last winter" and "last winter's
bill" set a present against it. Its feelings are kept: a fear told of a season ("Last winter
I was so anxious.") is left to the readings of a past told against now.

A span counted back from now ("Years back I'd be sick over the rail before every night job",
"Two years ago I nearly packed it in", "six months ago I thought I'd have to stop") dates a
clause as a year does: over every writer's rows dated so (over sixty, some thirty writers) not
one labelled a stressor in the dated clause; the rest of the row tells how it is now. After
"since", "than" or "as" the span is counted from ("same questions as three years ago") and the
clause is left as it is.

Only a clause with the year itself, a span counted back, or one joined to it by "and" that
carries on in the past ("Had a bad fall in 2021 and the fear was mad for months"), is read
so; the next sentence is the writer's now and is left alone. A sentence dated by the one after
it ("It was so bad at uni I stopped going to lectures. That was ten years ago, I manage it
now") is read the same way (``dated_by_the_next``): "That was …" with a year or a span counted
back says when the sentence before happened. Sadness, shame, anger and
loneliness are kept (a loss still grieves); no chip is added. An entry whose only bad parts
are such a past and which tells a good part now in a sentence of its own reads good
(``dated_trouble_outweighed``): the past is the measure of the good now.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import MIXED, NEGATIVE, NEUTRAL, POSITIVE, Clause
from neuroleaf_desktop.domain.analysis.lexicon import BREAK
from neuroleaf_desktop.domain.analysis.stressor_reading import past_year

# "in 2016", "back in 2011": the year a thing happened (not "since", which counts on to now)
_DATING: Final = frozenset({"in", "back"})
# "Last winter I nearly quit", "last spring I dreaded reopening": a season gone, named as when
# a thing happened. Not a few words after "since" (counted on to now) or a comparison ("than
# last winter", "double what it was last winter": a present set against it), nor as an owner
# ("last winter's bill", a thing of then compared). "Last year" is left out: a loss told so
# ("Last year I lost my mum. Now …") is still the writer's family grief.
_GONE_SEASONS: Final = frozenset({"winter", "summer", "spring", "autumn"})
# ... or the first of a season in a life now settled ("The first winter on earlies my body
# clock was wrecked", "First summer I nearly went broke"): a season gone as "last" names one.
_SEASON_OPENERS: Final = frozenset({"last", "first"})
_COUNTED_FROM: Final = frozenset(
    {"since", "than", "as", "what", "on", "from", "til", "till", "double", "twice", "triple"}
)
_COMPARED_WINDOW: Final = 4
# A present or perfect tense, or a word of now, in the clause: the dated thing is compared with
# or carried into today ("is what it was in 2019", "still hurts from 2016").
PRESENT_TENSE: Final = frozenset(
    {"is", "are", "am", "isn't", "aren't", "has", "have", "hasn't", "haven't", "i'm", "im",
     "i've", "it's", "its", "he's", "she's", "they're", "we're", "we've", "they've", "you're",
     "still", "now", "keep", "keeps", "since", "today", "anymore", "these"}
)  # fmt: skip
# A fear is of what is still to come: a dated past has come.
FEARS: Final = frozenset({"anxiety"})


def _dated(words: tuple[str, ...]) -> bool:
    return any(past_year(words, k) and k > 0 and words[k - 1] in _DATING for k in range(len(words)))


# "years ago", "two years back", "a year ago", "six months ago": a span counted back from now.
_SPANS: Final = frozenset({"year", "years", "month", "months", "decade", "decades"})
_COUNTED_BACK: Final = frozenset({"ago", "back"})


def _span_back(words: tuple[str, ...]) -> bool:
    return any(
        word in _COUNTED_BACK
        and k > 0
        and words[k - 1] in _SPANS
        and _COUNTED_FROM.isdisjoint(words[max(0, k - _COMPARED_WINDOW) : k])
        for k, word in enumerate(words)
    )


def _season_gone(words: tuple[str, ...]) -> bool:
    return any(
        word in _SEASON_OPENERS
        and words[k + 1 : k + 2]
        and words[k + 1] in _GONE_SEASONS
        and _COUNTED_FROM.isdisjoint(words[max(0, k - _COMPARED_WINDOW) : k])
        for k, word in enumerate(words)
    )


def _told_past(words: tuple[str, ...]) -> bool:
    return PRESENT_TENSE.isdisjoint(words)


def dated_marks(clauses: list[Clause]) -> list[bool]:
    """Which of one sentence's clauses are a past dated by a year, a span counted back or a
    season gone, told in the past (the clauses ``dated_past`` sets aside)."""
    marks: list[bool] = []
    carried = False
    previous = -1
    going_on = {c.segment for c in clauses if "still" in c.words}
    for clause in clauses:
        past = _told_past(clause.words) and clause.segment not in going_on
        joined = carried and clause.after_and and clause.segment == previous
        by_year = _dated(clause.words) or _span_back(clause.words)
        by_season = not by_year and _season_gone(clause.words)
        carried = past and (by_year or by_season or joined)
        previous = clause.segment
        marks.append(carried)
    return marks


def dated_past(clauses: list[Clause]) -> list[Clause]:
    """One sentence's clauses with the stressors and fears of its year-dated past clauses
    set aside (module docstring)."""
    out: list[Clause] = []
    carried = False  # the clause before was dated past, in this segment
    previous = -1
    # "Back in 2018 I was drowning in debt and I still am": the trouble goes on
    going_on = {c.segment for c in clauses if "still" in c.words}
    seasonal = False  # dated by a season only: its feelings are kept
    for clause in clauses:
        past = _told_past(clause.words) and clause.segment not in going_on
        joined = carried and clause.after_and and clause.segment == previous
        by_year = _dated(clause.words) or _span_back(clause.words)
        by_season = not by_year and _season_gone(clause.words)
        seasonal = by_season or (joined and seasonal)
        carried = past and (by_year or by_season or joined)
        previous = clause.segment
        if not carried:
            out.append(clause)
            continue
        out.append(
            replace(
                clause,
                stressors=tuple(replace(s, resolved=True) for s in clause.stressors),
                hits=clause.hits
                if seasonal
                else tuple(h for h in clause.hits if h.emotion not in FEARS),
            )
        )
    return out


# "That was ten years ago", "That was back in 2015", "this was years back": the sentence
# before is dated by this one.
_DATES_BEFORE: Final = (("that", "was"), ("this", "was"), ("that's",), ("thats",))


def dated_by_the_next(clauses: list[Clause], following: list[str]) -> list[Clause]:
    """``clauses`` of a sentence dated by the next one ("That was ten years ago"): their
    stressors and fears set aside where told in the past, as ``dated_past`` does."""
    opener = next((o for o in _DATES_BEFORE if tuple(following[: len(o)]) == o), None)
    if opener is None:
        return clauses
    rest = tuple(following[len(opener) :])
    if BREAK in rest:
        rest = rest[: rest.index(BREAK)]
    if not (_dated(rest) or _span_back(rest)):
        return clauses
    return [
        replace(
            c,
            stressors=tuple(replace(s, resolved=True) for s in c.stressors),
            hits=tuple(h for h in c.hits if h.emotion not in FEARS),
        )
        if _told_past(c.words)
        else c
        for c in clauses
    ]


def dated_trouble_outweighed(sentences: list[list[Clause]]) -> list[list[Clause]]:
    """An entry whose only bad parts are a dated past and which tells a good part now, in a
    sentence of its own ("Walked up Kinder Scout. Three years ago I couldn't walk to the shop",
    "Five years ago I was drinking too much and lost my licence. Four years sober, licence
    back, my own business."): the past is the measure of the good now, so its parts read
    neutral and the entry good. A good part in the dated sentence itself ("Lost a client on
    the Matterhorn in 2016, not mine, but …") is left as it is."""
    marks = [dated_marks(s) for s in sentences]
    good_now = any(
        not any(ms) and any(c.polarity == POSITIVE for c in s)
        for s, ms in zip(sentences, marks, strict=True)
    )
    bad = [
        m
        for s, ms in zip(sentences, marks, strict=True)
        for c, m in zip(s, ms, strict=True)
        if c.polarity in (NEGATIVE, MIXED)
    ]
    if not good_now or not bad or not all(bad):
        return sentences
    return [
        [
            replace(c, polarity=NEUTRAL, strength=0.0) if m and c.polarity != POSITIVE else c
            for c, m in zip(s, ms, strict=True)
        ]
        for s, ms in zip(sentences, marks, strict=True)
    ]
