"""What the analyser shows for one entry, as the "both ways" rule tests compare it."""

from __future__ import annotations

from neuroleaf_desktop.domain.analysis.quality import predict


def chips(text: str) -> tuple[set[str], set[str], str]:
    """The stress categories, the emotions and the polarity the analyser gives ``text``."""
    got = predict(text)
    return set(got.stress), set(got.emotions), got.polarity
