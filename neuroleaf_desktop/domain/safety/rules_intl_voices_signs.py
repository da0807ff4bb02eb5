"""Warning signs in Spanish, Portuguese, Italian, German and French voices.

Why a module of its own: like ``rules_intl_voices``, each family is written once for all five
languages, because a sign first met in one language is worded the same way in the others:

* no tomorrow *for me* ("pour moi il n'y a plus de lendemain", "per me non c'è più nessun
  domani"), a future that does not exist ("mon avenir, il n'y en a pas"), not a tomorrow
  without free time nor a "lendemain de veille" (a hangover in Québec);
* crushed under "the weight of this life"; too much "in this world", not at this party;
* nobody will mourn *my death*; "I am a poison for my family"; "better off without an old
  man like me";
* the means: charcoal *for the car*, bought and then hidden, set aside ("mettendo da parte
  le gocce"), "enough for everything", the fastest methods looked up;
* arrangements made "and after that nothing matters" / "I know it will be soon";
* last wishes with a colon ("mein letzter Wille: …"), nothing to remain after me, things
  placed so they are cared for "when I'm gone", "it's not your fault … I love you";
* self-harm lives in ``rules_intl_voices_harm``.

A word before or after keeps the look-alikes out ("charbon pour le barbecue", "cognée contre
la porte"); ``everyday`` clears pets, gardening and paper cuts. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule

_NF, _TP, _BU = Category.NO_FUTURE, Category.TRAPPED_PAIN, Category.BURDEN
_GB, _GA, _GM = Category.GOODBYES, Category.GIVING_AWAY, Category.GETTING_MEANS
_URG, _CON = Severity.URGENT, Severity.CONCERN

_NO_TOMORROW = {
    "fr": r"\b(?:il\s+)?n'y\s+a\s+plus\s+de\s+lendemain(?!\s+de\s+veille)\b",
    "it": r"\bper\s+me\s+non\s+c'e\s+(?:piu\s+)?(?:nessun\s+|un\s+)?domani"
    + END
    + r"|\bnon\s+c'e\s+(?:piu\s+)?(?:nessun\s+|un\s+)?domani\s+per\s+me\b",
    "es": r"\bno\s+hay\s+(?:un\s+)?manana\s+para\s+mi"
    + END
    + r"|\bpara\s+mi\s+(?:ya\s+)?no\s+hay\s+manana"
    + END,
    "pt": r"\bnao\s+(?:ha|tem)\s+(?:mais\s+)?amanha\s+(?:para|pra)\s+mim\b"
    r"|\b(?:para|pra)\s+mim\s+(?:ja\s+)?nao\s+(?:ha|tem)\s+(?:mais\s+)?amanha" + END,
}
_NO_TOMORROW_GATE = {"fr": "lendemain", "it": "domani", "es": "manana", "pt": "amanha"}

_FUTURE_DOES_NOT_EXIST = {
    "fr": r"\bmon\s+avenir\W+il\s+n'y\s+en\s+a\s+(?:pas|plus|aucun)\b"
    r"|\bmon\s+avenir\s+n'existe\s+(?:pas|plus)\b|\bje\s+n'ai\s+(?:pas|plus|aucun)\s+d'avenir"
    + END,
    "de": r"\bmeine\s+zukunft\s+gibt\s+es\s+(?:nicht|nicht\s+mehr)\b"
    r"|\bes\s+gibt\s+(?:fu(?:e)?r\s+mich\s+keine\s+zukunft|keine\s+zukunft\s+(?:mehr\s+)?fu(?:e)?r"
    r"\s+mich)\b",
    "es": r"\bmi\s+futuro\s+(?:ya\s+)?no\s+existe\b",
    "it": r"\bil\s+mio\s+futuro\s+non\s+esiste\b",
    "pt": r"\bo?\s*meu\s+futuro\s+(?:ja\s+)?nao\s+existe\b",
}
_FUTURE_GATE = {"fr": "avenir", "de": "zukunft", "es": "futuro", "it": "futuro", "pt": "futuro"}

# "I can't breathe any more under the weight of this life": the cue belongs to the breathing,
# so the phrase starts with it and the cue is not read as negating the weight
_WEIGHT_OF_LIFE = {
    "fr": r"\b(?:(?:je\s+)?n'arrive\s+plus\s+a\s+(?:respirer|avancer"
    r"|vivre)\s+)?sous\s+le\s+poids\s+de\s+(?:cette|ma)\s+vie\b",
    "es": r"\b(?:(?:ya\s+)?no\s+puedo\s+(?:respirar|avanzar)\s+)?bajo\s+el\s+peso\s+de\s+(?:esta"
    r"|mi)\s+vida\b",
    "it": r"\b(?:non\s+riesco\s+piu\s+a\s+(?:respirare"
    r"|andare\s+avanti)\s+)?sotto\s+il\s+peso\s+di\s+(?:questa|della\s+mia)\s+vita\b",
    "pt": r"\b(?:(?:ja\s+)?nao\s+consigo\s+(?:respirar|avancar)\s+)?sob\s+o\s+peso\s+(?:desta"
    r"|da\s+minha)\s+vida\b",
    "de": r"\bunter\s+der\s+last\s+(?:dieses|meines)\s+lebens\b",
}
_WEIGHT_GATE = {"fr": "poids", "es": "peso", "it": "peso", "pt": "peso", "de": "last"}

_TOO_MUCH_IN_WORLD = {
    "fr": r"\bje\s+suis\s+de\s+trop\s+(?:dans\s+ce\s+monde|sur\s+(?:cette\s+)?terre|ici-bas|partout"
    r"|dans\s+cette\s+vie)\b",
    "es": r"\b(?:estoy\s+de\s+mas|sobro)\s+(?:en\s+este\s+mundo|en\s+esta\s+vida"
    r"|en\s+todas\s+partes)\b",
    "it": r"\bsono\s+di\s+troppo\s+(?:in\s+questo\s+mondo|su\s+questa\s+terra|ovunque)\b",
    "pt": r"\b(?:estou\s+a\s+mais|sobro)\s+(?:neste|no)\s+mundo\b",
    "de": r"\bich\s+bin\s+zu\s+viel\s+auf\s+dieser\s+welt\b",
}
_TOO_MUCH_GATE = {"fr": "trop", "es": "mas|sobro", "it": "troppo", "pt": "mais|sobro", "de": "welt"}

_NOBODY_MOURNS = {
    "fr": r"\bpersonne\s+ne\s+(?:pleurera|pleurerait|regrettera|regretterait)\s+(?:ma\s+mort"
    r"|ma\s+disparition|pour\s+moi|si\s+je\s+(?:meurs|mourais|partais|disparaissais))\b",
    "es": r"\bnadie\s+(?:va\s+a\s+llorar|lloraria|llorara)\s+(?:mi\s+muerte|por\s+mi"
    r"|si\s+(?:me\s+)?muero)\b",
    "it": r"\bnessuno\s+(?:piangera|piangerebbe)\s+(?:la\s+mia\s+morte|per\s+me|se\s+(?:morissi"
    r"|muoio))\b",
    "pt": r"\bninguem\s+(?:vai\s+chorar|choraria|chorara)\s+(?:a\s+minha\s+morte|por\s+mim"
    r"|se\s+eu\s+morrer)\b",
    "de": r"\bniemand\s+(?:wird|wu(?:e)?rde)\s+(?:um\s+mich\s+(?:weinen|trauern)|an\s+meinem\s+grab"
    r"\s+weinen)\b",
}
_MOURN_GATE = {
    "fr": "pleur|regrett",
    "es": "llora",
    "it": "piange",
    "pt": "chora",
    "de": "weinen|trauern",
}

_POISON_FOR = {
    "fr": r"\bje\s+suis\s+(?:un|une)\s+(?:poison|plaie|malediction|boulet|fardeau)\s+pour\s+"
    r"(?:ma|mes|mon|tout\s+le\s+monde|les\s+autres|eux|ceux)\b",
    "es": r"\bsoy\s+(?:un|una)\s+(?:veneno|plaga|maldicion|lastre|estorbo)\s+para\s+(?:mi|mis|todos"
    r"|los\s+demas|ellos)\b",
    "it": r"\bsono\s+(?:un|una)\s+(?:veleno|piaga|maledizione|zavorra)\s+per\s+(?:la\s+mia|i\s+miei"
    r"|tutti|gli\s+altri|loro)\b",
    "pt": r"\bsou\s+(?:um|uma)\s+(?:veneno|praga|maldicao|fardo|estorvo)\s+(?:para"
    r"|pra)\s+(?:a\s+minha"
    r"|minha|os\s+meus|meus|todos|toda\s+a\s+gente|eles)\b",
    "de": r"\bich\s+bin\s+(?:ein\s+)?(?:gift|fluch)\s+fu(?:e)?r\s+(?:meine|alle|die\s+anderen)\b",
}
_POISON_GATE = {"fr": "pour", "es": "para", "it": "per", "pt": "para|pra", "de": "gift|fluch"}

_WITHOUT_ONE_LIKE_ME = {
    "es": r"\bmejor\s+sin\s+(?:un|una|alguien)\s+(?:\w+\s+){0,3}?como\s+yo\b",
    "fr": r"\bmieux\s+sans\s+(?:un|une|quelqu'un)\s+(?:\w+\s+){0,3}?comme\s+moi\b",
    "it": r"\bmeglio\s+senza\s+(?:un[oa]?|qualcuno)\s+(?:\w+\s+){0,3}?come\s+me\b",
    "pt": r"\bmelhor\s+sem\s+(?:um|uma|alguem)\s+(?:\w+\s+){0,3}?como\s+eu\b",
    "de": r"\bbesser\s+dran\s+ohne\s+(?:so\s+)?(?:einen?|jemanden)\s+(?:\w+\s+){0,3}?wie\s+mich\b",
}
_LIKE_ME_GATE = {"es": "como", "fr": "comme", "it": "come", "pt": "como", "de": "wie"}

_CHARCOAL_CAR = {
    "fr": (r"charbon", r"voiture|garage"),
    "es": (r"carbon", r"coche|carro|auto|garaje|cochera"),
    "pt": (r"carvao", r"carro|garagem"),
    "it": (r"carbonella|carbone", r"macchina|auto|garage"),
    "de": (r"holzkohle|grillkohle", r"auto|wagen|garage"),
}

_BOUGHT_AND_HID = {
    "pt": r"\b(?:comprei|arranjei|consegui|peguei)\s+(?:\w+\s+){0,4}?(?:veneno|corda|comprimidos"
    r"|remedios|pistola|arma|laminas?|faca)\b[^.!?\n]{0,30}?\be\s+(?:o\s+|a\s+|os\s+|as\s+)?"
    r"(?:escondi|guardei\s+escondid[oa]s?)\b",
    "es": r"\b(?:compre|consegui|agarre)\s+(?:\w+\s+){0,4}?(?:veneno|soga|cuerda|pastillas|pistola"
    r"|arma|navaja|cuchillas?)\b[^.!?\n]{0,30}?\by\s+(?:l[oa]s?\s+)?escondi\b",
    "it": r"\bho\s+(?:comprato|preso|procurato)\s+(?:\w+\s+){0,4}?(?:veleno|corda|pillole|pastiglie"
    r"|pistola|lamette?)\b[^.!?\n]{0,30}?\be\s+(?:l'ho|li\s+ho|le\s+ho)\s+nascost[oaie]\b",
}
_HID_GATE = {"pt": "escond", "es": "escond", "it": "nascost"}

_SET_ASIDE = {
    "it": r"\bmett\w*\s+da\s+parte\s+(?:le\s+|i\s+|delle\s+|dei\s+|tutte\s+le\s+)?(?:mie\s+"
    r"|miei\s+)?"
    r"(?:gocce|pastiglie|pillole|compresse|farmaci|medicine|sonniferi|ansiolitici"
    r"|benzodiazepine)\b",
    "es": r"\b(?:apart\w+|guard\w+|junt\w+)\s+(?:todas\s+)?(?:las\s+|mis\s+)?(?:gotas|pastillas"
    r"|somniferos|calmantes)\s+(?:para\s+dormir\s+)?(?:desde\s+hace"
    r"|hace)\s+(?:\w+\s+)?(?:semanas|meses)\b",
    "de": r"\b(?:leg|lege|legte)\s+(?:\w+\s+){0,2}?(?:tabletten|pillen|schlaftabletten|tropfen)\s+"
    r"(?:zur\s+seite|beiseite)\b",
}
_ASIDE_GATE = {"it": "parte", "es": "semanas|meses", "de": "seite"}

_ENOUGH_TO_END = {
    "de": r"\bgenug\s+fu(?:e)?r\s+alles"
    + END
    + r"|\bgenug,?\s+um\s+(?:zu\s+sterben|es\s+zu\s+beenden"
    r"|nicht\s+mehr\s+aufzuwachen)\b",
    "fr": r"\bassez\s+(?:de\s+\w+\s+)?pour\s+(?:en\s+finir|ne\s+plus\s+me\s+reveiller|mourir"
    r"|tout\s+arreter)\b",
    "es": r"\bsuficientes?\s+(?:\w+\s+)?para\s+(?:no\s+despertar|acabar\s+con\s+todo"
    r"|morir(?:me)?|no\s+volver"
    r"\s+a\s+despertar)\b",
    "it": r"\babbastanza\s+(?:\w+\s+)?per\s+(?:farla\s+finita|non\s+svegliarmi|morire)\b",
    "pt": r"\bsuficientes?\s+(?:\w+\s+)?para\s+(?:acabar\s+com\s+tudo|nao\s+acordar|morrer)\b",
}
_ENOUGH_GATE = {
    "de": "genug",
    "fr": "assez",
    "es": "suficiente",
    "it": "abbastanza",
    "pt": "suficiente",
}

_FASTEST_METHODS = {
    "de": r"\bnach\s+(?:den\s+)?(?:schnellsten|sichersten|schmerzlosesten"
    r"|einfachsten)\s+(?:methoden"
    r"|wegen|arten)\s+(?:gesucht|geschaut|gegoogelt|recherchiert)\b",
    "fr": r"\b(?:les\s+)?(?:methodes|moyens|facons)\s+les\s+plus\s+(?:rapides|sures|efficaces"
    r"|indolores)"
    r"(?:\s+(?:pour\s+)?(?:mourir|en\s+finir|me\s+tuer)\b|" + END + ")",
    "es": r"\b(?:los\s+)?metodos\s+mas\s+(?:rapidos|seguros|efectivos|indoloros)(?:\s+(?:para\s+)?"
    r"(?:morir|matarme|acabar)\b|" + END + ")",
    "it": r"\b(?:i\s+)?metodi\s+piu\s+(?:veloci|rapidi|sicuri|indolori)(?:\s+(?:per\s+)?(?:morire"
    r"|uccidermi|farla\s+finita)\b|" + END + ")",
    "pt": r"\b(?:os\s+)?metodos\s+mais\s+(?:rapidos|seguros|eficazes|indolores)(?:\s+(?:para\s+)?"
    r"(?:morrer|me\s+matar)\b|" + END + ")",
}
_METHOD_GATE = {"de": "method", "fr": "plus", "es": "metodos", "it": "metodi", "pt": "metodos"}

_LAST_WISHES = {
    "de": r"\bmein\s+letzter\s+wille\s*:",
    "fr": r"\bmes\s+dernieres\s+volontes\s*:",
    "es": r"\bmi\s+ultima\s+voluntad\s*:",
    "it": r"\ble\s+mie\s+ultime\s+volonta\s*:",
    "pt": r"\ba?\s*minha\s+ultima\s+vontade\s*:",
}
_WISH_GATE = {"de": "wille", "fr": "volont", "es": "voluntad", "it": "volonta", "pt": "vontade"}

_NOTHING_LEFT_OF_ME = {
    "fr": r"\bque\s+rien\s+ne\s+reste\s+(?:apres|de)\s+moi\b",
    "es": r"\bque\s+no\s+quede\s+nada\s+(?:de\s+mi|despues\s+de\s+mi)\b",
    "it": r"\bche\s+non\s+(?:resti|rimanga)\s+(?:niente|nulla)\s+(?:di\s+me|dopo\s+di\s+me)\b",
    "pt": r"\bque\s+nao\s+(?:fique|reste)\s+nada\s+(?:de\s+mim|depois\s+de\s+mim)\b",
    "de": r"\bnichts\s+von\s+mir\s+(?:u(?:e)?brig\s*bleibt|zuru(?:e)?ckbleibt)\b",
}
_LEFT_GATE = {
    "fr": "reste",
    "es": "quede",
    "it": "resti|rimanga",
    "pt": "fique|reste",
    "de": "bleibt",
}

_CARED_FOR_WHEN_GONE = {
    "de": r"\b(?:versorgt|gut\s+aufgehoben|in\s+guten\s+ha(?:e)?nden)\s+(?:ist|sind),?\s+wenn\s+ich"
    r"\s+(?:weg|nicht\s+mehr\s+da|tot)\s+bin\b",
    "fr": r"\b(?:pris|prise|prises)\s+en\s+charge\s+quand\s+je\s+(?:ne\s+)?serai\s+plus\s+la\b",
    "it": r"\b(?:sistemat[oaie]|accudit[oaie]"
    r"|in\s+buone\s+mani)\s+quando\s+non\s+ci\s+saro\s+piu\b",
}
_CARED_GATE = {"de": "wenn", "fr": "serai", "it": "saro"}

_NOT_YOUR_FAULT_LOVE = {
    "fr": (r"(?:ce\s+n'est|c'est)\s+pas\s+(?:de\s+)?(?:leur|votre|ta)\s+faute",
           r"je\s+(?:les|vous|t')\s*aime"),
    "it": (r"non\s+e\s+colpa\s+(?:vostra|tua|loro)", r"(?:vi|ti)\s+voglio\s+bene|(?:vi|ti)\s+amo"),
    "pt": (r"nao\s+e\s+culpa\s+(?:de\s+voces|vossa|tua|sua|deles)", r"(?:vos|te|os)\s+amo"
        r"|amo-(?:vos|te)"),
    "de": (r"es\s+ist\s+nicht\s+(?:eure|deine)\s+schuld", r"ich\s+(?:liebe"
        r"|hab)\s+euch(?:\s+lieb)?"),
}  # fmt: skip
_FAULT_GATE = {"fr": "faute", "it": "colpa", "pt": "culpa", "de": "schuld"}

# Arrangements made, and after that nothing matters / it will be soon ("Termin beim Notar für
# mein Testament und danach ist es egal", "une lettre au cas où … je sais que ce sera bientôt")
_ARRANGED_THEN_NOTHING = {
    "de": (r"testament\w*|notar\w*|abschiedsbrief\w*|letzte\w*\s+wille",
           r"danach\s+ist\s+(?:es|alles)\s+egal"),
    "fr": (r"testament|notaire|lettre|au\s+cas\s+ou\s+il\s+m'arrive\w*\s+quelque\s+chose",
           r"je\s+sais\s+que\s+ce\s+sera\s+bientot(?=\s*(?:$|[.!?\n]))"
           r"|apres,?\s+plus\s+rien\s+n'a\s+d'importance"),
    "es": (r"testamento|notari[oa]|carta|por\s+si\s+me\s+pasa\s+algo",
           r"se\s+que\s+sera\s+pronto(?=\s*(?:$|[.!?\n]))|despues\s+ya\s+nada\s+importa"),
    "it": (r"testamento|notaio|lettera|nel\s+caso\s+mi\s+succeda\s+qualcosa",
           r"so\s+che\s+sara\s+presto(?=\s*(?:$|[.!?\n]))|dopo\s+non\s+importa\s+piu\s+niente"),
    "pt": (r"testamento|notario|cartorio|carta|caso\s+me\s+aconteca\s+alguma\s+coisa",
           r"sei\s+que\s+vai\s+ser\s+em\s+breve(?=\s*(?:$|[.!?\n]))|depois\s+ja\s+nada\s+importa"),
}  # fmt: skip
_NOTHING_GATE = {"de": "egal", "fr": "bientot|importance", "es": "pronto|importa",
                 "it": "presto|importa", "pt": "breve|importa"}  # fmt: skip

# Everything I owned given away, the clause ending there ("regalé todo lo que tenía")
_GAVE_EVERYTHING = {
    "es": r"\b(?:regale|di|done|reparti)\s+todo\s+lo\s+que\s+tenia",
    "pt": r"\b(?:dei|doei|distribui)\s+tudo\s+o\s+que\s+tinha",
    "it": r"\bho\s+(?:regalato|dato\s+via|donato)\s+tutto\s+(?:quello|ci[oò])\s+che\s+avevo",
    "fr": r"\bj'ai\s+(?:donne|distribue)\s+tout\s+ce\s+que\s+j'avais",
    "de": r"\bich\s+(?:hab|habe)\s+alles\s+(?:verschenkt|weggegeben),?\s+was\s+ich\s+"
    r"(?:hatte|besa(?:ss|ß))",
}
_GAVE_GATE = {"es": "tenia", "pt": "tinha", "it": "avevo", "fr": "avais", "de": "hatte|besa"}

# A past attempt told as "it" with its means or its outcome ("ya lo intenté una vez, con
# pastillas", "ich hab's schon mal versucht, mit Tabletten"); a bare "it didn't work" could be a
# recipe, and sleeping pills *for sleeping* are not an attempt
_SLEEP_AID = r"(?!\s+(?:para|per|pour|fu(?:e)?r|zum|pra)\b)"
_TRIED_IT_BEFORE = {
    "es": r"\b(?:ya\s+)?lo\s+intente\s+(?:una\s+vez|dos\s+veces|antes)\b[^.!?\n]{0,40}?\b(?:con"
    r"\s+(?:pastillas|una\s+soga|un\s+cuchillo|veneno)" + _SLEEP_AID + r"|sobrevivi"
    r"|me\s+encontraron)",
    "it": r"\bci\s+ho\s+(?:gia\s+)?provato\s+(?:una\s+volta|due\s+volte)\b[^.!?\n]{0,40}?\b(?:con"
    r"\s+(?:le\s+)?(?:pillole|pastiglie|farmaci|una\s+corda|il\s+gas|una\s+lametta)"
    + _SLEEP_AID
    + r"|mi\s+hanno\s+trovat[oa]|sono\s+sopravvissut[oa])",
    "de": r"\bich\s+(?:hab's|hab\s+es|habe\s+es)\s+(?:\w+\s+){0,2}?versucht\W+(?:mit\s+(?:tabletten"
    r"|pillen|einem\s+seil|gas|einer\s+klinge)"
    + _SLEEP_AID
    + r"|aber\s+ich\s+hab\s+u(?:e)?berlebt)",
    "fr": r"\bj'ai\s+deja\s+essaye\s+(?:une\s+fois|deux\s+fois)\W+(?:avec\s+des\s+(?:medicaments"
    r"|cachets|comprimes)" + _SLEEP_AID + r"|avec\s+une\s+corde|j'ai\s+survecu)",
    "pt": r"\bja\s+tentei\s+(?:uma\s+vez|duas\s+vezes)\W+(?:com\s+(?:comprimidos|remedios|uma"
    r"\s+corda)" + _SLEEP_AID + r"|sobrevivi)",
}
_TRIED_GATE = {"es": "intente", "it": "provato", "de": "versucht", "fr": "essaye", "pt": "tentei"}

# A hell I cannot get out of ("un infierno del que no puedo salir", "un inferno da cui non esco")
_HELL_NO_EXIT = {
    "es": r"\binfierno\s+del\s+que\s+no\s+(?:puedo|consigo|logro|se\s+como)\s+salir\b",
    "it": r"\binferno\s+da\s+cui\s+non\s+(?:esco|riesco\s+a\s+uscire|posso\s+uscire"
    r"|so\s+come\s+uscire)\b",
    "pt": r"\binferno\s+(?:de\s+que|do\s+qual)\s+nao\s+(?:consigo|posso|sei\s+como)\s+sair\b",
    "fr": r"\benfer\s+dont\s+je\s+(?:ne\s+)?(?:peux|sors|sais\s+pas\s+comment\s+sortir)\b",
    "de": r"\bho(?:e)?lle,?\s+aus\s+der\s+ich\s+(?:nicht|nie)\s+(?:mehr\s+)?(?:raus|heraus)komme\b",
}
_HELL_GATE = {
    "es": "infierno",
    "it": "inferno",
    "pt": "inferno",
    "fr": "enfer",
    "de": "holle|hoelle",
}
# Nobody needs me, the clause ending there ("nadie me necesita", "non servo a nessuno")
_NOBODY_NEEDS_ME = {
    "es": r"\bnadie\s+me\s+necesita|\bno\s+le\s+hago\s+falta\s+a\s+nadie",
    "pt": r"\bninguem\s+precisa\s+de\s+mim|\bnao\s+faco\s+falta\s+a\s+ninguem",
    "it": r"\bnon\s+servo\s+a\s+nessuno|\bnessuno\s+ha\s+bisogno\s+di\s+me",
}
_NEEDS_GATE = {"es": "necesita|falta", "pt": "precisa|falta", "it": "servo|bisogno"}
# It will always be like this ("siempre va a ser así", "sempre vai ser assim")
_ALWAYS_LIKE_THIS = {
    "es": r"\bsiempre\s+(?:va\s+a\s+ser|sera)\s+(?:igual|asi)|\bnunca\s+va\s+a\s+cambiar\s+nada",
    "pt": r"\bsempre\s+(?:vai\s+ser|sera)\s+(?:assim|igual)|\bnunca\s+vai\s+mudar(?:\s+nada)?",
    "it": r"\bsara\s+sempre\s+(?:cosi|uguale)|\bnon\s+cambiera\s+mai\s+(?:niente|nulla)",
}
_ALWAYS_GATE = {"es": "siempre|nunca", "pt": "sempre|nunca", "it": "sempre|mai"}


def _family(
    name: str, category: Category, sources: dict[str, str], gates: dict[str, str]
) -> tuple[Rule, ...]:
    return tuple(
        rule(
            f"ivs_{lang}_{name}",
            category,
            _CON,
            source,
            inherent=True,
            lang=lang,
            gate=gates.get(lang, ""),
        )
        for lang, source in sources.items()
    )


def _together(first: str, second: str) -> str:
    """Both parts in one sentence, in either order."""
    return (
        rf"\b(?:{first})\b[^.!?\n]{{0,80}}?\b(?:{second})\b"
        rf"|\b(?:{second})\b[^.!?\n]{{0,80}}?\b(?:{first})\b"
    )


RULES: tuple[Rule, ...] = (
    _family("no_tomorrow", _NF, _NO_TOMORROW, _NO_TOMORROW_GATE)
    + _family("future_does_not_exist", _NF, _FUTURE_DOES_NOT_EXIST, _FUTURE_GATE)
    + _family("weight_of_life", _TP, _WEIGHT_OF_LIFE, _WEIGHT_GATE)
    + _family("too_much_in_world", _BU, _TOO_MUCH_IN_WORLD, _TOO_MUCH_GATE)
    + _family("nobody_mourns", _BU, _NOBODY_MOURNS, _MOURN_GATE)
    + _family("poison_for", _BU, _POISON_FOR, _POISON_GATE)
    + _family("without_one_like_me", _BU, _WITHOUT_ONE_LIKE_ME, _LIKE_ME_GATE)
    + _family("bought_and_hid", _GM, _BOUGHT_AND_HID, _HID_GATE)
    + _family("set_aside", _GM, _SET_ASIDE, _ASIDE_GATE)
    + _family("enough_to_end", _GM, _ENOUGH_TO_END, _ENOUGH_GATE)
    + _family("fastest_methods", _GM, _FASTEST_METHODS, _METHOD_GATE)
    + _family("last_wishes", _GB, _LAST_WISHES, _WISH_GATE)
    + _family("nothing_left_of_me", _GA, _NOTHING_LEFT_OF_ME, _LEFT_GATE)
    + _family("cared_for_when_gone", _GA, _CARED_FOR_WHEN_GONE, _CARED_GATE)
    + _family("hell_no_exit", _TP, _HELL_NO_EXIT, _HELL_GATE)
    + tuple(
        rule(
            f"ivs_{lang}_nobody_needs_me",
            _BU,
            _CON,
            f"(?:{source})" + END,
            inherent=True,
            lang=lang,
            gate=_NEEDS_GATE[lang],
        )
        for lang, source in _NOBODY_NEEDS_ME.items()
    )
    + tuple(
        rule(
            f"ivs_{lang}_always_like_this",
            _NF,
            _CON,
            f"(?:{source})" + END,
            inherent=True,
            lang=lang,
            gate=_ALWAYS_GATE[lang],
        )
        for lang, source in _ALWAYS_LIKE_THIS.items()
    )
    + tuple(
        rule(
            f"ivs_{lang}_gave_everything",
            _GA,
            _CON,
            f"(?:{source})" + END,
            inherent=True,
            lang=lang,
            gate=_GAVE_GATE[lang],
        )
        for lang, source in _GAVE_EVERYTHING.items()
    )
    + tuple(
        rule(
            f"ivs_{lang}_tried_it_before",
            Category.SUICIDAL_IDEATION,
            _CON,
            source,
            inherent=True,
            lang=lang,
            past=True,
            gate=_TRIED_GATE[lang],
        )
        for lang, source in _TRIED_IT_BEFORE.items()
    )
    + tuple(
        rule(
            f"ivs_{lang}_charcoal_car",
            _GM,
            _URG,
            _together(coal, car),
            inherent=False,
            lang=lang,
            gate=coal,
        )
        for lang, (coal, car) in _CHARCOAL_CAR.items()
    )
    + tuple(
        rule(
            f"ivs_{lang}_arranged_then_nothing",
            _NF,
            _CON,
            _together(done, then),
            inherent=False,
            lang=lang,
            gate=_NOTHING_GATE[lang],
        )
        for lang, (done, then) in _ARRANGED_THEN_NOTHING.items()
    )
    + tuple(
        rule(
            f"ivs_{lang}_not_your_fault_love",
            _GB,
            _CON,
            _together(fault, love),
            inherent=True,
            lang=lang,
            gate=_FAULT_GATE[lang],
        )
        for lang, (fault, love) in _NOT_YOUR_FAULT_LOVE.items()
    )
    + (
        # Mexican "ocupar" (to need): "le regalé mi guitarra, ya no la voy a ocupar"
        rule(
            "ivs_es_wont_need_it",
            _GA,
            _CON,
            r"\b(?:regale|di|deje|done|reparti)\b[^.!?\n]{0,60}?\bya\s+no\s+(?:l[oa]s?\s+)?"
            r"(?:voy\s+a\s+ocupar|ocupo|ocupare)\b",
            inherent=True,
            lang="es",
            gate="ocup",
        ),
        # "keiner hätte was davon, wenn ich bleibe"
        rule(
            "ivs_de_nobody_gains_if_i_stay",
            _BU,
            _CON,
            r"\b(?:keiner|niemand)\s+(?:ha(?:e)?tte|hat)\s+(?:was|etwas)\s+davon,?\s+wenn\s+ich\s+"
            r"(?:bleibe|weiterlebe|noch\s+da\s+bin|lebe)\b",
            inherent=True,
            lang="de",
            gate="davon",
        ),
        # "when I'm no longer here": "para que tenga algo cuando yo falte", "quando eu faltar"
        rule(
            "ivs_es_when_i_am_gone",
            _GB,
            _CON,
            r"\bcuando\s+(?:yo\s+)?falte\b(?!\s+(?:a|al|en|de)\b)",
            inherent=True,
            lang="es",
            gate="falte",
        ),
        rule(
            "ivs_pt_when_i_am_gone",
            _GB,
            _CON,
            r"\bquando\s+eu\s+faltar\b(?!\s+(?:a|ao|as|na|no|em|de)\b)",
            inherent=True,
            lang="pt",
            gate="faltar",
        ),
        # a dative before the noun: "ich bin allen / meiner Familie nur eine Last"
        rule(
            "ivs_de_only_a_burden_to",
            _BU,
            _CON,
            r"\bich\s+bin\s+(?:\w+\s+){0,2}?(?:nur|bloss)\s+(?:noch\s+)?(?:eine|ne|'ne)\s+"
            r"(?:last|belastung)\b",
            inherent=True,
            lang="de",
            gate="last|belastung",
        ),
        # European Portuguese enclisis after "tentei": "tentei matar-me", "já tentei enforcar-me"
        rule(
            "ivs_pt_tried_enclitic",
            Category.SUICIDAL_IDEATION,
            _CON,
            r"\btentei\s+(?:\w+\s+)?(?:matar-me|suicidar-me|enforcar-me|atirar-me|envenenar-me"
            r"|afogar-me)\b"
            # the clitic climbs before "tentei": "já me tentei enforcar em miúda"
            r"|\bme\s+tentei\s+(?:matar|enforcar|suicidar|envenenar|atirar|afogar)\b",
            inherent=True,
            lang="pt",
            past=True,
            gate="tentei",
        ),
        # how much is needed, looked up: "busqué cuánto paracetamol hace falta"
        rule(
            "ivs_es_how_much_needed",
            _GM,
            _CON,
            r"\bcuant[oa]s?\s+(?:\w+\s+)?(?:pastillas|paracetamol|ibuprofeno|somniferos"
            r"|medicamentos"
            r"|insulina|comprimidos)\s+(?:hacen?\s+falta|se\s+necesitan?|son\s+mortales"
            r"|matan?)(?:\s+(?:para|pa)\s+(?:morir|no\s+despertar|matar\w*)\b|" + END + ")",
            inherent=False,
            lang="es",
            gate="cuant",
        ),
        rule(
            "ivs_pt_how_much_needed",
            _GM,
            _CON,
            r"\bquant[oa]s?\s+(?:\w+\s+)?(?:comprimidos|remedios|paracetamol|ibuprofeno|insulina"
            r"|pilulas)\s+(?:sao\s+precisos|e\s+preciso|sao\s+necessarios|matam|e\s+fatal"
            r"|sao\s+fatais)(?:\s+(?:para|pra)\s+(?:morrer|nao\s+acordar|matar)\b|" + END + ")",
            inherent=False,
            lang="pt",
            gate="quant",
        ),
        # Austrian "i hoits nimma aus", "ich halt's nimmer aus"
        rule(
            "ivs_de_dialect_cannot_bear",
            _TP,
            _CON,
            r"\b(?:i|ich)\s+(?:hoits|hoit's|hoid's|hoids|halts|halt's)\s+(?:\w+\s+)?(?:nimma|nimmer"
            r"|numme|nicht\s+mehr)\s+aus\b(?!\s+(?:vor|bis)\b)",
            inherent=True,
            lang="de",
            gate="hoit|hoid|halt",
        ),
        # "ich kann diesen Schmerz nicht mehr ertragen"
        rule(
            "ivs_de_cannot_bear_this",
            _TP,
            _CON,
            r"\bich\s+kann\s+(?:diesen|den|die(?:se)?|dieses|das)\s+(?:schmerz|schmerzen|leere|qual"
            r"|qualen|leben)\s+(?:\w+\s+)?nicht\s+(?:mehr|la(?:e)?nger)\s+ertragen\b",
            inherent=True,
            lang="de",
            gate="ertragen",
        ),
    )
)
