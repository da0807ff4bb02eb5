"""English plan logistics in the smaller details: not being stopped, pills got without
questions, a ligature tested, a drop measured, a time chosen around someone's big day.

Why: after the means and the moment (``rules_en_plans``, ``rules_en_moments``) a plan is often
told by its precautions and its checks: "booked a hotel room so no one will stop me", "filled
my prescription early so i'd have extra", "bought a second packet at a different shop so they
wouldn't ask", "tied the belt to the wardrobe door to test it", "measured the drop from the
balcony", "sat on the top floor looking over", "i'll do it after my daughter's wedding so i
don't ruin it". Each family needs the precaution's purpose or the check's object; the same
errands with an ordinary purpose stay quiet ("filled my prescription early because i'm going
on holiday", "measured the balcony for plant pots"). Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule

_PM, _GM, _GB = Category.PLAN_OR_METHOD, Category.GETTING_MEANS, Category.GOODBYES
_URG, _CON = Severity.URGENT, Severity.CONCERN

RULES: tuple[Rule, ...] = (
    rule(
        "lg_not_stopped",
        _PM,
        _URG,
        # "booked a hotel room so no one will stop me", "told everyone i'm away so nobody will
        # look for me", "so no one finds me in time"
        r"\bso\s+(?:that\s+)?(?:nobody|no\s*one|they|nobody\s+else)\s+(?:will\s+|would\s+|can\s+"
        r"|could\s+|'?ll\s+)?(?:stops?\s+me|interrupts?\s+me|looks?\s+for\s+me|comes?\s+looking"
        r"|checks?\s+on\s+me|finds?\s+me\s+(?:in\s+time|too\s+soon|before\s+it'?s\s+(?:done|over)"
        r"|until\s+it'?s\s+(?:too\s+late|done|over)))"
        + END
        # "cleared my browser history so no one sees what i searched"
        + r"|\b(?:cleared|deleted|wiped)\s+(?:my\s+)?(?:browser\s+|search\s+)?history\s+so\s+"
        r"(?:that\s+)?(?:no\s*one|nobody|they)\s+(?:can\s+|will\s+|would\s+)?(?:sees?|finds?|knows?)"
        r"\s+what\s+i\s+(?:searched|looked\s+up|googled|was\s+looking\s+at)" + END,
        gate=r"so\s+(?:that\s+)?(?:nobody|no\s*one|they)",
        inherent=True,
    ),
    rule(
        "lg_pills_without_questions",
        _GM,
        _URG,
        # "filled my repeat prescription early so i'd have extra", "bought a second packet at a
        # different shop so they wouldn't ask", "asked for the biggest pack they sell"
        r"\b(?:filled|collected|ordered|got|picked\s+up)\s+(?:my\s+)?(?:repeat\s+)?prescriptions?"
        r"\s+(?:early|twice|again)\b[^.!?\n]{0,30}?\bso\s+(?:that\s+)?(?:i'?d|i\s+would|i)\s+"
        r"(?:have|had)\s+(?:extra|more|enough|spare|a\s+stash)"
        + END
        + r"|\b(?:pills|tablets|paracetamol|painkillers|pharmac\w+|chemists?"
        r"|different\s+(?:shop|store)s?)"
        r"\b[^.!?\n]{0,50}?\bso\s+(?:(?:they|the\s+(?:pharmacist|cashier|chemist|doctor))\s+"
        r"(?:wouldn'?t|won'?t|didn'?t|doesn'?t|would\s+not)|(?:nobody|no\s*one)(?:\s+(?:would|will"
        r"|could))?)\s+(?:ask|notice|question|get\s+suspicious|suspect)s?"
        + END
        + r"|\b(?:pharmacist|chemist|pharmacy)\b[^.!?\n]{0,30}?\b(?:biggest|largest)\s+(?:pack"
        r"|packet|box|bottle)\s+(?:they|you|the\s+\w+)\s+(?:sell|can\s+sell|would\s+sell|had"
        r"|have)" + END,
        gate=r"prescription|ask|notice|question|suspic|suspect|biggest|largest",
        inherent=True,
    ),
    rule(
        "lg_ligature_tested",
        _PM,
        _URG,
        # "tied the belt to the wardrobe door to test it", "tied a scarf to the banister to see
        # if it holds" (not "tied the boat to the jetty")
        r"\btied\s+(?:the|a|my)\s+(?:belt|rope|cord|scarf|cable|sheet|tie)\s+(?:to|round|around)\s+"
        r"(?:the|a|my)\s+(?:\w+\s+)?(?:door|handle|banister|bannister|beam|hook|rail|pipe|bed\s*frame"
        r"|wardrobe|stairs|loft\s+hatch)\b(?:\s+(?:handle|frame|rail))?(?:\s+to\s+(?:test|see|check)"
        r"\b|" + END + r")",
        gate=r"tied",
        inherent=True,
    ),
    rule(
        "lg_drop_measured",
        _GM,
        _URG,
        # "measured the drop from the balcony", "sat on the top floor for an hour looking
        # over" (not "measured the balcony for plant pots")
        r"\b(?:measured|checked|worked\s+out|calculated)\s+(?:the\s+)?(?:drop|height|distance\s+down"
        r"|fall)\s+(?:from|off|of)\s+(?:the|my|our)\s+(?:\w+\s+)?(?:balcony|roof|bridge|window"
        r"|car\s*park|ledge|cliff|tower)\b(?!\s+(?:to|for)\b)"
        r"|\b(?:sat|stood|sitting|standing)\s+(?:at\s+the\s+top|on\s+the\s+top\s+floor|on\s+the\s+roof"
        r"|at\s+the\s+edge)\b[^.!?\n]{0,40}?\blooking\s+(?:over|down)(?:\s+the\s+edge)?"
        + END
        + r"|\b(?:edge\s+of\s+the\s+platform|platform\s+edge)\b[^.!?\n]{0,40}?\blet\s+"
        r"(?:\w+\s+)?trains?\s+(?:go|pass|rush)\b(?:\s+(?:past|by))?" + END,
        gate=r"drop|height|distance|fall|looking|platform",
        inherent=True,
    ),
    rule(
        "lg_after_their_day",
        _PM,
        _URG,
        # "i'll do it after my daughter's wedding so i don't ruin it", "after christmas, so it
        # doesn't spoil theirs"; "i'm going to do it on sunday when my wife takes the kids out"
        r"\b(?:do\s+it|go\s+through\s+with\s+it|end\s+it)\s+(?:after|once)\s+[^.!?\n]{0,40}?\bso\s+"
        r"(?:that\s+)?(?:i\s+don'?t|it\s+doesn'?t|i\s+won'?t|it\s+won'?t|i\s+do\s+not)\s+(?:ruin"
        r"|spoil|wreck|mess\s+up)\b"
        r"|\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna)\s+do\s+it\s+(?:on\s+\w+|this\s+\w+"
        r"|tonight|tomorrow)\s+(?:when|while|once|after)\s+(?:my\s+\w+|he|she|they)\s+(?:takes?"
        r"|took)\s+the\s+(?:kids|children|boys|girls|baby|dog)\s+(?:to|out)\b",
        gate=r"do\s+it|with\s+it|end\s+it",
        inherent=True,
    ),
    rule(
        "lg_means_stowed",
        _PM,
        _URG,
        # "got the hose from the shed and put it in the boot", "the pills are sorted into a
        # little pile in my sock drawer", "i know the spot on the cliff path where the fence is
        # broken", "worked out which night the neighbours are away"
        r"\bhose\b[^.!?\n]{0,40}?\b(?:in|into)\s+the\s+(?:boot|trunk)"
        + END
        + r"|\b(?:pills|tablets|meds|paracetamol)\b[^.!?\n]{0,30}?\b(?:pile|stash|heap)\s+"
        r"(?:in|under|behind)\s+(?:my|the)\s+(?:sock\s+)?(?:drawer|wardrobe|mattress|bed)\b"
        r"|\b(?:pile|stash|heap)\s+of\s+(?:pills|tablets|meds|paracetamol)\s+(?:in|under|behind)\s+"
        r"(?:my|the)\s+(?:sock\s+)?(?:drawer|wardrobe|mattress|bed)\b"
        r"|\b(?:i\s+know|found|i'?ve\s+found)\s+(?:the|a)\s+(?:spot|place|bit|part|section)\b"
        r"[^.!?\n]{0,40}?\bwhere\s+(?:the\s+)?(?:fence|railing|barrier|rail)\s+(?:is|'s)\s+"
        r"(?:broken|down|missing|low|gone)\b(?![^.!?\n]{0,40}\b(?:sheep|cows?|dogs?|horses?|cattle"
        r"|fix\w*|repair\w*|council|report\w*|farmer))"
        r"|\bworked\s+out\s+(?:which|what)\s+(?:night|day|time|weekend)\s+(?:the\s+)?"
        r"(?:neighbou?rs|everyone|they|my\s+\w+|the\s+house)\s+(?:is|are|will\s+be|'re)\s+"
        r"(?:away|out|empty|gone)" + END,
        gate=r"hose|pile|stash|heap|fence|railing|barrier|rail|worked\s+out",
        inherent=True,
    ),
    rule(
        "lg_note_put_away",
        _GB,
        _CON,
        # "the note is written and under my pillow", "written the letters and put them in the
        # glovebox" (not "the note is written and on the fridge for the cleaner")
        r"\b(?:the\s+)?(?:note|letters|notes)\s+(?:is|are)\s+(?:written|done|finished)\s+and\s+"
        r"(?:hidden|tucked\s+away|under\s+my\s+(?:pillow|mattress)|in\s+(?:my|the)\s+(?:glovebox"
        r"|wallet))\b"
        r"|\b(?:written|wrote|finished)\s+(?:the|my)\s+(?:note|letters|notes)\b[^.!?\n]{0,20}?"
        r"\b(?:put|hid|tucked|left)\s+(?:them|it)\s+(?:in|under|inside)\s+(?:the|my)\s+"
        r"(?:glovebox|pillow|mattress)\b",
        gate=r"note|letter",
        inherent=True,
    ),
    rule(
        "lg_order_for_after",
        _GB,
        _CON,
        # "put the kids' stuff in order so their dad knows where everything is", "already said
        # my goodbyes, they just don't know it" (a trip or an operation next to it: ``everyday``)
        r"\bso\s+(?:that\s+)?(?:their|my|the\s+kids'?|our)\s+(?:dad|mum|mom|father|mother|partner"
        r"|husband|wife|sister|brother)\s+(?:knows|will\s+know|can\s+find|would\s+know)\s+where\s+"
        r"everything\s+is\b"
        r"|\bsaid\s+(?:all\s+)?(?:my\s+)?goodbyes?\b[^.!?\n]{0,30}?\b(?:they|she|he|nobody|no\s*one)"
        r"\s+(?:just\s+)?(?:don'?t|doesn'?t|didn'?t)\s+know\s+it\b",
        gate=r"everything\s+is|goodbye",
        inherent=True,
    ),
    rule(
        "lg_got_and_put_where_unlooked",
        _GM,
        _URG,
        # "got the stuff from the chemist, it's in the shed now, nobody will look there": what
        # was bought left unnamed, and put where nobody looks (not "nobody will look at it")
        r"(?![^\n]*\b(?:present|presents|surprise|gift|gifts|birthday|christmas|xmas|party"
        r"|anniversary|santa)\b)"
        r"\b(?:bought|got|picked\s+up|collected)\s+(?:the|some|my)\s+(?:stuff|things|lot|packets?"
        r"|boxes)\s+(?:from|at)\s+(?:the\s+|a\s+)?(?:chemist|pharmacy|boots|superdrug|shop"
        r"|garden\s+centre|hardware\s+store)\b[^\n]{0,80}?\b(?:nobody|no\s*one|no-one)(?:'ll|\s+will"
        r"|\s+would|'d|\s+ever)?\s+(?:look|check|go|find\s+(?:it|them))\s+(?:there|in\s+there"
        r"|out\s+there)\b",
        gate=r"nobody|no\s*one|no-one",
        inherent=True,
    ),
)
