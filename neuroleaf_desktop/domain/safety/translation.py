"""The second look for entries in other languages: read the sentences the rules pass over in
English, and what a finding there may say.

Why: the phrase rules of German, French, Spanish, Portuguese and Italian catch the wordings
they were written for but generalise poorly to new ones (on an untuned German/French batch,
warning-sign recall 0.12), and the MiniLM classifier that catches English paraphrases reads
English only. A local language model translating those sentences lets the English detector
(rules and classifier) read them: on the same batch warning-sign recall rose to 0.59
(``benchmarks/bench_safety_translate.py``). Translation is costly (seconds a sentence) and can
be wrong, so it is a second look only:

- only sentences guessed to be in one of those languages, where the native rules found
  nothing *and* judged nothing negated, figurative, everyday or about someone else (such a
  judgement is a decision, not a miss: the same gate as the semantic layer);
- at most ``MAX_TRANSLATED_SENTENCES`` of them, in order (a warning in a long entry is
  usually not its fortieth sentence; the rules still read all of it);
- a finding can only raise "none" to "concern", never to "urgent": the words the person
  wrote did not match, a model's reading of them did.

The translation is journal content: it lives in memory for one check, is never kept in the
assessment, never logged, never written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.detector import SafetyDetector, assess_phrases
from neuroleaf_desktop.domain.safety.language import guess_language
from neuroleaf_desktop.domain.safety.result import (
    SafetyAssessment,
    SemanticClassifier,
    SemanticScorer,
    Severity,
)

#: ``(sentence, language code) -> the sentence in English``; implemented in ``ai/``.
Translator = Callable[[str, str], str]

TRANSLATED_LANGUAGES = frozenset({"de", "es", "fr", "it", "pt"})
MAX_TRANSLATED_SENTENCES = 12
READ_IN_ENGLISH = (
    "read in English by the local language model, the wording is close to known warning signs"
)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")


def sentences_to_translate(text: str) -> list[tuple[str, str]]:
    """The sentences worth a second look, each with its guessed language (see the module)."""
    whole = guess_language(text)
    chosen: list[tuple[str, str]] = []
    for part in _SENTENCE.split(text):
        sentence = part.strip()
        if len(sentence) <= 3:
            continue
        lang = guess_language(sentence) or whole  # a short sentence gives little away
        if lang not in TRANSLATED_LANGUAGES:
            continue
        native = assess_phrases(sentence)
        if native.flagged or native.ignored_spans or native.about_others:
            continue
        chosen.append((sentence, lang))
        if len(chosen) == MAX_TRANSLATED_SENTENCES:
            break
    return chosen


def found_in_translation(native: SafetyAssessment, english: SafetyAssessment) -> SafetyAssessment:
    """A "concern" flag for a sign the English detector found in a translated sentence.

    The English words and spans are dropped: they are not the person's words, and the
    reasons are shown to the person, so they name the category only.
    """
    category = english.category or Category.SEMANTIC
    return SafetyAssessment(
        flagged=True,
        severity=Severity.CONCERN,
        reasons=[f"{category}: {READ_IN_ENGLISH}"],
        matched_spans=[],
        ignored_spans=list(native.ignored_spans),
        about_others=native.about_others,
        semantic_score=english.semantic_score,
        semantic_category=category,
        translated=True,
    )


def read_in_english(
    text: str,
    native: SafetyAssessment,
    translate: Translator,
    scorer: SemanticScorer | SemanticClassifier | None = None,
) -> SafetyAssessment:
    """``native`` (the usual assessment of ``text``), or a flag found in translation.

    Stops at the first translated sentence the English detector flags. A translator that
    raises lets the exception through: the caller decides (the app keeps ``native``).
    """
    if native.flagged:
        return native
    detector = SafetyDetector(semantic_scorer=scorer)
    for sentence, lang in sentences_to_translate(text):
        english = detector.assess(translate(sentence, lang))
        if english.flagged:
            return found_in_translation(native, english)
    return native
