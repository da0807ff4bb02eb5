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
  no <thing> to <do> (with)" — the everyday job the means would serve, said not to exist; the
  pastime it serves denied as the writer's ("a climbing rope. Don't climb. Never have."), or the
  pain a medicine treats ("bought painkillers. There is nothing wrong with my head.").

A second frame reads a means kept ready "just in case I decide" (or "… go through with it", "…
need a way out", "for when I can't anymore", "for the bad night"): the decision left without
its object is the act, as the use denied is.

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
    r"|razors?|hose(?:pipe)?|charcoal|noose"
    # a stash unnamed, or a stash of a medicine (not "a stash of chocolate")
    r"|stash(?!\s+of\s+(?!(?:my\s+)?(?:pills|tablets|meds)\b)))\b"
)
_USE_DENIED = (
    r"\b(?:(?:it'?s|its|it\s+is|they'?re|they\s+are|that'?s|and)\s+)?not\s+(?:for|meant\s+for)\s+"
    r"(?:the\s+|a\s+|an\s+|any\s+|my\s+)?[\w-]+(?:\s+[\w-]+)?(?=\s*(?:$|[.!?;\n]|,\s*(?!but\b)))"
    r"(?![^.!?\n]{0,40}\b(?:it'?s|they'?re|but|just)\s+for\b)"
    r"|\b(?:i'?ve|i\s+have|i'?ve\s+got|i\s+got|i\s+ain'?t\s+got|i\s+have\s+got)\s+no\s+"
    r"(?:\w+\s+){1,2}?to\s+(?:mend|fix|tie|build|hang|clean|shoot|hunt|treat|use|cut)\b"
    # … or the pastime it would serve denied as the writer's own: "Don't climb. Never have."
    r"|(?:\bi\s+|(?:^|(?<=[.!?\n]))\s*)(?:don'?t|do\s+not|never|have\s+never|'ve\s+never)\s+"
    r"(?:even\s+|ever\s+)?(?:climb|sail|fish|camp|hunt|shoot|hike|abseil|boat|sew|knit|go\s+"
    r"(?:climbing|sailing|fishing|camping|hunting|shooting|hiking|boating)|(?:have|own)\s+a\s+"
    r"(?:car|boat|garden|dog|horse|tent|fence|trailer|van|bike|caravan|yard))(?:ed)?"
    r"(?=\s*(?:$|[.!?;,\n]|\s+(?:either|at\s+all|any\s*more|myself)\b))"
    # … or the pain it would treat denied: "there is nothing wrong with my head"
    r"|\b(?:there'?s|there\s+is|i\s+have|i'?ve\s+got)\s+nothing\s+wrong\s+with\s+(?:me|my\s+\w+)"
    r"(?=\s*(?:$|[.!?;\n]))"
)
# A decision left without its object: "just in case I decide", "in case I go through with it".
_IN_CASE_I_DECIDE = (
    r"\b(?:just\s+)?in\s+case\s+(?:i|i\s+finally|i\s+ever)\s+(?:decide|make\s+up\s+my\s+mind"
    r"|make\s+my\s+mind\s+up|go\s+through\s+with\s+it|need\s+a\s+way\s+out|can'?t\s+take\s+(?:it"
    r"|any\s*more)|get\s+the\s+nerve|find\s+the\s+(?:nerve|guts|courage))"
    r"(?=\s*(?:$|[.!?,;:\n]))"
    # … or kept for the moment the writer can bear no more: "for when I can't anymore", "for the
    # bad night", "for when it all gets too much"
    r"|\bfor\s+when\s+(?:i|it\s+all|it|things)\s+(?:can'?t|cannot|can\s+not|gets?|get|finally"
    r"\s+can'?t)\s+(?:any\s*more|take\s+(?:it|any\s*more)|cope|go\s+on|do\s+(?:this|it)\s+any\s*more"
    r"|too\s+(?:much|bad|dark))(?=\s*(?:$|[.!?,;:\n]))"
    r"|\bfor\s+(?:the|a|my)\s+(?:bad|worst|last|darkest)\s+(?:night|day)(?=\s*(?:$|[.!?,;:\n]))"
)
# A cover story told to someone, a child kept from it, a sale, a licence, someone else's.
_NOT_A_DENIAL = (
    r"told|said|sale|sell\w*|licen[cs]e|certificate|child\w*|kids?|toddler|baby|dog|cat"
    r"|he|she|they|his|her|their|recipe|cook\w*|vet|horse|garden\w*|cake|dinner"
    # … or got for someone else: "paracetamol for mum"
    r"|for\s+(?:my\s+|the\s+|our\s+)?(?:mum|mam|mom|dad|nan|gran|grandad|grandma|wife|husband"
    r"|partner|son|daughter|sister|brother|friend|neighbou?r|flatmate|wee\s+one|little\s+one"
    r"|\w+'s)"
)

RULES: tuple[Rule, ...] = _family(
    "use_denied",
    _GM,
    _URG,
    {
        _E: rf"{_START}{_none(_NOT_A_DENIAL, SAME_LINE)}{_S}*?"
        rf"(?:{either_order(_A_MEANS, _USE_DENIED, 80, SAME_LINE)})"
    },
    {_E: r"not\s+for|not\s+meant|no\s|don|do\s+not|never|nothing\s+wrong"},
) + _family(
    "kept_for_a_decision",
    _GM,
    _URG,
    {
        _E: rf"{_START}{_none(_NOT_A_DENIAL, SAME_LINE)}{_S}*?"
        rf"(?:{either_order(_A_MEANS, _IN_CASE_I_DECIDE, 100, SAME_LINE)})"
    },
    {_E: r"in\s+case|for\s+when|for\s+the|for\s+a|for\s+my"},
)
