"""A treasured thing handed on for good, or a list of who gets what, read as frames of two
parts in six languages.

Why: giving away is rarely told with a dark word. It is told by the act (a thing given, left,
signed over, taken round to someone) and by the one detail that makes the act final: it is
theirs for good, for keeps, forever; the writer will not need it again or is done with it
all; asked when they want it back, they said never. The things change with every writer (a
saddle, fishing rods, a steel pan, a Vespa, a cat) while the two parts stay, so the frame
reads the parts and never the thing: "handed my saddle to the neighbour's girl for good",
"my rods are his for keeps now, I'll not be back on the pier", "den Hund zur Schwester
gebracht, sie soll ihn für immer behalten", "le regalé la bici a mi primo, que no me la
devuelva nunca", "je les ai laissés à mon neveu, à garder pour toujours", "la Vespa l'ho
lasciata al figlio dei vicini, tienila tu", "deixei o cachorro com a vizinha, falei que é
definitivo".

The two parts may stand in neighbouring short sentences of one line ("Signed the dog over to
my neighbour. She kept asking when I'd want him back and I just said never."), so the frame
reads across a line, not only a sentence.

The same act is told ahead of time as a list the writer writes of who gets their things ("I
wrote down who gets what in the back of my diary", "hab aufgeschrieben, wer den Hund bekommt",
"anoté quién se queda con mis libros", "j'ai écrit qui reçoit quoi", "ho scritto chi prende
cosa", "anotei quem fica com o quê"): the writing and the "who gets" are the two parts.

What stays out: a sale (sold, verkauft, vendu: ``moving_selling`` look-alikes never have the
act); a loan or a plain present with nothing final beside it ("lent my guitar to Sam",
"gave my nephew my old bike, he's thrilled"); a thing given because the writer is moving,
has a new job or a new life (``rules_plans.drops`` reads the entry, as for a journey with no
way back); "for good" of luck or a cause ("for good luck", "for a good cause"); a list of
who gets what of a secret santa, a holiday's rooms or chores, presents or a divorce
(``shared_out``). Negation and whose act it is (his tools given away) are judged in
``context``. Text is case- and accent-folded first.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety import rules_giving_unlent
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_LINE, Rule, either_order, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, no_handing_on_reason
from neuroleaf_desktop.domain.safety.rules_intl_frames_left_behind import NOT_REPLACED

# --- the act: a thing handed on by the writer ------------------------------------------------
# A habit, a job, a place or a notice left or given up is no thing handed on ("gave up smoking
# for good", "left the band for good", "dejé de fumar para siempre", "j'ai laissé tomber").
NOT_A_THING = {
    "en": r"(?!\s+(?:up|in|notice|my\s+notice|(?:my|the|our)\s+(?:job|work|band|team|club|group"
    r"|chat|school|uni|town|city|country|flat|house|area))\b)(?!\s+(?:home|town|work|school)\b)",
    "de": "",
    "es": r"(?!\s+(?:de|cuenta)\b)",
    "fr": r"(?!\s+tomber\b)",
    "it": r"(?!\s+(?:perdere|stare|(?:il|la)\s+(?:lavoro|citta|scuola|squadra|gruppo))\b)",
    "pt": r"(?!\s+(?:de|pra\s+la)\b)",
}
# A partner left for good is a parting, not a thing handed on ("dejé a mi novio para siempre",
# "left my boyfriend for good"): read after the verbs of leaving only, since "le di a mi
# novia mi reloj" gives a thing to a partner.
NOT_A_PARTNER = (
    r"(?![^.!?]{0,12}\b(?:novi[oa]|pareja|espos[oa]|marido|mujer|namorad[oa]|mulher|ragazz[oa]"
    r"|marito|moglie|compagn[oa]|fidanzat[oa]|companheir[oa]|copain|copine|mari|femme|compagnon"
    r"|compagne|freund|freundin|mann|frau|partner\w*|ex|boyfriend|girlfriend|husband|wife"
    r"|fiance\w*)\b)"
)
_GIVEN = {
    "en": r"gave|given|handed|passed|left(?![^.!?]{0,12}\b(?:boyfriend|girlfriend|husband|wife"
    r"|partner|fiance\w*|ex)\b)|signed\s+(?:\w+\s+){1,3}?over|dropped|took|drove"
    # the thing now held by its new keeper: "Declan has my rods now", "my pc went to my bro"
    r"|rehomed|posted|(?:has|'s)\s+(?:got\s+)?my|got\s+my|went\s+to\s+my"
    # the thing now someone's: "the canoe's Mikey's now"
    r"|(?<=\w)(?:'s|\s+is|\s+are)\s+[a-z]+'s\s+now"
    # … or said to be theirs: "all now belong to the boy next door"
    r"|(?:now\s+)?belongs?\s+to"
    # … or taken round to theirs, or taken in by them: "went round to my cousin's", "the
    # neighbour's agreed to take her"
    r"|went\s+(?:round|over)\s+to|(?:agreed|offered)\s+to\s+take\s+(?:her|him|it|them)",
    "de": r"geschenkt|verschenkt|gegeben|gebracht|bracht|u(?:e)?berschrieben|vermacht"
    r"|hat\s+jetzt\s+mein\w*|(?:kriegt|bekommt|kriegen|bekommen)\s+mein\w*"
    r"|u(?:e)?berlassen|gschankt|gschenkt|gebn|(?:ist|sind)\s+jetzt\s+bei",
    # (… or now theirs: "ya son de mi primo", "adesso sono di Matteo", "sont chez Kévin
    # maintenant", "agora são do meu irmão")
    "es": rf"regale|di|deje{NOT_A_PARTNER}|lleve|pase|mande|reparti|entregue|se\s+llevo\s+mi"
    r"|(?:ya|ahora)\s+(?:es|son)\s+de",
    "fr": r"donne|donnes|laisse|laisses|remis|offert|offerts|confie|confies"
    r"|(?:est|sont)\s+chez\s+\w+\s+maintenant"
    # whose it is now: "sont à mon cousin maintenant"
    r"|(?:est|sont)\s+a\s+(?:mon|ma|mes|son|sa)\s+\w+\s+maintenant",
    "it": r"lasciato|lasciata|lasciati|lasciate|dato|data|dati|regalato|regalata|regalati"
    r"|portato|portata|intestato|(?:adesso|ora|ormai)\s+(?:e|sono)\s+d(?:i|el|ella|ei)|(?:s'?\s*e|si\s+e)\s+portat[oa]\s+via\s+(?:la\s+|il\s+|i\s+|le\s+)?mi",
    "pt": rf"dei|deixei{NOT_A_PARTNER}|passei|entreguei|levei|mandei|doei"
    r"|levou\s+(?:o\s+|a\s+)?(?:meu|minha)"
    r"|fic(?:ou|aram)\s+com\s+(?:a|o|as|os)\s+(?:minha|meu|minhas|meus)"
    r"|(?:ja|agora)\s+(?:e|sao)\s+d[oa]s?",
}
HANDED_ON = {lang: rf"\b(?:{_GIVEN[lang]})\b{NOT_A_THING[lang]}" for lang in _GIVEN}
_EN_SURPLUS = (
    r"(?![^\n]{0,160}\b(?:litter|spare|extra|(?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+(?:into"
    r"|starting|getting\s+into|learning|taking\s+up)|needs?\s+(?:it|them)\s+more)\b)"
)
# … with no reason for parting in the rest of the line (a new one bought, outgrown, a litter, a
# move, the receiver's new hobby), nor, in the other languages, a thing replaced, a resignation,
# a gift to a library or a church (``rules_intl_frames_left_behind.NOT_REPLACED``)
_HANDED_ON_FREELY = {
    lang: (
        HANDED_ON[lang] + no_handing_on_reason(lang) + _EN_SURPLUS
        if lang == "en"
        else NOT_REPLACED + HANDED_ON[lang] + no_handing_on_reason(lang)
    )
    for lang in HANDED_ON
}

# --- what makes it final: theirs for good, not needed again, never wanted back --------------
FOR_GOOD = {
    # ("for good" closing its clause, not "for good luck", "for good food")
    "en": r"\bfor\s+(?:good|keeps)\b(?=\s*(?:$|[.,;:!?)\n]|(?:now|and|but|so|she|he|they|i|this"
    r"|today|then|too)\b))"
    r"|\b(?:his|hers|theirs|yours)\s+(?:now\s+)?forever\b|\bkeep\s+(?:it|them|him|her)\s+"
    r"(?:forever|always)\b"
    r"|\bi\s+(?:won'?t|wont|will\s+not|ain'?t\s+going\s+(?:to\s+)?|(?:'?ll|will)\s+not)\s+"
    r"(?:be\s+)?need(?:ing)?\s+(?:it|them|him|her|none\s+of\s+it)\s+(?:soon|where\s+i'?m\s+going)\b"
    r"|\bi\s+have\s+no\s+use\s+(?:left\s+)?for\s+(?:it|them)\b"
    r"|\bi'?m\s+(?:done|finished)\s+with\s+(?:all\s+of\s+it|it\s+all|everything)\b"
    r"(?!\s+for\s+(?:today|tonight|now|the\s+(?:day|night|week)|this\s+week))"
    r"|\b(?:just\s+)?said\s+never\b|\bgive\s+it\s+back,?\s+ever\b"
    # the receiver told not to give it back ("told him to keep it" is a present's word too, and
    # a loan's for a trip): "told him not to return it"
    r"|\btold\s+(?:him|her|them|the\s+\w+)\s+not\s+to\s+(?:return|give\s+(?:it|them)\s+back"
    r"|bring\s+(?:it|them)\s+back)\b"
    # asked why and given no reason: "she asked why and I just said because"
    r"|\basked\s+(?:me\s+)?why,?\s+(?:and\s+)?i\s+(?:just\s+)?said\s+(?:because|no\s+reason)"
    r"(?=\s*(?:$|[.!?;\n]))"
    # theirs from now on: "from now on it's hers"
    r"|\bfrom\s+now\s+on\s+(?:it'?s|they'?re|it\s+is|they\s+are)\s+(?:his|hers|theirs|yours)\b"
    # the writer not coming for it, or not out with it again: "said keep them, I won't be
    # collecting", "I won't be out on the lake again"
    r"|\bi\s+(?:won'?t|wont|will\s+not)\s+be\s+(?:collecting|coming\s+for|picking\s+up)"
    r"(?:\s+(?:it|them))?(?=\s*(?:$|[.!?,;\n]))"
    r"|\bi\s+(?:won'?t|wont|will\s+not)\s+be\s+(?:out|back)\s+(?:on|in|at)\s+(?:the\s+)?\w+\s+"
    r"again\b"
    # … or the loan told them taken back at once: "said it was just for a while. It isn't."
    r"|\bsaid\s+it\s+was\s+(?:just\s+|only\s+)?(?:for\s+a\s+(?:while|bit)|temporary|a\s+loan)"
    r"\W+(?:but\s+)?it\s+(?:isn'?t|is\s+not|wasn'?t)\b"
    # theirs to have, and the writer done: "he can have it, I'm done"
    r"|\b(?:he|she|they)\s+can\s+(?:have|keep)\s+(?:it|them)\W+(?:i'?m|i\s+am)\s+done"
    r"(?=\s*(?:$|[.!?;,\n]))",
    "de": r"\bfu(?:e)?r\s+immer\b|\bdauerhaft\b|\bich\s+bin\s+fertig\s+mit\s+allem\b"
    r"|\bnie,?\s+hab\s+ich\s+gesagt\b"
    # "ich hab keine Verwendung mehr dafür", "nicht zurückgeben"
    r"|\bkeine\s+verwendung\s+mehr\s+(?:dafu(?:e)?r|davon)\b"
    r"|\bnicht\s+(?:mehr\s+)?zuru(?:e)?ck(?:zu)?(?:geben|bringen)\b"
    r"|\bab\s+jetzt\s+(?:geho(?:e)?rt|ist)\s+(?:er|sie|es|das)\s+(?:ihm|ihr|seins|ihrs)\b"
    r"|\bgefragt,?\s+warum,?\s+(?:und\s+)?ich\s+hab\s+(?:nur\s+)?gesagt,?\s+einfach\s+so\b"
    # the writer not going back to where it was used: "ich geh eh nicht mehr aufs Wasser"
    r"|\bich\s+(?:geh|gehe|fahr|fahre|komm|komme)\s+(?:eh\s+|sowieso\s+)?(?:nie\s+mehr|nicht\s+mehr)"
    r"\s+(?:aufs|ins|in\s+den|an\s+den|zum)\s+\w+\b",
    "es": r"\b(?:pa|para)\s+siempre\b|\bse\s+acabo\s+todo\s+para\s+mi\b"
    r"|\bque\s+no\s+me\s+(?:l[oa]s?\s+)?(?:devuelva|regrese)n?(?:\s+nunca)?\b|\bnunca,?\s+le\s+dije\b"
    # the keeper told it is no loan, or that there is no need to give it back
    r"|\bno\s+(?:hace\s+falta|tiene\s+que|necesita)\s+(?:que\s+)?(?:me\s+)?(?:l[oa]s?\s+)?"
    r"(?:devuelv|regres|devolver)\w*"
    r"|\ble\s+dije\s+que\s+no\s+(?:es|era|fue)\s+(?:un\s+)?prestamo\b"
    r"|\bdonde\s+voy\s+(?:ya\s+)?no\s+(?:l[oa]s?\s+)?(?:voy\s+a\s+)?necesit\w+"
    r"|\ba\s+partir\s+de\s+ahora\s+(?:se\s+l[oa]s?\s+queda|(?:es|son)\s+suy[oa]s?)\b"
    r"|\bpor\s+que,?\s+(?:y\s+)?(?:yo\s+)?le\s+dije\s+(?:que\s+)?porque\s+si\b"
    # not wanted back: "no las quiero de vuelta"
    r"|\bno\s+(?:l[oa]s?\s+)?quiero\s+de\s+vuelta(?:\s+nunca)?(?=\s*(?:$|[.!?,;\n]))"
    # the writer not going back to where it was used: "yo ya no vuelvo al agua"
    r"|\b(?:yo\s+)?ya\s+no\s+vuelvo\s+(?:a|al)\s+(?:la\s+|el\s+)?\w+\b",
    "fr": r"\bpour\s+(?:toujours|de\s+bon)\b|\bfini\s+tout\s+(?:ca|cela)\s+pour\s+moi\b"
    r"|\bdefinitif\b|\bla\s+ou\s+je\s+vais\s+j'?\s*en\s+ai\s+(?:plus|pu)\s+besoin\b"
    r"|\bjamais,?\s+j'?\s*ai\s+dit\b"
    r"|\b(?:lui|leur)\s+ai\s+dit\s+de\s+ne\s+(?:pas|jamais|plus)\s+me\s+(?:le|la|les)\s+rendre\b"
    r"|\b(?:lui|leur)\s+ai\s+dit\s+que\s+(?:c'\s*(?:est|etait)|ce\s+n'\s*(?:est|etait))\s+"
    r"(?:pas|plus)\s+un\s+pret\b"
    # for this season and every one after: "pour cette saison et toutes les suivantes"
    r"|\bpour\s+(?:cette|cet)\s+(?:saison|annee|ete|hiver)\s+et\s+(?:toutes\s+les|tous\s+les)"
    r"\s+(?:suivant\w*|autres)\b"
    r"|\bdesormais\s+c'\s*est\s+(?:a\s+)?(?:lui|elle)\s+qui\s+(?:le|la|les)\s+garde\b"
    # the writer not going back to where it was used: "je ne retournerai plus à l'eau"
    r"|\bje\s+ne\s+(?:retournerai|reviendrai|retourne)\s+plus\s+(?:a|au|sur)\s+(?:la\s+|l'\s*|le\s+)?\w+",
    "it": r"\bper\s+sempre\b|\bper\s+me\s+e\s+finita\s+con\s+tutto\b|\btienil[aie]\s+tu\b"
    r"|\btienitel[aeio]\b|\bnon\s+ridarmel[aeio]\s+mai\b|\bmai,?\s+(?:gli|le)\s+ho\s+detto\b"
    r"|\bdefinitiv[oa]\b"
    r"|\b(?:gli|le)\s+ho\s+detto\s+di\s+non\s+(?:ridarmel[aeio]|restituirmel[aeio])\b"
    r"|\b(?:gli|le)\s+ho\s+detto\s+che\s+non\s+e\s+(?:un\s+)?prestito\b"
    # his to keep from now on: "d'ora in poi la tiene lui"
    r"|\bd'\s*ora\s+in\s+(?:poi|avanti)\s+(?:l[aoie]\s+)?tiene\s+(?:lui|lei)\b"
    r"|\bper\s+questa\s+stagione\s+e\s+(?:tutte\s+le\s+(?:prossime|altre|successive))\b"
    # let them keep it, the writer has closed: "che la tenga lui, io ho chiuso"
    r"|\bche\s+l[aoie]\s+tenga\s+(?:lui|lei|loro)\W+(?:io\s+)?ho\s+chiuso\b"
    r"|\b(?:io\s+)?non\s+torno\s+piu\s+(?:in|al|a|sul|sulla)\s+(?:l'\s*)?\w+",
    "pt": r"\b(?:pra|para)\s+sempre\b|\b(?:pra|para)\s+mim\s+acabou\s+tudo\b|\bdefinitivo\b"
    r"|\bonde\s+(?:eu\s+)?vou\s+(?:ja\s+)?nao\s+(?:vou\s+)?precis\w+|\bnunca,?\s+eu\s+disse\b"
    # "disse-lhe que não me devolvesse"
    r"|\bque\s+nao\s+(?:me\s+|ma\s+|mo\s+|mas\s+|mos\s+)(?:\w+\s+)?devolv\w+"
    r"|\bnao\s+(?:precisa|tem\s+que)\s+(?:de\s+)?(?:me\s+)?devolver\b"
    r"|\bdisse(?:-lhe)?\s+que\s+nao\s+(?:e|era|foi)\s+(?:um\s+)?emprestimo\b"
    r"|\ba\s+partir\s+de\s+agora\s+fica\s+com\s+(?:ele|ela)\b"
    r"|\bperguntou\s+(?:porque|por\s+que),?\s+(?:e\s+)?(?:eu\s+)?disse\s+porque\s+sim\b"
    # the writer not going back to where it was used: "eu já não volto à água"
    r"|\b(?:eu\s+)?(?:ja\s+)?nao\s+volto\s+(?:mais\s+)?(?:a|ao|para\s+[oa])\s+\w+",
}
_GATE = {
    "en": "good|keeps|forever|always|need|no use|never|ever|all of it|it all|everything|told"
    "|why|now on|collecting|coming for|picking up|again|said it was|done",
    "de": "immer|dauerhaft|nie|allem|verwendung|zuruck|zurueck|ab jetzt|warum|mehr",
    "es": "siempre|nunca|necesit|acabo|devuel|regres|prestamo|falta|partir|porque|vuelta|vuelvo",
    "fr": "toujours|de bon|definitif|besoin|jamais|fini|rendre|pret|suivant|autres|desormais|plus",
    "it": "sempre|tieni|ridarmel|mai|definitiv|finita|restituir|prestito|tiene|stagione|chiuso"
    "|torno",
    "pt": "sempre|definitivo|precis|nunca|acabou|devolv|emprestimo|partir|porque|volto",
}

# --- a list of who gets what ---------------------------------------------------------------
# The writer writes down (sorts out, notes) who is to get their things …
_WRITTEN = {
    "en": r"\b(?:wrote|written|write|writing|made\s+a\s+list\s+of|making\s+a\s+list\s+of|sorted"
    r"(?:\s+out)?|noted|listed|labell?(?:ed|ing))\b",
    "de": r"\b(?:aufgeschrieben|geschrieben|notiert|aufgelistet|festgelegt)\b",
    "es": r"\b(?:anote|escribi|apunte|deje\s+escrito|hice\s+una\s+lista\s+de)\b",
    "fr": r"\b(?:ecrit|note|redige|fait\s+la\s+liste\s+de)\b",
    "it": r"\b(?:scritto|annotato|segnato|fatto\s+la\s+lista\s+di)\b",
    "pt": r"\b(?:anotei|escrevi|fiz\s+uma\s+lista\s+de|deixei\s+escrito)\b",
}
# … "who gets what", "wer was bekommt", "quién se queda con qué", "qui reçoit quoi".
_WHO_GETS = {
    # (not "who gets picked up first", "who gets to choose")
    "en": r"\bwho\s+(?:gets|should\s+(?:have|get)|is\s+to\s+(?:have|get))\b"
    r"(?!\s+(?:\w+ed|to|first|home|a\s+lift|paid|in)\b)",
    "de": r"\bwer\s+(?:was\b|(?:\w+\s+){1,6}?(?:bekommt|kriegt|bekommen\s+soll|kriegen\s+soll"
    r"|haben\s+soll)\b)",
    "es": r"\bquien\s+se\s+queda\s+con\b",
    "fr": r"\bqui\s+(?:aura|recoit|prend|doit\s+avoir|recevra|prendra)\b",
    "it": r"\bchi\s+(?:si\s+)?(?:prende|avra|ricevera)\b",
    "pt": r"\bquem\s+fica\s+com\b",
}
# Who gets what of a holiday's chores, a secret santa, a divorce or a move is no legacy.
_SHARED_OUT = re.compile(
    r"\b(?:secret\s+santa|holidays?|vacation|while\s+we'?re\s+away|divorce|split|break-?up"
    r"|chores?|rota|bunks?|seats?|rooms?|christmas|xmas|presents?|party|wedding|weekend"
    r"|urlaub|ferien|weihnacht\w*|wichteln|scheidung|trennung|vacaciones|navidad|amigo"
    r"\s+invisible|divorcio|vacances|noel|divorce|vacanze|natale|divorzio|ferias|natal"
    r"|amigo\s+secreto|divorcio)\b"
)
_WHO_GATE = {
    "en": "who",
    "de": "wer",
    "es": "quien",
    "fr": "qui",
    "it": "chi",
    "pt": "quem",
}

RULES: tuple[Rule, ...] = tuple(
    rule(
        f"{lang}_giving_for_good",
        Category.GIVING_AWAY,
        Severity.CONCERN,
        either_order(_HANDED_ON_FREELY[lang], FOR_GOOD[lang], 120, SAME_LINE),
        inherent=False,
        lang=lang,
        gate=_GATE[lang],
    )
    for lang in LANGS
) + tuple(
    rule(
        f"{lang}_giving_who_gets_what",
        Category.GIVING_AWAY,
        Severity.CONCERN,
        either_order(_WRITTEN[lang], _WHO_GETS[lang], 40),
        inherent=False,
        lang=lang,
        gate=_WHO_GATE[lang],
    )
    for lang in LANGS
)
# … and a thing said not to be a loan by a writer done with using it
RULES += rules_giving_unlent.RULES

NAMES = frozenset(r.name for r in RULES)
_LISTS = frozenset(r.name for r in RULES if r.name.endswith("_who_gets_what"))


def shared_out(rule_name: str, norm: str) -> bool:
    """True when a list of who gets what shares out a holiday's chores, presents, a divorce's
    things or a party's seats: read over the whole entry, where the occasion is often named."""
    return rule_name in _LISTS and _SHARED_OUT.search(norm) is not None


__all__ = ["FOR_GOOD", "HANDED_ON", "NAMES", "NOT_A_PARTNER", "NOT_A_THING", "RULES", "shared_out"]
