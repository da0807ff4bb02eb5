"""``analyse(title, body)``: the one call the services make to analyse an entry.

``ANALYSER_NAME`` and ``ANALYSER_VERSION`` are stored with every result. Bump the version
whenever a change here (or in the lexicons, or VADER's version) would change a score: the
analysis service then re-runs old results in the background (``reanalyse_outdated``), so
charts never mix two scoring schemes. Retraining the learned gate needs no bump: each result
also records the gate weights that read it (``EntryAnalysis.gate``) and results the present
gate did not read are re-run the same way.
"""

from __future__ import annotations

import hashlib

from neuroleaf_desktop.domain.analysis.agreement import agreeing_sentiment
from neuroleaf_desktop.domain.analysis.clauses import read_clauses
from neuroleaf_desktop.domain.analysis.entry_scores import (
    emotion_scores,
    sentiment_of,
    stress_keywords,
)
from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.domain.analysis.versions import ANALYSER_NAME as ANALYSER_NAME
from neuroleaf_desktop.domain.analysis.versions import ANALYSER_VERSION as ANALYSER_VERSION
from neuroleaf_desktop.domain.writing_prompts import without_prompt_headings


def content_hash(title: str, body: str) -> str:
    """sha256 of the analysed text (title, unit separator, body): detects stale analyses.

    The separator keeps ("ab", "c") and ("a", "bc") apart. Hex digest, lower-case.
    """
    return hashlib.sha256(f"{title}\x1f{body}".encode()).hexdigest()


def analysed_text(title: str, body: str) -> str:
    """The text the analyser reads: the title as a sentence of its own before the body, or the
    body alone when the title is blank (offsets into an entry's analysis index this). A writing
    prompt the person took as their first line is the app's question, not their words: it is
    read as blank space of its own length, so it lends the entry no tone, feeling or worry."""
    body = without_prompt_headings(body)
    return f"{title}\n{body}" if title.strip() else body


def analyse(title: str, body: str) -> EntryAnalysis:
    """Sentiment, emotions and stress keywords of one entry. Pure and deterministic.

    The title is read as a sentence of its own, before the body; ``clauses`` documents how
    the three results are derived from one clause-by-clause reading, so they agree. Empty
    text gives a neutral sentiment, all-zero emotions and no keywords (never an error).
    """
    text = analysed_text(title, body)
    clauses = read_clauses(text)
    emotions = emotion_scores(clauses)
    keywords = stress_keywords(clauses)
    return EntryAnalysis(
        analyser=ANALYSER_NAME,
        analyser_version=ANALYSER_VERSION,
        sentiment=agreeing_sentiment(sentiment_of(clauses), emotions, keywords),
        emotions=emotions,
        stress_keywords=keywords,
        content_hash=content_hash(title, body),
        word_count=len(text.split()),
    )
