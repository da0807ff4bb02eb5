"""A means kept back, and the writer saying it is not for what it is for, in six languages.

Why: poison for ticks or rats, a vet's vials, a dead parent's morphine all have an ordinary use,
and a writer who keeps them for themselves often says so by denying that use: "nella stalla ho
messo da parte le fiale del veterinario, e non sono per le mucche", "guardei o veneno de
carrapato no paiol e não é para o gado", "I've hidden the rat bait in the shed and it's not for
the rats", "ich hab das Gift im Stall versteckt, und es ist nicht für die Ratten", "j'ai mis de
côté le poison à rats, et ce n'est pas pour les rats", "guardé el veneno en el pajar y no es
para las vacas". Three parts in one sentence: a keeping verb (set aside, hidden, kept), a means
(a poison, vials, ampoules, a medicine), and the ordinary use denied with "not for" closing the
clause. The use said right after it is another use ("not for the cows, it's for the calves",
"non per le mucche ma per i maiali"), and the sentence is left alone.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import CORE
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_S = r"[^.!?\n]"
_START = r"(?:^|(?<=[.!?\n]))"
# the writer keeping the thing back: set aside, hidden, kept, stored
_KEPT = {
    "en": r"(?:set|put|kept|squirrelled|stashed)\s+(?:\w+\s+){0,3}?(?:aside|away|back|by)|hid"
    r"|hidden|stashed|kept|keeping|stored|been\s+(?:saving|keeping)",
    "de": r"versteckt|beiseite(?:gelegt|geschafft)?|zur\s+seite\s+gelegt|aufgehoben|gebunkert"
    r"|gehortet|weggelegt",
    "fr": r"mis\s+de\s+cote|cache\w*|garde\w*|planque\w*|range\w*",
    "es": r"guarde|guardado|escondi|escondido|aparte|apartado|separe",
    "pt": r"guardei|guardado|escondi|escondido|separei|separado",
    "it": r"messo\s+da\s+parte|nascost[oaie]|tenut[oaie]\s+da\s+parte|conservat[oaie]|messo\s+via",
}
# a means: a poison, a vet's or a hospice's drugs, or the medicine words
_MEANS = {
    "en": r"poison|rat\s+bait|bait|sheep\s+dip|weedkiller|vials|ampoules|syringes|" + CORE["en"],
    "de": r"\w*gift|ampullen|spritzen|" + CORE["de"],
    "fr": r"poison|mort-aux-rats|fioles|ampoules|seringues|" + CORE["fr"],
    "es": r"veneno|matarratas|viales|ampollas|jeringas|" + CORE["es"],
    "pt": r"veneno|raticida|frascos|ampolas|seringas|" + CORE["pt"],
    "it": r"veleno|topicida|fiale|siringhe|" + CORE["it"],
}
# the ordinary use denied: the animals, the vermin, the garden, the pain it was for
_USERS = (
    r"(?:(?:the|my|die|den|les|la|le|las|los|el|o|os|a|as|le|i|gli|il)\s+)?"
    r"(?:cattle|cows?|sheep|stock|calves|horses?|dogs?|rats?|mice|ticks|foxes|garden|weeds"
    r"|animals|pain|rinder|ku(?:e)?he|schafe|vieh|pferde?|hunde?|ratten|ma(?:e)?use|zecken"
    r"|garten|tiere|schmerzen|vaches|moutons|betes|chevaux|chiens?|rats|souris|tiques|jardin"
    r"|animaux|vacas|ovejas|ganado|caballos|perros?|ratas|ratones|garrapatas|animales|gado"
    r"|bois|ovelhas|cavalos|cachorros?|ratos|carrapatos|bichos|mucche|pecore|bestiame"
    r"|cavalli|cani|topi|zecche|animali|orto)"
)
_NOT_FOR = {
    "en": r"(?:,\s*|\s+)and\s+(?:it'?s|they'?re|it\s+is|they\s+are|that'?s)\s+not\s+for\s+",
    "de": r"(?:,\s*|\s+)und\s+(?:es|sie|das)\s+(?:ist|sind)\s+nicht\s+fu(?:e)?r\s+",
    "fr": r"(?:,\s*|\s+)et\s+(?:ce\s+n'\s*est|ca\s+n'\s*est|ils\s+ne\s+sont|elles\s+ne\s+sont)"
    r"\s+pas\s+pour\s+",
    "es": r"(?:,\s*|\s+)y\s+no\s+(?:es|son)\s+para\s+",
    "pt": r"(?:,\s*|\s+)e\s+nao\s+(?:e|sao)\s+(?:para|pra|pro)\s+",
    "it": r"(?:,\s*|\s+)e\s+non\s+(?:e|sono)\s+per\s+",
}
# the clause closes on the use denied: not "…, it's for the calves", "ma per i maiali"
_CLOSED = (
    r"(?=\s*(?:$|[.!?;:\n]|,(?!\s*(?:it'?s|they'?re|but|sondern|mais|c'\s*est|sino|es|son|mas"
    r"|e\s+sim|sao|ma|sono|e\s+per)\b)))(?!\s+(?:but|sondern|mais|sino|mas|ma)\b)"
)


def _pattern(lang: str) -> str:
    return (
        rf"{_START}(?={_S}*?\b(?:{_KEPT[lang]})\b){_S}*?\b(?:{_MEANS[lang]})\b{_S}{{0,80}}?"
        rf"{_NOT_FOR[lang]}{_USERS}\b{_CLOSED}"
    )


RULES: tuple[Rule, ...] = family(
    "means_not_for",
    "use_denied",
    Category.GETTING_MEANS,
    Severity.CONCERN,
    {lang: _pattern(lang) for lang in _KEPT},
    {
        "en": "not for",
        "de": "nicht fur|nicht fuer",
        "fr": "pas pour",
        "es": "no es para|no son para",
        "pt": "nao e p|nao sao p",
        "it": "non e per|non sono per",
    },
)

__all__ = ["RULES"]
