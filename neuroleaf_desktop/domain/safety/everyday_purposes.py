"""A stated purpose for rope or charcoal: to tie down bales, to cover the firewood, for the boat
or the cookout.

Why a module of its own: buying rope or charcoal is a means only when nothing says what it is
for; a load to tie, a cover, a boat or a cookout named beside it is that purpose, in six
languages — unless it is tied round the neck or the writer, or the load is named only to be
denied.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety import everyday
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.rules import FLAGS

_TIED_OR_COVERED = re.compile(
    r"\b(?:for\s+(?:tying|lashing|securing|covering)|to\s+(?:tie|lash|secure|cover)\s+(?:down\s+)?"
    r"(?:the|a|our|my)|zum\s+(?:fest)?(?:binden|zurren|abdecken|vertau\w*)"
    # "para", and its spoken forms "pra" (Brazil) and "pa'" (Mexico, the Caribbean)
    r"|(?:para|pra|pa'?)\s+(?:cobrir|cubrir"
    r"|amarrar|atar|sujetar|prender)|pour\s+(?:attacher|couvrir|arrimer|amarrer)|per\s+(?:legare"
    r"|coprire|fissare|ormeggiare)|pa'?l\s+(?:bote|barco|lancha)|fu(?:e)?rs\s+boot"
    r"|(?:cookout|picnic|campfire|bonfire|fire\s*pit|smoker|kettle\s+bbq|hay\s*bales?|bales))\b",
    FLAGS,
)
_BODY_TIE = re.compile(
    r"\b(?:neck|myself|throat|hals|mich|cou|moi|cuello|pescoco|collo|gola)\b",
    FLAGS,
)


def stated_purpose(category: Category, sentence: str) -> bool:
    """A means bought or kept with an everyday purpose named in its sentence."""
    return (
        category is Category.GETTING_MEANS
        and _TIED_OR_COVERED.search(sentence) is not None
        and _BODY_TIE.search(sentence) is None
        # (a load to tie named only to be denied: "e não é para amarrar a lona")
        and everyday.USE_DENIED.search(sentence) is None
    )
