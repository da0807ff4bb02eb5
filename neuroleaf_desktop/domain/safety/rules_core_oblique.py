"""Warning signs said sideways, in all six languages: the sign is in what the words imply,
not in a crisis word.

Why: each blind batch words a sign anew, and the plainest crisis words are often left out.
Families here:

* a load lifted from others if the writer were gone ("everyone's workload drops if I'm taken
  off the chart", "farebbero meno fatica se non ci fossi");
* things given away "where I'm going I won't need them" ("là où je vais j'en ferai rien");
* things given away under a cover story the writer denies ("she thinks I'm decluttering, I'm
  not");
* thanks for putting up with one, said as a goodbye;
* medicine saved "for when I've had enough" ("für wenn ich nicht mehr will");
* the last time one tried, and "now it's starting again" ("das letzte Mal, dass ich's versucht
  hab … jetzt fängt's wieder an");
* learners' English "I want to finish my life".

Each family: no negation between the parts unless said; everyday contexts are judged by
``everyday``. Every rule has a gate.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety import rules_attempt_returning, rules_past_found
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import CORE
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family, either_order

_CON, _URG = Severity.CONCERN, Severity.URGENT

# --- a load lifted if the writer were gone ----------------------------------------------------
_LESS_LOAD = {
    "en": r"\b(?:(?:work)?load|bills|stress|costs?|hassle|worries|work)\s+(?:drops|would\s+drop"
    r"|goes\s+down|would\s+go\s+down|falls|would\s+fall|(?:gets|would\s+get|would\s+be)\s+"
    r"(?:lighter|easier|smaller))\b|\b(?:less|fewer)\s+(?:work|hassle|stress|bills|worry|worries"
    r"|trouble)\b",
    "de": r"\bweniger\s+(?:arbeit|mu(?:e)?he|stress|sorgen|kosten|last|a(?:e)?rger)\b",
    "fr": r"\bmoins\s+de\s+(?:boulot|travail|soucis|stress|frais|charge|fatigue|problemes)\b",
    "es": r"\bmenos\s+(?:trabajo|gastos|preocupaciones|lio|carga|estres|problemas)\b",
    "pt": r"\bmenos\s+(?:trabalho|despesas|preocupac\w+|carga|stress|estresse|canseira"
    r"|problemas)\b",
    "it": r"\bmeno\s+(?:fatica|lavoro|spese|pensieri|preoccupazioni|stress|problemi)\b",
}
# (not somewhere: "if I'm not around the office on Fridays")
_AROUND = r"(?:here|around)\b(?!\s+(?:the|at|in|on|for|during|while|until|till|this|that|next)\b)"
_IF_GONE = {
    # (taken off or removed for good, not "taken off the project")
    "en": r"\bif\s+i'?m\s+(?:(?:taken\s+off|removed)(?=[^.!?\n]{0,30}\b(?:for\s+good|permanently"
    r"|forever)\b|\s*(?:$|[.!?;]))|gone|not\s+" + _AROUND + r"|out\s+of\s+(?:the\s+)?"
    r"(?:picture|way))|\bif\s+i\s+(?:was|were)\s+(?:gone|not\s+"
    + _AROUND
    + r")|\bif\s+i\s+(?:wasn'?t|weren'?t)\s+"
    + _AROUND,
    "de": r"\bwenn\s+ich\s+(?:nicht\s+mehr\s+da|weg)\s+wa(?:e)?re\b",
    "fr": r"\bsi\s+(?:je\s+n'?\s*|j'?\s*)?etais\s+(?:plus|pas)\s+la\b",
    "es": r"\bsi\s+(?:yo\s+)?(?:no|ya\s+no)\s+estuviera\b",
    "pt": r"\bse\s+eu\s+(?:nao|ja\s+nao)\s+(?:estivesse|existisse)\b",
    "it": r"\bse\s+(?:io\s+)?non\s+ci\s+fossi\b",
}

# --- given away where one is going ------------------------------------------------------------
_GAVE = {
    # (or the thing the other's now: "our kid's got all my gear now")
    "en": r"\b(?:gave|given|give|giving|handed)\b|(?:'s|\s+has)\s+got\s+(?:all\s+)?my\b",
    "de": r"\b(?:verschenkt|geschenkt|gegeben|vermacht|uberlassen|ueberlassen)\b",
    "fr": r"\b(?:donne|file|offert|legue|laisse)\b",
    "es": r"\b(?:regale|di|dado|deje)\b",
    "pt": r"\b(?:dei|dado|deixei|passei)\b",
    "it": r"\b(?:regalato|dato|lasciato)\b",
}
_WHERE_GOING = {
    "en": r"\bwhere\s+i'?m\s+going,?\s+i(?:'ll)?\s+(?:won'?t|will\s+not|not|no|nae|shan'?t)\s+"
    r"(?:need|want)\b",
    "de": r"\bwo\s+ich\s+hin(?:gehe?)?,?\s+(?:da\s+)?brauch\w*\s+ich\b",
    "fr": r"\bla\s+ou\s+je\s+vais,?\s+(?:j'?\s*en\s+(?:ferai|aurai)\s+(?:rien|pas)|je\s+n'?\s*en"
    r"\s+(?:ferai|aurai)|(?:ca|ils?|elles?)\s+(?:ne\s+)?(?:me\s+)?(?:servira|serviront)|pas\s+besoin)",
    "es": r"\b(?:a\s+)?donde\s+voy,?\s+no\s+(?:me\s+)?(?:hace|hacen|va|van)\s+(?:falta|a\s+servir)",
    "pt": r"\b(?:para\s+)?onde\s+(?:eu\s+)?vou,?\s+(?:ja\s+)?nao\s+(?:preciso|vou\s+precisar"
    r"|me\s+servem?)\b",
    "it": r"\bdove\s+vado,?\s+non\s+(?:mi\s+)?(?:serv\w+|ne\s+avro\s+bisogno)\b",
}
# not a trip: "where I'm going I won't need a coat, it's 30 degrees"
_NOT_A_TRIP = (
    r"(?![^.!?\n]{0,40}\b(?:weather|clima|climat|wetter|hot|warm|caldo|calor|chaleur|coat|abrigo"
    r"|manteau|mantel|cappotto|casaco|degrees|grados|graus|gradi|grad)\b)"
)

# --- given away under a cover story the writer denies ------------------------------------------
_COVER_DENIED = {
    "en": r"\b(?:she|he|they|everyone|mum|mom|dad)\s+thinks?\s+i'?m\s+(?:just\s+)?(?:decluttering"
    r"|clearing\s+out|having\s+a\s+clear-?out|moving|tidying)\b,?\s+(?:but\s+)?(?:i'?m|im|i\s+am)"
    r"\s+not\b",
    "de": r"\b(?:sie|er|alle)\s+(?:denkt|denken|glaubt|glauben),?\s+ich\s+(?:mistete\s+aus"
    r"|ra(?:e)?ume\s+(?:nur\s+)?auf|ziehe\s+um)\b,?\s+(?:aber\s+)?(?:tu|mach)\s+ich\s+nicht\b",
    "fr": r"\b(?:elle|il|ils|tout\s+le\s+monde)\s+(?:croit|croient|pense|pensent)\s+que\s+je\s+"
    r"(?:fais\s+du\s+tri|range|demenage)\b,?\s+(?:mais\s+)?(?:c'?\s*est\s+pas\s+ca|non)\b",
    "es": r"\b(?:cree|creen|piensa|piensan)\s+que\s+estoy\s+(?:ordenando|limpiando|de\s+mudanza)"
    r",?\s+(?:pero\s+)?no\b",
    "pt": r"\b(?:acha|acham|pensa|pensam)\s+que\s+(?:estou|to)\s+(?:arrumando|a\s+arrumar"
    r"|de\s+mudanca)\b,?\s+(?:mas\s+)?nao\b",
    "it": r"\b(?:crede|credono|pensa|pensano)\s+che\s+(?:stia|sto)\s+"
    r"(?:facendo\s+ordine|sgomberando"
    r"|traslocando)\b,?\s+(?:ma\s+)?no\b",
}

# --- thanks for putting up with one, as a goodbye ---------------------------------------------
_THANKS_PUTTING_UP = {
    "en": r"\bthank\w*\s+(?:them|em|'em|you|everyone|everybody|y'?all|you\s+all|all\s+of\s+(?:you"
    r"|them))\s+(?:all\s+)?for\s+putting\s+up\s+with\s+me\b",
    "de": r"\b(?:bedankt|danke|gedankt)\w*\s+(?:\w+\s+){0,3}?(?:dass|fur|fuer)\s+(?:ihr|sie)?\s*"
    r"(?:mich\s+)?(?:ertragen|ausgehalten)\b",
    "fr": r"\bmerci\w*\s+(?:\w+\s+){0,3}?(?:de|pour)\s+m'?\s*avoir\s+(?:supporte|endure)\w*\b",
    "es": r"\b(?:gracias|agradeci\w*)\s+(?:\w+\s+){0,3}?por\s+(?:aguantarme|soportarme"
    r"|haberme\s+(?:aguantado|soportado))\b",
    "pt": r"\b(?:obrigad\w+|agradeci\w*)\s+(?:\w+\s+){0,3}?por\s+(?:me\s+)?(?:aturarem|aguentarem"
    r"|terem\s+me\s+(?:aturado|aguentado)|me\s+aturar|me\s+aguentar)\b",
    "it": r"\b(?:grazie|ringraziat\w*)\s+(?:\w+\s+){0,3}?per\s+(?:avermi|mi\s+avete)\s+"
    r"sopportat\w*\b",
}
_GOODBYE_SAID = {
    # (to people or closing the clause, not "saying goodbye to the flu")
    "en": r"\b(?:saying|say|said)\s+(?:my\s+)?goodbyes?\b(?=\s*(?:proper(?:ly)?\b|for\s+good\b"
    r"|for\s+real\b|to\s+(?:you|everyone|everybody|them|em|'em|all)\b|$|[.!?,;]))"
    r"|\bmy\s+(?:goodbye|farewell)\b",
    "de": r"\b(?:abschied|verabschied\w*)\b",
    "fr": r"\b(?:adieux?|dire\s+au\s+revoir)\b",
    "es": r"\b(?:despedida|despedirme|adios)\b",
    "pt": r"\b(?:despedida|despedir-me|me\s+despedir|adeus)\b",
    "it": r"\b(?:addio|congedo|salutarvi|salutarli)\b",
}
# not a party or a trip: "thanks for putting up with me this term, goodbye till September"
_NOT_UNTIL = (
    r"(?![^.!?\n]{0,60}\b(?:see\s+you|until|till|bis\s+(?:bald|morgen|montag)|a\s+bientot|hasta"
    r"|ate\s+(?:logo|breve)|a\s+presto|next\s+(?:week|term|year))\b)"
)

# --- medicine or a gun saved for when one has had enough ----------------------------------------
CORE_MEDS = CORE
# (a gun fetched and set down for that moment reads the same: "hab das Jagdgewehr vom Opa in mein
# Zimmer gestellt, für wenn es so weit ist")
_GUNS = {
    "en": r"(?:gun|rifle|revolver|shotgun|pistol|firearm)s?",
    "de": r"\w*(?:gewehr|pistole|revolver|flinte)",
    "fr": r"(?:fusil|carabine|revolver|pistolet)",
    "es": r"(?:escopeta|pistola|rifle|revolver)",
    "pt": r"(?:espingarda|pistola|revolver|carabina)",
    "it": r"(?:fucile|pistola|rivoltella|carabina)",
}
_FOR_WHEN_ENOUGH = {
    "en": r"\bfor\s+when\s+(?:i'?ve\s+had\s+enough|i\s+can'?t\s+(?:take|do)\s+(?:it|this)\s+"
    r"(?:any\s*more|no\s+more)|it\s+gets\s+too\s+much|the\s+time\s+comes|i'?m\s+ready)\b"
    r"(?=\s*(?:$|[.!?,;\n]))",
    # … or for when the time comes, closing its clause ("für wenn's so weit ist")
    "de": r"\bfu(?:e)?r\s+(?:wann|wenn)\s+ich\s+(?:nicht\s+mehr\s+(?:will|kann)|genug\s+habe?)\b"
    r"|\bfu(?:e)?r\s+(?:wann|wenn)(?:'s|\s+es)\s+so\s+weit\s+ist\b(?=\s*(?:$|[.!?,;\n]))",
    "fr": r"\bpour\s+(?:le\s+jour\s+ou|quand)\s+(?:j'?\s*en\s+pourrai\s+plus"
    r"|je\s+n'?\s*en\s+pourrai"
    r"\s+plus|j'?\s*en\s+aurai\s+assez|le\s+moment\s+(?:sera\s+venu|viendra))",
    "es": r"\bpara\s+cuando\s+(?:ya\s+no\s+(?:pueda|aguante)|me\s+harte|llegue\s+el\s+momento)\b",
    "pt": r"\bpara\s+quando\s+(?:(?:eu\s+)?(?:ja\s+)?nao\s+(?:aguentar|puder)|chegar\s+a\s+hora)\b",
    "it": r"\bper\s+quando\s+(?:non\s+(?:ce\s+la\s+faro|ne\s+potro)\s+piu|sara\s+il\s+momento)\b",
}

# --- the last time one tried, and now it starts again ----------------------------------------
_LAST_TRIED = {
    "en": r"\bthe\s+last\s+time\s+i\s+tried(?:\s+it)?\s*,",
    "de": r"\b(?:das\s+)?letzte\s+mal,?\s+(?:als|dass|wo)\s+ich(?:'s|\s+es)\s+versucht\s+"
    r"(?:hab|habe|hatte)\b",
    "fr": r"\bla\s+derniere\s+fois\s+que\s+j'?\s*ai\s+essaye\b",
    "es": r"\bla\s+ultima\s+vez\s+que\s+lo\s+intente\b",
    "pt": r"\ba\s+ultima\s+vez\s+que\s+(?:eu\s+)?tentei\b",
    "it": r"\bl'?\s*ultima\s+volta\s+che\s+ci\s+ho\s+provato\b",
}
_STARTING_AGAIN = {
    "en": r"\b(?:and|but)\s+now\s+it'?s\s+(?:starting|happening|coming\s+back)\s+(?:all\s+over\s+)?"
    r"(?:again|the\s+same\s+way)\b",
    "de": r"\b(?:und|aber)\s+jetzt\s+(?:fa(?:e)?ngt|geht)\s+(?:es|das)\s+(?:\w+\s+){0,2}?wieder\s+"
    r"(?:an|los)\b",
    "fr": r"\b(?:et|mais)\s+(?:la|maintenant)\s+(?:ca|tout)\s+recommence\b",
    "es": r"\by\s+ahora\s+(?:empieza|vuelve\s+a\s+empezar|esta\s+empezando)\s+(?:otra\s+vez"
    r"|de\s+nuevo|igual)\b",
    "pt": r"\be\s+agora\s+(?:esta\s+a\s+comecar|esta\s+comecando|comeca)\s+(?:tudo\s+)?"
    r"(?:de\s+novo|outra\s+vez|igual)\b",
    "it": r"\be\s+(?:adesso|ora)\s+(?:ricomincia|sta\s+ricominciando)\b",
}


RULES: tuple[Rule, ...] = (
    core_family(
        "less_load_if_gone",
        Category.BURDEN,
        _CON,
        {lang: either_order(lang, _LESS_LOAD[lang], _IF_GONE[lang], 60) for lang in LANGS},
        {
            "en": "drop|down|fall|lighter|easier|smaller|less|fewer",
            "de": "weniger",
            "fr": "moins",
            "es": "menos",
            "pt": "menos",
            "it": "meno",
        },
    )
    + core_family(
        "given_where_going",
        Category.GIVING_AWAY,
        _CON,
        {
            lang: rf"(?:{_GAVE[lang]})[^\n]{{0,150}}?(?:{_WHERE_GOING[lang]}){_NOT_A_TRIP}"
            # ... or where one is going said first: "wo ich hingeh, brauch ich das nicht, hab's
            # dem Nachbarn geschenkt"
            rf"|(?:{_WHERE_GOING[lang]}){_NOT_A_TRIP}[^.!?\n]{{0,100}}?(?:{_GAVE[lang]})"
            for lang in LANGS
        },
        dict.fromkeys(LANGS, "going|hin|vais|voy|vou|vado"),
    )
    + core_family(
        "given_cover_denied",
        Category.GIVING_AWAY,
        _CON,
        {lang: rf"(?:{_GAVE[lang]})[^\n]{{0,100}}?(?:{_COVER_DENIED[lang]})" for lang in LANGS},
        dict.fromkeys(
            LANGS,
            "thinks|think|denkt|denken|glaub|croit|pense|cree|piensa|acha|pensa|crede",
        ),
    )
    + core_family(
        "thanks_as_goodbye",
        Category.GOODBYES,
        _CON,
        {
            lang: rf"(?:{either_order(lang, _THANKS_PUTTING_UP[lang], _GOODBYE_SAID[lang], 150)})"
            + _NOT_UNTIL
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "putting up|ertragen|ausgehalten|supporte|endure|aguant|soport|atur|sopportat",
        ),
    )
    + core_family(
        "meds_for_when_enough",
        Category.GETTING_MEANS,
        _URG,
        {
            lang: rf"\b(?:{CORE_MEDS[lang]}|{_GUNS[lang]})\b[^\n]{{0,100}}?"
            rf"(?:{_FOR_WHEN_ENOUGH[lang]})"
            for lang in LANGS
        },
        dict.fromkeys(LANGS, "for when|fur|fuer|pour|para|per quando"),
    )
    + core_family(
        "last_tried_starting_again",
        Category.SUICIDAL_IDEATION,
        _URG,
        {
            # (the "again" closes its clause: not "… happening again with the bread")
            lang: rf"(?:{_LAST_TRIED[lang]})[^\n]{{0,120}}?(?:{_STARTING_AGAIN[lang]})"
            r"(?=\s*(?:$|[.!?,;:\n]))"
            for lang in LANGS
        },
        dict.fromkeys(LANGS, "tried|versucht|essaye|intente|tentei|provato"),
    )
    # the same two parts, each in any words of a small lexicon (``rules_attempt_returning``)
    + rules_attempt_returning.RULES
    # a past attempt told by its aftermath: found after an act, a stomach pumped
    + rules_past_found.RULES
    + (
        # learners' English: "I want to finish my life" (not "finish my life story")
        rule(
            "en_core_finish_my_life",
            Category.SUICIDAL_IDEATION,
            _URG,
            r"\b(?:want|wanna|going|decided|plan(?:ning)?|wish)\s+(?:to\s+)?finish\s+my\s+"
            r"(?:own\s+)?life\b(?!\s+(?:in|at|on|as|with|there|here|story|'s|among|by|near))",
            inherent=True,
            gate="finish",
        ),
    )
)

__all__ = ["RULES"]
