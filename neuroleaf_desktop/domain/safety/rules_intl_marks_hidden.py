"""Self-harm told by the wound and its hiding, in German, French, Spanish, Portuguese and
Italian: cuts or a hurt done to oneself, on a part of the body, and the clothes that hide it
("Encore des entailles au poignet cette nuit, je cache tout sous le gilet", "me machuquei de
novo, na perna, onde a bermuda cobre", "porto le maniche lunghe così nessuno vede").

Three parts any wording of the sign needs, in any order within one sentence: the wound (a cut,
a mark, "I hurt myself"), the body part it is on, and its hiding (long sleeves, "under my
jumper", "where the shorts cover"). Why: writers of many batches tell it this way without a
word for the act, and each names a different garment, limb and verb; the three parts together
are what none of the look-alikes has. Kept out: a fall, a sport, cooking, a pet, an operation or
a doctor behind the wound, and someone else's wound.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_LANGS = ("de", "fr", "es", "pt", "it")
_START = r"(?:^|(?<=[.!?\n]))\s*"
_S = r"[^.!?\n]"

# --- the wound: cuts or marks, or a hurt done to oneself ------------------------------------------
_WOUND = {
    "de": r"schnitte?|ritzer|narben|(?:mich|mi)\s+(?:\w+\s+){0,2}?(?:geritzt|geschnitten|verletzt"
    r"|verbrannt)|(?:ritz|schneid)e?\s+(?:ich\s+)?mich",
    "fr": r"entailles?|coupures?|scarif\w*|me\s+suis\s+(?:\w+\s+)?(?:coupee?|blessee?|brulee?"
    r"|fait\s+mal)|je\s+me\s+(?:coupe|blesse|brule|fais\s+mal)",
    "es": r"cortes|cortaditas?|me\s+(?:\w+\s+)?(?:corte|lastime|queme|hice\s+dano|he\s+cortado"
    r"|he\s+lastimado)|me\s+(?:corto|lastimo|quemo|hago\s+dano)",
    "pt": r"cortes|cortezinhos|me\s+(?:\w+\s+)?(?:cortei|machuquei|queimei|feri)"
    r"|(?:cortei|machuquei|queimei|feri)-me|me\s+(?:corto|machuco|queimo|firo)",
    "it": r"tagli|taglietti|mi\s+sono\s+(?:\w+\s+)?(?:tagliat[oa]|ferit[oa]|bruciat[oa]"
    r"|fatt[oa]\s+male)|mi\s+(?:taglio|ferisco|brucio|faccio\s+male)",
}
# … or begun again: "me volví a cortar", "voltei a me cortar", "ho ricominciato a tagliarmi"
_AGAIN = {
    "de": r"wieder\s+angefangen,?\s+mich\s+zu\s+(?:ritzen|schneiden|verletzen)",
    "fr": r"recommence\w*\s+a\s+me\s+(?:couper|scarifier|bruler|faire\s+mal)",
    "es": r"(?:me\s+)?(?:volvi|vuelvo|he\s+vuelto)\s+a\s+(?:cortar|lastimar|quemar|hacer)(?:me)?",
    "pt": r"(?:voltei|volto|comecei|recomecei)\s+a\s+(?:me\s+(?:cortar|machucar|queimar|ferir)"
    r"|cortar-me|machucar-me)",
    "it": r"ricominci\w*\s+a\s+(?:tagliarmi|ferirmi|bruciarmi|farmi\s+male)",
}
_WOUND = {lang: rf"{p}|{_AGAIN[lang]}" for lang, p in _WOUND.items()}
# --- where on the body --------------------------------------------------------------------------
_BODY = {
    "de": r"handgelenk\w*|arm|arme|armen|unterarm\w*|oberschenkel\w*|bein|beine|beinen|bauch"
    r"|hu(?:e)?fte",
    "fr": r"poignets?|bras|avant-bras|cuisses?|jambes?|ventre|hanches?",
    "es": r"munecas?|brazos?|antebrazos?|muslos?|piernas?|panza|barriga|caderas?",
    "pt": r"pulsos?|bracos?|antebracos?|coxas?|pernas?|barriga|quadril",
    "it": r"polsi|polso|braccia|braccio|avambracci\w*|cosce|coscia|gambe?|pancia|fianchi",
}
# --- hidden under clothes -----------------------------------------------------------------------
_HIDDEN = {
    "de": r"versteck\w*|verdeck\w*|lange\s+a(?:e)?rmel|langen\s+a(?:e)?rmeln|wo\s+(?:man\s+es\s+)?"
    r"(?:keiner|niemand|man)\s+(?:es\s+)?(?:nicht\s+)?sieht|wo\s+(?:die|der|das)\s+\w+\s+"
    r"(?:es\s+)?(?:verdeckt|bedeckt|dru(?:e)?ber\s+ist)",
    "fr": r"cache\w*|planque\w*|manches\s+longues|sous\s+(?:le|la|les|mon|ma|mes)\s+(?:gilet|pull"
    r"|manches?|pantalon|jean|sweat|bracelets?|montre|chemise)",
    "es": r"escondo|escondid[oa]s|tapo|me\s+tapo|cubro|mangas?\s+largas?|pantalon(?:es)?\s+largos?"
    r"|donde\s+(?:\w+\s+){0,2}?(?:tapa|cubre|no\s+se\s+ve)",
    "pt": r"escondo|escondid[oa]s|cubro|tapo|mangas?\s+compridas?|calcas?\s+compridas?"
    r"|onde\s+(?:\w+\s+){0,2}?(?:cobre|tapa|ninguem\s+ve|nao\s+se\s+ve)",
    "it": r"nascond\w*|copro|maniche\s+lunghe|pantaloni\s+lunghi|dove\s+(?:\w+\s+){0,2}?(?:copre"
    r"|coprono|non\s+si\s+vede|nessuno\s+vede)",
}
# a fall, a sport, cooking, a pet, an operation or a doctor: an ordinary wound
_NOT_AN_ACCIDENT = (
    r"(?!" + _S + r"*\b(?:gestu(?:e)?rzt|hingefallen|sturz|unfall|fahrrad|rad|training|fussball"
    r"|kuche|kochen|katze|hund|operation|op|arzt|tombe\w*|chute|accident|velo|sport|match"
    r"|cuisine|chat|chien|operation|medecin|cai|caida|accidente|bici|bicicleta|futbol|cocina"
    r"|cocinando|gato|perro|operacion|cirugia|medico|caiu|queda|acidente|futebol|cozinha"
    r"|cozinhando|cachorro|cirurgia|caduto|caduta|incidente|calcio|cucina|cucinando|gatto|cane"
    r"|intervento|chirurg\w*|tatu\w*|tattoo|piercing|rasier\w*|rasoir|afeit\w*|depil\w*"
    r"|mosquito\w*|zanzar\w*|mucken|moustique\w*|sonne|soleil|sol|sole)\b)"
)
# someone else's wound: "mi hermana se corta", "mon amie se scarifie"
_NOT_SOMEONE_ELSE = (
    r"(?!" + _S + r"*\b(?:sie|er|elle|il|ella|el|ela|ele|lei|lui)\s+(?:se\s+|sich\s+)?"
    r"(?:ritzt|schneidet|coupe|scarifie|corta|lastima|machuca|taglia))"
)

_MARKS_HIDDEN = {
    lang: rf"{_START}{_NOT_AN_ACCIDENT}{_NOT_SOMEONE_ELSE}"
    rf"(?=[^.!?\n]*\b(?:{_BODY[lang]})\b)(?=[^.!?\n]*\b(?:{_HIDDEN[lang]}))"
    rf"{_S}*?\b(?:{_WOUND[lang]})\b"
    for lang in _LANGS
}
_MARKS_GATE = {
    "de": "schnitt|ritz|narben|verletz|verbrannt|geschnitten|schneid",
    "fr": "entaille|coupure|scarif|coupe|blesse|brule|mal",
    "es": "corte|corta|corto|lastim|quem|dano",
    "pt": "corte|corto|cortar|machu|queim|feri|firo",
    "it": "tagli|ferit|ferisc|ferir|bruci|male",
}

RULES: tuple[Rule, ...] = partial(family, "marks")(
    "hidden_under_clothes",
    Category.SELF_HARM,
    Severity.CONCERN,
    _MARKS_HIDDEN,
    _MARKS_GATE,
)

__all__ = ["RULES"]
