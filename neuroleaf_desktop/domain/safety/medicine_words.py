"""The words for medicine in each language, shared by every rule and guard that reads a
writer's tablets (kept, hoarded, counted, bought round the chemists, in the bathroom cabinet).

Why: the same lists were written out in many modules and drifted apart; a word added for one
rule was missing from its neighbour. Here each language holds every word the rules read (text
is accent-folded, so "comprimés" is "comprimes"), and a module that reads a narrower set
builds it from these names with ``words`` (which refuses a word not listed here), so each rule
keeps the set it meant: the plain nouns alone, or with sleeping pills and painkillers, or with
the drugs people name.
"""

from __future__ import annotations

#: Every medicine word the rules read, per language: regex fragments over accent-folded text.
WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "pills",
        "tablets",
        "meds",
        "medication",
        "medicines?",
        "medicines",
        "medicine",
        "painkillers",
        "sleepers",
        r"sleeping\s+pills",
        r"oxy\w*",
        "morphine",
        "co-?codamol",
        "paracetamol",
        "prescriptions",
        "tramadol",
        "codeine",
        "diazepam",
    ),
    "de": (
        "tabletten",
        "tabletten?",
        "pillen",
        "medikamente",
        r"medikament\w*",
        "medis",
        "tabs",
        "schlaftabletten",
        "schmerztabletten",
        "schmerzmittel",
        "schlafmittel",
        "beruhigungsmittel",
        "antidepressiva",
        "paracetamol",
        "ibuprofen",
        "insulin",
        "tavor",
        "diazepam",
        "tramadol",
    ),
    "fr": (
        "medicaments",
        "medocs",
        "cachets",
        "comprimes",
        "pilules",
        "somniferes",
        "antidepresseurs",
        "anxiolytiques",
        "calmants",
        "gelules",
        "paracetamol",
        "doliprane",
        "insuline",
        "aspirine",
        "ibuprofene",
        "tramadol",
        "xanax",
        "lexomil",
    ),
    "es": (
        "pastillas",
        "pildoras",
        "medicamentos",
        "medicinas",
        "pastis",
        "somniferos",
        "calmantes",
        "antidepresivos",
        "remedios",
        "paracetamol",
        "ibuprofeno",
        "insulina",
    ),
    "pt": (
        "comprimidos",
        "remedios",
        "pilulas",
        "medicamentos",
        "calmantes",
        "antidepressivos",
        "paracetamol",
        "insulina",
    ),
    "it": (
        "pastiglie",
        "pillole",
        "compresse",
        "farmaci",
        "medicine",
        "sonniferi",
        "antidepressivi",
        "paracetamolo",
        "tachipirina",
        "insulina",
    ),
}


def words(lang: str, *names: str) -> str:
    """The alternation ``(?:a|b|…)`` of the named medicine words of ``lang``, in the order
    given; a name not in ``WORDS`` is a mistake in the calling module, so it raises."""
    unknown = [name for name in names if name not in WORDS[lang]]
    if unknown:
        raise ValueError(f"not a shared {lang} medicine word: {unknown}")
    return "(?:" + "|".join(names) + ")"


#: The words most writers use for their own supply: the plain nouns, sleeping pills and
#: painkillers (not the drugs named by name, not boxes or bottles).
CORE: dict[str, str] = {
    "en": words("en", "pills", "tablets", "meds", "painkillers", "sleepers", r"sleeping\s+pills"),
    "de": words("de", "tabletten?", "pillen", "medikamente", "schlaftabletten", "schmerzmittel"),
    "fr": words("fr", "medicaments", "cachets", "comprimes", "somniferes"),
    "es": words("es", "pastillas", "medicamentos", "calmantes", "somniferos"),
    "pt": words("pt", "comprimidos", "remedios", "medicamentos", "calmantes"),
    "it": words("it", "pastiglie", "pillole", "farmaci", "sonniferi"),
}


#: The plain nouns with sleeping pills, painkillers, calmers and the drugs people name by name
#: (Tavor, Doliprane, Xanax): the wider set the sign and intent rules read in German and French.
WITH_NAMED_DRUGS: dict[str, str] = {
    # German: every shared word but the optional-plural and open-ended spellings and
    # "schlafmittel", which the narrower readings keep for themselves.
    "de": words(
        "de",
        *(w for w in WORDS["de"] if w not in ("tabletten?", r"medikament\w*", "schlafmittel")),
    ),
    "fr": words("fr", *WORDS["fr"]),
}
