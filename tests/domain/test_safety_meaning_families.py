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
MARK_ON_OWN_BODY = [
    "Pressed a lighter to my thigh in the car park before my shift.",
    "Scratched my arms raw again in the shower, only way to feel anything.",
    "Gestern wieder mit der Klinge am Oberschenkel, nur damit ich was spüre.",
    "Je me suis brûlé le poignet avec une cigarette exprès.",
    "Me quemé el brazo con el mechero anoche.",
    "Cortei o braço outra vez, ninguém vê por baixo da camisola.",
]
ATTEMPT_RETURNING = [
    "The first time I tried, I ended up in intensive care, and that same fog is back.",
    "Nachdem ich's damals versucht hab, war lange Ruhe, jetzt kommt es wieder.",
    "Ma dernière tentative date de 2019 et la même envie revient ce mois-ci.",
    "Mi último intento fue en el verano y siento lo mismo otra vez.",
    "Já tentei uma vez, faz três anos, e voltou tudo de novo.",
    "Ho già provato una volta a farla finita e adesso sta tornando quel buio.",
]
FUTURE_UNNEEDED = [
    "Cancelled the optician in October. Won't be needing it.",
    "Hab die Bahncard fürs nächste Jahr nicht verlängert, brauch ich nicht mehr.",
    "Pas renouvelé l'abonnement de septembre, j'en aurai plus besoin.",
    "Cancelé la revisión del coche de marzo, no la voy a necesitar.",
    "Desmarquei a consulta de junho, não vou precisar.",
    "Ho disdetto la palestra per settembre, non mi servirà.",
]
FAREWELL_LETTERS = [
    "Finished a letter for my sister and one for Dad, they're sealed in the wardrobe.",
    "Zwei Briefe für meine Kinder geschrieben, sie liegen in der Schublade.",
    "J'ai écrit une lettre pour mon frère, elle est dans le tiroir de la commode.",
    "Dejé una carta para mi hermana debajo de la almohada.",
    "Escrevi uma carta pra minha filha e outra pro meu filho.",
    "Ho scritto una lettera per mia sorella, la troveranno dopo.",
]
AHEAD_WITHOUT_THE_WRITER = [
    "Everyone keeps talking about the Christmas market, I won't be here for it.",
    "Alle planen schon den Sommer am See, ich bin dann eh nicht mehr da.",
    "Ils parlent tous du mariage de Léa en juin, je serai plus là.",
    "Mis primas ya hablan de la boda del año que viene y yo sé que no voy a llegar.",
    "A turma fala da festa de Natal e eu só sorrio, não vou estar cá.",
    "Parlano tutti della cresima di mio nipote a maggio, tanto non ci sarò.",
]
SELF_NOT_SEEN_AHEAD = [
    "I honestly can't see myself anywhere in five years.",
    "Ich kann mir mich in zehn Jahren einfach nicht vorstellen.",
    "Je ne me vois nulle part dans deux ans.",
    "No me veo en ninguna parte dentro de un año.",
    "Penso no futuro e não me vejo lá.",
    "Non mi vedo da nessuna parte tra cinque anni.",
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
    # an accident's burn, a remedy tried, a dish tried once
    "Burnt my arm on the oven tray again, ouch.",
    "Already tried once to fix the boiler and the same noise is back.",
    "Já tentei de tudo para dormir e voltou a insónia.",
    # a diet's weight, a body part's pain, a problem solved for others
    "El peso no se va, ni con dieta ni con gimnasio.",
    "My knee pain never lets up after football.",
    "Il dolore al ginocchio non passa mai, domani fisioterapia.",
    "Le mal de dos ne passe pas, je vais chez le kiné.",
    "I'm the problem solver on the team, they call me first.",
    # a while away
    "The kids would be fine without me for a few days, Mum's there.",
    "Die Kinder kämen ohne mich am Wochenende gut klar.",
    # a thing not needed, for a reason given
    "Cancelled the gym in March, won't need it because I'm moving to Leeds.",
    "No compré agenda para el año que viene porque uso la del móvil, no la voy a usar.",
    # letters for an occasion
    "Wrote a letter for the kids and one for their cousin, it's for the treasure hunt.",
    "Una carta para mamá en el cajón, es su regalo de cumpleaños.",
    # away for the occasion, and saying where
    "I won't be here for my birthday next month, we'll be in Lisbon.",
    "Je serai pas là en août, je pars en voyage au Japon.",
    # a life choice weighed, someone else's diary
    "I can't picture myself at 30 with kids, honestly.",
    "The dentist can't see me until next Thursday.",
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


@pytest.mark.parametrize("text", MARK_ON_OWN_BODY)
def test_a_mark_on_ones_own_body_is_self_harm(text: str) -> None:
    assert Category.SELF_HARM in _categories(text)


@pytest.mark.parametrize("text", ATTEMPT_RETURNING)
def test_a_past_attempt_and_its_return_is_flagged(text: str) -> None:
    assert assess_phrases(text).flagged, text


@pytest.mark.parametrize("text", FUTURE_UNNEEDED)
def test_a_thing_for_a_time_to_come_not_needed_is_no_future(text: str) -> None:
    assert Category.NO_FUTURE in _categories(text)


@pytest.mark.parametrize("text", FAREWELL_LETTERS)
def test_letters_for_the_family_kept_are_goodbyes(text: str) -> None:
    assert Category.GOODBYES in _categories(text)


@pytest.mark.parametrize("text", AHEAD_WITHOUT_THE_WRITER)
def test_the_others_time_to_come_without_the_writer_is_no_future(text: str) -> None:
    assert Category.NO_FUTURE in _categories(text)


@pytest.mark.parametrize("text", SELF_NOT_SEEN_AHEAD)
def test_the_writer_unable_to_picture_themself_ahead_is_no_future(text: str) -> None:
    assert Category.NO_FUTURE in _categories(text)


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
