"""Goodbyes told as love said in the past tense to each of the writer's people, or a letter left
"for after", in six languages.

Why: the farewell families read a goodbye said to each of them in so many words ("goodbye",
"adieu", "thanks for everything … sorry"). These writers send a message to each brother or
friend and tell them they *were* loved, as of a life already over: "un mensaje de voz para cada
hermano diciéndoles que los quise mucho y que me perdonen", "un messaggio a ogni amico: grazie
di tutto, vi ho voluto bene", "pra cada um dos meus amigos dizendo obrigado e que gostei muito
deles, foi a minha despedida", "jedem geschrieben, ich hab euch lieb gehabt". The love in the
past tense, or the message called the writer's goodbye, said to each one, is the sign. A letter
written to a child "for after", with nothing after "after", is the same letter as "for after
I'm gone" (``rules_en_plans``), told shorter.

What stays out: a goodbye at a job, a school, a team or a move (colleagues, classmates, the
office, a retirement, a move abroad), and a goodbye wished forward ("good luck", "a presto");
"for after" followed by what it is after ("for after the meeting", "para después de cenar").
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, family

_S = r"[^.!?\n]"
# To each of them: "para cada hermano", "a ogni amico", "pra cada um dos meus amigos", "jedem"
_EACH = {
    "en": r"\b(?:to|for)\s+(?:each|every)\s+(?:one\s+)?(?:of\s+(?:them|my\s+\w+)|\w+)\b"
    r"|\beach\s+of\s+(?:them|my\s+\w+)\b",
    "es": r"\b(?:a|para|pa)\s+cada\s+\w+\b",
    "pt": r"\b(?:a|para|pra)\s+cada\s+\w+\b",
    "fr": r"\b(?:a|pour)\s+(?:chacun|chacune|chaque\s+\w+)\b",
    "it": r"\b(?:a|per)\s+(?:ciascun[oa]?|ognun[oa]|ogni\s+\w+)\b",
    "de": r"\b(?:jedem|jeder|jedes|allen\s+meinen)\b",
}
# … love said as over, or the message called the writer's goodbye
_LOVE_OVER = {
    "en": r"\b(?:i\s+)?(?:had\s+)?loved\s+(?:them|you|each\s+of\s+them)(?:\s+(?:so\s+much|all))?"
    + END
    + r"|\b(?:that|it|this)\s+was\s+my\s+(?:goodbye|farewell)\b",
    "es": r"\b(?:los|las|te|os)\s+(?:he\s+)?quis[ei]\s+(?:mucho|tanto|muchisimo)?\b"
    r"|\b(?:era|fue)\s+mi\s+despedida\b",
    "pt": r"\b(?:gostei|gostava)\s+muito\s+(?:deles|delas|de\s+voces|de\s+ti)\b"
    r"|\b(?:os|as|te)\s+amei\b|\b(?:foi|era)\s+a\s+minha\s+despedida\b",
    "fr": r"\bje\s+(?:vous|les|t')\s*(?:ai|avais)\s+(?:tant\s+|beaucoup\s+|tellement\s+)?aime\w*\b"
    r"|\bc'\s*etait\s+mon\s+(?:adieu|au\s+revoir)\b",
    "it": r"\b(?:vi|ti|gli)\s+ho\s+voluto\s+(?:tanto\s+|molto\s+)?bene\b"
    r"|\b(?:era|e\s+stato)\s+il\s+mio\s+(?:saluto|addio)\b",
    "de": r"\b(?:hab|habe)\s+(?:euch|dich|sie)\s+(?:so\s+|sehr\s+)?lieb\s+gehabt\b"
    r"|\b(?:war|das\s+war)\s+mein\s+abschied\b",
}
# a goodbye at work, school, a team or a move; a goodbye wished forward
_NOT_A_PARTING = (
    r"(?![^\n]*\b(?:colleagues?|coworkers?|classmates?|team|office|retir\w*|moving|abroad|good\s+luck"
    r"|see\s+you|colegas|companeros|oficina|equipo|jubil\w*|mudanza|suerte|hasta\s+pronto"
    r"|aposent\w*|equipa|escritorio|mudanca|boa\s+sorte|ate\s+breve|collegues?|bureau|equipe"
    r"|retraite|demenag\w*|bonne\s+chance|a\s+bientot|colleghi|collega|ufficio|squadra|pensione"
    r"|trasloco|buona\s+fortuna|a\s+presto|kolleg\w*|buro|bu(?:e)?ro|mannschaft|rente|ruhestand"
    r"|umzug|viel\s+glu(?:e)?ck|bis\s+bald|verein|club|clube|erasmus|estero|ausland|extranjero|exterior|etranger)\b)"
)
# A letter for a child or kin "for after", nothing after "after"
_LETTER_FOR_AFTER = {
    "en": r"\b(?:letter|note)\s+(?:\w+\s+){0,3}?for\s+after" + r"(?=\s*(?:$|[.!?,;:\n]|and\b))",
    "es": r"\b(?:carta|nota)\s+(?:\w+\s+){0,3}?para\s+despues" + r"(?=\s*(?:$|[.!?,;:\n]|y\b))",
    "pt": r"\b(?:carta|bilhete)\s+(?:\w+\s+){0,3}?para\s+depois" + r"(?=\s*(?:$|[.!?,;:\n]|e\b))",
    "fr": r"\b(?:lettre|mot)\s+(?:\w+\s+){0,3}?pour\s+apres" + r"(?=\s*(?:$|[.!?,;:\n]|et\b))",
    "it": r"\b(?:lettera|biglietto)\s+(?:\w+\s+){0,3}?per\s+dopo" + r"(?=\s*(?:$|[.!?,;:\n]|e\b))",
    "de": r"\bbrief\s+(?:\w+\s+){0,3}?fu(?:e)?r\s+danach" + r"(?=\s*(?:$|[.!?,;:\n]|und\b))",
}
# … written to the writer's own child or kin
_FOR_KIN = {
    "en": r"\b(?:my|our)\s+(?:son|daughter|kids?|children|boy|girl|wife|husband|mum|mam|mom|dad"
    r"|brother|sister|partner)\b",
    "es": r"\b(?:mi|mis)\s+(?:hij[oa]s?|niet[oa]s?|mujer|marido|madre|padre|herman[oa]s?)\b",
    "pt": r"\b(?:meu|minha|meus|minhas)\s+(?:filh[oa]s?|net[oa]s?|mulher|marido|mae|pai"
    r"|irm[aã]o?s?)\b",
    "fr": r"\b(?:mon|ma|mes)\s+(?:fils|fille|filles|enfants|femme|mari|mere|pere|frere|soeur)\b",
    "it": r"\b(?:mio|mia|miei|mie)\s+(?:figli[oa]?|figlie|moglie|marito|madre|padre|fratell[oi]"
    r"|sorell[ae])\b",
    "de": r"\b(?:meine[mnrs]?|unsere[mnrs]?)\s+(?:sohn|tochter|kinder[n]?|frau|mann|mutter|vater"
    r"|bruder|schwester)\b",
}

# (the love ends its clause, "los quise mucho." not "los quise desde el primer día"; the goodbye is
# of no named thing, "mein Abschied", not "mein Abschied vom Verein")
_ENDS = r"(?=\s*(?:$|[.!?,;:\n]|(?:and|y|e|et|und)\b))"
_OF_NOTHING = r"(?!\s+(?:vom|von|from|to\s+the|de|del|da|do|dal|dalla|della|du|des|al|a\s+la)\b)"

RULES: tuple[Rule, ...] = family(
    "farewell_love",
    "said_as_over",
    Category.GOODBYES,
    Severity.CONCERN,
    {
        lang: rf"(?:^|(?<=[.!?\n])){_NOT_A_PARTING}{_S}*?(?:{_EACH[lang]})[^\n]{{0,120}}?"
        rf"(?:{_LOVE_OVER[lang]}){_ENDS}{_OF_NOTHING}"
        rf"|(?:^|(?<=[.!?\n])){_NOT_A_PARTING}(?={_S}*?{_FOR_KIN[lang]}){_S}*?"
        rf"(?:{_LETTER_FOR_AFTER[lang]})"
        for lang in _EACH
    },
    {
        "en": "loved|goodbye|farewell|after",
        "es": "quis|despedida|despues",
        "pt": "gostei|gostava|amei|despedida|depois",
        "fr": "aime|adieu|revoir|apres",
        "it": "bene|saluto|addio|dopo",
        "de": "lieb|abschied|danach",
    },
)

__all__ = ["RULES"]
