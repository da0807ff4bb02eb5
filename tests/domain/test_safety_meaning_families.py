"""Signs read by their meaning in six languages: the writer as a weight to the others, the
others better in any words for the writer's absence, a pain that never ends, a chosen moment
with nobody there, and a clinician's question answered no in the shapes the older readings
miss. Each has look-alikes it must leave alone: a diet's weight, a bad knee, a team that plays
better without the writer, a weekend away, a surprise party planned, a question answered yes.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category


def _categories(text: str) -> set[Category]:
    return {span.category for span in assess_phrases(text).matched_spans}


A_WEIGHT = [
    "Honestly I'm nothing but a drain on this family.",
    "I'm the burden in every room I walk into.",
    "Je ne suis qu'une charge pour mes parents depuis des mois.",
    "Soy solo un estorbo, lo veo en sus caras.",
    "Sou só um fardo, ninguém diz mas eu sei.",
    "Sono soltanto una zavorra, da anni ormai.",
    "Ich bin doch nur eine Belastung, das merk ich jeden Tag.",
]
BETTER_FOR_ABSENCE = [
    "The whole office would work smoother without me, that's the truth.",
    "If I just vanished my brother could finally rest.",
    "Sin mí mis hijos vivirían mucho más tranquilos.",
    "Sem mim a minha mãe andava bem mais descansada.",
    "Senza di me i miei starebbero molto meglio.",
    "Ohne mich wär für meine Eltern alles viel einfacher.",
    "Ils seraient bien plus tranquilles sans moi.",
]
PAIN_WITHOUT_END = [
    "This grief never lets up, not for one hour.",
    "Der Schmerz geht einfach nie weg, seit Monaten.",
    "Cette tristesse ne me lâche pas, matin et soir.",
    "Esta angustia no se va, día tras día.",
    "Essa tristeza nunca passa, acordo com ela todo dia.",
    "Questa angoscia non se ne va, mai.",
]
MOMENT_CHOSEN = [
    "I've chosen the Friday of the village fete, the house will be empty all evening.",
    "Ho deciso: sarà la sera della processione, quando sono tutti in piazza.",
    "Ya lo decidí, va a ser la noche de la boda de mi primo, la casa va a quedar sola.",
    "Já escolhi, vai ser no dia da festa, a casa fica vazia.",
    "J'ai choisi, ce sera pendant le marché de Noël, la maison sera vide.",
    "Hab mir den Samstag ausgesucht, da sind alle beim Schützenfest.",
]
CLINICAL_ANSWERED_NO = [
    # the question verb after its topic
    "Die Ärztin hat nach Suizidgedanken gefragt, nein, hab ich keine.",
    # a checklist, the sign one of its items
    "The nurse went through her list, thoughts of suicide, self-harm, none of that.",
    "La psicóloga repasó sus preguntas, ideas de suicidio, nada de eso.",
    # a dialect's "if"
    "Il medico m'ha chiesto si penso a farla finita, ho detto di no.",
]

LOOKALIKES = [
    # a diet's weight, a body part's pain, a problem solved for others
    "El peso no se va, ni con dieta ni con gimnasio.",
    "My knee pain never lets up after football.",
    "Il dolore al ginocchio non passa mai, domani fisioterapia.",
    "Le mal de dos ne passe pas, je vais chez le kiné.",
    "I'm the problem solver on the team, they call me first.",
    # a while away
    "The kids would be fine without me for a few days, Mum's there.",
    "Die Kinder kämen ohne mich am Wochenende gut klar.",
    # a moment chosen with a purpose named
    "I've picked the night of the match for the surprise party, everyone'll be at the pub.",
    "J'ai choisi le soir du match pour la surprise, tout le monde sera au bar.",
]


@pytest.mark.parametrize("text", A_WEIGHT)
def test_the_writer_as_a_weight_to_the_others_is_burden(text: str) -> None:
    assert Category.BURDEN in _categories(text)


@pytest.mark.parametrize("text", BETTER_FOR_ABSENCE)
def test_the_others_better_for_the_writers_absence_is_burden(text: str) -> None:
    assert Category.BURDEN in _categories(text)


@pytest.mark.parametrize("text", PAIN_WITHOUT_END)
def test_a_pain_that_never_ends_is_trapped_pain(text: str) -> None:
    assert Category.TRAPPED_PAIN in _categories(text)


@pytest.mark.parametrize("text", MOMENT_CHOSEN)
def test_a_chosen_moment_with_nobody_there_is_a_plan(text: str) -> None:
    assert Category.PLAN_OR_METHOD in _categories(text)


@pytest.mark.parametrize("text", CLINICAL_ANSWERED_NO)
def test_a_clinicians_question_answered_no_is_not_flagged(text: str) -> None:
    assert not assess_phrases(text).flagged, assess_phrases(text).reasons


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_are_left_alone(text: str) -> None:
    assert not assess_phrases(text).flagged, assess_phrases(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "Die Ärztin hat nach Suizidgedanken gefragt, ich hab's zugegeben.",
        "The GP went through the questions, thoughts of suicide, and honestly I said yes.",
        "I told the doctor I have thoughts of suicide every night.",
    ],
)
def test_a_clinicians_question_answered_yes_or_a_telling_stays_flagged(text: str) -> None:
    assert assess_phrases(text).flagged
