"""Stress keywords for the keyword cloud: what the person was stressed *about*.

Two sources, merged per keyword:

1. A curated **stressor lexicon** (deadline, exam, rent, argument, insomnia…): each group of
   patterns maps to one canonical keyword, so "exams", "can't sleep" and "couldn't sleep"
   count as "exam" and "insomnia". A mention weighs 1, ×1.5 in a negative sentence, ×0.5 when
   negated ("no exam today"), times the pattern's own weight.
2. **Noun-phrase-ish n-grams from negative sentences** (VADER compound ≤ -0.05): runs of
   content words (no stop words, no feeling words, no numbers, no "-ed" verb forms) give
   unigrams and bigrams, lightly lemmatised ("meetings" → "meeting"), weighted
   ``0.5 × |compound|`` of their sentence. Without a POS tagger this is crude on purpose: it
   finds "quarterly report" or "landlord email" next to "awful", which is what a cloud needs.

Feeling words are excluded (the emotion lexicon and VADER's lexicon): the cloud shows causes
("exam"), the emotion charts show feelings ("anxious"). Output is lower-case, ranked by
weight then alphabetically (deterministic), at most ``MAX_KEYWORDS``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Final

from neuroleaf_desktop.domain.analysis.emotions import is_emotion_word
from neuroleaf_desktop.domain.analysis.lexicon import BREAK, PatternLexicon, is_negator, tokenize
from neuroleaf_desktop.domain.analysis.models import SentimentScores

MAX_KEYWORDS: Final = 15
NEGATIVE_SENTENCE: Final = -0.05
NEGATIVE_BOOST: Final = 1.5
NEGATED_FACTOR: Final = 0.5
NGRAM_FACTOR: Final = 0.5
NEGATION_WINDOW: Final = 3

STRESSORS: Final[Mapping[str, tuple[str, ...]]] = {
    # study and work
    "deadline": ("deadline*", "due date", "overdue", "due tomorrow", "due today"),
    "exam": ("exam", "exams", "examination*", "finals", "midterm*", "revision", "revising"),
    "test": ("test", "tests"),
    "assignment": ("assignment*", "essay", "essays", "coursework", "homework"),
    "thesis": ("thesis", "dissertation*"),
    "grades": ("grade", "grades", "gpa", "bad mark*"),
    "presentation": ("presentation*", "public speaking", "~speech"),
    "interview": ("interview*",),
    "workload": ("workload*", "overtime", "too much work", "so much work", "long hours",
                 "backlog", "to do list", "todo list"),
    "boss": ("boss", "bosses", "my manager", "supervisor"),
    "meeting": ("~meeting", "~meetings"),
    "emails": ("~email*", "inbox"),
    "job loss": ("unemploy*", "laid off", "layoff*", "redundan*", "fired", "lost my job",
                 "job search*", "job hunt*", "job application*"),
    "performance review": ("performance review*", "appraisal*"),
    "commute": ("commut*", "traffic", "train was late", "delayed train", "missed the train",
                "missed the bus"),
    # money and home
    "money": ("money", "broke", "finances", "financial*", "afford", "can't afford",
              "cost of living", "expenses", "savings", "budget", "payday"),
    "rent": ("rent", "rental", "rent increase"),
    "bills": ("bill", "bills", "invoice*", "payment*", "utilities", "energy bill*"),
    "debt": ("debt*", "loan*", "overdraft*", "credit card*", "mortgage*", "arrears"),
    "taxes": ("tax", "taxes", "tax return"),
    "landlord": ("landlord*", "eviction", "evicted", "lease", "tenancy"),
    "moving house": ("moving house", "move house", "moving out", "packing boxes", "relocat*"),
    "paperwork": ("paperwork", "bureaucra*", "visa", "visas", "forms", "admin"),
    "chores": ("chores", "housework", "laundry", "dishes"),
    "noise": ("noise", "noisy", "neighbour*", "neighbor*"),
    # people
    "argument": ("argument*", "argu*", "fight", "fights", "fought", "quarrel*",
                 "disagreement*", "conflict*", "clash*", "row with"),
    "breakup": ("break up", "broke up", "breakup*", "divorce*", "separation", "split up"),
    "criticism": ("critici*", "criticis*", "complained about me", "told off"),
    "rejection": ("reject*", "turned down", "ghosted"),
    "family": ("~family drama", "family row", "family argument*", "in laws", "in-laws"),
    "childcare": ("childcare", "nursery", "babysitter", "school run"),
    "caregiving": ("caring for", "carer", "care home"),
    # body and health
    "insomnia": ("insomnia", "sleepless*", "can't sleep", "couldn't sleep", "didn't sleep",
                 "no sleep", "awake all night", "up all night", "barely slept", "hardly slept",
                 "tossing and turning", "nightmare*", "woke up at"),
    "exhaustion": ("exhausted", "exhaustion", "burnout", "burn out", "burned out", "burnt out",
                   "fatigue*", "running on fumes", "no energy"),
    "pain": ("pain", "painful", "ache", "aches", "aching", "back pain", "sore"),
    "headache": ("headache*", "migraine*"),
    "illness": ("ill", "illness", "~sick", "flu", "covid", "fever", "infection*", "symptom*",
                "diagnos*", "health scare"),
    "doctor": ("doctor*", "hospital*", "clinic", "gp", "dentist*", "appointment*",
               "test results", "blood test*", "scan results"),
    "hangover": ("hangover*", "hungover", "drank too much", "too much wine"),
    "funeral": ("funeral*", "passed away", "died", "death"),
    # world and screens
    "news": ("the news", "news"),
    "social media": ("social media", "doomscroll*", "notification*", "instagram", "tiktok",
                     "twitter"),
}  # fmt: skip

_STOP_TEXT: Final = """
    a about above after again against all also am an and any are as at be because been
    before being below between both by can could did do does doing done down during each
    even ever every few for from further get gets getting got had has have having he her
    here hers herself him himself his how i i'd i'll i'm i've if in into is it it's its
    itself just let like made make makes many may me might mine more most much must my
    myself near need new next now of off on once one only or other our ours ourselves out
    over own really same she should so some still such than that that's the their theirs
    them themselves then there these they this those though through to today tonight too
    under until up upon us very was we were what when where which while who whom why will
    with would yet you your yours yourself yourselves feel feels feeling felt think thought
    know knew went go going gone say said says tell told thing things something anything
    everything someone anyone everyone day days time times way week weeks month year years
    morning evening afternoon night yesterday tomorrow lot bit kind sort maybe probably
    again back around keep kept try tried want wanted seem seemed seems quite rather enough
    almost always often sometimes usually since ago another same else put take took come
    came see saw look looked give gave actually literally basically stop help okay ok oh
    yeah well though although whether either
