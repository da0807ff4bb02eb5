"""German, French, Spanish, Portuguese and Italian frames read across writers, both ways: the
wordings each frame must flag, written in shapes no labelled row uses, and the look-alikes it
must not.

A moment fixed for when the others are away, the act unnamed (``rules_intl_set_moment``): "it
will be / it's for / I've picked the day" and everyone at an event, out in the street or on
holiday, or the house empty. Kept out: the plan named (a surprise, a move, a dinner), the
others at home, a question, the resolve denied.

Letters for one's own people, for afterwards (``rules_intl_frames_left_behind``): the letters,
the people they are for (named kin, "each", "everyone") and "for afterwards" closing the
sentence. Kept out: an occasion, a meal or the shopping, letters with no one they are for.

A thing left to one's own for good, or theirs now (``rules_intl_frames_left_behind``): "leave"
gives only with the person right after it. Kept out: a partner left ("dejé a mi novio", "deixei
a minha namorada"; nor does the keep-forever rule of ``rules_grammar_life`` read them), a
thing given up ("laissé tomber").

Pills put by, the German separable verb's particle closing the clause (``rules_intl_means_places``):
"heb ich die Tabletten auf", "leg ich mir welche zurück". Kept out: no pills, pills kept for
someone else.

Self-harm told by the wound and its hiding (``rules_intl_marks_hidden``): a cut or a hurt done
to oneself, the part of the body, and the clothes that hide it. Kept out: a fall, cooking, a
pet or a sport behind the wound, someone else's wound, a wound not hidden.

Shut in with no opening to get out through (``rules_intl_frames_way_out``): "without / there is
no" an opening and "through which" to get out, said of oneself. Kept out: a building, a car park
or a maze one got lost in, a garage with no door, nobody shut in, a question.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import (
    assess,
    rules_grammar_life,
    rules_intl_frames_left_behind,
    rules_intl_frames_way_out,
    rules_intl_marks_hidden,
    rules_intl_means_places,
    rules_intl_set_moment,
)
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.detector import assess_phrases, respelt
from neuroleaf_desktop.domain.safety.rules import Rule

_MOMENT = "_moment_set_for_others_away"
_SHUT_IN = "_shut_in_no_opening"
_LETTERS = "_letters_afterwards"
_GIVEN = "_given_for_good"
_PUT_BY = "_pills_put_by"
_MARKS = "_marks_hidden_under_clothes"

SET_MOMENT = [
    "Nächsten Samstag, wenn alle auf dem Stadtfest sind, dann ist es so weit.",
    "Ich hab den Tag ausgesucht, wenn die Familie im Urlaub ist.",
    "Ce sera samedi, quand tout le monde sera au match.",
    "J'ai choisi le jour, quand mes parents seront en vacances.",
    "Va a ser el sábado de la verbena, cuando todos estén en la plaza.",
    "Ya tengo fecha, cuando la casa esté vacía.",
    "Vai ser no sábado da quermesse, quando todo mundo estiver na igreja.",
    "Já escolhi o dia, quando não houver ninguém em casa.",
    "Sarà la notte di San Giovanni, quando tutti saranno in piazza.",
    "Ho scelto il giorno, quando la casa è vuota.",
]

SET_MOMENT_LOOK_ALIKES = [
    "Am Sonntag, wenn alle beim Spiel sind, ist es so weit mit der Überraschung für Papa.",
    "Ist es so weit, wenn alle beim Spiel sind?",
    "Wenn alle zu Hause sind, dann ist es so weit, wir essen zusammen.",
    "Ce sera dimanche, quand toute la famille sera à la maison.",
    "C'est pour samedi, quand tout le monde sera au restaurant pour la surprise de maman.",
    "Va a ser el sábado, cuando todos estén en casa.",
    "La mudanza va a ser el lunes, cuando la casa esté vacía.",
    "¿Va a ser el domingo, cuando todos estén en la feria?",
    "Vai ser no domingo, quando todo mundo estiver em casa, o almoço da família.",
    "Il trasloco lo farò sabato, quando la casa è vuota.",
    "Sarà sabato, quando tutti saranno a casa per la cena di Natale.",
]

LETTERS_AFTERWARDS = [
    "Für meine Enkel liegt je ein Brief in der Kommode, für danach.",
    "J'ai rangé des lettres pour mes filles dans la boîte à bijoux, pour après.",
    "Guardé unas cartas para mis nietos en el ropero, para después.",
    "Escrevi bilhetes pra minhas sobrinhas e deixei na gaveta, pra depois.",
    "Ho lasciato delle lettere per i miei figli nell'armadio, per dopo.",
]

LETTERS_LOOK_ALIKES = [
    "Ho scritto una lettera a mia figlia per il suo compleanno, per dopo.",
    "Ich hab die Briefe an die Kinder schon abgeschickt.",
    "Je lirai les lettres de mes enfants pour après.",
    "Deixei um bilhete pro meu filho sobre o jantar, pra depois.",
    "Dejé una nota a mis hijos con la lista de la compra, para después.",
]

LEFT_FOR_GOOD = [
    "Le dejé la bici a mi sobrino, ahora es suya.",
    "Mon appareil photo, je l'ai laissé à mon neveu, pour de bon.",
    "Ho lasciato la mia chitarra a mia sorella, ormai è sua.",
    "Deixei o violão pro meu irmão, agora é dele.",
    "Die Gitarre hab ich meinem Bruder gelassen, jetzt gehört sie ihm.",
]

LEFT_LOOK_ALIKES = [
    "Dejé a mi novio para siempre.",
    "Deixei a minha namorada pra sempre.",
    "J'ai laissé tomber mon copain, pour de bon.",
    "Ho lasciato mio marito per sempre.",
]

PILLS_PUT_BY_SEPARABLE = [
    "Seit Monaten leg ich mir Tabletten zurück, in einer Dose im Schrank.",
    "Nach und nach spar ich die Schlaftabletten auf, in der Schublade.",
]

PILLS_PUT_BY_LOOK_ALIKES = [
    "Seit Wochen heb ich die Quittungen auf, in einer Dose im Keller.",
    "Seit Wochen heb ich die Tabletten für Oma auf, in der Dose.",
]

MARKS_HIDDEN = [
    "Ich hab mich wieder geritzt, am Unterarm, und trag jetzt lange Ärmel.",
    "Des coupures plein les cuisses, je les planque sous mon jean.",
    "Me volví a cortar el brazo anoche y me pongo mangas largas para el trabajo.",
    "Fiz cortes nas coxas de novo, uso calça comprida pra ninguém ver.",
    "Mi sono tagliata il polso stanotte, lo nascondo sotto l'orologio.",
]

MARKS_LOOK_ALIKES = [
    "Ich hab mich beim Kochen am Arm verbrannt, jetzt trag ich lange Ärmel.",
    "Je me suis coupée au bras en tombant de vélo, je cache le pansement sous mon pull.",
    "Mi hermana se corta los brazos y lo esconde con mangas largas.",
    "Me cortei na perna com a faca da cozinha, nada de mais.",
    "Il gatto mi ha fatto dei tagli sul braccio, li copro con le maniche lunghe.",
]

SHUT_IN = [
    "Me siento encerrada en una habitación sin ventanas ni puerta por donde salir.",
    "Estou presa num quarto escuro sem janela nenhuma por onde fugir.",
    "Mi sento chiusa in una stanza senza porte da cui uscire.",
    "Je suis enfermée dans ma tête, sans aucune porte par où sortir.",
    "Ich fühl mich eingemauert, ohne ein Fenster, durch das ich rauskomme.",
]

SHUT_IN_LOOK_ALIKES = [
    "No encuentro por dónde salir del parking del centro comercial.",
    "Il garage non ha una porta da cui uscire con la macchina.",
    "Eu não sei por onde sair de casa sem acordar o bebê.",
    "Je ne vois pas par où sortir de ce labyrinthe de formulaires.",
    "Ich finde im Parkhaus keinen Ausgang, durch den ich rauskomme.",
    "¿No hay una puerta por donde salir al jardín?",
]


def _read_by(rules: tuple[Rule, ...], family: str, text: str) -> bool:
    """Whether a rule of ``family`` reads ``text`` as the detector folds it: an older rule may
    count a wider span over the same words, so the frame is checked on its own."""
    folded = respelt(text)[0]
    return any(rule.pattern.search(folded) for rule in rules if rule.name.endswith(family))


@pytest.mark.parametrize("text", SET_MOMENT)
def test_a_moment_fixed_for_when_the_others_are_away_is_a_plan(text: str) -> None:
    assert _read_by(rules_intl_set_moment.RULES, _MOMENT, text), text
    assert Category.PLAN_OR_METHOD in assess_phrases(text).categories, text


@pytest.mark.parametrize("text", SET_MOMENT_LOOK_ALIKES)
def test_a_plan_named_the_others_at_home_or_a_question_is_not(text: str) -> None:
    assert not _read_by(rules_intl_set_moment.RULES, _MOMENT, text), text


@pytest.mark.parametrize("text", SHUT_IN)
def test_shut_in_with_no_opening_to_get_out_through_is_trapped(text: str) -> None:
    assert _read_by(rules_intl_frames_way_out.RULES, _SHUT_IN, text), text
    assert Category.TRAPPED_PAIN in assess_phrases(text).categories, text


@pytest.mark.parametrize("text", SHUT_IN_LOOK_ALIKES)
def test_a_real_place_nobody_shut_in_or_a_question_is_not_trapped(text: str) -> None:
    assert not _read_by(rules_intl_frames_way_out.RULES, _SHUT_IN, text), text
    assert not assess(text).flagged, text


@pytest.mark.parametrize("text", LETTERS_AFTERWARDS)
def test_letters_for_ones_own_for_afterwards_are_a_goodbye(text: str) -> None:
    assert _read_by(rules_intl_frames_left_behind.RULES, _LETTERS, text), text
    assert Category.GOODBYES in assess_phrases(text).categories, text


@pytest.mark.parametrize("text", LETTERS_LOOK_ALIKES)
def test_an_occasion_a_meal_or_letters_for_no_one_are_not(text: str) -> None:
    assert not _read_by(rules_intl_frames_left_behind.RULES, _LETTERS, text), text


@pytest.mark.parametrize("text", LEFT_FOR_GOOD)
def test_a_thing_left_to_ones_own_for_good_or_theirs_now_is_giving_away(text: str) -> None:
    assert _read_by(rules_intl_frames_left_behind.RULES, _GIVEN, text), text
    assert Category.GIVING_AWAY in assess_phrases(text).categories, text


@pytest.mark.parametrize("text", LEFT_LOOK_ALIKES)
def test_a_partner_left_or_a_thing_given_up_is_not(text: str) -> None:
    assert not _read_by(rules_intl_frames_left_behind.RULES, _GIVEN, text), text
    assert not _read_by(rules_grammar_life.RULES, "_keep_forever", text), text


@pytest.mark.parametrize("text", PILLS_PUT_BY_SEPARABLE)
def test_pills_put_by_with_a_separable_verb_are_getting_means(text: str) -> None:
    assert _read_by(rules_intl_means_places.RULES, _PUT_BY, text), text
    assert Category.GETTING_MEANS in assess_phrases(text).categories, text


@pytest.mark.parametrize("text", PILLS_PUT_BY_LOOK_ALIKES)
def test_papers_or_pills_kept_for_someone_else_are_not(text: str) -> None:
    assert not _read_by(rules_intl_means_places.RULES, _PUT_BY, text), text


@pytest.mark.parametrize("text", MARKS_HIDDEN)
def test_a_wound_on_the_body_hidden_under_clothes_is_self_harm(text: str) -> None:
    assert _read_by(rules_intl_marks_hidden.RULES, _MARKS, text), text
    assert Category.SELF_HARM in assess_phrases(text).categories, text


@pytest.mark.parametrize("text", MARKS_LOOK_ALIKES)
def test_an_accident_or_someone_elses_wound_is_not(text: str) -> None:
    assert not _read_by(rules_intl_marks_hidden.RULES, _MARKS, text), text


def test_every_new_frame_is_gated_and_written_for_every_language() -> None:
    shut_in = [r for r in rules_intl_frames_way_out.RULES if r.name.endswith(_SHUT_IN)]
    letters = [r for r in rules_intl_frames_left_behind.RULES if r.name.endswith(_LETTERS)]
    frames = (rules_intl_set_moment.RULES, rules_intl_marks_hidden.RULES)
    for rules in (*frames, tuple(shut_in), tuple(letters)):
        assert all(rule.gate for rule in rules)
        assert {rule.lang for rule in rules} == {"de", "fr", "es", "pt", "it"}
