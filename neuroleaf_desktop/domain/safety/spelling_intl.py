"""Misspellings, texting shorthand and regional forms of the other five languages, read as the
words the rules are written for.

Why: the same hurry that gives "kil myslef" in English gives "j'ai envi de mourrir", "kiero
morirme", "nn ce la faccio più", "vorei morire", "mi voglio ammazare", "ich will mich umbrigen",
and regional words the rules do not spell ("ich mag nimmer" is Bavarian and Austrian for "ich
mag nicht mehr"). One map, applied once after ``spelling_en``, lets every rule of every
language read them, instead of each rule growing its own typos.

Only whole words are respelt, and only forms that are not words of any language the detector
reads. The map back to the person's original text is kept.
"""

from __future__ import annotations

import re

_RESPELL: dict[str, str] = {
    # French: the doubled r of "mourir", "envie" without its e, "suicider" with an s
    "mourrir": "mourir",
    "mourire": "mourir",
    "mourrire": "mourir",
    "envi": "envie",
    "suissider": "suicider",
    "suisider": "suicider",
    # Spanish: "quiero" as texted, "suicidarme" with an s
    "kiero": "quiero",
    "qiero": "quiero",
    "suisidarme": "suicidarme",
    "suisidio": "suicidio",
    "matarmee": "matarme",
    # Portuguese: "morrer" with one r, "quero" and "não" as texted
    "morer": "morrer",
    "qro": "quero",
    "naum": "nao",
    # Italian: one z in "ammazzare", "vorrei" with one r, "non" and "voglio" as texted
    "ammazarmi": "ammazzarmi",
    "amazzarmi": "ammazzarmi",
    "ammazare": "ammazzare",
    "vorei": "vorrei",
    "nn": "non",
    "vojo": "voglio",
    "uciddermi": "uccidermi",
    "ucidermi": "uccidermi",
    # German: "umbringen" without its n or its e, "Selbstmord" with a t, Bavarian "nimmer"
    "umbrigen": "umbringen",
    "umbringn": "umbringen",
    "umzubrigen": "umzubringen",
    "selbstmort": "selbstmord",
    "sterbn": "sterben",
    "nimmer": "nicht mehr",
}

# A gender-inclusive ending ("hart@", "cansad@", "muert@"): read as the masculine "o" (one
# character for one, so the offset map is unchanged).
_AT_ENDING = re.compile(r"(?<=[a-z])@(?![\w.])")

_WORDS = re.compile(
    r"(?<![\w'/])(?:"
    + "|".join(re.escape(w) for w in sorted(_RESPELL, key=len, reverse=True))
    + r")(?![\w/]|'\w)"
)


def respell_intl(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` with the misspelt words above respelt, and the offset map kept in step.

    Every character of a respelt word points into the word the person typed, so a match still
    maps back to their own text.
    """
    norm = _AT_ENDING.sub("o", norm)
    if _WORDS.search(norm) is None:
        return norm, mapping
    out: list[str] = []
    new_map: list[int] = []
    last = 0
    for m in _WORDS.finditer(norm):
        start, end = m.span()
        out.append(norm[last:start])
        new_map.extend(mapping[last:start])
        word = _RESPELL[m.group(0)]
        out.append(word)
        new_map.extend(mapping[start + min(k, end - start - 1)] for k in range(len(word)))
        last = end
    out.append(norm[last:])
    new_map.extend(mapping[last:])
    return "".join(out), new_map
