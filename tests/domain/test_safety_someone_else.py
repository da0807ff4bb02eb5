"""A flag the semantic layer raised alone is withdrawn for an entry wholly about someone else.

The entry opens on a named third person ("my sister", "she", "mein Freund", "la mia amica") and
that clause holds no first-person word and no conditional; the rest, the writer's part, tells
what the writer did about it and carries no dark word and no conditional of its own. Entries
where the writer is the sufferer ("my wife works two jobs because of me"), where people in
general are named, or where the writer's part turns dark keep the classifier's flag.

Every sentence here was written for this file; a scorer that flags everything stands in for the
classifier, so only the withdrawal is under test.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import SafetyDetector
from neuroleaf_desktop.domain.safety.detector import respelt
from neuroleaf_desktop.domain.safety.language import guess_language
from neuroleaf_desktop.domain.safety.someone_else import about_someone_else


def _always(text: str) -> float:
    return 1.0


DETECTOR = SafetyDetector(semantic_scorer=_always, semantic_threshold=0.5)


def _about_else(text: str) -> bool:
    return about_someone_else(respelt(text)[0], guess_language(text))


@pytest.mark.parametrize(
    "text",
    [
        "My brother keeps saying he feels like a weight on everyone, I drove over to see him.",
        "She told me she cuts her arms again, I've rung her mum.",
        "My best friend says he is a burden to his family, we talked until three.",
    ],
)
def test_an_english_entry_about_someone_else_is_withdrawn(text: str) -> None:
    assert _about_else(text), text
    result = DETECTOR.assess(text)
    assert not result.flagged and result.about_others, text


@pytest.mark.parametrize(
    "text",
    [
        "Mein Freund schneidet sich wieder, ich hab's gestern gesehen und seine Mutter angerufen.",
        "Mi hermana se corta otra vez, se lo conté a mamá esta noche.",
        "La mia amica si taglia di nuovo, l'ho detto alla sua professoressa.",
        "O meu irmão anda a cortar-se, contei ao nosso pai ontem.",
    ],
)
def test_an_entry_about_someone_else_is_read_so_in_five_languages(text: str) -> None:
    assert _about_else(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the writer is the sufferer, or the burden's other half
        "My wife works two jobs because of me. It'd be kinder to everyone if I was gone.",
        "Dad's carrying the farm and my hospital bills. He'd be further ahead without me.",
        "My daughter drives down every weekend just for me. She would have a life without me.",
        # people in general, not someone named
        "People talk about the future, for me there is none.",
        # the writer's part turns dark
        "My sister is moving to Spain, and I feel like there's no point to anything.",
        # the writer is asked about the writer
        "My son asked if I'll come to his graduation in 2028. I said yes and felt like a liar.",
        # an entry that opens on the writer
        "Gave my brother my guitar. He'll look after it.",
    ],
)
def test_the_writer_in_the_entry_keeps_the_flag(text: str) -> None:
    assert not _about_else(text), text
    assert DETECTOR.assess(text).flagged, text
