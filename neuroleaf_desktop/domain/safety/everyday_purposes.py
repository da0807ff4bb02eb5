"""A stated purpose for rope or charcoal: to tie down bales, to cover the firewood, for the boat
or the cookout; and medicine kept where a household keeps it.

Why a module of its own: buying rope or charcoal is a means only when nothing says what it is
for; a load to tie, a cover, a boat or a cookout named beside it is that purpose, in six
languages — unless it is tied round the neck or the writer, or the load is named only to be
denied. Likewise, medicine kept in the kitchen drawer, the bathroom cabinet or the first-aid
box is where every home keeps it ("guardo os remédios numa caixa na gaveta da cozinha"),
unless the same sentence hides it, hoards it or keeps it from someone.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety import everyday
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import words
from neuroleaf_desktop.domain.safety.rules import FLAGS

_TIED_OR_COVERED = re.compile(
    r"\b(?:for\s+(?:tying|lashing|securing|covering)|to\s+(?:tie|lash|secure|cover)\s+(?:down\s+)?"
    r"(?:the|a|our|my)|zum\s+(?:fest)?(?:binden|zurren|abdecken|vertau\w*)"
    # "para", and its spoken forms "pra" (Brazil) and "pa'" (Mexico, the Caribbean)
    r"|(?:para|pra|pa'?)\s+(?:cobrir|cubrir"
    r"|amarrar|atar|sujetar|prender)|pour\s+(?:attacher|couvrir|arrimer|amarrer)|per\s+(?:legare"
    r"|coprire|fissare|ormeggiare)|pa'?l\s+(?:bote|barco|lancha)|fu(?:e)?rs\s+boot"
    r"|(?:cookout|picnic|campfire|bonfire|fire\s*pit|smoker|kettle\s+bbq|hay\s*bales?|bales)"
    # a swing or a washing line is what the rope is for: "uma corda para o baloiço das crianças"
    r"|(?:for|para|pra|pour|per|fu(?:e)?r)\s+(?:the|a|o|um|uma|el|la|un|una|le|il|lo|den|die|das"
    r"|kids'?|children'?s)?\s*(?:(?:new|old|novo|nova|nuevo|nueva)\s+)?(?:swing|tire\s+swing|tyre\s+swing"
    r"|washing\s+line|clothes\s*line|baloico|balanco|columpio|balancoire|altalena|schaukel"
    r"|estendal|varal|tendedero|corde\s+a\s+linge|stendino|wa(?:e)?scheleine))\b",
    FLAGS,
)
_BODY_TIE = re.compile(
    r"\b(?:neck|myself|throat|hals|mich|cou|moi|cuello|pescoco|collo|gola)\b",
    FLAGS,
)


def stated_purpose(category: Category, sentence: str) -> bool:
    """A means bought or kept with an everyday purpose named in its sentence."""
    return (
        category is Category.GETTING_MEANS
        and _TIED_OR_COVERED.search(sentence) is not None
        and _BODY_TIE.search(sentence) is None
        # (a load to tie named only to be denied: "e não é para amarrar a lona")
        and everyday.USE_DENIED.search(sentence) is None
    )


# where a household keeps its medicine
_HOUSEHOLD_PLACE = re.compile(
    r"\b(?:kitchen\s+(?:drawer|cupboard|cabinet)|bathroom\s+(?:cabinet|cupboard)|medicine\s+"
    r"(?:cabinet|cupboard|box|chest)|first[\s-]aid\s+(?:box|kit)"
    r"|ku(?:e)?chen(?:schublade|schrank)|bad(?:ezimmer)?schrank|medizinschrank|hausapotheke"
    r"|erste-?hilfe-?kasten|tiroir\s+de\s+la\s+cuisine|placard\s+de\s+la\s+(?:cuisine|salle\s+de\s+bain)"
    r"|armoire\s+a\s+pharmacie|trousse\s+de\s+secours|cajon\s+de\s+la\s+cocina|armario\s+del"
    r"\s+bano|botiquin|gaveta\s+da\s+cozinha|armario\s+d[ao]\s+(?:cozinha|casa\s+de\s+banho"
    r"|banheiro)|caixa\s+de\s+primeiros\s+socorros|farmacinha|cassetto\s+della\s+cucina"
    r"|armadietto\s+(?:del\s+bagno|dei\s+medicinali)|cassetta\s+del\s+pronto\s+soccorso"
    r"|mobiletto\s+del\s+bagno)\b",
    FLAGS,
)
_MEDICINE = re.compile(
    r"\b(?:"
    + "|".join(
        words(lang, *names)
        for lang, names in (
            ("en", ("pills", "tablets", "meds", "medicines?", "medication")),
            ("de", ("tabletten", "medikamente")),
            ("fr", ("cachets", "comprimes", "medicaments")),
            ("es", ("pastillas", "medicamentos")),
            ("pt", ("comprimidos", "remedios")),
            ("it", ("pastiglie", "pillole", "farmaci", "medicine")),
        )
    )
    + r")\b",
    FLAGS,
)
# … said with a verb of keeping (not "took Mum's tablets from her bathroom cabinet", not "the
# pills in the bathroom cabinet have been on my mind")
_KEPT = re.compile(
    r"\b(?:keep|keeps|kept|store|stores|stored|bewahr\w*|aufbewahrt|garde|gardons|range|rangeons"
    r"|guardo|guardamos|guarda|guardan|tengo|tenemos|tenho|temos|conservo|conserviamo)\b",
    FLAGS,
)
# … unless hidden, hoarded, or kept from someone in the same sentence
_HIDDEN_OR_HOARDED = re.compile(
    r"\b(?:hid\w*|hidden|secret\w*|stash\w*|stockpil\w*|hoard\w*|collect\w*|nobody|no\s+one"
    r"|versteck\w*|heimlich|sammel\w*|niemand|cache(?:r|s|e|es|ee|ees)?|planqu\w*|stock\w*|personne|escond\w*"
    r"|junt\w*|acumul\w*|nadie|ninguem|nascost\w*|nascond\w*|accumul\w*|nessuno|segret\w*"
    r"|enough|genug|assez|suficientes?|bastant\w*|abbastanza|all\s+of\s+them|todos|todas"
    r"|tutte|toutes|alle"
    # … or kept back, saved up, for a time to come ("keeping my tablets back … just in case")
    r"|back|sav\w*|spare|extra|reserv\w*|in\s+case|for\s+when|para\s+cuando|pour\s+quand"
    r"|per\s+quando|fu(?:e)?r\s+den\s+fall|ahorr\w*|poup\w*|risparmi\w*|de\s+cote|de\s+lado"
    r"|da\s+parte|beiseite|zuru(?:e)?ck|aufheb\w*|aufgehoben|someday|one\s+day|un\s+jour"
    r"|algun\s+dia|um\s+dia|un\s+giorno|eines\s+tages)\b",
    FLAGS,
)


def kept_at_home(category: Category, sentence: str) -> bool:
    """Medicine kept in the household's usual place, neither hidden nor hoarded."""
    return (
        category is Category.GETTING_MEANS
        and _MEDICINE.search(sentence) is not None
        and _HOUSEHOLD_PLACE.search(sentence) is not None
        and _KEPT.search(sentence) is not None
        and _HIDDEN_OR_HOARDED.search(sentence) is None
    )
