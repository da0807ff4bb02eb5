"""Means, plans and attempts written the same way in Spanish, Portuguese and Italian.

Why: how people describe getting the means, fixing the day and the place, and a past attempt
(buying medicine "in different pharmacies so nobody suspects", "more than I need" put aside,
"I've chosen the day and the place", standing on a bridge "thinking of jumping", "woke up in
intensive care after the pills") has one shape in the three languages, as the signs of
``rules_romance_families`` do. Each family is written once per language, so a new wording in the
same shape is caught in all three, and its look-alike (one box bought elsewhere "because the
first had none", the date and place of a wedding) is kept out in the same place. Text is case-
and accent-folded before matching.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_intl_frames_way_out import NOT_BY_MISTAKE

_SI, _PM, _GM = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.GETTING_MEANS
_URG, _CON = Severity.URGENT, Severity.CONCERN

_MEDS = {
    "es": r"(?:pastillas|pildoras|medicamentos|somniferos|calmantes|paracetamol|ibuprofeno"
    r"|insulina|cajas|frascos?|blisters?)",
    "pt": r"(?:comprimidos|remedios|pilulas|calmantes|paracetamol|insulina|caixas|frascos?"
    r"|cartelas)",
    "it": r"(?:pillole|pastiglie|compresse|farmaci|sonniferi|paracetamolo|tachipirina|insulina"
    r"|scatole|flaconi|confezioni)",
}

#: Medicines without the boxes and bottles they come in.
_PILLS = {
    "es": r"(?:pastillas|pildoras|medicamentos|somniferos|calmantes|paracetamol|ibuprofeno"
    r"|insulina)",
    "pt": r"(?:comprimidos|remedios|pilulas|calmantes|paracetamol|insulina)",
    "it": r"(?:pillole|pastiglie|compresse|farmaci|sonniferi|paracetamolo|tachipirina|insulina)",
}

# Medicine bought in several pharmacies, or so nobody suspects: stockpiling in secret. One box
# bought elsewhere "because the first had none" is not it: several packs, or the secrecy.
_SECRET_SUPPLY = {
    "es": rf"\b{_MEDS['es']}\b[^.!?\n]{{0,60}}\b(?:para\s+que\s+no\s+(?:sospechen"
    r"|se\s+den\s+cuenta)"
    r"|sin\s+que\s+nadie\s+(?:sospeche|se\s+de\s+cuenta))"
    r"|\b(?:dos|tres|cuatro|cinco|varias|muchas|\d+)\s+(?:(?:cajas|frascos|blisters"
    r"|cajitas)\s+de\s+)?"
    rf"{_PILLS['es']}"
    r"[^.!?\n]{0,40}\b(?:farmacias\s+(?:distintas|diferentes)|(?:distintas|diferentes|varias)"
    r"\s+farmacias)",
    "pt": rf"\b{_MEDS['pt']}\b[^.!?\n]{{0,60}}\b(?:(?:pra|para)\s+(?:nao|ninguem)\s+desconfiar\w*"
    r"|sem\s+ninguem\s+desconfiar)"
    r"|\b(?:duas|tres|quatro|cinco|varias|muitas|\d+)\s+(?:(?:caixas|frascos|cartelas)\s+de\s+)?"
    rf"{_PILLS['pt']}"
    r"[^.!?\n]{0,40}\b(?:farmacias\s+diferentes|(?:diferentes|varias)\s+farmacias)",
    "it": rf"\b{_MEDS['it']}\b[^.!?\n]{{0,60}}\b(?:per\s+non\s+dare\s+nell'?occhio|senza\s+che"
    r"\s+nessuno\s+(?:sospetti|se\s+ne\s+accorga))"
    r"|\b(?:due|tre|quattro|cinque|varie|molte|\d+)\s+(?:(?:scatole|confezioni"
    r"|flaconi)\s+(?:di\s+)?)?"
    rf"{_PILLS['it']}"
    r"[^.!?\n]{0,40}\b(?:farmacie\s+diverse|diverse\s+farmacie|piu\s+farmacie)",
}

# A means hidden away: "tengo el frasco de pastillas escondido en el cajón". Not pills hidden
# from a child or a dog.
_HIDDEN = {
    "es": r"\b(?:pastillas|frasco|soga|cuerda|cuchilla|pistola"
    r"|arma)\b[^.!?\n]{0,30}\bescondid[oa]s?"
    r"\b(?![^.!?\n]{0,40}\b(?:de\s+(?:los\s+)?(?:ninos|nenes|mi\s+hij\w+|el\s+perro)"
    r"|para\s+que\s+no))",
    "pt": r"\b(?:comprimidos|remedios|frasco|corda|lamina|pistola|arma)\b[^.!?\n]{0,30}"
    r"\bescondid[oa]s?\b(?![^.!?\n]{0,40}\b(?:das\s+criancas|do\s+(?:meu\s+)?filho|do\s+cachorro"
    r"|(?:pra|para)\s+que\s+nao))",
    "it": r"\b(?:pillole|pastiglie|flacone|corda|lametta|pistola)\b[^.!?\n]{0,30}\bnascost[aoei]"
    r"\b(?![^.!?\n]{0,40}\b(?:ai\s+bambini|dai\s+bambini|da\s+mio\s+figlio|dal\s+cane"
    r"|perche\s+non))",
}

# Researching a lethal amount: "qué dosis de insulina sería mortal", "quantos comprimidos
# são precisos para não acordar", "quante pillole servono per non svegliarsi".
_LETHAL_AMOUNT = {
    "es": r"\b(?:investig\w+|busc\w+|mir\w+|googl\w+|averigu\w+|calcul\w+)\b[^.!?\n]{0,50}?"
    r"\b(?:dosis|cantidad|cuant[oa]s)\b[^.!?\n]{0,40}?\b(?:mortal(?:es)?|letal(?:es)?"
    r"|para\s+(?:no\s+despertar|morir|matarme))\b",
    "pt": r"\b(?:pesquis\w+|procur\w+|googl\w+|calcul\w+|busc\w+)\b[^.!?\n]{0,50}?\b(?:dose"
    r"|quantidade|quant[oa]s)\b[^.!?\n]{0,40}?\b(?:mortal|mortais|letal|letais|(?:pra|para)\s+"
    r"(?:nao\s+acordar|morrer|me\s+matar))\b",
    "it": r"\b(?:cerc\w+|googl\w+|calcol\w+)\b[^.!?\n]{0,50}?\b(?:dose|quantita|quant[ie])\b"
    r"[^.!?\n]{0,40}?\b(?:mortal[ei]|letal[ei]|per\s+(?:non\s+svegliar(?:si|mi)|morire"
    r"|uccidermi))\b",
}

# The day and the place chosen: "ya decidí cómo y cuándo", "já escolhi o dia e o lugar".
# "ya decidí el día y el lugar de la boda" goes on to say what for.
_CHOSEN = {
    "es": r"\b(?:ya\s+)?(?:decidi|he\s+decidido|tengo\s+decidido|elegi|escogi|se)\s+(?:como\s+y"
    r"\s+cuando|cuando\s+y\s+como|donde\s+y\s+cuando|cuando\s+y\s+donde|el\s+dia\s+y\s+el\s+lugar"
    r"|el\s+lugar\s+y\s+el\s+dia|el\s+dia\s+y\s+la\s+hora|la\s+fecha\s+y\s+el\s+lugar)"
    rf"(?:{END}|\s*[,;]\s*(?:solo|ya|nomas)\s+(?:me\s+)?falta)",
    "pt": r"\b(?:ja\s+)?(?:escolhi|decidi|sei)\s+(?:o\s+dia\s+e\s+o\s+lugar|o\s+lugar\s+e\s+o\s+dia"
    r"|como\s+e\s+quando|quando\s+e\s+como|o\s+dia\s+e\s+a\s+hora|a\s+data\s+e\s+o\s+lugar)"
    rf"(?:{END}|\s*[,;]\s*(?:so|ja)\s+(?:me\s+)?falta)",
    "it": r"\b(?:ho\s+(?:gia\s+)?(?:scelto|deciso)|so\s+gia)\s+(?:il\s+giorno\s+e\s+il\s+posto"
    r"|il\s+posto\s+e\s+il\s+giorno|come\s+e\s+quando|quando\s+e\s+come|il\s+giorno\s+e\s+l'ora"
    rf"|la\s+data\s+e\s+il\s+posto)(?:{END}|\s*[,;]\s*mi\s+manca\s+solo)",
}

# At a height, "thinking of jumping": the rehearsal of a method.
_SPOTS = {
    "es": r"(?:puente|azotea|balcon|terraza|ventana|acantilado|tejado|techo|vias|andén|anden)",
    "pt": r"(?:ponte|laje|telhado|varanda|sacada|janela|penhasco|viaduto|trilhos|plataforma)",
    "it": r"(?:ponte|tetto|terrazzo|terrazza|balcone|finestra|scogliera|viadotto|binari|banchina)",
}

_THINKING_OF_JUMPING = {
    "es": rf"\b{_SPOTS['es']}\b[^.!?\n]{{0,80}}\b(?:pensando\s+en|pense\s+en|ganas\s+de|quise)\s+"
    rf"(?:saltar|tirarme|lanzarme|dejarme\s+caer){END}",
    "pt": rf"\b{_SPOTS['pt']}\b[^.!?\n]{{0,80}}\b(?:pensando\s+em|pensei\s+em|vontade\s+de|quis"
    rf"|a\s+pensar\s+em)\s+(?:pular|saltar|me\s+jogar|me\s+atirar|atirar-me|jogar-me){END}",
    "it": rf"\b{_SPOTS['it']}\b[^.!?\n]{{0,80}}\b(?:pensando\s+di|ho\s+pensato\s+di|voglia\s+di"
    rf"|a\s+pensare\s+di)\s+(?:saltare|buttarmi|lanciarmi|gettarmi){END}",
}

# Ending "it" now, as the English "end it tonight": "voy a acabar con esto esta noche",
# "vou acabar com isso hoje", "stanotte la faccio finita con tutto" (not "con questa tesi").
_END_IT_NOW = {
    "es": r"\b(?:voy\s+a|quiero|pienso|necesito)\s+(?:acabar|terminar)\s+con\s+(?:esto|todo\s+esto)"
    rf"\s+(?:hoy|esta\s+noche|ya){END}",
    "pt": r"\b(?:vou|quero|penso\s+em|preciso|vontade\s+de)\s+acabar\s+com\s+(?:isso|isto|tudo"
    rf"\s+isso)\s+(?:hoje(?:\s+a\s+noite)?|esta\s+noite|agora){END}"
    # "de vez" (once and for all) only as a wish or a thought, not "vou acabar com isso de vez"
    r"|\b(?:penso\s+em|vontade\s+de|pensando\s+em)\s+acabar\s+com\s+(?:isso|isto|tudo)\s+de"
    rf"\s+vez(?:\s+por\s+todas)?{END}",
    "it": r"\b(?:la\s+faccio|farla|la\s+faro|la\s+farei)\s+finita\s+con\s+tutto"
    rf"(?:\s+e\s+con\s+tutti)?{END}",
}

# Swallowing poison in the past: "tomei veneno de rato", "me tomé matarratas".
_POISON = {
    "es": r"\b(?:me\s+)?(?:tome|bebi|trague)\s+(?:\w+\s+){0,2}?(?:veneno|matarratas|lejia"
    r"|raticida|anticongelante)\b",
    "pt": r"\b(?:tomei|bebi|engoli)\s+(?:\w+\s+){0,2}?(?:veneno|chumbinho|lixivia|soda\s+caustica"
    r"|raticida)\b",
    "it": r"\b(?:ho\s+(?:preso|bevuto|ingoiato))\s+(?:\w+\s+){0,2}?(?:veleno|candeggina|varechina"
    r"|topicida)\b",
}

# How to tie a noose.
_NOOSE = {
    "es": r"\b(?:nudo\s+(?:de\s+)?(?:horca|corredizo)|hacer\s+una\s+horca)\b",
    "pt": r"\b(?:no\s+de\s+forca|fazer\s+uma\s+forca|como\s+fazer\s+(?:uma\s+)?forca)\b",
    "it": r"\b(?:fare\s+un\s+cappio|nodo\s+(?:scorsoio|del\s+boia)"
    r"|come\s+fare\s+(?:un\s+)?cappio)\b",
}

# More medicine than needed, put aside: "pedí más somníferos de los que necesito".
_PUT_ASIDE = {
    "es": rf"\b{_MEDS['es']}\b[^.!?\n]{{0,40}}\b(?:de\s+(?:los|las)\s+que\s+necesito|(?:los|las)"
    r"\s+voy\s+guardando|(?:los|las)\s+estoy\s+guardando|(?:los|las)\s+tengo\s+guardad[oa]s)\b",
    "pt": rf"\b{_MEDS['pt']}\b[^.!?\n]{{0,40}}\b(?:do\s+que\s+preciso|vou\s+guardando|(?:os|as)"
    r"\s+estou\s+(?:a\s+)?guard\w+|tenho\s+guardad[oa]s)\b",
    "it": rf"\b{_MEDS['it']}\b[^.!?\n]{{0,40}}\b(?:del\s+necessario|di\s+quell[ie]\s+che\s+mi"
    r"\s+servono|(?:li|le)\s+sto\s+(?:tenendo|mettendo)\s+da\s+parte|(?:li|le)\s+metto\s+da"
    r"\s+parte)\b",
}

# The place chosen: "ya tengo elegido el puente", "já escolhi a ponte".
_CHOSEN_SPOT = {
    "es": r"\b(?:tengo\s+elegid[oa]|elegi|escogi|he\s+elegido)\s+(?:el|la|las)\s+"
    rf"{_SPOTS['es']}{END}",
    "pt": rf"\b(?:escolhi|tenho\s+escolhid[oa])\s+(?:o|a|os)\s+{_SPOTS['pt']}{END}",
    "it": rf"\b(?:ho\s+(?:gia\s+)?scelto)\s+(?:il|la|i)\s+{_SPOTS['it']}{END}",
}

# A past attempt named by its noun and what came with it: "mi primer intento fue a los
# quince", "internada en psiquiatría por un intento" (not "mi primer intento de hacer pan").
_ATTEMPT_NOUN = {
    "es": r"\b(?:mi|el)\s+(?:primer|segundo|tercer|ultimo)\s+intento\b(?!\s+de\b)"
    r"|\b(?:internad\w+|ingresad\w+|hospitalizad\w+|psiquiatri\w+)\b[^.!?\n]{0,40}\b(?:un|mi|el)"
    r"\s+intento\b(?!\s+de\b)|\bsobrevivi\s+a\s+(?:una\s+sobredosis|un\s+intento|mi\s+intento)\b"
    r"|\bme\s+(?:corte|abri|raje)\s+las\s+venas\b",
    "pt": r"\b(?:a\s+)?minha\s+(?:primeira|segunda|terceira|ultima)\s+tentativa\b(?!\s+de\b)"
    r"|\b(?:internad\w+|hospitalizad\w+|psiquiatri\w+)\b[^.!?\n]{0,40}\b(?:uma|minha|a)\s+"
    r"tentativa\b(?!\s+de\b)",
    "it": r"\bil\s+mio\s+(?:primo|secondo|terzo|ultimo)\s+tentativo\b(?!\s+di\b)"
    r"|\b(?:ricoverat\w+|psichiatri\w+)\b[^.!?\n]{0,40}\b(?:un|il\s+mio)\s+tentativo\b"
    r"(?!\s+di\b)",
}

# Waking in intensive care after swallowing pills.
_WOKE_AFTER_PILLS = {
    "es": r"\b(?:uci|uti|terapia\s+intensiva|cuidados\s+intensivos|urgencias"
    r"|hospital)\b[^.!?\n]{0,30}"
    r"\b(?:despues\s+de|tras)\s+(?:tomarme|tragarme|tomar)\s+(?:\w+\s+){0,3}?"
    rf"{_PILLS['es']}",
    "pt": r"\b(?:uti|cti|terapia\s+intensiva|cuidados\s+intensivos|urgencia"
    r"|hospital)\b[^.!?\n]{0,30}"
    r"\bdepois\s+de\s+(?:tomar|engolir)\s+(?:\w+\s+){0,3}?"
    rf"{_PILLS['pt']}",
    "it": r"\b(?:terapia\s+intensiva|rianimazione|pronto\s+soccorso|ospedale)\b[^.!?\n]{0,30}"
    r"\bdopo\s+(?:aver|avere)\s+(?:preso|ingoiato|mandato\s+giu)\s+(?:\w+\s+){0,3}?"
    rf"{_PILLS['it']}",
}

_FAMILIES: tuple[tuple[str, Category, Severity, dict[str, str], bool], ...] = (
    # name, category, severity, wording per language, the person is built in
    ("secret_supply", _GM, _URG, _SECRET_SUPPLY, True),
    ("hidden_means", _GM, _URG, _HIDDEN, True),
    ("lethal_amount", _GM, _URG, _LETHAL_AMOUNT, False),
    ("chosen_day", _PM, _URG, _CHOSEN, True),
    ("thinking_of_jumping", _PM, _URG, _THINKING_OF_JUMPING, True),
    ("end_it_now", _SI, _URG, _END_IT_NOW, True),
    ("noose", _GM, _URG, _NOOSE, True),
    ("put_aside", _GM, _URG, _PUT_ASIDE, True),
    ("chosen_spot", _PM, _URG, _CHOSEN_SPOT, True),
)

RULES: tuple[Rule, ...] = (
    *(
        rule(f"rf_{lang}_{name}", category, severity, source, inherent=inherent, lang=lang)
        for name, category, severity, wording, inherent in _FAMILIES
        for lang, source in wording.items()
    ),
    # A past ingestion of poison, a named attempt, waking in intensive care: past attempts,
    # concern rather than urgent.
    *(
        rule(f"rf_{lang}_{name}", _SI, _CON, source, inherent=True, lang=lang, past=True)
        for name, wording in (
            ("poison", _POISON),
            ("attempt_noun", _ATTEMPT_NOUN),
            # (pills taken by mistake, or for an allergy, are an ordinary emergency)
            ("woke_after_pills", {k: NOT_BY_MISTAKE + v for k, v in _WOKE_AFTER_PILLS.items()}),
        )
        for lang, source in wording.items()
    ),
)
