"""Warning signs and self-harm written as grammar, one idea per rule and language.

Why: each new round of wording slipped past phrase lists. The ideas have a small grammar:

* Self-harm: a first-person reflexive verb of cutting, burning, hitting or scratching ("me
  corto", "ich schneide mich", "je me brûle", "eu me queimo", "mi brucio") *plus* the detail
  that makes it deliberate: a body part, a tool (lighter, blade), "until", "again", "when I
  feel like this". A cut finger while chopping onions has neither (and ``everyday`` clears
  accidents); "relapsed" and "days clean" are the recovery words people use.
* Getting the means: a verb of acquiring (bought, borrowed, took), stockpiling (saving,
  hiding, "de côté", "da parte") or researching (looked up, googled) with a lethal-means
  noun (rope, gun, pills) or a lethal purpose ("deadly", "to be sure", "mortelle").
* Goodbyes: thanks "for everything" together with a farewell or a plea for forgiveness, a
  letter "when you read this", "forgive me for everything".
* Burden: "(they) would be better / happier / easier without me", "if I wasn't around",
  "without a mother like me".

Text is case- and accent-folded before matching, so patterns are written without accents.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import NOT_FOR_ANOTHER, Rule, rule
from neuroleaf_desktop.domain.safety.rules_en_words import ROPE_AS_TOOL_AFTER, ROPE_AS_TOOL_BEFORE
from neuroleaf_desktop.domain.safety.rules_intl_journal import MEDS

_SH, _GM, _GB, _BU = (
    Category.SELF_HARM,
    Category.GETTING_MEANS,
    Category.GOODBYES,
    Category.BURDEN,
)
_NF, _TP = Category.NO_FUTURE, Category.TRAPPED_PAIN
_URG, _CON = Severity.URGENT, Severity.CONCERN

# -- Self-harm ------------------------------------------------------------------------------
_SH_EN = (
    r"\brelaps\w*\s+(?:on\s+|with\s+|into\s+)?(?:sh|self[-\s]?harm\w*|cutting|burning)\b"
    r"|\b(?:sh|self[-\s]?harm|cutting)[-\s](?:free|clean)\b.{0,30}\b(?:relaps\w*|broke|ended)\b"
    r"|\b(?:cut|cutting|burn(?:ed|t|ing)?|hit(?:ting)?|punch(?:ed|ing)?|scratch(?:ed|ing)?"
    r"|bang(?:ed|ing)?|slam(?:med|ming)?|carv(?:ed|ing)|bit|biting|hurt(?:ing)?)\s+"
    r"(?:my\s*self\b(?=.{0,50}\b(?:again|(?<!not\s)(?<!never\s)(?<!n't\s)on\s+purpose|deliberately|to\s+feel|until|till|blade"
    r"|razor|lighter|cigarette|bleed\w*|last\s+night|tonight)\b)"
    r"|my\s+(?:\w+\s+)?(?:arms?|wrists?|thighs?|legs?|stomach|hips?|skin|hands?|knuckles|head"
    r"|face|body)\b(?=.{0,50}\b(?:(?<!not\s)(?<!never\s)(?<!n't\s)on\s+purpose|deliberately|to\s+feel|until|till|so\s+(?:the|it"
    r"|that|i)|to\s+punish|blade|razor|lighter|cigarette|bleed\w*|wall|fist)\b))"
)
# (a purpose denied is none: "hit my head on the cupboard door, definitely not on purpose")
# Words after a reflexive verb that make it deliberate, per language.
_DELIBERATE = {
    "es": r"brazos?|piernas?|munecas?|muslos?|panza|cigarr\w*|encendedor|mechero|hasta|otra\s+vez"
    r"|de\s+nuevo|a\s+proposito|cuchillas?|navajas?|pared|cuando|para\s+sentir",
    "pt": r"bracos?|pernas?|pulsos?|coxas?|isqueiro|cigarr\w*|ate|de\s+novo|outra\s+vez|gilete"
    r"|laminas?|parede|quando|pra\s+sentir|para\s+sentir|de\s+proposito",
    "it": r"braccia|braccio|gambe?|polsi|polso|cosce|accendino|sigarett\w*|finche|fino\s+a"
    r"|di\s+nuovo|ancora|apposta|lamett\w*|muro|quando|per\s+sentire|stanotte",
    "fr": r"bras|jambes?|poignets?|cuisses?|cigarett\w*|briquet|jusqu\w*|encore|a\s+nouveau"
    r"|expres|lames?|rasoir|mur|quand|pour\s+sentir|bleus",
    "de": r"arm|arme|armen|beine?|beinen|handgelenk\w*|feuerzeug|zigarett\w*|bis|wieder"
    r"|absichtlich|klinge|rasierklinge|wand|wenn|um\s+was\s+zu",
}
_REFLEXIVE_HARM = {
    "es": r"\bme\s+(?:volvi\s+a\s+|vuelvo\s+a\s+|he\s+vuelto\s+a\s+|he\s+estado\s+|estoy\s+"
    r"|sigo\s+)?"
    r"(?:cort|quem|golpe|lastim|aran|rasgu|pego)\w*",
    "pt": r"\b(?:eu\s+)?me\s+(?:cort|queim|machuc|arranh|bat)\w*|\bbat(?:o|i|endo)\s+a\s+cabeca"
    r"|\bvoltei\s+a\s+me\s+(?:cortar|machucar|queimar)",
    "it": r"\bmi\s+(?:sono\s+|ero\s+|sto\s+)?(?:tagli|bruci|graffi|feri|picchi|prendo\s+a\s+pugni"
    r"|prendevo\s+a\s+pugni)\w*|\b(?:ricominciato|ricomincio)\s+a\s+(?:tagliarmi|bruciarmi|ferirmi"
    r"|farmi\s+del\s+male)",
    "fr": r"\bje\s+me\s+(?:suis\s+(?:encore\s+|de\s+nouveau\s+)?)?(?:coup|brul|frapp|griff|scarifi"
    r"|mutil|bless)\w*|\b(?:recommence|remets?|remis)\s+a\s+me\s+(?:couper|scarifier|bruler"
    r"|faire\s+du\s+mal)",
    "de": r"\bich\s+(?:\w+\s+)?(?:schneide|verbrenne|schlage|kratze|verletze|ritze|schnitt"
    r"|verbrannte"
    r"|schlug)\s+mich\b",
}

# -- Getting the means ----------------------------------------------------------------------
_GM_EN = (
    r"\b(?:looked\s+up|look\s+up|googled|searched|researched|researching|reading\s+up\s+on"
    r"|read\s+up\s+on|asked\s+(?:google|chatgpt))\b(?!.{0,60}\b(?:a\s+day|per\s+day|safe\w*"
    r"|recommended|maximum|max))"
    r".{0,60}\b(?:lethal|deadly|fatal|painless\w*|to\s+be\s+sure|to\s+die|kill\s+(?:you|me|myself"
    r"|a\s+person)|survive|overdose)\b"
    r"|\b(?:bought|buy|buying|purchased|ordered|got|getting|borrow\w*|picked\s+up|get\s+hold\s+of"
    r"|stole|nicked)\s+(?:\w+\s+){0,3}?(?:"
    + ROPE_AS_TOOL_BEFORE
    + r"rope"
    + ROPE_AS_TOOL_AFTER
    + r"|noose|gun|pistol|handgun|rifle|shotgun|firearm"
    r"|revolver|length\s+of\s+(?:rope|cord)|razor\s+blades|charcoal|helium)\b"
    r"|\b(?:took|stole|nicked|swiped|taking|stealing)\s+(?:my\s+)?(?:\w+'?s?\s+){1,2}(?:sleeping\s+)?"
    r"(?:pills|meds|painkillers|tablets|medication)\b"
    r"|\bgarage\b.{0,40}\b(?:engine|motor)\s+(?:running|on)\b"
    r"|\b(?:engine|motor)\s+(?:running|on)\b.{0,40}\bgarage\b|\bhose\b.{0,30}\bexhaust\b"
)
# A dosing question ("how many can I take a day") is not research into a method.
_DOSING = (
    r"(?!.{0,80}\b(?:al\s+dia|por\s+dia|am\s+tag|pro\s+tag|par\s+jour|al\s+giorno|maxim\w*"
    r"|empfohlen|recomend\w*|raccomandat\w*))"
)

# A hiding place, not a medicine cabinet: a shoebox, a sock, a suitcase, under the bed.
_HIDING_DE = (
    r"\b(?:schuh\w*|socke\w*|karton\w*|schachtel\w*|kiste\w*|dose\w*|versteck\w*"
    r"|unter\s+(?:dem|meinem)\s+bett|hinter\s+(?:den|dem|der)\s+\w+)"
)
_GM_INTL = {
    "es": r"\b(?:busque|buscando|googlee|investigue|averigue|lei\s+sobre)\b"
    + _DOSING
    + r".{0,60}\b(?:letal|mortal"
    r"|morir|matarme|no\s+despertar|sin\s+dolor|sobredosis|suicid\w*)"
    r"|\b(?:compre|consegui|pedi|encargue|robe)\s+(?:\w+\s+){0,2}?(?:cuerda|soga|pistola|arma"
    r"|escopeta|rifle|revolver)\b"
    rf"|\b(?:juntando|junte|guardando|guarde|acumulando|acumule|escondiendo|escondi|ahorrando)\s+"
    rf"(?:\w+\s+){{0,3}}?{MEDS['es']}"
    r"|\bgaraje\b.{0,40}\bmotor\s+(?:encendido|prendido)|\bmotor\s+(?:encendido|prendido)\b.{0,40}"
    r"\bgaraje\b",
    "de": r"\b(?:gegoogelt|gesucht|recherchiert|nachgeschaut|nachgelesen|googel\w*)\b"
    + _DOSING
    + r".{0,60}"
    r"\b(?:to(?:e)?dlich|sterben|umbringen|schmerzlos|u(?:e)?berdosis|suizid\w*)"
    r"|\b(?:seil|strick|waffe|pistole|gewehr|revolver)\b.{0,40}\b(?:gekauft|besorgt|bestellt"
    r"|geliehen|geklaut)\b|\b(?:kaufe|besorge|bestelle|hole)\s+(?:mir\s+)?(?:\w+\s+){0,2}?(?:seil"
    r"|strick|waffe|pistole|gewehr)\b"
    rf"|\b(?:sammle|gesammelt|horte|gehortet|bunkere|gebunkert|verstecke|versteckt|hamstere"
    rf"|gehamstert)\b.{{0,30}}\b{MEDS['de']}|\b{MEDS['de']}\b.{{0,40}}\b(?:gesammelt|gehortet"
    rf"|gebunkert|versteckt|beiseite|zuru(?:e)?ckgelegt|schublade|gehamstert)"
    rf"|\b{MEDS['de']}\s+(?:von|meiner|meines|meinem)\s+(?:\w+\s+)?(?:oma|opa|mutter|vater|mama"
    r"|papa|eltern)\s+(?:\w+\s+)?(?:genommen|geklaut|mitgenommen|eingesteckt)"
    r"|\bgarage\b.{0,40}\bmotor\s+(?:laufen|an|lief)"
    # kept somewhere hidden, the separable verb split round its object: "heb sie in der
    # Schuhschachtel auf", "bewahre die Tabletten im Koffer auf" (a bathroom cabinet is no
    # hiding place)
    rf"|\b{MEDS['de']}\b[^.!?\n]{{0,80}}?\b(?:heb|hebe|bewahr|bewahre)\s+(?:ich\s+)?(?:sie|die|alle)?"
    rf"\b[^.!?\n]{{0,40}}?{_HIDING_DE}[^.!?\n]{{0,20}}?\bauf\b"
    rf"|\b(?:heb|hebe|bewahr|bewahre)\s+(?:ich\s+)?(?:\w+\s+){{0,2}}?{MEDS['de']}\b[^.!?\n]{{0,40}}?"
    rf"{_HIDING_DE}[^.!?\n]{{0,20}}?\bauf\b",
    "fr": r"\b(?:cherche|recherche|google|renseigne)\w*\b"
    + _DOSING
    + r".{0,60}\b(?:mortel\w*|letal\w*|mourir"
    r"|me\s+tuer|sans\s+douleur|surdose|overdose|suicid\w*)"
    r"|\b(?:achete|procure|commande|emprunte|vole)\w*\s+(?:\w+\s+){0,2}?(?:corde|arme|pistolet"
    r"|fusil|revolver)\b"
    rf"|{MEDS['fr']}.{{0,20}}\bde\s+cote\b|\bde\s+cote\b.{{0,20}}{MEDS['fr']}"
    rf"|\b(?:accumul|stock|planqu|amass)\w*\s+(?:\w+\s+){{0,3}}?{MEDS['fr']}",
    "pt": r"\b(?:pesquis|procur|googl|busquei)\w*\b"
    + _DOSING
    + r".{0,60}\b(?:letal|mortal|morrer|me\s+matar"
    r"|sem\s+dor|overdose|suicid\w*)"
    r"|\b(?:comprei|consegui|pedi|arranjei|peguei|roubei)\s+(?:\w+\s+){0,3}?(?:corda|arma|pistola"
    r"|revolver|espingarda)\b"
    rf"|\b(?:juntando|juntei|guardando|guardei|acumulando|acumulei|escondendo|escondi)\s+"
    rf"(?:\w+\s+){{0,3}}?{MEDS['pt']}",
    "it": r"\b(?:cercat|cerco|googl|informat|ricerc)\w*\b"
    + _DOSING
    + r".{0,60}\b(?:letale|mortale|morire"
    r"|uccidermi|ammazzarmi|senza\s+dolore|overdose|suicid\w*)"
    r"|\b(?:comprato|procurato|ordinato|rubato)\s+(?:\w+\s+){0,2}?(?:corda|pistola|arma|fucile"
    r"|revolver)\b"
    rf"|\bda\s+parte\s+(?:\w+\s+){{0,2}}?{MEDS['it']}|{MEDS['it']}.{{0,20}}\bda\s+parte\b"
    rf"|\b(?:accumul|nascond)\w*\s+(?:\w+\s+){{0,2}}?{MEDS['it']}",
}
# -- Goodbyes -------------------------------------------------------------------------------
_GB_ALL = {
    "en": r"\bthank(?:s|\s+(?:you|u))\s+(?:so\s+much\s+)?for\s+everything\b.{0,80}\b(?:goodbye"
    r"|bye\s+forever|farewell|forgive\s+me|remember\s+me|without\s+me|love\s+you\s+all)\b"
    r"|\bremember\s+me\s+(?:good|well|fondly|as\s+i|like\s+this|when\s+i'?m\s+gone)\b"
    r"|\bwhen\s+(?:you|u)\s+(?:read|find|see)\s+this\b.{0,40}\b(?:i'?ll\s+be\s+gone|i\s+will\s+be"
    r"\s+gone|i\s+won'?t\s+be|i'?m\s+gone|i\s+am\s+gone|no\s+longer|forgive)",
    "es": r"\bgracias\s+por\s+todo\b.{0,80}\b(?:adios|perdon\w*|recuerd\w+me|los\s+quiero"
    r"|las\s+quiero)\b|\bperdon\w*\s+por\s+todo\b"
    r"|\bcuando\s+(?:leas|lean|encuentres|encuentren)\s+(?:esto|esta\s+carta|estas\s+lineas)",
    "de": r"\bdanke\s+fu(?:e)?r\s+alles\b.{0,80}\b(?:lebt?\s+wohl|verzeih\w*|vergebt|vergib)\b"
    r"|\b(?:verzeih(?:t)?|vergib|vergebt)\s+mir\s+(?:\w+\s+)?(?:alles|fu(?:e)?r\s+alles)"
    r"|\bwenn\s+(?:du|ihr)\s+(?:das|dies|diesen\s+brief|diese\s+zeilen)\s+(?:liest|lest)",
    "fr": r"\bmerci\s+pour\s+tout\b.{0,80}\b(?:adieu|pardon\w*)\b|\bpardonne[zs]?[-\s]moi\s+pour"
    r"\s+tout|\bquand\s+(?:tu\s+liras|vous\s+lirez)",
    "pt": r"\bobrigad[oa]\s+por\s+tudo\b.{0,80}\b(?:adeus|perdo\w+)\b|\bperdo(?:a|e|em)-?me\s+por"
    r"\s+tudo|\bquando\s+(?:leres|lerem|voce\s+ler|vc\s+ler|voces\s+lerem)\b"
    r"|\bja\s+nao\s+estarei\s+(?:ca|aqui|mais)\b",
    "it": r"\bgrazie\s+(?:di|per)\s+tutto\b.{0,80}\b(?:addio|perdona\w*)\b|\bperdona(?:temi|mi)"
    r"\s+per\s+tutto|\bquando\s+(?:leggerai|leggerete)\b",
}

# -- Burden ---------------------------------------------------------------------------------
_BU_ALL = {
    "en": r"\bwould\b.{0,60}\bif\s+i\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:around|here"
    r"|alive|in\s+(?:their|the|his|her)\s+(?:life|lives|way|picture))\b"
    r"|\b(?:better|easier|happier)\s+(?:off\s+)?if\s+i\s+(?:am\s+|m\s+|'m\s+)?(?:not|no)\s+(?:more\s+"
    r"|longer\s+|anymore\s+)?(?:here|alive|around)\b"
    r"|\bi\s+(?:am|m|'m)\s+(?:only\s+|just\s+)?(?:a\s+)?(?:trouble|problem)\s+(?:for|to)\s+"
    r"(?:everybody|everyone|all|my\s+family|them)\b"
    r"|\b(?:you'?re|ur|you\s+are|you'?ll|you\s+will|they'?ll|they\s+will|everyone\s+will)\s+"
    r"(?:gonna\s+|going\s+to\s+)?(?:be\s+)?(?:ok|okay|fine|alright|better)\s+without\s+me\b",
    "es": r"\bmejor\s+con\s+otr[oa]\s+(?:madre|padre|mama|papa)|\b(?:les|te|le|os)\s+estorbo\b"
    r"|\bsin\s+(?:una|un)\s+(?:madre|padre|mama|papa|hij[oa])\s+(?:como\s+yo|asi)",
    # (further or freer, too: "ohne mich käme sie weiter", "sans moi elle irait plus loin")
    "de": r"\bohne\s+mich\b.{0,30}\b(?:leichter|besser|glu(?:e)?cklicher|einfacher|ruhiger"
    # ("freier" only as what they would be, never free entry or a free day before its noun)
    r"|freier(?=\s*(?:$|[.!?,;:\n]|und\b|als\b)))\b"
    r"|\bohne\s+mich\s+ka(?:e)?men?\s+(?:sie|er|ihr|(?:die|der|meine?)\s+\w+)\s+(?:\w+\s+)?weiter"
    r"(?=\s*(?:$|[.!?,;:\n]))"
    r"|\b(?:leichter|besser|glu(?:e)?cklicher|einfacher|ruhiger)\b.{0,20}\bohne\s+mich\b"
    r"|\bohne\s+(?:eine[nm]?)\s+(?:mutter|vater)\s+wie\s+mich",
    "fr": r"\bsans\s+(?:une|un)\s+(?:mere|pere|maman|papa)\s+comme\s+moi"
    r"|\bsans\s+moi\b.{0,20}\b(?:mieux|plus\s+heureu\w*|plus\s+tranquille\w*|plus\s+facile"
    r"|plus\s+libres?|plus\s+loin(?=\s*(?:$|[.!?,;:\n])))"
    r"|\b(?:mieux|plus\s+heureu\w*|plus\s+tranquille\w*|plus\s+facile)\b.{0,20}\bsans\s+moi\b",
    "pt": r"\bsem\s+(?:uma|um)\s+(?:mae|pai)\s+(?:como\s+eu|assim)"
    r"|\bsem\s+mim\b.{0,20}\b(?:melhor|mais\s+feliz\w*|mais\s+tranquil\w*|mais\s+facil"
    r"|mais\s+livres?|mais\s+longe(?=\s*(?:$|[.!?,;:\n])))"
    r"|\b(?:melhor|mais\s+feliz\w*|mais\s+tranquil\w*|mais\s+facil)\b.{0,20}\bsem\s+mim\b",
    "it": r"\bsenza\s+(?:una|un)\s+(?:madre|padre|mamma|papa)\s+come\s+me"
    r"|\bsenza\s+(?:di\s+)?me\b.{0,20}\b(?:meglio|piu\s+felic\w*|piu\s+tranquill\w*|piu\s+facile"
    r"|piu\s+liber[oaie]|piu\s+lontano(?=\s*(?:$|[.!?,;:\n])))"
    r"|\b(?:meglio|piu\s+felic\w*|piu\s+tranquill\w*|piu\s+facile)\b.{0,20}\bsenza\s+(?:di\s+)?me\b",
}

RULES: tuple[Rule, ...] = (
    rule("g_en_self_harm", _SH, _CON, _SH_EN, inherent=False),
    rule("g_en_means", _GM, _URG, _GM_EN, inherent=False),
    rule(
        "g_en_no_future",
        _NF,
        _CON,
        r"\b(?:don'?t|dont|can'?t|cant|do\s+not|cannot|never)\s+see\s+(?:a|any|much\s+of\s+a)\s+future\b"
        + NOT_FOR_ANOTHER
        + r"|\bnothing\s+(?:left\s+)?to\s+(?:hope|live|look\s+forward)\s+for\b"
        r"|\b(?:means|holds)\s+nothing\s+(?:for|to)\s+me\b"
        r"|\b(?:won'?t|wont|will\s+not)\s+be\s+(?:here|around|alive)\s+(?:for|by|at|on|to\s+see)\s+"
        r"(?:(?:my|his|her|their|your)\s+(?:\w+\s+)?(?:birthday|graduation|wedding)|christmas"
        r"|new\s+year|next\s+(?:year|summer|spring|birthday)|the\s+(?:summer|spring|holidays))",
        inherent=False,
    ),
    rule(
        "g_en_pain",
        _TP,
        _CON,
        r"\bpain\b.{0,25}\b(?:unbearable|too\s+much\s+to\s+(?:bear|take)|never\s+(?:ever\s+)?"
        r"(?:stops|ends|goes\s+away))\b",
        inherent=False,
    ),
    rule(
        "g_pt_no_exit",
        _TP,
        _CON,
        r"\bnao\s+(?:tenho|ha|vejo|existe)\s+(?:nenhuma\s+)?saida\b",
        inherent=True,
        lang="pt",
    ),
)
RULES += tuple(
    rule(
        f"g_{lang}_self_harm",
        _SH,
        _CON,
        rf"(?:{source})\b(?=.{{0,40}}\b(?:{_DELIBERATE[lang]})\b)",
        inherent=True,
        lang=lang,
    )
    for lang, source in _REFLEXIVE_HARM.items()
)
RULES += tuple(
    rule(f"g_{lang}_means", _GM, _URG, source, inherent=True, lang=lang)
    for lang, source in _GM_INTL.items()
)
RULES += tuple(
    rule(f"g_{lang}_goodbyes", _GB, _CON, source, inherent=True, lang=lang)
    for lang, source in _GB_ALL.items()
)
RULES += tuple(
    rule(f"g_{lang}_burden", _BU, _CON, source, inherent=True, lang=lang)
    for lang, source in _BU_ALL.items()
)
