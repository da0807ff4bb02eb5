"""Self-harm in Spanish, Portuguese, Italian, German and French voices.

Why a module of its own: the self-harm families of ``rules_intl_voices_signs`` grew past what
one module should hold. Each family is written once for the five languages:

* hitting oneself *until* it bleeds or leaves marks ("me pegué … hasta que me quedaron
  marcas"), not a knock against a door;
* burning oneself with a lighter or a cigarette; cuts "made" on a body part ("faço cortes nos
  braços", "mi faccio dei tagli sulle braccia");
* blades got *to cut myself*, not to cut one's hair; French verbs the per-language lists lacked
  ("entaillé les poignets", relapse "je me recoupe"); the Spanish progressive with an enclitic
  ("ando cortándome otra vez", not "el pelo"); German "ich kratz mich blutig".

Accidents (a pet, a rose bush, cooking) are cleared by ``everyday`` unless the person says
it was on purpose. Every rule has a ``gate``. Text is case- and accent-folded first.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule

_SH = Category.SELF_HARM
_CON = Severity.CONCERN

# Blades got *to cut myself* ("compré unas navajas para cortarme"): the purpose names the act
_BLADES_TO_CUT = {
    "es": r"\b(?:navajas?|cuchillas?|hojas\s+de\s+afeitar"
    r"|gillettes?)\s+(?:\w+\s+){0,2}?para\s+cortarme\b",
    "pt": r"\blaminas?\s+(?:\w+\s+){0,2}?(?:para|pra)\s+me\s+cortar\b",
    "it": r"\blamett[ae]\s+(?:\w+\s+){0,2}?per\s+tagliarmi\b",
    "fr": r"\blames?\s+(?:de\s+rasoir\s+)?(?:\w+\s+){0,2}?pour\s+me\s+(?:couper|scarifier"
    r"|taillader)\b",
    "de": r"\bklingen?\s+(?:\w+\s+){0,3}?(?:zum\s+ritzen|um\s+mich\s+zu\s+(?:ritzen|schneiden))\b",
}
#: "para cortarme el pelo", "pour me couper les cheveux": grooming, not the body
_NOT_GROOMING = (
    r"(?!\s+(?:el|la|las|los|o|a|os|as|i|le|les|il)\s+(?:pelo|cabello|unas|barba|cabelo|capelli"
    r"|unghie|cheveux|ongles|barbe|flequillo|franja|frangia|frange)\b)"
)
_BLADES_GATE = {
    "es": "cortarme",
    "pt": "cortar",
    "it": "tagliarmi",
    "fr": "pour me",
    "de": "ritzen|schneiden",
}

_HIT_UNTIL = {
    "fr": r"\bme\s+(?:suis\s+)?(?:\w+\s+)?(?:cogne|frappe"
    r"|tape)\w*\s+(?:[\w']+\s+){0,5}?jusqu'(?:a|au)"
    r"\s+(?:saigner|sang|avoir\s+des\s+bleus|me\s+faire\s+mal)",
    "es": r"\bme\s+(?:pegue|pego|pegaba|golpee|golpeo"
    r"|golpeaba)\s+(?:[\w']+\s+){0,5}?hasta\s+(?:sangrar"
    r"|que\s+me\s+(?:quedaron|salieron|quedaran|salio|quedo|sangr\w+)|dejarme\s+marcas"
    r"|hacerme\s+sangre)",
    "it": r"\bmi\s+(?:sono\s+)?(?:\w+\s+)?(?:picchia|colpi|sbatt|pres[oa]\s+a\s+pugni)\w*\s+"
    r"(?:[\w']+\s+){0,5}?fino\s+a\s+(?:sanguinare|farmi\s+(?:male|sangue)|lasciarmi\s+i\s+segni)",
    "pt": r"\b(?:me\s+(?:bati|bato|batia|esmurrei)|bati-me|bato-me)\s+(?:[\w']+\s+){0,5}?ate\s+"
    r"(?:sangrar|ficar\s+(?:com\s+)?(?:marcas|roxo|roxa|negr[oa]))",
    "de": r"\b(?:schlag|schlage|schlug|hau|haue)\s+mi(?:ch"
    r"|r)\s+(?:[\w']+\s+){0,5}?bis\s+(?:es\s+blutet"
    r"|ich\s+blute|(?:ich\s+)?blaue\s+flecken)|\bmich\s+(?:\w+\s+){0,4}?geschlagen,?\s+bis\s+"
    r"(?:es\s+blutet|ich\s+blutete|blaue\s+flecken)",
}
_HIT_GATE = {"fr": "jusqu", "es": "hasta", "it": "fino", "pt": "ate", "de": "bis"}

# Cuts "made" on a body part: "faço cortes nos braços", "mi faccio dei tagli sulle braccia"
_CUTS_ON_BODY = {
    "pt": r"\b(?:faco|fiz|fazia|ando\s+a\s+fazer)(?:-me)?\s+(?:uns\s+)?cortes\s+(?:nos|nas|no|na|em"
    r"|pelos|pelas)\s+(?:meus\s+|minhas\s+)?(?:bracos|braco|pernas|perna|pulsos|pulso|coxas|coxa"
    r"|barriga)\b",
    "it": r"\bmi\s+(?:faccio|facevo|sono\s+fatt[oa])\s+(?:dei\s+|delle\s+)?(?:tagli|ferite"
    r"|bruciature)"
    r"\s+(?:sulle|sui|sul|sulla|alle|ai|nelle)\s+(?:braccia|braccio|gambe|polsi|polso|cosce)\b",
    "fr": r"\bje\s+me\s+(?:fais|faisais|suis\s+fait\w*)\s+(?:des\s+)?(?:coupures|entailles"
    r"|brulures)"
    r"\s+(?:sur|aux|au)\s+(?:les\s+|mes\s+)?(?:bras|jambes|poignets|cuisses|ventre)\b",
    "de": r"\bich\s+(?:mach|mache|machte)\s+mir\s+(?:\w+\s+)?(?:schnitte|wunden|brandwunden"
    r"|verbrennungen)\s+(?:an|in|auf)\s+(?:den|die|meine|meinen)\s+(?:armen|arme|beinen|beine"
    r"|handgelenken|oberschenkeln)\b",
}
_CUTS_GATE = {"pt": "cortes", "it": "tagli|ferite|bruciature", "fr": "coupures|entailles|brulures",
              "de": "schnitte|wunden|verbrennungen"}  # fmt: skip

_BURN_WITH_LIGHTER = {
    "de": r"\bmich\s+(?:\w+\s+){0,3}?mit\s+(?:dem\s+|einem\s+|nem\s+|meinem\s+)?(?:feuerzeug\w*"
    r"|zigarette\w*|kippe\w*)\s+verbrannt\b|\bverbrenn\w*\s+mich\s+(?:\w+\s+){0,3}?mit\s+"
    r"(?:dem\s+|einem\s+|nem\s+)?(?:feuerzeug\w*|zigarette\w*)",
    "fr": r"\bme\s+(?:suis\s+)?(?:\w+\s+)?brul\w*\s+(?:\w+\s+){0,3}?(?:avec|au|a\s+la)\s+"
    r"(?:un\s+|le\s+|mon\s+|ma\s+|une\s+)?(?:briquet|cigarette|clope)",
    "it": r"\bmi\s+(?:sono\s+)?(?:\w+\s+)?bruci\w*\s+(?:\w+\s+){0,3}?con\s+(?:l'|lo\s+|il\s+|un\s+"
    r"|una\s+|la\s+)?(?:accendino|sigaretta|cicca)",
}
_BURN_GATE = {
    "de": "feuerzeug|zigarette|kippe",
    "fr": "briquet|cigarette|clope",
    "it": "accendino|sigaretta|cicca",
}


def _family(name: str, sources: dict[str, str], gates: dict[str, str]) -> tuple[Rule, ...]:
    return tuple(
        rule(f"ivs_{lang}_{name}", _SH, _CON, source, inherent=True, lang=lang, gate=gates[lang])
        for lang, source in sources.items()
    )


RULES: tuple[Rule, ...] = (
    _family("hit_until", _HIT_UNTIL, _HIT_GATE)
    + _family("burn_with_lighter", _BURN_WITH_LIGHTER, _BURN_GATE)
    + _family("cuts_on_body", _CUTS_ON_BODY, _CUTS_GATE)
    + _family(
        "blades_to_cut",
        {lang: source + _NOT_GROOMING for lang, source in _BLADES_TO_CUT.items()},
        _BLADES_GATE,
    )
    + (
        # "je me suis encore entaillé les poignets", "je me suis ouvert les veines"
        rule(
            "ivs_fr_cut_wrists",
            _SH,
            _CON,
            r"\bme\s+(?:suis\s+)?(?:\w+\s+)?(?:entaill|taillad|lacer|ouvert)\w*\s+(?:les|mes|le"
            r"|un|une)"
            r"\s+(?:poignets?|veines|bras|cuisses?|avant-bras)\b",
            inherent=True,
            lang="fr",
            gate="poignet|veine|bras|cuisse",
        ),
        # the progressive with an enclitic: "ando cortándome otra vez" (not "el pelo")
        rule(
            "ivs_es_progressive_self_harm",
            _SH,
            _CON,
            r"\b(?:ando|estoy|sigo|he\s+estado|estuve|segui)\s+(?:\w+\s+)?(?:cortandome"
            r"|lastimandome"
            r"|quemandome|rasgunandome|haciendome\s+(?:dano|cortes))\b"
            r"(?!\s+(?:el|la|las|los)\s+(?:pelo|unas|barba|flequillo|cabello|dedo|dedos)\b)",
            inherent=True,
            lang="es",
            gate="ndome",
        ),
        # German "ich kratz mich blutig", French relapse "je me recoupe"
        rule(
            "ivs_de_scratch_bloody",
            _SH,
            _CON,
            r"\b(?:kratz|kratze|kratzte|beiss|beisse|schlag|schlage)\s+mich\s+(?:\w+\s+)?blutig\b"
            r"|\bmich\s+(?:\w+\s+){0,3}?blutig\s+(?:gekratzt|gebissen|geschlagen)\b",
            inherent=True,
            lang="de",
            gate="blutig",
        ),
        rule(
            "ivs_fr_relapse",
            _SH,
            _CON,
            r"\bje\s+me\s+(?:suis\s+)?re(?:coupe|scarifie|mutile)\w*\b",
            inherent=True,
            lang="fr",
            gate="recoup|rescarif|remutil",
        ),
    )
)
