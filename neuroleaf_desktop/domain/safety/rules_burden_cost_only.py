"""Burden told as the writer being only a cost or a wear to someone, or their life resuming
without the writer, in six languages.

Why: ``rules_burden_weight`` reads the writer as a burden noun ("I'm only a cost to them"). The
same is said with the writer as the subject of the verb, a cost paid by someone named:

* **only a cost, a wear, a ruin**: "I cost her everything", "I ruin whatever I touch", "not a
  father they have to drag about", "ich koste sie alles", "c'est moi qui l'use", "solo les doy
  gastos", "só lhe dou despesa", "io le costo e basta";
* **their life resuming without the writer**: "without me he'd finally have a life of his own",
  "ohne mich hätte sie wieder ein eigenes Leben", "sans moi il revivrait", "sin mí volvería a
  vivir", "sem mim ela voltaria a viver", "senza di me tornerebbe a vivere".

Each closes its clause: "ich koste sie alles, die Pralinen" (tasting), "tornerebbe a vivere a
Napoli" (a move) go on to a thing or a place. Whose words they are and a denial are judged in
``context``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import CLAUSE_CLOSE, Rule, family

_KIN_EN = r"(?:father|mother|dad|mum|mam|mom|husband|wife|son|daughter|brother|sister|partner)"
_COST_ONLY = {
    "en": r"\bi\s+(?:just\s+|only\s+)?cost\s+(?:her|him|them)\s+(?:everything|so\s+much)"
    r"|\bi\s+(?:just\s+)?ruin\s+(?:whatever|everything|everyone)\s+(?:i'?m\s+near|i\s+touch"
    r"|around\s+me)"
    rf"|\bnot\s+a\s+{_KIN_EN}\s+(?:they|he|she)\s+(?:have|has)\s+to\s+(?:haul|drag|carry|lug|push)"
    # (… likened to a load: "like a broken cart")
    r"(?:\s+(?:about|around))?(?:\s+like\s+(?:a|an|some)\s+[\w\s'-]{1,30}?)?",
    "de": r"\bich\s+koste\s+(?:sie|ihn|euch|die\s+\w+|meine\s+\w+)\s+(?:alles|nur\s+(?:geld|nerven"
    r"|kraft))(?:\s+und\s+es\s+(?:bringt|nu(?:e)?tzt)\s+nichts)?",
    "fr": r"\bc'\s*est\s+moi\s+qui\s+(?:l'\s*|les\s+)(?:use|epuise|ruine)"
    # (… and for nothing: "je leur coûte tout et ça ne sert à rien")
    r"|\bje\s+(?:leur|lui)\s+cou(?:te|ute)\s+tout(?:\s+et\s+(?:ca|cela)\s+ne\s+sert\s+a\s+rien)?",
    "es": r"\bsolo\s+(?:le|les)\s+(?:doy|causo)\s+gastos|\b(?:le|les)\s+cuesto\s+todo"
    r"(?:\s+y\s+no\s+sirve\s+de\s+nada)?",
    "pt": r"\bso\s+(?:lhe|lhes)\s+dou\s+(?:despesas?|prejuizo)|\b(?:lhe|lhes)\s+custo\s+tudo"
    r"(?:\s+e\s+nao\s+serve\s+de\s+nada)?",
    "it": r"\b(?:io\s+)?(?:le|gli)\s+costo\s+(?:e\s+basta|soltanto|solo|tutto)"
    r"(?:\s+e\s+non\s+serve\s+a\s+(?:niente|nulla))?"
    r"|\bnon\s+faccio\s+(?:altro\s+)?che\s+costar(?:le|gli)",
}
_LIFE_RESUMED = {
    "en": r"\bwithout\s+me\s+(?:\w+\s+){0,4}?(?:would|'d)\s+(?:finally\s+)?(?:have\s+a\s+life\s+of"
    r"\s+(?:his|her|their)\s+own|live\s+again)"
    # (the writer a load they tow: "they'd go further without me in tow")
    r"|\b(?:they|he|she)(?:'d|\s+would)\s+(?:\w+\s+){0,3}?without\s+me\s+in\s+tow",
    "de": r"\bohne\s+mich\s+ha(?:e)?tte?n?\s+(?:\w+\s+){0,4}?(?:endlich\s+)?(?:wieder\s+)?ein\s+"
    r"eigenes\s+leben|\bohne\s+mich\s+ha(?:e)?tte?n?\s+(?:sie|er|ihr|die\s+\w+)\s+(?:endlich\s+)?"
    r"(?:wieder\s+)?luft",
    "fr": r"\bsans\s+moi,?\s+(?:\w+\s+){0,4}?(?:revivrai(?:t|ent)|aurai(?:t|ent)\s+(?:enfin\s+)?"
    r"(?:une\s+vie\s+a\s+(?:lui|elle|eux)|sa\s+propre\s+vie))",
    "es": r"\bsin\s+mi,?\s+(?:\w+\s+){0,4}?(?:volveria(?:n)?\s+a\s+vivir"
    r"|tendria(?:n)?\s+(?:por\s+fin"
    r"\s+)?(?:una\s+)?vida\s+propia)",
    "pt": r"\bsem\s+mim,?\s+(?:\w+\s+){0,4}?(?:voltaria(?:m)?\s+a\s+viver|teria(?:m)?\s+"
    r"(?:finalmente\s+)?(?:uma\s+)?vida\s+propria)",
    # (the writer named as the weight: "senza questo peso vivrebbe")
    "it": r"\bsenza\s+(?:di\s+me|questo\s+peso|questo\s+fardello),?\s+(?:\w+\s+){0,4}?"
    r"(?:tornerebbe(?:ro)?\s+a\s+vivere|avrebbe(?:ro)?\s+(?:di\s+nuovo\s+)?una\s+vita\s+sua"
    r"|vivrebbe(?:ro)?|respirerebbe(?:ro)?)",
}

_NAME = "burden_cost"
RULES: tuple[Rule, ...] = family(
    _NAME,
    "only",
    Category.BURDEN,
    Severity.CONCERN,
    {lang: rf"(?:{p}){CLAUSE_CLOSE}" for lang, p in _COST_ONLY.items()},
    {
        "en": "cost|ruin|have to|has to",
        "de": "koste",
        "fr": "moi qui|coute|coute",
        "es": "gastos|cuesto",
        "pt": "dou|custo",
        "it": "costo|costar",
    },
) + family(
    _NAME,
    "life_resumed",
    Category.BURDEN,
    Severity.CONCERN,
    {lang: rf"(?:{p}){CLAUSE_CLOSE}" for lang, p in _LIFE_RESUMED.items()},
    {
        "en": "without me",
        "de": "ohne mich",
        "fr": "sans moi",
        "es": "sin mi",
        "pt": "sem mim",
        "it": "senza di me|senza questo",
    },
)

__all__ = ["RULES"]
