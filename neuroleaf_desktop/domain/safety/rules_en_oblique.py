"""English wishes to die said obliquely: through an image, a lack of courage, an illness, ease.

Why: people who do not write "I want to die" often write around it, and each of these shapes
is a family, not one sentence:

* an imagined method: "i keep imagining hanging from the stairs", "picturing myself drowning";
* courage as the only thing missing: "i wish i had the courage to end it", "if only i had the
  guts to do it" (not "the courage to end it with him");
* an illness asked to finish the job: "i wish the cancer would just take me";
* ease: "it would be so easy to just let go", "looking at the tracks and thinking how quick it
  would be";
* risk sought on purpose: "driving too fast hoping i'll crash" (not "hoping i'll crash early
  tonight": sleep);
* an ending waited for: "counting the days until i can finally go", "time i checked out for
  good", "tired of fighting to stay alive";
* a burden lifted by being gone: "if i'm gone they won't have to worry about me anymore";
* one way out of pain: "i want the pain to stop and there's only one way that happens".

The look-alikes share the words and keep out: "imagining hanging the pictures", "counting the
days until i can finally go on holiday", "checked out of the hotel for good", "there's only
one way to find out", "if i'm gone for the weekend they won't have to cook". Every rule has a
``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, IT_NAMED_AFTER, Rule, rule

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_BU, _TP = Category.BURDEN, Category.TRAPPED_PAIN
_URG, _CON = Severity.URGENT, Severity.CONCERN

RULES: tuple[Rule, ...] = (
    rule(
        "ob_imagined_method",
        _SI,
        _URG,
        # "i keep imagining hanging from the stairs", "picturing myself drowning in the lake",
        # "i visualise myself overdosing" (not "imagining hanging the new pictures")
        r"\b(?:imagin(?:e|es|ed|ing)|pictur(?:e|es|ed|ing)|visuali[sz](?:e|es|ed|ing)"
        r"|daydream(?:s|ed|ing)?\s+about|fantasi[sz](?:e|es|ed|ing)\s+about)\s+(?:myself\s+)?"
        r"(?:hanging(?:\s+myself)?(?:\s+from\s+(?:the|a|my)\s+(?:\w+\s+)?(?:stairs|stairwell"
        r"|banister|bannister|beam|rafters?|ceiling|tree|door|loft|hook|bridge))?"
        r"|drowning(?:\s+(?:myself|in\s+the\s+(?:lake|sea|river|bath|bathtub|canal|water|ocean"
        r"|reservoir|quarry)))?(?!\s+in\b)|overdosing|bleeding\s+out|slitting\s+my\s+wrists)"
        r"(?!\s+(?:out|up|around|about|with|the|a|some|my|our|pictures?|curtains|lights"
        r"|decorations|washing)\b)",
        gate=r"imagin|pictur|visuali|daydream|fantasi",
        inherent=True,
    ),
    rule(
        "ob_courage_to_end_it",
        _SI,
        _URG,
        # "i wish i had the courage to end it", "if only i had the guts to do it", "i don't have
        # the nerve to jump yet" (not "the courage to end it with him")
        r"\b(?:wish\s+i\s+had|if\s+(?:only\s+)?i\s+had|i\s+(?:don'?t|do\s+not)\s+(?:even\s+)?have"
        r"|i\s+lack|i\s+need|i'?m\s+building\s+up|working\s+up)\s+(?:the\s+)?(?:courage|guts|nerve"
        r"|balls|bottle)\s+to\s+(?:just\s+)?(?:end\s+it(?:\s+all)?|do\s+it|go\s+through\s+with\s+it"
        r"|kill\s+myself|jump|end\s+my\s+life|take\s+(?:them|the\s+pills))(?:\s+(?:yet|now|already"
        r"|properly|for\s+real))?" + END + IT_NAMED_AFTER,
        gate=r"courage|guts|nerve|balls|bottle",
        inherent=True,
    ),
    rule(
        "ob_illness_take_me",
        _DW,
        _CON,
        # "i wish the cancer would just take me", "i pray this illness finishes me off"
        r"\b(?:wish|hope|hoping|pray(?:ing)?)\s+(?:that\s+)?(?:the|this|my)\s+(?:cancer|illness"
        r"|disease|tumou?r|virus|sickness|heart\s+(?:condition|disease)|infection)\s+(?:would\s+|will"
        r"\s+)?(?:just\s+)?(?:take|takes|kill|kills|finish(?:es)?)\s+me(?:\s+off)?\b",
        gate=r"cancer|illness|disease|tumo|virus|sickness|heart|infection",
        inherent=True,
    ),
    rule(
        "ob_so_easy",
        _SI,
        _URG,
        # "it would be so easy to just let go of the railing", "it'd be so easy to step off"
        # (the clause ends on the act: not "so easy to let go of the past")
        r"\b(?:would\s+be|it'?d\s+be|it\s+is|it'?s)\s+(?:so\s+|too\s+)?easy\s+to\s+(?:just\s+)?"
        r"(?:let\s+go(?:\s+of\s+the\s+(?:railing|rail|edge|wheel|ledge))?|step\s+off(?:\s+the\s+"
        r"(?:edge|ledge|platform|kerb|curb))?|swerve(?:\s+into\s+(?:a|the|oncoming)\s*\w*)?"
        r"|lean\s+(?:forward|over)|jump|not\s+come\s+back)" + END,
        gate=r"easy",
        inherent=True,
    ),
    rule(
        "ob_how_quick_it_would_be",
        _SI,
        _URG,
        # "looking at the train tracks and thinking how quick it would be", "stood by the drop
        # thinking how easy it would be"
        r"\b(?:tracks?|trains?|bridge|drop|edge|ledge|pills|tablets|roof|cliff|river|motorway"
        r"|traffic|lorry|truck)\b[^.!?\n]{0,60}\b(?:how|so)\s+(?:quick|fast|easy|painless|simple)"
        r"\s+it\s+(?:would|could|'?d)\s+be" + END,
        gate=r"quick|fast|easy|painless|simple",
        inherent=True,
    ),
    rule(
        "ob_hoping_to_crash",
        _SI,
        _URG,
        # "driving too fast hoping i'll crash", "riding without lights hoping a car hits me" (not
        # "hoping i'll crash early tonight": asleep)
        r"\b(?:driv\w*|speed\w*|rid(?:e|es|ing)|cycl\w*|walk\w*\s+into\s+(?:the\s+)?(?:road|traffic))"
        r"\b[^.!?\n]{0,40}\bhoping\s+(?:i'?ll|i\s+will|i|to|that\s+i)\s+(?:crash|get\s+hit"
        r"|hit\s+something|come\s+off|don'?t\s+make\s+it|not\s+make\s+it|die)\b"
        r"(?!\s+(?:early|out|soon|tonight|on\s+the\s+sofa))"
        r"|\bhoping\s+(?:a|the|some)\s+(?:car|lorry|truck|bus|train)\s+(?:will\s+|would\s+)?"
        r"(?:hit|hits|run|runs)\s+(?:me|over\s+me)\b",
        gate=r"hoping",
        inherent=True,
    ),
    rule(
        "ob_ending_waited_for",
        _DW,
        _CON,
        # "counting the days until i can finally go", "maybe it's time i checked out for good",
        # "so tired of fighting to stay alive" (not "until i can finally go on holiday",
        # "checked out of the hotel for good", "tired of fighting to stay afloat")
        r"\bcounting\s+(?:down\s+)?(?:the\s+)?days\s+(?:until|till)\s+i\s+(?:can\s+)?(?:finally\s+)?"
        r"(?:go|die|be\s+gone|be\s+free\s+of\s+(?:it\s+all|everything|this\s+life)|end\s+it|rest)"
        + END
        + r"|\bcheck(?:ed|ing)?\s+out\s+(?:for\s+good|permanently|of\s+(?:life|this\s+world"
        r"|this\s+life))" + END + r"|\b(?:tired|sick|weary|exhausted)\s+of\s+(?:fighting|trying"
        r"|struggling)\s+to\s+(?:stay|keep\s+myself)\s+alive\b",
        gate=r"counting|check|alive",
        inherent=True,
    ),
    rule(
        "ob_gone_no_worry",
        _BU,
        _CON,
        # "if i'm gone they won't have to worry about me anymore", "once i'm dead nobody has to
        # deal with me" (not "if i'm gone for the weekend they won't have to cook")
        r"\b(?:if|when|once)\s+i'?m\s+(?:gone|dead|not\s+here|not\s+around)\b"
        r"(?!\s+(?:for|on|to|away|till|until|next|this|at|in|overnight)\b)[^.!?\n]{0,40}"
        r"\b(?:won'?t|wouldn'?t|will\s+no\s+longer|no\s+longer|don'?t|doesn'?t|nobody|no\s*one)\s+"
        r"(?:\w+\s+)?(?:have|has)\s+to\s+(?:worry|deal|care|look\s+after|put\s+up|carry|pay)\b",
        gate=r"gone|dead|not\s+here|not\s+around",
        inherent=True,
    ),
    rule(
        "ob_one_way_pain_stops",
        _TP,
        _CON,
        # "i want the pain to stop and there's only one way that happens", "only one way this
        # ends" (not "there's only one way to find out")
        r"\b(?:want|need)\s+(?:the|this|it)\s+(?:pain\s+|hurt\s+|feeling\s+)?to\s+(?:stop|end)\b"
        r"[^.!?\n]{0,40}\bonly\s+(?:one|1)\s+way\b"
        r"|\bonly\s+(?:one|1)\s+way\s+(?:this|it|the\s+pain)\s+(?:ends|stops|will\s+(?:end|stop))"
        + END,
        gate=r"one\s+way|1\s+way",
        inherent=True,
    ),
)
