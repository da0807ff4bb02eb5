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
from dataclasses import replace
from typing import Final

from neuroleaf_desktop.domain.analysis.attribution import (
    _hypothetical_from,
    _in_context,
    _others_trouble,
    _shares_with_writer,
    strangers_trouble,
)
from neuroleaf_desktop.domain.analysis.cared_for import cared_for
from neuroleaf_desktop.domain.analysis.clause import (
    EMOTION_FLOOR,
    MIXED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    Clause,
)
from neuroleaf_desktop.domain.analysis.clause_polarity import (
    GOOD_NEWS_STRENGTH,
    dealt_with,
    emotion_polarity,
    strained_by,
    sympathy,
    vader_polarity,
    vader_words,
)
from neuroleaf_desktop.domain.analysis.context_words import (
    CRYING,
    HYPOTHETICAL,
    PAST_HABIT,
    PEOPLE,
    SNORING,
)
from neuroleaf_desktop.domain.analysis.dated_past import dated_by_the_next, dated_past
from neuroleaf_desktop.domain.analysis.denials import denied_then_named
from neuroleaf_desktop.domain.analysis.emotions import (
    is_emotion_word,
    iter_hits,
    negated_unpleasant,
)
from neuroleaf_desktop.domain.analysis.exclaimed_news import exclaimed_good_news, shouted
from neuroleaf_desktop.domain.analysis.feeling_context import (
    _felt_by_someone_else,
    _judges_a_thing,
    _not_felt_here,
    _only_wanted,
    _reported,
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
from neuroleaf_desktop.domain.analysis.good_side import good_side_told
from neuroleaf_desktop.domain.analysis.kin_homes import homesick
from neuroleaf_desktop.domain.analysis.lexicon import BREAK, tokenize
from neuroleaf_desktop.domain.analysis.models import POSITIVE_EMOTIONS
from neuroleaf_desktop.domain.analysis.news import complaint_in, good_mark_in, good_news_in
from neuroleaf_desktop.domain.analysis.not_minded import not_minded
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
from neuroleaf_desktop.domain.analysis.places_of_study import others_place_of_study
from neuroleaf_desktop.domain.analysis.present import entry_rules
from neuroleaf_desktop.domain.analysis.sarcasm import echoed, mocked_by_the_next, sarcastic
from neuroleaf_desktop.domain.analysis.sentence_rules import (
    about_someone_else,
    disowned,
    fine_at_last,
    fine_conceded,
    money_disowned_after,
    pitied_after,
    quarrel_voiced,
    redeemed,
    regretted,
    reported_by_them,
    set_aside_all,
    settled_afterwards,
    their_sequel,
)
from neuroleaf_desktop.domain.analysis.sentiment import score_sentence, split_sentences
from neuroleaf_desktop.domain.analysis.stress_keywords import category_of, stressful_by_itself
from neuroleaf_desktop.domain.analysis.stressor_reading import (
    CLAUSE_WORDS,
    CONFLICT_WORDS,
    read_stressors,
)
from neuroleaf_desktop.domain.analysis.tears import happy_tears, without_laughter
from neuroleaf_desktop.domain.analysis.turned_to_now import turned_to_now

_CONTRAST = re.compile(r"[;:]|\b(?:but|though|although|however|whereas)\b", re.IGNORECASE)
_CONDITION_WORDS: Final = HYPOTHETICAL | {first for first, _ in PAST_HABIT}
# a clause after an "if" clause that says what would follow: "if I pass, I'll be so happy"
CONSEQUENT: Final = frozenset(
    {"i'll", "we'll", "will", "would", "i'd", "we'd", "it'll", "gonna", "then"}
)  # fmt: skip


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
    longing = homesick(tokens)  # "Missing home, the whole family's in Wellington"
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
            if (theirs and tokens[pos] not in SNORING)
            or (feeler and s.keyword in PEOPLE and not stressful_by_itself(s.weight))
            or strangers_trouble(tokens, start, pos)
            or others_place_of_study(tokens, start, pos, s.keyword)
            else replace(s, company=True)
            if s.keyword in PEOPLE and not segment_conflict and _shares_with_writer(tokens, pos)
            else replace(s, company=True)
            if destination(tokens, start, pos, s.keyword, own_hits)
            or (longing and category_of(s.keyword) == "family")
            else _in_context(tokens, start, pos, s, condition, conflict, own_hits)
            for pos, s in stressors
            if start <= pos < end
        )
        decided = emotion_polarity(own_hits)
        strained = decided is None and strained_by(tokens, start, end, own_stressors)
        news = decided is None and (
            (not question and good_news_in(tokens, start, condition))
            or (
                not own_hits
                and not strained
                and dealt_with(own_stressors)
                and not still_to_do(tokens[start:end])
            )
            or (not own_hits and negated_unpleasant(tokens, start, condition))
        )
        if news:
            decided = (MIXED if strained else POSITIVE), GOOD_NEWS_STRENGTH
        if decided is None and len(own_hits) < len(in_clause):
            # Its feeling words were not the writer's: VADER would read them as the writer's.
            decided = sympathy(tokens, start, end, condition, in_clause, strained)
            sympathetic += bool(decided[1]) and not strained
        if decided is None:  # only then is VADER needed (it is most of the cost)
            said = vader_words(tokens, start, end, drop_crying, not in_clause)
            compound = score_sentence(" ".join(said)).compound
            decided = vader_polarity(compound, strained)
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


