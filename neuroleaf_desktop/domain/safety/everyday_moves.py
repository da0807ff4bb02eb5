"""An absence ahead explained by a move, a job or studies elsewhere, in five languages.

Why a module of its own: "no longer here by Christmas" is a warning sign when nothing explains
it, and the plain news of a move when the same sentence says where the writer goes and why ("non
ci sarò più a Natale, mi trasferisco a Londra per lavoro", "já não vou estar cá no próximo ano,
vou estudar para o Porto", "je ne serai plus là pour Noël, je déménage à Lyon"). Several rule
families read the absence, each in its own grammar; the move is read once here, as a frame
around whichever phrase they matched. English has its own frame for trips and work
(``everyday_frames._absence_explained``).

German "nicht mehr da sein" is read as an intent to die as well as an absence; with a move
named it is the move ("ich werde nicht mehr da sein, ich ziehe nach Hamburg").

What stays a sign: an absence said to be for good ("para sempre", "per sempre", "pour
toujours", "für immer", "para siempre") or to be the end ("a última vez", "l'ultima volta").
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_spans import sentence_end, sentence_start
from neuroleaf_desktop.domain.safety.rules import FLAGS

# The absence itself: not being here or there, not seeing or reaching a date.
_ABSENT = re.compile(
    r"\b(?:estar|estare|estarei|saro|serai|sein|da|hier|aqui|ca|la|ici|ver|vedro|verrai"
    r"|llegar|llegare|arrivero|chegar|erleben)\b",
    FLAGS,
)
_NO_LONGER_THERE_DE = re.compile(
    r"\bnicht\s+mehr\s+(?:da|hier)(?:\s+sein)?\b(?![^.!?\n]*\b(?:leben|sterben|tot|tod)\b)",
    FLAGS,
)
# A move, a job or studies elsewhere (folded text: no accents): a verb of moving, "for work",
# or studies at a place that is not an exam ("estudiar pa la selectividad" is revision).
_EXAM = (
    r"exame|examen|esame|exam|prova|teste|selectividad|vestibular|enem|maturita|bac|abitur"
    r"|concurso|oposiciones|pruefung|prufung|partiel|test"
)
_ARTICLE = r"(?:o\s+|a\s+|la\s+|el\s+|l'|le\s+|die\s+|das\s+|den\s+)"
_MOVING_AWAY = re.compile(
    r"\b(?:umzug|umzieh\w*|ziehe\s+(?:nach|um)|auswander\w*|demenag\w*|vivre\s+(?:a|au|en)"
    r"|m'installe|mutation|me\s+mudo|mudanza|vivir\s+(?:a|en)|mudo-me|mudar-me|vou\s+morar"
    r"|morar\s+(?:em|no|na|com)|mudanca|trasferisco|trasferiamo|trasloc\w*|vivere\s+(?:a|in)"
    r"|emigr\w*|erasmus"
    r"|(?:per|por|pour|para|pra|fu(?:e)?r|wegen)\s+(?:il\s+|le\s+|o\s+|el\s+|der\s+|die\s+|un\s+"
    r"|um\s+|une?\s+|einen?\s+)?(?:lavoro|trabajo|trabalho|travail|arbeit|job|emprego|empleo)"
    r"|(?:estudar|estudiar|studiare|etudier|studieren)\s+(?:para|pra|pa|em|en|a|in|au|nach)\s+"
    rf"(?!{_ARTICLE}?(?:{_EXAM})\b){_ARTICLE}?\w+)\b",
    FLAGS,
)
_FINAL = re.compile(
    r"\b(?:para\s+sempre|per\s+sempre|pour\s+toujours|fu(?:e)?r\s+immer|para\s+siempre"
    r"|ultima\s+vez|ultima\s+volta|derniere\s+fois|letzte\s+mal|nunca\s+mais|mai\s+piu"
    r"|jamais|nie\s+wieder|nunca\s+mas)\b",
    FLAGS,
)


def moved_away(category: Category, phrase: str, text: str, start: int, end: int) -> bool:
    """An absence ahead with the move, the job or the studies that take the writer away named
    in the same sentence, and nothing saying it is for good."""
    if category is Category.SUICIDAL_IDEATION:
        # German says "no longer be here" for dying as well as for leaving: only that
        # absence, never a dying word, is explained by a move
        if _NO_LONGER_THERE_DE.search(phrase) is None:
            return False
    elif category is not Category.NO_FUTURE or _ABSENT.search(phrase) is None:
        return False
    sentence = text[sentence_start(text, start) : sentence_end(text, end)]
    return _MOVING_AWAY.search(sentence) is not None and _FINAL.search(sentence) is None
