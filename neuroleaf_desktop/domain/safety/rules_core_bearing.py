"""Pain past bearing, a life that cannot go on like this, and the act named as the only
solution, in six languages.

Why: these are said plainly but in everyday words, so no single alarm word is in them:

* pain that never stops and cannot be borne any longer: "the pain never lets up, i can't do
  another year of it", "il dolore non passa mai, non lo sopporto più" (an everyday named pain
  such as a toothache is cleared by ``everyday``);
* a life that cannot go on like this: "no puedo seguir viviendo así", "non posso continuare a
  vivere così", "não consigo continuar a viver assim", "je ne peux plus vivre comme ça", "ich
  kann so nicht weiterleben" (closing the clause: not "no puedo seguir viviendo así con este
  ruido", not "ich will nicht mit ihm weiterleben");
* the act named as the only solution: "me tuer ce serait la seule solution", "matarme sería
  la única salida", "wenn ich mich umbringe, hat das Theater ein Ende".

Text is case- and accent-folded first; negation and whose words they are are judged in
``context``. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety import (
    rules_burden_frames,
    rules_burden_weight,
    rules_lasting_pain,
    rules_plan_moment,
    rules_trapped_frames,
    rules_trapped_ways_gone,
    rules_wish_gone,
)
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family

_IN = r"[^.!?\n]"
_CLAUSE_END = r"(?=\s*(?:$|[.!?,;:\n]))"

# --- pain that never stops and cannot be borne ------------------------------------------------
_PAIN_NEVER_STOPS = {
    # "the pain (in my back) never stops", "every day is the same pain"
    "en": r"\b(?:the\s+)?pain\s+(?:in\s+my\s+\w+\s+)?(?:never|doesn'?t\s+ever)\s+(?:stops"
    r"|goes\s+away|switches\s+off|lets\s+up|ends)\b|\bevery\s+day\s+is\s+the\s+same\s+pain\b",
    "de": r"\b(?:der\s+)?schmerz\s+(?:ho(?:e)?rt\s+nie\s+auf|geht\s+nie\s+weg|la(?:e)?sst\s+nie"
    r"\s+nach)\b",
    "fr": r"\b(?:la\s+)?douleur\s+(?:dans\s+(?:ma|mon|mes)\s+\w+\s+)?(?:ne\s+)?(?:s'?\s*arrete"
    r"|arrete|part|passe|cesse)\s+jamais\b",
    "es": r"\b(?:el\s+)?dolor\s+(?:nunca\s+(?:se\s+va|para|se\s+quita|termina)|no\s+(?:se\s+va"
    r"|para|se\s+quita)\s+nunca)\b",
    "pt": r"\b(?:a\s+)?dor\s+(?:nunca\s+(?:passa|para|vai\s+embora)|nao\s+(?:passa|para)\s+"
    r"nunca)\b",
    "it": r"\b(?:il\s+)?dolore\s+non\s+(?:se\s+ne\s+va|passa|finisce|smette)\s+mai\b",
}
_CANT_BEAR = {
    # "can't take it (anymore)" closing the clause, not "can't do this desk job"
    "en": r"\bcan'?t\s+(?:(?:take|bear|stand|do)\s+(?:it|this)(?:\s+(?:anymore|any\s+longer))?"
    r"(?=\s*(?:$|[.!?,;:\n]))|(?:do|bear|face|take)\s+another\s+(?:year|month|week|day|night"
    r"|winter)(?:\s+of\s+(?:it|this))?)",
    "de": r"\b(?:halte?|ertrage?)\s+(?:das|es)\s+nicht\s+mehr\s+aus\b|\bertrage?\s+(?:das|es)\s+"
    r"nicht\s+mehr\b",
    "fr": r"\b(?:n'?\s*en\s+peux\s+plus|(?:ne\s+)?(?:supporte|endure)\s+plus(?:\s+(?:ca|cela))?"
    r"|(?:ne\s+)?peux\s+plus\s+(?:le\s+)?(?:supporter|endurer)"
    r"|(?:ne\s+)?suis\s+plus\s+capable(?:\s+d'?\s*(?:endurer|supporter)\s+(?:ca|cela))?)",
    "es": r"\bno\s+(?:lo\s+)?(?:aguanto|soporto|puedo)\s+mas\b",
    "pt": r"\bnao\s+(?:o\s+)?(?:aguento|suporto|consigo)\s+mais\b",
    "it": r"\bnon\s+(?:lo\s+)?(?:sopporto|reggo)\s+piu\b|\bnon\s+ce\s+la\s+faccio\s+piu\b",
}


# --- a life that cannot go on like this -------------------------------------------------------
_CANT_GO_ON = {
    "en": r"\bcan'?t\s+(?:keep|go\s+on)\s+living\s+(?:inside|in|with)\s+this\b",
    "de": r"\bkann\s+(?:ich\s+)?(?:so\s+nicht(?:\s+mehr)?|nicht\s+mehr\s+so)\s+(?:weiter)?leben\b",
    "fr": r"\b(?:ne\s+)?(?:peux|supporte)\s+plus\s+(?:de\s+)?vivre\s+(?:comme\s+ca|ainsi"
    r"|comme\s+cela|dans\s+ce\s+corps)|\bpeux\s+pas\s+continuer\s+a\s+vivre\s+(?:comme\s+ca"
    r"|ainsi)",
    "es": r"\bno\s+(?:puedo|aguanto|soporto)\s+seguir\s+(?:viviendo\s+)?(?:asi|de\s+esta\s+manera)",
    "pt": r"\bnao\s+(?:consigo|posso|aguento)\s+(?:continuar\s+a\s+)?viver\s+(?:mais\s+)?(?:assim"
    r"|desta\s+maneira)",
    "it": r"\bnon\s+(?:posso|riesco\s+a|ce\s+la\s+faccio\s+a)\s+(?:piu\s+)?(?:continuare\s+a\s+)?"
    r"vivere\s+(?:cosi|in\s+questo\s+modo)",
}

# --- the act named as the only solution -------------------------------------------------------
_ONLY_SOLUTION = {
    "en": r"\b(?:killing\s+myself|ending\s+(?:it|my\s+life))\s+(?:would\s+be|is)\s+(?:the\s+)?"
    r"only\s+(?:solution|way\s+out|answer|option)\b",
    "de": r"\bwenn\s+ich\s+mich\s+umbring\w*,?\s+(?:hat|ha(?:e)?tte|ist|wa(?:e)?re)\s+(?:das|es)"
    r"\s+(?:ganze\s+)?(?:\w+\s+)?(?:endlich\s+)?(?:ein\s+ende|vorbei)\b"
    r"|\bmich\s+umzubringen\s+(?:wa(?:e)?re|ist)\s+die\s+einzige\s+lo(?:e)?sung\b",
    "fr": r"\bme\s+(?:tuer|suicider|foutre\s+en\s+l'?\s*air)\s+(?:ce\s+)?(?:serait|c'?\s*est|est)"
    r"\s+(?:la\s+)?(?:seule|meilleure)\s+(?:solution|issue|sortie)\b",
    "es": r"\b(?:matarme|suicidarme)\s+(?:seria|es)\s+la\s+(?:unica|mejor)\s+(?:solucion|salida)\b",
    "pt": r"\b(?:matar-me|me\s+matar|suicidar-me)\s+(?:seria|e)\s+a\s+(?:unica|melhor)\s+"
    r"(?:solucao|saida)\b",
    "it": r"\b(?:uccidermi|ammazzarmi|togliermi\s+la\s+vita)\s+(?:sarebbe|e)\s+l'?\s*(?:unica"
    r"|migliore)\s+(?:soluzione|via\s+d'?\s*uscita)\b",
}

RULES: tuple[Rule, ...] = (
    core_family(
        "pain_unbearable",
        Category.TRAPPED_PAIN,
        Severity.CONCERN,
        {
            # the bearing closes its clause: not "je supporte plus ces baskets", "no puedo más
            # con estas agujetas"
            lang: rf"(?:{_PAIN_NEVER_STOPS[lang]}){_IN}{{0,60}}?(?:{_CANT_BEAR[lang]})"
            rf"{_CLAUSE_END}"
            for lang in LANGS
        },
        dict.fromkeys(LANGS, "pain|schmerz|douleur|dolor|dor|dolore"),
    )
    + core_family(
        "cant_go_on_living",
        Category.TRAPPED_PAIN,
        Severity.CONCERN,
        {lang: rf"(?:{_CANT_GO_ON[lang]}){_CLAUSE_END}" for lang in LANGS},
        dict.fromkeys(LANGS, "living|leben|vivre|viviendo|asi|viver|vivere"),
    )
    + core_family(
        "only_solution",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        _ONLY_SOLUTION,
        dict.fromkeys(
            LANGS,
            "myself|my life|umbring|umzubringen|tuer|suicid|foutre|matar|uccid|ammazz|togliermi",
        ),
    )
    # the same signs told as frames of two parts (``rules_burden_frames``, ``rules_trapped_frames``)
    + rules_burden_frames.RULES
    + rules_trapped_frames.RULES
    # a pain that never ends, by itself (``rules_lasting_pain``)
    + rules_lasting_pain.RULES
    # the writer as a weight to the others, the others better in any words for the writer's
    # absence (``rules_burden_weight``)
    + rules_burden_weight.RULES
    # a moment chosen and nobody there then (``rules_plan_moment``)
    + rules_plan_moment.RULES
    # the night hoped to be the last, this world not wanted (``rules_wish_gone``)
    + rules_wish_gone.RULES
    # the writer inside a closed place whose way out is missing (``rules_trapped_ways_gone``)
    + rules_trapped_ways_gone.RULES
)

__all__ = ["RULES"]
