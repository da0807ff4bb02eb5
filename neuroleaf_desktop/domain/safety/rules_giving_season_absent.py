"""A thing handed on because the writer will not be there for a time to come, in six languages.

Why: "Il gozzo l'ho intestato a mio cugino, e gli ho detto di tenerlo lui che io non ci sarò per
la stagione" was unread: the giving families read a handing-on with "I won't need it" or "I
won't be here" closing the sentence, and "non ci sarò" given a time ("per la stagione", "for
the summer", "para la temporada") was left to mean an ordinary absence. Beside a thing handed
on for good, the writer missing a whole season, summer, Christmas or year ahead is the reason
the thing goes: the giving and the absence together are the sign, as each alone is not.

What stays out: an absence explained by work, a trip or a stay (``not_away_for_work_or_a_stay``);
a thing lent or looked after ("to mind", "finché torno", "until I'm back"); a move elsewhere
("me voy a Chile", "ich ziehe nach Graz").
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family
from neuroleaf_desktop.domain.safety.rules_core_signs import not_away_for_work_or_a_stay

_S = r"[^.!?\n]"
_HANDED = {
    "en": r"\b(?:gave|given|handed|signed\s+over|left|passed\s+on|told\s+(?:him|her|them)\s+to"
    r"\s+keep)\b",
    "it": r"\b(?:regalat[oa]|intestat[oa]|lasciat[oa]|dat[oa]|passat[oa]|tenerl[oa]\s+lui"
    r"|tenerl[oa]\s+lei|tienil[oa])\b",
    "es": r"\b(?:regale|di|deje|pase|puse\s+a\s+nombre\s+de|que\s+se\s+(?:lo|la)\s+quede)\b",
    "pt": r"\b(?:dei|deixei|passei|ofereci|pus\s+em\s+nome\s+d[oa]|que\s+fique\s+com\s+ele)\b",
    "fr": r"\b(?:donne|laisse|passe|offert|mis\s+au\s+nom\s+de|qu'\s*il\s+(?:le|la)\s+garde)\b",
    "de": r"\b(?:geschenkt|gegeben|vermacht|u(?:e)?berlassen|u(?:e)?berschrieben|soll\s+(?:es|ihn"
    r"|sie)\s+behalten)\b",
}
_NOT_THERE_FOR = {
    "en": r"\bi\s+(?:won'?t|will\s+not)\s+be\s+(?:here|there|around)\s+for\s+(?:the\s+(?:season"
    r"|summer|winter|next\s+\w+)|christmas|next\s+(?:year|season|summer))\b",
    "it": r"\bnon\s+ci\s+saro\s+(?:piu\s+)?per\s+(?:la\s+stagione|l'\s*estate|l'\s*inverno|natale"
    r"|il\s+prossimo\s+anno|l'\s*anno\s+prossimo|la\s+prossima\s+\w+)\b",
    "es": r"\bno\s+(?:voy\s+a\s+estar|estare)\s+(?:aqui\s+)?para\s+(?:la\s+temporada|el\s+verano"
    r"|el\s+invierno|navidad|el\s+ano\s+que\s+viene|la\s+proxima\s+\w+)\b",
    "pt": r"\bnao\s+(?:vou\s+(?:ca\s+)?estar|estarei)\s+(?:ca\s+|aqui\s+)?(?:para|pra|no|na)\s+"
    r"(?:a\s+epoca|o\s+verao|o\s+inverno|natal|o\s+ano\s+que\s+vem|a\s+proxima\s+\w+)\b",
    "fr": r"\bje\s+ne\s+serai\s+(?:pas|plus)\s+(?:la\s+)?pour\s+(?:la\s+saison|l'\s*ete"
    r"|l'\s*hiver|noel|l'\s*annee\s+prochaine|la\s+prochaine\s+\w+)\b",
    "de": r"\bich\s+(?:bin|werde)\s+(?:in\s+der\s+saison|im\s+sommer|im\s+winter|an\s+weihnachten"
    r"|na(?:e)?chstes\s+jahr)\s+nicht\s+mehr\s+(?:da|dabei)\b",
}
# … never lent until a return ("until I'm back", "finché torno", "hasta que vuelva")
_NOT_LENT = (
    rf"(?!{_S}*\b(?:until\s+i'?m\s+back|till\s+i'?m\s+back|to\s+mind|finche\s+torno"
    r"|hasta\s+que\s+vuelva|ate\s+eu\s+voltar|jusqu'\s*a\s+mon\s+retour|bis\s+ich\s+zuru(?:e)?ck"
    # … nor away for work, studies or a trip, in any language's plainest words
    r"|working|work|job|stage|je\s+pars|voyage|travail|lavoro|trabajo|trabalho|arbeit\w*|erasmus"
    r"|praktikum|tirocinio|practicas|estagio)\b)"
)
# … a word after "voy a" that is a verb (the near future) or an article (a place of the day, a
# river or a bridge, as likely as a town): not read as a place moved to
_NOT_A_PLACE = (
    r"(?:[a-z]+(?:ar|er|ir|are|ere|ire|rre)(?:me|te|se|lo|la|le|nos|mi|ti|si|ci)?\b"
    r"|(?:o|a|os|as|el|la|los|las|al|il|lo|le|un|una|uno|um|uma|casa)\b)"
)
# … nor a move elsewhere: a place gone to to live ("me voy a Chile", "vou para Lisboa"), told
# apart from the near future by the word after it not being a verb ("me voy a morir" stays)
_NOT_MOVING = (
    rf"(?!{_S}*\b(?:moving|move\s+to|emigrat\w*|relocat\w*|me\s+mudo|me\s+traslado"
    rf"|me\s+voy\s+a\s+vivir|(?:me\s+)?voy\s+(?:a|para)\s+(?!{_NOT_A_PLACE})[a-z]+"
    rf"|(?:me\s+)?mudo|vou\s+morar|vou\s+(?:para|pra)\s+(?!{_NOT_A_PLACE})[a-z]+"
    rf"|mi\s+trasferisco|vado\s+a\s+vivere|vado\s+(?:a|in)\s+(?!{_NOT_A_PLACE})[a-z]+"
    r"|je\s+demenage|je\s+m'\s*installe|ich\s+ziehe|umzug|auswander\w*|ich\s+gehe\s+nach"
    r"|emigr\w*)\b)"
)

RULES: tuple[Rule, ...] = family(
    "giving_season_absent",
    "handed_for_good",
    Category.GIVING_AWAY,
    Severity.CONCERN,
    {
        lang: rf"(?:^|(?<=[.!?\n])){_NOT_LENT}{_NOT_MOVING}{_S}*?(?:{_HANDED[lang]}){_S}{{0,120}}?"
        rf"(?:{_NOT_THERE_FOR[lang]}){not_away_for_work_or_a_stay()}"
        for lang in _HANDED
    },
    {
        "en": "season|summer|winter|christmas|next",
        "it": "stagione|estate|inverno|natale|prossim",
        "es": "temporada|verano|invierno|navidad|viene|proxima",
        "pt": "epoca|verao|inverno|natal|vem|proxima",
        "fr": "saison|ete|hiver|noel|prochaine",
        "de": "saison|sommer|winter|weihnachten|jahr",
    },
)

__all__ = ["RULES"]
