"""The everyday frames that withdraw a flag the semantic layer raised alone
(``everyday_plain.withdraws``), both ways, without a model: the frame and its limits.

The sentences are written for this file, not copied from any labelled set; the same frames
with the real MiniLM classifier are tested in ``tests/ai/test_safety_everyday_plain.py``.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.everyday_plain import withdraws

ORDINARY = [
    # nostalgia for a period, a place, a person
    "Sinto falta das tardes na praia de Itapuã, a gente era tão despreocupado.",
    "Mi mancano le estati a casa dei nonni in Puglia.",
    "Echo de menos los domingos en casa de mi abuela.",
    "Ich vermisse meine WG in Leipzig, da war immer was los.",
    # a wait for an appointment
    "A consulta com o dermatologista só daqui a cinco meses. Paciência.",
    "Visita dall'ortopedico tra sei mesi, intanto ghiaccio e pazienza.",
    # a named minor ailment
    "Dor de cabeça desde cedo, vou deitar no escuro e esperar passar.",
    "Raffreddore da tre giorni, una scatola di fazzoletti al giorno.",
    # a small win
    "Passei na prova de direção! Me sinto invencível.",
    "Consegnato il progetto in anticipo, mi sento inarrestabile.",
    # a relative's letters read; a household nuisance
    "Achei as fotos do meu avô numa caixa e fiquei olhando a tarde toda.",
    "Ho ritrovato le lettere di mia nonna in soffitta e le ho lette tutte.",
    "La lavatrice fa un rumore strano, domani chiamo il tecnico.",
    "Reçu la facture d'eau, trois fois plus que l'an dernier.",
    # a wish to die of boredom, said with its intensifier
    "Dans cette salle d'attente je m'ennuie tellement que je pourrais en crever.",
    # a break from social media or the phone
    "Vou tirar um tempo do Instagram, só comparação o dia inteiro.",
    "Je fais une pause des réseaux sociaux cette semaine, trop de bruit.",
    "Ich nehme mir eine Auszeit vom Handy bis Sonntag.",
    # (everyone, not everything)
    "Vou dar um tempo do TikTok, todo mundo só posta viagem.",
    # a gathering the writer will organise
    "Faz meses que não vejo a turma da faculdade, vou combinar um churrasco.",
    "Tengo que organizar una comida con los primos, hace siglos que no nos vemos.",
    "Need to book a dinner with the girls, it's been ages.",
    # a power cut
    "Faltou a energia no bairro todo, jantamos à luz de velas.",
    "Stromausfall im ganzen Viertel, wir haben Karten bei Kerzenlicht gespielt.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_everyday_frame_withdraws_a_classifier_flag(text: str) -> None:
    assert withdraws(text), text


NOT_WITHDRAWN = [
    # a holiday is no frame: the others' holidays are where "no future" is set
    "Na sexta vamos de férias pra Bahia, já comprei o protetor solar.",
    "Todos hablan de las vacaciones de agosto y yo no reservo nada.",
    # a break from everything, accounts deleted
    "Preciso dar um tempo de tudo, até das redes sociais.",
    "Deleted my socials tonight, taking a break from the phone.",
    # a last gathering; "plan to do it" is no gathering
    "Quero organizar um último jantar com todos eles.",
    "I'm planning to do it after the party on Friday.",
    # missing being alive, or a state of oneself, is not nostalgia for a place
    "Sinto falta de quando eu tinha vontade de viver.",
    "Mi manca la voglia di vivere.",
    "I miss feeling anything at all.",
    # the wait, and not knowing whether one can hold out until then
    "Consulta com o psiquiatra só daqui a quatro meses e eu não sei se aguento até lá.",
    # an ailment, and a wish not to wake
    "Dor de dente de novo, queria dormir e não acordar mais.",
    # feeling invincible on a rooftop
    "Me sinto invencível, como se pudesse pular do prédio.",
    # bored of life, not of a waiting room
    "Je m'ennuie tellement de la vie que je pourrais en crever.",
    # a note left on the fridge is not a fridge that breaks down
    "A carta para a minha irmã está em cima da geladeira.",
    # the writer's own letters, not a relative's
    "Ho riletto le mie lettere d'addio.",
    # a frame with a dark word elsewhere in the entry
    "Echo de menos Sevilla. Nadie me echaría de menos a mí.",
    # no frame at all
    "Hoje foi um dia estranho, não sei explicar.",
]


@pytest.mark.parametrize("text", NOT_WITHDRAWN)
def test_dark_word_or_no_frame_keeps_the_flag(text: str) -> None:
    assert not withdraws(text), text


def test_a_long_entry_is_never_one_frame() -> None:
    """A toothache in the first sentence does not excuse whatever the rest of an entry says."""
    text = "Dor de dente desde ontem. " + "Fui trabalhar, almocei, voltei para casa. " * 8
    assert not withdraws(text)
