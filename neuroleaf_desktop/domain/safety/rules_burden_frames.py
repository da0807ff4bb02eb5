"""Burden told as what the others would gain from the writer's absence, or as what the writer
costs them, in German, French, Spanish, Portuguese and Italian (English reads the same two
frames in ``rules_en_burden_gain``, with its own look-alikes).

Why: the burden family of ``rules_core_signs`` reads the writer's absence and the others
"better off" in the conditional. People also say what the others would be spared or given
back, in words no list of "better" holds, and say their absence as a time to come as well as
a supposition:

* the gain is a relief or a lightness ("they'd be relieved", "ohne mich echt erleichtert",
  "respirerait si j'étais plus là", "tutti sarebbero sollevati se morissi"), money or trouble
  saved ("sin mí se ahorrarían los disgustos", "sem mim poupavam o dinheiro dos remédios"),
  their own life given back ("sin mí podrían vivir su vida", "senza di me tornerebbe a
  vivere la sua vita"), or a household that runs better ("home would run smoother
  without me", "die Familie lebt besser ohne mich");
* the absence may be a time to come ("when I am not here any more", "cuando ya no esté");
* what the writer costs the others, named as the resources they pay: money, time, patience,
  sleep ("I cost my family money, patience and sleep", "costo soldi, tempo e pazienza a
  tutti", "I'm costing everyone too much").

Between the two parts no negation may stand ("without me they *wouldn't* be relieved"); a
negation before them, someone else's words and everyday contexts are judged in ``context``,
``negation`` and ``everyday``. Text is case- and accent-folded first. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family
from neuroleaf_desktop.domain.safety.rules_core_signs import (
    ABSENT,
    ABSENT_GATE,
    BETTER,
    LANGS,
    either_order,
)

#: English reads both frames, with its own look-alikes, in ``rules_en_burden_gain``.
_LANGS = tuple(lang for lang in LANGS if lang != "en")

# --- the absence said as a time to come, beside the core family's suppositions ---------------
# (an absence said as a habit, "quand je ne suis pas là", or as a missing, "si yo faltara",
# "se eu faltasse", is also a match or a class missed: "se eu faltasse, o time ficava melhor")
_ABSENT_MORE = {
    "de": r"\bohne\s+mi\b|\bes\s+ga(?:e)?b\s+mich\s+nicht\b",
    "fr": r"\bsi\s+j'?\s*etais\s+plus\s+la\b",
    "es": r"\bcuando\s+(?:yo\s+)?ya\s+no\s+este\b",
    "pt": r"\bquando\s+eu\s+(?:ja\s+)?nao\s+estiver\b",
    "it": r"\bquando\s+(?:io\s+)?non\s+ci\s+saro\s+piu\b",
}
# --- what the others would gain: relief, savings, their own life, a home that runs -----------
_GAIN = {
    "de": r"\b(?:erleichtert|leichter|gmiatlicher|gemu(?:e)?tlicher|ruhig\w*\s+leben"
    r"|ihr\s+(?:eigenes\s+)?leben\s+leben"
    r"|(?:lebt|leben|la(?:e)?uft|ka(?:e)?men|kommen)\s+(?:\w+\s+)?(?:besser"
    r"|schneller\s+voran))\b",
    "fr": r"\b(?:soulag\w+|respirer\w*|plus\s+leg\w+|vivre\s+(?:leur|sa)\s+vie"
    r"|(?:respire|respirent|vit|vivent|tourne)\s+mieux|economiser\w*)\b",
    "es": r"\b(?:aliviad\w+|ahorrar\w+|mas\s+liger\w+|vivir\s+su\s+vida"
    r"|(?:viven|iria|irian)\s+mejor)\b",
    "pt": r"\b(?:aliviad\w+|poupa\w+|mais\s+leves?|viver\s+a\s+(?:sua\s+)?vida"
    r"|(?:vivem|correria)\s+melhor)\b",
    "it": r"\b(?:sollevat\w+|risparmier\w+|piu\s+legger\w+|a\s+vivere\s+la\s+sua\s+vita"
    r"|(?:vivono|andrebbe|andrebbero)\s+meglio)\b",
}
# the core family's gate, and the words of the absences added here
_ABSENCE_GATE = {
    lang: f"{ABSENT_GATE[lang]}|{more}"
    for lang, more in {
        "de": "ohne mi|mich nicht",
        "fr": "si j",
        "es": "no este",
        "pt": "nao estiver",
        "it": "non ci saro",
    }.items()
}

# --- what the writer costs the others, named as what they pay --------------------------------
_COSTS = {
    "de": r"\bich\s+koste\s+(?:alle|euch|sie|ihn|meine\w*\s+\w+|die\s+\w+)\b",
    "fr": r"\bje\s+(?:leur\s+|lui\s+)?coute\b",
    "es": r"\b(?:les\s+|le\s+)?cuesto\b",
    # the verb, not the noun ("o custo de vida", "il costo del biglietto"): a subject, an object
    # pronoun or the head of the clause before it
    "pt": r"(?:\beu\s+|\b(?:lhes|lhe)\s+|(?:^|[.!?,;:])\s*)custo\b",
    "it": r"(?:\bio\s+|\b(?:gli|le)\s+|(?:^|[.!?,;:])\s*)costo\b",
}
_PAID = {
    "de": r"\b(?:geld|zeit|geduld|schlaf|nerven|zu\s+viel)\b",
    "fr": r"\b(?:argent|temps|sommeil|patience|trop\s+cher)\b",
    "es": r"\b(?:dinero|tiempo|paciencia|sueno|demasiado)\b",
    "pt": r"\b(?:dinheiro|tempo|paciencia|sono|demasiado)\b",
    "it": r"\b(?:soldi|denaro|tempo|pazienza|sonno|troppo)\b",
}

RULES: tuple[Rule, ...] = family(
    "core",
    "absence_gain",
    Category.BURDEN,
    Severity.CONCERN,
    {
        lang: either_order(
            lang,
            # not "sin mí encima", "ohne mich dabei": the writer there, in a manner
            rf"(?:{ABSENT[lang]}|{_ABSENT_MORE[lang]})(?!\s+(?:\w+ing|encima|dabei|derriere)\b)",
            rf"{BETTER[lang]}|{_GAIN[lang]}",
        )
        for lang in _LANGS
    },
    _ABSENCE_GATE,
) + family(
    "core",
    "costs_others",
    Category.BURDEN,
    Severity.CONCERN,
    # the resources paid follow the cost within the sentence: "je coûte de l'argent, du temps"
    {lang: rf"(?:{_COSTS[lang]})[^.!?\n]{{0,40}}?(?:{_PAID[lang]})" for lang in _LANGS},
    dict.fromkeys(_LANGS, "cost|koste|coute|cuesto|custo|costo"),
)

__all__ = ["RULES"]
