"""Self-harm told by the mark on the writer's own body, in six languages: a burn or a cut on
one's arm, wrist, thigh, shin, ankle or belly (any limb or part a sleeve or trouser hides),
made with a lighter, a cigarette or a blade, or made again, on
purpose, to feel something, where nobody sees.

Why: self-harm is often told without "myself" or "self-harm": "cut me arm again last night",
"burning my forearm with a lighter", "mit'm Feuerzeug in Arm brennt", "queimei o braço com o
isqueiro", "mi sono scottato apposta il polso con la sigaretta". Two readings, each of two
parts in one sentence:

* a tool that marks (lighter, cigarette, blade, razor) beside one's own arm, wrist, thigh,
  skin: nobody cooks with a lighter on their wrist;
* a verb of marking (cut, burn, scald, scratch) on one's own arm, wrist, thigh, with the sign
  that it was meant: again, on purpose, to feel something, so nobody sees. A burn on the oven
  tray "again, ouch" is a kitchen's: a household source of an accident (oven, tray, iron,
  brambles, broken glass) in the sentence clears it.

A third reading names the marks and their maker: cuts, burns or scars on the writer's arm told
as made by the writer ("the forearm full of cuts from me myself", "le braccia segnate dai tagli
che mi faccio", "los brazos llenos de cortes que me hago", "Schnitte, die ich mir selber
mache"): a mark one gives oneself is not an accident's (a kitchen's, a razor's or a haircut's
in the sentence still clears it).

Someone else's arm ("my cousin cuts her arms") is judged in ``context`` (the rules are not
the writer's by themselves), negation in ``negation``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family, unnegated

_BODY = {
    "en": r"(?:my|me|mi)\s+(?:own\s+)?(?:left\s+|right\s+)?(?:arms?|forearms?|wrists?|thighs?"
    r"|legs?|shins?|skin|hands?|stomach|hips?|ankles?|calf|calves|belly|ribs|shoulders?)",
    "de": r"(?:(?:mein(?:e|en)?|in|am|an\s+(?:den|die|der))\s+)?(?:arm|unterarm|handgelenk\w*"
    r"|oberschenkel|beine?|haut|schienbein\w*|bauch|hu(?:e)?fte\w*|wade\w*|kno(?:e)?chel|schulter\w*)",
    # (the article joined to its preposition too: "sur l'intérieur du bras", "del brazo", "do
    # braço", "sul polso")
    "fr": r"(?:mon|mes|ma|le|les|du|des|au|aux|l')\s*(?:bras|avant-bras|poignets?|cuisses?|jambes?"
    r"|peau|chevilles?|ventre|mollets?|hanches?|tibias?|epaules?)",
    "es": r"(?:mi|mis|el|los|las|la|del|al)\s+(?:brazos?|antebrazos?|munecas?|muslos?|piernas?"
    r"|piel|tobillos?|barriga|vientre|pantorrillas?|caderas?|espinillas?|hombros?)",
    "pt": r"(?:meu|meus|minha|minhas|o|os|a|as|do|dos|da|das|no|nos|na|nas)\s+(?:bracos?"
    r"|antebracos?|pulsos?|coxas?|pernas?|pele|tornozelos?|barriga|canelas?|panturrilhas?|ombros?)",
    "it": r"(?:il|i|la|le|mio|miei|mia|mie|del|dei|della|delle|sul|sui|sulla|sulle|nel|nella)\s+"
    r"(?:braccio|braccia|avambracci\w*|polsi?|cosce"
    r"|coscia|gambe?|pelle|caviglie?|caviglia|pancia|stinchi?|fianchi|spalle?)",
}
_MARKED = {
    "en": r"\b(?:cut|cutting|burn(?:t|ed|ing)?|scald(?:ed|ing)?|scratch(?:ed|ing)?|carv(?:ed|ing)"
    r"|slash(?:ed|ing)?)\s+(?:into\s+)?",
    "de": r"\b(?:geritzt|g'ritzt|ritze|aufgeschnitten|verbrannt|brennt|gebrannt|aufgekratzt)\b",
    "fr": r"\b(?:coupe|entaille|brule|scarifie)\w*\b",
    "es": r"\b(?:corte|corta|cortando|queme|quemando|quemo|raje)\b",
    "pt": r"\b(?:cortei|corto|cortando|queimei|queimo|queimando|arranhei)\b",
    "it": r"\b(?:tagliat[oa]|taglio|bruciat[oa]|scottat[oa]|brucio)\b",
}
_TOOL = {
    "en": r"\b(?:lighter|cigarette|blade|razor)\b",
    "de": r"\b(?:feuerzeu\w*|feuerzeig|zigarette|klinge|rasierklinge)\b",
    "fr": r"\b(?:briquet|cigarette|lame|rasoir)\b",
    "es": r"\b(?:mechero|encendedor|cigarro|cuchilla|navaja)\b",
    "pt": r"\b(?:isqueiro|cigarro|lamina|gilete)\b",
    "it": r"\b(?:accendino|sigaretta|lametta|rasoio)\b",
}
_MEANT = {
    "en": r"\b(?:again|on\s+purpose|deliberately|to\s+feel|can\s+feel|so\s+(?:nobody|no\s+one)"
    r"|nobody\s+(?:sees|saw|noticed|knows)|hid(?:e|ing)?\s+it)\b",
    "de": r"\b(?:wieder|absichtlich|extra|damit\s+i(?:ch)?|zu\s+spu(?:e)?ren|gspu(?:e)?r"
    r"|keiner\s+sieht|sieht\s+(?:eh\s+)?keiner)\b",
    "fr": r"\b(?:encore|expres|pour\s+sentir|personne\s+(?:voit|ne\s+voit|sait))\b",
    "es": r"\b(?:otra\s+vez|de\s+nuevo|a\s+proposito|adrede|para\s+sentir|nadie\s+(?:ve|sabe"
    r"|se\s+entera))\b",
    "pt": r"\b(?:outra\s+vez|de\s+novo|de\s+proposito|pra\s+sentir|para\s+sentir|ninguem\s+(?:ve"
    r"|sabe|percebe))\b",
    "it": r"\b(?:di\s+nuovo|ancora|apposta|per\s+sentire|nessuno\s+(?:vede|sa"
    r"|se\s+ne\s+accorge))\b",
}
# a household source of an accident (the oven, a tray, an iron, brambles, broken glass), a
# razor's everyday use (shaving the legs before the beach), a cutter on a box
_ACCIDENT = {
    "en": r"oven|tray|stove|hob|pan|iron|kettle|grill|barbecue|bbq|roses?|brambles?|bush|thorns?"
    r"|glass|cooking|baking|shav\w*|wax\w*|beach|cutter|box|cardboard|ouch|ow|dropped",
    "de": r"ofen|herd|blech|bu(?:e)?geleisen|grill|dornen|glas|kochen|backen|rasier\w*|strand"
    r"|karton|cutter",
    "fr": r"four|plaque|poele|fer\s+a\s+repasser|barbecue|ronces|epines|verre|cuisine|rase\w*"
    r"|raser|epil\w*|plage|cutter|carton",
    "es": r"horno|plancha|sarten|estufa|parrilla|zarzas?|espinas|vidrio|cocinando|afeit\w*"
    r"|depil\w*|playa|cutter|carton",
    "pt": r"forno|fogao|ferro|churrasqueira|espinhos|vidro|cozinhando|barbe\w*|depil\w*|praia"
    r"|estilete|papelao",
    "it": r"forno|fornello|padella|ferro\s+da\s+stiro|griglia|rovi|spine|vetro|cucinando"
    r"|rad\w+|ceretta|depil\w*|spiaggia|taglierino|cartone",
}


# --- the marks named, and the writer as their maker --------------------------------------------
_MARKS = {
    "en": r"cuts|scratches|burns|marks|scars|gashes",
    "de": r"schnitte\w*|ritzer\w*|narben|wunden|brandwunden|kratzer",
    "fr": r"coupures|entailles|marques|cicatrices|brulures|griffures",
    "es": r"cortes|marcas|cicatrices|quemaduras|rasgunos|heridas",
    "pt": r"cortes|marcas|cicatrizes|queimaduras|arranhoes|feridas",
    "it": r"tagli|segni|cicatrici|bruciature|graffi|ferite",
}
_BY_ME = {
    "en": r"(?:that\s+|which\s+)?i\s+(?:did|do|made|make|gave|give)\s+(?:to\s+)?myself|from\s+"
    r"(?:me\s+)?myself|(?:done\s+|made\s+)?by\s+myself|self[-\s]?inflicted"
    r"|of\s+my\s+own\s+(?:doing|making)",
    "de": r"von\s+mir\s+(?:selbst|selber)|(?:die\s+)?ich\s+mir\s+(?:selbst\s+|selber\s+|immer\s+)?"
    r"(?:mache|mach|gemacht|zufu(?:e)?ge|zugefu(?:e)?gt)|selbst\s+zugefu(?:e)?gt",
    "fr": r"que\s+je\s+me\s+(?:fais|suis\s+fait\w*|faisais)|faites\s+par\s+moi(?:-meme)?",
    "es": r"que\s+(?:yo\s+)?me\s+(?:hago|hice|hacia)|hech[oa]s\s+por\s+mi"
    r"|de\s+mi\s+propia\s+mano",
    "pt": r"que\s+(?:eu\s+)?(?:mesm[oa]\s+)?(?:me\s+)?(?:faco|fiz|fazia)|feit[oa]s\s+por\s+mim",
    "it": r"che\s+mi\s+(?:faccio|sono\s+fatt[oa]|facevo)|fatti\s+da\s+me|di\s+mia\s+mano",
}
_HAIR = r"hair|haar|cheveux|pelo|cabelo|capelli|barba|beard"


def _made_by_me(lang: str) -> str:
    return (
        rf"(?:^|(?<=[.!?\n]))(?![^.!?\n]*\b(?:{_ACCIDENT[lang]}|{_HAIR})\b)"
        rf"(?=[^.!?\n]*\b(?:{_BODY[lang]})\b)[^.!?\n]*?"
        rf"\b(?:{_MARKS[lang]})\b[^.!?\n]{{0,12}}?\b(?:{_BY_ME[lang]})\b"
        # (not a thing had done to one: "che mi faccio fare", "que me hago hacer")
        r"(?!\s+(?:fare|faire|hacer|fazer|machen|lassen))"
    )


def _marked(lang: str) -> str:
    body, tool, free = _BODY[lang], _TOOL[lang], unnegated(lang)
    return (
        rf"(?:^|(?<=[.!?\n]))(?![^.!?\n]*\b(?:{_ACCIDENT[lang]})\b)[^.!?\n]*?"
        rf"(?:(?=[^.!?\n]*{_MEANT[lang]})(?:{_MARKED[lang]}){free}{{0,30}}?\b(?:{body})\b"
        rf"|{tool}{free}{{0,40}}?\b(?:{body})\b|\b(?:{body})\b{free}{{0,40}}?{tool})"
    )


RULES: tuple[Rule, ...] = core_family(
    "mark_on_own_body",
    Category.SELF_HARM,
    Severity.CONCERN,
    {lang: _marked(lang) for lang in LANGS},
    {
        "en": "arm|wrist|thigh|leg|shin|skin|hand|stomach|hip|ankle|calf|calves|belly|ribs"
        "|shoulder",
        "de": "arm|handgelenk|oberschenkel|bein|haut|bauch|fte|wade|chel|schulter",
        "fr": "bras|poignet|cuisse|jambe|peau|cheville|ventre|mollet|hanche|tibia|epaule",
        "es": "brazo|muneca|muslo|pierna|piel|tobillo|barriga|vientre|pantorrilla|cadera|espinilla"
        "|hombro",
        "pt": "braco|pulso|coxa|perna|pele|tornozelo|barriga|canela|panturrilha|ombro",
        "it": "bracci|polso|polsi|cosc|gamb|pelle|cavigli|pancia|stinc|fianchi|spall",
    },
    inherent=False,
) + core_family(
    "marks_made_by_me",
    Category.SELF_HARM,
    Severity.CONCERN,
    {lang: _made_by_me(lang) for lang in LANGS},
    {
        "en": "myself|self",
        "de": "selbst|selber|ich mir",
        "fr": "je me|par moi",
        "es": "me hago|me hice|me hacia|por mi|propia",
        "pt": "faco|fiz|fazia|por mim",
        "it": "mi faccio|mi sono|mi facevo|da me|mia mano",
    },
    inherent=False,
)

__all__ = ["RULES"]
