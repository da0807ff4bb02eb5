"""``analyse(title, body)``: the one call the services make to analyse an entry.

``ANALYSER_NAME`` and ``ANALYSER_VERSION`` are stored with every result. Bump the version
whenever a change here (or in the lexicons, or VADER's version) would change a score: the
analysis service then re-runs old results in the background (``reanalyse_outdated``), so
charts never mix two scoring schemes.
"""

from __future__ import annotations

import hashlib
from typing import Final

from neuroleaf_desktop.domain.analysis.emotions import score_emotions
from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.domain.analysis.sentiment import (
    aggregate,
    score_sentences,
    sentiment_lexicon,
    split_sentences,
)
from neuroleaf_desktop.domain.analysis.stress_keywords import extract

ANALYSER_NAME: Final = "nl-lexicon"
ANALYSER_VERSION: Final = 1


def content_hash(title: str, body: str) -> str:
    """sha256 of the analysed text (title, unit separator, body): detects stale analyses.

    The separator keeps ("ab", "c") and ("a", "bc") apart. Hex digest, lower-case.
    """
    return hashlib.sha256(f"{title}\x1f{body}".encode()).hexdigest()


def analyse(title: str, body: str) -> EntryAnalysis:
    """Sentiment, emotions and stress keywords of one entry. Pure and deterministic.

    The title is read as a sentence of its own, before the body. Empty text gives a neutral
    sentiment, all-zero emotions and no keywords (never an error).
    """
    text = f"{title}\n{body}" if title.strip() else body
    scored = score_sentences(split_sentences(text))
    lexicon = sentiment_lexicon()
    return EntryAnalysis(
        analyser=ANALYSER_NAME,
        analyser_version=ANALYSER_VERSION,
        sentiment=aggregate((len(s.split()), sc) for s, sc in scored),
        emotions=score_emotions(text),
        stress_keywords=extract(scored, feeling_word=lexicon.__contains__),
        content_hash=content_hash(title, body),
        word_count=len(text.split()),
    )
