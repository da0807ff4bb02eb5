"""A denied sign whose denial has just ended, and a question about a sign answered yes.

"No self-harm for two years until last night" opens with a denial, but it reports a relapse:
the writer's own act, and recent. "The nurse asked about self-harm. I said yes" names the sign
as the topic of a question and then answers it. Missing either hides a warning sign behind the
very words people use to tell it. The look-alikes must stay unflagged: a streak that still
holds (also told as "clean from" or "free" of it), an answer of no, a lesson named until today,
an errand while the writer is away.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.result import Severity

SIGNS = [
    "No self-harm for two years until last night.",
    "Three years without hurting myself and I broke it tonight.",
    "I hadn't hurt myself in months until last week.",
    "Went eleven months without cutting myself, then I relapsed on Sunday.",
    "Ich habe mich zwei Jahre lang nicht geritzt, bis gestern.",
    "Je ne me suis pas scarifiée depuis un an, jusqu'à hier soir.",
    "Não me cortei durante um ano inteiro, até ontem.",
    "Non mi sono tagliata per un anno intero, fino a ieri.",
    "The nurse asked about self-harm. I said yes, it happened last night.",
    "She asked if I'd hurt myself and I told her I had.",
    "The GP asked about self-harm. I admitted it.",
    "La enfermera me preguntó si me había hecho daño y le dije que sí.",
    "Self-harm free for a year until last night.",
    "Clean from self-harm for six months, until Sunday.",
]

NOT_SIGNS = [
    "No self-harm for two years now and I'm proud of it.",
    "No self-harm for a whole year now, until further notice ha.",
    "Eight months clean from self-harm today, so proud.",
    "Self-harm free for eight months!",
    "A year free of suicidal thoughts and I feel lighter.",
    "I never knew what self-harm really was until today's lecture.",
    "The nurse asked about self-harm. I said no, not for years.",
    "The GP asked about self-harm and I said I had been fine for years.",
    "She asked if I'd ever hurt myself and I told her I hadn't.",
    "La enfermera me preguntó si me había hecho daño y le dije que no.",
    "Feed the cat when I'm not around this weekend.",
    "Can you water the plants when I'm not around next week?",
    "Tonight's the night! Everything's ready for the party.",
]


@pytest.mark.parametrize("text", SIGNS)
def test_an_ended_denial_or_a_yes_is_a_sign(text: str) -> None:
    result = assess(text)
    assert result.flagged, text
    assert result.severity in (Severity.CONCERN, Severity.URGENT)


@pytest.mark.parametrize("text", NOT_SIGNS)
def test_a_streak_that_holds_a_no_or_an_errand_is_not(text: str) -> None:
    assert not assess(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "They'll be fine when I'm not around anymore.",
        "Who will feed the cat when I'm gone for good.",
        "Tonight's the night. Everything's ready, the letters are written.",
    ],
)
def test_the_errand_and_occasion_guards_leave_the_signs(text: str) -> None:
    assert assess(text).flagged, text