"""
STOP_WORDS: Final = frozenset(_STOP_TEXT.split())

_IRREGULAR: Final = {
    "children": "child", "people": "person", "men": "man", "women": "woman", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "lives": "life", "wives": "wife", "knives": "knife",
}  # fmt: skip
_KEEP_S: Final = ("ss", "us", "is", "os", "ys", "news", "series", "species")

_STRESSORS = PatternLexicon(STRESSORS)


def lemma(word: str) -> str:
    """Light, rule-based singular form: "worries" → "worry", "meetings" → "meeting"."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.endswith("s") or word.endswith(_KEEP_S):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    return word[:-1]


def _negated(tokens: list[str], i: int) -> bool:
    for back in range(1, NEGATION_WINDOW + 1):
        j = i - back
        if j < 0 or tokens[j] == BREAK:
            return False
        if is_negator(tokens[j]):
            return True
    return False


def _is_content(token: str, feeling_word: Callable[[str], bool]) -> bool:
    return (
        len(token) >= 3
        and token.isalpha()
        and token not in STOP_WORDS
        and not is_negator(token)
        and not (token.endswith("ed") and len(token) > 4)
        and not feeling_word(token)
        and not is_emotion_word(token)
    )


def _add(weights: dict[str, float], key: str, weight: float) -> None:
    weights[key] = weights.get(key, 0.0) + weight


def extract(
    scored_sentences: Iterable[tuple[str, SentimentScores]],
    *,
    feeling_word: Callable[[str], bool] = lambda _w: False,
    limit: int = MAX_KEYWORDS,
) -> tuple[tuple[str, float], ...]:
    """Ranked (keyword, weight) pairs from sentences with their sentiment.

    ``feeling_word`` says whether a word is itself sentiment-laden (the analyser passes VADER's
    lexicon); such words never become n-gram keywords.
    """
    weights: dict[str, float] = {}
    for sentence, scores in scored_sentences:
        tokens = tokenize(sentence)
        negative = scores.compound <= NEGATIVE_SENTENCE
        covered: set[int] = set()
        i = 0
        while i < len(tokens):
            pattern = None if tokens[i] == BREAK else _STRESSORS.match_at(tokens, i)
            if pattern is None:
                i += 1
                continue
            span = len(pattern.tokens)
            factor = (NEGATIVE_BOOST if negative else 1.0) * (
                NEGATED_FACTOR if _negated(tokens, i) else 1.0
            )
            for keyword, weight in pattern.targets:
                _add(weights, keyword, weight * factor)
            covered.update(range(i, i + span))
            i += span
        if not negative:
            continue
        ngram_weight = NGRAM_FACTOR * abs(scores.compound)
        previous: str | None = None
        for i, tok in enumerate(tokens):
            if i in covered or not _is_content(tok, feeling_word):
                previous = None
                continue
            word = lemma(tok)
            _add(weights, word, ngram_weight)
            if previous is not None:
                _add(weights, f"{previous} {word}", ngram_weight)
            previous = word
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple((k, round(w, 3)) for k, w in ranked[:limit] if w > 0)
