"""The Romance "if" (si / se) and "than" (que) told apart from the words spelt like them.

Why a module of its own: the everyday frames clear a threat said over a trifle "if" it happens
again ("me mato si la cola no avanza otra vez"), and the same two letters are the conditional
in one language and something else in the next. Spanish and French "se" and Italian "si" are
the reflexive or impersonal pronoun ("se me ocurrió", "si pensa a tutto"), never "if"; French
"si" is also "so" before an adjective ("si fatiguée"); Portuguese "se" is also the reflexive
("a fila não se mexe") and "se calhar" is "maybe". Taking any of those as a condition lets a
queue named nearby clear a meant sign, and a missed sign is harm. Each language therefore reads
only its own conditional, in the shape a condition takes in it (a subject, an article, a
negation or a conditional verb form after it); an entry whose language is unknown keeps the
broad reading.

"que" sets a threat against a trifle only as the "than" of a comparison ("prefiero morir que
hacer esta cola"); after a thought or a saying it is "that" ("en la cola se me ocurrió que
quiero matarme") and introduces the sign itself. So it counts only with a comparative of its
language before it in the sentence.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.rules import FLAGS

_BROAD = re.compile(r"\b(?:si|se)\b", FLAGS)

_IF_SI_SE: dict[str, re.Pattern[str] | None] = {
    # English and German have no "si" / "se": their "if" words are read by the caller
    "en": None,
    "de": None,
    # Spanish: "si" is "if" (the "sí" of assent folds to the same letters and is rarely
    # written next to a trifle); "se" is always the pronoun
    "es": re.compile(r"\bsi\b", FLAGS),
    # French: "si" with the subject of its clause after it ("si je", "s'il", "si la file"),
    # not "si" before an adjective or an adverb ("si fatiguée", "si longtemps")
    "fr": re.compile(
        r"\bsi\s+(?:je|j'|tu|il|ils|elle|elles|on|nous|vous|ca|cela|ce|c'|cette|cet|ces|le|la"
        r"|les|l'|un|une|des|du|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs"
        r"|personne|quelqu'?\s*un|rien|demain|jamais|encore|ce\s+soir|aujourd'?\s*hui)\b"
        r"|\bs'\s*ils?\b",
        FLAGS,
    ),
    # Italian: "se" is "if" ("se la coda", "se non si muove"), except in "se ne" and "se stesso",
    # where it is the pronoun; "si" is always the pronoun
    "it": re.compile(r"\bse\b(?!\s+(?:ne|stess[oaie])\b)", FLAGS),
    # Portuguese: "se" before a subject, an article, a negation, a clitic or a conditional verb
    # form (the future subjunctive "se demorar", "se tiverem", the past "se fosse"); not the
    # reflexive before a finite verb ("a fila se arrasta"), nor "se calhar" (maybe)
    "pt": re.compile(
        r"\bse\s+(?!calhar\b)(?:eu|tu|ele|ela|eles|elas|voce|voces|nos|a\s+gente|o|a|os|as|um"
        r"|uma|uns|umas|este|esta|esse|essa|isso|isto|aquele|aquela|meu|minha|teu|tua|seu|sua"
        r"|nosso|nossa|ninguem|alguem|nao|ja|mais|outra|outro|me|te|lhe|lhes|amanha|hoje"
        # (a self-harm verb after "se" is its reflexive infinitive: "vontade de se matar")
        r"|(?!(?:matar|suicidar|machucar|cortar|ferir|enforcar|jogar|atirar|afogar)\b)"
        r"\w+(?:ar|er|ir|or|rem|res|sse|ssem|ssemos))\b",
        FLAGS,
    ),
}


def said_if(sentence: str, lang: str) -> bool:
    """Does the folded ``sentence``, in ``lang``, hold a real "si" / "se" of condition?"""
    pattern = _IF_SI_SE.get(lang, _BROAD)
    return pattern is not None and pattern.search(sentence) is not None


# "que" after a thought or a saying is "that", when the language is unknown: the broad reading
_BROAD_THAN = re.compile(
    r"(?<!\bpensei\s)(?<!\bpenso\s)(?<!\bachei\s)(?<!\bacho\s)(?<!\bsenti\s)(?<!\bpense\s)"
    r"(?<!\bpienso\s)(?<!\bsiento\s)(?<!\bcrei\s)(?<!\bcreo\s)(?<!\bpensais\s)(?<!\bpensava\s)"
    r"(?<!\bpensaba\s)(?<!\bdit\s)(?<!\bdisse\s)(?<!\bdije\s)(?<!\bpensé\s)(?<!\bcreí\s)"
    r"(?<!\bsentí\s)(?<!\bpensé\s)\bque\b",
    FLAGS,
)
# A comparative, then its "que" later in the same sentence ("antes morir que …", "plutôt
# crever que …", "melhor morrer do que …"); Italian compares with "che" / "di", read elsewhere.
_COMPARED = r"\b(?:{})\b[^.!?\n]{{0,60}}?\bque\b"
_THAN: dict[str, re.Pattern[str] | None] = {
    "en": None,
    "de": None,
    "it": None,
    "es": re.compile(
        _COMPARED.format(
            r"mas|menos|mejor|peor|antes|prefiero|preferiria|prefiere|preferible|tan|tanto"
            r"|mayor|menor|otra\s+cosa"
        ),
        FLAGS,
    ),
    "pt": re.compile(
        _COMPARED.format(
            r"mais|menos|melhor|pior|antes|prefiro|preferia|prefere|preferivel|tanto|tao"
            r"|maior|menor|outra\s+coisa"
        ),
        FLAGS,
    ),
    "fr": re.compile(
        _COMPARED.format(r"plus|moins|mieux|pire|plutot|autant|aussi|prefere\w*|prefer\w*"),
        FLAGS,
    ),
}


def said_than(sentence: str, lang: str) -> bool:
    """Does the folded ``sentence``, in ``lang``, set something against a "que" of comparison?"""
    pattern = _THAN.get(lang, _BROAD_THAN)
    return pattern is not None and pattern.search(sentence) is not None
