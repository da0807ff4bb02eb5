"""English means told by the ordinary use they are *not* for, or kept for a decision unsaid.

Why: a writer who gathers a means rarely names what it is for; they name instead what it is
not for, or the everyday job they have no use for it in — "moved Dad's rifle into my wardrobe,
and it's not for deer", "the rope from the trailer is in my boot now, not for the boat", "came
home with a length of rope I've no fence to mend with". The means rules read a means bought,
hoarded or hidden; the use denied is the same sign in other words, whatever the verb. One frame
reads the parts by meaning, in either order in one line:

* **a means**: a gun of any name, pills or a medicine by name (``rules_en_words``), a rope, a
  cord, a blade, a hose, charcoal;
* **its everyday use denied**: "(it's / they're) not for" anything, closing the clause, or "I've
  no <thing> to <do> (with)" — the everyday job the means would serve, said not to exist.

A second frame reads a means kept ready "just in case I decide" (or "… go through with it", "…
need a way out"): the decision left without its object is the act, as the use denied is.

A use named instead ("not for the boat, for the tent"), a cover story told to someone else, a
means kept from a child and a gun "not for sale" are kept out, and so is a decision named after
"decide" ("in case I decide to go hunting").
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_LINE, Rule, either_order, family
from neuroleaf_desktop.domain.safety.rules_en_frames_open import START as _START
from neuroleaf_desktop.domain.safety.rules_en_frames_open import S as _S
from neuroleaf_desktop.domain.safety.rules_en_frames_open import none_of as _none
from neuroleaf_desktop.domain.safety.rules_en_words import ANY_MEDS, GUN

_GM, _URG = Category.GETTING_MEANS, Severity.URGENT
_E = "en"

_family = partial(family, "unmeant")

_A_MEANS = (
    r"\b(?:" + GUN[3:-1] + r"|" + ANY_MEDS[3:-1] + r"|rope|cord|length\s+of\s+\w+|blades?"
    r"|razors?|hose(?:pipe)?|charcoal|noose)\b"
)
_USE_DENIED = (
    r"\b(?:(?:it'?s|its|it\s+is|they'?re|they\s+are|that'?s|and)\s+)?not\s+(?:for|meant\s+for)\s+"
    r"(?:the\s+|a\s+|an\s+|any\s+|my\s+)?[\w-]+(?:\s+[\w-]+)?(?=\s*(?:$|[.!?;\n]|,\s*(?!but\b)))"
    r"(?![^.!?\n]{0,40}\b(?:it'?s|they'?re|but|just)\s+for\b)"
    r"|\b(?:i'?ve|i\s+have|i'?ve\s+got|i\s+got|i\s+ain'?t\s+got|i\s+have\s+got)\s+no\s+"
    r"(?:\w+\s+){1,2}?to\s+(?:mend|fix|tie|build|hang|clean|shoot|hunt|treat|use|cut)\b"
)
# A decision left without its object: "just in case I decide", "in case I go through with it".
_IN_CASE_I_DECIDE = (
    r"\b(?:just\s+)?in\s+case\s+(?:i|i\s+finally|i\s+ever)\s+(?:decide|make\s+up\s+my\s+mind"
    r"|make\s+my\s+mind\s+up|go\s+through\s+with\s+it|need\s+a\s+way\s+out|can'?t\s+take\s+(?:it"
    r"|any\s*more)|get\s+the\s+nerve|find\s+the\s+(?:nerve|guts|courage))"
    r"(?=\s*(?:$|[.!?,;:\n]))"
)
# A cover story told to someone, a child kept from it, a sale, a licence, someone else's.
_NOT_A_DENIAL = (
    r"told|said|sale|sell\w*|licen[cs]e|certificate|child\w*|kids?|toddler|baby|dog|cat"
    r"|he|she|they|his|her|their|recipe|cook\w*|vet|horse|garden\w*|cake|dinner"
)

RULES: tuple[Rule, ...] = _family(
    "use_denied",
    _GM,
    _URG,
    {
        _E: rf"{_START}{_none(_NOT_A_DENIAL, SAME_LINE)}{_S}*?"
        rf"(?:{either_order(_A_MEANS, _USE_DENIED, 80, SAME_LINE)})"
    },
    {_E: r"not\s+for|not\s+meant|no\s"},
) + _family(
    "kept_for_a_decision",
    _GM,
    _URG,
    {
        _E: rf"{_START}{_none(_NOT_A_DENIAL, SAME_LINE)}{_S}*?"
        rf"(?:{either_order(_A_MEANS, _IN_CASE_I_DECIDE, 100, SAME_LINE)})"
    },
    {_E: r"in\s+case"},
)
