"""Idioms of the wish to die or the plan that one language has alone, in German, French and
Italian.

Why a module of its own: the families of ``rules_intl_voices`` are written once for all five
languages, so a family never covers one language only. Some wordings have no counterpart to
write: the formal French "se donner la mort", the Québec "ça me tente pu de vivre", the
southern Italian truncated infinitives ("mi voglio ammazzà"), the Swiss "kei Bock meh z'läbe",
German "weiterleben" and "Gedanken, alles zu beenden". Each keeps out its everyday look-alike in
its own pattern ("ammazzà di risate", "weiterleben wie bisher", "sarebbe meglio … il lunedì").
Each rule carries a ``gate``; text is case- and accent-folded first.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_URG, _CON = Severity.URGENT, Severity.CONCERN

#: The clause ends here, or only the speaker's feeling follows ("…, and it feels good").
_CLAUSE_END = END

RULES: tuple[Rule, ...] = (
    rule(
        "iv_fr_donner_la_mort",
        _SI,
        _URG,
        r"\b(?:me|m')\s*donner\s+la\s+mort\b|\bje\s+me\s+donne(?:rai|rais)?\s+la\s+mort\b",
        inherent=True,
        lang="fr",
        gate="donne",
    ),
    # southern Italian truncated infinitives: "mi voglio ammazzà", "me voglio accidere";
    # "ammazzà di risate" is laughter
    rule(
        "iv_it_southern_kill",
        _SI,
        _URG,
        r"\b(?:mi|me)\s+(?:voglio|vogghiu|vojo|vulesse|vorrei)\s+(?:ammazza|accidere|accide"
        r"|sparare)\b(?!\s+(?:di|dalle|dal|de)\b)"
        r"|\b(?:voglio|vogghiu|vojo)\s+(?:muri|muriri|mori)\b"
        # Neapolitan "nun tengo cchiù voglia 'e campà" (no wish left to live)
        r"|\b(?:non|nun)\s+(?:ho|tengo)\s+(?:piu|cchiu|chiu)\s+voglia\s+(?:di|'e|e|de)\s+"
        r"(?:campare|campa|vivere)\b(?!\s+(?:a|in|con|qui|li|da\s+sol[oa])\b)",
        inherent=True,
        lang="it",
        gate="ammazza|accide|muri|mori|sparare|campa|vivere",
    ),
    # impersonal "sarebbe meglio non svegliarsi più" (not "il lunedì")
    rule(
        "iv_it_better_not_wake",
        _SI,
        _CON,
        r"\bsarebbe\s+meglio\s+(?:non\s+svegliarsi(?:\s+piu)?|non\s+esserci\s+piu|morire)"
        + _CLAUSE_END,
        inherent=False,
        lang="it",
        gate="meglio",
    ),
    # Québec "ça me tente pu de vivre", "j'ai pu le goût de vivre"
    rule(
        "iv_fr_no_taste_for_life",
        _DW,
        _CON,
        r"\b(?:ca\s+)?me\s+tente\s+(?:pu|pus|plus)\s+de\s+vivre\b(?!\s+(?:a|en|dans|avec"
        r"|ici)\b)"
        r"|\bj'ai\s+(?:pu|pus|plus)\s+(?:le\s+)?gout\s+de\s+vivre\b",
        inherent=True,
        lang="fr",
        gate="vivre",
    ),
    # Swiss "i ha kei Bock meh z'läbe"
    rule(
        "iv_de_swiss_no_bock",
        _SI,
        _URG,
        r"\b(?:i|ich)\s+(?:ha|hab|han)\s+(?:kei|kein|keinen)\s+bock\s+(?:meh|mehr|me)\s+"
        r"(?:z'?\s*|zu\s+|uf\s+s\s*|aufs\s+)(?:labe|laebe|leben|lebe)\b",
        inherent=True,
        lang="de",
        gate="bock",
    ),
    # "ich will so nicht weiterleben", "ich mag nicht mehr weiterleben"
    rule(
        "iv_de_not_live_on",
        _SI,
        _URG,
        r"\b(?:will|mag|kann|mo(?:e)?chte|wu)\s+(?:so\s+|einfach\s+"
        r"|echt\s+)?(?:gar\s+)?nicht\s+"
        r"(?:mehr\s+)?weiterleben\b(?!\s+(?:wie\s+bisher|in|mit|bei)\b)",
        inherent=False,
        lang="de",
        gate="weiterleben",
    ),
    # "ich hab Gedanken daran, alles zu beenden", "…, mich umzubringen"
    rule(
        "iv_de_thoughts_of_ending",
        _SI,
        _URG,
        r"\bgedanke\w*(?:\s+\w+){0,2}?(?:\s+(?:daran|dran))?,?\s+(?:alles|mein\s+leben)\s+zu\s+"
        r"beenden\b(?!\s*,?\s*(?:was|bevor|das\s+ich)\b)"
        r"|\bgedanke\w*\s+(?:daran|dran),?\s+mich\s+umzubringen\b",
        inherent=False,
        lang="de",
        gate="gedanke",
    ),
    # "ich will nur noch raus aus meinem Leben"
    rule(
        "iv_de_out_of_my_life",
        _SI,
        _URG,
        r"\b(?:will|mo(?:e)?chte|muss)\s+(?:nur\s+noch\s+|einfach\s+|bloss\s+)?raus\s+aus\s+"
        r"(?:meinem|diesem)\s+leben\b",
        inherent=False,
        lang="de",
        gate="leben",
    ),
    # "heut nacht wird es passieren." at the end of the sentence
    rule(
        "iv_de_tonight_it_happens",
        _PM,
        _URG,
        r"\bheut(?:e)?\s+nacht\s+(?:wird\s+es\s+passieren|passiert\s+es)(?=\s*(?:$|[.!\n]))"
        r"|\balles\s+(?:vorbereitet|bereit|geregelt),\s+(?:heute|morgen"
        r"|heut\s+nacht)\s+ist\s+es"
        r"\s+so\s+weit\b",
        inherent=False,
        lang="de",
        gate="nacht|weit",
    ),
    # present for future with a place: "demain je me jette sous le métro"
    rule(
        "iv_fr_throw_myself",
        _PM,
        _URG,
        r"\bje\s+me\s+jette\s+(?:sous|devant|du\s+haut\s+d\w*|d'un|du|de\s+la|par\s+la)\s+"
        r"(?:le\s+|la\s+|l'|un\s+|une\s+)?(?:metro|train|tram|rer|voiture|camion|pont|fenetre"
        r"|immeuble|balcon|falaise|toit|viaduc)\b",
        inherent=True,
        lang="fr",
        gate="jette",
    ),
)

__all__ = ["RULES"]
