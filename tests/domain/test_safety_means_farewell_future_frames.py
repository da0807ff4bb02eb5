"""Three frames read by their parts, whatever the thing, place or image, in six languages.

* A store of tablets: the tablets, the act of keeping them back (saved, squirrelled away,
  hidden, "heb ich auf", "guardados") and where they went (a tin of something else, an esky,
  the cellar, the attic). Left alone: tablets kept where medicine belongs or for a reason, a
  box of tablets as it came, a biscuit tin hidden from the children.
* A message for after: a letter, an envelope or a recording, and "for after" closing its
  clause. Left alone: a note for after school, a letter read later, a card for a party.
* The writer's own future closed: my future is closed / over, the future is over for me.
  Left alone: a future in a job or a place, someone else's or a thing's future, a future
  hung on an exam, a future that looks bright.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.detector import respelt
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_farewell_frames import RULES as FAREWELL_RULES
from neuroleaf_desktop.domain.safety.rules_future_frames import RULES as FUTURE_RULES
from neuroleaf_desktop.domain.safety.rules_means_frames import RULES as MEANS_RULES

TABLETS_STORED = [
    "Been hoarding my sleeping tablets in an old coffee tin in the shed.",
    "I've been squirrelling my nan's painkillers away in a shoebox at the back of the wardrobe.",
    "Kept back all my sleeping pills, they're in a cake tin up in the loft.",
    "Seit Wochen heb ich die Schlaftabletten auf, in einer Keksdose hinten im Keller.",
    "Ich hab die Tabletten gesammelt, sie liegen in einer Schuhschachtel.",
    "Voy escondiendo las pastillas en una lata de galletas detrás de los platos.",
    "Tengo las pastillas guardadas en el desván, dentro de una caja de zapatos.",
    "Je planque mes somnifères dans une boîte de thé au grenier.",
    "Sto nascondendo le pastiglie in una scatola di biscotti in cantina.",
    "Tenho uns comprimidos guardados numa lata de bolachas no sótão.",
]

TABLETS_NOT_STORED = [
    "I keep all my tablets in a pill box by the kettle so I don't forget them.",
    "Hid the biscuit tin in the loft so the kids stop raiding it.",
    "I've been saving my heart pills in a little tin for the trip to Spain.",
    "Keeping the dog's tablets in a jar in the shed.",
    "I keep a box of tablets in my drawer by the bed.",
    "I keep my spare inhaler and pills in the glovebox for emergencies.",
    "Been keeping my pills in an old sweet tin on the top shelf.",
    "Die Tabletten hebe ich in der Pillendose auf.",
    "Guardo os remédios numa caixa na gaveta da cozinha.",
    "Guardo una caja de pastillas en el cajón.",
    "Je garde une boîte de comprimés dans mon sac.",
    "Ho nascosto i biscotti in una scatola in cantina.",
]

MESSAGE_FOR_AFTER = [
    "Put a sealed envelope for each of my sons behind the clock on the mantel, to be opened after.",
    "Recorded a voice memo for my wife and left it on the laptop, for after.",
    "Die Briefe an meine Eltern liegen in der Bibel, für hinterher.",
    "Dejé una carta para mi hermana dentro del libro de cocina, para después.",
    "J'ai glissé une lettre pour ma fille sous la nappe, pour après.",
    "Ho lasciato una lettera per mia madre nel messale, per dopo.",
    "Deixei cartas pros meus filhos dentro do caderno de receitas, pra depois.",
]

MESSAGE_NOT_FOR_AFTER = [
    "Left a note for after school on the fridge.",
    "I wrote a letter to my future self, to be opened after graduation.",
    "Die Briefe liegen im Schrank, für später.",
    "Deixei a carta na mesa pra depois do almoço.",
    "Wrote a letter to the council, will post it after.",
    "Recorded a video message for grandpa, to be watched after dinner.",
    "Left a card in the drawer for after the party.",
]

OWN_FUTURE_CLOSED = [
    "My future is closed like a door.",
    "Meine Zukunft ist vorbei, da kommt nichts mehr.",
    "Mi futuro se acabó, ya no espero nada.",
    "Mon avenir est fermé, je ne vois plus rien.",
    "Il mio futuro è finito, non c'è altro.",
    "Não há nada à minha espera, o futuro acabou para mim.",
]

FUTURE_NOT_CLOSED = [
    "My future at this company is over.",
    "My future is over if I fail this exam.",
    "The future is over for my old car.",
    "There's no future in this job for me.",
    "O futuro acabou para o meu carro velho.",
    "Il mio futuro in questa squadra è finito.",
    "Mon avenir dans cette boîte est fini.",
    "My future is finally looking bright.",
    "My sister says her future is over since the breakup.",
]


def _frame_hits(rules: tuple[Rule, ...], text: str) -> bool:
    """The frame alone, on the text as the detector reads it (other rules may still flag)."""
    norm = respelt(text)[0]
    return any(rule.pattern.search(norm) for rule in rules)


@pytest.mark.parametrize("text", TABLETS_STORED)
def test_a_store_of_tablets_in_a_place_not_for_medicine_is_getting_the_means(text: str) -> None:
    result = assess_phrases(text)
    assert result.flagged
    assert Category.GETTING_MEANS in result.categories


@pytest.mark.parametrize("text", TABLETS_NOT_STORED)
def test_tablets_kept_where_they_belong_or_for_a_reason_are_no_store(text: str) -> None:
    assert not _frame_hits(MEANS_RULES, text)


@pytest.mark.parametrize("text", MESSAGE_FOR_AFTER)
def test_a_message_left_for_after_is_a_goodbye(text: str) -> None:
    result = assess_phrases(text)
    assert result.flagged
    assert Category.GOODBYES in result.categories


@pytest.mark.parametrize("text", MESSAGE_NOT_FOR_AFTER)
def test_a_message_for_after_something_named_or_for_later_is_no_goodbye(text: str) -> None:
    assert not _frame_hits(FAREWELL_RULES, text)


@pytest.mark.parametrize("text", OWN_FUTURE_CLOSED)
def test_the_writers_own_future_closed_is_no_future(text: str) -> None:
    result = assess_phrases(text)
    assert result.flagged
    assert Category.NO_FUTURE in result.categories


@pytest.mark.parametrize("text", FUTURE_NOT_CLOSED)
def test_a_future_in_a_job_a_things_or_hung_on_an_exam_is_not_flagged(text: str) -> None:
    assert not _frame_hits(FUTURE_RULES, text)
