"""One phrase read by two rules is one sign, not the combination that makes a flag urgent.

"Urgent" puts crisis lines first; a single sign puts the person's own plan first. If the same
words counted twice ("nothing to live for" is both no future and no reason to live), every
plain statement of hopelessness would be raised to urgent and the level would stop meaning
anything. A sign that carries the hopeless clause inside a further act stays a combination.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import Severity, assess

ONE_PHRASE = [
    "I have nothing to live for.",
    "I can't go on like this.",
    "Soon I won't be a problem for anyone.",
    "no reason to keep going",
    "Je n'ai plus aucune raison de vivre.",
    "Non ho nessun motivo per vivere.",
]

COMBINED = [
    "I've been giving away my stuff because I won't need it where I'm going.",
    "rehomed the cat with my mate because I won't be around to look after him",
    "I feel trapped with no way out. Nothing is ever going to change.",
    "I can't go on like this. Nothing will ever get better.",
]


@pytest.mark.parametrize("text", ONE_PHRASE)
def test_one_phrase_is_one_sign(text: str) -> None:
    result = assess(text)
    assert result.flagged
    assert result.severity is Severity.CONCERN
    assert result.escalation == ""


@pytest.mark.parametrize("text", COMBINED)
def test_a_sign_and_hopelessness_in_different_words_are_urgent(text: str) -> None:
    result = assess(text)
    assert result.severity is Severity.URGENT
    assert result.escalation == "combined"
