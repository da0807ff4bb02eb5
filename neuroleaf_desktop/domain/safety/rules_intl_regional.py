"""Signs in German, French, Spanish, Portuguese and Italian told in shapes the other families
do not read: medicine put by for an unnamed later moment, "no future" said as one item of a
list of things lost, the point of going on questioned, tomorrow said to hold nothing for the
writer, a return to self-harm told as "went back to", and ending one's life said with the
finite verb ("dann mach ich Schluss mit meinem Leben").

Why: people rarely name the act when they tell what they have put by. They name the means,
that it is kept, and a later moment left open: "heb sie für später auf", "je les garde pour le
jour où.", "guardei para quando decidir". The moment is what makes it a sign; a named ailment,
a trip or a pet beside it makes it an ordinary medicine cupboard. Likewise "kein Job, kein
Hof, keine Zukunft" lists the future among the things the writer has lost, and "che senso ha
andare avanti" asks why go on at all, closing its clause (not "andare avanti con la dieta").
English has its own families for these shapes (``rules_en_*``).
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_URG, _CON = Severity.URGENT, Severity.CONCERN
_LANGS = ("de", "fr", "es", "pt", "it")
_END = r"(?=\s*(?:$|[.!?,;:\n]))"


# every family here is the writer's own wording, one rule per language it is written in
_family = partial(family, "reg")


# --- medicine kept for an unnamed later moment ---------------------------------------------------
_MEDS = {
    "de": r"(?:tabletten|pillen|medikamente|schlaftabletten|schmerzmittel|schlafmittel)",
    "fr": r"(?:medicaments|cachets|comprimes|pilules|somniferes|medocs)",
    "es": r"(?:pastillas|medicamentos|calmantes|somniferos|pildoras)",
    "pt": r"(?:comprimidos|remedios|medicamentos|calmantes|pilulas)",
    "it": r"(?:pastiglie|pillole|farmaci|sonniferi|compresse)",
}
# The writer keeping them (first person only: "Mama hebt sie auf" is hers)
_KEEP = {
    "de": r"(?:heb(?:e)?|bewahr(?:e)?|leg(?:e)?|versteck(?:e)?|bunker(?:e)?)\s+(?:ich|sie|die|das"
    r"|es)\b"
    r"|\b(?:aufgehoben|aufbewahrt|versteckt|beiseitegelegt|zuru(?:e)?ckgelegt)",
    "fr": r"je\s+(?:les\s+|la\s+|le\s+)?(?:garde|conserve|cache|planque|mets\s+de\s+cote)"
    r"|\bj'?\s*ai\s+(?:tout\s+)?(?:garde|cache|planque)\w*",
    "es": r"(?:las|los)\s+(?:guardo|guarde|escondo|escondi|tengo\s+guardad[oa]s)|\bguarde",
    "pt": r"(?:guardei|guardo|escondi|escondo|tenho\s+guardad[oa]s)",
    "it": r"(?:le|li)\s+(?:tengo|conservo|nascondo|ho\s+nascost[ei]|ho\s+messo\s+da\s+parte)"
    r"|\bmess[ei]\s+da\s+parte",
}
# … for a later moment left open, closing its clause
_LATER = {
    "de": r"fu(?:e)?r\s+(?:spa(?:e)?ter|irgendwann|den\s+(?:tag|moment)|wenn\s+ich\s+(?:mich\s+)?"
    r"(?:entscheide|so\s+weit\s+bin|bereit\s+bin))(?:\s+auf)?" + _END,
    "fr": r"pour\s+(?:plus\s+tard|le\s+jour\s+ou|le\s+moment\s+venu|quand\s+je\s+(?:me\s+)?"
    r"(?:deciderai|deciderais|serai\s+pret\w*))" + _END,
    "es": r"(?:para|pa'?)\s+(?:despues|mas\s+tarde|el\s+dia\s+que|cuando\s+(?:me\s+)?(?:decida"
    r"|este\s+list[oa]|llegue\s+el\s+(?:dia|momento)))" + _END,
    "pt": r"(?:para|pra)\s+(?:depois|mais\s+tarde|o\s+dia|quando\s+(?:eu\s+)?(?:decidir"
    r"|estiver\s+pront[oa]|chegar\s+(?:o\s+dia|a\s+hora)))" + _END,
    "it": r"per\s+(?:dopo|piu\s+tardi|il\s+giorno|quando\s+(?:decidero|saro\s+pront[oa]"
    r"|arrivera\s+il\s+(?:giorno|momento)))" + _END,
}
# A named ailment, a trip or an animal: the ordinary medicine cupboard
_AILMENT = (
    r"\b(?:kopfschmerz\w*|migra(?:e)?ne|erka(?:e)?ltung|grippe|zahn\w*|ru(?:e)?cken"
    r"|allergie|urlaub|reise|hund|katze|tierarzt|mal\s+de\s+tete|migraine|rhume|dents?|dos"
    r"|vacances|voyage|chien|chat|veterinaire|dolor\s+de\s+cabeza|gripe|resfriado|muela|espalda"
    r"|alergia|vacaciones|viaje|perro|gato|veterinari[oa]|dor\s+de\s+cabeca|gripe|constipacao"
    r"|dente|costas|ferias|viagem|cachorro|cao|gato|mal\s+di\s+testa|emicrania|influenza"
    r"|raffreddore|denti?|schiena|vacanz\w*|viaggio|cane|gatto|husten|fieber|toux|fievre|tos"
    r"|fiebre|tosse|febre|febbre|regle\w*|regla|menstrua\w*|ciclo|periode|periodo)\b"
)
# (read from the sentence's start, so an ailment named before the medicine is seen too)
_MEDS_KEPT = {
    lang: rf"(?:^|(?<=[.!?\n]))(?![^.!?\n]*{_AILMENT})[^.!?\n]*?\b{_MEDS[lang]}\b[^.!?\n]{{0,80}}?"
    rf"\b(?:{_KEEP[lang]})\b[^.!?\n]{{0,25}}?\b{_LATER[lang]}"
    for lang in _LANGS
}
_MEDS_GATE = {
    "de": "spater|spaeter|irgendwann|tag|moment|entscheide|so weit|bereit",
    "fr": "tard|jour|moment|quand",
    "es": "despues|tarde|dia|cuando",
    "pt": "depois|tarde|dia|quando",
    "it": "dopo|tardi|giorno|quando",
}

# --- "no future" as one item of a list of things lost ---------------------------------------------
# "kein Job, kein Hof, keine Zukunft", "pas de boulot, pas d'avenir", "sin trabajo, sin futuro":
# the future named after a comma and closing its clause. A job's, a firm's or a team's future is
# a complaint about work.
_LISTED_NO_FUTURE = {
    "de": r"(?<=[,;:]\s)kein(?:e|en)?\s+zukunft(?:\s+mehr)?",
    "fr": r"(?<=[,;:]\s)(?:pas\s+d'?\s*|aucun\s+|sans\s+)avenir",
    "es": r"(?<=[,;:]\s)(?:sin|ningun|nada\s+de)\s+futuro",
    "pt": r"(?<=[,;:]\s)(?:sem|nenhum)\s+futuro",
    "it": r"(?<=[,;:]\s)(?:nessun|senza)\s+futuro",
}
_NOT_A_POST = (
    r"(?![\s\S]{0,120}\b(?:firma|betrieb|verein|branche|entreprise|boite|usine|equipe|empresa"
    r"|fabrica|equipo|equipa|fabrica|azienda|fabbrica|squadra|club|partei|parti|partido|partito"
    r"|dorf|region|village|pueblo|aldeia|paese|jugend|jeunes|jovenes|jovens|giovani)\b)"
)

# --- the point of going on questioned -----------------------------------------------------
# "che senso ha andare avanti", "qué sentido tiene seguir", "que sentido tem viver assim", "was
# hat es für einen Sinn, weiterzumachen": going on or living itself, closing its clause (not
# "seguir estudiando", "andare avanti con la dieta").
_WHAT_POINT = {
    "de": r"\bwas\s+(?:hat|macht)\s+(?:es|das)\s+(?:noch\s+)?(?:fu(?:e)?r\s+)?(?:einen|ein)\s+"
    r"sinn,?\s+(?:noch\s+)?(?:weiterzumachen|weiterzuleben|zu\s+leben)" + _END,
    "fr": r"\bquel\s+(?:est\s+le\s+)?sens\s+(?:ca\s+a\s+)?de\s+continuer(?:\s+a\s+vivre)?" + _END,
    "es": r"\bque\s+sentido\s+tiene\s+(?:seguir|vivir|continuar)(?:\s+(?:viviendo|adelante|asi"
    r"|luchando))?" + _END,
    "pt": r"\bque\s+sentido\s+(?:tem|faz)\s+(?:continuar|viver|seguir)(?:\s+(?:vivendo|assim"
    r"|em\s+frente|lutando))?" + _END,
    "it": r"\bche\s+senso\s+ha\s+(?:andare\s+avanti|vivere|continuare)(?:\s+(?:cosi|a\s+vivere"
    r"|a\s+lottare))?" + _END,
}
_WHAT_POINT_GATE = {"de": "sinn", "fr": "sens", "es": "sentido", "pt": "sentido", "it": "senso"}

# --- tomorrow holding nothing for the writer ----------------------------------------------
# "per me domani non c'è niente", "para mí mañana no hay nada", "pour moi demain il n'y a rien"
# closing the clause (not "… niente da fare", "… nada especial", an empty diary).
_FOR_ME = {
    "de": r"fu(?:e)?r\s+mich",
    "fr": r"pour\s+moi",
    "es": r"para\s+mi",
    "pt": r"(?:para|pra)\s+mim",
    "it": r"per\s+me",
}
_TOMORROW_EMPTY = {
    "de": r"(?:gibt\s+es|gibt'?s)\s+(?:morgen|kein\s+morgen)\s*(?:nichts|nix)?",
    "fr": r"demain\s+(?:il\s+)?n'?\s*y\s+a\s+rien",
    "es": r"manana\s+no\s+hay\s+nada",
    "pt": r"amanha\s+(?:nao\s+(?:ha|tem)\s+nada|e\s+nada)",
    "it": r"domani\s+non\s+c'?\s*e\s+(?:niente|nulla)",
}
_EMPTY_TOMORROW = {
    lang: rf"\b{_FOR_ME[lang]},?\s+(?:\w+\s+){{0,1}}?{_TOMORROW_EMPTY[lang]}{_END}"
    for lang in ("fr", "es", "pt", "it")
}
_EMPTY_GATE = {"fr": "demain", "es": "manana", "pt": "amanha", "it": "domani"}

# --- a return to self-harm told as "went back to" -----------------------------------------------
# "sono tornata a ferirmi le braccia", "ho ripreso a tagliarmi", "ho ricominciato a graffiarmi",
# "j'ai recommencé à me faire des marques", "empecé otra vez a cortarme", "recomecei a me
# machucar": the relapse verb before the act in its infinitive (not "tagliarmi i capelli", "me
# couper les cheveux", a haircut).
_HAIRCUT = (
    r"(?!\s+(?:i\s+capelli|le\s+unghie|la\s+barba|la\s+frangia|les\s+cheveux|les\s+ongles"
    r"|la\s+barbe|la\s+frange|el\s+pelo|el\s+cabello|las\s+unas|la\s+barba|el\s+flequillo"
    r"|o\s+cabelo|as\s+unhas|a\s+barba|a\s+franja)\b)"
)
_WENT_BACK_TO_HARM = {
    "it": r"\b(?:sono\s+tornat[oa]|torno|ho\s+ripreso|riprendo|ci\s+sono\s+ricascat[oa]"
    r"|ho\s+ricominciato|ricomincio|ricominciato)\s+a\s+"
    r"(?:tagliarmi|ferirmi|bruciarmi|graffiarmi|farmi\s+del\s+male|colpirmi)\b" + _HAIRCUT,
    "fr": r"\b(?:j'?\s*ai\s+recommence|je\s+recommence|je\s+me\s+suis\s+remise?|j'?\s*ai\s+repris)"
    r"\s+a\s+me\s+(?:couper|scarifier|bruler|griffer|taillader|mutiler|frapper|faire\s+(?:du\s+mal"
    r"|des\s+(?:marques|entailles|coupures|bleus|brulures)))\b" + _HAIRCUT,
    "es": r"\b(?:empece|comence)\s+(?:otra\s+vez|de\s+nuevo)\s+a\s+(?:cortarme|lastimarme|quemarme"
    r"|aranarme|hacerme\s+(?:dano|cortes|marcas))\b" + _HAIRCUT,
    "pt": r"\b(?:recomecei|comecei\s+(?:de\s+novo|outra\s+vez))\s+a\s+(?:me\s+(?:cortar"
    r"|machucar|ferir"
    r"|queimar|arranhar|fazer\s+marcas)|cortar-me|machucar-me|ferir-me|queimar-me|arranhar-me)\b"
    + _HAIRCUT,
}

# --- no way out of it seen --------------------------------------------------------------------
# "non vedo come uscirne", "no veo cómo salir de esto", "je vois pas comment m'en sortir": the way
# out of "it" not seen, closing the clause. A debt, a mortgage or a contract named in the
# sentence is a money worry, not being trapped.
_NO_WAY_SEEN = {
    "de": r"\bich\s+(?:sehe|seh|weiss)\s+nicht,?\s+wie\s+ich\s+(?:da|hier)\s+"
    r"(?:jemals\s+|wieder\s+)?(?:rauskomme|herauskomme|rauskommen\s+soll)",
    "fr": r"\bje\s+(?:ne\s+)?(?:vois|sais)\s+(?:pas|plus)\s+comment\s+"
    r"(?:m'?\s*en\s+sortir|en\s+sortir)",
    "es": r"\bno\s+(?:veo|se)\s+(?:como|por\s+donde)\s+salir\s+de\s+(?:esto|esta)",
    "pt": r"\bnao\s+(?:vejo|sei)\s+como\s+sair\s+(?:disso|dessa|desta)",
    "it": r"\bnon\s+(?:vedo|so)\s+(?:piu\s+)?come\s+(?:uscirne|venirne\s+fuori)",
}
_NOT_MONEY = (
    r"(?![^.!?\n]*\b(?:schulden|kredit|vertrag|dettes?|credit|contrat|pret|deudas?"
    r"|hipoteca|contrato|prestamo|dividas?|emprestimo|debiti|mutuo|contratto|prestito)\b)"
)
_NO_WAY_GATE = {"de": "raus", "fr": "sortir", "es": "salir", "pt": "sair", "it": "uscirne|fuori"}

# --- "something" done to oneself -----------------------------------------------------------------
# "tengo miedo de hacerme algo", "j'ai peur de me faire quelque chose", "ho paura di farmi
# qualcosa": the harm left unnamed, closing its clause (not "hacerme algo de cenar", "farmi
# qualcosa da mangiare"). Said with "nada" it is only ever denied ("no pienso hacerme nada"),
# and read so that the denial is seen. German has its own rule ("mir was antun").
_SOMETHING_TO_MYSELF = {
    "fr": r"\bme\s+faire\s+(?:quelque\s+chose|un\s+truc)",
    "es": r"\bhacerme\s+(?:algo|nada)(?:\s+malo)?|\bhacer\s+algo\s+conmigo",
    "pt": r"\b(?:me\s+fazer|fazer-me)\s+(?:alguma\s+coisa|algo|nada)|\bfazer\s+(?:alguma\s+coisa"
    r"|algo)\s+comigo",
    "it": r"\bfarmi\s+(?:qualcosa|niente|nulla)|\bfare\s+qualcosa\s+a\s+me\s+stess[oa]",
}
# … a meal, a drink, a haircut or a tattoo said just after it ("me faire quelque chose, un thé")
_NOT_A_TREAT = (
    r"(?![^.!?\n]{0,40}\b(?:the|cafe|manger|repas|diner|dejeuner|comer|cenar|desayunar|lanche"
    r"|jantar|almocar|mangiare|cena|pranzo|caffe|cheveux|pelo|cabelo|capelli|tatou\w*|tatu\w*"
    r"|piercing|ongles|unas|unhas|unghie|sandwich|bocadillo|panino|tisane|infusion)\b)"
)
_SOMETHING_GATE = {"fr": "faire", "es": "hacer", "pt": "fazer", "it": "farmi|fare"}

# --- ending one's life said with the finite verb -----------------------------------------------
# "dann mach ich Schluss mit meinem Leben", "ich mache Schluss mit allem": the infinitive
# ("Schluss machen") is read elsewhere; a break-up ("Schluss mit ihm") is not this.
_SCHLUSS = {
    "de": r"\b(?:ich\s+mach(?:e)?|mach(?:e)?\s+ich)\s+(?:\w+\s+)?schluss\s+mit\s+"
    r"(?:meinem\s+leben|dem\s+leben|allem|mir(?:\s+selbst)?)\b"
    r"(?!,?\s+(?:was|bei|in|im|auf|der|die|das)\b)",
}

_LISTED = {lang: f"(?:{p}){_NOT_A_POST}{_END}" for lang, p in _LISTED_NO_FUTURE.items()}
_NO_WAY = {lang: f"(?:{p}){_END}{_NOT_MONEY}" for lang, p in _NO_WAY_SEEN.items()}
# (a moment may close it: "hacerme algo esta noche", "farmi qualcosa stanotte")
_SOON = {
    "fr": r"ce\s+soir|cette\s+nuit|aujourd'?\s*hui|encore",
    "es": r"esta\s+noche|hoy|ahora|otra\s+vez|de\s+nuevo",
    "pt": r"esta\s+noite|hoje|agora|de\s+novo|outra\s+vez",
    "it": r"stasera|stanotte|oggi|adesso|di\s+nuovo|ancora",
}
_SOMETHING = {
    lang: f"(?:{p})(?:\\s+(?:{_SOON[lang]}))?{_END}{_NOT_A_TREAT}"
    for lang, p in _SOMETHING_TO_MYSELF.items()
}
_RELAPSE_GATE = {
    "it": "tornat|torno|ripres|riprendo|ricascat|ricominci",
    "fr": "recommence|remis|repris",
    "es": "empece|comence",
    "pt": "recomecei|comecei",
}

RULES: tuple[Rule, ...] = (
    _family(
        "means_kept_for_later",
        Category.GETTING_MEANS,
        _URG,
        _MEDS_KEPT,
        _MEDS_GATE,
        inherent=False,
    )
    + _family(
        "listed_no_future",
        Category.NO_FUTURE,
        _CON,
        _LISTED,
        dict.fromkeys(_LANGS, "zukunft|avenir|futuro"),
    )
    + _family("what_point_going_on", Category.NO_FUTURE, _CON, _WHAT_POINT, _WHAT_POINT_GATE)
    + _family("tomorrow_empty", Category.NO_FUTURE, _CON, _EMPTY_TOMORROW, _EMPTY_GATE)
    + _family("went_back_to_harm", Category.SELF_HARM, _CON, _WENT_BACK_TO_HARM, _RELAPSE_GATE)
    + _family("no_way_seen", Category.TRAPPED_PAIN, _CON, _NO_WAY, _NO_WAY_GATE)
    + _family("something_to_myself", Category.SELF_HARM, _CON, _SOMETHING, _SOMETHING_GATE)
    + _family("schluss_finite", Category.SUICIDAL_IDEATION, _URG, _SCHLUSS, {"de": "schluss"})
)

__all__ = ["RULES"]
