"""Death wishes and plans in Spanish, Portuguese, Italian, German and French voices.

Why a module of its own: the per-language modules hold the textbook forms and their first
colloquial variants. These are the *grammar families* that first-contact batches kept
missing, written once per language so a family never covers one language only:

* an adverb in the slot between "thinking" and the infinitive ("pensando *seriamente* em me
  matar", "je pense *sérieusement* à me tuer");
* "thinking about *how* to" ("pensavo a come togliermi la vita", "comment me donner la mort");
* wondering what it would be like ("ce que ça ferait si je sautais", "wie es wäre, tot zu
  sein"), the clause ending there: "si je sautais en parachute" is a hobby;
* resolve without fear ("je vais le faire, j'ai plus peur");
* the end "for me" ("ce soir c'est la fin pour moi"), not the end of the season;
* disappearing from *this world*, erasing oneself ("m'effacer", "borrarme del mapa");
* "decided to go, for good" with no destination; "I know how I'll do it … when I'm alone";
* "so oft überlegt, wie ich es tun würde": how I *would* do it, with nothing after "it";
* no reason / not worth it / fed up with living, the clause ending at "go on" ("no vale la
  pena seguir", not "seguir con el curso"); "ich will nur, dass es aufhört";
* "my life is pointless" (the clause ending there: not "sin café"), "I shouldn't exist",
  "egal, ob ich lebe", "j'm'en fous de mourir";
* impersonal Italian "sarebbe meglio non svegliarsi più" and the other idioms one language has
  alone (``rules_intl_idioms``).

Each rule carries a ``gate`` (a literal its text must contain) so a 200 KB import does not
run every alternation at every position. Text is case- and accent-folded first.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety import rules_intl_idioms
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule

_SI, _PM = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD
_DW, _NR = Category.DEATH_WISH, Category.NO_REASON_TO_LIVE
_URG, _CON = Severity.URGENT, Severity.CONCERN

#: The clause ends here, or only the speaker's feeling follows ("…, and it feels good").
_CLAUSE_END = END
#: The sentence ends here: "wie ich es tun würde, wenn ich im Lotto gewinne" goes on.
_SENTENCE_END = r"(?=\s*(?:$|[.!?\n]))"

# --- an adverb in "-mente / -ment / ernsthaft" between thinking and the act --------------------
_ADVERB_THINKING = {
    "es": r"\b(?:pensando|pienso|pense|pensaba)\s+(?:\w+mente|mucho|bastante|en\s+serio)\s+en\s+"
    r"(?:matarme|suicidarme|quitarme\s+la\s+vida|morirme|acabar\s+con\s+(?:todo|mi\s+vida))\b",
    "pt": r"\b(?:pensando|a\s+pensar|penso|pensei|pensava)\s+(?:\w+mente|muito|bastante"
    r"|a\s+serio)\s+"
    r"(?:em|no)\s+(?:me\s+matar|matar-me|suicid\w+|morrer"
    r"|tirar\s+a\s+(?:minha\s+)?(?:propria\s+)?vida"
    r"|acabar\s+com\s+(?:tudo|a\s+minha\s+vida))\b",
    "it": r"\bpens\w+\s+(?:\w+mente|spesso|parecchio|sul\s+serio)\s+(?:di|a)\s+(?:uccidermi"
    r"|ammazzarmi"
    r"|suicidarmi|togliermi\s+la\s+vita|farla\s+finita|farmi\s+fuori)\b",
    "fr": r"\bje\s+pense\s+(?:\w+ment|souvent|serieux)\s+a\s+(?:me\s+tuer|me\s+suicider|en\s+finir"
    r"|me\s+donner\s+la\s+mort|mettre\s+fin\s+a\s+mes\s+jours)\b",
    "de": r"\bich\s+denk\w*\s+(?:ernsthaft|ernstlich|wirklich|oft)\s+(?:daru(?:e)?ber\s+nach"
    r"|dran|daran),?\s+"
    r"(?:mich\s+umzubringen|mir\s+das\s+leben\s+zu\s+nehmen|alles\s+zu\s+beenden|zu\s+sterben)\b",
}
_ADVERB_GATE = {"es": "pens", "pt": "pens", "it": "pens", "fr": "pense", "de": "denk"}

# --- thinking about *how* to do it ------------------------------------------------------------
_HOW_TO = {
    "es": r"\b(?:pens\w+|piens\w+|imagin\w+|busc\w+)\s+(?:en\s+)?(?:como|la\s+(?:forma"
    r"|manera)\s+de)\s+"
    r"(?:quitarme\s+la\s+vida|matarme|suicidarme|acabar\s+conmigo)\b",
    "pt": r"\b(?:pens\w+|imagin\w+)\s+(?:em|no)\s+como\s+(?:me\s+matar|matar-me|me\s+suicidar"
    r"|tirar\s+a\s+minha\s+(?:propria\s+)?vida|acabar\s+com\s+a\s+minha\s+vida)\b",
    "it": r"\b(?:pens\w+|immagin\w+|studi\w+)\s+(?:a|al)\s+come\s+(?:togliermi\s+la\s+vita"
    r"|ammazzarmi"
    r"|uccidermi|suicidarmi|farla\s+finita|farmi\s+fuori)\b",
    "fr": r"\b(?:comment|de\s+quelle\s+(?:facon|maniere))\s+(?:je\s+pourrais\s+|je\s+vais\s+)?"
    r"(?:me\s+donner\s+la\s+mort|me\s+tuer|me\s+suicider|mettre\s+fin\s+a\s+mes\s+jours)\b",
}
_HOW_GATE = {"es": "como|manera|forma", "pt": "como", "it": "come", "fr": "comment|facon|maniere"}

# --- what it would be like: the clause ends with the act ---------------------------------------
_WHAT_IT_WOULD_BE = {
    "fr": r"\bce\s+que\s+(?:ca|cela)\s+(?:ferait|ferais)\s+(?:si\s+je\s+(?:sautais|mourais"
    r"|disparaissais|me\s+tuais|me\s+jetais|n'etais\s+plus\s+la)|de\s+(?:mourir|sauter|disparaitre"
    r"|ne\s+plus\s+etre\s+la|ne\s+plus\s+exister))",
    "de": r"\bwie\s+es\s+wa(?:e)?re,?\s+(?:tot\s+zu\s+sein|nicht\s+mehr\s+zu\s+leben"
    r"|nicht\s+mehr\s+da"
    r"\s+zu\s+sein|zu\s+sterben)|\bwas\s+(?:wa(?:e)?re|passieren\s+wu(?:e)?rde),?\s+wenn\s+ich"
    r"\s+(?:spra(?:e)?nge|springen\s+wu(?:e)?rde|tot\s+wa(?:e)?re|sterben\s+wu(?:e)?rde)",
    "es": r"\b(?:que|como)\s+(?:seria|pasaria|se\s+sentiria)\s+(?:si\s+me\s+(?:tirara|aventara"
    r"|muriera"
    r"|matara)|si\s+(?:yo\s+)?(?:muriera|saltara|desapareciera)|estar\s+muert[oa])",
    "it": r"\b(?:cosa|come)\s+(?:sarebbe|succederebbe|si\s+proverebbe)\s+(?:se\s+mi\s+(?:buttassi"
    r"|uccidessi|ammazzassi)|se\s+(?:morissi|saltassi|sparissi)|(?:essere|esser)\s+mort[oa])",
    "pt": r"\b(?:o\s+que|como)\s+(?:seria|aconteceria)\s+(?:se\s+eu\s+(?:pulasse|me\s+jogasse"
    r"|morresse"
    r"|me\s+matasse|desaparecesse)|estar\s+mort[oa])",
}
_WOULD_GATE = {
    "fr": "ferai",
    "de": "wa",
    "es": "seria|pasaria|sentiria",
    "it": "sarebbe|succederebbe|proverebbe",
    "pt": "seria|aconteceria",
}

# --- resolve without fear: "je vais le faire, j'ai plus peur" ------------------------------
_NO_MORE_FEAR = {
    "fr": r"\bje\s+vais\s+le\s+faire\W+(?:\w+\s+){0,2}?(?:j'ai|je\s+n'ai|jai)\s+plus\s+peur\b",
    "es": r"\blo\s+voy\s+a\s+hacer\W+(?:\w+\s+){0,2}?ya\s+no\s+(?:tengo|me\s+da)\s+miedo\b",
    "it": r"\blo\s+(?:faro|faccio)\W+(?:\w+\s+){0,2}?non\s+ho\s+piu\s+paura\b",
    "pt": r"\bvou\s+(?:fazer|faze-lo|fazer\s+isso)\W+(?:\w+\s+){0,2}?(?:ja\s+)?nao\s+tenho\s+"
    r"(?:mais\s+)?medo\b",
    "de": r"\bich\s+(?:mach|mache|tu|tue)\s+es\W+(?:\w+\s+){0,2}?(?:ich\s+)?(?:hab|habe)\s+keine"
    r"\s+angst\s+mehr\b",
}
_FEAR_GATE = {"fr": "peur", "es": "miedo", "it": "paura", "pt": "medo", "de": "angst"}

# --- the end *for me*, the clause ending there -------------------------------------------------
_END_FOR_ME = {
    "fr": r"\bc'est\s+la\s+fin\s+pour\s+moi|\bpour\s+moi\s+c'est\s+(?:la\s+)?fini?\b",
    "es": r"\bes\s+el\s+(?:fin|final)\s+para\s+mi|\bpara\s+mi\s+(?:ya\s+)?es\s+el\s+(?:fin|final)",
    "it": r"\be\s+la\s+fine\s+per\s+me|\bper\s+me\s+e\s+(?:la\s+)?fine",
    "pt": r"\be\s+o\s+fim\s+(?:para|pra)\s+mim|\b(?:para|pra)\s+mim\s+e\s+o\s+fim",
    "de": r"\b(?:ist\s+es|es\s+ist)\s+das\s+ende\s+fu(?:e)?r\s+mich",
}
_END_GATE = {"fr": "fin", "es": "fin", "it": "fine", "pt": "fim", "de": "ende"}

# --- disappearing from this world, erasing oneself ---------------------------------------------
_FROM_THIS_WORLD = {
    "pt": r"\bdesaparecer\s+(?:de\s+vez\s+|para\s+sempre\s+)?(?:deste|desse|do)\s+mundo\b"
    r"|\b(?:me\s+apagar|apagar-me)(?:\s+do\s+mapa|\s+deste\s+mundo|" + END + ")",
    "es": r"\bdesaparecer(?:me)?\s+(?:para\s+siempre\s+|de\s+una\s+vez\s+)?de\s+este\s+mundo\b"
    r"|\bborrarme\s+(?:del\s+mapa|de\s+este\s+mundo|de\s+la\s+existencia)\b",
    "it": r"\bsparire\s+(?:per\s+sempre\s+)?(?:da\s+questo\s+mondo"
    r"|dalla\s+faccia\s+della\s+terra)\b"
    r"|\bcancellarmi\s+(?:dal\s+mondo|dalla\s+faccia\s+della\s+terra)\b",
    "fr": r"\bdisparaitre\s+(?:pour\s+de\s+bon\s+|a\s+jamais\s+)?de\s+(?:ce\s+monde"
    r"|la\s+surface\s+de"
    r"\s+la\s+terre)\b|\b(?:voudrais|veux|aimerais|envie\s+de)\s+m'effacer(?:\s+de\s+ce\s+monde|"
    + END
    + ")",
    "de": r"\bvon\s+(?:dieser|der)\s+welt\s+verschwinden\b|\bvom\s+erdboden\s+verschwinden\b"
    r"|\bmich\s+(?:einfach\s+)?(?:auslo(?:e)?schen|ausradieren)\b",
}
_WORLD_GATE = {
    "pt": "mundo|apagar",
    "es": "mundo|borrarme",
    "it": "mondo|terra",
    "fr": "monde|terre|effacer",
    "de": "welt|erdboden|ausl|ausradier",
}

# --- decided to go, for good, no destination ---------------------------------------------------
_GO_FOR_GOOD = {
    "de": r"\b(?:entschlossen|entschieden),?\s+(?:zu\s+gehen|mich\s+zu\s+verabschieden),?\s+"
    r"fu(?:e)?r\s+immer\b",
    "fr": r"\bj'ai\s+decide\s+de\s+partir,?\s+pour\s+(?:toujours|de\s+bon)",
    "es": r"\bdecidi\s+irme,?\s+para\s+siempre",
    "it": r"\bho\s+deciso\s+di\s+andarmene,?\s+per\s+sempre",
    "pt": r"\bdecidi\s+ir(?:-me)?\s+embora,?\s+para\s+sempre",
}
_GO_GATE = {"de": "immer", "fr": "decide", "es": "decidi", "it": "deciso", "pt": "decidi"}

# --- "I know how I'll do it" with being alone in the same sentence ------------------------------
_ALONE = (
    r"\s*[,;:]\s*[^.!?\n]{0,60}?\b(?:allein\w*|sol[oa]|sozinh[oa]|seule?"
    r"|nessuno\s+in\s+casa|niemand\s+da)\b"
)
_HOW_WHEN_ALONE = {
    "de": r"\bich\s+wei(?:ss|ß)\s+(?:schon|jetzt|genau|bereits)\W+wie\s+ich\s+es\s+(?:mache|tue"
    r"|tun\s+werde|machen\s+werde)" + _ALONE,
    "it": r"\bho\s+(?:gia\s+)?deciso\s+come\s+(?:fare|farlo|farla\s+finita)" + _ALONE,
    "es": r"\b(?:ya\s+)?(?:se|decidi)\s+como\s+(?:lo\s+voy\s+a\s+hacer|hacerlo)" + _ALONE,
    "pt": r"\b(?:ja\s+)?(?:sei|decidi)\s+como\s+(?:vou\s+fazer|fazer)" + _ALONE,
    "fr": r"\bje\s+sais\s+(?:deja\s+)?comment\s+je\s+vais\s+(?:faire|le\s+faire)" + _ALONE,
}


# --- "so often thought about how I would do it": the clause ends with the bare "it" ------------
_HOW_I_WOULD = {
    "de": r"\b(?:u(?:e)?berlegt|nachgedacht|gedacht|vorgestellt)\w*,?\s+wie\s+ich\s+es\s+"
    r"(?:tun|machen)\s+wu(?:e)?rde",
    "fr": r"\b(?:reflechi|pense|imagine)\s+a\s+comment\s+je\s+le\s+ferais",
    "es": r"\b(?:pensado|imaginado)\s+(?:\w+\s+){0,3}?(?:en\s+)?como\s+lo\s+haria",
    "it": r"\b(?:pensato|immaginato)\s+(?:\w+\s+){0,3}?a\s+come\s+lo\s+farei",
    "pt": r"\b(?:pensei|imaginei)\s+(?:\w+\s+){0,3}?(?:em\s+)?como\s+(?:o\s+)?faria(?:\s+isso)?",
}
_WOULD_DO_GATE = {"de": "wu", "fr": "ferais", "es": "haria", "it": "farei", "pt": "faria"}


# --- no reason to go on living, not worth it, fed up with living, "just make it stop" -----------
_NO_REASON = {
    "es": r"\bno\s+(?:veo|tengo|encuentro|hay)\s+(?:ninguna\s+|ningun\s+)?(?:razon|razones|motivo"
    r"|motivos)\s+(?:para|pa)\s+(?:seguir\s+viv\w+|vivir|seguir" + END + ")",
    "it": r"\bnon\s+(?:vedo|ho|trovo|c'e)\s+(?:piu\s+)?(?:nessun[oa]?\s+)?(?:motivo|ragione"
    r"|ragioni|motivi)\s+(?:per\s+)?(?:continuare\s+a\s+vivere|vivere|andare\s+avanti" + END + ")"
    r"|\bnon\s+ha\s+(?:piu\s+)?(?:nessun\s+)?senso\s+(?:vivere|continuare\s+a\s+vivere"
    r"|andare\s+avanti" + END + ")",
    "pt": r"\bnao\s+(?:vejo|tenho|encontro|ha)\s+(?:nenhuma\s+|nenhum\s+|mais\s+)?(?:razao|razoes"
    r"|motivo|motivos)\s+(?:para|pra)\s+(?:continuar\s+(?:a\s+viver|vivendo)|viver|continuar"
    + END
    + ")",
    "fr": r"\b(?:ca\s+)?n'a\s+(?:plus\s+)?(?:aucun\s+)?(?:de\s+)?sens\s+de\s+(?:vivre|continuer"
    + END
    + ")",
}
_REASON_GATE = {"es": "razon|motivo", "it": "motiv|ragion|senso", "pt": "raz|motivo", "fr": "sens"}
_NOT_WORTH_IT = {
    "es": r"\b(?:ya\s+)?no\s+vale\s+la\s+pena\s+(?:vivir|seguir\s+viviendo|seguir)",
    "pt": r"\bnao\s+vale\s+(?:mais\s+)?a\s+pena\s+(?:viver|continuar|seguir)",
    "it": r"\bnon\s+vale\s+(?:piu\s+)?la\s+pena\s+(?:vivere|andare\s+avanti|continuare)",
    "fr": r"\b(?:ca\s+)?(?:ne\s+)?vaut\s+(?:plus|pas)\s+la\s+peine\s+de\s+(?:vivre|continuer)",
    "de": r"\bes\s+lohnt\s+sich\s+nicht\s+(?:mehr\s+)?(?:zu\s+leben|weiterzumachen|weiterzuleben)",
}
_WORTH_GATE = {"es": "pena", "pt": "pena", "it": "pena", "fr": "peine", "de": "lohnt"}
_FED_UP_LIVING = {
    "es": r"\bme\s+(?:harte|canse|hartaba|cansaba|he\s+cansado|he\s+hartado)\s+de\s+(?:vivir"
    r"|la\s+vida|existir|estar\s+viv[oa])\b(?!\s+(?:en|con|aqui|asi\s+en|sol[oa])\b)"
    # Caribbean and Andalusian dropped "d": "estoy cansá / cansao de vivir"
    r"|\bestoy\s+(?:cansao|cansa|hartao)\s+de\s+(?:vivir|la\s+vida)\b",
    "it": r"\bmi\s+sono\s+(?:stufat[oa]|stancat[oa]|rott[oa])\s+di\s+(?:vivere|esistere"
    r"|questa\s+vita)\b(?!\s+(?:a|in|con|qui|da\s+sol[oa])\b)",
    "pt": r"\b(?:me\s+cansei|cansei-me|me\s+enchi|fartei-me|me\s+fartei)\s+de\s+(?:viver|existir"
    r"|estar\s+viv[oa]|esta\s+vida)\b(?!\s+(?:em|com|aqui|ali|sozinh[oa])\b)",
}
_FED_UP_GATE = {"es": "vivir|vida|existir|vivo|viva", "it": "vivere|esistere|vita",
                "pt": "viver|existir|vida|viv"}  # fmt: skip
_MAKE_IT_STOP = {
    "de": r"\bich\s+will(?:\s+(?:nur|einfach|bloss|noch)){1,3},?\s+dass\s+(?:es|alles|das\s+alles)"
    r"\s+(?:endlich\s+)?aufho(?:e)?rt",
    "fr": r"\bje\s+veux\s+(?:juste|seulement|simplement)\s+que\s+(?:ca|tout)\s+s'arrete",
}
_STOP_GATE = {"de": "aufh", "fr": "arrete"}


# --- short resolve after a resigned interjection: "ya fue, me mato", "basta, mi ammazzo" -------
_RESIGNED_KILL = {
    "es": r"\b(?:ya\s+fue|basta|listo|ya\s+esta|se\s+acabo|chau|adios)\W+(?:yo\s+)?me\s+mato",
    "it": r"\b(?:basta|finito|ciao|addio)\W+(?:io\s+)?mi\s+ammazzo",
    "pt": r"\b(?:chega|acabou|ja\s+deu|tchau|adeus)\W+(?:eu\s+)?(?:me\s+mato|mato-me)",
    "fr": r"\b(?:c'est\s+fini|ca\s+suffit|basta|adieu)\W+je\s+me\s+tue",
}
_RESIGNED_GATE = {"es": "mato", "it": "ammazzo", "pt": "mato", "fr": "tue"}
# --- not wanting to stay "in this life / in this world" ----------------------------------------
_NOT_IN_THIS_WORLD = {
    "es": r"\bno\s+quiero\s+(?:seguir|estar|continuar|quedarme)\s+(?:mas\s+)?en\s+(?:esta\s+vida"
    r"|este\s+mundo)\b(?!\s+de\b)",
    "pt": r"\bnao\s+quero\s+(?:continuar|ficar|estar)\s+(?:mais\s+)?(?:nesta\s+vida|neste\s+mundo)"
    r"\b(?!\s+de\b)",
    "it": r"\bnon\s+voglio\s+(?:piu\s+)?(?:restare|stare|rimanere"
    r"|continuare)\s+(?:in\s+questa\s+vita"
    r"|in\s+questo\s+mondo)\b(?!\s+di\b)",
    "fr": r"\bje\s+(?:ne\s+)?veux\s+(?:plus|pas)\s+(?:rester|etre)\s+(?:dans\s+ce\s+monde"
    r"|sur\s+cette\s+terre)\b(?!\s+de\b)",
    "de": r"\bich\s+will\s+nicht\s+mehr\s+(?:auf|in)\s+dieser\s+welt\s+(?:sein|bleiben|leben)\b",
}
_WORLD_STAY_GATE = {"es": "vida|mundo", "pt": "vida|mundo", "it": "vita|mondo",
                    "fr": "monde|terre", "de": "welt"}  # fmt: skip
# --- shooting oneself, stated as a plan or wish; the present "me doy un tiro" is the joke form --
_SHOOT_MYSELF = {
    "es": r"\b(?:me\s+voy\s+a\s+dar|voy\s+a\s+darme|quiero\s+darme|me\s+quiero\s+dar)\s+un"
    r"\s+(?:tiro|balazo)\b(?!\s+(?:si|cuando|como)\b)",
    "pt": r"\b(?:vou|quero)\s+(?:me\s+)?dar\s+um\s+tiro\s+(?:na\s+(?:minha\s+)?cabeca|em\s+mim)\b"
    r"|\bdar-me\s+um\s+tiro\b(?!\s+(?:se|quando)\b)",
    "de": r"\b(?:ich\s+)?(?:werd|werde|will|mo(?:e)?chte)\s+mir\s+(?:eine\s+kugel\s+(?:geben"
    r"|in\s+den"
    r"\s+kopf\s+jagen)|in\s+den\s+kopf\s+schiessen)\b",
}
_SHOOT_GATE = {"es": "tiro|balazo", "pt": "tiro", "de": "kugel|schiessen"}


# --- asking God to take me: "Dios mío, ¿por qué no me llevas ya?", "Madonna mia, portami via" ----
_GOD_TAKE_ME = {
    "es": (r"dios|diosito|senor|virgen|jesus|cristo",
           r"por\s+que\s+no\s+me\s+llevas|que\s+me\s+lleve[s]?\s+(?:ya|con|pronto|contigo"
           r"|de\s+una\s+vez)(?!\s+(?:a\s+(?:casa|la|mi|su|el)|al\s+(?!cielo)|hasta|hacia)\b)"
           r"|llevame\s+(?:ya|contigo|pronto|de\s+una\s+vez)(?!\s+a\s+casa)"),
    "pt": (r"deus|senhor|nossa\s+senhora|jesus",
           r"porque\s+nao\s+me\s+levas|leva-me|me\s+leva\s+(?:logo|de\s+uma\s+vez|contigo)"
           r"|que\s+me\s+leve"),
    "it": (r"dio|signore|madonna|gesu",
           r"portami\s+via" + END + r"|prendimi\s+con\s+te|perche\s+non\s+mi\s+prendi"),
    "de": (r"gott|herrgott|herr|jesus",
           r"warum\s+holst\s+du\s+mich\s+nicht|hol\s+mich\s+(?:endlich|zu\s+dir|weg)"),
    "fr": (r"dieu|seigneur|jesus|vierge",
           r"pourquoi\s+tu\s+(?:ne\s+)?me\s+prends\s+pas|prends-moi"
           r"|pourquoi\s+tu\s+me\s+rappelles\s+pas"),
}  # fmt: skip
_GOD_GATE = {
    "es": "llev",
    "pt": "lev",
    "it": "portami|prendi",
    "de": "hol",
    "fr": "prend|rappel",
}
# --- lived enough, waiting only for death (older adults) ----------------------------------------
_LIVED_ENOUGH = {
    "es": r"\bya\s+vivi\s+lo\s+que\s+tenia\s+que\s+vivir\b",
    "pt": r"\bja\s+vivi\s+o\s+que\s+tinha\s+(?:a|de|que)\s+viver\b",
    "it": r"\bho\s+(?:gia\s+)?vissuto\s+abbastanza\b|\baspetto\s+(?:solo|soltanto"
    r"|ormai)\s+la\s+morte\b",
    "fr": r"\bj'ai\s+assez\s+vecu\b",
    "de": r"\bich\s+(?:hab|habe)\s+genug\s+gelebt\b",
}
_LIVED_GATE = {"es": "vivi", "pt": "vivi", "it": "vissuto|morte", "fr": "vecu", "de": "gelebt"}


# --- my life is pointless, I should not exist, dying would not matter to me --------------------
_LIFE_POINTLESS = {
    "es": r"\bmi\s+vida\s+(?:ya\s+)?(?:no\s+tiene\s+(?:ningun\s+)?sentido|no\s+sirve\s+(?:para|pa)"
    r"\s+nada|no\s+vale\s+nada|es\s+inutil)",
    "it": r"\bla\s+mia\s+vita\s+(?:non\s+ha\s+(?:piu\s+)?(?:nessun\s+)?senso|non\s+serve\s+a"
    r"\s+(?:niente|nulla)|non\s+vale\s+niente|e\s+inutile)",
    "pt": r"\b(?:a\s+)?minha\s+vida\s+(?:ja\s+)?(?:nao\s+tem\s+(?:nenhum\s+)?sentido|nao\s+serve"
    r"\s+(?:pra|para)\s+nada|nao\s+vale\s+nada|e\s+inutil)",
    "fr": r"\bma\s+vie\s+(?:ne\s+)?(?:sert\s+a\s+rien|n'a\s+(?:plus\s+|aucun\s+"
    r"|pas\s+)?(?:de\s+)?sens"
    r"|vaut\s+rien|est\s+inutile)",
    "de": r"\bmein\s+leben\s+ist\s+(?:so\s+|total\s+|einfach\s+|komplett\s+|voll\s+)?(?:sinnlos"
    r"|wertlos|nutzlos)",
}
_POINTLESS_GATE = {"es": "vida", "it": "vita", "pt": "vida", "fr": "vie", "de": "leben"}
_OWN_CLAUSE = r"(?:^\s*|(?<=[.!?,;:])\s*|\b(?:yo|eu|que|ya|ja)\s+)"
_SHOULD_NOT_EXIST = {
    # "debería" / "devia" are also third person ("ese impuesto no debería existir"): the
    # clause starts with it, or "yo" / "que" ("siento que no debería existir") comes first
    "es": _OWN_CLAUSE + r"no\s+deberia\s+(?:existir|haber\s+nacido|estar\s+viv[oa])\b",
    "it": r"\bnon\s+dovrei\s+(?:esistere|essere\s+nat[oa]|essere\s+viv[oa])\b",
    "pt": _OWN_CLAUSE + r"nao\s+(?:devia|deveria)\s+(?:existir|ter\s+nascido|estar\s+viv[oa])\b",
    "fr": r"\bje\s+(?:ne\s+)?devrais\s+(?:pas|plus)\s+(?:exister|etre\s+(?:ne|nee|en\s+vie"
    r"|vivante?))\b",
}
_EXIST_GATE = {"es": "deberia", "it": "dovrei", "pt": "devia|deveria", "fr": "devrais"}
_DYING_WOULD_NOT_MATTER = {
    "de": r"\b(?:egal|wurscht|wurst),?\s+(?:\w+\s+)?ob\s+ich\s+(?:lebe|sterbe|tot\s+bin"
    r"|noch\s+lebe)\b",
    "fr": r"\b(?:je\s+)?(?:m'en|j'?m'en)\s+fou[st]?\s+de\s+(?:mourir|crever|vivre\s+ou\s+mourir)\b"
    r"|\bsi\s+je\s+mour(?:ais|rais)\b[^.!?\n]{0,30}?\b(?:ca|cela)\s+(?:ne\s+)?me\s+(?:ferait|fera)"
    r"\s+rien\b",
}
_MATTER_GATE = {"de": "egal|wurs", "fr": "fou|rien"}


def _family(
    name: str, sources: dict[str, str], gates: dict[str, str], *, tail: str = ""
) -> tuple[Rule, ...]:
    return tuple(
        rule(
            f"iv_{lang}_{name}",
            _SI,
            _URG,
            f"(?:{source}){tail}",
            inherent=True,
            lang=lang,
            gate=gates.get(lang, ""),
        )
        for lang, source in sources.items()
    )


RULES: tuple[Rule, ...] = (
    _family("adverb_thinking", _ADVERB_THINKING, _ADVERB_GATE)
    + _family("how_to", _HOW_TO, _HOW_GATE)
    + _family("what_it_would_be", _WHAT_IT_WOULD_BE, _WOULD_GATE, tail=_CLAUSE_END)
    + _family("no_more_fear", _NO_MORE_FEAR, _FEAR_GATE)
    + _family("end_for_me", _END_FOR_ME, _END_GATE, tail=_CLAUSE_END)
    + _family("from_this_world", _FROM_THIS_WORLD, _WORLD_GATE)
    + _family("go_for_good", _GO_FOR_GOOD, _GO_GATE, tail=_CLAUSE_END)
    + tuple(
        rule(
            f"iv_{lang}_how_i_would",
            _PM,
            _CON,
            f"(?:{source})" + _SENTENCE_END,
            inherent=True,
            lang=lang,
            gate=_WOULD_DO_GATE[lang],
        )
        for lang, source in _HOW_I_WOULD.items()
    )
    + _family("resigned_kill", _RESIGNED_KILL, _RESIGNED_GATE, tail=END)
    + tuple(
        rule(
            f"iv_{lang}_life_pointless",
            _NR,
            _CON,
            f"(?:{source})" + END,
            inherent=True,
            lang=lang,
            gate=_POINTLESS_GATE[lang],
        )
        for lang, source in _LIFE_POINTLESS.items()
    )
    + tuple(
        rule(
            f"iv_{lang}_should_not_exist",
            _DW,
            _CON,
            source,
            inherent=lang == "fr",
            lang=lang,
            gate=_EXIST_GATE[lang],
        )
        for lang, source in _SHOULD_NOT_EXIST.items()
    )
    + tuple(
        rule(
            f"iv_{lang}_dying_would_not_matter",
            _DW,
            _CON,
            source,
            inherent=True,
            lang=lang,
            gate=_MATTER_GATE[lang],
        )
        for lang, source in _DYING_WOULD_NOT_MATTER.items()
    )
    + tuple(
        rule(
            f"iv_{lang}_god_take_me",
            _DW,
            _CON,
            rf"\b(?:{god})\b[^.!?\n]{{0,40}}?\b(?:{take})",
            inherent=True,
            lang=lang,
            gate=_GOD_GATE[lang],
        )
        for lang, (god, take) in _GOD_TAKE_ME.items()
    )
    + tuple(
        rule(
            f"iv_{lang}_lived_enough",
            _DW,
            _CON,
            source,
            inherent=True,
            lang=lang,
            gate=_LIVED_GATE[lang],
        )
        for lang, source in _LIVED_ENOUGH.items()
    )
    + _family("not_in_this_world", _NOT_IN_THIS_WORLD, _WORLD_STAY_GATE)
    + _family("shoot_myself", _SHOOT_MYSELF, _SHOOT_GATE)
    + tuple(
        rule(
            f"iv_{lang}_no_reason",
            _NR,
            _CON,
            source,
            inherent=True,
            lang=lang,
            gate=_REASON_GATE[lang],
        )
        for lang, source in _NO_REASON.items()
    )
    + tuple(
        rule(
            f"iv_{lang}_not_worth_it",
            _NR,
            _CON,
            f"(?:{source})" + END,
            inherent=True,
            lang=lang,
            gate=_WORTH_GATE[lang],
        )
        for lang, source in _NOT_WORTH_IT.items()
    )
    + tuple(
        rule(
            f"iv_{lang}_fed_up_living",
            _DW,
            _CON,
            source,
            inherent=True,
            lang=lang,
            gate=_FED_UP_GATE[lang],
        )
        for lang, source in _FED_UP_LIVING.items()
    )
    + tuple(
        rule(
            f"iv_{lang}_make_it_stop",
            _DW,
            _CON,
            f"(?:{source})" + _SENTENCE_END,
            inherent=True,
            lang=lang,
            gate=_STOP_GATE[lang],
        )
        for lang, source in _MAKE_IT_STOP.items()
    )
    + tuple(
        rule(f"iv_{lang}_how_when_alone", _PM, _URG, source, inherent=True, lang=lang)
        for lang, source in _HOW_WHEN_ALONE.items()
    )
    + rules_intl_idioms.RULES
)
