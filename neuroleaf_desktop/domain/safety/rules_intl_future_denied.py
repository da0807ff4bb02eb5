"""No future in German, French, Spanish, Portuguese and Italian, told in everyday shapes: the
future not seen at all with the future put first ("El futuro no lo veo"), no next year "for
me", the writer gone before a named month ("para febrero ya no estaré"), a renewal let lapse
because the thing will not be needed, and a coming occasion thought of as held without the
writer.

Why: as for ``rules_intl_corpus_families`` (whose wording family prefix these rules share), a
sign is rarely named; it sits in what the writer no longer expects to need or attend. Each
family pairs the time ahead with the writer's absence from it and guards the everyday reason
for that absence (a trip, a move, a stay abroad, a new one bought, a club's season).
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_CON = Severity.CONCERN
_END = r"(?=\s*(?:$|[.!?,;:\n]))"

# the prefix of ``rules_intl_corpus_families``: the rules keep their names
_family = partial(family, "cf")


# --- the future not seen at all, said with the future put first ------------------------------
# "El futuro no lo veo, ni uno malo siquiera", "L'avenir, je le vois pas", "Il futuro non lo
# vedo": closing the clause or going on with "not even" (not "il futuro non lo vedo roseo", a
# gloomy forecast, and not a firm's or a team's future, which the family does not read).
_FUTURE_UNSEEN = {
    "de": r"\b(?:die\s+)?zukunft,?\s+(?:die\s+)?(?:seh|sehe)\s+ich\s+(?:einfach\s+)?(?:nicht"
    r"|nicht\s+mehr|keine)",
    "fr": r"\bl'avenir,?\s+je\s+(?:ne\s+)?le\s+vois\s+(?:pas|plus)",
    "es": r"\bel\s+futuro,?\s+no\s+lo\s+veo",
    "it": r"\bil\s+futuro,?\s+non\s+lo\s+vedo(?:\s+piu)?",
    "pt": r"\bo\s+futuro,?\s+(?:eu\s+)?nao\s+o\s+vejo|\bo\s+futuro,?\s+eu\s+nao\s+vejo",
}
_NOT_EVEN = (
    r"(?=\s*(?:$|[.!?;:\n])|,?\s*(?:nicht\s+mal|sogar|meme|ni|neanche|nemmeno|nem|solo|juste"
    r"|nur|so)\b)"
)
_FUTURE_GONE = {lang: f"(?:{p}){_NOT_EVEN}" for lang, p in _FUTURE_UNSEEN.items()}
_FUTURE_GATE = {"de": "zukunft", "fr": "avenir", "es": "futuro", "it": "futuro", "pt": "futuro"}

# --- no next year "for me" --------------------------------------------------------------------
# "es gibt kein nächstes Semester für mich", "não vai haver próximo ano para mim": the next
# term or year denied to the writer alone (not "no next season for the club").
_NO_NEXT_FOR_ME = {
    "de": r"\bes\s+gibt\s+(?:kein|keine)\s+(?:nachstes|nachste)\s+(?:semester|jahr|saison"
    r"|sommer|winter)\s+(?:mehr\s+)?fur\s+mich",
    "fr": r"\bil\s+(?:n'y\s+aura|y\s+aura)\s+pas\s+(?:d'annee|de\s+semestre|de\s+rentree)\s+"
    r"prochaine?\s+pour\s+moi",
    "es": r"\bno\s+(?:va\s+a\s+haber|habra)\s+(?:un\s+)?(?:proximo|otro)\s+(?:ano|curso"
    r"|semestre|verano)\s+para\s+mi",
    "it": r"\bnon\s+ci\s+sara\s+(?:un\s+)?(?:prossimo|altro)\s+(?:anno|semestre|estate)\s+per\s+me",
    "pt": r"\bnao\s+(?:vai\s+haver|havera)\s+(?:um\s+)?(?:proximo|outro)\s+(?:ano|semestre"
    r"|verao)\s+(?:para|pra)\s+mim",
}
_NO_NEXT = {lang: f"(?:{p}){_END}" for lang, p in _NO_NEXT_FOR_ME.items()}
_NO_NEXT_GATE = {"de": "fur mich", "fr": "pour moi", "es": "para mi", "it": "per me", "pt": "mim"}

# --- no longer there by a month or an event ahead -------------------------------------------
# "para febrero ya no estaré", "je pense pas être encore là en août", "fevereiro eu já não vou
# ver", "a luglio non ci arriverò": the writer gone before a named time. A trip, a move, a stay
# abroad or work named explains an absence and is not this.
_MONTH = (
    r"(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember"
    r"|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
    r"|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    r"|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|dezembro|navidad|noel|natale"
    r"|natal|weihnachten)"
)
_GONE_BY = {
    "de": rf"\bim\s+{_MONTH}\s+(?:bin\s+ich|werd\s+ich|werde\s+ich)\s+(?:eh\s+)?(?:nicht\s+mehr"
    r"|schon\s+nicht\s+mehr)\s+(?:da|hier)(?:\s+sein)?",
    "fr": rf"\bje\s+(?:ne\s+)?(?:pense|crois)\s+pas\s+etre\s+encore\s+la\s+(?:en|a)\s+{_MONTH}"
    r"|\bje\s+(?:ne\s+)?serai\s+plus\s+la\s+pour\s+\w+",
    "es": rf"\b(?:para|en)\s+{_MONTH}\s+ya\s+no\s+(?:estare|voy\s+a\s+estar)"
    r"|\bno\s+creo\s+que\s+llegue\s+a\s+ver(?:la|lo)"
    r"|\bse\s+que\s+no\s+estare",
    "it": rf"\b(?:a|per|entro)\s+{_MONTH}\s+non\s+ci\s+arrivero",
    "pt": rf"\b{_MONTH}\s+(?:eu\s+)?ja\s+nao\s+(?:vou\s+ver|vejo|vou\s+estar\s+(?:ca|aqui))"
    r"|\bja\s+nao\s+vou\s+(?:la|ca)\s+estar",
}
# moving house said with the verb ("zieh ja nach Berlin", "me mudo a Madrid")
_MOVING = (
    r"zieh\w*\s+(?:ja\s+|bald\s+)?(?:nach|um)|umzieh\w*|me\s+mudo|me\s+voy\s+a\s+vivir"
    r"|mudo-me|vou\s+(?:me\s+)?mudar|mi\s+trasferisco|je\s+demenage"
)
_NOT_AWAY = (
    r"(?![^.!?\n]*\b(?:auslandssemester|reise|umzug|ausland|urlaub|arbeit|voyage|demenag\w*"
    r"|etranger|vacances"
    r"|boulot|travail|viaje|mudanza|extranjero|vacaciones|trabajo|erasmus|viaggio|trasloco"
    r"|estero|vacanza|lavoro|viagem|mudanca|exterior|ferias|trabalho|intercambio|mission"
    rf"|stage|chantier|turno|guardia|{_MOVING})\b)"
)
_GONE = {lang: rf"(?:^|(?<=[.!?\n])){_NOT_AWAY}[^.!?\n]*?(?:{p})" for lang, p in _GONE_BY.items()}
_GONE_GATE = {
    "de": "nicht mehr",
    "fr": "encore|plus la",
    "es": "ya no|llegue|estare",
    "it": "arrivero",
    "pt": "ja nao",
}

# --- a thing let lapse, as it will not be needed --------------------------------------------
# "nicht verlängert, brauch ich eh nicht mehr", "j'ai pas pris de forfait, je vais pas en avoir
# besoin", "Dejé que caducara el carnet, total, para qué lo voy a necesitar", "Ho lasciato
# scadere la patente, tanto a cosa mi serve": a renewal skipped and the thing no longer needed.
# Never using it ("je n'y vais jamais"), a new one or a move named is an ordinary choice.
_LAPSED = {
    "de": r"\bnicht\s+(?:verlangert|erneuert)|\bkein\w*\s+\w*abo\s+gekauft|\babgesagt",
    "fr": r"\b(?:pas|plus)\s+renouvele|\bpas\s+pris\s+de\s+(?:forfait|abonnement)|\bj'ai\s+annule",
    "es": r"\bdeje\s+que\s+caduc\w+|\bno\s+renove|\bdeje\s+vencer",
    "it": r"\b(?:ho\s+lasciato\s+scadere|non\s+ho\s+rinnovato)",
    "pt": r"\b(?:nao\s+renovei|deixei\s+(?:caducar|vencer|expirar))",
}
_NOT_NEEDED = {
    "de": r"(?:brauch|brauche)\s+ich\s+(?:eh|sowieso|ja)?\s*nicht\s+mehr"
    r"|ich\s+(?:werd's|werde\s+es|werd\s+es)\s+nicht\s+mehr\s+brauchen",
    "fr": r"je\s+(?:ne\s+)?vais\s+pas\s+en\s+avoir\s+besoin|je\s+(?:n'en\s+)?aurai\s+plus\s+besoin"
    r"|je\s+(?:ne\s+)?serai\s+plus\s+la",
    "es": r"para\s+que\s+(?:lo|los|la|las)\s+voy\s+a\s+necesitar"
    r"|ya\s+no\s+(?:lo|los|la|las)\s+(?:voy\s+a\s+)?necesit\w+",
    "it": r"tanto\s+a\s+(?:cosa|che)\s+mi\s+serv(?:e|ono)|non\s+mi\s+servir(?:a|anno)\s+piu",
    "pt": r"nao\s+vou\s+(?:mais\s+)?precisar|ja\s+nao\s+(?:me\s+)?(?:serve|vai\s+servir)",
}
_NOT_CHOICE = (
    r"(?![^.!?\n]*\b(?:nie|niemals|jamais|nunca|mai|neues|neuen|nouveau|nouvelle|nuevo|nueva"
    r"|nuovo|nuova|novo|nova|umzug|demenag\w*|mudanza|trasloco|mudanca|auto|voiture|coche|carro"
    rf"|macchina|fahrrad|velo|bici\w*|{_MOVING})\b)"
)
# (the reason may follow in the next sentence: "No renové el pasaporte. Ya no lo voy a
# necesitar."; the guard is read in both)
_LAPSE = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_CHOICE}[^.!?\n]*?(?:{_LAPSED[lang]})[^!?\n]{{0,60}}?"
    rf"(?:{_NOT_NEEDED[lang]}){_NOT_CHOICE}"
    for lang in _LAPSED
}
_LAPSE_GATE = {
    "de": "nicht mehr",
    "fr": "besoin|plus la",
    "es": "necesit",
    "it": "serve|servira",
    "pt": "precisar|serv",
}

# --- an occasion ahead thought of as held without the writer -------------------------------
# "ich hab gedacht, die findet ohne mich statt", "en me disant qu'il se ferait sans moi": the
# writer's own thought that a coming party will go on without them. A trip, a shift or being
# away named after it explains it (``_NOT_AWAY``; one named before it is weighed by the
# everyday occasions).
_WITHOUT_ME = {
    "de": r"\b(?:gedacht|denk(?:e)?\s+(?:ich|nur)),?\s+(?:die|der|das)\s+(?:findet|wird)\s+"
    r"ohne\s+mich\s+(?:statt|stattfinden|gefeiert)",
    "es": r"\b(?:pense|pienso|me\s+dije)\s+que\s+(?:sera|seria|se\s+hara|se\s+haria)\s+sin\s+mi",
    "it": r"\b(?:ho\s+pensato|penso)\s+che\s+(?:si\s+fara|sara|si\s+farebbe)\s+senza\s+di\s+me",
    "pt": r"\b(?:pensei|penso)\s+que\s+(?:vai\s+ser|sera|seria)\s+sem\s+mim",
}
# (the guard reads on from the thought, so the match opens at the writer's own verb and the
# party's "il" / "elle" inside it is not taken for someone else's act)
_HELD_WITHOUT = {lang: rf"(?:{p}){_END}{_NOT_AWAY}" for lang, p in _WITHOUT_ME.items()}
# (French: the party's "qu'elle se fera" is read ahead, so that it is not taken for her act)
_HELD_WITHOUT["fr"] = (
    r"\b(?:en\s+me\s+disant|je\s+me\s+(?:dis|suis\s+dit\w*)|j'ai\s+pense)(?=\s+qu'(?:il|elle)"
    rf"\s+se\s+(?:fera|ferait)\s+sans\s+moi{_END}{_NOT_AWAY})"
)
_WITHOUT_GATE = {
    "de": "ohne mich",
    "fr": "sans moi",
    "es": "sin mi",
    "it": "senza di me",
    "pt": "sem mim",
}


RULES: tuple[Rule, ...] = (
    _family("future_unseen", Category.NO_FUTURE, _CON, _FUTURE_GONE, _FUTURE_GATE)
    + _family("no_next_for_me", Category.NO_FUTURE, _CON, _NO_NEXT, _NO_NEXT_GATE)
    + _family("gone_by", Category.NO_FUTURE, _CON, _GONE, _GONE_GATE)
    + _family("lapsed_not_needed", Category.NO_FUTURE, _CON, _LAPSE, _LAPSE_GATE)
    + _family("held_without_me", Category.NO_FUTURE, _CON, _HELD_WITHOUT, _WITHOUT_GATE)
)

__all__ = ["RULES"]
