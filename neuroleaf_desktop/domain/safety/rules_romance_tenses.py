"""Self-harm and suicidal thoughts told by the writer in the imperfect, the conditional or the
subjunctive, in Spanish, Italian, French and Portuguese.

Why: the other families read these acts mostly in the present and the perfect ("me hago
daño", "je me suis coupée"). A history is usually told in the imperfect ("me hacía daño",
"je me faisais du mal", "pensavo di uccidermi"), and a clinician's question is reported with the
verb moved back a tense ("me preguntó si me hacía daño", "mi ha chiesto se mi facessi del
male", "perguntou se eu me cortasse"). Without a span here that answer cannot be judged at
all; with one, the usual context logic decides whether it is past, someone else's, or a
question answered no.

Guards: the harm must be the writer's own doing and nothing else's. "me hacía daño el zapato"
names what hurt (the subject after the verb), "me cortaba el pelo" names a haircut, "mi facevo
male giocando a calcio" and "je me faisais mal au dos" are a game and an ache; "mi hermana se
cortaba" has no first-person pronoun, so it never matches.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule

_SH, _SI = Category.SELF_HARM, Category.SUICIDAL_IDEATION
_CON, _URG = Severity.CONCERN, Severity.URGENT

# What may follow a bare "hurt myself" and still leave it about self-harm: the end of the
# clause, a time, a place on the body, a manner ("a propósito", "di nascosto", "en cachette").
_AFTER = {
    "es": r"(?=\s*(?:$|[.!?,;:)\"\n])|\s+(?:a\s+mi\s+mism[oa]|a\s+proposito|a\s+escondidas"
    r"|en\s+secreto|alguna\s+vez|a\s+veces|cada|todas?|todos|de\s+noche|por\s+las\s+noches|otra\s+vez|de\s+nuevo"
    r"|cuando|porque|para\s+(?:sentir|castigarme|aliviar)|y|pero|en\s+(?:los|las|el|la)\s+"
    r"(?:brazos|piernas|munecas|muslos|piel|brazo|pierna|muneca))\b)",
    "it": r"(?=\s*(?:$|[.!?,;:)\"\n])|\s+(?:da\s+sol[oa]|di\s+nascosto|apposta"
    r"|volontariamente|qualche\s+volta|a\s+volte|ogni|tutte?|tutti|di\s+notte|la\s+notte|ancora|di\s+nuovo|quando"
    r"|perche|e|ma|sulle?\s+(?:braccia|gambe|polsi|cosce|pelle))\b)",
    "fr": r"(?=\s*(?:$|[.!?,;:)\"\n])|\s+(?:moi-?\s*meme|expres|volontairement|en\s+cachette"
    r"|en\s+secret|parfois|des\s+fois|chaque|tous|toutes|la\s+nuit|le\s+soir|encore|quand|parce|et|mais"
    r"|aux?\s+(?:bras|jambes|poignets|cuisses))\b)",
    "pt": r"(?=\s*(?:$|[.!?,;:)\"\n])|\s+(?:de\s+proposito|escondid[oa]|em\s+segredo|toda"
    r"|alguma\s+vez|as\s+vezes|todos|todas|a\s+noite|de\s+novo|outra\s+vez|quando|porque|e|mas|nos?\s+"
    r"(?:bracos|pernas|pulsos|coxas))\b)",
}

# Where the writer's own clause begins, so that "me" is the object of the writer's act and not
# of a named subject ("su silencio me hacía daño", "si él me hiciera daño" do not match): the
# clause's start, or a word that opens a clause or a question ("si", "cuando", "yo"), or the
# "que" of the writer's own telling.
_LEAD_ES = (
    r"(?:^|(?<=[.!?,;:\n])\s*|\b(?:yo|si|cuando|y|pero|antes|ya|tambien|a\s+veces|siempre"
    r"|porque|mientras|entonces|luego|despues|ni|o|sol[oa]|hace\s+(?:\w+\s+)?(?:anos|meses"
    r"|tiempo)|de\s+(?:nin[oa]|adolescente|joven|pequen[oa])|en\s+el\s+(?:instituto|colegio"
    r"|liceo)"
    # … or a telling of it: "le dije a la psicóloga que me hacía daño en las piernas" (the
    # writer's own "dije", "conté", "confesé"; "me dijo que" is someone else's telling)
    r"|(?:dije|conte|confese|admiti|explique|reconoci|confie)\s+(?:a\s+(?:\w+\s+){1,3}?)?que)\s+)"
    r"(?:(?:yo|a\s+veces|antes|siempre|ya|tambien|no)\s+)?"
)

# "hurt myself" in the imperfect, conditional and imperfect subjunctive
_HARM = {
    # "me hacía daño", "me haría daño", "me hiciera / hiciese daño"; "me cortaba", "me
    # cortara", "me lastimara" standing alone (not "me cortaba el pelo": the object is named)
    "es": _LEAD_ES + r"me\s+(?:hacia|haria|hiciera|hiciese)\s+(?:(?:mucho|tanto)\s+)?dano\b"
    r"(?!\s+(?:el|la|los|las|mi|mis|su|sus|un|una|este|esta|ese|esa)\b)"
    + _AFTER["es"]
    + "|"
    + _LEAD_ES
    + r"me\s+(?:cort|lastim|autolesion)(?:aba|aria|ara|ase)"
    + _AFTER["es"],
    # "mi facevo / farei / facessi del male" (the partitive "del" makes it harm, not an ache);
    # "mi tagliassi", "mi ferissi" in a question; "pensavo di uccidermi"
    "it": r"\bmi\s+(?:facevo|farei|facessi)\s+male\s+(?:da\s+sol[oa]|di\s+nascosto|apposta"
    r"|volontariamente)\b"
    r"|\bmi\s+(?:facevo|farei|facessi)\s+del\s+male\b"
    r"|\bmi\s+(?:tagli|feri|autolesion|brucia)(?:assi|issi|erei|irei|avo|ivo)" + _AFTER["it"],
    # "je me faisais / ferais / fasse du mal" (not "je me faisais mal au dos"); "je me
    # scarifiais", "je me coupais" standing alone
    "fr": r"\bje\s+me\s+(?:faisais|ferais|fasse|fisse)\s+du\s+mal\b"
    r"|\bje\s+me\s+(?:faisais|ferais)\s+mal\s+(?:expres|volontairement|moi-?\s*meme)\b"
    r"|\bje\s+me\s+(?:scarifi|mutil|coup|bless)(?:ais|erais|asse)" + _AFTER["fr"],
    # "se eu me machucasse / cortasse / ferisse"; "eu me feria"; "me machucaria"
    "pt": r"\beu\s+me\s+(?:machuc|cort|fer|autolesion)(?:asse|isse|aria|iria)"
    + _AFTER["pt"]
    + r"|\beu\s+me\s+feria"
    + _AFTER["pt"],
}

# Thinking of or wanting one's own death, in the imperfect or the conditional. Only the forms
# that say "I" on their own: Spanish "pensaba en matarme" may be his thought of killing me, and
# the other families already read it.
_THINK = {
    "it": r"\b(?:pensavo|penserei|pensassi)\s+(?:di|a)\s+(?:uccidermi|ammazzarmi|suicidarmi"
    r"|togliermi\s+la\s+vita)",
    # (not "me tuer à la tâche / au travail": working oneself to death)
    "fr": r"\bje\s+(?:voulais|voudrais|pensais|penserais)\s+(?:a\s+)?(?:me\s+tuer(?!\s+(?:a\s+la"
    r"\s+tache|au\s+travail|a\s+force))|me\s+suicider|mettre\s+fin\s+a\s+mes\s+jours)"
    r"|\bje\s+voulais\s+mourir" + END,
}

_HARM_GATES = {
    "es": "me hac|me har|me hici|me cort|me lastim|me autoles",
    "it": "mi fa|mi tagli|mi feri|mi autoles|mi bruci",
    "fr": "je me",
    "pt": "eu me",
}
_THINK_GATES = {
    "it": "pensavo|penserei|pensassi",
    "fr": "je voul|je voudr|je pens",
}

RULES: tuple[Rule, ...] = tuple(
    rule(f"{lang}_tense_harm", _SH, _CON, pattern, inherent=True, lang=lang,
         gate=_HARM_GATES[lang])
    for lang, pattern in _HARM.items()
) + tuple(
    rule(f"{lang}_tense_think", _SI, _URG, pattern, inherent=True, lang=lang,
         gate=_THINK_GATES[lang])
    for lang, pattern in _THINK.items()
)  # fmt: skip

__all__ = ["RULES"]
