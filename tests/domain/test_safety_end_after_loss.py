"""A bare "end it" with a time, said beside a loss or hopelessness, is a plan; an ending of a
thing named, of a relationship, of a meeting or a game is not. Both ways, six languages.

``rules_end_after_loss`` reads someone died, left or walked out ("since she left me", "seit
meine Frau tot ist", "desde que murió mi mujer", "my wife died in March") or hopelessness, in
the same sentence or the one before, then the ending told with a time: tonight, soon, tomorrow,
a weekday, this or next week or weekend, in either order. The bare form with no such context
("I'll end it on Friday") is read too now, by ``rules_end_bare_time``
(``test_safety_end_bare_time``).

The sentences are written anew for this test, not copied from any labelled batch.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from tests.support.safety_categories import PM
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

PLANS = [
    "Ever since my wife died I will end it soon.",
    "Since she left me I'll end it on Friday.",
    "Since I lost my son there's nothing left, I'll end it soon.",
    "My wife died in March. I'll end it next week.",
    "what's the point any more. i'm gonna end it this weekend",
    "Seit meine Frau tot ist, mach ich am Freitag Schluss.",
    "Seit er weg ist, am Wochenende mach ich Schluss.",
    "Meine Mutter ist gestorben. Ich mach bald Schluss.",
    "Depuis qu'elle est partie, j'en finirai ce week-end.",
    "Ma femme est morte. J'en finirai vendredi.",
    "Desde que murió mi mujer, lo termino el viernes.",
    "Desde que se fue, el viernes lo termino.",
    "Desde que ele me deixou, acabo com tudo na sexta.",
    "A minha mulher morreu. Vou acabar com tudo este fim de semana.",
    "Da quando è morta mia moglie, la faccio finita venerdì.",
    "Mio marito mi ha lasciata. La faccio finita stanotte.",
]

NOT_PLANS = [
    # "it" a thing named before
    "The lease is a nightmare, I'll end it on Friday.",
    "The gym contract — I'll end it soon.",
    "Since my dad died the gym contract is pointless, I'll end it on Friday.",
    "My wife died in March. The lease is hers, I'll end it on Friday.",
    "Seit Oma tot ist, ist der Mietvertrag sinnlos, am Freitag mach ich Schluss.",
    "Desde que se fue mi socio, el contrato no sirve, lo termino el viernes.",
    # a break-up, with the partner still there
    "I'll end it with him on Friday.",
    "I don't love her, I'll end it soon.",
    # a meeting or a call, a game or a series
    "Since Sam left the meeting drags, I'll end it early on Friday.",
    "My dad died. The call went on forever so I'll end it early on Friday.",
    "Since she left the team the game's a bore, I'll end it on Sunday.",
    "Since the series lost its writer I'll end it next week.",
    # an ending with something named
    "Seit er weg ist, mach ich am Freitag Schluss mit dem Rauchen.",
]


@pytest.mark.parametrize("text", PLANS)
def test_ending_with_a_time_beside_a_loss_is_a_plan(text: str) -> None:
    assert_flagged_as(text, PM)


@pytest.mark.parametrize("text", NOT_PLANS)
def test_ending_of_a_thing_or_a_relationship_is_not(text: str) -> None:
    assert_not_flagged(text)


def test_loss_plan_is_urgent() -> None:
    result = assess_phrases("Since she left me I'll end it on Friday.")
    assert result.severity.value == "urgent"
