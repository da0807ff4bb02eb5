"""Entry analysis: sentiment, emotions and stress keywords, computed locally from the text.

Pure functions over strings (no I/O, no clock). ``analyzer.analyse`` is the one entry point the
services use; the submodules are public so tests and later features can use each part alone.
Importing this package is cheap: VADER is loaded on the first call that needs it.
"""

from neuroleaf_desktop.domain.analysis.models import EntryAnalysis, SentimentScores

__all__ = ["EntryAnalysis", "SentimentScores"]
