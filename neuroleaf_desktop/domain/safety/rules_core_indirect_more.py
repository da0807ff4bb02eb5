"""Indirect warning signs: goodbyes with finality, a future the writer is not in, and means
obtained with intent, in all six languages.

Why: these signs are told by what surrounds an ordinary act. A goodbye is everyday until it is
"like to someone you won't see again", "c'était mon au revoir", or a message scheduled for a
day "when I won't be there any more"; a wedding next summer is everyday until "I won't get
that far"; a rifle fetched from the attic is everyday until "nobody knows it's in my car now".
Each family joins the act to the piece that gives it its end, and carries its own everyday
guard: a move or a trip for a goodbye, a reason (work, a trip) for missing a date ahead, a
hunting trip, a range, a sale or a shift for a gun, a rope or a key.

Text is case- and accent-folded first; every rule has a gate.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import words
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import (
    LANGS,
    core_family,
    not_away_for_work_or_a_stay,
)

_CON, _URG = Severity.CONCERN, Severity.URGENT
_OPEN = r"(?:(?<![\s\S])|(?<=[.!?\n]))\s*"
_CLOSE = r"(?=\s*(?:$|[.!?,;:\n]))"

# --- a goodbye with its finality ------------------------------------------------------------------
_GOODBYE_FINAL = {
    "en": r"\b(?:said|saying|say)\s+goodbye\b[^\n]{0,120}?\b(?:won'?t|never)\s+see\s+again\b"
    r"|\bthat\s+was\s+(?:the|my)\s+goodbye\b|\bi\s+was\s+saying\s+goodbye"
    + _CLOSE
    + r"|\bthe\s+last\s+time\s+they'?ll\s+see\s+me\b",
    "de": r"\bverabschiedet\b[^\n]{0,120}?\b(?:nie\s+(?:wieder|mehr)\s*sieht"
    r"|nie\s+wiedersieht)\b"
    r"|\bdas\s+war\s+mein\s+abschied\b",
    "fr": r"\bau\s+revoir\b[^\n]{0,120}?\bne\s+reverra\s+(?:plus|jamais)\b"
    r"|\bc'?\s*etait\s+(?:mon\s+au\s+revoir|mes\s+adieux|un\s+adieu)\b",
    "es": r"\bdespedi\w*\b[^\n]{0,120}?\bcomo\s+quien\s+se\s+va\s+para\s+siempre\b"
    + r"|"
    + _OPEN
    + r"era\s+(?:una|mi)\s+despedida"
    + _CLOSE,
    "pt": r"\bdespedi\w*\b[^\n]{0,120}?\bcomo\s+quem\s+(?:nao\s+volta(?:\s+mais)?|vai\s+embora"
    r"\s+para\s+sempre)\b|" + _OPEN + r"era\s+a\s+minha\s+despedida" + _CLOSE,
    "it": r"\bsalut\w*\b[^\n]{0,120}?\bcome\s+quando\s+si\s+parte\s+per\s+sempre\b"
    r"|" + _OPEN + r"era\s+il\s+mio\s+addio" + _CLOSE,
}
# A real departure around it: a move, a new job, emigrating, a posting.
_NO_DEPARTURE = (
    r"(?![^\n]{0,150}\b(?:moving|emigrat\w*|new\s+job|posting|relocat\w*|umzug|auswander\w*"
    r"|demenag\w*|expatri\w*|mudanza|me\s+mudo|emigr\w*|mudanca|trasloco|trasferisco)\b)"
)

# --- a message scheduled, and the writer gone when it is read ----------------------------------
_SCHEDULED = {
    "en": r"\bscheduled\b|\bin\s+(?:my\s+)?drafts\b|\bset\s+to\s+send\b",
    "de": r"\bgeplant\s+fu(?:e)?r\b|\bzeitversetzt\b|\bterminiert\b",
    "fr": r"\bprogramme\w*\s+pour\b",
    "es": r"\bprogramad[oa]s?\b",
    "pt": r"\bagendad[oa]s?\b|\bprogramad[oa]s?\b",
    "it": r"\bprogrammat[oaie]\b",
}
_GONE_THEN = {
    "en": r"\bfor\s+after" + _CLOSE + r"|\bi\s+press\s+send\b|\bi\s+won'?t\s+be\s+(?:here|there"
    r"|around)\s+to\s+read\b|\bby\s+then\s+it'?ll\s+be\s+over\b",
    "de": r"\bda\s+bin\s+ich\s+(?:dann\s+)?(?:schon\s+)?(?:weg|nicht\s+mehr\s+da)\b",
    "fr": r"\bje\s+ne\s+serai\s+plus\s+la\b",
    "es": r"\b(?:yo\s+)?ya\s+no\s+estare\b",
    "pt": r"\b(?:eu\s+)?ja\s+nao\s+vou\s+estar\b",
    "it": r"\bsenza\s+di\s+me\b|\bnon\s+ci\s+saro\s+piu\b",
}

# Back after a trip or a break: an absence with a return, not a farewell.
_NO_RETURN = (
    r"(?![^\n]{0,80}\b(?:until|till|back|holiday|trip|retreat|bis|zuru(?:e)?ck|urlaub|retour"
    r"|vacances|hasta|vuelta|vacaciones|ate|volta|ferias|fino|ritorno|vacanze)\b)"
)

# --- a letter or a video left, and who will find it after ----------------------------------------
_LEFT_WORDS = {
    "en": r"\b(?:letters?|notes?|envelope|video|message)\b",
    "de": r"\b(?:brief\w*|video|nachricht|kuvert|umschlag)\b",
    "fr": r"\b(?:lettres?|video|message|enveloppe)\b",
    "es": r"\b(?:cartas?|video|mensaje|sobre|audio)\b",
    "pt": r"\b(?:cartas?|video|mensagem|envelope|bilhete)\b",
    "it": r"\b(?:lettere?|video|messaggio|biglietto|busta)\b",
}
_FOUND_AFTER = {
    "en": r"\bwon'?t\s+find\s+(?:them|it)\s+till\b|\b(?:not\s+(?:your|her|his|their)\s+fault"
    r"|don'?t\s+blame\s+yourselves?)\b|\bshe'?ll\s+know\s+i\s+loved\s+her\b",
    "de": r"\bdass\s+es\s+nicht\s+(?:ihre|seine|deine|eure)\s+schuld\s+ist\b",
    "fr": r"\bce\s+n'?\s*est\s+pas\s+(?:sa|ta|votre)\s+faute\b",
    "es": r"\bno\s+es\s+(?:su|tu|vuestra)\s+culpa\b",
    "pt": r"\bvao\s+encontra-?\s*l[ao]s?\s+depois\b"
    r"|\bnao\s+e\s+(?:culpa\s+d[eo]l[ae]|sua\s+culpa)\b",
    "it": r"\bnon\s+e\s+colpa\s+su[ao]\b"
    r"|\blo\s+(?:leggera|troveranno)\b[^.!?\n]{0,20}\bsenza\s+di\s+me\b",
}
# A break-up, a move, a quarrel: a letter that is not a farewell.
_NO_PARTING = (
    r"(?![^\n]{0,150}\b(?:divorce|break-?up|split|separation|scheidung|trennung|divorce"
    r"|rupture|separation|divorcio|ruptura|separacion|divorcio|separacao|divorzio|separazione"
    r"|moving|umzug|demenag\w*|mudanza|mudanca|trasloco|broke|broken|smashed|spill\w*|kaputt\w*"
    r"|casse\w*|roto|rota|quebr\w*|rott[oa])\b)"
)

# --- in case anyone reads this after ----------------------------------------------------------
_READ_AFTER = {
    "en": r"\bin\s+case\s+(?:anyone|someone|somebody)\s+reads\s+this\s+after(?:wards)?\s*[:,.]",
    "de": r"\bfalls\s+(?:das\s+)?(?:jemand|einer)\s+(?:das\s+)?(?:danach|spa(?:e)?ter)"
    r"\s+liest\s*[:,.]",
    "fr": r"\bau\s+cas\s+ou\s+quelqu'?\s*un\s+(?:lit|lirait)\s+(?:ca|ceci)\s+apres\s*[:,.]",
    "es": r"\bpor\s+si\s+alguien\s+lee\s+esto\s+despues\s*[:,.]",
    "pt": r"\bcaso\s+alguem\s+leia\s+isto\s+depois\s*[:,.]"
    r"|\bse\s+alguem\s+ler\s+isto\s+depois\s*[:,.]",
    "it": r"\bper\s+chiunque\s+legga\s+questo\s+dopo\s*[:,.]",
}

# --- a point ahead, and the writer not reaching it ---------------------------------------------
_AHEAD = {
    "en": r"\bnext\s+(?:summer|winter|spring|autumn|year|season|month|week)\b|\b(?:christmas"
    r"|easter|lent)\b|\bin\s+five\s+years\b|\bafter\s+(?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december)\b|\b20[2-9]\d\b|\bpast\s+(?:january"
    r"|february|march|april|may|june|july|august|september|october|november|december)\b",
    "de": r"\b(?:na(?:e)?chste[nsrm]?|kommende[nsrm]?)\s+(?:jahr|sommer|winter|monat|woche)\b"
    r"|\bab\s+(?:januar|februar|ma(?:e)?rz|april|mai|juni|juli|august|september|oktober"
    r"|november|dezember)\b|\brente\b",
    "fr": r"\b(?:l'?\s*annee|le\s+mois|la\s+semaine|l'?\s*ete)\s+prochain\w*\b|\bla\s+rentree\b"
    r"|\ben\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre"
    r"|decembre)\b",
    "es": r"\b(?:el\s+ano|el\s+mes|la\s+semana|el\s+verano)\s+que\s+viene\b|\besa\s+fecha\b"
    r"|\bel\s+proximo\s+(?:ano|mes|verano)\b",
    "pt": r"\b(?:d?o\s+ano|d?o\s+mes|d?a\s+semana|d?o\s+verao)\s+que\s+vem\b|\b20[2-9]\d\b"
    r"|\bo\s+proximo\s+(?:ano|mes|verao)\b",
    "it": r"(?:l'\s*|\b)(?:anno|estate)\s+prossim[oa]\b|\b(?:il\s+mese|la\s+settimana)\s+"
    r"prossim[oa]\b|\b(?:a|di|per)\s+(?:giugno|luglio|settembre|maggio)\b",
}
_NOT_REACHING = {
    # (not a person seen again later: "won't see her till next year")
    "en": r"\b(?:won'?t|will\s+not|not\s+going\s+to|never\s+going\s+to)\s+(?:see|make\s+it\s+to"
    r"|be\s+seeing)\b(?!\s+(?:\w+\s+){0,2}?(?:till|until|til|before|again\s+(?:till|until)"
    r"|for\s+(?:a|another|the\s+next|\w+\s+(?:weeks|months|years)))\b)|\bi\s+(?:just\s+)?(?:won'?t|will\s+not)\s+be\s+(?:there|around)\b(?:,\s+and\b)?"
    r"|\bnot\s+something\s+i'?m\s+going\s+to\s+see\b|\bdoubt\s+i'?ll\s+make\s+it\b"
    r"|\bthere'?s\s+nothing\s+after\b|\bthere\s+isn'?t\s+a\s+me\b",
    "de": r"\bgibt\s+es\s+mich\s+(?:eh\s+|sowieso\s+)?nicht\s+mehr\b|\bwerde\s+ich\s+nicht\s+mehr"
    r"\s+erleben\b|\bwerde\s+nie\s+rente\s+bekommen\b",
    "fr": r"\bje\s+n'?\s*y\s+serai\s+plus\b|\bil\s+n'?\s*y\s+aura\s+pas\s+de\s+\w+\s+pour\s+moi\b",
    "es": r"\bno\s+voy\s+a\s+llegar\s+a\b|\bno\s+llego\s+a\b",
    "pt": r"\bnao\s+vou\s+chegar\s+(?:la|ate)\b|\bnao\s+tem\s+\w+\s+(?:pra|para)\s+mim\b",
    "it": r"\b(?:io\s+)?non\s+ci\s+arrivo\b|\bnon\s+ci\s+sara\s+un\b",
}
# A reason for missing it: a trip, a job, a move, an illness treated, a clash.
_NO_REASON_AHEAD = (
    r"(?![^\n]{0,120}\b(?:because|since|cos|work\w*|shifts?|double|dinner|abroad|away|travel\w*"
    r"|moving|flights?|expensive|until|till"
    r"|clash\w*|weil|arbeit|reise|umzug|parce\s+que|travail|voyage|porque|trabajo|viaje"
    r"|trabalho|viagem|perche|lavoro|viaggio|budget|money|geld|argent|dinero|dinheiro|soldi)\b)"
)

# --- the next weeks unimaginable, and nothing there --------------------------------------------
_CANNOT_IMAGINE = {
    "en": r"\bcan'?t\s+(?:even\s+)?(?:picture|imagine)\s+(?:christmas|next\s+(?:month|week|year)"
    r"|the\s+summer)" + _CLOSE,
    "de": r"\bkann\s+mir\s+nicht\s+(?:mal|einmal)\s+(?:den|die|das)\s+na(?:e)?chste[n]?\s+"
    r"(?:monat|woche|jahr)\s+vorstellen\b",
    "fr": r"\bn'?\s*arrive\s+(?:meme\s+)?pas\s+(?:meme\s+)?a\s+imaginer\s+(?:le\s+mois|la\s+semaine"
    r"|l'?\s*annee)\s+prochain\w*",
    "es": r"\bno\s+me\s+imagino\s+ni\s+(?:el\s+mes|la\s+semana|el\s+ano)\s+que\s+viene\b",
    "pt": r"\bnem\s+consigo\s+imaginar\s+(?:o\s+mes|a\s+semana|o\s+ano)\s+que\s+vem\b",
    "it": r"\bnon\s+riesco\s+a\s+immaginare\s+neanche\s+(?:la\s+settimana|il\s+mese|l'?\s*anno)\s+"
    r"prossim[oa]\b",
}
# A workload or a worry that fills the weeks ahead: stress, not a future without the writer.
_NO_WORKLOAD = (
    r"(?![^\n]{0,80}\b(?:busy|deadline\w*|workload|exam\w*|so\s+much|stress|stress\w*|trabajo"
    r"|lavoro|arbeit|travail|trabalho|without|ohne|sans|sin|sem|senza)\b)"
)

# --- a pension not needed -----------------------------------------------------------------------
_NO_PENSION = {
    "en": r"\b(?:won'?t|will\s+not)\s+(?:be\s+)?need(?:ing)?\s+a\s+(?:pension|retirement)\b",
    "de": r"\bwerde\s+(?:ich\s+)?(?:nie|keine)\s+rente\s+(?:bekommen|brauchen)\b",
    "fr": r"\bj'?\s*en\s+aurai\s+pas\s+besoin,?\s+de\s+retraite\b|\bn'?\s*aurai\s+pas\s+besoin\s+"
    r"d'?\s*(?:une\s+)?retraite\b",
    "es": r"\bno\s+voy\s+a\s+necesitar\s+(?:ninguna\s+)?jubilacion\b",
    "pt": r"\bnao\s+vou\s+precisar\s+de\s+aposentadoria\b",
    "it": r"\buna\s+pensione\s+non\s+mi\s+servira\b|\bnon\s+mi\s+servira\s+(?:una\s+)?pensione\b",
}

# --- the future as a wall -----------------------------------------------------------------------
_FUTURE_WALL = {
    "en": r"\bthe\s+future\s+(?:feels\s+like|is)\s+a\s+wall\b",
    "de": r"\bdie\s+zukunft\s+ist\s+(?:fu(?:e)?r\s+mich\s+)?(?:wie\s+)?eine\s+(?:zugemauerte\s+"
    r"tu(?:e)?r|wand|mauer)\b",
    "fr": r"\bl'?\s*avenir,?\s+c'?\s*est\s+un\s+mur\b",
    "es": r"\bel\s+futuro\s+es\s+una\s+pared\b",
    "pt": r"\bo\s+futuro\s+e\s+um\s+muro\b",
    "it": r"\bil\s+futuro\s+e\s+un\s+muro\b",
}
# A wall to be climbed or broken through: a hard stretch, not no future.
_NO_CLIMB = (
    r"(?![^\n]{0,100}\b(?:climb\w*|break\w*|get\s+over|through|overcome|klettern|durchbrechen"
    r"|uberwinden|franchir|escalar|superar|romper|ultrapassar|scalare|superare|abbattere)\b)"
)

# --- a gun fetched, and now hidden or at hand ---------------------------------------------------
_GUN = {
    "en": r"\b(?:gun|rifle|revolver|shotgun|pistol|firearm)s?\b",
    "de": r"\b\w*(?:gewehr|pistole|revolver|flinte|waffe)\b",
    "fr": r"\b(?:fusil|carabine|revolver|pistolet|arme)\b",
    "es": r"\b(?:escopeta|pistola|rifle|revolver|arma)\b",
    "pt": r"\b(?:espingarda|pistola|revolver|arma|carabina)\b",
    "it": r"\b(?:fucile|pistola|rivoltella|carabina|arma)\b",
}
_NOW_HIDDEN = {
    "en": r"\bnobody\s+knows\b|\bin\s+my\s+(?:room|car|boot|van|wardrobe)\s+now\b|\binstead\s+of\s+"
    r"locking\s+it\b|\bbehind\s+the\s+\w+\s+in\s+the\b|\bunder\s+(?:my|the)\s+(?:bed|mattress)\b"
    # moved out of its locker into the writer's own space: "… and into my wardrobe"
    r"|\binto\s+my\s+(?:room|bedroom|car|boot|van|wardrobe|drawer)\b",
    "de": r"\bliegt\s+jetzt\s+(?:in\s+meinem|bei\s+mir)\b|\bniemand\s+wei(?:ss|s)\b",
    "fr": r"\bpersonne\s+ne\s+sait\b|\bsous\s+(?:le|mon)\s+lit\b",
    "es": r"\bla\s+tengo\s+en\s+el\s+(?:maletero|coche|cuarto)\b|\bnadie\s+sabe\b",
    "pt": r"\bninguem\s+sabe\b|\bdebaixo\s+da\s+cama\b|\bno\s+porta-?malas\b",
    "it": r"\bora\s+e\s+nel\s+(?:bagagliaio|mio)\b|\bnessuno\s+sa\b",
}
# Hunting, a range, a sale, a licence, cleaning or a gunsmith: the gun's ordinary life.
_NO_GUN_ERRAND = (
    r"(?![^\n]{0,150}\b(?:hunt\w*|shoot(?:ing)?\s+(?:range|club|season)|range|sell\w*|sold"
    r"|licen[cs]e|clean\w*|gunsmith|police|surrender\w*|jagd|jager|schutzenverein|verkauf\w*"
    r"|chasse|vend\w*|caza|venta|vender|caca|venda|caccia|vendere|toy|spielzeug|jouet"
    r"|juguete|brinquedo|giocattolo)\b)"
)

# --- medicines not returned to the pharmacy, kept -----------------------------------------------
_MEDS = {
    lang: rf"\b{words(lang, *names)}\b"
    for lang, names in {
        "en": ("prescriptions", "pills", "tablets", "meds", "medication", "medicines"),
        "de": ("tabletten", "medikamente", "pillen"),
        "fr": ("medicaments", "comprimes", "cachets"),
        "es": ("medicinas", "medicamentos", "pastillas"),
        "pt": ("remedios", "medicamentos", "comprimidos"),
        "it": ("medicine", "farmaci", "pastiglie", "pillole"),
    }.items()
}
_NOT_RETURNED_KEPT = {
    "en": r"\b(?:didn'?t|never)\s+(?:take|took)\s+(?:them|it)?\s*back\b[^\n]{0,60}?\bkept\b",
    "de": r"\bnicht\s+zuru(?:e)?ckgebracht\b[^\n]{0,60}?\bbei\s+mir\b",
    "fr": r"\bne\s+les\s+ai\s+pas\s+rapporte\w*\b[^\n]{0,60}?\bgarde\w*\b",
    "es": r"\bno\s+las?\s+devolvi\b[^\n]{0,60}?\bguarde\b",
    "pt": r"\bnao\s+(?:os|as)?\s*devolvi\b[^\n]{0,60}?\bguardei\b",
    "it": r"\bnon\s+le\s+ho\s+riportate\b[^\n]{0,60}?\ble\s+tengo\b",
}

# --- the key to medicines or poisons, and the writer alone ---------------------------------------
_KEY_TO_STORE = {
    "en": r"\bkeys?\s+(?:to\s+the|is\s+kept|for\s+the)\b[^.!?\n]{0,40}?\b(?:dispensary|drug"
    r"|medicine|pharmacy|poison|chemical)\w*|\b(?:dispensary|drug|medicine)\s+(?:cabinet\s+)?key\b",
    "de": r"\bschlu(?:e)?ssel\s+zum\s+(?:medikamenten|gift)\w*",
    "fr": r"\bcle\s+de\s+l'?\s*armoire\s+(?:a|des)\s+(?:medicaments|pharmacie)\b",
    "es": r"\bllave\s+del\s+(?:almacen|armario|botiquin)\b[^.!?\n]{0,60}?\b(?:productos"
    r"|medicamentos|venenos)\b",
    "pt": r"\bchave\s+do\s+armario\s+de\s+medicamentos\b",
    "it": r"\bchiavi?\s+del\s+(?:capannone|magazzino|armadietto)\b[^.!?\n]{0,60}?\b(?:prodotti"
    r"|farmaci|veleni)\b",
}
_ALONE_THEN = {
    "en": r"\b(?:locking\s+up|on\s+nights?)\s+alone\b|\balone\s+on\s+(?:nights?|the\s+night)\b",
    "de": r"\ballein\s+nachtdienst\b|\bnachtdienst\s+allein\b",
    "fr": r"\bseule?\s+de\s+(?:garde|nuit)\b",
    "es": r"\bno\s+hay\s+nadie\b",
    "pt": r"\bfico\s+sozinh[ao]\b",
    "it": r"\bnon\s+c'?\s*e\s+nessuno\b",
}

# --- something ordered, left unnamed, arriving ---------------------------------------------------
# A present or a surprise kept from someone who might read the journal.
_NO_PRESENT = (
    r"(?![^\n]{0,100}\b(?:birthday|present|gift|surprise|christmas|geburtstag|geschenk"
    r"|uberraschung|anniversaire|cadeau|cumpleanos|regalo|sorpresa|aniversario"
    r"|presente|surpresa|compleanno|natale)\b)"
)
_ORDERED_UNNAMED = {
    "en": r"\bordered\s+something\b[^.!?\n]{0,30}?\b(?:won'?t|not\s+going\s+to)\s+name\b",
    "de": r"\bwas\s+bestellt,?\s+sag\s+(?:ich\s+)?nicht\s+was\b",
    "fr": r"\bcommande\s+quelque\s+chose\b[^.!?\n]{0,20}?\bque\s+je\s+ne\s+nommerai\s+pas\b",
    "es": r"\bpedi\s+algo\b[^.!?\n]{0,20}?\bque\s+no\s+(?:voy\s+a\s+)?nombr\w+\b",
    "pt": r"\bencomendei\s+(?:uma\s+)?coisa\b[^.!?\n]{0,20}?\bque\s+nao\s+vou\s+dizer\b",
    "it": r"\bordinato\s+qualcosa\b[^.!?\n]{0,20}?\bche\s+non\s+(?:nomino|diro)\b",
}

RULES: tuple[Rule, ...] = (
    core_family(
        "goodbye_with_finality",
        Category.GOODBYES,
        _CON,
        {lang: rf"(?:{_GOODBYE_FINAL[lang]}){_NO_DEPARTURE}" for lang in LANGS},
        dict.fromkeys(
            LANGS, "goodbye|last time|abschied|verabschied|revoir|adieu|despedi|salut|addio"
        ),
    )
    + core_family(
        "scheduled_gone_then",
        Category.GOODBYES,
        _CON,
        {
            lang: rf"(?:{_SCHEDULED[lang]})[^\n]{{0,200}}?(?:{_GONE_THEN[lang]}){_NO_RETURN}"
            for lang in LANGS
        },
        dict.fromkeys(LANGS, "schedul|draft|send|geplant|zeitversetzt|termin|program|agendad"),
    )
    + core_family(
        "left_words_found_after",
        Category.GOODBYES,
        _CON,
        {
            lang: rf"(?:{_LEFT_WORDS[lang]}){_NO_PARTING}[^\n]{{0,160}}?(?:{_FOUND_AFTER[lang]})"
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "till|fault|blame|loved|schuld|faute|culpa|encontr|colpa|leggera|troveranno",
        ),
    )
    + core_family(
        "read_after",
        Category.GOODBYES,
        _CON,
        _READ_AFTER,
        dict.fromkeys(LANGS, "after|danach|spater|spaeter|apres|despues|depois|dopo"),
    )
    + core_family(
        "ahead_not_reaching",
        Category.NO_FUTURE,
        _CON,
        {
            # read from the start of the sentence naming the date: "stopped taking bookings
            # for next year … I won't be around" denies the bookings, not the sign
            lang: rf"{_OPEN}[^.!?\n]{{0,80}}?(?:{_AHEAD[lang]})[^\n]{{0,140}}?"
            # not away for work or a stay, or with the return named ("back from Lisbon on the 3rd")
            rf"(?:{_NOT_REACHING[lang]}){_NO_REASON_AHEAD}{not_away_for_work_or_a_stay()}"
            rf"|(?:{_NOT_REACHING[lang]})[^\n]{{0,60}}?(?:{_AHEAD[lang]}){_NO_REASON_AHEAD}"
            + not_away_for_work_or_a_stay()
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "see|make it|there|around|nothing|isn|mich|erleben|rente|serai|aura|llegar|llego"
            "|chegar|tem|arrivo|sara",
        ),
    )
    + core_family(
        "cannot_imagine_ahead",
        Category.NO_FUTURE,
        _CON,
        {lang: rf"(?:{_CANNOT_IMAGINE[lang]}){_NO_WORKLOAD}" for lang in LANGS},
        dict.fromkeys(LANGS, "picture|imagin|immagin|vorstellen"),
    )
    + core_family(
        "no_pension_needed",
        Category.NO_FUTURE,
        _CON,
        _NO_PENSION,
        dict.fromkeys(LANGS, "pension|retirement|rente|retraite|jubilacion|aposentadoria"),
    )
    + core_family(
        "future_a_wall",
        Category.NO_FUTURE,
        _CON,
        {lang: rf"(?:{_FUTURE_WALL[lang]}){_NO_CLIMB}" for lang in LANGS},
        dict.fromkeys(LANGS, "future|zukunft|avenir|futuro"),
    )
    + core_family(
        "gun_now_hidden",
        Category.GETTING_MEANS,
        _URG,
        {
            lang: rf"(?:{_GUN[lang]}){_NO_GUN_ERRAND}[^\n]{{0,120}}?(?:{_NOW_HIDDEN[lang]})"
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "gun|rifle|revolver|pistol|firearm|gewehr|pistole|flinte|waffe|fusil|carabin|arme"
            "|escopeta|arma|espingarda|fucile|rivoltella",
        ),
    )
    + core_family(
        "meds_not_returned_kept",
        Category.GETTING_MEANS,
        _URG,
        {lang: rf"(?:{_MEDS[lang]})[^\n]{{0,80}}?(?:{_NOT_RETURNED_KEPT[lang]})" for lang in LANGS},
        dict.fromkeys(LANGS, "back|zuruck|zurueck|rapport|devolvi|riportate"),
    )
    + core_family(
        "key_to_store_alone",
        Category.GETTING_MEANS,
        _URG,
        {
            lang: rf"(?:{_KEY_TO_STORE[lang]})[^\n]{{0,120}}?(?:{_ALONE_THEN[lang]})"
            for lang in LANGS
        },
        dict.fromkeys(LANGS, "key|schlussel|schluessel|cle|llave|chave|chiav"),
    )
    + core_family(
        "ordered_unnamed",
        Category.GETTING_MEANS,
        _CON,
        {lang: rf"{_NO_PRESENT}(?:{_ORDERED_UNNAMED[lang]})" for lang in LANGS},
        dict.fromkeys(LANGS, "ordered|bestellt|commande|pedi|encomendei|ordinato"),
    )
)

__all__ = ["RULES"]
