"""Trapped pain read by three frames from one vocabulary: the pain, the other names of a
captor, and a way out denied (``trapped_words``). A way out denied in one frame's words is
known to the others; a sorrow or a room is never an exit denied beside a pain.

Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_en_pain_captor import RULES as CAPTOR
from neuroleaf_desktop.domain.safety.rules_intl_pain_holds import RULES as HOLDS


def _readers(rules: tuple[Rule, ...], text: str) -> list[str]:
    folded = normalize(text, fold=True)[0]
    return [r.name for r in rules if r.pattern.search(folded)]


@pytest.mark.parametrize(
    ("text", "reader"),
    [
        # the exit denied in the cross-language frame's words, read by the pain that holds
        ("La sofferenza non mi molla e non c'è via d'uscita.", "it_pain_holds_shut_in"),
        ("Der Kummer lässt mich nicht los und ich sehe keinen Ausweg.", "de_pain_holds_shut_in"),
        ("A dor não me larga e não há saída nenhuma.", "pt_pain_holds_shut_in"),
        # … and by the pain as a locked place
        (
            "This grief is a cellar and I can't find a key anywhere.",
            "en_captor_pain_a_locked_place",
        ),
        ("My suffering is a pit and I've thrown away the key.", "en_captor_pain_a_locked_place"),
    ],
)
def test_a_way_out_denied_is_known_to_every_trapped_frame(text: str, reader: str) -> None:
    assert reader in _readers(CAPTOR + HOLDS, text), text
    result = assess_phrases(text)
    assert result.flagged and result.category is Category.TRAPPED_PAIN, text


@pytest.mark.parametrize(
    "text",
    [
        # a dark room, a bad day: a sorrow's word is never the pain an exit is denied beside
        "The hallway was dark and there was no door at the end of it.",
        "Sto male oggi, e non trovo l'uscita del parcheggio.",
        # a body's pain and a real door
        "My knee pain is a prison some mornings, no key for it but ibuprofen.",
        "La douleur au genou me lâche pas, mais je trouve la sortie du parking.",
    ],
)
def test_a_sorrow_or_a_room_is_not_an_exit_denied(text: str) -> None:
    assert not assess_phrases(text).flagged, text
