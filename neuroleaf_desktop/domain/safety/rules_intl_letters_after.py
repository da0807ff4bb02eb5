"""Letters and recordings left to be opened, heard or watched when the writer is no longer there,
in German, French, Spanish, Portuguese and Italian, read as a grammar frame for
``rules_intl_frames`` (kept apart only so no module passes 600 lines).

The frame joins three parts any wording of the sign needs: the letters (or a voice note, a
video), the others opening or hearing them, and "when I'm gone" / "after me" closing the clause.
A will, a notary, an inheritance or a time capsule is the ordinary paperwork of a long life and
is not read.
"""

from __future__ import annotations

_LANGS = ("de", "fr", "es", "pt", "it")
_END = r"(?=\s*(?:$|[.!?,;:\n]))"

_LETTERS = {
    # letters, envelopes, notes, and the recordings left like them (a voice note, a video)
    "de": r"\b(?:brief\w*|umschla(?:e)?g\w*|zettel|sprachnachricht\w*|video\w*|audio\w*)\b",
    "fr": r"\b(?:lettres?|enveloppes?|mots?|audios?|vocal|vocaux|videos?)\b",
    "es": r"\b(?:cartas?|sobres?|notas?|audios?|videos?)\b",
    "pt": r"\b(?:cartas?|envelopes?|bilhetes?|audios?|videos?)\b",
    "it": r"\b(?:letter[ae]|bust[ae]|bigliett[oi]|audio|vocal[ei]|video)\b",
}
_OPEN = {
    "de": r"\b(?:aufmachen|aufmacht|o(?:e)?ffnen|o(?:e)?ffnet|lesen|liest|anho(?:e)?ren|ho(?:e)?rt"
    r"|anschauen|anschaut|ansehen|sieht)\b",
    "fr": r"\b(?:ouvrir|ouvrent|ouvriront|lire|lisent|liront|ecouter|ecoutera|ecouteront"
    r"|l'\s*ecoutera|regarder|regardera|verra|verront)\b",
    "es": r"\b(?:abrir|abran|abrirlas?|abrirlos|leer|lean|leerlas?|escuchar|escuche|escuchen"
    r"|escucharlo|ver|vea|vean|verlo)\b",
    "pt": r"\b(?:abrir|abrirem|abram|ler|lerem|leiam|ouvir|ouca|ouvirem|ver|veja|verem"
    r"|assistir)\b",
    "it": r"\b(?:aprire|aprano|aprirl[ae]|leggere|leggano|leggerl[ae]|ascoltare|ascolti"
    r"|ascoltarl[oa]|guardare|guardarl[oa]|vedere)\b",
}
# … "when I am (grandma is) no longer there", "when I'm gone", "after me", closing its clause
_NO_LONGER_THERE = {
    "de": r"\bwenn\s+(?:ich|die\s+oma|der\s+opa|die\s+mama|der\s+papa|oma|opa|mama|papa)\s+"
    r"(?:nicht\s+mehr\s+(?:da|hier|am\s+leben)|(?:mal\s+)?(?:gegangen|tot))\s+(?:bin|ist)"
    r"|\bnach\s+meinem\s+tod",
    "fr": r"\bquand\s+je\s+(?:ne\s+)?serai\s+(?:plus\s+(?:la|de\s+ce\s+monde)|partie?)"
    r"|\bapres\s+(?:moi|ma\s+mort|mon\s+depart)",
    "es": r"\bcuando\s+(?:yo\s+)?(?:ya\s+)?no\s+este(?:\s+(?:aqui|mas))?"
    r"|\bcuando\s+(?:yo\s+)?(?:ya\s+)?me\s+haya\s+ido|\bdespues\s+de\s+(?:mi\s+muerte|que\s+me\s+vaya)",
    "pt": r"\bquando\s+(?:eu\s+)?(?:ja\s+)?(?:ca\s+|aqui\s+)?(?:nao\s+estiver(?:\s+(?:mais|aqui"
    r"|ca))?|tiver\s+partido)|\bquando\s+eu\s+(?:partir|me\s+for|tiver\s+ido)"
    r"|\bdepois\s+(?:da\s+minha\s+morte|que\s+eu\s+(?:partir|me\s+for))",
    "it": r"\bquando\s+(?:io\s+)?non\s+ci\s+saro\s+piu|\bquando\s+(?:io\s+)?me\s+ne\s+(?:saro"
    r"\s+andat[oa]|andro)|\bdopo\s+(?:di\s+me|la\s+mia\s+morte)",
}
# a will, a notary, an inheritance or a time capsule: the ordinary papers of a long life
_NOT_PAPERS = (
    r"(?![^.!?\n]*\b(?:testament\w*|notar\w*|notai\w*|notaio|cartorio|erbe|heritage|herencia"
    r"|heranca|eredita|succession|anwalt|avocat|abogado|advogado|avvocato|zeitkapsel"
    r"|capsule|capsula|18\s+ans|18\s+anos|18\s+anni|18\.?\s+geburtstag|maggiorenne)\b)"
)
LETTERS_FOR_AFTER = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_PAPERS}[^.!?\n]*?{_LETTERS[lang]}[^.!?\n]{{0,100}}?"
    rf"{_OPEN[lang]}[^.!?\n]{{0,25}}?(?:{_NO_LONGER_THERE[lang]}){_END}"
    for lang in _LANGS
}
LETTERS_GATE = {"de": "nicht mehr|gegangen|tot|tod", "fr": "plus|partie|parti|apres",
                 "es": "no este|ido|despues", "pt": "estiver|partido|partir|for|ido|depois",
                 "it": "saro piu|andat|andro|dopo"}  # fmt: skip

__all__ = ["LETTERS_FOR_AFTER", "LETTERS_GATE"]
