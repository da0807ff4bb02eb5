"""A store of tablets kept back in a place that is not for medicine, read as a frame of three
parts in six languages.

Why: a store of pills is rarely told with a word like "stockpile". It is told by the act of
keeping them back (saving, squirrelling away, not taking them, "heb ich auf", "tenho
guardados") and by where they went: a tin, a wafer box, an esky, a sock drawer, the cellar or
the attic, places where nobody looks for medicine. Each writer names another container (a
biscuit tin, a tea caddy, a Blechdose, a lata de bolachas) while the three parts stay, so the
frame reads the parts and never the container alone: "I keep every sleeping tablet the
doctor gives me in an empty box of wafers", "been squirrelling Mum's pain pills away in the
old esky under the house", "seit Wochen heb ich die Schlaftabletten auf, in der alten
Blechdose hinten im Keller", "tenho uns comprimidos guardados numa lata de bolachas no
sótão".

What stays out: tablets kept where they belong or carried for a reason (a pill box so as not
to forget, a trip, out of the children's reach, the dog's tablets, vitamins, ones out of date
taken back to the chemist: ``_NO_ERRAND`` reads the rest of the line); a tin of biscuits
hidden from the kids (no medicine); a plain "I keep my tablets in the drawer" (no keeping
back). Negation, whose act it is and the everyday purposes of ``means_purposes`` are judged in
``context`` like every rule. Text is case- and accent-folded first.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_LINE, Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family

# --- the tablets -----------------------------------------------------------------------------
_TABLETS = {
    "en": r"\b(?:(?:sleeping|pain|heart|nerve)\s+)?(?:pills|tablets|tabs|capsules|meds"
    r"|sleepers|painkillers|sedatives|medication)\b|\b(?:sleeping|pain)\s+(?:pill|tablet)\b",
    "de": r"\b\w*(?:tabletten|pillen|medikamente|kapseln)\b|\b(?:schmerz|schlaf)mittel\b",
    "es": r"\b(?:pastillas|pildoras|comprimidos|capsulas|calmantes|somniferos|medicamentos)\b",
    "fr": r"\b(?:comprimes|cachets|pilules|gelules|somniferes|calmants|medicaments)\b",
    "it": r"\b(?:pastiglie|pillole|compresse|capsule|sonniferi|calmanti|farmaci)\b",
    "pt": r"\b(?:comprimidos|pilulas|capsulas|calmantes|remedios|medicamentos)\b",
}
# --- kept back: saved, hidden, gathered, not taken -----------------------------------------------
_HOARDED = {
    "en": r"\b(?:keep|keeping|kept)\s+(?:every|each|all)\b|\b(?:kept|keeping)\s+back\b"
    r"|\b(?:saving|saved|squirrel\w*|stash\w*|hoard\w*|stow\w*|tucked|hid|hidden|hiding)\b"
    r"|\bnot\s+taking\s+(?:them|it)\b|\bput\s+(?:them\s+)?aside\b",
    "de": r"\bgesammelt\b|\bsammle\w*\b|\bversteck\w*|\bgebunkert\b|\bbunker\w*\b"
    r"|\bgehortet\b|\bhorte\w*\b|\bbeiseite\w*|\bzuruckgelegt\b|\bnicht\s+genommen\b",
    "es": r"\b(?:escond|junt|acumul|ahorr)\w*\b|\bno\s+me\s+(?:las|los)\s+tomo\b",
    "fr": r"\b(?:cache|caches|cachees|planqu\w*|accumul\w*|amass\w*|stock\w*|entass\w*)\b"
    r"|\b(?:mis|mets)\s+de\s+cote\b|\bne\s+les\s+prends\s+pas\b",
    "it": r"\b(?:nascost|nascond|accumul|raccolt)\w*\b|\b(?:messo|metto|tengo)\s+da\s+parte\b"
    r"|\bmess[aei]\s+via\b|\bnon\s+le\s+prendo\b",
    "pt": r"\b(?:escond|junt|acumul)\w*\b|\bnao\s+(?:os|as)\s+tomo\b",
}
# The plain verbs of keeping: a store only where the place is no place for medicine.
_KEPT = {
    "en": r"\b(?:keep|keeping|kept)\b",
    # "heb ich die Schlaftabletten auf": the separable verb with its particle later on
    "de": r"\bhebe?\s+ich\b|\bheb\w*\b[^.!?\n]{0,60}?\bauf\b|\baufgehoben\b|\baufheben\b",
    "es": r"\bguard\w*\b",
    "fr": r"\b(?:garde|gardes|gardees)\b",
    "it": r"\b(?:conserv\w*|tengo\s+via)\b",
    "pt": r"\bguard\w*\b",
}
_KEPT_BACK = {lang: rf"{_HOARDED[lang]}|{_KEPT[lang]}" for lang in LANGS}
# --- where they went: a corner nobody looks in, or a container of something else -------------
# A corner of the house nobody looks in: the loft, the cellar, the back of a cupboard.
_CORNER = {
    "en": r"\b(?:under|beneath)\s+the\s+(?:house|floorboards?|stairs)\b|\b(?:in|up\s+in|down"
    r"\s+in)\s+the\s+(?:loft|attic|cellar|basement|shed|rafters|crawl\s*space)\b"
    r"|\bat\s+the\s+back\s+of\b",
    "de": r"\bim\s+keller\b|\bauf\s+dem\s+dachboden\b|\bim\s+schuppen\b|\bhinten\s+im\b",
    "es": r"\ben\s+el\s+(?:desvan|atico|sotano|trastero|altillo)\b|\b(?:al\s+fondo|detras)\s+de\b",
    "fr": r"\b(?:au\s+grenier|a\s+la\s+cave)\b|\b(?:au\s+fond|derriere)\b",
    "it": r"\bin\s+(?:soffitta|cantina)\b|\b(?:in\s+fondo|dietro)\b",
    "pt": r"\bno\s+(?:sotao|porao)\b|\b(?:no\s+fundo|atras)\s+d[oa]s?\b",
}
# A container of something else ("a box of wafers", "a biscuit tin", "Blechdose", "lata de
# bolachas"); "a box of tablets" is how medicine comes and stays out.
_OTHER_CONTAINER_PARTS = {
    "en": r"\b(?:esky|chilly\s+bin|cooler|caddy|shoebox|suitcase|holdall|toolbox|tackle\s+box"
    r"|sock\s+drawer|glovebox)\b"
    r"|\b(?:tin|box|jar)\s+of{not_meds}|\b(?:empty|old|biscuit|cookie|sweet|toffee|shortbread"
    r"|tea|coffee|cocoa|paint|tobacco|cake)\s+(?:\w+\s+)?(?:tin|box|jar)\b",
    "de": r"\b(?!(?:pillen|tabletten|medikamenten|arznei))\w+(?:dose|schachtel|kiste|karton)\b"
    r"|\b(?:koffer|sockenschublade|handschuhfach)\b",
    "es": r"\b(?:lata|caja|tarro|bote)\s+de{not_meds}|\b(?:maleta|nevera\s+portatil|guantera)\b",
    "fr": r"\b(?:boite|bocal)\s+(?:de|a){not_meds}|\b(?:valise|glaciere)\b",
    "it": r"\b(?:scatol\w*|barattolo|latta)\s+(?:di|de){not_meds}|\b(?:valigia|borsa\s+frigo)\b",
    "pt": r"\b(?:lata|caixa|pote)\s+de{not_meds}|\b(?:mala|caixa\s+termica|porta-?luvas)\b",
}
_OTHER_CONTAINER = {
    lang: parts.replace("{not_meds}", rf"\b(?!\s+(?:\w+\s+)?(?:{_TABLETS[lang]}))")
    for lang, parts in _OTHER_CONTAINER_PARTS.items()
}
_ANY_CONTAINER = {
    "en": r"\b(?:tin|box|jar)\b",
    "de": r"\b(?:dose|schachtel|kiste|karton)\b",
    "es": r"\b(?:lata|caja|tarro|bote)\b",
    "fr": r"\b(?:boite|bocal)\b",
    "it": r"\b(?:scatol\w*|barattolo|latta)\b",
    "pt": r"\b(?:lata|caixa|pote)\b",
}
# A hoarding verb makes any container a store.
_ANY_PLACE = {lang: rf"{_ANY_CONTAINER[lang]}|{_OTHER_CONTAINER[lang]}" for lang in LANGS}
# Where medicine belongs: the bathroom, the kitchen, a handbag, the medicine cabinet.
_MEDICINE_PLACE = (
    r"|bathroom|kitchen|handbag|purse|medicine\s+cabinet|im\s+bad|badezimmer|kuche|handtasche"
    r"|hausapotheke|bano|cocina|bolso|botiquin|salle\s+de\s+bains?|cuisine|sac\s+a\s+main"
    r"|bagno|cucina|borsetta|armadietto|banheiro|cozinha|bolsa|farmacinha"
)
# Kept where medicine belongs, or for a reason: a pill box so as not to forget, a trip, the
# children's reach, an animal's tablets, vitamins, ones out of date for the chemist.
_NO_ERRAND = (
    r"(?![^\n]{0,160}\b(?:pill\s*box|dosette|organi[sz]er|forget|remember|trip|holiday|travel"
    r"|spare|emergenc\w*|notfall\w*|urgence\w*|emergenza\w*"
    r"|flight|kids|children|grandkids|toddler|reach|dog|cat|vet|horse|vitamins?|expired"
    r"|chemist|pharmacy|vergess\w*|urlaub|reise|kinder|hund|katze|vitamin\w*|abgelaufen"
    r"|apotheke|olvid\w*|viaje|ninos|perro|gato|vitaminas|caducad\w*|farmacia|oubli\w*"
    r"|voyage|enfants|chien|chat|perime\w*|pharmacie|dimentic\w*|viaggio|bambini|cane|gatto"
    r"|vitamine|scadut\w*|esquec\w*|viagem|criancas|cachorro|vencid\w*" + _MEDICINE_PLACE + r")\b)"
)


def _stored(lang: str, act: dict[str, str], place: dict[str, str]) -> str:
    """The tablets and the act of keeping them, in either order, with a place of ``place``
    later on the line: a hoarding verb with any container or corner, a plain "keep" only in a
    corner nobody looks in."""
    within = rf"(?:{SAME_LINE}){{0,80}}?"
    return (
        rf"(?=(?:{SAME_LINE}){{0,200}}?(?:{place[lang]}|{_CORNER[lang]}))"
        rf"(?:(?:{_TABLETS[lang]}){within}(?:{act[lang]})|(?:{act[lang]}){within}"
        rf"(?:{_TABLETS[lang]}))"
    )


RULES: tuple[Rule, ...] = core_family(
    "tablets_kept_back_hidden",
    Category.GETTING_MEANS,
    Severity.URGENT,
    {
        lang: rf"{_NO_ERRAND}(?:{_stored(lang, _HOARDED, _ANY_PLACE)}"
        rf"|{_stored(lang, _KEPT_BACK, _CORNER)})"
        for lang in LANGS
    },
    dict.fromkeys(
        LANGS,
        "pill|tablet|tabs|capsule|meds|sleepers|painkiller|sedative|medication|tablett|pillen"
        "|medikament|kapseln|mittel|pastill|pildora|comprim|capsula|calmant|somnifer"
        "|medicament|cachet|pilule|gelule|pastiglie|pillole|compresse|sonnifer|farmaci"
        "|pilula|remedio",
    ),
)

__all__ = ["RULES"]
