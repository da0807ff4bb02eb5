"""A means bought with an ordinary purpose, and a second purpose on the same purchase that
names the end: the everyday purpose does not clear what the purchase is said to be for.

Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.means_purposes import names_an_end


@pytest.mark.parametrize(
    "text",
    [
        "Bought rope for the tent so I can end it.",
        "Got charcoal for the barbecue so I can finally die.",
        "Picked up a rope for the tarp so that I can end it all this weekend.",
        "Compré una cuerda para la carpa y así acabar con todo.",
        "Comprei uma corda pra barraca pra acabar com tudo.",
        "Ich habe ein Seil für das Zelt gekauft, damit ich Schluss machen kann.",
        "Ich habe ein Seil für das Zelt gekauft, um Schluss zu machen.",
        "J'ai acheté une corde pour la bâche pour en finir.",
        "Ho comprato una corda per la tenda per farla finita.",
    ],
)
def test_a_purpose_naming_the_end_keeps_the_purchase_a_sign(text: str) -> None:
    assert assess_phrases(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "Bought rope for the tent so I can end the trip early.",
        "Bought rope for the tent so I can end the season with a camp.",
        "Got charcoal for the barbecue so I can end the party with a bang.",
        "Compré una cuerda para la carpa para acabar la temporada de camping.",
        "Comprei uma corda pra barraca pra acabar a temporada de camping.",
        "Ich habe ein Seil für das Zelt gekauft, um die Saison abzuschließen.",
        "Ho comprato una corda per la tenda per finire il campeggio.",
    ],
)
def test_an_ordinary_end_after_the_purpose_stays_ordinary(text: str) -> None:
    assert not assess_phrases(text).flagged, text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("bought rope for the tent so i can end it.", True),
        ("bought rope for the tent so i can end it early.", False),
        ("compre una cuerda para la carpa y asi acabar con todo.", True),
        ("compre una cuerda para la carpa y asi acabar la obra.", False),
        ("ich habe ein seil fur das zelt gekauft, damit ich schluss machen kann.", True),
        ("ich habe ein seil fur das zelt gekauft, damit ich es festmachen kann.", False),
        ("j'ai achete une corde pour la tente pour en finir avec la vie.", True),
        ("j'ai achete une corde pour la tente pour en finir avec le carrelage.", False),
    ],
)
def test_the_purpose_clause_is_read_with_its_own_object(sentence: str, expected: bool) -> None:
    assert names_an_end(sentence) is expected, sentence
