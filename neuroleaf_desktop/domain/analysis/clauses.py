"""Reading an entry clause by clause, so sentiment, emotions and stressors agree.

Why clauses: "Felt calmer than yesterday; slept badly though." holds two feelings. Scored as
one sentence it became "Negative" with the emotion "Calm" beside it, and every noun in it a
"stress keyword". Read clause by clause it is one calm part and one poor-sleep part: mixed.

How a text is read:

1. Sentences (``sentiment.split_sentences``) are cut into **segments** at contrast words
   (``; :``, but, though, although, however, whereas): the parts that may disagree.
2. Each segment is tokenised (``lexicon.tokenize``) and cut into **clauses** at commas and at
   "and", "because", "cos": the smallest parts that carry one feeling. Emotion and stressor
   patterns are matched on the whole segment (so a phrase or a negation is read as written)
   and each match belongs to the clause it starts in.
3. A clause's **polarity** comes first from the emotion lexicon, which names feelings:
   positive emotions only → positive, negative only → negative, both → mixed. A clause with
   no emotion word falls back to VADER's compound on the clause: ≥ ``POLARITY_THRESHOLD``
   positive, ≤ −``POLARITY_THRESHOLD`` negative, else neutral. Strain that VADER misses
   (``STRAIN``: "money is tight", "already behind") or a stressor that is stressful by itself
   ("insomnia") makes a neutral clause negative and a positive one mixed. Good news told as a
   plain event ("got the job", "slept well", ``news.GOOD_NEWS``), praise of a thing, an easing
   or a negated unpleasant feeling ("not worried for once") make a clause with no feeling of
   the writer's positive; a grumble VADER misses ("again", "typical", ``news.COMPLAINTS``)
   tips a neutral one negative, and a mark of a good first or a wait ended ("for the first
   time", "at last", ``news.GOOD_MARKS``) tips it positive. Weak cues of unpleasant feelings
   alone, nothing pleasant near, make a neutral clause negative, and so does a turn ("but",
   "though") from a good part to one that reads neutral: it is the other side
   (``own_readings``). Its
   **strength** is
   VADER's magnitude, or grows with the emotion words' weight when they decided (at least
   ``EMOTION_FLOOR`` either way).
4. The entry's **sentiment** (``SentimentScores``): ``positive`` and ``negative`` are the
   summed strengths of positive and negative clauses (a mixed clause gives half to each)
   divided by the number of clauses; ``neutral`` is the rest; ``compound`` is
   ``positive − negative``. Its label is "mixed" when the smaller side is at least
   ``MIXED_SHARE`` of both (``models.SentimentScores.label``).
5. A **stressor** (``stress_keywords``) counts when it is not negated ("no deadlines"; a
   negator before a deed left undone negates the deed: "can't pay the rent" keeps it), not
   resolved or judged fine ("bills paid", "sleep was okay": ``RESOLVED``, ``FINE``), not a
   person turned to for support ("talked to my mum", ``SUPPORT``), and its clause is negative
   or mixed; in a neutral clause it counts when it is stressful by itself ("insomnia",
   "argued") or when the rest of its segment is negative and nothing in it is
   positive ("big deadline tomorrow, I'm so stressed"). In a positive clause it never counts:
   "work was great" is not stress. So every stressor sits in a negative part of the entry,
   which is what the dashboard's "negative affect" counts: the two panels cannot disagree.
6. **Only the writer's feelings, now** (lists in ``context_words``). An emotion word does not
   count when it is said of someone else ("she was furious", "mum cried", "the dog was so
   happy", "Tom was so happy", "everyone's on edge": ``people``; a clause left with only such
   words takes their side as sympathy, with no chip of the writer's), when it sits in a
   condition or a past habit ("if work gets stressful", "I'd be so happy if", "I used to get
   anxious"), when a pleasant feeling is only wanted, out of reach or asked about ("need to
   relax", "too tired to enjoy", "why can't I be happy?"), when it names a topic or a thing
   ("an article about anxiety", "a scary film") and when an unpleasant one is easing ("less
   stressed", "my anxiety was better"). Crying beside something happy and nothing else sad is
   happy tears. Stressors are set aside in conditions, for company ("a walk with mum"), as the
   place of a sad moment ("sad on the train"), when settled later in the clause ("blood
   pressure is finally normal", "the exam is over"; a negated fix like "hasn't fixed" settles
   nothing) and in a friend's or colleague's trouble with no "I" in it. When unsure, the
   analyser shows nothing: a weak cue alone never makes a chip.
7. **Whole-sentence rules** (``sentence_rules``, and ``tears`` for happy tears and laughter
   beside tears) then revise a sentence's clauses: someone else's trouble, happy tears, a
   regretted outburst, a good or settling ending ("chaotic but
   fun", "… but it's gone now", "… and I'm finally okay", "… but I think I did okay") and
   sarcastic praise ("Fantastic, the car failed its MOT"), someone else's reported trouble
   ("my sister says she's struggling") and a subject-less sequel of another's feeling ("Grace
   was nervous but loved it"); then the frames of ``frames`` (a past part then "fine now", a
   clause after "and" that keeps another's subject, a strangers' quarrel), and an exclaimed
   plain event reads positive ("Sold my first painting today!"). Last, the whole-entry rules of
   ``present`` read the sentences together (a past told against now, tears a sentence after a
   happy event, another person's job, a relative's trouble with the writer outside it: ``kin``,
   bliss told of stillness: ``stillness``).
8. The analyser (``analyzer``) finally makes the chips agree (``agreement``): no "Positive"
   beside a stressor or an unpleasant emotion, no "Negative" beside joy alone.

``docs/ANALYSIS_LABELS.md`` is the labelling guide these rules are measured against.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Final

from neuroleaf_desktop.domain.analysis.attribution import (
    Stressor,
    _hypothetical_from,
    _in_context,
    _others_trouble,
    _shares_with_writer,
)
from neuroleaf_desktop.domain.analysis.clause import (
    EMOTION_FLOOR,
    MIXED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    Clause,
)
from neuroleaf_desktop.domain.analysis.context_words import (
    CRYING,
    HYPOTHETICAL,
    PAST_HABIT,
    PEOPLE,
    STRAIN,
)
from neuroleaf_desktop.domain.analysis.emotions import (
    EMOTIONS,
    Hit,
    is_emotion_word,
    iter_hits,
    negated_unpleasant,
    saturate,
)
from neuroleaf_desktop.domain.analysis.feeling_context import (
    _felt_by_someone_else,
    _judges_a_thing,
    _not_felt_here,
    _only_wanted,
    _reported,
    eased,
    without_regretted_crying,
)
from neuroleaf_desktop.domain.analysis.frames import (
    continued_subject,
    destination,
    others_quarrel,
    over_by_now,
    quarrel_partners_negated,
    retracted,
    then_fine,
)
from neuroleaf_desktop.domain.analysis.lexicon import BREAK, is_negator, tokenize
from neuroleaf_desktop.domain.analysis.models import (
    NEGATIVE_EMOTIONS,
    NEUTRAL_SENTIMENT,
    POSITIVE_EMOTIONS,
    SentimentScores,
)
from neuroleaf_desktop.domain.analysis.news import complaint_in, good_mark_in, good_news_in
from neuroleaf_desktop.domain.analysis.own_readings import (
    other_side_told,
    outgrown,
    still_to_do,
    unpleasant_cues_told,
)
from neuroleaf_desktop.domain.analysis.people import (
    COMMON_SUBJECTS,
    group_at,
    households_by_surname,
    people_named,
)
from neuroleaf_desktop.domain.analysis.present import entry_rules
from neuroleaf_desktop.domain.analysis.sarcasm import sarcastic
from neuroleaf_desktop.domain.analysis.senses import (
    strain_frame,
)
from neuroleaf_desktop.domain.analysis.sentence_rules import (
    about_someone_else,
    fine_at_last,
    quarrel_voiced,
    redeemed,
    regretted,
    reported_by_them,
    set_aside_all,
    settled_afterwards,
    their_sequel,
)
from neuroleaf_desktop.domain.analysis.sentiment import (
    GOOD_THINGS,
    score_sentence,
    split_sentences,
)
from neuroleaf_desktop.domain.analysis.stress_keywords import (
    stressful_by_itself,
)
from neuroleaf_desktop.domain.analysis.stressor_reading import (
    CLAUSE_WORDS,
    CONFLICT_WORDS,
    read_stressors,
    stressor_negated,
)
from neuroleaf_desktop.domain.analysis.tears import happy_tears, without_laughter

POLARITY_THRESHOLD: Final = 0.25
GOOD_NEWS_STRENGTH: Final = 0.5  # as one plainly named feeling: "Got the job." is clearly good
DECIDES: Final = 0.9  # a plain or mildly named feeling decides a clause; a weak cue does not
MAX_KEYWORDS: Final = 15


_CONTRAST = re.compile(r"[;:]|\b(?:but|though|although|however|whereas)\b", re.IGNORECASE)
_CONDITION_WORDS: Final = HYPOTHETICAL | {first for first, _ in PAST_HABIT}
# a clause after an "if" clause that says what would follow: "if I pass, I'll be so happy"
CONSEQUENT: Final = frozenset(
    {"i'll", "we'll", "will", "would", "i'd", "we'd", "it'll", "gonna", "then"}
)  # fmt: skip
assert set(EMOTIONS) == POSITIVE_EMOTIONS | NEGATIVE_EMOTIONS


def _emotion_polarity(hits: Iterable[Hit]) -> tuple[str, float] | None:
    """Polarity and strength from emotion words alone, or None when they do not decide.

    Weak words (weight < ``DECIDES``) decide nothing alone; a mildly named feeling does.
    Strength grows with the summed weight ``w`` as ``w / (w + 1)``: one plain word 0.5, a
    strong one 0.6.
    """
    positive = sum(h.weight for h in hits if h.weight >= DECIDES and h.emotion in POSITIVE_EMOTIONS)
    negative = sum(h.weight for h in hits if h.weight >= DECIDES and h.emotion in NEGATIVE_EMOTIONS)
    total = positive + negative
    if total == 0:
        return None
    strength = max(EMOTION_FLOOR, total / (total + 1.0))
    if positive and negative:
        return MIXED, strength
    return (POSITIVE if positive else NEGATIVE), strength


def _vader_polarity(compound: float, strained: bool) -> tuple[str, float]:
    """Polarity and strength of a clause no emotion word decided; ``strained``: a strain
    word or a stressor that is stressful by itself ("insomnia") is in it, not negated."""
    if compound >= POLARITY_THRESHOLD:
        return (MIXED, compound) if strained else (POSITIVE, compound)
    if compound <= -POLARITY_THRESHOLD:
        return NEGATIVE, -compound
    if strained:
        return NEGATIVE, EMOTION_FLOOR
    return NEUTRAL, 0.0


def _strained(tokens: list[str], start: int, end: int, stressors: Iterable[Stressor]) -> bool:
    # someone else's trouble ("my friend is going through a divorce") is still an unpleasant
    # event: it strains the clause although it is not the writer's stressor
    if any(
        stressful_by_itself(s.weight) and not (s.negated or s.resolved or s.hypothetical)
        for s in stressors
    ):
        return True
    if strain_frame(tokens, start, end):
        return True
    i = start
    while i < end:
        strain = STRAIN.match_at(tokens, i)
        if strain is None:
            i += 1
            continue
        if strain.targets[0][0] and not stressor_negated(tokens, i):
            return True
        i += len(strain.tokens)  # a longer non-strain phrase hides its words
    return False


def _dealt_with(stressors: Iterable[Stressor]) -> bool:
    """ "Exams finished", "bills paid", "the row is sorted": a trouble of the writer's said to
    be dealt with is good news (no one else's: "her exams finished" says nothing of ours)."""
    return any(s.dealt_with and not (s.negated or s.someone_elses) for s in stressors)


def _sympathy(
    tokens: list[str], start: int, end: int, condition: int, hits: list[Hit], strained: bool
) -> tuple[str, float]:
    """Polarity of a clause whose feeling words are not the writer's own, at the weakest
    strength: another's distress is sad news for the writer and their joy good news ("my
    sister was upset", "Priya was so happy with her results": the labelling guide reads
    sympathy as negative); praise of a thing is a good part ("the coffee is amazing"); an
    unpleasant feeling easing is good news ("less stressed than last week"). Feeling words set
    aside for any other reason (wanted, asked about, in a condition) say nothing; then only
    strain makes the clause negative."""
    now = [h for h in hits if h.position < condition]
    theirs = [
        h for h in now if _felt_by_someone_else(tokens, start, h) or _reported(tokens, start, h)
    ]
    good = any(_judges_a_thing(tokens, start, end, h) or eased(tokens, start, end, h) for h in now)
    felt = _emotion_polarity(theirs)
    sides = {felt[0]} if felt else set()
    if not felt:  # a weak word said of someone is still praise or pity ("the kids were lovely")
        sides = {POSITIVE if h.emotion in POSITIVE_EMOTIONS else NEGATIVE for h in theirs}
    if good:
        sides.add(POSITIVE)
    if strained:
        sides.add(NEGATIVE)
    if not sides:
        return NEUTRAL, 0.0
    polarity = MIXED if MIXED in sides or len(sides) > 1 else sides.pop()
    return polarity, EMOTION_FLOOR


def _vader_words(
    tokens: list[str], start: int, end: int, drop_crying: bool, no_feeling: bool
) -> list[str]:
    """The words of a clause VADER may read. Tears that are not sadness here do not make its
    reading sad either (``drop_crying``); nor, in a clause where the emotion lexicon found no
    feeling (``no_feeling``), does a feeling word it read and set aside ("cheaper than I
    feared", "hope he's OK", "the calm before the storm"): VADER would read it back as the
    writer's. A negated one stays, as VADER reads the negation ("not happy at all"); so does
    a good thing to have (``sentiment.GOOD_THINGS``), which counts only when said to be
    lacking ("haven't seen my friends in months"); nor a smile put on for someone
    (``_smile_put_on``)."""
    said: list[str] = []
    for i in range(start, end):
        word = tokens[i]
        if drop_crying and word in CRYING:
            continue
        if word in _SMILES and _smile_put_on(tokens, i):
            continue
        if no_feeling and is_emotion_word(word) and not _negated_before(tokens, i):
            continue
        if word in GOOD_THINGS and not _negated_before(tokens, i):
            if said and said[-1] == "best":
                said.pop()  # "my best friend" names a person, as ``sentiment`` reads it
            continue
        said.append(word)
    return said


_SMILES: Final = frozenset({"smile", "smiled", "smiling", "smiles"})
_PUT_ON_AFTER: Final = frozenset({"through", "till", "until"})
_SAID_AFTER: Final = frozenset({"told", "sent", "said", "nodded", "waved"})


def _smile_put_on(tokens: list[str], i: int) -> bool:
    """Is the smile at ``i`` one put on for someone: kept up through something ("smiled through
    it", "kept smiling till he left"), the civil face of an exchange ("smiled and told him to
    have a nice day", "had to smile for the next one") or one that tears follow ("smiled all
    afternoon, then went home and cried")? VADER read each as pleasure, wrong in every such
    clause across seven writers' sets, while a smile on its own ("looked at old photos and
    smiled", "can't stop smiling") mostly was the writer's."""
    after = tokens[i + 1 : i + 3]
    if after[:1] and after[0] in _PUT_ON_AFTER:
        return True
    if after == ["for", "the"] or (
        after[:1] == ["and"] and tokens[i + 2 : i + 3] and tokens[i + 2] in _SAID_AFTER
    ):
        return True
    return any(t in CRYING for t in tokens[i + 1 :])


def _negated_before(tokens: list[str], i: int) -> bool:
    """A negator among the three words before ``i`` (VADER's own negation window)."""
    return any(is_negator(tokens[k]) for k in range(max(0, i - 3), i) if tokens[k] != BREAK)


def _clause_spans(tokens: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for i, tok in enumerate([*tokens, BREAK]):
        if tok == BREAK or tok in CLAUSE_WORDS:
            if i > start:
                spans.append((start, i))
            start = i + 1
    return spans


def _segment_clauses(
    segment: str, number: int, drop_crying: bool = False, question: bool = False
) -> list[Clause]:
    """The clauses of one segment; ``drop_crying``: crying is not sadness here (see
    ``read_clauses``); ``question``: pleasant feelings asked about are not felt ("why can't
    I just be happy?", "will I ever feel calm?"), though "why am I so anxious?" is anxiety."""
    tokens = tokenize(segment)
    spans = _clause_spans(tokens)
    conditional = not _CONDITION_WORDS.isdisjoint(tokens)  # most segments have none
    hits = [
        h
        for h in iter_hits(tokens)
        if not (drop_crying and h.pattern in CRYING)
        and not (question and h.emotion in POSITIVE_EMOTIONS)
    ]
    stressors = quarrel_partners_negated(tokens, list(read_stressors(tokens)))
    segment_conflict = any(
        stressful_by_itself(s.weight) and s.keyword in CONFLICT_WORDS for _, s in stressors
    )
    clauses: list[Clause] = []
    sympathetic = 0  # clauses made polar only by someone else's feeling
    if_clause = False  # a clause opened on "if" before: "if I pass, I'll be so happy"
    for start, end in spans:
        words = tuple(tokens[start:end])
        condition = _hypothetical_from(tokens, start, end) if conditional else end
        if if_clause and not CONSEQUENT.isdisjoint(words):
            condition = start  # the consequent of a condition is not felt now either
        if_clause = if_clause or (bool(words) and words[0] in HYPOTHETICAL)
        in_clause = [h for h in hits if start <= h.position < end]
        own_hits = without_regretted_crying(
            tuple(
                h
                for h in in_clause
                if h.position < condition
                and not _felt_by_someone_else(tokens, start, h)
                and not _only_wanted(tokens, start, h)
                and not _not_felt_here(tokens, start, end, h)
                and not _judges_a_thing(tokens, start, end, h)
                and not _reported(tokens, start, h)
            )
        )
        conflict = any(
            stressful_by_itself(s.weight) and s.keyword in CONFLICT_WORDS
            for pos, s in stressors
            if start <= pos < end
        )
        theirs = _others_trouble(tokens, start, end)
        # "the whole team was devastated": the group that feels is not what the writer is
        # strained by
        feeler = group_at(tokens, start) and any(
            _felt_by_someone_else(tokens, start, h) for h in in_clause
        )
        own_stressors = tuple(
            replace(s, someone_elses=True)
            if theirs or (feeler and s.keyword in PEOPLE and not stressful_by_itself(s.weight))
            else replace(s, company=True)
            if s.keyword in PEOPLE and not segment_conflict and _shares_with_writer(tokens, pos)
            else replace(s, company=True)
            if destination(tokens, start, pos, s.keyword, own_hits)
            else _in_context(tokens, start, pos, s, condition, conflict, own_hits)
            for pos, s in stressors
            if start <= pos < end
        )
        decided = _emotion_polarity(own_hits)
        strained = decided is None and _strained(tokens, start, end, own_stressors)
        news = decided is None and (
            (not question and good_news_in(tokens, start, condition))
            or (
                not own_hits
                and not strained
                and _dealt_with(own_stressors)
                and not still_to_do(tokens[start:end])
            )
            or (not own_hits and negated_unpleasant(tokens, start, condition))
        )
        if news:
            decided = (MIXED if strained else POSITIVE), GOOD_NEWS_STRENGTH
        if decided is None and len(own_hits) < len(in_clause):
            # Its feeling words were not the writer's: VADER would read them as the writer's.
            decided = _sympathy(tokens, start, end, condition, in_clause, strained)
            sympathetic += bool(decided[1]) and not strained
        if decided is None:  # only then is VADER needed (it is most of the cost)
            said = _vader_words(tokens, start, end, drop_crying, not in_clause)
            compound = score_sentence(" ".join(said)).compound
            decided = _vader_polarity(compound, strained)
            marked = not question and good_mark_in(tokens, start, condition)
            if decided[0] == NEUTRAL and not marked and complaint_in(tokens, start, condition):
                decided = NEGATIVE, EMOTION_FLOOR
        else:
            marked = (
                not question and decided[0] == NEUTRAL and good_mark_in(tokens, start, condition)
            )
        if marked and decided[0] == NEUTRAL:
            # a mark of a good first or a wait ended outweighs a grumble word beside it ("feel
            # like me again for the first time"), never a trouble named
            decided, news = (POSITIVE, EMOTION_FLOOR), True
        polarity, strength = decided
        clauses.append(
            Clause(
                words=words,
                segment=number,
                hits=own_hits,
                stressors=own_stressors,
                polarity=polarity,
                strength=round(min(1.0, strength), 4),
                news=news,
                after_and=start > 0 and tokens[start - 1] == "and",
            )
        )
    polar = sum(c.polarity in (NEGATIVE, MIXED) for c in clauses)
    if sympathetic and polar <= sympathetic:
        # only another's feeling is unpleasant here ("my flatmate is stressed about his
        # rent"): the topics are theirs, not the writer's stressors
        return [_theirs(c) for c in clauses]
    return clauses


def _theirs(clause: Clause) -> Clause:
    """``clause`` with its topic stressors set aside as someone else's (the strong ones, such
    as an argument with the writer, stay)."""
    stressors = tuple(
        s if stressful_by_itself(s.weight) else replace(s, someone_elses=True)
        for s in clause.stressors
    )
    return replace(clause, stressors=stressors)


_TITLE_CASE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")


def _unnamed(sentence: str) -> str:
    """A Title Case name holding a feeling word ("Angry Birds", "Lonely Planet", "Happy Valley")
    is a game, book or place, not a feeling: written as one neutral word. Names without a
    feeling word are left alone ("Sam", "New York" stay for stressors and topics)."""

    def plain(match: re.Match[str]) -> str:
        words = match[0].split()
        if words[0] == "I" or not any(is_emotion_word(w.lower()) for w in words):
            return match[0]
        if all(w.lower() in COMMON_SUBJECTS for w in words[1:]):
            return match[0]  # "Lonely Sunday", "Sad Christmas": a feeling on a day, no name
        return "Named"

    return households_by_surname(_TITLE_CASE.sub(plain, sentence))


# A sentence opening on an instruction to feel ("Calm down, it's only a test", "Cheer up") says
# what someone was told to feel, not what the writer felt.
_IMPERATIVE = re.compile(
    r"^\s*(?:calm down|cheer up|chill out|relax|stay calm|keep calm|don't panic|don't worry)\b",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^(\s*[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*:(?=\s)")


def _without_heading_colon(sentence: str) -> str:
    """ "Worries: rent, mum's scan, the car": a heading of one or two words before a colon
    heads the list after it, so the colon does not cut the sentence into parts."""
    return _HEADING.sub(r"\1,", sentence)


def read_clauses(text: str) -> list[Clause]:
    """Every clause of ``text`` in order (none for empty text)."""
    read: list[tuple[str, list[Clause]]] = []
    number = 0
    for sentence in (people_named(_unnamed(s)) for s in split_sentences(text)):
        parts = _CONTRAST.split(_without_heading_colon(sentence))
        segments = [segment for segment in parts if segment.strip()]
        question = sentence.rstrip().endswith("?")
        own = [
            c
            for i, seg in enumerate(segments)
            for c in _segment_clauses(seg, number + i, question=question)
        ]
        if happy_tears(own):
            own = [
                c
                for i, seg in enumerate(segments)
                for c in _segment_clauses(seg, number + i, True, question)
            ]
        if _IMPERATIVE.match(sentence) and own:
            own[0] = replace(own[0], hits=())  # "Calm down, I told myself": told, not felt
        number += len(segments)
        read.append((sentence, own))
    sentences: list[list[Clause]] = []
    for k, (sentence, own) in enumerate(read):
        tokens = tokenize(sentence)
        own = unpleasant_cues_told(
            own, [c for _, near in read[max(0, k - 2) : k + 3] for c in near]
        )
        own = outgrown(tokens, other_side_told(sentence, own))
        own = settled_afterwards(redeemed(regretted(without_laughter(own), tokens)))
        own = their_sequel(fine_at_last(sarcastic(own)))
        own = retracted(continued_subject(then_fine(over_by_now(own))))
        if sentence.rstrip().endswith("!"):
            own = exclaimed(own)
        if about_someone_else(tokens) or reported_by_them(tokens, own):
            own = set_aside_all(own)
        sentences.append(quarrel_voiced(others_quarrel(tokens, own)))
    return entry_rules(sentences)


def exclaimed(clauses: list[Clause]) -> list[Clause]:
    """ "Sold my first painting today!", "Slept 9 hours!!": a plain event exclaimed, with no
    feeling, stressor or grumble in it, is told as good news: its last clause reads positive
    at the weakest strength (no emotion chip: the feeling is not named)."""
    if not clauses or any(c.polarity != NEUTRAL or c.hits for c in clauses):
        return clauses
    if any(stressful_by_itself(s.weight) and not s.set_aside for c in clauses for s in c.stressors):
        return clauses  # a topic word alone in a neutral clause is no trouble ("exam results!")
    return [*clauses[:-1], replace(clauses[-1], polarity=POSITIVE, strength=EMOTION_FLOOR)]


def emotion_scores(clauses: Iterable[Clause]) -> dict[str, float]:
    """Every emotion with a score in [0, 1): the saturated sum of its hits (as ``emotions``)."""
    totals = dict.fromkeys(EMOTIONS, 0.0)
    for clause in clauses:
        for hit in clause.hits:
            totals[hit.emotion] += hit.weight
    return {emotion: round(saturate(w), 4) for emotion, w in totals.items()}


def sentiment_of(clauses: list[Clause]) -> SentimentScores:
    """Clause-level sentiment of the whole text (see step 4 of the module docstring)."""
    if not clauses:
        return NEUTRAL_SENTIMENT
    positive = negative = 0.0
    for clause in clauses:
        if clause.polarity == POSITIVE:
            positive += clause.strength
        elif clause.polarity == NEGATIVE:
            negative += clause.strength
        elif clause.polarity == MIXED:
            positive += clause.strength / 2
            negative += clause.strength / 2
    n = len(clauses)
    pos, neg = round(positive / n, 4), round(negative / n, 4)
    return SentimentScores(
        compound=round(pos - neg, 4),
        positive=pos,
        neutral=round(max(0.0, 1.0 - pos - neg), 4),
        negative=neg,
    )


def _segment_is_negative(clauses: list[Clause]) -> bool:
    """Is the segment negative, with a negative clause that is more than crying ("took the
    kids to school then sat in the car and cried" is not about the kids)?"""
    polarities = {c.polarity for c in clauses}
    return POSITIVE not in polarities and any(
        c.polarity == NEGATIVE and not (c.hits and all(h.pattern in CRYING for h in c.hits))
        for c in clauses
    )


def stress_hits(clauses: list[Clause]) -> Iterator[tuple[str, float]]:
    """(keyword, weight) for every stressor that counts (step 5 of the module docstring)."""
    by_segment: dict[int, list[Clause]] = {}
    for clause in clauses:
        by_segment.setdefault(clause.segment, []).append(clause)
    for clause in clauses:
        if clause.polarity == POSITIVE:
            continue
        context = clause.polarity in (NEGATIVE, MIXED) or _segment_is_negative(
            by_segment[clause.segment]
        )
        for stressor in clause.stressors:
            if stressor.set_aside:
                continue
            if context or stressful_by_itself(stressor.weight):
                yield stressor.keyword, stressor.weight


def stress_keywords(
    clauses: list[Clause], limit: int = MAX_KEYWORDS
) -> tuple[tuple[str, float], ...]:
    """Counted stressors summed per keyword, heaviest first (ties alphabetical)."""
    weights: dict[str, float] = {}
    for keyword, weight in stress_hits(clauses):
        weights[keyword] = weights.get(keyword, 0.0) + weight
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple((k, round(w, 3)) for k, w in ranked[:limit])
