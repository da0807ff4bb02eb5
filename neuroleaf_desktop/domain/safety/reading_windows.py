"""Which stretches of a text each language's rules read.

Why: a journal entry is read whole by every rule, but a long import (a 200 KB diary) would be
read by the ~300 rules of five languages it is not written in. A long text is cut into
sentences, and each sentence is read only by the rules of the languages whose common words it
holds (``language.languages_in``), or, for a short one, whose rules spell one of its words.
The detector (``detector.assess_phrases``) asks for the windows once per text.
"""

from __future__ import annotations

import functools
import itertools
import re

from neuroleaf_desktop.domain.safety import context
from neuroleaf_desktop.domain.safety.language import languages_in
from neuroleaf_desktop.domain.safety.rule_registry import ALL_RULES

#: Texts longer than this are read sentence by sentence, and each sentence only by the rules of
#: the languages whose common words it contains (all six when it contains none): a 200 KB
#: English import is not read by the ~300 rules of the five other languages. Shorter texts
#: (nearly every journal entry) are read whole by every rule.
LONG_TEXT = 5000
RULE_LANGUAGES = ("en", "es", "de", "fr", "pt", "it")
SHORT_SENTENCE = 80


LITERAL = re.compile(r"(?<![\\?])\\b([a-z]{4,})|(?:^|[|(:])([a-z]{4,})")
STEM = 4


@functools.cache
def rule_stems() -> dict[str, frozenset[str]]:
    """Per language, the first letters of the words its rules spell out ("quer", "mata")."""
    stems: dict[str, set[str]] = {lang: set() for lang in RULE_LANGUAGES}
    for rule in ALL_RULES:
        # ``findall`` hands back both groups at once: ~2,800 expressions of ~500 characters
        # are read here on an import's first call, and a match object per word costs more.
        stems[rule.lang].update(
            (bare or first)[:STEM] for bare, first in LITERAL.findall(rule.source)
        )
    # Stems English rules share ("toda" of "today") would send English prose to every language.
    english = stems["en"]
    return {
        lang: frozenset(found if lang == "en" else found - english) for lang, found in stems.items()
    }


def rule_word_languages(sentence: str) -> frozenset[str]:
    words = {w[:STEM] for w in re.findall(r"[a-z]{4,}", sentence)}
    return frozenset(lang for lang, stems in rule_stems().items() if words & stems)


def windows(norm: str) -> dict[str, list[tuple[int, int]]]:
    """Per rule language, the stretches of ``norm`` its rules read."""
    if len(norm) <= LONG_TEXT:
        whole = [(0, len(norm))]
        return dict.fromkeys(RULE_LANGUAGES, whole)
    bounds = [0, *context.boundaries(context.SENTENCE_BREAK, norm), len(norm)]
    windows: dict[str, list[tuple[int, int]]] = {lang: [] for lang in RULE_LANGUAGES}
    for start, end in itertools.pairwise(bounds):
        if start >= end:
            continue
        sentence = norm[start:end]
        # A short sentence has too few common words to tell its language: it is also read by
        # every language whose rules contain one of its words (by their first letters). One
        # with no common word of any language is read by every language (below): a rule word
        # it shares with one language must not narrow it to that one ("jveux crever", whose
        # "crev" an English rule's "crevasse" also spells).
        langs = languages_in(sentence)
        if langs and len(sentence) < SHORT_SENTENCE:
            langs |= rule_word_languages(sentence)
        for lang in langs or RULE_LANGUAGES:
            spans = windows[lang]
            if spans and spans[-1][1] == start:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return windows


def finditer(
    pattern: re.Pattern[str], norm: str, windows: list[tuple[int, int]]
) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    for start, end in windows:
        found.extend(pattern.finditer(norm, start, end))
    return found
