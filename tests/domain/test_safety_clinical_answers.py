"""A clinician's question about suicide or self-harm, and the writer's answer to it.

The question alone ("my psychiatrist asked whether I think about killing myself") is someone
else's words, and an answer of no keeps it that way. An answer of yes, however it is worded and
whether it comes in the same sentence or the next, is the writer telling of the sign now: it
must be flagged, with the category (and so the level) the plain statement would have. A yes
only for a time long gone ("not any more", "seit Jahren nicht mehr") is not current.
The German and Portuguese question forms ("ob ich an Suizid denke", "se eu pensava em me
matar") must be read at all, so that the answer can decide.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.clinical_answers import answered_yes
from neuroleaf_desktop.domain.safety.result import MatchStatus, Severity

_SUICIDE = (Category.SUICIDAL_IDEATION, Severity.URGENT)
_SELF_HARM = (Category.SELF_HARM, Severity.CONCERN)

# Answered "yes" in the same sentence, the plainest way.
SAID_YES = [
    (
        "At the review my psychiatrist asked if I still think about killing myself, "
        "and I said yes.",
        _SUICIDE,
    ),
    (
        "Mi psicóloga me preguntó si pensaba en suicidarme y le dije que sí, casi todas las "
        "noches.",
        _SUICIDE,
    ),
    (
        "Meine Therapeutin hat gefragt, ob ich an Selbstmord denke, und ich habe ja gesagt.",
        _SUICIDE,
    ),
    ("Mon psychiatre m'a demandé si je pensais à me suicider et je lui ai dit que oui.", _SUICIDE),
    ("O meu psiquiatra perguntou-me se eu pensava em suicídio e eu disse que sim.", _SUICIDE),
    ("La mia psicologa mi ha chiesto se penso al suicidio e le ho detto di sì.", _SUICIDE),
]

# Answered yes in other words, or in the next sentence.
YES_IN_OTHER_WORDS = [
    (
        "The counsellor asked whether I'd been cutting myself lately. I told him I had, twice "
        "this week.",
        _SELF_HARM,
    ),
    (
        "The crisis nurse wanted to know if I'd had thoughts of ending my life. I couldn't lie "
        "to her.",
        _SUICIDE,
    ),
    (
        "Dr Okafor asked whether I've thought about suicide since the new meds. Honestly, yes.",
        _SUICIDE,
    ),
    (
        "The psychologist asked if I ever think about killing myself and I admitted that I do.",
        _SUICIDE,
    ),
    ("El médico de cabecera me preguntó si me cortaba. No pude mentirle.", _SELF_HARM),
    (
        "Der Hausarzt fragte mich, ob ich mir das Leben nehmen will. Ich konnte ihn nicht "
        "anlügen und habe es zugegeben.",
        _SUICIDE,
    ),
    ("Die Psychiaterin wollte wissen, ob ich mich ritze. Ich habe genickt.", _SELF_HARM),
    ("L'infirmière m'a demandé si je me scarifiais. Je lui ai avoué.", _SELF_HARM),
    ("A terapeuta quis saber se eu me cortava. Confessei que sim.", _SELF_HARM),
    ("A médica de família quis saber se eu pensava em me matar. Admiti.", _SUICIDE),
    ("Il medico mi ha chiesto se mi faccio del male. Ho annuito.", _SELF_HARM),
    (
        "Lo psichiatra mi ha chiesto se penso di togliermi la vita. Non sono riuscita a mentirgli.",
        _SUICIDE,
    ),
]

# Answered no, yes only long ago, or not answered at all.
NOT_CURRENT = [
    "My GP asked if I'd been hurting myself and I said no.",
    "The counsellor asked whether I'd thought about suicide. I said not any more, not for a "
    "long time.",
    "The intake form asked whether I think about ending my life.",
    "The nurse asked if I'd been hurting myself. I said I was fine.",
    "La terapeuta me preguntó si pensaba en suicidarme y le dije que no.",
    "La enfermera me preguntó si pensaba en quitarme la vida. Le dije que ya no.",
    "Die Psychiaterin wollte wissen, ob ich an Suizid denke. Ich habe nein gesagt.",
    "Die Psychiaterin wollte wissen, ob ich mich selbst verletze. Seit Jahren nicht mehr, habe "
    "ich gesagt.",
    "Der Arzt fragte mich, ob ich mich umbringen will.",
    "Mon médecin m'a demandé si je pensais au suicide, je lui ai répondu que non.",
    "Mon médecin m'a demandé si je pensais au suicide. Plus depuis des années, je lui ai dit.",
    "O médico perguntou se eu pensava em me matar e eu respondi que não.",
    "O médico perguntou se eu pensava em me matar. Disse que já não penso nisso há anos.",
    "Lo psichiatra mi ha chiesto se penso di togliermi la vita e ho risposto di no.",
    "Lo psichiatra mi ha chiesto se penso di togliermi la vita. Non più, gli ho detto, da anni.",
    "La mia psicologa mi ha chiesto se penso al suicidio.",
]


@pytest.mark.parametrize(("text", "expected"), SAID_YES + YES_IN_OTHER_WORDS)
def test_a_question_answered_yes_is_flagged_as_the_sign_it_asked_about(
    text: str, expected: tuple[Category, Severity]
) -> None:
    category, severity = expected
    result = assess(text)
    assert result.flagged, text
    assert result.category is category, (text, result.categories)
    assert result.severity is severity, (text, result.severity)


@pytest.mark.parametrize("text", NOT_CURRENT)
def test_a_question_answered_no_long_ago_or_not_at_all_is_not_flagged(text: str) -> None:
    result = assess(text)
    assert not result.flagged, (text, result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Die Psychiaterin wollte wissen, ob ich an Suizid denke. Ich habe nein gesagt.",
        "O médico perguntou se eu pensava em me matar e eu respondi que não.",
        "La mia psicologa mi ha chiesto se penso al suicidio.",
    ],
)
def test_the_question_is_read_and_set_aside_not_missed(text: str) -> None:
    """The sign asked about is found and kept as the question's topic: the answer, not a gap
    in the phrase rules, is what leaves it unflagged."""
    ignored = assess(text).ignored_spans
    assert any(
        s.status is MatchStatus.TOPIC and s.category is Category.SUICIDAL_IDEATION for s in ignored
    ), text


@pytest.mark.parametrize(
    "text",
    [
        # the question's subject is someone else's, or the words are not a thought of suicide
        "Wir haben in der Vorlesung besprochen, wie oft Jugendliche an Suizid denken.",
        "A minha avó pensava em morrer em paz, dizia ela.",
        "Meine Oma sagte, dass sie an den Tod denke.",
    ],
)
def test_the_new_question_forms_stay_the_writers_own(text: str) -> None:
    assert not assess(text).flagged, text


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" and i said yes.", True),
        (". i told her honestly that i have.", True),
        (". she asked if i was sleeping and i said yes.", False),
        (" and i said no, and i didn't lie.", False),
        (". i said i had, but not for years.", False),
        (". le dije que si volvia a pasar la llamaria.", False),
        (", ich habe ja gesagt.", True),
        (". ich habe ja gesagt, dass ich nicht komme.", False),
    ],
)
def test_the_answer_is_the_first_one_given_and_only_to_this_question(
    after: str, expected: bool
) -> None:
    assert answered_yes(after) is expected, after
