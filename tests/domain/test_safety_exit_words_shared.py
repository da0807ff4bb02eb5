"""One home for the words of a way out denied: the frame of a place with no way out
(``rules_core_signs``), the frame of pain one is shut in with (``rules_core_intentions``) and
the exit frames all read ``trapped_words.EXIT_DENIED``, so a wording taught to one is read by
all. Both ways: the exits denied in each language, and a door's fittings that are no exit.

Every sentence here was written for this file.
"""

from __future__ import annotations

import re

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.detector import ALL_RULES, respelt
from neuroleaf_desktop.domain.safety.trapped_words import EXIT_DENIED


def _rule(name: str) -> re.Pattern[str]:
    return next(rule.pattern for rule in ALL_RULES if rule.name == name)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "there's no way out"),
        ("en", "can't find the door"),
        ("fr", "pas d'issue"),
        ("fr", "sans sortie"),
        ("it", "senza via d'uscita"),
        ("de", "keinen Ausweg"),
        ("es", "no hay salida"),
        ("pt", "sem saída"),
    ],
)
def test_an_exit_denied_is_read_in_each_language(lang: str, text: str) -> None:
    assert re.search(EXIT_DENIED[lang], respelt(text)[0], re.IGNORECASE), text


@pytest.mark.parametrize("text", ["no door code", "no door bell", "no door handle"])
def test_a_doors_fittings_are_no_exit(text: str) -> None:
    assert not re.search(EXIT_DENIED["en"], text, re.IGNORECASE), text


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # the place with no way out, its exit denied in the shared words
        ("fr_core_trapped", "je suis au fond d'un trou, pas d'issue"),
        ("it_core_trapped", "sono in un pozzo, senza via d'uscita"),
        # pain shut in with, its exit denied in the shared words
        ("fr_core_pain_shut_in", "cette douleur, pas d'issue"),
        ("it_core_pain_shut_in", "questo dolore, senza via d'uscita"),
        ("en_core_pain_shut_in", "this pain, there's no way out"),
    ],
)
def test_both_frames_read_the_shared_exits(name: str, text: str) -> None:
    assert _rule(name).search(respelt(text)[0]), text


@pytest.mark.parametrize(
    "text",
    [
        "Stuck in the stairwell with this pain in my back, no door code and nobody answering.",
        "The hole in the fence has no door bell lol",
        "Ich hatte Schmerzen im Knie und im Aufzug gab es keinen Ausgang, bis der Techniker kam.",
    ],
)
def test_an_everyday_door_is_not_flagged(text: str) -> None:
    assert not assess_phrases(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "Questa sofferenza mi tiene chiusa dentro, senza via d'uscita.",
        "La douleur, je suis enfermée dedans, pas d'issue.",
        "I'm in a pit, no door anywhere",
        "estoy en un pozo y no hay puerta",
    ],
)
def test_an_exit_denied_beside_a_trap_or_a_pain_flags(text: str) -> None:
    assert assess_phrases(text).flagged, text
