"""Things and words left for each person, in six languages: a gift declared permanent, a
letter for each child.

Why: giving away and goodbyes are often told by the one detail that makes them final, and the
detail is the same in every language:

* a gift declared *for good*: something given away, then "told him it's his now / forever",
  "le dije que eran suyas pa siempre", "je lui ai dit de tout garder pour toujours", "gli ho
  detto che sono suoi per sempre", "disse-lhe que agora é tudo dele", "gesagt, sie gehört
  jetzt ihm", or "told them I'm done with them". A loan or a plain present ("gave my nephew my
  old bike, he's thrilled") says nothing of the kind;
* a letter (note, video, message) written for *each* of my children, siblings or friends:
  "a letter to each of my kids", "jedem meiner Geschwister einen Brief", "une lettre à chacun
  de mes enfants", "una carta para cada uno de mis hijos", "uma carta pra cada um dos meus
  filhos", "una lettera per ognuno dei miei figli". Thank-you cards, invitations and cards
  for an occasion (Christmas, a birthday, a wedding) are everyday (``_OCCASION``).

Text is case- and accent-folded first; negation and whose words they are are judged in
``context``. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import core_family

_GAVE_WITHIN = r"[^.!?\n]{0,80}?"
# --- a gift declared for good ----------------------------------------------------------------
_GIFT_FOR_GOOD = {
    "en": r"\b(?:gave|given|handed|left|dropped|brought|took)\b"
    + _GAVE_WITHIN
    + r"\b(?:said|told\s+(?:him|her|them"
    r"|the\s+\w+))\s+(?:that\s+)?(?:(?:it'?s|it\s+is|they'?re|they\s+are|she'?s|she\s+is|he'?s"
    r"|he\s+is)\s+(?:all\s+)?(?:yours|theirs|his|hers)\s+(?:now|for\s+good|forever|to\s+keep)"
    r"|i'?m\s+done\s+with\s+(?:it|them|all\s+that))\b",
    "de": r"\b(?:geschenkt|gegeben|vermacht|u(?:e)?berlassen|vererbt)\b"
    + _GAVE_WITHIN
    + r"\b(?:gesagt|gemeint),?\s+(?:dass\s+)?(?:es|sie|er|das|alles)\s+(?:geho(?:e)?rt|ist|sei)\s+"
    r"(?:jetzt\s+|ab\s+jetzt\s+|fu(?:e)?r\s+immer\s+)+(?:ihm|ihr|ihnen|seins|ihrs|deins|dir)\b",
    "fr": r"\b(?:donne|offert|laisse|legue)\b" + _GAVE_WITHIN + r"\b(?:je\s+)?(?:lui|leur)\s+ai"
    r"\s+dit\s+(?:de\s+(?:tout\s+)?(?:le\s+|la\s+|les\s+)?garder\s+pour\s+(?:toujours|de\s+bon)"
    r"|que\s+(?:c'?\s*etait|c'?\s*est|ce\s+sont|c'?\s*etaient)\s+(?:a\s+(?:lui|elle|eux|toi)|les"
    r"\s+(?:siens|siennes|tiens)|le\s+sien|la\s+sienne)\s+(?:maintenant\s+)?pour\s+(?:toujours"
    r"|de\s+bon))\b",
    "es": r"\b(?:regale|di|deje|done)\b" + _GAVE_WITHIN + r"\b(?:le|les)\s+dije\s+que\s+(?:ya\s+)?"
    r"(?:eran|era|es|son)\s+(?:suy[oa]s?|tuy[oa]s?)\s+(?:pa|para)\s+siempre\b",
    "pt": r"\b(?:dei|ofereci|deixei|doei)\b" + _GAVE_WITHIN + r"\b(?:disse-lhe|disse-lhes"
    r"|lhe\s+disse|lhes\s+disse|disse)\s+que\s+(?:agora\s+(?:e|era|sao)\s+(?:tudo\s+)?"
    r"|(?:e|era|sao)\s+tudo\s+|(?:e|era|sao)\s+(?:dele|dela|deles|delas)\s+(?:para|pra)\s+sempre"
    r"\b)(?:dele|dela|deles|delas|teu|tua)?\b",
    "it": r"\b(?:regalato|dato|lasciato)\b" + _GAVE_WITHIN + r"\b(?:gli|le)\s+ho\s+detto\s+che\s+"
    r"(?:e|sono|era|erano)\s+(?:suo|sua|suoi|sue|tuo|tua|tuoi|tue)\s+per\s+sempre\b",
}
_GIFT_GATE = {
    "en": "yours|theirs|his|hers|done with",
    "de": "jetzt|immer",
    "fr": "toujours|de bon",
    "es": "siempre",
    "pt": "agora|tudo|sempre",
    "it": "sempre",
}

# --- a letter for each of them ---------------------------------------------------------------
_LETTER_EACH = {
    "en": r"\b(?:letter|note|card|message|video)s?\s+(?:to|for)\s+(?:each|every\s+one)\s+of\s+"
    r"(?:my|the)\s+(?:kids|children|boys|girls|sons|daughters|siblings|brothers|sisters"
    r"|grandkids|grandchildren|friends|family)\b"
    # … or each one named alone: "a letter for each grandkid" (a card may be for a birthday), the
    # letter the writer's own, never a work's "handover notes for every child"
    r"|\b(?:a|an|one|my|wrote|left|written|slipped|hid|recorded)\s+(?:(?:video|voice|little|short"
    r"|last)\s+)?(?:letter|note|message|video)s?\s+(?:to|for)\s+(?:each|every)\s+(?:kid|child|grandkid"
    r"|grandchild|grandson|granddaughter|son|daughter|sibling|brother|sister|niece|nephew)\b"
    r"(?![^.!?\n]*\b(?:about|regarding|plans?|invit\w*|reunion|party|wedding|birthday|thanks)\b)",
    "de": r"\b(?:jedem|jeder|jedes|allen)\s+(?:von\s+)?(?:meinen|meiner|meiner)\s+(?:kindern|kinder"
    r"|geschwistern|geschwister|enkeln|enkel|bru(?:e)?dern|schwestern|freunden)\s+(?:einen|ein"
    r"|eine)\s+(?:\w+\s+)?(?:brief|abschiedsbrief|karte|video|nachricht|zettel)\b"
    r"|\b(?:brief|briefe|karte|video|nachricht)\s+(?:an|fu(?:e)?r)\s+(?:jedes|jeden|jede)\s+"
    r"(?:meiner|von\s+meinen)\s+\w+"
    r"|\b(?:brief|briefe|zettel|nachricht|video)\s+(?:an|fu(?:e)?r)\s+jede[ns]?\s+(?:enkel\w*|kind"
    r"|sohn|tochter|bruder|schwester|neffen|nichte)\b"
    r"(?![^.!?\n]*\b(?:geburtstag|weihnacht\w*|einladung|hochzeit|feier|party|danke)\b)",
    "fr": r"\b(?:lettre|mot|carte|video|message)s?\s+(?:a|pour)\s+(?:chacun|chacune)\s+de\s+mes\s+"
    r"(?:enfants|freres|soeurs|petits-enfants|amis|amies|filles|fils|proches|neveux)\b",
    "es": r"\b(?:carta|nota|video|mensaje)s?\s+(?:a|para|pa)\s+cada\s+un[oa]\s+de\s+mis\s+"
    r"(?:hijos|hijas|hermanos|hermanas|nietos|amigos|sobrinos)\b",
    "pt": r"\b(?:carta|bilhete|video|mensagem)s?\s+(?:a|para|pra|pro)\s+cada\s+um[a]?\s+d[oa]s\s+"
    r"(?:meus|minhas)\s+(?:filhos|filhas|irmaos|irmas|netos|amigos|sobrinhos)\b",
    "it": r"\b(?:lettera|lettere|biglietto|video|messaggio)\s+(?:a|per)\s+(?:ognuno|ognuna|ciascuno"
    r"|ciascuna)\s+(?:dei|delle)\s+(?:miei|mie)\s+(?:figli|figlie|fratelli|sorelle|nipoti"
    r"|amici)\b",
}
_LETTER_GATE = {
    "en": "each|every",
    "de": "jede|allen",
    "fr": "chacun",
    "es": "cada",
    "pt": "cada",
    "it": "ognun|ciascun",
}

RULES: tuple[Rule, ...] = core_family(
    "gift_for_good", Category.GIVING_AWAY, Severity.CONCERN, _GIFT_FOR_GOOD, _GIFT_GATE
) + core_family("letter_each", Category.GOODBYES, Severity.CONCERN, _LETTER_EACH, _LETTER_GATE)

__all__ = ["RULES"]
