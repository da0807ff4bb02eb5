"""The topic taught, asked about or counted at work, not felt.

A lecture on self-harm, a training on how to ask about suicidal thoughts, the usual screening
questions answered "no", a psychiatry exam's risk factors, a nurse's count of overdoses on a
shift: the words of a warning sign are the subject of the sentence, not the writer's state.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.rules import FLAGS

# A course, a training, a module or a workshop, in each language's words.
_A_COURSE = (
    r"lecture|seminar|lesson|module|training|webinar|workshop|course|class|safeguarding"
    r"|vorlesung|schulung|fortbildung|weiterbildung|kurs|modul|cours|formation|atelier|clase"
    r"|curso|charla|taller|capacitacion|formacion|aula|oficina|treinamento|capacitacao|formacao"
    r"|lezione|corso|formazione|seminario"
)
# … what it teaches: how to (an infinitive of each language after "how"), or what was learned
# or practised in it
_HOW_TO = (
    r"\bhow\s+to\b|\bwie\s+man\b|\bcomment\s+(?:on\s+|l'?\s*|les\s+|y\s+)?\w+(?:er|ir|re)\b"
    r"|\bcomo\s+(?:se\s+)?\w+r(?:lo|la|le|les)?\b|\bcome\s+(?:si\s+)?\w+re\b"
    r"|\b(?:learn(?:ed|t)|practi[sc]ed|gelernt|geu(?:e)?bt|appris|aprend(?:i|imos|emos)"
    r"|imparato|esercitat[oi])\b"
)
# Taught or asked about, not felt: a lecture on self-harm, the usual questions about suicidal
# thoughts answered "no".
_TAUGHT_OR_DENIED = re.compile(
    r"\b(?:lecture|seminar|lesson|module|training|webinar|workshop|course|class|conference"
    r"|vorlesung|schulung|fortbildung|cours|formation|conference|clase|curso|charla|aula|lezione"
    r"|corso)\b[^.!?\n]{0,30}\b(?:on|about|was\s+on|u(?:e)?ber|zu|zum|sur|sobre|su|sul|sulla)\b"
    # … or a course that teaches how to meet the topic in others, or what was learned in it
    # ("a training on how to ask about suicidal thoughts", "eine Fortbildung, wie man nach
    # Suizidgedanken fragt", "in der Schulung haben wir geübt", "une formation pour savoir
    # comment aborder", "un corso su come riconoscere")
    # (right after the course word, with no "I" between: not "I skipped class again, I don't
    # know how to go on")
    rf"|\b(?:{_A_COURSE})\b(?:(?!\b(?:i|ich|je|j|yo|eu|io)\b)[^.!?\n]){{0,16}}?(?:{_HOW_TO})"
    r"|\b(?:questions?|asked|questions\s+habituelles|preguntas?|perguntas?|domande|fragen)\b"
    r"[^.!?\n]{0,80}\b(?:(?:j'?\s*ai\s+)?repondu\s+non|said\s+no|answered\s+no|dije\s+que\s+no"
    r"|respondi\s+que\s+(?:no|nao)|risposto\s+(?:di\s+)?no|nein\s+gesagt|mit\s+nein)\b"
    # the answer itself after the question: "… if I think of hurting myself, and no, not at all"
    r"|\b(?:questions?|asked|preguntas?|perguntas?|domande|fragen|demande)\b[^.!?\n]{0,80},\s*"
    r"(?:and|e|y|et|und)\s+(?:no|nao|non|nein)\s*(?:,|$)"
    # a subject of study with its clinical terms: "psych exam, topic is self-harm risk factors
    # in adolescents", "TD de psychiatrie : crise suicidaire, orienter vers le CMP"
    r"|(?=[^\n]*\b(?:psych\w*|psichiatr\w*|psiquiatr\w*|nursing|pflege|infirmier\w*|enfermer\w*"
    r"|enfermagem|infermierist\w*)\b)(?=[^\n]*\b(?:exam\w*|revision|revising|td|tp|partiel|cours"
    r"|prufung|klausur|examen|esame|exame|prova|lecture|seminar|vorlesung|lezione|aula|clase)\b)"
    r"(?=[^\n]*\b(?:risk\s+factors?|facteurs?\s+de\s+risque|factores?\s+de\s+riesgo|fatores?"
    r"\s+de\s+risco|fattori\s+di\s+rischio|risikofaktor\w*|crise\s+suicidaire|crisis\s+suicida"
    r"|crise\s+suicida|crisi\s+suicida\w*|suizidale\s+krise|screening|prevalen\w+|adolescen\w+"
    r"|jugendlichen|patients?|pacientes|patienten|pazienti|orienter|triage|protocol\w*)\b)",
    FLAGS,
)

_ALL_TAUGHT = frozenset(
    {
        Category.SUICIDAL_IDEATION,
        Category.DEATH_WISH,
        Category.SELF_HARM,
        Category.PLAN_OR_METHOD,
    }
)

# Other people's acts counted at work ("three overdoses before lunch"), and a clinical risk
# assessed ("l'évaluation du risque suicidaire"): the writer's job, not the writer's wish.
_CLINICAL = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+(?:overdoses|ods"
    r"|suicide\s+attempts|attempts)\s+(?:before|on|in|during|this|today|per|since|a\s+(?:day"
    r"|night|week|shift))\b"
    r"|\b(?:evaluation|assessment|valutazione|avaliacao|evaluacion|einscha(?:e)?tzung|bewertung"
    r"|estimation|estimacion|estimativa|stima|abscha(?:e)?tzung)"
    r"\s+(?:\w+\s+){0,2}?(?:risque|risk|rischio|risco|riesgo|risiko)\b",
    FLAGS,
)
#: Acts counted at work and risks assessed are read against the ideation and plan phrases.
_COUNTED_AT_WORK = frozenset({Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD})


def is_taught(category: Category, sentence: str) -> bool:
    """Is a phrase of ``category`` in ``sentence`` a subject taught, asked about or counted?"""
    if category in _ALL_TAUGHT and _TAUGHT_OR_DENIED.search(sentence):
        return True
    return category in _COUNTED_AT_WORK and _CLINICAL.search(sentence) is not None