def _segments(sentence: str) -> list[str]:
    """The parts of one sentence that are read apart: cut at contrasts ("but", ";")."""
    return [
        segment for segment in _CONTRAST.split(_without_heading_colon(sentence)) if segment.strip()
    ]


def segment_texts(text: str) -> list[str]:
    """Every segment of ``text`` as ``read_clauses`` reads it, numbered as ``Clause.segment``
    is (the list index), so a stressor's token positions can be found again in its segment."""
    return [
        segment
        for sentence in split_sentences(text)
        for segment in _segments(people_named(_unnamed(sentence)))
    ]


def read_clauses(text: str) -> list[Clause]:
    """Every clause of ``text`` in order (none for empty text)."""
    read: list[tuple[str, list[Clause]]] = []
    number = 0
    for sentence in (people_named(_unnamed(s)) for s in split_sentences(text)):
        segments = _segments(sentence)
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
        own = not_minded(settled_afterwards(redeemed(regretted(without_laughter(own), tokens))))
        own = their_sequel(fine_conceded(fine_at_last(sarcastic(own))))
        own = retracted(continued_subject(then_fine(over_by_now(denied_then_named(own)))))
        following = tokenize(read[k + 1][0]) if k + 1 < len(read) else []
        own = mocked_by_the_next(dated_by_the_next(dated_past(own), following), following)
        own = turned_to_now(own, read[k + 1][1] if k + 1 < len(read) else [])
        if k > 0:
            own = echoed(
                own,
                tokens,
                tokenize(read[k - 1][0]),
                read[k - 1][1],
                question=sentence.rstrip().endswith("?"),
            )
        # A plain event exclaimed reads good, and the writer's good news exclaimed is joy; after
        # a trouble the exclamation is more often the trouble's ("… three hours. Three hours!")
        loud = sentence.rstrip().endswith("!") or shouted(sentence)
        after_trouble = k > 0 and any(
            c.polarity in (NEGATIVE, MIXED) or any(not t.set_aside for t in c.stressors)
            for c in read[k - 1][1]
        )
        if loud and not after_trouble:
            own = exclaimed(own)
        own = exclaimed_good_news(sentence, own, loud=loud)
        if loud and after_trouble:
            own = exclaimed(own)
        if (
            about_someone_else(tokens)
            or disowned(tokens)
            or reported_by_them(tokens, own)
            or pitied_after(tokens, following)
            or cared_for(tokens, following)
            or money_disowned_after(tokens, following)
        ):
            own = set_aside_all(own)
        own = quarrel_voiced(others_quarrel(tokens, own))
        sentences.append(good_side_told(sentence, own))
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
