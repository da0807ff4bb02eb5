"""Whole-entry rules: a chip only for the writer's own feeling or strain now.

Why: the sentence rules (``sentence_rules``, ``frames``) see one sentence at a time, but
journal entries often tell a past and a present across sentences ("Last year I was crying in
the back room. It's a different job now."), or a moving event in one sentence and the tears in
the next ("She said mama for the first time today. I've been crying all afternoon."). Read
sentence by sentence, the past strain and the happy tears became chips of the writer's present
feelings. These rules read the entry's clauses together and drop what the entry shows is over,
someone else's or not sad. When unsure they keep the clauses as they are.

Each rule takes the entry's clauses, grouped by sentence, and returns them revised.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import (
    EMOTION_FLOOR,
    MIXED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    Clause,
)
from neuroleaf_desktop.domain.analysis.closing_words import closing_exasperation
from neuroleaf_desktop.domain.analysis.codas import (
    Sentences,
    echoed,
    ironic_coda,
    numeric,
    quarrel_reacted,
    sarcasm_carried,
)
from neuroleaf_desktop.domain.analysis.context_words import (
    CRYING,
    PEOPLE,
)
from neuroleaf_desktop.domain.analysis.dated_past import dated_trouble_outweighed
from neuroleaf_desktop.domain.analysis.emotions import Hit, is_emotion_word
from neuroleaf_desktop.domain.analysis.help_given import helped_through
from neuroleaf_desktop.domain.analysis.kin import relatives_own_trouble
from neuroleaf_desktop.domain.analysis.losses_told import left_alone, longed_for
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS, POSITIVE_EMOTIONS
from neuroleaf_desktop.domain.analysis.obliged import made_to, shown_up
from neuroleaf_desktop.domain.analysis.occasions_gone import last_occasion, this_one_now
from neuroleaf_desktop.domain.analysis.outweighed import weak_cue_outweighed
from neuroleaf_desktop.domain.analysis.overcome import trouble_overcome
from neuroleaf_desktop.domain.analysis.people import STRANGERS
from neuroleaf_desktop.domain.analysis.stillness import bliss_at_rest
from neuroleaf_desktop.domain.analysis.stress_keywords import (
    STRESSORS,
    category_of,
)
from neuroleaf_desktop.domain.analysis.tears import (
    names_milestone,
    tears_shared,
    tears_told_good,
)
from neuroleaf_desktop.domain.analysis.told_by_shape import stacked, symptoms_felt

_YEAR: Final = re.compile(r"(19|20)\d\d")

# A time or place the writer has left behind: "last year", "in the beginning",
# "the first two months", "at the last place", "my old job".
_SEASONS: Final = frozenset(
    {"year", "winter", "spring", "summer", "autumn", "term", "semester", "job", "place",
     "house", "flat", "school", "time", "season", "studio", "office", "company", "firm",
     "shop", "workplace", "role",
     # a holiday of a year gone by ("Last Diwali I was crying from all the pressure")
     "christmas", "easter", "diwali", "eid", "ramadan", "hanukkah", "thanksgiving"}
)  # fmt: skip
# A beginning the writer or their household made ("when I opened the studio", "when we
# moved here", "when I took over the shop").
_BEGAN: Final = (
    "first", "started", "qualified", "began", "opened", "moved", "joined", "arrived",
    "launched", "set up", "took over", "came here", "signed up",
    # an ending is a time left behind too ("when I walked out of my corporate job")
    "left", "walked out", "quit",
)  # fmt: skip
PAST_PHRASES: Final[tuple[tuple[str, ...], ...]] = (
    ("in", "the", "beginning"), ("back", "then"), ("used", "to"), ("those", "days"),
    ("at", "the", "start"), ("a", "year", "ago"), ("years", "ago"), ("months", "ago"),
    ("years", "back"), ("months", "back"), ("a", "year", "back"),
    *(("when", who, *verb.split()) for who in ("i", "we") for verb in _BEGAN),
    # "the year we nearly went under", "the year I opened": a year named by what happened
    ("the", "year", "we"), ("the", "year", "i"),
    # a trouble that lasted "for years" and then, this winter, "finally" ended: the turn
    # must still come and nothing of it may reach now ("… and I'm still cold")
    ("for", "years"),
)  # fmt: skip
# "the first two months", "my first winter", "First term I nearly quit": a beginning.
_FIRST_OF: Final = frozenset({"the", "my", "our", "that"})
_SPANS: Final = frozenset({"days", "weeks", "months", "years"})
_BEGINNINGS: Final = _SPANS | _SEASONS | {"month", "week", "season", "shift", "day"}
# The present told against that past: "now", "these days", "this one" ("… but this one's
# lovely"). "right now", "just now", "for now", "until now" are not a turn to the present.
_BEHIND_LINKS: Final = ("it's", "that's", "is", "are", "all", "now", "firmly", "well")
NOW_PHRASES: Final[tuple[tuple[str, ...], ...]] = (
    ("now",),
    ("nowadays",),
    ("these", "days"),
    ("this", "one"),
    ("this", "one's"),
    ("this", "year"),
    ("years", "on"),
    ("years", "in"),
    ("months", "on"),
    ("months", "in"),
    # the same kind of stretch again, told from today ("My first on-call week I couldn't
    # eat. This rotation I …", "… this time round")
    *(("this", span) for span in ("rotation", "time", "season", "term", "round", "month")),
    # a season of this year, told against the years before it ("… this winter I finally …")
    *(("this", season) for season in ("winter", "spring", "summer", "autumn")),
    # come through it: "we're out the other side", "came through it"
    ("the", "other", "side"),
    ("came", "through", "it"),
    ("got", "through", "it"),
    # the hard time put behind the writer: "… was scary but it's behind me" (someone standing
    # "behind me" is a place, no turn)
    *((link, "behind", who) for link in _BEHIND_LINKS for who in ("me", "us")),
    # a habit of the hard time given up: "I've stopped checking the bank app every hour"
    ("i've", "stopped"),
    ("i", "have", "stopped"),
    ("no", "longer"),
)
_NOT_A_TURN: Final = frozenset({"right", "just", "for", "until", "till", "by", "as", "from"})
# A past part that reaches into the present is not over: "… and I'm still struggling".
_STILL_NOW: Final = frozenset({"still", "i'm", "im", "am", "again"})


def _has(words: tuple[str, ...], phrase: tuple[str, ...]) -> int:
    """Index just after the first occurrence of ``phrase`` in ``words``, or -1."""
    n = len(phrase)
    for i in range(len(words) - n + 1):
        if words[i : i + n] == phrase:
            return i + n
    return -1


def _past_marked(words: tuple[str, ...]) -> bool:
    """ "last year", "last year's", "my old job", "the first two months", "in the beginning" …"""
    for i, word in enumerate(words[:-1]):
        nxt = _bare(words[i + 1])
        if (
            word in ("last", "old")
            # "last year", "my old studio", "last peak season" (one word between)
            and (nxt in _SEASONS or (i + 2 < len(words) and _bare(words[i + 2]) in _SEASONS))
            and not (i and words[i - 1] == "the" and "time" in words[i + 1 : i + 3])
            # "smaller than last year", "same as last year": today measured against it
            and not (i and words[i - 1] in ("than", "as"))
        ):
            return True
        if (
            word == "back"
            and nxt == "in"
            and _YEAR.fullmatch((words[i + 2 : i + 3] and words[i + 2]) or "")
        ):
            return True  # "back in 2019 …"
        if word == "first" and nxt == "time" and words[i - 1] != "for":
            return True  # "failed the exam first time": a first try, told from after it
        if (
            word == "first"
            and (i == 0 or words[i - 1] in _FIRST_OF)
            and (
                nxt in _BEGINNINGS
                # "the first two months", "my first on-call week", "first full year"
                or any(w in _SPANS | _BEGINNINGS for w in words[i + 2 : i + 4])
            )
        ):
            return True
    return any(_has(words, p) >= 0 for p in PAST_PHRASES)


def _turns_to_now(clause: Clause) -> bool:
    """Does this clause tell the present, not as a trouble ("now I actually dream in
    Italian", "it's a different job now", "this one's lovely")?"""
    if clause.polarity in (NEGATIVE, MIXED) or any(
        h.emotion in NEGATIVE_EMOTIONS for h in clause.hits
    ):
        return False
    if any(w in ("still", "again") for w in clause.words):
        return False
    for phrase in NOW_PHRASES:
        end = _has(clause.words, phrase)
        start = end - len(phrase)
        if end >= 0 and not (start and clause.words[start - 1] in _NOT_A_TURN):
            return True
    return False


_JUDGED: Final = frozenset({"seems", "seem", "feels", "looks", "sounds"})


def _judged_now(clause: Clause) -> bool:
    """ "The panic about the inspection last spring seems daft now": a past feeling judged
    from today, in one clause ("seems/feels/looks … now", no feeling word after the verb:
    "last year's debt seems scarier now" is a feeling now; no "still")."""
    words = clause.words
    if not words or words[-1] != "now" or any(w in ("still", "again") for w in words):
        return False
    verb = next((i for i, w in enumerate(words) if w in _JUDGED), None)
    return verb is not None and not any(is_emotion_word(w) for w in words[verb + 1 :])


def _troubled_after(sentence: list[Clause], turn: int) -> bool:
    """Is the present told with a trouble in the same part ("Now it's Christmas and I miss
    him so much": the grief is not over)? A later part after "but" is a new topic."""
    segment = sentence[turn].segment
    return any(
        c.polarity in (NEGATIVE, MIXED) or any(h.emotion in NEGATIVE_EMOTIONS for h in c.hits)
        for c in sentence[turn + 1 :]
        if c.segment == segment
    )


def _over(clause: Clause) -> Clause:
    """The clause as told of a time that is over: no unpleasant feeling, no stressor, no
    trouble (pleasant feelings of the past are not the writer's now either)."""
    return replace(
        clause,
        hits=(),
        stressors=tuple(replace(s, resolved=True) for s in clause.stressors),
        polarity=NEUTRAL,
        strength=0.0,
    )


def past_then_now(sentences: Sentences) -> Sentences:
    """ "Last year I was doing 60-hour weeks and crying in the back room. Took on an
    apprentice and it's a different job now.", "Homesickness was horrendous the first two
    months, now I actually dream in Italian": a part marked as a time left behind, followed
    in the same or the next sentence by the present told with no trouble, is over (the
    labelling guide: what is over does not count). A past part that reaches the present
    ("… and I still flinch", "I'm still …") or a present told with a trouble ("Now it's
    Christmas and I miss him") keeps everything."""
    out = [list(s) for s in sentences]
    for si, sentence in enumerate(out):
        start = next((ci for ci, c in enumerate(sentence) if _past_marked(c.words)), None)
        # an occasion gone by turns to now within its own sentence ("LAST EXAM DONE. summer
        # starts NOW" is the final exam, told before the next sentence's now)
        occasion = start is None and last_occasion(sentence)
        if occasion:
            start = 0
        if start is None:
            continue
        if _judged_now(sentence[start]) and not _troubled_after(sentence, start):
            sentence[start] = _over(sentence[start])
            continue
        later = [(si, ci) for ci in range(start + 1, len(sentence))]
        if si + 1 < len(out) and not occasion:
            later += [(si + 1, ci) for ci in range(len(out[si + 1]))]
        turn = next(
            (
                (s, c)
                for s, c in later
                if _turns_to_now(out[s][c])
                or (s == si and last_occasion(sentence) and this_one_now(out[s][c]))
            ),
            None,
        )
        if turn is None or _troubled_after(out[turn[0]], turn[1]):
            continue
        end = turn[1] if turn[0] == si else len(sentence)
        past = sentence[start:end]
        if any(w in _STILL_NOW for c in past for w in c.words):
            continue
        sentence[start:end] = [_over(c) for c in past]
        if turn[0] != si:
            out[turn[0]][turn[1]] = _settled(out[turn[0]][turn[1]])
    return out


def _settled(now: Clause) -> Clause:
    """The present of a story of change told in two sentences ("First year I thought the
    tiredness would finish me. Now we've got a routine.") is the writer's calm. A comparison
    in one sentence ("I used to dread Mondays, now I quite like my job") names no feeling:
    the labelled sets agree on this split."""
    settled = Hit(position=0, pattern="settled", emotion="calm", weight=1.0)
    return replace(
        now,
        hits=(*now.hits, settled),
        polarity=POSITIVE if now.polarity == NEUTRAL else now.polarity,
        strength=max(now.strength, EMOTION_FLOOR),
    )


def _crying_only(clause: Clause) -> bool:
    return bool(clause.hits) and all(h.pattern in CRYING for h in clause.hits)


def moved_tears(sentences: Sentences) -> Sentences:
    """ "She said mama for the first time today. She's seven. I've been crying on and off all
    afternoon.": crying in an entry where nothing else is sad or troubling and something is
    clearly happy (a named pleasant feeling or a milestone; "lol" or a lovely walk is not
    enough) is being moved, as within one sentence (``tears.happy_tears``), which names no
    emotion; so are tears shed together ("we both cried", "Kid cried, I cried"), whose other
    person's tears are no trouble either. Crying alone ("Cried all the way home.") or beside
    any trouble stays sadness."""
    clauses = [c for s in sentences for c in s]
    crying = [c for c in clauses if _crying_only(c)]
    if not crying or len(crying) == len(clauses):
        return sentences
    shared = any(tears_shared([w for c in s for w in c.words]) for s in sentences)
    others = [c for c in clauses if not _crying_only(c)]
    sad = any(
        c.polarity in (NEGATIVE, MIXED) or any(h.emotion in NEGATIVE_EMOTIONS for h in c.hits)
        for c in others
        if not (shared and not c.hits and not CRYING.isdisjoint(c.words))
    ) or any(not s.set_aside and s.keyword not in PEOPLE for c in clauses for s in c.stressors)
    # a pleasant time alone ("Lovely walk this morning. Cried on the way back.") is not
    # enough across sentences: a named pleasant feeling or a milestone is
    named = any(h.emotion in POSITIVE_EMOTIONS and h.weight >= 1.0 for c in others for h in c.hits)
    happy = (
        named or any(names_milestone(c.words) for c in others) or tears_told_good(clauses) or shared
    )
    if sad:
        return sentences
    if happy:
        moved = replace(crying[0], hits=(), polarity=POSITIVE, strength=EMOTION_FLOOR)
    elif all(c.polarity == NEUTRAL or c.news for c in others) and any(
        not any(_crying_only(c) for c in s) for s in sentences
    ):
        # tears after an event told plainly in a sentence of its own ("They held hands in the
        # bath tonight. I actually cried.", good news or a gift told plainly: "He wrote me a
        # card. I cried."): moved or sad, the entry does not say; no chip. A pleasant time
        # before unexplained tears stays sadness.
        moved = replace(crying[0], hits=(), polarity=NEUTRAL, strength=0.0)
    else:
        return sentences
    return [
        [
            replace(c, hits=moved.hits, polarity=moved.polarity, strength=moved.strength)
            if _crying_only(c)
            else c
            for c in s
        ]
        for s in sentences
    ]


# "could've cried", "I could have wept": tears told as what might have been, not as shed
# ("I could cry" is a feeling now, and stays sadness).
_MIGHT: Final = frozenset({"could", "would", "might"})
_MIGHT_HAVE: Final = frozenset({"could've", "would've", "might've"})


def _might_have(words: tuple[str, ...], i: int) -> bool:
    if i >= 1 and words[i - 1] in _MIGHT_HAVE:
        return True
    return i >= 2 and words[i - 1] == "have" and words[i - 2] in _MIGHT


def tears_that_might_have_been(sentences: Sentences) -> Sentences:
    """ "TB test clear!!! whole herd clear, could've cried": crying after a modal is a way of
    saying how strong a feeling was, good or bad, not which one: no sadness from it (the
    rest of the sentence says the rest)."""
    out: Sentences = []
    for sentence in sentences:
        revised = []
        for c in sentence:
            idx = [i for i, w in enumerate(c.words) if w in CRYING and _might_have(c.words, i)]
            if idx and _crying_only(c):
                c = replace(c, hits=(), polarity=NEUTRAL, strength=0.0)
            revised.append(c)
        out.append(revised)
    return out


# Whose work is it? A clause whose subject is another person ("she's been signed off work",
# "Dad was trying to get dressed for work", "my partner's … at work when I wake up"): their
# job, not the writer's work strain.
WORK_WORDS: Final = frozenset(
    w.lstrip("!")
    for words in STRESSORS["work"].values()
    for w in words
    if " " not in w and "*" not in w
)
# "they" is left out: at work it is often nobody in particular ("they're making cuts").
THIRD_PERSON: Final = frozenset(
    {"he", "she", "he's", "she's", "shes", "someone", "someone's", "he'd", "she'd", "he'll",
     "she'll"}
)  # fmt: skip
_OWNERS: Final = frozenset({"my", "our", "his", "her", "their"})
_FIRST_PERSON: Final = frozenset(
    {"i", "i'm", "im", "i've", "i'd", "i'll", "me", "my", "we", "we're", "we've", "us", "our"}
)  # fmt: skip
_PERSON_WORDS: Final = frozenset(
    w
    for category in ("family", "relationships")
    for words in STRESSORS[category].values()
    for w in words
    if " " not in w and not w.startswith("!")
) - {"family", "relationship", "marriage", "friendship", "childcare", "nursery", "dating",
     "tinder"}  # fmt: skip


def _bare(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word


def _other_subject(words: tuple[str, ...]) -> bool:
    """Does the clause open with someone else as its subject ("she's", "dad was", "my
    partner's")?"""
    if not words:
        return False
    first = words[0]
    if first in THIRD_PERSON or _bare(first) in _PERSON_WORDS:
        return len(words) < 2 or words[1] not in WORK_WORDS
    # "my partner's job loss has us both on edge": a possessive before the job, whose loss
    # the writer shares, is not a subject
    return (
        first in _OWNERS
        and len(words) > 1
        and _bare(words[1]) in _PERSON_WORDS
        and (len(words) < 3 or words[2] not in WORK_WORDS)
    )


# A close person's job loss is the household's trouble ("my husband got fired and we're
# terrified"), as the labelled set counts "my partner's job loss has us both on edge".
SHARED_WORK_TROUBLE: Final = frozenset({"job loss"})


# "twelve people laid off", "some staff were let go": people counted or unnamed as a subject.
_COUNTING: Final = frozenset({"the", "some", "several", "many", "more", "lots", "loads", "few"})


def _strangers_subject(words: tuple[str, ...]) -> bool:
    """Does the clause open on people the writer does not name ("twelve people", "some
    staff")? Their job loss is not shared with the writer as a close person's is."""
    j = 1 if words and (words[0] in _COUNTING or numeric(words[0])) else 0
    return j < len(words) and words[j] in STRANGERS | {"staff", "workers"}


def _their_work(clause: Clause, subject_is_other: bool, strangers: bool = False) -> Clause:
    """Set aside the work stressors that come before any word of the writer's (a job loss
    too when the subject is people the writer does not name)."""
    if not subject_is_other:
        return clause
    cut = next((i for i, w in enumerate(clause.words) if w in _FIRST_PERSON and i > 0), None)
    if strangers:  # only their job loss: other work words may still be the writer's workplace
        if cut is not None:
            return clause
        revised = tuple(
            replace(s, someone_elses=True) if s.keyword in SHARED_WORK_TROUBLE else s
            for s in clause.stressors
        )
        return replace(clause, stressors=revised)
    head = clause.words if cut is None else clause.words[:cut]
    # "my friend from work keeps …": where the person comes from, not their job
    if not any(w in WORK_WORDS and not (i and head[i - 1] == "from") for i, w in enumerate(head)):
        return clause
    revised = tuple(
        replace(s, someone_elses=True)
        if category_of(s.keyword) == "work" and s.keyword not in SHARED_WORK_TROUBLE
        else s
        for s in clause.stressors
    )
    return replace(clause, stressors=revised)


def others_work(sentences: Sentences) -> Sentences:
    """ "My sister's having an awful time, she's been signed off work", "Dad was trying to get
    dressed for work": a job in a clause whose subject is another person (or carried on from
    the clause before by "and": "my partner's asleep when I get in and at work when I wake
    up") is theirs. "I'm off work with stress", "my boss is on at me about work" (a boss is
    no close person) keep the writer's work."""
    out: Sentences = []
    for sentence in sentences:
        revised: list[Clause] = []
        other = strangers = False
        for c in sentence:
            starts_new = bool(c.words) and (
                c.words[0] in _FIRST_PERSON or c.words[0] in THIRD_PERSON
                or _other_subject(c.words) or not c.after_and
            )  # fmt: skip
            if starts_new:
                strangers = _strangers_subject(c.words) and not _other_subject(c.words)
                other = strangers or _other_subject(c.words)
            revised.append(_their_work(c, other, strangers))
        out.append(revised)
    return out


_WHO_OPENERS: Final = frozenset({"the", "a", "an", "my", "our", "this", "that"})
_WHO: Final = frozenset({"who", "who's", "who'd", "whose"})


def _not_close_subject(words: tuple[str, ...]) -> int:
    """Where the subject ends, if the clause opens on someone not close to the writer named
    by a relative clause ("the old farrier who trained me …", whose "me" is inside it); else
    0. (A friend named plainly is left alone: "my friend is ill and I feel helpless" is
    labelled the writer's strain.)"""
    if not words or words[0] not in _WHO_OPENERS:
        return 0
    who = next((i for i, w in enumerate(words[:6]) if w in _WHO), None)
    if who is None or who < 2 or any(w in _FIRST_PERSON for w in words[1:who]):
        return 0
    if _bare(words[who - 1]) in _PERSON_WORDS:
        return 0  # "my dad who …": a close person's illness may be the writer's
    if any(w in _TELLS for w in words[who:]):
        return 0  # "the consultant who saw me says the tumour has grown": news for the writer
    # the relative clause ends at the main verb: "… who trained me has had a stroke"
    verb = next((i for i in range(who + 2, len(words)) if words[i] in _MAIN_VERBS), None)
    return verb or 0


_TELLS: Final = frozenset(
    {"says", "said", "told", "tells", "thinks", "reckons", "found", "confirmed", "explained"}
)
_MAIN_VERBS: Final = frozenset({"has", "had", "is", "was", "got", "died", "passed", "can't"})


def others_illness(sentences: Sentences) -> Sentences:
    """ "The old farrier who trained me has had a stroke and can't work any more", "the woman
    who runs the café is in hospital": an illness said of someone not close to the writer
    named by a relative clause, in their clause
    or one carried on from it by "and", is theirs (the labelling guide: someone else's trouble
    is not the writer's stress); a close person's stays the writer's."""
    out: Sentences = []
    for sentence in sentences:
        revised: list[Clause] = []
        theirs = False
        for c in sentence:
            if not c.after_and or (c.words and c.words[0] in _FIRST_PERSON):
                end = _not_close_subject(c.words)
                theirs = bool(end) and not any(w in _FIRST_PERSON for w in c.words[end:])
            if theirs:
                c = replace(
                    c,
                    stressors=tuple(
                        replace(s, someone_elses=True) if category_of(s.keyword) == "health" else s
                        for s in c.stressors
                    ),
                )
            revised.append(c)
        out.append(revised)
    return out


def entry_rules(sentences: Iterable[list[Clause]]) -> list[Clause]:
    """Every whole-entry rule in order, then the clauses flattened."""
    grouped = [list(s) for s in sentences]
    rules: tuple[Callable[[Sentences], Sentences], ...] = (
        echoed,
        closing_exasperation,
        ironic_coda,
        sarcasm_carried,
        quarrel_reacted,
        others_work,
        others_illness,
        relatives_own_trouble,
        bliss_at_rest,
        tears_that_might_have_been,
        past_then_now,
        lambda s: trouble_overcome(s, _past_marked),
        dated_trouble_outweighed,
        moved_tears,
        stacked,
        longed_for,
        left_alone,
        symptoms_felt,
        made_to,
        shown_up,
        helped_through,
        weak_cue_outweighed,
    )
    for rule in rules:
        grouped = rule(grouped)
    return [c for s in grouped for c in s]
