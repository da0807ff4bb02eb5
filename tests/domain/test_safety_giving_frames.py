"""A thing handed on for good reads as giving away, whatever the thing, in six languages.

The frame has two parts: the writer hands a thing on (gave, left, signed over, took round), and
something makes it final (theirs for good, for keeps, forever; asked when they want it back,
they said never; they are done with all of it). Look-alikes it must leave alone: a loan, a
plain present, a sale, a habit or a job given up for good, a notice given, things handed on
before a move, someone else's giving.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category

GIVEN_FOR_GOOD = [
    "Handed my climbing rope and harness to the lad at the wall for good.",
    "Gave my cello to my niece, told her it's for keeps.",
    "Dropped the rabbit round to my aunt's and told her to keep him forever.",
    "Left my camera and lenses to Priya. She asked when I'd want them back and I just said never.",
    "Signed the boat over to my cousin. I'm done with all of it.",
    "Mein Kanu hab ich dem Nachbarsjungen geschenkt, für immer.",
    "Die Kamera hab ich Jan gegeben. Er fragt, wann ich sie zurückwill. Nie, hab ich gesagt.",
    "Le regalé mi cámara a mi sobrino, es suya para siempre.",
    "Le dejé el loro a mi vecina. Me pregunta cuándo lo recojo. Nunca, le dije.",
    "J'ai laissé ma guitare à mon filleul, à garder pour toujours.",
    "J'ai donné mon vélo au fils des voisins, c'est définitif.",
    "Ho lasciato la mia chitarra a mio cugino, tienila tu, gli ho detto.",
    "Ho dato la mia macchina fotografica a mia nipote, per sempre.",
    "Deixei a minha prancha com o meu primo, falei que é pra sempre.",
    "Dec from next door has my drum kit now, told him it's his for keeps.",
    # a list of who gets what
    "Wrote down who gets what and left it under the clock. Tools to Ray, books to Ann.",
    "Made a list of who should have my paintings and put it in the bureau.",
    "Hab notiert, wer meine Bücher und die Uhr bekommen soll. Liegt im Schrank.",
    "Anoté quién se queda con mi reloj y mis discos, está en la mesilla.",
    "J'ai écrit qui aura ma montre et mes livres, c'est dans le tiroir.",
    "Ho scritto chi prende la mia chitarra e i dischi, il foglio è in cucina.",
    "Escrevi quem fica com o meu relógio e os discos, está na gaveta.",
    "Dei a minha câmara ao meu afilhado. Ele pergunta quando quero de volta. Nunca, eu disse.",
]

NOT_GIVING = [
    "Made a list of who gets what for secret santa at work.",
    "Wrote down who gets which room at the cottage for the weekend.",
    "Noted who gets picked up first from school on Tuesdays.",
    "We sorted out who gets the sofa and who gets the telly in the divorce.",
    "Hab aufgeschrieben, wer im Urlaub die Blumen gießt und wer die Katze bekommt.",
    "Anoté quién se queda con qué regalo para el amigo invisible.",
    "Lent my guitar to Sam for the gig on Saturday.",
    "Mum got my letter and says she'll keep it forever.",
    "Went to my sister's for good food and a long chat.",
    "Gave the kids a treat for good behaviour.",
    "Took the dog to the vet for good measure, he's fine.",
    "Gave my nephew my old bike, he's thrilled.",
    "Gave up smoking for good this year and I feel great.",
    "Gave my notice at work and said goodbye to the team for good.",
    "Left the band for good after the tour, no hard feelings.",
    "Sold my bike for good money on Marketplace.",
    "Gave the neighbour some tomatoes for good luck with the new baby.",
    "Gave my plants to the neighbours, we're moving to Spain for good, no balcony there.",
    "J'ai laissé tomber le club pour de bon, trop de disputes.",
    "Mein Bruder hat seine Gitarre verschenkt, für immer, sagt er.",
    # a habit or a job left "forever" is no thing handed on, in any language's older frame too
    "Dejé de fumar para siempre, ya van tres meses.",
    "Deixei de beber pra sempre, estou orgulhoso.",
    "Ho lasciato il lavoro in banca per sempre, finalmente.",
    "J'ai laissé tomber le club pour toujours, trop de disputes.",
]


@pytest.mark.parametrize("text", GIVEN_FOR_GOOD)
def test_a_thing_handed_on_for_good_is_giving_away(text: str) -> None:
    result = assess_phrases(text)
    assert result.flagged, text
    assert Category.GIVING_AWAY in result.categories, text


@pytest.mark.parametrize("text", NOT_GIVING)
def test_loans_presents_habits_and_moves_are_left_alone(text: str) -> None:
    assert not assess_phrases(text).flagged, text
