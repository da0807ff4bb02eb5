"""Suicide as the subject of a thought that arrives in the writer's head; in six languages.

Why: the families read "I think about suicide" and "the thought of killing myself", where the
writer is the one thinking. Writers also make the act the subject and their own head the place
it comes to, as a thing that happens to them: "suicide comes into my head on the drive every
day", "le suicide me vient à l'esprit", "el suicidio se me viene a la cabeza", "il suicidio mi
passa per la testa", "o suicídio vem-me à cabeça", "Selbstmord kommt mir in den Sinn". The
head or mind is the writer's own ("my", "me", "mi", "mir"), so whose thought it is is said.

What is left alone: a denial between the two ("suicide never comes into my head", "no se me
pasa por la cabeza"), read by the negation readers; someone else's suicide ("his suicide",
"el suicidio de mi tío", "der Selbstmord meines Onkels"), a memory of a loss, not a wish; a
word about the topic ("a film about suicide") is judged by the topic reader.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# The act as subject, never someone else's ("his suicide", "el suicidio de mi tío")
_NOT_ANOTHERS = r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!'s\s)(?<!\bdad's\s)"
_ACT = {
    "en": _NOT_ANOTHERS + r"\b(?:suicide|killing\s+myself|ending\s+my\s+(?:own\s+)?life"
    r"|taking\s+my\s+(?:own\s+)?life|ending\s+it\s+all)",
    "de": r"\b(?:(?:der\s+)?(?:suizid|selbstmord|freitod)(?!\s+(?:meine|seine|ihre|des|der|von))"
    r"|mich\s+umzubringen|mir\s+das\s+leben\s+zu\s+nehmen|(?:das\s+)?sterben)",
    "fr": r"\b(?:le\s+suicide(?!\s+d[e'u])|me\s+tuer|en\s+finir|mettre\s+fin\s+a\s+mes\s+jours"
    r"|me\s+suicider)",
    "es": r"\b(?:el\s+suicidio(?!\s+de)|matarme|quitarme\s+la\s+vida|suicidarme"
    r"|acabar\s+con\s+(?:todo|mi\s+vida))",
    "it": r"\b(?:il\s+suicidio(?!\s+d[ie])|uccidermi|ammazzarmi|farla\s+finita"
    r"|togliermi\s+la\s+vita|suicidarmi)",
    "pt": r"\b(?:o\s+suicidio(?!\s+d[eoa])|matar-me|me\s+matar|suicidar-me|me\s+suicidar"
    r"|acabar\s+com\s+(?:tudo|a\s+minha\s+vida))",
}
# … arriving: any one verb carries it into, round or through the writer's own head or mind
# (comes, pops, creeps, slides, circles, hammers, haunts: the verb is the writer's picture, the
# head is what says whose thought it is), or it stays there and will not leave
_ARRIVES = {
    "en": r"\s+(?:(?:just|still|always|keeps?|kept|has\s+started|started)\s+)?"
    r"[a-z]+\s+(?:back\s+)?(?:in)?to\s+my\s+(?:head|mind|thoughts)"
    # … or turning up there, or never leaving it: "suicide keeps turning up in my head", "won't
    # leave my head"
    r"|\s+(?:just\s+|still\s+|always\s+|keeps?\s+)?(?:turns?|turning|shows?|showing)\s+up\s+in\s+"
    r"my\s+(?:head|mind|thoughts)"
    r"|\s+(?:won'?t|will\s+not|never)\s+leaves?\s+my\s+(?:head|mind|thoughts)",
    "de": r"\s+[a-z]+\s+(?:sich\s+)?mir\s+(?:(?:immer|wieder|oft|dauernd|staendig|standig|jeden"
    r"|tag|taeglich|taglich|seit|wochen|tagen|monaten|so)\s+)*(?:in\s+den\s+(?:sinn|kopf)"
    r"|durch\s+den\s+kopf|im\s+kopf)"
    r"|\s+geht\s+mir\s+nicht\s+(?:mehr\s+)?aus\s+dem\s+kopf",
    "fr": r"\s+me\s+[a-z]+\s+(?:(?:souvent|encore|sans\s+cesse|tout\s+le\s+temps)\s+)?"
    r"(?:a\s+l'\s*esprit|(?:par\s+)?la\s+tete|dans\s+la\s+tete|l'\s*esprit|en\s+tete)"
    r"|\s+ne\s+me\s+sort\s+(?:pas|plus|jamais)\s+de\s+la\s+tete",
    "es": r"\s+(?:se\s+)?me\s+[a-z]+\s+(?:(?:otra\s+vez|cada\s+vez\s+mas|mucho)\s+)?"
    r"(?:a|por|en)\s+la\s+(?:cabeza|mente)"
    r"|\s+no\s+se\s+me\s+va\s+de\s+la\s+(?:cabeza|mente)",
    "it": r"\s+mi\s+(?:e\s+)?[a-z]+\s+(?:(?:spesso|ancora|di\s+nuovo|sempre)\s+)?"
    r"(?:per\s+la\s+(?:testa|mente)|in\s+(?:mente|testa)|nella\s+(?:testa|mente))"
    r"|\s+non\s+mi\s+esce\s+(?:piu\s+)?dalla\s+(?:testa|mente)",
    "pt": r"\s+(?:[a-z]+-me|me\s+[a-z]+)\s+"
    r"(?:(?:muitas\s+vezes|outra\s+vez|sempre)\s+)?(?:a|pela|na)\s+(?:cabeca|mente)"
    r"|\s+nao\s+me\s+sai\s+da\s+(?:cabeca|mente)",
}
_GATES = {
    "en": "head|mind|thoughts",
    "de": "sinn|kopf",
    "fr": "esprit|tete",
    "es": "cabeza|mente",
    "it": "testa|mente",
    "pt": "cabeca|mente",
}

RULES: tuple[Rule, ...] = family(
    "thought_arrives",
    "in_my_head",
    Category.SUICIDAL_IDEATION,
    Severity.CONCERN,
    {lang: rf"{_ACT[lang]}(?:{_ARRIVES[lang]})" for lang in _ACT},
    _GATES,
    inherent=True,
)

__all__ = ["RULES"]
