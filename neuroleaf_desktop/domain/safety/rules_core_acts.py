"""Acts that prepare a death, read from the two parts that make them one, in six languages.

Why: preparations are told as the act alone, in any words ("am Sonntag, wenn meine Frau weg
ist, mach ich's. Die Tabletten liegen schon bereit", "took the spare key to the gun cabinet",
"la troveranno dopo"). Each family names its two parts and accepts any wording of each:

* a moment and a bare "I'll do it" ("that's when", "mach ich's", "je le ferai", "lo faccio",
  "eu vou fazer"), followed by what is ready or decided ("it's all ready in the shed", "tout
  est prêt", "ho già deciso tutto", "já escolhi o lugar"): a plan (C-SSRS), urgent;
* means taken in secret: pills, a gun or the key to where they are kept, together with
  stealing, hiding, pocketing or lying for them, or kept "for when I have the courage";
* words left for after: a letter, a note, a voice message "they'll find after", "so it
  arrives after", "pra ouvirem depois que eu for";
* a past attempt and the same urge back now ("já tentei uma vez … e hoje a vontade voltou");
* hitting oneself as a punishment ("mi sono presa a pugni … me lo merito").

Negation before the act is judged by ``negation``; everyday reasons (a child's safety, a
party) by ``everyday``. Text is case- and accent-folded first. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_plans_told import WITH_COMPANY
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family

# --- a bare "I'll do it" at a named moment, and everything ready ----------------------------
# The act ends its clause: nothing is named after it ("I'll do it, the big clean-out").
_CLAUSE_END = r"(?=\s*(?:$|[.!?,;:\n]))"
_DO_IT = {
    "en": r"\b(?:that'?s\s+when|i'?ll\s+do\s+it|i\s+will\s+do\s+it|i'?m\s+(?:doing|going\s+to\s+do"
    r"|gonna\s+do)\s+it)",
    "de": r"\b(?:mach(?:e)?\s+ich(?:'?s|\s+es)|tu(?:e)?\s+ich(?:'?s|\s+es)|zieh(?:e)?\s+ich(?:'?s"
    r"|\s+es)"
    r"\s+durch|werd(?:e)?\s+ich(?:'?s|\s+es)\s+tun)",
    "fr": r"\b(?:je\s+le\s+(?:ferai|fais)|je\s+vais\s+le\s+faire)",
    "es": r"\b(?:lo\s+(?:hago|hare|voy\s+a\s+hacer)|voy\s+a\s+hacerlo)",
    "pt": r"\b(?:eu\s+)?(?:vou\s+fazer(?:\s+isso)?|farei\s+isso|vou\s+faze-lo)",
    "it": r"\b(?:lo\s+(?:faccio|faro)|la\s+faccio\s+finita)",
}
# … and what is ready, chosen or decided, not "ready for the party".
_READY = {
    "en": r"\b(?:it'?s\s+all\s+(?:ready|set|sorted)|everything'?s\s+(?:ready|set|sorted)"
    r"|everything\s+is\s+(?:ready|set)|i'?ve\s+(?:decided|got\s+everything|chosen\s+the\s+(?:place"
    r"|spot|day)))",
    "de": r"\b(?:(?:tabletten|pillen|medikamente|seil|strick|alles)\s+(?:liegen|liegt|steht|stehen"
    r"|ist|sind)\s+(?:schon\s+|alle?\s+)?(?:bereit|parat"
    r"|vorbereitet)|hab(?:e)?\s+(?:schon\s+)?alles\s+(?:vorbereitet|besorgt|entschieden)"
    r"|ist\s+entschieden)",
    "fr": r"\b(?:tout\s+est\s+(?:pret|prevu|decide|en\s+place)|j'?\s*ai\s+(?:tout\s+)?(?:prevu"
    r"|prepare"
    r"|decide|choisi\s+l'?\s*endroit))",
    "es": r"\b(?:(?:ya\s+)?(?:esta|tengo)\s+todo\s+(?:listo|preparado|decidido|pensado)"
    r"|ya\s+(?:lo\s+)?(?:he\s+)?decid\w+|ya\s+(?:elegi|escogi)\s+el\s+(?:sitio|lugar))",
    "pt": r"\b(?:(?:ja\s+)?(?:esta|ta|tenho)\s+tudo\s+(?:pronto|preparado|decidido)"
    r"|ja\s+(?:escolhi|decidi)\b)",
    "it": r"\b(?:(?:ho\s+)?gia\s+(?:deciso|preparato|scelto)|(?:e\s+)?tutto\s+pronto"
    # "ho deciso tutto" / "ho preparato tutto", the whole of it (not "ho deciso il menu")
    r"|ho\s+(?:deciso|preparato|organizzato)\s+tutto(?=\s*(?:$|[.!?,;:\n])))",
}
_NOT_FOR_SOMETHING = r"(?!\s+(?:for|fur|fuer|pour|para|pra|per)\b)"
_DO_IT_GATE = {
    "en": "when|do it",
    "de": "mach|tu|zieh|werd",
    "fr": "le f|faire",
    "es": "hag|hare|hacer",
    "pt": "faz|far",
    "it": "faccio|faro",
}

# Going to a place to die, decided: "i'm driving out to the quarry, i've decided".
_DECIDED = {
    "en": r"\b(?:i'?ve\s+decided|it'?s\s+decided|my\s+mind'?s\s+made\s+up"
    r"|(?:i'?ve\s+)?already\s+(?:picked|chosen|found)\s+the\s+(?:spot|place))\b",
    "de": r"\b(?:hab(?:e)?\s+mir\s+(?:alles\s+|das\s+)?(?:genau\s+|gut\s+)?u(?:e)?berlegt"
    r"|hab(?:e)?\s+(?:mich\s+)?entschieden|is(?:t)?\s+(?:entschieden|beschlossen"
    r"|ausgemacht)|steht\s+fest|hab(?:e)?\s+(?:es\s+)?beschlossen)\b",
    "fr": r"\b(?:j'?\s*ai\s+decide|c'?\s*est\s+decide)\b",
    "es": r"\b(?:(?:ya\s+)?(?:lo\s+)?he\s+decidido|(?:ya\s+)?lo\s+decidi|esta\s+decidido)\b",
    "pt": r"\b(?:(?:ja\s+)?decidi|esta\s+decidido)\b",
    "it": r"\b(?:ho\s+(?:gia\s+)?deciso|e\s+deciso)\b",
}
# Going (or climbing) to a height, a bridge or the tracks; the writer says "I" in the verb
# ("geh ich", "je m'en vais", "salgo", "vou até"). Bridges are often compounds ("Innbrücke").
# The decision is the end of what is said ("i've decided.", "ist ausgemacht mit mir selber"),
# not "i've decided to take the photo at sunset".
_DECISION_ENDS = (
    r"(?:\s+(?:tudo|tutto|todo|tout|alles|everything|it\s+all))?"
    r"(?=\s*(?:$|[.!?,;:\n]|mit\s+mir|with\s+myself|avec\s+moi|conmigo|comigo|con\s+me))"
)
_GOING_TO_A_HEIGHT = {
    "en": r"\b(?:(?:gonna|going\s+to|will|i'?ll)\s+(?:drive|go|head|walk|cycle)|driving|going"
    r"|heading|walking|cycling)\s+(?:out\s+|up\s+|down\s+)?to\s+the\s+"
    r"(?:quarry|bridge|cliffs?|tracks|viaduct|railway|level\s+crossing|multi-?storey|gap|lookout"
    r"|headland|overpass)\b",
    "de": r"\b(?:fahr|geh|lauf|steig)(?:e)?\s+ich\s+(?:\w+\s+)?(?:zum|zur|zu\s+den|auf\s+die"
    r"|auf\s+den|aufs|an\s+die)\s+(?:steinbruch|\w*bru(?:e)?cke|klippe\w*|gleisen|bahngleisen"
    r"|parkhaus|dach|hochhaus|turm)\b",
    "fr": r"\bje\s+(?:vais|pars|file|m'?\s*en\s+vais|monte)\s+(?:jusqu'?\s*)?(?:a\s+la|au|aux"
    r"|sur\s+le)\s+(?:carriere|pont|falaises?|voies|toit|viaduc)\b",
    "es": r"\b(?:me\s+voy|voy|subo)\s+(?:hasta\s+)?(?:a\s+la|al|a\s+las)\s+(?:cantera|puente"
    r"|acantilado|vias|azotea|viaducto)\b",
    "pt": r"\b(?:vou|subo)\s+(?:ate\s+|para\s+|pra\s+|no\s+|ao\s+)?(?:a|o|os)?\s*(?:pedreira"
    r"|ponte|penhasco|trilhos|telhado|terraco|viaduto)\b",
    "it": r"\b(?:vado|salgo)\s+(?:alla|al|sulla|sul|ai|fino\s+al(?:la)?)\s+(?:cava|ponte"
    r"|scogliera|binari|terrazzo|tetto|viadotto)\b",
}
# A journey without a way back and an ending: "didn't book a way back, that's where it ends".
_NO_WAY_BACK = {
    "en": r"\b(?:didn'?t\s+book|no|without)\s+(?:a\s+)?(?:way|ticket|train|trip|journey|return)"
    r"\s+(?:back|home)\b[^.!?\n]{0,40}?\b(?:that'?s\s+where\s+it\s+(?:all\s+)?ends"
    r"|not\s+coming\s+back|won'?t\s+need\s+one)\b",
    "de": r"\bohne\s+ru(?:e)?ckfahr\w*\b[^.!?\n]{0,40}?\b(?:dort|da)\s+endet\s+es\b",
    "fr": r"\bsans\s+(?:billet\s+)?retour\b[^.!?\n]{0,40}?\bc'?\s*est\s+la\s+que\s+(?:ca|tout)"
    r"\s+(?:se\s+termine|finit)\b",
    "es": r"\bsin\s+(?:billete\s+de\s+)?vuelta\b[^.!?\n]{0,40}?\bahi\s+se\s+acaba\b",
    "pt": r"\bsem\s+(?:passagem\s+de\s+)?volta\b[^.!?\n]{0,40}?\be\s+(?:la|ali)\s+que\s+"
    r"(?:acaba|termina)\b",
    "it": r"\bsenza\s+(?:biglietto\s+di\s+)?ritorno\b[^.!?\n]{0,40}?\b(?:li|la)\s+finisce\b",
}
# Something bought whose use the writer will not name: "ordered something online i shouldn't
# have … i know exactly what it's for".
_BOUGHT_KNOWING = {
    "en": r"\b(?:ordered|bought|got)\b[^\n]{0,80}?\bi\s+know\s+exactly\s+what\s+(?:it'?s|it\s+is"
    r"|they'?re|that'?s)\s+for\b",
    "de": r"\b(?:bestellt|gekauft)\b[^\n]{0,80}?\bich\s+wei(?:ss|s)\s+genau,?\s+wofu(?:e)?r\b",
    "fr": r"\b(?:commande|achete)\b[^\n]{0,80}?\bje\s+sais\s+(?:tres\s+bien|exactement)\s+"
    r"(?:a\s+quoi|pourquoi)\b",
    "es": r"\b(?:pedi|compre)\b[^\n]{0,80}?\bse\s+(?:muy\s+bien|exactamente)\s+para\s+que\b",
    "pt": r"\b(?:pedi|comprei|encomendei)\b[^\n]{0,80}?\bsei\s+(?:muito\s+bem|exatamente)\s+"
    r"(?:pra|para)\s+que\b",
    "it": r"\b(?:ordinato|comprato)\b[^\n]{0,80}?\bso\s+(?:bene|esattamente)\s+a\s+cosa\b",
}

# --- means taken in secret ------------------------------------------------------------------
#: Means (medicines by name, weapons, poisons), shared with ``rules_core_impulse``.
MEANS = {
    # the medicines people name as well as the word "pills"
    "en": r"(?:pills?|tablets?|meds|medication|painkillers?|gun|rifle|shotgun|firearm"
    r"|antidepressants?|paracetamol|co-?codamol|codeine|insulin|sertraline|citalopram|diazepam"
    r"|zopiclone|tramadol|opioids?|sleeping\s+pills?|sleepers|weedkiller|antifreeze"
    r"|morphine|oxycodone|oxy|fentanyl|methadone|lithium|pregabalin|gabapentin|quetiapine)",
    "de": r"(?:tabletten?|pillen?|medikament\w*|schlaftabletten?|waffe\w*|gewehr|pistole"
    r"|paracetamol|antidepressiva|schlafmittel|beruhigungsmittel)",
    "fr": r"(?:cachets?|comprimes?|medicaments?|medocs?|somniferes?|fusil|arme|pistolet|doliprane"
    r"|paracetamol|antidepresseurs?|anxiolytiques?|xanax|lexomil)",
    "es": r"(?:pastillas?|pildoras?|medicinas?|medicamentos?|somniferos?|pistola|escopeta|fusil"
    r"|rifle|paracetamol|antidepresivos?|ansioliticos?|tranquilizantes?)",
    "pt": r"(?:remedios?|comprimidos?|medicamentos?|pilulas?|calmantes?|arma|espingarda|revolver"
    r"|paracetamol|antidepressivos?|rivotril)",
    "it": r"(?:pillole?|pastiglie?|farmac[oi]|medicine|sonnifer[oi]|fucile|pistola|paracetamolo"
    r"|tachipirina|antidepressivi|ansiolitici|xanax|tavor|gocce(?:\s+per\s+dormire)?)",
}
# Taken, hidden, lied for, or gathered little by little ("tô juntando remédio faz semanas").
_SECRET = {
    "en": r"(?:stole|nicked|pinched|pocketed|stashed|hid|hidden|hiding|stockpil\w*|hoard\w*"
    r"|lied|took\s+it\s+while\s+(?:he|she|they)\s+(?:was|were)\s+(?:on|out|away|asleep))",
    "de": r"(?:geklaut|gestohlen|versteckt|eingesteckt|gehortet|abgezweigt|gebunkert|gesammelt"
    r"|sammle)",
    "fr": r"(?:vole|voles|volees|pique|planque\w*|cache|caches|cachees|menti|accumul\w*"
    r"|stocke\w*)",
    "es": r"(?:robe|robado|robadas|robados|escondi|escondid[oa]s|escondiendo|menti|acumul\w+"
    r"|juntando)",
    "pt": r"(?:roubei|roubad[oa]s|escondi|escondid[oa]s|menti|acumul\w+|juntando|juntei)",
    "it": r"(?:rubato|rubat[ei]|fregat[oei]|nascost[oei]|nascondo|mentito|accumul\w+"
    r"|(?:mettendo|messo|mess[ei])\s+da\s+parte)",
}
_SECRET_GATE = {
    "en": "stole|nick|pinch|pocket|stash|hid|stockpil|hoard|lied|took it",
    "de": "geklaut|gestohlen|versteckt|eingesteckt|gehortet|abgezweigt|gebunkert|gesammelt|sammle",
    "fr": "vol|pique|planque|cache|menti|accumul|stocke",
    "es": "rob|escond|menti|acumul|juntando",
    "pt": "roub|escond|menti|acumul|junt",
    "it": "rubat|fregat|nascost|nascondo|mentito|accumul|da parte",
}
# The key to where a gun or medicine is locked, taken: "took the spare key to the gun cabinet".
_KEY_TAKEN = (
    r"\b(?:took|nicked|pinched|pocketed|copied|swiped|stole|hid|kept|picked\s+up|grabbed)\s+"
    r"(?:the\s+|a\s+|his\s+|her\s+)?(?:spare\s+)?keys?\s+(?:to|for|of)\s+(?:the\s+|his\s+|her\s+"
    r"|their\s+|my\s+)?(?:\w+'?s\s+)?(?:gun|rifle|shotgun|firearms?|medicine|meds?|drugs?)\s+"
    r"(?:cabinet|cupboard|safe|locker|box)\b"
    # … or got and never given back: "got the key to my uncle's gun safe and haven't given it back"
    r"|\b(?:got|have|still\s+have|'ve\s+got)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:spare\s+)?keys?\s+"
    r"(?:to|for|of)\s+(?:the\s+|his\s+|her\s+|their\s+|my\s+)?(?:\w+'?s\s+)?(?:gun|rifle"
    r"|shotgun|firearms?)\s+(?:cabinet|cupboard|safe|locker|box)\b[^.!?\n]{0,30}?\b(?:haven'?t"
    r"|have\s+not|never|didn'?t)\s+(?:given|gave|give|handed|hand|put)\s+(?:it|them)\s+back\b"
)
# Enough pills gathered from several pharmacies, or without anyone asking.
_SEVERAL_PHARMACIES = {
    "en": r"\b(?:several|three|two|four|different)\s+(?:different\s+)?(?:pharmacies|chemists)\b"
    r"[^.!?\n]{0,60}?\b(?:enough|so\s+(?:nobody|no\s+one)(?:'d|\s+would)?\s+(?:asks?|clocks?"
    r"|notices?|noticed|suspects?|thinks?\s+anything)|without\s+anyone\s+(?:asking|noticing)"
    r"|(?:one|a)\s+(?:box|pack(?:et)?)\s+(?:from|in|at)\s+each)\b",
    # "in drei verschiedenen Apotheken …, damit keinem was auffällt"
    "de": r"\b(?:mehreren?|drei|zwei|vier|verschiedenen?)\s+(?:verschiedenen?\s+)?apotheken\b"
    r"[^.!?\n]{0,60}?\b(?:genug|ohne\s+dass|damit\s+(?:es\s+)?(?:keinem|keiner|niemand\w*)"
    r"|(?:eine|je\s+eine)\s+packung\s+(?:pro|in\s+jeder))\b",
    "fr": r"\b(?:plusieurs|trois|deux|quatre|differentes)\s+(?:differentes\s+)?pharmacies\b"
    r"[^.!?\n]{0,60}?\b(?:assez|suffisamment|sans\s+qu'?\s*on|pour\s+que\s+personne"
    r"|une\s+boite\s+dans\s+chacune)\b",
    "es": r"\b(?:varias|tres|dos|cuatro|distintas|diferentes)\s+(?:distintas\s+|diferentes\s+)?"
    r"farmacias\b[^.!?\n]{0,60}?\b(?:suficientes|bastantes|sin\s+que|para\s+que\s+nadie"
    r"|una\s+caja\s+en\s+cada)\b",
    # "fui a várias farmácias …, uma caixa em cada para ninguém desconfiar"
    "pt": r"\b(?:varias|tres|duas|quatro|diferentes)\s+(?:diferentes\s+)?farmacias\b"
    r"[^.!?\n]{0,60}?\b(?:suficiente\w*|bastante\w*|sem\s+(?:ninguem|que)"
    r"|(?:para|pra)\s+(?:que\s+)?ninguem|uma\s+caixa\s+em\s+cada)\b",
    "it": r"\b(?:varie|tre|due|quattro|diverse)\s+(?:diverse\s+)?farmacie\b[^.!?\n]{0,60}?\b"
    r"(?:abbastanza|senza\s+che|(?:cosi|perche)\s+nessuno|una\s+scatola\s+in\s+ognuna)\b",
}
# Kept for the day the courage comes: "pra quando eu tiver coragem".
_COURAGE = {
    "en": r"\b(?:for|till|until)\s+when\s+i\s+(?:have|get|find|'ve\s+got)\s+(?:the\s+)?(?:courage"
    r"|nerve|guts)\b",
    "de": r"\bfu(?:e)?r\s+wenn\s+ich\s+(?:den\s+)?mut\s+hab",
    "fr": r"\bpour\s+(?:quand|le\s+jour\s+ou)\s+j'?\s*aurai\s+le\s+courage\b",
    "es": r"\bpara\s+cuando\s+(?:tenga\s+(?:el\s+)?valor|me\s+atreva)\b",
    "pt": r"\bpra\s+quando\s+(?:eu\s+)?tiver\s+coragem\b"
    r"|\bpara\s+quando\s+(?:eu\s+)?tiver\s+coragem\b",
    "it": r"\bper\s+quando\s+avro\s+il\s+coraggio\b",
}
_COURAGE_GATE = {
    "en": "courage|nerve|guts",
    "de": "mut",
    "fr": "courage",
    "es": "valor|atreva",
    "pt": "coragem",
    "it": "coraggio",
}

# "Not your fault" as a farewell ends what it says ("… none of it is your fault."), unlike "it's
# not her fault the vase broke".
_FAREWELL_END = r"(?=\s*(?:$|[.!?,;:\n]|and\b|y\b|e\b|et\b|und\b))"

# --- words left for after ---------------------------------------------------------------------
_MESSAGE = {
    "en": r"(?:letters?|note|voice\s*note|message|video|card|recording|wrote|written|posting|posted"
    r"|envelopes?)",
    # (the writing itself, as "wrote" is in English: "hab meinem Bruder geschrieben, dass …")
    "de": r"(?:brief|zettel|nachricht|sprachnachricht|video|karte|aufnahme|geschrieben|schrieb)",
    "fr": r"(?:lettre|mot|message|vocal|video|carte|enregistrement|ecrit)",
    "es": r"(?:carta|nota|mensaje|audio|video|grabacion|escribi)",
    "pt": r"(?:carta|bilhete|audio|mensagem|video|gravacao|escrevi)",
    "it": r"(?:lettera|lettere|biglietto|messaggio|vocale|audio|video|scritto)",
}
_FOR_AFTER = {
    "en": r"\bso\s+it\s+arrives\s+after\b|\b(?:she|he|they)'?ll\s+know\s+what\s+to\s+do\s+"
    r"(?:with\s+(?:\w+\s+){0,3})?after(?=\s*(?:$|[.!?,;\n]))"
    r"|\b(?:they|she|he)'?ll\s+(?:find|read|open|hear|see|get)\s+(?:it|them)\s+after(?:wards)?"
    r"(?=\s*(?:$|[.!?,;\n]))|\bi\s+won'?t\s+be\s+there\s+for\s+it\b"
    # … or "when it's time": "he'll find it when it's time"
    r"|\b(?:they|she|he)'?ll\s+(?:find|read|open|get)\s+(?:it|them)\s+when\s+(?:it'?s|the)\s+"
    r"time(?=\s*(?:$|[.!?,;\n]))"
    r"|\bwhere\s+(?:they|she|he)'?ll\s+find\s+(?:it|them)\b|\bfor\s+when\s+(?:they|she|he)"
    r"\s+(?:need|find)\s+it\b|\bfor\s+after(?:wards)?(?=\s*(?:$|[.!?,;\n]))"
    # a name between: "a folder called for Jack after"
    r"|\bfor\s+[a-z]+\s+after(?=\s*(?:$|[.!?,;\n]))"
    # telling them it is nobody's fault: a farewell's words
    r"|\b(?:none\s+of\s+(?:it|this)\s+is|it'?s\s+not|it\s+isn'?t)\s+(?:anyone'?s|your|their|his"
    r"|her)"
    r"\s+fault" + _FAREWELL_END,
    "de": r"\b(?:wenn|sobald)\s+ich\s+(?:weg|nicht\s+mehr\s+da)\s+bin\b"
    r"|\b(?:finden|findet|lesen|liest|ho(?:e)?ren|ho(?:e)?rt)\s+(?:sie|ihn|es)\s+(?:erst\s+)?"
    r"danach\b|\bsoll\s+erst\s+(?:\w+\s+){0,3}?ankommen\b"
    r"|\b(?:nix|nichts)\s+dafu(?:e)?r\s+kann\b|\bnicht\s+(?:seine|ihre|deine|eure)\s+schuld\b"
    r"|\ban\s+nichts\s+schuld\s+(?:ist|sind|bist)"
    + _FAREWELL_END
    + r"|\b(?:findet|finden|liest|lesen)\s+(?:ihn|sie|es)\s+,?\s*wenn\s+es\s+so\s+weit\s+ist\b",
    "fr": r"\b(?:ils|elles?|il)\s+(?:la|les|le)\s+(?:trouveront|liront|ouvriront"
    r"|ecouteront|trouvera|lira|ouvrira|ecoutera)\s+apres\b"
    r"|\b(?:c'?\s*est\s+pas|ce\s+n'?\s*est\s+pas)\s+(?:de\s+)?(?:sa|ta|leur|votre)\s+faute"
    + _FAREWELL_END
    + r"|\bquand\s+je\s+(?:serai|ne\s+serai\s+plus)\s+(?:parti|partie|la)\b"
    # the "y" of being there: "ils les liront quand je n'y serai plus"
    + r"|\bquand\s+je\s+n'?\s*y\s+serai\s+plus\b"
    + r"|\b(?:la|les|le)\s+(?:trouvera|trouveront|lira|liront)\s+le\s+moment\s+venu\b",
    "es": r"\b(?:la|las|lo|los)\s+(?:encontraran?|leeran?|abriran?|escucharan?"
    r"|van?\s+a\s+(?:encontrar|leer|abrir|escuchar))\s+(?:despues|cuando\s+sea\s+el\s+momento)\b"
    r"|\bla\s+culpa\s+no\s+es\s+(?:suya|tuya|de\s+ella|de\s+el)"
    + _FAREWELL_END
    + r"|\b(?:nada|no)\s+es\s+(?:su|tu|vuestra)\s+culpa"
    + _FAREWELL_END
    + r"|\bcuando\s+(?:yo\s+)?(?:ya\s+no\s+este|me\s+haya\s+ido)\b",
    "pt": r"\bdepois\s+que\s+eu\s+(?:for|partir|morrer|me\s+for)\b"
    r"|\b(?:nada|nao)\s+e\s+(?:culpa\s+(?:sua|dela|dele|de\s+ninguem)|sua\s+culpa)"
    + _FAREWELL_END
    + r"|\ba\s+culpa\s+nao\s+e\s+(?:dela|dele|sua|tua)"
    + _FAREWELL_END
    + r"|\b(?:vai|vao)\s+(?:encontra-la|encontra-lo|le-la|encontrar)\s+depois\b"
    + _FAREWELL_END
    + r"|\bquando\s+eu\s+(?:nao\s+estiver\s+mais|partir|me\s+for)\b",
    "it": r"\b(?:la|le|lo|li)\s+(?:troveranno|leggeranno|apriranno|ascolteranno|trovera"
    r"|leggera|aprira|ascoltera)\s+dopo\b|\bnon\s+e\s+(?:colpa\s+(?:sua|tua|di\s+nessuno)"
    r"|sua\s+colpa)" + _FAREWELL_END + r"|\bquando\s+non\s+ci\s+saro\s+piu\b"
    r"|\bla\s+colpa\s+non\s+e\s+(?:sua|tua)"
    + _FAREWELL_END
    + r"|\b(?:la|le|lo|li)\s+(?:trovera|troveranno|leggera|leggeranno|aprira)\s+quando\s+sara\s+"
    r"il\s+momento\b"
    # "per dopo che me ne sarò andato": the letters are for after the writer has gone
    r"|\b(?:dopo\s+che|quando)\s+me\s+ne\s+saro\s+andat[oa]\b",
}
_FOR_AFTER_GATE = {
    "en": "after|there for|find|fault|time",
    "de": "ich|danach|ankommen|kann|schuld|weit",
    "fr": "apres|serai|faute|venu",
    "es": "despues|este|culpa|ido|momento",
    "pt": "eu|culpa|depois",
    "it": "dopo|saro|colpa|andat|momento",
}
# Telling everyone one loves them, then closing ("… dass ich sie lieb hab. Mehr gibt's nicht zu
# sagen"; "'love you all, always have' and muted it. that's done now").
_LOVE_ALL_CLOSED = {
    "en": r"\blove\s+you\s+all\b[^\n]{0,60}?\b(?:that'?s\s+(?:done|that)\s+now|nothing\s+(?:more"
    r"|else)\s+to\s+say)\b",
    "de": r"\b(?:allen|jedem)\b[^.!?\n]{0,50}?\blieb\s+hab\w*\b[^\n]{0,10}?\bmehr\s+gibt(?:'?s"
    r"|\s+es)"
    r"\s+nicht\s+zu\s+sagen\b",
    "fr": r"\b(?:a\s+tous|a\s+chacun)\b[^.!?\n]{0,50}?\b(?:je\s+les\s+aime"
    r"|aime)\b[^\n]{0,10}?\b(?:plus"
    r"\s+rien\s+a\s+dire|c'?est\s+fait)\b",
    "es": r"\b(?:a\s+todos|a\s+cada\s+uno)\b[^.!?\n]{0,50}?\b(?:los\s+quiero"
    r"|quiero)\b[^\n]{0,10}?\b"
    r"(?:no\s+hay\s+(?:nada\s+)?mas\s+que\s+decir|ya\s+esta)\b",
    "pt": r"\b(?:a\s+todos|pra\s+todos|a\s+cada\s+um)\b[^.!?\n]{0,50}?\b(?:amo)\b[^\n]{0,10}?\b"
    r"(?:nao\s+(?:ha|tem)\s+mais\s+nada\s+a\s+dizer|pronto)\b",
    "it": r"\b(?:a\s+tutti|a\s+ognuno)\b[^.!?\n]{0,50}?\b(?:voglio\s+bene|amo)\b[^\n]{0,10}?\b"
    r"(?:non\s+c'?\s*e\s+(?:altro|nient'?\s*altro)\s+da\s+dire|fatto)\b",
}
_LOVE_GATE = {
    "en": "love you all",
    "de": "lieb",
    "fr": "aime",
    "es": "quiero",
    "pt": "amo",
    "it": "bene|amo",
}

# --- a past attempt and the same urge back now -------------------------------------------------
_ATTEMPT = {
    "en": r"\b(?:tried|attempted)\s+(?:once|before|it\s+before|twice)"
    r"(?=\s*(?:$|[.!?,;\n]|when\b|at\b|in\b|aged\b|and\b))|\b(?:jumped|overdosed"
    r"|od'?d)"
    r"\s+once\b|\bafter\s+(?:my|the)\s+(?:attempt|overdose)\b|\bscars\s+on\s+my\s+(?:wrists?"
    r"|arms?|thighs?)\b|\bfound\s+me\s+(?:just\s+)?in\s+time\b"
    # an overdose told by its count: "i took 20 paracetamol in march"
    r"|\btook\s+(?:\d{2,}|a\s+(?:bottle|box|load|handful)\s+of)\s+(?:my\s+)?(?:pills|tablets"
    r"|paracetamol|painkillers|sleeping\s+pills|antidepressants)\b"
    # … or by the ward it ended on: "the discharge letter from the psych ward … from last time"
    r"|\b(?:psych(?:iatric)?\s+ward|intensive\s+care|icu)\b[^\n]{0,60}?\blast\s+time\b"
    r"|\b(?:woke|ended)\s+up\s+in\s+(?:icu|intensive\s+care|a\s*&\s*e|resus)\b"
    # talked down from a height: "one leg over the railing before a stranger talked me down"
    r"|\bone\s+leg\s+over\s+the\s+(?:railing|edge|barrier|parapet)\b"
    r"|\b(?:stranger|someone|somebody|police\w*|officer|cop|guard)\s+talked\s+me\s+down\b"
    r"|\bstomach\s+pumped\b",
    "de": r"\bnach\s+dem\s+(?:suizid)?versuch\b|\b(?:schon\s+)?(?:einmal|mal)\s+versucht\b"
    r"|\brechtzeitig\s+gefunden\b|\bmagen\s+(?:ausgepumpt|auspumpen)\b"
    r"|\bnach\s+den\s+(?:tabletten|pillen)\b[^.!?\n]{0,40}?\baufgewacht\b"
    r"|\bauf\s+der\s+intensiv\w*\s+aufgewacht\b",
    "fr": r"\b(?:deja\s+)?(?:essaye|tente)\s+une\s+fois\b|\bapres\s+(?:ma|la)\s+tentative\b"
    r"|\btrouvee?\s+a\s+temps\b|\blavage\s+d'?\s*estomac\b"
    r"|\breveillee?\s+(?:aux\s+urgences|en\s+reanimation)\b",
    "es": r"\b(?:ya\s+)?(?:lo\s+)?intente\s+una\s+vez\b|\bdespues\s+del\s+intento\b"
    r"|\bencontraron\s+a\s+tiempo\b|\blavado\s+de\s+estomago\b|\bme\s+salvaron\b"
    r"|\bdesperte\s+en\s+(?:la\s+)?(?:uci|terapia\s+intensiva)\b"
    r"|\bme\s+(?:tome|trague)\s+todo\s+lo\s+del\s+botiquin\b",
    "pt": r"\b(?:ja\s+)?tentei\s+uma\s+vez\b|\bdepois\s+da\s+tentativa\b"
    r"|\b(?:acharam|encontraram)\s+a\s+tempo\b|\blavagem\s+(?:ao|de)\s+estomago\b"
    r"|\bacordei\s+(?:na\s+(?:uti|urgencia)|nos\s+cuidados\s+intensivos)\b|\bme\s+salvaram\b",
    "it": r"\b(?:gia\s+)?(?:ci\s+)?ho\s+provato\s+una\s+volta\b|\bci\s+ho\s+gia\s+provato\b"
    r"|\bmi\s+sono\s+(?:ri)?svegliat[oa]\s+in\s+(?:ospedale|rianimazione|terapia\s+intensiva)\b"
    r"|\bdopo\s+il\s+tentativo\b"
    r"|\btrovat[oa]\s+in\s+tempo\b|\blavanda\s+gastrica\b"
    r"|\b(?:ri)?svegliat[oa]\s+in\s+rianimazione\b",
}
_URGE_BACK = {
    "en": r"\bwanting\s+more\b|\bsame\s+(?:urge|pull|feeling)\b|\bback\s+at\s+(?:that|the)\s+"
    r"(?:edge|place|point|railing)\b|\bthink(?:ing)?\s+about\s+finishing"
    r"\s+it\b|\bit'?s\s+back\b|\bi'?d\s+do\s+it\s+again\b|\bwould\s+do\s+it\s+again\b"
    # the same feeling as then: "feel exactly how i felt before i went in"
    r"|\bfeel(?:ing)?\s+(?:exactly\s+|just\s+)?(?:how|like|the\s+way)\s+i\s+(?:felt|did)\s+"
    r"(?:before|back\s+then|then|that\s+(?:night|time))\b",
    "de": r"\bwieder\s+genauso\b|\b(?:es|das)\s+kommt\s+(?:alles\s+)?(?:wieder|zuru(?:e)?ck)\b"
    r"|\bgenauso\s+(?:an\s+)?wie\s+damals\b|\bfu(?:e)?hlt\s+sich\s+(?:\w+\s+)?(?:genau\s+)?"
    r"(?:gleich|genauso)\s+an\b|\b(?:drang"
    r"|wunsch)\s+ist\s+wieder\s+da\b",
    "fr": r"\bmeme\s+envie\b|\b(?:ca|ce|l'?\s*envie)\s+(?:me\s+)?revient\b"
    r"|\bl'?\s*envie\s+est\s+revenue\b|\bmeme\s+sensation\b"
    r"|\b(?:comme|pareil\s+que)\s+(?:ce\s+soir-la|cette\s+nuit-la|cette\s+fois-la)\b",
    "es": r"\bmismas\s+ganas\b|\besta\s+volviendo\b"
    r"|\bvolvieron\s+las\s+ganas\b|\blas\s+ganas\s+volvieron\b"
    r"|\bmisma\s+sensacion\b|\b(?:lo\s+mismo|igual)\s+que\s+(?:esa|aquella)\s+(?:noche|vez)\b",
    "pt": r"\bvontade\s+voltou\b|\b(?:o\s+mesmo|a\s+mesma\s+coisa|isso)\s+a\s+voltar\b"
    r"|\b(?:esta|ta)\s+(?:a\s+voltar|voltando)\b|\bmesma\s+vontade\b|\bmesma\s+sensacao\b"
    r"|\b(?:igual|o\s+mesmo)\s+(?:a|que)\s+(?:aquela|naquela)\s+(?:noite|vez)\b",
    "it": r"\bstessa\s+voglia\b|\bsta\s+(?:ri)?tornando\b"
    r"|\bla\s+voglia\s+e\s+tornata\b|\bstessa\s+sensazione\b"
    r"|\b(?:uguale|come)\s+(?:a\s+)?quella\s+(?:sera|notte|volta)\b",
}
_URGE_GATE = {
    "en": "more|same|finishing|back|again|felt|did",
    "de": "wieder|genauso|zuruck|zurueck|gleich",
    "fr": "envie|sensation|-la|revient",
    "es": "ganas|sensacion|noche|vez|volviendo",
    "pt": "vontade|sensacao|noite|vez|voltar|voltando",
    "it": "voglia|sensazione|quella|tornando",
}

# --- hitting oneself as a punishment -----------------------------------------------------------
_HIT_SELF = {
    "en": r"\b(?:punched|hit|slapped|beat)\s+myself\b|\bbanged\s+my\s+head\s+against\b"
    # the wall, until the hand breaks: "punched the wall till my knuckles split"
    r"|\bpunched\s+(?:the|a)\s+wall\s+(?:till|until)\s+my\s+(?:knuckles|hands?|fists?)\s+"
    r"(?:split|bled|broke|were\s+bleeding)\b",
    "de": r"\bmich\s+(?:selbst\s+)?geschlagen\b|\bschlag(?:e)?\s+mich\s+(?:selbst\s+)?(?:bis|so)\b"
    r"|\b(?:kopf|faust)\s+gegen\s+die\s+wand\s+(?:geschlagen|gehauen|geknallt)\b",
    "fr": r"\bje\s+me\s+(?:suis\s+)?(?:frappe|cogne|tape)\w*\b"
    r"|\b(?:cogne|tape|frappe)\s+la\s+tete\s+contre\s+(?:le|les)\s+murs?\b",
    "es": r"\bme\s+(?:di|doy|pegue)\s+(?:golpes|punetazos|cabezazos)\b|\bme\s+golpe(?:e|o)\b"
    r"|\b(?:golpee|pegue|di)\s+(?:la\s+cabeza|cabezazos)\s+contra\s+la\s+pared\b",
    "pt": r"\bme\s+(?:dei|dou)\s+(?:socos|tapas)\b|\bme\s+soque[ia]\b"
    r"|\b(?:bati|batia|dei)\s+(?:com\s+a\s+cabeca|cabecadas)\s+(?:na|contra\s+a)\s+parede\b",
    "it": r"\bmi\s+sono\s+(?:pres[oa]|dat[oa])\s+a\s+(?:pugni|schiaffi|testate)\b"
    r"|\bmi\s+prendo\s+a\s+(?:pugni|schiaffi)\b"
    r"|\b(?:sbattuto|battuto|picchiato)\s+la\s+testa\s+contro\s+il\s+muro\b",
}
# … until it showed, or because one deserves it.
_PUNISHED = {
    # … or for what it quiets: "it's the only thing that shuts the noise up", "só assim a
    # cabeça cala"
    "en": r"\b(?:until|till|deserve\w*|needed\s+to\s+feel\s+something|only\s+thing\s+that\s+"
    r"(?:shuts|quiets|stops|calms|helps))\b",
    "de": r"\b(?:bis|verdient)\b",
    "fr": r"\b(?:jusqu|merite)\w*",
    "es": r"\b(?:hasta|merezco|merecia)\b",
    "pt": r"\b(?:ate|mereco|merecia|so\s+assim)\b",
    "it": r"\b(?:finche|merito|meritavo)\b",
}
_HIT_GATE = {
    "en": "myself|my head|wall",
    "de": "schlag|wand",
    "fr": "frapp|cogn|tape",
    "es": "golpe|punetazo|cabezazo|pared",
    "pt": "soco|tapa|soque|parede",
    "it": "pugni|schiaffi|testate|muro",
}


_URG = Severity.URGENT
_CONCERN = Severity.CONCERN

RULES: tuple[Rule, ...] = (
    core_family(
        "timed_act",
        Category.PLAN_OR_METHOD,
        _URG,
        {
            lang: rf"{_DO_IT[lang]}{_CLAUSE_END}[^\n]{{0,60}}?{_READY[lang]}{_NOT_FOR_SOMETHING}"
            for lang in LANGS
        },
        _DO_IT_GATE,
    )
    + core_family(
        "going_decided",
        Category.PLAN_OR_METHOD,
        _URG,
        {
            # the decision may be its own short sentence ("… au pont. c'est décidé")
            # not with others along ("driving to the viaduct with the kids")
            lang: rf"(?:{_GOING_TO_A_HEIGHT[lang]})(?![^.!?\n]{{0,60}}?\b{WITH_COMPANY}\b)"
            rf"[^.!?\n]{{0,60}}?(?:[.!?]\s*(?:\w+\s+){{0,2}})?"
            rf"(?:{_DECIDED[lang]}){_DECISION_ENDS}"
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "decid|decis|entschieden|beschlossen|ausgemacht|fest|mind|berlegt|picked|chosen|found",
        ),
    )
    + core_family(
        "no_way_back",
        Category.PLAN_OR_METHOD,
        _URG,
        _NO_WAY_BACK,
        dict.fromkeys(LANGS, "back|home|ruck|rueck|retour|vuelta|volta|ritorno"),
    )
    + core_family(
        "bought_knowing",
        Category.GETTING_MEANS,
        _URG,
        _BOUGHT_KNOWING,
        dict.fromkeys(LANGS, "exact|genau|bien|bene"),
    )
    + core_family(
        "means_secret",
        Category.GETTING_MEANS,
        _URG,
        {
            lang: rf"\b{_SECRET[lang]}\b[^.!?\n]{{0,60}}?\b{MEANS[lang]}\b"
            rf"|\b{MEANS[lang]}\b[^.!?\n]{{0,60}}?\b{_SECRET[lang]}\b"
            for lang in LANGS
        },
        _SECRET_GATE,
        inherent=False,
    )
    + core_family(
        "means_for_courage",
        Category.GETTING_MEANS,
        _URG,
        {lang: rf"\b{MEANS[lang]}\b[^.!?\n]{{0,80}}?(?:{_COURAGE[lang]})" for lang in LANGS},
        _COURAGE_GATE,
    )
    + core_family(
        "pharmacies",
        Category.GETTING_MEANS,
        _URG,
        _SEVERAL_PHARMACIES,
        dict.fromkeys(LANGS, "pharmac|chemist|apotheken|farmac"),
    )
    + core_family(
        "words_for_after",
        Category.GOODBYES,
        _CONCERN,
        {lang: rf"\b{_MESSAGE[lang]}\b[^\n]{{0,90}}?(?:{_FOR_AFTER[lang]})" for lang in LANGS},
        _FOR_AFTER_GATE,
    )
    + core_family("love_all_closed", Category.GOODBYES, _CONCERN, _LOVE_ALL_CLOSED, _LOVE_GATE)
    + core_family(
        "urge_back",
        Category.SUICIDAL_IDEATION,
        _CONCERN,
        {lang: rf"(?:{_ATTEMPT[lang]})[^\n]{{0,100}}?(?:{_URGE_BACK[lang]})" for lang in LANGS},
        _URGE_GATE,
    )
    + core_family(
        "hit_self",
        Category.SELF_HARM,
        _CONCERN,
        {lang: rf"(?:{_HIT_SELF[lang]})[^.!?\n]{{0,60}}?{_PUNISHED[lang]}" for lang in LANGS},
        _HIT_GATE,
    )
    + (
        rule(
            "en_core_key_taken",
            Category.GETTING_MEANS,
            _URG,
            _KEY_TAKEN,
            inherent=True,
            gate="key",
        ),
    )
)
