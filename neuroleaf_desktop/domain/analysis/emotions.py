"""Emotion scores from a small, hand-written lexicon with negation and intensifiers.

Why a lexicon we wrote, not a model or a published one: NRCLex/EmoLex are licensed for research
only, and no licence-clean emotion classifier ships with weights on PyPI (see MODELS.md). A
lexicon is also what a mental-health journal wants here: **transparent** (every score can be
traced to the words that caused it, see ``explain``), **testable** (each rule has a unit test),
**licence-clean** (``emotion_lexicon.py`` is the whole data set, Apache-2.0 like the rest of
the project), offline, deterministic and fast (a dictionary look-up per word).

The emotions are a fixed set chosen for journaling, not a psychological taxonomy: the ones
people most often write about and that the insights features reason about.

* joy        – happiness, delight, fun, pride in a good day
* calm       – peace, relaxation, relief, feeling settled
* gratitude  – thankfulness, appreciation, feeling lucky or cared for
* sadness    – low mood, grief, crying, hopelessness, disappointment
* anxiety    – worry, fear, panic, nervousness, overwhelm, stress
* anger      – irritation, frustration, resentment, rage
* loneliness – isolation, being left out, missing people, not belonging
* shame      – guilt, embarrassment, self-blame, feeling worthless or "not good enough"
* hope       – optimism, looking forward, encouragement, feeling it can get better

How a text is scored:

1. It is lower-cased and split into word tokens ("can't" stays one token) and clause breaks
   (``. , ; : ! ?`` and "but").
2. At each token the longest lexicon pattern that matches is taken: a pattern is a word
   ("sad"), a stem ("worr*" for worry/worried/worrying) or a phrase ("left out", "can't
   stop crying"). A longer match wins, so "hopeless" is sadness even though "hope*" is hope.
3. **Negation**: a negator (not, no, never, without, any "…n't" word…) up to three tokens
   before the match, in the same clause, cancels it: "not happy" is not joy, "no worries"
   is not anxiety. It is cancelled, not flipped (VADER's sentiment already handles polarity;
   "not happy" is not evidence of a specific negative emotion). Negation does not apply when
   a "stop/help/quit" word stands between ("can't stop worrying" *is* anxiety) or when the
   match is a comparative ("couldn't be happier" is joy).
4. **Intensity**: "very, so, really, extremely…" up to two tokens before multiply the weight
   by 1.5; "a bit, slightly, kind of…" by 0.9 (a mild feeling is still that feeling: "a bit
   lonely" shows Loneliness, though it decides no clause polarity alone). Patterns marked
   strong (``!``) weigh 1.5, weak (``~``, ambiguous words such as "alone" or "quiet") 0.5,
   all others 1. A weak word alone never reaches the chips' threshold: it takes two cues.
5. Per emotion, the summed weight ``w`` becomes a score in [0, 1) as ``w / (w + 2)``: one plain
   mention ≈ 0.33, two ≈ 0.5, six ≈ 0.75. Saturating, so long entries do not run off a scale,
   and monotonic, so more evidence never lowers a score.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from neuroleaf_desktop.domain.analysis.emotion_lexicon import LEXICON
from neuroleaf_desktop.domain.analysis.lexicon import (
    BREAK,
    GUT_DROPS,
    PatternLexicon,
    is_negator,
    tokenize,
)
from neuroleaf_desktop.domain.analysis.not_felt import BLAME_LAID, NOT_FELT
from neuroleaf_desktop.domain.analysis.phrase_forms import (
    ANGER_FORMS,
    ANXIETY_FORMS,
    CONTENT_HERE,
    DELIGHT_SHOWN,
    FELT_A_FOOL,
    FELT_LIKE_A_POOR_ONE,
    FELT_SMALL,
    LOST_IN_CARE,
    PAPER_GAINED,
    SMALL_WINS,
    TEARS_CALLED_HAPPY,
    TEARS_EVERY_TIME,
    THINKING_OF_SOMEONE,
    WRITER_PLEASED,
)
from neuroleaf_desktop.domain.analysis.senses import NAMED_PATTERN, named_by_someone

EMOTIONS: Final[tuple[str, ...]] = (
    "joy",
    "calm",
    "gratitude",
    "sadness",
    "anxiety",
    "anger",
    "loneliness",
    "shame",
    "hope",
)
SATURATION: Final = 2.0
INTENSIFY: Final = 1.5
DIMINISH: Final = 0.9
NEGATION_WINDOW: Final = 3
INTENSIFIER_WINDOW: Final = 2

# Not counted in the negation window: "didn't have a single argument", "not a single worry".
ARTICLE_FILLERS: Final = frozenset({"a", "an", "single", "any"})
NEGATION_BREAKERS: Final = frozenset(
    {"stop", "stopped", "stopping", "help", "helped", "quit", "shake", "only", "just"}
)
HOLDING_BACK: Final = frozenset({"trying", "try", "tried", "tries", "struggling"})
COMPARATIVES: Final = frozenset({"better", "calmer", "sadder", "prouder", "more", "worse"})
INTENSIFIERS: Final = frozenset(
    {
        "very", "so", "really", "extremely", "incredibly", "deeply", "totally", "completely",
        "utterly", "super", "truly", "terribly", "awfully", "absolutely", "especially",
        "intensely", "hugely", "massively", "profoundly", "overwhelmingly", "insanely",
        "unbelievably", "such", "too", "immensely", "genuinely",
    }
)  # fmt: skip
DIMINISHERS: Final = frozenset(
    {"slightly", "somewhat", "little", "bit", "mildly", "fairly", "kinda", "sorta", "partly",
     "almost", "vaguely", "faintly"}
)  # fmt: skip
_PAIRS: Final = frozenset({("kind", "of"), ("sort", "of")})


# A stomach that drops or churns is worry (``lexicon.GUT_DROPS``: the written forms of one phrase,
# kept beside the hand-written lexicon as ``NOT_FELT`` is), and so is lying awake over one thing or
# woken by it, a heart going or still shaking (``phrase_forms.ANXIETY_FORMS``: the forms of a few
# phrases); a qualification's paper gained, a small win or a melted heart and tears called happy are
# joy (``PAPER_GAINED``, ``SMALL_WINS``, ``TEARS_CALLED_HAPPY``), as is delight shown ("best night
# in ages", ``DELIGHT_SHOWN``) and the writer pleased ("really pleased", ``WRITER_PLEASED``);
# someone in the writer's care lost is grief (``LOST_IN_CARE``) and someone the writer can't stop
# thinking about sadness (``THINKING_OF_SOMEONE``), as are tears that come every time ("can't talk
# about her without crying", ``TEARS_EVERY_TIME``); feeling "a right idiot", two inches tall or "a
# rubbish dad" is shame (``FELT_A_FOOL``, ``FELT_SMALL``, ``FELT_LIKE_A_POOR_ONE``); a tongue bitten
# in a clash and a trouble counted by its repeats are anger (``ANGER_FORMS``), as is blame laid on
# the writer that they reject (``not_felt.BLAME_LAID``: "somehow it's my fault"); nowhere else the
# writer would rather be is calm (``CONTENT_HERE``).
_LEXICON = PatternLexicon(
    {
        **LEXICON,
        "joy": (
            *LEXICON["joy"],
            *PAPER_GAINED,
            *SMALL_WINS,
            *TEARS_CALLED_HAPPY,
            *DELIGHT_SHOWN,
            *WRITER_PLEASED,
        ),
        "sadness": (*LEXICON["sadness"], *LOST_IN_CARE, *THINKING_OF_SOMEONE, *TEARS_EVERY_TIME),
        "shame": (*LEXICON["shame"], *FELT_A_FOOL, *FELT_SMALL, *FELT_LIKE_A_POOR_ONE),
        "calm": (*LEXICON["calm"], *CONTENT_HERE),
        "anxiety": (*LEXICON["anxiety"], *GUT_DROPS, *ANXIETY_FORMS),
        "anger": (*LEXICON["anger"], *ANGER_FORMS, *BLAME_LAID),
        "": NOT_FELT,
    }
)


def _emphatic_never(tokens: list[str], j: int, i: int) -> bool:
    """ "never been so calm", "never felt this happy": emphasis, not negation."""
    between = tokens[j + 1 : i]
    return (
        tokens[j] == "never"
        and len(between) == 2
        and between[0] in ("been", "felt")
        and between[1] in (*INTENSIFIERS, "this")
    )


# "couldn't be happier", "never felt calmer": a negated comparative after one of these is
# emphasis; "I'll never get better", "not getting any calmer" are negated.
EMPHATIC_LINKS: Final = frozenset({"be", "been", "feel", "felt", "have"})


def _comparative_emphasis(tokens: list[str], i: int, matched_last: str) -> bool:
    """Is the match a comparative after "be"/"feel" ("couldn't be happier")? Only then does a
    negator before it say "very" rather than "not"."""
    if not (matched_last in COMPARATIVES or matched_last.endswith("ier")):
        return False
    return tokens[i] == matched_last and i > 0 and tokens[i - 1] in EMPHATIC_LINKS


def _negated(tokens: list[str], i: int, matched_last: str) -> bool:
    if _comparative_emphasis(tokens, i, matched_last):
        return False
    seen = 0
    j = i - 1
    while seen < NEGATION_WINDOW:
        if j < 0 or tokens[j] == BREAK:
            return False
        if tokens[j] in NEGATION_BREAKERS:
            return False
        if is_negator(tokens[j]):
            # "trying not to be hurt", "try not to panic": the feeling is there, held back
            held_back = j > 0 and tokens[j - 1] in HOLDING_BACK
            return not held_back and not _emphatic_never(tokens, j, i)
        seen += tokens[j] not in ARTICLE_FILLERS  # "didn't have a single argument"
        j -= 1
    return False


def _intensity(tokens: list[str], i: int) -> float:
    """The nearest intensifier or diminisher within the window and clause decides."""
    for back in range(1, INTENSIFIER_WINDOW + 1):
        j = i - back
        if j < 0 or tokens[j] == BREAK:
            break
        if tokens[j] in INTENSIFIERS:
            return INTENSIFY
        if tokens[j] in DIMINISHERS or (j >= 1 and (tokens[j - 1], tokens[j]) in _PAIRS):
            return DIMINISH
    return 1.0


@dataclass(frozen=True)
class Hit:
    """One counted lexicon match: where, which pattern, for which emotion, with what weight."""

    position: int
    pattern: str
    emotion: str
    weight: float


# "I feel like a total fraud", "feeling like the worst dad alive": the writer likening
# themself to something judged bad is shame, whatever the word (a VADER valence at most
# ``SELF_JUDGED``); "felt like a lifetime" judges nothing.
FEEL_WORDS_LIKE: Final = frozenset({"feel", "feels", "felt", "feeling"})
_LIKENED: Final = frozenset({"a", "an", "the"})
# Words VADER gives no valence that condemn whoever is likened to them ("I feel like a
# monster for it", "hate feeling like a drain"). Left out: "a servant" (shame to some
# writers, sadness to others) and "a kid" (one can feel like a kid at Christmas).
_CONDEMNED: Final = frozenset(
    {"monster", "hypocrite", "drain", "nuisance", "pest", "leech", "parasite",
     "freeloader", "liability", "disappointment", "embarrassment", "imposter", "impostor"}
)  # fmt: skip
# "it feels like a threat", "the flat feels like a prison": a thing likened, not the writer
_SELF_FEEL: Final = frozenset({"feel", "felt", "feeling"})
SELF_JUDGED: Final = -1.5
SELF_JUDGED_PATTERN: Final = "feel like a"


def _self_judged(tokens: list[str], i: int) -> int:
    """The end of a "feel like a <something bad>" phrase at ``i``, or 0."""
    if tokens[i] not in _SELF_FEEL or tokens[i + 1 : i + 2] != ["like"]:
        return 0
    if tokens[i + 2 : i + 3] == [] or tokens[i + 2] not in _LIKENED:
        return 0
    from neuroleaf_desktop.domain.analysis.sentiment import sentiment_lexicon

    valence = sentiment_lexicon()
    for j in range(i + 3, min(len(tokens), i + 6)):
        if tokens[j] == BREAK:
            return 0
        if valence.get(tokens[j], 0.0) <= SELF_JUDGED or tokens[j] in _CONDEMNED:
            return j + 1
    return 0


# "I feel really low", "feeling a bit flat", "felt kind of lost": a feeling named after "feel"
# with a degree word between is the "feel …" phrase, at that degree (a weak word alone, "low",
# is only a cue; after "feel" it is the writer's mood).
# Only unpleasant feelings: the lexicon's pleasant "feel …" phrases are narrower than their
# intensified forms ("felt loved" is thanks, "felt really loved" is read as joy), and "will
# feel very empty" is a feeling foreseen, not felt.
_DEGREE: Final = INTENSIFIERS | DIMINISHERS | {"a", "kind", "sort", "of", "pretty", "quite"}
_DEGREE_REACH: Final = 3
_FORESEEN: Final = frozenset({"will", "would", "might", "could", "may", "gonna", "won't", "i'll"})


def _felt_with_degree(tokens: list[str], i: int) -> tuple[int, list[Hit]] | None:
    """The end and hits of a "feel <degree words> <feeling>" phrase at ``i``, or None."""
    if tokens[i] not in FEEL_WORDS_LIKE or (i > 0 and tokens[i - 1] in _FORESEEN):
        return None
    k = i + 1
    while k < len(tokens) and k <= i + _DEGREE_REACH and tokens[k] in _DEGREE:
        k += 1
    if k == i + 1 or k >= len(tokens):
        return None
    surface = _LEXICON.match_at([tokens[i], *tokens[k:]], 0)
    if (
        surface is None
        or len(surface.tokens) < 2
        or not all(e in _UNPLEASANT for e, _w in surface.targets if e)
    ):
        return None
    end = k + len(surface.tokens) - 1
    if _negated(tokens, i, tokens[end - 1]):
        return end, []
    between = tokens[i + 1 : k]
    factor = INTENSIFY if not INTENSIFIERS.isdisjoint(between) else DIMINISH
    hits = [Hit(i, surface.text, e, w * factor) for e, w in surface.targets if e]
    return end, hits


def iter_hits(tokens: list[str]) -> Iterator[Hit]:
    """Every counted match in a token list (negated matches are skipped)."""
    i = 0
    n = len(tokens)
    while i < n:
        if tokens[i] == BREAK:
            i += 1
            continue
        felt = _felt_with_degree(tokens, i)
        if felt is not None:
            yield from felt[1]
            i = felt[0]
            continue
        named = named_by_someone(tokens, i)
        if named:  # "called me a parasite": the writer's anger at it (``senses``)
            if not _negated(tokens, i, tokens[named - 1]):
                yield Hit(i, NAMED_PATTERN, "anger", 1.0)
            i = named
            continue
        judged = _self_judged(tokens, i)
        if judged:
            if not _negated(tokens, i, tokens[judged - 1]):
                yield Hit(i, SELF_JUDGED_PATTERN, "shame", 1.0)
            i = judged
            continue
        surface = _LEXICON.match_at(tokens, i)
        if surface is None:
            i += 1
            continue
        span = len(surface.tokens)
        if not _negated(tokens, i, tokens[i + span - 1]):
            factor = _intensity(tokens, i)
            for emotion, weight in surface.targets:
                if emotion:  # "" marks a NOT_FELT phrase
                    yield Hit(i, surface.text, emotion, weight * factor)
        i += span


def negated_unpleasant(tokens: list[str], start: int, end: int) -> bool:
    """Is an unpleasant feeling negated in ``tokens[start:end]`` ("not worried about money for
    once", "didn't feel anxious at the party")? Not that feeling, but good news for the writer
    (``clauses`` reads such a clause as positive)."""
    i = start
    while i < end:
        surface = _LEXICON.match_at(tokens, i) if tokens[i] != BREAK else None
        if surface is None:
            i += 1
            continue
        span = len(surface.tokens)
        unpleasant = any(e in _UNPLEASANT for e, _w in surface.targets)
        if unpleasant and _negated(tokens, i, tokens[i + span - 1]):
            return True
        i += span
    return False


_UNPLEASANT: Final = frozenset({"sadness", "anxiety", "anger", "loneliness", "shame"})


def saturate(weight: float) -> float:
    return weight / (weight + SATURATION) if weight > 0 else 0.0


def score_tokens(tokens: list[str]) -> dict[str, float]:
    totals = dict.fromkeys(EMOTIONS, 0.0)
    for hit in iter_hits(tokens):
        totals[hit.emotion] += hit.weight
    return {emotion: round(saturate(w), 4) for emotion, w in totals.items()}


def score_emotions(text: str) -> dict[str, float]:
    """Every emotion of ``EMOTIONS`` with a score in [0, 1) (see the module docstring)."""
    return score_tokens(tokenize(text))


def explain(text: str) -> list[Hit]:
    """The matches behind ``score_emotions(text)``: for a "why this emotion?" view and tests."""
    return list(iter_hits(tokenize(text)))


def is_emotion_word(token: str) -> bool:
    """True if ``token`` alone matches a one-word emotion pattern (e.g. "worried", "sad")."""
    return _LEXICON.matches_word(token)
