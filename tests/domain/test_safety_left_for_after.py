"""A message left for someone to see "after" is a goodbye, whoever keeps it.

The everyday occasions clear a goodbye said at a notary's or a solicitor's (a routine will). A
recorded or written message put by for each person "for after" is no will: the keeper does not
make it ordinary. A will, or a message for after something named, stays ordinary.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases

KEPT_FOR_AFTER = (
    "Filmed a short message for each of my nephews and gave the USB to my solicitor, for after.",
    "Lasciato al notaio una lettera per ognuno dei miei figli, da aprire dopo.",
    "Grabé un vídeo para cada nieto y lo dejé en la notaría, para después.",
)
ORDINARY = (
    "Signed our wills at the solicitor's this morning, then lunch by the canal.",
    "Left a note for the babysitter for after dinner: pizza in the freezer.",
    "Wrote farewell letters to the whole team before my retirement party.",
    "Il notaio ci ha letto il testamento della nonna, poi siamo andati al bar.",
)


@pytest.mark.parametrize("text", KEPT_FOR_AFTER)
def test_a_message_kept_for_after_is_a_goodbye(text: str) -> None:
    assert assess_phrases(text).flagged


@pytest.mark.parametrize("text", ORDINARY)
def test_a_will_or_a_named_after_stays_ordinary(text: str) -> None:
    assert not assess_phrases(text).flagged
