"""Look-alikes of the act, of means and of no future that are ordinary speech.

"acabar comigo / conmigo" after a third person's verb is a thing or a person finishing the
writer off or leaving them ("esse calor vai acabar comigo"), not the writer's act. Tablets
packed for a trip or named by a cough are a traveller's kit, unless the trip is a last one or
one with no return. A future said to be over if a test goes badly is a worry about the test.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases


@pytest.mark.parametrize(
    "text",
    [
        "Esse calor vai acabar comigo.",
        "Esta planilla de Excel va a acabar conmigo.",
        "Ella va a acabar conmigo, lo sé.",
        "Guardé las pastillas de la tos en una caja para el viaje.",
        "Juntei os comprimidos para a viagem.",
        "Meine Zukunft ist vorbei, wenn ich die Prüfung nicht schaffe.",
        "Il mio futuro è finito se non passo l'esame.",
        "Mi futuro se acabó si no apruebo el examen.",
        "Il mio futuro da calciatore è finito.",
    ],
)
def test_ordinary_speech_is_not_flagged(text: str) -> None:
    assert not assess_phrases(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "Vou acabar comigo.",
        "Quiero acabar conmigo mismo.",
        "Guardé las pastillas para el último viaje.",
        "Estoy juntando pastillas para el viaje sin vuelta.",
        "Meine Zukunft ist vorbei.",
        "Il mio futuro è finito.",
        "Mi futuro se acabó.",
    ],
)
def test_the_sign_itself_still_flags(text: str) -> None:
    assert assess_phrases(text).flagged
