"""Explicit statements in German, French, Spanish, Portuguese and Italian told in shapes the
per-language rules missed: an attempt that nearly happened, a plan to be carried through, no
fear of death left, the act in the present with a time in front, a last entry.

Why: each is a whole grammatical shape, written once for the five languages:

* nearly did it ("gestern hätte ich es fast getan", "j'ai failli le faire", "casi lo hago",
  "quase o fiz", "stavo per farlo"), or the pills already "in my hand": an aborted attempt
  (C-SSRS), urgent;
* a plan carried through ("j'ai un plan et je vais aller jusqu'au bout"), not a plan *for*
  the move or the thesis ("un plan pour le déménagement", "un piano per la tesi");
* no fear of dying left, and ready ("je n'ai plus peur de mourir, je suis prête");
* the present for the future with the time first ("esta noche me mato", "ce soir je me tue",
  "stanotte mi ammazzo"), the clause ending on the verb (not "me mato a trabajar");
* the question to oneself in French and Portuguese ("pourquoi je n'en finis pas ?", "porque é
  que não acabo com isto?");
* the last time I write here ("c'est la dernière fois que j'écris ici"), a goodbye unless a
  new notebook or app is named (``everyday``).

Text is case- and accent-folded first. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_intl_journal import MEDS

_SI, _PM, _GB = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.GOODBYES
_URG, _CON = Severity.URGENT, Severity.CONCERN
_LANGS = ("de", "fr", "es", "pt", "it")
_CLAUSE_END = r"(?=\s*(?:$|[.!?,;:)\"\n]))"

_NEARLY = {
    "de": r"\b(?:hatte|haette)\s+ich\s+es\s+fast\s+(?:getan|gemacht|durchgezogen)\b"
    r"|\bfast\s+(?:hatte\s+ich\s+es\s+(?:getan|gemacht)|ware\s+ich\s+gesprungen)\b"
    r"|\bich\s+(?:hatte|haette)\s+es\s+fast\s+(?:getan|gemacht)\b"
    rf"|\balle\s+{MEDS['de']}\s+(?:lagen|hatte\s+ich)\s+(?:schon\s+)?in\s+(?:meiner|der)\s+hand\b",
    "fr": r"\bj'?ai\s+failli\s+(?:le\s+faire|sauter|passer\s+a\s+l'?acte|tout\s+avaler"
    r"|les\s+prendre|me\s+jeter|en\s+finir)\b"
    rf"|\bj'?avais\s+(?:tous\s+les|toutes\s+les)\s+{MEDS['fr']}\s+(?:dans\s+la\s+main|en\s+main)",
    "es": r"\bcasi\s+(?:lo\s+hago|lo\s+hice|salto|salte|me\s+tiro|me\s+tire|me\s+las\s+tomo"
    r"|me\s+las\s+tome|acabo\s+con\s+todo)\b"
    # (not "casi me tiro a la piscina / al suelo / encima de él"; "al río" still counts)
    r"(?!\s+(?:a\s+la\s+piscina|al\s+(?:suelo|sofa|agua\s+(?:de|en)\s+la\s+piscina)|en\s+la\s+cama"
    r"|encima|sobre\s+(?:el|la)\s+(?:cama|sofa)|de\s+risa)\b)"
    rf"|\btenia\s+todas\s+las\s+{MEDS['es']}\s+en\s+la\s+mano\b",
    "pt": r"\bquase\s+(?:o\s+fiz|fiz\s+isso|saltei|me\s+atirei|os\s+tomei|tomei\s+tudo"
    r"|acabei\s+com\s+tudo)\b"
    r"(?!\s+(?:a\s+piscina|ao\s+chao|para\s+o\s+sofa|para\s+a\s+cama|na\s+cama|no\s+sofa"
    r"|em\s+cima|de\s+riso|ao\s+pescoco)\b)"
    rf"|\btinha\s+todos\s+os\s+{MEDS['pt']}\s+na\s+mao\b",
    "it": r"\bci\s+sono\s+andat[oa]\s+(?:molto\s+)?vicin[oa]\s+(?:a\s+farlo|a\s+farla\s+finita"
    r"|a\s+buttarmi)\b"
    rf"|\bci\s+sono\s+andat[oa]\s+(?:molto\s+)?vicin[oa]\b[^.!?\n]{{0,40}}?\b(?:{MEDS['it']}|corda"
    r"|ponte|lamett[ae])\b|\bstavo\s+per\s+(?:farlo|buttarmi|farla\s+finita)\b"
    # (not "stavo per buttarmi sul divano": onto the sofa, into the pool)
    r"(?!\s+(?:sul\s+(?:divano|letto)|sulla\s+(?:sedia|poltrona)|a\s+letto|in\s+piscina"
    r"|nella\s+piscina|addosso)\b)"
    r"|\bper\s+poco\s+non\s+(?:l'?ho\s+fatto|mi\s+sono\s+buttat[oa]|l'?ho\s+fatta\s+finita)\b"
    r"(?!\s+(?:sul\s+(?:divano|letto)|sulla\s+(?:sedia|poltrona)|a\s+letto|in\s+piscina"
    r"|nella\s+piscina|addosso)\b)"
    rf"|\bavevo\s+tutte\s+le\s+{MEDS['it']}\s+in\s+mano\b",
}
_NEARLY_GATE = {
    "de": r"fast|hand",
    "fr": r"failli|main",
    "es": r"casi|mano",
    "pt": r"quase|mao",
    "it": r"vicin|stavo|poco|mano",
}

_PLAN_THROUGH = {
    "de": r"\bhabe\s+einen\s+plan\b(?!\s+(?:fur|fuer|zum|zur|fuers))[^.!?\n]{0,40}?"
    r"\b(?:ziehe?\s+(?:ich\s+)?(?:es|ihn|das)\s+durch|setze\s+(?:ich\s+)?(?:es|ihn)\s+um)\b",
    "fr": r"\bj'?ai\s+un\s+plan\b(?!\s+(?:pour|de|d'))[^.!?\n]{0,40}?"
    r"\b(?:aller\s+jusqu'?\s*au\s+bout"
    r"|le\s+(?:faire|mettre\s+a\s+execution))\b",
    "es": r"\btengo\s+un\s+plan\b(?!\s+(?:para|de))[^.!?\n]{0,40}?\b(?:llevarlo\s+a\s+cabo"
    r"|lo\s+voy\s+a\s+llevar\s+a\s+cabo|hacerlo|ir\s+hasta\s+el\s+final|cumplirlo)\b",
    "pt": r"\btenho\s+um\s+plano\b(?!\s+(?:para|de|pra))[^.!?\n]{0,40}?"
    r"\b(?:leva-lo\s+ate\s+ao\s+fim"
    r"|ir\s+ate\s+ao\s+fim|cumpri-lo|faze-lo|(?:por|po-lo)\s+em\s+pratica)\b",
    "it": r"\bho\s+un\s+piano\b(?!\s+(?:per|di|da))[^.!?\n]{0,40}?"
    r"\b(?:(?:lo\s+)?portero\s+fino\s+in"
    r"\s+fondo|portarlo\s+a\s+termine|andare\s+fino\s+in\s+fondo|metterlo\s+in\s+atto)\b",
}
_PLAN_GATE = {"de": "plan", "fr": "plan", "es": "plan", "pt": "plano", "it": "piano"}

_NO_FEAR_READY = {
    "de": r"\bkeine\s+angst\s+mehr\s+(?:vor\s+dem\s+(?:sterben|tod)|zu\s+sterben)\b[^.!?\n]{0,30}?"
    r"\bbereit\b",
    "fr": r"\bn'?ai\s+plus\s+peur\s+de\s+(?:mourir|la\s+mort)\b(?!\s+(?:de|d'))[^.!?\n]{0,30}?"
    r"\bpret(?:e|es|s)?\b(?!\s+(?:pour|a)\b)",
    "es": r"\b(?:ya\s+no\s+me\s+da|no\s+tengo)\s+miedo\s+(?:a\s+)?(?:morir|la\s+muerte)\b"
    r"(?!\s+(?:de|del)\b)[^.!?\n]{0,30}?\blist[oa]s?\b(?!\s+para\b)",
    "pt": r"\bnao\s+tenho\s+(?:mais\s+)?medo\s+de\s+morrer\b(?!\s+de\b)[^.!?\n]{0,30}?"
    r"\bpront[oa]s?\b(?!\s+(?:para|pra)\b)",
    "it": r"\bnon\s+ho\s+piu\s+paura\s+di\s+morire\b(?!\s+di\b)[^.!?\n]{0,30}?\bpront[oa]\b"
    r"(?!\s+per\b)",
}
_FEAR_GATE = {"de": "angst", "fr": "peur", "es": "miedo", "pt": "medo", "it": "paura"}

# The present for the future with the time first; the clause ends on the verb.
_TIME_FIRST = {
    "de": r"\b(?:heute\s+nacht|heute\s+abend|heute|morgen|jetzt)\s*,?\s+(?:bringe|bring)\s+ich\s+"
    r"mich\s+um\b",
    "fr": r"\b(?:ce\s+soir|cette\s+nuit|demain|aujourd'?hui|maintenant|ce\s+week-end)\s*,?\s+"
    r"je\s+me\s+(?:tue|suicide|fous\s+en\s+l'?air)"
    + _CLAUSE_END
    + r"|\bje\s+(?:saute|sauterai|me\s+jette|me\s+jetterai)\s+(?:du|d'un|d'une|de\s+la|par\s+la)\s+"
    r"(?:pont|toit|immeuble|falaise|fenetre|balcon|viaduc)\b(?![^.!?\n]{0,40}\b(?:eau|riviere"
    r"|lac|mer|piscine|elastique|baignade)\b)",
    "es": r"\b(?:esta\s+noche|hoy|manana|ahora|esta\s+tarde|este\s+fin\s+de\s+semana)\s*,?\s+"
    r"(?:yo\s+)?me\s+(?:mato|suicido|quito\s+la\s+vida)" + _CLAUSE_END,
    "pt": r"\b(?:hoje(?:\s+a\s+noite)?|esta\s+noite|amanha|agora|logo\s+a\s+noite"
    r"|este\s+fim\s+de\s+semana)\s*,?\s+(?:eu\s+)?(?:mato-me|me\s+mato|suicido-me|me\s+suicido"
    r"|tiro\s+a\s+minha\s+(?:propria\s+)?vida)" + _CLAUSE_END,
    "it": r"\b(?:stanotte|stasera|oggi|domani|adesso|ora|questo\s+fine\s+settimana)\s*,?\s+"
    r"(?:io\s+)?mi\s+(?:ammazzo|uccido|suicido|tolgo\s+la\s+vita)" + _CLAUSE_END,
}
_TIME_GATE = {
    "de": r"bringe?\s+ich\s+mich",
    "fr": r"tue|suicide|fous|saute|jett",
    "es": r"mato|suicido|quito",
    "pt": r"mato|suicido|vida",
    "it": r"ammazzo|uccido|suicido|tolgo",
}

_LAST_WRITING = {
    "de": r"\bdas\s+letzte\s+mal,?\s+dass\s+ich\s+(?:hier|in\s+(?:dieses|mein)\s+tagebuch)"
    r"\s+schreibe\b",
    "fr": r"\bla\s+derniere\s+fois\s+que\s+j'?\s*ecris\s+(?:ici|dans\s+(?:ce|mon)\s+journal)\b",
    "es": r"\bla\s+ultima\s+vez\s+que\s+escribo\s+(?:aqui|en\s+(?:este|mi)\s+diario)\b",
    "pt": r"\ba\s+ultima\s+vez\s+que\s+escrevo\s+(?:aqui|neste\s+diario|no\s+meu\s+diario)\b",
    "it": r"\bl'?\s*ultima\s+volta\s+che\s+scrivo\s+(?:qui|in\s+questo\s+diario"
    r"|nel\s+mio\s+diario)\b",
}
_LAST_GATE = {"de": "letzte", "fr": "derniere", "es": "ultima", "pt": "ultima", "it": "ultima"}


def _families(lang: str) -> tuple[Rule, ...]:
    return (
        rule(
            f"{lang}_at_nearly_did_it",
            _SI,
            _URG,
            _NEARLY[lang],
            inherent=True,
            lang=lang,
            gate=_NEARLY_GATE[lang],
        ),
        rule(
            f"{lang}_at_plan_carried_through",
            _PM,
            _URG,
            _PLAN_THROUGH[lang],
            inherent=True,
            lang=lang,
            gate=_PLAN_GATE[lang],
        ),
        rule(
            f"{lang}_at_no_fear_ready",
            _SI,
            _URG,
            _NO_FEAR_READY[lang],
            inherent=True,
            lang=lang,
            gate=_FEAR_GATE[lang],
        ),
        rule(
            f"{lang}_at_time_first",
            _SI,
            _URG,
            _TIME_FIRST[lang],
            inherent=True,
            lang=lang,
            gate=_TIME_GATE[lang],
        ),
        rule(
            f"{lang}_at_last_writing",
            _GB,
            _CON,
            _LAST_WRITING[lang],
            inherent=True,
            lang=lang,
            gate=_LAST_GATE[lang],
        ),
    )


_QUESTIONS: tuple[Rule, ...] = (
    rule(
        "fr_at_why_not_end_it",
        _SI,
        _URG,
        # "pourquoi je n'en finis pas tout simplement ?", "pourquoi je ne me tue pas ?"
        r"\bpourquoi\s+(?:est-ce\s+que\s+)?(?:je\s+)?(?:n'?\s*en\s+finis|ne\s+me\s+tue"
        r"|ne\s+me\s+suicide)\s+pas\b",
        inherent=True,
        lang="fr",
        gate=r"pourquoi",
    ),
    rule(
        "pt_at_why_not_end_it",
        _SI,
        _URG,
        # "porque é que não acabo com isto de uma vez?", "por que não me mato?"
        r"\bpor\s*que\s+(?:e\s+que\s+)?(?:eu\s+)?nao\s+(?:acabo\s+com\s+(?:isto|isso|tudo)"
        r"(?:\s+de\s+uma\s+vez(?:\s+por\s+todas)?)?|me\s+mato|mato-me|me\s+atiro)" + _CLAUSE_END,
        inherent=True,
        lang="pt",
        gate=r"por\s*que",
    ),
)

RULES: tuple[Rule, ...] = tuple(r for lang in _LANGS for r in _families(lang)) + _QUESTIONS
