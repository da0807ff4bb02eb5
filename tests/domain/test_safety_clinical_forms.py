"""Clinical talk answered no: a form's box, a note's "denied", a question asked of oneself.

A sign named as an item on a form and ticked at none or never, a clinician's note that records
it denied or absent ("denied any self-harm", "nessun autolesionismo", "sem automutilação"), a
question put by someone named or among other questions and answered no, and a question the
writer asks themself ("would I ever …? No.") are not the writer's statement of the sign. The
same shapes answered yes, or a yes that only looks like a form ("I wrote no note"), still are.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases

ANSWERED_NO = [
    # a form's item, ticked at none or never
    "The intake sheet had a line about hurting myself and I ticked never.",
    'Sur le formulaire, la case "envie de mourir" : j\'ai coché "jamais".',
    'En la encuesta de la clínica, el ítem "quiero matarme": marqué "nunca".',
    'Nel modulo del medico, la voce "farmi del male": ho segnato "mai".',
    # the answer named as no
    "The nurse went through the list, thoughts of ending it, and the answer was a firm no.",
    # a clinician's note: denied, none, without
    "Review went fine. Denies any self-harm. Sleep better. See in six weeks.",
    "Controllo dallo psichiatra: umore stabile, nessun autolesionismo da mesi.",
    "Consulta de rotina, humor estável, sem automutilação desde o verão.",
    # a question put by someone named, or among other things, answered no
    "Asked by the practice nurse whether I think about killing myself. No, never.",
    "The GP checked whether I'd thought about suicide. I haven't, it's money worries.",
    "A médica perguntou várias coisas, inclusive se eu pensava em me matar, e eu disse que não.",
    "Il questionario sui pensieri di suicidio era lungo, ho risposto di no a tutto.",
    # a question asked of oneself, answered no
    "Est-ce que je me suiciderais un jour ? Non. Je veux voir grandir ma fille.",
    "Mi ucciderei mai? No, figurati.",
    "Eu me mataria um dia? Não.",
]

STILL_THE_SIGN = [
    "I want to kill myself and I wrote no note yet.",
    "Would I kill myself one day? Yes, I think about it every night.",
    "The GP checked whether I'd thought about suicide and I said yes, most days.",
    "Sin da piccola mi taglio le braccia quando sto male.",
    "I ticked the box about hurting myself because it's true.",
    # a streak of not doing it, broken: the act after "without" is not a note's "none"
    "Recaída ontem depois de cem dias sem me cortar.",
]


@pytest.mark.parametrize("text", ANSWERED_NO)
def test_clinical_talk_answered_no_is_not_flagged(text: str) -> None:
    result = assess_phrases(text)
    assert not result.flagged, result.reasons


@pytest.mark.parametrize("text", STILL_THE_SIGN)
def test_the_same_shapes_answered_yes_still_flag(text: str) -> None:
    assert assess_phrases(text).flagged, text
